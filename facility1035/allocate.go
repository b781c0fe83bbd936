package facility1035

import (
	"strconv"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// Income is what the funding formula needs to know about a year, all in
// US dollars, none negative.
//
// The zero Income is year 0 with every amount zero; the amounts are valid,
// the year is governed by no rules.
type Income struct {
	// Year is the year allocated.
	Year int
	// Discretionary is the year's Discretionary Income, its security part
	// included.
	Discretionary iomstrategy.USD
	// Security is the security part of Discretionary that Part III,
	// bullet 1 excludes. Its make-up was not found: it is the caller's
	// figure. It cannot be above Discretionary.
	Security iomstrategy.USD
	// Unearmarked is the year's unearmarked contributions and Interest its
	// interest income: together the miscellaneous income that caps the
	// Facility (Part III, bullet 2).
	Unearmarked iomstrategy.USD
	Interest    iomstrategy.USD
	// Direct is the direct voluntary contributions to the Facility (Part
	// III, bullet 4): outside the cap, reported beside the two lines.
	Direct iomstrategy.USD
	// Basis says what Discretionary is: "budgeted", "actual", or "" when
	// not stated. It is a label (the interpretation discretionary-basis):
	// the arithmetic is the same.
	Basis string
}

// validate returns the first problem with the amounts, in field order, as
// an *InputError naming the field by its input column, or nil. It does not
// look at the year: which years have rules is for the parameters to say.
func (in Income) validate() error {
	fail := func(field string, a iomstrategy.USD, err error) error {
		return &InputError{Input: "income", ID: strconv.Itoa(in.Year), Field: field, Value: usdText(a), Err: err}
	}
	for _, f := range [...]struct {
		name string
		a    iomstrategy.USD
	}{
		{"discretionary", in.Discretionary},
		{"security", in.Security},
		{"unearmarked", in.Unearmarked},
		{"interest", in.Interest},
		{"direct", in.Direct},
	} {
		if f.a.Sign() < 0 {
			return fail(f.name, f.a, iomstrategy.ErrNegativeAmount)
		}
	}
	if in.Security.Cmp(in.Discretionary) > 0 {
		return fail("security", in.Security, failf(ErrSecurityAboveDiscretionary, "%v (%s above %s)",
			ErrSecurityAboveDiscretionary, in.Security, in.Discretionary))
	}
	if in.Basis != "" && in.Basis != "budgeted" && in.Basis != "actual" {
		return &InputError{Input: "income", ID: strconv.Itoa(in.Year), Field: "discretionary_basis", Value: in.Basis,
			Err: choice("discretionary basis", in.Basis, "budgeted or actual (or nothing: not stated)")}
	}
	return nil
}

// Allocation is a year's funding of the expanded Facility: every amount of
// the formula, the two lines after the cap, and the steps that produced
// them. It marshals to the tool's JSON. The zero Allocation has no steps.
type Allocation struct {
	Year   int
	Income Income // the year's figures as given

	// Rules names the parameter set used, RulesYears the years it governs,
	// CallerSupplied whether it is a caller's set.
	Rules          string
	RulesYears     Years
	CallerSupplied bool

	DiscretionaryExcludingSecurity iomstrategy.USD // step 1
	ExcessOverBaseline             iomstrategy.USD // step 2
	Line2Formula                   iomstrategy.USD // step 3, rounded to the cent
	Line1Funding                   iomstrategy.USD // step 4, before the cap
	MiscellaneousIncome            iomstrategy.USD // step 5

	// Capped reports whether the cap bound; CapReduction is how much it
	// took off Line 1 and Line 2 together (Line1Funding + Line2Formula -
	// Total), zero when it did not bind.
	Capped       bool
	CapReduction iomstrategy.USD

	Line1 iomstrategy.USD // Line 1's budget for the year, after the cap
	Line2 iomstrategy.USD // Line 2's budget for the year, after the cap
	Total iomstrategy.USD // Line1 + Line2: excluding direct contributions

	DirectContributions iomstrategy.USD // outside the two lines and the cap
	TotalAvailable      iomstrategy.USD // Total + DirectContributions

	// Transition reports the year in which the set's successor took effect
	// (2018 for the built-in set): the interpretation transition-year.
	Transition bool

	Steps []Step
}

// FormulaStep names a step of the funding formula. The values are stable
// machine identifiers: programs may match on them.
type FormulaStep string

// The steps of the funding formula of Part III, in the order Allocate takes
// them (the cap-line steps swap places when the cap cuts Line 1 first).
const (
	// StepDiscretionaryExcludingSecurity: discretionary income less security (bullet 1).
	StepDiscretionaryExcludingSecurity FormulaStep = "discretionary-excluding-security"
	// StepExcessOverBaseline: the part of it above the baseline, or zero (bullet 1).
	StepExcessOverBaseline FormulaStep = "excess-over-baseline"
	// StepLine2Formula: the share of the excess, rounded to the cent (bullet 1).
	StepLine2Formula FormulaStep = "line2-formula"
	// StepLine1Funding: the original funding of Line 1 (bullet 5).
	StepLine1Funding FormulaStep = "line1-funding"
	// StepMiscellaneousIncome: unearmarked contributions plus interest (bullet 2).
	StepMiscellaneousIncome FormulaStep = "miscellaneous-income"
	// StepCap: what the cap of bullet 2 takes off the two lines (zero if none).
	StepCap FormulaStep = "cap"
	// StepCapLine2: Line 2 after the cap.
	StepCapLine2 FormulaStep = "cap-line2"
	// StepCapLine1: Line 1 after the cap.
	StepCapLine1 FormulaStep = "cap-line1"
	// StepTotal: Line 1 plus Line 2, excluding direct contributions (bullet 2).
	StepTotal FormulaStep = "total"
	// StepTotalAvailable: the total plus direct contributions (bullets 2, 4).
	StepTotalAvailable FormulaStep = "total-available"
)

// Step is one step of the funding formula: the rule it applies, where the
// rule comes from, the amounts it used and the amount it produced, and the
// interpretations it rests on where the text is silent. Sentence says it in
// words.
type Step struct {
	Rule     FormulaStep
	Citation iomstrategy.Citation
	Inputs   []Operand
	Amount   iomstrategy.USD
	// Interpretations are the ids of the readings of a silent text this step
	// rests on (see Interpretations).
	Interpretations []string
	// Rounding is the mode the step rounded with (line2-formula only).
	Rounding iomstrategy.RoundingMode
}

// Operand is one named amount a step used: a figure of the year's income, a
// parameter, or the amount of an earlier step.
type Operand struct {
	// Name is the income field, the parameter or the allocation field it
	// is, by its JSON name: "discretionary", "share", "line2_formula".
	Name string
	// Value is money in USD, or for the share a proportion (0.25).
	Value decimal.Decimal
	// Proportion is true for the share, false for money.
	Proportion bool
	// Source says where the value comes from: "input" (the income), "step"
	// (an earlier step), or for a parameter its citation, or
	// "caller-supplied" or "uncited" when it has none, or, for a value that
	// differs from what its citation states, "what-if: CITATION says VALUE".
	Source string
}

// The sources of terms other than cited parameters.
const (
	sourceInput          = "input"
	sourceStep           = "step"
	sourceCallerSupplied = "caller-supplied"
	sourceUncited        = "uncited"
	whatIfPrefix         = "what-if: "
)

// The citations of the formula's rules: where the shape of each step comes
// from. The values a step uses carry their own sources.
var (
	citeBullet1 = iomstrategy.PartIIIBullet(1)
	citeBullet2 = iomstrategy.PartIIIBullet(2)
	citeBullet5 = iomstrategy.PartIIIBullet(5)
)

// Allocate computes a year's funding of the expanded Facility under the
// parameter set p, in the steps the FormulaStep constants state, in their
// order: discretionary income excluding security, the excess over the
// baseline, Line 2 by formula (the share of the excess, rounded to the cent
// with p.Rounding), Line 1, miscellaneous income, the cap and the two lines
// after it (cut in p.CapOrder's order), the total and the total available.
//
// It refuses, without a partial result: a set whose values do not validate
// (an *InputError; citations are checked for where they point but not
// looked up in the source, see Params.Validate); a year outside p's
// allocation years, before its first year or after its last
// (*NoRulesError); an amount that is negative (iomstrategy.ErrNegativeAmount)
// or security above discretionary income (ErrSecurityAboveDiscretionary),
// as an *InputError naming the field.
func Allocate(in Income, p Params) (Allocation, error) {
	if err := p.validate(false); err != nil {
		return Allocation{}, err
	}
	if ap := p.allocationYears(); !ap.Contains(in.Year) {
		return Allocation{}, &NoRulesError{Year: in.Year, Covered: []Years{ap}, FirstYear: p.FirstYear.Value}
	}
	if err := in.validate(); err != nil {
		return Allocation{}, err
	}

	// The arithmetic, exactly: every amount is whole cents except the share
	// of the excess, which is rounded once.
	var zero iomstrategy.USD
	excluding := in.Discretionary.Sub(in.Security)
	excess := excluding.Sub(p.Baseline.Value)
	if excess.Sign() < 0 {
		excess = zero
	}
	share := p.Share.Value
	rounded, err := p.Rounding.Value.Round(share.Mul(excess.Decimal()), 2)
	if err != nil {
		return Allocation{}, err // unreachable: validate checked the mode
	}
	line2Formula, _ := iomstrategy.NewUSD(rounded) // whole cents by rounding
	line1Funding := p.Line1.Value
	misc := in.Unearmarked.Add(in.Interest)
	before := line1Funding.Add(line2Formula)
	line1, line2 := line1Funding, line2Formula
	if before.Cmp(misc) > 0 {
		switch p.CapOrder.Value {
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
		case CapLine2Only:
			if line2Formula.Cmp(misc) > 0 {
				line2 = misc // Line 1 is not capped
			}
		}
	}
	total := line1.Add(line2)
	reduction := before.Sub(total)

	a := Allocation{
		Year:                           in.Year,
		Income:                         in,
		Rules:                          p.Name,
		RulesYears:                     p.years(),
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
		TotalAvailable:                 total.Add(in.Direct),
		Transition:                     p.Successor.Value != 0 && in.Year == p.Successor.Value,
	}
	a.Steps = steps(a, &p)
	return a, nil
}

// steps records the steps of an allocation already computed. The terms
// and interpretation ids of all the steps share one array each, every
// step's slice capped at its own length.
func steps(a Allocation, p *Params) []Step {
	in := a.Income
	terms := make([]Operand, 0, 21)
	ids := make([]string, 0, 9)
	uses := func(ts ...Operand) []Operand {
		start := len(terms)
		terms = append(terms, ts...)
		return terms[start:len(terms):len(terms)]
	}
	restsOn := func(s ...string) []string {
		start := len(ids)
		ids = append(ids, s...)
		return ids[start:len(ids):len(ids)]
	}
	input := func(name string, v iomstrategy.USD) Operand {
		return Operand{Name: name, Value: v.Decimal(), Source: sourceInput}
	}
	result := func(name string, v iomstrategy.USD) Operand {
		return Operand{Name: name, Value: v.Decimal(), Source: sourceStep}
	}
	param := func(key string, v decimal.Decimal) Operand {
		return Operand{Name: key, Value: v, Source: p.source(key), Proportion: key == "share"}
	}
	discretionary := input("discretionary", in.Discretionary)
	if in.Basis != "" {
		discretionary.Source += ", " + in.Basis // "input, budgeted": a label (discretionary-basis)
	}
	line1, line2 := result("line1_funding", a.Line1Funding), result("line2_formula", a.Line2Formula)
	misc := result("miscellaneous_income", a.MiscellaneousIncome)

	out := []Step{
		{Rule: StepDiscretionaryExcludingSecurity, Citation: citeBullet1, Amount: a.DiscretionaryExcludingSecurity,
			Inputs:          uses(discretionary, input("security", in.Security)),
			Interpretations: restsOn(idSecurityIsInput, idDiscretionaryBasis)},
		{Rule: StepExcessOverBaseline, Citation: citeBullet1, Amount: a.ExcessOverBaseline,
			Inputs: uses(result("discretionary_excluding_security", a.DiscretionaryExcludingSecurity),
				param("baseline", p.Baseline.Value.Decimal()))},
		{Rule: StepLine2Formula, Citation: citeBullet1, Amount: a.Line2Formula,
			Inputs:          uses(param("share", p.Share.Value), result("excess_over_baseline", a.ExcessOverBaseline)),
			Interpretations: restsOn(idFormulaFundsLine2, idRoundingToCent), Rounding: p.Rounding.Value},
		{Rule: StepLine1Funding, Citation: citeBullet5, Amount: a.Line1Funding,
			Inputs:          uses(param("line1", p.Line1.Value.Decimal())),
			Interpretations: restsOn(idLine1Fixed)},
		{Rule: StepMiscellaneousIncome, Citation: citeBullet2, Amount: a.MiscellaneousIncome,
			Inputs: uses(input("unearmarked", in.Unearmarked), input("interest", in.Interest))},
		{Rule: StepCap, Citation: citeBullet2, Amount: a.CapReduction,
			Inputs: uses(line1, line2, misc), Interpretations: restsOn(idCapCoversBothLines)},
		// The two lines after the cap, in the order the cap cuts them: the
		// line cut first names the other line's amount too.
		{Rule: StepCapLine2, Citation: citeBullet2, Amount: a.Line2,
			Inputs: uses(line2, misc, line1), Interpretations: restsOn(idCapLine2First)},
		{Rule: StepCapLine1, Citation: citeBullet2, Amount: a.Line1,
			Inputs: uses(line1, misc), Interpretations: restsOn(idCapLine2First)},
		{Rule: StepTotal, Citation: citeBullet2, Amount: a.Total,
			Inputs: uses(result("line1_after_cap", a.Line1), result("line2_after_cap", a.Line2))},
		{Rule: StepTotalAvailable, Citation: citeBullet2, Amount: a.TotalAvailable,
			Inputs:          uses(result("total", a.Total), input("direct", in.Direct)),
			Interpretations: restsOn(idDirectOutsideLines)},
	}
	switch p.CapOrder.Value {
	case CapLine2Only:
		out[5] = Step{Rule: StepCap, Citation: citeBullet2, Amount: a.CapReduction,
			Inputs: uses(line2, misc), Interpretations: restsOn(idCapCoversLine2)}
		out[6] = Step{Rule: StepCapLine2, Citation: citeBullet2, Amount: a.Line2,
			Inputs: uses(line2, misc), Interpretations: restsOn(idCapCoversLine2)}
		out[7] = Step{Rule: StepCapLine1, Citation: citeBullet2, Amount: a.Line1,
			Inputs: uses(line1), Interpretations: restsOn(idCapCoversLine2)}
	case CapLine1First:
		out[6] = Step{Rule: StepCapLine1, Citation: citeBullet2, Amount: a.Line1,
			Inputs: uses(line1, misc, line2), Interpretations: restsOn(idCapLine1First)}
		out[7] = Step{Rule: StepCapLine2, Citation: citeBullet2, Amount: a.Line2,
			Inputs: uses(line2, misc), Interpretations: restsOn(idCapLine1First)}
	}
	return out
}

// source says where the parameter named key comes from, for a Operand: its
// citation when the value is what the citation states; "what-if: CITATION
// says VALUE" when it differs; "caller-supplied" or "uncited" when the set
// cites nothing for it.
func (p *Params) source(key string) string {
	f, _ := paramFieldNamed(key)
	c := *f.cite(p)
	switch {
	case c.IsZero() && p.CallerSupplied:
		return sourceCallerSupplied
	case c.IsZero():
		return sourceUncited
	case c != f.citation:
		return c.String()
	case f.states && !f.said(p):
		return whatIfPrefix + f.citationText + " says " + f.stated()
	}
	return f.citationText
}

// stated writes the value the built-in citation states, as a term shows
// it: "25%", "USD 20,500,000.00", "2008".
func (f paramField) stated() string {
	var p Params
	f.builtIn(&p)
	return f.show(&p)
}

// percent writes a proportion as a percentage: "25%", "12.5%".
func percent(d decimal.Decimal) string { return d.Shift(2).String() + "%" }
