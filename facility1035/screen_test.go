package facility1035

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

func usdT(s string) decimal.Decimal { return iomstrategy.MustParseUSD(s) }

func due(s string) decimal.NullDecimal {
	return decimal.NullDecimal{Decimal: usdT(s), Valid: true}
}

// testRegistry is a registry of fictional countries, one per situation the
// rules distinguish.
func testRegistry(t testing.TB) Registry {
	t.Helper()
	r, err := NewRegistry([]MemberState{
		{Name: "Arcadia", Membership: Member, Economy: Developing},
		{Name: "Borduria", Membership: Member, Economy: InTransition},
		// arrears below the Article 4 threshold
		{Name: "Carpania", Membership: Member, Economy: Developing, Arrears: usdT("5000"), DueTwoYears: due("80000")},
		// arrears above it, not waived: subject
		{Name: "Drakonia", Membership: Member, Economy: Developing, Arrears: usdT("90000"), DueTwoYears: due("80000")},
		// arrears above it, waived by the Council
		{Name: "Elbonia", Membership: Member, Economy: Developing, Arrears: usdT("90000"), DueTwoYears: due("80000"), CouncilWaiver: true},
		{Name: "Freedonia", Membership: Observer, Economy: Developing},
		{Name: "Genovia", Membership: NonMember, Economy: InTransition},
		{Name: "Hyperborea", Membership: Member, Economy: OtherEconomy},
		// arrears against contributions due of zero: at the threshold
		{Name: "Illyria", Membership: Member, Economy: Developing, Arrears: usdT("100"), DueTwoYears: due("0")},
		// no arrears, nothing due: never subject
		{Name: "Jotunheim", Membership: Member, Economy: Developing, DueTwoYears: due("0")},
		// declared subject
		{Name: "Kyrandia", Membership: Member, Economy: InTransition, Arrears: usdT("1000"), SubjectToArticle4: Article4Subject},
		// declared not subject although the figures meet the threshold
		{Name: "Latveria", Membership: Member, Economy: Developing, Arrears: usdT("100000"), DueTwoYears: due("50000"), SubjectToArticle4: Article4NotSubject},
		// arrears exactly at the threshold
		{Name: "Mythica", Membership: Member, Economy: InTransition, Arrears: usdT("80000.00"), DueTwoYears: due("80000")},
		// arrears one cent below the threshold
		{Name: "Nordavia", Membership: Member, Economy: Developing, Arrears: usdT("79999.99"), DueTwoYears: due("80000")},
		// an observer with an economy that is neither
		{Name: "Oceania", Membership: Observer, Economy: OtherEconomy},
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// finding is the part of a reason the tables pin down.
type finding struct {
	Rule     ScreeningRule
	Verdict  Verdict
	Country  string
	Citation iomstrategy.Citation
}

func findings(rs []Reason) []finding {
	var out []finding
	for _, r := range rs {
		out = append(out, finding{r.Rule, r.Verdict, r.Country, r.Citation})
	}
	return out
}

var (
	citeMember   = iomstrategy.Doc(iomstrategy.Resolution1035)
	citeEconomy  = iomstrategy.Para(10)
	citeNational = iomstrategy.Criterion(2)
	citeRegional = iomstrategy.Criterion(3)
	citeAccess   = iomstrategy.Criterion(1)
	citeFollowUp = iomstrategy.Criterion(4)
	citeLines    = iomstrategy.PartIIIBullet(5)
)

func app2(id string, scope Scope, amount string, countries ...string) Application {
	return Application{ID: id, Line: Line2, Scope: scope, Amount: usdT(amount), Countries: countries}
}

func app1(id string, scope Scope, amount string, countries ...string) Application {
	a := app2(id, scope, amount, countries...)
	a.Line = Line1
	return a
}

func followUp(a Application, of string, line Line) Application {
	a.FollowUpOf, a.FollowUpLine = of, line
	return a
}

func TestScreenRules(t *testing.T) {
	reg := testRegistry(t)
	p := Resolution1150()
	tests := []struct {
		name string // the rule and its citation
		app  Application
		want Verdict
		find []finding
		// words that must appear in the messages, in order of the reasons
		words [][]string
	}{
		// Eligible, no reason.
		{"clean national Line 2 application (every rule passes)", app2("A1", National, "150000", "Arcadia"), Eligible, nil, nil},
		{"economy in transition is served (para. 10)", app2("A2", National, "150000", "Borduria"), Eligible, nil, nil},
		{"clean regional application", app2("A3", Regional, "250000", "Arcadia", "Borduria"), Eligible, nil, nil},
		{"no arrears and nothing due: never subject to Article 4", app2("A4", National, "1000", "Jotunheim"), Eligible, nil, nil},
		{"smallest amount, one cent", app2("A5", National, "0.01", "Arcadia"), Eligible, nil, nil},

		// Line 2 ceilings (criteria 2 and 3).
		{"criterion 2: national at the ceiling exactly", app2("C1", National, "200000.00", "Arcadia"), Eligible, nil, nil},
		{"criterion 2: national one cent above the ceiling", app2("C2", National, "200000.01", "Arcadia"), Ineligible,
			[]finding{{RuleLine2Ceiling, Ineligible, "", citeNational}},
			[][]string{{"USD 200,000.01", "Line 2 national ceiling", "USD 200,000.00", "national project"}}},
		{"criterion 3: regional at the ceiling exactly", app2("C3", Regional, "300000.00", "Arcadia", "Borduria"), Eligible, nil, nil},
		{"criterion 3: regional one cent above the ceiling", app2("C4", Regional, "300000.01", "Arcadia", "Borduria"), Ineligible,
			[]finding{{RuleLine2Ceiling, Ineligible, "", citeRegional}},
			[][]string{{"USD 300,000.01", "Line 2 regional ceiling", "USD 300,000.00"}}},
		{"criterion 3: regional above the national ceiling is fine", app2("C5", Regional, "250000", "Arcadia", "Borduria"), Eligible, nil, nil},

		// Zero amount, either line.
		{"zero amount on Line 2", app2("Z1", National, "0", "Arcadia"), Ineligible,
			[]finding{{RuleAmount, Ineligible, "", citeLines}}, [][]string{{"zero"}}},
		{"zero amount on Line 1", app1("Z2", National, "0.00", "Arcadia"), Ineligible,
			[]finding{{RuleAmount, Ineligible, "", citeLines}}, nil},

		// Whom the Facility serves (Resolution 1035; para. 10), either line.
		{"Resolution 1035: an observer", app2("M1", National, "1000", "Freedonia"), Ineligible,
			[]finding{{RuleMemberState, Ineligible, "Freedonia", citeMember}}, [][]string{{"Freedonia is an observer"}}},
		{"Resolution 1035: a non-member", app2("M2", National, "1000", "Genovia"), Ineligible,
			[]finding{{RuleMemberState, Ineligible, "Genovia", citeMember}}, [][]string{{"Genovia is a non-member"}}},
		{"para. 10: an other economy", app2("M3", National, "1000", "Hyperborea"), Ineligible,
			[]finding{{RuleEconomy, Ineligible, "Hyperborea", citeEconomy}}, [][]string{{"Hyperborea", "other"}}},
		{"observer with an other economy: both reasons", app2("M4", National, "1000", "Oceania"), Ineligible,
			[]finding{{RuleMemberState, Ineligible, "Oceania", citeMember}, {RuleEconomy, Ineligible, "Oceania", citeEconomy}}, nil},
		{"regional with one observer among Member States", app2("M5", Regional, "1000", "Arcadia", "Freedonia"), Ineligible,
			[]finding{{RuleMemberState, Ineligible, "Freedonia", citeMember}}, nil},
		{"Line 1: an observer", app1("M6", National, "1000", "Freedonia"), Ineligible,
			[]finding{{RuleMemberState, Ineligible, "Freedonia", citeMember}}, nil},
		{"Line 1: an other economy", app1("M7", National, "1000", "Hyperborea"), Ineligible,
			[]finding{{RuleEconomy, Ineligible, "Hyperborea", citeEconomy}}, nil},

		// Scope (criteria 2 and 3 use the words).
		{"scope: national naming two Member States", app2("S1", National, "1000", "Arcadia", "Borduria"), Ineligible,
			[]finding{{RuleScope, Ineligible, "", citeNational}}, [][]string{{"exactly one", "names 2"}}},
		{"scope: regional naming one Member State", app2("S2", Regional, "1000", "Arcadia"), Ineligible,
			[]finding{{RuleScope, Ineligible, "", citeRegional}}, [][]string{{"at least two", "names 1"}}},
		{"scope: Line 1 national naming two", app1("S3", National, "1000", "Arcadia", "Borduria"), Ineligible,
			[]finding{{RuleScope, Ineligible, "", citeNational}}, nil},

		// Article 4 (criterion 1).
		{"criterion 1: subject to Article 4 (arrears above two years' contributions, not waived)", app2("R1", National, "1000", "Drakonia"), Ineligible,
			[]finding{{RuleArticle4, Ineligible, "Drakonia", citeAccess}},
			[][]string{{"Drakonia is subject to Article 4", "USD 90,000.00", "USD 80,000.00", `read as "two years"`, "not maintained"}}},
		{"criterion 1: arrears exactly equal to the contributions due", app2("R2", National, "1000", "Mythica"), Ineligible,
			[]finding{{RuleArticle4, Ineligible, "Mythica", citeAccess}}, [][]string{{"USD 80,000.00"}}},
		{"criterion 1: arrears against contributions due of zero", app2("R3", National, "1000", "Illyria"), Ineligible,
			[]finding{{RuleArticle4, Ineligible, "Illyria", citeAccess}}, [][]string{{"USD 100.00", "USD 0.00"}}},
		{"criterion 1: declared subject to Article 4", app2("R4", National, "1000", "Kyrandia"), Ineligible,
			[]finding{{RuleArticle4, Ineligible, "Kyrandia", citeAccess}}, [][]string{{"declared subject", "USD 1,000.00"}}},
		{"criterion 1: one subject Member State in a regional project", app2("R5", Regional, "1000", "Arcadia", "Drakonia"), Ineligible,
			[]finding{{RuleArticle4, Ineligible, "Drakonia", citeAccess}}, nil},

		// Outstanding contributions (criterion 1): conditional.
		{"criterion 1: arrears below the threshold", app2("K1", National, "1000", "Carpania"), Conditional,
			[]finding{{RuleArrears, Conditional, "Carpania", citeAccess}},
			[][]string{{"Carpania has arrears of USD 5,000.00", "below the Article 4 threshold", "USD 80,000.00", "linked to outstanding contributions"}}},
		{"criterion 1: arrears one cent below the threshold", app2("K2", National, "1000", "Nordavia"), Conditional,
			[]finding{{RuleArrears, Conditional, "Nordavia", citeAccess}}, [][]string{{"USD 79,999.99"}}},
		{"criterion 1: arrears above the threshold, waived by the Council", app2("K3", National, "1000", "Elbonia"), Conditional,
			[]finding{{RuleArrears, Conditional, "Elbonia", citeAccess}}, [][]string{{"Council maintained its vote", "USD 90,000.00"}}},
		{"criterion 1: declared not subject, with arrears", app2("K4", National, "1000", "Latveria"), Conditional,
			[]finding{{RuleArrears, Conditional, "Latveria", citeAccess}}, [][]string{{"declared not subject", "USD 100,000.00"}}},
		{"criterion 1: two Member States with arrears, two reasons", app2("K5", Regional, "1000", "Carpania", "Elbonia"), Conditional,
			[]finding{{RuleArrears, Conditional, "Carpania", citeAccess}, {RuleArrears, Conditional, "Elbonia", citeAccess}}, nil},

		// Follow-ups (criterion 4).
		{"criterion 4: follow-up to a Line 1 project is admissible", followUp(app2("F1", National, "1000", "Arcadia"), "P-1", Line1), Eligible,
			[]finding{{RuleFollowUp, Eligible, "", citeFollowUp}}, [][]string{{`"P-1"`, "Line 1", "admissible under Line 2"}}},
		{"criterion 4: follow-up to a Line 2 project needs review", followUp(app2("F2", National, "1000", "Arcadia"), "P-2", Line2), NeedsReview,
			[]finding{{RuleFollowUp, NeedsReview, "", citeFollowUp}}, [][]string{{`"P-2"`, "Line 2 projects", "needs review"}}},
		{"criterion 4: follow-up to a project of unknown line needs review", followUp(app2("F3", National, "1000", "Arcadia"), "P-3", 0), NeedsReview,
			[]finding{{RuleFollowUp, NeedsReview, "", citeFollowUp}}, [][]string{{`"P-3"`, "not given", "needs review"}}},
		{"criterion 4: a Line 1 follow-up is not settled", followUp(app1("F4", National, "1000", "Arcadia"), "P-4", Line1), NeedsReview,
			[]finding{{RuleFollowUp, NeedsReview, "", citeFollowUp}}, [][]string{{"Line 1 application", "needs review"}}},

		// Line 1 is not held to the Line 2 criteria.
		{"Line 1: subject to Article 4 does not matter", app1("L1", National, "1000", "Drakonia"), Eligible, nil, nil},
		{"Line 1: arrears do not matter", app1("L2", National, "1000", "Carpania"), Eligible, nil, nil},
		{"Line 1: no ceiling in the built-in set", app1("L3", National, "1400000.00", "Arcadia"), Eligible, nil, nil},
		{"Line 1: regional above the Line 2 regional ceiling", app1("L4", Regional, "900000", "Arcadia", "Borduria"), Eligible, nil, nil},

		// Combinations of findings: the strongest wins, every reason kept.
		{"conditional + needs review -> needs review", followUp(app2("X1", National, "1000", "Carpania"), "P", Line2), NeedsReview,
			[]finding{{RuleArrears, Conditional, "Carpania", citeAccess}, {RuleFollowUp, NeedsReview, "", citeFollowUp}}, nil},
		{"conditional + ineligible -> ineligible", app2("X2", National, "250000", "Carpania"), Ineligible,
			[]finding{{RuleLine2Ceiling, Ineligible, "", citeNational}, {RuleArrears, Conditional, "Carpania", citeAccess}}, nil},
		{"needs review + ineligible -> ineligible", followUp(app2("X3", National, "0", "Arcadia"), "P", 0), Ineligible,
			[]finding{{RuleAmount, Ineligible, "", citeLines}, {RuleFollowUp, NeedsReview, "", citeFollowUp}}, nil},
		{"conditional + needs review + ineligible -> ineligible", followUp(app2("X4", Regional, "1000", "Carpania", "Drakonia"), "P", Line2), Ineligible,
			[]finding{{RuleArticle4, Ineligible, "Drakonia", citeAccess}, {RuleArrears, Conditional, "Carpania", citeAccess}, {RuleFollowUp, NeedsReview, "", citeFollowUp}}, nil},
		{"admissible follow-up + conditional -> conditional", followUp(app2("X5", National, "1000", "Carpania"), "P", Line1), Conditional,
			[]finding{{RuleArrears, Conditional, "Carpania", citeAccess}, {RuleFollowUp, Eligible, "", citeFollowUp}}, nil},
		{"admissible follow-up + ineligible -> ineligible", followUp(app2("X6", National, "200000.01", "Arcadia"), "P", Line1), Ineligible,
			[]finding{{RuleLine2Ceiling, Ineligible, "", citeNational}, {RuleFollowUp, Eligible, "", citeFollowUp}}, nil},
		{"admissible follow-up + conditional + ineligible -> ineligible", followUp(app2("X7", Regional, "1000", "Carpania", "Freedonia"), "P", Line1), Ineligible,
			[]finding{{RuleMemberState, Ineligible, "Freedonia", citeMember}, {RuleArrears, Conditional, "Carpania", citeAccess}, {RuleFollowUp, Eligible, "", citeFollowUp}}, nil},
		{"every ineligibility at once, in rule order", app2("X8", National, "300000", "Oceania", "Drakonia", "Carpania"), Ineligible,
			[]finding{
				{RuleMemberState, Ineligible, "Oceania", citeMember},
				{RuleEconomy, Ineligible, "Oceania", citeEconomy},
				{RuleScope, Ineligible, "", citeNational},
				{RuleLine2Ceiling, Ineligible, "", citeNational},
				{RuleArticle4, Ineligible, "Drakonia", citeAccess},
				{RuleArrears, Conditional, "Carpania", citeAccess},
			}, nil},
		{"country names match ignoring case and spaces", app2("X9", National, "1000", "  carpania "), Conditional,
			[]finding{{RuleArrears, Conditional, "Carpania", citeAccess}}, nil},
	}
	seenIDs := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if seenIDs[tt.app.ID] {
				t.Fatalf("test table reuses id %s", tt.app.ID)
			}
			seenIDs[tt.app.ID] = true
			got, err := Screen(tt.app, reg, p)
			if err != nil {
				t.Fatalf("Screen: %v", err)
			}
			if got.ID != tt.app.ID || got.Line != tt.app.Line {
				t.Errorf("id/line = %q/%v, want %q/%v", got.ID, got.Line, tt.app.ID, tt.app.Line)
			}
			if got.Verdict != tt.want {
				t.Errorf("verdict = %v, want %v (reasons %v)", got.Verdict, tt.want, got.Reasons)
			}
			if diff := cmp.Diff(tt.find, findings(got.Reasons)); diff != "" {
				t.Errorf("reasons (-want +got):\n%s", diff)
			}
			for i, words := range tt.words {
				if i >= len(got.Reasons) {
					break
				}
				for _, w := range words {
					if !strings.Contains(got.Reasons[i].Message, w) {
						t.Errorf("reason %d message %q lacks %q", i, got.Reasons[i].Message, w)
					}
				}
			}
			for _, r := range got.Reasons {
				if err := r.Citation.Verify(); err != nil {
					t.Errorf("reason %s cites %v: %v", r.Rule, r.Citation, err)
				}
				if r.Message == "" {
					t.Errorf("reason %s has no message", r.Rule)
				}
			}
		})
	}
}

