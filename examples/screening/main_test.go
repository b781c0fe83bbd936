package main

import (
	"bytes"
	"errors"
	"testing"

	"github.com/policycode/iomstrategy/facility1035"
	"github.com/policycode/iomstrategy/internal/golden"
)

// TestRun compares the program's output with the golden file. Run
// go test ./examples/screening -update to rewrite it after a deliberate
// change, and review the diff before committing it.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, sampleRegistry(), sampleApplications(), sampleYear()); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "screening", out.Bytes())
}

// The sample batch meets every verdict, so the example shows each.
func TestSampleMeetsEveryVerdict(t *testing.T) {
	ss, err := facility1035.ScreenAll(sampleApplications(), sampleRegistry(), facility1035.Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	seen := map[facility1035.Verdict]bool{}
	for _, s := range ss {
		seen[s.Verdict] = true
	}
	for _, v := range []facility1035.Verdict{facility1035.Eligible, facility1035.Conditional, facility1035.NeedsReview, facility1035.Ineligible} {
		if !seen[v] {
			t.Errorf("no application of the sample is %s", v)
		}
	}
}

// A country the registry lacks is an input error, not a verdict: the
// batch stops, names the application and the country, and nothing is
// written.
func TestRunRefusesUnknownCountry(t *testing.T) {
	apps := sampleApplications()
	apps[3].Countries = []string{"Utopia"}
	var out bytes.Buffer
	err := run(&out, sampleRegistry(), apps, sampleYear())
	var input *facility1035.InputError
	if !errors.As(err, &input) || !errors.Is(err, facility1035.ErrUnknownCountry) {
		t.Fatalf("run: got %v, want an *InputError wrapping ErrUnknownCountry", err)
	}
	if input.Position != 4 || input.ID != "APP-04" || input.Value != "Utopia" {
		t.Errorf("error names item %d %q, country %q; want 4 \"APP-04\", \"Utopia\"", input.Position, input.ID, input.Value)
	}
	if out.Len() > 0 {
		t.Errorf("run wrote %d bytes before failing; want none", out.Len())
	}
}
