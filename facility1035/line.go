package facility1035

import (
	"errors"
	"fmt"
	"strings"
)

// Line is one of the two funding lines of the expanded Facility
// (Resolution 1150 (XCIII), Annex, Part III, bullet 5): Line 1, the
// original funding, and Line 2, the new budget with its own criteria.
//
// The zero Line is no line; Valid reports false for it.
type Line uint8

// The funding lines.
const (
	Line1 Line = 1
	Line2 Line = 2
)

// ErrUnknownLine is the sentinel for a line that is neither 1 nor 2.
var ErrUnknownLine = errors.New("unknown funding line")

// Valid reports whether l is Line1 or Line2.
func (l Line) Valid() bool { return l == Line1 || l == Line2 }

// String returns "Line 1" or "Line 2".
func (l Line) String() string {
	if !l.Valid() {
		return fmt.Sprintf("Line(%d)", uint8(l))
	}
	return fmt.Sprintf("Line %d", uint8(l))
}

// ParseLine reads "1", "2", "Line 1", "line 2", "L1" or "l2".
func ParseLine(s string) (Line, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	t = strings.TrimPrefix(t, "line")
	t = strings.TrimPrefix(t, "l")
	switch strings.TrimSpace(t) {
	case "1":
		return Line1, nil
	case "2":
		return Line2, nil
	}
	return 0, fmt.Errorf("%w %q: want 1 or 2", ErrUnknownLine, s)
}

// MarshalText writes 1 or 2.
func (l Line) MarshalText() ([]byte, error) {
	if !l.Valid() {
		return nil, fmt.Errorf("%w: %d", ErrUnknownLine, uint8(l))
	}
	return []byte{'0' + byte(l)}, nil
}

// UnmarshalText reads any form ParseLine accepts.
func (l *Line) UnmarshalText(text []byte) error {
	parsed, err := ParseLine(string(text))
	if err != nil {
		return err
	}
	*l = parsed
	return nil
}
