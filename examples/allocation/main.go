// Allocation computes the expanded 1035 Facility's funding for several
// years, explains each allocation step by step with its citations, sets
// two what-if parameter sets beside the built-in rules of Resolution 1150
// (XCIII), and handles a year that no rules govern.
//
// The income figures are illustrative, not IOM's accounts: they are the
// rows of examples/data/years.csv, built here in Go so that the program
// shows how a caller fills facility1035.Income.
//
// Run it from the repository root:
//
//	go run ./examples/allocation
//
// What it shows:
//
//   - facility1035.DefaultSchedule finds the rules in force for each year
//     and Schedule.Allocate applies them; every Step of the result names
//     its rule, says what it did (Step.Sentence) and cites the bullet of
//     Part III it applies;
//   - the interpretations the allocation rests on where the text is
//     silent, each with the option that changes it;
//   - a what-if is a changed copy of facility1035.Resolution1150() passed
//     to facility1035.Allocate: here a share of 30 per cent, and a cap that
//     cuts Line 1 before Line 2 (Params.CapOrder); nothing else changes;
//   - a year no rules govern (2019) is a *facility1035.NoRulesError that
//     says which years are covered; errors.As reads it.
//
// The test (go test ./examples/allocation) compares the output with
// testdata/allocation.golden; go test ./examples/allocation -update
// rewrites the golden file.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
	"github.com/shopspring/decimal"
)

func main() {
	if err := run(os.Stdout, sampleYears()); err != nil {
		fmt.Fprintln(os.Stderr, "allocation:", err)
		os.Exit(1)
	}
}

// sampleYears returns five years of income figures. They are
// illustrative, not IOM's accounts (the same figures as
// examples/data/years.csv). Every amount is read with
// iomstrategy.MustParseUSD, which accepts "23,400,000.00",
// "23400000.00" and "USD 23400000" alike and panics on anything it would
// have to round; use iomstrategy.ParseUSD for figures from outside the
// program.
func sampleYears() []facility1035.Income {
	usd := iomstrategy.MustParseUSD
	return []facility1035.Income{
		{Year: 2008, Discretionary: usd("23,400,000.00"), Security: usd("600,000.00"),
			Unearmarked: usd("2,100,000.00"), Interest: usd("900,000.00")},
		{Year: 2009, Discretionary: usd("24,100,000.00"), Security: usd("800,000.00"),
			Unearmarked: usd("1,900,000.00"), Interest: usd("150,000.00"), Direct: usd("100,000.00")},
		// 50 cents of discretionary income make the share of the excess
		// end in half a cent: the rounding mode decides it.
		{Year: 2010, Discretionary: usd("27,350,000.50"), Security: usd("750,000.00"),
			Unearmarked: usd("2,300,000.00"), Interest: usd("80,000.00"), Direct: usd("250,000.00")},
		// Below the baseline, and miscellaneous income below Line 1.
		{Year: 2011, Discretionary: usd("20,900,000.00"), Security: usd("700,000.00"),
			Unearmarked: usd("1,200,000.00"), Interest: usd("50,000.00")},
		{Year: 2012, Discretionary: usd("26,000,000.00"), Security: usd("900,000.00"),
			Unearmarked: usd("3,500,000.00"), Interest: usd("60,000.00"), Direct: usd("75,000.00")},
	}
}

// whatIfs returns two caller-supplied parameter sets. Each is a copy of
// the built-in set with one value changed; the built-in set itself, and
// every other caller's, is untouched (there is no package state).
func whatIfs() []facility1035.Params {
	share := facility1035.Resolution1150()
	share.Name = "what-if: share 30%"
	share.CallerSupplied = true
	// The share keeps its citation, and the library says what the cited
	// provision states beside the value: a changed value is never shown as
	// if the text said it.
	share.Share.Value = decimal.RequireFromString("0.30")

	line1First := facility1035.Resolution1150()
	line1First.Name = "what-if: cap cuts Line 1 first"
	line1First.CallerSupplied = true
	line1First.CapOrder = iomstrategy.Cited[facility1035.CapOrder]{Value: facility1035.CapLine1First}

	return []facility1035.Params{share, line1First}
}

