package facility1035

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// TestProvisionsCoverPartIII checks the rule book against the text: the
// provisions are the whole of Part III in the order of the text, each with
// its words from the cited place (a fragment written out here must be in
// them), and every interpretation's words are in its provision's words.
func TestProvisionsCoverPartIII(t *testing.T) {
	ps := Provisions(Resolution1150())
	want := []struct {
		cite     iomstrategy.Citation
		fragment string
	}{
		{iomstrategy.PartOpening(iomstrategy.PartIII), "projects in developing Member States"},
		{iomstrategy.PartIIIBullet(1), "25 per cent of Discretionary Income (excluding security)"},
		{iomstrategy.PartIIIBullet(2), "cannot exceed total miscellaneous income"},
		{iomstrategy.PartIIIBullet(3), "Resolution No. 1110 (LXXXVIII)"},
		{iomstrategy.PartIIIBullet(4), "direct voluntary contributions to the 1035 Facility"},
		{iomstrategy.PartIIIBullet(5), "the original funding of USD 1.4 million (Line 1)"},
		{iomstrategy.Criterion(1), "Member States subject to Article 4 will not be eligible"},
		{iomstrategy.Criterion(2), "national projects will be USD 200,000"},
		{iomstrategy.Criterion(3), "regional projects will be USD 300,000"},
		{iomstrategy.Criterion(4), "will be admissible under Line 2"},
		{iomstrategy.Criterion(5), "Distinct tracking and accounting"},
	}
	if len(ps) != len(want) {
		t.Fatalf("%d provisions, want %d", len(ps), len(want))
	}
	for i, w := range want {
		p := ps[i]
		if p.Citation != w.cite {
			t.Errorf("provision %d is %s, want %s", i+1, p.Citation, w.cite)
		}
		if !strings.Contains(p.Words, w.fragment) {
			t.Errorf("%s: words %q lack %q", p.Citation, p.Words, w.fragment)
		}
		if len(p.Rules) == 0 {
			t.Errorf("%s: no rule", p.Citation)
		}
		for _, r := range p.Rules {
			if _, err := r.Kind.MarshalText(); r.Summary == "" || err != nil {
				t.Errorf("%s, %s: no summary or kind", p.Citation, r.Code)
			}
			reading := r.Kind == KindReading
			if reading != (r.RestsOn != "") || reading != (r.Default != "") || reading != (r.Option != "") {
				t.Errorf("%s, %s (%s): rests on %q, default %q, option %q", p.Citation, r.Code, r.Kind, r.RestsOn, r.Default, r.Option)
			}
			if reading && !strings.Contains(p.Words, r.RestsOn) {
				t.Errorf("%s, %s: rests on %q, not in the provision's words", p.Citation, r.Code, r.RestsOn)
			}
		}
	}
	// Bullets 3 and 4 are not modelled, and say so.
	for _, i := range []int{3, 4} {
		if r := ps[i].Rules; len(r) != 1 || r[0].Kind != KindNotModelled || !strings.HasPrefix(r[0].Summary, "Not modelled: ") {
			t.Errorf("bullet %d: rules %v, want one not modelled", i, r)
		}
	}
}

