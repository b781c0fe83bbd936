package main

import (
	"bytes"
	"testing"

	"github.com/policycode/iomstrategy/indicators"
	"github.com/policycode/iomstrategy/internal/golden"
	"github.com/shopspring/decimal"
)

// TestRun compares the program's output with the golden file. Run
// go test ./examples/indicators -update to rewrite it after a deliberate
// change, and review the diff before committing it.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "indicators", out.Bytes())
}

// The example's story: the check it singles out holds up under the
// default reading and fails when every estimate is exact (3 x 26,000 =
// 78,000, not 80,000). If the dataset changes so that it no longer does,
// the example must pick another check.
func TestStrictCheckTellsTheStory(t *testing.T) {
	review := indicators.Review()
	strict := indicators.ReviewParams()
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
			{"default reading", indicators.ReviewParams(), indicators.Plausible},
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
