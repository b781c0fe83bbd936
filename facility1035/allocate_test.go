package facility1035

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

func allocUSD(s string) decimal.Decimal { return iomstrategy.MustParseUSD(s) }

// dec reads any decimal literal, including negative and sub-cent ones that
// ParseUSD refuses, for inputs that must be refused.
func allocDec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// income builds a year's figures from text.
func allocIncome(year int, discretionary, security, unearmarked, interest, direct string) Income {
	return Income{Year: year, Discretionary: allocUSD(discretionary), Security: allocUSD(security),
		Unearmarked: allocUSD(unearmarked), Interest: allocUSD(interest), Direct: allocUSD(direct)}
}

// want is the hand-computed outcome of a case: every amount written out.
type allocWant struct {
	excluding, excess, line2Formula, misc string
	capped                                bool
	reduction, line1, line2, total        string
	available                             string
}

func checkAllocation(t *testing.T, a Allocation, w allocWant) {
	t.Helper()
	for _, c := range []struct {
		name      string
		got, want decimal.Decimal
	}{
		{"DiscretionaryExcludingSecurity", a.DiscretionaryExcludingSecurity, allocUSD(w.excluding)},
		{"ExcessOverBaseline", a.ExcessOverBaseline, allocUSD(w.excess)},
		{"Line2Formula", a.Line2Formula, allocUSD(w.line2Formula)},
		{"MiscellaneousIncome", a.MiscellaneousIncome, allocUSD(w.misc)},
		{"CapReduction", a.CapReduction, allocUSD(w.reduction)},
		{"Line1", a.Line1, allocUSD(w.line1)},
		{"Line2", a.Line2, allocUSD(w.line2)},
		{"Total", a.Total, allocUSD(w.total)},
		{"TotalAvailable", a.TotalAvailable, allocUSD(w.available)},
	} {
		if !c.got.Equal(c.want) {
			t.Errorf("%s = %s, want %s", c.name, c.got, c.want)
		}
	}
	if a.Capped != w.capped {
		t.Errorf("Capped = %v, want %v", a.Capped, w.capped)
	}
	// Every step's amount is the allocation's amount of the same name.
	for rule, d := range map[FormulaRule]decimal.Decimal{
		RuleDiscretionaryExcludingSecurity: a.DiscretionaryExcludingSecurity,
		RuleExcessOverBaseline:             a.ExcessOverBaseline,
		RuleLine2Formula:                   a.Line2Formula,
		RuleLine1Funding:                   a.Line1Funding,
		RuleMiscellaneousIncome:            a.MiscellaneousIncome,
		RuleCap:                            a.CapReduction,
		RuleCapLine2:                       a.Line2,
		RuleCapLine1:                       a.Line1,
		RuleTotal:                          a.Total,
		RuleTotalAvailable:                 a.TotalAvailable,
	} {
		s, ok := a.Step(rule)
		if !ok {
			t.Errorf("no step %s", rule)
			continue
		}
		if !s.Amount.Equal(d) {
			t.Errorf("step %s amount %s, want %s", rule, s.Amount, d)
		}
	}
}

