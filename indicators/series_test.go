package indicators_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/indicators"
)

// TestSeriesChanges checks each series of the Review: year-on-year changes
// and growth over the span, worked by hand (absolute change, per cent to
// one decimal half away from zero, compound annual growth).
func TestSeriesChanges(t *testing.T) {
	tests := []struct {
		id      string
		changes []string // "absolute percent growth" per step
		growth  string   // "absolute percent growth years"
	}{
		// 61189-43204 = 17985, 17985/43204 = 41.63%; 133532-61189 = 72343, 118.23%;
		// 90328/43204 = 209.07%, sqrt(3.0907) = 1.75805
		{"pre-consular-applicants", []string{"17985 41.6 41.6", "72343 118.2 118.2"}, "90328 209.1 75.8 2"},
		// 5059/45619 = 11.09%; 5959/50678 = 11.76%; 11018/45619 = 24.15%; sqrt(1.24152) = 1.11424
		{"migrant-training-participants", []string{"5059 11.1 11.1", "5959 11.8 11.8"}, "11018 24.2 11.4 2"},
		// 801/6457 = 12.41%, sqrt(1.12405) = 1.06021
		{"staff", []string{"801 12.4 6"}, "801 12.4 6 2"},
		// 243.2m/783.8m = 31.03%, sqrt(1.31028) = 1.14468
		{"total-expenditure", []string{"243200000 31 14.5"}, "243200000 31 14.5 2"},
		// 24/25 = 96%
		{"publications-released", []string{"24 96 96"}, "24 96 96 1"},
		// 19m/195m = 9.74%, (1.09744)^(1/5) = 1.01877
		{"international-migrants", []string{"19000000 9.7 1.9"}, "19000000 9.7 1.9 5"},
		// 150/550 = 27.27%, sqrt(1.27273) = 1.12815
		{"projects-started", []string{"150 27.3 12.8"}, "150 27.3 12.8 2"},
		// 700/1600 = 43.75%, sqrt(1.4375) = 1.19896
		{"active-projects", []string{"700 43.8 19.9"}, "700 43.8 19.9 2"},
	}
	d := review(t)
	p := indicators.ReviewParams()
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			s, err := d.Series(tt.id)
			if err != nil {
				t.Fatal(err)
			}
			cs, err := s.Changes(p)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range cs {
				got = append(got, fmt.Sprintf("%s %s %s", c.Absolute, c.Percent, c.AnnualGrowth))
			}
			if strings.Join(got, "|") != strings.Join(tt.changes, "|") {
				t.Errorf("changes %q, want %q", got, tt.changes)
			}
			g, err := s.Growth(p)
			if err != nil {
				t.Fatal(err)
			}
			if got := fmt.Sprintf("%s %s %s %d", g.Absolute, g.Percent, g.AnnualGrowth, g.Years); got != tt.growth {
				t.Errorf("growth %q, want %q", got, tt.growth)
			}
			for _, c := range g.Citations() {
				if err := c.Verify(); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

func TestCallerSeries(t *testing.T) {
	d := review(t)
	r2009, _ := d.Record("pre-consular-applicants-2009")
	later := r2009
	later.ID, later.Period, later.Value = "pre-consular-applicants-2011", indicators.MustParsePeriod("2011"), dec("150000")
	later.Figure, later.Quote, later.Citation = "150,000", "150,000 in 2011", iomstrategy.Doc(iomstrategy.Review)
	s, err := indicators.NewSeries("pre-consular-applicants", []indicators.Record{later, r2009})
	if err != nil {
		t.Fatal(err)
	}
	if s.Records[0].ID != "pre-consular-applicants-2009" {
		t.Errorf("NewSeries did not put the records in period order: %s first", s.Records[0].ID)
	}
	g, err := s.Growth(indicators.ReviewParams())
	if err != nil {
		t.Fatal(err)
	}
	// 16468/133532 = 12.33%; sqrt(1.12333) = 1.05987
	if g.Percent.String() != "12.3" || g.AnnualGrowth.String() != "6" || g.Years != 2 {
		t.Errorf("2009 to 2011: %s%%, %s%% a year over %d years; want 12.3, 6.0, 2", g.Percent, g.AnnualGrowth, g.Years)
	}
	if !strings.Contains(g.String(), "2009 to 2011 (2 years): +16468 (+12.3%), 6% a year") {
		t.Errorf("String() = %q", g.String())
	}
	twice := later
	twice.ID = "pre-consular-applicants-2011b"
	if _, err := indicators.NewSeries("x", []indicators.Record{later, twice}); !errors.Is(err, indicators.ErrPeriod) {
		t.Errorf("two records for 2011: %v, want ErrPeriod", err)
	}
	other, _ := d.Record("staff-2009")
	if _, err := indicators.NewSeries("x", []indicators.Record{later, other}); !errors.Is(err, indicators.ErrUnit) {
		t.Errorf("two units: %v, want ErrUnit", err)
	}
	if _, err := indicators.NewSeries("X", []indicators.Record{later}); !errors.Is(err, indicators.ErrRecord) {
		t.Errorf("an id that is not kebab-case: %v, want ErrRecord", err)
	}
	if _, err := indicators.NewSeries("x", nil); !errors.Is(err, indicators.ErrRecord) {
		t.Errorf("no records: %v, want ErrRecord", err)
	}
	invalid := later
	invalid.Description = ""
	if _, err := indicators.NewSeries("x", []indicators.Record{invalid}); !errors.Is(err, indicators.ErrRecord) {
		t.Errorf("an invalid record: %v, want ErrRecord", err)
	}
	if _, err := indicators.Compare(later, r2009, indicators.ReviewParams()); !errors.Is(err, indicators.ErrUndefined) {
		t.Errorf("Compare backwards: %v, want ErrUndefined", err)
	}
	one, _ := indicators.NewSeries("x", []indicators.Record{later})
	if _, err := one.Growth(indicators.ReviewParams()); !errors.Is(err, indicators.ErrUndefined) {
		t.Errorf("growth of one observation: %v, want ErrUndefined", err)
	}
	if _, err := d.Series("nope"); !errors.Is(err, indicators.ErrUnknownID) {
		t.Errorf("unknown series: %v", err)
	}
	if _, err := d.Record("nope"); !errors.Is(err, indicators.ErrUnknownID) {
		t.Errorf("unknown record: %v", err)
	}
}

func TestByPoint(t *testing.T) {
	d := review(t)
	want := map[int]int{1: 14, 2: 0, 3: 2, 4: 4, 5: 2, 6: 9, 7: 9, 8: 2, 9: 5, 10: 5, 11: 6, 12: 3}
	total := 0
	for p, n := range want {
		got := d.ByPoint(pointOf(p))
		if len(got) != n {
			t.Errorf("point %d: %d records, want %d", p, len(got), n)
		}
		total += n
	}
	// The rest are the organization-wide figures of paras 4-11 and para. 81.
	if none := len(d.Records()) - total; none != 22 {
		t.Errorf("%d records report on no point, want 22", none)
	}
}
