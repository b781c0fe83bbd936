package facility1035

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// ScreeningRule is the stable code of one screening rule, such as
// "line2.ceiling". Programs match on it; it does not change with the
// wording of messages.
type ScreeningRule string

// The codes of the screening rules, in the order Screen runs them. Each
// rule is declared once, with its provision's words, its summary and the
// readings it rests on, in the rule book (Provisions); these are its codes.
const (
	RuleMemberState  ScreeningRule = "facility.member-state" // both lines: Member States only
	RuleEconomy      ScreeningRule = "facility.economy"      // both lines: developing (and in transition) only
	RuleScope        ScreeningRule = "application.scope"     // both lines: national one, regional Params.RegionalMinimum or more
	RuleAmount       ScreeningRule = "application.amount"    // both lines: a request of zero
	RuleLine1Ceiling ScreeningRule = "line1.ceiling"         // Line 1, when the set has a Line 1 ceiling
	RuleLine2Ceiling ScreeningRule = "line2.ceiling"         // Line 2: criteria 2 and 3
	RuleArticle4     ScreeningRule = "line2.article4"        // Line 2: criterion 1, subject to Article 4
	RuleArrears      ScreeningRule = "line2.arrears"         // Line 2: criterion 1, outstanding contributions
	RuleFollowUp     ScreeningRule = "facility.follow-up"    // both lines: criterion 4
)

// ScreeningRules returns every screening rule in the order Screen runs
// them.
func ScreeningRules() []ScreeningRule {
	return []ScreeningRule{RuleMemberState, RuleEconomy, RuleScope, RuleAmount,
		RuleLine1Ceiling, RuleLine2Ceiling, RuleArticle4, RuleArrears, RuleFollowUp}
}

// Verdict is the outcome of screening an application, from weakest to
// strongest: Eligible < Conditional < NeedsReview < Ineligible. Combining
// findings keeps the strongest (the larger value).
//
// The zero Verdict is unset, not eligible: a zero Screening never reads as
// a positive answer. Valid reports false for it.
type Verdict uint8

const (
	// Eligible: no rule stands in the way.
	Eligible Verdict = iota + 1
	// Conditional: eligible, subject to a condition a reason names (the
	// outstanding contributions to which Line 2 access is linked, or
	// funding only up to the ceiling).
	Conditional
	// NeedsReview: the text does not settle the case; a person must decide.
	NeedsReview
	// Ineligible: a rule excludes the application.
	Ineligible
)

var verdictNames = []string{Eligible: "eligible", Conditional: "conditional", NeedsReview: "needs-review", Ineligible: "ineligible"}

// Valid reports whether v is one of the four verdicts.
func (v Verdict) Valid() bool { return enumValid(verdictNames, v) }

// String returns "eligible", "conditional", "needs-review" or "ineligible".
func (v Verdict) String() string { return enumString(verdictNames, v, "Verdict") }

// MarshalText writes the String form; an invalid verdict is an error.
func (v Verdict) MarshalText() ([]byte, error) { return enumText(verdictNames, v, "verdict") }

// UnmarshalText reads "eligible", "conditional", "needs-review" or
// "ineligible", in any case.
func (v *Verdict) UnmarshalText(text []byte) error {
	return enumParse(verdictNames, v, string(text), "verdict")
}

// Figure is an amount or count a reason used, by name. In JSON its value is
// a string: money with two decimals, a count as an integer.
type Figure struct {
	Name  string          // what it is: "amount requested", "Line 2 national ceiling"
	Value decimal.Decimal // exact
	Unit  string          // "USD" for money, "Member States" for a count
}

const unitUSD, unitMemberStates = "USD", "Member States" // the units of figures

func usd(name string, a iomstrategy.USD) Figure {
	return Figure{Name: name, Value: a.Decimal(), Unit: unitUSD}
}

// String writes "amount requested: USD 250,000.00", "benefiting Member States: 1".
func (f Figure) String() string {
	if f.Unit == unitUSD {
		return f.Name + ": " + usdExact(f.Value)
	}
	return f.Name + ": " + f.Value.String()
}

