package facility1035

import (
	"strings"

	"github.com/policycode/iomstrategy"
)

// This file is the rule book of Part III: every provision, in the order of
// the text, with each rule the package applies under it, declared once.
// Provisions, Interpretations, the reasons of screening and the tool's
// rule book (iomstrategy rules) are written from it.

// RuleKind is what a rule of the rule book is.
type RuleKind uint8

const (
	// KindStep is a step of the funding formula (Allocate).
	KindStep RuleKind = iota + 1
	// KindCriterion is a screening rule (Screen).
	KindCriterion
	// KindLedger is a rule of the two-line books (Ledger).
	KindLedger
	// KindReading is an interpretation: a reading the package makes where
	// the text is silent, with the words it rests on, the default and the
	// option that changes it.
	KindReading
	// KindNotModelled is a provision's content the package does not
	// compute, with the reason.
	KindNotModelled
)

var ruleKindNames = []string{KindStep: "formula step", KindCriterion: "screening criterion",
	KindLedger: "ledger rule", KindReading: "interpretation", KindNotModelled: "not modelled"}

// String returns "formula step", "screening criterion", "ledger rule",
// "interpretation" or "not modelled".
func (k RuleKind) String() string { return enumString(ruleKindNames, k, "RuleKind") }

// MarshalText writes the String form; an unset kind is refused.
func (k RuleKind) MarshalText() ([]byte, error) { return enumText(ruleKindNames, k, "rule kind") }

// Rule is one rule of the rule book: what the package applies under a
// provision, by the code its results carry.
type Rule struct {
	// Code is the stable code results carry: a FormulaStep, a
	// ScreeningRule, a ledger rule or an interpretation's id.
	Code string   `json:"code"`
	Kind RuleKind `json:"kind"`
	// Summary says the rule in one sentence, with the values of the
	// parameter set the book was written for.
	Summary string `json:"summary"`
	// RestsOn is, for an interpretation, the words of the provision it
	// reads, verbatim.
	RestsOn string `json:"rests_on,omitempty"`
	// Default is, for an interpretation, the reading applied unless the
	// option says otherwise; Option is what changes it ("none" when no
	// other reading is offered, with the reason).
	Default string `json:"default,omitempty"`
	Option  string `json:"option,omitempty"`
}

// Provision is one provision of Part III: where it is, its words, the
// rules the package applies under it and the parameters they use.
type Provision struct {
	Citation iomstrategy.Citation `json:"citation"`
	// Words are the provision's words, verbatim from the embedded source.
	Words string `json:"words"`
	Rules []Rule `json:"rules"`
	// Parameters are the values of the parameter set the rules under the
	// provision use.
	Parameters []Parameter `json:"parameters"`
}

// Parameter is one value of a parameter set, as the rule book shows it.
type Parameter struct {
	// Key is the parameter's name in the set's JSON form ("share").
	Key string `json:"key"`
	// Value is its text form ("0.25", "200000.00", "line2-first"); "none",
	// with the source "not in this set", for an optional value the set does
	// not have.
	Value string `json:"value"`
	// Source says where the value comes from: its citation; "what-if:
	// CITATION says VALUE" for a value that differs from what its cited
	// provision states; "caller-supplied" or "uncited" for a value that
	// cites nothing.
	Source string `json:"source"`
}

// The codes of the interpretations (the readings of a silent text). The
// formula's are in the order an allocation meets them.
const (
	idSecurityIsInput      = "security-is-input"
	idDiscretionaryBasis   = "discretionary-basis"
	idFormulaFundsLine2    = "formula-funds-line2"
	idRoundingToCent       = "rounding-to-cent"
	idLine1Fixed           = "line1-fixed"
	idCapCoversBothLines   = "cap-covers-both-lines"
	idCapCoversLine2       = "cap-covers-line2-only"
	idCapLine2First        = "cap-cuts-line2-first"
	idCapLine1First        = "cap-cuts-line1-first"
	idDirectOutsideLines   = "direct-outside-lines"
	idTransitionYear       = "transition-year"
	idTransitionEconomies  = "transition-economies"
	idZeroRequest          = "zero-request"
	idArticle4Before2013   = "article4-before-2013"
	idBarredInRegional     = "barred-country-in-regional"
	idArrearsConditional   = "arrears-conditional"
	idOverCeiling          = "over-ceiling"
	idRegionalMinimum      = "regional-minimum"
	idFollowUpOther        = "follow-up-other"
	idNoCrossLineCover     = "no-cross-line-cover"
	ruleOwnLine            = LedgerOwnLine
	ruleCommitment         = LedgerCommitment
	ruleOverheadIncome     = "overhead-income"
	ruleMemberStatesConsid = "direct-contributions-invited"
)

