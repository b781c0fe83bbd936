package facility1035

import (
	"fmt"
	"strconv"
	"strings"
)

// Line is one of the two funding lines of the expanded Facility
// (Resolution 1150 (XCIII), Annex, Part III, bullet 5): Line 1, the
// original funding, and Line 2, the new budget with its own criteria.
//
// The zero Line is no line; Valid reports false for it.
type Line uint8

const (
	Line1 Line = 1
	Line2 Line = 2
)

// Valid reports whether l is Line1 or Line2.
func (l Line) Valid() bool { return l == Line1 || l == Line2 }

// String returns "Line 1" or "Line 2".
func (l Line) String() string {
	if !l.Valid() {
		return fmt.Sprintf("Line(%d)", uint8(l))
	}
	return fmt.Sprintf("Line %d", uint8(l))
}

// ParseLine reads "1" or "2", or the same after "Line", "Line " or "L"
// ("Line 1", "line2", "L1"), in any case, with spaces around ignored.
// Anything else is refused: "linel1", "l 1", "3".
func ParseLine(s string) (Line, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "1", "line 1", "line1", "l1":
		return Line1, nil
	case "2", "line 2", "line2", "l2":
		return Line2, nil
	}
	return 0, failf(ErrInvalidChoice, "unknown funding line %q: want 1 or 2", s)
}

// MarshalJSON writes the line as the JSON number 1 or 2; any other value is
// an error.
func (l Line) MarshalJSON() ([]byte, error) {
	if !l.Valid() {
		return nil, l.invalid()
	}
	return []byte{'0' + byte(l)}, nil
}

// UnmarshalJSON reads the number 1 or 2, or a string ParseLine accepts.
func (l *Line) UnmarshalJSON(data []byte) error {
	s := string(data)
	if uq, err := strconv.Unquote(s); err == nil {
		s = uq
	}
	parsed, err := ParseLine(s)
	if err != nil {
		return err
	}
	*l = parsed
	return nil
}

// invalid is the error for a Line value that is neither 1 nor 2.
func (l Line) invalid() error {
	return failf(ErrInvalidChoice, "unknown funding line: %d (want 1 or 2)", uint8(l))
}
