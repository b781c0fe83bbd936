package iomstrategy

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
		if !got.Decimal().Equal(decimal.RequireFromString(tt.want)) {
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

// TestAmountRefusals checks that the two refusals of an amount have their
// own sentinel, each matching ErrInvalidAmount, whichever way the amount
// arrives.
func TestAmountRefusals(t *testing.T) {
	for _, tt := range []struct {
		name string
		err  error
		want error
	}{
		{"ParseUSD negative", second(ParseUSD("-5")), ErrNegativeAmount},
		{"ParseUSD negative with prefix", second(ParseUSD("USD -0.01")), ErrNegativeAmount},
		{"ParseUSD sub-cent", second(ParseUSD("0.125")), ErrSubCent},
		{"NewUSD sub-cent", second(NewUSD(decimal.RequireFromString("1.001"))), ErrSubCent},
		{"NewUSD negative sub-cent", second(NewUSD(decimal.RequireFromString("-0.005"))), ErrSubCent},
	} {
		if !errors.Is(tt.err, tt.want) || !errors.Is(tt.err, ErrInvalidAmount) {
			t.Errorf("%s: %v; want errors.Is %v and ErrInvalidAmount", tt.name, tt.err, tt.want)
		}
	}
	if errors.Is(ErrNegativeAmount, ErrSubCent) || errors.Is(ErrSubCent, ErrNegativeAmount) {
		t.Error("the two refusals match each other")
	}
	if _, err := ParseUSD("1e6"); errors.Is(err, ErrSubCent) || errors.Is(err, ErrNegativeAmount) {
		t.Errorf("a malformed amount matches a refusal of a well-formed one: %v", err)
	}
}

func second[T any](_ T, err error) error { return err }

func TestNewUSD(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"0", "USD 0.00"}, {"1.5", "USD 1.50"}, {"1.25", "USD 1.25"}, {"-3.10", "USD -3.10"},
		{"1400000", "USD 1,400,000.00"}, {"1.2500", "USD 1.25"},
	} {
		a, err := NewUSD(decimal.RequireFromString(tt.in))
		if err != nil {
			t.Errorf("NewUSD(%s): %v", tt.in, err)
			continue
		}
		if a.String() != tt.want {
			t.Errorf("NewUSD(%s) = %q, want %q", tt.in, a, tt.want)
		}
	}
}

func TestUSDString(t *testing.T) {
	for _, tt := range []struct {
		in         USD
		str, plain string
	}{
		{USD{}, "USD 0.00", "0.00"},
		{USDFromCents(140000000), "USD 1,400,000.00", "1400000.00"},
		{USDFromCents(99950), "USD 999.50", "999.50"},
		{USDFromCents(100000), "USD 1,000.00", "1000.00"},
		{USDFromCents(-123456789), "USD -1,234,567.89", "-1234567.89"},
		{USDFromCents(10000000), "USD 100,000.00", "100000.00"},
		{USDFromCents(1), "USD 0.01", "0.01"},
		{MustParseUSD("999,999,999,999,999,999.99"), "USD 999,999,999,999,999,999.99", "999999999999999999.99"},
	} {
		if got := tt.in.String(); got != tt.str {
			t.Errorf("String() = %q, want %q", got, tt.str)
		}
		if got, _ := tt.in.MarshalText(); string(got) != tt.plain {
			t.Errorf("MarshalText() = %q, want %q", got, tt.plain)
		}
	}
}

