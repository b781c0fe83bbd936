package facility1035

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

func allocUSD(s string) iomstrategy.USD { return iomstrategy.MustParseUSD(s) }

// allocDec reads any decimal literal, for shares and for amounts that must
// be refused.
func allocDec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// allocNeg returns a negative amount of cents, which ParseUSD refuses to
// read but a USD can hold (as the difference of two amounts).
func allocNeg(cents int64) iomstrategy.USD { return iomstrategy.USDFromCents(-cents) }

// allocStep returns the allocation's step of that rule.
func allocStep(a Allocation, rule FormulaStep) (Step, bool) {
	for _, s := range a.Steps {
		if s.Rule == rule {
			return s, true
		}
	}
	return Step{}, false
}

// allocTerm returns the step's input of that name.
func allocTerm(s Step, name string) (Operand, bool) {
	for _, t := range s.Inputs {
		if t.Name == name {
			return t, true
		}
	}
	return Operand{}, false
}

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
		got, want iomstrategy.USD
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
	for rule, d := range map[FormulaStep]iomstrategy.USD{
		StepDiscretionaryExcludingSecurity: a.DiscretionaryExcludingSecurity,
		StepExcessOverBaseline:             a.ExcessOverBaseline,
		StepLine2Formula:                   a.Line2Formula,
		StepLine1Funding:                   a.Line1Funding,
		StepMiscellaneousIncome:            a.MiscellaneousIncome,
		StepCap:                            a.CapReduction,
		StepCapLine2:                       a.Line2,
		StepCapLine1:                       a.Line1,
		StepTotal:                          a.Total,
		StepTotalAvailable:                 a.TotalAvailable,
	} {
		s, ok := allocStep(a, rule)
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
			if d := cmp.Diff(tt.in, a.Income); d != "" || a.Year != tt.in.Year || !a.DirectContributions.Equal(tt.in.Direct) {
				t.Errorf("the allocation does not carry the year's figures as given (-want +got):\n%s", d)
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
			p.Rounding.Value = tt.mode
			di := allocUSD("20500000.00").Add(allocUSD(tt.excess))
			a, err := Allocate(Income{Year: 2010, Discretionary: di, Unearmarked: allocUSD("9000000.00")}, p)
			if err != nil {
				t.Fatal(err)
			}
			if !a.Line2Formula.Equal(allocUSD(tt.want)) || !a.Line2.Equal(allocUSD(tt.want)) {
				t.Errorf("Line2Formula = %s, Line2 = %s, want %s", a.Line2Formula, a.Line2, tt.want)
			}
			s, _ := allocStep(a, StepLine2Formula)
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
			name:   "line2-formula (Part III, bullet 1): share 30 per cent",
			change: func(p *Params) { p.Share = iomstrategy.Cited[decimal.Decimal]{Value: allocDec("0.30")} },
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "2040000.00", misc: "2800000.00",
				capped: true, reduction: "640000.00", line1: "1400000.00", line2: "1400000.00", total: "2800000.00", available: "2800000.00"},
		},
		{
			// Line 1 cut first: 2,800,000.00 - 1,700,000.00 = 1,100,000.00.
			name:   "cap (Part III, bullet 2): cut Line 1 first (CapLine1First)",
			change: func(p *Params) { p.CapOrder.Value = CapLine1First },
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "2800000.00",
				capped: true, reduction: "300000.00", line1: "1100000.00", line2: "1700000.00", total: "2800000.00", available: "2800000.00"},
		},
		{
			// share 0: no Line 2 at all; Line 1 whole.
			name:   "line2-formula (Part III, bullet 1): share zero",
			change: func(p *Params) { p.Share = iomstrategy.Cited[decimal.Decimal]{} },
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "0", misc: "2800000.00",
				reduction: "0", line1: "1400000.00", line2: "0", total: "1400000.00", available: "1400000.00"},
		},
		{
			// Line 1 2,000,000.00 + 1,700,000.00 = 3,700,000.00 > 2,800,000.00; Line 2 = 800,000.00.
			name:   "line1-funding (Part III, bullet 5): Line 1 of USD 2,000,000.00",
			change: func(p *Params) { p.Line1 = iomstrategy.Cited[iomstrategy.USD]{Value: allocUSD("2000000.00")} },
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

// TestAllocateCapLine1FirstBelowLine2 checks CapLine1First (the other
// reading of Part III, bullet 2) when miscellaneous income is below the
// Line 2 formula amount.
func TestAllocateCapLine1FirstBelowLine2(t *testing.T) {
	p := Resolution1150()
	p.CapOrder.Value = CapLine1First
	// misc 1,000,000.00 < Line 2 by formula 1,700,000.00: Line 1 0, Line 2 1,000,000.00.
	a, err := Allocate(allocIncome(2010, "28000000.00", "700000.00", "1000000.00", "0", "0"), p)
	if err != nil {
		t.Fatal(err)
	}
	checkAllocation(t, a, allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "1000000.00",
		capped: true, reduction: "2100000.00", line1: "0", line2: "1000000.00", total: "1000000.00", available: "1000000.00"})
	var rules []FormulaStep
	for _, s := range a.Steps {
		rules = append(rules, s.Rule)
	}
	wantRules := []FormulaStep{"discretionary-excluding-security", "excess-over-baseline", "line2-formula", "line1-funding",
		"miscellaneous-income", "cap", "cap-line1", "cap-line2", "total", "total-available"}
	if d := cmp.Diff(wantRules, rules); d != "" {
		t.Errorf("step order with Line 1 cut first (-want +got):\n%s", d)
	}
	if got := interpIDs(a.Interpretations()); !slices.Contains(got, "cap-cuts-line1-first") || slices.Contains(got, "cap-cuts-line2-first") {
		t.Errorf("interpretations %v: want cap-cuts-line1-first and not cap-cuts-line2-first", got)
	}
}

