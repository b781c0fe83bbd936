package facility1035_test

import (
	"errors"
	"fmt"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
	"github.com/shopspring/decimal"
)

// A year's allocation under the built-in rules of Resolution 1150, with its
// explanation. The figures are illustrative, not IOM's accounts.
func ExampleAllocate() {
	in := facility1035.Income{
		Year:          2010,
		Discretionary: iomstrategy.MustParseUSD("28,000,000.00"),
		Security:      iomstrategy.MustParseUSD("700,000.00"),
		Unearmarked:   iomstrategy.MustParseUSD("2,500,000.00"),
		Interest:      iomstrategy.MustParseUSD("300,000.00"),
		Direct:        iomstrategy.MustParseUSD("50,000.00"),
	}
	a, err := facility1035.Allocate(in, facility1035.Resolution1150())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Line 1:", a.Line1)
	fmt.Println("Line 2:", a.Line2)
	fmt.Println("capped:", a.Capped, a.CapReduction)
	fmt.Println()
	// The short explanation: the steps, without the interpretations' long
	// statements (Explain gives them too).
	fmt.Print(a.ExplainSteps())
	for _, i := range a.Interpretations() {
		fmt.Println("interpretation:", i.ID)
	}
	// Output:
	// Line 1: USD 1,400,000.00
	// Line 2: USD 1,400,000.00
	// capped: true USD 300,000.00
	//
	// Expanded 1035 Facility, 2010, under Resolution 1150 (XCIII) (2008-2018)
	//  1. discretionary-excluding-security: Discretionary income USD 28,000,000.00 less its security part USD 700,000.00: USD 27,300,000.00. [Resolution 1150 (XCIII), Annex, Part III, bullet 1]
	//  2. excess-over-baseline: Discretionary income excluding security USD 27,300,000.00 is above the baseline, the 2007 Programme and Budget Discretionary Income of USD 20,500,000.00, by USD 6,800,000.00. [Resolution 1150 (XCIII), Annex, Part III, bullet 1]
	//  3. line2-formula: Line 2 by formula is 25% of the excess USD 6,800,000.00: USD 1,700,000.00. [Resolution 1150 (XCIII), Annex, Part III, bullet 1]
	//  4. line1-funding: Line 1 is the original funding of the Facility: USD 1,400,000.00. [Resolution 1150 (XCIII), Annex, Part III, bullet 5]
	//  5. miscellaneous-income: Miscellaneous income is unearmarked contributions USD 2,500,000.00 plus interest income USD 300,000.00: USD 2,800,000.00. [Resolution 1150 (XCIII), Annex, Part III, bullet 2]
	//  6. cap: Line 1 USD 1,400,000.00 plus Line 2 by formula USD 1,700,000.00 make USD 3,100,000.00, above miscellaneous income USD 2,800,000.00: the cap cuts USD 300,000.00. [Resolution 1150 (XCIII), Annex, Part III, bullet 2]
	//  7. cap-line2: The cap cuts Line 2 first, to miscellaneous income USD 2,800,000.00 less Line 1 USD 1,400,000.00 but not below zero: USD 1,400,000.00 (cut by USD 300,000.00). [Resolution 1150 (XCIII), Annex, Part III, bullet 2]
	//  8. cap-line1: Line 1 is not cut: USD 1,400,000.00. [Resolution 1150 (XCIII), Annex, Part III, bullet 2]
	//  9. total: The total, excluding direct voluntary contributions, is Line 1 USD 1,400,000.00 plus Line 2 USD 1,400,000.00: USD 2,800,000.00. [Resolution 1150 (XCIII), Annex, Part III, bullet 2]
	// 10. total-available: The total available is the total USD 2,800,000.00 plus direct voluntary contributions USD 50,000.00, which are outside the cap and the two lines: USD 2,850,000.00. [Resolution 1150 (XCIII), Annex, Part III, bullet 2]
	// Line 1 USD 1,400,000.00, Line 2 USD 1,400,000.00, total USD 2,800,000.00; total available USD 2,850,000.00.
	// The cap applied: it cut USD 300,000.00.
	// interpretation: security-is-input
	// interpretation: discretionary-basis
	// interpretation: formula-funds-line2
	// interpretation: rounding-to-cent
	// interpretation: cap-covers-both-lines
	// interpretation: cap-cuts-line2-first
	// interpretation: direct-outside-lines
	// interpretation: line1-fixed
}

