// Package plain reads numbers written plainly: ASCII digits, an optional
// leading minus sign and an optional decimal point with digits after it.
// No exponent, no "+", no spaces, no separators, no NaN or Inf: the forms
// decimal.NewFromString would also take but a person would not write in a
// parameter file or a dataset, and that must therefore be refused, not
// guessed.
package plain

import "github.com/shopspring/decimal"

// MaxLen bounds the text Decimal reads, so that a hostile input cannot make
// it build a huge number.
const MaxLen = 40

// Digits reports whether s is one or more ASCII digits and nothing else.
func Digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Decimal reads "-12.50", "0.25", "783800000": an optional "-", digits, and
// an optional "." followed by digits, at most MaxLen bytes in all. It
// reports false for anything else, including "1.", ".5" and "1e3".
func Decimal(s string) (decimal.Decimal, bool) {
	if len(s) > MaxLen {
		return decimal.Decimal{}, false
	}
	t := s
	if len(t) > 0 && t[0] == '-' {
		t = t[1:]
	}
	whole, frac, hasPoint := t, "", false
	for i := 0; i < len(t); i++ {
		if t[i] == '.' {
			whole, frac, hasPoint = t[:i], t[i+1:], true
			break
		}
	}
	if !Digits(whole) || (hasPoint && !Digits(frac)) {
		return decimal.Decimal{}, false
	}
	d, err := decimal.NewFromString(s)
	return d, err == nil
}

// GroupThousands inserts "," between groups of three digits in the integer
// part of a plain decimal string such as "-1400000.00".
func GroupThousands(s string) string {
	sign := ""
	if len(s) > 0 && s[0] == '-' {
		sign, s = "-", s[1:]
	}
	whole, frac, hasPoint := s, "", false
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			whole, frac, hasPoint = s[:i], s[i+1:], true
			break
		}
	}
	b := make([]byte, 0, len(s)+len(s)/3+2)
	b = append(b, sign...)
	for i := 0; i < len(whole); i++ {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, whole[i])
	}
	if hasPoint {
		b = append(b, '.')
		b = append(b, frac...)
	}
	return string(b)
}
