package strategy

import (
	"fmt"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// Activity is one entry of a portfolio: a project or budget line with its
// amount in US dollars and the points of Part I it is referenced against
// (MC/INF/302, para. 12: "a systematic referencing of activities against
// the 12 points").
//
// A valid activity has a non-empty ID, an amount of zero or more (a USD
// is always whole cents), and one or more distinct valid points, in any
// order.
type Activity struct {
	ID     string
	Amount iomstrategy.USD
	Points []Point
}

// PointAmount is the amount of an activity counted for one point.
type PointAmount struct {
	Point  Point
	Amount iomstrategy.USD
}

// Split returns the amount of a counted for each of its points, in point
// order (lowest first), under mode.
//
// Under SplitEven the amounts are whole cents that add up exactly to
// a.Amount: each point gets the amount divided by the number of points,
// rounded down to the cent, and the cents left over go one each to the
// lowest-numbered points. Under CountFull each amount is the whole
// amount. An invalid activity (see Activity) is an *ActivityError and nil.
func (a Activity) Split(mode SplitMode) ([]PointAmount, error) {
	points, field, err := a.check()
	if err != nil {
		return nil, &ActivityError{ID: a.ID, Field: field, Err: err}
	}
	if !mode.Valid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidSplitMode, int(mode))
	}
	return split(a.Amount, points, mode), nil
}

// check validates a and returns its points sorted, or the field at fault
// and why.
func (a Activity) check() ([]Point, string, error) {
	if a.ID == "" {
		return nil, "id", errNoID
	}
	if a.Amount.Sign() < 0 {
		return nil, "amount", fmt.Errorf("%w: %s", iomstrategy.ErrNegativeAmount, a.Amount)
	}
	if len(a.Points) == 0 {
		return nil, "points", errNoPoints
	}
	var seen [NumPoints + 1]bool
	for _, p := range a.Points {
		if !p.Valid() {
			return nil, "points", fmt.Errorf("%w: %d (the Strategy has points 1 to 12)", ErrInvalidPoint, int(p))
		}
		if seen[p] {
			return nil, "points", &refusal{kind: iomstrategy.ErrDuplicate, text: fmt.Sprintf("activity is tagged twice to the same point: %d", int(p))}
		}
		seen[p] = true
	}
	points := make([]Point, 0, len(a.Points))
	for p := Point(1); p <= NumPoints; p++ {
		if seen[p] {
			points = append(points, p)
		}
	}
	return points, "", nil
}

// split divides amount (not negative) among points (sorted, distinct, at
// least one).
func split(amount iomstrategy.USD, points []Point, mode SplitMode) []PointAmount {
	parts := make([]PointAmount, len(points))
	if mode == CountFull || len(points) == 1 {
		for i, p := range points {
			parts[i] = PointAmount{Point: p, Amount: amount}
		}
		return parts
	}
	cents := amount.Decimal().Shift(2)
	quotient, remainder := cents.QuoRem(decimal.NewFromInt(int64(len(points))), 0)
	extra := remainder.IntPart() // 0 <= extra < len(points)
	base := wholeCents(quotient)
	more := base.Add(iomstrategy.USDFromCents(1))
	for i, p := range points {
		if int64(i) < extra {
			parts[i] = PointAmount{Point: p, Amount: more}
		} else {
			parts[i] = PointAmount{Point: p, Amount: base}
		}
	}
	return parts
}

// wholeCents returns n cents as an amount. n is a whole number, so NewUSD
// cannot refuse it; amounts beyond int64 cents are why USDFromCents is not
// used.
func wholeCents(n decimal.Decimal) iomstrategy.USD {
	a, err := iomstrategy.NewUSD(n.Shift(-2))
	if err != nil {
		panic("strategy: a whole number of cents refused: " + err.Error())
	}
	return a
}
