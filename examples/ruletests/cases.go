package main

import (
	"time"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
	"github.com/policycode/iomstrategy/strategy"
	"github.com/shopspring/decimal"
)

// A Case is one rule of your own that the library must bear out: what is
// checked, the rule and where it is written, how to ask the library, and
// the answer worked out by hand, without the library.
type Case struct {
	// Name says what is checked; it names the subtest.
	Name string
	// Rule is the rule's code where the library has one
	// ("line2.ceiling", "cap-line2"), else a name of your own.
	Rule string
	// Citation is where the rule is written. The test verifies that the
	// place exists in the source the library embeds.
	Citation iomstrategy.Citation
	// Got asks the library.
	Got func() (any, error)
	// Want is the answer worked out by hand: a value of the type Got
	// returns. It is ignored when WantErr or WantErrAs is set.
	Want any
	// WantErr, when set, is the error Got must return, matched with
	// errors.Is: a sentinel such as facility1035.ErrExceedsRemaining.
	WantErr error
	// WantErrAs, when set, is a pointer to a variable of the error type
	// Got must return, matched with errors.As: new(*facility1035.NoRulesError)
	// for an error that has a type and no sentinel.
	WantErrAs any
}

// lines is what a budget officer checks of a year's allocation. The
// amounts are iomstrategy.USD: go-cmp compares them with their Equal
// method, so USD 650,000 and USD 650,000.00 are the same amount.
type lines struct {
	Line1, Line2, Total, TotalAvailable iomstrategy.USD
	Capped                              bool
	CapReduction                        iomstrategy.USD
}

// allocate asks facility1035.Allocate and keeps what lines holds; rec
// gathers the allocation for the provision coverage.
func allocate(rec *facility1035.Results, in facility1035.Income, p facility1035.Params) func() (any, error) {
	return func() (any, error) {
		a, err := facility1035.Allocate(in, p)
		if err != nil {
			return nil, err
		}
		rec.Allocations = append(rec.Allocations, a)
		return lines{Line1: a.Line1, Line2: a.Line2, Total: a.Total, TotalAvailable: a.TotalAvailable,
			Capped: a.Capped, CapReduction: a.CapReduction}, nil
	}
}

// finding is what a case checks of a screening: the verdict and the rules
// that decided it (none for a clean eligible verdict).
type finding struct {
	Verdict facility1035.Verdict
	Rules   []facility1035.ScreeningRule
}

// screen asks facility1035.Screen, under the built-in rules, against the
// registry of the cases; rec gathers the screening for the provision
// coverage.
func screen(rec *facility1035.Results, app facility1035.Application) func() (any, error) {
	return func() (any, error) {
		s, err := facility1035.Screen(app, caseRegistry(), facility1035.Resolution1150())
		if err != nil {
			return nil, err
		}
		rec.Screenings = append(rec.Screenings, s)
		f := finding{Verdict: s.Verdict}
		for _, r := range s.Decisive() {
			f.Rules = append(f.Rules, r.Rule)
		}
		return f, nil
	}
}

// caseRegistry is the fictional Member States the screening cases use.
func caseRegistry() facility1035.Registry {
	usd := iomstrategy.MustParseUSD
	return facility1035.Registry{
		{Name: "Arcadia", Membership: facility1035.Member, Economy: facility1035.Developing},
		{Name: "Borduria", Membership: facility1035.Member, Economy: facility1035.InTransition},
		{Name: "Carpania", Membership: facility1035.Member, Economy: facility1035.Developing,
			Arrears: usd("12,500.00"), DueTwoYears: usd("180,000.00"), DueTwoYearsKnown: true},
		{Name: "Drakonia", Membership: facility1035.Member, Economy: facility1035.Developing,
			Arrears: usd("260,000.00"), DueTwoYears: usd("240,000.00"), DueTwoYearsKnown: true},
		{Name: "Freedonia", Membership: facility1035.Observer, Economy: facility1035.Developing},
	}
}

