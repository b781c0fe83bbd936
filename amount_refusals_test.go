package iomstrategy_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
	"github.com/policycode/iomstrategy/strategy"
	"github.com/shopspring/decimal"
)

// refusalParams is a complete parameter file, the built-in set's values
// without citations, with BASELINE where the baseline goes.
const refusalParams = `{
  "name": "refusals", "from": 2008, "through": 2018, "first_year": 2008,
  "share": "0.25", "baseline": BASELINE, "line1": "1400000.00",
  "line2_national_ceiling": "200000.00", "line2_regional_ceiling": "300000.00",
  "rounding": "half-away-from-zero", "article4_lookback": "two-years", "cap_order": "line2-first"
}`

// refusalRegistry is a registry of one Member State, for screening.
var refusalRegistry = facility1035.Registry{
	{Name: "Aland", Membership: facility1035.Member, Economy: facility1035.Developing},
}

// withAmount makes the amount text as a caller would, with NewUSD, and
// passes it to an entry point: a sub-cent amount is refused by NewUSD
// (a USD cannot hold it); a negative one, which a USD can hold, by the
// entry point.
func withAmount(text string, use func(iomstrategy.USD) error) func() error {
	return func() error {
		a, err := iomstrategy.NewUSD(decimal.RequireFromString(text))
		if err != nil {
			return err
		}
		return use(a)
	}
}

// TestAmountRefusals checks that every entry point of the library that
// takes money refuses a negative amount with iomstrategy.ErrNegativeAmount
// and an amount finer than a cent with iomstrategy.ErrSubCent, both
// matching iomstrategy.ErrInvalidAmount, and neither matching the other.
func TestAmountRefusals(t *testing.T) {
	allocate := func(a iomstrategy.USD) error {
		// Resolution 1150 (XCIII), Annex, Part III, bullet 1: discretionary income.
		_, err := facility1035.Allocate(facility1035.Income{Year: 2010, Discretionary: a}, facility1035.Resolution1150())
		return err
	}
	screen := func(a iomstrategy.USD) error {
		// Part III, bullet 5, criterion 2: the amount of a national Line 2 project.
		_, err := facility1035.Screen(facility1035.Application{ID: "A-1", Line: facility1035.Line2, Scope: facility1035.National,
			Amount: a, Countries: []string{"Aland"}}, refusalRegistry, facility1035.Resolution1150())
		return err
	}
	book := func(a iomstrategy.USD) error {
		// Part III, bullet 5, criterion 5: a commitment on Line 1.
		l, err := facility1035.NewLedger(iomstrategy.USDFromCents(1_400_000_00), iomstrategy.USDFromCents(0))
		if err != nil {
			return err
		}
		_, err = l.Book(facility1035.Commitment{ID: "C-1", Line: facility1035.Line1, Amount: a})
		return err
	}
	align := func(a iomstrategy.USD) error {
		// MC/INF/302, para. 12: an activity referenced against point 1.
		_, err := strategy.Align([]strategy.Activity{{ID: "X-1", Amount: a, Points: []strategy.Point{1}}}, strategy.SplitEven)
		return err
	}
	parse := func(baseline string) func() error {
		return func() error {
			_, err := facility1035.ParseParams([]byte(strings.Replace(refusalParams, "BASELINE", baseline, 1)))
			return err
		}
	}
	var (
		inputErr    = func(err error) bool { var e *facility1035.InputError; return errors.As(err, &e) }
		amountErr   = func(err error) bool { var e *iomstrategy.AmountError; return errors.As(err, &e) }
		activityErr = func(err error) bool { var e *strategy.ActivityError; return errors.As(err, &e) }
	)
	tests := []struct {
		name  string
		call  func() error
		want  error // ErrNegativeAmount or ErrSubCent
		isErr func(error) bool
	}{
		{"facility1035.Allocate (Part III, bullet 1): negative discretionary income",
			withAmount("-5", allocate), iomstrategy.ErrNegativeAmount, inputErr},
		{"facility1035.Allocate (Part III, bullet 1): sub-cent discretionary income",
			withAmount("28000000.005", allocate), iomstrategy.ErrSubCent, amountErr},
		{"facility1035.Screen (Part III, bullet 5): negative amount applied for",
			withAmount("-0.01", screen), iomstrategy.ErrNegativeAmount, inputErr},
		{"facility1035.Screen (Part III, bullet 5): sub-cent amount applied for",
			withAmount("150000.001", screen), iomstrategy.ErrSubCent, amountErr},
		{"facility1035.Ledger.Book (Part III, bullet 5, criterion 5): negative commitment",
			withAmount("-100", book), iomstrategy.ErrNegativeAmount, inputErr},
		{"facility1035.Ledger.Book (Part III, bullet 5, criterion 5): sub-cent commitment",
			withAmount("0.125", book), iomstrategy.ErrSubCent, amountErr},
		{"strategy.Align (MC/INF/302, para. 12): negative activity amount",
			withAmount("-1000", align), iomstrategy.ErrNegativeAmount, activityErr},
		{"strategy.Align (MC/INF/302, para. 12): sub-cent activity amount",
			withAmount("1000.999", align), iomstrategy.ErrSubCent, amountErr},
		{`facility1035.ParseParams (Part III, bullet 1): "baseline": "-5"`,
			parse(`"-5"`), iomstrategy.ErrNegativeAmount, inputErr},
		{`facility1035.ParseParams (Part III, bullet 1): "baseline": "0.125"`,
			parse(`"0.125"`), iomstrategy.ErrSubCent, inputErr},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			if err == nil {
				t.Fatal("accepted")
			}
			if !errors.Is(err, tt.want) || !errors.Is(err, iomstrategy.ErrInvalidAmount) {
				t.Errorf("err = %v, want %v and ErrInvalidAmount", err, tt.want)
			}
			other := iomstrategy.ErrSubCent
			if tt.want == iomstrategy.ErrSubCent {
				other = iomstrategy.ErrNegativeAmount
			}
			if errors.Is(err, other) {
				t.Errorf("err = %v also matches %v", err, other)
			}
			if !tt.isErr(err) {
				t.Errorf("err = %v (%T) is not of the entry point's error type", err, err)
			}
		})
	}
	// The amounts next to the refused ones are accepted: zero and a cent.
	for _, text := range []string{"0", "0.01"} {
		for name, use := range map[string]func(iomstrategy.USD) error{"Allocate": allocate, "Align": align} {
			if err := withAmount(text, use)(); err != nil {
				t.Errorf("%s refuses %s: %v", name, text, err)
			}
		}
	}
	if err := withAmount("0.01", book)(); err != nil {
		t.Errorf("Book refuses a commitment of USD 0.01: %v", err)
	}
	if err := withAmount("0.01", screen)(); err != nil {
		t.Errorf("Screen refuses USD 0.01: %v", err)
	}
	if err := parse(`"0.01"`)(); err != nil {
		t.Errorf("ParseParams refuses a baseline of 0.01: %v", err)
	}
}
