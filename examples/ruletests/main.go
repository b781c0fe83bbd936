// Ruletests shows how a test suite of your own uses the library to verify
// the rules you rely on: a table of cases, each naming the rule and where
// it is written, each with an answer worked out by hand, checked against
// facility1035 (allocations, parameter values, screening verdicts, the
// ledger) and strategy (points, the two-thirds rule, the governing
// bodies).
//
// The files:
//
//   - cases.go holds the table (ruleCases) and the small helpers that ask
//     the library (allocate, screen, bodiesOn). Every Want is computed by
//     hand in the comment above it, never by the library.
//   - ruletests_test.go is the test a downstream suite runs: one subtest
//     per case, errors compared with errors.Is (or errors.As for an error
//     type with no sentinel), values with cmp.Diff (go-cmp uses the Equal
//     methods that iomstrategy.USD, iomstrategy.Citation and
//     decimal.Decimal provide, so USD 650,000 and USD 650,000.00 are
//     equal), and every citation verified against the embedded source.
//     Copy it with cases.go (renamed cases_test.go) into your own module,
//     change the package clause, and edit the table.
//   - main.go (this file) runs the same table without go test and prints
//     each case PASS or FAIL with its rule and citation, then the
//     provision coverage of the cases (facility1035.Results.Coverage):
//     the rules of Part III they never reach, and the criteria they reach
//     one way only. It exits with status 1 when a case fails.
//
// Run it from the repository root:
//
//	go run ./examples/ruletests
//	go test ./examples/ruletests -run TestRules -v
//
// The test of main (go test ./examples/ruletests -run TestRun) compares
// the output with testdata/ruletests.golden; go test ./examples/ruletests
// -update rewrites the golden file.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy/facility1035"
)

// errFailed is returned by run when a case fails.
var errFailed = errors.New("rule cases failed")

func main() {
	var rec facility1035.Results
	if err := run(os.Stdout, ruleCases(&rec), &rec); err != nil {
		fmt.Fprintln(os.Stderr, "ruletests:", err)
		os.Exit(1)
	}
}

// run checks every case and writes one line per case: PASS or FAIL, its
// name, its rule and citation, and what went wrong; then the coverage of
// the results the cases gathered in rec. It returns an error wrapping
// errFailed when a case fails.
func run(w io.Writer, cases []Case, rec *facility1035.Results) error {
	failed := 0
	for _, c := range cases {
		note, problem := check(c)
		status := "PASS"
		if problem != "" {
			status, note = "FAIL", problem
			failed++
		}
		fmt.Fprintf(w, "%s  %s\n      %s; %s\n", status, c.Name, c.Rule, c.Citation)
		if note != "" {
			fmt.Fprintf(w, "      %s\n", strings.ReplaceAll(strings.TrimSpace(note), "\n", "\n      "))
		}
	}
	fmt.Fprintf(w, "%d cases: %d passed, %d failed\n", len(cases), len(cases)-failed, failed)
	writeCoverage(w, rec.Coverage())
	if failed > 0 {
		return fmt.Errorf("%w: %d of %d", errFailed, failed, len(cases))
	}
	return nil
}

// check runs one case. It returns a note for a case that passes (the
// refusal an error case expected), or the problem with one that fails.
func check(c Case) (note, problem string) {
	if err := c.Citation.Verify(); err != nil {
		return "", fmt.Sprintf("citation: %v", err)
	}
	got, err := c.Got()
	switch {
	case c.WantErr != nil && errors.Is(err, c.WantErr),
		c.WantErrAs != nil && errors.As(err, c.WantErrAs):
		return "refused as expected: " + err.Error(), ""
	case c.WantErr != nil:
		return "", fmt.Sprintf("got error %v, want %v", err, c.WantErr)
	case c.WantErrAs != nil:
		return "", fmt.Sprintf("got error %v, want a %v", err, reflect.TypeOf(c.WantErrAs).Elem())
	case err != nil:
		return "", fmt.Sprintf("unexpected error: %v", err)
	}
	if diff := cmp.Diff(c.Want, got); diff != "" {
		return "", "mismatch (-want +got):\n" + diff
	}
	return "", ""
}

// writeCoverage lists, provision by provision, the rules of Part III the
// cases never reach (a rule the library does not model is never reached,
// and says so) and the criteria they reach one way only.
func writeCoverage(w io.Writer, cov []facility1035.RuleCoverage) {
	reached := 0
	var lines []string
	for _, c := range cov {
		var gap string
		switch {
		case c.Reached == 0 && c.Kind == facility1035.KindNotModelled:
			gap = "not modelled"
		case c.Reached == 0:
			gap = "never reached"
		case (c.Kind == facility1035.KindCriterion || c.Kind == facility1035.KindLedger) && c.Failed == 0:
			gap = fmt.Sprintf("only passed (%d)", c.Passed)
		case (c.Kind == facility1035.KindCriterion || c.Kind == facility1035.KindLedger) && c.Passed == 0:
			gap = fmt.Sprintf("only failed (%d)", c.Failed)
		}
		if c.Reached > 0 {
			reached++
		}
		if gap != "" {
			lines = append(lines, fmt.Sprintf("  %-34s %-20s %-15s %s", c.Code, c.Kind, gap, c.Provision))
		}
	}
	fmt.Fprintf(w, "Part III coverage: the cases reach %d of the %d rules of the rule book; the others, and the criteria reached one way only:\n", reached, len(cov))
	for _, l := range lines {
		fmt.Fprintln(w, strings.TrimRight(l, " "))
	}
}
