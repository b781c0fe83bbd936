package facility1035

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// usdT is an amount written in a test.
func usdT(s string) iomstrategy.USD { return iomstrategy.MustParseUSD(s) }

// owing returns m with arrears and, when due is not empty, the
// contributions due for the preceding two years.
func owing(m MemberState, arrears, due string) MemberState {
	m.Arrears = usdT(arrears)
	if due != "" {
		m.DueTwoYears, m.DueTwoYearsKnown = usdT(due), true
	}
	return m
}

// testRegistry is a registry of fictional countries, one per situation the
// rules distinguish. It must validate.
func testRegistry(t testing.TB) Registry {
	t.Helper()
	member := func(name string, e Economy) MemberState {
		return MemberState{Name: name, Membership: Member, Economy: e}
	}
	r := Registry{
		member("Arcadia", Developing),
		member("Borduria", Developing),
		// the one Member State with economy in transition and no arrears
		member("Ruritania", InTransition),
		// arrears below the Article 4 threshold
		owing(member("Carpania", Developing), "5000", "80000"),
		// arrears above it, not waived: subject
		owing(member("Drakonia", Developing), "90000", "80000"),
		// arrears above it, waived by the Council
		func() MemberState {
			m := owing(member("Elbonia", Developing), "90000", "80000")
			m.CouncilWaiver = true
			return m
		}(),
		{Name: "Freedonia", Membership: Observer, Economy: Developing},
		{Name: "Genovia", Membership: NonMember, Economy: Developing},
		member("Hyperborea", OtherEconomy),
		// arrears against contributions due of zero: at the threshold
		owing(member("Illyria", Developing), "100", "0"),
		// no arrears, nothing due: never subject
		owing(member("Jotunheim", Developing), "0", "0"),
		// declared subject
		func() MemberState {
			m := owing(member("Kyrandia", Developing), "1000", "")
			m.SubjectToArticle4 = Article4Subject
			return m
		}(),
		// declared not subject although the figures meet the threshold
		func() MemberState {
			m := owing(member("Latveria", Developing), "100000", "50000")
			m.SubjectToArticle4 = Article4NotSubject
			return m
		}(),
		// arrears exactly at the threshold
		owing(member("Mythica", Developing), "80000.00", "80000"),
		// arrears one cent below the threshold
		owing(member("Nordavia", Developing), "79999.99", "80000"),
		// an observer with an economy that is neither
		{Name: "Oceania", Membership: Observer, Economy: OtherEconomy},
	}
	if err := r.Validate(); err != nil {
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

// The citations the rules make, written here apart from the library.
var (
	citeMember   = iomstrategy.Doc(iomstrategy.Resolution1035)
	citeEconomy  = iomstrategy.Para(10)
	citeNational = iomstrategy.Criterion(2)
	citeRegional = iomstrategy.Criterion(3)
	citeAccess   = iomstrategy.Criterion(1)
	citeFollowUp = iomstrategy.Criterion(4)
	citeLedger   = iomstrategy.Criterion(5)
	citeLines    = iomstrategy.PartIIIBullet(5)
	citeOpening  = iomstrategy.PartOpening(iomstrategy.PartIII)
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

// jsonOf is v in JSON, as text.
func jsonOf(v any) (string, error) {
	data, err := json.Marshal(v)
	return string(data), err
}

// inputErrorFields compares an *InputError field by field, leaving out
// Err, which tests check with errors.Is and by its message.
var inputErrorFields = cmpopts.IgnoreFields(InputError{}, "Err")

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
		{"Part III, opening paragraph: economy in transition is served (reading transition-economies)", app2("A2", National, "150000", "Ruritania"), Eligible,
			[]finding{{RuleEconomy, Eligible, "Ruritania", citeOpening}}, nil},
		{"criterion 3: clean regional application", app2("A3", Regional, "250000", "Arcadia", "Borduria"), Eligible, nil, nil},
		{"Article 4: no arrears and nothing due, never subject", app2("A4", National, "1000", "Jotunheim"), Eligible, nil, nil},
		{"bullet 5: smallest amount, one cent", app2("A5", National, "0.01", "Arcadia"), Eligible, nil, nil},

		// Line 2 ceilings (criteria 2 and 3).
		{"criterion 2: national at the ceiling exactly", app2("C1", National, "200000.00", "Arcadia"), Eligible, nil, nil},
		{"criterion 2: national one cent above the ceiling, fundable up to it (reading over-ceiling)", app2("C2", National, "200000.01", "Arcadia"), Conditional,
			[]finding{{RuleLine2Ceiling, Conditional, "", citeNational}},
			[][]string{{"USD 200,000.01", "Line 2 national ceiling", "USD 200,000.00", "national project"}}},
		{"criterion 3: regional at the ceiling exactly", app2("C3", Regional, "300000.00", "Arcadia", "Borduria"), Eligible, nil, nil},
		{"criterion 3: regional one cent above the ceiling, fundable up to it (reading over-ceiling)", app2("C4", Regional, "300000.01", "Arcadia", "Borduria"), Conditional,
			[]finding{{RuleLine2Ceiling, Conditional, "", citeRegional}},
			[][]string{{"USD 300,000.01", "Line 2 regional ceiling", "USD 300,000.00"}}},
		{"criterion 3: regional above the national ceiling is fine", app2("C5", Regional, "250000", "Arcadia", "Borduria"), Eligible, nil, nil},

		// Zero amount, either line (Part III, opening paragraph: reading zero-request).
		{"opening paragraph: zero amount on Line 2 (reading zero-request)", app2("Z1", National, "0", "Arcadia"), Ineligible,
			[]finding{{RuleAmount, Ineligible, "", citeOpening}}, [][]string{{"zero"}}},
		{"opening paragraph: zero amount on Line 1 (reading zero-request)", app1("Z2", National, "0.00", "Arcadia"), Ineligible,
			[]finding{{RuleAmount, Ineligible, "", citeOpening}}, nil},

		// Whom the Facility serves (Resolution 1035; para. 10), either line.
		{"Resolution 1035: an observer", app2("M1", National, "1000", "Freedonia"), Ineligible,
			[]finding{{RuleMemberState, Ineligible, "Freedonia", citeMember}}, [][]string{{"Freedonia is an observer"}}},
		{"Resolution 1035: a non-member", app2("M2", National, "1000", "Genovia"), Ineligible,
			[]finding{{RuleMemberState, Ineligible, "Genovia", citeMember}}, [][]string{{"Genovia is a non-member"}}},
		{"para. 10: an other economy", app2("M3", National, "1000", "Hyperborea"), Ineligible,
			[]finding{{RuleEconomy, Ineligible, "Hyperborea", citeEconomy}}, [][]string{{"Hyperborea", "other"}}},
		{"Resolution 1035 and para. 10: observer with an other economy, both reasons", app2("M4", National, "1000", "Oceania"), Ineligible,
			[]finding{{RuleMemberState, Ineligible, "Oceania", citeMember}, {RuleEconomy, Ineligible, "Oceania", citeEconomy}}, nil},
		{"Resolution 1035: regional with one observer among Member States", app2("M5", Regional, "1000", "Arcadia", "Freedonia"), Ineligible,
			[]finding{{RuleMemberState, Ineligible, "Freedonia", citeMember}}, nil},
		{"Resolution 1035: Line 1, an observer", app1("M6", National, "1000", "Freedonia"), Ineligible,
			[]finding{{RuleMemberState, Ineligible, "Freedonia", citeMember}}, nil},
		{"para. 10: Line 1, an other economy", app1("M7", National, "1000", "Hyperborea"), Ineligible,
			[]finding{{RuleEconomy, Ineligible, "Hyperborea", citeEconomy}}, nil},

		// Scope (criteria 2 and 3 use the words).
		{"criterion 2: national naming two Member States", app2("S1", National, "1000", "Arcadia", "Borduria"), Ineligible,
			[]finding{{RuleScope, Ineligible, "", citeNational}}, [][]string{{"exactly one", "names 2"}}},
		{"criterion 3: regional naming one Member State", app2("S2", Regional, "1000", "Arcadia"), Ineligible,
			[]finding{{RuleScope, Ineligible, "", citeRegional}}, [][]string{{"at least 2", "names 1"}}},
		{"criterion 2: Line 1 national naming two", app1("S3", National, "1000", "Arcadia", "Borduria"), Ineligible,
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

		// Line 1 is not held to the Line 2 criteria (bullet 5).
		{"bullet 5: Line 1, subject to Article 4 does not matter", app1("L1", National, "1000", "Drakonia"), Eligible, nil, nil},
		{"bullet 5: Line 1, arrears do not matter", app1("L2", National, "1000", "Carpania"), Eligible, nil, nil},
		{"bullet 5: Line 1, no ceiling in the built-in set", app1("L3", National, "1400000.00", "Arcadia"), Eligible, nil, nil},
		{"bullet 5: Line 1, regional above the Line 2 regional ceiling", app1("L4", Regional, "900000", "Arcadia", "Borduria"), Eligible, nil, nil},

		// Combinations of findings: the strongest wins, every reason kept.
		{"criteria 1 and 4: conditional + needs review -> needs review", followUp(app2("X1", National, "1000", "Carpania"), "P", Line2), NeedsReview,
			[]finding{{RuleArrears, Conditional, "Carpania", citeAccess}, {RuleFollowUp, NeedsReview, "", citeFollowUp}}, nil},
		{"criteria 1 and 2: conditional + conditional (over the ceiling) -> conditional", app2("X2", National, "250000", "Carpania"), Conditional,
			[]finding{{RuleLine2Ceiling, Conditional, "", citeNational}, {RuleArrears, Conditional, "Carpania", citeAccess}}, nil},
		{"opening paragraph and criterion 4: needs review + ineligible -> ineligible", followUp(app2("X3", National, "0", "Arcadia"), "P", 0), Ineligible,
			[]finding{{RuleAmount, Ineligible, "", citeOpening}, {RuleFollowUp, NeedsReview, "", citeFollowUp}}, nil},
		{"criteria 1 and 4: conditional + needs review + ineligible -> ineligible", followUp(app2("X4", Regional, "1000", "Carpania", "Drakonia"), "P", Line2), Ineligible,
			[]finding{{RuleArticle4, Ineligible, "Drakonia", citeAccess}, {RuleArrears, Conditional, "Carpania", citeAccess}, {RuleFollowUp, NeedsReview, "", citeFollowUp}}, nil},
		{"criteria 1 and 4: admissible follow-up + conditional -> conditional", followUp(app2("X5", National, "1000", "Carpania"), "P", Line1), Conditional,
			[]finding{{RuleArrears, Conditional, "Carpania", citeAccess}, {RuleFollowUp, Eligible, "", citeFollowUp}}, nil},
		{"criteria 2 and 4: admissible follow-up + over the ceiling -> conditional", followUp(app2("X6", National, "200000.01", "Arcadia"), "P", Line1), Conditional,
			[]finding{{RuleLine2Ceiling, Conditional, "", citeNational}, {RuleFollowUp, Eligible, "", citeFollowUp}}, nil},
		{"Resolution 1035, criteria 1 and 4: admissible follow-up + conditional + ineligible -> ineligible", followUp(app2("X7", Regional, "1000", "Carpania", "Freedonia"), "P", Line1), Ineligible,
			[]finding{{RuleMemberState, Ineligible, "Freedonia", citeMember}, {RuleArrears, Conditional, "Carpania", citeAccess}, {RuleFollowUp, Eligible, "", citeFollowUp}}, nil},
		{"every rule that excludes, at once, in rule order", app2("X8", National, "300000", "Oceania", "Drakonia", "Carpania"), Ineligible,
			[]finding{
				{RuleMemberState, Ineligible, "Oceania", citeMember},
				{RuleEconomy, Ineligible, "Oceania", citeEconomy},
				{RuleScope, Ineligible, "", citeNational},
				{RuleLine2Ceiling, Conditional, "", citeNational},
				{RuleArticle4, Ineligible, "Drakonia", citeAccess},
				{RuleArrears, Conditional, "Carpania", citeAccess},
			}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Screen(tt.app, reg, p)
			if err != nil {
				t.Fatal(err)
			}
			if got.ID != tt.app.ID || got.Line != tt.app.Line {
				t.Errorf("screening of %s on %v is headed %s on %v", tt.app.ID, tt.app.Line, got.ID, got.Line)
			}
			if got.Verdict != tt.want {
				t.Errorf("verdict = %v, want %v (reasons %v)", got.Verdict, tt.want, got.Reasons)
			}
			if diff := cmp.Diff(tt.find, findings(got.Reasons)); diff != "" {
				t.Errorf("reasons (-want +got):\n%s", diff)
			}
			if got.Reasons == nil {
				t.Errorf("Reasons is nil; want an empty list when no rule found anything")
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

// TestScreenMessages pins whole messages, as a person reads them, for one
// finding of each rule.
func TestScreenMessages(t *testing.T) {
	reg := testRegistry(t)
	p := Resolution1150()
	tests := []struct {
		name string // the rule and its citation
		app  Application
		want []string
	}{
		{"Resolution 1035: an observer", app2("W1", National, "1000", "Freedonia"), []string{
			"Freedonia is an observer, not a Member State: the 1035 Facility serves Member States (Resolution No. 1035 (LXXX); MC/INF/302, para. 10)"}},
		{"para. 10: an economy in transition is named as such when it fails another rule", app2("W2", National, "1000", "Hyperborea"), []string{
			"Hyperborea's economy is neither developing nor in transition (other): the 1035 Facility serves developing Member States and Member States with economy in transition (MC/INF/302, para. 10; Resolution No. 1035 (LXXX))"}},
		{"criterion 3: regional naming one", app2("W3", Regional, "1000", "Arcadia"), []string{
			"a regional project benefits at least 2 Member States; this one names 1"}},
		{"Part III, opening paragraph: zero (reading zero-request)", app2("W4", National, "0", "Arcadia"), []string{
			"the amount requested is zero: it asks for no additional funding, and there is nothing to fund"}},
		{"criterion 2: above the national ceiling, fundable up to it (reading over-ceiling)", app2("W5", National, "200000.01", "Arcadia"), []string{
			"USD 200,000.01 requested exceeds the Line 2 national ceiling of USD 200,000.00 for a national project: a ceiling for funding, so fundable up to it, USD 200,000.00"}},
		{"criterion 1: subject, dated after Article 4 as amended came into force", dated(app2("W6", National, "1000", "Drakonia"), 2015, time.June, 30), []string{
			`Drakonia is subject to Article 4 of the IOM Constitution: its arrears of USD 90,000.00 equal or exceed the contributions due for the preceding two years (read as "two years": parameter article4_lookback two-years), USD 80,000.00, and the Council has not maintained its vote; Member States subject to Article 4 are not eligible for Line 2 funding`}},
		{"criterion 1: subject, with no date (reading article4-before-2013)", app2("W6b", National, "1000", "Drakonia"), []string{
			`Drakonia is subject to Article 4 of the IOM Constitution: its arrears of USD 90,000.00 equal or exceed the contributions due for the preceding two years (read as "two years": parameter article4_lookback two-years), USD 80,000.00, and the Council has not maintained its vote; Member States subject to Article 4 are not eligible for Line 2 funding; ` +
				`the application has no date, and the test is Article 4 as amended, in force since 21 November 2013 (the wording before it was not found): applied as a reading`}},
		{"Part III, opening paragraph: economy in transition (reading transition-economies)", app2("W10", National, "1000", "Ruritania"), []string{
			`Ruritania's economy is in transition: Part III speaks of "projects in developing Member States", and the Facility of Resolution No. 1035 (LXXX) (MC/INF/302, para. 10) also serves Member States with economy in transition: eligible`}},
		{"criterion 1: an observer in a regional project (reading barred-country-in-regional)", app2("W11", Regional, "1000", "Arcadia", "Freedonia"), []string{
			"Freedonia is an observer, not a Member State: the 1035 Facility serves Member States (Resolution No. 1035 (LXXX); MC/INF/302, para. 10); one barred country makes the whole regional project ineligible"}},
		{"criterion 1: waived", app2("W7", National, "1000", "Elbonia"), []string{
			`Elbonia has arrears of USD 90,000.00, at or above the contributions due for the preceding two years (read as "two years": parameter article4_lookback two-years), USD 80,000.00, but the Council maintained its vote, so it is not subject to Article 4; access to Line 2 funding is linked to outstanding contributions, and the text does not say how: eligible on condition of the outstanding contributions`}},
		{"criterion 4: follow-up to a Line 1 project", followUp(app2("W8", National, "1000", "Arcadia"), "P-1", Line1), []string{
			`follows up project "P-1", funded under Line 1 (as declared; the earlier project's record is not checked): a follow-up to a Line 1 project is admissible under Line 2`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Screen(tt.app, reg, p)
			if err != nil {
				t.Fatal(err)
			}
			var msgs []string
			for _, r := range got.Reasons {
				msgs = append(msgs, r.Message)
			}
			if diff := cmp.Diff(tt.want, msgs); diff != "" {
				t.Errorf("messages (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("Reason.String: verdict, rule, citation, message, and the reading it rests on", func(t *testing.T) {
		got, err := Screen(app2("W9", National, "0", "Arcadia"), reg, p)
		if err != nil {
			t.Fatal(err)
		}
		const want = "ineligible: application.amount (Resolution 1150 (XCIII), Annex, Part III, opening paragraph): the amount requested is zero: it asks for no additional funding, and there is nothing to fund [reading: zero-request]"
		if len(got.Reasons) != 1 || got.Reasons[0].String() != want {
			t.Errorf("reasons %v, want one reading %q", got.Reasons, want)
		}
	})
	t.Run("Reason.String: no marker where the words apply as they stand", func(t *testing.T) {
		got, err := Screen(app2("W12", National, "1000", "Genovia"), reg, p)
		if err != nil {
			t.Fatal(err)
		}
		const want = "ineligible: facility.member-state (Resolution 1035 (LXXX)): Genovia is a non-member, not a Member State: the 1035 Facility serves Member States (Resolution No. 1035 (LXXX); MC/INF/302, para. 10)"
		if len(got.Reasons) != 1 || got.Reasons[0].String() != want {
			t.Errorf("reasons %v, want one reading %q", got.Reasons, want)
		}
	})
	t.Run("Reason.String: two readings, in the order the finding took them", func(t *testing.T) {
		r := Reason{Rule: RuleArticle4, Citation: citeAccess, Verdict: Eligible, Country: "X", Message: "m",
			Interpretations: []string{"article4-before-2013", "barred-country-in-regional"}}
		const want = "eligible: line2.article4 (Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 1): m [reading: article4-before-2013, barred-country-in-regional]"
		if got := r.String(); got != want {
			t.Errorf("String() = %q, want %q", got, want)
		}
	})
}

// TestScreenFigures pins the figures a reason carries.
func TestScreenFigures(t *testing.T) {
	reg := testRegistry(t)
	p := Resolution1150()
	money := func(name, amount string) Figure {
		return Figure{Name: name, Value: decimal.RequireFromString(amount), Unit: "USD"}
	}
	tests := []struct {
		name string
		app  Application
		want [][]Figure
	}{
		{"criterion 2: amount, ceiling and what is fundable (reading over-ceiling)", app2("G1", National, "200000.01", "Arcadia"),
			[][]Figure{{money("amount requested", "200000.01"), money("Line 2 national ceiling", "200000"), money("fundable", "200000")}}},
		{"criterion 3: amount, ceiling and what is fundable (reading over-ceiling)", app2("G1r", Regional, "300000.01", "Arcadia", "Borduria"),
			[][]Figure{{money("amount requested", "300000.01"), money("Line 2 regional ceiling", "300000"), money("fundable", "300000")}}},
		{"criterion 1: arrears and contributions due, named with the reading", app2("G2", National, "1", "Drakonia"),
			[][]Figure{{money("arrears", "90000"), money("contributions due for the preceding two years", "80000")}}},
		{"criterion 1: declared subject with no due figure", app2("G3", National, "1", "Kyrandia"),
			[][]Figure{{money("arrears", "1000")}}},
		{"criteria 2 and 3: the count", app2("G4", Regional, "1", "Arcadia"),
			[][]Figure{{{"benefiting Member States", decimal.NewFromInt(1), "Member States"}}}},
		{"opening paragraph: amount zero", app2("G5", National, "0", "Arcadia"),
			[][]Figure{{money("amount requested", "0")}}},
		{"criterion 4: a follow-up has no figures", followUp(app2("G6", National, "1", "Arcadia"), "P", Line1),
			[][]Figure{nil}},
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
	t.Run("criterion 2, option over_ceiling ineligible: nothing fundable, no such figure", func(t *testing.T) {
		p := Resolution1150()
		p.OverCeiling.Value = Ineligible
		got, err := Screen(app2("G7", National, "200000.01", "Arcadia"), reg, p)
		if err != nil {
			t.Fatal(err)
		}
		want := [][]Figure{{money("amount requested", "200000.01"), money("Line 2 national ceiling", "200000")}}
		var figs [][]Figure
		for _, r := range got.Reasons {
			figs = append(figs, r.Figures)
		}
		if diff := cmp.Diff(want, figs); diff != "" {
			t.Errorf("figures (-want +got):\n%s", diff)
		}
	})
	t.Run("a figure in words and in JSON", func(t *testing.T) {
		for _, tc := range []struct {
			f          Figure
			text, json string
		}{
			{money("amount requested", "250000"), "amount requested: USD 250,000.00", `{"name":"amount requested","value":"250000.00","unit":"USD"}`},
			{money("arrears", "0.5"), "arrears: USD 0.50", `{"name":"arrears","value":"0.50","unit":"USD"}`},
			{Figure{"benefiting Member States", decimal.NewFromInt(9), "Member States"}, "benefiting Member States: 9", `{"name":"benefiting Member States","value":"9","unit":"Member States"}`},
		} {
			data, err := tc.f.MarshalJSON()
			if err != nil || string(data) != tc.json || tc.f.String() != tc.text {
				t.Errorf("%v: %q and %s (%v), want %q and %s", tc.f.Name, tc.f.String(), data, err, tc.text, tc.json)
			}
		}
	})
}

// TestScreenAmountsWrittenAnyWay: an amount means the same however it was
// made (text with or without decimals, cents, a decimal at another
// exponent): the verdict, messages and figures do not change with how it
// is written, nor does what is fundable (the ceiling, under the built-in
// reading over-ceiling). (The old fast path had to be checked for this;
// the plain code keeps the behaviour.)
func TestScreenAmountsWrittenAnyWay(t *testing.T) {
	reg := testRegistry(t)
	mustNew := func(d decimal.Decimal) iomstrategy.USD {
		a, err := iomstrategy.NewUSD(d)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	forms := []struct {
		name   string
		amount iomstrategy.USD
	}{
		{"text with cents", usdT("200000.01")},
		{"text with a thousands separator", usdT("USD 200,000.01")},
		{"cents", iomstrategy.USDFromCents(200_000_01)},
		{"a decimal at exponent -4", mustNew(decimal.New(2_000_000_100, -4))},
	}
	ceilings := []struct {
		name    string
		ceiling iomstrategy.USD
	}{
		{"text", usdT("200000")},
		{"a decimal at exponent 5", mustNew(decimal.New(2, 5))},
		{"a decimal at exponent -3", mustNew(decimal.New(200_000_000, -3))},
	}
	const wantMessage = "USD 200,000.01 requested exceeds the Line 2 national ceiling of USD 200,000.00 for a national project: a ceiling for funding, so fundable up to it, USD 200,000.00"
	const wantJSON = `[{"name":"amount requested","value":"200000.01","unit":"USD"},{"name":"Line 2 national ceiling","value":"200000.00","unit":"USD"},{"name":"fundable","value":"200000.00","unit":"USD"}]`
	for _, f := range forms {
		for _, c := range ceilings {
			t.Run(f.name+", ceiling as "+c.name, func(t *testing.T) {
				p := Resolution1150()
				p.Line2NationalCeiling.Value = c.ceiling
				a := app2("E1", National, "1", "Arcadia")
				a.Amount = f.amount
				s, err := Screen(a, reg, p)
				if err != nil {
					t.Fatal(err)
				}
				if s.Verdict != Conditional || len(s.Reasons) != 1 || s.Reasons[0].Message != wantMessage {
					t.Fatalf("got %v %v, want conditional with %q", s.Verdict, s.Reasons, wantMessage)
				}
				if !s.Fundable.Equal(usdT("200000.00")) || s.Fundable.String() != "USD 200,000.00" {
					t.Errorf("fundable %s, want USD 200,000.00", s.Fundable)
				}
				data, err := jsonOf(s.Reasons[0].Figures)
				if err != nil || data != wantJSON {
					t.Errorf("figures %s (%v), want %s", data, err, wantJSON)
				}
			})
		}
	}
}

// TestScreenLookbackNamed checks that Article 4 reasons quote "the
// preceding two years" (Constitution, Article 4) and name the reading of it
// chosen in the parameters (Params.Article4Lookback), in the message and
// in the name of the figure.
func TestScreenLookbackNamed(t *testing.T) {
	reg := testRegistry(t)
	for _, tc := range []struct {
		lookback Lookback
		want     string
		figure   string
	}{
		{TwoYears, `the contributions due for the preceding two years (read as "two years": parameter article4_lookback two-years)`, "contributions due for the preceding two years"},
		{TwoFullYears, `the contributions due for the preceding two years (read as "two full years": parameter article4_lookback two-full-years)`, "contributions due for the preceding two full years"},
	} {
		p := Resolution1150()
		p.Article4Lookback.Value = tc.lookback
		for _, country := range []string{"Drakonia", "Carpania", "Elbonia"} {
			s, err := Screen(app2("Y", National, "1", country), reg, p)
			if err != nil {
				t.Fatal(err)
			}
			if len(s.Reasons) != 1 || !strings.Contains(s.Reasons[0].Message, tc.want) {
				t.Errorf("lookback %v, %s: reasons %v, want one naming %s", tc.lookback, country, s.Reasons, tc.want)
				continue
			}
			if figs := s.Reasons[0].Figures; len(figs) != 2 || figs[1].Name != tc.figure {
				t.Errorf("lookback %v, %s: figures %v, want the second named %q", tc.lookback, country, figs, tc.figure)
			}
		}
	}
}

// TestScreenLine1Ceiling: Params.Line1Ceiling, when a caller's set has one,
// applies to Line 1 only (Part III, bullet 5); above it, the request is
// read as the ceilings of criteria 2 and 3 are (over-ceiling): fundable up
// to it under the built-in reading, ineligible under the option.
func TestScreenLine1Ceiling(t *testing.T) {
	reg := testRegistry(t)
	p := Resolution1150()
	p.Name = "capped"
	p.Line1Ceiling = iomstrategy.Cited[iomstrategy.USD]{Value: usdT("100000"), Citation: citeLines}
	refusing := p
	refusing.OverCeiling.Value = Ineligible
	tests := []struct {
		name     string
		p        Params
		app      Application
		want     Verdict
		find     []finding
		message  string
		fundable string
	}{
		{"bullet 5: at the Line 1 ceiling", p, app1("P1", National, "100000", "Arcadia"), Eligible, nil, "", "100000.00"},
		{"bullet 5: above the Line 1 ceiling, fundable up to it (reading over-ceiling)", p, app1("P2", National, "100000.01", "Arcadia"), Conditional,
			[]finding{{RuleLine1Ceiling, Conditional, "", citeLines}},
			`USD 100,000.01 requested exceeds the Line 1 ceiling of USD 100,000.00 set by the parameter set "capped": a ceiling for funding, so fundable up to it, USD 100,000.00`, "100000.00"},
		{"bullet 5: above the Line 1 ceiling, option over_ceiling ineligible", refusing, app1("P2i", National, "100000.01", "Arcadia"), Ineligible,
			[]finding{{RuleLine1Ceiling, Ineligible, "", citeLines}},
			`USD 100,000.01 requested exceeds the Line 1 ceiling of USD 100,000.00 set by the parameter set "capped": this parameter set reads the ceiling as a bar on the request, ineligible`, "0.00"},
		{"bullet 5: the Line 1 ceiling does not bind Line 2", p, app2("P3", National, "150000", "Arcadia"), Eligible, nil, "", "150000.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Screen(tt.app, reg, tt.p)
			if err != nil {
				t.Fatal(err)
			}
			if got.Verdict != tt.want {
				t.Errorf("verdict %v, want %v", got.Verdict, tt.want)
			}
			if !got.Fundable.Equal(usdT(tt.fundable)) {
				t.Errorf("fundable %s, want %s", got.Fundable, usdT(tt.fundable))
			}
			if diff := cmp.Diff(tt.find, findings(got.Reasons)); diff != "" {
				t.Errorf("reasons (-want +got):\n%s", diff)
			}
			if tt.message != "" && (len(got.Reasons) != 1 || got.Reasons[0].Message != tt.message) {
				t.Errorf("reasons %v, want one reading %q", got.Reasons, tt.message)
			}
		})
	}
}

// TestScreenApplied pins which rules run on each line.
func TestScreenApplied(t *testing.T) {
	reg := testRegistry(t)
	withCeiling := Resolution1150()
	withCeiling.Line1Ceiling = iomstrategy.Cited[iomstrategy.USD]{Value: usdT("1"), Citation: citeLines}
	tests := []struct {
		name string
		app  Application
		p    Params
		want []ScreeningRule
	}{
		{"bullet 5: Line 2, Facility-wide rules and the criteria", app2("Q1", National, "1", "Arcadia"), Resolution1150(),
			[]ScreeningRule{"facility.member-state", "facility.economy", "application.scope", "application.amount", "line2.ceiling", "line2.article4", "line2.arrears", "facility.follow-up"}},
		{"bullet 5: Line 1, Facility-wide rules only", app1("Q2", National, "1", "Arcadia"), Resolution1150(),
			[]ScreeningRule{"facility.member-state", "facility.economy", "application.scope", "application.amount", "facility.follow-up"}},
		{"bullet 5: Line 1 with a ceiling in the parameters", app1("Q3", National, "1", "Arcadia"), withCeiling,
			[]ScreeningRule{"facility.member-state", "facility.economy", "application.scope", "application.amount", "line1.ceiling", "facility.follow-up"}},
		{"bullet 5: Line 2 with a Line 1 ceiling in the parameters", app2("Q4", National, "1", "Arcadia"), withCeiling,
			[]ScreeningRule{"facility.member-state", "facility.economy", "application.scope", "application.amount", "line2.ceiling", "line2.article4", "line2.arrears", "facility.follow-up"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Screen(tt.app, reg, tt.p)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got.Applied); diff != "" {
				t.Errorf("applied (-want +got):\n%s", diff)
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
	long := []string{"Arcadia", "Borduria", "Carpania", "Drakonia", "Elbonia", "Freedonia", "Genovia", "Hyperborea", "Illyria", "borduria"}
	tests := []struct {
		name     string
		app      Application
		field    string
		value    string
		sentinel error
		message  string // the whole error, when pinned
	}{
		{"an id is required", with(func(a *Application) { a.ID = " " }), "id", "", iomstrategy.ErrMissing,
			`application " ": id: required, but missing or empty`},
		{"bullet 5: line 0", with(func(a *Application) { a.Line = 0 }), "line", "0", ErrInvalidChoice,
			`application "E": line "0": unknown funding line: 0 (want 1 or 2)`},
		{"bullet 5: line 3", with(func(a *Application) { a.Line = 3 }), "line", "3", ErrInvalidChoice, ""},
		{"criteria 2 and 3: scope unset", with(func(a *Application) { a.Scope = 0 }), "scope", "0", ErrInvalidChoice,
			`application "E": scope "0": unknown scope 0: want national or regional`},
		{"criteria 2 and 3: scope unknown", with(func(a *Application) { a.Scope = 3 }), "scope", "3", ErrInvalidChoice, ""},
		{"a negative amount", with(func(a *Application) { a.Amount = iomstrategy.USDFromCents(-100) }), "amount", "-1.00", iomstrategy.ErrNegativeAmount,
			`application "E": amount "-1.00": amounts cannot be negative`},
		{"no countries", with(func(a *Application) { a.Countries = nil }), "countries", "", iomstrategy.ErrMissing,
			`application "E": countries: no benefiting Member State named`},
		{"an empty country", with(func(a *Application) { a.Scope, a.Countries = Regional, []string{"Arcadia", " "} }), "countries", "Arcadia; ", iomstrategy.ErrMissing,
			`application "E": countries "Arcadia; ": no benefiting Member State named: entry 2 is empty`},
		{"a country twice", with(func(a *Application) { a.Scope, a.Countries = Regional, []string{"Arcadia", "ARCADIA "} }), "countries", "Arcadia;ARCADIA ", iomstrategy.ErrDuplicate,
			`application "E": countries "Arcadia;ARCADIA ": a Member State named twice: "ARCADIA"`},
		{"a country twice in a long list", with(func(a *Application) { a.Scope, a.Countries = Regional, long }), "countries", strings.Join(long, ";"), iomstrategy.ErrDuplicate, ""},
		{"criterion 4: a follow-up line without a project", with(func(a *Application) { a.FollowUpLine = Line1 }), "follow_up_line", "1", ErrFollowUp,
			`application "E": follow_up_line "1": inconsistent follow-up: a follow-up line without the project it follows (follow_up_of is empty)`},
		{"criterion 4: a follow-up of itself", with(func(a *Application) { a.FollowUpOf = "E" }), "follow_up_of", "E", ErrFollowUp,
			`application "E": follow_up_of "E": inconsistent follow-up: an application cannot follow up itself`},
		{"criterion 4: a follow-up of itself, with spaces", with(func(a *Application) { a.FollowUpOf = " E " }), "follow_up_of", " E ", ErrFollowUp, ""},
		{"criterion 4: a follow-up of a blank id", with(func(a *Application) { a.FollowUpOf = "  " }), "follow_up_of", "  ", ErrFollowUp, ""},
		{"criterion 4: a follow-up line 3", with(func(a *Application) { a.FollowUpOf, a.FollowUpLine = "P", 3 }), "follow_up_line", "3", ErrInvalidChoice, ""},
		{"a country the registry lacks is an input error, not a verdict", with(func(a *Application) { a.Scope, a.Countries = Regional, []string{"Arcadia", "Utopia"} }),
			"countries", "Utopia", ErrUnknownCountry, `application "E": countries "Utopia": country not in the registry`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Screen(tt.app, reg, p)
			if err == nil {
				t.Fatalf("Screen accepted it: %+v", s)
			}
			if diff := cmp.Diff(Screening{}, s); diff != "" {
				t.Errorf("a partial result came with the error (-want +got):\n%s", diff)
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v (%T) is not an *InputError", err, err)
			}
			want := InputError{Input: "application", ID: tt.app.ID, Field: tt.field, Value: tt.value}
			if diff := cmp.Diff(want, *ie, inputErrorFields); diff != "" {
				t.Errorf("error %v (-want +got):\n%s", err, diff)
			}
			if !errors.Is(err, tt.sentinel) {
				t.Errorf("error %v does not match %v", err, tt.sentinel)
			}
			if !strings.Contains(err.Error(), `"`+tt.app.ID+`"`) {
				t.Errorf("error %q does not name the application", err)
			}
			if tt.message != "" && err.Error() != tt.message {
				t.Errorf("error %q, want %q", err, tt.message)
			}
			// Application.Validate gives the same refusal for the
			// malformed (the unknown country is the registry's matter).
			if tt.sentinel != ErrUnknownCountry {
				if verr := tt.app.Validate(); verr == nil || verr.Error() != err.Error() {
					t.Errorf("Validate: %v, want %v", verr, err)
				}
			}
		})
	}
	t.Run("a negative amount matches ErrInvalidAmount too", func(t *testing.T) {
		_, err := Screen(with(func(a *Application) { a.Amount = iomstrategy.USDFromCents(-1) }), reg, p)
		if !errors.Is(err, iomstrategy.ErrInvalidAmount) || errors.Is(err, iomstrategy.ErrSubCent) {
			t.Errorf("error %v: want ErrInvalidAmount and not ErrSubCent", err)
		}
	})
	t.Run("the zero registry knows no country", func(t *testing.T) {
		if _, err := Screen(ok, Registry{}, p); !errors.Is(err, ErrUnknownCountry) {
			t.Fatalf("error %v, want ErrUnknownCountry", err)
		}
		if _, err := Screen(ok, nil, p); !errors.Is(err, ErrUnknownCountry) {
			t.Fatalf("nil registry: error %v, want ErrUnknownCountry", err)
		}
	})
	t.Run("the zero Application does not validate", func(t *testing.T) {
		if err := (Application{}).Validate(); !errors.Is(err, iomstrategy.ErrMissing) {
			t.Errorf("Validate: %v, want iomstrategy.ErrMissing (no id)", err)
		}
	})
	t.Run("a malformed registry is refused before any application", func(t *testing.T) {
		bad := append(Registry{}, reg...)
		bad = append(bad, MemberState{Name: "Zembla", Membership: Member})
		s, err := Screen(ok, bad, p)
		var ie *InputError
		if !errors.As(err, &ie) || ie.Input != "Member State" || ie.ID != "Zembla" || ie.Field != "economy" || ie.Position != len(bad) || !errors.Is(err, ErrInvalidChoice) {
			t.Fatalf("error %v, want the Member State Zembla refused at its place %d", err, len(bad))
		}
		if diff := cmp.Diff(Screening{}, s); diff != "" {
			t.Errorf("a partial result came with the error (-want +got):\n%s", diff)
		}
	})
}

func TestScreenParamsErrors(t *testing.T) {
	reg := testRegistry(t)
	a := app2("E", National, "1000", "Arcadia")
	tests := []struct {
		name     string
		change   func(*Params)
		field    string
		sentinel error
	}{
		{"Constitution, Article 4: look-back unset", func(p *Params) { p.Article4Lookback.Value = 0 }, "article4_lookback", ErrInvalidChoice},
		{"Constitution, Article 4: look-back unknown", func(p *Params) { p.Article4Lookback.Value = 9 }, "article4_lookback", ErrInvalidChoice},
		{"criterion 2: negative national ceiling", func(p *Params) { p.Line2NationalCeiling.Value = iomstrategy.USDFromCents(-100) }, "line2_national_ceiling", iomstrategy.ErrNegativeAmount},
		{"criterion 3: negative regional ceiling", func(p *Params) { p.Line2RegionalCeiling.Value = iomstrategy.USDFromCents(-1) }, "line2_regional_ceiling", iomstrategy.ErrNegativeAmount},
		{"bullet 5: negative Line 1 ceiling", func(p *Params) { p.Line1Ceiling.Value = iomstrategy.USDFromCents(-500) }, "line1_ceiling", iomstrategy.ErrNegativeAmount},
		{"criterion 2: the national ceiling cited to criterion 3", func(p *Params) { p.Line2NationalCeiling.Citation = citeRegional }, "line2_national_ceiling_source", ErrInvalidParams},
		{"a set needs a name", func(p *Params) { p.Name = "" }, "name", iomstrategy.ErrMissing},
		{"opening paragraph: transition economies conditional is no option", func(p *Params) { p.TransitionEconomies.Value = Conditional }, "transition_economies", ErrInvalidChoice},
		{"criterion 1: Article 4 before 2013 eligible is no option", func(p *Params) { p.Article4Before2013.Value = Eligible }, "article4_before_2013", ErrInvalidChoice},
		{"criterion 1: a barred country in a regional project conditional is no option", func(p *Params) { p.BarredInRegional.Value = Conditional }, "barred_in_regional", ErrInvalidChoice},
		{"criterion 2: over the ceiling needs review is no option", func(p *Params) { p.OverCeiling.Value = NeedsReview }, "over_ceiling", ErrInvalidChoice},
		{"criterion 2: over the ceiling unset", func(p *Params) { p.OverCeiling.Value = 0 }, "over_ceiling", ErrInvalidChoice},
		{"criterion 3: a regional minimum of 1", func(p *Params) { p.RegionalMinimum.Value = 1 }, "regional_minimum", ErrInvalidParams},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Resolution1150()
			tt.change(&p)
			s, err := Screen(a, reg, p)
			var ie *InputError
			if !errors.As(err, &ie) || ie.Input != "1035 Facility parameters" || ie.Field != tt.field || !errors.Is(err, tt.sentinel) {
				t.Fatalf("Screen: %v, want an *InputError on the parameter %s matching %v", err, tt.field, tt.sentinel)
			}
			if diff := cmp.Diff(Screening{}, s); diff != "" {
				t.Errorf("a partial result came with the error (-want +got):\n%s", diff)
			}
			got, err := ScreenAll([]Application{a}, reg, p)
			if !errors.As(err, &ie) || ie.Field != tt.field || got != nil {
				t.Fatalf("ScreenAll: %v, %v; want no screening and the error on %s", got, err, tt.field)
			}
		})
	}
	t.Run("the zero Params is refused", func(t *testing.T) {
		if _, err := Screen(a, reg, Params{}); err == nil {
			t.Fatal("Screen accepted the zero Params")
		}
	})
	t.Run("criterion 2: a ceiling without a citation cites the criterion and says where the value comes from", func(t *testing.T) {
		for _, tt := range []struct {
			caller bool
			want   string
		}{
			{false, "USD 101.00 requested exceeds the Line 2 national ceiling of USD 100.00 (uncited) for a national project: a ceiling for funding, so fundable up to it, USD 100.00"},
			{true, "USD 101.00 requested exceeds the Line 2 national ceiling of USD 100.00 (caller-supplied) for a national project: a ceiling for funding, so fundable up to it, USD 100.00"},
		} {
			p := Resolution1150()
			p.CallerSupplied = tt.caller
			p.Line2NationalCeiling = iomstrategy.Cited[iomstrategy.USD]{Value: usdT("100")}
			s, err := Screen(app2("W", National, "101", "Arcadia"), reg, p)
			if err != nil {
				t.Fatal(err)
			}
			if len(s.Reasons) != 1 || s.Reasons[0].Citation != citeNational || s.Reasons[0].Message != tt.want {
				t.Fatalf("reasons %v, want one citing criterion 2 reading %q", s.Reasons, tt.want)
			}
		}
	})
	t.Run("criterion 2: a what-if ceiling under the text's citation says what the text says", func(t *testing.T) {
		p := Resolution1150()
		p.Line2NationalCeiling.Value = usdT("100")
		s, err := Screen(app2("W", National, "101", "Arcadia"), reg, p)
		if err != nil {
			t.Fatal(err)
		}
		const want = "USD 101.00 requested exceeds the Line 2 national ceiling of USD 100.00 (a what-if: Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2 says USD 200,000.00) for a national project: a ceiling for funding, so fundable up to it, USD 100.00"
		if len(s.Reasons) != 1 || s.Reasons[0].Message != want {
			t.Fatalf("reasons %v, want one reading %q", s.Reasons, want)
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
		if diff := cmp.Diff(one, s); diff != "" {
			t.Errorf("ScreenAll[%d] differs from Screen (-Screen +ScreenAll):\n%s", i, diff)
		}
		verdicts = append(verdicts, s.Verdict)
	}
	if diff := cmp.Diff([]Verdict{Eligible, Conditional, Ineligible, NeedsReview}, verdicts); diff != "" {
		t.Errorf("verdicts (-want +got):\n%s", diff)
	}

	errTests := []struct {
		name     string
		apps     []Application
		want     InputError // Err left out
		sentinel error
		prefix   string
	}{
		{"an unknown country in the third", []Application{apps[0], apps[1], app2("B9", National, "1", "Utopia"), apps[3]},
			InputError{Input: "application", ID: "B9", Position: 3, Field: "countries", Value: "Utopia"}, ErrUnknownCountry, `item 3: application "B9"`},
		{"a malformed second", []Application{apps[0], {ID: "B8", Line: 7}},
			InputError{Input: "application", ID: "B8", Position: 2, Field: "line", Value: "7"}, ErrInvalidChoice, `item 2: application "B8"`},
		{"an id twice", []Application{apps[0], apps[1], apps[0]},
			InputError{Input: "application", ID: "B1", Position: 3, Field: "id", Value: "B1"}, iomstrategy.ErrDuplicate, `item 3: application "B1": id "B1": application id given twice: also item 1`},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ScreenAll(tt.apps, reg, p)
			if got != nil {
				t.Errorf("partial result %v", got)
			}
			var ie *InputError
			if !errors.As(err, &ie) || !errors.Is(err, tt.sentinel) {
				t.Fatalf("error %v, want an *InputError matching %v", err, tt.sentinel)
			}
			if diff := cmp.Diff(tt.want, *ie, inputErrorFields); diff != "" {
				t.Errorf("error %v (-want +got):\n%s", err, diff)
			}
			if !strings.HasPrefix(err.Error(), tt.prefix) {
				t.Errorf("error %q does not start with %q", err, tt.prefix)
			}
		})
	}
	for _, tc := range []struct {
		name string
		apps []Application
	}{{"nil", nil}, {"empty", []Application{}}} {
		if got, err := ScreenAll(tc.apps, reg, p); err != nil || len(got) != 0 {
			t.Errorf("ScreenAll(%s) = %v, %v; want no screening and no error", tc.name, got, err)
		}
	}
}

// TestScreenAllResultsIndependent: the screenings of a batch share nothing
// a caller can change. Two applications name the same Member State, so
// their reasons carry the same figures and readings; changing the first
// screening's figures, readings, reasons and rules leaves the second as it
// was.
func TestScreenAllResultsIndependent(t *testing.T) {
	reg := testRegistry(t)
	apps := []Application{
		app2("I1", Regional, "300000.01", "Carpania", "Drakonia"),
		app2("I2", Regional, "300000.01", "Carpania", "Drakonia"),
		app2("I3", National, "1000", "Carpania"),
	}
	got, err := ScreenAll(apps, reg, Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	// Copies taken before, deep: the reasons, their figures and readings,
	// the rules.
	copyOf := func(s Screening) Screening {
		c := s
		c.Reasons = make([]Reason, len(s.Reasons))
		for i, r := range s.Reasons {
			c.Reasons[i] = r
			c.Reasons[i].Figures = append([]Figure(nil), r.Figures...)
			c.Reasons[i].Interpretations = append([]string(nil), r.Interpretations...)
		}
		c.Applied = append([]ScreeningRule(nil), s.Applied...)
		return c
	}
	before1, before2 := copyOf(got[1]), copyOf(got[2])
	// The three reasons of I1: the ceiling, Drakonia's Article 4,
	// Carpania's arrears; each has figures and rests on a reading
	// (over-ceiling; article4-before-2013 and barred-country-in-regional;
	// arrears-conditional).
	if len(got[0].Reasons) != 3 {
		t.Fatalf("I1 has reasons %v, want 3", got[0].Reasons)
	}
	for k := range got[0].Reasons {
		figs := got[0].Reasons[k].Figures
		if len(figs) == 0 {
			t.Fatalf("reason %d of I1 has no figures", k)
		}
		for j := range figs {
			figs[j].Name = "changed"
			figs[j].Value = decimal.NewFromInt(-1)
			figs[j].Unit = "changed"
		}
		got[0].Reasons[k].Figures = append(figs, Figure{Name: "added"})
		codes := got[0].Reasons[k].Interpretations
		if len(codes) == 0 {
			t.Fatalf("reason %d of I1 rests on no reading", k)
		}
		for j := range codes {
			codes[j] = "changed"
		}
		got[0].Reasons[k].Interpretations = append(codes, "added")
		got[0].Reasons[k].Message = "changed"
		got[0].Reasons[k].Country = "changed"
		got[0].Reasons[k].Verdict = Eligible
	}
	got[0].Reasons[0] = Reason{Rule: "changed"}
	got[0].Reasons = append(got[0].Reasons, Reason{Rule: "added"})
	got[0].Applied[0] = "changed"
	got[0].Applied = append(got[0].Applied, "added")
	if diff := cmp.Diff(before1, got[1]); diff != "" {
		t.Errorf("changing the first screening changed the second (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(before2, got[2]); diff != "" {
		t.Errorf("changing the first screening changed the third (-before +after):\n%s", diff)
	}
	// And a fresh screening of the same batch is as before.
	again, err := ScreenAll(apps, reg, Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before1, again[0], cmpopts.IgnoreFields(Screening{}, "ID")); diff != "" {
		t.Errorf("changing a screening changed later screenings (-want +got):\n%s", diff)
	}
}

// TestScreenDoesNotChangeInputs: screening is pure.
func TestScreenDoesNotChangeInputs(t *testing.T) {
	reg := testRegistry(t)
	before := append(Registry(nil), reg...)
	p := Resolution1150()
	a := app2("I1", Regional, "1000", " carpania ", "Drakonia")
	countries := append([]string(nil), a.Countries...)
	first, err := Screen(a, reg, p)
	if err != nil {
		t.Fatal(err)
	}
	second, _ := Screen(a, reg, p)
	if diff := cmp.Diff(first, second); diff != "" {
		t.Errorf("two screenings differ (-first +second):\n%s", diff)
	}
	batch, _ := ScreenAll([]Application{a}, reg, p)
	if len(batch) != 1 {
		t.Fatalf("ScreenAll gave %d screenings", len(batch))
	}
	if diff := cmp.Diff(first, batch[0]); diff != "" {
		t.Errorf("ScreenAll differs from Screen (-Screen +ScreenAll):\n%s", diff)
	}
	if diff := cmp.Diff(countries, a.Countries); diff != "" {
		t.Errorf("countries changed: %s", diff)
	}
	if diff := cmp.Diff(before, reg); diff != "" {
		t.Errorf("registry changed: %s", diff)
	}
	if diff := cmp.Diff(Resolution1150(), p); diff != "" {
		t.Errorf("params changed: %s", diff)
	}
}

func TestScreeningRulesCatalogue(t *testing.T) {
	// The stable codes, in the order Screen runs them, written out.
	want := []ScreeningRule{"facility.member-state", "facility.economy", "application.scope", "application.amount",
		"line1.ceiling", "line2.ceiling", "line2.article4", "line2.arrears", "facility.follow-up"}
	if diff := cmp.Diff(want, ScreeningRules()); diff != "" {
		t.Errorf("ScreeningRules (-want +got):\n%s", diff)
	}
	// Each rule is declared once, under its provision, in the rule book.
	under := map[ScreeningRule]iomstrategy.Citation{
		RuleMemberState: citeOpening, RuleEconomy: citeOpening, RuleScope: citeRegional, RuleAmount: citeOpening,
		RuleLine1Ceiling: citeLines, RuleLine2Ceiling: citeNational, RuleArticle4: citeAccess, RuleArrears: citeAccess,
		RuleFollowUp: citeFollowUp,
	}
	got := map[ScreeningRule]iomstrategy.Citation{}
	for _, pr := range Provisions(Resolution1150()) {
		for _, r := range pr.Rules {
			if r.Kind == KindCriterion {
				got[ScreeningRule(r.Code)] = pr.Citation
			}
		}
	}
	if diff := cmp.Diff(under, got); diff != "" {
		t.Errorf("the provisions of the screening rules (-want +got):\n%s", diff)
	}
}

// TestCitationsVerify collects every citation this part of the package makes
// and checks each against the embedded source.
func TestCitationsVerify(t *testing.T) {
	var all []iomstrategy.Citation
	all = append(all, citeOpening, citeMember, citeEconomy, citeNational, citeRegional, citeAccess, citeFollowUp, citeLines, citeLedger)
	p := Resolution1150()
	all = append(all, p.Line2NationalCeiling.Citation, p.Line2RegionalCeiling.Citation, p.Article4Lookback.Citation)
	// And every citation a screening of the test registry produces.
	reg := testRegistry(t)
	for _, m := range reg {
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

// TestVerdictOrder: Eligible < Conditional < NeedsReview < Ineligible,
// and the strongest finding decides (see TestScreenRules for the
// combinations).
func TestVerdictOrder(t *testing.T) {
	order := []Verdict{Eligible, Conditional, NeedsReview, Ineligible}
	for i := 1; i < len(order); i++ {
		if !(order[i-1] < order[i]) {
			t.Errorf("%v is not weaker than %v", order[i-1], order[i])
		}
	}
	if Verdict(0) >= Eligible {
		t.Errorf("the zero Verdict is not below Eligible")
	}
}

// TestVerdictValid: the four verdicts are valid; the zero Verdict (no
// answer) and anything past Ineligible are not.
func TestVerdictValid(t *testing.T) {
	for _, tc := range []struct {
		v    Verdict
		want bool
		text string
	}{
		{0, false, "Verdict(0)"},
		{Eligible, true, "eligible"},
		{Conditional, true, "conditional"},
		{NeedsReview, true, "needs-review"},
		{Ineligible, true, "ineligible"},
		{5, false, "Verdict(5)"},
		{255, false, "Verdict(255)"},
	} {
		if got := tc.v.Valid(); got != tc.want {
			t.Errorf("Verdict(%d).Valid() = %v, want %v", uint8(tc.v), got, tc.want)
		}
		if got := tc.v.String(); got != tc.text {
			t.Errorf("Verdict(%d).String() = %q, want %q", uint8(tc.v), got, tc.text)
		}
		text, err := tc.v.MarshalText()
		if tc.want && (err != nil || string(text) != tc.text) {
			t.Errorf("Verdict(%d).MarshalText() = %q, %v; want %q", uint8(tc.v), text, err, tc.text)
		}
		if !tc.want && !errors.Is(err, ErrInvalidChoice) {
			t.Errorf("Verdict(%d).MarshalText(): %v, want ErrInvalidChoice", uint8(tc.v), err)
		}
	}
}

// TestScreeningDecisive: the reasons that decided the verdict.
func TestScreeningDecisive(t *testing.T) {
	reg := testRegistry(t)
	s, err := Screen(followUp(app2("D1", Regional, "1000", "Carpania", "Drakonia"), "P", Line2), reg, Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	want := []finding{{RuleArticle4, Ineligible, "Drakonia", citeAccess}}
	if diff := cmp.Diff(want, findings(s.Decisive())); diff != "" {
		t.Errorf("Decisive (-want +got):\n%s", diff)
	}
	if got := (Screening{}).Decisive(); got != nil {
		t.Errorf("the zero Screening has decisive reasons %v", got)
	}
}

// TestScreeningJSON pins the JSON form of a screening, the one the
// command-line tool prints.
func TestScreeningJSON(t *testing.T) {
	reg := testRegistry(t)
	j1 := followUp(app2("J1", National, "1000", "Carpania"), "P-7", Line1)
	j1.Date = time.Date(2015, time.March, 1, 0, 0, 0, 0, time.UTC) // the amended Article 4 is in force
	s, err := Screen(j1, reg, Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	got, err := jsonOf(s)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"id":"J1","line":2,"scope":"national","amount":"1000.00","countries":["Carpania"],"verdict":"conditional","fundable":"1000.00","reasons":[` +
		`{"code":"line2.arrears","citation":"Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 1","finding":"conditional","country":"Carpania",` +
		`"message":"Carpania has arrears of USD 5,000.00, below the Article 4 threshold of the contributions due for the preceding two years (read as \"two years\": parameter article4_lookback two-years), USD 80,000.00; access to Line 2 funding is linked to outstanding contributions, and the text does not say how: eligible on condition of the outstanding contributions",` +
		`"figures":[{"name":"arrears","value":"5000.00","unit":"USD"},{"name":"contributions due for the preceding two years","value":"80000.00","unit":"USD"}],` +
		`"interpretations":["arrears-conditional"]},` +
		`{"code":"facility.follow-up","citation":"Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 4","finding":"eligible",` +
		`"message":"follows up project \"P-7\", funded under Line 1 (as declared; the earlier project's record is not checked): a follow-up to a Line 1 project is admissible under Line 2"}],` +
		`"rules_applied":["facility.member-state","facility.economy","application.scope","application.amount","line2.ceiling","line2.article4","line2.arrears","facility.follow-up"],` +
		`"interpretations":["arrears-conditional"]}`
	if got != want {
		t.Errorf("JSON\n got %s\nwant %s", got, want)
	}
	// An eligible screening with no reasons writes empty lists, not null,
	// and the whole amount as fundable.
	e, err := Screen(app1("J2", National, "1", "Arcadia"), reg, Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	got, err = jsonOf(e)
	const wantEmpty = `{"id":"J2","line":1,"scope":"national","amount":"1.00","countries":["Arcadia"],"verdict":"eligible","fundable":"1.00","reasons":[],"rules_applied":["facility.member-state","facility.economy","application.scope","application.amount","facility.follow-up"],"interpretations":[]}`
	if err != nil || got != wantEmpty {
		t.Errorf("JSON %s (%v), want %s", got, err, wantEmpty)
	}
	// The zero Screening has no verdict and does not marshal as an answer.
	if _, err := jsonOf(Screening{}); err == nil {
		t.Errorf("the zero Screening marshals")
	}
}
