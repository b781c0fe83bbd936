package indicators

import (
	"fmt"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

var (
	one     = decimal.NewFromInt(1)
	hundred = decimal.NewFromInt(100)
)

// PercentChange returns the change from one value to another in per cent,
// (to − from) / from × 100, rounded once, from the exact quotient, to places
// decimals with mode: from 43,204 to 61,189 is 41.6 (one place, half away
// from zero). A change from 0 is undefined (ErrUndefined).
func PercentChange(from, to decimal.Decimal, places int32, mode iomstrategy.RoundingMode) (decimal.Decimal, error) {
	if from.IsZero() {
		return decimal.Decimal{}, fmt.Errorf("%w: a change in per cent from 0", ErrUndefined)
	}
	return roundQuotient(to.Sub(from).Mul(hundred), from, places, mode)
}

// Share returns part as a per cent of whole, part / whole × 100, rounded
// once from the exact quotient to places decimals with mode. A share of 0
// is undefined (ErrUndefined).
func Share(part, whole decimal.Decimal, places int32, mode iomstrategy.RoundingMode) (decimal.Decimal, error) {
	if whole.IsZero() {
		return decimal.Decimal{}, fmt.Errorf("%w: a share of a total of 0", ErrUndefined)
	}
	return roundQuotient(part.Mul(hundred), whole, places, mode)
}

// roundQuotient returns num / den rounded to places decimals with mode,
// exactly: the quotient is never held to some intermediate precision first,
// so there is one rounding and it is the one mode says. den must not be 0
// (PercentChange and Share refuse it first).
func roundQuotient(num, den decimal.Decimal, places int32, mode iomstrategy.RoundingMode) (decimal.Decimal, error) {
	if !mode.Valid() {
		return decimal.Decimal{}, fmt.Errorf("%w: rounding mode %q", ErrParams, mode.String())
	}
	// q is the quotient truncated toward zero at places; r = num − q·den
	// has the sign of num and |r| < |den|·ulp.
	q, r := num.QuoRem(den, places)
	if r.IsZero() {
		return q, nil
	}
	ulp := decimal.New(1, -places)
	negative := num.Sign() != den.Sign() // num is not 0: r is not
	away := q.Add(ulp)
	if negative {
		away = q.Sub(ulp)
	}
	// Compare the remainder with half a step: 2|r| against |den|·ulp.
	half := r.Abs().Mul(decimal.NewFromInt(2)).Cmp(den.Abs().Mul(ulp))
	switch mode {
	case iomstrategy.TowardZero:
		return q, nil
	case iomstrategy.AwayFromZero:
		return away, nil
	case iomstrategy.HalfAwayFromZero:
		if half >= 0 {
			return away, nil
		}
		return q, nil
	case iomstrategy.HalfEven:
		if half > 0 || (half == 0 && !isEvenAt(q, places)) {
			return away, nil
		}
		return q, nil
	}
	return decimal.Decimal{}, fmt.Errorf("%w: rounding mode %q", ErrParams, mode.String())
}

// isEvenAt reports whether the last digit of q at places decimals is even.
func isEvenAt(q decimal.Decimal, places int32) bool {
	return q.Shift(places).Truncate(0).Coefficient().Bit(0) == 0
}

// floorQuotient and ceilQuotient round num / den down and up, toward −∞
// and +∞, to places decimals: the outward rounding of interval ends.
func floorQuotient(num, den decimal.Decimal, places int32) decimal.Decimal {
	q, r := num.QuoRem(den, places)
	if !r.IsZero() && num.Sign() != den.Sign() { // a negative quotient, truncated up
		q = q.Sub(decimal.New(1, -places))
	}
	return q
}

func ceilQuotient(num, den decimal.Decimal, places int32) decimal.Decimal {
	q, r := num.QuoRem(den, places)
	if !r.IsZero() && num.Sign() == den.Sign() { // a positive quotient, truncated down
		q = q.Add(decimal.New(1, -places))
	}
	return q
}
