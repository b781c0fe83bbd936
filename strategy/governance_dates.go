package strategy

import (
	"errors"
	"fmt"
	"time"

	"github.com/policycode/iomstrategy"
)

// ErrInvalidCalendar is the sentinel for a GovernanceDates whose dates are
// missing or out of order. It is wrapped in a *DateError naming the field.
var ErrInvalidCalendar = errors.New("invalid governance dates")

// GovernanceDates are the dates on which the bodies of Part II start and
// end. Only the calendar date of each field counts. DefaultGovernanceDates
// holds the library's reading; a caller who reads the sources otherwise
// changes a field. The zero GovernanceDates is not usable: every method
// refuses it with ErrInvalidCalendar.
type GovernanceDates struct {
	// StrategyAdopted is the adoption of Resolution 1150 (XCIII): 7 June
	// 2007. Before it the Strategy Document's rules do not apply.
	StrategyAdopted time.Time
	// SCPFEstablished is the first day the SCPF exists. Part II, para. 1
	// says "To set up immediately ... by way of Council resolution"; the
	// source gives no date for that resolution, and the library reads
	// "immediately" as the adoption date of Resolution 1150 (XCIII).
	SCPFEstablished time.Time
	// SCPFDissolved, if not zero, is the first day the SCPF no longer
	// exists. The source gives the SCPF no end, so the default is zero: it
	// exists on every date from SCPFEstablished.
	SCPFDissolved time.Time
	// SubcommitteeAbolished is the first day the Subcommittee on Budget and
	// Finance no longer exists. Part II, para. 2 abolishes it without a
	// date; the library reads it as the adoption date, the day the SCPF
	// that replaced it (MC/INF/302, para. 10) is set up.
	SubcommitteeAbolished time.Time
	// AmendmentsInForce is the entry into force of the 1998 amendments to
	// the Constitution (Resolution 997 (LXXVI)), 21 November 2013
	// (external-facts.md). From that day the Executive Committee no longer
	// exists.
	AmendmentsInForce time.Time
}

// AmendmentsInForceDate returns the day the 1998 amendments to the
// Constitution entered into force: 21 November 2013 (Resolution 997
// (LXXVI), as recorded in external-facts.md).
func AmendmentsInForceDate() time.Time {
	return time.Date(2013, time.November, 21, 0, 0, 0, 0, time.UTC)
}

// DefaultGovernanceDates returns the library's dates: the Strategy adopted,
// the SCPF set up and the Subcommittee abolished on 7 June 2007 (the
// library's reading of "set up immediately" and of the undated abolition),
// the SCPF without an end, and the 1998 amendments in force on 21 November
// 2013.
func DefaultGovernanceDates() GovernanceDates {
	adopted := AdoptionDate()
	return GovernanceDates{
		StrategyAdopted:       adopted,
		SCPFEstablished:       adopted,
		SubcommitteeAbolished: adopted,
		AmendmentsInForce:     AmendmentsInForceDate(),
	}
}

// Validate checks that the dates are given and in order: the SCPF set up
// and the Subcommittee abolished on or after the adoption of the Strategy
// (Part II is what sets up the one and abolishes the other), the SCPF's end
// (if any) after its start, and the amendments in force after the adoption
// (Part II speaks of them as not yet in force). The error is a *DateError
// wrapping ErrInvalidCalendar and naming the field.
func (g GovernanceDates) Validate() error {
	bad := func(field string, d time.Time) error {
		return &DateError{Field: "GovernanceDates." + field, Date: d, Err: ErrInvalidCalendar}
	}
	switch {
	case g.StrategyAdopted.IsZero():
		return bad("StrategyAdopted", g.StrategyAdopted)
	case g.SCPFEstablished.IsZero():
		return bad("SCPFEstablished", g.SCPFEstablished)
	case g.SubcommitteeAbolished.IsZero():
		return bad("SubcommitteeAbolished", g.SubcommitteeAbolished)
	case g.AmendmentsInForce.IsZero():
		return bad("AmendmentsInForce", g.AmendmentsInForce)
	}
	adopted := calendarDate(g.StrategyAdopted)
	switch {
	case calendarDate(g.SCPFEstablished).Before(adopted):
		return bad("SCPFEstablished", g.SCPFEstablished)
	case calendarDate(g.SubcommitteeAbolished).Before(adopted):
		return bad("SubcommitteeAbolished", g.SubcommitteeAbolished)
	case !calendarDate(g.AmendmentsInForce).After(adopted):
		return bad("AmendmentsInForce", g.AmendmentsInForce)
	case !g.SCPFDissolved.IsZero() && !calendarDate(g.SCPFDissolved).After(calendarDate(g.SCPFEstablished)):
		return bad("SCPFDissolved", g.SCPFDissolved)
	}
	return nil
}