// application builds a Line 2 application unless line says otherwise.
func application(id string, line facility1035.Line, scope facility1035.Scope, amount string, countries ...string) facility1035.Application {
	return facility1035.Application{ID: id, Line: line, Scope: scope, Amount: iomstrategy.MustParseUSD(amount), Countries: countries}
}

// acceptance is what a case checks of strategy.CheckAcceptance.
type acceptance struct {
	Required, Missing int
	InForce           bool
}

// date is a calendar date, for the governance cases.
func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// ruleCases returns the table. Every Want is worked out by hand in the
// comment above it; none is computed by the library. The results the cases
// get from facility1035 are gathered in rec, for Results.Coverage: which
// provisions of Part III the cases exercise, and which they never reach.
func ruleCases(rec *facility1035.Results) []Case {
	usd := iomstrategy.MustParseUSD
	builtIn := facility1035.Resolution1150

	// Illustrative income figures, not IOM's accounts.
	y2008 := facility1035.Income{Year: 2008, Discretionary: usd("23,400,000.00"), Security: usd("600,000.00"),
		Unearmarked: usd("2,100,000.00"), Interest: usd("900,000.00")}
	y2009 := facility1035.Income{Year: 2009, Discretionary: usd("24,100,000.00"), Security: usd("800,000.00"),
		Unearmarked: usd("1,900,000.00"), Interest: usd("150,000.00"), Direct: usd("100,000.00")}
	y2011 := facility1035.Income{Year: 2011, Discretionary: usd("20,900,000.00"), Security: usd("700,000.00"),
		Unearmarked: usd("1,200,000.00"), Interest: usd("50,000.00")}
	withDirect := facility1035.Income{Year: 2010, Discretionary: usd("28,000,000.00"), Security: usd("700,000.00"),
		Unearmarked: usd("2,500,000.00"), Interest: usd("300,000.00"), Direct: usd("50,000.00")}
	// An excess of two cents: 25% of it is half a cent.
	halfCent := facility1035.Income{Year: 2010, Discretionary: usd("20,500,000.02"), Unearmarked: usd("3,000,000.00")}

	// What-ifs: a changed copy of the built-in set.
	halfEven := builtIn()
	halfEven.Name, halfEven.Rounding.Value, halfEven.CallerSupplied = "what-if: half-even", iomstrategy.HalfEven, true
	line1First := builtIn()
	line1First.Name, line1First.CapOrder.Value, line1First.CallerSupplied = "what-if: cap cuts Line 1 first", facility1035.CapLine1First, true

	const l1, l2 = facility1035.Line1, facility1035.Line2
	const national, regional = facility1035.National, facility1035.Regional

	followsLine1 := application("follows-line1", l2, national, "60,000.00", "Arcadia")
	followsLine1.FollowUpOf, followsLine1.FollowUpLine = "P-2006-17", l1
	followsLine2 := application("follows-line2", l2, national, "60,000.00", "Arcadia")
	followsLine2.FollowUpOf, followsLine2.FollowUpLine = "P-2009-03", l2

	return []Case{
		// The funding formula (Part III, bullets 1, 2, 4 and 5).
		{
			// 23,400,000 - 600,000 = 22,800,000; excess over 20,500,000:
			// 2,300,000; 25% = 575,000. Line 1 1,400,000 + 575,000 =
			// 1,975,000, below miscellaneous income 2,100,000 + 900,000.
			Name: "2008: Line 2 is 25% of the excess, the cap does not bind", Rule: string(facility1035.StepLine2Formula),
			Citation: iomstrategy.PartIIIBullet(1), Got: allocate(rec, y2008, builtIn()),
			Want: lines{Line1: usd("1,400,000.00"), Line2: usd("575,000.00"), Total: usd("1,975,000.00"),
				TotalAvailable: usd("1,975,000.00")},
		},
		{
			// 23,300,000 - 20,500,000 = 2,800,000; 25% = 700,000.
			// 1,400,000 + 700,000 = 2,100,000 > 1,900,000 + 150,000 =
			// 2,050,000: the cap cuts 50,000 from Line 2.
			Name: "2009: the cap cuts Line 2 first", Rule: string(facility1035.StepCapLine2),
			Citation: iomstrategy.PartIIIBullet(2), Got: allocate(rec, y2009, builtIn()),
			Want: lines{Line1: usd("1,400,000.00"), Line2: usd("650,000.00"), Total: usd("2,050,000.00"),
				TotalAvailable: usd("2,150,000.00"), Capped: true, CapReduction: usd("50,000.00")},
		},
		{
			// 27,300,000 - 20,500,000 = 6,800,000; 25% = 1,700,000.
			// 1,400,000 + 1,700,000 = 3,100,000 > 2,800,000: Line 2 is
			// cut to 1,400,000. The 50,000 of direct contributions come
			// on top, outside the cap: 2,850,000 available.
			Name: "direct contributions are outside the cap", Rule: string(facility1035.StepTotalAvailable),
			Citation: iomstrategy.PartIIIBullet(4), Got: allocate(rec, withDirect, builtIn()),
			Want: lines{Line1: usd("1,400,000.00"), Line2: usd("1,400,000.00"), Total: usd("2,800,000.00"),
				TotalAvailable: usd("2,850,000.00"), Capped: true, CapReduction: usd("300,000.00")},
		},
		{
			// Cut Line 1 first: 2,050,000 - 700,000 = 1,350,000.
			Name: "what-if: the cap cuts Line 1 first", Rule: string(facility1035.StepCapLine1),
			Citation: iomstrategy.PartIIIBullet(2), Got: allocate(rec, y2009, line1First),
			Want: lines{Line1: usd("1,350,000.00"), Line2: usd("700,000.00"), Total: usd("2,050,000.00"),
				TotalAvailable: usd("2,150,000.00"), Capped: true, CapReduction: usd("50,000.00")},
		},
		{
			// 20,200,000 is below the baseline: no Line 2. Miscellaneous
			// income 1,250,000 is below Line 1: Line 1 is cut to it.
			Name: "2011: miscellaneous income below Line 1 cuts Line 1", Rule: string(facility1035.StepCapLine1),
			Citation: iomstrategy.PartIIIBullet(2), Got: allocate(rec, y2011, builtIn()),
			Want: lines{Line1: usd("1,250,000.00"), Line2: usd("0.00"), Total: usd("1,250,000.00"),
				TotalAvailable: usd("1,250,000.00"), Capped: true, CapReduction: usd("150,000.00")},
		},
		{
			// 25% of 0.02 is 0.005: 0.01 half away from zero.
			Name: "half a cent rounds away from zero", Rule: string(facility1035.StepLine2Formula),
			Citation: iomstrategy.PartIIIBullet(1), Got: allocate(rec, halfCent, builtIn()),
			Want: lines{Line1: usd("1,400,000.00"), Line2: usd("0.01"), Total: usd("1,400,000.01"),
				TotalAvailable: usd("1,400,000.01")},
		},
		{
			// 0.005 half to even: 0.00.
			Name: "what-if: half a cent rounds to even", Rule: string(facility1035.StepLine2Formula),
			Citation: iomstrategy.PartIIIBullet(1), Got: allocate(rec, halfCent, halfEven),
			Want: lines{Line1: usd("1,400,000.00"), Line2: usd("0.00"), Total: usd("1,400,000.00"),
				TotalAvailable: usd("1,400,000.00")},
		},
		{
			Name: "2007 is before the expanded Facility", Rule: "first-year",
			Citation: iomstrategy.PartIIIBullet(1), WantErrAs: new(*facility1035.NoRulesError),
			Got: allocate(rec, facility1035.Income{Year: 2007}, builtIn()),
		},
		{
			Name: "2019 has no rules: Resolution No. 18 governs it", Rule: "rules-in-force",
			Citation: iomstrategy.Doc(iomstrategy.Resolution18), WantErrAs: new(*facility1035.NoRulesError),
			Got: allocate(rec, facility1035.Income{Year: 2019}, builtIn()),
		},
		{
			Name: "security above discretionary income is refused", Rule: string(facility1035.StepDiscretionaryExcludingSecurity),
			Citation: iomstrategy.PartIIIBullet(1), WantErr: facility1035.ErrSecurityAboveDiscretionary,
			Got: allocate(rec, facility1035.Income{Year: 2010, Discretionary: usd("1.00"), Security: usd("2.00")}, builtIn()),
		},

		// The values of the built-in parameter set, each with the provision
		// the library cites for it: cmp.Diff compares the whole
		// iomstrategy.Cited value.
		{
			Name: "the share is 25 per cent", Rule: "share", Citation: iomstrategy.PartIIIBullet(1),
			Got:  func() (any, error) { return builtIn().Share, nil },
			Want: iomstrategy.Cited[decimal.Decimal]{Value: decimal.RequireFromString("0.25"), Citation: iomstrategy.PartIIIBullet(1)},
		},
		{
			Name: "the baseline is USD 20.5 million", Rule: "baseline", Citation: iomstrategy.PartIIIBullet(1),
			Got:  func() (any, error) { return builtIn().Baseline, nil },
			Want: iomstrategy.Cited[iomstrategy.USD]{Value: usd("20,500,000.00"), Citation: iomstrategy.PartIIIBullet(1)},
		},
		{
			Name: "Line 1 is USD 1.4 million", Rule: "line1", Citation: iomstrategy.PartIIIBullet(5),
			Got:  func() (any, error) { return builtIn().Line1, nil },
			Want: iomstrategy.Cited[iomstrategy.USD]{Value: usd("1,400,000.00"), Citation: iomstrategy.PartIIIBullet(5)},
		},
		{
			Name: "the Line 2 national ceiling is USD 200,000", Rule: "line2_national_ceiling", Citation: iomstrategy.Criterion(2),
			Got:  func() (any, error) { return builtIn().Line2NationalCeiling, nil },
			Want: iomstrategy.Cited[iomstrategy.USD]{Value: usd("200,000.00"), Citation: iomstrategy.Criterion(2)},
		},
		{
			Name: "the Line 2 regional ceiling is USD 300,000", Rule: "line2_regional_ceiling", Citation: iomstrategy.Criterion(3),
			Got:  func() (any, error) { return builtIn().Line2RegionalCeiling, nil },
			Want: iomstrategy.Cited[iomstrategy.USD]{Value: usd("300,000.00"), Citation: iomstrategy.Criterion(3)},
		},
		{
			// A zero Line1Ceiling is no ceiling.
			Name: "Line 1 has no ceiling", Rule: "line1_ceiling", Citation: iomstrategy.PartIIIBullet(5),
			Got: func() (any, error) { return builtIn().Line1Ceiling.Value.IsZero(), nil }, Want: true,
		},

		// Screening (Part III, bullet 5, criteria 1 to 4).
		{
			Name: "a national project at the ceiling is eligible", Rule: string(facility1035.RuleLine2Ceiling),
			Citation: iomstrategy.Criterion(2), Got: screen(rec, application("at-ceiling", l2, national, "200,000.00", "Arcadia")),
			Want: finding{Verdict: facility1035.Eligible},
		},
		{
			// The library's reading over-ceiling (default): a "Ceiling for
			// funding" limits what is funded, so the request is fundable up
			// to USD 200,000, a conditional verdict.
			Name: "a national project one cent above the ceiling is fundable up to it", Rule: string(facility1035.RuleLine2Ceiling),
			Citation: iomstrategy.Criterion(2), Got: screen(rec, application("above-ceiling", l2, national, "200,000.01", "Arcadia")),
			Want: finding{Verdict: facility1035.Conditional, Rules: []facility1035.ScreeningRule{facility1035.RuleLine2Ceiling}},
		},
		{
			Name: "a regional project above USD 300,000 is fundable up to it", Rule: string(facility1035.RuleLine2Ceiling),
			Citation: iomstrategy.Criterion(3), Got: screen(rec, application("regional-above", l2, regional, "300,000.01", "Arcadia", "Borduria")),
			Want: finding{Verdict: facility1035.Conditional, Rules: []facility1035.ScreeningRule{facility1035.RuleLine2Ceiling}},
		},
		{
			Name: "a regional project needs two Member States", Rule: string(facility1035.RuleScope),
			Citation: iomstrategy.Criterion(3), Got: screen(rec, application("regional-one", l2, regional, "100,000.00", "Arcadia")),
			Want: finding{Verdict: facility1035.Ineligible, Rules: []facility1035.ScreeningRule{facility1035.RuleScope}},
		},
		{
			// Drakonia: arrears 260,000 >= 240,000 due, no waiver.
			Name: "a Member State subject to Article 4 gets no Line 2", Rule: string(facility1035.RuleArticle4),
			Citation: iomstrategy.Criterion(1), Got: screen(rec, application("article4", l2, national, "90,000.00", "Drakonia")),
			Want: finding{Verdict: facility1035.Ineligible, Rules: []facility1035.ScreeningRule{facility1035.RuleArticle4}},
		},
		{
			// Carpania: arrears 12,500 < 180,000 due.
			Name: "arrears below the Article 4 threshold make Line 2 conditional", Rule: string(facility1035.RuleArrears),
			Citation: iomstrategy.Criterion(1), Got: screen(rec, application("arrears", l2, national, "120,000.00", "Carpania")),
			Want: finding{Verdict: facility1035.Conditional, Rules: []facility1035.ScreeningRule{facility1035.RuleArrears}},
		},
		{
			Name: "Line 1 is not held to the Line 2 criteria", Rule: "line2-criteria-scope",
			Citation: iomstrategy.PartIIIBullet(5), Got: screen(rec, application("line1", l1, national, "400,000.00", "Drakonia")),
			Want: finding{Verdict: facility1035.Eligible},
		},
		{
			Name: "an observer is not served by the Facility", Rule: string(facility1035.RuleMemberState),
			Citation: iomstrategy.Para(10), Got: screen(rec, application("observer", l2, national, "100,000.00", "Freedonia")),
			Want: finding{Verdict: facility1035.Ineligible, Rules: []facility1035.ScreeningRule{facility1035.RuleMemberState}},
		},
		{
			// Criterion 4 admits it: an eligible reason records it.
			Name: "a follow-up to a Line 1 project is admissible under Line 2", Rule: string(facility1035.RuleFollowUp),
			Citation: iomstrategy.Criterion(4), Got: screen(rec, followsLine1),
			Want: finding{Verdict: facility1035.Eligible, Rules: []facility1035.ScreeningRule{facility1035.RuleFollowUp}},
		},
		{
			Name: "a follow-up to a Line 2 project needs review", Rule: string(facility1035.RuleFollowUp),
			Citation: iomstrategy.Criterion(4), Got: screen(rec, followsLine2),
			Want: finding{Verdict: facility1035.NeedsReview, Rules: []facility1035.ScreeningRule{facility1035.RuleFollowUp}},
		},

		// The ledger (criterion 5).
		{
			// Line 2 has 650,000: 600,000 fits, 50,000.01 more does not,
			// and Line 1's 1,400,000 is never used for it.
			Name: "Line 2 is never covered from Line 1", Rule: "distinct-tracking",
			Citation: iomstrategy.Criterion(5), WantErr: facility1035.ErrExceedsRemaining,
			Got: func() (any, error) {
				books, err := facility1035.NewLedger(usd("1,400,000.00"), usd("650,000.00"))
				if err != nil {
					return nil, err
				}
				books, refused := books.BookAll([]facility1035.Commitment{
					{ID: "C-1", Line: l2, Amount: usd("600,000.00")},
					{ID: "C-2", Line: l2, Amount: usd("50,000.01")},
				})
				rec.Ledgers, rec.Refusals = append(rec.Ledgers, books), append(rec.Refusals, refused...)
				if len(refused) > 0 {
					return books, refused[0].Err
				}
				return books, nil
			},
		},

		// Part I: the 12 points.
		{
			Name: `"P7" is point 7`, Rule: "point", Citation: iomstrategy.StrategyPoint(7),
			Got:  func() (any, error) { return strategy.ParsePoint("P7") },
			Want: strategy.Point(7),
		},
		{
			Name: `"Point 12" is point 12`, Rule: "point", Citation: iomstrategy.StrategyPoint(12),
			Got:  func() (any, error) { return strategy.ParsePoint("Point 12") },
			Want: strategy.Point(12),
		},
		{
			Name: "there is no point 13", Rule: "point", Citation: iomstrategy.PartOpening(iomstrategy.PartI),
			Got: func() (any, error) { return strategy.ParsePoint("13") }, WantErr: strategy.ErrInvalidPoint,
		},

		// Part II: the two-thirds rule and the governing bodies.
		{
			// 2 x 122 / 3 = 81.33: 81 acceptances are not enough.
			Name: "81 of 122 acceptances are not two-thirds", Rule: "two-thirds", Citation: article30,
			Got: func() (any, error) {
				a, err := strategy.CheckAcceptance(122, 81)
				return acceptance{a.Required, a.Missing, a.InForce}, err
			},
			Want: acceptance{Required: 82, Missing: 1, InForce: false},
		},
		{
			Name: "82 of 122 acceptances put the amendments in force", Rule: "two-thirds", Citation: article30,
			Got: func() (any, error) {
				a, err := strategy.CheckAcceptance(122, 82)
				return acceptance{a.Required, a.Missing, a.InForce}, err
			},
			Want: acceptance{Required: 82, Missing: 0, InForce: true},
		},
		{
			Name: "more acceptances than Member States is refused", Rule: "two-thirds", Citation: article30,
			Got: func() (any, error) { return strategy.CheckAcceptance(122, 123) }, WantErr: strategy.ErrInvalidCount,
		},
		{
			Name: "the day of the Review: the SCPF beside the Executive Committee", Rule: "bodies-on",
			Citation: iomstrategy.PartIIPara(1), Got: bodiesOn(date(2010, time.October, 12)),
			Want: []strategy.Body{strategy.Council, strategy.ExecutiveCommittee, strategy.SCPF, strategy.InformalConsultations},
		},
		{
			Name: "after the 1998 amendments: no Executive Committee", Rule: "bodies-on",
			Citation: iomstrategy.PartOpening(iomstrategy.PartII), Got: bodiesOn(date(2014, time.January, 1)),
			Want: []strategy.Body{strategy.Council, strategy.SCPF, strategy.InformalConsultations},
		},
		{
			Name: "before the Strategy: the Subcommittee on Budget and Finance", Rule: "bodies-on",
			Citation: iomstrategy.PartIIPara(2), Got: bodiesOn(date(2006, time.January, 1)),
			Want: []strategy.Body{strategy.Council, strategy.ExecutiveCommittee, strategy.SubcommitteeOnBudgetAndFinance, strategy.InformalConsultations},
		},
	}
}

// bodiesOn asks the library's dates (strategy.Resolution1150Dates) for the
// bodies on d and keeps them.
func bodiesOn(d time.Time) func() (any, error) {
	return func() (any, error) {
		standings, err := strategy.Resolution1150Dates().BodiesOn(d)
		if err != nil {
			return nil, err
		}
		bodies := make([]strategy.Body, len(standings))
		for i, s := range standings {
			bodies[i] = s.Body
		}
		return bodies, nil
	}
}

// article30 is the two-thirds rule as it stood when the 1998 amendments
// were adopted: Article 30 of the Constitution before them (Article 25
// after them).
var article30 = iomstrategy.Citation{Document: iomstrategy.ConstitutionBefore1998Amendments, Unit: iomstrategy.Article, Number: 30}
