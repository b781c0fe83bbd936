package facility1035

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// Amount is a money parameter with where it comes from.
//
// A zero Source means the value has no citation: in a caller's parameter
// set it is reported as "caller-supplied" (see Params.SourceOf).
type Amount struct {
	Value  decimal.Decimal
	Source iomstrategy.Citation
}

// Equal reports whether a and o hold the same value (by Decimal.Equal) and
// cite the same place.
func (a Amount) Equal(o Amount) bool { return a.Value.Equal(o.Value) && a.Source == o.Source }

// Rate is a proportion parameter (0.25 for 25 per cent) with its source.
type Rate struct {
	Value  decimal.Decimal
	Source iomstrategy.Citation
}

// Equal reports whether r and o hold the same value and cite the same place.
func (r Rate) Equal(o Rate) bool { return r.Value.Equal(o.Value) && r.Source == o.Source }

// Percent writes the rate as a percentage: "25%", "30%", "12.5%".
func (r Rate) Percent() string {
	return r.Value.Shift(2).String() + "%"
}

// Params is one set of Facility rules, in force for the years From to
// Through (inclusive). Every value carries its citation. The built-in set
// reads Resolution 1150 (XCIII); a caller can build its own for a what-if
// or for years the built-in rules do not cover.
//
// The zero Params is not a usable set: Validate refuses it (its rounding
// mode and look-back are unset) and Allocate returns an error for it.
// Params is a plain value: copying it and changing the copy changes
// nothing else (Line1Ceiling is the only pointer; Clone copies it too).
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

	// FirstYearSource cites the first year: "starting in 2008" (Part III,
	// bullet 1).
	FirstYearSource iomstrategy.Citation
	// RoundingSource cites the rule whose amount is rounded (Part III,
	// bullet 1). The text names no rounding mode: the mode is a choice of
	// the parameter set, and the allocation says so.
	RoundingSource iomstrategy.Citation
	// Article4LookbackSource cites the text the look-back reads: the IOM
	// Constitution, Article 4.
	Article4LookbackSource iomstrategy.Citation
	// CapOrder says which line the cap of Part III, bullet 2 cuts first
	// when Line 1 and the Line 2 formula amount together exceed
	// miscellaneous income. The text is silent; the built-in choice is
	// CapLine2First.
	CapOrder CapOrder
	// CapOrderSource cites the rule the order applies (Part III, bullet 2).
	CapOrderSource iomstrategy.Citation

	// Successor cites the instrument that replaced this set, if any
	// (Resolution No. 18 of 27 June 2018 for the built-in set), and
	// SuccessorYear is the year it took effect in. An allocation for that
	// year carries a note that the year is one of transition.
	Successor     iomstrategy.Citation
	SuccessorYear int

	// Note is free text a caller keeps with its set ("illustrative what-if,
	// not a Council decision"); the library does not use it.
	Note string

	// CallerSupplied marks a set a caller supplied (ReadParams and
	// ParseParams set it). A value of such a set without a citation is
	// reported as "caller-supplied".
	CallerSupplied bool
}

// CallerSuppliedSource is how a value without a citation in a caller's
// parameter set is reported.
const CallerSuppliedSource = "caller-supplied"

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

		FirstYearSource:        iomstrategy.PartIIIBullet(1),
		RoundingSource:         iomstrategy.PartIIIBullet(1),
		Article4LookbackSource: iomstrategy.ConstitutionArticle(4),
		CapOrder:               CapLine2First,
		CapOrderSource:         iomstrategy.PartIIIBullet(2),

		Successor:     iomstrategy.Doc(iomstrategy.Resolution18),
		SuccessorYear: 2018,
	}
}

// Period returns the years the set governs, From to Through.
func (p Params) Period() Period { return Period{From: p.From, Through: p.Through} }