// Provisions returns every provision of Part III in the order of the text
// (the opening paragraph, bullets 1 to 5, the criteria of bullet 5) with
// its words and its rules, the summaries written with p's values. Every
// code the package's results carry appears once.
func Provisions(p Params) []Provision {
	var out []Provision
	for _, d := range provisionTable(p) {
		words, _ := d.cite.Text() // every citation is checked by a test
		pr := Provision{Citation: d.cite, Words: words, Rules: d.rules, Parameters: []Parameter{}}
		for _, f := range paramFields {
			switch {
			case f.usedUnder() != d.cite:
			case f.absent(&p):
				pr.Parameters = append(pr.Parameters, Parameter{Key: f.key, Value: "none", Source: "not in this set"})
			default:
				pr.Parameters = append(pr.Parameters, Parameter{Key: f.key, Value: f.text(&p), Source: p.source(f.key)})
			}
		}
		out = append(out, pr)
	}
	return out
}

// usedUnder is the provision whose rules use the parameter: the one it is
// cited to, but for the three the built-in set cites elsewhere or not at
// all.
func (f paramField) usedUnder() iomstrategy.Citation {
	switch f.key {
	case "line1_ceiling": // the Line 1 ceiling of a caller's set
		return iomstrategy.PartIIIBullet(5)
	case "article4_lookback": // the Article 4 of criterion 1
		return iomstrategy.Criterion(1)
	case "successor_year": // the years of bullet 1's formula
		return iomstrategy.PartIIIBullet(1)
	}
	return f.citation
}

// Interpretations returns every interpretation of the package, in the
// order of the rule book, with its reading and option as under the
// built-in parameter set.
func Interpretations() []Interpretation {
	var out []Interpretation
	for _, pr := range provisionTable(Resolution1150()) {
		for _, r := range pr.rules {
			if r.Kind == KindReading {
				out = append(out, Interpretation{ID: r.Code, Text: r.Summary, Option: r.Option})
			}
		}
	}
	return out
}

// builtInReadings is Interpretations(), built once; it is never changed.
var builtInReadings = Interpretations()

