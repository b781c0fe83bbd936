package iomstrategy

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestParseUSD(t *testing.T) {
	good := []struct{ in, want string }{
		{"0", "0"}, {"0.00", "0"}, {"1400000", "1400000"}, {"1400000.00", "1400000"},
		{"1,400,000.00", "1400000"}, {"USD 1,400,000.00", "1400000"}, {"USD1400000", "1400000"},
		{"  20500000.5 ", "20500000.5"}, {"999", "999"}, {"1,000", "1000"}, {"12,345,678.91", "12345678.91"},
		{"0.01", "0.01"}, {"007", "7"},
	}
	for _, tt := range good {
		got, err := ParseUSD(tt.in)
		if err != nil {
			t.Errorf("ParseUSD(%q): %v", tt.in, err)
			continue
		}
		if !got.Equal(decimal.RequireFromString(tt.want)) {
			t.Errorf("ParseUSD(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	bad := []string{"", " ", "USD", "-5", "-0.01", "+5", "1e6", "1E6", "0.125", "1.", ".5", "1,00,000", "1000,000",
		",100", "1,0000", "12a", "USD -5", "five", "1 000", "1.2.3", "0x10", "NaN", "Inf", "1_000", "$5", "5 USD", "１２",
		strings.Repeat("9", 19)}
	for _, in := range bad {
		d, err := ParseUSD(in)
		var ae *AmountError
		if !errors.Is(err, ErrInvalidAmount) || !errors.As(err, &ae) || ae.Input != in {
			t.Errorf("ParseUSD(%q) = %s, %v; want an *AmountError naming the input", in, d, err)
		}
	}
}

func TestFormatUSD(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"0", "USD 0.00"}, {"1400000", "USD 1,400,000.00"}, {"999.5", "USD 999.50"},
		{"1000", "USD 1,000.00"}, {"-1234567.891", "USD -1,234,567.89"}, {"100000", "USD 100,000.00"},
	} {
		if got := FormatUSD(decimal.RequireFromString(tt.in)); got != tt.want {
			t.Errorf("FormatUSD(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHasCents(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{{"1", true}, {"1.5", true}, {"1.25", true}, {"1.255", false}, {"0.001", false}} {
		if got := HasCents(decimal.RequireFromString(tt.in)); got != tt.want {
			t.Errorf("HasCents(%s) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// FuzzParseUSD checks that ParseUSD never panics, that what it accepts is a
// non-negative amount of whole cents, and that the accepted text written
// back in canonical form parses to the same amount.
func FuzzParseUSD(f *testing.F) {
	for _, s := range []string{"1,400,000.00", "USD 20500000", "0.125", "-1", "1e3", "1,00", ".5", "USD", "00.10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseUSD(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidAmount) {
				t.Fatalf("ParseUSD(%q) error %v does not wrap ErrInvalidAmount", s, err)
			}
			return
		}
		if d.IsNegative() {
			t.Fatalf("ParseUSD(%q) = %s, negative", s, d)
		}
		if !HasCents(d) {
			t.Fatalf("ParseUSD(%q) = %s, more than two decimals", s, d)
		}
		if strings.ContainsAny(s, "eE-+") {
			t.Fatalf("ParseUSD(%q) accepted a sign or exponent", s)
		}
		again, err := ParseUSD(FormatUSD(d))
		if err != nil || !again.Equal(d) {
			t.Fatalf("ParseUSD(FormatUSD(%s)) = %s, %v", d, again, err)
		}
	})
}