// run allocates every year of years under the built-in rules with its
// explanation, then under each what-if beside them, then asks for 2019.
// It computes everything before it writes anything.
func run(w io.Writer, years []facility1035.Income) error {
	rules := facility1035.DefaultSchedule()

	builtIn := make([]facility1035.Allocation, len(years))
	for i, in := range years {
		a, err := rules.Allocate(in)
		if err != nil {
			return fmt.Errorf("built-in rules: %w", err) // the error names the year
		}
		builtIn[i] = a
	}

	sets := whatIfs()
	alt := make([][]facility1035.Allocation, len(sets)) // alt[set][year]
	for s, p := range sets {
		for _, in := range years {
			a, err := facility1035.Allocate(in, p)
			if err != nil {
				return fmt.Errorf("%s: %w", p.Name, err)
			}
			alt[s] = append(alt[s], a)
		}
	}

	// A year after 2018: Resolution No. 18 of 27 June 2018 governs the
	// Facility since then, and the library has no formula for it. The
	// error is expected here; any other error is not.
	later := facility1035.Income{Year: 2019} // amounts zero: the year is refused first
	_, noRules := rules.Allocate(later)
	var nr *facility1035.NoRulesError
	if !errors.As(noRules, &nr) {
		return fmt.Errorf("year 2019: want a *facility1035.NoRulesError, got %v", noRules)
	}

	fmt.Fprintln(w, "Expanded 1035 Facility: allocations under the built-in rules")
	fmt.Fprintln(w, "(illustrative income figures, not IOM's accounts)")
	for _, a := range builtIn {
		fmt.Fprintln(w)
		writeAllocation(w, a)
	}
	fmt.Fprintln(w)
	writeInterpretations(w, builtIn)

	fmt.Fprintln(w)
	writeWhatIfs(w, builtIn, sets, alt)

	fmt.Fprintln(w)
	fmt.Fprintf(w, "%d: %v\n", later.Year, noRules)
	covered := make([]string, len(nr.Covered))
	for i, p := range nr.Covered {
		covered[i] = p.String()
	}
	fmt.Fprintf(w, "  years covered: %s (the Facility's first year is %d).\n", strings.Join(covered, ", "), nr.FirstYear)
	fmt.Fprintln(w, "  A caller who knows the rules of a later year supplies them with Schedule.With.")
	return nil
}

// writeAllocation writes one year: the two lines, the cap, the totals,
// and every step with its rule, its sentence and its citation.
func writeAllocation(w io.Writer, a facility1035.Allocation) {
	fmt.Fprintf(w, "%d, under %s (%s)\n", a.Year, a.Rules, a.RulesYears)
	fmt.Fprintf(w, "  Line 1 %s, Line 2 %s, total %s", a.Line1, a.Line2, a.Total)
	if a.Capped {
		fmt.Fprintf(w, " (the cap cut %s)", a.CapReduction)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  direct contributions %s (outside the cap), total available %s\n",
		a.DirectContributions, a.TotalAvailable)
	for i, s := range a.Steps {
		fmt.Fprintf(w, "  %2d. %s: %s\n      [%s]\n", i+1, s.Rule, s.Sentence(), s.Citation)
	}
}

// writeInterpretations lists, once, every reading of a silent text the
// allocations rest on, with the option that changes it.
func writeInterpretations(w io.Writer, as []facility1035.Allocation) {
	fmt.Fprintln(w, "Interpretations these allocations rest on (needs review):")
	seen := map[string]bool{}
	for _, a := range as {
		for _, i := range a.Interpretations() {
			if seen[i.ID] {
				continue
			}
			seen[i.ID] = true
			fmt.Fprintf(w, "  - %s: %s\n    option: %s\n", i.ID, i.Text, i.Option)
		}
	}
}

// writeWhatIfs sets each what-if beside the built-in rules, year by year,
// with what changed on each line.
func writeWhatIfs(w io.Writer, builtIn []facility1035.Allocation, sets []facility1035.Params, alt [][]facility1035.Allocation) {
	fmt.Fprintln(w, "What if? The same years under caller-supplied parameter sets:")
	const row = "%-4s  %-30s  %16s  %16s  %16s  %s\n"
	fmt.Fprintf(w, row, "year", "rules", "Line 1", "Line 2", "total", "change")
	for y, base := range builtIn {
		fmt.Fprintf(w, row, fmt.Sprint(base.Year), base.Rules, base.Line1, base.Line2, base.Total, "(built-in)")
		for s := range sets {
			a := alt[s][y]
			fmt.Fprintf(w, row, "", a.Rules, a.Line1, a.Line2, a.Total, change(base, a))
		}
	}
	// Where does a what-if's value come from? The step that used it says.
	for _, step := range alt[0][0].Steps {
		for _, t := range step.Inputs {
			if t.Name == "share" {
				fmt.Fprintf(w, "The share in %q is %s%%, source: %s.\n", sets[0].Name, t.Value.Shift(2), t.Source)
			}
		}
	}
}

// change says how a what-if's lines differ from the built-in ones.
func change(base, a facility1035.Allocation) string {
	var parts []string
	for _, l := range []struct {
		line      facility1035.Line
		base, alt iomstrategy.USD
	}{{facility1035.Line1, base.Line1, a.Line1}, {facility1035.Line2, base.Line2, a.Line2}} {
		if d := l.alt.Sub(l.base); !d.IsZero() {
			parts = append(parts, fmt.Sprintf("%s %s", l.line, signed(d)))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

// signed prints a change with its sign: "+USD 115,000.00", "-USD 50,000.00",
// "USD 0.00".
func signed(d iomstrategy.USD) string {
	switch d.Sign() {
	case 1:
		return "+" + d.String()
	case -1:
		return "-" + iomstrategy.USD{}.Sub(d).String()
	}
	return d.String()
}