// AllocationPeriod returns the years the set can allocate: its period from
// the first year of the expanded Facility on.
func (p Params) AllocationPeriod() Period {
	from := p.From
	if p.FirstYear > from {
		from = p.FirstYear
	}
	return Period{From: from, Through: p.Through}
}

// Covers reports whether the set governs year.
func (p Params) Covers(year int) bool { return p.Period().Contains(year) }

// Clone returns a copy of p that shares nothing with it.
func (p Params) Clone() Params {
	if p.Line1Ceiling != nil {
		c := *p.Line1Ceiling
		p.Line1Ceiling = &c
	}
	return p
}

// SourceOf returns how a parameter's citation is reported: the citation's
// text, or CallerSuppliedSource when a caller's set gives none, or
// "uncited" when a set that is not the caller's gives none.
func (p Params) SourceOf(c iomstrategy.Citation) string {
	switch {
	case !c.IsZero():
		return c.String()
	case p.CallerSupplied:
		return CallerSuppliedSource
	}
	return "uncited"
}

// Equal reports whether p and o are the same set, value by value.
func (p Params) Equal(o Params) bool {
	ceilingsEqual := (p.Line1Ceiling == nil) == (o.Line1Ceiling == nil) &&
		(p.Line1Ceiling == nil || p.Line1Ceiling.Equal(*o.Line1Ceiling))
	return p.Name == o.Name && p.From == o.From && p.Through == o.Through && p.Source == o.Source &&
		p.Share.Equal(o.Share) && p.Baseline.Equal(o.Baseline) && p.FirstYear == o.FirstYear &&
		p.Line1.Equal(o.Line1) && ceilingsEqual &&
		p.Line2NationalCeiling.Equal(o.Line2NationalCeiling) &&
		p.Line2RegionalCeiling.Equal(o.Line2RegionalCeiling) &&
		p.Rounding == o.Rounding && p.Article4Lookback == o.Article4Lookback &&
		p.FirstYearSource == o.FirstYearSource && p.RoundingSource == o.RoundingSource &&
		p.Article4LookbackSource == o.Article4LookbackSource &&
		p.CapOrder == o.CapOrder && p.CapOrderSource == o.CapOrderSource &&
		p.Successor == o.Successor && p.SuccessorYear == o.SuccessorYear &&
		p.Note == o.Note && p.CallerSupplied == o.CallerSupplied
}

// Citations returns every citation the set makes, without the zero ones,
// in field order.
func (p Params) Citations() []iomstrategy.Citation {
	var out []iomstrategy.Citation
	for _, f := range p.citationFields() {
		if !f.c.IsZero() {
			out = append(out, f.c)
		}
	}
	return out
}

// Period is a span of years, From to Through inclusive.
type Period struct {
	From, Through int
}

// Contains reports whether year is in the period.
func (p Period) Contains(year int) bool { return year >= p.From && year <= p.Through }

// String writes "2008-2018", or "2008" for a single year.
func (p Period) String() string {
	if p.From == p.Through {
		return strconv.Itoa(p.From)
	}
	return fmt.Sprintf("%d-%d", p.From, p.Through)
}

// Lookback is a reading of the Article 4 period: the official translations
// differ on "two years" (French, German) and "two full years" (Italian).
// The library does not compute contributions due; the choice says what the
// caller's due_two_years figure stands for, and every Article 4 verdict
// names it.
//
// The zero Lookback, LookbackUnset, is no reading: Validate refuses it.
type Lookback uint8

// The readings of the Article 4 period.
const (
	LookbackUnset Lookback = iota
	// TwoYears reads "the preceding two years" (English, French, German).
	TwoYears
	// TwoFullYears reads "two full years" (Italian).
	TwoFullYears
)

// ErrLookback is the sentinel for a look-back that is unset or unknown.
var ErrLookback = errors.New("invalid Article 4 look-back")

// Valid reports whether l is TwoYears or TwoFullYears.
func (l Lookback) Valid() bool { return l == TwoYears || l == TwoFullYears }

