package iomstrategy

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
)

func TestRoundingModes(t *testing.T) {
	tests := []struct {
		mode RoundingMode
		in   string
		want string
	}{
		{HalfAwayFromZero, "0.125", "0.13"}, {HalfAwayFromZero, "0.124", "0.12"}, {HalfAwayFromZero, "-0.125", "-0.13"},
		{HalfEven, "0.125", "0.12"}, {HalfEven, "0.135", "0.14"}, {HalfEven, "0.1251", "0.13"},
		{TowardZero, "0.129", "0.12"}, {TowardZero, "-0.129", "-0.12"},
		{AwayFromZero, "0.121", "0.13"}, {AwayFromZero, "0.12", "0.12"},
	}
	for _, tt := range tests {
		got, err := tt.mode.Round(decimal.RequireFromString(tt.in), 2)
		if err != nil || !got.Equal(decimal.RequireFromString(tt.want)) {
			t.Errorf("%s.Round(%s) = %s, %v; want %s", tt.mode, tt.in, got, err, tt.want)
		}
	}
	if _, err := RoundingUnset.Round(decimal.NewFromInt(1), 2); !errors.Is(err, ErrRoundingMode) {
		t.Errorf("unset mode rounded: %v", err)
	}
}

func TestRoundingModeText(t *testing.T) {
	for m := HalfAwayFromZero; m < numRoundingModes; m++ {
		text, err := m.MarshalText()
		if err != nil {
			t.Fatalf("%d: %v", m, err)
		}
		var back RoundingMode
		if err := back.UnmarshalText(text); err != nil || back != m {
			t.Errorf("round trip of %s = %s, %v", m, back, err)
		}
	}
	if _, err := RoundingUnset.MarshalText(); !errors.Is(err, ErrRoundingMode) {
		t.Errorf("unset mode marshalled: %v", err)
	}
	var m RoundingMode
	if err := m.UnmarshalText([]byte("half-up")); !errors.Is(err, ErrRoundingMode) {
		t.Errorf("unknown mode accepted: %v", err)
	}
}
