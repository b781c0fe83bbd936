package iomstrategy

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"
)

// RoundingMode says how an exact result is brought to a fixed number of
// decimals. It is part of every parameter set that rounds, so that the
// rounding is stated, not implied.
//
// The zero value, RoundingUnset, is no mode: Round refuses to guess and
// returns ErrRoundingMode, and a parameter set that leaves it unset does not
// validate.
type RoundingMode uint8

// The rounding modes.
const (
	RoundingUnset RoundingMode = iota
	// HalfAwayFromZero rounds to the nearest, ties away from zero
	// (0.125 -> 0.13, -0.125 -> -0.13): decimal.Decimal.Round.
	HalfAwayFromZero
	// HalfEven rounds to the nearest, ties to the even digit
	// (0.125 -> 0.12, 0.135 -> 0.14): banker's rounding, RoundBank.
	HalfEven
	// TowardZero drops the digits beyond the place (0.129 -> 0.12):
	// decimal.Decimal.Truncate.
	TowardZero
	// AwayFromZero raises any remainder (0.121 -> 0.13): RoundUp.
	AwayFromZero
	numRoundingModes
)

var roundingNames = [numRoundingModes]string{
	RoundingUnset:    "",
	HalfAwayFromZero: "half-away-from-zero",
	HalfEven:         "half-even",
	TowardZero:       "toward-zero",
	AwayFromZero:     "away-from-zero",
}

// ErrRoundingMode is returned for a rounding mode that is unset or unknown.
var ErrRoundingMode = errors.New("invalid rounding mode")

// String returns the mode's name as used in JSON parameter files:
// "half-away-from-zero", "half-even", "toward-zero", "away-from-zero".
func (m RoundingMode) String() string {
	if m < numRoundingModes {
		return roundingNames[m]
	}
	return "RoundingMode(" + strconv.Itoa(int(m)) + ")"
}

// Valid reports whether m is a mode Round can apply.
func (m RoundingMode) Valid() bool { return m > RoundingUnset && m < numRoundingModes }

// Round rounds d to places decimals with mode m.
func (m RoundingMode) Round(d decimal.Decimal, places int32) (decimal.Decimal, error) {
	switch m {
	case HalfAwayFromZero:
		return d.Round(places), nil
	case HalfEven:
		return d.RoundBank(places), nil
	case TowardZero:
		return d.Truncate(places), nil
	case AwayFromZero:
		return d.RoundUp(places), nil
	}
	return decimal.Decimal{}, fmt.Errorf("%w: %q", ErrRoundingMode, m.String())
}

// ParseRoundingMode reads a mode by the name String gives it.
func ParseRoundingMode(s string) (RoundingMode, error) {
	for m := HalfAwayFromZero; m < numRoundingModes; m++ {
		if roundingNames[m] == s {
			return m, nil
		}
	}
	return RoundingUnset, fmt.Errorf("%w: %q (want half-away-from-zero, half-even, toward-zero or away-from-zero)", ErrRoundingMode, s)
}

// MarshalText implements encoding.TextMarshaler; an unset mode is refused.
func (m RoundingMode) MarshalText() ([]byte, error) {
	if !m.Valid() {
		return nil, fmt.Errorf("%w: %q", ErrRoundingMode, m.String())
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseRoundingMode.
func (m *RoundingMode) UnmarshalText(text []byte) error {
	parsed, err := ParseRoundingMode(string(text))
	if err != nil {
		return err
	}
	*m = parsed
	return nil
}