// interpIDs returns the ids of the interpretations, in order.
func interpIDs(list []Interpretation) []string {
	var ids []string
	for _, i := range list {
		ids = append(ids, i.ID)
	}
	return ids
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
	b1, b2, b5 := iomstrategy.PartIIIBullet(1), iomstrategy.PartIIIBullet(2), iomstrategy.PartIIIBullet(5)
	inTerm := func(n, v string) Operand { return Operand{Name: n, Value: allocDec(v), Source: "input"} }
	stepTerm := func(n, v string) Operand { return Operand{Name: n, Value: allocDec(v), Source: "step"} }
	const bullet1, bullet5 = "Resolution 1150 (XCIII), Annex, Part III, bullet 1", "Resolution 1150 (XCIII), Annex, Part III, bullet 5"
	wantAlloc := Allocation{
		Year: 2010, Income: in, Rules: "Resolution 1150 (XCIII)", RulesYears: Years{2008, 2018},
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
				Inputs: []Operand{inTerm("discretionary", "28000000.00"), inTerm("security", "700000.00")},
				// Bullet 1 does not say whether the year's figure is budgeted
				// or actual: the step rests on that reading too (issue 9, 6).
				Interpretations: []string{"security-is-input", "discretionary-basis"}},
			{Rule: "excess-over-baseline", Citation: b1, Amount: allocUSD("6800000.00"),
				Inputs: []Operand{stepTerm("discretionary_excluding_security", "27300000.00"),
					{Name: "baseline", Value: allocDec("20500000"), Source: bullet1}}},
			{Rule: "line2-formula", Citation: b1, Amount: allocUSD("1700000.00"), Rounding: iomstrategy.HalfAwayFromZero,
				Inputs: []Operand{{Name: "share", Value: allocDec("0.25"), Proportion: true, Source: bullet1},
					stepTerm("excess_over_baseline", "6800000.00")},
				Interpretations: []string{"formula-funds-line2", "rounding-to-cent"}},
			{Rule: "line1-funding", Citation: b5, Amount: allocUSD("1400000.00"),
				Inputs:          []Operand{{Name: "line1", Value: allocDec("1400000"), Source: bullet5}},
				Interpretations: []string{"line1-fixed"}},
			{Rule: "miscellaneous-income", Citation: b2, Amount: allocUSD("2800000.00"),
				Inputs: []Operand{inTerm("unearmarked", "2500000.00"), inTerm("interest", "300000.00")}},
			{Rule: "cap", Citation: b2, Amount: allocUSD("300000.00"),
				Inputs: []Operand{stepTerm("line1_funding", "1400000.00"), stepTerm("line2_formula", "1700000.00"),
					stepTerm("miscellaneous_income", "2800000.00")},
				Interpretations: []string{"cap-covers-both-lines"}},
			{Rule: "cap-line2", Citation: b2, Amount: allocUSD("1400000.00"),
				Inputs: []Operand{stepTerm("line2_formula", "1700000.00"), stepTerm("miscellaneous_income", "2800000.00"),
					stepTerm("line1_funding", "1400000.00")},
				Interpretations: []string{"cap-cuts-line2-first"}},
			{Rule: "cap-line1", Citation: b2, Amount: allocUSD("1400000.00"),
				Inputs:          []Operand{stepTerm("line1_funding", "1400000.00"), stepTerm("miscellaneous_income", "2800000.00")},
				Interpretations: []string{"cap-cuts-line2-first"}},
			{Rule: "total", Citation: b2, Amount: allocUSD("2800000.00"),
				Inputs: []Operand{stepTerm("line1_after_cap", "1400000.00"), stepTerm("line2_after_cap", "1400000.00")}},
			// "(excluding direct voluntary contributions)" is bullet 2's;
			// bullet 4 only invites them (issue 9, 9).
			{Rule: "total-available", Citation: b2, Amount: allocUSD("2850000.00"),
				Inputs:          []Operand{stepTerm("total", "2800000.00"), inTerm("direct", "50000.00")},
				Interpretations: []string{"direct-outside-lines"}},
		},
	}
	if d := cmp.Diff(wantAlloc, a, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("Allocate (-want +got):\n%s", d)
	}

	wantSentences := map[FormulaStep]string{
		StepDiscretionaryExcludingSecurity: "Discretionary income USD 28,000,000.00 less its security part USD 700,000.00: USD 27,300,000.00.",
		StepExcessOverBaseline:             "Discretionary income excluding security USD 27,300,000.00 is above the baseline, the 2007 Programme and Budget Discretionary Income of USD 20,500,000.00, by USD 6,800,000.00.",
		StepLine2Formula:                   "Line 2 by formula is 25% of the excess USD 6,800,000.00: USD 1,700,000.00.",
		StepLine1Funding:                   "Line 1 is the original funding of the Facility: USD 1,400,000.00.",
		StepMiscellaneousIncome:            "Miscellaneous income is unearmarked contributions USD 2,500,000.00 plus interest income USD 300,000.00: USD 2,800,000.00.",
		StepCap:                            "Line 1 USD 1,400,000.00 plus Line 2 by formula USD 1,700,000.00 make USD 3,100,000.00, above miscellaneous income USD 2,800,000.00: the cap cuts USD 300,000.00.",
		StepCapLine2:                       "The cap cuts Line 2 first, to miscellaneous income USD 2,800,000.00 less Line 1 USD 1,400,000.00 but not below zero: USD 1,400,000.00 (cut by USD 300,000.00).",
		StepCapLine1:                       "Line 1 is not cut: USD 1,400,000.00.",
		StepTotal:                          "The total, excluding direct voluntary contributions, is Line 1 USD 1,400,000.00 plus Line 2 USD 1,400,000.00: USD 2,800,000.00.",
		StepTotalAvailable:                 "The total available is the total USD 2,800,000.00 plus direct voluntary contributions USD 50,000.00, which are outside the cap and the two lines: USD 2,850,000.00.",
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
	sentence := func(t *testing.T, a Allocation, rule FormulaStep) string {
		t.Helper()
		s, ok := allocStep(a, rule)
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
	t.Run("excess-over-baseline and cap (Part III, bullets 1 and 2): no excess, the cap does not bind", func(t *testing.T) {
		a := mustAllocate(t, allocIncome(2010, "20000000.00", "0", "5000000.00", "0", "0"), Resolution1150())
		want := "Discretionary income excluding security USD 20,000,000.00 is not above the baseline, the 2007 Programme and Budget Discretionary Income of USD 20,500,000.00: no excess, USD 0.00."
		if got := sentence(t, a, StepExcessOverBaseline); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
		want = "Line 1 USD 1,400,000.00 plus Line 2 by formula USD 0.00 make USD 1,400,000.00, not above miscellaneous income USD 5,000,000.00: the cap does not bind."
		if got := sentence(t, a, StepCap); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	})
	t.Run("line2-formula (Part III, bullet 1): rounding to the cent", func(t *testing.T) {
		a := mustAllocate(t, allocIncome(2010, "20500000.02", "0", "5000000.00", "0", "0"), Resolution1150())
		want := "Line 2 by formula is 25% of the excess USD 0.02, USD 0.005, rounded to the cent half-away-from-zero: USD 0.01."
		if got := sentence(t, a, StepLine2Formula); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	})
	t.Run("cap-line1 and cap-line2 (Part III, bullet 2): Line 1 cut", func(t *testing.T) {
		a := mustAllocate(t, allocIncome(2010, "28000000.00", "700000.00", "900000.00", "100000.00", "0"), Resolution1150())
		want := "Miscellaneous income USD 1,000,000.00 is below Line 1 USD 1,400,000.00: Line 1 is cut to it too, USD 1,000,000.00 (cut by USD 400,000.00)."
		if got := sentence(t, a, StepCapLine1); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
		want = "The cap cuts Line 2 first, to miscellaneous income USD 1,000,000.00 less Line 1 USD 1,400,000.00 but not below zero: USD 0.00 (cut by USD 1,700,000.00)."
		if got := sentence(t, a, StepCapLine2); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	})
	t.Run("cap-line1 and cap-line2 (Part III, bullet 2; CapLine1First): Line 1 cut first", func(t *testing.T) {
		p := Resolution1150()
		p.CapOrder.Value = CapLine1First
		a := mustAllocate(t, allocIncome(2010, "28000000.00", "700000.00", "2500000.00", "300000.00", "0"), p)
		want := "The cap cuts Line 1 first, to miscellaneous income USD 2,800,000.00 less Line 2 by formula USD 1,700,000.00 but not below zero: USD 1,100,000.00 (cut by USD 300,000.00)."
		if got := sentence(t, a, StepCapLine1); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
		if got, want := sentence(t, a, StepCapLine2), "Line 2 is not cut: USD 1,700,000.00."; got != want {
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
		"10. total-available: The total available is the total USD 2,800,000.00 plus direct voluntary contributions USD 50,000.00, which are outside the cap and the two lines: USD 2,850,000.00. [Resolution 1150 (XCIII), Annex, Part III, bullet 2]\n",
		"Line 1 USD 1,400,000.00, Line 2 USD 1,400,000.00, total USD 2,800,000.00; total available USD 2,850,000.00.\n",
		"The cap applied: it cut USD 300,000.00.\n",
		"Interpretations (needs review):\n",
		"  - discretionary-basis: ",
		"Option: Income.Basis (column discretionary_basis, --basis: budgeted, actual): a label, no change to the arithmetic.\n",
		"  - cap-cuts-line2-first: ",
		"Option: cap_order in --params (Params.CapOrder): line2-first, line1-first, line2-only.\n",
		"  - direct-outside-lines: ",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("Explain() lacks %q; got:\n%s", want, text)
		}
	}
	if n := strings.Count(text, "[Resolution 1150 (XCIII), Annex, Part III, bullet "); n != 10 {
		t.Errorf("Explain() has %d cited step lines, want 10", n)
	}
	if strings.Contains(text, "bullet 4]") {
		t.Errorf("Explain() cites bullet 4, which only invites direct contributions:\n%s", text)
	}
	if strings.Contains(text, "caller-supplied") || strings.Contains(text, "Values without") {
		t.Errorf("Explain() of the built-in set reports uncited values:\n%s", text)
	}
	// The short form is the full form up to its interpretations.
	short := a.ExplainSteps()
	if !strings.HasPrefix(text, short) || strings.Contains(short, "Interpretations") ||
		!strings.HasSuffix(short, "The cap applied: it cut USD 300,000.00.\n") || strings.Count(short, "\n") != 13 {
		t.Errorf("ExplainSteps() is not the steps and totals of Explain():\n%s", short)
	}
}

// TestAllocateCallerSuppliedSources checks that parameters a caller's set
// gives without a citation are reported as caller-supplied, and that the
// values it keeps with their citation are reported under it.
func TestAllocateCallerSuppliedSources(t *testing.T) {
	p := Resolution1150()
	p.Name, p.CallerSupplied = "what-if", true
	p.Share = iomstrategy.Cited[decimal.Decimal]{Value: allocDec("0.30")}
	a, err := Allocate(allocIncome(2010, "28000000.00", "0", "9000000.00", "0", "0"), p)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := allocStep(a, StepLine2Formula)
	if share, _ := allocTerm(s, "share"); share.Source != "caller-supplied" {
		t.Errorf("share source = %q, want caller-supplied", share.Source)
	}
	// 30% of 7,500,000.00 = 2,250,000.00.
	if got, want := s.Sentence(), "Line 2 by formula is 30% of the excess USD 7,500,000.00: USD 2,250,000.00."; got != want {
		t.Errorf("sentence %q, want %q", got, want)
	}
	s, _ = allocStep(a, StepExcessOverBaseline)
	if baseline, _ := allocTerm(s, "baseline"); baseline.Source != "Resolution 1150 (XCIII), Annex, Part III, bullet 1" {
		t.Errorf("a cited value of a caller's set: source = %q", baseline.Source)
	}
	if excluding, _ := allocTerm(s, "discretionary_excluding_security"); excluding.Source != "step" {
		t.Errorf("a step result: source = %q, want step", excluding.Source)
	}
	if d := cmp.Diff([]string{"share (caller-supplied)"}, a.UncitedParams()); d != "" {
		t.Errorf("UncitedParams (-want +got):\n%s", d)
	}
	if text := a.Explain(); !strings.Contains(text, "Values without the citation of their text: share (caller-supplied).\n") ||
		!strings.Contains(text, "under what-if (2008-2018), a caller-supplied parameter set\n") {
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
		t.Run("Part III, bullet 1 (starting in 2008); Resolution No. 18 of 27 June 2018: year "+strconv.Itoa(tt.year), func(t *testing.T) {
			in := allocIncome(tt.year, "28000000.00", "700000.00", "4000000.00", "250000.00", "0")
			a, err := Allocate(in, Resolution1150())
			if tt.wantErr {
				var nr *NoRulesError
				if !errors.As(err, &nr) {
					t.Fatalf("err = %v, want a *NoRulesError", err)
				}
				if d := cmp.Diff(&NoRulesError{Year: tt.year, Covered: []Years{{2008, 2018}}, FirstYear: 2008}, nr); d != "" {
					t.Errorf("NoRulesError (-want +got):\n%s", d)
				}
				if err.Error() != tt.wantMsg {
					t.Errorf("message %q, want %q", err.Error(), tt.wantMsg)
				}
				if d := cmp.Diff(Allocation{}, a); d != "" {
					t.Errorf("a refused year gave a partial result:\n%s", d)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Transition != tt.transition || slices.Contains(interpIDs(a.Interpretations()), "transition-year") != tt.transition {
				t.Errorf("Transition = %v, interpretations %v; want transition %v", a.Transition, interpIDs(a.Interpretations()), tt.transition)
			}
			if tt.transition && !strings.Contains(a.Explain(), "  - transition-year: ") {
				t.Errorf("Explain() of a transition year does not name transition-year:\n%s", a.Explain())
			}
		})
	}
	// A caller's set whose period starts before its first year allocates
	// only from the first year.
	p := Resolution1150()
	p.From = 2005
	_, err := Allocate(allocIncome(2006, "0", "0", "0", "0", "0"), p)
	var nr *NoRulesError
	if !errors.As(err, &nr) || nr.FirstYear != 2008 || len(nr.Covered) != 1 || nr.Covered[0] != (Years{2008, 2018}) {
		t.Errorf("2006 under a set from 2005 with first year 2008: err = %v", err)
	}
}

// TestAllocateRefusesBadIncome checks the input errors: each is an
// *InputError that names the field and the kind of failure, and gives no
// partial result.
func TestAllocateRefusesBadIncome(t *testing.T) {
	good := allocIncome(2010, "28000000.00", "700000.00", "2500000.00", "300000.00", "50000.00")
	tests := []struct {
		name      string
		change    func(*Income)
		wantField string
		wantValue string
		wantErr   error
	}{
		{"negative discretionary income (Part III, bullet 1)", func(in *Income) { in.Discretionary = allocNeg(100) }, "discretionary", "-1.00", iomstrategy.ErrNegativeAmount},
		{"negative security (Part III, bullet 1)", func(in *Income) { in.Security = allocNeg(1) }, "security", "-0.01", iomstrategy.ErrNegativeAmount},
		{"negative unearmarked contributions (Part III, bullet 2)", func(in *Income) { in.Unearmarked = allocNeg(500) }, "unearmarked", "-5.00", iomstrategy.ErrNegativeAmount},
		{"negative interest income (Part III, bullet 2)", func(in *Income) { in.Interest = allocNeg(500) }, "interest", "-5.00", iomstrategy.ErrNegativeAmount},
		{"negative direct contributions (Part III, bullet 4)", func(in *Income) { in.Direct = allocNeg(500) }, "direct", "-5.00", iomstrategy.ErrNegativeAmount},
		{"security above discretionary income (Part III, bullet 1)", func(in *Income) { in.Security = allocUSD("28000000.01") }, "security", "28000000.01", ErrSecurityAboveDiscretionary},
		{"discretionary basis (Part III, bullet 1; discretionary-basis): forecast is neither budgeted nor actual", func(in *Income) { in.Basis = "forecast" }, "discretionary_basis", "forecast", ErrInvalidChoice},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := good
			tt.change(&in)
			a, err := Allocate(in, Resolution1150())
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want an *InputError", err)
			}
			if ie.Input != "income" || ie.ID != "2010" || ie.Field != tt.wantField || ie.Value != tt.wantValue || !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v (input %q, id %q, field %q, value %q), want income 2010, field %q, value %q and %v",
					err, ie.Input, ie.ID, ie.Field, ie.Value, tt.wantField, tt.wantValue, tt.wantErr)
			}
			if tt.wantErr == iomstrategy.ErrNegativeAmount && !errors.Is(err, iomstrategy.ErrInvalidAmount) {
				t.Errorf("err = %v does not match iomstrategy.ErrInvalidAmount", err)
			}
			if !strings.Contains(err.Error(), tt.wantField) {
				t.Errorf("message %q does not name the field", err)
			}
			if d := cmp.Diff(Allocation{}, a); d != "" {
				t.Errorf("a refused input gave a partial result:\n%s", d)
			}
		})
	}
	// Trailing zeros beyond the cent are still whole cents: NewUSD takes
	// them and Allocate with them.
	interest, err := iomstrategy.NewUSD(allocDec("300000.000"))
	if err != nil {
		t.Fatalf("NewUSD(300000.000): %v", err)
	}
	in := good
	in.Interest = interest
	if a, err := Allocate(in, Resolution1150()); err != nil || !a.MiscellaneousIncome.Equal(allocUSD("2800000.00")) {
		t.Errorf("300000.000 is whole cents: %v, miscellaneous income %s", err, a.MiscellaneousIncome)
	}
}