// MarshalJSON writes {"name": ..., "value": ..., "unit": ...}.
func (f Figure) MarshalJSON() ([]byte, error) {
	value := f.Value.String()
	if f.Unit == unitUSD {
		value = f.Value.StringFixed(2)
	}
	return json.Marshal(struct {
		Name  string `json:"name"`
		Value string `json:"value"`
		Unit  string `json:"unit"`
	}{f.Name, value, f.Unit})
}

// Reason is one finding of screening: the rule, where it comes from, what
// it found and the figures it used.
type Reason struct {
	// Rule is the stable code of the rule (see ScreeningRules).
	Rule ScreeningRule `json:"code"`
	// Citation is the source of the rule as applied here.
	Citation iomstrategy.Citation `json:"citation"`
	// Verdict is what this finding contributes on its own.
	Verdict Verdict `json:"finding"`
	// Country is the Member State the finding concerns; empty when it
	// concerns the application as a whole.
	Country string `json:"country,omitempty"`
	// Message says the finding in words, naming its figures and, for
	// Article 4, the reading of the look-back period.
	Message string `json:"message"`
	// Figures are the amounts and counts the rule used, by name.
	Figures []Figure `json:"figures,omitempty"`
	// Interpretations are the codes of the readings of a silent text the
	// finding rests on (see Interpretations); none when it applies the
	// words as they stand.
	Interpretations []string `json:"interpretations,omitempty"`
}

// String writes "ineligible: line2.ceiling (citation): message", followed
// by " [reading: over-ceiling]" for a finding that rests on a reading.
func (r Reason) String() string {
	s := fmt.Sprintf("%s: %s (%s): %s", r.Verdict, r.Rule, r.Citation, r.Message)
	if len(r.Interpretations) > 0 {
		s += " [reading: " + strings.Join(r.Interpretations, ", ") + "]"
	}
	return s
}

// Screening is the verdict on one application with its explanation.
//
// Reasons holds, in the order the rules run, every finding stronger than
// Eligible, and the Eligible findings that admit something the application
// raised (a follow-up to a Line 1 project, criterion 4; a Member State with
// economy in transition; a barred country left out of a regional
// project). A rule that simply passes leaves no reason; Applied lists every
// rule that ran. The zero Screening has no verdict: it is no answer. It
// marshals to the tool's JSON (see MarshalJSON).
type Screening struct {
	ID   string
	Line Line
	// Scope, Amount and Countries are the application's, so that a
	// screening carries what booking it needs (Approved).
	Scope     Scope
	Amount    iomstrategy.USD
	Countries []string
	Verdict   Verdict
	// Fundable is what may be funded: the amount requested, or the ceiling
	// when the request is above it and the set reads a ceiling as a limit
	// on funding (over-ceiling); zero when the verdict is Ineligible.
	Fundable iomstrategy.USD
	Reasons  []Reason
	// Applied lists the rules that ran for this application, in order: the
	// Facility-wide rules on either line, the Line 2 criteria on Line 2
	// only, the Line 1 ceiling on Line 1 when the set has one.
	Applied []ScreeningRule
}

// Interpretations returns the readings of a silent text the screening's
// reasons rest on, each once, in the order of the package's
// Interpretations.
func (s Screening) Interpretations() []Interpretation {
	var ids []string
	for _, r := range s.Reasons {
		ids = append(ids, r.Interpretations...)
	}
	return interpretationsOf(ids)
}

