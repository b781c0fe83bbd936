package facility1035

import (
	"errors"
	"fmt"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// Income is what the funding formula needs to know about a year, all in
// US dollars with at most two decimals, none negative.
//
// The zero Income is year 0 with every amount zero; the amounts are valid,
// the year is governed by no rules.
type Income struct {
	// Year is the year allocated.
	Year int
	// Discretionary is the year's Discretionary Income, its security part
	// included.
	Discretionary decimal.Decimal
	// Security is the security part of Discretionary that Part III,
	// bullet 1 excludes. Its make-up was not found: it is the caller's
	// figure. It cannot be above Discretionary.
	Security decimal.Decimal
	// Unearmarked is the year's unearmarked contributions and Interest its
	// interest income: together the miscellaneous income that caps the
	// Facility (Part III, bullet 2).
	Unearmarked decimal.Decimal
	Interest    decimal.Decimal
	// Direct is the direct voluntary contributions to the Facility (Part
	// III, bullet 4): outside the cap, reported beside the two lines.
	Direct decimal.Decimal
}

// Equal reports whether in and o are the same year with the same amounts.
func (in Income) Equal(o Income) bool {
	return in.Year == o.Year && in.Discretionary.Equal(o.Discretionary) && in.Security.Equal(o.Security) &&
		in.Unearmarked.Equal(o.Unearmarked) && in.Interest.Equal(o.Interest) && in.Direct.Equal(o.Direct)
}

// ErrInvalidIncome matches every *IncomeError.
var ErrInvalidIncome = errors.New("invalid 1035 Facility income")

// The kinds of invalid income, each wrapped by an *IncomeError that names
// the field.
var (
	// ErrIncomeNegative: an amount is below zero.
	ErrIncomeNegative = errors.New("amounts cannot be negative")
	// ErrIncomeSubCent: an amount has fractions of a cent.
	ErrIncomeSubCent = errors.New("at most two decimals (cents); the amount is not rounded")
	// ErrSecurityAboveDiscretionary: the security part is larger than the
	// discretionary income it is part of.
	ErrSecurityAboveDiscretionary = errors.New("the security part is above the discretionary income it is part of")
)

// The names of the income fields, as IncomeError.Field, the command-line
// flags and the input columns give them.
const (
	FieldYear          = "year"
	FieldDiscretionary = "discretionary"
	FieldSecurity      = "security"
	FieldUnearmarked   = "unearmarked"
	FieldInterest      = "interest"
	FieldDirect        = "direct"
)

// IncomeError is an income amount that Allocate refuses. Field is one of
// the Field* names.
type IncomeError struct {
	Year  int
	Field string
	Value decimal.Decimal
	Err   error // ErrIncomeNegative, ErrIncomeSubCent or ErrSecurityAboveDiscretionary
}

func (e *IncomeError) Error() string {
	return fmt.Sprintf("income for %d: %s %s: %v", e.Year, e.Field, e.Value.String(), e.Err)
}

// Unwrap returns the kind of failure.
func (e *IncomeError) Unwrap() error { return e.Err }

// Is makes every IncomeError match ErrInvalidIncome.
func (e *IncomeError) Is(target error) bool { return target == ErrInvalidIncome }

// Validate returns the first problem with the amounts, in field order, as
// an *IncomeError, or nil. It does not look at the year: which years have
// rules is for the parameters to say.
func (in Income) Validate() error {
	for _, f := range [...]struct {
		name string
		d    decimal.Decimal
	}{
		{FieldDiscretionary, in.Discretionary},
		{FieldSecurity, in.Security},
		{FieldUnearmarked, in.Unearmarked},
		{FieldInterest, in.Interest},
		{FieldDirect, in.Direct},
	} {
		switch {
		case f.d.Sign() < 0:
			return &IncomeError{Year: in.Year, Field: f.name, Value: f.d, Err: ErrIncomeNegative}
		case !isCents(f.d):
			return &IncomeError{Year: in.Year, Field: f.name, Value: f.d, Err: ErrIncomeSubCent}
		}
	}
	if in.Security.Cmp(in.Discretionary) > 0 {
		return &IncomeError{Year: in.Year, Field: FieldSecurity, Value: in.Security,
			Err: fmt.Errorf("%w (%s above %s)", ErrSecurityAboveDiscretionary,
				iomstrategy.FormatUSD(in.Security), iomstrategy.FormatUSD(in.Discretionary))}
	}
	return nil
}