// TestAllocateRefusesBadParams checks that Allocate refuses a set whose
// values do not validate, as Validate does, with no partial result.
func TestAllocateRefusesBadParams(t *testing.T) {
	in := allocIncome(2010, "28000000.00", "700000.00", "2500000.00", "300000.00", "0")
	tests := []struct {
		name      string
		params    func() Params
		wantField string
		wantErr   error
	}{
		{"the zero Params has no name", func() Params { return Params{} }, "name", iomstrategy.ErrMissing},
		{"rounding (Part III, bullet 1, silent): unset", func() Params {
			p := Resolution1150()
			p.Rounding.Value = iomstrategy.RoundingUnset
			return p
		}, "rounding", iomstrategy.ErrRoundingMode},
		{"share (Part III, bullet 1): 1.5 is above 100 per cent", func() Params {
			p := Resolution1150()
			p.Share.Value = allocDec("1.5")
			return p
		}, "share", ErrInvalidParams},
		{"share (Part III, bullet 1): cited to bullet 2, which does not state it", func() Params {
			p := Resolution1150()
			p.Share.Citation = iomstrategy.PartIIIBullet(2)
			return p
		}, "share_source", ErrInvalidParams},
		{"Line 1 (Part III, bullet 5): negative", func() Params {
			p := Resolution1150()
			p.Line1.Value = allocNeg(1)
			return p
		}, "line1", iomstrategy.ErrNegativeAmount},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Allocate(in, tt.params())
			var ie *InputError
			if !errors.As(err, &ie) || ie.Field != tt.wantField || !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v, want an *InputError for %s matching %v", err, tt.wantField, tt.wantErr)
			}
			if d := cmp.Diff(Allocation{}, a); d != "" {
				t.Errorf("a refused set gave a partial result:\n%s", d)
			}
		})
	}
}

