package indicators_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/indicators"
)

// This file holds the edges mutation testing found untested: the exact
// bounds of sizes and spans, a rate that rounds from zero, the order of a
// series' periods, the words of an error.

func TestDataErrorMessage(t *testing.T) {
	cause := fmt.Errorf("%w: no description", indicators.ErrRecord)
	tests := []struct {
		e    indicators.DataError
		want string
	}{
		{indicators.DataError{Err: cause}, "dataset: invalid record: no description"},
		{indicators.DataError{Line: 3, Err: cause}, "line 3: invalid record: no description"},
		{indicators.DataError{ID: "staff-2007", Err: cause}, `dataset: record "staff-2007": invalid record: no description`},
		{indicators.DataError{Line: 2, ID: "staff-2007", Field: "unit", Value: "person", Err: cause},
			`line 2: record "staff-2007": field "unit": value "person": invalid record: no description`},
		{indicators.DataError{Field: "note", Err: cause}, `dataset: field "note": invalid record: no description`},
		{indicators.DataError{Value: "x", Err: cause}, `dataset: value "x": invalid record: no description`},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if !errors.Is(&tt.e, indicators.ErrRecord) || !errors.Is(&tt.e, indicators.ErrInvalidDataset) || errors.Is(&tt.e, indicators.ErrUnit) {
			t.Errorf("%v does not match ErrRecord and ErrInvalidDataset only", &tt.e)
		}
	}
}

func TestGrowthEdges(t *testing.T) {
	tests := []struct {
		name     string
		from, to string
		years    int
		places   int32
		mode     iomstrategy.RoundingMode
		want     string
	}{
		// The rate rounded toward −∞ is 0; away from zero it is the next step up.
		{"a rise of 0.0001% away from zero", "100", "100.0001", 1, 1, iomstrategy.AwayFromZero, "0.1"},
		{"a rise of 0.0001% toward zero", "100", "100.0001", 1, 1, iomstrategy.TowardZero, "0"},
		// 1 to 1.0005 in a year is exactly 0.05%: a tie at 0, half away goes up.
		{"a tie at 0.05%, half away", "1", "1.0005", 1, 1, iomstrategy.HalfAwayFromZero, "0.1"},
		{"a tie at 0.05%, half even", "1", "1.0005", 1, 1, iomstrategy.HalfEven, "0"},
		{"a tie at -0.05%, half away", "1", "0.9995", 1, 1, iomstrategy.HalfAwayFromZero, "-0.1"},
		{"a tie at -0.05%, half even", "1", "0.9995", 1, 1, iomstrategy.HalfEven, "0"},
		{"a fall of 0.0001% away from zero", "100", "99.9999", 1, 1, iomstrategy.AwayFromZero, "-0.1"},
		{"500 years, the longest span", "1", "2", 500, 2, iomstrategy.HalfEven, "0.14"},
	}
	for _, tt := range tests {
		got, err := indicators.AnnualGrowth(dec(tt.from), dec(tt.to), tt.years, tt.places, tt.mode)
		if err != nil || !got.Equal(dec(tt.want)) {
			t.Errorf("%s: AnnualGrowth = %s, %v; want %s", tt.name, got, err, tt.want)
		}
	}
	one, two := indicators.Exactly(dec("1")), indicators.Exactly(dec("2"))
	if r, err := indicators.AnnualGrowthRange(one, two, 500, 2); err != nil || r.String() != "[0.13, 0.14]" {
		t.Errorf("AnnualGrowthRange over 500 years = %s, %v; want [0.13, 0.14]", r, err)
	}
	for _, years := range []int{0, 501} {
		if _, err := indicators.AnnualGrowthRange(one, two, years, 2); !errors.Is(err, indicators.ErrUndefined) {
			t.Errorf("AnnualGrowthRange over %d years: %v, want ErrUndefined", years, err)
		}
	}
}

