package indicators

import (
	"fmt"
	"strconv"
	"strings"
)

// Qualifier is how the words around a figure bound it. The zero value is
// Exact: a figure with no qualifying word.
type Qualifier uint8

// The qualifiers, and the words of the Review that give each (see
// QualifierOf).
const (
	// Exact: no qualifying word ("43,204 in 2007"). Its interval is the
	// value alone.
	Exact Qualifier = iota
	// Estimate: "approximately", "about", "around", "some", "estimated".
	// Its interval is the value give or take the estimate tolerance of the
	// Params.
	Estimate
	// LowerBound: "over", "more than", and "the majority" (more than 50 per
	// cent). Its interval is everything above the value, the value itself
	// excluded.
	LowerBound
	// JustUnder: "nearly", "close to", "almost". Its interval runs from the
	// value less the nearly tolerance of the Params up to the value, the
	// value itself excluded.
	JustUnder
	// UpperBound: "up to". Its interval is everything up to the value, the
	// value included. (The Review uses no such figure; the qualifier is
	// there for other reports.)
	UpperBound
	// Range: "two- to three-week". Its interval runs from the value to the
	// record's upper value, both included.
	Range
	numQualifiers
)

var qualifierNames = [numQualifiers]string{
	Exact:      "exact",
	Estimate:   "estimate",
	LowerBound: "lower-bound",
	JustUnder:  "just-under",
	UpperBound: "upper-bound",
	Range:      "range",
}

// qualifierWords are the words the Review qualifies its figures with,
// lower-case, and the qualifier each gives. No word gives Exact.
var qualifierWords = []struct {
	words string
	q     Qualifier
}{
	{"approximately", Estimate}, {"about", Estimate}, {"around", Estimate}, {"some", Estimate}, {"estimated", Estimate},
	{"over", LowerBound}, {"more than", LowerBound}, {"majority", LowerBound},
	{"nearly", JustUnder}, {"close to", JustUnder}, {"almost", JustUnder},
	{"up to", UpperBound},
	{"to", Range},
}

// QualifierOf returns the qualifier the words give, ignoring case and
// surrounding spaces: "approximately" is Estimate, "More than" is
// LowerBound, "" is Exact. Unknown words are an error wrapping
// ErrQualifier: the package does not guess what a new hedge means.
//
// The words are "approximately", "about", "around", "some", "estimated"
// (Estimate); "over", "more than", "majority" (LowerBound); "nearly",
// "close to", "almost" (JustUnder); "up to" (UpperBound); "to" (Range).
func QualifierOf(words string) (Qualifier, error) {
	key := wordsKey(words)
	if key == "" {
		return Exact, nil
	}
	known := make([]string, len(qualifierWords))
	for i, w := range qualifierWords {
		if w.words == key {
			return w.q, nil
		}
		known[i] = w.words
	}
	return 0, fmt.Errorf("%w: unknown qualifier words %q (known: %s)", ErrQualifier, words, strings.Join(known, ", "))
}

// wordsKey is qualifying words as the dataset keeps them: lower-case, as
// in the text's meaning ("About 45 per cent" is "about"), without
// surrounding spaces.
func wordsKey(words string) string { return strings.ToLower(strings.TrimSpace(words)) }

// String returns "exact", "estimate", "lower-bound", "just-under",
// "upper-bound" or "range".
func (q Qualifier) String() string {
	if q < numQualifiers {
		return qualifierNames[q]
	}
	return "Qualifier(" + strconv.Itoa(int(q)) + ")"
}

// MarshalText writes the qualifier's name.
func (q Qualifier) MarshalText() ([]byte, error) {
	if q >= numQualifiers {
		return nil, fmt.Errorf("%w: %s", ErrQualifier, q)
	}
	return []byte(q.String()), nil
}
