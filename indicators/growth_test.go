package indicators_test

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/indicators"
	"github.com/shopspring/decimal"
)

func TestAnnualGrowth(t *testing.T) {
	tests := []struct {
		name     string
		from, to string
		years    int
		places   int32
		want     [4]string // half-away, half-even, toward-zero, away-from-zero
	}{
		// Worked by hand: sqrt(133532/43204) = sqrt(3.090732...) = 1.758048...
		{"pre-consular applicants 2007-2009 (para. 16)", "43204", "133532", 2, 1, [4]string{"75.8", "75.8", "75.8", "75.9"}},
		// sqrt(56637/45619) = sqrt(1.241522...) = 1.114236...
		{"migrant training participants 2007-2009 (para. 18)", "45619", "56637", 2, 1, [4]string{"11.4", "11.4", "11.4", "11.5"}},
		// sqrt(7258/6457) = sqrt(1.124051...) = 1.060213...
		{"staff 2007-2009 (para. 9)", "6457", "7258", 2, 1, [4]string{"6.0", "6.0", "6.0", "6.1"}},
		// (214/195)^(1/5) = 1.097436^0.2 = 1.018765...
		{"international migrants 2005-2010 (para. 4)", "195000000", "214000000", 5, 2, [4]string{"1.88", "1.88", "1.87", "1.88"}},
		// sqrt(1027/783.8) = sqrt(1.310283...) = 1.144676...
		{"total expenditure 2007-2009 (para. 9)", "783800000", "1027000000", 2, 1, [4]string{"14.5", "14.5", "14.4", "14.5"}},
		{"an exact root: 100 to 121 in 2 years is 10%", "100", "121", 2, 1, [4]string{"10", "10", "10", "10"}},
		{"an exact root with more digits than shown: 100 to 110.25 is 5%", "100", "110.25", 2, 0, [4]string{"5", "5", "5", "5"}},
		{"a tie: 1 to 1.0505 in 1 year is exactly 5.05%", "1", "1.0505", 1, 1, [4]string{"5.1", "5.0", "5.0", "5.1"}},
		{"a tie after a root: 1 to 1.0515^2 in 2 years is exactly 5.15%", "1", "1.10565225", 2, 1, [4]string{"5.2", "5.2", "5.1", "5.2"}},
		{"a fall: 100 to 81 in 2 years is -10%", "100", "81", 2, 1, [4]string{"-10", "-10", "-10", "-10"}},
		// sqrt(0.8) = 0.894427...: -10.557...%
		{"a fall: 100 to 80 in 2 years", "100", "80", 2, 1, [4]string{"-10.6", "-10.6", "-10.5", "-10.6"}},
		{"to nothing", "100", "0", 3, 1, [4]string{"-100", "-100", "-100", "-100"}},
		{"no change", "7", "7", 4, 2, [4]string{"0", "0", "0", "0"}},
	}
	for _, tt := range tests {
		for i, m := range modes {
			got, err := indicators.AnnualGrowth(dec(tt.from), dec(tt.to), tt.years, tt.places, m)
			if err != nil || !got.Equal(dec(tt.want[i])) {
				t.Errorf("%s (%s): AnnualGrowth = %s, %v; want %s", tt.name, m, got, err, tt.want[i])
			}
		}
	}
	for _, bad := range []struct {
		from, to string
		years    int
	}{{"0", "5", 2}, {"-1", "5", 2}, {"5", "-1", 2}, {"5", "6", 0}, {"5", "6", 501}} {
		if _, err := indicators.AnnualGrowth(dec(bad.from), dec(bad.to), bad.years, 1, iomstrategy.HalfEven); !errors.Is(err, indicators.ErrUndefined) {
			t.Errorf("AnnualGrowth(%s, %s, %d): %v, want ErrUndefined", bad.from, bad.to, bad.years, err)
		}
	}
}

