package strategy

import (
	"fmt"
	"slices"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// SharePlaces is the number of decimals of PointTotal.Share: 4, so a share
// reads as a percentage with two decimals (0.2500 is 25.00%).
const SharePlaces = 4

// PointTotal is what a portfolio counts for one point.
type PointTotal struct {
	Point Point
	// Activities is the number of activities tagged to the point.
	Activities int
	// Amount is the money counted for the point: the activities' parts
	// under SplitEven, their full amounts under CountFull.
	Amount iomstrategy.USD
	// Share is Amount divided by the portfolio's Total, to SharePlaces
	// decimals (see Align for the rounding). The exact share is
	// Amount/Total; both are in the result.
	Share decimal.Decimal
}

// Alignment is a portfolio summed per point of the Strategy, with the
// rules it was computed by.
type Alignment struct {
	Mode SplitMode
	// Points has the 12 points in order, with or without activities.
	Points []PointTotal
	// Uncovered lists the points no activity is tagged to, in order.
	Uncovered []Point
	// Activities is the number of activities in the portfolio.
	Activities int
	// Total is the portfolio's money: every activity's amount, counted
	// once, in either mode.
	Total iomstrategy.USD
	// Counted is the sum of the per-point amounts: equal to Total under
	// SplitEven, at least Total under CountFull.
	Counted iomstrategy.USD
	// Basis cites the practice being served: the referencing of activities
	// against the 12 points (MC/INF/302, para. 12).
	Basis iomstrategy.Citation
	// Notes state the library's choices behind the figures, which the
	// Strategy does not make (each needs review by whoever relies on it).
	Notes []string
}

// Align sums a portfolio per point of Part I: for each point the number of
// activities tagged to it, the money counted for it and its share of the
// total; and the points with no activity.
//
// An activity tagged to several points is counted as mode says: its parts
// under SplitEven (see Activity.Split: whole cents, the leftover cents to
// the lowest-numbered points, so the 12 amounts add up exactly to Total),
// or in full under CountFull.
//
// Total is the sum of the activities' amounts, each counted once, in both
// modes. A point's share is its Amount divided by Total, to four decimals:
//
//   - under SplitEven by the largest-remainder method, so that the 12
//     shares add up to exactly 1: each share is first rounded down, and the
//     units of 0.0001 still missing go one each to the points with the
//     largest remainders (equal remainders: the lower-numbered point first);
//   - under CountFull each share is rounded to the nearest 0.0001, half to
//     even, on its own: it is the fraction of the portfolio's money that
//     serves the point, and the shares add up to Counted/Total, more than 1
//     when an activity has several points.
//
// When Total is zero (every activity has amount zero) every share is zero.
//
// Every activity is checked before anything is summed: a missing or
// duplicate ID, a negative amount (iomstrategy.ErrNegativeAmount), no
// point, an invalid or repeated point is an *ActivityError naming the
// first such activity, and there is no result. An empty portfolio is
// ErrEmptyPortfolio; a mode other than SplitEven or CountFull,
// ErrInvalidSplitMode.
func Align(activities []Activity, mode SplitMode) (Alignment, error) {
	if !mode.Valid() {
		return Alignment{}, fmt.Errorf("%w: %d", ErrInvalidSplitMode, int(mode))
	}
	if len(activities) == 0 {
		return Alignment{}, ErrEmptyPortfolio
	}
	sorted := make([][]Point, len(activities))
	first := make(map[string]int, len(activities))
	for i, a := range activities {
		points, field, err := a.check()
		if err == nil {
			if j, dup := first[a.ID]; dup {
				field, err = "id", &refusal{kind: iomstrategy.ErrDuplicate, text: fmt.Sprintf("duplicate activity id: also activity %d", j+1)}
			}
		}
		if err != nil {
			return Alignment{}, &ActivityError{Index: i + 1, ID: a.ID, Field: field, Err: err}
		}
		first[a.ID] = i
		sorted[i] = points
	}

	var counts [NumPoints + 1]int
	var amounts [NumPoints + 1]iomstrategy.USD
	var total iomstrategy.USD
	for i, a := range activities {
		total = total.Add(a.Amount)
		for _, part := range split(a.Amount, sorted[i], mode) {
			counts[part.Point]++
			amounts[part.Point] = amounts[part.Point].Add(part.Amount)
		}
	}

	al := Alignment{
		Mode:       mode,
		Points:     make([]PointTotal, NumPoints),
		Activities: len(activities),
		Total:      total,
		Basis:      iomstrategy.Para(12),
		Notes:      alignmentNotes(mode),
	}
	for p := Point(1); p <= NumPoints; p++ {
		al.Points[p-1] = PointTotal{Point: p, Activities: counts[p], Amount: amounts[p]}
		al.Counted = al.Counted.Add(amounts[p])
		if counts[p] == 0 {
			al.Uncovered = append(al.Uncovered, p)
		}
	}
	shares(al.Points, total, mode)
	return al, nil
}

// shareUnits is 10^SharePlaces, the number of share units in 1.
var shareUnits = decimal.New(1, SharePlaces)

// shares fills in the Share of each total (see Align).
func shares(totals []PointTotal, amount iomstrategy.USD, mode SplitMode) {
	total := amount.Decimal()
	if total.Sign() == 0 {
		for i := range totals {
			totals[i].Share = decimal.Zero
		}
		return
	}
	units := make([]decimal.Decimal, len(totals))
	remainders := make([]decimal.Decimal, len(totals))
	sum := decimal.Zero
	for i, t := range totals {
		// Amount × 10^4 / Total, as a whole number of units and what is
		// left over (0 <= r < Total: amounts are not negative).
		units[i], remainders[i] = t.Amount.Decimal().Shift(SharePlaces).QuoRem(total, 0)
		sum = sum.Add(units[i])
	}
	one := decimal.NewFromInt(1)
	switch mode {
	case SplitEven:
		// The amounts add up to total, so the missing units are
		// sum(remainders)/total, fewer than the points with a remainder.
		missing := shareUnits.Sub(sum).IntPart()
		order := make([]int, len(totals))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return remainders[b].Cmp(remainders[a]) })
		for _, i := range order[:missing] {
			units[i] = units[i].Add(one)
		}
	case CountFull:
		for i := range totals {
			switch remainders[i].Add(remainders[i]).Cmp(total) {
			case 1:
				units[i] = units[i].Add(one)
			case 0:
				if units[i].Mod(decimal.NewFromInt(2)).Sign() != 0 {
					units[i] = units[i].Add(one)
				}
			}
		}
	}
	for i := range totals {
		totals[i].Share = units[i].Shift(-SharePlaces)
	}
}

// alignmentNotes states the choices behind an alignment's figures.
func alignmentNotes(mode SplitMode) []string {
	notes := []string{}
	switch mode {
	case SplitEven:
		notes = append(notes,
			"split even (library's choice, needs review): an activity tagged to several points is divided evenly among them in whole cents; the cents left over go one each to its lowest-numbered points",
			"shares are amount/total to 4 decimals by the largest-remainder method (ties to the lower point), so they add up to exactly 1")
	case CountFull:
		notes = append(notes,
			"count full (library's choice, needs review): each point is credited the full amount of every activity tagged to it; the total counts each activity once",
			"shares are amount/total rounded half to even to 4 decimals, each on its own; they add up to more than 1 when an activity has several points")
	}
	return notes
}
