package facility1035

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// Params is one set of Facility rules, in force for the years From to
// Through (inclusive), each rule parameter a Cited value: the value and the
// provision that states it. Resolution1150 is the built-in set; a caller
// builds its own by changing a copy or with ParseParams.
//
// A value that differs from what its cited provision states is never shown
// under that citation as if the text said it, however it was changed:
// p.Share.Value = 0.5 on the built-in set is explained as "50% (a what-if:
// Resolution 1150 (XCIII), Annex, Part III, bullet 1 says 25%)". A value
// with no citation is "caller-supplied" in a caller's set (CallerSupplied)
// and "uncited" otherwise. Params is a plain value. The zero Params does
// not validate (no name, no rounding mode, look-back or cap order).
type Params struct {
	// Name says whose rules these are ("Resolution 1150 (XCIII)", "what-if").
	Name string
	// Note is free text a caller keeps with its set ("illustrative what-if,
	// not a Council decision"); the library does not use it.
	Note string
	// From and Through are the first and last years the set governs.
	From, Through int
	// Source is the instrument the whole set comes from.
	Source iomstrategy.Citation

	// Share of discretionary income (excluding security) in excess of the
	// baseline that goes to the Facility: 0.25 for 25 per cent (Part III,
	// bullet 1).
	Share iomstrategy.Cited[decimal.Decimal]
	// Baseline is the 2007 Programme and Budget Discretionary Income,
	// USD 20.5 million (Part III, bullet 1).
	Baseline iomstrategy.Cited[iomstrategy.USD]
	// FirstYear is the first year of the expanded Facility: 2008 (Part III,
	// bullet 1, "starting in 2008").
	FirstYear iomstrategy.Cited[int]
	// Line1 is the original funding: USD 1.4 million (Part III, bullet 5).
	Line1 iomstrategy.Cited[iomstrategy.USD]
	// Line1Ceiling caps a Line 1 grant; zero means no ceiling. The text sets
	// none (the 2009 raise of the Line 1 cap has no known amount), so the
	// built-in set has none.
	Line1Ceiling iomstrategy.Cited[iomstrategy.USD]
	// Line2NationalCeiling is the ceiling of a national project on Line 2:
	// USD 200,000 (Part III, bullet 5, criterion 2).
	Line2NationalCeiling iomstrategy.Cited[iomstrategy.USD]
	// Line2RegionalCeiling is the ceiling of a regional project on Line 2:
	// USD 300,000 (Part III, bullet 5, criterion 3).
	Line2RegionalCeiling iomstrategy.Cited[iomstrategy.USD]
	// Rounding is how the Line 2 formula amount is brought to the cent. The
	// text names no mode: the citation is the rule whose amount is rounded
	// (Part III, bullet 1), and the built-in choice is half away from zero.
	Rounding iomstrategy.Cited[iomstrategy.RoundingMode]
	// Article4Lookback is how "the contributions due from it for the
	// preceding two years" (Constitution, Article 4) is read.
	Article4Lookback iomstrategy.Cited[Lookback]
	// CapOrder says which line the cap of Part III, bullet 2 cuts first when
	// Line 1 and the Line 2 formula amount together exceed miscellaneous
	// income. The text is silent; the built-in choice is CapLine2First.
	CapOrder iomstrategy.Cited[CapOrder]
	// The readings of screening where Part III is silent (see Provisions):
	// each a Verdict or a count, cited to the provision it reads. Each
	// result that rests on one names its interpretation.
	//
	// TransitionEconomies is the verdict on a Member State with economy in
	// transition: Eligible (built-in) or Ineligible (developing only).
	TransitionEconomies iomstrategy.Cited[Verdict]
	// Article4Before2013 is the verdict on a Member State that meets the
	// amended Article 4 test on a date before 21 November 2013, or on an
	// application without a date: Ineligible (built-in: the amended test
	// applied as a reading) or NeedsReview.
	Article4Before2013 iomstrategy.Cited[Verdict]
	// BarredInRegional is what a barred country (not a Member State, not an
	// eligible economy, subject to Article 4) does to a regional project:
	// Ineligible (built-in), NeedsReview, or Eligible (it is left out, and
	// the others must still make a regional project).
	BarredInRegional iomstrategy.Cited[Verdict]
	// OverCeiling is the verdict on a request above its ceiling:
	// Conditional (built-in: fundable up to the ceiling, Screening.Fundable)
	// or Ineligible.
	OverCeiling iomstrategy.Cited[Verdict]
	// RegionalMinimum is how many Member States a regional project
	// benefits at least: 2 in the built-in set.
	RegionalMinimum iomstrategy.Cited[int]

	// Successor is the year in which the instrument that replaced this set
	// took effect, cited to that instrument (2018, Council Resolution No. 18
	// of 27 June 2018, for the built-in set); zero when there is none. An
	// allocation for that year notes that the year is one of transition.
	Successor iomstrategy.Cited[int]

	// CallerSupplied marks a set a caller supplied (ParseParams and
	// WithPeriod set it). A value of such a set without a citation is
	// reported as "caller-supplied".
	CallerSupplied bool
}

