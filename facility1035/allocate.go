package facility1035

import (
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// Allocation is a year's funding of the expanded Facility: every amount of
// the formula, the two lines after the cap, and the steps that produced
// them, each with its rule, citation and the amounts it used.
//
// The zero Allocation is no allocation (year 0, no steps).
type Allocation struct {
	Year   int
	Income Income // the year's figures as given

	// Rules names the parameter set used, RulesPeriod the years it governs,
	// CallerSupplied whether it is a caller's set.
	Rules          string
	RulesPeriod    Period
	CallerSupplied bool

	DiscretionaryExcludingSecurity decimal.Decimal // step 1
	ExcessOverBaseline             decimal.Decimal // step 2
	Line2Formula                   decimal.Decimal // step 3, rounded to the cent
	Line1Funding                   decimal.Decimal // step 4, before the cap
	MiscellaneousIncome            decimal.Decimal // step 5

	// Capped reports whether the cap bound; CapReduction is how much it
	// took off Line 1 and Line 2 together (Line1Funding + Line2Formula -
	// Total), zero when it did not bind.
	Capped       bool
	CapReduction decimal.Decimal

	Line1 decimal.Decimal // Line 1's budget for the year, after the cap
	Line2 decimal.Decimal // Line 2's budget for the year, after the cap
	Total decimal.Decimal // Line1 + Line2: excluding direct contributions

	DirectContributions decimal.Decimal // outside the two lines and the cap
	TotalAvailable      decimal.Decimal // Total + DirectContributions

	// Transition reports a year in which the set's successor took effect
	// (2018 for the built-in set): see TransitionYear.
	Transition bool

	Steps []Step
}

// Line returns the budget of a funding line: Line1 or Line2; zero for any
// other value.
func (a Allocation) Line(l Line) decimal.Decimal {
	switch l {
	case Line1:
		return a.Line1
	case Line2:
		return a.Line2
	}
	return decimal.Decimal{}
}

// Step returns the step for a rule.
func (a Allocation) Step(rule FormulaRule) (Step, bool) {
	for _, s := range a.Steps {
		if s.Rule == rule {
			return s, true
		}
	}
	return Step{}, false
}

// Interpretations returns the readings of a silent text the allocation
// rests on, in the order of the steps, each once; TransitionYear last when
// the year is one of transition.
func (a Allocation) Interpretations() []FormulaInterpretation {
	var seen [numInterpretations]bool
	var out []FormulaInterpretation
	for _, s := range a.Steps {
		for _, i := range s.Interpretations {
			if i < numInterpretations && !seen[i] {
				seen[i] = true
				out = append(out, i)
			}
		}
	}
	if a.Transition {
		out = append(out, TransitionYear)
	}
	return out
}

// Equal reports whether a and o are the same allocation, amount by amount
// (Decimal.Equal) and step by step.
func (a Allocation) Equal(o Allocation) bool {
	if a.Year != o.Year || !a.Income.Equal(o.Income) || a.Rules != o.Rules || a.RulesPeriod != o.RulesPeriod ||
		a.CallerSupplied != o.CallerSupplied || a.Capped != o.Capped || a.Transition != o.Transition ||
		len(a.Steps) != len(o.Steps) {
		return false
	}
	for _, pair := range [...][2]decimal.Decimal{
		{a.DiscretionaryExcludingSecurity, o.DiscretionaryExcludingSecurity},
		{a.ExcessOverBaseline, o.ExcessOverBaseline},
		{a.Line2Formula, o.Line2Formula},
		{a.Line1Funding, o.Line1Funding},
		{a.MiscellaneousIncome, o.MiscellaneousIncome},
		{a.CapReduction, o.CapReduction},
		{a.Line1, o.Line1},
		{a.Line2, o.Line2},
		{a.Total, o.Total},
		{a.DirectContributions, o.DirectContributions},
		{a.TotalAvailable, o.TotalAvailable},
	} {
		if !pair[0].Equal(pair[1]) {
			return false
		}
	}
	for i := range a.Steps {
		if !a.Steps[i].Equal(o.Steps[i]) {
			return false
		}
	}
	return true
}

// The citations of the formula's rules: where the shape of each step comes
// from. The values a step uses carry their own citations (Term.Citation).
var (
	citeBullet1 = iomstrategy.PartIIIBullet(1)
	citeBullet2 = iomstrategy.PartIIIBullet(2)
	citeBullet4 = iomstrategy.PartIIIBullet(4)
	citeBullet5 = iomstrategy.PartIIIBullet(5)
)

// Allocate computes a year's funding of the expanded Facility under the
// parameter set p, step by step (see the package documentation):
//
//  1. discretionary income excluding security = discretionary - security;
//  2. excess = that - baseline, or zero when negative;
//  3. Line 2 by formula = share x excess, rounded to the cent with
//     p.Rounding;
//  4. Line 1 = p.Line1;
//  5. miscellaneous income = unearmarked + interest;
//  6. the cap: when Line 1 + Line 2 by formula is above miscellaneous
//     income, the lines are cut (Line 2 first with CapLine2First, down to
//     miscellaneous income - Line 1 but not below zero, then Line 1 down
//     to miscellaneous income);
//  7. total = Line 1 + Line 2; total available = total + direct.
//
// It refuses, without a partial result: a set whose values do not
// validate (*ParamError; citations are not checked here, see
// Params.Validate); a year outside p's allocation period, before its first
// year or after its last (*NoRulesError); an amount that is negative or
// has fractions of a cent, or security above discretionary income
// (*IncomeError).
func Allocate(in Income, p Params) (Allocation, error) {
	if err := p.validate(false); err != nil {
		return Allocation{}, err
	}
	if ap := p.AllocationPeriod(); !ap.Contains(in.Year) {
		return Allocation{}, &NoRulesError{Year: in.Year, Covered: []Period{ap}, FirstYear: p.FirstYear}
	}
	if err := in.Validate(); err != nil {
		return Allocation{}, err
	}

	// The arithmetic, exactly: every amount has whole cents except the
	// share of the excess, which is rounded once.
	zero := decimal.Decimal{}
	excluding := in.Discretionary.Sub(in.Security)
	excess := excluding.Sub(p.Baseline.Value)
	if excess.Sign() < 0 {
		excess = zero
	}
	line2Formula, err := p.Rounding.Round(p.Share.Value.Mul(excess), 2)
	if err != nil {
		return Allocation{}, err // unreachable: validate checked the mode
	}
	line1Funding := p.Line1.Value
	misc := in.Unearmarked.Add(in.Interest)
	before := line1Funding.Add(line2Formula)
	line1, line2 := line1Funding, line2Formula
	if before.Cmp(misc) > 0 {
		switch p.CapOrder {
		case CapLine2First:
			line2 = misc.Sub(line1Funding)
			if line2.Sign() < 0 {
				line2, line1 = zero, misc
			}
		case CapLine1First:
			line1 = misc.Sub(line2Formula)
			if line1.Sign() < 0 {
				line1, line2 = zero, misc
			}
		}
	}
	total := line1.Add(line2)
	reduction := before.Sub(total)
	available := total.Add(in.Direct)

	a := Allocation{
		Year:                           in.Year,
		Income:                         in,
		Rules:                          p.Name,
		RulesPeriod:                    p.Period(),
		CallerSupplied:                 p.CallerSupplied,
		DiscretionaryExcludingSecurity: excluding,
		ExcessOverBaseline:             excess,
		Line2Formula:                   line2Formula,
		Line1Funding:                   line1Funding,
		MiscellaneousIncome:            misc,
		Capped:                         reduction.Sign() > 0,
		CapReduction:                   reduction,
		Line1:                          line1,
		Line2:                          line2,
		Total:                          total,
		DirectContributions:            in.Direct,
		TotalAvailable:                 available,
		Transition:                     p.SuccessorYear != 0 && in.Year == p.SuccessorYear,
	}
	a.Steps = explainSteps(&a, p)
	return a, nil
}

// stepStore holds the steps of one allocation with their terms and
// interpretations, so that the whole explanation is a single allocation.
type stepStore struct {
	steps   [10]Step
	terms   [21]Term
	interps [7]FormulaInterpretation
}

// stepWriter fills a stepStore in order.
type stepWriter struct {
	st                 *stepStore
	nSteps, nTerms, nI int
	callerSupplied     bool
}

func (w *stepWriter) term(t Term) {
	w.st.terms[w.nTerms] = t
	w.nTerms++
}

func (w *stepWriter) input(name string, v decimal.Decimal) {
	w.term(Term{Name: name, Value: v, Origin: FromIncome})
}

func (w *stepWriter) result(name string, v decimal.Decimal) {
	w.term(Term{Name: name, Value: v, Origin: FromStep})
}

func (w *stepWriter) param(name string, v decimal.Decimal, c iomstrategy.Citation) {
	w.term(Term{Name: name, Value: v, Origin: FromParams, Citation: c, CallerSupplied: w.callerSupplied && c.IsZero()})
}

func (w *stepWriter) interpret(i FormulaInterpretation) {
	w.st.interps[w.nI] = i
	w.nI++
}

// step closes a step over the last nTerms terms and nInterps
// interpretations written.
func (w *stepWriter) step(rule FormulaRule, c iomstrategy.Citation, amount decimal.Decimal, nTerms, nInterps int) *Step {
	s := &w.st.steps[w.nSteps]
	w.nSteps++
	s.Rule, s.Citation, s.Amount = rule, c, amount
	s.Inputs = w.st.terms[w.nTerms-nTerms : w.nTerms : w.nTerms]
	s.Interpretations = w.st.interps[w.nI-nInterps : w.nI : w.nI]
	return s
}

// explainSteps records the steps of an allocation already computed, in one
// allocation whatever their number of terms.
func explainSteps(a *Allocation, p Params) []Step {
	in := a.Income
	w := stepWriter{st: new(stepStore), callerSupplied: p.CallerSupplied}

	w.input(TermDiscretionary, in.Discretionary)
	w.input(TermSecurity, in.Security)
	w.interpret(SecurityIsInput)
	w.step(RuleDiscretionaryExcludingSecurity, citeBullet1, a.DiscretionaryExcludingSecurity, 2, 1)

	w.result(TermDiscretionaryExcludingSecurity, a.DiscretionaryExcludingSecurity)
	w.param(TermBaseline, p.Baseline.Value, p.Baseline.Source)
	w.step(RuleExcessOverBaseline, citeBullet1, a.ExcessOverBaseline, 2, 0)

	w.param(TermShare, p.Share.Value, p.Share.Source)
	w.st.terms[w.nTerms-1].Proportion = true
	w.result(TermExcessOverBaseline, a.ExcessOverBaseline)
	w.interpret(FormulaFundsLine2)
	w.interpret(RoundingToCent)
	w.step(RuleLine2Formula, citeBullet1, a.Line2Formula, 2, 2).Rounding = p.Rounding

	w.param(TermLine1, p.Line1.Value, p.Line1.Source)
	w.interpret(Line1Fixed)
	w.step(RuleLine1Funding, citeBullet5, a.Line1Funding, 1, 1)

	w.input(TermUnearmarked, in.Unearmarked)
	w.input(TermInterest, in.Interest)
	w.step(RuleMiscellaneousIncome, citeBullet2, a.MiscellaneousIncome, 2, 0)

	w.result(TermLine1Funding, a.Line1Funding)
	w.result(TermLine2Formula, a.Line2Formula)
	w.result(TermMiscellaneousIncome, a.MiscellaneousIncome)
	w.interpret(CapCoversBothLines)
	w.step(RuleCap, citeBullet2, a.CapReduction, 3, 1)

	// Both cap-line steps share the one interpretation of the order.
	if p.CapOrder == CapLine1First {
		w.interpret(CapCutsLine1First)
		w.result(TermLine1Funding, a.Line1Funding)
		w.result(TermMiscellaneousIncome, a.MiscellaneousIncome)
		w.result(TermLine2Formula, a.Line2Formula)
		w.step(RuleCapLine1, citeBullet2, a.Line1, 3, 1)
		w.result(TermLine2Formula, a.Line2Formula)
		w.result(TermMiscellaneousIncome, a.MiscellaneousIncome)
		w.step(RuleCapLine2, citeBullet2, a.Line2, 2, 1)
	} else {
		w.interpret(CapCutsLine2First)
		w.result(TermLine2Formula, a.Line2Formula)
		w.result(TermMiscellaneousIncome, a.MiscellaneousIncome)
		w.result(TermLine1Funding, a.Line1Funding)
		w.step(RuleCapLine2, citeBullet2, a.Line2, 3, 1)
		w.result(TermLine1Funding, a.Line1Funding)
		w.result(TermMiscellaneousIncome, a.MiscellaneousIncome)
		w.step(RuleCapLine1, citeBullet2, a.Line1, 2, 1)
	}

	w.result(TermLine1AfterCap, a.Line1)
	w.result(TermLine2AfterCap, a.Line2)
	w.step(RuleTotal, citeBullet2, a.Total, 2, 0)

	w.result(TermTotal, a.Total)
	w.input(TermDirect, in.Direct)
	w.interpret(DirectOutsideLines)
	w.step(RuleTotalAvailable, citeBullet4, a.TotalAvailable, 2, 1)
	return w.st.steps[:w.nSteps:w.nSteps]
}