// TestScheduleAllocate checks allocation through a schedule.
func TestScheduleAllocate(t *testing.T) {
	in := allocIncome(2010, "28000000.00", "700000.00", "4000000.00", "250000.00", "0")
	a, err := DefaultSchedule().Allocate(in)
	if err != nil || !a.Line2.Equal(allocUSD("1700000.00")) || a.Rules != "Resolution 1150 (XCIII)" {
		t.Errorf("DefaultSchedule().Allocate: %v, rules %q, Line 2 %s", err, a.Rules, a.Line2)
	}
	in.Year = 2020
	var nr *NoRulesError
	if _, err := DefaultSchedule().Allocate(in); !errors.As(err, &nr) || nr.Year != 2020 {
		t.Errorf("2020: err = %v, want a *NoRulesError for 2020", err)
	}
}

// TestInterpretations checks the catalogue of interpretations, written out
// here by id in the order of the rule book (Provisions: the opening
// paragraph, bullets 1 to 5, the criteria), from which it is derived: each
// has a statement and an option, the ids are distinct and stable, and every
// id a step of any allocation names is in it.
func TestInterpretations(t *testing.T) {
	want := []string{
		// Part III, opening paragraph
		"transition-economies", "zero-request",
		// bullet 1
		"security-is-input", "discretionary-basis", "formula-funds-line2", "rounding-to-cent", "transition-year",
		// bullet 2
		"cap-covers-both-lines", "cap-covers-line2-only", "cap-cuts-line2-first", "cap-cuts-line1-first", "direct-outside-lines",
		// bullet 5
		"line1-fixed",
		// criterion 1
		"article4-before-2013", "barred-country-in-regional", "arrears-conditional",
		// criteria 2, 3, 4, 5
		"over-ceiling", "regional-minimum", "follow-up-other", "no-cross-line-cover",
	}
	all := Interpretations()
	if d := cmp.Diff(want, interpIDs(all)); d != "" {
		t.Errorf("interpretation ids (-want +got):\n%s", d)
	}
	for _, i := range all {
		if i.Text == "" || i.Option == "" {
			t.Errorf("interpretation %s lacks a text or an option", i.ID)
		}
	}
	// Derived from the rule book: each is a reading of Provisions under the
	// built-in set, its summary and option.
	var fromBook []Interpretation
	for _, p := range Provisions(Resolution1150()) {
		for _, r := range p.Rules {
			if r.Kind == KindReading {
				fromBook = append(fromBook, Interpretation{ID: r.Code, Text: r.Summary, Option: r.Option})
			}
		}
	}
	if d := cmp.Diff(fromBook, all); d != "" {
		t.Errorf("Interpretations() is not the rule book's readings (-book +Interpretations):\n%s", d)
	}
	k := slices.Index(want, "security-is-input")
	b, err := json.Marshal(all[k])
	if err != nil || !bytes.HasPrefix(b, []byte(`{"id":"security-is-input","text":"The make-up of the \"security\" part that bullet 1 excludes`)) ||
		!bytes.HasSuffix(b, []byte(`,"option":"the security input (Income.Security; --security, column security)"}`)) {
		t.Errorf("JSON of an interpretation: %s, %v", b, err)
	}
	for _, order := range []CapOrder{CapLine2First, CapLine1First, CapLine2Only} {
		p := Resolution1150()
		p.CapOrder.Value = order
		a, err := Allocate(allocIncome(2018, "28000000.00", "700000.00", "900000.00", "100000.00", "0"), p)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range a.Steps {
			for _, id := range s.Interpretations {
				if !slices.Contains(want, id) {
					t.Errorf("step %s names interpretation %q, which is not in the catalogue", s.Rule, id)
				}
			}
		}
		// An allocation's interpretations are the catalogue's entries, whole.
		for _, i := range a.Interpretations() {
			if k := slices.Index(want, i.ID); k < 0 || i != all[k] {
				t.Errorf("Allocation.Interpretations gives %+v, not the catalogue's entry", i)
			}
		}
	}
}