// MarshalJSON writes the screening as the command-line tool prints it:
// id, line, scope, amount, countries, verdict, fundable, reasons,
// rules_applied and interpretations,
// the codes of the readings its reasons rest on, each once, in the order
// of Interpretations (a batch names them; their words are in the rule
// book, not repeated in every screening).
func (s Screening) MarshalJSON() ([]byte, error) {
	reasons, applied, interps := s.Reasons, s.Applied, []string{}
	if reasons == nil {
		reasons = []Reason{}
	}
	if applied == nil {
		applied = []ScreeningRule{}
	}
	for _, i := range s.Interpretations() {
		interps = append(interps, i.ID)
	}
	countries := s.Countries
	if countries == nil {
		countries = []string{}
	}
	var scope any // null for a screening built without one
	if s.Scope.Valid() {
		scope = s.Scope
	}
	return object("id", s.ID, "line", s.Line, "scope", scope, "amount", s.Amount, "countries", countries,
		"verdict", s.Verdict, "fundable", s.Fundable,
		"reasons", reasons, "rules_applied", applied, "interpretations", interps)
}

// Decisive returns the reasons whose verdict is the screening's verdict:
// the ones that decided it.
func (s Screening) Decisive() []Reason {
	var out []Reason
	for _, r := range s.Reasons {
		if r.Verdict == s.Verdict {
			out = append(out, r)
		}
	}
	return out
}

// Screen judges one application against the registry and the parameter
// set, and explains the verdict. It is a pure function.
//
// Every rule of ScreeningRules that applies to the application's line runs,
// for every benefiting country: the Facility-wide rules on either line, the
// criteria of "a new budget (Line 2)" on Line 2 only, the Line 1 ceiling only
// when the set has one (Provisions states each rule with its provision).
// The verdict is the strongest finding (Ineligible > NeedsReview >
// Conditional > Eligible). A finding that rests on a reading of a silent
// text names it (Reason.Interpretations), and p chooses the readings that
// have an option (Params.OverCeiling and the others).
//
// A parameter set or registry that does not validate, a malformed
// application and a country the registry lacks (ErrUnknownCountry) are
// *InputError values, not verdicts, and the Screening is then zero.
func Screen(app Application, reg Registry, p Params) (Screening, error) {
	sc, err := newScreener(reg, p)
	if err != nil {
		return Screening{}, err
	}
	return sc.screen(app)
}

// ScreenAll screens a batch of applications with one registry and one
// parameter set, in order. It stops at the first input error and then
// returns no screening at all, with an *InputError whose Position is the
// application's place in apps, from 1; an id given twice is such an error
// (iomstrategy.ErrDuplicate), reported at its second place.
func ScreenAll(apps []Application, reg Registry, p Params) ([]Screening, error) {
	sc, err := newScreener(reg, p)
	if err != nil {
		return nil, err
	}
	out := make([]Screening, len(apps))
	first := make(map[string]int, len(apps))
	for i, app := range apps {
		s, err := sc.screen(app)
		if err == nil {
			if j, dup := first[app.ID]; dup {
				err = &InputError{Input: "application", ID: app.ID, Field: "id", Value: app.ID,
					Err: failf(iomstrategy.ErrDuplicate, "application id given twice: also item %d", j+1)}
			}
		}
		if err != nil {
			err.(*InputError).Position = i + 1
			return nil, err
		}
		first[app.ID] = i
		out[i] = s
	}
	return out, nil
}

// screener applies the rules of Screen with one registry and one parameter
// set, both checked once.
type screener struct {
	reg             Registry
	index           map[string]int // the registry's positions by country key
	p               Params
	reading, period string // the Article 4 period as read, and as messages cite it
}

func newScreener(reg Registry, p Params) (screener, error) {
	if err := p.validate(false); err != nil {
		return screener{}, err
	}
	index, err := reg.index()
	if err != nil {
		return screener{}, err
	}
	lookback := p.Article4Lookback.Value
	return screener{reg: reg, index: index, p: p, reading: lookback.reading(),
		period: fmt.Sprintf("the contributions due for the preceding two years (read as %q: parameter article4_lookback %s)",
			lookback.reading(), lookback)}, nil
}