// TestRangeEdges: changes from and to intervals that touch 0 or have no
// upper end, and ends rounded outward on both sides of 0.
func TestRangeEdges(t *testing.T) {
	openZero := mustInterval(&indicators.Bound{Value: dec("0"), Open: true}, &indicators.Bound{Value: dec("10")})
	tests := []struct {
		name     string
		from, to indicators.Interval
		pct      string
	}{
		{"from (0, 10]: no upper end, as the change from near 0 has none", openZero, indicators.Exactly(dec("5")), "[-50, ∞)"},
		{"to [0, 5]: a fall to nothing is -100%", indicators.Exactly(dec("10")), indicators.Closed(dec("0"), dec("5")), "[-100, -50]"},
		{"from [5, ∞) to [0, 3]: -100% is reached", atLeast(dec("5")), indicators.Closed(dec("0"), dec("3")), "[-100, -40]"},
		{"from [5, ∞) to [2, 3]: -100% is only approached", atLeast(dec("5")), indicators.Closed(dec("2"), dec("3")), "(-100, -40]"},
		{"from [5, ∞) to (0, 3]: -100% is only approached", atLeast(dec("5")), mustInterval(&indicators.Bound{Value: dec("0"), Open: true}, &indicators.Bound{Value: dec("3")}), "(-100, -40]"},
		// (50-100)/100 = -50%; (55-90)/90 = -38.88...%, rounded up to -38.8.
		{"a fall, ends rounded outward", indicators.Closed(dec("90"), dec("100")), indicators.Closed(dec("50"), dec("55")), "[-50, -38.8]"},
		// (150-110)/110 = 36.36...%, rounded down to 36.3; (160-100)/100 = 60%.
		{"a rise, ends rounded outward", indicators.Closed(dec("100"), dec("110")), indicators.Closed(dec("150"), dec("160")), "[36.3, 60]"},
	}
	for _, tt := range tests {
		got, err := indicators.PercentChangeRange(tt.from, tt.to, 1)
		if err != nil || got.String() != tt.pct {
			t.Errorf("%s: PercentChangeRange = %s, %v; want %s", tt.name, got, err, tt.pct)
		}
	}
	for _, bad := range [][2]indicators.Interval{
		{indicators.Closed(dec("0"), dec("5")), indicators.Exactly(dec("3"))},  // from may be 0
		{indicators.Exactly(dec("3")), indicators.Closed(dec("-1"), dec("5"))}, // to may be below 0
		{atMost(dec("5")), indicators.Exactly(dec("3"))},                       // from has no lower end
		{indicators.Exactly(dec("3")), atMost(dec("5"))},                       // to has no lower end
	} {
		if _, err := indicators.PercentChangeRange(bad[0], bad[1], 1); !errors.Is(err, indicators.ErrUndefined) {
			t.Errorf("PercentChangeRange(%s, %s): %v, want ErrUndefined", bad[0], bad[1], err)
		}
	}
}

func TestParseSizeLimit(t *testing.T) {
	const limit = 8 << 20
	row := strings.TrimSuffix(goodRow, "\n") // ends with an empty note
	pad := limit - len(header) - len(row) - 1
	data := header + row + strings.Repeat("x", pad) + "\n"
	if len(data) != limit {
		t.Fatalf("built %d bytes, want %d", len(data), limit)
	}
	if _, err := indicators.Parse([]byte(data)); err != nil {
		t.Errorf("a file of exactly 8 MiB: %v", err)
	}
	if _, err := indicators.Parse([]byte(data + "\n")); !errors.Is(err, indicators.ErrInvalidDataset) || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("a file of 8 MiB and a byte: %v, want larger than", err)
	}
}

func TestParseValueLength(t *testing.T) {
	forty := "1." + strings.Repeat("5", 38)
	if v, err := indicators.ParseValue(forty); err != nil || v.String() != forty {
		t.Errorf("ParseValue of 40 characters = %s, %v", v, err)
	}
	if _, err := indicators.ParseValue(forty + "5"); !errors.Is(err, indicators.ErrValue) {
		t.Errorf("ParseValue of 41 characters: %v, want ErrValue", err)
	}
}

