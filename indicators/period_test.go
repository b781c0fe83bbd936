package indicators_test

import (
	"errors"
	"testing"
	"time"

	"github.com/policycode/iomstrategy/indicators"
)

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in         string
		want       indicators.Period
		start, end int
		asOf, span bool
	}{
		{"2009", indicators.Year(2009), 2009, 2009, false, false},                                                        // para. 16
		{"2007-2009", indicators.YearSpan(2007, 2009), 2007, 2009, false, true},                                          // para. 20 "From 2007 through 2009"
		{"June 2007-December 2009", indicators.MonthSpan(2007, time.June, 2009, time.December), 2007, 2009, false, true}, // para. 46
		{"June 2007-October 2010", indicators.SinceAdoption(), 2007, 2010, false, true},                                  // "since the adoption"
		{"2007-October 2010", indicators.MonthSpan(2007, 0, 2010, time.October), 2007, 2010, false, true},                // para. 71 "Since 2007"
		{"as of October 2010", indicators.ReviewDate(), 2010, 2010, true, false},                                         // "today", "currently"
		{"as of 2010", indicators.AsOf(2010, 0), 2010, 2010, true, false},
		{"May 2008", indicators.MonthSpan(2008, time.May, 2008, time.May), 2008, 2008, false, false}, // para. 59
		{"June 2007-2008", indicators.MonthSpan(2007, time.June, 2008, 0), 2007, 2008, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, err := indicators.ParsePeriod(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if !p.Equal(tt.want) || p.String() != tt.in {
				t.Errorf("ParsePeriod(%q) = %v (%q), want %v", tt.in, p, p.String(), tt.want)
			}
			if p.StartYear() != tt.start || p.EndYear() != tt.end || p.IsAsOf() != tt.asOf || p.IsSpan() != tt.span {
				t.Errorf("%q: years %d-%d as of %v span %v, want %d-%d %v %v", tt.in, p.StartYear(), p.EndYear(), p.IsAsOf(), p.IsSpan(), tt.start, tt.end, tt.asOf, tt.span)
			}
			text, _ := p.MarshalText()
			var back indicators.Period
			if err := back.UnmarshalText(text); err != nil || !back.Equal(p) {
				t.Errorf("text round trip: %q -> %v, %v", text, back, err)
			}
		})
	}
}

func TestParsePeriodRefuses(t *testing.T) {
	for _, in := range []string{
		"", "09", "20090", "2009 ", " 2009", "2009-2007", "2007 - 2009", "2007-2007", "june 2007",
		"Jun 2007", "December 2009-June 2009", "as of", "as of 2007-2009", "as of June", "2007-", "-2007",
		"0999", "October 2010-2010", "June 2007-June 2007", "2007–2009", "as  of 2010", "June 2007-December",
	} {
		if p, err := indicators.ParsePeriod(in); err == nil {
			t.Errorf("ParsePeriod(%q) = %v, want an error", in, p)
		} else if !errors.Is(err, indicators.ErrPeriod) {
			t.Errorf("ParsePeriod(%q): %v does not wrap ErrPeriod", in, err)
		}
	}
}

func TestPeriodZeroAndYearsBetween(t *testing.T) {
	var zero indicators.Period
	if !zero.IsZero() || zero.String() != "" || zero.Validate() == nil {
		t.Errorf("zero Period: IsZero %v, String %q, Validate %v", zero.IsZero(), zero.String(), zero.Validate())
	}
	if n := indicators.YearsBetween(indicators.Year(2005), indicators.Year(2010)); n != 5 {
		t.Errorf("2005 to 2010: %d years, want 5", n)
	}
	if n := indicators.YearsBetween(indicators.Year(2007), indicators.Year(2009)); n != 2 {
		t.Errorf("2007 to 2009: %d years, want 2", n)
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2009", "2007-2009", "June 2007-December 2009", "as of October 2010", "as of 2010",
		"2007-October 2010", "May 2008", "June 2007-2008", "December 2009-June 2009", "2007-2007", "as of 2007-2009"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := indicators.ParsePeriod(s)
		if err != nil {
			if !errors.Is(err, indicators.ErrPeriod) {
				t.Fatalf("ParsePeriod(%q): %v does not wrap ErrPeriod", s, err)
			}
			return
		}
		if p.String() != s {
			t.Fatalf("ParsePeriod(%q).String() = %q", s, p.String())
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("ParsePeriod(%q) = %v, which does not validate: %v", s, p, err)
		}
		if p.StartYear() > p.EndYear() {
			t.Fatalf("ParsePeriod(%q): starts in %d, ends in %d", s, p.StartYear(), p.EndYear())
		}
	})
}
