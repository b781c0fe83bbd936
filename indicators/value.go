package indicators

import (
	"fmt"
	"strings"

	"github.com/policycode/iomstrategy/internal/plain"
	"github.com/shopspring/decimal"
)

// maxValueLength bounds the text of a value: no figure of a report needs
// more, and a bound keeps hostile input from costing time.
const maxValueLength = 40

// ParseValue reads a value as a dataset writes it: a plain decimal
// ("783800000", "3.1", "-2"), or a fraction of two plain decimals
// ("100/3"), held to FractionPlaces decimals, rounded toward zero. No
// exponent, sign "+", thousands separator or space is accepted: the value
// is the exact number, and its written form is the record's Figure. An
// error wraps ErrValue.
func ParseValue(s string) (decimal.Decimal, error) {
	if len(s) > maxValueLength {
		return decimal.Decimal{}, fmt.Errorf("%w %.20q...: longer than %d characters", ErrValue, s, maxValueLength)
	}
	if a, b, ok := strings.Cut(s, "/"); ok {
		num, err := parsePlainDecimal(a)
		if err != nil {
			return decimal.Decimal{}, fmt.Errorf("%w %q: numerator: %w", ErrValue, s, err)
		}
		den, err := parsePlainDecimal(b)
		if err != nil {
			return decimal.Decimal{}, fmt.Errorf("%w %q: denominator: %w", ErrValue, s, err)
		}
		if den.IsZero() {
			return decimal.Decimal{}, fmt.Errorf("%w %q: division by 0", ErrValue, s)
		}
		q, _ := num.QuoRem(den, FractionPlaces)
		return q, nil
	}
	d, err := parsePlainDecimal(s)
	if err != nil {
		return decimal.Decimal{}, fmt.Errorf("%w %q: %w", ErrValue, s, err)
	}
	return d, nil
}

var errNotPlain = fmt.Errorf("want digits with an optional leading - and decimal point, such as 783800000 or 3.1")

func parsePlainDecimal(s string) (decimal.Decimal, error) {
	d, ok := plain.Decimal(s)
	if !ok {
		return decimal.Decimal{}, errNotPlain
	}
	return d, nil
}
