package facility1035_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
)

// exampleRegistry is a registry of fictional Member States.
func exampleRegistry() facility1035.Registry {
	return facility1035.Registry{
		{Name: "Arcadia", Membership: facility1035.Member, Economy: facility1035.Developing},
		{Name: "Borduria", Membership: facility1035.Member, Economy: facility1035.InTransition,
			Arrears:     iomstrategy.MustParseUSD("12500.00"),
			DueTwoYears: iomstrategy.MustParseUSD("180000.00"), DueTwoYearsKnown: true},
		{Name: "Drakonia", Membership: facility1035.Member, Economy: facility1035.Developing,
			Arrears:     iomstrategy.MustParseUSD("260000.00"),
			DueTwoYears: iomstrategy.MustParseUSD("240000.00"), DueTwoYearsKnown: true},
	}
}

// Screen judges one application and explains the verdict with cited
// reasons. A reason that rests on a reading of a silent text names it, and
// the screening lists the readings it used: here Borduria's economy in
// transition (transition-economies), a request over the regional ceiling,
// fundable up to it (over-ceiling), and the arrears that make access
// conditional (arrears-conditional).
func ExampleScreen() {
	reg := exampleRegistry()
	p := facility1035.Resolution1150()
	app := facility1035.Application{
		ID:        "APP-03",
		Line:      facility1035.Line2,
		Scope:     facility1035.Regional,
		Amount:    iomstrategy.MustParseUSD("320000.00"),
		Countries: []string{"Arcadia", "Borduria"},
	}
	s, err := facility1035.Screen(app, reg, p)
	if err != nil {
		panic(err)
	}
	fmt.Println(s.ID, s.Verdict, "fundable", s.Fundable)
	for _, r := range s.Reasons {
		fmt.Printf("- %s %s (%s) %v\n", r.Verdict, r.Rule, r.Citation, r.Interpretations)
		for _, f := range r.Figures {
			fmt.Println("   ", f)
		}
	}
	var readings []string
	for _, i := range s.Interpretations() {
		readings = append(readings, i.ID)
	}
	fmt.Println("readings:", strings.Join(readings, ", "))
	fmt.Println("rules applied:", s.Applied)
	// Output:
	// APP-03 conditional fundable USD 300,000.00
	// - eligible facility.economy (Resolution 1150 (XCIII), Annex, Part III, opening paragraph) [transition-economies]
	// - conditional line2.ceiling (Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 3) [over-ceiling]
	//     amount requested: USD 320,000.00
	//     Line 2 regional ceiling: USD 300,000.00
	//     fundable: USD 300,000.00
	// - conditional line2.arrears (Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 1) [arrears-conditional article4-before-2013]
	//     arrears: USD 12,500.00
	//     contributions due for the preceding two years: USD 180,000.00
	// readings: transition-economies, article4-before-2013, arrears-conditional, over-ceiling
	// rules applied: [facility.member-state facility.economy application.scope application.amount line2.ceiling line2.article4 line2.arrears facility.follow-up]
}

// Criteria 2 and 3 set a "Ceiling for funding". The built-in reading funds
// a request above it up to the ceiling (conditional); the option
// over_ceiling refuses it.
func ExampleScreen_overCeiling() {
	app := facility1035.Application{ID: "APP-04", Line: facility1035.Line2, Scope: facility1035.National,
		Amount: iomstrategy.MustParseUSD("200000.01"), Countries: []string{"Arcadia"}}
	refusing := facility1035.Resolution1150()
	refusing.OverCeiling.Value = facility1035.Ineligible
	for _, p := range []facility1035.Params{facility1035.Resolution1150(), refusing} {
		s, err := facility1035.Screen(app, exampleRegistry(), p)
		if err != nil {
			panic(err)
		}
		fmt.Println(s.Verdict, s.Fundable)
		fmt.Println(s.Reasons[0])
	}
	// Output:
	// conditional USD 200,000.00
	// conditional: line2.ceiling (Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2): USD 200,000.01 requested exceeds the Line 2 national ceiling of USD 200,000.00 for a national project: a ceiling for funding, so fundable up to it, USD 200,000.00 [reading: over-ceiling]
	// ineligible USD 0.00
	// ineligible: line2.ceiling (Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2): USD 200,000.01 requested exceeds the Line 2 national ceiling of USD 200,000.00 for a national project: this parameter set reads the ceiling as a bar on the request, ineligible [reading: over-ceiling]
}