// TestAllocationInterpretationsByCapOrder checks which readings of bullet 2
// an allocation rests on under each cap order, and their order: that of the
// rule book (bullet 1's, bullet 2's, then line1-fixed under bullet 5), with
// transition-year after bullet 1's in 2018.
func TestAllocationInterpretationsByCapOrder(t *testing.T) {
	tests := []struct {
		name  string
		order CapOrder
		year  int
		want  []string
	}{
		{"cap (Part III, bullet 2) over both lines, Line 2 cut first", CapLine2First, 2010, []string{"security-is-input", "discretionary-basis",
			"formula-funds-line2", "rounding-to-cent", "cap-covers-both-lines", "cap-cuts-line2-first", "direct-outside-lines", "line1-fixed"}},
		{"cap (Part III, bullet 2) over both lines, Line 1 cut first", CapLine1First, 2010, []string{"security-is-input", "discretionary-basis",
			"formula-funds-line2", "rounding-to-cent", "cap-covers-both-lines", "cap-cuts-line1-first", "direct-outside-lines", "line1-fixed"}},
		{"cap (Part III, bullet 2) over Line 2 only", CapLine2Only, 2010, []string{"security-is-input", "discretionary-basis",
			"formula-funds-line2", "rounding-to-cent", "cap-covers-line2-only", "direct-outside-lines", "line1-fixed"}},
		{"cap (Part III, bullet 2) over Line 2 only, in the transition year 2018", CapLine2Only, 2018, []string{"security-is-input", "discretionary-basis",
			"formula-funds-line2", "rounding-to-cent", "transition-year", "cap-covers-line2-only", "direct-outside-lines", "line1-fixed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Resolution1150()
			p.CapOrder.Value = tt.order
			a, err := Allocate(allocIncome(tt.year, "28000000.00", "700000.00", "2500000.00", "300000.00", "50000.00"), p)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, interpIDs(a.Interpretations())); d != "" {
				t.Errorf("interpretations (-want +got):\n%s", d)
			}
		})
	}
}