// beforeAmendedArticle4 reports whether an application's date is before
// 21 November 2013, when the amendments of Resolution No. 997 (LXXVI),
// Article 4 among them, entered into force (external-facts.md), or not
// given. It compares the calendar date, in the date's own zone.
func beforeAmendedArticle4(date time.Time) bool {
	if date.IsZero() {
		return true
	}
	y, m, d := date.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Before(time.Date(2013, time.November, 21, 0, 0, 0, 0, time.UTC))
}

// screen judges one application (see Screen).
func (sc screener) screen(app Application) (Screening, error) {
	keys, err := app.validate()
	if err != nil {
		return Screening{}, err
	}
	states := make([]MemberState, len(app.Countries))
	for i, c := range app.Countries {
		j, ok := sc.index[keys[i]]
		if !ok {
			return Screening{}, &InputError{Input: "application", ID: app.ID, Field: "countries", Value: c, Err: ErrUnknownCountry}
		}
		states[i] = sc.reg[j]
	}

	// The findings on each country come first: a barred country in a
	// regional project may be left out, which the scope rule counts.
	regional := app.Scope == Regional && len(states) > 1
	leftOut := map[string]bool{}
	country := func(r Reason) Reason {
		if r.Rule != "" && r.Verdict == Ineligible && regional {
			r = sc.barredInRegional(r)
			if r.Verdict == Eligible {
				leftOut[r.Country] = true
			}
		}
		return r
	}
	var membership, economy, article4, arrears []Reason
	for _, m := range states {
		membership = appendFinding(membership, country(membershipFinding(m)))
	}
	for _, m := range states {
		economy = appendFinding(economy, country(sc.economyFinding(m)))
	}
	line2 := app.Line == Line2
	if line2 {
		for _, m := range states {
			switch r := country(sc.article4Finding(m, app.Date)); r.Rule {
			case RuleArticle4:
				article4 = append(article4, r)
			case RuleArrears:
				arrears = append(arrears, r)
			}
		}
	}

	applied := []ScreeningRule{RuleMemberState, RuleEconomy, RuleScope, RuleAmount}
	reasons := append(membership, economy...)
	reasons = appendFinding(reasons, sc.scopeFinding(app, len(leftOut)))
	reasons = appendFinding(reasons, amountFinding(app))
	var ceiling iomstrategy.Cited[iomstrategy.USD]
	capped := false // a ceiling applies to the application
	switch {
	case app.Line == Line1 && !sc.p.Line1Ceiling.Value.IsZero():
		applied = append(applied, RuleLine1Ceiling)
		ceiling, capped = sc.p.Line1Ceiling, true
		reasons = appendFinding(reasons, sc.line1CeilingFinding(app))
	case line2:
		applied = append(applied, RuleLine2Ceiling, RuleArticle4, RuleArrears)
		ceiling, capped = sc.p.Line2NationalCeiling, true
		if app.Scope == Regional {
			ceiling = sc.p.Line2RegionalCeiling
		}
		reasons = appendFinding(reasons, sc.line2CeilingFinding(app))
		reasons = append(append(reasons, article4...), arrears...)
	}
	applied = append(applied, RuleFollowUp)
	reasons = appendFinding(reasons, followUpFinding(app))

	s := Screening{ID: app.ID, Line: app.Line, Scope: app.Scope, Amount: app.Amount, Countries: slices.Clone(app.Countries),
		Verdict: Eligible, Reasons: reasons, Applied: applied}
	if s.Reasons == nil {
		s.Reasons = []Reason{}
	}
	for _, r := range reasons {
		s.Verdict = max(s.Verdict, r.Verdict)
	}
	if s.Verdict != Ineligible {
		s.Fundable = app.Amount
		if capped && app.Amount.Cmp(ceiling.Value) > 0 {
			s.Fundable = ceiling.Value
		}
	}
	return s, nil
}

// appendFinding appends r when it is a finding (it has a Rule).
func appendFinding(rs []Reason, r Reason) []Reason {
	if r.Rule == "" {
		return rs
	}
	return append(rs, r)
}

