package facility1035

import (
	"slices"

	"github.com/policycode/iomstrategy"
)

// Results is what a test suite's cases produced, gathered for Coverage:
// the allocations, screenings and books it computed and the commitments
// the books refused.
type Results struct {
	Allocations []Allocation
	Screenings  []Screening
	Ledgers     []Ledger
	Refusals    []Refusal
}

// RuleCoverage is how often one rule of the rule book decided a result of
// a Results, and how.
type RuleCoverage struct {
	Provision iomstrategy.Citation `json:"provision"`
	Code      string               `json:"code"`
	Kind      RuleKind             `json:"kind"`
	// Reached counts the results the rule took part in: the allocations
	// with the step, the screenings the criterion ran on, the commitments
	// the ledger rule judged, the results that rest on the reading.
	Reached int `json:"reached"`
	// Passed and Failed split Reached for a screening criterion (failed: a
	// finding stronger than eligible) and a ledger rule (passed: every
	// commitment booked; failed: the refusals that carry its code); they
	// are zero for the other kinds.
	Passed int `json:"passed"`
	Failed int `json:"failed"`
}

// Coverage reports, for every rule of the rule book in its order, how
// often the results reached it: the provisions a test suite exercises and
// the ones it never reaches (Reached zero; a rule that is not modelled is
// never reached). A suite gathers its results in a Results and reads the
// coverage at the end.
func (r Results) Coverage() []RuleCoverage {
	var out []RuleCoverage
	for _, p := range Provisions(Resolution1150()) {
		for _, rule := range p.Rules {
			c := RuleCoverage{Provision: p.Citation, Code: rule.Code, Kind: rule.Kind}
			switch rule.Kind {
			case KindStep:
				c.Reached = r.stepCount(FormulaStep(rule.Code))
			case KindCriterion:
				c.Passed, c.Failed = r.criterionCounts(ScreeningRule(rule.Code))
			case KindLedger:
				for _, l := range r.Ledgers {
					c.Passed += len(l.Commitments)
				}
				for _, f := range r.Refusals {
					if f.Code == rule.Code {
						c.Failed++
					}
				}
			case KindReading:
				c.Reached = r.readingCount(rule.Code)
			}
			c.Reached += c.Passed + c.Failed
			out = append(out, c)
		}
	}
	return out
}

// stepCount counts the allocations that took the step.
func (r Results) stepCount(step FormulaStep) int {
	n := 0
	for _, a := range r.Allocations {
		if slices.ContainsFunc(a.Steps, func(s Step) bool { return s.Rule == step }) {
			n++
		}
	}
	return n
}

// criterionCounts counts the screenings the rule ran on, split by whether
// it found against the application.
func (r Results) criterionCounts(rule ScreeningRule) (passed, failed int) {
	for _, s := range r.Screenings {
		if !slices.Contains(s.Applied, rule) {
			continue
		}
		if slices.ContainsFunc(s.Reasons, func(x Reason) bool { return x.Rule == rule && x.Verdict > Eligible }) {
			failed++
		} else {
			passed++
		}
	}
	return passed, failed
}

// readingCount counts the results that rest on the reading.
func (r Results) readingCount(id string) int {
	n := 0
	for _, a := range r.Allocations {
		if slices.ContainsFunc(a.Interpretations(), func(i Interpretation) bool { return i.ID == id }) {
			n++
		}
	}
	for _, s := range r.Screenings {
		if slices.ContainsFunc(s.Reasons, func(x Reason) bool { return slices.Contains(x.Interpretations, id) }) {
			n++
		}
	}
	for _, f := range r.Refusals {
		if slices.Contains(f.Interpretations, id) {
			n++
		}
	}
	return n
}
