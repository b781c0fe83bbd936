package indicators

import (
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/strategy"
	"github.com/shopspring/decimal"
)

// Record is one figure of a report: what it counts, in what unit, when,
// its value with the words that qualify it, the strategy points it reports
// on and where it is written.
//
// Records are values: the package hands out copies. Every field is
// exported, so go-cmp compares records field by field (decimals by value,
// through Decimal.Equal), and encoding/json writes them with snake_case
// keys.
type Record struct {
	// ID is stable and kebab-case: "pre-consular-applicants-2007".
	ID string `json:"id"`
	// Series groups the records of one measure over several periods
	// ("pre-consular-applicants"); empty for a figure that stands alone. A
	// series member's ID starts with the series id.
	Series string `json:"series,omitempty"`
	// Description says what is counted.
	Description string        `json:"description"`
	Unit        UnitOfMeasure `json:"unit"`
	Period      Period        `json:"period"`
	// Value is the figure as an exact decimal: "USD 783.8 million" is
	// 783800000, "Ninety-seven per cent" is 97. A fraction (Fraction
	// non-empty) is held to FractionPlaces decimals, rounded toward zero.
	// A figure in USD is a decimal too, not an iomstrategy.USD: one type
	// serves every unit, and what an "approximately" figure allows need
	// not be whole cents.
	Value decimal.Decimal `json:"value"`
	// Fraction is the value as the dataset writes it when it is a fraction
	// ("100/3" for "one third", in per cent); empty otherwise.
	Fraction string `json:"fraction,omitempty"`
	// To is the upper value of a Range ("two- to three-week": Value 2, To
	// 3); zero for the other qualifiers.
	To decimal.Decimal `json:"to,omitzero"`
	// Qualifier is what the words around the figure make of it; Words are
	// those words, lower-case as in their meaning ("approximately", "more
	// than", "about" for the text's "About 45 per cent", "" for none). The
	// Figure and Quote keep them as the text writes them.
	Qualifier Qualifier `json:"qualifier"`
	Words     string    `json:"qualifier_words"`
	// Points are the strategy points the figure reports on, none for the
	// organization-wide figures of paras 4-11 and the outlook of paras
	// 78-83.
	Points []strategy.Point `json:"points"`
	// Citation is the paragraph or footnote that states the figure.
	Citation iomstrategy.Citation `json:"citation"`
	// Figure is the figure as the text writes it ("USD 783.8 million",
	// "nearly a 20 million"); Quote is the passage around it, verbatim.
	// Dataset.Verify finds the quote in the cited text and the figure in
	// the quote.
	Figure string `json:"figure"`
	Quote  string `json:"quote"`
	// Note records a reading the dataset makes where the text leaves room
	// (a period, a count taken from a list), empty when there is none.
	Note string `json:"note,omitempty"`
}

// FractionPlaces is the number of decimals a fractional value ("one
// third") is held to. It is rounded toward zero, so the lower bound it sets
// for "more than one third" is below the exact one by less than 10^-20: the
// interval holds every value the text allows, and a hair more.
const FractionPlaces = 20

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// maxIDLength bounds record, series and check ids.
const maxIDLength = 80

// validID reports whether s is a kebab-case id.
func validID(s string) bool { return len(s) <= maxIDLength && idPattern.MatchString(s) }

// Validate reports whether r is a complete, consistent record: a
// kebab-case id (starting with its series id, if any), a description, a
// known unit, a valid period, the qualifier its words give (no words:
// Exact), the words lower-case, an upper value above the value exactly for
// a Range, valid distinct points, a citation in canonical form, and a
// figure inside its quote. It checks form
// only; Dataset.Verify checks the citation, quote and figure against the
// source. The error wraps ErrRecord, ErrUnit, ErrPeriod, ErrQualifier or
// ErrValue.
func (r Record) Validate() error {
	switch {
	case !validID(r.ID):
		return inField("id", fmt.Errorf("%w: id %q: want kebab-case (lower-case letters and digits joined by single hyphens), at most %d characters", ErrRecord, r.ID, maxIDLength))
	case r.Series != "" && !validID(r.Series):
		return inField("series", fmt.Errorf("%w: series %q is not kebab-case", ErrRecord, r.Series))
	case r.Series != "" && !strings.HasPrefix(r.ID, r.Series+"-"):
		return inField("id", fmt.Errorf("%w: id %q: a member of series %q must have an id that starts with %q", ErrRecord, r.ID, r.Series, r.Series+"-"))
	case strings.TrimSpace(r.Description) == "":
		return fmt.Errorf("%w: no description", ErrRecord)
	case !r.Unit.Valid():
		return fmt.Errorf("%w %q", ErrUnit, string(r.Unit))
	}
	if err := r.Period.validate(); err != nil {
		return err
	}
	if err := r.validateValue(); err != nil {
		return err
	}
	for i, p := range r.Points {
		if !p.Valid() {
			return inField("points", fmt.Errorf("%w: %w: %d", ErrRecord, strategy.ErrInvalidPoint, int(p)))
		}
		if slices.Contains(r.Points[:i], p) {
			return inField("points", fmt.Errorf("%w: point %d listed twice", ErrRecord, int(p)))
		}
	}
	if _, err := iomstrategy.ParseCitation(r.Citation.String()); err != nil || r.Citation.IsZero() {
		return inField("citation", fmt.Errorf("%w: citation %q is not in canonical form", ErrRecord, r.Citation.String()))
	}
	switch {
	case strings.TrimSpace(r.Figure) == "":
		return fmt.Errorf("%w: no figure (the figure as the text writes it)", ErrRecord)
	case !strings.Contains(normalizeSpace(r.Quote), normalizeSpace(r.Figure)):
		return fmt.Errorf("%w: figure %q is not in the quote %q", ErrRecord, r.Figure, r.Quote)
	case r.Words != "" && !strings.Contains(strings.ToLower(r.Figure), r.Words):
		return fmt.Errorf("%w: qualifier words %q are not in the figure %q", ErrQualifier, r.Words, r.Figure)
	}
	return nil
}

