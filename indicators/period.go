package indicators

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Period is when a figure holds: a year ("2009"), a month ("May 2008"), a
// span of years or months ("2007-2009", "June 2007-December 2009",
// "2008-October 2010"), or a moment, for a stock counted "as of" a date
// ("as of October 2010"). A month of 0 means the whole year.
//
// The Review is dated 12 October 2010; its "today", "currently" and "to
// date" are "as of October 2010", and its "since the adoption of the
// Strategy" is "June 2007-October 2010".
//
// Make one with ParsePeriod or MustParsePeriod, from the form String
// writes. The zero Period is no period: IsZero reports it, String is "",
// and a record with it does not validate. Periods are comparable with ==
// and Equal.
type Period struct {
	startYear, endYear   int
	startMonth, endMonth time.Month // 0: the whole year
	asOf                 bool
}

// asOf is the moment at the end of month m of year y (m 0: of the year).
func asOf(y int, m time.Month) Period {
	return Period{startYear: y, endYear: y, startMonth: m, endMonth: m, asOf: true}
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// Equal reports whether p and o are the same period, as == does; it lets
// go-cmp compare records.
func (p Period) Equal(o Period) bool { return p == o }

// StartYear returns the first calendar year of p.
func (p Period) StartYear() int { return p.startYear }

// EndYear returns the last calendar year of p.
func (p Period) EndYear() int { return p.endYear }

// IsAsOf reports whether p is a moment ("as of October 2010").
func (p Period) IsAsOf() bool { return p.asOf }

// isSpan reports whether p covers more than one year or month.
func (p Period) isSpan() bool {
	return !p.asOf && (p.startYear != p.endYear || p.startMonth != p.endMonth)
}

// validate reports whether p is a period: not the zero Period, and a start
// no later than its end. parsePeriod makes only years of four digits,
// months 0 to 12 and moments of one month or year, so that is all there is
// left to check.
func (p Period) validate() error {
	switch {
	case p.IsZero():
		return fmt.Errorf("%w: no period", ErrPeriod)
	case p.startYear > p.endYear,
		p.startYear == p.endYear && p.startMonth != 0 && p.endMonth != 0 && p.startMonth > p.endMonth:
		return fmt.Errorf("%w %q: starts after it ends", ErrPeriod, p.String())
	case p.startYear == p.endYear && (p.startMonth == 0) != (p.endMonth == 0):
		return fmt.Errorf("%w: a span within one year needs a month at both ends", ErrPeriod)
	}
	return nil
}

// String returns the period in the form ParsePeriod reads: "2009", "May
// 2008", "2007-2009", "June 2007-December 2009", "2008-October 2010", "as of
// October 2010", "as of 2010". The zero Period is "".
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	start := yearMonth(p.startYear, p.startMonth)
	if p.asOf {
		return "as of " + start
	}
	if !p.isSpan() {
		return start
	}
	return start + "-" + yearMonth(p.endYear, p.endMonth)
}

func yearMonth(y int, m time.Month) string {
	ys := strconv.Itoa(y)
	if m != 0 {
		return m.String() + " " + ys
	}
	return ys
}

// ParsePeriod reads a period in the form String writes, and nothing else:
// no spaces around the "-", month names in full with a capital, years of
// four digits. An error wraps ErrPeriod and names the input.
func ParsePeriod(s string) (Period, error) {
	p, ok := parsePeriod(s)
	if !ok {
		return Period{}, fmt.Errorf("%w %q: want a year (2009), a month (May 2008), a span (2007-2009, June 2007-December 2009) or a moment (as of October 2010)", ErrPeriod, s)
	}
	if err := p.validate(); err != nil {
		return Period{}, err
	}
	if p.String() != s {
		return Period{}, fmt.Errorf("%w %q: write it %q", ErrPeriod, s, p.String())
	}
	return p, nil
}

// MustParsePeriod is ParsePeriod that panics on error, for periods written
// in code: MustParsePeriod("2011").
func MustParsePeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

func parsePeriod(s string) (Period, bool) {
	if rest, ok := strings.CutPrefix(s, "as of "); ok {
		y, m, ok := parseYearMonth(rest)
		return asOf(y, m), ok
	}
	a, b, span := strings.Cut(s, "-")
	y1, m1, ok := parseYearMonth(a)
	if !ok {
		return Period{}, false
	}
	if !span {
		return Period{startYear: y1, endYear: y1, startMonth: m1, endMonth: m1}, true
	}
	y2, m2, ok := parseYearMonth(b)
	if !ok {
		return Period{}, false
	}
	return Period{startYear: y1, startMonth: m1, endYear: y2, endMonth: m2}, true
}

func parseYearMonth(s string) (int, time.Month, bool) {
	var m time.Month
	if name, year, ok := strings.Cut(s, " "); ok {
		m = monthNamed(name)
		if m == 0 {
			return 0, 0, false
		}
		s = year
	}
	if len(s) != 4 {
		return 0, 0, false
	}
	y := 0
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, 0, false
		}
		y = y*10 + int(s[i]-'0')
	}
	return y, m, y >= 1000
}

func monthNamed(name string) time.Month {
	for m := time.January; m <= time.December; m++ {
		if m.String() == name {
			return m
		}
	}
	return 0
}

// yearsBetween returns the number of years from p to a later period q,
// counted between their last years: 2 from 2007 to 2009, 5 from 2005 to
// 2010. It is the exponent of compound annual growth between two
// observations.
func yearsBetween(p, q Period) int { return q.endYear - p.endYear }

// comparePeriods orders periods for a series: by end, then by start. A
// month of 0 (the whole year) counts as December at the end of a period and
// January at its start.
func comparePeriods(p, o Period) int {
	return cmp.Or(
		cmp.Compare(p.endYear, o.endYear),
		cmp.Compare(monthOr(p.endMonth, time.December), monthOr(o.endMonth, time.December)),
		cmp.Compare(p.startYear, o.startYear),
		cmp.Compare(monthOr(p.startMonth, time.January), monthOr(o.startMonth, time.January)),
	)
}

// monthOr returns m, or whole when m is 0 (the whole year).
func monthOr(m, whole time.Month) time.Month {
	if m == 0 {
		return whole
	}
	return m
}

// MarshalText writes the String form; the zero Period is the empty text.
func (p Period) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText reads a period with ParsePeriod; the empty text is the zero
// Period.
func (p *Period) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = Period{}
		return nil
	}
	parsed, err := ParsePeriod(string(text))
	if err != nil {
		return err
	}
	*p = parsed
	return nil
}