// barredInRegional applies the set's reading of a barred country in a
// regional project to r, an Ineligible finding on that country.
func (sc screener) barredInRegional(r Reason) Reason {
	r.Interpretations = append(r.Interpretations, idBarredInRegional)
	switch sc.p.BarredInRegional.Value {
	case NeedsReview:
		r.Verdict = NeedsReview
		r.Message += "; criterion 1 bars Member States, not projects, and the text does not say what one barred country does to a regional project: needs review"
	case Eligible:
		r.Verdict = Eligible
		r.Message += "; criterion 1 bars Member States, not projects: " + r.Country + " is left out of the regional project, which the others may still make"
	default:
		r.Message += "; one barred country makes the whole regional project ineligible"
	}
	return r
}

// membershipFinding is RuleMemberState for m, or none.
func membershipFinding(m MemberState) Reason {
	if m.Membership == Member {
		return Reason{}
	}
	article := "an observer"
	if m.Membership == NonMember {
		article = "a non-member"
	}
	return Reason{
		Rule: RuleMemberState, Citation: iomstrategy.Doc(iomstrategy.Resolution1035),
		Verdict: Ineligible, Country: m.Name,
		Message: fmt.Sprintf("%s is %s, not a Member State: the 1035 Facility serves Member States (Resolution No. 1035 (LXXX); MC/INF/302, para. 10)",
			m.Name, article),
	}
}

// economyFinding is RuleEconomy for m: none for a developing Member State,
// the set's reading for one with economy in transition, ineligible for any
// other.
func (sc screener) economyFinding(m MemberState) Reason {
	switch m.Economy {
	case Developing:
		return Reason{}
	case InTransition:
		r := Reason{Rule: RuleEconomy, Citation: iomstrategy.PartOpening(iomstrategy.PartIII),
			Verdict: sc.p.TransitionEconomies.Value, Country: m.Name, Interpretations: []string{idTransitionEconomies},
			Message: m.Name + "'s economy is in transition: Part III speaks of \"projects in developing Member States\", and the Facility of Resolution No. 1035 (LXXX) (MC/INF/302, para. 10) also serves Member States with economy in transition"}
		if r.Verdict == Eligible {
			r.Message += ": eligible"
		} else {
			r.Message += "; this parameter set reads Part III as developing Member States only: ineligible"
		}
		return r
	}
	return Reason{
		Rule: RuleEconomy, Citation: iomstrategy.Para(10),
		Verdict: Ineligible, Country: m.Name,
		Message: fmt.Sprintf("%s's economy is %s: the 1035 Facility serves developing Member States and Member States with economy in transition (MC/INF/302, para. 10; Resolution No. 1035 (LXXX))",
			m.Name, m.Economy.describe()),
	}
}

// scopeFinding is RuleScope: national names one Member State, regional at
// least the set's minimum, the countries left out not counted.
func (sc screener) scopeFinding(app Application, leftOut int) Reason {
	n := len(app.Countries)
	figures := []Figure{{Name: "benefiting Member States", Value: decimal.NewFromInt(int64(n)), Unit: unitMemberStates}}
	min := sc.p.RegionalMinimum.Value
	// An if chain, not a switch: coverage (and so mutation testing) sees
	// each condition.
	if app.Scope == National && n != 1 {
		return Reason{Rule: RuleScope, Citation: iomstrategy.Criterion(2), Verdict: Ineligible, Figures: figures,
			Message: "a national project benefits exactly one Member State; this one names " + strconv.Itoa(n)}
	}
	if app.Scope == Regional && n-leftOut < min {
		msg := "a regional project benefits at least " + strconv.Itoa(min) + " Member States; this one names " + strconv.Itoa(n)
		if leftOut > 0 {
			msg += ", " + strconv.Itoa(n-leftOut) + " once the barred are left out"
			figures = append(figures, Figure{Name: "Member States left out", Value: decimal.NewFromInt(int64(leftOut)), Unit: unitMemberStates})
		}
		return Reason{Rule: RuleScope, Citation: iomstrategy.Criterion(3), Verdict: Ineligible, Figures: figures,
			Interpretations: []string{idRegionalMinimum}, Message: msg}
	}
	return Reason{}
}

