package strategy_test

import (
	"fmt"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/strategy"
)

// Align sums a portfolio per point. An activity tagged to several points
// is split evenly in whole cents by default: 100.00 over points 4, 8 and
// 12 is 33.34, 33.33 and 33.33.
func ExampleAlign() {
	portfolio := []strategy.Activity{
		{ID: "MIDA-diaspora", Amount: iomstrategy.MustParseUSD("100.00"), Points: []strategy.Point{8, 4, 12}},
		{ID: "AVRR-2010", Amount: iomstrategy.MustParseUSD("USD 250,000.00"), Points: []strategy.Point{10}},
		{ID: "CT-shelter", Amount: iomstrategy.MustParseUSD("49,899.90"), Points: []strategy.Point{11, 2}},
	}
	al, err := strategy.Align(portfolio, strategy.SplitEven)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, pt := range al.Points {
		if pt.Activities > 0 {
			fmt.Printf("%-8s %d  %16s  %s%%\n", pt.Point, pt.Activities, pt.Amount, pt.Share.Shift(2).StringFixed(2))
		}
	}
	fmt.Println("total   ", al.Total)
	fmt.Println("uncovered", al.Uncovered)
	// Output:
	// Point 2  1     USD 24,949.95  8.32%
	// Point 4  1         USD 33.34  0.01%
	// Point 8  1         USD 33.33  0.01%
	// Point 10 1    USD 250,000.00  83.33%
	// Point 11 1     USD 24,949.95  8.32%
	// Point 12 1         USD 33.33  0.01%
	// total    USD 299,999.90
	// uncovered [Point 1 Point 3 Point 5 Point 6 Point 7 Point 9]
}

// Under CountFull every point of an activity is credited its full amount;
// the total still counts each activity once, so the shares add up to more
// than 100%.
func ExampleAlign_countFull() {
	portfolio := []strategy.Activity{
		{ID: "A", Amount: iomstrategy.MustParseUSD("300.00"), Points: []strategy.Point{4, 8}},
		{ID: "B", Amount: iomstrategy.MustParseUSD("100.00"), Points: []strategy.Point{8}},
	}
	al, _ := strategy.Align(portfolio, strategy.CountFull)
	for _, pt := range al.Points {
		if pt.Activities > 0 {
			fmt.Println(pt.Point, pt.Amount.Decimal().StringFixed(2), pt.Share.StringFixed(4))
		}
	}
	fmt.Println("total", al.Total.Decimal().StringFixed(2), "counted", al.Counted.Decimal().StringFixed(2))
	// Output:
	// Point 4 300.00 0.7500
	// Point 8 400.00 1.0000
	// total 400.00 counted 700.00
}
