package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
)

var update = flag.Bool("update", false, "rewrite the golden file testdata/allocation.golden")

// TestRun compares the program's output with the golden file. Run
// go test ./examples/allocation -update to rewrite it after a deliberate
// change, and review the diff before committing it.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, sampleYears()); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "allocation.golden")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./examples/allocation -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), out.String()); diff != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", golden, diff)
	}
}

// A year the formula refuses stops the run before anything is written:
// a bad input never yields a partial report.
func TestRunRefusesBadIncome(t *testing.T) {
	years := sampleYears()
	years[2].Security = iomstrategy.MustParseUSD("30,000,000.00") // above discretionary income
	var out bytes.Buffer
	err := run(&out, years)
	var ie *facility1035.IncomeError
	if !errors.As(err, &ie) || !errors.Is(err, facility1035.ErrSecurityAboveDiscretionary) {
		t.Fatalf("run: got %v, want an *IncomeError wrapping ErrSecurityAboveDiscretionary", err)
	}
	if ie.Year != 2010 || ie.Field != facility1035.FieldSecurity {
		t.Errorf("error names year %d, field %q; want 2010, %q", ie.Year, ie.Field, facility1035.FieldSecurity)
	}
	if out.Len() > 0 {
		t.Errorf("run wrote %d bytes before failing; want none", out.Len())
	}
}
