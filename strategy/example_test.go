package strategy_test

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/policycode/iomstrategy/strategy"
)

// A point's official text, the library's title, the Review's paragraphs on
// it and the ties the Review makes from its section.
func ExamplePoint() {
	p := strategy.MustParsePoint("P4")
	fmt.Println(p, "-", p.Title())
	fmt.Println(p.Text())
	fmt.Println(p.Source())
	fmt.Println(p.ReviewParagraphs())
	for _, t := range p.Ties() {
		if t.From == p { // stated in p's own section
			fmt.Printf("see point %d (%s)\n", t.To, t.Citation)
		}
	}
	// Output:
	// Point 4 - Migration and development
	// To contribute to the economic and social development of States through research, dialogue, design and implementation of migration-related programmes aimed at maximizing migration's benefits.
	// Resolution 1150 (XCIII), Annex, Part I, point 4
	// MC/INF/302, paras 32-37
	// see point 7 (MC/INF/302, para. 33)
	// see point 8 (MC/INF/302, para. 34)
}

// ParsePoint reads the forms people write and refuses anything else with
// an error naming the input.
func ExampleParsePoint() {
	for _, s := range []string{"7", "Point 7", "p12", "13", "seven"} {
		p, err := strategy.ParsePoint(s)
		if err != nil {
			fmt.Println(errors.Is(err, strategy.ErrInvalidPoint), err)
			continue
		}
		fmt.Println(p)
	}
	// Output:
	// Point 7
	// Point 7
	// Point 12
	// true invalid strategy point "13": the Strategy has points 1 to 12
	// true invalid strategy point "seven": want a number 1-12, such as "7", "Point 7" or "P7"
}

// Point 9 crosses a page break in the source and has a footnote, which is
// part of the point; Text leaves out the footnote marker.
func ExamplePoint_Footnote() {
	p := strategy.Point(9)
	fmt.Println(p.Text())
	fmt.Println(p.Footnote().Citation)
	fmt.Println(p.Footnote().Quote)
	// Output:
	// To participate in coordinated humanitarian responses in the context of inter-agency arrangements in this field and to provide migration services in other emergency or post-crisis situations as appropriate and as relates to the needs of individuals, thereby contributing to their protection.
	// Resolution 1150 (XCIII), Annex, Part I, footnote 1
	// Although IOM has no legal protection mandate, the fact remains that its activities contribute to protecting human rights, having the effect, or consequence, of protecting persons involved in migration.
}

// Ties are stored as the Review states them, From the point whose section
// states the tie; a point's Ties hold both directions. Point 1's section
// states none: its ties all come from other sections.
func ExamplePoint_Ties() {
	p := strategy.Point(1)
	var others []strategy.Point
	for _, t := range p.Ties() {
		fmt.Printf("point %d -> point %d: %s (%s)\n", t.From, t.To, t.Says, t.Citation)
		if !slices.Contains(others, t.From) {
			others = append(others, t.From)
		}
	}
	fmt.Println(others)
	// Output:
	// point 2 -> point 1: the humane and orderly management of migration is described under other points, including point 1 (MC/INF/302, para. 22)
	// point 2 -> point 1: pre-departure training that promotes migrants' rights is also observed under point 1 (MC/INF/302, para. 24)
	// point 12 -> point 1: recruitment schemes include several activities mentioned under point 1 (MC/INF/302, para. 76)
	// [Point 2 Point 12]
}

func ExamplePrimaryGoal() {
	g := strategy.PrimaryGoal()
	fmt.Println(g.Quote)
	fmt.Println(g.Citation)
	fmt.Println(strategy.MemberStateCondition().Quote)
	// Output:
	// The primary goal of IOM is to facilitate the orderly and humane management of international migration.
	// Resolution 1150 (XCIII), Annex, Part I, opening paragraph
	// acting at the request of or in agreement with Member States
}

func ExampleUnnamedAreas() {
	for _, a := range strategy.UnnamedAreas() {
		fmt.Println(a.Name, a.Emerging, a.Citations)
	}
	// Output:
	// resettlement false [MC/INF/302, para. 3 MC/INF/302, para. 83]
	// migration health false [MC/INF/302, para. 3 MC/INF/302, para. 83]
	// gender false [MC/INF/302, para. 83]
	// reparations false [MC/INF/302, para. 83]
	// climate change true [MC/INF/302, para. 83 MC/INF/302, para. 7]
}