// TestAllocateFormula checks each rule of Part III, bullets 1, 2 and 5 at
// and around its edges, with the built-in parameters (share 25 per cent,
// baseline USD 20,500,000.00, Line 1 USD 1,400,000.00, half away from zero,
// Line 2 cut first). Every expected amount is worked out by hand in the
// comment beside it.
func TestAllocateFormula(t *testing.T) {
	tests := []struct {
		name string // the rule and its citation, then the edge
		in   Income
		want allocWant
	}{
		{
			// 21,000,000.00 - 500,000.00 = 20,500,000.00 = baseline.
			name: "excess-over-baseline (Part III, bullet 1): DI excluding security exactly at the baseline gives no excess",
			in:   allocIncome(2010, "21000000.00", "500000.00", "3000000.00", "200000.00", "0"),
			want: allocWant{excluding: "20500000.00", excess: "0", line2Formula: "0", misc: "3200000.00",
				reduction: "0", line1: "1400000.00", line2: "0", total: "1400000.00", available: "1400000.00"},
		},
		{
			// 20,999,999.99 - 500,000.00 = 20,499,999.99: one cent below; the excess is zero, not -0.01.
			name: "excess-over-baseline (bullet 1): one cent below the baseline gives zero, never a negative excess",
			in:   allocIncome(2010, "20999999.99", "500000.00", "3000000.00", "200000.00", "0"),
			want: allocWant{excluding: "20499999.99", excess: "0", line2Formula: "0", misc: "3200000.00",
				reduction: "0", line1: "1400000.00", line2: "0", total: "1400000.00", available: "1400000.00"},
		},
		{
			// excess 0.01; 25% = 0.0025; to the cent half away from zero: 0.00.
			name: "line2-formula (bullet 1): one cent above the baseline: 0.0025 rounds to 0.00",
			in:   allocIncome(2010, "21000000.01", "500000.00", "3000000.00", "200000.00", "0"),
			want: allocWant{excluding: "20500000.01", excess: "0.01", line2Formula: "0.00", misc: "3200000.00",
				reduction: "0", line1: "1400000.00", line2: "0", total: "1400000.00", available: "1400000.00"},
		},
		{
			// excess 0.02; 25% = 0.005; half away from zero: 0.01.
			name: "line2-formula (bullet 1): two cents above the baseline: 0.005 rounds half away from zero to 0.01",
			in:   allocIncome(2010, "20500000.02", "0", "3000000.00", "200000.00", "0"),
			want: allocWant{excluding: "20500000.02", excess: "0.02", line2Formula: "0.01", misc: "3200000.00",
				reduction: "0", line1: "1400000.00", line2: "0.01", total: "1400000.01", available: "1400000.01"},
		},
		{
			// excess 1,234,567.89; 25% = 308,641.9725 -> 308,641.97.
			name: "line2-formula (bullet 1): an excess with cents rounds to the cent",
			in:   allocIncome(2011, "21734567.89", "0", "5000000.00", "0", "0"),
			want: allocWant{excluding: "21734567.89", excess: "1234567.89", line2Formula: "308641.97", misc: "5000000.00",
				reduction: "0", line1: "1400000.00", line2: "308641.97", total: "1708641.97", available: "1708641.97"},
		},
		{
			// 28,000,000.00 - 700,000.00 = 27,300,000.00; excess 6,800,000.00; 25% = 1,700,000.00;
			// misc 4,000,000.00 + 250,000.00 = 4,250,000.00 >= 3,100,000.00; available + 125,000.50.
			name: "cap (bullet 2): not binding; direct contributions (bullet 4) outside the cap",
			in:   allocIncome(2010, "28000000.00", "700000.00", "4000000.00", "250000.00", "125000.50"),
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "4250000.00",
				reduction: "0", line1: "1400000.00", line2: "1700000.00", total: "3100000.00", available: "3225000.50"},
		},
		{
			// misc 3,000,000.00 + 100,000.00 = 3,100,000.00 = 1,400,000.00 + 1,700,000.00: exactly at the cap.
			name: "cap (bullet 2): the lines exactly equal to miscellaneous income: the cap does not bind",
			in:   allocIncome(2010, "28000000.00", "700000.00", "3000000.00", "100000.00", "0"),
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "3100000.00",
				reduction: "0", line1: "1400000.00", line2: "1700000.00", total: "3100000.00", available: "3100000.00"},
		},
		{
			// misc 3,099,999.99: one cent short; Line 2 = 3,099,999.99 - 1,400,000.00 = 1,699,999.99.
			name: "cap (bullet 2): binding by one cent cuts Line 2 by one cent",
			in:   allocIncome(2010, "28000000.00", "700000.00", "3000000.00", "99999.99", "0"),
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "3099999.99",
				capped: true, reduction: "0.01", line1: "1400000.00", line2: "1699999.99", total: "3099999.99", available: "3099999.99"},
		},
		{
			// misc 2,500,000.00 + 300,000.00 = 2,800,000.00; Line 2 = 2,800,000.00 - 1,400,000.00 = 1,400,000.00;
			// cut 3,100,000.00 - 2,800,000.00 = 300,000.00; available 2,800,000.00 + 50,000.00.
			name: "cap (bullet 2): binding partly cuts Line 2 to miscellaneous income less Line 1",
			in:   allocIncome(2010, "28000000.00", "700000.00", "2500000.00", "300000.00", "50000.00"),
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "2800000.00",
				capped: true, reduction: "300000.00", line1: "1400000.00", line2: "1400000.00", total: "2800000.00", available: "2850000.00"},
		},
		{
			// misc 1,000,000.00 + 400,000.00 = 1,400,000.00 = Line 1: Line 2 cut to zero, Line 1 whole.
			name: "cap (bullet 2): binding fully: miscellaneous income equal to Line 1 leaves Line 2 at zero",
			in:   allocIncome(2010, "28000000.00", "700000.00", "1000000.00", "400000.00", "0"),
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "1400000.00",
				capped: true, reduction: "1700000.00", line1: "1400000.00", line2: "0", total: "1400000.00", available: "1400000.00"},
		},
		{
			// misc 900,000.00 + 100,000.00 = 1,000,000.00 < Line 1: Line 2 0, Line 1 cut to 1,000,000.00;
			// cut 3,100,000.00 - 1,000,000.00 = 2,100,000.00; available + 200,000.00.
			name: "cap (bullet 2): miscellaneous income below Line 1 cuts Line 1 to it too",
			in:   allocIncome(2010, "28000000.00", "700000.00", "900000.00", "100000.00", "200000.00"),
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "1000000.00",
				capped: true, reduction: "2100000.00", line1: "1000000.00", line2: "0", total: "1000000.00", available: "1200000.00"},
		},
		{
			// no excess; misc 600,000.00 < 1,400,000.00: Line 1 cut by 800,000.00.
			name: "cap (bullet 2): no excess and miscellaneous income below Line 1",
			in:   allocIncome(2009, "20500000.00", "0", "500000.00", "100000.00", "0"),
			want: allocWant{excluding: "20500000.00", excess: "0", line2Formula: "0", misc: "600000.00",
				capped: true, reduction: "800000.00", line1: "600000.00", line2: "0", total: "600000.00", available: "600000.00"},
		},
		{
			// everything zero: Line 1 cut from 1,400,000.00 to 0.
			name: "cap (bullet 2): no miscellaneous income at all leaves nothing, direct contributions aside",
			in:   allocIncome(2008, "0", "0", "0", "0", "10.00"),
			want: allocWant{excluding: "0", excess: "0", line2Formula: "0", misc: "0",
				capped: true, reduction: "1400000.00", line1: "0", line2: "0", total: "0", available: "10.00"},
		},
		{
			// security = DI: nothing left, not an error.
			name: "discretionary-excluding-security (bullet 1): security equal to discretionary income",
			in:   allocIncome(2012, "5000000.00", "5000000.00", "3000000.00", "0", "0"),
			want: allocWant{excluding: "0", excess: "0", line2Formula: "0", misc: "3000000.00",
				reduction: "0", line1: "1400000.00", line2: "0", total: "1400000.00", available: "1400000.00"},
		},
		{
			// 999,999,999,999.99 - 0.99 = 999,999,999,999.00; excess 999,979,499,999.00; 25% = 249,994,874,999.75.
			name: "line2-formula (bullet 1): very large amounts stay exact",
			in:   allocIncome(2013, "999999999999.99", "0.99", "999999999999.99", "0.01", "0"),
			want: allocWant{excluding: "999999999999.00", excess: "999979499999.00", line2Formula: "249994874999.75", misc: "1000000000000.00",
				reduction: "0", line1: "1400000.00", line2: "249994874999.75", total: "249996274999.75", available: "249996274999.75"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Allocate(tt.in, Resolution1150())
			if err != nil {
				t.Fatalf("Allocate: %v", err)
			}
			checkAllocation(t, a, tt.want)
			if !a.Income.Equal(tt.in) || a.Year != tt.in.Year || !a.DirectContributions.Equal(tt.in.Direct) {
				t.Errorf("the allocation does not carry the year's figures as given")
			}
		})
	}
}

