package facility1035

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/policycode/iomstrategy"
)

// benchScreen screens n generated applications per iteration with
// ScreenAll, against a generated registry of 200 countries (the mix of
// genRegistry and genApplication, from a fixed seed). The inputs are made
// before the timed loop.
func benchScreen(b *testing.B, n int) {
	rng := rand.New(rand.NewPCG(3, 4))
	reg := genRegistry(b, rng, 200)
	apps := make([]Application, n)
	for i := range apps {
		apps[i] = genApplication(rng, i, reg)
	}
	p := Resolution1150()
	b.ReportAllocs()
	for b.Loop() {
		out, err := ScreenAll(apps, reg, p)
		if err != nil || len(out) != n {
			b.Fatal(err)
		}
	}
}

// BenchmarkScreen10k screens 10,000 applications.
func BenchmarkScreen10k(b *testing.B) { benchScreen(b, 10_000) }

// BenchmarkScreen100k screens 100,000 applications, to read how the cost
// grows with the batch.
func BenchmarkScreen100k(b *testing.B) { benchScreen(b, 100_000) }

// BenchmarkScreenOne screens one application at a time, the cost of Screen
// itself (the checks of the parameters and the registry included).
func BenchmarkScreenOne(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	reg := genRegistry(b, rng, 200)
	apps := make([]Application, 1024)
	for i := range apps {
		apps[i] = genApplication(rng, i, reg)
	}
	p := Resolution1150()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := Screen(apps[i%len(apps)], reg, p); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkBookAll1k books a year's commitments, 1,000 of them on the two
// lines, with one BookAll call into books that hold them all. A year
// holds tens to hundreds of commitments; 1,000 is ample.
//
// There is no benchmark of booking 100,000 commitments one Book at a time
// any more: it is no realistic case, and since Book copies the
// commitments already booked (copy on Book, so that old books stay as
// they were), n Book calls cost O(n²). BookAll copies once and keeps what
// remains on each line as it books, so its cost grows with the batch.
func BenchmarkBookAll1k(b *testing.B) {
	cs := make([]Commitment, 1_000)
	for i := range cs {
		cs[i] = Commitment{ID: fmt.Sprintf("C-%04d", i), Line: Line(1 + i%2), Amount: iomstrategy.USDFromCents(int64(1 + i%997))}
	}
	l0, err := NewLedger(iomstrategy.USDFromCents(1_400_000_00), iomstrategy.USDFromCents(1_400_000_00))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		l, refused := l0.BookAll(cs)
		if len(refused) != 0 || len(l.Commitments) != len(cs) {
			b.Fatalf("refused %v", refused)
		}
	}
}