// TestScreenFigures pins the figures a reason carries.
func TestScreenFigures(t *testing.T) {
	reg := testRegistry(t)
	p := Resolution1150()
	tests := []struct {
		name string
		app  Application
		want [][]Figure
	}{
		{"criterion 2: amount and ceiling", app2("G1", National, "200000.01", "Arcadia"),
			[][]Figure{{{"amount requested", usdT("200000.01"), UnitUSD}, {"Line 2 national ceiling", usdT("200000"), UnitUSD}}}},
		{"criterion 1: arrears and contributions due, named with the reading", app2("G2", National, "1", "Drakonia"),
			[][]Figure{{{"arrears", usdT("90000"), UnitUSD}, {"contributions due for the preceding two years", usdT("80000"), UnitUSD}}}},
		{"criterion 1: declared subject with no due figure", app2("G3", National, "1", "Kyrandia"),
			[][]Figure{{{"arrears", usdT("1000"), UnitUSD}}}},
		{"scope: the count", app2("G4", Regional, "1", "Arcadia"),
			[][]Figure{{{"benefiting Member States", decimal.NewFromInt(1), UnitMemberStates}}}},
		{"amount: zero", app2("G5", National, "0", "Arcadia"),
			[][]Figure{{{"amount requested", decimal.Zero, UnitUSD}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Screen(tt.app, reg, p)
			if err != nil {
				t.Fatal(err)
			}
			var figs [][]Figure
			for _, r := range got.Reasons {
				figs = append(figs, r.Figures)
			}
			if diff := cmp.Diff(tt.want, figs); diff != "" {
				t.Errorf("figures (-want +got):\n%s", diff)
			}
		})
	}
}

// TestScreenLookbackNamed checks that the reading of "the preceding two
// years" chosen in the parameters is named in Article 4 reasons.
func TestScreenLookbackNamed(t *testing.T) {
	reg := testRegistry(t)
	for _, tc := range []struct {
		lookback Lookback
		want     string
	}{
		{TwoYears, `read as "two years": parameter article4_lookback two-years`},
		{TwoFullYears, `read as "two full years": parameter article4_lookback two-full-years`},
	} {
		p := Resolution1150()
		p.Article4Lookback = tc.lookback
		for _, country := range []string{"Drakonia", "Carpania", "Elbonia"} {
			s, err := Screen(app2("Y", National, "1", country), reg, p)
			if err != nil {
				t.Fatal(err)
			}
			if len(s.Reasons) != 1 || !strings.Contains(s.Reasons[0].Message, tc.want) {
				t.Errorf("lookback %d, %s: reasons %v, want one naming %s", tc.lookback, country, s.Reasons, tc.want)
			}
		}
	}
}

// TestScreenLine1Ceiling: Params.Line1Ceiling, when a caller's set has one,
// applies to Line 1 only.
func TestScreenLine1Ceiling(t *testing.T) {
	reg := testRegistry(t)
	p := Resolution1150()
	p.Line1Ceiling = &Amount{Value: usdT("100000"), Source: iomstrategy.PartIIIBullet(5)}
	tests := []struct {
		name string
		app  Application
		want Verdict
		find []finding
	}{
		{"at the Line 1 ceiling", app1("P1", National, "100000", "Arcadia"), Eligible, nil},
		{"above the Line 1 ceiling", app1("P2", National, "100000.01", "Arcadia"), Ineligible,
			[]finding{{RuleLine1Ceiling, Ineligible, "", citeLines}}},
		{"the Line 1 ceiling does not bind Line 2", app2("P3", National, "150000", "Arcadia"), Eligible, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Screen(tt.app, reg, p)
			if err != nil {
				t.Fatal(err)
			}
			if got.Verdict != tt.want {
				t.Errorf("verdict %v, want %v", got.Verdict, tt.want)
			}
			if diff := cmp.Diff(tt.find, findings(got.Reasons)); diff != "" {
				t.Errorf("reasons (-want +got):\n%s", diff)
			}
		})
	}
}

