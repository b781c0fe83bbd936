package facility1035

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
)

// TestCoverageCounts checks the counts of Coverage on results worked out
// by hand: two screenings, one allocation, one ledger and one refusal.
func TestCoverageCounts(t *testing.T) {
	reg := Registry{
		{Name: "Arcadia", Membership: Member, Economy: Developing},
		{Name: "Ruritania", Membership: Member, Economy: InTransition},
	}
	p := Resolution1150()
	// Over the national ceiling: line2.ceiling fails (conditional), reading
	// over-ceiling used; every other Line 2 rule passes.
	over, err := Screen(Application{ID: "A", Line: Line2, Scope: National, Amount: usdT("250000"), Countries: []string{"Arcadia"}}, reg, p)
	if err != nil {
		t.Fatal(err)
	}
	// A clean Line 1 application in transition: the Facility-wide rules
	// pass (facility.economy with reading transition-economies), the Line 2
	// criteria do not run.
	line1, err := Screen(Application{ID: "B", Line: Line1, Scope: National, Amount: usdT("1000"), Countries: []string{"Ruritania"}}, reg, p)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Allocate(Income{Year: 2010, Discretionary: usdT("24100000"), Security: usdT("800000"), Unearmarked: usdT("1900000"), Interest: usdT("150000")}, p)
	if err != nil {
		t.Fatal(err)
	}
	l, _ := NewLedger(usdT("1400000"), usdT("650000"))
	l, refused := l.BookAll([]Commitment{{ID: "C1", Line: Line2, Amount: usdT("600000")}, {ID: "C2", Line: Line2, Amount: usdT("50000.01")}})
	cov := Results{Allocations: []Allocation{a}, Screenings: []Screening{over, line1}, Ledgers: []Ledger{l}, Refusals: refused}.Coverage()
	got := map[string]RuleCoverage{}
	for _, c := range cov {
		got[c.Code] = c
	}
	want := map[string]RuleCoverage{
		"line2.ceiling":                {Provision: iomstrategy.Criterion(2), Code: "line2.ceiling", Kind: KindCriterion, Reached: 1, Failed: 1},
		"line2.article4":               {Provision: iomstrategy.Criterion(1), Code: "line2.article4", Kind: KindCriterion, Reached: 1, Passed: 1},
		"facility.economy":             {Provision: iomstrategy.PartOpening(iomstrategy.PartIII), Code: "facility.economy", Kind: KindCriterion, Reached: 2, Passed: 2},
		"line1.ceiling":                {Provision: iomstrategy.PartIIIBullet(5), Code: "line1.ceiling", Kind: KindCriterion},
		"over-ceiling":                 {Provision: iomstrategy.Criterion(2), Code: "over-ceiling", Kind: KindReading, Reached: 1},
		"transition-economies":         {Provision: iomstrategy.PartOpening(iomstrategy.PartIII), Code: "transition-economies", Kind: KindReading, Reached: 1},
		"cap":                          {Provision: iomstrategy.PartIIIBullet(2), Code: "cap", Kind: KindStep, Reached: 1},
		"cap-cuts-line2-first":         {Provision: iomstrategy.PartIIIBullet(2), Code: "cap-cuts-line2-first", Kind: KindReading, Reached: 1},
		"cap-cuts-line1-first":         {Provision: iomstrategy.PartIIIBullet(2), Code: "cap-cuts-line1-first", Kind: KindReading},
		"ledger.own-line":              {Provision: iomstrategy.Criterion(5), Code: "ledger.own-line", Kind: KindLedger, Reached: 2, Passed: 1, Failed: 1},
		"ledger.commitment":            {Provision: iomstrategy.Criterion(5), Code: "ledger.commitment", Kind: KindLedger, Reached: 1, Passed: 1},
		"no-cross-line-cover":          {Provision: iomstrategy.Criterion(5), Code: "no-cross-line-cover", Kind: KindReading, Reached: 1},
		"overhead-income":              {Provision: iomstrategy.PartIIIBullet(3), Code: "overhead-income", Kind: KindNotModelled},
		"arrears-conditional":          {Provision: iomstrategy.Criterion(1), Code: "arrears-conditional", Kind: KindReading},
		"facility.follow-up":           {Provision: iomstrategy.Criterion(4), Code: "facility.follow-up", Kind: KindCriterion, Reached: 2, Passed: 2},
		"application.amount":           {Provision: iomstrategy.PartOpening(iomstrategy.PartIII), Code: "application.amount", Kind: KindCriterion, Reached: 2, Passed: 2},
		"discretionary-basis":          {Provision: iomstrategy.PartIIIBullet(1), Code: "discretionary-basis", Kind: KindReading, Reached: 1},
		"article4-before-2013":         {Provision: iomstrategy.Criterion(1), Code: "article4-before-2013", Kind: KindReading},
		"facility.member-state":        {Provision: iomstrategy.PartOpening(iomstrategy.PartIII), Code: "facility.member-state", Kind: KindCriterion, Reached: 2, Passed: 2},
		"total-available":              {Provision: iomstrategy.PartIIIBullet(2), Code: "total-available", Kind: KindStep, Reached: 1},
		"cap-covers-line2-only":        {Provision: iomstrategy.PartIIIBullet(2), Code: "cap-covers-line2-only", Kind: KindReading},
		"transition-year":              {Provision: iomstrategy.PartIIIBullet(1), Code: "transition-year", Kind: KindReading},
		"direct-contributions-invited": {Provision: iomstrategy.PartIIIBullet(4), Code: "direct-contributions-invited", Kind: KindNotModelled},
	}
	for code, w := range want {
		if d := cmp.Diff(w, got[code]); d != "" {
			t.Errorf("%s (-want +got):\n%s", code, d)
		}
	}
	if len(cov) != 43 {
		t.Errorf("%d rules covered, want the rule book's 43", len(cov))
	}
}

