package iomstrategy

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/policycode/iomstrategy/internal/plain"
	"github.com/shopspring/decimal"
)

// ErrInvalidAmount is matched by every refusal of an amount, in every
// package: money text ParseUSD cannot read, an amount finer than a cent
// (ErrSubCent) and a negative amount where a rule needs zero or more
// (ErrNegativeAmount). The refusals of text are *AmountError values.
var ErrInvalidAmount = errors.New("invalid USD amount")

// The two refusals of an amount that has the form of money. Both match
// ErrInvalidAmount (errors.Is), so a caller may test for either or for
// both at once.
var (
	// ErrNegativeAmount is an amount below zero where the rule takes only
	// zero or more: income, a request, a budget, a parameter, text.
	ErrNegativeAmount error = amountRefusal("amounts cannot be negative")
	// ErrSubCent is an amount with fractions of a cent. The library never
	// rounds one: the caller says what the amount is.
	ErrSubCent error = amountRefusal("at most two decimals (cents); the amount is not rounded")
)

// amountRefusal is the type of ErrNegativeAmount and ErrSubCent: a
// refusal of an amount that matches ErrInvalidAmount.
type amountRefusal string

func (r amountRefusal) Error() string { return string(r) }

func (r amountRefusal) Is(target error) bool { return target == ErrInvalidAmount }

// AmountError is money text that is not a USD amount ParseUSD accepts. It
// names the text and wraps what was wrong: ErrNegativeAmount, ErrSubCent,
// or a description of the form expected. Every AmountError matches
// ErrInvalidAmount.
type AmountError struct {
	Input string // the text as given
	Err   error  // what was wrong with it
}

func (e *AmountError) Error() string {
	return fmt.Sprintf("invalid USD amount %q: %v", quoteable(e.Input), e.Err)
}

// quoteable shortens a text for a message to its first 40 characters and
// "...": a 2 MB number is not echoed whole.
func quoteable(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	return string([]rune(s)[:40]) + "..."
}

// Unwrap returns what was wrong.
func (e *AmountError) Unwrap() error { return e.Err }

// Is makes every AmountError match ErrInvalidAmount.
func (e *AmountError) Is(target error) bool { return target == ErrInvalidAmount }

// USD is an amount of money in US dollars: always a whole number of cents.
//
// A USD is made only by ParseUSD (text), NewUSD (a decimal, refused when it
// has fractions of a cent) and USDFromCents, or by adding and subtracting
// USD values, so an amount finer than a cent cannot be held. It may be
// negative (the difference of two amounts can be); the rules that take
// only zero or more refuse a negative amount with ErrNegativeAmount.
//
// The zero USD is USD 0.00. USD values are compared with Equal or Cmp (two
// amounts written with different numbers of decimals are equal), and go-cmp
// uses Equal. Arithmetic beyond adding and subtracting goes through
// Decimal.
type USD struct {
	d decimal.Decimal
}

// NewUSD returns d as an amount, or an *AmountError wrapping ErrSubCent
// when d has fractions of a cent: the amount is never rounded.
func NewUSD(d decimal.Decimal) (USD, error) {
	if !d.Equal(d.Truncate(2)) {
		return USD{}, &AmountError{Input: d.String(), Err: ErrSubCent}
	}
	return USD{d}, nil
}

// USDFromCents returns the amount of cents whole cents: USDFromCents(150)
// is USD 1.50.
func USDFromCents(cents int64) USD { return USD{decimal.New(cents, -2)} }