// Period is a stretch of time in which the same rules of Part II hold.
type Period uint8

// The three periods, split at StrategyAdopted and AmendmentsInForce.
const (
	// BeforeStrategy is before 7 June 2007: Resolution 1150 (XCIII) is not
	// yet adopted.
	BeforeStrategy Period = iota + 1
	// StreamlinedGovernance is from 7 June 2007 to the day before 21
	// November 2013: "A streamlined governance structure should be in place
	// until such time as the aforementioned amendments enter into force".
	StreamlinedGovernance
	// AfterAmendments is from 21 November 2013: the 1998 amendments are in
	// force and the Executive Committee is gone.
	AfterAmendments
)

// String returns "before the Strategy", "streamlined governance" or "after
// the 1998 amendments".
func (p Period) String() string {
	switch p {
	case BeforeStrategy:
		return "before the Strategy"
	case StreamlinedGovernance:
		return "streamlined governance"
	case AfterAmendments:
		return "after the 1998 amendments"
	}
	return fmt.Sprintf("Period(%d)", int(p))
}

// checkDate refuses invalid dates and calendars and returns the date as a
// calendar date.
func (g GovernanceDates) checkDate(date time.Time) (time.Time, error) {
	if err := g.Validate(); err != nil {
		return time.Time{}, err
	}
	if date.IsZero() {
		return time.Time{}, &DateError{Field: "date", Date: date, Err: ErrInvalidDate}
	}
	return calendarDate(date), nil
}

// PeriodOn returns the period date falls in. Only date's calendar date (in
// its own location) counts: 7 June 2007 is in StreamlinedGovernance, 20
// November 2013 too, 21 November 2013 in AfterAmendments.
func (g GovernanceDates) PeriodOn(date time.Time) (Period, error) {
	d, err := g.checkDate(date)
	if err != nil {
		return 0, err
	}
	switch {
	case d.Before(calendarDate(g.StrategyAdopted)):
		return BeforeStrategy, nil
	case d.Before(calendarDate(g.AmendmentsInForce)):
		return StreamlinedGovernance, nil
	}
	return AfterAmendments, nil
}

// Standing is a body as it stands on a date.
type Standing struct {
	Body     Body
	Name     string
	Role     string
	Citation iomstrategy.Citation
	// Formal is Body.Formal: whether the library counts it as a formal
	// governing body.
	Formal bool
	// Interpretation is non-empty where the body's existence on the date
	// rests on a reading of the library's, not on the text: it names the
	// GovernanceDates field that changes it.
	Interpretation string
}

// exists reports whether b exists on the calendar date d, and the
// interpretation that answer rests on ("" when the text settles it).
func (g GovernanceDates) exists(b Body, d time.Time) (bool, string) {
	adopted := calendarDate(g.StrategyAdopted)
	switch b {
	case Council:
		return true, ""
	case ExecutiveCommittee:
		return d.Before(calendarDate(g.AmendmentsInForce)), ""
	case SCPF:
		if d.Before(calendarDate(g.SCPFEstablished)) {
			return false, ""
		}
		if !g.SCPFDissolved.IsZero() && !d.Before(calendarDate(g.SCPFDissolved)) {
			return false, ""
		}
		return true, scpfExistenceNote(g, d)
	case SubcommitteeOnBudgetAndFinance:
		if d.Before(calendarDate(g.SubcommitteeAbolished)) {
			if !d.Before(adopted) {
				return true, "needs review: the Subcommittee is abolished by Part II, para. 2 without a date; GovernanceDates.SubcommitteeAbolished places it"
			}
			return true, ""
		}
		return false, ""
	case InformalConsultations:
		return true, ""
	}
	return false, ""
}

