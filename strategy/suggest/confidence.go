package suggest

import (
	"errors"
	"fmt"
	"strconv"
)

// Confidence says how far a suggestion can be relied on: Strong or Weak.
// The zero Confidence is none; as Suggester.MinConfidence it means Strong.
type Confidence uint8

// The confidences, weakest first, so that they compare with < and >=.
const (
	// Weak: some of the description matches the point's terms, but not
	// enough to rely on (see Strong).
	Weak Confidence = iota + 1
	// Strong: the point's terms explain at least a quarter of the
	// description, and were found in words that speak for the point
	// (curated terms, phrases, topical words): two or more, or two with a
	// margin over the other points, or an abbreviation, or, when no point
	// is strong, the learned model putting the point first (see the
	// package documentation).
	Strong
)

// ErrInvalidConfidence is returned by ParseConfidence, and by
// Suggester.Suggest, for a value that is no confidence.
var ErrInvalidConfidence = errors.New("invalid confidence")

// ParseConfidence reads "strong" or "weak" (lower case, as String
// writes them).
func ParseConfidence(s string) (Confidence, error) {
	switch s {
	case "weak":
		return Weak, nil
	case "strong":
		return Strong, nil
	}
	return 0, invalidConfidence(strconv.Quote(s))
}

func invalidConfidence(what string) error {
	return fmt.Errorf("%w: %s (want strong or weak)", ErrInvalidConfidence, what)
}

// String returns "strong" or "weak", and "Confidence(N)" for any other
// value.
func (c Confidence) String() string {
	switch c {
	case Weak:
		return "weak"
	case Strong:
		return "strong"
	}
	return "Confidence(" + strconv.Itoa(int(c)) + ")"
}

func (c Confidence) valid() bool { return c == Weak || c == Strong }

// MarshalText writes "strong" or "weak"; any other value is an error that
// wraps ErrInvalidConfidence.
func (c Confidence) MarshalText() ([]byte, error) {
	if !c.valid() {
		return nil, invalidConfidence(c.String())
	}
	return []byte(c.String()), nil
}
