package main

import (
	"bytes"
	"errors"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
	"github.com/policycode/iomstrategy/internal/golden"
)

// TestRun compares the program's output with the golden file. Run
// go test ./examples/allocation -update to rewrite it after a deliberate
// change, and review the diff before committing it.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, sampleYears()); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "allocation", out.Bytes())
}

// A year the formula refuses stops the run before anything is written:
// a bad input never yields a partial report.
func TestRunRefusesBadIncome(t *testing.T) {
	years := sampleYears()
	years[2].Security = iomstrategy.MustParseUSD("30,000,000.00") // above discretionary income
	var out bytes.Buffer
	err := run(&out, years)
	var ie *facility1035.InputError
	if !errors.As(err, &ie) || !errors.Is(err, facility1035.ErrSecurityAboveDiscretionary) {
		t.Fatalf("run: got %v, want an *InputError wrapping ErrSecurityAboveDiscretionary", err)
	}
	if ie.Input != "income" || ie.ID != "2010" || ie.Field != "security" {
		t.Errorf("error names %s %q, field %q; want income 2010, security", ie.Input, ie.ID, ie.Field)
	}
	if out.Len() > 0 {
		t.Errorf("run wrote %d bytes before failing; want none", out.Len())
	}
}
