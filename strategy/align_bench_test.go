package strategy_test

import (
	"math/rand/v2"
	"testing"

	"github.com/policycode/iomstrategy/strategy"
)

// BenchmarkAlign100k aligns a generated portfolio of 100,000 activities
// per iteration, split evenly.
func BenchmarkAlign100k(b *testing.B) {
	acts := randomPortfolio(rand.New(rand.NewPCG(1, 2)), 100_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := strategy.Align(acts, strategy.SplitEven); err != nil {
			b.Fatal(err)
		}
	}
}
