package indicators

import (
	"fmt"
	"strconv"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// ToleranceRule says how wide an estimate's interval is.
type ToleranceRule uint8

// The tolerance rules. The zero value, Relative, is the default.
const (
	// Relative: an estimate v allows [v·(1−t), v·(1+t)], t the
	// EstimateTolerance of the Params (10% by default).
	Relative ToleranceRule = iota
	// LastDigit: an estimate allows what rounds to it at its last non-zero
	// digit, give or take half a unit of that digit: "approximately 80,000"
	// is [75,000, 85,000], "around 26,000" is [25,500, 26,500], "an
	// estimated 214 million" is [213.5, 214.5] million. It reads the figure
	// as the writer's rounding of a known number.
	LastDigit
	numToleranceRules
)

var toleranceRuleNames = [numToleranceRules]string{Relative: "relative", LastDigit: "last-digit"}

// String returns "relative" or "last-digit".
func (r ToleranceRule) String() string {
	if r < numToleranceRules {
		return toleranceRuleNames[r]
	}
	return "ToleranceRule(" + strconv.Itoa(int(r)) + ")"
}

// ParseToleranceRule reads a rule by the name String gives it.
func ParseToleranceRule(s string) (ToleranceRule, error) {
	for r := Relative; r < numToleranceRules; r++ {
		if toleranceRuleNames[r] == s {
			return r, nil
		}
	}
	return 0, fmt.Errorf("%w: tolerance rule %q (want relative or last-digit)", ErrParams, s)
}

// MarshalText writes the rule's name.
func (r ToleranceRule) MarshalText() ([]byte, error) {
	if r >= numToleranceRules {
		return nil, fmt.Errorf("%w: %s", ErrParams, r)
	}
	return []byte(r.String()), nil
}

// UnmarshalText reads a rule with ParseToleranceRule.
func (r *ToleranceRule) UnmarshalText(text []byte) error {
	parsed, err := ParseToleranceRule(string(text))
	if err != nil {
		return err
	}
	*r = parsed
	return nil
}

// Params are the readings the package makes where the text gives no
// number: how wide "approximately" and "nearly" are, and how a percentage is
// rounded for display. ReviewParams gives the documented defaults; every
// field can be changed.
//
// The zero Params does not validate (its rounding mode is unset): start
// from ReviewParams.
type Params struct {
	// EstimateRule is how an estimate's interval is drawn (default
	// Relative).
	EstimateRule ToleranceRule `json:"estimate_rule"`
	// EstimateTolerance is the relative tolerance of an estimate under the
	// Relative rule, a fraction from 0 to below 1 (default 0.10: "about
	// 45" is [40.5, 49.5]). 0 reads every estimate as exact.
	EstimateTolerance decimal.Decimal `json:"estimate_tolerance"`
	// NearlyTolerance is how far below its value a "nearly", "close to"
	// or "almost" figure may be, a fraction above 0 and at most 1 (default
	// 0.10: "nearly 300,000" is [270,000, 300,000)).
	NearlyTolerance decimal.Decimal `json:"nearly_tolerance"`
	// Places is the number of decimals of a displayed percentage (default
	// 1: 41.6%).
	Places int32 `json:"places"`
	// Rounding is how a displayed percentage is rounded to Places (default
	// half away from zero). Intervals are never rounded with it: their ends
	// are rounded outwards, so that they keep every value they hold.
	Rounding iomstrategy.RoundingMode `json:"rounding"`
}

// ReviewParams returns the readings the package makes of the Review by
// default: estimates give or take 10%, "nearly" up to 10% below,
// percentages to one decimal rounded half away from zero. It is named, like
// facility1035.Resolution1150, after the text it reads.
//
// Why 10%: it is the usual reading of "about" and "approximately" where
// one is needed (the ICC's Uniform Customs and Practice for Documentary
// Credits, UCP 600, article 30(a), reads them as a tolerance of 10% more or
// less), it treats every figure alike whatever its digits, and it is wider
// than the rounding of most of the Review's estimates, so that a check does
// not fail on a reading narrower than the text. LastDigit is the narrower,
// rounding-based reading; an EstimateTolerance of 0 the narrowest.
func ReviewParams() Params {
	return Params{
		EstimateRule:      Relative,
		EstimateTolerance: decimal.New(10, -2),
		NearlyTolerance:   decimal.New(10, -2),
		Places:            1,
		Rounding:          iomstrategy.HalfAwayFromZero,
	}
}

// maxPlaces bounds Places: percentages to more decimals than this are not
// display values.
const maxPlaces = 12

// Validate reports whether p is a usable parameter set. The error wraps
// ErrParams.
func (p Params) Validate() error {
	switch {
	case p.EstimateRule >= numToleranceRules:
		return fmt.Errorf("%w: tolerance rule %s", ErrParams, p.EstimateRule)
	case p.EstimateTolerance.Sign() < 0 || p.EstimateTolerance.Cmp(one) >= 0:
		return fmt.Errorf("%w: estimate tolerance %s must be from 0 to below 1", ErrParams, p.EstimateTolerance)
	case p.NearlyTolerance.Sign() <= 0 || p.NearlyTolerance.Cmp(one) > 0:
		return fmt.Errorf("%w: nearly tolerance %s must be above 0 and at most 1 (at 0 \"nearly v\" would allow nothing)", ErrParams, p.NearlyTolerance)
	case p.Places < 0 || p.Places > maxPlaces:
		return fmt.Errorf("%w: places %d must be from 0 to %d", ErrParams, p.Places, maxPlaces)
	case !p.Rounding.Valid():
		return fmt.Errorf("%w: rounding mode %q", ErrParams, p.Rounding.String())
	}
	return nil
}

// Describe says in words how p reads the figures, for the footer of a
// report: "estimates ±10%; nearly: up to 10% below; percentages to 1
// decimal, half-away-from-zero".
func (p Params) Describe() string {
	est := "estimates ±" + percentOf(p.EstimateTolerance)
	if p.EstimateRule == LastDigit {
		est = "estimates ± half a unit of their last non-zero digit"
	}
	places := "1 decimal"
	if p.Places != 1 {
		places = fmt.Sprintf("%d decimals", p.Places)
	}
	return fmt.Sprintf("%s; nearly: up to %s below; percentages to %s, %s",
		est, percentOf(p.NearlyTolerance), places, p.Rounding)
}

func percentOf(f decimal.Decimal) string { return f.Shift(2).String() + "%" }