func TestParseToleranceRuleRefuses(t *testing.T) {
	for _, s := range []string{"", "Relative", "last digit", "ToleranceRule(2)"} {
		if _, err := indicators.ParseToleranceRule(s); !errors.Is(err, indicators.ErrParams) {
			t.Errorf("ParseToleranceRule(%q): %v, want ErrParams", s, err)
		}
	}
	var r indicators.ToleranceRule
	if err := r.UnmarshalText([]byte("last-digit")); err != nil || r != indicators.LastDigit {
		t.Errorf("UnmarshalText(last-digit) = %v, %v", r, err)
	}
	if err := r.UnmarshalText([]byte("nearest")); !errors.Is(err, indicators.ErrParams) {
		t.Errorf("UnmarshalText(nearest): %v, want ErrParams", err)
	}
	if _, err := (indicators.LastDigit + 1).MarshalText(); !errors.Is(err, indicators.ErrParams) {
		t.Errorf("an unknown rule as text: %v, want ErrParams", err)
	}
}

// TestSeriesOrder: a series is in the order of its periods' ends, then
// their starts, a whole year counting as January at a start and December
// at an end.
func TestSeriesOrder(t *testing.T) {
	periods := []string{
		"2007", "as of 2006", "June 2007-2009", "2007-2009", "2008-2009", "January 2009-March 2009",
		"as of October 2010", "2010", "May 2010", "2008-October 2010", "as of 1000", "9999",
	}
	want := []string{
		"as of 1000", "as of 2006", "2007", "January 2009-March 2009", "2007-2009", "June 2007-2009", "2008-2009",
		"May 2010", "2008-October 2010", "as of October 2010", "2010", "9999",
	}
	var records []indicators.Record
	for i, p := range periods {
		records = append(records, indicators.Record{
			ID: fmt.Sprintf("x-%d", i), Description: "x", Unit: "projects", Period: indicators.MustParsePeriod(p),
			Value: dec("1"), Citation: iomstrategy.Para(59), Figure: "1", Quote: "1",
		})
	}
	s, err := indicators.NewSeries("x", records)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range s.Records {
		got = append(got, r.Period.String())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order mismatch (-want +got):\n%s", diff)
	}
}

func TestRecordEdges(t *testing.T) {
	r := indicators.Record{
		ID: strings.Repeat("a", 80), Description: "weeks", Unit: "weeks", Period: indicators.MustParsePeriod("2010"),
		Value: dec("2"), To: dec("3"), Qualifier: indicators.Range, Words: "to",
		Citation: iomstrategy.Para(72), Figure: "two- to three-week", Quote: "a two- to three-week workshop",
	}
	if err := r.Validate(); err != nil {
		t.Errorf("an id of 80 characters and a range: %v", err)
	}
	flat := r
	flat.To = dec("2")
	if err := flat.Validate(); !errors.Is(err, indicators.ErrValue) {
		t.Errorf("a range from 2 to 2: %v, want ErrValue", err)
	}
	// The first record of a dataset built in code is refused with line 0.
	_, err := indicators.NewDataset([]indicators.Record{flat})
	var de *indicators.DataError
	if !errors.As(err, &de) || de.Line != 0 || de.ID != flat.ID {
		t.Errorf("NewDataset of one bad record: %v", err)
	}
}

// TestZeroChange: a change of nothing has no sign.
func TestZeroChange(t *testing.T) {
	from, err := review(t).Record("staff-2009")
	if err != nil {
		t.Fatal(err)
	}
	to := from
	to.ID, to.Period = "staff-2011", indicators.MustParsePeriod("2011")
	c, err := indicators.Compare(from, to, indicators.ReviewParams())
	if err != nil {
		t.Fatal(err)
	}
	if want := "2009 to 2011 (2 years): 0 (0%), 0% a year; MC/INF/302, para. 9"; c.String() != want {
		t.Errorf("String() = %q, want %q", c.String(), want)
	}
}