// amountFinding is RuleAmount: a request of zero.
func amountFinding(app Application) Reason {
	if !app.Amount.IsZero() {
		return Reason{}
	}
	return Reason{Rule: RuleAmount, Citation: iomstrategy.PartOpening(iomstrategy.PartIII), Verdict: Ineligible,
		Interpretations: []string{idZeroRequest},
		Message:         "the amount requested is zero: it asks for no additional funding, and there is nothing to fund",
		Figures:         []Figure{usd("amount requested", app.Amount)}}
}

// line2CeilingFinding is RuleLine2Ceiling: criteria 2 and 3.
func (sc screener) line2CeilingFinding(app Application) Reason {
	key, name, cite := "line2_national_ceiling", "Line 2 national ceiling", iomstrategy.Criterion(2)
	ceiling := sc.p.Line2NationalCeiling
	if app.Scope == Regional {
		key, name, cite = "line2_regional_ceiling", "Line 2 regional ceiling", iomstrategy.Criterion(3)
		ceiling = sc.p.Line2RegionalCeiling
	}
	return sc.ceilingFinding(RuleLine2Ceiling, app.Amount, key, name, ceiling, cite, " for a "+app.Scope.String()+" project")
}

// line1CeilingFinding is RuleLine1Ceiling, for a set with a Line 1
// ceiling.
func (sc screener) line1CeilingFinding(app Application) Reason {
	return sc.ceilingFinding(RuleLine1Ceiling, app.Amount, "line1_ceiling", "Line 1 ceiling", sc.p.Line1Ceiling,
		iomstrategy.PartIIIBullet(5), " set by the parameter set "+strconv.Quote(sc.p.Name))
}

// ceilingFinding is the finding of an amount above a ceiling, or none,
// citing the ceiling's citation or else fallback; a ceiling that is not
// what the citation states is labelled with its source. The verdict is the
// set's reading of a request over its ceiling.
func (sc screener) ceilingFinding(rule ScreeningRule, amount iomstrategy.USD, key, name string, ceiling iomstrategy.Cited[iomstrategy.USD], fallback iomstrategy.Citation, after string) Reason {
	if amount.Cmp(ceiling.Value) <= 0 {
		return Reason{}
	}
	cite := ceiling.Citation
	if cite.IsZero() {
		cite = fallback
	}
	value := ceiling.Value.String()
	if src := sc.p.source(key); ceiling.Citation.IsZero() {
		value += " (" + src + ")" // caller-supplied or uncited: the fallback does not say it
	} else if src != ceiling.Citation.String() {
		value += " (a " + src + ")"
	}
	r := Reason{
		Rule: rule, Citation: cite, Verdict: sc.p.OverCeiling.Value, Interpretations: []string{idOverCeiling},
		Message: amount.String() + " requested exceeds the " + name + " of " + value + after,
		Figures: []Figure{usd("amount requested", amount), usd(name, ceiling.Value)},
	}
	if r.Verdict == Ineligible {
		r.Message += ": this parameter set reads the ceiling as a bar on the request, ineligible"
	} else {
		r.Message += ": a ceiling for funding, so fundable up to it, " + ceiling.Value.String()
		r.Figures = append(r.Figures, usd("fundable", ceiling.Value))
	}
	return r
}

