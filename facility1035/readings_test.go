package facility1035

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/policycode/iomstrategy"
)

// The readings of screening and of the ledger, by code, written here apart
// from the library (see rulebook.go).
const (
	readTransition   = "transition-economies"
	readZero         = "zero-request"
	readArticle4Pre  = "article4-before-2013"
	readBarred       = "barred-country-in-regional"
	readArrears      = "arrears-conditional"
	readOverCeiling  = "over-ceiling"
	readRegionalMin  = "regional-minimum"
	readFollowUp     = "follow-up-other"
	readNoCrossCover = "no-cross-line-cover"
)

// labelled is the part of a reason the readings table pins down: the
// finding and the codes of the readings it rests on.
type labelled struct {
	Rule            ScreeningRule
	Verdict         Verdict
	Country         string
	Citation        iomstrategy.Citation
	Interpretations []string
}

func labelledOf(rs []Reason) []labelled {
	var out []labelled
	for _, r := range rs {
		out = append(out, labelled{r.Rule, r.Verdict, r.Country, r.Citation, r.Interpretations})
	}
	return out
}

func interpretationIDs(is []Interpretation) []string {
	var out []string
	for _, i := range is {
		out = append(out, i.ID)
	}
	return out
}

// dated is a with the date y-m-d (UTC).
func dated(a Application, y int, m time.Month, d int) Application {
	a.Date = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return a
}

