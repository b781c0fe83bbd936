package facility1035

import (
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// FormulaRule names a step of the funding formula. The values are stable
// machine identifiers: programs may match on them.
type FormulaRule string

// The steps of the funding formula, in the order Allocate takes them (the
// two cap-line steps swap places when the cap cuts Line 1 first).
const (
	// RuleDiscretionaryExcludingSecurity: discretionary income less its
	// security part (Part III, bullet 1).
	RuleDiscretionaryExcludingSecurity FormulaRule = "discretionary-excluding-security"
	// RuleExcessOverBaseline: the part of it above the baseline, or zero
	// (Part III, bullet 1).
	RuleExcessOverBaseline FormulaRule = "excess-over-baseline"
	// RuleLine2Formula: the share of the excess, rounded to the cent (Part
	// III, bullet 1).
	RuleLine2Formula FormulaRule = "line2-formula"
	// RuleLine1Funding: the original funding of Line 1 (Part III, bullet 5).
	RuleLine1Funding FormulaRule = "line1-funding"
	// RuleMiscellaneousIncome: unearmarked contributions plus interest
	// income (Part III, bullet 2).
	RuleMiscellaneousIncome FormulaRule = "miscellaneous-income"
	// RuleCap: how much the cap of Part III, bullet 2 takes off the two
	// lines together (zero when it does not bind).
	RuleCap FormulaRule = "cap"
	// RuleCapLine2: Line 2 after the cap.
	RuleCapLine2 FormulaRule = "cap-line2"
	// RuleCapLine1: Line 1 after the cap.
	RuleCapLine1 FormulaRule = "cap-line1"
	// RuleTotal: Line 1 plus Line 2, excluding direct voluntary
	// contributions (Part III, bullets 2 and 5).
	RuleTotal FormulaRule = "total"
	// RuleTotalAvailable: the total plus direct voluntary contributions
	// (Part III, bullets 2 and 4).
	RuleTotalAvailable FormulaRule = "total-available"
)

// FormulaRules returns the formula's steps in their built-in order.
func FormulaRules() []FormulaRule {
	return []FormulaRule{
		RuleDiscretionaryExcludingSecurity, RuleExcessOverBaseline, RuleLine2Formula, RuleLine1Funding,
		RuleMiscellaneousIncome, RuleCap, RuleCapLine2, RuleCapLine1, RuleTotal, RuleTotalAvailable,
	}
}

// The names of the amounts the steps use and produce (Term.Name): the
// income fields, the parameters by their JSON names, and the results of
// earlier steps by the JSON names of the allocation.
const (
	TermDiscretionary                  = "discretionary"
	TermSecurity                       = "security"
	TermUnearmarked                    = "unearmarked"
	TermInterest                       = "interest"
	TermDirect                         = "direct"
	TermShare                          = "share"
	TermBaseline                       = "baseline"
	TermLine1                          = "line1"
	TermDiscretionaryExcludingSecurity = "discretionary_excluding_security"
	TermExcessOverBaseline             = "excess_over_baseline"
	TermLine2Formula                   = "line2_formula"
	TermLine1Funding                   = "line1_funding"
	TermMiscellaneousIncome            = "miscellaneous_income"
	TermCapReduction                   = "cap_reduction"
	TermLine1AfterCap                  = "line1_after_cap"
	TermLine2AfterCap                  = "line2_after_cap"
	TermTotal                          = "total"
)

// TermOrigin says where an amount a step used came from.
type TermOrigin uint8

// The origins of a term.
const (
	// FromIncome: the caller's figure for the year (Income).
	FromIncome TermOrigin = iota
	// FromParams: a value of the parameter set, with its citation.
	FromParams
	// FromStep: the amount an earlier step produced.
	FromStep
)

// String returns "input", "parameter" or "step".
func (o TermOrigin) String() string {
	switch o {
	case FromIncome:
		return "input"
	case FromParams:
		return "parameter"
	case FromStep:
		return "step"
	}
	return "TermOrigin(?)"
}

// Term is one named amount a step used.
type Term struct {
	Name   string
	Value  decimal.Decimal
	Origin TermOrigin
	// Citation is the parameter's citation (FromParams only); zero when
	// the set gives none.
	Citation iomstrategy.Citation
	// CallerSupplied is true for a parameter of a caller's set that gives
	// no citation for it.
	CallerSupplied bool
	// Proportion is true for a rate (the share) rather than money.
	Proportion bool
}

// Equal reports whether t and o are the same term.
func (t Term) Equal(o Term) bool {
	return t.Name == o.Name && t.Value.Equal(o.Value) && t.Origin == o.Origin && t.Citation == o.Citation &&
		t.CallerSupplied == o.CallerSupplied && t.Proportion == o.Proportion
}

// Source says where the term came from, for people and for JSON: "input",
// "step", or for a parameter its citation ("Resolution 1150 (XCIII),
// Annex, Part III, bullet 1"), "caller-supplied" or "uncited".
func (t Term) Source() string {
	switch {
	case t.Origin != FromParams:
		return t.Origin.String()
	case !t.Citation.IsZero():
		return t.Citation.String()
	case t.CallerSupplied:
		return CallerSuppliedSource
	}
	return "uncited"
}

// Text writes the value: money as "USD 1,400,000.00" (with every decimal
// when it has more than two), a proportion as a percentage ("25%").
func (t Term) Text() string {
	if t.Proportion {
		return Rate{Value: t.Value}.Percent()
	}
	return usdExact(t.Value)
}

// Step is one step of the funding formula: the rule it applies, where the
// rule comes from, the amounts it used and the amount it produced, and the
// interpretations it rests on where the text is silent. Sentence says it
// in words.
type Step struct {
	Rule     FormulaRule
	Citation iomstrategy.Citation
	Inputs   []Term
	Amount   decimal.Decimal
	// Interpretations are the readings of a silent text this step rests
	// on; see FormulaInterpretation.
	Interpretations []FormulaInterpretation
	// Rounding is the mode the step rounded with (line2-formula only).
	Rounding iomstrategy.RoundingMode
}

// Input returns the step's term of that name.
func (s Step) Input(name string) (Term, bool) {
	for _, t := range s.Inputs {
		if t.Name == name {
			return t, true
		}
	}
	return Term{}, false
}

// Equal reports whether s and o are the same step.
func (s Step) Equal(o Step) bool {
	if s.Rule != o.Rule || s.Citation != o.Citation || !s.Amount.Equal(o.Amount) || s.Rounding != o.Rounding ||
		len(s.Inputs) != len(o.Inputs) || len(s.Interpretations) != len(o.Interpretations) {
		return false
	}
	for i := range s.Inputs {
		if !s.Inputs[i].Equal(o.Inputs[i]) {
			return false
		}
	}
	for i := range s.Interpretations {
		if s.Interpretations[i] != o.Interpretations[i] {
			return false
		}
	}
	return true
}