// TestAllocateRoundingModes checks the rounding of the Line 2 formula amount
// (bullet 1; the mode is an interpretation, Params.Rounding) where the mode
// matters.
func TestAllocateRoundingModes(t *testing.T) {
	tests := []struct {
		name   string
		excess string // DI above the baseline, security zero
		mode   iomstrategy.RoundingMode
		want   string
	}{
		// 25% of 0.02 = 0.005.
		{"0.005 half away from zero", "0.02", iomstrategy.HalfAwayFromZero, "0.01"},
		{"0.005 half even", "0.02", iomstrategy.HalfEven, "0.00"},
		{"0.005 toward zero", "0.02", iomstrategy.TowardZero, "0.00"},
		{"0.005 away from zero", "0.02", iomstrategy.AwayFromZero, "0.01"},
		// 25% of 0.10 = 0.025.
		{"0.025 half away from zero", "0.10", iomstrategy.HalfAwayFromZero, "0.03"},
		{"0.025 half even", "0.10", iomstrategy.HalfEven, "0.02"},
		// 25% of 0.06 = 0.015: half even goes up to the even 2.
		{"0.015 half even", "0.06", iomstrategy.HalfEven, "0.02"},
		// 25% of 0.01 = 0.0025.
		{"0.0025 half away from zero", "0.01", iomstrategy.HalfAwayFromZero, "0.00"},
		{"0.0025 away from zero", "0.01", iomstrategy.AwayFromZero, "0.01"},
		// 25% of 1,234,567.70 = 308,641.925.
		{"308,641.925 half away from zero", "1234567.70", iomstrategy.HalfAwayFromZero, "308641.93"},
		{"308,641.925 half even", "1234567.70", iomstrategy.HalfEven, "308641.92"},
		// 25% of 0.03 = 0.0075.
		{"0.0075 toward zero", "0.03", iomstrategy.TowardZero, "0.00"},
		{"0.0075 half even", "0.03", iomstrategy.HalfEven, "0.01"},
	}
	for _, tt := range tests {
		t.Run("line2-formula (Part III, bullet 1): "+tt.name, func(t *testing.T) {
			p := Resolution1150()
			p.Rounding = tt.mode
			di := allocUSD("20500000.00").Add(allocUSD(tt.excess))
			a, err := Allocate(Income{Year: 2010, Discretionary: di, Unearmarked: allocUSD("9000000.00")}, p)
			if err != nil {
				t.Fatal(err)
			}
			if !a.Line2Formula.Equal(allocUSD(tt.want)) || !a.Line2.Equal(allocUSD(tt.want)) {
				t.Errorf("Line2Formula = %s, Line2 = %s, want %s", a.Line2Formula, a.Line2, tt.want)
			}
			s, _ := a.Step(RuleLine2Formula)
			if s.Rounding != tt.mode {
				t.Errorf("step records rounding %v, want %v", s.Rounding, tt.mode)
			}
		})
	}
}

