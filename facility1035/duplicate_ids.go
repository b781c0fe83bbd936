package facility1035

import (
	"hash/maphash"
	"math"
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
	if uint64(n) > math.MaxUint32 { // beyond the packed entries below
		return firstDuplicateIDMap(apps)
	}
	seed := maphash.MakeSeed()
	hash := func(i int) uint64 { return maphash.String(seed, apps[i].ID) }

	// Group by the top k bits of the hash, keeping batch order within a
	// group: count, then place. Each entry packs the low 32 bits of the
	// hash (above) with the position in the batch (below); the hash is
	// worked out twice rather than stored.
	k := max(bits.Len(uint(n))-8, 0) // about 128 to 256 ids per group
	group := func(h uint64) uint64 { return h >> (64 - k) & (1<<k - 1) }
	starts := make([]int, 1<<k+1)
	for i := range apps {
		starts[group(hash(i))+1]++
	}
	largest := 0
	for g := 1; g < len(starts); g++ {
		largest = max(largest, starts[g])
		starts[g] += starts[g-1]
	}
	grouped := make([]uint64, n)
	next := make([]int, 1<<k)
	copy(next, starts)
	for i := range apps {
		h := hash(i)
		g := group(h)
		grouped[next[g]] = h<<32 | uint64(i)
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
		if len(members) < 2 || int(uint32(members[0])) >= dup {
			continue
		}
		clear(table)
	members:
		for p, e := range members {
			index := int(uint32(e))
			if index >= dup {
				break // a later group member cannot be the first duplicate
			}
			slot := e >> 32 & mask
			for table[slot] != 0 {
				o := members[table[slot]-1]
				if o>>32 == e>>32 && apps[uint32(o)].ID == apps[index].ID {
					// o is the first of this id: only first occurrences
					// enter the table, in batch order.
					dup, first = index, int(uint32(o))
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

// firstDuplicateIDMap is firstDuplicateID with a map of every id seen.
func firstDuplicateIDMap(apps []Application) (dup, first int, ok bool) {
	seen := make(map[string]int, len(apps))
	for i, a := range apps {
		if j, found := seen[a.ID]; found {
			return i, j, true
		}
		seen[a.ID] = i
	}
	return 0, 0, false
}