// TestAnnualGrowthProperties checks random growth rates by exact powers:
// rounded toward -∞ (toward zero for a rise), the rate r at k decimals of
// the fraction satisfies (1+r)^n·from ≤ to < (1+r+ulp)^n·from.
func TestAnnualGrowthProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 1500; n++ {
		from := decimal.New(r.Int64N(1_000_000)+1, -int32(r.IntN(3)))
		to := decimal.New(r.Int64N(3_000_000), -int32(r.IntN(3)))
		years := r.IntN(6) + 1
		places := int32(r.IntN(3))
		if to.Cmp(from) < 0 {
			continue // toward zero is toward +∞ for a fall; the rise is enough here
		}
		g, err := indicators.AnnualGrowth(from, to, years, places, iomstrategy.TowardZero)
		if err != nil {
			t.Fatal(err)
		}
		ulp := decimal.New(1, -(places + 2))
		x := decimal.NewFromInt(1).Add(g.Shift(-2))
		if pow(x, years).Mul(from).Cmp(to) > 0 || pow(x.Add(ulp), years).Mul(from).Cmp(to) <= 0 {
			t.Fatalf("growth from %s to %s over %d years at %d places = %s%%: not the root rounded down", from, to, years, places, g)
		}
		// Half away from zero is the toward-zero rate or the next one up,
		// whichever is nearer the root: the midpoint decides.
		h, err := indicators.AnnualGrowth(from, to, years, places, iomstrategy.HalfAwayFromZero)
		if err != nil {
			t.Fatal(err)
		}
		mid := x.Add(decimal.New(5, -(places + 3)))
		wantUp := pow(mid, years).Mul(from).Cmp(to) <= 0
		if up := h.GreaterThan(g); up != wantUp {
			t.Fatalf("growth from %s to %s over %d years at %d places: half away = %s, toward zero = %s, root above midpoint = %v", from, to, years, places, h, g, wantUp)
		}
	}
}

func pow(x decimal.Decimal, n int) decimal.Decimal {
	r := decimal.NewFromInt(1)
	for range n {
		r = r.Mul(x)
	}
	return r
}

func TestRanges(t *testing.T) {
	p := indicators.ReviewParams()
	est := func(v string) indicators.Interval {
		i, err := indicators.Record{Value: dec(v), Qualifier: indicators.Estimate}.Interval(p)
		if err != nil {
			t.Fatal(err)
		}
		return i
	}
	tests := []struct {
		name        string
		from, to    indicators.Interval
		years       int
		pct, growth string
	}{
		// 195m exact to 214m ±10%: [192.6m, 235.4m]; -2.4/195 = -1.2307..%, 40.4/195 = 20.717..%;
		// (192.6/195)^(1/5) = 0.997526.. , (235.4/195)^(1/5) = 1.038367..
		{"international migrants (para. 4)", indicators.Exactly(dec("195000000")), est("214000000"), 5, "[-1.3, 20.8]", "[-0.3, 3.9]"},
		{"projects started (para. 9): 550 to more than 700", indicators.Exactly(dec("550")), above(dec("700")), 2, "[27.2, ∞)", "[12.8, ∞)"},
		{"active projects (para. 9): over 1,600 to over 2,300", above(dec("1600")), above(dec("2300")), 2, "(-100, ∞)", "(-100, ∞)"},
		{"exact to exact: 100 to 121", indicators.Exactly(dec("100")), indicators.Exactly(dec("121")), 2, "21", "10"},
	}
	for _, tt := range tests {
		pr, err := indicators.PercentChangeRange(tt.from, tt.to, 1)
		if err != nil || pr.String() != tt.pct {
			t.Errorf("%s: PercentChangeRange = %s, %v; want %s", tt.name, pr, err, tt.pct)
		}
		gr, err := indicators.AnnualGrowthRange(tt.from, tt.to, tt.years, 1)
		if err != nil || gr.String() != tt.growth {
			t.Errorf("%s: AnnualGrowthRange = %s, %v; want %s", tt.name, gr, err, tt.growth)
		}
	}
	if _, err := indicators.PercentChangeRange(indicators.Closed(dec("-1"), dec("5")), indicators.Exactly(dec("3")), 1); !errors.Is(err, indicators.ErrUndefined) {
		t.Errorf("a range from below 0: %v, want ErrUndefined", err)
	}
}