// String returns the text form: "two-years", "two-full-years", or "" for
// LookbackUnset.
func (l Lookback) String() string {
	switch l {
	case LookbackUnset:
		return ""
	case TwoYears:
		return "two-years"
	case TwoFullYears:
		return "two-full-years"
	}
	return "Lookback(" + strconv.Itoa(int(l)) + ")"
}

// Phrase returns the words of Article 4 the reading stands for: "the
// preceding two years" or "the preceding two full years".
func (l Lookback) Phrase() string {
	switch l {
	case TwoYears:
		return "the preceding two years"
	case TwoFullYears:
		return "the preceding two full years"
	}
	return ""
}

// ParseLookback reads "two-years" or "two-full-years".
func ParseLookback(s string) (Lookback, error) {
	switch s {
	case "two-years":
		return TwoYears, nil
	case "two-full-years":
		return TwoFullYears, nil
	}
	return LookbackUnset, fmt.Errorf("%w %q: want two-years or two-full-years", ErrLookback, s)
}

// MarshalText writes the String form; an unset look-back is refused.
func (l Lookback) MarshalText() ([]byte, error) {
	if !l.Valid() {
		return nil, fmt.Errorf("%w: %q", ErrLookback, l.String())
	}
	return []byte(l.String()), nil
}

// UnmarshalText reads the String form with ParseLookback.
func (l *Lookback) UnmarshalText(text []byte) error {
	parsed, err := ParseLookback(string(text))
	if err != nil {
		return err
	}
	*l = parsed
	return nil
}

// CapOrder is which funding line the cap of Part III, bullet 2 cuts first.
// The text says only that the total (excluding direct voluntary
// contributions) cannot exceed miscellaneous income; it does not say how
// the two lines share a cut.
//
// The zero CapOrder, CapOrderUnset, is no order: Validate refuses it.
type CapOrder uint8

// The orders in which the cap cuts the lines.
const (
	CapOrderUnset CapOrder = iota
	// CapLine2First cuts Line 2 first, down to miscellaneous income less
	// Line 1 but not below zero, then Line 1 down to miscellaneous income:
	// the original funding is kept whole as long as it can be. The
	// built-in choice.
	CapLine2First
	// CapLine1First cuts Line 1 first, down to miscellaneous income less
	// the Line 2 formula amount but not below zero, then Line 2 down to
	// miscellaneous income.
	CapLine1First
)

// ErrCapOrder is the sentinel for a cap order that is unset or unknown.
var ErrCapOrder = errors.New("invalid cap order")

// Valid reports whether o is CapLine2First or CapLine1First.
func (o CapOrder) Valid() bool { return o == CapLine2First || o == CapLine1First }

// String returns "line2-first", "line1-first", or "" when unset.
func (o CapOrder) String() string {
	switch o {
	case CapOrderUnset:
		return ""
	case CapLine2First:
		return "line2-first"
	case CapLine1First:
		return "line1-first"
	}
	return "CapOrder(" + strconv.Itoa(int(o)) + ")"
}

// ParseCapOrder reads "line2-first" or "line1-first".
func ParseCapOrder(s string) (CapOrder, error) {
	switch s {
	case "line2-first":
		return CapLine2First, nil
	case "line1-first":
		return CapLine1First, nil
	}
	return CapOrderUnset, fmt.Errorf("%w %q: want line2-first or line1-first", ErrCapOrder, s)
}

// MarshalText writes the String form; an unset order is refused.
func (o CapOrder) MarshalText() ([]byte, error) {
	if !o.Valid() {
		return nil, fmt.Errorf("%w: %q", ErrCapOrder, o.String())
	}
	return []byte(o.String()), nil
}

// UnmarshalText reads the String form with ParseCapOrder.
func (o *CapOrder) UnmarshalText(text []byte) error {
	parsed, err := ParseCapOrder(string(text))
	if err != nil {
		return err
	}
	*o = parsed
	return nil
}
