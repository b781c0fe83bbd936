package facility1035

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// TestWhatIfDropsTheChangedCitation checks that each With method changes
// one value, drops that value's citation (so it is reported as
// caller-supplied, never under the Resolution's citation), marks the set as
// the caller's, keeps every other value and citation, and leaves the
// original set untouched.
func TestWhatIfDropsTheChangedCitation(t *testing.T) {
	d := decimal.RequireFromString
	base := Resolution1150()
	tests := []struct {
		name string
		got  Params
		want func(p *Params) // the expected change, applied to a copy of base
	}{
		{"share (Part III, bullet 1)", base.WithShare(d("0.30")), func(p *Params) { p.Share = Rate{Value: d("0.30")} }},
		{"baseline (Part III, bullet 1)", base.WithBaseline(d("21000000")), func(p *Params) { p.Baseline = Amount{Value: d("21000000")} }},
		{"Line 1 (Part III, bullet 5)", base.WithLine1(d("1500000")), func(p *Params) { p.Line1 = Amount{Value: d("1500000")} }},
		{"Line 1 ceiling (none in the text)", base.WithLine1Ceiling(d("100000")), func(p *Params) { p.Line1Ceiling = &Amount{Value: d("100000")} }},
		{"Line 2 ceilings (criteria 2 and 3)", base.WithLine2Ceilings(d("250000"), d("350000")), func(p *Params) {
			p.Line2NationalCeiling = Amount{Value: d("250000")}
			p.Line2RegionalCeiling = Amount{Value: d("350000")}
		}},
		{"rounding (silent text)", base.WithRounding(iomstrategy.HalfEven), func(p *Params) {
			p.Rounding, p.RoundingSource = iomstrategy.HalfEven, iomstrategy.Citation{}
		}},
		{"cap order (Part III, bullet 2)", base.WithCapOrder(CapLine1First), func(p *Params) {
			p.CapOrder, p.CapOrderSource = CapLine1First, iomstrategy.Citation{}
		}},
		{"look-back (Constitution, Article 4)", base.WithLookback(TwoFullYears), func(p *Params) {
			p.Article4Lookback, p.Article4LookbackSource = TwoFullYears, iomstrategy.Citation{}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := Resolution1150()
			want.CallerSupplied = true
			tt.want(&want)
			if diff := cmp.Diff(want, tt.got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if err := tt.got.Validate(); err != nil {
				t.Errorf("Validate: %v", err)
			}
			if diff := cmp.Diff(Resolution1150(), base); diff != "" {
				t.Errorf("the original set changed (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWhatIfShareIsReportedAsCallerSupplied(t *testing.T) {
	p := Resolution1150().WhatIf("what-if: share 30 per cent").WithShare(decimal.RequireFromString("0.30"))
	if p.Name != "what-if: share 30 per cent" || !p.CallerSupplied {
		t.Fatalf("WhatIf: name %q, caller-supplied %v", p.Name, p.CallerSupplied)
	}
	a, err := Allocate(Income{
		Year:          2010,
		Discretionary: iomstrategy.MustParseUSD("28000000.00"),
		Security:      iomstrategy.MustParseUSD("700000.00"),
		Unearmarked:   iomstrategy.MustParseUSD("4000000.00"),
		Interest:      iomstrategy.MustParseUSD("250000.00"),
	}, p)
	if err != nil {
		t.Fatal(err)
	}
	step, _ := a.Step(RuleLine2Formula)
	share, ok := step.Input(TermShare)
	if !ok || share.Source() != CallerSuppliedSource {
		t.Errorf("share source = %q, want %q", share.Source(), CallerSuppliedSource)
	}
	excess, _ := a.Step(RuleExcessOverBaseline)
	baseline, ok := excess.Input(TermBaseline)
	if want := iomstrategy.PartIIIBullet(1).String(); !ok || baseline.Source() != want {
		t.Errorf("unchanged baseline source = %q, want %q", baseline.Source(), want)
	}
	// 25% -> 30% of the excess 6,800,000.00: 2,040,000.00 (by hand).
	if want := iomstrategy.MustParseUSD("2040000.00"); !a.Line2.Equal(want) {
		t.Errorf("Line 2 = %s, want %s", a.Line2, want)
	}
}
