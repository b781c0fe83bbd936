package facility1035

import (
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// benchIncome is a capped year, so that every branch of the cap runs.
var benchIncome = Income{
	Year:          2010,
	Discretionary: iomstrategy.USDFromCents(2_800_000_000),
	Security:      iomstrategy.USDFromCents(70_000_000),
	Unearmarked:   iomstrategy.USDFromCents(250_000_000),
	Interest:      iomstrategy.USDFromCents(30_000_000),
	Direct:        iomstrategy.USDFromCents(5_000_000),
}

var (
	benchSink    iomstrategy.USD
	benchDecSink decimal.Decimal
)

// BenchmarkAllocate is the library's allocation: validation of the
// parameters and the figures, the formula, and the steps of the
// explanation (its sentences are built only when asked for).
func BenchmarkAllocate(b *testing.B) {
	p := Resolution1150()
	b.ReportAllocs()
	for b.Loop() {
		a, err := Allocate(benchIncome, p)
		if err != nil {
			b.Fatal(err)
		}
		benchSink = a.TotalAvailable
	}
}

// BenchmarkAllocateBareArithmetic is the same decimal arithmetic written
// inline, with no validation, no USD wrapping and no explanation: the floor
// the library's overhead is measured against (BenchmarkAllocate / this).
// The decimals are taken from the USD inputs before the loop.
func BenchmarkAllocateBareArithmetic(b *testing.B) {
	share, baseline, line1Param := decimal.New(25, -2), decimal.New(20_500_000, 0), decimal.New(1_400_000, 0)
	in := struct{ Discretionary, Security, Unearmarked, Interest, Direct decimal.Decimal }{
		benchIncome.Discretionary.Decimal(), benchIncome.Security.Decimal(), benchIncome.Unearmarked.Decimal(),
		benchIncome.Interest.Decimal(), benchIncome.Direct.Decimal(),
	}
	zero := decimal.Decimal{}
	b.ReportAllocs()
	for b.Loop() {
		excluding := in.Discretionary.Sub(in.Security)
		excess := excluding.Sub(baseline)
		if excess.Sign() < 0 {
			excess = zero
		}
		line2Formula := share.Mul(excess).Round(2)
		misc := in.Unearmarked.Add(in.Interest)
		before := line1Param.Add(line2Formula)
		line1, line2 := line1Param, line2Formula
		if before.Cmp(misc) > 0 {
			line2 = misc.Sub(line1Param)
			if line2.Sign() < 0 {
				line2, line1 = zero, misc
			}
		}
		total := line1.Add(line2)
		_ = before.Sub(total)
		benchDecSink = total.Add(in.Direct)
	}
}

// BenchmarkAllocateExplain adds the text of the explanation, for a sense
// of what the sentences cost when a person asks for them.
func BenchmarkAllocateExplain(b *testing.B) {
	p := Resolution1150()
	b.ReportAllocs()
	for b.Loop() {
		a, err := Allocate(benchIncome, p)
		if err != nil {
			b.Fatal(err)
		}
		if len(a.Explain()) == 0 {
			b.Fatal("empty explanation")
		}
	}
}
