package iomstrategy

import (
	"errors"
	"fmt"
	"strings"

	"github.com/policycode/iomstrategy/internal/plain"
	"github.com/shopspring/decimal"
)

// ErrInvalidAmount is the sentinel for money text that ParseUSD refuses.
// The error returned is an *AmountError that wraps it.
var ErrInvalidAmount = errors.New("invalid USD amount")

// AmountError reports money text that is not a non-negative USD amount with
// at most two decimals. It names the input and what was wrong with it.
type AmountError struct {
	Input  string // the text as given
	Reason string // what was expected
}

func (e *AmountError) Error() string {
	return fmt.Sprintf("invalid USD amount %q: %s", e.Input, e.Reason)
}

// Unwrap returns ErrInvalidAmount.
func (e *AmountError) Unwrap() error { return ErrInvalidAmount }

// ParseUSD reads a money amount in US dollars, exactly.
//
// It accepts digits with at most two decimals ("1400000", "1400000.5",
// "1400000.00"), optionally with "," thousands separators in groups of three
// ("1,400,000.00"), optionally after a "USD" prefix ("USD 1,400,000.00",
// "USD1400000"). Spaces around the whole are ignored. Anything else is
// refused with an *AmountError and never rounded or guessed: a sign ("-5",
// "+5"), an exponent ("1e6"), a third decimal ("0.125"), a lone point ("5.",
// ".5"), misplaced separators ("1,00,000"), letters, or nothing at all.
func ParseUSD(s string) (decimal.Decimal, error) {
	fail := func(reason string) (decimal.Decimal, error) {
		return decimal.Decimal{}, &AmountError{Input: s, Reason: reason}
	}
	t := strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(t, "USD"); ok {
		t = strings.TrimLeft(rest, " ")
	}
	if t == "" {
		return fail("expected digits, such as 1400000.00 or USD 1,400,000.00")
	}
	switch t[0] {
	case '-':
		return fail("amounts cannot be negative")
	case '+':
		return fail("expected digits without a sign")
	}
	whole, frac, hasPoint := strings.Cut(t, ".")
	if hasPoint && (len(frac) == 0 || len(frac) > 2 || !plain.Digits(frac)) {
		if len(frac) > 2 && plain.Digits(frac) {
			return fail("at most two decimals (cents); the amount is not rounded")
		}
		return fail("expected one or two digits after the decimal point")
	}
	if whole == "" {
		return fail("expected a digit before the decimal point")
	}
	digits := whole
	if strings.Contains(whole, ",") {
		groups := strings.Split(whole, ",")
		if len(groups[0]) < 1 || len(groups[0]) > 3 {
			return fail(`"," separates thousands in groups of three`)
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return fail(`"," separates thousands in groups of three`)
			}
		}
		digits = strings.Join(groups, "")
	}
	if !plain.Digits(digits) {
		return fail("expected digits, with an optional USD prefix and \",\" thousands separators")
	}
	if len(digits) > 18 {
		return fail("more than 18 digits before the decimal point")
	}
	if hasPoint {
		digits += "." + frac
	}
	d, err := decimal.NewFromString(digits)
	if err != nil {
		return fail(err.Error())
	}
	return d, nil
}

// MustParseUSD is ParseUSD that panics on error; it is meant for amounts
// written in code and tests.
func MustParseUSD(s string) decimal.Decimal {
	d, err := ParseUSD(s)
	if err != nil {
		panic(err)
	}
	return d
}

// HasCents reports whether d has at most two decimals, that is whether it
// is an amount of whole cents.
func HasCents(d decimal.Decimal) bool {
	return d.Equal(d.Truncate(2))
}

// FormatUSD writes an amount for people: "USD 1,400,000.00", with thousands
// separators and exactly two decimals. d is rounded half away from zero to
// the cent for display only; amounts the library computes already are.
func FormatUSD(d decimal.Decimal) string {
	if s, ok := formatUSDFast(d); ok {
		return s
	}
	return "USD " + GroupThousands(d.StringFixed(2))
}

// formatUSDFast is FormatUSD for the amounts met in practice, written
// with integer arithmetic in one allocation: d in whole cents (exponent
// -2 to 6) with at most 18 digits once counted in cents. It reports false
// for any other d, which FormatUSD then writes the general way (the two
// agree wherever both apply: TestFormatUSDFastMatchesGeneral).
func formatUSDFast(d decimal.Decimal) (string, bool) {
	e := d.Exponent()
	if e < -2 || e > 6 {
		return "", false
	}
	scale := int(e) + 2 // the powers of ten from the coefficient to cents
	if d.NumDigits()+scale > 18 {
		return "", false
	}
	c := d.CoefficientInt64() // defined: at most 18 digits
	for range scale {
		c *= 10
	}
	u := uint64(c)
	if c < 0 {
		u = -u
	}
	whole, cents := u/100, u%100
	var buf [40]byte // "USD -" + 18 digits + 5 commas + ".00" fit
	i := len(buf)
	i--
	buf[i] = byte('0' + cents%10)
	i--
	buf[i] = byte('0' + cents/10)
	i--
	buf[i] = '.'
	for n := 0; ; n++ {
		if n > 0 && n%3 == 0 {
			i--
			buf[i] = ','
		}
		i--
		buf[i] = byte('0' + whole%10)
		if whole /= 10; whole == 0 {
			break
		}
	}
	if c < 0 {
		i--
		buf[i] = '-'
	}
	i -= len("USD ")
	copy(buf[i:], "USD ")
	return string(buf[i:]), true
}

// GroupThousands inserts "," between groups of three digits in the integer
// part of a plain decimal string such as "-1400000.00".
func GroupThousands(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasPoint := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasPoint {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}