// TestScreenApplied pins which rules run on each line.
func TestScreenApplied(t *testing.T) {
	reg := testRegistry(t)
	withCeiling := Resolution1150()
	withCeiling.Line1Ceiling = &Amount{Value: usdT("1"), Source: iomstrategy.PartIIIBullet(5)}
	tests := []struct {
		name string
		app  Application
		p    Params
		want []ScreeningRule
	}{
		{"Line 2: Facility-wide rules and the criteria", app2("Q1", National, "1", "Arcadia"), Resolution1150(),
			[]ScreeningRule{RuleMemberState, RuleEconomy, RuleScope, RuleAmount, RuleLine2Ceiling, RuleArticle4, RuleArrears, RuleFollowUp}},
		{"Line 1: Facility-wide rules only", app1("Q2", National, "1", "Arcadia"), Resolution1150(),
			[]ScreeningRule{RuleMemberState, RuleEconomy, RuleScope, RuleAmount, RuleFollowUp}},
		{"Line 1 with a ceiling in the parameters", app1("Q3", National, "1", "Arcadia"), withCeiling,
			[]ScreeningRule{RuleMemberState, RuleEconomy, RuleScope, RuleAmount, RuleLine1Ceiling, RuleFollowUp}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Screen(tt.app, reg, tt.p)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got.Applied.Rules()); diff != "" {
				t.Errorf("applied (-want +got):\n%s", diff)
			}
			if got.Applied != NewRuleSet(tt.want...) {
				t.Errorf("Applied = %v, want %v", got.Applied, NewRuleSet(tt.want...))
			}
			for _, r := range got.Applied.Rules() {
				if !r.AppliesTo(tt.app.Line) {
					t.Errorf("%s ran on %v but AppliesTo says no", r, tt.app.Line)
				}
			}
		})
	}
}

