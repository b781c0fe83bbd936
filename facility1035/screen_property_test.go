package facility1035

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
)

// genRegistry makes n Member State records with every combination of
// membership, economy, arrears and Article 4 standing the rules tell
// apart. The same rng gives the same registry.
func genRegistry(t testing.TB, rng *rand.Rand, n int) Registry {
	t.Helper()
	r := make(Registry, n)
	for i := range r {
		m := MemberState{
			Name:       fmt.Sprintf("Country-%03d", i),
			Membership: Membership(1 + rng.IntN(3)),
			Economy:    Economy(1 + rng.IntN(3)),
		}
		// Most are full members with a served economy, so that eligible
		// applications are common.
		if rng.IntN(3) > 0 {
			m.Membership, m.Economy = Member, Economy(1+rng.IntN(2))
		}
		dueCents := rng.Int64N(200_000_00)
		m.DueTwoYears, m.DueTwoYearsKnown = iomstrategy.USDFromCents(dueCents), true
		switch rng.IntN(6) {
		case 0, 1: // no arrears
		case 2: // below the threshold
			m.Arrears = iomstrategy.USDFromCents(rng.Int64N(dueCents + 1))
		case 3: // at or above it
			m.Arrears = iomstrategy.USDFromCents(dueCents + rng.Int64N(1000))
		case 4: // declared
			m.Arrears = iomstrategy.USDFromCents(1 + rng.Int64N(100_000_00))
			m.SubjectToArticle4 = Article4Declaration(1 + rng.IntN(2))
			if rng.IntN(2) == 0 {
				m.DueTwoYears, m.DueTwoYearsKnown = iomstrategy.USD{}, false
			}
		case 5: // exactly at it
			m.Arrears = m.DueTwoYears
		}
		if m.SubjectToArticle4 != Article4Subject {
			m.CouncilWaiver = rng.IntN(4) == 0
		}
		r[i] = m
	}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	return r
}

// genApplication makes an application with an amount spread around the
// ceilings, a scope that sometimes does not match its countries (up to
// ten of them), names written with other case and spaces than the
// registry's, and sometimes a follow-up.
func genApplication(rng *rand.Rand, id int, reg Registry) Application {
	a := Application{
		ID:    fmt.Sprintf("APP-%07d", id),
		Line:  Line(1 + rng.IntN(2)),
		Scope: Scope(1 + rng.IntN(2)),
	}
	switch rng.IntN(5) {
	case 0: // around the national ceiling
		a.Amount = iomstrategy.USDFromCents(200_000_00 + rng.Int64N(11) - 5)
	case 1: // around the regional ceiling
		a.Amount = iomstrategy.USDFromCents(300_000_00 + rng.Int64N(11) - 5)
	case 2:
		if rng.IntN(4) > 0 {
			a.Amount = iomstrategy.USDFromCents(rng.Int64N(400_000_00))
		}
	default:
		a.Amount = iomstrategy.USDFromCents(rng.Int64N(400_000_00))
	}
	n := 1
	if a.Scope == Regional {
		n = 2 + rng.IntN(3)
	}
	switch rng.IntN(20) {
	case 0, 1: // a scope that does not match the count
		n = 1 + rng.IntN(3)
	case 2: // many Member States
		n = 8 + rng.IntN(3)
	}
	for _, k := range rng.Perm(len(reg))[:n] {
		name := reg[k].Name
		if rng.IntN(6) == 0 {
			name = "  " + strings.ToUpper(name) + " "
		}
		a.Countries = append(a.Countries, name)
	}
	if rng.IntN(4) == 0 {
		a.FollowUpOf = fmt.Sprintf("OLD-%d", rng.IntN(1000))
		a.FollowUpLine = Line(rng.IntN(3))
	}
	return a
}

// line2Criteria are the rules of Part III, bullet 5 that apply on Line 2
// only.
var line2Criteria = []ScreeningRule{"line2.ceiling", "line2.article4", "line2.arrears"}

