package facility1035

import "github.com/policycode/iomstrategy"

// Provision is one provision of Part III of the Strategy Document: where it
// is, what it says in short, whether the library applies it, and where.
type Provision struct {
	Citation iomstrategy.Citation
	// Applied is true for a provision the library applies as a rule, false
	// for one it cites but does not compute (it binds people, not figures).
	Applied bool
	// Summary says the provision in one sentence.
	Summary string
	// AppliedBy says what in the library applies it, or, for a cited
	// provision, how it bears on what the library computes.
	AppliedBy string
	// Steps are the steps of the funding formula that apply it or that it
	// bears on; empty for provisions applied elsewhere.
	Steps []FormulaStep
}

// Provisions returns every provision of Part III, in the order of the
// text: the opening paragraph, bullets 1 to 5 and the criteria of bullet 5.
func Provisions() []Provision {
	return []Provision{
		{
			Citation:  iomstrategy.PartOpening(iomstrategy.PartIII),
			Applied:   false,
			Summary:   "The conclusions of Part III serve the objective of allocating additional funding to support projects in developing Member States.",
			AppliedBy: "the purpose of the rules that follow; screening reads the Facility's beneficiaries (developing Member States and Member States with economy in transition) from Resolution No. 1035 and MC/INF/302, para. 10",
		},
		{
			Citation:  iomstrategy.PartIIIBullet(1),
			Applied:   true,
			Summary:   "25 per cent of Discretionary Income (excluding security) in excess of the 2007 Programme and Budget Discretionary Income of USD 20.5 million goes to the expanded 1035 Facility, starting in 2008.",
			AppliedBy: "Allocate, with the parameters share, baseline and first_year",
			Steps:     []FormulaStep{StepDiscretionaryExcludingSecurity, StepExcessOverBaseline, StepLine2Formula},
		},
		{
			Citation:  iomstrategy.PartIIIBullet(2),
			Applied:   true,
			Summary:   "The total available for the expanded Facility, excluding direct voluntary contributions, cannot exceed miscellaneous income (unearmarked contributions and interest income).",
			AppliedBy: "Allocate: the cap, with the parameter cap_order",
			Steps:     []FormulaStep{StepMiscellaneousIncome, StepCap, StepCapLine2, StepCapLine1, StepTotal},
		},
		{
			Citation:  iomstrategy.PartIIIBullet(3),
			Applied:   false,
			Summary:   "Resolution No. 1110 (LXXXVIII) of 3 December 2004, on the use of project-related overhead income to cover staff positions and support costs of an administrative nature, is to be fully applied to the use of overhead income.",
			AppliedBy: "not computed: the library does not model overhead income; project-related overhead income is part of Discretionary Income, so it reaches the formula only through the caller's discretionary figure",
		},
		{
			Citation:  iomstrategy.PartIIIBullet(4),
			Applied:   false,
			Summary:   "Member States should consider direct voluntary contributions to the 1035 Facility and increased fundraising initiatives.",
			AppliedBy: "not computed: the contributions Member States make are the caller's direct figure, reported outside the cap and the two lines in the total available",
			Steps:     []FormulaStep{StepTotalAvailable},
		},
		{
			Citation:  iomstrategy.PartIIIBullet(5),
			Applied:   true,
			Summary:   "The Facility has two separate funding lines: Line 1, the original funding of USD 1.4 million, and Line 2, a new budget with its own criteria.",
			AppliedBy: "Allocate (Line 1 with the parameter line1; Line 2 from the formula) and the Line type",
			Steps:     []FormulaStep{StepLine1Funding, StepTotal},
		},
		{
			Citation:  iomstrategy.Criterion(1),
			Applied:   true,
			Summary:   "Access to Line 2 is linked to outstanding contributions, and Member States subject to Article 4 are not eligible.",
			AppliedBy: "Line 2 screening (Screen), with the parameter article4_lookback",
		},
		{
			Citation:  iomstrategy.Criterion(2),
			Applied:   true,
			Summary:   "A national project on Line 2 is funded up to USD 200,000.",
			AppliedBy: "Line 2 screening (Screen), with the parameter line2_national_ceiling",
		},
		{
			Citation:  iomstrategy.Criterion(3),
			Applied:   true,
			Summary:   "A regional project on Line 2 is funded up to USD 300,000.",
			AppliedBy: "Line 2 screening (Screen), with the parameter line2_regional_ceiling",
		},
		{
			Citation:  iomstrategy.Criterion(4),
			Applied:   true,
			Summary:   "A follow-up to a project funded under Line 1 is admissible under Line 2.",
			AppliedBy: "Line 2 screening (Screen)",
		},
		{
			Citation:  iomstrategy.Criterion(5),
			Applied:   true,
			Summary:   "The two funding lines are tracked and accounted for distinctly.",
			AppliedBy: "the two-line ledger (NewLedger, Ledger.Book), which books a commitment against its own line only",
		},
	}
}