func ExampleCrossCuttingThemes() {
	for _, th := range strategy.CrossCuttingThemes() {
		fmt.Println(th.Name, "-", th.Citations[0])
	}
	// Output:
	// migration health - MC/INF/302, para. 13
	// gender - MC/INF/302, para. 13
	// human rights of migrants - MC/INF/302, para. 13
}

// The review is due three years after adoption, computed from the adoption
// date.
func ExampleReviewDueDate() {
	a := strategy.ResolutionAdoption()
	fmt.Println("Resolution", a.Resolution, "adopted at meeting", a.Meeting, "on", a.Date.Format(time.DateOnly))
	fmt.Println("review due", strategy.ReviewDueDate().Format(time.DateOnly))
	// Output:
	// Resolution 1150 (XCIII) adopted at meeting 481 on 2007-06-07
	// review due 2010-06-07
}

// MC/INF/302 is dated 12 October 2010.
func ExampleCheckReviewTiming() {
	t, err := strategy.CheckReviewTiming(time.Date(2010, time.October, 12, 0, 0, 0, 0, time.UTC))
	if err != nil {
		panic(err)
	}
	fmt.Println(t.OnTime, t.DaysAfterDue, t.Citations[0])
	// Output:
	// false 127 Resolution 1150 (XCIII), para. 5
}

func ExampleOperativeParagraphs() {
	for _, op := range strategy.OperativeParagraphs()[4:] {
		fmt.Println(op.Citation)
		fmt.Println(op.Quote)
	}
	for _, c := range strategy.ImplementationConditions() {
		fmt.Printf("%s: %s\n", c.Kind, c.Quote)
	}
	// Output:
	// Resolution 1150 (XCIII), para. 5
	// To review the strategy in three years.
	// legal framework: within the legal framework provided by the Constitution and resolutions of IOM Governing Bodies
	// due regard: the flexibility and project-oriented nature of IOM
	// due regard: the need for a balanced view of priorities
	// due regard: the financial resources made available
}

// The bodies on a date in each era, each cited to what governed then:
// before the Strategy, its role is not modelled and a source shows the body
// existed then; from 7 June 2007, Part II (the SCPF by its paras
// 1, 3 and 4).
func ExampleGovernanceDates_BodiesOn() {
	g := strategy.Resolution1150Dates()
	for _, d := range []string{"2005-11-01", "2010-10-12", "2014-07-01"} {
		date, _ := time.Parse(time.DateOnly, d)
		era, _ := g.EraOn(date)
		bodies, err := g.BodiesOn(date)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s (%s):\n", d, era)
		for _, b := range bodies {
			fmt.Printf("  %s %v\n", b.Name, b.Citations)
		}
	}
	date, _ := time.Parse(time.DateOnly, "2005-11-01")
	bodies, _ := g.BodiesOn(date)
	fmt.Println(bodies[0].Role)
	// Output:
	// 2005-11-01 (before the Strategy):
	//   Council [Resolution 997 (LXXVI)]
	//   Executive Committee [Resolution 997 (LXXVI)]
	//   Subcommittee on Budget and Finance [MC/INF/302, para. 10]
	//   informal consultations [MC/INF/302, para. 48]
	// 2010-10-12 (streamlined governance):
	//   Council [Resolution 1150 (XCIII), Annex, Part II, opening paragraph]
	//   Executive Committee [Resolution 1150 (XCIII), Annex, Part II, opening paragraph Resolution 997 (LXXVI)]
	//   Standing Committee on Programmes and Finance [Resolution 1150 (XCIII), Annex, Part II, para. 1 Resolution 1150 (XCIII), Annex, Part II, para. 3 Resolution 1150 (XCIII), Annex, Part II, para. 4]
	//   informal consultations [Resolution 1150 (XCIII), Annex, Part II, opening paragraph]
	// 2014-07-01 (after the 1998 amendments):
	//   Council [Resolution 1150 (XCIII), Annex, Part II, opening paragraph]
	//   Standing Committee on Programmes and Finance [Resolution 1150 (XCIII), Annex, Part II, para. 1 Resolution 1150 (XCIII), Annex, Part II, para. 3 Resolution 1150 (XCIII), Annex, Part II, para. 4]
	//   informal consultations [Resolution 1150 (XCIII), Annex, Part II, opening paragraph]
	// not modelled: no source the library holds states the body's role before the Strategy (Resolution 1150 (XCIII) of 7 June 2007)
}

