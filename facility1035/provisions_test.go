package facility1035

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
)

// TestProvisionsCoverPartIII checks that the provisions are the whole of
// Part III in the order of the text: the opening paragraph, bullets 1 to
// 5, criteria 1 to 5; that the opening paragraph and bullets 3 and 4 are
// cited provisions and the others rules the library applies; and that
// every formula step applies some provision.
func TestProvisionsCoverPartIII(t *testing.T) {
	ps := Provisions()
	type entry struct {
		Citation iomstrategy.Citation
		Applied  bool
	}
	want := []entry{
		{iomstrategy.PartOpening(iomstrategy.PartIII), false},
		{iomstrategy.PartIIIBullet(1), true},
		{iomstrategy.PartIIIBullet(2), true},
		{iomstrategy.PartIIIBullet(3), false}, // Resolution No. 1110: overhead income, not modelled
		{iomstrategy.PartIIIBullet(4), false}, // direct voluntary contributions: an input
		{iomstrategy.PartIIIBullet(5), true},
		{iomstrategy.Criterion(1), true},
		{iomstrategy.Criterion(2), true},
		{iomstrategy.Criterion(3), true},
		{iomstrategy.Criterion(4), true},
		{iomstrategy.Criterion(5), true},
	}
	var got []entry
	for _, p := range ps {
		got = append(got, entry{p.Citation, p.Applied})
		if p.Summary == "" || p.AppliedBy == "" {
			t.Errorf("%s: no summary or AppliedBy", p.Citation)
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("provisions (-want +got):\n%s", d)
	}
	// Every step of the formula, written out here, applies a provision of
	// Part III, and no provision names a step that does not exist.
	steps := []FormulaStep{"discretionary-excluding-security", "excess-over-baseline", "line2-formula", "line1-funding",
		"miscellaneous-income", "cap", "cap-line2", "cap-line1", "total", "total-available"}
	applied := map[FormulaStep]bool{}
	for _, p := range ps {
		for _, r := range p.Steps {
			applied[r] = true
			if !slices.Contains(steps, r) {
				t.Errorf("%s names step %q, which the formula does not have", p.Citation, r)
			}
		}
	}
	for _, r := range steps {
		if !applied[r] {
			t.Errorf("formula step %s applies no provision", r)
		}
	}
	// Bullet 1's steps are the first three of the formula.
	if d := cmp.Diff(steps[:3], ps[1].Steps); d != "" {
		t.Errorf("bullet 1's steps (-want +got):\n%s", d)
	}
	// A fresh slice each call.
	ps[0].Summary = "changed"
	ps[1].Steps[0] = "changed"
	if q := Provisions(); q[0].Summary == "changed" || q[1].Steps[0] == "changed" {
		t.Errorf("Provisions shares state between calls")
	}
}

// TestAllocationCitationsVerify collects every citation the allocation
// side of the package makes, in the built-in parameters, the provisions
// and the steps of allocations under both cap orders, and checks that each
// exists in the embedded source and that each step cites the bullet its
// rule comes from.
func TestAllocationCitationsVerify(t *testing.T) {
	p := Resolution1150()
	all := []iomstrategy.Citation{p.Source, p.Share.Citation, p.Baseline.Citation, p.FirstYear.Citation, p.Line1.Citation,
		p.Line2NationalCeiling.Citation, p.Line2RegionalCeiling.Citation, p.Rounding.Citation, p.Article4Lookback.Citation,
		p.CapOrder.Citation, p.Successor.Citation}
	for _, p := range Provisions() {
		all = append(all, p.Citation)
	}
	for _, order := range []CapOrder{CapLine2First, CapLine1First} {
		p := Resolution1150()
		p.CapOrder.Value = order
		a, err := Allocate(allocIncome(2018, "28000000.00", "700000.00", "900000.00", "100000.00", "5.00"), p)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range a.Steps {
			all = append(all, s.Citation)
			for _, term := range s.Inputs {
				if term.Source == "input" || term.Source == "step" {
					continue
				}
				// A parameter of the built-in set: its source is its citation.
				c, err := iomstrategy.ParseCitation(term.Source)
				if err != nil {
					t.Errorf("step %s, term %s: source %q is not a citation: %v", s.Rule, term.Name, term.Source, err)
					continue
				}
				all = append(all, c)
			}
		}
	}
	if len(all) < 40 {
		t.Fatalf("only %d citations collected", len(all))
	}
	for _, c := range all {
		if err := c.Verify(); err != nil {
			t.Errorf("%q: %v", c, err)
		}
	}
	wantBullet := map[FormulaStep]int{
		StepDiscretionaryExcludingSecurity: 1, StepExcessOverBaseline: 1, StepLine2Formula: 1, StepLine1Funding: 5,
		StepMiscellaneousIncome: 2, StepCap: 2, StepCapLine2: 2, StepCapLine1: 2, StepTotal: 2, StepTotalAvailable: 4,
	}
	a, err := Allocate(allocIncome(2010, "1.00", "0", "0", "0", "0"), Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range a.Steps {
		if s.Citation != iomstrategy.PartIIIBullet(wantBullet[s.Rule]) {
			t.Errorf("step %s cites %s, want bullet %d", s.Rule, s.Citation, wantBullet[s.Rule])
		}
	}
}
