package facility1035_test

import (
	"fmt"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
)

// A test suite gathers the results of its cases and asks which rules of
// Part III they reached: here two screenings reach criterion 2 both ways,
// and never the reading of a barred country in a regional project.
func ExampleResults_Coverage() {
	reg := facility1035.Registry{{Name: "Arcadia", Membership: facility1035.Member, Economy: facility1035.Developing}}
	p := facility1035.Resolution1150()
	var res facility1035.Results
	for _, amount := range []string{"150000.00", "250000.00"} {
		s, err := facility1035.Screen(facility1035.Application{ID: "A-" + amount, Line: facility1035.Line2,
			Scope: facility1035.National, Amount: iomstrategy.MustParseUSD(amount), Countries: []string{"Arcadia"}}, reg, p)
		if err != nil {
			fmt.Println(err)
			return
		}
		res.Screenings = append(res.Screenings, s)
	}
	for _, c := range res.Coverage() {
		switch c.Code {
		case "line2.ceiling", "over-ceiling", "barred-country-in-regional":
			fmt.Printf("%s (%s): reached %d, passed %d, failed %d\n", c.Code, c.Kind, c.Reached, c.Passed, c.Failed)
		}
	}
	// Output:
	// barred-country-in-regional (interpretation): reached 0, passed 0, failed 0
	// line2.ceiling (screening criterion): reached 2, passed 1, failed 1
	// over-ceiling (interpretation): reached 1, passed 0, failed 0
}
