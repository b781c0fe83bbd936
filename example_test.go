package iomstrategy_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/policycode/iomstrategy"
)

// A citation names its place in the source, and the embedded source gives
// back the text it names.
func ExampleCitation_Text() {
	c := iomstrategy.Criterion(2)
	text, err := c.Text()
	if err != nil {
		panic(err)
	}
	fmt.Println(c)
	fmt.Println(text)
	// Output:
	// Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2
	// Ceiling for funding of national projects will be USD 200,000 under Line 2.
}

// Verify tells a citation that exists in the source from one that does not.
func ExampleCitation_Verify() {
	fmt.Println(iomstrategy.Paras(14, 21).Verify())
	err := iomstrategy.Para(84).Verify()
	fmt.Println(errors.Is(err, iomstrategy.ErrUnknownCitation), err)
	// Output:
	// <nil>
	// true citation not found in the source: MC/INF/302, para. 84
}

func ExampleParseCitation() {
	c, err := iomstrategy.ParseCitation("MC/INF/302, footnote 20")
	fmt.Println(c.Document, c.Unit == iomstrategy.Footnote, c.Number, err)
	// Output:
	// MC/INF/302 true 20 <nil>
}

// ParseUSD reads money exactly and refuses what it would have to round or
// guess.
func ExampleParseUSD() {
	for _, s := range []string{"USD 1,400,000.00", "20500000", "0.125", "-5", "1e6"} {
		a, err := iomstrategy.ParseUSD(s)
		if err != nil {
			fmt.Println(errors.Is(err, iomstrategy.ErrInvalidAmount), err)
			continue
		}
		text, _ := a.MarshalText()
		fmt.Println(a, string(text))
	}
	// Output:
	// USD 1,400,000.00 1400000.00
	// USD 20,500,000.00 20500000.00
	// true invalid USD amount "0.125": at most two decimals (cents); the amount is not rounded
	// true invalid USD amount "-5": amounts cannot be negative
	// true invalid USD amount "1e6": exponents are not accepted: write the amount out, such as 1400000.00 for 1.4e6
}

func ExampleRoundingMode_Round() {
	// A quarter of USD 0.50 is 0.125: a share of an amount is where a
	// rounding mode is needed.
	d := decimal.RequireFromString("0.25").Mul(iomstrategy.MustParseUSD("0.50").Decimal())
	for _, m := range []iomstrategy.RoundingMode{iomstrategy.HalfAwayFromZero, iomstrategy.HalfEven, iomstrategy.TowardZero, iomstrategy.AwayFromZero} {
		r, _ := m.Round(d, 2)
		fmt.Println(m, r.StringFixed(2))
	}
	// Output:
	// half-away-from-zero 0.13
	// half-even 0.12
	// toward-zero 0.12
	// away-from-zero 0.13
}