// TestReadings covers every reading of screening, each option both ways:
// the built-in reading (the parameter set as Resolution1150 gives it) and
// each alternative the parameter allows. For each case: the verdict, each
// reason with the codes of the readings it rests on, the readings the
// screening lists, and what is fundable. Every expected value is written
// out by hand from Part III and the options' documentation.
func TestReadings(t *testing.T) {
	reg := testRegistry(t)
	ceiling1 := func(p *Params) {
		p.Name = "capped"
		p.Line1Ceiling = iomstrategy.Cited[iomstrategy.USD]{Value: usdT("100000"), Citation: citeLines}
	}
	over := func(v Verdict) func(*Params) { return func(p *Params) { p.OverCeiling.Value = v } }
	transition := func(v Verdict) func(*Params) { return func(p *Params) { p.TransitionEconomies.Value = v } }
	before := func(v Verdict) func(*Params) { return func(p *Params) { p.Article4Before2013.Value = v } }
	barred := func(v Verdict) func(*Params) { return func(p *Params) { p.BarredInRegional.Value = v } }
	minimum := func(n int) func(*Params) { return func(p *Params) { p.RegionalMinimum.Value = n } }
	both := func(fs ...func(*Params)) func(*Params) {
		return func(p *Params) {
			for _, f := range fs {
				f(p)
			}
		}
	}
	r := func(rule ScreeningRule, v Verdict, country string, cite iomstrategy.Citation, codes ...string) labelled {
		return labelled{rule, v, country, cite, codes}
	}
	tests := []struct {
		code     string               // the reading the case is about
		cite     iomstrategy.Citation // the provision whose words it reads
		name     string               // the option and the situation
		set      func(*Params)        // nil: the built-in reading
		app      Application
		verdict  Verdict
		reasons  []labelled
		readings []string // Screening.Interpretations(), by id
		fundable string
		words    []string // in the message of the first labelled reason
	}{
		// transition-economies: Part III opens with "projects in
		// developing Member States"; para. 10 also serves economies in
		// transition. Built-in: eligible, labelled; option: developing only.
		{readTransition, citeOpening, "built-in eligible: Line 2, national", nil,
			app2("T1", National, "150000", "Ruritania"), Eligible,
			[]labelled{r(RuleEconomy, Eligible, "Ruritania", citeOpening, readTransition)},
			[]string{readTransition}, "150000.00", []string{"Ruritania's economy is in transition", "also serves Member States with economy in transition: eligible"}},
		{readTransition, citeOpening, "built-in eligible: Line 1 too", nil,
			app1("T2", National, "1000", "Ruritania"), Eligible,
			[]labelled{r(RuleEconomy, Eligible, "Ruritania", citeOpening, readTransition)},
			[]string{readTransition}, "1000.00", nil},
		{readTransition, citeOpening, "built-in eligible: a developing Member State needs no reading", nil,
			app2("T3", National, "150000", "Arcadia"), Eligible, nil, nil, "150000.00", nil},
		{readTransition, citeOpening, "option ineligible (developing only): Line 2", transition(Ineligible),
			app2("T4", National, "150000", "Ruritania"), Ineligible,
			[]labelled{r(RuleEconomy, Ineligible, "Ruritania", citeOpening, readTransition)},
			[]string{readTransition}, "0.00", []string{"developing Member States only: ineligible"}},
		{readTransition, citeOpening, "option ineligible (developing only): Line 1", transition(Ineligible),
			app1("T5", National, "1000", "Ruritania"), Ineligible,
			[]labelled{r(RuleEconomy, Ineligible, "Ruritania", citeOpening, readTransition)},
			[]string{readTransition}, "0.00", nil},
		{readTransition, citeOpening, "option ineligible: a developing Member State is not touched", transition(Ineligible),
			app2("T6", National, "150000", "Borduria"), Eligible, nil, nil, "150000.00", nil},
		{readTransition, citeOpening, "option ineligible: an other economy is still ineligible under para. 10, with no reading", transition(Ineligible),
			app2("T7", National, "1000", "Hyperborea"), Ineligible,
			[]labelled{r(RuleEconomy, Ineligible, "Hyperborea", citeEconomy)}, nil, "0.00", nil},
		{readTransition, citeOpening, "option ineligible, in a regional project: the barred country's reading applies too", transition(Ineligible),
			app2("T8", Regional, "1000", "Arcadia", "Ruritania"), Ineligible,
			[]labelled{r(RuleEconomy, Ineligible, "Ruritania", citeOpening, readTransition, readBarred)},
			[]string{readTransition, readBarred}, "0.00", nil},

		// zero-request: the text states no minimum; a request of zero
		// asks for no "additional funding". One reading, no option.
		{readZero, citeOpening, "built-in (no option): zero on Line 2", nil,
			app2("Z1", National, "0", "Arcadia"), Ineligible,
			[]labelled{r(RuleAmount, Ineligible, "", citeOpening, readZero)},
			[]string{readZero}, "0.00", []string{"asks for no additional funding"}},
		{readZero, citeOpening, "built-in (no option): zero on Line 1", nil,
			app1("Z2", National, "0.00", "Arcadia"), Ineligible,
			[]labelled{r(RuleAmount, Ineligible, "", citeOpening, readZero)},
			[]string{readZero}, "0.00", nil},
		{readZero, citeOpening, "built-in (no option): one cent needs no reading", nil,
			app2("Z3", National, "0.01", "Arcadia"), Eligible, nil, nil, "0.01", nil},

		// article4-before-2013: Article 4 as amended is in force from 21
		// November 2013; before that day, or with no date, the amended
		// test is a reading. Built-in: ineligible; option: needs review.
		{readArticle4Pre, citeAccess, "built-in ineligible: no date", nil,
			app2("B1", National, "1000", "Drakonia"), Ineligible,
			[]labelled{r(RuleArticle4, Ineligible, "Drakonia", citeAccess, readArticle4Pre)},
			[]string{readArticle4Pre}, "0.00", []string{"the application has no date", "in force since 21 November 2013", "applied as a reading"}},
		{readArticle4Pre, citeAccess, "built-in ineligible: dated 2013-11-20, the day before", nil,
			dated(app2("B2", National, "1000", "Drakonia"), 2013, time.November, 20), Ineligible,
			[]labelled{r(RuleArticle4, Ineligible, "Drakonia", citeAccess, readArticle4Pre)},
			[]string{readArticle4Pre}, "0.00", []string{"the application is dated 2013-11-20", "applied as a reading"}},
		{readArticle4Pre, citeAccess, "built-in ineligible: dated 2009-03-01", nil,
			dated(app2("B3", National, "1000", "Drakonia"), 2009, time.March, 1), Ineligible,
			[]labelled{r(RuleArticle4, Ineligible, "Drakonia", citeAccess, readArticle4Pre)},
			[]string{readArticle4Pre}, "0.00", nil},
		{readArticle4Pre, citeAccess, "built-in: dated 2013-11-21, the amended Article 4 in force, no reading", nil,
			dated(app2("B4", National, "1000", "Drakonia"), 2013, time.November, 21), Ineligible,
			[]labelled{r(RuleArticle4, Ineligible, "Drakonia", citeAccess)}, nil, "0.00", nil},
		{readArticle4Pre, citeAccess, "built-in: dated 2015-06-30, no reading", nil,
			dated(app2("B5", National, "1000", "Drakonia"), 2015, time.June, 30), Ineligible,
			[]labelled{r(RuleArticle4, Ineligible, "Drakonia", citeAccess)}, nil, "0.00", nil},
		{readArticle4Pre, citeAccess, "built-in: declared subject, no date", nil,
			app2("B6", National, "1000", "Kyrandia"), Ineligible,
			[]labelled{r(RuleArticle4, Ineligible, "Kyrandia", citeAccess, readArticle4Pre)},
			[]string{readArticle4Pre}, "0.00", nil},
		{readArticle4Pre, citeAccess, "built-in: Line 1 is not held to criterion 1, no date", nil,
			app1("B7", National, "1000", "Drakonia"), Eligible, nil, nil, "1000.00", nil},
		{readArticle4Pre, citeAccess, "option needs review: no date", before(NeedsReview),
			app2("B8", National, "1000", "Drakonia"), NeedsReview,
			[]labelled{r(RuleArticle4, NeedsReview, "Drakonia", citeAccess, readArticle4Pre)},
			[]string{readArticle4Pre}, "1000.00", []string{"the application has no date", "needs review"}},
		{readArticle4Pre, citeAccess, "option needs review: dated 2013-11-20", before(NeedsReview),
			dated(app2("B9", National, "1000", "Drakonia"), 2013, time.November, 20), NeedsReview,
			[]labelled{r(RuleArticle4, NeedsReview, "Drakonia", citeAccess, readArticle4Pre)},
			[]string{readArticle4Pre}, "1000.00", []string{"the application is dated 2013-11-20"}},
		{readArticle4Pre, citeAccess, "option needs review: dated 2013-11-21, Article 4 applies as amended, no reading", before(NeedsReview),
			dated(app2("B10", National, "1000", "Drakonia"), 2013, time.November, 21), Ineligible,
			[]labelled{r(RuleArticle4, Ineligible, "Drakonia", citeAccess)}, nil, "0.00", nil},
		{readArticle4Pre, citeAccess, "option needs review: dated 2020-01-15, no reading", before(NeedsReview),
			dated(app2("B11", National, "1000", "Drakonia"), 2020, time.January, 15), Ineligible,
			[]labelled{r(RuleArticle4, Ineligible, "Drakonia", citeAccess)}, nil, "0.00", nil},

		// barred-country-in-regional: criterion 1 bars Member States, not
		// projects. Built-in: one barred country makes a regional project
		// ineligible; options: needs review, or eligible with the barred
		// country left out and the others counted against the minimum.
		{readBarred, citeAccess, "built-in ineligible: an observer in a regional project", nil,
			app2("R1", Regional, "1000", "Arcadia", "Freedonia"), Ineligible,
			[]labelled{r(RuleMemberState, Ineligible, "Freedonia", citeMember, readBarred)},
			[]string{readBarred}, "0.00", []string{"Freedonia is an observer", "one barred country makes the whole regional project ineligible"}},
		{readBarred, citeAccess, "built-in ineligible: an Article 4 state in a regional project, dated 2015", nil,
			dated(app2("R2", Regional, "1000", "Arcadia", "Borduria", "Drakonia"), 2015, time.June, 30), Ineligible,
			[]labelled{r(RuleArticle4, Ineligible, "Drakonia", citeAccess, readBarred)},
			[]string{readBarred}, "0.00", nil},
		{readBarred, citeAccess, "built-in ineligible: a national project is not a regional one, no reading", nil,
			app2("R3", National, "1000", "Freedonia"), Ineligible,
			[]labelled{r(RuleMemberState, Ineligible, "Freedonia", citeMember)}, nil, "0.00", nil},
		{readBarred, citeAccess, "option needs review: an observer in a regional project", barred(NeedsReview),
			app2("R4", Regional, "1000", "Arcadia", "Freedonia"), NeedsReview,
			[]labelled{r(RuleMemberState, NeedsReview, "Freedonia", citeMember, readBarred)},
			[]string{readBarred}, "1000.00", []string{"criterion 1 bars Member States, not projects", "needs review"}},
		{readBarred, citeAccess, "option needs review: an other economy in a regional project", barred(NeedsReview),
			app2("R5", Regional, "1000", "Arcadia", "Hyperborea", "Borduria"), NeedsReview,
			[]labelled{r(RuleEconomy, NeedsReview, "Hyperborea", citeEconomy, readBarred)},
			[]string{readBarred}, "1000.00", nil},
		{readBarred, citeAccess, "option eligible: 2 countries, one barred: 1 left, below the minimum of 2", barred(Eligible),
			app2("R6", Regional, "1000", "Arcadia", "Freedonia"), Ineligible,
			[]labelled{
				r(RuleMemberState, Eligible, "Freedonia", citeMember, readBarred),
				r(RuleScope, Ineligible, "", citeRegional, readRegionalMin),
			},
			[]string{readBarred, readRegionalMin}, "0.00", []string{"Freedonia is left out of the regional project"}},
		{readBarred, citeAccess, "option eligible: 3 countries, one barred: 2 left, a regional project", barred(Eligible),
			app2("R7", Regional, "1000", "Arcadia", "Borduria", "Freedonia"), Eligible,
			[]labelled{r(RuleMemberState, Eligible, "Freedonia", citeMember, readBarred)},
			[]string{readBarred}, "1000.00", nil},
		{readBarred, citeAccess, "option eligible: 3 countries, an Article 4 state with no date: both readings", barred(Eligible),
			app2("R8", Regional, "1000", "Arcadia", "Borduria", "Drakonia"), Eligible,
			[]labelled{r(RuleArticle4, Eligible, "Drakonia", citeAccess, readArticle4Pre, readBarred)},
			[]string{readArticle4Pre, readBarred}, "1000.00", nil},
		{readBarred, citeAccess, "option eligible: one country barred twice (observer, other economy) is left out once", barred(Eligible),
			app2("R9", Regional, "1000", "Arcadia", "Borduria", "Oceania"), Eligible,
			[]labelled{
				r(RuleMemberState, Eligible, "Oceania", citeMember, readBarred),
				r(RuleEconomy, Eligible, "Oceania", citeEconomy, readBarred),
			},
			[]string{readBarred}, "1000.00", nil},
		{readBarred, citeAccess, "option eligible: 2 countries, one barred twice: 1 left", barred(Eligible),
			app2("R10", Regional, "1000", "Arcadia", "Oceania"), Ineligible,
			[]labelled{
				r(RuleMemberState, Eligible, "Oceania", citeMember, readBarred),
				r(RuleEconomy, Eligible, "Oceania", citeEconomy, readBarred),
				r(RuleScope, Ineligible, "", citeRegional, readRegionalMin),
			},
			[]string{readBarred, readRegionalMin}, "0.00", nil},
		{readBarred, citeAccess, "option eligible: 3 countries, two barred: 1 left", barred(Eligible),
			app2("R11", Regional, "1000", "Arcadia", "Freedonia", "Genovia"), Ineligible,
			[]labelled{
				r(RuleMemberState, Eligible, "Freedonia", citeMember, readBarred),
				r(RuleMemberState, Eligible, "Genovia", citeMember, readBarred),
				r(RuleScope, Ineligible, "", citeRegional, readRegionalMin),
			},
			[]string{readBarred, readRegionalMin}, "0.00", nil},
		{readBarred, citeAccess, "option eligible, with a regional minimum of 3: 3 countries, one barred", both(barred(Eligible), minimum(3)),
			app2("R12", Regional, "1000", "Arcadia", "Borduria", "Freedonia"), Ineligible,
			[]labelled{
				r(RuleMemberState, Eligible, "Freedonia", citeMember, readBarred),
				r(RuleScope, Ineligible, "", citeRegional, readRegionalMin),
			},
			[]string{readBarred, readRegionalMin}, "0.00", nil},
		{readBarred, citeAccess, "option eligible, with a regional minimum of 3: 4 countries, one barred", both(barred(Eligible), minimum(3)),
			app2("R13", Regional, "1000", "Arcadia", "Borduria", "Jotunheim", "Freedonia"), Eligible,
			[]labelled{r(RuleMemberState, Eligible, "Freedonia", citeMember, readBarred)},
			[]string{readBarred}, "1000.00", nil},
		{readBarred, citeAccess, "option eligible: a national project naming a barred country is still ineligible, no reading", barred(Eligible),
			app2("R14", National, "1000", "Freedonia"), Ineligible,
			[]labelled{r(RuleMemberState, Ineligible, "Freedonia", citeMember)}, nil, "0.00", nil},
		{readBarred, citeAccess, "option eligible: a regional project naming only a barred country is no regional project, no reading", barred(Eligible),
			app2("R15", Regional, "1000", "Freedonia"), Ineligible,
			[]labelled{
				r(RuleMemberState, Ineligible, "Freedonia", citeMember),
				r(RuleScope, Ineligible, "", citeRegional, readRegionalMin),
			},
			[]string{readRegionalMin}, "0.00", nil},

		// arrears-conditional: access is "linked to outstanding
		// contributions" and the text does not say how. One reading.
		// Undated, "not subject" is the amended test's answer too: the
		// reason rests on article4-before-2013 as well (the verdict stays).
		{readArrears, citeAccess, "built-in (no option): arrears below the threshold, no date: the amended test a reading too", nil,
			app2("K1", National, "1000", "Carpania"), Conditional,
			[]labelled{r(RuleArrears, Conditional, "Carpania", citeAccess, readArrears, readArticle4Pre)},
			[]string{readArticle4Pre, readArrears}, "1000.00", []string{"the text does not say how"}},
		{readArrears, citeAccess, "built-in (no option): arrears below the threshold, dated 2015: no Article 4 reading", nil,
			dated(app2("K1d", National, "1000", "Carpania"), 2015, time.March, 1), Conditional,
			[]labelled{r(RuleArrears, Conditional, "Carpania", citeAccess, readArrears)},
			[]string{readArrears}, "1000.00", nil},
		{readArrears, citeAccess, "built-in (no option): arrears waived by the Council, no date: the amended test a reading too", nil,
			app2("K2", National, "1000", "Elbonia"), Conditional,
			[]labelled{r(RuleArrears, Conditional, "Elbonia", citeAccess, readArrears, readArticle4Pre)},
			[]string{readArticle4Pre, readArrears}, "1000.00", nil},

		// over-ceiling: criteria 2 and 3 set a "Ceiling for funding".
		// Built-in: conditional, fundable up to the ceiling; option:
		// ineligible.
		{readOverCeiling, citeNational, "built-in conditional: national, one cent above", nil,
			app2("C1", National, "200000.01", "Arcadia"), Conditional,
			[]labelled{r(RuleLine2Ceiling, Conditional, "", citeNational, readOverCeiling)},
			[]string{readOverCeiling}, "200000.00", []string{"a ceiling for funding, so fundable up to it, USD 200,000.00"}},
		{readOverCeiling, citeNational, "built-in conditional: regional, one cent above", nil,
			app2("C2", Regional, "300000.01", "Arcadia", "Borduria"), Conditional,
			[]labelled{r(RuleLine2Ceiling, Conditional, "", citeRegional, readOverCeiling)},
			[]string{readOverCeiling}, "300000.00", []string{"fundable up to it, USD 300,000.00"}},
		{readOverCeiling, citeNational, "built-in: at the ceiling exactly, no reading", nil,
			app2("C3", National, "200000.00", "Arcadia"), Eligible, nil, nil, "200000.00", nil},
		{readOverCeiling, citeNational, "built-in conditional: with arrears, both conditional", nil,
			app2("C4", National, "250000", "Carpania"), Conditional,
			[]labelled{
				r(RuleLine2Ceiling, Conditional, "", citeNational, readOverCeiling),
				r(RuleArrears, Conditional, "Carpania", citeAccess, readArrears, readArticle4Pre),
			},
			[]string{readArticle4Pre, readArrears, readOverCeiling}, "200000.00", nil},
		{readOverCeiling, citeNational, "built-in conditional: with a follow-up that needs review, fundable still the ceiling", nil,
			followUp(app2("C5", National, "250000", "Arcadia"), "P", Line2), NeedsReview,
			[]labelled{
				r(RuleLine2Ceiling, Conditional, "", citeNational, readOverCeiling),
				r(RuleFollowUp, NeedsReview, "", citeFollowUp, readFollowUp),
			},
			[]string{readOverCeiling, readFollowUp}, "200000.00", nil},
		{readOverCeiling, citeNational, "built-in conditional: with an Article 4 state dated 2015, nothing fundable", nil,
			dated(app2("C6", National, "250000", "Drakonia"), 2015, time.June, 30), Ineligible,
			[]labelled{
				r(RuleLine2Ceiling, Conditional, "", citeNational, readOverCeiling),
				r(RuleArticle4, Ineligible, "Drakonia", citeAccess),
			},
			[]string{readOverCeiling}, "0.00", nil},
		{readOverCeiling, citeNational, "built-in conditional: Line 1 above a set's Line 1 ceiling", ceiling1,
			app1("C7", National, "100000.01", "Arcadia"), Conditional,
			[]labelled{r(RuleLine1Ceiling, Conditional, "", citeLines, readOverCeiling)},
			[]string{readOverCeiling}, "100000.00", []string{`the Line 1 ceiling of USD 100,000.00 set by the parameter set "capped"`, "fundable up to it, USD 100,000.00"}},
		{readOverCeiling, citeNational, "built-in: Line 1 with no Line 1 ceiling is never over one", nil,
			app1("C8", National, "1400000", "Arcadia"), Eligible, nil, nil, "1400000.00", nil},
		{readOverCeiling, citeNational, "option ineligible: national, one cent above", over(Ineligible),
			app2("C9", National, "200000.01", "Arcadia"), Ineligible,
			[]labelled{r(RuleLine2Ceiling, Ineligible, "", citeNational, readOverCeiling)},
			[]string{readOverCeiling}, "0.00", []string{"reads the ceiling as a bar on the request, ineligible"}},
		{readOverCeiling, citeNational, "option ineligible: regional, one cent above", over(Ineligible),
			app2("C10", Regional, "300000.01", "Arcadia", "Borduria"), Ineligible,
			[]labelled{r(RuleLine2Ceiling, Ineligible, "", citeRegional, readOverCeiling)},
			[]string{readOverCeiling}, "0.00", nil},
		{readOverCeiling, citeNational, "option ineligible: at the ceiling exactly, no reading", over(Ineligible),
			app2("C11", Regional, "300000.00", "Arcadia", "Borduria"), Eligible, nil, nil, "300000.00", nil},
		{readOverCeiling, citeNational, "option ineligible: Line 1 above a set's Line 1 ceiling", both(ceiling1, over(Ineligible)),
			app1("C12", National, "100000.01", "Arcadia"), Ineligible,
			[]labelled{r(RuleLine1Ceiling, Ineligible, "", citeLines, readOverCeiling)},
			[]string{readOverCeiling}, "0.00", nil},

		// regional-minimum: the criteria name regional projects and do
		// not count a region. Built-in: 2; option: a count from 2.
		{readRegionalMin, citeRegional, "built-in 2: one country", nil,
			app2("M1", Regional, "1000", "Arcadia"), Ineligible,
			[]labelled{r(RuleScope, Ineligible, "", citeRegional, readRegionalMin)},
			[]string{readRegionalMin}, "0.00", []string{"a regional project benefits at least 2 Member States; this one names 1"}},
		{readRegionalMin, citeRegional, "built-in 2: two countries", nil,
			app2("M2", Regional, "1000", "Arcadia", "Borduria"), Eligible, nil, nil, "1000.00", nil},
		{readRegionalMin, citeRegional, "built-in: a national project naming two fails on the words of criterion 2, no reading", nil,
			app2("M3", National, "1000", "Arcadia", "Borduria"), Ineligible,
			[]labelled{r(RuleScope, Ineligible, "", citeNational)}, nil, "0.00", nil},
		{readRegionalMin, citeRegional, "option 3: two countries", minimum(3),
			app2("M4", Regional, "1000", "Arcadia", "Borduria"), Ineligible,
			[]labelled{r(RuleScope, Ineligible, "", citeRegional, readRegionalMin)},
			[]string{readRegionalMin}, "0.00", []string{"a regional project benefits at least 3 Member States; this one names 2"}},
		{readRegionalMin, citeRegional, "option 3: three countries", minimum(3),
			app2("M5", Regional, "1000", "Arcadia", "Borduria", "Jotunheim"), Eligible, nil, nil, "1000.00", nil},
		{readRegionalMin, citeRegional, "option 3: Line 1 counts the same", minimum(3),
			app1("M6", Regional, "1000", "Arcadia", "Borduria"), Ineligible,
			[]labelled{r(RuleScope, Ineligible, "", citeRegional, readRegionalMin)},
			[]string{readRegionalMin}, "0.00", nil},

		// follow-up-other: criterion 4 admits follow-ups to Line 1
		// projects under Line 2 and is silent on any other. One reading.
		{readFollowUp, citeFollowUp, "built-in (no option): a follow-up to a Line 2 project", nil,
			followUp(app2("F1", National, "1000", "Arcadia"), "P-2", Line2), NeedsReview,
			[]labelled{r(RuleFollowUp, NeedsReview, "", citeFollowUp, readFollowUp)},
			[]string{readFollowUp}, "1000.00", []string{"says nothing of follow-ups to Line 2 projects"}},
		{readFollowUp, citeFollowUp, "built-in (no option): a follow-up whose line is not given", nil,
			followUp(app2("F2", National, "1000", "Arcadia"), "P-3", 0), NeedsReview,
			[]labelled{r(RuleFollowUp, NeedsReview, "", citeFollowUp, readFollowUp)},
			[]string{readFollowUp}, "1000.00", nil},
		{readFollowUp, citeFollowUp, "built-in (no option): a follow-up on Line 1", nil,
			followUp(app1("F3", National, "1000", "Arcadia"), "P-4", Line1), NeedsReview,
			[]labelled{r(RuleFollowUp, NeedsReview, "", citeFollowUp, readFollowUp)},
			[]string{readFollowUp}, "1000.00", nil},
		{readFollowUp, citeFollowUp, "built-in: a follow-up to a Line 1 project on Line 2 is the text's own case, no reading", nil,
			followUp(app2("F4", National, "1000", "Arcadia"), "P-1", Line1), Eligible,
			[]labelled{r(RuleFollowUp, Eligible, "", citeFollowUp)}, nil, "1000.00", nil},
	}
	known := interpretationIDs(Interpretations())
	covered := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.code+" ("+tt.cite.String()+"): "+tt.name, func(t *testing.T) {
			covered[tt.code] = true
			p := Resolution1150()
			if tt.set != nil {
				tt.set(&p)
			}
			// The reading is declared under the provision the case names.
			if got := provisionOf(p, tt.code); got != tt.cite {
				t.Errorf("the rule book declares %s under %v, want %v", tt.code, got, tt.cite)
			}
			s, err := Screen(tt.app, reg, p)
			if err != nil {
				t.Fatal(err)
			}
			if s.Verdict != tt.verdict {
				t.Errorf("verdict %v, want %v (reasons %v)", s.Verdict, tt.verdict, s.Reasons)
			}
			if diff := cmp.Diff(tt.reasons, labelledOf(s.Reasons), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("reasons (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.readings, interpretationIDs(s.Interpretations()), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Interpretations (-want +got):\n%s", diff)
			}
			if !s.Fundable.Equal(usdT(tt.fundable)) {
				t.Errorf("fundable %s, want %s", s.Fundable, usdT(tt.fundable))
			}
			first := -1
			for i, r := range s.Reasons {
				for _, code := range r.Interpretations {
					if !slices.Contains(known, code) {
						t.Errorf("reason %s carries %q, which is not an interpretation of the package", r.Rule, code)
					}
				}
				// The text form marks a reason that rests on a reading.
				marker := " [reading: " + strings.Join(r.Interpretations, ", ") + "]"
				if got := strings.HasSuffix(r.String(), marker); got != (len(r.Interpretations) > 0) {
					t.Errorf("reason %q: marked %v, want %v", r.String(), got, len(r.Interpretations) > 0)
				}
				if strings.Contains(r.String(), "[reading:") != (len(r.Interpretations) > 0) {
					t.Errorf("reason %q carries a marker it does not rest on", r.String())
				}
				if first < 0 && slices.Contains(r.Interpretations, tt.code) {
					first = i
				}
			}
			for _, w := range tt.words {
				if first < 0 {
					t.Errorf("no reason rests on %s, want one saying %q", tt.code, w)
					break
				}
				if !strings.Contains(s.Reasons[first].Message, w) {
					t.Errorf("reason %d message %q lacks %q", first, s.Reasons[first].Message, w)
				}
			}
			// Every listed interpretation is whole: its reading and option.
			for _, i := range s.Interpretations() {
				if i.Text == "" || i.Option == "" {
					t.Errorf("interpretation %s has no text or no option: %+v", i.ID, i)
				}
			}
		})
	}
	// Every reading of screening has cases; the ledger's is in
	// TestReadingNoCrossLineCover.
	for _, code := range []string{readTransition, readZero, readArticle4Pre, readBarred, readArrears, readOverCeiling, readRegionalMin, readFollowUp} {
		if !covered[code] {
			t.Errorf("no case covers %s", code)
		}
		if !slices.Contains(known, code) {
			t.Errorf("%s is not an interpretation of the package", code)
		}
	}
}