// SCPFFirstRecordedSession is the earliest SCPF session on record in the
// library's sources: the 3rd session, 4-5 November 2008 (external-facts.md).
// From that day the SCPF's existence is a recorded fact, not a reading.
func SCPFFirstRecordedSession() time.Time {
	return time.Date(2008, time.November, 4, 0, 0, 0, 0, time.UTC)
}

// scpfExistenceNote is the interpretation the SCPF's existence on d rests
// on, or "".
func scpfExistenceNote(g GovernanceDates, d time.Time) string {
	if !d.Before(calendarDate(g.AmendmentsInForce)) {
		return "needs review: the source gives the SCPF no end; the library keeps it after the 1998 amendments (GovernanceDates.SCPFDissolved changes this)"
	}
	if d.Before(SCPFFirstRecordedSession()) {
		return "needs review: Part II, para. 1 says \"set up immediately\" without a date; the library reads it as GovernanceDates.SCPFEstablished, by default the adoption date of Resolution 1150 (XCIII)"
	}
	return ""
}

// BodiesOn returns the bodies that exist on date, in the order of Bodies:
//
//   - before 7 June 2007: the Council, the Executive Committee, the
//     Subcommittee on Budget and Finance and informal consultations;
//   - from 7 June 2007 to 20 November 2013: the Council, the Executive
//     Committee, the SCPF and informal consultations;
//   - from 21 November 2013: the Council, the SCPF and informal
//     consultations.
//
// with the default dates. The SCPF's start and the Subcommittee's end are
// the library's reading (see GovernanceDates); a Standing that rests on
// such a reading says so in its Interpretation. Informal consultations are
// listed on every date: Part II gives them a place in the framework and no
// start or end.
//
// A zero date is refused with a *DateError wrapping ErrInvalidDate; bad
// GovernanceDates with one wrapping ErrInvalidCalendar.
func (g GovernanceDates) BodiesOn(date time.Time) ([]Standing, error) {
	d, err := g.checkDate(date)
	if err != nil {
		return nil, err
	}
	var out []Standing
	for _, b := range Bodies() {
		ok, note := g.exists(b, d)
		if !ok {
			continue
		}
		out = append(out, Standing{
			Body: b, Name: b.String(), Role: b.Role(), Citation: b.Citation(),
			Formal: b.Formal(), Interpretation: note,
		})
	}
	return out, nil
}

// Exists reports whether b exists on date. An invalid body is an error
// wrapping ErrUnknownBody; dates are checked as by BodiesOn.
func (g GovernanceDates) Exists(b Body, date time.Time) (bool, error) {
	if !b.Valid() {
		return false, fmt.Errorf("%w: Body(%d)", ErrUnknownBody, int(b))
	}
	d, err := g.checkDate(date)
	if err != nil {
		return false, err
	}
	ok, _ := g.exists(b, d)
	return ok, nil
}

// Ruling is the library's answer to a yes-or-no question about the
// governing bodies, with its reasons and sources.
type Ruling struct {
	Allowed   bool
	Reason    string
	Citations []iomstrategy.Citation
	// Interpretation is non-empty where the text is silent and the answer
	// is the library's reading; it starts with "needs review".
	Interpretation string
}

// NeedsReview reports whether the ruling rests on an interpretation.
func (r Ruling) NeedsReview() bool { return r.Interpretation != "" }

