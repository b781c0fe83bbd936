package facility1035

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
)

// TestProvisionsCoverPartIII checks that the provisions are the whole of
// Part III in the order of the text: the opening paragraph, bullets 1 to
// 5, criteria 1 to 5; that bullets 3 and 4 are cited provisions and the
// others rules; and that every formula step applies some provision.
func TestProvisionsCoverPartIII(t *testing.T) {
	ps := Provisions()
	want := []iomstrategy.Citation{
		iomstrategy.PartOpening(iomstrategy.PartIII),
		iomstrategy.PartIIIBullet(1), iomstrategy.PartIIIBullet(2), iomstrategy.PartIIIBullet(3),
		iomstrategy.PartIIIBullet(4), iomstrategy.PartIIIBullet(5),
		iomstrategy.Criterion(1), iomstrategy.Criterion(2), iomstrategy.Criterion(3),
		iomstrategy.Criterion(4), iomstrategy.Criterion(5),
	}
	var got []iomstrategy.Citation
	for _, p := range ps {
		got = append(got, p.Citation)
		if p.Summary == "" || p.AppliedBy == "" {
			t.Errorf("%s: no summary or AppliedBy", p.Citation)
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("provisions (-want +got):\n%s", d)
	}
	kinds := map[iomstrategy.Citation]ProvisionKind{}
	for _, p := range ps {
		kinds[p.Citation] = p.Kind
	}
	for _, c := range []iomstrategy.Citation{iomstrategy.PartOpening(iomstrategy.PartIII), iomstrategy.PartIIIBullet(3), iomstrategy.PartIIIBullet(4)} {
		if kinds[c] != ProvisionCited {
			t.Errorf("%s is %v, want a cited provision", c, kinds[c])
		}
	}
	for _, c := range []iomstrategy.Citation{iomstrategy.PartIIIBullet(1), iomstrategy.PartIIIBullet(2), iomstrategy.PartIIIBullet(5), iomstrategy.Criterion(2)} {
		if kinds[c] != ProvisionRule {
			t.Errorf("%s is %v, want a rule", c, kinds[c])
		}
	}
	applied := map[FormulaRule]bool{}
	for _, p := range ps {
		for _, r := range p.FormulaRules {
			applied[r] = true
		}
	}
	for _, r := range FormulaRules() {
		if !applied[r] {
			t.Errorf("formula step %s applies no provision", r)
		}
	}
	// A fresh slice each call.
	ps[0].Summary = "changed"
	if Provisions()[0].Summary == "changed" {
		t.Errorf("Provisions shares state between calls")
	}
	if ProvisionRule.String() != "rule" || ProvisionCited.String() != "provision" || ProvisionKind(0).String() != "" {
		t.Errorf("ProvisionKind.String")
	}
}

// TestAllocationCitationsVerify collects every citation the allocation
// side of the package makes, in the built-in parameters, the provisions
// and the steps of allocations under both cap orders, and checks that each
// exists in the embedded source and that each step cites the bullet its
// rule comes from.
func TestAllocationCitationsVerify(t *testing.T) {
	var all []iomstrategy.Citation
	all = append(all, Resolution1150().Citations()...)
	for _, p := range Provisions() {
		all = append(all, p.Citation)
	}
	for _, order := range []CapOrder{CapLine2First, CapLine1First} {
		p := Resolution1150()
		p.CapOrder = order
		a, err := Allocate(allocIncome(2018, "28000000.00", "700000.00", "900000.00", "100000.00", "5.00"), p)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range a.Steps {
			all = append(all, s.Citation)
			for _, term := range s.Inputs {
				if term.Origin == FromParams {
					all = append(all, term.Citation)
				}
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
	wantBullet := map[FormulaRule]int{
		RuleDiscretionaryExcludingSecurity: 1, RuleExcessOverBaseline: 1, RuleLine2Formula: 1, RuleLine1Funding: 5,
		RuleMiscellaneousIncome: 2, RuleCap: 2, RuleCapLine2: 2, RuleCapLine1: 2, RuleTotal: 2, RuleTotalAvailable: 4,
	}
	a, _ := Allocate(allocIncome(2010, "1.00", "0", "0", "0", "0"), Resolution1150())
	for _, s := range a.Steps {
		if s.Citation != iomstrategy.PartIIIBullet(wantBullet[s.Rule]) {
			t.Errorf("step %s cites %s, want bullet %d", s.Rule, s.Citation, wantBullet[s.Rule])
		}
	}
}