// TestCoverageEveryRule runs a corpus that reaches every rule the package
// models, a criterion and the ledger rule both ways (passed and failed),
// and checks that Coverage says so; the rules not modelled are never
// reached.
func TestCoverageEveryRule(t *testing.T) {
	reg := Registry{
		{Name: "Arcadia", Membership: Member, Economy: Developing},
		{Name: "Ruritania", Membership: Member, Economy: InTransition},
		{Name: "Freedonia", Membership: Observer, Economy: Developing},
		{Name: "Hyperborea", Membership: Member, Economy: OtherEconomy},
		{Name: "Carpania", Membership: Member, Economy: Developing, Arrears: usdT("5000"), DueTwoYears: usdT("80000"), DueTwoYearsKnown: true},
		{Name: "Drakonia", Membership: Member, Economy: Developing, Arrears: usdT("90000"), DueTwoYears: usdT("80000"), DueTwoYearsKnown: true},
	}
	app := func(id string, line Line, scope Scope, amount string, countries ...string) Application {
		return Application{ID: id, Line: line, Scope: scope, Amount: usdT(amount), Countries: countries}
	}
	p := Resolution1150()
	withCeiling := Resolution1150()
	withCeiling.Line1Ceiling.Value = usdT("100000")
	var res Results
	for _, c := range []struct {
		app Application
		p   Params
	}{
		{app("clean", Line2, National, "1000", "Arcadia"), p},
		{app("observer", Line2, National, "1000", "Freedonia"), p},
		{app("other economy", Line2, National, "1000", "Hyperborea"), p},
		{app("transition", Line2, National, "1000", "Ruritania"), p},
		{app("national of two", Line2, National, "1000", "Arcadia", "Carpania"), p},
		{app("zero", Line2, National, "0", "Arcadia"), p},
		{app("over", Line2, National, "200000.01", "Arcadia"), p},
		{app("arrears", Line2, National, "1000", "Carpania"), p},
		{app("article 4, undated", Line2, National, "1000", "Drakonia"), p},
		{app("barred in a regional", Line2, Regional, "1000", "Arcadia", "Drakonia"), p},
		{app("regional of one", Line2, Regional, "1000", "Arcadia"), p},
		{followUp(app("follow-up of Line 1", Line2, National, "1000", "Arcadia"), "P", Line1), p},
		{followUp(app("follow-up of Line 2", Line2, National, "1000", "Arcadia"), "P", Line2), p},
		{app("Line 1 within its ceiling", Line1, National, "1000", "Arcadia"), withCeiling},
		{app("Line 1 over its ceiling", Line1, National, "100000.01", "Arcadia"), withCeiling},
	} {
		s, err := Screen(c.app, reg, c.p)
		if err != nil {
			t.Fatalf("%s: %v", c.app.ID, err)
		}
		res.Screenings = append(res.Screenings, s)
	}
	in := Income{Year: 2010, Discretionary: usdT("24100000"), Security: usdT("800000"), Unearmarked: usdT("1900000"), Interest: usdT("150000")}
	for _, order := range []CapOrder{CapLine2First, CapLine1First, CapLine2Only} {
		q := Resolution1150()
		q.CapOrder.Value = order
		for _, year := range []int{2010, 2018} {
			in.Year = year
			a, err := Allocate(in, q)
			if err != nil {
				t.Fatal(err)
			}
			res.Allocations = append(res.Allocations, a)
		}
	}
	l, _ := NewLedger(usdT("1400000"), usdT("650000"))
	l, refused := l.BookAll([]Commitment{{ID: "C1", Line: Line2, Amount: usdT("600000")}, {ID: "C2", Line: Line2, Amount: usdT("50000.01")}, {ID: "C1", Line: Line1, Amount: usdT("1")}})
	res.Ledgers, res.Refusals = []Ledger{l}, refused

	for _, c := range res.Coverage() {
		switch c.Kind {
		case KindCriterion, KindLedger:
			if c.Passed == 0 || c.Failed == 0 || c.Reached != c.Passed+c.Failed {
				t.Errorf("%s (%s): passed %d, failed %d, reached %d; want both ways", c.Code, c.Provision, c.Passed, c.Failed, c.Reached)
			}
		case KindStep, KindReading:
			if c.Reached == 0 || c.Passed != 0 || c.Failed != 0 {
				t.Errorf("%s (%s): reached %d, passed %d, failed %d; want reached only", c.Code, c.Provision, c.Reached, c.Passed, c.Failed)
			}
		case KindNotModelled:
			if c.Reached != 0 {
				t.Errorf("%s: not modelled, reached %d", c.Code, c.Reached)
			}
		}
	}
}

// TestCoverageStepsTaken: a step is reached by the allocations that took
// it, not by any allocation with steps.
func TestCoverageStepsTaken(t *testing.T) {
	partial := Allocation{Steps: []Step{{Rule: StepCap}}}
	for _, c := range (Results{Allocations: []Allocation{partial, {}}}).Coverage() {
		want := 0
		if c.Code == "cap" {
			want = 1
		}
		if c.Kind == KindStep && c.Reached != want {
			t.Errorf("%s: reached %d, want %d", c.Code, c.Reached, want)
		}
	}
}
