package facility1035

import (
	"math/rand/v2"
	"runtime"
	"testing"
)

// benchScreen screens n generated applications per iteration with
// ScreenAll, against a registry of 200 Member States. The applications
// are generated before the timed loop.
func benchScreen(b *testing.B, n int) {
	rng := rand.New(rand.NewPCG(3, 4))
	reg := genRegistry(b, rng, 200)
	apps := make([]Application, n)
	for i := range apps {
		apps[i] = genApplication(rng, i, reg)
	}
	p := Resolution1150()
	// Collect the generator's garbage now, so that the timed loop (b.Loop
	// starts the clock) does not pay for it.
	runtime.GC()
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

// BenchmarkScreen100k screens 100,000 applications: the point between,
// to read how the cost grows.
func BenchmarkScreen100k(b *testing.B) { benchScreen(b, 100_000) }

// BenchmarkScreen1M screens 1,000,000 applications.
func BenchmarkScreen1M(b *testing.B) { benchScreen(b, 1_000_000) }

// BenchmarkScreenOne screens one application at a time, the cost of Screen
// itself (parameter checks included).
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