// provisionOf is the citation of the provision under which the rule book
// declares code, or the zero Citation.
func provisionOf(p Params, code string) iomstrategy.Citation {
	for _, pr := range Provisions(p) {
		for _, r := range pr.Rules {
			if r.Code == code {
				return pr.Citation
			}
		}
	}
	return iomstrategy.Citation{}
}

// TestReadingOptions pins the built-in reading of each parameter and where
// it is cited, and which values each allows: every other value is refused
// before any application is screened.
func TestReadingOptions(t *testing.T) {
	p := Resolution1150()
	builtIn := []struct {
		key  string
		got  any
		cite iomstrategy.Citation
		want any
		at   iomstrategy.Citation
	}{
		{"transition_economies", p.TransitionEconomies.Value, p.TransitionEconomies.Citation, Eligible, citeOpening},
		{"article4_before_2013", p.Article4Before2013.Value, p.Article4Before2013.Citation, Ineligible, citeAccess},
		{"barred_in_regional", p.BarredInRegional.Value, p.BarredInRegional.Citation, Ineligible, citeAccess},
		{"over_ceiling", p.OverCeiling.Value, p.OverCeiling.Citation, Conditional, citeNational},
		{"regional_minimum", p.RegionalMinimum.Value, p.RegionalMinimum.Citation, 2, citeRegional},
	}
	for _, b := range builtIn {
		if b.got != b.want || b.cite != b.at {
			t.Errorf("%s: built-in %v cited to %v, want %v cited to %v", b.key, b.got, b.cite, b.want, b.at)
		}
	}

	reg := testRegistry(t)
	a := app2("O", National, "1000", "Arcadia")
	verdicts := []Verdict{Eligible, Conditional, NeedsReview, Ineligible}
	for _, tc := range []struct {
		key     string
		set     func(*Params, Verdict)
		allowed []Verdict
	}{
		{"transition_economies", func(p *Params, v Verdict) { p.TransitionEconomies.Value = v }, []Verdict{Eligible, Ineligible}},
		{"article4_before_2013", func(p *Params, v Verdict) { p.Article4Before2013.Value = v }, []Verdict{NeedsReview, Ineligible}},
		{"barred_in_regional", func(p *Params, v Verdict) { p.BarredInRegional.Value = v }, []Verdict{Eligible, NeedsReview, Ineligible}},
		{"over_ceiling", func(p *Params, v Verdict) { p.OverCeiling.Value = v }, []Verdict{Conditional, Ineligible}},
	} {
		for _, v := range append(verdicts, 0, 5) {
			p := Resolution1150()
			tc.set(&p, v)
			_, err := Screen(a, reg, p)
			if slices.Contains(tc.allowed, v) {
				if err != nil {
					t.Errorf("%s %v: %v, want it allowed", tc.key, v, err)
				}
				continue
			}
			var ie *InputError
			if !errors.As(err, &ie) || ie.Field != tc.key || !errors.Is(err, ErrInvalidChoice) {
				t.Errorf("%s %v: %v, want an *InputError on %s matching ErrInvalidChoice", tc.key, v, err, tc.key)
			}
		}
	}
	for _, n := range []int{-1, 0, 1, 2, 3, 1000, 1001} {
		p := Resolution1150()
		p.RegionalMinimum.Value = n
		_, err := Screen(a, reg, p)
		var ie *InputError
		if ok := n >= 2 && n <= 1000; ok != (err == nil) {
			t.Errorf("regional_minimum %d: %v, want allowed %v", n, err, ok)
		} else if !ok && (!errors.As(err, &ie) || ie.Field != "regional_minimum" || !errors.Is(err, ErrInvalidParams)) {
			t.Errorf("regional_minimum %d: %v, want an *InputError on regional_minimum matching ErrInvalidParams", n, err)
		}
	}
}

