package strategy

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
)

// TestCheckAcceptance applies the two-thirds rule of Article 30, now Article
// 25 of the IOM Constitution (external-facts.md) to hand-worked cases.
func TestCheckAcceptance(t *testing.T) {
	tests := []struct {
		name              string
		members, accepted int
		inForce           bool
		required, missing int
	}{
		{"122 members (November 2007): 81 is not two-thirds (81.33)", 122, 81, false, 82, 1},
		{"122 members: 82 is", 122, 82, true, 82, 0},
		{"122 members: all", 122, 122, true, 82, 0},
		{"122 members: one", 122, 1, false, 82, 81},
		{"125 members (2009): 83 is not (83.33)", 125, 83, false, 84, 1},
		{"125 members: 84", 125, 84, true, 84, 0},
		{"156 members (July 2014): exactly 104", 156, 104, true, 104, 0},
		{"156 members: 103", 156, 103, false, 104, 1},
		{"3 members: 2 is exactly two-thirds", 3, 2, true, 2, 0},
		{"2 members: 1 is half", 2, 1, false, 2, 1},
		{"1 member: 1", 1, 1, true, 1, 0},
		{"largest int: half", math.MaxInt, math.MaxInt / 2, false, math.MaxInt/3*2 + 1, math.MaxInt/3*2 + 1 - math.MaxInt/2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := CheckAcceptance(tt.members, tt.accepted)
			if err != nil {
				t.Fatal(err)
			}
			want := Acceptance{
				Members: tt.members, Acceptances: tt.accepted, Required: tt.required, Missing: tt.missing, InForce: tt.inForce,
				Citations: []iomstrategy.Citation{iomstrategy.ConstitutionArticle(25), iomstrategy.PartOpening(iomstrategy.PartII)},
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("CheckAcceptance(%d, %d) (-want +got):\n%s", tt.members, tt.accepted, diff)
			}
		})
	}
	// The citation's Text is the first line of the fact in
	// external-facts.md; the rule's sentence runs on to the next line.
	quoteIn(t, "Article 30, now Article 25", iomstrategy.ConstitutionArticle(25))
	if !strings.Contains(iomstrategy.SourceFacts(), "accepted by two-thirds of the Member States") {
		t.Error("external-facts.md no longer states the two-thirds acceptance rule")
	}
	quoteIn(t, "upon ratification by two-thirds of the membership", iomstrategy.PartOpening(iomstrategy.PartII))
}

func TestCheckAcceptanceRefuses(t *testing.T) {
	tests := []struct {
		name              string
		members, accepted int
		field             string
		value             int
	}{
		{"zero members", 0, 0, "members", 0},
		{"negative members", -122, 5, "members", -122},
		{"zero acceptances", 122, 0, "acceptances", 0},
		{"negative acceptances", 122, -1, "acceptances", -1},
		{"more acceptances than members", 122, 123, "acceptances", 123},
		{"smallest int", math.MinInt, 1, "members", math.MinInt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := CheckAcceptance(tt.members, tt.accepted)
			var ce *CountError
			if !errors.Is(err, ErrInvalidCount) || !errors.As(err, &ce) {
				t.Fatalf("CheckAcceptance(%d, %d) error = %v, want a *CountError wrapping ErrInvalidCount", tt.members, tt.accepted, err)
			}
			if ce.Field != tt.field || ce.Value != tt.value {
				t.Errorf("error names %s %d, want %s %d", ce.Field, ce.Value, tt.field, tt.value)
			}
			if !strings.Contains(err.Error(), tt.field+" "+strconv.Itoa(tt.value)) {
				t.Errorf("error %q does not name %s %d", err, tt.field, tt.value)
			}
			if diff := cmp.Diff(Acceptance{}, got); diff != "" {
				t.Errorf("a refused count yielded a partial result:\n%s", diff)
			}
		})
	}
	if _, err := RequiredAcceptances(0); !errors.Is(err, ErrInvalidCount) {
		t.Errorf("RequiredAcceptances(0) error = %v", err)
	}
}

// TestAcceptanceProperties checks 20,000 random (members, acceptances)
// pairs, small and huge, against the rule computed in math/big: in force
// exactly when 3K >= 2N; Required is the least such K; Missing closes the
// gap; nothing overflows.
func TestAcceptanceProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	two, three := big.NewInt(2), big.NewInt(3)
	for i := range 20000 {
		var n int
		if i%2 == 0 {
			n = 1 + rng.IntN(400)
		} else {
			n = 1 + rng.IntN(math.MaxInt)
		}
		k := 1 + rng.IntN(n)
		got, err := CheckAcceptance(n, k)
		if err != nil {
			t.Fatalf("CheckAcceptance(%d, %d): %v", n, k, err)
		}
		bn, bk := big.NewInt(int64(n)), big.NewInt(int64(k))
		inForce := new(big.Int).Mul(bk, three).Cmp(new(big.Int).Mul(bn, two)) >= 0
		// ceil(2N/3) = (2N + 2) / 3 in big integers.
		required := new(big.Int).Quo(new(big.Int).Add(new(big.Int).Mul(bn, two), two), three)
		if got.InForce != inForce || !required.IsInt64() || int64(got.Required) != required.Int64() {
			t.Fatalf("CheckAcceptance(%d, %d) = in force %v, required %d; want %v, %v", n, k, got.InForce, got.Required, inForce, required)
		}
		wantMissing := 0
		if !inForce {
			wantMissing = got.Required - k
		}
		if got.Missing != wantMissing || got.Missing < 0 || (got.Missing == 0) != got.InForce {
			t.Fatalf("CheckAcceptance(%d, %d): missing %d, want %d", n, k, got.Missing, wantMissing)
		}
		// One fewer than Required is never enough.
		if got.Required > 1 {
			below, err := CheckAcceptance(n, got.Required-1)
			if err != nil || below.InForce || below.Missing != 1 {
				t.Fatalf("CheckAcceptance(%d, %d) = %+v, %v; want one missing", n, got.Required-1, below, err)
			}
		}
	}
}
