package facility1035

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// firstDuplicateIDReference is the plain reading: the first id seen
// before, and where it was first seen (the map that firstDuplicateID falls
// back to for a batch of more than 2^32 applications).
func firstDuplicateIDReference(apps []Application) (dup, first int, ok bool) {
	return firstDuplicateIDMap(apps)
}

// TestFirstDuplicateID checks firstDuplicateID against the plain reading
// over generated batches of every size up to a few thousand, some with no
// repeated id, some with one, some with many (ids drawn from a small set),
// and some with ids that differ only slightly.
func TestFirstDuplicateID(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	for round := range 3000 {
		n := rng.IntN(40)
		if round%10 == 0 {
			n = rng.IntN(5000)
		}
		apps := make([]Application, n)
		pool := 1 + rng.IntN(4*n+1)
		for i := range apps {
			switch round % 3 {
			case 0: // distinct, then perhaps one repeat
				apps[i].ID = fmt.Sprintf("APP-%d", i)
			case 1: // drawn from a pool: repeats likely
				apps[i].ID = fmt.Sprintf("APP-%d", rng.IntN(pool))
			default: // near misses
				apps[i].ID = fmt.Sprintf("A%0*d", 1+rng.IntN(3), rng.IntN(pool))
			}
		}
		if round%3 == 0 && n > 1 && rng.IntN(2) == 0 {
			a, b := rng.IntN(n), rng.IntN(n)
			apps[a].ID = apps[b].ID
		}
		gd, gf, gok := firstDuplicateID(apps)
		wd, wf, wok := firstDuplicateIDReference(apps)
		if gd != wd || gf != wf || gok != wok {
			t.Fatalf("round %d (n %d): got (%d, %d, %v), want (%d, %d, %v)", round, n, gd, gf, gok, wd, wf, wok)
		}
	}
}

// TestFirstDuplicateIDLarge checks a batch large enough for thousands of
// groups, with the repeat placed at the end, at the start and nowhere.
func TestFirstDuplicateIDLarge(t *testing.T) {
	const n = 300_000
	apps := make([]Application, n)
	for i := range apps {
		apps[i].ID = fmt.Sprintf("APP-%07d", i)
	}
	if _, _, ok := firstDuplicateID(apps); ok {
		t.Fatal("distinct ids reported as repeated")
	}
	for _, c := range []struct{ dup, first int }{{n - 1, 12345}, {1, 0}, {200_000, 199_999}} {
		saved := apps[c.dup].ID
		apps[c.dup].ID = apps[c.first].ID
		d, f, ok := firstDuplicateID(apps)
		if !ok || d != c.dup || f != c.first {
			t.Errorf("repeat of %d at %d: got (%d, %d, %v)", c.first, c.dup, d, f, ok)
		}
		apps[c.dup].ID = saved
	}
}
