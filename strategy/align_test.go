package strategy_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/strategy"
	"github.com/shopspring/decimal"
)

var usd = iomstrategy.MustParseUSD

func pts(ns ...int) []strategy.Point {
	out := make([]strategy.Point, len(ns))
	for i, n := range ns {
		out[i] = strategy.Point(n)
	}
	return out
}

func TestSplit(t *testing.T) {
	type part struct {
		Point  int
		Amount string
	}
	tests := []struct {
		rule   string
		amount string
		points []strategy.Point
		mode   strategy.SplitMode
		want   []part
	}{
		{"even: 100.00 over 3 points, the leftover cent to the lowest point", "100.00", pts(3, 5, 9), strategy.SplitEven,
			[]part{{3, "33.34"}, {5, "33.33"}, {9, "33.33"}}},
		{"even: points in any order, parts in point order", "100.00", pts(9, 3, 5), strategy.SplitEven,
			[]part{{3, "33.34"}, {5, "33.33"}, {9, "33.33"}}},
		{"even: two leftover cents to the two lowest points", "0.02", pts(12, 1, 7), strategy.SplitEven,
			[]part{{1, "0.01"}, {7, "0.01"}, {12, "0.00"}}},
		{"even: one cent over three points", "0.01", pts(4, 8, 2), strategy.SplitEven,
			[]part{{2, "0.01"}, {4, "0.00"}, {8, "0.00"}}},
		{"even: an amount that divides", "10.00", pts(1, 2, 3, 4), strategy.SplitEven,
			[]part{{1, "2.50"}, {2, "2.50"}, {3, "2.50"}, {4, "2.50"}}},
		{"even: one point takes all", "1400000.00", pts(6), strategy.SplitEven,
			[]part{{6, "1400000.00"}}},
		{"even: zero amount", "0", pts(4, 8), strategy.SplitEven,
			[]part{{4, "0.00"}, {8, "0.00"}}},
		{"even: all 12 points, 7 leftover cents", "1000.03", pts(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), strategy.SplitEven,
			[]part{{1, "83.34"}, {2, "83.34"}, {3, "83.34"}, {4, "83.34"}, {5, "83.34"}, {6, "83.34"}, {7, "83.34"},
				{8, "83.33"}, {9, "83.33"}, {10, "83.33"}, {11, "83.33"}, {12, "83.33"}}},
		{"even: beyond int64 cents", "999999999999999999.99", pts(1, 2), strategy.SplitEven,
			[]part{{1, "500000000000000000.00"}, {2, "499999999999999999.99"}}},
		{"full: each point gets the whole amount", "100.00", pts(8, 4), strategy.CountFull,
			[]part{{4, "100.00"}, {8, "100.00"}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			a := strategy.Activity{ID: "A", Amount: usd(tt.amount), Points: tt.points}
			got, err := a.Split(tt.mode)
			if err != nil {
				t.Fatal(err)
			}
			var gotParts []part
			for _, p := range got {
				gotParts = append(gotParts, part{int(p.Point), p.Amount.Decimal().StringFixed(2)})
			}
			if diff := cmp.Diff(tt.want, gotParts); diff != "" {
				t.Errorf("Split mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestActivityErrors(t *testing.T) {
	good := func() strategy.Activity {
		return strategy.Activity{ID: "A-1", Amount: usd("100"), Points: pts(4, 8)}
	}
	tests := []struct {
		rule    string
		change  func(*strategy.Activity)
		want    error
		field   string
		message string // of the failure the *ActivityError wraps
	}{
		{"an activity needs an id", func(a *strategy.Activity) { a.ID = "" }, iomstrategy.ErrMissing, "id", "activity has no id"},
		{"amounts cannot be negative", func(a *strategy.Activity) { a.Amount = usd("0").Sub(usd("0.01")) }, iomstrategy.ErrNegativeAmount, "amount",
			"amounts cannot be negative: USD -0.01"},
		{"an activity needs a point (MC/INF/302, para. 12)", func(a *strategy.Activity) { a.Points = nil }, iomstrategy.ErrMissing, "points",
			"activity is tagged to no point"},
		{"there is no point 13 (Part I has 12)", func(a *strategy.Activity) { a.Points = pts(4, 13) }, strategy.ErrInvalidPoint, "points",
			"invalid strategy point: 13 (the Strategy has points 1 to 12)"},
		{"there is no point 0", func(a *strategy.Activity) { a.Points = pts(0) }, strategy.ErrInvalidPoint, "points",
			"invalid strategy point: 0 (the Strategy has points 1 to 12)"},
		{"a point once per activity", func(a *strategy.Activity) { a.Points = pts(4, 8, 4) }, iomstrategy.ErrDuplicate, "points",
			"activity is tagged twice to the same point: 4"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			a := good()
			tt.change(&a)
			for _, mode := range []strategy.SplitMode{strategy.SplitEven, strategy.CountFull} {
				parts, err := a.Split(mode)
				if !errors.Is(err, tt.want) || parts != nil {
					t.Errorf("Split(%s) = %v, %v; want nil, %v", mode, parts, err, tt.want)
				}
				var ae *strategy.ActivityError
				if !errors.As(err, &ae) || ae.ID != a.ID || ae.Field != tt.field || ae.Err.Error() != tt.message {
					t.Errorf("Split error %v is not an *ActivityError naming %q, field %q: %q", err, a.ID, tt.field, tt.message)
				}
				// In a portfolio, the error names the activity's position
				// and there is no partial result.
				al, err := strategy.Align([]strategy.Activity{good(), a}, mode)
				if !errors.Is(err, tt.want) || !errors.As(err, &ae) || ae.Index != 2 || ae.ID != a.ID || ae.Field != tt.field {
					t.Errorf("Align error = %v, want activity 2 (%q), field %q: %v", err, a.ID, tt.field, tt.want)
				}
				if !cmp.Equal(al, strategy.Alignment{}) {
					t.Errorf("Align returned a partial result %+v", al)
				}
			}
		})
	}
	t.Run("duplicate id names both activities", func(t *testing.T) {
		b := good()
		b.Points = pts(1)
		_, err := strategy.Align([]strategy.Activity{good(), {ID: "B", Amount: usd("1"), Points: pts(2)}, b}, strategy.SplitEven)
		var ae *strategy.ActivityError
		if !errors.Is(err, iomstrategy.ErrDuplicate) || !errors.As(err, &ae) || ae.Index != 3 || ae.ID != "A-1" || ae.Field != "id" {
			t.Fatalf("err = %v, want activity 3 (A-1) duplicate", err)
		}
		if want := `activity 3 (id "A-1"): duplicate activity id: also activity 1`; err.Error() != want {
			t.Errorf("message %q, want %q", err.Error(), want)
		}
	})
	t.Run("empty portfolio", func(t *testing.T) {
		if _, err := strategy.Align(nil, strategy.SplitEven); !errors.Is(err, strategy.ErrEmptyPortfolio) {
			t.Errorf("err = %v, want ErrEmptyPortfolio", err)
		}
	})
	t.Run("unknown split mode", func(t *testing.T) {
		if _, err := strategy.Align([]strategy.Activity{good()}, strategy.SplitMode(7)); !errors.Is(err, strategy.ErrInvalidSplitMode) {
			t.Errorf("err = %v, want ErrInvalidSplitMode", err)
		}
		if _, err := good().Split(strategy.SplitMode(7)); !errors.Is(err, strategy.ErrInvalidSplitMode) {
			t.Errorf("Split err = %v, want ErrInvalidSplitMode", err)
		}
	})
}

// TestNegativeAmount checks that Align and Split refuse an amount below
// zero with the root sentinels: iomstrategy.ErrNegativeAmount, which also
// matches iomstrategy.ErrInvalidAmount, inside an *ActivityError that
// names the activity.
func TestNegativeAmount(t *testing.T) {
	negative := usd("0").Sub(usd("0.01"))
	good := strategy.Activity{ID: "ok", Amount: usd("5.00"), Points: pts(1)}
	bad := strategy.Activity{ID: "neg", Amount: negative, Points: pts(4, 8)}
	type refusal struct {
		Negative, Invalid bool
		Index             int
		ID                string
		Message           string
	}
	tests := []struct {
		rule string
		call func() error
		want refusal
	}{
		{"Align, split even: the activity by its position", func() error {
			_, err := strategy.Align([]strategy.Activity{good, bad}, strategy.SplitEven)
			return err
		}, refusal{true, true, 2, "neg", `activity 2 (id "neg"): amounts cannot be negative: USD -0.01`}},
		{"Align, count full", func() error {
			_, err := strategy.Align([]strategy.Activity{bad, good}, strategy.CountFull)
			return err
		}, refusal{true, true, 1, "neg", `activity 1 (id "neg"): amounts cannot be negative: USD -0.01`}},
		{"Split: the activity by its id", func() error {
			_, err := bad.Split(strategy.SplitEven)
			return err
		}, refusal{true, true, 0, "neg", `activity "neg": amounts cannot be negative: USD -0.01`}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			err := tt.call()
			if err == nil {
				t.Fatal("no error for a negative amount")
			}
			got := refusal{
				Negative: errors.Is(err, iomstrategy.ErrNegativeAmount),
				Invalid:  errors.Is(err, iomstrategy.ErrInvalidAmount),
				Message:  err.Error(),
			}
			var ae *strategy.ActivityError
			if errors.As(err, &ae) {
				got.Index, got.ID = ae.Index, ae.ID
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("refusal mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSubCentAmount checks that an amount with a fraction of a cent cannot
// reach Align or Split: iomstrategy.NewUSD refuses it with ErrSubCent
// (never rounds it), while whole cents written with more decimals are
// taken and aligned.
func TestSubCentAmount(t *testing.T) {
	type outcome struct {
		SubCent, Invalid bool
		Total            string // the aligned total when NewUSD takes the amount
	}
	tests := []struct {
		rule string
		in   string
		want outcome
	}{
		{"a third decimal is refused, not rounded", "0.125", outcome{SubCent: true, Invalid: true}},
		{"a fraction of a cent on a large amount", "1400000.001", outcome{SubCent: true, Invalid: true}},
		{"half a cent below zero is still sub-cent", "-0.005", outcome{SubCent: true, Invalid: true}},
		{"trailing zeros are whole cents", "100.100", outcome{Total: "USD 100.10"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			a, err := iomstrategy.NewUSD(decimal.RequireFromString(tt.in))
			got := outcome{SubCent: errors.Is(err, iomstrategy.ErrSubCent), Invalid: errors.Is(err, iomstrategy.ErrInvalidAmount)}
			if err == nil {
				al, err := strategy.Align([]strategy.Activity{{ID: "x", Amount: a, Points: pts(3, 9)}}, strategy.SplitEven)
				if err != nil {
					t.Fatal(err)
				}
				got.Total = al.Total.String()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("NewUSD(%s) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// total is a PointTotal written with strings, for readable expectations.
type total struct {
	Point      int
	Activities int
	Amount     string
	Share      string
}

func totals(al strategy.Alignment) []total {
	var out []total
	for _, pt := range al.Points {
		out = append(out, total{int(pt.Point), pt.Activities, pt.Amount.Decimal().StringFixed(2), pt.Share.StringFixed(4)})
	}
	return out
}

// TestAlign checks hand-computed portfolios.
func TestAlign(t *testing.T) {
	portfolio := []strategy.Activity{
		{ID: "A", Amount: usd("100.00"), Points: pts(4, 8)},
		{ID: "B", Amount: usd("50.00"), Points: pts(4)},
		{ID: "C", Amount: usd("0.01"), Points: pts(3, 1, 2)},
	}
	none := func(p int) total { return total{p, 0, "0.00", "0.0000"} }
	tests := []struct {
		rule      string
		mode      strategy.SplitMode
		want      []total
		counted   string
		uncovered []strategy.Point
	}{
		{
			// Point 4: 50.00 + 50.00; 8: 50.00; C's cent to point 1.
			// Shares: 4 is 1,000,000/150.01 = 6666.22 units, 8 is
			// 3333.11, 1 is 0.67: 9999 units rounded down, and the missing
			// one goes to the largest remainder, point 1's 0.67.
			"split even: parts add up, shares by largest remainder", strategy.SplitEven,
			[]total{{1, 1, "0.01", "0.0001"}, {2, 1, "0.00", "0.0000"}, {3, 1, "0.00", "0.0000"}, {4, 2, "100.00", "0.6666"},
				none(5), none(6), none(7), {8, 1, "50.00", "0.3333"}, none(9), none(10), none(11), none(12)},
			"150.01", pts(5, 6, 7, 9, 10, 11, 12),
		},
		{
			// Point 4: 100.00 + 50.00 = 150.00, 9999.33 units; 8: 100.00,
			// 6666.22; 1, 2, 3: 0.01, 0.67 units each, rounded to 1.
			"count full: every point the whole amount, shares rounded on their own", strategy.CountFull,
			[]total{{1, 1, "0.01", "0.0001"}, {2, 1, "0.01", "0.0001"}, {3, 1, "0.01", "0.0001"}, {4, 2, "150.00", "0.9999"},
				none(5), none(6), none(7), {8, 1, "100.00", "0.6666"}, none(9), none(10), none(11), none(12)},
			"250.03", pts(5, 6, 7, 9, 10, 11, 12),
		},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			al, err := strategy.Align(portfolio, tt.mode)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, totals(al)); diff != "" {
				t.Errorf("totals mismatch (-want +got):\n%s", diff)
			}
			if !al.Total.Equal(usd("150.01")) || !al.Counted.Equal(usd(tt.counted)) || al.Activities != 3 || al.Mode != tt.mode {
				t.Errorf("total %s, counted %s, activities %d, mode %s; want 150.01, %s, 3, %s", al.Total, al.Counted, al.Activities, al.Mode, tt.counted, tt.mode)
			}
			if diff := cmp.Diff(tt.uncovered, al.Uncovered); diff != "" {
				t.Errorf("uncovered mismatch (-want +got):\n%s", diff)
			}
			if al.Basis != iomstrategy.Para(12) || len(al.Notes) == 0 {
				t.Errorf("basis %s, notes %q; want para. 12 and notes", al.Basis, al.Notes)
			}
		})
	}
	t.Run("shares tie: equal remainders go to the lower point", func(t *testing.T) {
		// Three equal thirds: 3333 units each, one missing, to point 2.
		al, err := strategy.Align([]strategy.Activity{
			{ID: "x", Amount: usd("1"), Points: pts(2)}, {ID: "y", Amount: usd("1"), Points: pts(5)}, {ID: "z", Amount: usd("1"), Points: pts(11)},
		}, strategy.SplitEven)
		if err != nil {
			t.Fatal(err)
		}
		got := map[int]string{}
		for _, pt := range totals(al) {
			if pt.Activities > 0 {
				got[pt.Point] = pt.Share
			}
		}
		if diff := cmp.Diff(map[int]string{2: "0.3334", 5: "0.3333", 11: "0.3333"}, got); diff != "" {
			t.Errorf("shares mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("count full: a share exactly halfway rounds to the even unit", func(t *testing.T) {
		// Of a total of 200.00, 0.03 is 1.5 units of 0.0001 and rounds up
		// to the even 2; 0.01 is 0.5 units and rounds down to the even 0;
		// 199.97 is 9998.5 units (down to 9998), 199.99 is 9999.5 (up to
		// 10000). Half away from zero would give 2, 1, 9999 and 10000.
		for _, tt := range []struct {
			small, rest string
			want        [2]string
		}{
			{"0.03", "199.97", [2]string{"0.0002", "0.9998"}},
			{"0.01", "199.99", [2]string{"0.0000", "1.0000"}},
		} {
			al, err := strategy.Align([]strategy.Activity{
				{ID: "small", Amount: usd(tt.small), Points: pts(1)}, {ID: "rest", Amount: usd(tt.rest), Points: pts(2)},
			}, strategy.CountFull)
			if err != nil {
				t.Fatal(err)
			}
			if got := [2]string{al.Points[0].Share.StringFixed(4), al.Points[1].Share.StringFixed(4)}; got != tt.want {
				t.Errorf("%s and %s of 200.00: shares %v, want %v", tt.small, tt.rest, got, tt.want)
			}
		}
	})
	t.Run("zero total: every share is zero, points still counted", func(t *testing.T) {
		al, err := strategy.Align([]strategy.Activity{{ID: "x", Amount: usd("0"), Points: pts(7)}}, strategy.SplitEven)
		if err != nil {
			t.Fatal(err)
		}
		if al.Points[6].Activities != 1 || !al.Points[6].Share.IsZero() || len(al.Uncovered) != 11 {
			t.Errorf("got %+v", al.Points[6])
		}
	})
	t.Run("the basis verifies (MC/INF/302, para. 12)", func(t *testing.T) {
		al, _ := strategy.Align(portfolio, strategy.SplitEven)
		if err := al.Basis.Verify(); err != nil {
			t.Error(err)
		}
	})
}

func TestSplitModeText(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want strategy.SplitMode
		ok   bool
	}{
		{"even", strategy.SplitEven, true}, {"full", strategy.CountFull, true}, {" FULL ", strategy.CountFull, true},
		{"", 0, false}, {"half", 0, false}, {"evenly", 0, false},
	} {
		got, err := strategy.ParseSplitMode(tt.in)
		if tt.ok != (err == nil) || got != tt.want {
			t.Errorf("ParseSplitMode(%q) = %v, %v", tt.in, got, err)
		}
		if !tt.ok && !errors.Is(err, strategy.ErrInvalidSplitMode) {
			t.Errorf("ParseSplitMode(%q) error %v, want ErrInvalidSplitMode", tt.in, err)
		}
	}
	for _, m := range []strategy.SplitMode{strategy.SplitEven, strategy.CountFull} {
		text, err := m.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back strategy.SplitMode
		if err := back.UnmarshalText(text); err != nil || back != m {
			t.Errorf("%s round-trips to %v, %v", m, back, err)
		}
	}
	if _, err := strategy.SplitMode(9).MarshalText(); !errors.Is(err, strategy.ErrInvalidSplitMode) {
		t.Errorf("MarshalText of an invalid mode: %v", err)
	}
	if got := strategy.SplitMode(9).String(); got != "SplitMode(9)" {
		t.Errorf("SplitMode(9).String() = %q, want SplitMode(9)", got)
	}
	var m strategy.SplitMode = strategy.CountFull
	if err := m.UnmarshalText([]byte("half")); !errors.Is(err, strategy.ErrInvalidSplitMode) || m != strategy.CountFull {
		t.Errorf("UnmarshalText(half) = %v, left %v; want ErrInvalidSplitMode and the mode unchanged", err, m)
	}
	if strategy.SplitMode(0) != strategy.SplitEven {
		t.Error("the zero SplitMode must be SplitEven, the default")
	}
}

// randomPortfolio makes n valid activities with amounts from 0 to
// 10,000,000.00 (sometimes large, sometimes a few cents) and 1 to 12
// distinct points in random order.
func randomPortfolio(r *rand.Rand, n int) []strategy.Activity {
	acts := make([]strategy.Activity, n)
	for i := range acts {
		var cents int64
		switch r.IntN(4) {
		case 0:
			cents = r.Int64N(100)
		case 1:
			cents = r.Int64N(1_000_000_000)
		default:
			cents = r.Int64N(100_000)
		}
		k := 1 + r.IntN(4)
		if r.IntN(20) == 0 {
			k = 1 + r.IntN(strategy.NumPoints)
		}
		perm := r.Perm(strategy.NumPoints)[:k]
		points := make([]strategy.Point, k)
		for j, p := range perm {
			points[j] = strategy.Point(p + 1)
		}
		acts[i] = strategy.Activity{ID: fmt.Sprintf("act-%d", i), Amount: iomstrategy.USDFromCents(cents), Points: points}
	}
	return acts
}

// TestAlignProperties checks, over generated portfolios, the invariants of
// the issue: an activity's parts add up exactly to its amount; under
// SplitEven the per-point amounts add up exactly to the total and the
// shares to exactly 1; under CountFull each point holds the full amounts.
func TestAlignProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cent := iomstrategy.USDFromCents(1)
	unit := decimal.New(1, -strategy.SharePlaces)
	half := decimal.New(5, -strategy.SharePlaces-1)
	for c := range 2000 {
		acts := randomPortfolio(r, 1+r.IntN(30))
		var wantCount [strategy.NumPoints + 1]int
		wantFull := make([]iomstrategy.USD, strategy.NumPoints+1)
		var wantTotal iomstrategy.USD
		for _, a := range acts {
			wantTotal = wantTotal.Add(a.Amount)
			parts, err := a.Split(strategy.SplitEven)
			if err != nil {
				t.Fatal(err)
			}
			var sum iomstrategy.USD
			for j, p := range parts {
				sum = sum.Add(p.Amount)
				if p.Amount.Sign() < 0 {
					t.Fatalf("case %d: %s part %s is negative", c, a.ID, p.Amount)
				}
				if j > 0 && (parts[j-1].Point >= p.Point || parts[j-1].Amount.Cmp(p.Amount) < 0 || parts[j-1].Amount.Sub(p.Amount).Cmp(cent) > 0) {
					t.Fatalf("case %d: %s parts %v: want point order, larger parts first, at most a cent apart", c, a.ID, parts)
				}
			}
			if !sum.Equal(a.Amount) {
				t.Fatalf("case %d: %s parts add up to %s, amount %s", c, a.ID, sum, a.Amount)
			}
			for _, p := range a.Points {
				wantCount[p]++
				wantFull[p] = wantFull[p].Add(a.Amount)
			}
		}
		for _, mode := range []strategy.SplitMode{strategy.SplitEven, strategy.CountFull} {
			al, err := strategy.Align(acts, mode)
			if err != nil {
				t.Fatal(err)
			}
			if !al.Total.Equal(wantTotal) {
				t.Fatalf("case %d %s: total %s, want %s", c, mode, al.Total, wantTotal)
			}
			var counted iomstrategy.USD
			shares := decimal.Zero
			var uncovered []strategy.Point
			for _, pt := range al.Points {
				counted = counted.Add(pt.Amount)
				shares = shares.Add(pt.Share)
				if pt.Activities != wantCount[pt.Point] {
					t.Fatalf("case %d %s: %s has %d activities, want %d", c, mode, pt.Point, pt.Activities, wantCount[pt.Point])
				}
				if pt.Activities == 0 {
					uncovered = append(uncovered, pt.Point)
				}
				if mode == strategy.CountFull && !pt.Amount.Equal(wantFull[pt.Point]) {
					t.Fatalf("case %d: full %s amount %s, want %s", c, pt.Point, pt.Amount, wantFull[pt.Point])
				}
				if wantTotal.Sign() > 0 {
					// |share × total − amount| against the rounding allowed:
					// half a unit rounded to nearest, under a unit by
					// largest remainder.
					dev := pt.Share.Mul(wantTotal.Decimal()).Sub(pt.Amount.Decimal()).Abs()
					limit := unit.Mul(wantTotal.Decimal())
					if mode == strategy.CountFull {
						limit = half.Mul(wantTotal.Decimal())
					}
					if dev.Cmp(limit) > 0 || (mode == strategy.SplitEven && dev.Equal(limit)) {
						t.Fatalf("case %d %s: %s share %s is too far from %s/%s", c, mode, pt.Point, pt.Share, pt.Amount, wantTotal)
					}
				}
			}
			if !counted.Equal(al.Counted) {
				t.Fatalf("case %d %s: counted %s, amounts add up to %s", c, mode, al.Counted, counted)
			}
			if !cmp.Equal(uncovered, al.Uncovered) {
				t.Fatalf("case %d %s: uncovered %v, want %v", c, mode, al.Uncovered, uncovered)
			}
			if mode == strategy.SplitEven {
				if !counted.Equal(wantTotal) {
					t.Fatalf("case %d: even amounts add up to %s, total %s", c, counted, wantTotal)
				}
				if wantTotal.Sign() > 0 && !shares.Equal(decimal.NewFromInt(1)) {
					t.Fatalf("case %d: even shares add up to %s, want exactly 1", c, shares)
				}
			}
		}
	}
}

// FuzzParseSplitMode checks that only "even" and "full" (any case, spaces
// around) are accepted, and that what is accepted round-trips.
func FuzzParseSplitMode(f *testing.F) {
	for _, s := range []string{"even", "full", " Even ", "FULL", "", "half", "even\x00", "évén"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := strategy.ParseSplitMode(s)
		norm := strings.ToLower(strings.TrimSpace(s))
		if (err == nil) != (norm == "even" || norm == "full") {
			t.Fatalf("ParseSplitMode(%q) = %v, %v", s, m, err)
		}
		if err != nil {
			if !errors.Is(err, strategy.ErrInvalidSplitMode) {
				t.Fatalf("error %v does not wrap ErrInvalidSplitMode", err)
			}
			return
		}
		if m.String() != norm {
			t.Fatalf("ParseSplitMode(%q) = %s", s, m)
		}
	})
}