// article4Finding is RuleArticle4 (subject) or RuleArrears (arrears, not
// subject) for m under the set's look-back reading, or none.
func (sc screener) article4Finding(m MemberState, date time.Time) Reason {
	st := m.Article4()
	if !st.Subject && m.Arrears.Sign() <= 0 {
		return Reason{}
	}
	period := sc.period
	figures := []Figure{usd("arrears", m.Arrears)}
	if m.DueTwoYearsKnown {
		figures = append(figures, usd("contributions due for the preceding "+sc.reading, m.DueTwoYears))
	}
	if st.Subject {
		var why string
		if st.Declared {
			why = fmt.Sprintf("%s is declared subject to Article 4 of the IOM Constitution by the registry (arrears %s)",
				m.Name, m.Arrears)
		} else {
			why = fmt.Sprintf("%s is subject to Article 4 of the IOM Constitution: its arrears of %s equal or exceed %s, %s, and the Council has not maintained its vote",
				m.Name, m.Arrears, period, m.DueTwoYears)
		}
		r := Reason{
			Rule: RuleArticle4, Citation: iomstrategy.Criterion(1), Verdict: Ineligible, Country: m.Name,
			Message: why + "; Member States subject to Article 4 are not eligible for Line 2 funding",
			Figures: figures,
		}
		if beforeAmendedArticle4(date) {
			r.Interpretations = []string{idArticle4Before2013}
			r.Verdict = sc.p.Article4Before2013.Value
			when := "the application has no date"
			if !date.IsZero() {
				when = "the application is dated " + date.Format(time.DateOnly)
			}
			r.Message += "; " + when + ", and the test is Article 4 as amended, in force since 21 November 2013 (the wording before it was not found)"
			if r.Verdict == NeedsReview {
				r.Message += ": needs review"
			} else {
				r.Message += ": applied as a reading"
			}
		}
		return r
	}
	var why string
	switch {
	case st.Declared:
		why = fmt.Sprintf("%s has arrears of %s and is declared not subject to Article 4 by the registry", m.Name, m.Arrears)
	case st.ThresholdMet:
		why = fmt.Sprintf("%s has arrears of %s, at or above %s, %s, but the Council maintained its vote, so it is not subject to Article 4",
			m.Name, m.Arrears, period, m.DueTwoYears)
	default:
		why = fmt.Sprintf("%s has arrears of %s, below the Article 4 threshold of %s, %s", m.Name, m.Arrears, period, m.DueTwoYears)
	}
	r := Reason{
		Rule: RuleArrears, Citation: iomstrategy.Criterion(1), Verdict: Conditional, Country: m.Name,
		Interpretations: []string{idArrearsConditional},
		Message:         why + "; access to Line 2 funding is linked to outstanding contributions, and the text does not say how: eligible on condition of the outstanding contributions",
		Figures:         figures,
	}
	if !st.Declared && beforeAmendedArticle4(date) {
		// Not subject by the amended test, which is a reading before it.
		r.Interpretations = append(r.Interpretations, idArticle4Before2013)
	}
	return r
}

// followUpFinding applies criterion 4 to a follow-up, or none.
func followUpFinding(app Application) Reason {
	if app.FollowUpOf == "" {
		return Reason{}
	}
	r := Reason{Rule: RuleFollowUp, Citation: iomstrategy.Criterion(4), Verdict: NeedsReview, Interpretations: []string{idFollowUpOther}}
	switch {
	case app.Line == Line1:
		r.Message = fmt.Sprintf("a Line 1 application that follows up project %q: the text settles follow-ups only under Line 2 (criterion 4: a follow-up to a Line 1 project is admissible under Line 2) and says nothing of follow-ups on Line 1; needs review", app.FollowUpOf)
	case app.FollowUpLine == Line1:
		r.Verdict, r.Interpretations = Eligible, nil
		r.Message = fmt.Sprintf("follows up project %q, funded under Line 1 (as declared; the earlier project's record is not checked): a follow-up to a Line 1 project is admissible under Line 2", app.FollowUpOf)
	case app.FollowUpLine == Line2:
		r.Message = fmt.Sprintf("follows up project %q, funded under Line 2: the text makes follow-ups to Line 1 projects admissible under Line 2 (criterion 4) and says nothing of follow-ups to Line 2 projects; needs review", app.FollowUpOf)
	default:
		r.Message = fmt.Sprintf("follows up project %q, whose funding line is not given: only a follow-up to a Line 1 project is admissible under Line 2 (criterion 4), and the text settles no other case; needs review", app.FollowUpOf)
	}
	return r
}
