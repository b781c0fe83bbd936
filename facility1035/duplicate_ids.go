package facility1035

import (
	"hash/maphash"
	"math/bits"
)

// firstDuplicateID finds the first application (in batch order) whose id
// equals the id of an earlier one, and the position of the first
// application with that id: what ScreenAll reports as
// ErrDuplicateApplication. ok is false when every id differs.
//
// Ids are compared exactly, as strings. A map of every id seen would do,
// but for a large batch its lookups miss the cache at every step and
// dominate the cost of screening; here the ids are hashed in one pass,
// grouped by the top bits of their hash into blocks of a few hundred (a
// counting sort), and each block is checked with a small table that stays
// in cache. The work is linear in the number of ids. The hash only groups
// candidates: equal hashes are confirmed by comparing the ids themselves,
// so the answer does not depend on the hash or its seed.
func firstDuplicateID(apps []Application) (dup, first int, ok bool) {
	n := len(apps)
	if n < 2 {
		return 0, 0, false
	}
	seed := maphash.MakeSeed()
	hashes := make([]uint64, n)
	for i := range apps {
		hashes[i] = maphash.String(seed, apps[i].ID)
	}

	// Group by the top k bits of the hash, keeping batch order within a
	// group.
	k := max(bits.Len(uint(n))-8, 0) // about 128 to 256 ids per group
	group := func(h uint64) uint64 { return h >> (64 - k) & (1<<k - 1) }
	starts := make([]int, 1<<k+1)
	for _, h := range hashes {
		starts[group(h)+1]++
	}
	largest := 0
	for g := 1; g < len(starts); g++ {
		largest = max(largest, starts[g])
		starts[g] += starts[g-1]
	}
	type entry struct {
		hash  uint64
		index int
	}
	grouped := make([]entry, n)
	next := make([]int, 1<<k)
	copy(next, starts)
	for i, h := range hashes {
		g := group(h)
		grouped[next[g]] = entry{hash: h, index: i}
		next[g]++
	}

	// Check each group with an open-addressing table of positions in the
	// group (0 is an empty slot), at most half full.
	size := 1 << bits.Len(uint(2*largest))
	table := make([]int32, size)
	mask := uint64(size - 1)
	dup = n
	for g := 0; g+1 < len(starts); g++ {
		members := grouped[starts[g]:starts[g+1]]
		if len(members) < 2 || members[0].index >= dup {
			continue
		}
		clear(table)
	members:
		for p, e := range members {
			if e.index >= dup {
				break // a later group member cannot be the first duplicate
			}
			slot := e.hash & mask
			for table[slot] != 0 {
				o := members[table[slot]-1]
				if o.hash == e.hash && apps[o.index].ID == apps[e.index].ID {
					// o is the first of this id: only first occurrences
					// enter the table, in batch order.
					dup, first = e.index, o.index
					break members
				}
				slot = (slot + 1) & mask
			}
			table[slot] = int32(p + 1)
		}
	}
	if dup == n {
		return 0, 0, false
	}
	return dup, first, true
}