// TestAllocateCapLine2Only checks the reading of Part III, bullet 2 that
// caps the new money only (CapLine2Only, the interpretation
// cap-covers-line2-only): Line 2 is cut down to miscellaneous income and
// Line 1 is never cut, so the total may exceed miscellaneous income. Every
// amount is worked out by hand: DI 28,000,000.00 - security 700,000.00 =
// 27,300,000.00; excess 6,800,000.00; 25% = 1,700,000.00 (Line 2 by
// formula); Line 1 1,400,000.00.
func TestAllocateCapLine2Only(t *testing.T) {
	const line2Only = "cap-covers-line2-only"
	tests := []struct {
		name string // the rule and its citation, then the edge
		in   Income
		want allocWant
		// the sentences of the steps cap, cap-line2 and cap-line1
		cap, capLine2, capLine1 string
	}{
		{
			// misc 2,500,000.00 + 300,000.00 = 2,800,000.00 < 3,100,000.00 = Line 1 + Line 2,
			// but Line 2 1,700,000.00 <= 2,800,000.00: nothing is cut (line2-first would cut 300,000.00).
			name: "cap (Part III, bullet 2; line2-only): Line 1 + Line 2 above miscellaneous income, Line 2 not: the cap does not bind",
			in:   allocIncome(2010, "28000000.00", "700000.00", "2500000.00", "300000.00", "50000.00"),
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "2800000.00",
				reduction: "0", line1: "1400000.00", line2: "1700000.00", total: "3100000.00", available: "3150000.00"},
			cap:      "The cap covers Line 2 only: Line 2 by formula USD 1,700,000.00 is not above miscellaneous income USD 2,800,000.00, and the cap does not bind.",
			capLine2: "Line 2 is not cut: USD 1,700,000.00.",
			capLine1: "The cap covers Line 2 only: Line 1 is not cut, USD 1,400,000.00.",
		},
		{
			// misc 1,700,000.00 = Line 2 by formula: exactly at the cap.
			name: "cap (Part III, bullet 2; line2-only): Line 2 exactly equal to miscellaneous income: the cap does not bind",
			in:   allocIncome(2010, "28000000.00", "700000.00", "1600000.00", "100000.00", "0"),
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "1700000.00",
				reduction: "0", line1: "1400000.00", line2: "1700000.00", total: "3100000.00", available: "3100000.00"},
			cap:      "The cap covers Line 2 only: Line 2 by formula USD 1,700,000.00 is not above miscellaneous income USD 1,700,000.00, and the cap does not bind.",
			capLine2: "Line 2 is not cut: USD 1,700,000.00.",
			capLine1: "The cap covers Line 2 only: Line 1 is not cut, USD 1,400,000.00.",
		},
		{
			// misc 1,699,999.99: one cent short; Line 2 cut to it, by 0.01; total 3,099,999.99.
			name: "cap (Part III, bullet 2; line2-only): binding by one cent cuts Line 2 by one cent",
			in:   allocIncome(2010, "28000000.00", "700000.00", "1600000.00", "99999.99", "0"),
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "1699999.99",
				capped: true, reduction: "0.01", line1: "1400000.00", line2: "1699999.99", total: "3099999.99", available: "3099999.99"},
			cap:      "The cap covers Line 2 only: Line 2 by formula USD 1,700,000.00 is above miscellaneous income USD 1,699,999.99, and the cap cuts USD 0.01.",
			capLine2: "The cap covers Line 2 only: Line 2 by formula USD 1,700,000.00 is cut to miscellaneous income USD 1,699,999.99: USD 1,699,999.99.",
			capLine1: "The cap covers Line 2 only: Line 1 is not cut, USD 1,400,000.00.",
		},
		{
			// misc 900,000.00 + 100,000.00 = 1,000,000.00, below Line 1 too: Line 2 cut to 1,000,000.00
			// (by 700,000.00), Line 1 whole (line2-first would cut it to 1,000,000.00); total
			// 2,400,000.00; available + 200,000.00.
			name: "cap (Part III, bullet 2; line2-only): miscellaneous income below both lines cuts Line 2 to it and leaves Line 1 whole",
			in:   allocIncome(2010, "28000000.00", "700000.00", "900000.00", "100000.00", "200000.00"),
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "1000000.00",
				capped: true, reduction: "700000.00", line1: "1400000.00", line2: "1000000.00", total: "2400000.00", available: "2600000.00"},
			cap:      "The cap covers Line 2 only: Line 2 by formula USD 1,700,000.00 is above miscellaneous income USD 1,000,000.00, and the cap cuts USD 700,000.00.",
			capLine2: "The cap covers Line 2 only: Line 2 by formula USD 1,700,000.00 is cut to miscellaneous income USD 1,000,000.00: USD 1,000,000.00.",
			capLine1: "The cap covers Line 2 only: Line 1 is not cut, USD 1,400,000.00.",
		},
		{
			// no miscellaneous income: Line 2 cut to zero, by 1,700,000.00; Line 1 whole; available + 10.00.
			name: "cap (Part III, bullet 2; line2-only): no miscellaneous income leaves Line 2 at zero and Line 1 whole",
			in:   allocIncome(2010, "28000000.00", "700000.00", "0", "0", "10.00"),
			want: allocWant{excluding: "27300000.00", excess: "6800000.00", line2Formula: "1700000.00", misc: "0",
				capped: true, reduction: "1700000.00", line1: "1400000.00", line2: "0", total: "1400000.00", available: "1400010.00"},
			cap:      "The cap covers Line 2 only: Line 2 by formula USD 1,700,000.00 is above miscellaneous income USD 0.00, and the cap cuts USD 1,700,000.00.",
			capLine2: "The cap covers Line 2 only: Line 2 by formula USD 1,700,000.00 is cut to miscellaneous income USD 0.00: USD 0.00.",
			capLine1: "The cap covers Line 2 only: Line 1 is not cut, USD 1,400,000.00.",
		},
		{
			// no excess: Line 2 by formula 0 <= misc 600,000.00; Line 1 1,400,000.00 stays whole
			// though above miscellaneous income (line2-first would cut it to 600,000.00).
			name: "cap (Part III, bullet 2; line2-only): no excess, miscellaneous income below Line 1: nothing is cut",
			in:   allocIncome(2009, "20500000.00", "0", "500000.00", "100000.00", "0"),
			want: allocWant{excluding: "20500000.00", excess: "0", line2Formula: "0", misc: "600000.00",
				reduction: "0", line1: "1400000.00", line2: "0", total: "1400000.00", available: "1400000.00"},
			cap:      "The cap covers Line 2 only: Line 2 by formula USD 0.00 is not above miscellaneous income USD 600,000.00, and the cap does not bind.",
			capLine2: "Line 2 is not cut: USD 0.00.",
			capLine1: "The cap covers Line 2 only: Line 1 is not cut, USD 1,400,000.00.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Resolution1150()
			p.CapOrder.Value = CapLine2Only
			a, err := Allocate(tt.in, p)
			if err != nil {
				t.Fatal(err)
			}
			checkAllocation(t, a, tt.want)
			if !a.Line1.Equal(a.Line1Funding) {
				t.Errorf("Line 1 cut to %s: line2-only never cuts Line 1", a.Line1)
			}
			// The three cap steps, whole: each cites bullet 2 and rests on
			// cap-covers-line2-only only; the cap weighs Line 2 alone.
			b2 := iomstrategy.PartIIIBullet(2)
			line2Formula := Operand{Name: "line2_formula", Value: a.Line2Formula.Decimal(), Source: "step"}
			misc := Operand{Name: "miscellaneous_income", Value: a.MiscellaneousIncome.Decimal(), Source: "step"}
			line1 := Operand{Name: "line1_funding", Value: a.Line1Funding.Decimal(), Source: "step"}
			wantSteps := []Step{
				{Rule: StepCap, Citation: b2, Inputs: []Operand{line2Formula, misc}, Amount: allocUSD(tt.want.reduction), Interpretations: []string{line2Only}},
				{Rule: StepCapLine2, Citation: b2, Inputs: []Operand{line2Formula, misc}, Amount: allocUSD(tt.want.line2), Interpretations: []string{line2Only}},
				{Rule: StepCapLine1, Citation: b2, Inputs: []Operand{line1}, Amount: allocUSD(tt.want.line1), Interpretations: []string{line2Only}},
			}
			if len(a.Steps) != 10 {
				t.Fatalf("%d steps, want 10", len(a.Steps))
			}
			if d := cmp.Diff(wantSteps, a.Steps[5:8]); d != "" {
				t.Errorf("the cap steps (-want +got):\n%s", d)
			}
			for _, c := range []struct {
				rule FormulaStep
				want string
			}{{StepCap, tt.cap}, {StepCapLine2, tt.capLine2}, {StepCapLine1, tt.capLine1}} {
				s, _ := allocStep(a, c.rule)
				if got := s.Sentence(); got != c.want {
					t.Errorf("%s sentence:\n got %q\nwant %q", c.rule, got, c.want)
				}
			}
			ids := interpIDs(a.Interpretations())
			if !slices.Contains(ids, line2Only) || slices.Contains(ids, "cap-covers-both-lines") ||
				slices.Contains(ids, "cap-cuts-line2-first") || slices.Contains(ids, "cap-cuts-line1-first") {
				t.Errorf("interpretations %v: want cap-covers-line2-only and none of the readings of a cap over both lines", ids)
			}
			if text := a.Explain(); !strings.Contains(text, "  - cap-covers-line2-only: This parameter set reads the capped ") ||
				strings.Contains(text, "The cap applied") != tt.want.capped {
				t.Errorf("Explain() of a line2-only allocation (capped %v):\n%s", tt.want.capped, text)
			}
		})
	}
}