func TestScreenInputErrors(t *testing.T) {
	reg := testRegistry(t)
	p := Resolution1150()
	ok := app2("E", National, "1000", "Arcadia")
	with := func(f func(*Application)) Application {
		a := ok
		a.Countries = append([]string(nil), ok.Countries...)
		f(&a)
		return a
	}
	tests := []struct {
		name      string
		app       Application
		field     string
		sentinels []error
	}{
		{"empty id", with(func(a *Application) { a.ID = " " }), "id", []error{ErrMissingApplicationID}},
		{"line 0", with(func(a *Application) { a.Line = 0 }), "line", []error{ErrUnknownLine}},
		{"line 3", with(func(a *Application) { a.Line = 3 }), "line", []error{ErrUnknownLine}},
		{"scope unset", with(func(a *Application) { a.Scope = ScopeUnset }), "scope", []error{ErrInvalidScope}},
		{"negative amount", with(func(a *Application) { a.Amount = decimal.New(-1, 0) }), "amount", []error{iomstrategy.ErrInvalidAmount}},
		{"sub-cent amount", with(func(a *Application) { a.Amount = decimal.New(1005, -3) }), "amount", []error{iomstrategy.ErrInvalidAmount}},
		{"no countries", with(func(a *Application) { a.Countries = nil }), "countries", []error{ErrNoCountries}},
		{"an empty country", with(func(a *Application) { a.Scope, a.Countries = Regional, []string{"Arcadia", " "} }), "countries", []error{ErrNoCountries}},
		{"a country twice", with(func(a *Application) { a.Scope, a.Countries = Regional, []string{"Arcadia", "ARCADIA "} }), "countries", []error{ErrDuplicateCountry}},
		{"a country twice in a long list", with(func(a *Application) {
			a.Scope = Regional
			a.Countries = []string{"Arcadia", "Borduria", "Carpania", "Drakonia", "Elbonia", "Freedonia", "Genovia", "Hyperborea", "Illyria", "borduria"}
		}), "countries", []error{ErrDuplicateCountry}},
		{"a follow-up line without a project", with(func(a *Application) { a.FollowUpLine = Line1 }), "follow_up_line", []error{ErrFollowUp}},
		{"a follow-up of itself", with(func(a *Application) { a.FollowUpOf = "E" }), "follow_up_of", []error{ErrFollowUp}},
		{"a follow-up of a blank id", with(func(a *Application) { a.FollowUpOf = "  " }), "follow_up_of", []error{ErrFollowUp}},
		{"a follow-up line 3", with(func(a *Application) { a.FollowUpOf, a.FollowUpLine = "P", 3 }), "follow_up_line", []error{ErrUnknownLine}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Screen(tt.app, reg, p)
			if err == nil {
				t.Fatalf("Screen accepted it: %+v", s)
			}
			if !s.Equal(Screening{}) {
				t.Errorf("a partial result came with the error: %+v", s)
			}
			var ae *ApplicationError
			if !errors.As(err, &ae) || ae.Field != tt.field || ae.ID != tt.app.ID {
				t.Fatalf("error %v (%T): want an *ApplicationError on field %s of %q", err, err, tt.field, tt.app.ID)
			}
			for _, s := range append(tt.sentinels, ErrInvalidApplication) {
				if !errors.Is(err, s) {
					t.Errorf("error %v does not match %v", err, s)
				}
			}
			if !strings.Contains(err.Error(), `"`+tt.app.ID+`"`) {
				t.Errorf("error %q does not name the application", err)
			}
		})
	}

	t.Run("a country the registry lacks is an input error, not a verdict", func(t *testing.T) {
		s, err := Screen(app2("U1", Regional, "1", "Arcadia", "Utopia"), reg, p)
		var ue *UnknownCountryError
		if !errors.As(err, &ue) || ue.Country != "Utopia" || ue.Application != "U1" || !errors.Is(err, ErrUnknownCountry) {
			t.Fatalf("error %v, want an *UnknownCountryError for Utopia in U1", err)
		}
		if s.Verdict != VerdictUnset {
			t.Errorf("verdict %v came with the error", s.Verdict)
		}
	})
	t.Run("the zero registry knows no country", func(t *testing.T) {
		if _, err := Screen(ok, Registry{}, p); !errors.Is(err, ErrUnknownCountry) {
			t.Fatalf("error %v, want ErrUnknownCountry", err)
		}
	})
}

