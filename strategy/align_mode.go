package strategy

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// SplitMode says how Align counts an activity tagged to several points.
//
// The zero SplitMode is SplitEven, the default the issue asks for. The
// Strategy itself is silent on how to count such an activity (MC/INF/302,
// para. 13 only notes that work "also fall[s] under more than one of the
// Strategy points"): both modes are the library's choice, and the result
// says which was used.
type SplitMode uint8

const (
	// SplitEven divides an activity's amount evenly among its points, to
	// the cent, so that the parts add up exactly to the amount: the cents
	// that do not divide evenly go one each to the activity's
	// lowest-numbered points (100.00 over points 3, 5, 9 is 33.34 to point
	// 3, 33.33 to 5, 33.33 to 9). The per-point amounts then add up exactly
	// to the portfolio's total.
	SplitEven SplitMode = iota
	// CountFull credits every point of an activity with its full amount.
	// A point's amount is then the money of every activity that serves it,
	// and the per-point amounts add up to more than the total when an
	// activity has several points.
	CountFull
)

// ErrInvalidSplitMode is returned by ParseSplitMode for text that names no
// mode.
var ErrInvalidSplitMode = errors.New("invalid split mode")

// String returns "even" or "full".
func (m SplitMode) String() string {
	switch m {
	case SplitEven:
		return "even"
	case CountFull:
		return "full"
	}
	return "SplitMode(" + strconv.Itoa(int(m)) + ")"
}

// Valid reports whether m is SplitEven or CountFull.
func (m SplitMode) Valid() bool { return m == SplitEven || m == CountFull }

// ParseSplitMode reads "even" or "full" (any case, spaces around ignored).
func ParseSplitMode(s string) (SplitMode, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "even":
		return SplitEven, nil
	case "full":
		return CountFull, nil
	}
	return 0, fmt.Errorf("%w %q: want even or full", ErrInvalidSplitMode, s)
}

// MarshalText writes "even" or "full".
func (m SplitMode) MarshalText() ([]byte, error) {
	if !m.Valid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidSplitMode, int(m))
	}
	return []byte(m.String()), nil
}

// UnmarshalText reads what ParseSplitMode accepts.
func (m *SplitMode) UnmarshalText(text []byte) error {
	parsed, err := ParseSplitMode(string(text))
	if err != nil {
		return err
	}
	*m = parsed
	return nil
}