// TestReadingsJSON: a reason that rests on a reading carries its codes in
// JSON, one that does not has no such key, and a screening writes what is
// fundable and the interpretations it used, each whole.
func TestReadingsJSON(t *testing.T) {
	reg := testRegistry(t)
	s, err := Screen(app2("J3", National, "250000", "Arcadia"), reg, Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Reasons) != 1 {
		t.Fatalf("reasons %v, want the ceiling's alone", s.Reasons)
	}
	got, err := jsonOf(s.Reasons[0])
	if err != nil {
		t.Fatal(err)
	}
	const wantReason = `{"code":"line2.ceiling","citation":"Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2","finding":"conditional",` +
		`"message":"USD 250,000.00 requested exceeds the Line 2 national ceiling of USD 200,000.00 for a national project: a ceiling for funding, so fundable up to it, USD 200,000.00",` +
		`"figures":[{"name":"amount requested","value":"250000.00","unit":"USD"},{"name":"Line 2 national ceiling","value":"200000.00","unit":"USD"},{"name":"fundable","value":"200000.00","unit":"USD"}],` +
		`"interpretations":["over-ceiling"]}`
	if got != wantReason {
		t.Errorf("JSON of the reason\n got %s\nwant %s", got, wantReason)
	}
	if !strings.Contains(got, `"interpretations":["over-ceiling"]`) {
		t.Errorf("JSON of the reason %s lacks its reading", got)
	}

	got, err = jsonOf(s)
	if err != nil {
		t.Fatal(err)
	}
	// The screening names the readings it used by code; their words are in
	// Interpretations and the rule book.
	for _, w := range []string{`"verdict":"conditional","fundable":"200000.00","reasons":[`, `"rules_applied":[`, `],"interpretations":["over-ceiling"]}`} {
		if !strings.Contains(got, w) {
			t.Errorf("JSON of the screening %s lacks %s", got, w)
		}
	}
	var decoded struct {
		ID              string
		Verdict         string
		Fundable        *string
		Interpretations []string
	}
	if err := json.Unmarshal([]byte(got), &decoded); err != nil {
		t.Fatal(err)
	}
	if decoded.Fundable == nil || *decoded.Fundable != "200000.00" || len(decoded.Interpretations) != 1 || decoded.Interpretations[0] != "over-ceiling" {
		t.Fatalf("decoded %+v, want fundable 200000.00 and the reading over-ceiling", decoded)
	}

	// An unlabelled reason has no interpretations key; an ineligible
	// screening has nothing fundable, written as such.
	s, err = Screen(app2("J4", National, "1000", "Freedonia"), reg, Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	got, err = jsonOf(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{`"verdict":"ineligible","fundable":"0.00"`, `"interpretations":[]}`} {
		if !strings.Contains(got, w) {
			t.Errorf("JSON %s lacks %s", got, w)
		}
	}
	if strings.Count(got, `"interpretations"`) != 1 {
		t.Errorf("JSON %s: an unlabelled reason writes interpretations", got)
	}
}

// TestReadingNoCrossLineCover: criterion 5 asks for "distinct tracking and
// accounting"; that the ledger never covers one line from the other is a
// reading, labelled on the refusal it decides and on no other.
func TestReadingNoCrossLineCover(t *testing.T) {
	if got := provisionOf(Resolution1150(), readNoCrossCover); got != citeLedger {
		t.Errorf("the rule book declares %s under %v, want %v", readNoCrossCover, got, citeLedger)
	}
	l := newLedger(t, "100", "50")
	_, refused := l.BookAll([]Commitment{
		commit("a", Line2, "50.01"), // exceeds Line 2, though Line 1 has 100
		commit("b", Line1, "100"),   // fits
		commit("b", Line2, "1"),     // duplicate
		commit("c", Line1, "0.01"),  // exceeds: Line 1 is now empty
		commit("d", Line2, "0"),     // zero
		commit("e", 0, "1"),         // no line
	})
	type seen struct {
		Position        int
		Interpretations []string
	}
	var got []seen
	for _, r := range refused {
		got = append(got, seen{r.Position, r.Interpretations})
	}
	want := []seen{{1, []string{readNoCrossCover}}, {3, nil}, {4, []string{readNoCrossCover}}, {5, nil}, {6, nil}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("refusals (-want +got):\n%s", diff)
	}
}

// TestReadingLeftOutCount: with the barred left out, the scope reason says
// how many Member States remain and how many were left out.
func TestReadingLeftOutCount(t *testing.T) {
	p := Resolution1150()
	p.BarredInRegional.Value = Eligible
	p.RegionalMinimum.Value = 3
	s, err := Screen(app2("R10", Regional, "1000", "Arcadia", "Borduria", "Freedonia"), testRegistry(t), p)
	if err != nil {
		t.Fatal(err)
	}
	const want = "a regional project benefits at least 3 Member States; this one names 3, 2 once the barred are left out"
	last := s.Reasons[len(s.Reasons)-1]
	if last.Rule != RuleScope || last.Message != want || last.Figures[1].Value.IntPart() != 1 {
		t.Errorf("scope reason %v; want %q with 1 left out", last, want)
	}
}