// The dates are parameters: a caller who reads "set up immediately" as a
// later date says so.
func ExampleGovernanceDates() {
	g := strategy.Resolution1150Dates()
	g.SCPFEstablished = time.Date(2007, time.November, 30, 0, 0, 0, 0, time.UTC)
	g.SubcommitteeAbolished = g.SCPFEstablished
	ok, err := g.Exists(strategy.SCPF, time.Date(2007, time.September, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(ok, err)
	g.AmendmentsInForce = time.Date(2001, time.January, 1, 0, 0, 0, 0, time.UTC)
	_, err = g.BodiesOn(time.Date(2010, time.January, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(errors.Is(err, strategy.ErrInvalidCalendar), err)
	// Output:
	// false <nil>
	// true invalid governance dates: GovernanceDates.AmendmentsInForce 2001-01-01
}

func ExampleGovernanceDates_FormalDecision() {
	date := time.Date(2010, time.October, 12, 0, 0, 0, 0, time.UTC)
	for _, b := range []strategy.Body{strategy.Council, strategy.InformalConsultations, strategy.SCPF} {
		r, err := strategy.Resolution1150Dates().FormalDecision(b, date)
		if err != nil {
			panic(err)
		}
		fmt.Println(b, r.Allowed, r.NeedsReview())
	}
	// Output:
	// Council true false
	// informal consultations false false
	// Standing Committee on Programmes and Finance true true
}

func ExampleGovernanceDates_EnlargementAllowed() {
	for _, d := range []string{"2006-01-01", "2010-10-12", "2013-11-21"} {
		date, _ := time.Parse(time.DateOnly, d)
		r, err := strategy.Resolution1150Dates().EnlargementAllowed(date)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s %v: %s\n", d, r.Allowed, r.Reason)
	}
	// Output:
	// 2006-01-01 true: Resolution 1150 (XCIII) is not yet adopted: the bar of Part II does not apply
	// 2010-10-12 false: the Executive Committee should not be reinforced or enlarged pending its ultimate disappearance once the 1998 Amendments to the Constitution enter into force
	// 2013-11-21 false: the Executive Committee no longer exists: the 1998 amendments to the Constitution, which abolish it, are in force
}

// The terms of reference are Statements: each citation's Sub numbers its
// letter, 1 for (a).
func ExampleSCPFMandate() {
	m := strategy.SCPFMandate()
	for _, t := range m.Terms[:2] {
		fmt.Printf("(%c) %s [%s]\n", 'a'+rune(t.Citation.Sub-1), t.Quote, t.Citation)
	}
	fmt.Println(m.NormalMeetingsPerYear, m.OpenToAllMemberStates, m.RulesNeedCouncilApproval, m.Negates)
	// Output:
	// (a) to examine and review the policies, programmes and activities of the Organization, the annual reports of the Director General and any special reports; [Resolution 1150 (XCIII), Annex, Part II, para. 3(a)]
	// (b) to examine and review any administrative, financial and budgetary questions; [Resolution 1150 (XCIII), Annex, Part II, para. 3(b)]
	// 2 true true Resolution No. 998
}

// Two-thirds of 122 Member States is 81.33: 82 acceptances are needed,
// under Article 30 of the Constitution as it stood (Article 25 after the
// 1998 amendments).
func ExampleCheckAcceptance() {
	for _, k := range []int{81, 82} {
		a, err := strategy.CheckAcceptance(122, k)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%d of %d: in force %v, required %d, missing %d\n", a.Acceptances, a.Members, a.InForce, a.Required, a.Missing)
	}
	_, err := strategy.CheckAcceptance(122, 123)
	var ce *strategy.CountError
	fmt.Println(errors.As(err, &ce), ce.Field, ce.Value)
	a, _ := strategy.CheckAcceptance(122, 82)
	fmt.Println(a.Citations[0])
	// Output:
	// 81 of 122: in force false, required 82, missing 1
	// 82 of 122: in force true, required 82, missing 0
	// true acceptances 123
	// IOM Constitution before the 1998 amendments, Article 30
}

func ExampleParseBody() {
	for _, s := range []string{"SCPF", "Sub-Committee on Budget and Finance", "Senate"} {
		b, err := strategy.ParseBody(s)
		fmt.Println(b, err)
	}
	// Output:
	// Standing Committee on Programmes and Finance <nil>
	// Subcommittee on Budget and Finance <nil>
	// Body(0) unknown governing body "Senate": want council, executive-committee, scpf, subcommittee-on-budget-and-finance or informal-consultations
}
