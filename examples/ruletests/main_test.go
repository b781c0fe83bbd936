package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
	"github.com/policycode/iomstrategy/internal/golden"
	"github.com/policycode/iomstrategy/strategy"
)

// TestRun compares the output of the checker with the golden file. Run
// go test ./examples/ruletests -update to rewrite it after a deliberate
// change, and review the diff before committing it.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	var rec facility1035.Results
	if err := run(&out, ruleCases(&rec), &rec); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "ruletests", out.Bytes())
}

// The checker must be able to fail: a wrong answer, a missing refusal and
// a citation that is not in the source each make a FAIL line that names
// the rule and citation, and run returns errFailed.
func TestRunReportsFailures(t *testing.T) {
	usd := iomstrategy.MustParseUSD
	rec := new(facility1035.Results)
	cases := []Case{
		{
			Name: "a wrong hand computation", Rule: "point", Citation: iomstrategy.StrategyPoint(7),
			Got:  func() (any, error) { return strategy.ParsePoint("P7") },
			Want: strategy.Point(8),
		},
		{
			// One cent off: amounts compare as numbers, to the cent.
			Name: "a cent off", Rule: "cap-line2", Citation: iomstrategy.PartIIIBullet(2),
			Got: allocate(rec, facility1035.Income{Year: 2009, Discretionary: usd("24,100,000.00"), Security: usd("800,000.00"),
				Unearmarked: usd("1,900,000.00"), Interest: usd("150,000.00")}, facility1035.Resolution1150()),
			Want: lines{Line1: usd("1,400,000.00"), Line2: usd("650,000.01"), Total: usd("2,050,000.00"),
				TotalAvailable: usd("2,050,000.00"), Capped: true, CapReduction: usd("50,000.00")},
		},
		{
			Name: "a refusal that does not come", Rule: "point", Citation: iomstrategy.StrategyPoint(7),
			Got:     func() (any, error) { return strategy.ParsePoint("P7") },
			WantErr: strategy.ErrInvalidPoint,
		},
		{
			Name: "a refusal of a type that does not come", Rule: "first-year", Citation: iomstrategy.PartIIIBullet(1),
			Got:       allocate(rec, facility1035.Income{Year: 2008}, facility1035.Resolution1150()),
			WantErrAs: new(*facility1035.NoRulesError),
		},
		{
			Name: "a citation that does not exist", Rule: "point", Citation: iomstrategy.Para(84),
			Got:  func() (any, error) { return strategy.ParsePoint("P7") },
			Want: strategy.Point(7),
		},
		{
			Name: "a case that passes", Rule: "point", Citation: iomstrategy.StrategyPoint(7),
			Got:  func() (any, error) { return strategy.ParsePoint("P7") },
			Want: strategy.Point(7),
		},
	}
	var out bytes.Buffer
	err := run(&out, cases, rec)
	if !errors.Is(err, errFailed) {
		t.Fatalf("run: got %v, want errFailed", err)
	}
	text := out.String()
	for _, want := range []string{
		"FAIL  a wrong hand computation\n      point; Resolution 1150 (XCIII), Annex, Part I, point 7\n      mismatch (-want +got):",
		"FAIL  a cent off\n      cap-line2; Resolution 1150 (XCIII), Annex, Part III, bullet 2\n      mismatch (-want +got):",
		"FAIL  a refusal that does not come\n      point; Resolution 1150 (XCIII), Annex, Part I, point 7\n      got error <nil>, want invalid strategy point",
		"FAIL  a refusal of a type that does not come\n      first-year; Resolution 1150 (XCIII), Annex, Part III, bullet 1\n      got error <nil>, want a *facility1035.NoRulesError\n",
		"FAIL  a citation that does not exist\n      point; MC/INF/302, para. 84\n      citation: ",
		"PASS  a case that passes\n",
		"6 cases: 1 passed, 5 failed\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q; got:\n%s", want, text)
		}
	}
}
