package suggest_test

import (
	"testing"

	"github.com/policycode/iomstrategy/strategy/suggest"
)

// BenchmarkSuggest10k suggests points for 10,000 descriptions per
// iteration, built by pairing the tuning descriptions.
func BenchmarkSuggest10k(b *testing.B) {
	all := readSet(b, "testdata/tuning.tsv")
	descriptions := make([]string, 10_000)
	for i := range descriptions {
		descriptions[i] = all[i%len(all)].text + " " + all[(i*7+3)%len(all)].text
	}
	suggest.Vocabulary() // build the vocabulary outside the timing
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range descriptions {
			if _, err := suggest.Suggest(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