func TestScreenParamsErrors(t *testing.T) {
	reg := testRegistry(t)
	a := app2("E", National, "1000", "Arcadia")
	tests := []struct {
		name   string
		change func(*Params)
		want   string
	}{
		{"look-back unset", func(p *Params) { p.Article4Lookback = LookbackUnset }, "article4_lookback"},
		{"look-back unknown", func(p *Params) { p.Article4Lookback = 9 }, "article4_lookback"},
		{"negative national ceiling", func(p *Params) { p.Line2NationalCeiling.Value = decimal.New(-1, 0) }, "line2_national_ceiling"},
		{"sub-cent regional ceiling", func(p *Params) { p.Line2RegionalCeiling.Value = decimal.New(1, -3) }, "line2_regional_ceiling"},
		{"negative Line 1 ceiling", func(p *Params) { p.Line1Ceiling = &Amount{Value: decimal.New(-5, 0)} }, "line1_ceiling"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Resolution1150()
			tt.change(&p)
			_, err := Screen(a, reg, p)
			var pe *ParamError
			if !errors.Is(err, ErrScreeningParams) || !errors.Is(err, ErrInvalidParams) || !errors.As(err, &pe) || pe.Field != tt.want {
				t.Fatalf("Screen: %v, want ErrScreeningParams and a *ParamError on %s", err, tt.want)
			}
			if _, err := ScreenAll([]Application{a}, reg, p); !errors.Is(err, ErrScreeningParams) {
				t.Fatalf("ScreenAll: %v, want ErrScreeningParams", err)
			}
		})
	}
	t.Run("a caller's set without sources cites the criteria", func(t *testing.T) {
		p := Resolution1150()
		p.Line2NationalCeiling = Amount{Value: usdT("100")}
		s, err := Screen(app2("W", National, "101", "Arcadia"), reg, p)
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Reasons) != 1 || s.Reasons[0].Citation != iomstrategy.Criterion(2) {
			t.Fatalf("reasons %v, want one citing criterion 2", s.Reasons)
		}
	})
}

