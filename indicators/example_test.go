package indicators_test

import (
	"fmt"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/indicators"
	"github.com/policycode/iomstrategy/strategy"
	"github.com/shopspring/decimal"
)

// The records that report on a strategy point, with the values their
// qualifiers allow.
func ExampleDataset_ByPoint() {
	d := indicators.Review()
	p := indicators.ReviewParams()
	for _, r := range d.ByPoint(strategy.MustParsePoint("Point 10")) {
		iv, _ := r.Interval(p)
		fmt.Printf("%s: %q %s (%s) allows %s; %s\n", r.ID, r.Figure, r.Unit, r.Period, iv, r.Citation)
	}
	// Output:
	// avrr-years: "nearly three decades" years (as of October 2010) allows [27, 30); MC/INF/302, para. 65
	// avrr-programmes: "around 80" programmes (as of October 2010) allows [72, 88]; MC/INF/302, para. 65
	// avrr-returns: "approximately 80,000" persons (June 2007-October 2010) allows [72000, 88000]; MC/INF/302, para. 66
	// avrr-return-countries: "more than 160" countries (June 2007-October 2010) allows (160, ∞); MC/INF/302, para. 66
	// avrr-returns-per-year: "around 26,000" persons per year (2007-2009) allows [23400, 28600]; MC/INF/302, para. 66
}

// A series in one call, with its year-on-year changes and its compound
// annual growth over the span.
func ExampleSeries_Growth() {
	d := indicators.Review()
	s, err := d.Series("pre-consular-applicants")
	if err != nil {
		panic(err)
	}
	p := indicators.ReviewParams()
	for _, r := range s.Records {
		fmt.Println(r.Period, r.Value)
	}
	changes, _ := s.Changes(p)
	for _, c := range changes {
		fmt.Println(c)
	}
	g, err := s.Growth(p)
	if err != nil {
		panic(err)
	}
	fmt.Println(g)
	// Output:
	// 2007 43204
	// 2008 61189
	// 2009 133532
	// 2007 to 2008 (1 year): +17985 (+41.6%), 41.6% a year; MC/INF/302, para. 16
	// 2008 to 2009 (1 year): +72343 (+118.2%), 118.2% a year; MC/INF/302, para. 16
	// 2007 to 2009 (2 years): +90328 (+209.1%), 75.8% a year; MC/INF/302, para. 16
}

// A change between two qualified figures is itself an interval: from
// 195 million (2005) to "an estimated 214 million" (2010).
func ExampleCompare() {
	d := indicators.Review()
	from, _ := d.Record("international-migrants-2005")
	to, _ := d.Record("international-migrants-2010")
	for _, p := range []indicators.Params{indicators.ReviewParams(), lastDigit()} {
		c, err := indicators.Compare(from, to, p)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s: %s, %s%% a year\n", p.EstimateRule, c.AbsoluteRange, c.GrowthRange)
	}
	// Output:
	// relative: [-2400000, 40400000], [-0.3, 3.9]% a year
	// last-digit: [18500000, 19500000], [1.8, 2]% a year
}

func lastDigit() indicators.Params {
	p := indicators.ReviewParams()
	p.EstimateRule = indicators.LastDigit
	return p
}

// The checks that hold the Review to itself, under the default reading of
// estimates (±10%) and with every estimate read as exact: then the average
// of para. 66 (around 26,000 returns a year for three years) no longer
// gives the total (approximately 80,000).
func ExampleReviewChecks() {
	d := indicators.Review()
	exact := indicators.ReviewParams()
	exact.EstimateTolerance = decimal.Zero
	for _, p := range []indicators.Params{indicators.ReviewParams(), exact} {
		results, err := indicators.EvaluateAll(indicators.ReviewChecks(), d, p)
		if err != nil {
			panic(err)
		}
		count := map[indicators.Verdict]int{}
		for _, r := range results {
			count[r.Verdict]++
			if r.Verdict == indicators.Fails {
				fmt.Printf("  %s (%s): %s\n", r.Check.ID, r.Check.Citations[0], r.Numbers)
			}
		}
		fmt.Printf("estimates ±%s: %d hold, %d plausible, %d fail\n", p.EstimateTolerance, count[indicators.Holds], count[indicators.Plausible], count[indicators.Fails])
	}
	// Output:
	// estimates ±0.1: 20 hold, 6 plausible, 0 fail
	//   avrr-average-and-total (MC/INF/302, para. 66): 3 × avrr-returns-per-year "around 26,000" 26000 = 78000 within avrr-returns "approximately 80,000" 80000
	// estimates ±0: 23 hold, 2 plausible, 1 fail
}

// One check: the parts of para. 59 add up to its whole.
func ExampleCheck_Evaluate() {
	c, err := indicators.ReviewCheck("emergency-projects-add-up")
	if err != nil {
		panic(err)
	}
	r, err := c.Evaluate(indicators.Review(), indicators.ReviewParams())
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Verdict, "-", r.Numbers)
	fmt.Println(c.Citations[0])
	// Output:
	// holds - emergency-response-projects 203 + post-crisis-projects 314 = 517 within emergency-and-post-crisis-projects 517
	// MC/INF/302, para. 59
}

// A caller's own figures: a later year added to a series of the Review,
// with the same arithmetic.
func ExampleNewSeries() {
	d := indicators.Review()
	r2009, _ := d.Record("staff-2009")
	r2011 := indicators.Record{
		ID: "staff-2011", Series: "staff", Description: "IOM staff", Unit: "staff",
		Period: indicators.MustParsePeriod("2011"), Value: decimal.NewFromInt(8400),
		Qualifier: indicators.Estimate, Words: "about",
		Citation: iomstrategy.Doc(iomstrategy.Review), Figure: "about 8,400", Quote: "about 8,400 staff in 2011",
	}
	s, err := indicators.NewSeries("staff", []indicators.Record{r2011, r2009})
	if err != nil {
		panic(err)
	}
	g, err := s.Growth(indicators.ReviewParams())
	if err != nil {
		panic(err)
	}
	fmt.Println(g.Years, "years:", g.Absolute, g.Percent.String()+"%", g.AnnualGrowth.String()+"% a year")
	fmt.Println("as qualified:", g.PercentRange, g.GrowthRange)
	// Output:
	// 2 years: 1142 15.7% 7.6% a year
	// as qualified: [4.1, 27.4] [2, 12.9]
}

// Parse reads a dataset file in the format of data/review.csv.
func ExampleParse() {
	data := "id,series,description,unit,period,value,to,qualifier,points,citation,figure,quote,note\n" +
		`idm-workshops-2011,,IDM intersessional workshops,workshops,2011,2,,,7,"MC/INF/302, para. 48",two,two workshops,` + "\n"
	d, err := indicators.Parse([]byte(data))
	if err != nil {
		panic(err)
	}
	r, _ := d.Record("idm-workshops-2011")
	fmt.Println(r.ID, r.Value, r.Unit, r.Period, r.Points, r.Citation)
	// Output:
	// idm-workshops-2011 2 workshops 2011 [Point 7] MC/INF/302, para. 48
}

// Growth over a span is an n-th root, computed exactly and rounded once.
func ExampleAnnualGrowth() {
	g, err := indicators.AnnualGrowth(decimal.NewFromInt(6457), decimal.NewFromInt(7258), 2, 2, iomstrategy.HalfEven)
	fmt.Println(g, err)
	// Output:
	// 6.02 <nil>
}
