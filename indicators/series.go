package indicators

import (
	"fmt"
	"slices"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// Series is one measure in several periods ("pre-consular-applicants" in
// 2007, 2008 and 2009), its records in period order.
type Series struct {
	ID      string        `json:"id"`
	Unit    UnitOfMeasure `json:"unit"`
	Records []Record      `json:"records"`
}

// NewSeries makes a series of records of one measure, for a caller's own
// figures (a later year's, another report's): a kebab-case id, every
// record valid, one unit, distinct periods. The records are put in period
// order; their Series field is left as it is. An error wraps ErrRecord (the
// id, no records, an invalid record), ErrUnit or ErrPeriod.
func NewSeries(id string, records []Record) (Series, error) {
	if !validID(id) {
		return Series{}, fmt.Errorf("%w: series %q is not kebab-case", ErrRecord, id)
	}
	if len(records) == 0 {
		return Series{}, fmt.Errorf("%w: series %q has no records", ErrRecord, id)
	}
	s := Series{ID: id, Unit: records[0].Unit, Records: make([]Record, len(records))}
	for i, r := range records {
		if err := r.Validate(); err != nil {
			return Series{}, fmt.Errorf("series %q: record %q: %w", id, r.ID, err)
		}
		if r.Unit != s.Unit {
			return Series{}, fmt.Errorf("%w: series %q: %s is in %s, %s in %s", ErrUnit, id, r.ID, r.Unit, records[0].ID, s.Unit)
		}
		s.Records[i] = r.clone()
	}
	slices.SortStableFunc(s.Records, func(a, b Record) int { return comparePeriods(a.Period, b.Period) })
	for i := 1; i < len(s.Records); i++ {
		if s.Records[i].Period == s.Records[i-1].Period {
			return Series{}, fmt.Errorf("%w: series %q: %s and %s are both for %s", ErrPeriod, id, s.Records[i-1].ID, s.Records[i].ID, s.Records[i].Period)
		}
	}
	return s, nil
}

// Change is the change between two observations of a measure: the change
// of their stated values (Absolute, Percent, AnnualGrowth) and the change
// their qualifiers allow (the ranges), with the citations of both.
type Change struct {
	From Record `json:"from"`
	To   Record `json:"to"`
	// Years is the number of years between the two observations, counted
	// between the last years of their periods: 2 from 2007 to 2009, 5 from
	// 2005 to 2010. It is the exponent of the compound annual growth.
	Years int `json:"years"`
	// Absolute is To.Value − From.Value, exact.
	Absolute decimal.Decimal `json:"absolute"`
	// Percent is the change in per cent and AnnualGrowth the compound
	// annual growth in per cent a year, both of the stated values, rounded
	// as the Params say.
	Percent      decimal.Decimal `json:"percent"`
	AnnualGrowth decimal.Decimal `json:"annual_growth"`
	// AbsoluteRange, PercentRange and GrowthRange are the same measures
	// over every pair of values the two figures allow: a single value when
	// both figures are exact (the percentages then rounded outward to
	// Params.Places, so possibly a narrow interval), wider otherwise.
	AbsoluteRange Interval `json:"absolute_range"`
	PercentRange  Interval `json:"percent_range"`
	GrowthRange   Interval `json:"growth_range"`
	// Params are the readings used.
	Params Params `json:"params"`
}

// Compare returns the change from one record to a later one in the same
// unit. from must end at least a year before to (ErrUndefined), and
// From.Value must be above 0 for the percentages.
func Compare(from, to Record, p Params) (Change, error) {
	if err := p.Validate(); err != nil {
		return Change{}, err
	}
	if from.Unit != to.Unit {
		return Change{}, fmt.Errorf("%w: %s is in %s and %s in %s", ErrUnit, from.ID, from.Unit, to.ID, to.Unit)
	}
	years := yearsBetween(from.Period, to.Period)
	if years < 1 {
		return Change{}, fmt.Errorf("%w: %s (%s) does not end a year or more before %s (%s)", ErrUndefined, from.ID, from.Period, to.ID, to.Period)
	}
	c := Change{From: from.clone(), To: to.clone(), Years: years, Params: p}
	c.Absolute = to.Value.Sub(from.Value)
	var err error
	if c.Percent, err = PercentChange(from.Value, to.Value, p.Places, p.Rounding); err != nil {
		return Change{}, fmt.Errorf("%s to %s: %w", from.ID, to.ID, err)
	}
	if c.AnnualGrowth, err = AnnualGrowth(from.Value, to.Value, years, p.Places, p.Rounding); err != nil {
		return Change{}, fmt.Errorf("%s to %s: %w", from.ID, to.ID, err)
	}
	fi, err := from.Interval(p)
	if err != nil {
		return Change{}, err
	}
	ti, err := to.Interval(p)
	if err != nil {
		return Change{}, err
	}
	c.AbsoluteRange = ti.Sub(fi)
	if c.PercentRange, err = PercentChangeRange(fi, ti, p.Places); err != nil {
		return Change{}, fmt.Errorf("%s to %s: %w", from.ID, to.ID, err)
	}
	if c.GrowthRange, err = AnnualGrowthRange(fi, ti, years, p.Places); err != nil {
		return Change{}, fmt.Errorf("%s to %s: %w", from.ID, to.ID, err)
	}
	return c, nil
}

// Exact reports whether both figures are exact, so that the ranges are
// the stated change.
func (c Change) Exact() bool { return c.From.Qualifier == Exact && c.To.Qualifier == Exact }

// Citations returns the citations of the two figures (one, if they are in
// the same place).
func (c Change) Citations() []iomstrategy.Citation {
	if c.From.Citation == c.To.Citation {
		return []iomstrategy.Citation{c.From.Citation}
	}
	return []iomstrategy.Citation{c.From.Citation, c.To.Citation}
}

// String explains the change in one line: "2007 to 2009 (2 years):
// +90328 (+209.1%), 75.8% a year; MC/INF/302, para. 16".
func (c Change) String() string {
	s := fmt.Sprintf("%s to %s (%d year%s): %s (%s%%), %s%% a year",
		c.From.Period, c.To.Period, c.Years, plural(c.Years),
		signed(c.Absolute), signed(c.Percent), c.AnnualGrowth)
	if !c.Exact() {
		s += fmt.Sprintf(" [as qualified: %s, %s%%, %s%% a year]", c.AbsoluteRange, c.PercentRange, c.GrowthRange)
	}
	for i, ci := range c.Citations() {
		if i == 0 {
			s += "; "
		} else {
			s += ", "
		}
		s += ci.String()
	}
	return s
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func signed(d decimal.Decimal) string {
	if d.Sign() > 0 {
		return "+" + d.String()
	}
	return d.String()
}

// Changes returns the change between each observation and the next: year
// on year, for a yearly series.
func (s Series) Changes(p Params) ([]Change, error) {
	var out []Change
	for i := 1; i < len(s.Records); i++ {
		c, err := Compare(s.Records[i-1], s.Records[i], p)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// Growth returns the change from the first observation to the last, with
// the compound annual growth over the span. A series of one observation
// has none (ErrUndefined).
func (s Series) Growth(p Params) (Change, error) {
	if len(s.Records) < 2 {
		return Change{}, fmt.Errorf("%w: series %q has %d observation(s); growth needs two", ErrUndefined, s.ID, len(s.Records))
	}
	return Compare(s.Records[0], s.Records[len(s.Records)-1], p)
}
