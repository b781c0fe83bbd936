package strategy

import (
	"errors"
	"fmt"
	"time"

	"github.com/policycode/iomstrategy"
)

// Adoption is the adoption of Resolution 1150 (XCIII), and with it of the
// Strategy: the resolution's number, the Council meeting and the day.
type Adoption struct {
	// Resolution is the number of the Council resolution that adopted the
	// Strategy: "1150 (XCIII)" (Resolution No. 1150 (XCIII)).
	Resolution string
	// Meeting is the Council meeting that adopted it: its 481st.
	Meeting int
	// Date is the day: 7 June 2007, a calendar date (midnight UTC, with no
	// time of day meant).
	Date time.Time
	// Citations are the sources of all three: the Resolution's own heading
	// ("Adopted by the Council at its 481st meeting on 7 June 2007") and
	// the Review ("Resolution No. 1150 of 7 June 2007", para. 1).
	Citations []iomstrategy.Citation
}

// ResolutionAdoption returns the adoption of Resolution 1150 (XCIII): by
// the Council at its 481st meeting on 7 June 2007.
func ResolutionAdoption() Adoption {
	return Adoption{
		Resolution: "1150 (XCIII)",
		Meeting:    481,
		Date:       adoptionDate(),
		Citations:  []iomstrategy.Citation{iomstrategy.Doc(iomstrategy.Resolution1150), iomstrategy.Para(1)},
	}
}

// adoptionDate is Adoption.Date.
func adoptionDate() time.Time { return time.Date(2007, time.June, 7, 0, 0, 0, 0, time.UTC) }

// reviewYears is the period after adoption in which the Council resolved
// to review the Strategy: "To review the strategy in three years"
// (Resolution 1150 (XCIII), para. 5; MC/INF/302, para. 1).
const reviewYears = 3

// ReviewDueDate returns the date the Council resolved to review the
// Strategy by, "in three years" (Resolution 1150 (XCIII), para. 5): three
// years after the adoption date, computed with AddDate (7 June 2010).
func ReviewDueDate() time.Time { return adoptionDate().AddDate(reviewYears, 0, 0) }

// OperativeParagraphs returns the five paragraphs the Council "Resolves"
// in Resolution 1150 (XCIII), verbatim, with the source's closing ";" or
// ".", each cited to its number (Citation.Number is 1 to 5): 1 thanks the
// Chairperson, 2 approves the Strategy, 3 sets the conditions of its
// implementation (see ImplementationConditions), 4 invites the Director
// General to report, and 5 resolves to review it in three years (see
// ReviewDueDate).
func OperativeParagraphs() []Statement {
	texts := [...]string{
		1: "To thank its Chairperson for her untiring efforts and skilful leadership having led to this successful outcome;",
		2: "To approve the IOM strategy, as contained in the Annex to document MC/2216 and MC/2216/Corr.1/Rev.1 attached hereto;",
		3: "To confirm that the strategy shall be implemented within the legal framework provided by the Constitution and resolutions of IOM Governing Bodies, with due regard given to: the flexibility and project-oriented nature of IOM; the need for a balanced view of priorities; and the financial resources made available;",
		4: "To invite the Director General to report, at the next session of the Council, on the Administration’s plan to implement the activities listed in the strategy;",
		5: "To review the strategy in three years.",
	}
	out := make([]Statement, 0, 5)
	for n := 1; n <= 5; n++ {
		out = append(out, Statement{Quote: texts[n], Citation: iomstrategy.ResolutionPara(n)})
	}
	return out
}

// ConditionKind tells a binding frame from a consideration to weigh.
type ConditionKind uint8

const (
	// LegalFramework is what the Strategy "shall be implemented within".
	LegalFramework ConditionKind = iota + 1
	// DueRegard is a consideration implementation gives "due regard" to.
	DueRegard
)

// String returns "legal framework" or "due regard".
func (k ConditionKind) String() string {
	switch k {
	case LegalFramework:
		return "legal framework"
	case DueRegard:
		return "due regard"
	}
	return fmt.Sprintf("ConditionKind(%d)", int(k))
}

// ImplementationCondition is one condition of paragraph 3 of Resolution
// 1150 (XCIII) on how the Strategy is implemented.
type ImplementationCondition struct {
	Kind     ConditionKind
	Quote    string // the words of paragraph 3
	Citation iomstrategy.Citation
}

