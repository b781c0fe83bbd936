package main

// This is how a downstream test suite verifies the rules it relies on.
// Copy this file and cases.go (as cases_test.go) into your module, change
// the package clause, and edit the table in cases.go: every case names its
// rule and citation, and its Want is worked out by hand.

import (
	"errors"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy/facility1035"
)

// TestRules checks every case of the table against the library.
func TestRules(t *testing.T) {
	for _, c := range ruleCases(new(facility1035.Results)) {
		t.Run(c.Name, func(t *testing.T) {
			got, err := c.Got()
			switch {
			case c.WantErr != nil:
				if !errors.Is(err, c.WantErr) {
					t.Fatalf("%s (%s): got error %v, want %v", c.Rule, c.Citation, err, c.WantErr)
				}
				return
			case c.WantErrAs != nil:
				if !errors.As(err, c.WantErrAs) {
					t.Fatalf("%s (%s): got error %v, want a %v", c.Rule, c.Citation, err, reflect.TypeOf(c.WantErrAs).Elem())
				}
				return
			case err != nil:
				t.Fatalf("%s (%s): %v", c.Rule, c.Citation, err)
			}
			// go-cmp compares iomstrategy.USD and decimal.Decimal with
			// their Equal methods: amounts as numbers.
			if diff := cmp.Diff(c.Want, got); diff != "" {
				t.Errorf("%s (%s) mismatch (-want +got):\n%s", c.Rule, c.Citation, diff)
			}
		})
	}
}

// TestRuleCitationsExist verifies that every place a case cites exists in
// the source text the library embeds (MC/INF/302 with the Resolution and
// its Annex, and the sourced facts on other IOM documents).
func TestRuleCitationsExist(t *testing.T) {
	for _, c := range ruleCases(new(facility1035.Results)) {
		if err := c.Citation.Verify(); err != nil {
			t.Errorf("%s: %v", c.Name, err)
		}
	}
}

// TestRuleNamesUnique keeps the subtests apart: go test -run selects a
// case by its name.
func TestRuleNamesUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range ruleCases(new(facility1035.Results)) {
		if seen[c.Name] {
			t.Errorf("case %q named twice", c.Name)
		}
		seen[c.Name] = true
	}
}