func TestScreenAll(t *testing.T) {
	reg := testRegistry(t)
	p := Resolution1150()
	apps := []Application{
		app2("B1", National, "1000", "Arcadia"),
		app2("B2", National, "1000", "Carpania"),
		app2("B3", National, "1000", "Drakonia"),
		followUp(app2("B4", National, "1000", "Arcadia"), "P", Line2),
	}
	got, err := ScreenAll(apps, reg, p)
	if err != nil {
		t.Fatal(err)
	}
	var verdicts []Verdict
	for i, s := range got {
		one, err := Screen(apps[i], reg, p)
		if err != nil {
			t.Fatal(err)
		}
		if !s.Equal(one) {
			t.Errorf("ScreenAll[%d] differs from Screen: %+v vs %+v", i, s, one)
		}
		verdicts = append(verdicts, s.Verdict)
	}
	if diff := cmp.Diff([]Verdict{Eligible, Conditional, Ineligible, NeedsReview}, verdicts); diff != "" {
		t.Errorf("verdicts (-want +got):\n%s", diff)
	}

	errTests := []struct {
		name     string
		apps     []Application
		index    int
		id       string
		sentinel error
	}{
		{"an unknown country in the third", append(apps[:2:2], app2("B9", National, "1", "Utopia"), apps[3]), 2, "B9", ErrUnknownCountry},
		{"a malformed second", []Application{apps[0], {ID: "B8", Line: 7}}, 1, "B8", ErrUnknownLine},
		{"an id twice", []Application{apps[0], apps[1], apps[0]}, 2, "B1", ErrDuplicateApplication},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ScreenAll(tt.apps, reg, p)
			if got != nil {
				t.Errorf("partial result %v", got)
			}
			var be *ScreenAllError
			if !errors.As(err, &be) || be.Index != tt.index || be.ID != tt.id || !errors.Is(err, tt.sentinel) {
				t.Fatalf("error %v, want a *ScreenAllError at %d (%s) matching %v", err, tt.index, tt.id, tt.sentinel)
			}
			if !strings.Contains(err.Error(), tt.id) {
				t.Errorf("error %q does not name %s", err, tt.id)
			}
		})
	}
	if got, err := ScreenAll(nil, reg, p); err != nil || len(got) != 0 {
		t.Errorf("ScreenAll(nil) = %v, %v", got, err)
	}
}

