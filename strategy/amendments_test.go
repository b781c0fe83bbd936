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

// article30 cites the two-thirds rule as the Constitution numbered it
// before the 1998 amendments entered into force (external-facts.md: "Rule
// (Article 30, now Article 25)").
var article30 = iomstrategy.Citation{Document: iomstrategy.ConstitutionBefore1998Amendments, Unit: iomstrategy.Article, Number: 30}

// TestCheckAcceptance applies the two-thirds rule by which the 1998
// amendments enter into force, Article 30 of the IOM Constitution as it
// stood (Article 25 after them; external-facts.md), to hand-worked cases.
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
		{"122 members: none yet (a fair question: all 82 missing)", 122, 0, false, 82, 82},
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
				Citations: []iomstrategy.Citation{article30, iomstrategy.PartOpening(iomstrategy.PartII), iomstrategy.Doc(iomstrategy.Resolution997)},
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("CheckAcceptance(%d, %d) (-want +got):\n%s", tt.members, tt.accepted, diff)
			}
		})
	}
}

// TestCheckAcceptanceCitesArticle30AsItStood holds the rule's citations to
// the Constitution the 1998 amendments entered into force under: its
// Article 30 (external-facts.md: "Rule (Article 30, now Article 25)"), not
// Article 25 of the amended text, which did not exist until they were in
// force.
func TestCheckAcceptanceCitesArticle30AsItStood(t *testing.T) {
	a, err := CheckAcceptance(122, 81)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		cite  iomstrategy.Citation
		text  string // printed form
		quote string // what the source says there
	}{
		{"the rule: Article 30 of the Constitution as it stood", article30,
			"IOM Constitution before the 1998 amendments, Article 30", "accepted by two-thirds of the Member States"},
		{"the Strategy ties the Executive Committee's end to it (Part II, opening paragraph)", iomstrategy.PartOpening(iomstrategy.PartII),
			"Resolution 1150 (XCIII), Annex, Part II, opening paragraph", "upon ratification by two-thirds of the membership"},
		{"the amendments, adopted by the Council (Resolution 997 (LXXVI))", iomstrategy.Doc(iomstrategy.Resolution997),
			"Resolution 997 (LXXVI)", "Adopted by Council Resolution No. 997 (LXXVI), 421st meeting, 24 November 1998"},
	}
	if len(a.Citations) != len(tests) {
		t.Fatalf("CheckAcceptance cites %v, want %d citations", a.Citations, len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.cite, a.Citations[i]); diff != "" {
				t.Errorf("citation %d (-want +got):\n%s", i, diff)
			}
			if got := a.Citations[i].String(); got != tt.text {
				t.Errorf("citation %d prints %q, want %q", i, got, tt.text)
			}
			quoteIn(t, tt.quote, tt.cite)
		})
	}
	// The fact that numbers the rule says both numbers, and the amended
	// Constitution's Article 25 is the same fact: it is not what the 1998
	// amendments entered into force under, and is not cited.
	quoteIn(t, "Rule (Article 30, now Article 25)", article30)
	for _, c := range a.Citations {
		if c == iomstrategy.ConstitutionArticle(25) || c.Document == iomstrategy.Constitution {
			t.Errorf("CheckAcceptance cites %v, the amended Constitution, for the rule the amendments entered into force under", c)
		}
	}
	// Each result has its own slice.
	a.Citations[0] = iomstrategy.Citation{}
	if b, _ := CheckAcceptance(122, 81); b.Citations[0] != article30 {
		t.Errorf("changing one result's citations changed the next: %v", b.Citations)
	}
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
