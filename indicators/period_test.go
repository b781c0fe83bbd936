package indicators_test

import (
	"errors"
	"testing"

	"github.com/policycode/iomstrategy/indicators"
)

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in         string
		start, end int
		asOf       bool
	}{
		{"2009", 2009, 2009, false},                    // para. 16
		{"2007-2009", 2007, 2009, false},               // para. 20 "From 2007 through 2009"
		{"June 2007-December 2009", 2007, 2009, false}, // para. 46
		{"June 2007-October 2010", 2007, 2010, false},  // "since the adoption"
		{"2007-October 2010", 2007, 2010, false},       // para. 71 "Since 2007"
		{"as of October 2010", 2010, 2010, true},       // "today", "currently"
		{"as of 2010", 2010, 2010, true},
		{"May 2008", 2008, 2008, false}, // para. 59
		{"June 2007-2008", 2007, 2008, false},
		{"January 2007-December 2007", 2007, 2007, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, err := indicators.ParsePeriod(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if p.String() != tt.in || p.IsZero() || p != indicators.MustParsePeriod(tt.in) {
				t.Errorf("ParsePeriod(%q) = %v (%q)", tt.in, p, p.String())
			}
			if p.StartYear() != tt.start || p.EndYear() != tt.end || p.IsAsOf() != tt.asOf {
				t.Errorf("%q: years %d-%d as of %v, want %d-%d %v", tt.in, p.StartYear(), p.EndYear(), p.IsAsOf(), tt.start, tt.end, tt.asOf)
			}
			text, _ := p.MarshalText()
			var back indicators.Period
			if err := back.UnmarshalText(text); err != nil || back != p || string(text) != tt.in {
				t.Errorf("text round trip: %q -> %v, %v", text, back, err)
			}
		})
	}
	// Two spellings of one period are one period; different periods differ.
	if indicators.MustParsePeriod("2009") == indicators.MustParsePeriod("as of 2009") ||
		indicators.MustParsePeriod("2007-2009") == indicators.MustParsePeriod("2008-2009") {
		t.Error("different periods compare equal")
	}
}

func TestParsePeriodRefuses(t *testing.T) {
	for _, in := range []string{
		"", "09", "20090", "2009 ", " 2009", "2009-2007", "2007 - 2009", "2007-2007", "june 2007",
		"Jun 2007", "December 2009-June 2009", "as of", "as of 2007-2009", "as of June", "2007-", "-2007",
		"0999", "October 2010-2010", "June 2007-June 2007", "2007–2009", "as  of 2010", "June 2007-December",
		"2010-October 2010", "20a9", "May 200", "2007-2009-2011",
	} {
		if p, err := indicators.ParsePeriod(in); err == nil {
			t.Errorf("ParsePeriod(%q) = %v, want an error", in, p)
		} else if !errors.Is(err, indicators.ErrPeriod) {
			t.Errorf("ParsePeriod(%q): %v does not wrap ErrPeriod", in, err)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParsePeriod of a bad period did not panic")
		}
	}()
	indicators.MustParsePeriod("2009-2007")
}

func TestPeriodZero(t *testing.T) {
	var zero indicators.Period
	if !zero.IsZero() || zero.String() != "" {
		t.Errorf("zero Period: IsZero %v, String %q", zero.IsZero(), zero.String())
	}
	if text, err := zero.MarshalText(); err != nil || len(text) != 0 {
		t.Errorf("zero Period as text: %q, %v", text, err)
	}
	p := indicators.MustParsePeriod("2009")
	if err := p.UnmarshalText(nil); err != nil || !p.IsZero() {
		t.Errorf("empty text: %v, %v; want the zero Period", p, err)
	}
	if err := p.UnmarshalText([]byte("2009-2007")); !errors.Is(err, indicators.ErrPeriod) {
		t.Errorf("bad text: %v, want ErrPeriod", err)
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
		if p.String() != s || p.IsZero() {
			t.Fatalf("ParsePeriod(%q).String() = %q", s, p.String())
		}
		if p.StartYear() > p.EndYear() || p.StartYear() < 1000 || p.EndYear() > 9999 {
			t.Fatalf("ParsePeriod(%q): starts in %d, ends in %d", s, p.StartYear(), p.EndYear())
		}
	})
}