// TestAllocateDiscretionaryBasis checks Income.Basis (Part III, bullet 1;
// the interpretation discretionary-basis): budgeted or actual labels the
// discretionary input and its sentence and changes no amount; unstated, the
// input is plain; any other basis is refused.
func TestAllocateDiscretionaryBasis(t *testing.T) {
	in := allocIncome(2010, "28000000.00", "700000.00", "2500000.00", "300000.00", "50000.00")
	base, err := Allocate(in, Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		basis    string
		source   string // the discretionary input's Source
		sentence string // the first step's sentence
	}{
		{"discretionary-excluding-security (Part III, bullet 1): basis not stated", "", "input",
			"Discretionary income USD 28,000,000.00 less its security part USD 700,000.00: USD 27,300,000.00."},
		{"discretionary-excluding-security (Part III, bullet 1): budgeted", "budgeted", "input, budgeted",
			"Discretionary income (budgeted) USD 28,000,000.00 less its security part USD 700,000.00: USD 27,300,000.00."},
		{"discretionary-excluding-security (Part III, bullet 1): actual", "actual", "input, actual",
			"Discretionary income (actual) USD 28,000,000.00 less its security part USD 700,000.00: USD 27,300,000.00."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := in
			in.Basis = tt.basis
			a, err := Allocate(in, Resolution1150())
			if err != nil {
				t.Fatal(err)
			}
			s := a.Steps[0]
			want := Step{Rule: StepDiscretionaryExcludingSecurity, Citation: iomstrategy.PartIIIBullet(1), Amount: allocUSD("27300000.00"),
				Inputs: []Operand{{Name: "discretionary", Value: allocDec("28000000.00"), Source: tt.source},
					{Name: "security", Value: allocDec("700000.00"), Source: "input"}},
				Interpretations: []string{"security-is-input", "discretionary-basis"}}
			if d := cmp.Diff(want, s); d != "" {
				t.Errorf("step 1 (-want +got):\n%s", d)
			}
			if got := s.Sentence(); got != tt.sentence {
				t.Errorf("sentence\n got %q\nwant %q", got, tt.sentence)
			}
			wantJSON := `{"name":"discretionary","value":"28000000.00","source":"input"}`
			if tt.basis != "" {
				wantJSON = `{"name":"discretionary","value":"28000000.00","source":"input","note":"` + tt.basis + `"}`
			}
			b, err := json.Marshal(s)
			if err != nil || !strings.Contains(string(b), wantJSON) {
				t.Errorf("JSON of step 1: %s, %v", b, err)
			}
			// A label: every amount and every other step is the same as with
			// no basis stated.
			if a.Income.Basis != tt.basis {
				t.Errorf("Income.Basis = %q, want %q", a.Income.Basis, tt.basis)
			}
			a.Income.Basis = ""
			if d := cmp.Diff(base, a, cmpopts.IgnoreFields(Step{}, "Inputs")); d != "" {
				t.Errorf("the basis changed the allocation (-unstated +%s):\n%s", tt.basis, d)
			}
			if d := cmp.Diff(base.Steps[1:], a.Steps[1:]); d != "" {
				t.Errorf("the basis changed a later step (-unstated +%s):\n%s", tt.basis, d)
			}
		})
	}
	// Any other basis is refused, naming the field and the value.
	for _, basis := range []string{"forecast", "budget", " actual"} {
		t.Run("discretionary-basis (Part III, bullet 1): "+strconv.Quote(basis)+" refused", func(t *testing.T) {
			in := in
			in.Basis = basis
			a, err := Allocate(in, Resolution1150())
			var ie *InputError
			if !errors.As(err, &ie) || ie.Field != "discretionary_basis" || ie.Value != basis || !errors.Is(err, ErrInvalidChoice) {
				t.Fatalf("err = %v, want an *InputError for discretionary_basis %q matching ErrInvalidChoice", err, basis)
			}
			if !strings.Contains(err.Error(), "budgeted or actual") {
				t.Errorf("message %q does not say what is accepted", err)
			}
			if d := cmp.Diff(Allocation{}, a); d != "" {
				t.Errorf("a refused basis gave a partial result:\n%s", d)
			}
		})
	}
}
