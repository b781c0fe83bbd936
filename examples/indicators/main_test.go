package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy/indicators"
	"github.com/shopspring/decimal"
)

var update = flag.Bool("update", false, "rewrite the golden file testdata/indicators.golden")

// TestRun compares the program's output with the golden file. Run
// go test ./examples/indicators -update to rewrite it after a deliberate
// change, and review the diff before committing it.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "indicators.golden")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./examples/indicators -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), out.String()); diff != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", golden, diff)
	}
}

// The example's story: the check it singles out holds up under the
// default reading and fails when every estimate is exact (3 x 26,000 =
// 78,000, not 80,000). If the dataset changes so that it no longer does,
// the example must pick another check.
func TestStrictCheckTellsTheStory(t *testing.T) {
	review, err := indicators.Review()
	if err != nil {
		t.Fatal(err)
	}
	strict := indicators.DefaultParams()
	strict.EstimateTolerance = decimal.Zero
	for _, c := range indicators.ReviewChecks() {
		if c.ID != strictCheck {
			continue
		}
		for _, tc := range []struct {
			name string
			p    indicators.Params
			want indicators.Verdict
		}{
			{"default reading", indicators.DefaultParams(), indicators.Plausible},
			{"estimates exact", strict, indicators.Fails},
		} {
			r, err := c.Evaluate(review, tc.p)
			if err != nil {
				t.Fatal(err)
			}
			if r.Verdict != tc.want {
				t.Errorf("%s (%s), %s: %s, want %s", c.ID, c.Citations[0], tc.name, r.Verdict, tc.want)
			}
		}
		return
	}
	t.Fatalf("no check %q", strictCheck)
}
