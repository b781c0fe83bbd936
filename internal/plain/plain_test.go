package plain

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestDecimal(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string // "" means refused
	}{
		{"0", "0"}, {"0.25", "0.25"}, {"-12.50", "-12.5"}, {"783800000", "783800000"}, {"007", "7"},
		{"", ""}, {"-", ""}, {"1.", ""}, {".5", ""}, {"1e3", ""}, {"+1", ""}, {" 1", ""}, {"1,000", ""},
		{"NaN", ""}, {"Inf", ""}, {"--1", ""}, {"1.2.3", ""}, {"0x10", ""}, {strings.Repeat("9", MaxLen+1), ""},
	} {
		got, ok := Decimal(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("Decimal(%q) = %s, want refused", tt.in, got)
			}
			continue
		}
		if !ok || !got.Equal(decimal.RequireFromString(tt.want)) {
			t.Errorf("Decimal(%q) = %s, %v; want %s", tt.in, got, ok, tt.want)
		}
	}
}

func FuzzDecimal(f *testing.F) {
	for _, s := range []string{"0.25", "-1", "1e3", "1.", ".5", "NaN"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := Decimal(s)
		if !ok {
			return
		}
		if strings.ContainsAny(s, "eE+ ,") || len(s) > MaxLen {
			t.Fatalf("Decimal(%q) accepted a form it must refuse", s)
		}
		back, ok := Decimal(d.String())
		if !ok || !back.Equal(d) {
			t.Fatalf("Decimal(%q) = %s does not read back", s, d)
		}
	})
}