// FormalDecision rules whether body b may take a formal decision on date.
// Part II: the Council is "the principal governing body for policy,
// strategy and governance discussions and decisions"; informal
// consultations "complement formal governing bodies, which is where formal
// decisions should be taken", so they may not. A body that does not exist
// on date may not. The Executive Committee, the SCPF (within its terms of
// reference) and the Subcommittee are formal bodies by the library's
// reading: the text does not list the formal governing bodies, so their
// rulings carry an Interpretation.
func (g GovernanceDates) FormalDecision(b Body, date time.Time) (Ruling, error) {
	ok, err := g.Exists(b, date)
	if err != nil {
		return Ruling{}, err
	}
	d := calendarDate(date)
	partII := iomstrategy.PartOpening(iomstrategy.PartII)
	if !ok {
		return Ruling{
			Allowed:   false,
			Reason:    fmt.Sprintf("the %s does not exist on %s", b, d.Format(time.DateOnly)),
			Citations: b.Citations(),
		}, nil
	}
	switch b {
	case Council:
		return Ruling{
			Allowed:   true,
			Reason:    "the Council remains the principal governing body for policy, strategy and governance discussions and decisions",
			Citations: []iomstrategy.Citation{partII},
		}, nil
	case InformalConsultations:
		return Ruling{
			Allowed:   false,
			Reason:    "informal consultations complement formal governing bodies, which is where formal decisions should be taken",
			Citations: []iomstrategy.Citation{partII},
		}, nil
	case SCPF:
		return Ruling{
			Allowed: true,
			Reason:  "the SCPF is set up by Council resolution with terms of reference and Rules of Procedure approved by the Council; it may take such action as may be deemed necessary on matters the Council refers to it",
			Citations: []iomstrategy.Citation{iomstrategy.PartIIPara(1), iomstrategy.TermOfReference('c'),
				iomstrategy.TermOfReference('h'), iomstrategy.PartIIPara(4)},
			Interpretation: "needs review: Part II does not list the formal governing bodies; the library counts the SCPF as one, within its terms of reference, and notes that under (h) it transmits reports and recommendations to the Council",
		}, nil
	}
	// ExecutiveCommittee, SubcommitteeOnBudgetAndFinance.
	return Ruling{
		Allowed:        true,
		Reason:         fmt.Sprintf("the %s is a formal body of the Organization on %s", b, d.Format(time.DateOnly)),
		Citations:      b.Citations(),
		Interpretation: fmt.Sprintf("needs review: Part II does not list the formal governing bodies; the library counts the %s as one while it exists", b),
	}, nil
}

// EnlargementAllowed rules whether the Executive Committee may be enlarged
// (or reinforced) on date:
//
//   - from 7 June 2007 until the 1998 amendments enter into force: no,
//     "The Executive Committee should not be reinforced or enlarged pending
//     its ultimate disappearance" (Part II, opening paragraph); the library
//     reads "should not" as a bar;
//   - from 21 November 2013: no, the Executive Committee no longer exists;
//   - before 7 June 2007: the Strategy Document sets no bar, and the
//     library models no other rule, so the answer is yes with an
//     Interpretation saying so.
func (g GovernanceDates) EnlargementAllowed(date time.Time) (Ruling, error) {
	period, err := g.PeriodOn(date)
	if err != nil {
		return Ruling{}, err
	}
	partII := iomstrategy.PartOpening(iomstrategy.PartII)
	switch period {
	case BeforeStrategy:
		return Ruling{
			Allowed:        true,
			Reason:         "Resolution 1150 (XCIII) is not yet adopted: the bar of Part II does not apply",
			Citations:      []iomstrategy.Citation{partII, iomstrategy.Doc(iomstrategy.Resolution1150)},
			Interpretation: "needs review: the library models no rule on the Executive Committee's size before the Strategy; the Constitution may restrict it",
		}, nil
	case StreamlinedGovernance:
		return Ruling{
			Allowed:   false,
			Reason:    "the Executive Committee should not be reinforced or enlarged pending its ultimate disappearance once the 1998 Amendments to the Constitution enter into force",
			Citations: []iomstrategy.Citation{partII},
		}, nil
	}
	return Ruling{
		Allowed:   false,
		Reason:    "the Executive Committee no longer exists: the 1998 amendments to the Constitution, which abolish it, are in force",
		Citations: []iomstrategy.Citation{partII, iomstrategy.Doc(iomstrategy.Resolution997)},
	}, nil
}

// BodiesOn returns the bodies that exist on date with
// DefaultGovernanceDates; see GovernanceDates.BodiesOn.
func BodiesOn(date time.Time) ([]Standing, error) { return DefaultGovernanceDates().BodiesOn(date) }

// PeriodOn returns the period of date with DefaultGovernanceDates.
func PeriodOn(date time.Time) (Period, error) { return DefaultGovernanceDates().PeriodOn(date) }

// FormalDecision rules on b with DefaultGovernanceDates; see
// GovernanceDates.FormalDecision.
func FormalDecision(b Body, date time.Time) (Ruling, error) {
	return DefaultGovernanceDates().FormalDecision(b, date)
}

// EnlargementAllowed rules on the Executive Committee with
// DefaultGovernanceDates; see GovernanceDates.EnlargementAllowed.
func EnlargementAllowed(date time.Time) (Ruling, error) {
	return DefaultGovernanceDates().EnlargementAllowed(date)
}
