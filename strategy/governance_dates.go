package strategy

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/policycode/iomstrategy"
)

// ErrInvalidCalendar is the sentinel for a GovernanceDates whose dates are
// missing or out of order. It is wrapped in a *DateError naming the field.
var ErrInvalidCalendar = errors.New("invalid governance dates")

// GovernanceDates are the dates on which the bodies of Part II start and
// end. Only the calendar date of each field counts. Resolution1150Dates
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

// Resolution1150Dates returns the library's dates, read from Resolution
// 1150 (XCIII) and the facts it relies on: the Strategy adopted, the SCPF
// set up and the Subcommittee abolished on 7 June 2007 (the library's
// reading of "set up immediately" and of the undated abolition), the SCPF
// without an end, and the 1998 amendments in force on 21 November 2013
// (Resolution 997 (LXXVI), as recorded in external-facts.md).
func Resolution1150Dates() GovernanceDates {
	adopted := adoptionDate()
	return GovernanceDates{
		StrategyAdopted:       adopted,
		SCPFEstablished:       adopted,
		SubcommitteeAbolished: adopted,
		AmendmentsInForce:     time.Date(2013, time.November, 21, 0, 0, 0, 0, time.UTC),
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

// Era is a stretch of time in which the same rules of Part II hold.
type Era uint8

// The three eras, split at StrategyAdopted and AmendmentsInForce.
const (
	// BeforeStrategy is before 7 June 2007: Resolution 1150 (XCIII) is not
	// yet adopted.
	BeforeStrategy Era = iota + 1
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
func (e Era) String() string {
	switch e {
	case BeforeStrategy:
		return "before the Strategy"
	case StreamlinedGovernance:
		return "streamlined governance"
	case AfterAmendments:
		return "after the 1998 amendments"
	}
	return fmt.Sprintf("Era(%d)", int(e))
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

// EraOn returns the era date falls in. Only date's calendar date (in its
// own location) counts: 7 June 2007 is in StreamlinedGovernance, 20
// November 2013 too, 21 November 2013 in AfterAmendments.
func (g GovernanceDates) EraOn(date time.Time) (Era, error) {
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

// Standing is a body as it stands on a date, described by what governed
// on that date.
type Standing struct {
	Body Body
	Name string
	// Role is what governed on the date says of the body. From the adoption
	// of the Strategy it is Part II's description (Body.Role), except for a
	// Subcommittee kept after that day by GovernanceDates, which is
	// described as awaiting the abolition Part II, para. 2 decides. Before
	// the Strategy it says the role is not modelled ("not modelled: no
	// source the library holds states the body's role before the
	// Strategy ..."): the library holds no source for the roles then, and
	// never gives the 2007 wording for them.
	Role string
	// Citations are every source the standing rests on: those of the role
	// (all of Body.Citations from the adoption of the Strategy) and, before
	// it, the sources that show the body existed then.
	Citations []iomstrategy.Citation
	// Formal is Body.Formal: whether the library counts it as a formal
	// governing body.
	Formal bool
	// Interpretation is non-empty where the body's existence on the date
	// rests on a reading of the library's, not on the text. It starts
	// "needs review (code)", gives the words the reading rests on and the
	// library's default, and names the option that changes it (a
	// GovernanceDates field, or none).
	Interpretation string
}

// roleNotModelled is a Standing's Role before the Strategy: the library's
// sources state no role of any body before 7 June 2007, and Part II's words
// describe the bodies only from then.
const roleNotModelled = "not modelled: no source the library holds states the body's role before the Strategy (Resolution 1150 (XCIII) of 7 June 2007)"

// needsReview writes an interpretation: its code, then what it rests on,
// the default and the option.
func needsReview(code, text string) string { return "needs review (" + code + "): " + text }

// existedBefore is what the library's sources say of a body before the
// Strategy: not its role, only that it existed then. Quote stands in
// Citation.
var existedBefore = [numBodies]Statement{
	Council:                        {Quote: "Adopted by Council Resolution No. 997 (LXXVI), 421st meeting, 24 November 1998", Citation: iomstrategy.Doc(iomstrategy.Resolution997)},
	ExecutiveCommittee:             {Quote: "They abolish the Executive Committee", Citation: iomstrategy.Doc(iomstrategy.Resolution997)},
	SubcommitteeOnBudgetAndFinance: {Quote: "The former Sub-Committee on Budget and Finance", Citation: iomstrategy.Para(10)},
	InformalConsultations:          {Quote: "through a process of informal consultations", Citation: iomstrategy.Para(48)}, // the IDM, "Launched in 2001"
}

// theBody is the body's name as a sentence writes it: "the Council",
// "informal consultations".
func theBody(b Body) string {
	if b == InformalConsultations {
		return b.String()
	}
	return "the " + b.String()
}

// standing returns b as it stands on the calendar date d, and whether it
// exists then.
func (g GovernanceDates) standing(b Body, d time.Time) (Standing, bool) {
	adopted := calendarDate(g.StrategyAdopted)
	s := Standing{Body: b, Name: b.String(), Role: b.Role(), Citations: b.Citations(), Formal: b.Formal()}
	if d.Before(adopted) {
		if b == SCPF {
			return Standing{}, false
		}
		src := existedBefore[b]
		s.Role, s.Citations = roleNotModelled, []iomstrategy.Citation{src.Citation}
		s.Interpretation = needsReview("existence-before-strategy", fmt.Sprintf(
			"the library's sources give %s no start; it is listed on every date before the Strategy of %s on the strength of %s: %q; option: none",
			theBody(b), adopted.Format(time.DateOnly), src.Citation, src.Quote))
		return s, true
	}
	switch b {
	case ExecutiveCommittee:
		return s, d.Before(calendarDate(g.AmendmentsInForce))
	case SCPF:
		if d.Before(calendarDate(g.SCPFEstablished)) {
			return Standing{}, false
		}
		if !g.SCPFDissolved.IsZero() && !d.Before(calendarDate(g.SCPFDissolved)) {
			return Standing{}, false
		}
		s.Interpretation = g.scpfExistenceNote(d)
	case SubcommitteeOnBudgetAndFinance:
		abolished := calendarDate(g.SubcommitteeAbolished)
		if !d.Before(abolished) {
			return Standing{}, false
		}
		s.Role = fmt.Sprintf("Part II, para. 2 decides its abolition, which the library places on %s; until then it stands, and the Standing Committee on Programmes and Finance then replaces it",
			abolished.Format(time.DateOnly))
		s.Interpretation = g.abolitionNote()
	}
	return s, true
}

// abolitionNote is the interpretation the Subcommittee's end rests on.
func (g GovernanceDates) abolitionNote() string {
	return needsReview("subcommittee-abolition-date", fmt.Sprintf(
		"Part II, para. 2 says \"To abolish the Subcommittee on Budget and Finance\" without a date; the library ends it on %s, by default the adoption of Resolution 1150 (XCIII), the day the SCPF that replaced it (MC/INF/302, para. 10) is set up; option: GovernanceDates.SubcommitteeAbolished",
		calendarDate(g.SubcommitteeAbolished).Format(time.DateOnly)))
}

// scpfFirstRecordedSession is Mandate.FirstRecordedSession: the SCPF's 3rd
// session, 4-5 November 2008 (external-facts.md).
func scpfFirstRecordedSession() time.Time {
	return time.Date(2008, time.November, 4, 0, 0, 0, 0, time.UTC)
}

// scpfExistenceNote is the interpretation the SCPF's existence on d rests
// on, or "".
func (g GovernanceDates) scpfExistenceNote(d time.Time) string {
	if !d.Before(calendarDate(g.AmendmentsInForce)) {
		return needsReview("scpf-no-end", "the source gives the SCPF no end; the library keeps it after the 1998 amendments; option: GovernanceDates.SCPFDissolved")
	}
	if d.Before(scpfFirstRecordedSession()) {
		return g.setUpNote()
	}
	return ""
}

// setUpNote is the interpretation the SCPF's start rests on.
func (g GovernanceDates) setUpNote() string {
	return needsReview("scpf-set-up-immediately", fmt.Sprintf(
		"Part II, para. 1 says \"To set up immediately\" without a date; the library sets the SCPF up on %s, by default the adoption of Resolution 1150 (XCIII), and it is on record from its 3rd session (4 November 2008); option: GovernanceDates.SCPFEstablished",
		calendarDate(g.SCPFEstablished).Format(time.DateOnly)))
}

// BodiesOn returns the bodies that exist on date, in the order of Bodies,
// each described and cited by what governed on that date. With the default
// dates:
//
//   - before 7 June 2007: the Council, the Executive Committee, the
//     Subcommittee on Budget and Finance and informal consultations. Their
//     Role says it is not modelled, and each is cited to a source that
//     shows it existed then: Resolution 997 (LXXVI) of 1998 for the Council
//     and the Executive Committee, MC/INF/302, para. 10 ("The former
//     Sub-Committee") and para. 48 (informal consultations in the
//     International Dialogue on Migration from 2001). None is cited to the
//     Strategy, which did not yet exist, and each carries the
//     interpretation that it is listed on every date before it;
//   - from 7 June 2007 to 20 November 2013: the Council, the Executive
//     Committee, the SCPF and informal consultations, described and cited
//     by Part II (the SCPF by its paras 1, 3 and 4);
//   - from 21 November 2013: the Council, the SCPF and informal
//     consultations, still described by Part II; the Executive Committee
//     is gone under the amended Constitution (Resolution 997 (LXXVI)).
//
// The SCPF's start and end and the Subcommittee's end are the library's
// reading (see GovernanceDates); a Standing that rests on such a reading
// says so in its Interpretation. Informal consultations are listed on every
// date: Part II gives them a place in the framework and no start or end.
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
		if s, ok := g.standing(b, d); ok {
			out = append(out, s)
		}
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
	_, ok := g.standing(b, d)
	return ok, nil
}

// Ruling is the library's answer to a yes-or-no question about the
// governing bodies, with its reasons and sources.
type Ruling struct {
	Allowed   bool
	Reason    string
	Citations []iomstrategy.Citation
	// Interpretation is non-empty where the text is silent and the answer
	// is the library's reading: one or more notes, each starting "needs
	// review (code)", joined by "; ".
	Interpretation string
}

// NeedsReview reports whether the ruling rests on an interpretation.
func (r Ruling) NeedsReview() bool { return r.Interpretation != "" }

// joinNotes joins interpretations, leaving out empty ones.
func joinNotes(notes ...string) string {
	var kept []string
	for _, n := range notes {
		if n != "" {
			kept = append(kept, n)
		}
	}
	return strings.Join(kept, "; ")
}

// FormalDecision rules whether body b may take a formal decision on date.
//
// From the adoption of the Strategy, Part II governs: the Council is "the
// principal governing body for policy, strategy and governance discussions
// and decisions"; informal consultations "complement formal governing
// bodies, which is where formal decisions should be taken", so they may
// not. The Executive Committee, the SCPF (within its terms of reference)
// and the Subcommittee are formal bodies by the library's reading: the text
// does not list the formal governing bodies, so their rulings carry an
// Interpretation.
//
// Before the Strategy the library's sources state no such rule: the
// rulings count the same bodies as formal, are cited to the sources of the
// bodies' existence that BodiesOn gives, and carry an Interpretation saying
// so.
//
// A body that does not exist on date may not: the ruling cites what ends or
// starts it (Part II, para. 1 for the SCPF, para. 2 and MC/INF/302, para.
// 10 for the Subcommittee, Part II and Resolution 997 (LXXVI) for the
// Executive Committee), with the interpretation of the date where the text
// gives none.
func (g GovernanceDates) FormalDecision(b Body, date time.Time) (Ruling, error) {
	if !b.Valid() {
		return Ruling{}, fmt.Errorf("%w: Body(%d)", ErrUnknownBody, int(b))
	}
	d, err := g.checkDate(date)
	if err != nil {
		return Ruling{}, err
	}
	s, ok := g.standing(b, d)
	if !ok {
		return g.absent(b, d), nil
	}
	if d.Before(calendarDate(g.StrategyAdopted)) {
		r := Ruling{
			Allowed:   b.Formal(),
			Reason:    fmt.Sprintf("before the Strategy the library counts %s as a formal body", theBody(b)),
			Citations: s.Citations,
			Interpretation: joinNotes(needsReview("formal-bodies-before-strategy",
				"the library's sources state no rule on formal decisions before the Strategy; it counts the Council, the Executive Committee and the Subcommittee as formal bodies and informal consultations as not, as Part II later does; option: none"),
				s.Interpretation),
		}
		if !r.Allowed {
			r.Reason = "before the Strategy the library does not count informal consultations as a formal body"
		}
		return r, nil
	}
	partII := iomstrategy.PartOpening(iomstrategy.PartII)
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
			Interpretation: joinNotes(needsReview("formal-bodies",
				"Part II does not list the formal governing bodies; the library counts the SCPF as one, within its terms of reference, and notes that under (h) it transmits reports and recommendations to the Council; option: none"),
				s.Interpretation),
		}, nil
	}
	// ExecutiveCommittee, SubcommitteeOnBudgetAndFinance.
	return Ruling{
		Allowed:   true,
		Reason:    fmt.Sprintf("the %s is a formal body of the Organization on %s", b, d.Format(time.DateOnly)),
		Citations: s.Citations,
		Interpretation: joinNotes(needsReview("formal-bodies", fmt.Sprintf(
			"Part II does not list the formal governing bodies; the library counts the %s as one while it exists; option: none", b)),
			s.Interpretation),
	}, nil
}

// absent is the ruling for a body that does not exist on the calendar date
// d: it may take no decision, and the ruling cites what starts or ends it.
func (g GovernanceDates) absent(b Body, d time.Time) Ruling {
	r := Ruling{
		Allowed:   false,
		Reason:    fmt.Sprintf("the %s does not exist on %s", b, d.Format(time.DateOnly)),
		Citations: b.Citations(),
	}
	switch b {
	case SCPF:
		// Part II, para. 1 sets it up; the other citations of the SCPF
		// describe a body that exists.
		r.Citations = []iomstrategy.Citation{iomstrategy.PartIIPara(1)}
		switch {
		case !g.SCPFDissolved.IsZero() && !d.Before(calendarDate(g.SCPFDissolved)):
			r.Interpretation = needsReview("scpf-no-end", fmt.Sprintf(
				"the source gives the SCPF no end; it ends on %s by the caller's GovernanceDates.SCPFDissolved",
				calendarDate(g.SCPFDissolved).Format(time.DateOnly)))
		case !d.Before(calendarDate(g.StrategyAdopted)):
			r.Interpretation = g.setUpNote()
		}
	case SubcommitteeOnBudgetAndFinance:
		if d.Before(scpfFirstRecordedSession()) {
			r.Interpretation = g.abolitionNote()
		}
	}
	return r
}

// EnlargementAllowed rules whether the Executive Committee may be enlarged
// (or reinforced) on date:
//
//   - from 7 June 2007 until the 1998 amendments enter into force: no,
//     "The Executive Committee should not be reinforced or enlarged pending
//     its ultimate disappearance" (Part II, opening paragraph); the library
//     reads "should not" as a bar;
//   - from 21 November 2013: no, the Executive Committee no longer exists
//     under the amended Constitution (Part II, opening paragraph, and
//     Resolution 997 (LXXVI));
//   - before 7 June 2007: the Strategy Document is not yet adopted
//     (Resolution 1150 (XCIII), cited for its adoption date), and the
//     library models no other rule, so the answer is yes with an
//     Interpretation saying so.
func (g GovernanceDates) EnlargementAllowed(date time.Time) (Ruling, error) {
	era, err := g.EraOn(date)
	if err != nil {
		return Ruling{}, err
	}
	partII := iomstrategy.PartOpening(iomstrategy.PartII)
	switch era {
	case BeforeStrategy:
		return Ruling{
			Allowed:   true,
			Reason:    "Resolution 1150 (XCIII) is not yet adopted: the bar of Part II does not apply",
			Citations: []iomstrategy.Citation{iomstrategy.Doc(iomstrategy.Resolution1150)},
			Interpretation: needsReview("enlargement-before-strategy",
				"the library models no rule on the Executive Committee's size before the Strategy; the Constitution as it stood may restrict it; option: none"),
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
