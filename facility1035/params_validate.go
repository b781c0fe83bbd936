package facility1035

import (
	"errors"
	"fmt"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// ErrInvalidParams matches every *ParamError: a parameter set that Validate
// (or ReadParams) refuses.
var ErrInvalidParams = errors.New("invalid 1035 Facility parameters")

// The kinds of invalid parameter, each wrapped by a *ParamError that names
// the field. An unset or unknown rounding mode wraps
// iomstrategy.ErrRoundingMode, an unset look-back ErrLookback, an unset cap
// order ErrCapOrder, a citation that is not in the source
// iomstrategy.ErrUnknownCitation.
var (
	// ErrShareNegative: the share is below zero.
	ErrShareNegative = errors.New("the share is negative")
	// ErrShareAboveOne: the share is above 1 (100 per cent).
	ErrShareAboveOne = errors.New("the share is above 1 (100 per cent)")
	// ErrParamNegative: a money parameter is below zero.
	ErrParamNegative = errors.New("the amount is negative")
	// ErrParamSubCent: a money parameter has fractions of a cent.
	ErrParamSubCent = errors.New("the amount has fractions of a cent (at most two decimals)")
	// ErrPeriodReversed: From is after Through.
	ErrPeriodReversed = errors.New("the period ends before it starts")
	// ErrFirstYearAfterPeriod: the first year of the expanded Facility is
	// after the last year of the set, so the set allocates no year.
	ErrFirstYearAfterPeriod = errors.New("the first year is after the end of the period")
	// ErrSuccessorYearOutsidePeriod: the successor's year is not a year of
	// the set.
	ErrSuccessorYearOutsidePeriod = errors.New("the successor's year is outside the period")
	// ErrParamMissing: a required value is missing or empty.
	ErrParamMissing = errors.New("required, but missing or empty")
)

// ParamError is one invalid value of a parameter set. Field is the name the
// JSON form uses ("share", "baseline", "line2_national_ceiling", ...).
type ParamError struct {
	Field string // the JSON name of the field
	Value string // the offending value as text, if any
	Err   error  // one of the sentinels above, or a wrapped parse error
}

func (e *ParamError) Error() string {
	if e.Value != "" {
		return fmt.Sprintf("1035 Facility parameters: %s: value %q: %v", e.Field, e.Value, e.Err)
	}
	return fmt.Sprintf("1035 Facility parameters: %s: %v", e.Field, e.Err)
}

// Unwrap returns the kind of failure.
func (e *ParamError) Unwrap() error { return e.Err }

// Is makes every ParamError match ErrInvalidParams.
func (e *ParamError) Is(target error) bool { return target == ErrInvalidParams }

// Validate reports every problem with the set, each as a *ParamError (joined
// with errors.Join when there are several), or nil when the set is usable:
//
//   - Name is not empty; From is not after Through; FirstYear is not after
//     Through; SuccessorYear, when set, is a year of the set;
//   - Share is between 0 and 1 inclusive;
//   - Baseline, Line1, the Line 2 ceilings and the Line 1 ceiling (when
//     set) are not negative and have at most two decimals;
//   - Rounding, Article4Lookback and CapOrder are set and known;
//   - every citation that is not zero exists in the embedded source
//     (iomstrategy.Citation.Verify). A zero citation is allowed: the value
//     is then reported as caller-supplied (or uncited).
//
// Allocate checks the same values but not the citations.
func (p Params) Validate() error {
	return p.validate(true)
}

func (p Params) validate(citations bool) error {
	var errs []error
	bad := func(field, value string, err error) {
		errs = append(errs, &ParamError{Field: field, Value: value, Err: err})
	}
	if p.Name == "" {
		bad("name", "", ErrParamMissing)
	}
	if p.From > p.Through {
		bad("through", p.Period().String(), ErrPeriodReversed)
	}
	if p.FirstYear > p.Through {
		bad("first_year", fmt.Sprint(p.FirstYear), ErrFirstYearAfterPeriod)
	}
	if p.SuccessorYear != 0 && !p.Covers(p.SuccessorYear) {
		bad("successor_year", fmt.Sprint(p.SuccessorYear), ErrSuccessorYearOutsidePeriod)
	}
	switch {
	case p.Share.Value.Sign() < 0:
		bad("share", p.Share.Value.String(), ErrShareNegative)
	case p.Share.Value.Cmp(decimalOne) > 0:
		bad("share", p.Share.Value.String(), ErrShareAboveOne)
	}
	money := func(field string, d decimal.Decimal) {
		switch {
		case d.Sign() < 0:
			bad(field, d.String(), ErrParamNegative)
		case !isCents(d):
			bad(field, d.String(), ErrParamSubCent)
		}
	}
	money("baseline", p.Baseline.Value)
	money("line1", p.Line1.Value)
	if p.Line1Ceiling != nil {
		money("line1_ceiling", p.Line1Ceiling.Value)
	}
	money("line2_national_ceiling", p.Line2NationalCeiling.Value)
	money("line2_regional_ceiling", p.Line2RegionalCeiling.Value)
	if !p.Rounding.Valid() {
		bad("rounding", p.Rounding.String(), fmt.Errorf("%w: unset (want half-away-from-zero, half-even, toward-zero or away-from-zero)", iomstrategy.ErrRoundingMode))
	}
	if !p.Article4Lookback.Valid() {
		bad("article4_lookback", p.Article4Lookback.String(), fmt.Errorf("%w: unset (want two-years or two-full-years)", ErrLookback))
	}
	if !p.CapOrder.Valid() {
		bad("cap_order", p.CapOrder.String(), fmt.Errorf("%w: unset (want line2-first or line1-first)", ErrCapOrder))
	}
	if citations {
		for _, f := range p.citationFields() {
			if f.c.IsZero() {
				continue
			}
			if err := f.c.Verify(); err != nil {
				bad(f.field, f.c.String(), err)
			}
		}
	}
	return errors.Join(errs...)
}

var decimalOne = decimal.New(1, 0)

// isCents reports whether d has at most two decimals, without allocating
// for the common case of an amount written with two decimals or fewer.
func isCents(d decimal.Decimal) bool {
	return d.Exponent() >= -2 || iomstrategy.HasCents(d)
}

type citationField struct {
	field string
	c     iomstrategy.Citation
}

// citationFields lists the citations of the set by the JSON names of their
// fields.
func (p Params) citationFields() []citationField {
	fs := []citationField{
		{"source", p.Source},
		{"share_source", p.Share.Source},
		{"baseline_source", p.Baseline.Source},
		{"first_year_source", p.FirstYearSource},
		{"line1_source", p.Line1.Source},
		{"line2_national_ceiling_source", p.Line2NationalCeiling.Source},
		{"line2_regional_ceiling_source", p.Line2RegionalCeiling.Source},
		{"rounding_source", p.RoundingSource},
		{"article4_lookback_source", p.Article4LookbackSource},
		{"cap_order_source", p.CapOrderSource},
		{"successor", p.Successor},
	}
	if p.Line1Ceiling != nil {
		fs = append(fs, citationField{"line1_ceiling_source", p.Line1Ceiling.Source})
	}
	return fs
}
