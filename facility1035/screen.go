package facility1035

import (
	"errors"
	"fmt"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// ScreeningRule is the stable code of one screening rule, such as
// "line2.ceiling". Programs match on it; it does not change with the
// wording of messages.
type ScreeningRule string

// The screening rules, in the order Screen runs them. The Facility-wide
// rules apply on both lines; the Line 2 rules are the criteria of Part III,
// bullet 5, and apply on Line 2 only.
const (
	// RuleMemberState: the Facility serves Member States; an observer or a
	// non-member makes the application ineligible. Both lines.
	RuleMemberState ScreeningRule = "facility.member-state"
	// RuleEconomy: the Facility serves developing Member States and Member
	// States with economy in transition; any other economy makes the
	// application ineligible. Both lines.
	RuleEconomy ScreeningRule = "facility.economy"
	// RuleScope: a national project benefits exactly one Member State, a
	// regional one at least two; otherwise ineligible. Both lines.
	RuleScope ScreeningRule = "application.scope"
	// RuleAmount: a request of zero is ineligible (nothing to fund). Both
	// lines.
	RuleAmount ScreeningRule = "application.amount"
	// RuleLine1Ceiling: a Line 1 request above Params.Line1Ceiling is
	// ineligible. Runs only when the parameter set has a Line 1 ceiling
	// (the built-in set has none).
	RuleLine1Ceiling ScreeningRule = "line1.ceiling"
	// RuleLine2Ceiling: a Line 2 request above the national (USD 200,000)
	// or regional (USD 300,000) ceiling is ineligible. Criteria 2 and 3.
	RuleLine2Ceiling ScreeningRule = "line2.ceiling"
	// RuleArticle4: a benefiting Member State subject to Article 4 of the
	// IOM Constitution makes a Line 2 application ineligible. Criterion 1.
	RuleArticle4 ScreeningRule = "line2.article4"
	// RuleArrears: a benefiting Member State with arrears that is not
	// subject to Article 4 makes a Line 2 application conditional, since
	// access is "linked to outstanding contributions". Criterion 1.
	RuleArrears ScreeningRule = "line2.arrears"
	// RuleFollowUp: a follow-up to a Line 1 project is admissible under
	// Line 2 (criterion 4); any other follow-up (to a Line 2 project, to a
	// project whose line is not given, or on Line 1) is not settled by the
	// text and needs review. Both lines.
	RuleFollowUp ScreeningRule = "facility.follow-up"
)

// ScreeningRules returns every screening rule in the order Screen runs
// them.
func ScreeningRules() []ScreeningRule {
	return []ScreeningRule{RuleMemberState, RuleEconomy, RuleScope, RuleAmount,
		RuleLine1Ceiling, RuleLine2Ceiling, RuleArticle4, RuleArrears, RuleFollowUp}
}

// String returns the code.
func (r ScreeningRule) String() string { return string(r) }

// bit returns the rule's place in a RuleSet (its place in the run order
// of ScreeningRules), or 0 for an unknown rule.
func (r ScreeningRule) bit() RuleSet {
	switch r {
	case RuleMemberState:
		return 1 << 0
	case RuleEconomy:
		return 1 << 1
	case RuleScope:
		return 1 << 2
	case RuleAmount:
		return 1 << 3
	case RuleLine1Ceiling:
		return 1 << 4
	case RuleLine2Ceiling:
		return 1 << 5
	case RuleArticle4:
		return 1 << 6
	case RuleArrears:
		return 1 << 7
	case RuleFollowUp:
		return 1 << 8
	}
	return 0
}

// RuleSet is a set of screening rules, such as the rules that ran for an
// application (Screening.Applied). The zero RuleSet is empty.
type RuleSet uint16

// NewRuleSet returns the set of the given rules; unknown codes are
// ignored.
func NewRuleSet(rules ...ScreeningRule) RuleSet {
	var s RuleSet
	for _, r := range rules {
		s |= r.bit()
	}
	return s
}

// Has reports whether r is in the set.
func (s RuleSet) Has(r ScreeningRule) bool { b := r.bit(); return b != 0 && s&b != 0 }

// Rules returns the rules of the set in the order Screen runs them.
func (s RuleSet) Rules() []ScreeningRule {
	var out []ScreeningRule
	for i, r := range ScreeningRules() {
		if s&(1<<i) != 0 {
			out = append(out, r)
		}
	}
	return out
}

// String lists the codes, comma-separated, in run order.
func (s RuleSet) String() string {
	var b strings.Builder
	for i, r := range s.Rules() {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(string(r))
	}
	return b.String()
}

// The rule sets Screen applies: the Facility-wide rules on either line,
// the criteria on Line 2 (the Line 1 ceiling is added when the parameters
// have one). The bits are those of ScreeningRule.bit.
const (
	facilityRules RuleSet = 1<<0 | 1<<1 | 1<<2 | 1<<3 | 1<<8 // member state, economy, scope, amount, follow-up
	line2Rules    RuleSet = 1<<5 | 1<<6 | 1<<7               // Line 2 ceiling, Article 4, arrears
)

// AppliesTo reports whether the rule runs for applications on line l
// (RuleLine1Ceiling only when the parameter set has a Line 1 ceiling).
func (r ScreeningRule) AppliesTo(l Line) bool {
	switch r {
	case RuleLine1Ceiling:
		return l == Line1
	case RuleLine2Ceiling, RuleArticle4, RuleArrears:
		return l == Line2
	case RuleMemberState, RuleEconomy, RuleScope, RuleAmount, RuleFollowUp:
		return l.Valid()
	}
	return false
}

// Citations returns every place the rule rests on under the built-in
// parameter set, its primary source first. (A caller's parameter set may
// cite other sources for the ceilings; reasons carry those.)
func (r ScreeningRule) Citations() []iomstrategy.Citation {
	switch r {
	case RuleMemberState:
		return []iomstrategy.Citation{iomstrategy.Doc(iomstrategy.Resolution1035), iomstrategy.Para(10)}
	case RuleEconomy:
		return []iomstrategy.Citation{iomstrategy.Para(10), iomstrategy.Doc(iomstrategy.Resolution1035)}
	case RuleScope:
		return []iomstrategy.Citation{iomstrategy.Criterion(2), iomstrategy.Criterion(3)}
	case RuleAmount, RuleLine1Ceiling:
		return []iomstrategy.Citation{iomstrategy.PartIIIBullet(5)}
	case RuleLine2Ceiling:
		return []iomstrategy.Citation{iomstrategy.Criterion(2), iomstrategy.Criterion(3)}
	case RuleArticle4:
		return []iomstrategy.Citation{iomstrategy.Criterion(1), iomstrategy.ConstitutionArticle(4)}
	case RuleArrears:
		return []iomstrategy.Citation{iomstrategy.Criterion(1)}
	case RuleFollowUp:
		return []iomstrategy.Citation{iomstrategy.Criterion(4)}
	}
	return nil
}

// Summary says the rule in one line.
func (r ScreeningRule) Summary() string {
	switch r {
	case RuleMemberState:
		return "every benefiting country must be a Member State (not an observer or a non-member)"
	case RuleEconomy:
		return "every benefiting Member State must be developing or have an economy in transition"
	case RuleScope:
		return "a national project benefits exactly one Member State, a regional project at least two"
	case RuleAmount:
		return "the amount requested must be above zero"
	case RuleLine1Ceiling:
		return "a Line 1 request may not exceed the Line 1 ceiling, when the parameter set has one"
	case RuleLine2Ceiling:
		return "a Line 2 request may not exceed USD 200,000 (national) or USD 300,000 (regional)"
	case RuleArticle4:
		return "no benefiting Member State may be subject to Article 4 of the IOM Constitution (Line 2)"
	case RuleArrears:
		return "a benefiting Member State with outstanding contributions makes Line 2 access conditional"
	case RuleFollowUp:
		return "a follow-up to a Line 1 project is admissible under Line 2; other follow-ups need review"
	}
	return ""
}

// Errors of screening other than a malformed application
// (*ApplicationError).
var (
	// ErrUnknownCountry is a country an application names that the registry
	// lacks: an input error, not a verdict. The error is an
	// *UnknownCountryError.
	ErrUnknownCountry = errors.New("country not in the registry")
	// ErrScreeningParams is a parameter set screening cannot use: an unset
	// Article 4 look-back, or a negative or sub-cent ceiling. The error also
	// wraps a *ParamError naming the field (so it matches ErrInvalidParams).
	ErrScreeningParams = errors.New("parameter set unusable for screening")
	// ErrDuplicateApplication is an application id given twice to
	// ScreenAll.
	ErrDuplicateApplication = errors.New("application id given twice")
)

// UnknownCountryError names the application and the country the registry
// lacks.
type UnknownCountryError struct {
	Application string
	Country     string
}

func (e *UnknownCountryError) Error() string {
	return fmt.Sprintf("application %q: %s %q", e.Application, ErrUnknownCountry, e.Country)
}

// Is makes every UnknownCountryError match ErrUnknownCountry.
func (e *UnknownCountryError) Is(target error) bool { return target == ErrUnknownCountry }

// ScreenAllError is the first input error of a batch, with the position
// (0-based) and id of the application it concerns; its message gives the
// position counting from 1, and Err names the id. Err is the
// *ApplicationError, *UnknownCountryError or ErrDuplicateApplication.
type ScreenAllError struct {
	Index int
	ID    string
	Err   error
}

func (e *ScreenAllError) Error() string {
	return fmt.Sprintf("batch item %d: %v", e.Index+1, e.Err)
}

// Unwrap returns the cause.
func (e *ScreenAllError) Unwrap() error { return e.Err }

// lookbackReading names the reading of the Article 4 period for messages
// and figure names: "two years" or "two full years".
func lookbackReading(l Lookback) string {
	return strings.TrimPrefix(l.Phrase(), "the preceding ")
}

// checkScreeningParams checks the fields of p that screening reads. The
// error wraps ErrScreeningParams and a *ParamError (ErrInvalidParams) that
// names the field.
func checkScreeningParams(p Params) error {
	fail := func(field, value string, err error) error {
		return fmt.Errorf("%w: %w", ErrScreeningParams, &ParamError{Field: field, Value: value, Err: err})
	}
	if !p.Article4Lookback.Valid() {
		return fail("article4_lookback", p.Article4Lookback.String(), fmt.Errorf("%w: unset or unknown (want two-years or two-full-years)", ErrLookback))
	}
	check := func(field string, d decimal.Decimal) error {
		if err := checkCents(d); err != nil {
			return fail(field, d.String(), err)
		}
		return nil
	}
	if err := check("line2_national_ceiling", p.Line2NationalCeiling.Value); err != nil {
		return err
	}
	if err := check("line2_regional_ceiling", p.Line2RegionalCeiling.Value); err != nil {
		return err
	}
	if p.Line1Ceiling != nil {
		if err := check("line1_ceiling", p.Line1Ceiling.Value); err != nil {
			return err
		}
	}
	return nil
}

// citeOr returns c, or fallback when c is the zero Citation (a caller's
// parameter set that gives no source).
func citeOr(c, fallback iomstrategy.Citation) iomstrategy.Citation {
	if c.IsZero() {
		return fallback
	}
	return c
}

// Screen judges one application against the registry and the parameter
// set, and explains the verdict. It is a pure function: it reads its
// arguments and changes nothing.
//
// # Rules
//
// On either line (the Facility-wide rules):
//
//   - RuleMemberState, RuleEconomy: the Facility serves developing Member
//     States and Member States with economy in transition (Resolution
//     No. 1035 (LXXX); MC/INF/302, para. 10). Every benefiting country is
//     checked; one observer, non-member or "other" economy makes the
//     application ineligible.
//   - RuleScope: national names exactly one Member State, regional at least
//     two. The text uses the words (criteria 2 and 3) without defining
//     them; the count is the reading of the issue and of later practice.
//   - RuleAmount: a request of zero is ineligible.
//   - RuleLine1Ceiling (Line 1 only): applied only when Params.Line1Ceiling
//     is set; the built-in set has none, since the text sets none.
//   - RuleFollowUp: criterion 4 makes a follow-up to a Line 1 project
//     admissible under Line 2 (an Eligible reason that records it); a Line 2
//     follow-up to a Line 2 project or to a project whose line is unknown,
//     and any follow-up on Line 1, is a case the text does not settle:
//     NeedsReview, saying so.
//
// On Line 2 only (the criteria of Part III, bullet 5):
//
//   - RuleLine2Ceiling: national at most Params.Line2NationalCeiling,
//     regional at most Params.Line2RegionalCeiling (the ceiling itself is
//     allowed).
//   - RuleArticle4: a benefiting Member State subject to Article 4 (see
//     MemberState.Article4) makes it ineligible. The reason names the
//     reading of "the preceding two years" (Params.Article4Lookback) that
//     the registry's figures stand for.
//   - RuleArrears: a benefiting Member State with arrears that is not
//     subject (below the threshold, waived by the Council, or declared not
//     subject) makes it conditional, naming the arrears. The text links
//     Line 2 access to outstanding contributions without saying how; the
//     conditional verdict is that reading.
//
// Line 1 applications are not held to the Line 2 criteria: the ceilings,
// Article 4 and the link to outstanding contributions are criteria of "a
// new budget (Line 2)".
//
// # Verdict and reasons
//
// Every rule runs; the verdict is the strongest finding (Ineligible >
// NeedsReview > Conditional > Eligible), and Reasons keeps every finding
// that bears on it (see Screening).
//
// # Errors
//
// A malformed application (*ApplicationError, see Application.Validate), a
// country the registry lacks (*UnknownCountryError) and a parameter set
// screening cannot use (ErrScreeningParams) are errors, not verdicts; the
// Screening is then zero.
func Screen(app Application, reg Registry, p Params) (Screening, error) {
	if err := checkScreeningParams(p); err != nil {
		return Screening{}, err
	}
	var sc screener
	sc.init(reg, p, 1)
	var s Screening
	if err := sc.screenInto(&s, &app); err != nil {
		return Screening{}, err
	}
	return s, nil
}

// article returns the membership with its article, for messages.
func article(m Membership) string {
	switch m {
	case Observer:
		return "an observer"
	case NonMember:
		return "a non-member"
	}
	return "a " + m.String()
}

// ScreenAll screens a batch of applications with one registry and one
// parameter set. It stops at the first input error and then returns no
// screening at all, with a *ScreenAllError naming the application's
// position and id; an id given twice is such an error
// (ErrDuplicateApplication). The screenings are in the order of apps.
func ScreenAll(apps []Application, reg Registry, p Params) ([]Screening, error) {
	if err := checkScreeningParams(p); err != nil {
		return nil, err
	}
	// The first id given twice is found up front; the batch is then
	// screened in order up to it, so that an input error before it (or in
	// it) is still the one reported.
	dup, first, hasDup := firstDuplicateID(apps)
	sc := newScreener(reg, p, len(apps))
	out := make([]Screening, len(apps))
	for i := range apps {
		a := &apps[i]
		if err := sc.screenInto(&out[i], a); err != nil {
			return nil, &ScreenAllError{Index: i, ID: a.ID, Err: err}
		}
		if hasDup && i == dup {
			return nil, &ScreenAllError{Index: i, ID: a.ID, Err: fmt.Errorf("%w: %q is also batch item %d", ErrDuplicateApplication, a.ID, first+1)}
		}
	}
	return out, nil
}
