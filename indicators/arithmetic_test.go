package indicators_test

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/indicators"
	"github.com/shopspring/decimal"
)

var modes = []iomstrategy.RoundingMode{iomstrategy.HalfAwayFromZero, iomstrategy.HalfEven, iomstrategy.TowardZero, iomstrategy.AwayFromZero}

// roundQuotient is num / den rounded once, through Share: num as a share of
// den·100 is num / den exactly, before the one rounding.
func roundQuotient(num, den decimal.Decimal, places int32, m iomstrategy.RoundingMode) (decimal.Decimal, error) {
	return indicators.Share(num, den.Shift(2), places, m)
}

// TestRoundQuotient: a quotient is rounded once, from the exact remainder,
// as each mode says.
func TestRoundQuotient(t *testing.T) {
	tests := []struct {
		num, den string
		places   int32
		want     [4]string // half-away, half-even, toward-zero, away-from-zero
	}{
		{"1", "8", 2, [4]string{"0.13", "0.12", "0.12", "0.13"}},      // 0.125, a tie
		{"3", "8", 2, [4]string{"0.38", "0.38", "0.37", "0.38"}},      // 0.375, a tie to an even 8
		{"-1", "8", 2, [4]string{"-0.13", "-0.12", "-0.12", "-0.13"}}, // -0.125
		{"1", "-8", 2, [4]string{"-0.13", "-0.12", "-0.12", "-0.13"}},
		{"2", "3", 1, [4]string{"0.7", "0.7", "0.6", "0.7"}},
		{"1", "3", 1, [4]string{"0.3", "0.3", "0.3", "0.4"}},
		{"6", "3", 1, [4]string{"2", "2", "2", "2"}},
		{"100", "3", 0, [4]string{"33", "33", "33", "34"}},
		{"1798500", "43204", 1, [4]string{"41.6", "41.6", "41.6", "41.7"}}, // pre-consular 2007 to 2008 in per cent: 41.627...
		// A remainder just over a half: 0.1250000000000000000001 must round up in every half mode.
		{"1250000000000000000001", "10000000000000000000000", 2, [4]string{"0.13", "0.13", "0.12", "0.13"}},
	}
	for _, tt := range tests {
		for i, m := range modes {
			got, err := roundQuotient(dec(tt.num), dec(tt.den), tt.places, m)
			if err != nil || !got.Equal(dec(tt.want[i])) {
				t.Errorf("RoundQuotient(%s, %s, %d, %s) = %s, %v; want %s", tt.num, tt.den, tt.places, m, got, err, tt.want[i])
			}
		}
	}
	if _, err := roundQuotient(dec("1"), dec("0"), 2, iomstrategy.HalfEven); !errors.Is(err, indicators.ErrUndefined) {
		t.Errorf("division by 0: %v, want ErrUndefined", err)
	}
	if _, err := roundQuotient(dec("1"), dec("3"), 2, iomstrategy.RoundingUnset); !errors.Is(err, indicators.ErrParams) {
		t.Errorf("unset mode: %v, want ErrParams", err)
	}
}

// TestRoundQuotientProperties checks the rounding of random quotients by
// multiplication only: the result q of a half mode is within half a step
// of num/den, |q·den - num| ≤ |den|·ulp/2; toward zero never goes past
// num/den and away from zero never stops short of it, each within a step.
func TestRoundQuotientProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		num := decimal.New(r.Int64N(2_000_001)-1_000_000, -int32(r.IntN(4)))
		den := decimal.New(r.Int64N(20_001)-10_000, -int32(r.IntN(3)))
		if den.IsZero() {
			continue
		}
		places := int32(r.IntN(5))
		ulp := decimal.New(1, -places)
		step := den.Abs().Mul(ulp)
		for _, m := range modes {
			q, err := roundQuotient(num, den, places, m)
			if err != nil {
				t.Fatal(err)
			}
			if !q.Equal(q.Truncate(places)) {
				t.Fatalf("%s/%s at %d places (%s) = %s has more places", num, den, places, m, q)
			}
			// diff = q·den - num, in units where num/den's distance from q
			// is |diff|/|den|.
			diff := q.Mul(den).Sub(num)
			switch m {
			case iomstrategy.HalfAwayFromZero, iomstrategy.HalfEven:
				if diff.Abs().Mul(decimal.NewFromInt(2)).Cmp(step) > 0 {
					t.Fatalf("%s/%s at %d (%s) = %s: more than half a step away", num, den, places, m, q)
				}
			case iomstrategy.TowardZero:
				// |q| ≤ |num/den| < |q| + ulp
				if q.Abs().Mul(den.Abs()).Cmp(num.Abs()) > 0 || q.Abs().Add(ulp).Mul(den.Abs()).Cmp(num.Abs()) <= 0 {
					t.Fatalf("%s/%s toward zero at %d = %s", num, den, places, q)
				}
			case iomstrategy.AwayFromZero:
				if q.Abs().Mul(den.Abs()).Cmp(num.Abs()) < 0 || q.Abs().Sub(ulp).Mul(den.Abs()).Cmp(num.Abs()) >= 0 {
					t.Fatalf("%s/%s away from zero at %d = %s", num, den, places, q)
				}
			}
		}
	}
}

func TestPercentChangeAndShare(t *testing.T) {
	hae := iomstrategy.HalfAwayFromZero
	tests := []struct {
		name, from, to string
		want           string
	}{
		// Expected values worked by hand from the figures.
		{"pre-consular applicants 2007-2008 (para. 16): 17,985/43,204 = 41.627%", "43204", "61189", "41.6"},
		{"pre-consular applicants 2008-2009 (para. 16): 72,343/61,189 = 118.229%", "61189", "133532", "118.2"},
		{"total expenditure 2007-2009 (para. 9): 243.2/783.8 = 31.028%", "783800000", "1027000000", "31.0"},
		{"staff 2007-2009 (para. 9): 801/6,457 = 12.405%", "6457", "7258", "12.4"},
		{"international migrants 2005-2010 (para. 4): 19/195 = 9.744%", "195000000", "214000000", "9.7"},
		{"a fall", "200", "150", "-25.0"},
	}
	for _, tt := range tests {
		got, err := indicators.PercentChange(dec(tt.from), dec(tt.to), 1, hae)
		if err != nil || !got.Equal(dec(tt.want)) {
			t.Errorf("%s: PercentChange = %s, %v; want %s", tt.name, got, err, tt.want)
		}
	}
	if got, err := indicators.Share(dec("203"), dec("517"), 1, hae); err != nil || !got.Equal(dec("39.3")) {
		t.Errorf("203 of 517 emergency projects (para. 59) = %s, %v; want 39.3 (39.265%%)", got, err)
	}
	if got, err := indicators.Share(dec("314"), dec("517"), 2, hae); err != nil || !got.Equal(dec("60.74")) {
		t.Errorf("314 of 517 post-crisis projects (para. 59) = %s, %v; want 60.74 (60.735%%)", got, err)
	}
	if _, err := indicators.PercentChange(dec("0"), dec("5"), 1, hae); !errors.Is(err, indicators.ErrUndefined) {
		t.Errorf("change from 0: %v, want ErrUndefined", err)
	}
	if _, err := indicators.Share(dec("1"), dec("0"), 1, hae); !errors.Is(err, indicators.ErrUndefined) {
		t.Errorf("share of 0: %v, want ErrUndefined", err)
	}
}
