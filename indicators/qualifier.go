package indicators

import (
	"fmt"
	"slices"
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

// qualifierWords maps the words as the Review writes them (lower-cased) to
// their qualifier.
var qualifierWords = map[string]Qualifier{
	"":              Exact,
	"approximately": Estimate,
	"about":         Estimate,
	"around":        Estimate,
	"some":          Estimate,
	"estimated":     Estimate,
	"over":          LowerBound,
	"more than":     LowerBound,
	"majority":      LowerBound,
	"nearly":        JustUnder,
	"close to":      JustUnder,
	"almost":        JustUnder,
	"up to":         UpperBound,
	"to":            Range,
}

// QualifierWords returns the words QualifierOf knows, sorted by qualifier
// and then alphabetically, without the empty word of Exact.
func QualifierWords() []string {
	var out []string
	for q := Exact; q < numQualifiers; q++ {
		var ws []string
		for w, wq := range qualifierWords {
			if wq == q && w != "" {
				ws = append(ws, w)
			}
		}
		slices.Sort(ws)
		out = append(out, ws...)
	}
	return out
}

// QualifierOf returns the qualifier the words give, ignoring case and
// surrounding spaces: "approximately" is Estimate, "More than" is
// LowerBound, "" is Exact. Unknown words are an error wrapping
// ErrQualifier: the package does not guess what a new hedge means.
func QualifierOf(words string) (Qualifier, error) {
	q, ok := qualifierWords[strings.ToLower(strings.TrimSpace(words))]
	if !ok {
		return 0, fmt.Errorf("%w: unknown qualifier words %q (known: %s)", ErrQualifier, words, strings.Join(QualifierWords(), ", "))
	}
	return q, nil
}

// String returns "exact", "estimate", "lower-bound", "just-under",
// "upper-bound" or "range".
func (q Qualifier) String() string {
	if q < numQualifiers {
		return qualifierNames[q]
	}
	return "Qualifier(" + strconv.Itoa(int(q)) + ")"
}

// Valid reports whether q is one of the qualifiers.
func (q Qualifier) Valid() bool { return q < numQualifiers }

// ParseQualifier reads a qualifier by the name String gives it.
func ParseQualifier(s string) (Qualifier, error) {
	for q := Exact; q < numQualifiers; q++ {
		if qualifierNames[q] == s {
			return q, nil
		}
	}
	return 0, fmt.Errorf("%w %q: want exact, estimate, lower-bound, just-under, upper-bound or range", ErrQualifier, s)
}

// MarshalText writes the qualifier's name.
func (q Qualifier) MarshalText() ([]byte, error) {
	if !q.Valid() {
		return nil, fmt.Errorf("%w: %s", ErrQualifier, q)
	}
	return []byte(q.String()), nil
}

// UnmarshalText reads a qualifier with ParseQualifier.
func (q *Qualifier) UnmarshalText(text []byte) error {
	parsed, err := ParseQualifier(string(text))
	if err != nil {
		return err
	}
	*q = parsed
	return nil
}