// TestAllocateWhatIf checks caller-supplied values: a share of 30 per cent,
// the cap cutting Line 1 first, another Line 1 amount.
func TestAllocateWhatIf(t *testing.T) {
	in := allocIncome(2010, "28000000.00", "700000.00", "2500000.00", "300000.00", "0")
	tests := []struct {
		name   string
		change func(*Params)
		want   allocWant
	}{
		{
			// 30% of 6,800,000.00 = 2,040,000.00; misc 2,800,000.00; Line 2 = 1,400,000.00; cut 640,000.00.
			name:   "share 30 per cent (what-if of bullet 1)",
			change: func(p *Params) { p.Share = Rate{Value: allocDec("0.30")} },
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "2040000.00", misc: "2800000.00",
				capped: true, reduction: "640000.00", line1: "1400000.00", line2: "1400000.00", total: "2800000.00", available: "2800000.00"},
		},
		{
			// Line 1 cut first: 2,800,000.00 - 1,700,000.00 = 1,100,000.00.
			name:   "cap cuts Line 1 first (CapLine1First)",
			change: func(p *Params) { p.CapOrder = CapLine1First },
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "2800000.00",
				capped: true, reduction: "300000.00", line1: "1100000.00", line2: "1700000.00", total: "2800000.00", available: "2800000.00"},
		},
		{
			// share 0: no Line 2 at all; Line 1 whole.
			name:   "share zero",
			change: func(p *Params) { p.Share = Rate{Value: decimal.Decimal{}} },
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "0", misc: "2800000.00",
				reduction: "0", line1: "1400000.00", line2: "0", total: "1400000.00", available: "1400000.00"},
		},
		{
			// Line 1 2,000,000.00 + 1,700,000.00 = 3,700,000.00 > 2,800,000.00; Line 2 = 800,000.00.
			name:   "Line 1 of USD 2,000,000.00",
			change: func(p *Params) { p.Line1 = Amount{Value: allocUSD("2000000.00")} },
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "2800000.00",
				capped: true, reduction: "900000.00", line1: "2000000.00", line2: "800000.00", total: "2800000.00", available: "2800000.00"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Resolution1150()
			p.Name, p.CallerSupplied = "what-if", true
			tt.change(&p)
			a, err := Allocate(in, p)
			if err != nil {
				t.Fatal(err)
			}
			checkAllocation(t, a, tt.want)
			if a.Rules != "what-if" || !a.CallerSupplied {
				t.Errorf("Rules = %q, CallerSupplied = %v", a.Rules, a.CallerSupplied)
			}
		})
	}
	// The built-in set is untouched by what a caller did to its copies.
	if got := Resolution1150().Share.Value; !got.Equal(allocDec("0.25")) {
		t.Errorf("built-in share changed to %s", got)
	}
}

// TestAllocateCapLine1FirstBelowLine2 checks CapLine1First when
// miscellaneous income is below the Line 2 formula amount.
func TestAllocateCapLine1FirstBelowLine2(t *testing.T) {
	p := Resolution1150()
	p.CapOrder = CapLine1First
	// misc 1,000,000.00 < Line 2 by formula 1,700,000.00: Line 1 0, Line 2 1,000,000.00.
	a, err := Allocate(allocIncome(2010, "28000000.00", "700000.00", "1000000.00", "0", "0"), p)
	if err != nil {
		t.Fatal(err)
	}
	checkAllocation(t, a, allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "1000000.00",
		capped: true, reduction: "2100000.00", line1: "0", line2: "1000000.00", total: "1000000.00", available: "1000000.00"})
	var rules []FormulaRule
	for _, s := range a.Steps {
		rules = append(rules, s.Rule)
	}
	wantRules := []FormulaRule{RuleDiscretionaryExcludingSecurity, RuleExcessOverBaseline, RuleLine2Formula, RuleLine1Funding,
		RuleMiscellaneousIncome, RuleCap, RuleCapLine1, RuleCapLine2, RuleTotal, RuleTotalAvailable}
	if d := cmp.Diff(wantRules, rules); d != "" {
		t.Errorf("step order with Line 1 cut first (-want +got):\n%s", d)
	}
	if got := a.Interpretations(); !containsInterp(got, CapCutsLine1First) || containsInterp(got, CapCutsLine2First) {
		t.Errorf("interpretations %v: want cap-cuts-line1-first and not cap-cuts-line2-first", got)
	}
}

func containsInterp(list []FormulaInterpretation, i FormulaInterpretation) bool {
	for _, x := range list {
		if x == i {
			return true
		}
	}
	return false
}

