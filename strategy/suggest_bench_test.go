package strategy_test

import (
	"testing"

	"github.com/policycode/iomstrategy/strategy"
)

// BenchmarkSuggest10k suggests points for 10,000 descriptions per
// iteration, built by pairing the labelled descriptions.
func BenchmarkSuggest10k(b *testing.B) {
	all := append(append([]labelled{}, suggestCases...), heldOutCases...)
	descriptions := make([]string, 10_000)
	for i := range descriptions {
		descriptions[i] = all[i%len(all)].text + " " + all[(i*7+3)%len(all)].text
	}
	strategy.Vocabulary() // build the vocabulary outside the timing
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range descriptions {
			if _, err := strategy.Suggest(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
