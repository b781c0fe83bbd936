package facility1035

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
)

// The edges mutation testing found no test for: each case would pass with
// the rule's comparison off by one or turned round.

// TestNoRulesFirstYearEdge: a year before the Facility's first year says
// so; the first year itself is no earlier year (Part III, bullet 1,
// "starting in 2008").
func TestNoRulesFirstYearEdge(t *testing.T) {
	for _, tt := range []struct {
		err  NoRulesError
		want string
	}{
		{NoRulesError{Year: 2007, FirstYear: 2008, Covered: []Years{{2009, 2018}}},
			"no 1035 Facility rules in force for 2007 (the expanded Facility starts in 2008): the rules cover 2009-2018"},
		{NoRulesError{Year: 2008, FirstYear: 2008, Covered: []Years{{2009, 2018}}},
			"no 1035 Facility rules in force for 2008: the rules cover 2009-2018"},
	} {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

// TestScheduleReportsEarliestFirstYear: a schedule names the earliest first
// year of its sets, whatever their order.
func TestScheduleReportsEarliestFirstYear(t *testing.T) {
	later := schedSet("later rules", 2020, 2021)
	later.FirstYear.Value = 2020
	_, err := Schedule{later, Resolution1150()}.For(2005)
	var nr *NoRulesError
	if !errors.As(err, &nr) || nr.FirstYear != 2008 {
		t.Fatalf("For(2005) = %v; want a *NoRulesError naming 2008, the earliest first year", err)
	}
}

// TestNewScheduleNamesTheSet: the error names the refused set by its place
// in the list, from 1.
func TestNewScheduleNamesTheSet(t *testing.T) {
	bad := schedSet("bad", 2020, 2021)
	bad.Name = ""
	_, err := NewSchedule(Resolution1150(), bad)
	if err == nil || !strings.HasPrefix(err.Error(), `parameter set 2 (""): `) || !errors.Is(err, iomstrategy.ErrMissing) {
		t.Errorf("NewSchedule = %v; want the second set named, its name missing", err)
	}
}

// TestWithPeriodKeepsASuccessorOnTheEdge: a successor whose year is the
// first or the last of the new period stays; one outside goes.
func TestWithPeriodKeepsASuccessorOnTheEdge(t *testing.T) {
	for _, tt := range []struct {
		from, through, want int
	}{
		{2018, 2025, 2018}, {2008, 2018, 2018}, {2019, 2025, 0}, {2008, 2017, 0},
	} {
		if got := Resolution1150().WithPeriod(tt.from, tt.through).Successor.Value; got != tt.want {
			t.Errorf("WithPeriod(%d, %d) successor %d, want %d", tt.from, tt.through, got, tt.want)
		}
	}
}

// TestYearZeroIsAYear: a parameter file's years run from 0 to 9999, both included.
func TestYearZeroIsAYear(t *testing.T) {
	p, err := ParseParams([]byte(strings.Replace(builtinJSON, `"from": 2008`, `"from": 0`, 1)))
	if err != nil || p.From != 0 {
		t.Fatalf("from 0: %+v, %v", p.From, err)
	}
	p, err = ParseParams([]byte(strings.Replace(builtinJSON, `"through": 2018`, `"through": 9999`, 1)))
	if err != nil || p.Through != 9999 {
		t.Fatalf("through 9999: %+v, %v", p.Through, err)
	}
	if _, err = ParseParams([]byte(strings.Replace(builtinJSON, `"through": 2018`, `"through": 10000`, 1))); !errors.Is(err, ErrInvalidParams) {
		t.Fatalf("through 10000: %v, want ErrInvalidParams", err)
	}
}

// TestLongValuesAreShortened: a refused value is shown whole up to 40
// characters, then cut.
func TestLongValuesAreShortened(t *testing.T) {
	for _, tt := range []struct{ given, shown string }{
		{strings.Repeat("9", 40), strings.Repeat("9", 40)},
		{strings.Repeat("9", 41), strings.Repeat("9", 40) + "..."},
	} {
		_, err := ParseParams([]byte(strings.Replace(builtinJSON, `"from": 2008`, `"from": `+tt.given, 1)))
		var ie *InputError
		if !errors.As(err, &ie) || ie.Field != "from" || ie.Value != tt.shown {
			t.Errorf("from %s: %v; want the value shown as %q", tt.given, err, tt.shown)
		}
	}
}

// TestDeclarationStringOutOfRange: a declaration the package does not know
// names itself, as the other types do.
func TestDeclarationStringOutOfRange(t *testing.T) {
	if got := Article4Declaration(3).String(); got != "Article4Declaration(3)" {
		t.Errorf("Article4Declaration(3).String() = %q", got)
	}
}

// TestExplainWithoutInterpretations: an explanation says nothing of
// interpretations when the allocation rests on none (the zero Allocation).
func TestExplainWithoutInterpretations(t *testing.T) {
	got := Allocation{Rules: "none"}.Explain()
	want := "Expanded 1035 Facility, 0, under none (0)\nLine 1 USD 0.00, Line 2 USD 0.00, total USD 0.00; total available USD 0.00.\n"
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Explain (-want +got):\n%s", d)
	}
}