// TestAllocateSteps checks the whole explanation of one capped year,
// written out by hand: every rule, citation, input (with where it came
// from) and amount.
func TestAllocateSteps(t *testing.T) {
	in := allocIncome(2010, "28000000.00", "700000.00", "2500000.00", "300000.00", "50000.00")
	a, err := Allocate(in, Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	b1, b2, b4, b5 := iomstrategy.PartIIIBullet(1), iomstrategy.PartIIIBullet(2), iomstrategy.PartIIIBullet(4), iomstrategy.PartIIIBullet(5)
	inTerm := func(n, v string) Term { return Term{Name: n, Value: allocUSD(v), Origin: FromIncome} }
	stepTerm := func(n, v string) Term { return Term{Name: n, Value: allocUSD(v), Origin: FromStep} }
	paramTerm := func(n, v string, c iomstrategy.Citation) Term {
		return Term{Name: n, Value: allocDec(v), Origin: FromParams, Citation: c}
	}
	share := paramTerm("share", "0.25", b1)
	share.Proportion = true
	wantAlloc := Allocation{
		Year: 2010, Income: in, Rules: "Resolution 1150 (XCIII)", RulesPeriod: Period{2008, 2018},
		DiscretionaryExcludingSecurity: allocUSD("27300000.00"),
		ExcessOverBaseline:             allocUSD("6800000.00"),
		Line2Formula:                   allocUSD("1700000.00"),
		Line1Funding:                   allocUSD("1400000.00"),
		MiscellaneousIncome:            allocUSD("2800000.00"),
		Capped:                         true,
		CapReduction:                   allocUSD("300000.00"),
		Line1:                          allocUSD("1400000.00"),
		Line2:                          allocUSD("1400000.00"),
		Total:                          allocUSD("2800000.00"),
		DirectContributions:            allocUSD("50000.00"),
		TotalAvailable:                 allocUSD("2850000.00"),
		Steps: []Step{
			{Rule: "discretionary-excluding-security", Citation: b1, Amount: allocUSD("27300000.00"),
				Inputs:          []Term{inTerm("discretionary", "28000000.00"), inTerm("security", "700000.00")},
				Interpretations: []FormulaInterpretation{SecurityIsInput}},
			{Rule: "excess-over-baseline", Citation: b1, Amount: allocUSD("6800000.00"),
				Inputs:          []Term{stepTerm("discretionary_excluding_security", "27300000.00"), paramTerm("baseline", "20500000", b1)},
				Interpretations: []FormulaInterpretation{}},
			{Rule: "line2-formula", Citation: b1, Amount: allocUSD("1700000.00"), Rounding: iomstrategy.HalfAwayFromZero,
				Inputs:          []Term{share, stepTerm("excess_over_baseline", "6800000.00")},
				Interpretations: []FormulaInterpretation{FormulaFundsLine2, RoundingToCent}},
			{Rule: "line1-funding", Citation: b5, Amount: allocUSD("1400000.00"),
				Inputs:          []Term{paramTerm("line1", "1400000", b5)},
				Interpretations: []FormulaInterpretation{Line1Fixed}},
			{Rule: "miscellaneous-income", Citation: b2, Amount: allocUSD("2800000.00"),
				Inputs:          []Term{inTerm("unearmarked", "2500000.00"), inTerm("interest", "300000.00")},
				Interpretations: []FormulaInterpretation{}},
			{Rule: "cap", Citation: b2, Amount: allocUSD("300000.00"),
				Inputs: []Term{stepTerm("line1_funding", "1400000.00"), stepTerm("line2_formula", "1700000.00"),
					stepTerm("miscellaneous_income", "2800000.00")},
				Interpretations: []FormulaInterpretation{CapCoversBothLines}},
			{Rule: "cap-line2", Citation: b2, Amount: allocUSD("1400000.00"),
				Inputs: []Term{stepTerm("line2_formula", "1700000.00"), stepTerm("miscellaneous_income", "2800000.00"),
					stepTerm("line1_funding", "1400000.00")},
				Interpretations: []FormulaInterpretation{CapCutsLine2First}},
			{Rule: "cap-line1", Citation: b2, Amount: allocUSD("1400000.00"),
				Inputs:          []Term{stepTerm("line1_funding", "1400000.00"), stepTerm("miscellaneous_income", "2800000.00")},
				Interpretations: []FormulaInterpretation{CapCutsLine2First}},
			{Rule: "total", Citation: b2, Amount: allocUSD("2800000.00"),
				Inputs:          []Term{stepTerm("line1_after_cap", "1400000.00"), stepTerm("line2_after_cap", "1400000.00")},
				Interpretations: []FormulaInterpretation{}},
			{Rule: "total-available", Citation: b4, Amount: allocUSD("2850000.00"),
				Inputs:          []Term{stepTerm("total", "2800000.00"), inTerm("direct", "50000.00")},
				Interpretations: []FormulaInterpretation{DirectOutsideLines}},
		},
	}
	if d := cmp.Diff(wantAlloc, a); d != "" {
		t.Errorf("Allocate (-want +got):\n%s", d)
	}
	if !a.Equal(wantAlloc) {
		t.Errorf("Allocation.Equal disagrees with cmp.Diff")
	}

	wantSentences := map[FormulaRule]string{
		RuleDiscretionaryExcludingSecurity: "Discretionary income USD 28,000,000.00 less its security part USD 700,000.00: USD 27,300,000.00.",
		RuleExcessOverBaseline:             "Discretionary income excluding security USD 27,300,000.00 is above the baseline, the 2007 Programme and Budget Discretionary Income of USD 20,500,000.00, by USD 6,800,000.00.",
		RuleLine2Formula:                   "Line 2 by formula is 25% of the excess USD 6,800,000.00: USD 1,700,000.00.",
		RuleLine1Funding:                   "Line 1 is the original funding of the Facility: USD 1,400,000.00.",
		RuleMiscellaneousIncome:            "Miscellaneous income is unearmarked contributions USD 2,500,000.00 plus interest income USD 300,000.00: USD 2,800,000.00.",
		RuleCap:                            "Line 1 USD 1,400,000.00 plus Line 2 by formula USD 1,700,000.00 make USD 3,100,000.00, above miscellaneous income USD 2,800,000.00: the cap cuts USD 300,000.00.",
		RuleCapLine2:                       "The cap cuts Line 2 first, to miscellaneous income USD 2,800,000.00 less Line 1 USD 1,400,000.00 but not below zero: USD 1,400,000.00 (cut by USD 300,000.00).",
		RuleCapLine1:                       "Line 1 is not cut: USD 1,400,000.00.",
		RuleTotal:                          "The total, excluding direct voluntary contributions, is Line 1 USD 1,400,000.00 plus Line 2 USD 1,400,000.00: USD 2,800,000.00.",
		RuleTotalAvailable:                 "The total available is the total USD 2,800,000.00 plus direct voluntary contributions USD 50,000.00, which are outside the cap and the two lines: USD 2,850,000.00.",
	}
	for _, s := range a.Steps {
		if got := s.Sentence(); got != wantSentences[s.Rule] {
			t.Errorf("%s sentence:\n got %q\nwant %q", s.Rule, got, wantSentences[s.Rule])
		}
	}
}

// TestStepSentences checks the sentences of the other branches: no excess,
// rounding, the cap not binding, Line 1 cut, and Line 1 cut first.
func TestStepSentences(t *testing.T) {
	sentence := func(t *testing.T, a Allocation, rule FormulaRule) string {
		t.Helper()
		s, ok := a.Step(rule)
		if !ok {
			t.Fatalf("no step %s", rule)
		}
		return s.Sentence()
	}
	mustAllocate := func(t *testing.T, in Income, p Params) Allocation {
		t.Helper()
		a, err := Allocate(in, p)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	t.Run("no excess", func(t *testing.T) {
		a := mustAllocate(t, allocIncome(2010, "20000000.00", "0", "5000000.00", "0", "0"), Resolution1150())
		want := "Discretionary income excluding security USD 20,000,000.00 is not above the baseline, the 2007 Programme and Budget Discretionary Income of USD 20,500,000.00: no excess, USD 0.00."
		if got := sentence(t, a, RuleExcessOverBaseline); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
		want = "Line 1 USD 1,400,000.00 plus Line 2 by formula USD 0.00 make USD 1,400,000.00, not above miscellaneous income USD 5,000,000.00: the cap does not bind."
		if got := sentence(t, a, RuleCap); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	})
	t.Run("rounding", func(t *testing.T) {
		a := mustAllocate(t, allocIncome(2010, "20500000.02", "0", "5000000.00", "0", "0"), Resolution1150())
		want := "Line 2 by formula is 25% of the excess USD 0.02, USD 0.005, rounded to the cent half-away-from-zero: USD 0.01."
		if got := sentence(t, a, RuleLine2Formula); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	})
	t.Run("Line 1 cut", func(t *testing.T) {
		a := mustAllocate(t, allocIncome(2010, "28000000.00", "700000.00", "900000.00", "100000.00", "0"), Resolution1150())
		want := "Miscellaneous income USD 1,000,000.00 is below Line 1 USD 1,400,000.00: Line 1 is cut to it too, USD 1,000,000.00 (cut by USD 400,000.00)."
		if got := sentence(t, a, RuleCapLine1); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
		want = "The cap cuts Line 2 first, to miscellaneous income USD 1,000,000.00 less Line 1 USD 1,400,000.00 but not below zero: USD 0.00 (cut by USD 1,700,000.00)."
		if got := sentence(t, a, RuleCapLine2); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	})
	t.Run("Line 1 cut first", func(t *testing.T) {
		p := Resolution1150()
		p.CapOrder = CapLine1First
		a := mustAllocate(t, allocIncome(2010, "28000000.00", "700000.00", "2500000.00", "300000.00", "0"), p)
		want := "The cap cuts Line 1 first, to miscellaneous income USD 2,800,000.00 less Line 2 by formula USD 1,700,000.00 but not below zero: USD 1,100,000.00 (cut by USD 300,000.00)."
		if got := sentence(t, a, RuleCapLine1); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
		if got, want := sentence(t, a, RuleCapLine2), "Line 2 is not cut: USD 1,700,000.00."; got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	})
}

// TestAllocateExplain checks the text explanation: one line per step with
// its citation, the cap, and every interpretation with its option.
func TestAllocateExplain(t *testing.T) {
	a, err := Allocate(allocIncome(2010, "28000000.00", "700000.00", "2500000.00", "300000.00", "50000.00"), Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	text := a.Explain()
	for _, want := range []string{
		"Expanded 1035 Facility, 2010, under Resolution 1150 (XCIII) (2008-2018)\n",
		" 1. discretionary-excluding-security: Discretionary income USD 28,000,000.00 less its security part USD 700,000.00: USD 27,300,000.00. [Resolution 1150 (XCIII), Annex, Part III, bullet 1]\n",
		"10. total-available: ",
		"[Resolution 1150 (XCIII), Annex, Part III, bullet 4]\n",
		"Line 1 USD 1,400,000.00, Line 2 USD 1,400,000.00, total USD 2,800,000.00; total available USD 2,850,000.00.\n",
		"The cap applied: it cut USD 300,000.00.\n",
		"Interpretations (needs review):\n",
		"  - cap-cuts-line2-first: ",
		"Option: Params.CapOrder (cap_order in --params: line2-first, line1-first).",
		"  - direct-outside-lines: ",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("Explain() lacks %q; got:\n%s", want, text)
		}
	}
	if n := strings.Count(text, "[Resolution 1150 (XCIII), Annex, Part III, bullet "); n != 10 {
		t.Errorf("Explain() has %d cited step lines, want 10", n)
	}
}

// TestAllocateCallerSuppliedSources checks that parameters a caller's set
// gives without a citation are reported as caller-supplied.
func TestAllocateCallerSuppliedSources(t *testing.T) {
	p := Resolution1150()
	p.Name, p.CallerSupplied = "what-if", true
	p.Share = Rate{Value: allocDec("0.30")}
	a, err := Allocate(allocIncome(2010, "28000000.00", "0", "9000000.00", "0", "0"), p)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := a.Step(RuleLine2Formula)
	share, _ := s.Input(TermShare)
	if share.Source() != "caller-supplied" || !share.CallerSupplied {
		t.Errorf("share source = %q, want caller-supplied", share.Source())
	}
	if share.Text() != "30%" {
		t.Errorf("share text = %q, want 30%%", share.Text())
	}
	s, _ = a.Step(RuleExcessOverBaseline)
	baseline, _ := s.Input(TermBaseline)
	if baseline.Source() != "Resolution 1150 (XCIII), Annex, Part III, bullet 1" {
		t.Errorf("a cited value of a caller's set: source = %q", baseline.Source())
	}
	excluding, _ := s.Input(TermDiscretionaryExcludingSecurity)
	if excluding.Source() != "step" {
		t.Errorf("a step result: source = %q, want step", excluding.Source())
	}
	if text := a.Explain(); !strings.Contains(text, "Values without a citation (caller-supplied): share.\n") ||
		!strings.Contains(text, "a caller-supplied parameter set") {
		t.Errorf("Explain() does not mark the caller-supplied share:\n%s", text)
	}
}

// TestAllocateYears checks the years: the first and last of the built-in
// set, the years on either side, and the transition year 2018.
func TestAllocateYears(t *testing.T) {
	tests := []struct {
		year       int
		wantErr    bool
		transition bool
		wantMsg    string
	}{
		{2007, true, false, "no 1035 Facility rules in force for 2007 (the expanded Facility starts in 2008): the rules cover 2008-2018"},
		{2008, false, false, ""},
		{2017, false, false, ""},
		{2018, false, true, ""},
		{2019, true, false, "no 1035 Facility rules in force for 2019: the rules cover 2008-2018"},
	}
	for _, tt := range tests {
		t.Run("Part III, bullet 1 (starting in 2008); Resolution No. 18 of 27 June 2018: year "+yearText(tt.year), func(t *testing.T) {
			in := allocIncome(tt.year, "28000000.00", "700000.00", "4000000.00", "250000.00", "0")
			a, err := Allocate(in, Resolution1150())
			if tt.wantErr {
				var nr *NoRulesError
				if !errors.As(err, &nr) || !errors.Is(err, ErrNoRules) {
					t.Fatalf("err = %v, want a *NoRulesError", err)
				}
				if d := cmp.Diff([]Period{{2008, 2018}}, nr.Covered); d != "" || nr.Year != tt.year {
					t.Errorf("NoRulesError year %d covered (-want +got):\n%s", nr.Year, d)
				}
				if err.Error() != tt.wantMsg {
					t.Errorf("message %q, want %q", err.Error(), tt.wantMsg)
				}
				if a.Steps != nil || a.Year != 0 {
					t.Errorf("a refused year gave a partial result: %+v", a)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Transition != tt.transition || containsInterp(a.Interpretations(), TransitionYear) != tt.transition {
				t.Errorf("Transition = %v, interpretations %v; want transition %v", a.Transition, a.Interpretations(), tt.transition)
			}
		})
	}
	// A caller's set whose period starts before its first year allocates
	// only from the first year.
	p := Resolution1150()
	p.From = 2005
	_, err := Allocate(allocIncome(2006, "0", "0", "0", "0", "0"), p)
	var nr *NoRulesError
	if !errors.As(err, &nr) || nr.FirstYear != 2008 || nr.Covered[0] != (Period{2008, 2018}) {
		t.Errorf("2006 under a set from 2005 with first year 2008: err = %v", err)
	}
}

func yearText(n int) string { return decimal.New(int64(n), 0).String() }

// TestAllocateRefusesBadIncome checks the input errors: each names the
// field and the kind of failure and gives no partial result.
func TestAllocateRefusesBadIncome(t *testing.T) {
	good := allocIncome(2010, "28000000.00", "700000.00", "2500000.00", "300000.00", "50000.00")
	tests := []struct {
		name      string
		change    func(*Income)
		wantField string
		wantErr   error
	}{
		{"negative discretionary income", func(in *Income) { in.Discretionary = allocDec("-1") }, "discretionary", ErrIncomeNegative},
		{"negative security", func(in *Income) { in.Security = allocDec("-0.01") }, "security", ErrIncomeNegative},
		{"negative unearmarked", func(in *Income) { in.Unearmarked = allocDec("-5") }, "unearmarked", ErrIncomeNegative},
		{"negative interest", func(in *Income) { in.Interest = allocDec("-5") }, "interest", ErrIncomeNegative},
		{"negative direct", func(in *Income) { in.Direct = allocDec("-5") }, "direct", ErrIncomeNegative},
		{"sub-cent discretionary income", func(in *Income) { in.Discretionary = allocDec("28000000.005") }, "discretionary", ErrIncomeSubCent},
		{"sub-cent interest", func(in *Income) { in.Interest = allocDec("0.001") }, "interest", ErrIncomeSubCent},
		{"sub-cent direct", func(in *Income) { in.Direct = allocDec("1.999") }, "direct", ErrIncomeSubCent},
		{"security above discretionary income (bullet 1)", func(in *Income) { in.Security = allocDec("28000000.01") }, "security", ErrSecurityAboveDiscretionary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := good
			tt.change(&in)
			a, err := Allocate(in, Resolution1150())
			var ie *IncomeError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want an *IncomeError", err)
			}
			if ie.Field != tt.wantField || !errors.Is(err, tt.wantErr) || !errors.Is(err, ErrInvalidIncome) {
				t.Errorf("err = %v (field %q), want field %q and %v", err, ie.Field, tt.wantField, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantField) {
				t.Errorf("message %q does not name the field", err)
			}
			if a.Steps != nil {
				t.Errorf("a refused input gave a partial result")
			}
		})
	}
	// Trailing zeros beyond the cent are still whole cents.
	in := good
	in.Interest = allocDec("300000.000")
	if _, err := Allocate(in, Resolution1150()); err != nil {
		t.Errorf("300000.000 is whole cents, got %v", err)
	}
}

// TestAllocateRefusesBadParams checks that Allocate refuses a set whose
// values do not validate.
func TestAllocateRefusesBadParams(t *testing.T) {
	in := allocIncome(2010, "28000000.00", "700000.00", "2500000.00", "300000.00", "0")
	if _, err := Allocate(in, Params{}); !errors.Is(err, ErrInvalidParams) {
		t.Errorf("zero Params: err = %v, want ErrInvalidParams", err)
	}
	p := Resolution1150()
	p.Rounding = iomstrategy.RoundingUnset
	if _, err := Allocate(in, p); !errors.Is(err, iomstrategy.ErrRoundingMode) {
		t.Errorf("unset rounding: err = %v, want ErrRoundingMode", err)
	}
	p = Resolution1150()
	p.Share = Rate{Value: allocDec("1.5")}
	if _, err := Allocate(in, p); !errors.Is(err, ErrShareAboveOne) {
		t.Errorf("share 1.5: err = %v, want ErrShareAboveOne", err)
	}
}

// TestAllocationLine checks the line accessor the ledger uses.
func TestAllocationLine(t *testing.T) {
	a, err := Allocate(allocIncome(2010, "28000000.00", "700000.00", "4000000.00", "250000.00", "0"), Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	if !a.Line(Line1).Equal(allocUSD("1400000.00")) || !a.Line(Line2).Equal(allocUSD("1700000.00")) || !a.Line(Line(3)).IsZero() {
		t.Errorf("Line(1) = %s, Line(2) = %s, Line(3) = %s", a.Line(Line1), a.Line(Line2), a.Line(Line(3)))
	}
}

// TestScheduleAllocate checks allocation through a schedule.
func TestScheduleAllocate(t *testing.T) {
	in := allocIncome(2010, "28000000.00", "700000.00", "4000000.00", "250000.00", "0")
	a, err := DefaultSchedule().Allocate(in)
	if err != nil || !a.Line2.Equal(allocUSD("1700000.00")) {
		t.Errorf("DefaultSchedule().Allocate: %v, Line 2 %s", err, a.Line2)
	}
	in.Year = 2020
	if _, err := DefaultSchedule().Allocate(in); !errors.Is(err, ErrNoRules) {
		t.Errorf("2020: err = %v, want ErrNoRules", err)
	}
}

// TestFormulaInterpretations checks that every interpretation has an ID,
// a statement and an option, and that the IDs are distinct.
func TestFormulaInterpretations(t *testing.T) {
	seen := map[string]bool{}
	for _, i := range FormulaInterpretations() {
		if i.ID() == "" || strings.HasPrefix(i.ID(), "FormulaInterpretation(") || i.Text() == "" || i.Option() == "" {
			t.Errorf("interpretation %d lacks an ID, text or option", i)
		}
		if seen[i.ID()] {
			t.Errorf("duplicate ID %s", i.ID())
		}
		seen[i.ID()] = true
		if b, _ := i.MarshalText(); string(b) != i.ID() {
			t.Errorf("MarshalText %q, want %q", b, i.ID())
		}
	}
	if len(seen) != 9 {
		t.Errorf("%d interpretations, want 9", len(seen))
	}
	if FormulaInterpretation(0).Text() != "" || FormulaInterpretation(200).ID() != "FormulaInterpretation(200)" {
		t.Errorf("out-of-range interpretations")
	}
}
