package facility1035

import (
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// Amount is a money parameter with where it comes from.
type Amount struct {
	Value  decimal.Decimal
	Source iomstrategy.Citation
}

// Rate is a proportion parameter (0.25 for 25 per cent) with its source.
type Rate struct {
	Value  decimal.Decimal
	Source iomstrategy.Citation
}

// Params is one set of Facility rules, in force for the years From to
// Through (inclusive). Every value carries its citation. The built-in set
// reads Resolution 1150 (XCIII); a caller can build its own for a what-if
// or for years the built-in rules do not cover.
type Params struct {
	// Name says whose rules these are ("Resolution 1150 (XCIII)", "what-if").
	Name string
	// From and Through are the first and last years the set governs.
	From, Through int
	// Source is the instrument the whole set comes from.
	Source iomstrategy.Citation

	// Share of discretionary income (excluding security) in excess of the
	// baseline that goes to Line 2: 25 per cent (Part III, bullet 1).
	Share Rate
	// Baseline is the 2007 Programme and Budget Discretionary Income,
	// USD 20.5 million (Part III, bullet 1).
	Baseline Amount
	// FirstYear is the first year of the expanded Facility: 2008.
	FirstYear int
	// Line1 is the original funding: USD 1.4 million (Part III, bullet 5).
	Line1 Amount
	// Line1Ceiling is the ceiling of a Line 1 grant; nil when the text sets
	// none (the 2009 raise of the Line 1 cap has no known amount).
	Line1Ceiling *Amount
	// Line2NationalCeiling caps a national project on Line 2: USD 200,000
	// (Part III, bullet 5, criterion 2).
	Line2NationalCeiling Amount
	// Line2RegionalCeiling caps a regional project on Line 2: USD 300,000
	// (Part III, bullet 5, criterion 3).
	Line2RegionalCeiling Amount
	// Rounding is how the Line 2 formula amount is brought to the cent; the
	// text is silent, and the built-in choice is half away from zero.
	Rounding iomstrategy.RoundingMode
	// Article4Lookback is how "the contributions due from it for the
	// preceding two years" (Constitution, Article 4) is read.
	Article4Lookback Lookback
}

// Lookback is a reading of the Article 4 period: the official translations
// differ on "two years" (French, German) and "two full years" (Italian).
// The library does not compute contributions due; the choice says what the
// caller's due_two_years figure stands for, and every Article 4 verdict
// names it.
type Lookback uint8

// The readings of the Article 4 period.
const (
	LookbackUnset Lookback = iota
	// TwoYears reads "the preceding two years" (English, French, German).
	TwoYears
	// TwoFullYears reads "two full years" (Italian).
	TwoFullYears
)

// Resolution1150 returns the built-in parameter set: the rules of Part III
// of the Strategy Document (Resolution 1150 (XCIII), Annex), in force for
// 2008, the first year of the expanded Facility, to 2018, when Council
// Resolution No. 18 of 27 June 2018 took over. It returns a new value on
// every call; changing it changes nothing else.
func Resolution1150() Params {
	return Params{
		Name:    "Resolution 1150 (XCIII)",
		From:    2008,
		Through: 2018,
		Source:  iomstrategy.PartOpening(iomstrategy.PartIII),

		Share:                Rate{Value: decimal.New(25, -2), Source: iomstrategy.PartIIIBullet(1)},
		Baseline:             Amount{Value: decimal.New(20_500_000, 0), Source: iomstrategy.PartIIIBullet(1)},
		FirstYear:            2008,
		Line1:                Amount{Value: decimal.New(1_400_000, 0), Source: iomstrategy.PartIIIBullet(5)},
		Line1Ceiling:         nil,
		Line2NationalCeiling: Amount{Value: decimal.New(200_000, 0), Source: iomstrategy.Criterion(2)},
		Line2RegionalCeiling: Amount{Value: decimal.New(300_000, 0), Source: iomstrategy.Criterion(3)},
		Rounding:             iomstrategy.HalfAwayFromZero,
		Article4Lookback:     TwoYears,
	}
}
