// Indicators reads a series of the Review of the IOM Strategy (MC/INF/302)
// with its year-on-year changes and compound growth, then evaluates the
// checks that hold the Review to its own figures, and one of them again
// under a stricter reading of the text's estimates, where it fails.
//
// Every figure comes from the dataset embedded in package indicators,
// each with the paragraph that states it; nothing here is typed in.
//
// Run it from the repository root:
//
//	go run ./examples/indicators
//
// What it shows:
//
//   - indicators.Review loads the Review's figures; Dataset.Series gives a
//     measure over several years in one call ("pre-consular-applicants":
//     2007, 2008, 2009), each record with its figure as written and its
//     citation;
//   - Series.Changes gives the change from each year to the next and
//     Series.Growth the compound annual growth over the span, exact
//     decimals rounded once for display as the Params say;
//   - indicators.ReviewChecks and EvaluateAll: every relation the Review
//     states between its figures, each with its verdict (holds, plausible,
//     fails) and the numbers used, read with the qualifiers' intervals
//     ("approximately 80,000" is 72,000 to 88,000 by default);
//   - the readings are parameters: with an estimate tolerance of 0 every
//     "approximately" is exact, and the check of para. 66 (three years at
//     "around 26,000" against "approximately 80,000") fails. A failing
//     check is a result, not an error.
//
// The test (go test ./examples/indicators) compares the output with
// testdata/indicators.golden; go test ./examples/indicators -update
// rewrites the golden file.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/policycode/iomstrategy/indicators"
	"github.com/policycode/iomstrategy/internal/plain"
	"github.com/shopspring/decimal"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "indicators:", err)
		os.Exit(1)
	}
}

const (
	seriesID = "pre-consular-applicants"
	// strictCheck is the check the stricter reading is applied to.
	strictCheck = "avrr-average-and-total"
)

// run writes the series, the checks, and the stricter reading of one
// check. It computes everything before it writes anything.
func run(w io.Writer) error {
	review := indicators.Review()
	p := indicators.ReviewParams()

	series, err := review.Series(seriesID)
	if err != nil {
		return err // wraps indicators.ErrUnknownID for an id the dataset lacks
	}
	changes, err := series.Changes(p)
	if err != nil {
		return err
	}
	growth, err := series.Growth(p)
	if err != nil {
		return err
	}

	checks := indicators.ReviewChecks()
	results, err := indicators.EvaluateAll(checks, review, p)
	if err != nil {
		return err // a check that cannot be evaluated; a failing one is a result
	}

	// The stricter reading: a changed copy of the default parameters.
	strict := indicators.ReviewParams()
	strict.EstimateTolerance = decimal.Zero
	check, err := indicators.ReviewCheck(strictCheck)
	if err != nil {
		return err // wraps indicators.ErrUnknownID
	}
	strictResult, err := check.Evaluate(review, strict)
	if err != nil {
		return err
	}
	strictResults, err := indicators.EvaluateAll(checks, review, strict)
	if err != nil {
		return err
	}
	var defaultResult indicators.Result
	for _, r := range results {
		if r.Check.ID == strictCheck {
			defaultResult = r
		}
	}

	// The series.
	fmt.Fprintf(w, "Series %s (%s), from the Review:\n", series.ID, series.Unit)
	for _, r := range series.Records {
		fmt.Fprintf(w, "  %s  value %-7s as written %-10q [%s]\n", r.Period, r.Value, r.Figure, r.Citation)
	}
	for _, c := range changes {
		fmt.Fprintf(w, "  %s to %s: %s (%s%%)\n", c.From.Period, c.To.Period, signed(c.Absolute), c.Percent)
	}
	fmt.Fprintf(w, "  %s to %s, %d years: %s (%s%%), compound growth %s%% a year\n",
		growth.From.Period, growth.To.Period, growth.Years, signed(growth.Absolute), growth.Percent, growth.AnnualGrowth)
	fmt.Fprintf(w, "  (exact changes; percentages rounded once to %d decimal, %s)\n", p.Places, p.Rounding)

	// The checks.
	fmt.Fprintf(w, "\nThe Review's consistency checks (%s):\n", p.Describe())
	for _, r := range results {
		writeResult(w, r)
	}
	fmt.Fprintf(w, "%d checks: %s\n", len(results), tally(results))

	// One check, two readings.
	fmt.Fprintf(w, "\nThe check %s under two readings of the estimates:\n", check.ID)
	fmt.Fprintf(w, "  the text: %s\n", check.Statement)
	for _, r := range []indicators.Result{defaultResult, strictResult} {
		fmt.Fprintf(w, "  %s: %s\n    %s\n", r.Params.Describe(), r.Verdict, r.Numbers)
	}
	fmt.Fprintf(w, "With every estimate read as exact, the %d checks: %s\n", len(strictResults), tally(strictResults))
	return nil
}

// writeResult writes one check: its verdict, id and citations, the numbers
// compared, and the reading it makes where the text leaves room.
func writeResult(w io.Writer, r indicators.Result) {
	cites := make([]string, len(r.Check.Citations))
	for i, c := range r.Check.Citations {
		cites[i] = c.String()
	}
	fmt.Fprintf(w, "  %-9s  %s  [%s]\n", r.Verdict, r.Check.ID, strings.Join(cites, "; "))
	fmt.Fprintf(w, "             %s\n", r.Numbers)
	if r.Check.Note != "" {
		fmt.Fprintf(w, "             reading: %s\n", r.Check.Note)
	}
}

// tally counts the verdicts of results.
func tally(results []indicators.Result) string {
	n := map[indicators.Verdict]int{}
	for _, r := range results {
		n[r.Verdict]++
	}
	return fmt.Sprintf("%d hold, %d plausible, %d fail", n[indicators.Holds], n[indicators.Plausible], n[indicators.Fails])
}

// count writes a whole number with thousands separators: "133,532".
func count(d decimal.Decimal) string { return plain.GroupThousands(d.String()) }

// signed writes a change with its sign: "+17,985".
func signed(d decimal.Decimal) string {
	if d.Sign() > 0 {
		return "+" + count(d)
	}
	return count(d)
}