// propertyDate gives every third application no date, every third one a
// date before Article 4 as amended came into force (21 November 2013) and
// the others one after it, without drawing on the generator.
func propertyDate(i int) time.Time {
	switch i % 3 {
	case 1:
		return time.Date(2010, time.May, 4, 0, 0, 0, 0, time.UTC)
	case 2:
		return time.Date(2016, time.October, 12, 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// TestScreenProperties checks, over thousands of generated applications,
// under the built-in readings and under the option that refuses a request
// over its ceiling (over_ceiling ineligible):
//   - what is fundable is never above the ceiling nor above the request, is
//     zero when the verdict is ineligible and otherwise the request up to
//     the ceiling;
//   - a Line 2 request above its ceiling is never eligible: conditional at
//     least under the built-in reading, ineligible under the option;
//   - the verdict is the strongest finding, Line 1 never gets the Line 2
//     criteria, an eligible or conditional verdict means every rule that
//     excludes held, and conditional needs arrears or (built-in) a request
//     over its ceiling;
//   - every reading a reason rests on is listed once by the screening and
//     marked in its text, and Article 4 is labelled article4-before-2013
//     exactly when the application is undated or dated before 21 November
//     2013;
//   - screening is deterministic, changes none of its inputs and gives in a
//     batch what it gives alone.
func TestScreenProperties(t *testing.T) {
	refusing := Resolution1150()
	refusing.OverCeiling.Value = Ineligible
	for _, set := range []struct {
		name    string
		p       Params
		refuses bool // a request over its ceiling is ineligible
	}{
		{"built-in readings (over the ceiling: fundable up to it)", Resolution1150(), false},
		{"option over_ceiling ineligible", refusing, true},
	} {
		t.Run(set.name, func(t *testing.T) { screenProperties(t, set.p, set.refuses) })
	}
}

func screenProperties(t *testing.T, p Params, refuses bool) {
	rng := rand.New(rand.NewPCG(1, 2))
	reg := genRegistry(t, rng, 60)
	regBefore := append(Registry(nil), reg...)
	pBefore := p
	counts := map[Verdict]int{}
	apps := make([]Application, 20_000)
	for i := range apps {
		apps[i] = genApplication(rng, i, reg)
		apps[i].Date = propertyDate(i)
	}
	appsBefore := make([]Application, len(apps))
	for i, a := range apps {
		appsBefore[i] = a
		appsBefore[i].Countries = append([]string(nil), a.Countries...)
	}
	batch, err := ScreenAll(apps, reg, p)
	if err != nil {
		t.Fatal(err)
	}
	amended := time.Date(2013, time.November, 21, 0, 0, 0, 0, time.UTC)
	overCount := 0
	for i, a := range apps {
		s, err := Screen(a, reg, p)
		if err != nil {
			t.Fatalf("%+v: %v", a, err)
		}
		counts[s.Verdict]++

		// Deterministic, and the same in a batch as alone.
		if i%50 == 0 {
			again, _ := Screen(a, reg, p)
			if diff := cmp.Diff(s, again); diff != "" {
				t.Fatalf("%s: two screenings differ:\n%s", a.ID, diff)
			}
		}
		if diff := cmp.Diff(s, batch[i]); diff != "" {
			t.Fatalf("%s: ScreenAll differs from Screen (-Screen +ScreenAll):\n%s", a.ID, diff)
		}

		// The verdict is the strongest finding; every finding's rule ran;
		// the rules ran in the order of ScreeningRules.
		strongest := Eligible
		for _, r := range s.Reasons {
			strongest = max(strongest, r.Verdict)
			if !slices.Contains(s.Applied, r.Rule) {
				t.Fatalf("%s: reason of %s, a rule that did not run", a.ID, r.Rule)
			}
		}
		if s.Verdict != strongest {
			t.Fatalf("%s: verdict %v, strongest finding %v", a.ID, s.Verdict, strongest)
		}
		if !isSubsequence(s.Applied, ScreeningRules()) {
			t.Fatalf("%s: rules applied %v, not in the order of ScreeningRules", a.ID, s.Applied)
		}

		// Line 1 never gets the Line 2 criteria, Line 2 never the Line 1
		// ceiling; both get the Facility-wide rules.
		for _, r := range line2Criteria {
			if (a.Line == Line1) == slices.Contains(s.Applied, r) {
				t.Fatalf("%s on %v: rules applied %v", a.ID, a.Line, s.Applied)
			}
		}
		if a.Line == Line2 && slices.Contains(s.Applied, RuleLine1Ceiling) {
			t.Fatalf("%s: the Line 1 ceiling ran on Line 2", a.ID)
		}
		for _, r := range []ScreeningRule{"facility.member-state", "facility.economy", "application.scope", "application.amount", "facility.follow-up"} {
			if !slices.Contains(s.Applied, r) {
				t.Fatalf("%s: %s did not run", a.ID, r)
			}
		}

		// What is fundable: zero when ineligible; otherwise the request,
		// brought down to the ceiling on Line 2 (the built-in set has no
		// Line 1 ceiling). Never above the ceiling nor the request.
		ceiling := p.Line2NationalCeiling.Value
		if a.Scope == Regional {
			ceiling = p.Line2RegionalCeiling.Value
		}
		over := a.Line == Line2 && a.Amount.Cmp(ceiling) > 0
		want := a.Amount
		switch {
		case s.Verdict == Ineligible:
			want = iomstrategy.USD{}
		case over:
			want = ceiling
		}
		if !s.Fundable.Equal(want) {
			t.Fatalf("%s: %s on %v (%v), %v: fundable %s, want %s", a.ID, a.Amount, a.Line, a.Scope, s.Verdict, s.Fundable, want)
		}
		if s.Fundable.Cmp(a.Amount) > 0 || (a.Line == Line2 && s.Fundable.Cmp(ceiling) > 0) {
			t.Fatalf("%s: fundable %s above the request %s or the ceiling %s", a.ID, s.Fundable, a.Amount, ceiling)
		}

		// No Line 2 request above its ceiling is ever eligible: under the
		// built-in reading a labelled reason makes it conditional at least,
		// under the option ineligible.
		if over {
			overCount++
			var found *Reason
			for k, r := range s.Reasons {
				if r.Rule == RuleLine2Ceiling {
					found = &s.Reasons[k]
				}
			}
			wantFinding := Conditional
			if refuses {
				wantFinding = Ineligible
			}
			if found == nil || found.Verdict != wantFinding || !slices.Equal(found.Interpretations, []string{"over-ceiling"}) {
				t.Fatalf("%s: %s on Line 2 (%v): ceiling reason %+v, want %v resting on over-ceiling", a.ID, a.Amount, a.Scope, found, wantFinding)
			}
			if s.Verdict < wantFinding {
				t.Fatalf("%s: %s on Line 2 (%v) is %v", a.ID, a.Amount, a.Scope, s.Verdict)
			}
		}

		if s.Verdict == Eligible || s.Verdict == Conditional {
			if a.Amount.Sign() <= 0 {
				t.Fatalf("%s: zero amount is %v", a.ID, s.Verdict)
			}
			if (a.Scope == National) != (len(a.Countries) == 1) {
				t.Fatalf("%s: %v with %d countries is %v", a.ID, a.Scope, len(a.Countries), s.Verdict)
			}
			for _, c := range a.Countries {
				m, _ := reg.Lookup(c)
				if m.Membership != Member || (m.Economy != Developing && m.Economy != InTransition) {
					t.Fatalf("%s: %+v benefits, verdict %v", a.ID, m, s.Verdict)
				}
				if a.Line == Line2 && subjectModel(m) {
					t.Fatalf("%s: %s is subject to Article 4, verdict %v", a.ID, m.Name, s.Verdict)
				}
			}
			if a.FollowUpOf != "" && (a.Line == Line1 || a.FollowUpLine != Line1) {
				t.Fatalf("%s: an unsettled follow-up is %v", a.ID, s.Verdict)
			}
		}
		// Conditional on Line 2 only, and only with arrears or, under the
		// built-in reading, a request over its ceiling.
		if s.Verdict == Conditional {
			arrears := false
			for _, c := range a.Countries {
				m, _ := reg.Lookup(c)
				arrears = arrears || m.Arrears.Sign() > 0
			}
			if a.Line != Line2 || !(arrears || (over && !refuses)) {
				t.Fatalf("%s: conditional on %v without arrears (over the ceiling: %v)", a.ID, a.Line, over)
			}
		}
		// An Article 4 reason names a Member State the model finds
		// subject, and rests on article4-before-2013 exactly when the
		// application is undated or dated before 21 November 2013.
		before := a.Date.IsZero() || a.Date.Before(amended)
		for _, r := range s.Reasons {
			if r.Rule == RuleArticle4 {
				m, ok := reg.Lookup(r.Country)
				if !ok || !subjectModel(m) {
					t.Fatalf("%s: Article 4 reason for %q, which the model finds not subject", a.ID, r.Country)
				}
				if slices.Contains(r.Interpretations, "article4-before-2013") != before {
					t.Fatalf("%s dated %v: Article 4 reason rests on %v", a.ID, a.Date, r.Interpretations)
				}
			}
		}
		// The readings the screening lists are those its reasons rest on,
		// each once; each such reason is marked in its text.
		var codes []string
		for _, r := range s.Reasons {
			for _, c := range r.Interpretations {
				if !slices.Contains(codes, c) {
					codes = append(codes, c)
				}
			}
			if len(r.Interpretations) > 0 && !strings.HasSuffix(r.String(), "[reading: "+strings.Join(r.Interpretations, ", ")+"]") {
				t.Fatalf("%s: reason %q is not marked with its readings", a.ID, r.String())
			}
		}
		listed := interpretationIDs(s.Interpretations())
		slices.Sort(codes)
		sortedListed := slices.Sorted(slices.Values(listed))
		if !slices.Equal(codes, sortedListed) {
			t.Fatalf("%s: the screening lists %v, its reasons rest on %v", a.ID, listed, codes)
		}
	}
	// Screening changed none of its inputs.
	if diff := cmp.Diff(appsBefore, apps); diff != "" {
		t.Errorf("the applications changed:\n%s", diff)
	}
	if diff := cmp.Diff(regBefore, reg); diff != "" {
		t.Errorf("the registry changed:\n%s", diff)
	}
	if diff := cmp.Diff(pBefore, p); diff != "" {
		t.Errorf("the parameters changed:\n%s", diff)
	}
	// The generator reaches every verdict, and requests over the ceiling.
	for _, v := range []Verdict{Eligible, Conditional, NeedsReview, Ineligible} {
		if counts[v] < 100 {
			t.Errorf("only %d %v screenings in the sample: the generator is too narrow (%v)", counts[v], v, counts)
		}
	}
	if overCount < 100 {
		t.Errorf("only %d Line 2 requests over their ceiling in the sample", overCount)
	}
}

// isSubsequence reports whether every element of sub appears in all, in
// the same order.
func isSubsequence(sub, all []ScreeningRule) bool {
	i := 0
	for _, r := range all {
		if i < len(sub) && sub[i] == r {
			i++
		}
	}
	return i == len(sub)
}

// subjectModel is Article 4 as the tests read it, written apart from the
// library.
func subjectModel(m MemberState) bool {
	if m.Arrears.Sign() == 0 {
		return false
	}
	switch m.SubjectToArticle4 {
	case Article4Subject:
		return true
	case Article4NotSubject:
		return false
	}
	return m.DueTwoYearsKnown && m.Arrears.Cmp(m.DueTwoYears) >= 0 && !m.CouncilWaiver
}

// TestGeneratorsDeterministic: the same seed gives the same registry and
// applications, so that the property tests and benchmarks see the same
// inputs on every run.
func TestGeneratorsDeterministic(t *testing.T) {
	gen := func() (Registry, []Application) {
		rng := rand.New(rand.NewPCG(3, 4))
		reg := genRegistry(t, rng, 200)
		apps := make([]Application, 100)
		for i := range apps {
			apps[i] = genApplication(rng, i, reg)
		}
		return reg, apps
	}
	r1, a1 := gen()
	r2, a2 := gen()
	if diff := cmp.Diff(r1, r2); diff != "" {
		t.Errorf("registries differ:\n%s", diff)
	}
	if diff := cmp.Diff(a1, a2); diff != "" {
		t.Errorf("applications differ:\n%s", diff)
	}
}