// ParseUSD reads a money amount in US dollars, exactly.
//
// It accepts digits with at most two decimals ("1400000", "1400000.5",
// "1400000.00"), optionally with "," thousands separators in groups of three
// ("1,400,000.00"), optionally after a "USD" prefix ("USD 1,400,000.00",
// "USD1400000"). Spaces around the whole are ignored. Anything else is
// refused with an *AmountError and never rounded or guessed: a sign ("-5"
// is ErrNegativeAmount, "+5"), an exponent ("1e6"), a third decimal ("0.125"
// is ErrSubCent), a lone point ("5.", ".5"), misplaced separators
// ("1,00,000"), letters, more than 18 digits before the point, or nothing
// at all.
func ParseUSD(s string) (USD, error) {
	fail := func(err error) (USD, error) {
		return USD{}, &AmountError{Input: s, Err: err}
	}
	reason := func(text string) (USD, error) { return fail(errors.New(text)) }
	t := strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(t, "USD"); ok {
		t = strings.TrimLeft(rest, " ")
	}
	if t == "" {
		return reason("expected digits, such as 1400000.00 or USD 1,400,000.00")
	}
	switch t[0] {
	case '-':
		return fail(ErrNegativeAmount)
	case '+':
		return reason("expected digits without a sign")
	}
	if strings.ContainsAny(t, "eE") && strings.ContainsAny(t, "0123456789") {
		return reason("exponents are not accepted: write the amount out, such as 1400000.00 for 1.4e6")
	}
	whole, frac, hasPoint := strings.Cut(t, ".")
	if hasPoint && (len(frac) == 0 || len(frac) > 2 || !plain.Digits(frac)) {
		if len(frac) > 2 && plain.Digits(frac) {
			return fail(ErrSubCent)
		}
		return reason("expected one or two digits after the decimal point")
	}
	if whole == "" {
		return reason("expected a digit before the decimal point")
	}
	digits := whole
	if strings.Contains(whole, ",") {
		groups := strings.Split(whole, ",")
		if len(groups[0]) < 1 || len(groups[0]) > 3 {
			return reason(`"," separates thousands in groups of three`)
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return reason(`"," separates thousands in groups of three`)
			}
		}
		digits = strings.Join(groups, "")
	}
	if !plain.Digits(digits) {
		return reason("expected digits, with an optional USD prefix and \",\" thousands separators")
	}
	if len(digits) > 18 {
		return reason("more than 18 digits before the decimal point")
	}
	if hasPoint {
		digits += "." + frac
	}
	d, err := decimal.NewFromString(digits)
	if err != nil {
		return fail(err)
	}
	return USD{d}, nil
}

// MustParseUSD is ParseUSD that panics on error; it is meant for amounts
// written in code and tests.
func MustParseUSD(s string) USD {
	a, err := ParseUSD(s)
	if err != nil {
		panic(err)
	}
	return a
}

// Decimal returns the amount as a decimal, for arithmetic beyond adding and
// subtracting.
func (a USD) Decimal() decimal.Decimal { return a.d }

// Add returns a + b.
func (a USD) Add(b USD) USD { return USD{a.d.Add(b.d)} }

// Sub returns a - b.
func (a USD) Sub(b USD) USD { return USD{a.d.Sub(b.d)} }

// Cmp compares a and b: -1 if a < b, 0 if they are equal, +1 if a > b.
func (a USD) Cmp(b USD) int { return a.d.Cmp(b.d) }

// Equal reports whether a and b are the same amount.
func (a USD) Equal(b USD) bool { return a.d.Equal(b.d) }

// Sign returns -1, 0 or +1 as a is below, at or above zero.
func (a USD) Sign() int { return a.d.Sign() }

// IsZero reports whether a is USD 0.00.
func (a USD) IsZero() bool { return a.d.IsZero() }

// String writes the amount for people: "USD 1,400,000.00", with thousands
// separators and exactly two decimals.
func (a USD) String() string { return "USD " + plain.GroupThousands(a.d.StringFixed(2)) }

// MarshalText writes the amount as JSON and CSV print it: exactly two
// decimals, no separators, "1400000.00".
func (a USD) MarshalText() ([]byte, error) { return []byte(a.d.StringFixed(2)), nil }

// UnmarshalText reads any form ParseUSD accepts.
func (a *USD) UnmarshalText(text []byte) error {
	v, err := ParseUSD(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// Cited is a value with the place in the sources that states it, such as a
// parameter of a rule: 25 per cent, cited to Resolution 1150 (XCIII),
// Annex, Part III, bullet 1. A zero Citation means the value cites nothing.
type Cited[T any] struct {
	Value    T
	Citation Citation
}