// TestScreenDoesNotChangeInputs: screening is pure.
func TestScreenDoesNotChangeInputs(t *testing.T) {
	reg := testRegistry(t)
	before := reg.States()
	p := Resolution1150()
	a := app2("I1", Regional, "1000", "Carpania", "Drakonia")
	countries := append([]string(nil), a.Countries...)
	first, _ := Screen(a, reg, p)
	second, _ := Screen(a, reg, p)
	if !first.Equal(second) {
		t.Errorf("two screenings differ")
	}
	if diff := cmp.Diff(countries, a.Countries); diff != "" {
		t.Errorf("countries changed: %s", diff)
	}
	if diff := cmp.Diff(before, reg.States()); diff != "" {
		t.Errorf("registry changed: %s", diff)
	}
	if diff := cmp.Diff(Resolution1150(), p); diff != "" {
		t.Errorf("params changed: %s", diff)
	}
}

func TestScreeningRulesCatalogue(t *testing.T) {
	rules := ScreeningRules()
	seen := map[ScreeningRule]bool{}
	for _, r := range rules {
		if seen[r] {
			t.Errorf("%s listed twice", r)
		}
		seen[r] = true
		if r.Summary() == "" || len(r.Citations()) == 0 {
			t.Errorf("%s has no summary or citation", r)
		}
		if !r.AppliesTo(Line1) && !r.AppliesTo(Line2) {
			t.Errorf("%s applies to no line", r)
		}
		if r.AppliesTo(0) {
			t.Errorf("%s applies to the zero line", r)
		}
	}
	unknown := ScreeningRule("no.such.rule")
	if unknown.AppliesTo(Line1) || unknown.Summary() != "" || unknown.Citations() != nil {
		t.Errorf("an unknown rule has properties")
	}
	// Line 2 criteria do not run on Line 1.
	for _, r := range []ScreeningRule{RuleLine2Ceiling, RuleArticle4, RuleArrears} {
		if r.AppliesTo(Line1) {
			t.Errorf("%s applies to Line 1", r)
		}
	}
}