func (r Record) validateValue() error {
	// The words give the qualifier: no words, an exact figure.
	q, err := QualifierOf(r.Words)
	if err != nil {
		return err
	}
	if q != r.Qualifier {
		return fmt.Errorf("%w: the words %q make a figure %s, not %s", ErrQualifier, r.Words, q, r.Qualifier)
	}
	if k := wordsKey(r.Words); r.Words != k {
		return fmt.Errorf("%w: write the words %q as %q (lower-case; the figure keeps them as written)", ErrQualifier, r.Words, k)
	}
	if r.Fraction != "" {
		v, err := ParseValue(r.Fraction)
		if err != nil {
			return err
		}
		if !v.Equal(r.Value) {
			return fmt.Errorf("%w: value %s is not the fraction %s held to %d decimals (%s)", ErrValue, r.Value, r.Fraction, FractionPlaces, v)
		}
	}
	if r.Qualifier == Range {
		if r.To.Cmp(r.Value) <= 0 {
			return fmt.Errorf("%w: a range from %s must end above it, not at %s", ErrValue, r.Value, r.To)
		}
	} else if !r.To.IsZero() {
		return fmt.Errorf("%w: an upper value (%s) is only for a range (words \"to\")", ErrValue, r.To)
	}
	return nil
}

// Interval returns the values the record's figure allows under p: the
// value alone if exact, the value give or take the estimate tolerance,
// (value, ∞) for a lower bound, [value·(1−nearly), value) for "nearly",
// (−∞, value] for "up to", [value, to] for a range.
func (r Record) Interval(p Params) (Interval, error) {
	if err := p.Validate(); err != nil {
		return Interval{}, err
	}
	return qualifiedInterval(r.Value, r.To, r.Qualifier, p)
}

func qualifiedInterval(v, to decimal.Decimal, q Qualifier, p Params) (Interval, error) {
	switch q {
	case Exact:
		return Exactly(v), nil
	case Estimate:
		var spread decimal.Decimal
		if p.EstimateRule == LastDigit {
			spread = lastDigitUnit(v).Mul(decimal.New(5, -1))
		} else {
			spread = v.Abs().Mul(p.EstimateTolerance)
		}
		return Closed(v.Sub(spread), v.Add(spread)), nil
	case LowerBound:
		return above(v), nil
	case JustUnder:
		low := v.Sub(v.Abs().Mul(p.NearlyTolerance))
		return NewInterval(&Bound{Value: low}, &Bound{Value: v, Open: true})
	case UpperBound:
		return atMost(v), nil
	case Range:
		return NewInterval(&Bound{Value: v}, &Bound{Value: to})
	}
	return Interval{}, fmt.Errorf("%w: %s", ErrQualifier, q)
}

// lastDigitUnit returns the place value of the last non-zero digit of v:
// 1,000,000 for 214,000,000, 0.1 for 3.1, 1 for 0.
func lastDigitUnit(v decimal.Decimal) decimal.Decimal {
	if v.IsZero() {
		return one
	}
	c := new(big.Int).Set(v.Coefficient())
	exp := v.Exponent()
	ten := big.NewInt(10)
	for {
		q, m := new(big.Int).QuoRem(c, ten, new(big.Int))
		if m.Sign() != 0 {
			break
		}
		c = q
		exp++
	}
	return decimal.New(1, exp)
}

// clone returns r with its own copy of Points.
func (r Record) clone() Record {
	r.Points = slices.Clone(r.Points)
	return r
}

// normalizeSpace collapses every run of white space to one space, so that
// a quote matches the source across its line breaks.
func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