// Resolution1150 returns the built-in parameter set: the rules of Part III
// of the Strategy Document (Resolution 1150 (XCIII), Annex), in force for
// 2008, the first year of the expanded Facility, to 2018, when Council
// Resolution No. 18 of 27 June 2018 took over. It returns a new value on
// every call; changing it changes nothing else.
func Resolution1150() Params {
	p := Params{
		Name:    "Resolution 1150 (XCIII)",
		From:    2008,
		Through: 2018,
		Source:  iomstrategy.PartOpening(iomstrategy.PartIII),
	}
	for _, f := range paramFields {
		f.builtIn(&p)
	}
	return p
}

// WithPeriod returns a copy of p in force for the years from to through,
// for a what-if such as "the Resolution 1150 rules had stayed in force
// until 2025". The copy is a caller's set (CallerSupplied), named as a
// what-if of p, and keeps its successor only when the successor's year is
// still one of its years. It is not validated: Validate, Allocate and
// NewSchedule refuse a period that ends before it starts.
func (p Params) WithPeriod(from, through int) Params {
	q := p
	q.From, q.Through = from, through
	q.Name = fmt.Sprintf("what-if: %s in force %s", p.Name, Years{From: from, Through: through})
	q.CallerSupplied = true
	if q.Successor.Value != 0 && (q.Successor.Value < from || q.Successor.Value > through) {
		q.Successor = iomstrategy.Cited[int]{}
	}
	return q
}

// Validate reports every problem with the set, each an *InputError naming
// the field by its JSON name (joined with errors.Join), or nil: a name; a
// period that does not end before it starts, holding FirstYear and the
// Successor's year; a share from 0 to 1 and money not negative; a rounding
// mode (iomstrategy.ErrRoundingMode), look-back and cap order that are set;
// a value the sources state cited to the provision that states it, or to
// nothing; every citation in the embedded source (Citation.Verify).
// Allocate and Screen check the same but for the last.
func (p Params) Validate() error { return p.validate(true) }

func (p *Params) validate(verify bool) error {
	var errs []error
	bad := func(field, value string, err error) {
		errs = append(errs, paramError(field, value, err))
	}
	if p.Name == "" {
		bad("name", "", iomstrategy.ErrMissing)
	}
	if p.From > p.Through {
		bad("through", strconv.Itoa(p.Through), failf(ErrInvalidParams, "the period ends before it starts (%d-%d)", p.From, p.Through))
	}
	if verify && !p.Source.IsZero() {
		if err := p.Source.Verify(); err != nil {
			bad("source", p.Source.String(), err)
		}
	}
	for _, f := range paramFields {
		if err := f.check(p); err != nil {
			bad(f.key, f.text(p), err)
		}
		c := *f.cite(p)
		switch {
		case c.IsZero():
		case f.absent(p):
			bad(f.citeKey, c.String(), failf(ErrInvalidParams, "a citation for a %s the set does not have", f.what))
		case f.states && c != f.citation:
			bad(f.citeKey, c.String(), failf(ErrInvalidParams, "the %s is stated by %s, not by this citation", f.what, f.citation))
		case verify:
			if err := c.Verify(); err != nil {
				bad(f.citeKey, c.String(), err)
			}
		}
	}
	if y := p.FirstYear.Value; y > p.Through {
		bad("first_year", strconv.Itoa(y), failf(ErrInvalidParams, "the first year is after the end of the period"))
	}
	if y := p.Successor.Value; y != 0 && (y < p.From || y > p.Through) {
		bad("successor_year", strconv.Itoa(y), failf(ErrInvalidParams, "the successor's year is outside the period"))
	}
	return errors.Join(errs...)
}

// paramError is a refused value of a parameter set.
func paramError(field, value string, err error) *InputError {
	return &InputError{Input: "1035 Facility parameters", Field: field, Value: value, Err: err}
}

// Years is a span of years, From to Through inclusive.
type Years struct {
	From, Through int
}

// Contains reports whether year is in the period.
func (p Years) Contains(year int) bool { return year >= p.From && year <= p.Through }

// String writes "2008-2018", or "2008" for a single year.
func (p Years) String() string {
	if p.From == p.Through {
		return strconv.Itoa(p.From)
	}
	return fmt.Sprintf("%d-%d", p.From, p.Through)
}

