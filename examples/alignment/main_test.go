package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/internal/golden"
	"github.com/policycode/iomstrategy/strategy/suggest"
)

// TestRun compares the program's output with the golden file. Run
// go test ./examples/alignment -update to rewrite it after a deliberate
// change, and review the diff before committing it.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, samplePortfolio()); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "alignment", out.Bytes())
}

// A description with no strong suggestion, whether no term of the
// vocabulary matches it or its best match is weak, is left out of the
// alignment and listed, not guessed.
func TestRunLeavesOutAnActivityWithNoSuggestion(t *testing.T) {
	for _, d := range []string{"Xyzzy", "Quarterly office furniture procurement"} {
		portfolio := append(samplePortfolio(), entry{ID: "SAMPLE-11", Amount: iomstrategy.MustParseUSD("10.00"), Description: d})
		var out bytes.Buffer
		if err := run(&out, portfolio); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"SAMPLE-11  USD 10.00  \"" + d + "\"\n  no strong suggestion", "Activities left out, untagged: SAMPLE-11\n"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("output lacks %q", want)
			}
		}
	}
}

// An empty description is an input error, and nothing is written.
func TestRunRefusesEmptyDescription(t *testing.T) {
	portfolio := samplePortfolio()
	portfolio[4].Description = "  "
	var out bytes.Buffer
	err := run(&out, portfolio)
	if !errors.Is(err, suggest.ErrEmptyDescription) || !strings.Contains(err.Error(), "SAMPLE-05") {
		t.Fatalf("run: got %v, want ErrEmptyDescription naming SAMPLE-05", err)
	}
	if out.Len() > 0 {
		t.Errorf("run wrote %d bytes before failing; want none", out.Len())
	}
}
