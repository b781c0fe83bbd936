package facility1035

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// genRegistry makes n Member State records with every combination of
// membership, economy, arrears and Article 4 standing the rules tell apart.
func genRegistry(t testing.TB, rng *rand.Rand, n int) Registry {
	t.Helper()
	states := make([]MemberState, n)
	for i := range states {
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
		m.DueTwoYears = decimal.NullDecimal{Decimal: decimal.New(dueCents, -2), Valid: true}
		switch rng.IntN(6) {
		case 0, 1: // no arrears
		case 2: // below the threshold
			m.Arrears = decimal.New(rng.Int64N(dueCents+1), -2)
		case 3: // at or above it
			m.Arrears = decimal.New(dueCents+rng.Int64N(1000), -2)
		case 4: // declared
			m.Arrears = decimal.New(1+rng.Int64N(100_000_00), -2)
			m.SubjectToArticle4 = Article4Declaration(1 + rng.IntN(2))
			if rng.IntN(2) == 0 {
				m.DueTwoYears = decimal.NullDecimal{}
			}
		case 5: // exactly at it
			m.Arrears = m.DueTwoYears.Decimal
		}
		if m.SubjectToArticle4 != Article4Subject {
			m.CouncilWaiver = rng.IntN(4) == 0
		}
		states[i] = m
	}
	r, err := NewRegistry(states)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// genApplication makes an application with an amount spread around the
// ceilings, a scope that sometimes does not match its countries, and
// sometimes a follow-up.
func genApplication(rng *rand.Rand, id int, reg Registry) Application {
	a := Application{
		ID:    fmt.Sprintf("APP-%07d", id),
		Line:  Line(1 + rng.IntN(2)),
		Scope: Scope(1 + rng.IntN(2)),
	}
	switch rng.IntN(5) {
	case 0: // around the national ceiling
		a.Amount = decimal.New(200_000_00+rng.Int64N(11)-5, -2)
	case 1: // around the regional ceiling
		a.Amount = decimal.New(300_000_00+rng.Int64N(11)-5, -2)
	case 2:
		a.Amount = decimal.Zero
		if rng.IntN(4) > 0 {
			a.Amount = decimal.New(rng.Int64N(400_000_00), -2)
		}
	default:
		a.Amount = decimal.New(rng.Int64N(400_000_00), -2)
	}
	n := 1
	if a.Scope == Regional {
		n = 2 + rng.IntN(3)
	}
	if rng.IntN(10) == 0 { // a scope that does not match the count
		n = 1 + rng.IntN(3)
	}
	states := reg.states // read in place: reg.States() would copy the registry per application
	for _, k := range rng.Perm(len(states))[:n] {
		a.Countries = append(a.Countries, states[k].Name)
	}
	if rng.IntN(4) == 0 {
		a.FollowUpOf = fmt.Sprintf("OLD-%d", rng.IntN(1000))
		a.FollowUpLine = Line(rng.IntN(3))
	}
	return a
}

// TestScreenProperties checks, over thousands of generated applications,
// that no Line 2 grant above its ceiling is ever eligible, that the verdict
// is the strongest finding, and that an eligible or conditional verdict
// means every rule that excludes held.
func TestScreenProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	reg := genRegistry(t, rng, 60)
	p := Resolution1150()
	counts := map[Verdict]int{}
	for i := range 20_000 {
		a := genApplication(rng, i, reg)
		s, err := Screen(a, reg, p)
		if err != nil {
			t.Fatalf("%+v: %v", a, err)
		}
		counts[s.Verdict]++

		// The verdict is the strongest finding; every finding's rule ran.
		strongest := Eligible
		for _, r := range s.Reasons {
			strongest = strongest.Max(r.Verdict)
			if !s.Applied.Has(r.Rule) {
				t.Fatalf("%s: reason of %s, a rule that did not run", a.ID, r.Rule)
			}
			if !r.Rule.AppliesTo(a.Line) {
				t.Fatalf("%s: %s applied on %v", a.ID, r.Rule, a.Line)
			}
		}
		if s.Verdict != strongest {
			t.Fatalf("%s: verdict %v, strongest finding %v", a.ID, s.Verdict, strongest)
		}

		ceiling := p.Line2NationalCeiling.Value
		if a.Scope == Regional {
			ceiling = p.Line2RegionalCeiling.Value
		}
		// No grant on Line 2 above its ceiling is ever eligible.
		if a.Line == Line2 && a.Amount.Cmp(ceiling) > 0 && s.Verdict != Ineligible {
			t.Fatalf("%s: %s on Line 2 (%v) is %v", a.ID, a.Amount, a.Scope, s.Verdict)
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
			if a.IsFollowUp() && (a.Line == Line1 || a.FollowUpLine != Line1) {
				t.Fatalf("%s: an unsettled follow-up is %v", a.ID, s.Verdict)
			}
		}
		// Conditional on Line 2 only, and only with arrears.
		if s.Verdict == Conditional {
			arrears := false
			for _, c := range a.Countries {
				m, _ := reg.Lookup(c)
				arrears = arrears || m.Arrears.Sign() > 0
			}
			if a.Line != Line2 || !arrears {
				t.Fatalf("%s: conditional on %v without arrears", a.ID, a.Line)
			}
		}
	}
	// The generator reaches every verdict.
	for _, v := range []Verdict{Eligible, Conditional, NeedsReview, Ineligible} {
		if counts[v] < 100 {
			t.Errorf("only %d %v screenings in the sample: the generator is too narrow (%v)", counts[v], v, counts)
		}
	}
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
	return m.DueTwoYears.Valid && m.Arrears.Cmp(m.DueTwoYears.Decimal) >= 0 && !m.CouncilWaiver
}