// ImplementationConditions returns the conditions of paragraph 3 of
// Resolution 1150 (XCIII): the Strategy "shall be implemented within the
// legal framework provided by the Constitution and resolutions of IOM
// Governing Bodies" (LegalFramework), "with due regard given to" three
// considerations (DueRegard): the flexibility and project-oriented nature
// of IOM, the need for a balanced view of priorities, and the financial
// resources made available.
//
// They are values to cite and show, not tests the library runs: the text
// gives no measure of flexibility, balance or resources.
func ImplementationConditions() []ImplementationCondition {
	c := iomstrategy.ResolutionPara(3)
	return []ImplementationCondition{
		{LegalFramework, "within the legal framework provided by the Constitution and resolutions of IOM Governing Bodies", c},
		{DueRegard, "the flexibility and project-oriented nature of IOM", c},
		{DueRegard, "the need for a balanced view of priorities", c},
		{DueRegard, "the financial resources made available", c},
	}
}

// ErrInvalidDate is the sentinel for a date the library cannot place: the
// zero time.Time, which stands for no date. Functions that take a date wrap
// it in a *DateError.
var ErrInvalidDate = errors.New("invalid date")

// DateError reports a date a function refused, naming the argument.
type DateError struct {
	Field string    // the argument or option, e.g. "date" or "GovernanceDates.AmendmentsInForce"
	Date  time.Time // the refused value
	Err   error     // ErrInvalidDate, or ErrInvalidCalendar for a calendar
}

func (e *DateError) Error() string {
	if e.Date.IsZero() {
		return fmt.Sprintf("%v: %s is the zero time (no date given)", e.Err, e.Field)
	}
	return fmt.Sprintf("%v: %s %s", e.Err, e.Field, e.Date.Format(time.DateOnly))
}

func (e *DateError) Unwrap() error { return e.Err }

// ReviewTiming is where a review of the Strategy falls against the due date
// of paragraph 5.
type ReviewTiming struct {
	Reviewed time.Time // the date given, as a calendar date (midnight UTC)
	Due      time.Time // ReviewDueDate
	// OnTime is true when Reviewed is on or before Due.
	OnTime bool
	// DaysAfterDue is the number of days from Due to Reviewed when it is
	// later; 0 when OnTime.
	DaysAfterDue int
	Citations    []iomstrategy.Citation
	// Interpretation says how the library reads "in three years"; it is
	// never empty, because the text is open to more than one reading.
	Interpretation string
}

// reviewInterpretation is the library's reading of "To review the strategy
// in three years".
const reviewInterpretation = "needs review: the library reads \"in three years\" (Resolution 1150 (XCIII), para. 5) as " +
	"\"by the third anniversary of adoption\"; the text could also mean \"during the third year\" or " +
	"\"at the Council session after three years\""

// CheckReviewTiming compares the date of a review with the due date of
// paragraph 5. It is a pure function of its argument: the calendar date of
// reviewed (read in reviewed's own location) is compared with ReviewDueDate.
// MC/INF/302 itself is dated 12 October 2010, 127 days after the due date
// of 7 June 2010; CheckReviewTiming does not hold that against the Review,
// it only reports it.
//
// The zero time is refused with a *DateError wrapping ErrInvalidDate.
func CheckReviewTiming(reviewed time.Time) (ReviewTiming, error) {
	if reviewed.IsZero() {
		return ReviewTiming{}, &DateError{Field: "reviewed", Date: reviewed, Err: ErrInvalidDate}
	}
	day := calendarDate(reviewed)
	due := ReviewDueDate()
	t := ReviewTiming{
		Reviewed:       day,
		Due:            due,
		OnTime:         !day.After(due),
		Citations:      []iomstrategy.Citation{iomstrategy.ResolutionPara(5), iomstrategy.Para(1)},
		Interpretation: reviewInterpretation,
	}
	if !t.OnTime {
		t.DaysAfterDue = int((day.Unix() - due.Unix()) / secondsPerDay)
	}
	return t, nil
}

const secondsPerDay = 24 * 60 * 60

// calendarDate returns the calendar date of t, read in t's own location, as
// midnight UTC, so that dates compare by day whatever the zone.
func calendarDate(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