// TestCitationsVerify collects every citation this part of the package makes
// and checks each against the embedded source.
func TestCitationsVerify(t *testing.T) {
	var all []iomstrategy.Citation
	for _, r := range ScreeningRules() {
		all = append(all, r.Citations()...)
	}
	all = append(all, citeMember, citeEconomy, citeNational, citeRegional, citeAccess, citeFollowUp, citeLines,
		LedgerCitation())
	p := Resolution1150()
	all = append(all, p.Line2NationalCeiling.Source, p.Line2RegionalCeiling.Source)
	// And every citation a screening of the test registry produces.
	reg := testRegistry(t)
	for _, m := range reg.States() {
		for _, a := range []Application{app2("V", National, "0", m.Name), followUp(app2("V", National, "999999", m.Name), "P", 0), followUp(app1("V", Regional, "1", m.Name), "P", Line1)} {
			s, err := Screen(a, reg, p)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range s.Reasons {
				all = append(all, r.Citation)
			}
		}
	}
	for _, c := range all {
		if err := c.Verify(); err != nil {
			t.Errorf("%v: %v", c, err)
		}
	}
}

func TestRuleSet(t *testing.T) {
	all := ScreeningRules()
	for i, r := range all {
		if r.bit() != 1<<i {
			t.Errorf("%s has bit %b, want %b (its place in ScreeningRules)", r, r.bit(), 1<<i)
		}
	}
	if facilityRules != NewRuleSet(RuleMemberState, RuleEconomy, RuleScope, RuleAmount, RuleFollowUp) ||
		line2Rules != NewRuleSet(RuleLine2Ceiling, RuleArticle4, RuleArrears) {
		t.Errorf("the built-in rule sets do not match their rules")
	}
	s := NewRuleSet(RuleFollowUp, RuleMemberState, "no.such.rule")
	if !s.Has(RuleMemberState) || s.Has(RuleEconomy) || s.Has("no.such.rule") {
		t.Errorf("Has is wrong for %v", s)
	}
	if got := s.String(); got != "facility.member-state,facility.follow-up" {
		t.Errorf("String = %q", got)
	}
	if RuleSet(0).Rules() != nil || RuleSet(0).String() != "" {
		t.Errorf("the zero RuleSet is not empty")
	}
}