// TestProvisionsCodes checks that every code the package's results can
// carry, written out here, appears in the rule book exactly once, with its
// kind, and no other code does.
func TestProvisionsCodes(t *testing.T) {
	want := map[string]RuleKind{}
	for _, c := range []string{"discretionary-excluding-security", "excess-over-baseline", "line2-formula", "line1-funding",
		"miscellaneous-income", "cap", "cap-line2", "cap-line1", "total", "total-available"} {
		want[c] = KindStep
	}
	for _, c := range []string{"facility.member-state", "facility.economy", "application.scope", "application.amount",
		"line1.ceiling", "line2.ceiling", "line2.article4", "line2.arrears", "facility.follow-up"} {
		want[c] = KindCriterion
	}
	for _, c := range []string{"security-is-input", "discretionary-basis", "formula-funds-line2", "rounding-to-cent",
		"line1-fixed", "cap-covers-both-lines", "cap-covers-line2-only", "cap-cuts-line2-first", "cap-cuts-line1-first",
		"direct-outside-lines", "transition-year", "transition-economies", "zero-request", "article4-before-2013",
		"barred-country-in-regional", "arrears-conditional", "over-ceiling", "regional-minimum", "follow-up-other",
		"no-cross-line-cover"} {
		want[c] = KindReading
	}
	want["ledger.own-line"] = KindLedger
	want["ledger.commitment"] = KindLedger
	want["overhead-income"] = KindNotModelled
	want["direct-contributions-invited"] = KindNotModelled
	got := map[string]RuleKind{}
	for _, p := range Provisions(Resolution1150()) {
		for _, r := range p.Rules {
			if _, twice := got[r.Code]; twice {
				t.Errorf("code %s appears twice", r.Code)
			}
			got[r.Code] = r.Kind
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("codes (-want +got):\n%s", d)
	}
	for _, r := range ScreeningRules() {
		if _, ok := got[string(r)]; !ok {
			t.Errorf("screening rule %s is not in the rule book", r)
		}
	}
	var ids []string
	for _, i := range Interpretations() {
		ids = append(ids, i.ID)
	}
	if len(ids) != 20 || !slices.IsSorted([]int{slices.Index(ids, "security-is-input"), slices.Index(ids, "no-cross-line-cover")}) {
		t.Errorf("Interpretations: %v", ids)
	}
}

// TestProvisionsSummariesFromParams checks that the summaries are written
// from the parameter set's values: a what-if ceiling, share and regional
// minimum show as such, and the readings chosen by a set show in it.
func TestProvisionsSummariesFromParams(t *testing.T) {
	summaries := func(p Params) string {
		var b strings.Builder
		for _, pr := range Provisions(p) {
			for _, r := range pr.Rules {
				b.WriteString(r.Code + ": " + r.Summary + "\n")
			}
		}
		return b.String()
	}
	built := summaries(Resolution1150())
	for _, want := range []string{
		"line2.ceiling: A Line 2 request above the ceiling, USD 200,000.00 for a national project and USD 300,000.00 for a regional one, is conditional: fundable up to the ceiling.",
		"line2-formula: 25% of the excess, brought to the cent half-away-from-zero: Line 2 by formula.",
		"application.scope: A national project benefits exactly one Member State and a regional one at least 2;",
		"line1.ceiling: A Line 1 request above the set's Line 1 ceiling is ineligible; runs only when the set has one (this set: none).",
		"facility.economy: A benefiting Member State that is neither developing nor with economy in transition makes an application ineligible, on either line.",
	} {
		if !strings.Contains(built, want) {
			t.Errorf("built-in summaries lack %q", want)
		}
	}
	p := Resolution1150()
	p.Line2NationalCeiling.Value = iomstrategy.MustParseUSD("250000")
	p.Share.Value = decimal.RequireFromString("0.5")
	p.RegionalMinimum.Value = 3
	p.OverCeiling.Value = Ineligible
	p.TransitionEconomies.Value = Ineligible
	what := summaries(p)
	for _, want := range []string{
		"USD 250,000.00 (a what-if: Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2 says USD 200,000.00) for a national project",
		"is ineligible.",
		"50% (a what-if: Resolution 1150 (XCIII), Annex, Part III, bullet 1 says 25%) of the excess",
		"a regional one at least 3;",
		"facility.economy: A benefiting Member State that is not a developing one makes an application ineligible, on either line (this set reads Part III as developing Member States only).",
	} {
		if !strings.Contains(what, want) {
			t.Errorf("what-if summaries lack %q", want)
		}
	}
	for order, want := range map[CapOrder]string{
		CapLine2First: "cap: What the cap takes off: the part of Line 1 plus Line 2 by formula above miscellaneous income, or zero.",
		CapLine1First: "cap: What the cap takes off: the part of Line 1 plus Line 2 by formula above miscellaneous income, or zero.",
		CapLine2Only:  "cap: What the cap takes off: the part of Line 2 by formula above miscellaneous income, or zero.",
	} {
		q := Resolution1150()
		q.CapOrder.Value = order
		if got := summaries(q); !strings.Contains(got, want) {
			t.Errorf("cap order %s: summaries lack %q", order, want)
		}
	}
	if strings.Contains(what, "USD 200,000.00 for a national") {
		t.Errorf("a what-if ceiling is printed as the text's")
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
	for _, p := range Provisions(Resolution1150()) {
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
		StepMiscellaneousIncome: 2, StepCap: 2, StepCapLine2: 2, StepCapLine1: 2, StepTotal: 2, StepTotalAvailable: 2,
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

// TestProvisionsParameters checks that every parameter of a set appears
// once, under the provision whose rules use it, with its value and source
// (a what-if labelled as such, an absent value as none).
func TestProvisionsParameters(t *testing.T) {
	p := Resolution1150()
	p.Share.Value = decimal.RequireFromString("0.5")
	type entry struct{ Provision, Key, Value, Source string }
	var got []entry
	for _, pr := range Provisions(p) {
		for _, x := range pr.Parameters {
			got = append(got, entry{strings.TrimPrefix(pr.Citation.String(), "Resolution 1150 (XCIII), Annex, Part III, "), x.Key, x.Value, x.Source})
		}
	}
	const (
		b1 = "Resolution 1150 (XCIII), Annex, Part III, bullet 1"
		c2 = "Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2"
	)
	want := []entry{
		{"opening paragraph", "transition_economies", "eligible", "Resolution 1150 (XCIII), Annex, Part III, opening paragraph"},
		{"bullet 1", "share", "0.5", "what-if: " + b1 + " says 25%"},
		{"bullet 1", "baseline", "20500000.00", b1},
		{"bullet 1", "first_year", "2008", b1},
		{"bullet 1", "rounding", "half-away-from-zero", b1},
		{"bullet 1", "successor_year", "2018", "Resolution 18 of 27 June 2018"},
		{"bullet 2", "cap_order", "line2-first", "Resolution 1150 (XCIII), Annex, Part III, bullet 2"},
		{"bullet 5", "line1", "1400000.00", "Resolution 1150 (XCIII), Annex, Part III, bullet 5"},
		{"bullet 5", "line1_ceiling", "none", "not in this set"},
		{"bullet 5, criterion 1", "article4_lookback", "two-years", "IOM Constitution, Article 4"},
		{"bullet 5, criterion 1", "article4_before_2013", "ineligible", "Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 1"},
		{"bullet 5, criterion 1", "barred_in_regional", "ineligible", "Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 1"},
		{"bullet 5, criterion 2", "line2_national_ceiling", "200000.00", c2},
		{"bullet 5, criterion 2", "over_ceiling", "conditional", c2},
		{"bullet 5, criterion 3", "line2_regional_ceiling", "300000.00", "Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 3"},
		{"bullet 5, criterion 3", "regional_minimum", "2", "Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 3"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("parameters (-want +got):\n%s", d)
	}
}
