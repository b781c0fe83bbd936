package indicators

import (
	"fmt"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// AnnualGrowth returns the compound annual growth from one value to another
// over years years, in per cent a year: ((to / from)^(1/years) − 1) × 100,
// rounded once to places decimals with mode. From 43,204 (2007) to 133,532
// (2009) it is 75.8.
//
// The rate is an nth root, which decimals cannot hold exactly. It is
// computed without any floating point: the root is bracketed by decimals of
// places+2 digits whose years-th powers are compared exactly with to / from
// (as products, so nothing is divided), and the midpoint between them is
// tested the same way. The result is therefore the exact real rate rounded
// once as mode says, not an approximation of it rounded again.
//
// from must be above 0 and to at least 0, and years from 1 to 500 (the
// root is found with exact powers, whose size grows with the years);
// otherwise the error wraps ErrUndefined.
func AnnualGrowth(from, to decimal.Decimal, years int, places int32, mode iomstrategy.RoundingMode) (decimal.Decimal, error) {
	if err := growthDefined(from, to, years); err != nil {
		return decimal.Decimal{}, err
	}
	if !mode.Valid() {
		return decimal.Decimal{}, fmt.Errorf("%w: rounding mode %q", ErrParams, mode.String())
	}
	k := places + 2 // the rate as a fraction, two more decimals than in per cent
	ulp := decimal.New(1, -k)
	f, exact := floorRoot(to, from, years, k)
	g := f.Sub(one) // the rate rounded toward −∞
	if exact {
		return g.Shift(2), nil
	}
	up := g.Add(ulp)
	var r decimal.Decimal
	switch mode {
	case iomstrategy.TowardZero:
		r = pick(g.Sign() >= 0, g, up)
	case iomstrategy.AwayFromZero:
		r = pick(g.Sign() >= 0, up, g)
	case iomstrategy.HalfAwayFromZero, iomstrategy.HalfEven:
		mid := f.Add(decimal.New(5, -(k + 1))) // f + ulp/2
		switch c := power(mid, years).Mul(from).Cmp(to); {
		case c < 0: // the root is above the midpoint
			r = up
		case c > 0:
			r = g
		case mode == iomstrategy.HalfAwayFromZero:
			r = pick(g.Sign() >= 0, up, g)
		default:
			r = pick(isEvenAt(g, k), g, up)
		}
	}
	return r.Shift(2), nil
}

func pick(cond bool, a, b decimal.Decimal) decimal.Decimal {
	if cond {
		return a
	}
	return b
}

// maxGrowthYears bounds the span of a compound annual growth: the root is
// found with exact powers, whose size grows with the number of years.
const maxGrowthYears = 500

func growthDefined(from, to decimal.Decimal, years int) error {
	switch {
	case years < 1 || years > maxGrowthYears:
		return fmt.Errorf("%w: growth over %d years (want 1 to %d)", ErrUndefined, years, maxGrowthYears)
	case from.Sign() <= 0:
		return fmt.Errorf("%w: growth from %s (want a value above 0)", ErrUndefined, from)
	case to.Sign() < 0:
		return fmt.Errorf("%w: growth to %s (want a value of at least 0)", ErrUndefined, to)
	}
	return nil
}

// floorRoot returns the largest decimal x with k decimals such that
// x^n · den ≤ num, that is the n-th root of num/den rounded down to k
// decimals, and whether that root is exact. num ≥ 0, den > 0, n ≥ 1.
//
// It bisects on the integer x·10^k between 0 and max(1, num/den)·10^k + 1;
// each step compares an exact power with num. About log2(num/den·10^k)
// steps, each of n exact multiplications.
func floorRoot(num, den decimal.Decimal, n int, k int32) (decimal.Decimal, bool) {
	le := func(m decimal.Decimal) int { // compares (m·10^-k)^n·den with num
		return power(m.Shift(-k), n).Mul(den).Cmp(num)
	}
	lo := decimal.Zero
	ratio, _ := num.QuoRem(den, 0)
	hi := decimal.Max(ratio, one).Add(one).Shift(k)
	two := decimal.NewFromInt(2)
	// Invariant: le(lo) ≤ 0 < le(hi).
	for hi.Sub(lo).Cmp(one) > 0 {
		mid, _ := lo.Add(hi).QuoRem(two, 0)
		if le(mid) <= 0 {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo.Shift(-k), le(lo) == 0
}

// ceilRoot is floorRoot rounded up: the smallest x with k decimals whose
// n-th power times den is at least num.
func ceilRoot(num, den decimal.Decimal, n int, k int32) decimal.Decimal {
	f, exact := floorRoot(num, den, n, k)
	if exact {
		return f
	}
	return f.Add(decimal.New(1, -k))
}

// power returns x^n exactly, n ≥ 0, by repeated squaring.
func power(x decimal.Decimal, n int) decimal.Decimal {
	r := one
	for n > 0 {
		if n&1 == 1 {
			r = r.Mul(x)
		}
		x = x.Mul(x)
		n >>= 1
	}
	return r
}

// PercentChangeRange returns the interval of the change in per cent from a
// value in from to a value in to, its ends rounded outward to places
// decimals so that it holds every exact change: a rounded end is closed.
// from must lie above 0 and to at or above 0 (ErrUndefined): the Review's
// measures are counts and amounts.
func PercentChangeRange(from, to Interval, places int32) (Interval, error) {
	if err := positiveRatioOperands(from, to); err != nil {
		return Interval{}, err
	}
	// (to/from − 1)·100 rises with to and falls with from.
	return ratioRange(from, to, func(num, den decimal.Decimal, down bool) decimal.Decimal {
		n := num.Sub(den).Mul(hundred)
		if down {
			return floorQuotient(n, den, places)
		}
		return ceilQuotient(n, den, places)
	}, decimal.NewFromInt(-100))
}

// AnnualGrowthRange returns the interval of the compound annual growth, in
// per cent a year, from a value in from to a value in to over years years,
// its ends rounded outward to places decimals (each end is an exact root
// rounded once, down for the low end and up for the high end).
func AnnualGrowthRange(from, to Interval, years int, places int32) (Interval, error) {
	if years < 1 || years > maxGrowthYears {
		return Interval{}, fmt.Errorf("%w: growth over %d years (want 1 to %d)", ErrUndefined, years, maxGrowthYears)
	}
	if err := positiveRatioOperands(from, to); err != nil {
		return Interval{}, err
	}
	k := places + 2
	return ratioRange(from, to, func(num, den decimal.Decimal, down bool) decimal.Decimal {
		if down {
			f, _ := floorRoot(num, den, years, k)
			return f.Sub(one).Shift(2)
		}
		return ceilRoot(num, den, years, k).Sub(one).Shift(2)
	}, decimal.NewFromInt(-100))
}

func positiveRatioOperands(from, to Interval) error {
	lo, ok := from.Low()
	if !ok || lo.Value.Sign() < 0 || (lo.Value.Sign() == 0 && !lo.Open) {
		return fmt.Errorf("%w: a change relative to %s (want values above 0)", ErrUndefined, from)
	}
	tlo, ok := to.Low()
	if !ok || tlo.Value.Sign() < 0 {
		return fmt.Errorf("%w: a change to %s (want values of at least 0)", ErrUndefined, to)
	}
	return nil
}

// ratioRange maps the ratio to/from, which rises with to and falls with
// from, through f (num, den, round down?) at both ends. floor is the value
// of f as the ratio tends to 0 (a from unbounded above).
func ratioRange(from, to Interval, f func(num, den decimal.Decimal, down bool) decimal.Decimal, floor decimal.Decimal) (Interval, error) {
	fromLo, _ := from.Low()
	fromHi, fromHasHi := from.High()
	toLo, _ := to.Low()
	toHi, toHasHi := to.High()

	var lo, hi *Bound
	if fromHasHi {
		v := f(toLo.Value, fromHi.Value, true)
		exact := f(toLo.Value, fromHi.Value, false).Equal(v)
		lo = &Bound{Value: v, Open: exact && (toLo.Open || fromHi.Open)}
	} else {
		// to/from tends to 0 as from grows without bound, and never
		// reaches it while to is above 0.
		lo = &Bound{Value: floor, Open: toLo.Value.Sign() > 0 || toLo.Open}
	}
	if toHasHi && fromLo.Value.Sign() > 0 {
		v := f(toHi.Value, fromLo.Value, false)
		exact := f(toHi.Value, fromLo.Value, true).Equal(v)
		hi = &Bound{Value: v, Open: exact && (toHi.Open || fromLo.Open)}
	}
	return NewInterval(lo, hi)
}
