package strategy

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
)

func TestResolutionAdoption(t *testing.T) {
	a := ResolutionAdoption()
	src := iomstrategy.SourceText()
	// The Resolution's heading in the Annex, written out here by hand.
	for _, phrase := range []string{
		"RESOLUTION No. " + a.Resolution,
		"(Adopted by the Council at its 481st meeting on 7 June 2007)",
	} {
		if !strings.Contains(src, phrase) {
			t.Errorf("the source does not say %q", phrase)
		}
	}
	if a.Resolution != "1150 (XCIII)" || a.Meeting != 481 {
		t.Errorf("ResolutionAdoption() = %q at meeting %d, want 1150 (XCIII) at 481", a.Resolution, a.Meeting)
	}
	want := time.Date(2007, time.June, 7, 0, 0, 0, 0, time.UTC)
	if got := a.Date; !got.Equal(want) || got.Location() != time.UTC {
		t.Errorf("ResolutionAdoption().Date = %v, want %v", got, want)
	}
	quoteIn(t, "Resolution No. 1150 of 7 June 2007", iomstrategy.Para(1))
	if diff := cmp.Diff([]iomstrategy.Citation{iomstrategy.Doc(iomstrategy.Resolution1150), iomstrategy.Para(1)}, a.Citations); diff != "" {
		t.Errorf("ResolutionAdoption().Citations (-want +got):\n%s", diff)
	}
	// The library's dates start from the same day.
	if !Resolution1150Dates().StrategyAdopted.Equal(a.Date) {
		t.Errorf("Resolution1150Dates().StrategyAdopted = %v, want the adoption date", Resolution1150Dates().StrategyAdopted)
	}
}

// TestReviewDueDate: "To review the strategy in three years" (Resolution
// 1150 (XCIII), para. 5) after 7 June 2007 is 7 June 2010.
func TestReviewDueDate(t *testing.T) {
	quoteIn(t, "in three years", iomstrategy.ResolutionPara(5))
	quoteIn(t, "resolved to review the Strategy in three years", iomstrategy.Para(1))
	want := time.Date(2010, time.June, 7, 0, 0, 0, 0, time.UTC)
	if got := ReviewDueDate(); !got.Equal(want) {
		t.Errorf("ReviewDueDate() = %v, want %v", got, want)
	}
}

func TestOperativeParagraphs(t *testing.T) {
	got := OperativeParagraphs()
	if len(got) != 5 {
		t.Fatalf("OperativeParagraphs() has %d paragraphs, want 5", len(got))
	}
	for i, op := range got {
		if op.Citation != iomstrategy.ResolutionPara(i+1) || op.Citation.Number != i+1 {
			t.Errorf("paragraph %d: citation %v", i+1, op.Citation)
		}
		src, err := op.Citation.Text()
		if err != nil {
			t.Fatal(err)
		}
		if op.Quote != src {
			t.Errorf("%v differs from the source:\n got %q\nwant %q", op.Citation, op.Quote, src)
		}
	}
	// A sixth paragraph does not exist.
	if err := iomstrategy.ResolutionPara(6).Verify(); err == nil {
		t.Error("Resolution 1150 (XCIII), para. 6 verifies; the Resolution has five operative paragraphs")
	}
}

func TestImplementationConditions(t *testing.T) {
	tests := []struct {
		kind  ConditionKind
		quote string
	}{
		{LegalFramework, "within the legal framework provided by the Constitution and resolutions of IOM Governing Bodies"},
		{DueRegard, "the flexibility and project-oriented nature of IOM"},
		{DueRegard, "the need for a balanced view of priorities"},
		{DueRegard, "the financial resources made available"},
	}
	got := ImplementationConditions()
	if len(got) != len(tests) {
		t.Fatalf("ImplementationConditions() has %d conditions, want %d", len(got), len(tests))
	}
	for i, tt := range tests {
		c := got[i]
		if c.Kind != tt.kind || c.Quote != tt.quote || c.Citation != iomstrategy.ResolutionPara(3) {
			t.Errorf("condition %d = %+v, want %v %q (Resolution 1150 (XCIII), para. 3)", i, c, tt.kind, tt.quote)
		}
		quoteIn(t, c.Quote, c.Citation)
	}
	if LegalFramework.String() != "legal framework" || DueRegard.String() != "due regard" || ConditionKind(9).String() != "ConditionKind(9)" {
		t.Error("ConditionKind.String")
	}
}

func TestCheckReviewTiming(t *testing.T) {
	cet := time.FixedZone("CET", 3600)
	tests := []struct {
		name   string
		date   time.Time
		onTime bool
		days   int
	}{
		{"on adoption", time.Date(2007, 6, 7, 0, 0, 0, 0, time.UTC), true, 0},
		{"the day before the due date", time.Date(2010, 6, 6, 0, 0, 0, 0, time.UTC), true, 0},
		{"on the due date, late in the day", time.Date(2010, 6, 7, 23, 59, 0, 0, time.UTC), true, 0},
		{"on the due date in another zone", time.Date(2010, 6, 7, 0, 30, 0, 0, cet), true, 0},
		{"the day after", time.Date(2010, 6, 8, 0, 0, 0, 0, time.UTC), false, 1},
		// MC/INF/302 is dated 12 October 2010: 23 days of June, 31 of
		// July, 31 of August, 30 of September and 12 of October.
		{"MC/INF/302 (12 October 2010)", time.Date(2010, 10, 12, 0, 0, 0, 0, time.UTC), false, 23 + 31 + 31 + 30 + 12},
		{"a leap year later", time.Date(2012, 6, 7, 0, 0, 0, 0, time.UTC), false, 366 + 365},
		// 490 years of 365 days and 119 leap days (2012 to 2496, less
		// 2100, 2200 and 2300): beyond what a time.Duration holds.
		{"far future", time.Date(2500, 6, 7, 0, 0, 0, 0, time.UTC), false, 490*365 + 119},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := CheckReviewTiming(tt.date)
			if err != nil {
				t.Fatal(err)
			}
			if got.OnTime != tt.onTime || got.DaysAfterDue != tt.days {
				t.Errorf("CheckReviewTiming(%v) = on time %v, %d days after; want %v, %d", tt.date, got.OnTime, got.DaysAfterDue, tt.onTime, tt.days)
			}
			if !got.Due.Equal(ReviewDueDate()) || !strings.HasPrefix(got.Interpretation, "needs review") {
				t.Errorf("due %v, interpretation %q", got.Due, got.Interpretation)
			}
			if len(got.Citations) == 0 || got.Citations[0] != iomstrategy.ResolutionPara(5) {
				t.Errorf("citations %v, want Resolution 1150 (XCIII), para. 5 first", got.Citations)
			}
		})
	}
	if !strings.Contains(iomstrategy.SourceText(), "12 October 2010") {
		t.Error("the source is no longer dated 12 October 2010")
	}
}

func TestCheckReviewTimingRefusesZeroDate(t *testing.T) {
	got, err := CheckReviewTiming(time.Time{})
	var de *DateError
	if !errors.Is(err, ErrInvalidDate) || !errors.As(err, &de) || de.Field != "reviewed" {
		t.Fatalf("CheckReviewTiming(zero) error = %v, want a *DateError for \"reviewed\" wrapping ErrInvalidDate", err)
	}
	if !strings.Contains(err.Error(), "reviewed") {
		t.Errorf("error %q does not name the argument", err)
	}
	if diff := cmp.Diff(ReviewTiming{}, got); diff != "" {
		t.Errorf("a refused date yielded a partial result:\n%s", diff)
	}
}