// interpretationsOf returns the interpretations of ids, each once, in the
// order of Interpretations.
func interpretationsOf(ids []string) []Interpretation {
	var out []Interpretation
	for _, i := range builtInReadings {
		for _, id := range ids {
			if id == i.ID {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

type provisionRules struct {
	cite  iomstrategy.Citation
	rules []Rule
}

// provisionTable is the rule book's declaration.
func provisionTable(p Params) []provisionRules {
	v := func(key string) string { return p.valueText(key) }
	step := func(s FormulaStep, summary string) Rule {
		return Rule{Code: string(s), Kind: KindStep, Summary: summary}
	}
	crit := func(r ScreeningRule, summary string) Rule {
		return Rule{Code: string(r), Kind: KindCriterion, Summary: summary}
	}
	reading := func(id, summary, restsOn, deflt, option string) Rule {
		return Rule{Code: id, Kind: KindReading, Summary: summary, RestsOn: restsOn, Default: deflt, Option: option}
	}
	capOrders := "cap_order in --params (Params.CapOrder): line2-first, line1-first, line2-only"
	return []provisionRules{
		{iomstrategy.PartOpening(iomstrategy.PartIII), []Rule{
			crit(RuleMemberState, "An observer or a non-member among the benefiting countries makes an application ineligible, on either line: the Facility serves Member States (Resolution No. 1035 (LXXX); MC/INF/302, para. 10)."),
			crit(RuleEconomy, economySummary(p)),
			reading(idTransitionEconomies,
				"Part III speaks of \"projects in developing Member States\"; the Facility that Resolution No. 1035 (LXXX) created and MC/INF/302, para. 10 describes also serves Member States with economy in transition, and by default they stay eligible.",
				"projects in developing Member States",
				"eligible: Member States with economy in transition stay eligible on both lines, each such result labelled",
				"transition_economies in --params (Params.TransitionEconomies): eligible, ineligible (developing Member States only)"),
			crit(RuleAmount, "A request of zero is ineligible, on either line."),
			reading(idZeroRequest,
				"The text states no minimum; a request of zero asks for no \"additional funding\" and is read as ineligible.",
				"allocating additional funding to support projects",
				"ineligible",
				"none: a request of zero has nothing to fund"),
		}},
		{iomstrategy.PartIIIBullet(1), []Rule{
			step(StepDiscretionaryExcludingSecurity, "Discretionary income less its security part."),
			step(StepExcessOverBaseline, "The part of it above the baseline of "+v("baseline")+", or zero."),
			step(StepLine2Formula, v("share")+" of the excess, brought to the cent "+v("rounding")+": Line 2 by formula."),
			reading(idSecurityIsInput,
				"The make-up of the \"security\" part that bullet 1 excludes was not found: discretionary income and its security part are the caller's figures, taken as given.",
				"Discretionary Income (excluding security)",
				"the caller's security figure is subtracted as given",
				"the security input (Income.Security; --security, column security)"),
			reading(idDiscretionaryBasis,
				"Bullet 1 measures against \"the 2007 Programme and Budget Discretionary Income\" (a budget figure) and does not say whether the year's figure is budgeted or actual, nor whether that baseline itself excludes security: the year's figure is taken as given, with the basis the caller states as its label, and the arithmetic is the same.",
				"in excess of the 2007 Programme and Budget Discretionary Income of USD 20.5 million",
				"unstated: the figure is used as given",
				"Income.Basis (column discretionary_basis, --basis: budgeted, actual): a label, no change to the arithmetic"),
			reading(idFormulaFundsLine2,
				"Bullet 1 allocates the share of the excess to \"an expanded 1035 Facility\" and bullet 5 keeps \"the original funding of USD 1.4 million\" as Line 1 beside \"a new budget (Line 2)\": the formula amount is read as the budget of Line 2, on top of Line 1.",
				"will be allocated to an expanded 1035 Facility",
				"the formula amount is Line 2",
				"none: it is the shape of the formula; a caller can set the share (Params.Share; share in --params)"),
			reading(idRoundingToCent,
				"Bullet 1 names no rounding: the share of the excess is brought to the cent, once, with the parameter set's rounding mode (built-in: half away from zero).",
				"25 per cent of Discretionary Income",
				"half away from zero, once, at the cent",
				"Params.Rounding (rounding in --params: half-away-from-zero, half-even, toward-zero, away-from-zero)"),
			reading(idTransitionYear,
				"The instrument that replaced the parameter set took effect during the year (for the built-in set, Council Resolution No. 18 of 27 June 2018, whose formula was not found): the set is applied to the whole year.",
				"starting in 2008",
				"the set applies to the whole year",
				"a caller's parameter set for that year (Schedule.With; --params)"),
		}},
		{iomstrategy.PartIIIBullet(2), []Rule{
			step(StepMiscellaneousIncome, "Unearmarked contributions plus interest income."),
			step(StepCap, "What the cap takes off: the part of "+capCovered(p)+" above miscellaneous income, or zero."),
			step(StepCapLine2, "Line 2 after the cap."),
			step(StepCapLine1, "Line 1 after the cap."),
			step(StepTotal, "Line 1 plus Line 2: the total, excluding direct voluntary contributions."),
			step(StepTotalAvailable, "The total plus direct voluntary contributions, which are outside the cap."),
			reading(idCapCoversBothLines,
				"\"The total amount available for the expanded 1035 Facility (excluding direct voluntary contributions)\" that bullet 2 caps is read as Line 1 plus Line 2.",
				"The total amount available for the expanded 1035 Facility (excluding direct voluntary contributions)",
				"both lines", capOrders+" (line2-only caps Line 2 alone)"),
			reading(idCapCoversLine2,
				"This parameter set reads the capped \"total amount available for the expanded 1035 Facility\" as the new money only: Line 2 cannot exceed miscellaneous income, and Line 1, which came from Discretionary Income under Resolution No. 1035, is not cut.",
				"The total amount available for the expanded 1035 Facility (excluding direct voluntary contributions)",
				"both lines (cap-covers-both-lines)", capOrders),
			reading(idCapLine2First,
				"Bullet 2 does not say how the two lines share a cut: the cap cuts Line 2 first, down to miscellaneous income less Line 1 but not below zero, and Line 1 only when miscellaneous income is below Line 1.",
				"cannot exceed total miscellaneous income",
				"line2-first", capOrders),
			reading(idCapLine1First,
				"Bullet 2 does not say how the two lines share a cut: this parameter set has the cap cut Line 1 first, down to miscellaneous income less the Line 2 formula amount but not below zero, and Line 2 only when miscellaneous income is below it.",
				"cannot exceed total miscellaneous income",
				"line2-first (cap-cuts-line2-first)", capOrders),
			reading(idDirectOutsideLines,
				"Bullet 2 keeps direct voluntary contributions outside the cap and no bullet says which line they feed: they are reported beside the two lines, counted in the total available and in neither line's budget.",
				"(excluding direct voluntary contributions)",
				"in neither line",
				"none in the formula: a caller that assigns them to a line adds Allocation.DirectContributions to that line's budget"),
		}},
		{iomstrategy.PartIIIBullet(3), []Rule{
			{Code: ruleOverheadIncome, Kind: KindNotModelled,
				Summary: "Not modelled: the provision governs the use of project-related overhead income under Resolution No. 1110 (LXXXVIII), which the package does not model; overhead income reaches the formula only as part of the caller's Discretionary Income figure."},
		}},
		{iomstrategy.PartIIIBullet(4), []Rule{
			{Code: ruleMemberStatesConsid, Kind: KindNotModelled,
				Summary: "Not modelled: the provision asks what Member States should consider, which binds people, not figures; the contributions they make are the caller's direct figure, which total-available adds outside the cap."},
		}},
		{iomstrategy.PartIIIBullet(5), []Rule{
			step(StepLine1Funding, "Line 1 is the original funding of "+v("line1")+"."),
			crit(RuleLine1Ceiling, "A Line 1 request above the set's Line 1 ceiling is ineligible; runs only when the set has one (this set: "+orNone(v("line1_ceiling"))+")."),
			reading(idLine1Fixed,
				"Line 1 is \"the original funding of USD 1.4 million\" and the text sets no rule for other amounts: it is the same amount every year, whatever discretionary income is.",
				"the original funding of USD 1.4 million (Line 1)",
				"the same amount every year",
				"Params.Line1 (line1 in --params)"),
		}},
		{iomstrategy.Criterion(1), []Rule{
			crit(RuleArticle4, "A benefiting Member State subject to Article 4 of the IOM Constitution (arrears at or above the contributions due for the preceding "+p.Article4Lookback.Value.reading()+", vote not maintained by the Council) is not eligible for Line 2."),
			crit(RuleArrears, "A benefiting Member State with arrears that is not subject to Article 4 makes a Line 2 application conditional."),
			reading(idArticle4Before2013,
				"The Article 4 found is the one amended by Resolution No. 997 (LXXVI), in force since 21 November 2013; the wording before it was not found. For an application dated before that day, or not dated, the amended test is applied by default as a reading.",
				"Member States subject to Article 4 will not be eligible for funding",
				"ineligible: the amended test is applied as a labelled reading",
				"article4_before_2013 in --params (Params.Article4Before2013): ineligible, needs-review"),
			reading(idBarredInRegional,
				"Criterion 1 bars Member States, not projects, and the text does not say what one barred country (not a Member State, not an eligible economy, subject to Article 4) does to a regional project: by default the whole project is ineligible.",
				"Member States subject to Article 4 will not be eligible for funding",
				"ineligible: one barred country makes the whole regional project ineligible",
				"barred_in_regional in --params (Params.BarredInRegional): ineligible, needs-review, eligible (the barred country is left out and the others must still make a regional project)"),
			reading(idArrearsConditional,
				"Access is \"linked to outstanding contributions\" and the text does not say how: arrears below Article 4 make a Line 2 application conditional on the outstanding contributions.",
				"Access to funding under Line 2 will be linked to outstanding contributions",
				"conditional",
				"none: how access is linked is for the Administration to say"),
		}},
		{iomstrategy.Criterion(2), []Rule{
			crit(RuleLine2Ceiling, "A Line 2 request above the ceiling, "+v("line2_national_ceiling")+" for a national project and "+v("line2_regional_ceiling")+" for a regional one, is "+overCeilingWord(p)+"."),
			reading(idOverCeiling,
				"The criteria set a \"Ceiling for funding\", a limit on what is funded, not a bar on what is asked: by default a request above it is conditional, fundable up to the ceiling.",
				"Ceiling for funding of national projects",
				"conditional: fundable up to the ceiling, with the fundable amount in the result",
				"over_ceiling in --params (Params.OverCeiling): conditional, ineligible"),
		}},
		{iomstrategy.Criterion(3), []Rule{
			crit(RuleScope, "A national project benefits exactly one Member State and a regional one at least "+v("regional_minimum")+"; otherwise the application is ineligible, on either line."),
			reading(idRegionalMinimum,
				"The criteria name national and regional projects but do not count a region: a regional project is read by default as benefiting at least two Member States.",
				"Ceiling for funding of regional projects",
				"two or more Member States",
				"regional_minimum in --params (Params.RegionalMinimum): a count from 2"),
		}},
		{iomstrategy.Criterion(4), []Rule{
			crit(RuleFollowUp, "A follow-up to a Line 1 project is admissible under Line 2 (as declared; the earlier project's record is not checked)."),
			reading(idFollowUpOther,
				"The text admits follow-ups to Line 1 projects under Line 2 and says nothing of any other follow-up (to a Line 2 project, to a project whose line is not given, or on Line 1): those need review.",
				"A follow-up project to a previously funded project under the 1035 Facility (Line 1) will be admissible under Line 2",
				"needs review",
				"none: the text settles no other case"),
		}},
		{iomstrategy.Criterion(5), []Rule{
			{Code: ruleCommitment, Kind: KindLedger,
				Summary: "A commitment is tracked by its id on one line: one without an id, with an id already booked on the ledger, on a line other than Line 1 or Line 2, or of an amount not above zero is refused."},
			{Code: ruleOwnLine, Kind: KindLedger,
				Summary: "Each line has its own budget and books; a commitment is booked against its own line only, and one above what remains there is refused."},
			reading(idNoCrossLineCover,
				"\"Distinct tracking and accounting\" asks for separate books; it does not forbid a transfer between lines. The ledger never covers a commitment on one line from the other.",
				"Distinct tracking and accounting of the two funding lines",
				"refused: a commitment above what remains on its line is not booked",
				"none in the ledger: a transfer the Administration decides is a change of the two budgets (NewLedger)"),
		}},
	}
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func capCovered(p Params) string {
	if p.CapOrder.Value == CapLine2Only {
		return "Line 2 by formula"
	}
	return "Line 1 plus Line 2 by formula"
}

func economySummary(p Params) string {
	if p.TransitionEconomies.Value == Ineligible {
		return "A benefiting Member State that is not a developing one makes an application ineligible, on either line (this set reads Part III as developing Member States only)."
	}
	return "A benefiting Member State that is neither developing nor with economy in transition makes an application ineligible, on either line."
}

func overCeilingWord(p Params) string {
	if p.OverCeiling.Value == Ineligible {
		return "ineligible"
	}
	return "conditional: fundable up to the ceiling"
}

// valueText writes a parameter's value for a summary: money as "USD
// 200,000.00", the share as "25%", a choice by its name, and a value that
// is not what its citation states as such ("50% (a what-if: ... says 25%)").
func (p Params) valueText(key string) string {
	f, _ := paramFieldNamed(key)
	if f.absent(&p) {
		return ""
	}
	t := f.show(&p)
	if src := p.source(key); strings.HasPrefix(src, whatIfPrefix) {
		t += " (a " + src + ")"
	}
	return t
}