// period returns the years the set governs.
func (p Params) years() Years { return Years{From: p.From, Through: p.Through} }

// allocationYears returns the years the set can allocate: its period from
// the first year of the expanded Facility on.
func (p Params) allocationYears() Years {
	return Years{From: max(p.From, p.FirstYear.Value), Through: p.Through}
}

// Lookback is a reading of the Article 4 period: the official translations
// differ on "two years" (French, German) and "two full years" (Italian).
// The library does not compute contributions due; the choice says what the
// caller's due_two_years figure stands for, and every Article 4 verdict
// names it.
//
// The zero Lookback is no reading: Validate refuses it.
type Lookback uint8

const (
	// TwoYears reads "the preceding two years" (English, French, German).
	TwoYears Lookback = iota + 1
	// TwoFullYears reads "two full years" (Italian).
	TwoFullYears
)

var lookbackNames = []string{TwoYears: "two-years", TwoFullYears: "two-full-years"}

// String returns "two-years" or "two-full-years", or "Lookback(n)".
func (l Lookback) String() string { return enumString(lookbackNames, l, "Lookback") }

// MarshalText writes the String form; an unset look-back is refused.
func (l Lookback) MarshalText() ([]byte, error) { return enumText(lookbackNames, l, "look-back") }

// UnmarshalText reads "two-years" or "two-full-years".
func (l *Lookback) UnmarshalText(text []byte) error {
	return enumParse(lookbackNames, l, string(text), "look-back")
}

// reading names the reading for messages: "two years" or "two full years".
func (l Lookback) reading() string {
	if l == TwoFullYears {
		return "two full years"
	}
	return "two years"
}

// CapOrder is which funding line the cap of Part III, bullet 2 cuts first.
// The text says only that the total (excluding direct voluntary
// contributions) cannot exceed miscellaneous income; it does not say how
// the two lines share a cut.
//
// The zero CapOrder is no order: Validate refuses it.
type CapOrder uint8

const (
	// CapLine2First cuts Line 2 first, down to miscellaneous income less
	// Line 1 but not below zero, then Line 1 down to miscellaneous income:
	// the original funding is kept whole as long as it can be. The
	// built-in choice.
	CapLine2First CapOrder = iota + 1
	// CapLine1First cuts Line 1 first, down to miscellaneous income less
	// the Line 2 formula amount but not below zero, then Line 2 down to
	// miscellaneous income.
	CapLine1First
	// CapLine2Only reads the capped total as the new money only: Line 2
	// is cut down to miscellaneous income, and Line 1 is never cut.
	CapLine2Only
)

var capOrderNames = []string{CapLine2First: "line2-first", CapLine1First: "line1-first", CapLine2Only: "line2-only"}

// String returns "line2-first", "line1-first" or "line2-only", or
// "CapOrder(n)".
func (o CapOrder) String() string { return enumString(capOrderNames, o, "CapOrder") }

// MarshalText writes the String form; an unset order is refused.
func (o CapOrder) MarshalText() ([]byte, error) { return enumText(capOrderNames, o, "cap order") }

// UnmarshalText reads "line2-first", "line1-first" or "line2-only".
func (o *CapOrder) UnmarshalText(text []byte) error {
	return enumParse(capOrderNames, o, string(text), "cap order")
}

// The small enumerations of the package (line aside) are uint8 values
// from 1 with a name each; names[0] is "" for the unset zero value.

func enumString[T ~uint8](names []string, v T, typ string) string {
	if v > 0 && int(v) < len(names) {
		return names[v]
	}
	return typ + "(" + strconv.Itoa(int(v)) + ")"
}

func enumValid[T ~uint8](names []string, v T) bool { return v > 0 && int(v) < len(names) }

func enumText[T ~uint8](names []string, v T, what string) ([]byte, error) {
	if !enumValid(names, v) {
		return nil, failf(ErrInvalidChoice, "%s: %d is unset or unknown", what, uint8(v))
	}
	return []byte(names[v]), nil
}

// enumParse reads a name in any case, with spaces around ignored.
func enumParse[T ~uint8](names []string, v *T, s, what string) error {
	t := strings.ToLower(strings.TrimSpace(s))
	for i := 1; i < len(names); i++ {
		if names[i] == t {
			*v = T(i)
			return nil
		}
	}
	return choice(what, s, enumWant(names))
}

// enumWant lists the names for a message: "a, b or c".
func enumWant(names []string) string {
	out := ""
	for i := 1; i < len(names); i++ {
		switch {
		case i == 1:
		case i == len(names)-1:
			out += " or "
		default:
			out += ", "
		}
		out += names[i]
	}
	return out
}