func TestUSDArithmetic(t *testing.T) {
	a, b := MustParseUSD("1,400,000.00"), MustParseUSD("0.01")
	for _, tt := range []struct {
		name      string
		got, want USD
	}{
		{"Add", a.Add(b), USDFromCents(140000001)},
		{"Sub", b.Sub(a), USDFromCents(-139999999)},
		{"zero Add", USD{}.Add(b), b},
	} {
		if !tt.got.Equal(tt.want) {
			t.Errorf("%s = %s, want %s", tt.name, tt.got, tt.want)
		}
	}
	if a.Cmp(b) != 1 || b.Cmp(a) != -1 || a.Cmp(MustParseUSD("1400000")) != 0 {
		t.Error("Cmp orders amounts wrongly")
	}
	if b.Sign() != 1 || (USD{}).Sign() != 0 || b.Sub(a).Sign() != -1 {
		t.Error("Sign is wrong")
	}
	if !(USD{}).IsZero() || !MustParseUSD("0.00").IsZero() || b.IsZero() {
		t.Error("IsZero is wrong")
	}
	if !MustParseUSD("5").Equal(MustParseUSD("5.00")) {
		t.Error("5 and 5.00 differ")
	}
}

// TestUSDCmpAndJSON checks that go-cmp compares amounts as numbers and that
// JSON carries them as strings with two decimals, both ways.
func TestUSDCmpAndJSON(t *testing.T) {
	type row struct {
		ID     string `json:"id"`
		Amount USD    `json:"amount"`
	}
	if d := cmp.Diff(row{"a", MustParseUSD("5")}, row{"a", MustParseUSD("5.00")}); d != "" {
		t.Errorf("equal amounts differ under go-cmp:\n%s", d)
	}
	if d := cmp.Diff(row{"a", MustParseUSD("5")}, row{"a", MustParseUSD("5.01")}); d == "" {
		t.Error("different amounts are equal under go-cmp")
	}
	data, err := json.Marshal(row{"a", MustParseUSD("1,400,000")})
	if err != nil || string(data) != `{"id":"a","amount":"1400000.00"}` {
		t.Errorf("json.Marshal = %s, %v", data, err)
	}
	var back row
	if err := json.Unmarshal([]byte(`{"id":"a","amount":"USD 1,400,000.00"}`), &back); err != nil || !back.Amount.Equal(MustParseUSD("1400000")) {
		t.Errorf("json.Unmarshal = %+v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"amount":"0.125"}`), &back); !errors.Is(err, ErrSubCent) {
		t.Errorf("json.Unmarshal of a sub-cent amount: %v, want ErrSubCent", err)
	}
}

// FuzzParseUSD checks that ParseUSD never panics, that what it accepts is a
// non-negative amount of whole cents, and that the accepted amount written
// back in either form parses to the same amount.
func FuzzParseUSD(f *testing.F) {
	for _, s := range []string{"1,400,000.00", "USD 20500000", "0.125", "-1", "1e3", "1,00", ".5", "USD", "00.10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseUSD(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidAmount) {
				t.Fatalf("ParseUSD(%q) error %v does not wrap ErrInvalidAmount", s, err)
			}
			return
		}
		if a.Sign() < 0 {
			t.Fatalf("ParseUSD(%q) = %s, negative", s, a)
		}
		if !a.Decimal().Equal(a.Decimal().Truncate(2)) {
			t.Fatalf("ParseUSD(%q) = %s, finer than a cent", s, a.Decimal())
		}
		text, _ := a.MarshalText()
		for _, form := range []string{string(text), a.String()} {
			back, err := ParseUSD(form)
			if err != nil || !back.Equal(a) {
				t.Fatalf("ParseUSD(%q) = %s; its form %q reads back as %s, %v", s, a, form, back, err)
			}
		}
	})
}

// TestParseUSDMessages: an exponent is refused as such, and a long text is
// quoted to its first 40 characters only.
func TestParseUSDMessages(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"1.4e6", `invalid USD amount "1.4e6": exponents are not accepted: write the amount out, such as 1400000.00 for 1.4e6`},
		{"2E5", `invalid USD amount "2E5": exponents are not accepted`},
		{strings.Repeat("9", 100), `invalid USD amount "` + strings.Repeat("9", 40) + `...": more than 18 digits before the decimal point`},
		{"USD eleven", `invalid USD amount "USD eleven": expected digits`},
	} {
		_, err := ParseUSD(tt.in)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) || !errors.Is(err, ErrInvalidAmount) {
			t.Errorf("ParseUSD(%.20q) error %v, want %q", tt.in, err, tt.want)
		}
	}
}