// What if the share were 30 per cent? A caller changes its own copy of the
// parameters; the built-in set and every other caller are untouched. The
// changed share keeps its citation, and is never shown as what bullet 1
// says: it is labelled a what-if, with what the text does say.
func ExampleAllocate_whatIf() {
	in := facility1035.Income{
		Year:          2010,
		Discretionary: iomstrategy.MustParseUSD("28000000.00"),
		Security:      iomstrategy.MustParseUSD("700000.00"),
		Unearmarked:   iomstrategy.MustParseUSD("4000000.00"),
		Interest:      iomstrategy.MustParseUSD("250000.00"),
	}
	whatIf := facility1035.Resolution1150()
	whatIf.Name = "what-if: share 30 per cent"
	whatIf.Share.Value = decimal.RequireFromString("0.30")

	for _, p := range []facility1035.Params{facility1035.Resolution1150(), whatIf} {
		a, err := facility1035.Allocate(in, p)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: Line 2 %s, total %s\n", a.Rules, a.Line2, a.Total)
		for _, s := range a.Steps {
			if s.Rule == facility1035.StepLine2Formula {
				fmt.Println(" ", s.Sentence())
			}
		}
		fmt.Println("  uncited:", a.UncitedParams())
	}
	// Output:
	// Resolution 1150 (XCIII): Line 2 USD 1,700,000.00, total USD 3,100,000.00
	//   Line 2 by formula is 25% of the excess USD 6,800,000.00: USD 1,700,000.00.
	//   uncited: []
	// what-if: share 30 per cent: Line 2 USD 2,040,000.00, total USD 3,440,000.00
	//   Line 2 by formula is 30% (a what-if: Resolution 1150 (XCIII), Annex, Part III, bullet 1 says 25%) of the excess USD 6,800,000.00: USD 2,040,000.00.
	//   uncited: [share (what-if: Resolution 1150 (XCIII), Annex, Part III, bullet 1 says 25%)]
}

// A year no rules govern is an error that says which years are covered.
// Resolution No. 18 of 27 June 2018 governs the Facility since then, and
// its formula was not found; a caller may supply a set for later years.
func ExampleSchedule_For() {
	s := facility1035.DefaultSchedule()
	_, err := s.For(2019)
	fmt.Println(err)
	var nr *facility1035.NoRulesError
	if errors.As(err, &nr) {
		fmt.Println("covered:", nr.Covered)
	}

	// The built-in rules, assumed to stay in force in 2019: a what-if.
	// (WithPeriod drops the successor, whose year 2018 is no longer one of
	// the set's years.)
	later := facility1035.Resolution1150().WithPeriod(2019, 2019)
	later.Name = "assumed for 2019"
	extended, err := s.With(later)
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := extended.For(2019)
	fmt.Println(p.Name, p.CallerSupplied, err)
	// Output:
	// no 1035 Facility rules in force for 2019: the rules cover 2008-2018
	// covered: [2008-2018]
	// assumed for 2019 true <nil>
}

// A caller's parameter set, read from JSON: the fields of the built-in
// set, citations optional.
func ExampleParseParams() {
	p, err := facility1035.ParseParams([]byte(`{
	  "name": "what-if: half-even rounding",
	  "from": 2008, "through": 2018, "first_year": 2008,
	  "share": "0.25", "baseline": "20500000.00", "line1": "1400000.00",
	  "line2_national_ceiling": "200000.00", "line2_regional_ceiling": "300000.00",
	  "rounding": "half-even", "article4_lookback": "two-years", "cap_order": "line2-first"
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s: rounding %s, share %s cited to %q, caller-supplied %v\n",
		p.Name, p.Rounding.Value, p.Share.Value, p.Share.Citation, p.CallerSupplied)

	// Every problem is reported, each as an *InputError; the first is the
	// unknown key.
	_, err = facility1035.ParseParams([]byte(`{"shares": "0.3"}`))
	var ie *facility1035.InputError
	if errors.As(err, &ie) {
		fmt.Println(ie, errors.Is(err, facility1035.ErrUnknownField))
	}
	// Output:
	// what-if: half-even rounding: rounding half-even, share 0.25 cited to "", caller-supplied true
	// 1035 Facility parameters: shares: unknown field true
}

// The rule book of Part III: criterion 2's words and the rules under it,
// the summary written from the parameter set.
func ExampleProvisions() {
	for _, p := range facility1035.Provisions(facility1035.Resolution1150()) {
		if p.Citation != iomstrategy.Criterion(2) {
			continue
		}
		fmt.Printf("%s: %q\n", p.Citation, p.Words)
		for _, r := range p.Rules {
			fmt.Printf("  %s (%s): %s\n", r.Code, r.Kind, r.Summary)
		}
	}
	// Output:
	// Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2: "Ceiling for funding of national projects will be USD 200,000 under Line 2."
	//   line2.ceiling (screening criterion): A Line 2 request above the ceiling, USD 200,000.00 for a national project and USD 300,000.00 for a regional one, is conditional: fundable up to the ceiling.
	//   over-ceiling (interpretation): The criteria set a "Ceiling for funding", a limit on what is funded, not a bar on what is asked: by default a request above it is conditional, fundable up to the ceiling.
}