// A Member State subject to Article 4 of the IOM Constitution makes a Line 2
// application ineligible; the reason names the reading of "the preceding
// two years" that the registry's figures stand for. The application is
// dated after 21 November 2013, when Article 4 as amended came into force,
// so the test rests on no other reading.
func ExampleScreen_article4() {
	p := facility1035.Resolution1150()
	p.Article4Lookback.Value = facility1035.TwoFullYears
	app := facility1035.Application{ID: "APP-05", Line: facility1035.Line2, Scope: facility1035.National,
		Amount: iomstrategy.MustParseUSD("90000"), Countries: []string{"Drakonia"},
		Date: time.Date(2015, time.June, 30, 0, 0, 0, 0, time.UTC)}
	s, err := facility1035.Screen(app, exampleRegistry(), p)
	if err != nil {
		panic(err)
	}
	fmt.Println(s.Verdict, len(s.Reasons[0].Interpretations))
	fmt.Println(s.Reasons[0].Message)
	// Output:
	// ineligible 0
	// Drakonia is subject to Article 4 of the IOM Constitution: its arrears of USD 260,000.00 equal or exceed the contributions due for the preceding two years (read as "two full years": parameter article4_lookback two-full-years), USD 240,000.00, and the Council has not maintained its vote; Member States subject to Article 4 are not eligible for Line 2 funding
}

// Before 21 November 2013, or with no date, the amended Article 4 is
// applied as a reading (article4-before-2013): ineligible under the
// built-in set, needs review under the option.
func ExampleScreen_article4Before2013() {
	app := facility1035.Application{ID: "APP-06", Line: facility1035.Line2, Scope: facility1035.National,
		Amount: iomstrategy.MustParseUSD("90000"), Countries: []string{"Drakonia"},
		Date: time.Date(2009, time.March, 2, 0, 0, 0, 0, time.UTC)}
	review := facility1035.Resolution1150()
	review.Article4Before2013.Value = facility1035.NeedsReview
	for _, p := range []facility1035.Params{facility1035.Resolution1150(), review} {
		s, err := facility1035.Screen(app, exampleRegistry(), p)
		if err != nil {
			panic(err)
		}
		fmt.Println(s.Verdict, s.Fundable, s.Reasons[0].Interpretations)
	}
	// Output:
	// ineligible USD 0.00 [article4-before-2013]
	// needs-review USD 90,000.00 [article4-before-2013]
}

// A follow-up to a Line 2 project is a case the text does not settle: the
// verdict says so rather than inventing a rule.
func ExampleScreen_followUp() {
	app := facility1035.Application{ID: "APP-10", Line: facility1035.Line2, Scope: facility1035.National,
		Amount: iomstrategy.MustParseUSD("60000"), Countries: []string{"Arcadia"},
		FollowUpOf: "P-2009-03", FollowUpLine: facility1035.Line2}
	s, err := facility1035.Screen(app, exampleRegistry(), facility1035.Resolution1150())
	if err != nil {
		panic(err)
	}
	fmt.Println(s.Verdict, s.Reasons[0].Rule, s.Reasons[0].Citation)
	// Output:
	// needs-review facility.follow-up Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 4
}

// ScreenAll screens a batch; an input error stops it, names the
// application and its place in the batch (from 1), and returns no partial
// result.
func ExampleScreenAll() {
	apps := []facility1035.Application{
		{ID: "A", Line: facility1035.Line2, Scope: facility1035.National, Amount: iomstrategy.MustParseUSD("1000"), Countries: []string{"Arcadia"}},
		{ID: "B", Line: facility1035.Line1, Scope: facility1035.National, Amount: iomstrategy.MustParseUSD("1000"), Countries: []string{"Drakonia"}},
		{ID: "C", Line: facility1035.Line2, Scope: facility1035.National, Amount: iomstrategy.MustParseUSD("1000"), Countries: []string{"Utopia"}},
	}
	reg, p := exampleRegistry(), facility1035.Resolution1150()
	ss, err := facility1035.ScreenAll(apps[:2], reg, p)
	if err != nil {
		panic(err)
	}
	for _, s := range ss {
		fmt.Println(s.ID, s.Line, s.Verdict)
	}
	ss, err = facility1035.ScreenAll(apps, reg, p)
	var ie *facility1035.InputError
	if errors.As(err, &ie) {
		fmt.Println(len(ss), ie.Position, ie.Field, errors.Is(err, facility1035.ErrUnknownCountry))
	}
	fmt.Println(err)
	// Output:
	// A Line 2 eligible
	// B Line 1 eligible
	// 0 3 countries true
	// item 3: application "C": countries "Utopia": country not in the registry
}
