package facility1035

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// sameScreening reports the first difference between two screenings,
// strictly: every field, nil against empty slices, and every figure's
// value by its digits and exponent (not only as a number), so that a
// figure printed differently would be caught.
func sameScreening(got, want Screening) string {
	if got.ID != want.ID || got.Line != want.Line || got.Verdict != want.Verdict || got.Applied != want.Applied {
		return fmt.Sprintf("header: got {%q %d %v %v}, want {%q %d %v %v}",
			got.ID, got.Line, got.Verdict, got.Applied, want.ID, want.Line, want.Verdict, want.Applied)
	}
	if (got.Reasons == nil) != (want.Reasons == nil) || len(got.Reasons) != len(want.Reasons) {
		return fmt.Sprintf("reasons: got %d (nil %v), want %d (nil %v)", len(got.Reasons), got.Reasons == nil, len(want.Reasons), want.Reasons == nil)
	}
	for i, g := range got.Reasons {
		w := want.Reasons[i]
		if g.Rule != w.Rule || g.Citation != w.Citation || g.Verdict != w.Verdict || g.Country != w.Country || g.Message != w.Message {
			return fmt.Sprintf("reason %d:\n got %#v\nwant %#v", i, g, w)
		}
		if (g.Figures == nil) != (w.Figures == nil) || len(g.Figures) != len(w.Figures) {
			return fmt.Sprintf("reason %d figures: got %v, want %v", i, g.Figures, w.Figures)
		}
		for j, gf := range g.Figures {
			wf := w.Figures[j]
			if gf.Name != wf.Name || gf.Unit != wf.Unit || gf.Value.String() != wf.Value.String() ||
				gf.Value.Exponent() != wf.Value.Exponent() || gf.String() != wf.String() {
				return fmt.Sprintf("reason %d figure %d: got %#v, want %#v", i, j, gf, wf)
			}
		}
	}
	return ""
}

// referenceParams are parameter sets that take every branch of the
// screener's preparation: both look-back readings, a Line 1 ceiling,
// ceilings with cents and at other exponents than the amounts, and
// ceilings with no source (the rule's own citation stands in).
func referenceParams() []Params {
	base := Resolution1150()
	full := base.Clone()
	full.Article4Lookback = TwoFullYears
	withLine1 := base.Clone()
	withLine1.Name = `what-if "capped" Line 1`
	withLine1.Line1Ceiling = &Amount{Value: iomstrategy.MustParseUSD("150000.50"), Source: iomstrategy.PartIIIBullet(5)}
	cents := base.Clone()
	cents.Name = "cents"
	cents.Line2NationalCeiling = Amount{Value: decimal.New(19_999_999, -2)}
	cents.Line2RegionalCeiling = Amount{Value: decimal.New(3_000_000, -1)}
	cents.Line1Ceiling = &Amount{Value: decimal.New(2, 5)}
	scaledDown := base.Clone()
	scaledDown.Name = "ceilings at exponent -4"
	scaledDown.Line2NationalCeiling = Amount{Value: decimal.New(2_000_000_000, -4), Source: iomstrategy.Criterion(2)}
	scaledDown.Line2RegionalCeiling = Amount{Value: decimal.New(3, 5), Source: iomstrategy.Criterion(3)}
	return []Params{base, full, withLine1, cents, scaledDown}
}

// perturb gives some applications amounts at other exponents (whole
// dollars, dimes, trailing zeros), ids that quoting changes, and names
// written with other case and spaces than the registry's.
func perturb(rng *rand.Rand, a Application) Application {
	switch rng.IntN(8) {
	case 0:
		a.Amount = decimal.New(a.Amount.IntPart(), 0)
	case 1:
		a.Amount = decimal.New(a.Amount.Shift(1).IntPart(), -1)
	case 2:
		a.Amount = decimal.New(a.Amount.Shift(2).IntPart()*1000, -5)
	case 3:
		a.Amount = decimal.New(a.Amount.Shift(-3).IntPart(), 3)
	}
	if a.FollowUpOf != "" {
		switch rng.IntN(5) {
		case 0:
			a.FollowUpOf = `OLD "quoted" \ one`
		case 1:
			a.FollowUpOf = "OLD-é-\t-\u2028"
		}
	}
	a.Countries = append([]string(nil), a.Countries...)
	for i, c := range a.Countries {
		if rng.IntN(6) == 0 {
			a.Countries[i] = "  " + strings.ToUpper(c) + " "
		}
	}
	return a
}

// TestScreenMatchesReference checks that Screen and ScreenAll give, field
// for field, what the straightforward reading of the rules gives
// (screenReference), over thousands of generated applications, for every
// parameter set of referenceParams, and that the errors are the same.
func TestScreenMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	seen := map[ScreeningRule]int{}
	for round, p := range referenceParams() {
		reg := genRegistry(t, rng, 40)
		apps := make([]Application, 3000)
		for i := range apps {
			apps[i] = perturb(rng, genApplication(rng, i, reg))
		}
		batch, err := ScreenAll(apps, reg, p)
		if err != nil {
			t.Fatalf("params %d (%s): %v", round, p.Name, err)
		}
		for i, a := range apps {
			want, err := screenReference(a, reg, p)
			if err != nil {
				t.Fatalf("params %d: reference: %v", round, err)
			}
			for _, r := range want.Reasons {
				seen[r.Rule]++
			}
			if d := sameScreening(batch[i], want); d != "" {
				t.Fatalf("params %d (%s), ScreenAll item %d (%+v): %s", round, p.Name, i, a, d)
			}
			one, err := Screen(a, reg, p)
			if err != nil {
				t.Fatal(err)
			}
			if d := sameScreening(one, want); d != "" {
				t.Fatalf("params %d (%s), Screen item %d: %s", round, p.Name, i, d)
			}
		}
	}
	for _, r := range ScreeningRules() {
		if seen[r] < 10 {
			t.Errorf("rule %s found only %d times: the comparison does not cover it", r, seen[r])
		}
	}
}

// TestScreenErrorsMatchReference checks malformed applications and unknown
// countries give the reference's error, alone and in a batch.
func TestScreenErrorsMatchReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	reg := genRegistry(t, rng, 10)
	p := Resolution1150()
	good := genApplication(rng, 1, reg)
	bad := []func(Application) Application{
		func(a Application) Application { a.ID = " "; return a },
		func(a Application) Application { a.Amount = decimal.New(-1, 0); return a },
		func(a Application) Application { a.Amount = decimal.New(1, -3); return a },
		func(a Application) Application { a.Countries = []string{" Nowhere "}; return a },
		func(a Application) Application { a.Countries = append([]string{a.Countries[0]}, "Nowhere"); return a },
		func(a Application) Application { a.Countries = []string{a.Countries[0], a.Countries[0]}; return a },
		func(a Application) Application { a.FollowUpOf, a.FollowUpLine = a.ID, Line1; return a },
		func(a Application) Application {
			a.Countries = []string{a.Countries[0], strings.ToUpper(a.Countries[0])}
			return a
		},
		func(a Application) Application { a.Countries = []string{a.Countries[0], " "}; return a },
		func(a Application) Application { a.Countries = []string{"Nowhere"}; a.FollowUpOf = a.ID; return a },
		func(a Application) Application {
			a.Countries = []string{a.Countries[0]}
			a.FollowUpLine = Line2
			a.FollowUpOf = ""
			return a
		},
		func(a Application) Application { a.ID = ""; a.Countries = []string{"Nowhere"}; return a },
		func(a Application) Application {
			a.Countries = nil
			for _, m := range reg.states[:9] {
				a.Countries = append(a.Countries, m.Name)
			}
			a.Countries = append(a.Countries, " "+strings.ToLower(reg.states[3].Name))
			return a
		},
	}
	for i, mk := range bad {
		a := mk(good)
		_, wantErr := screenReference(a, reg, p)
		if wantErr == nil {
			t.Fatalf("case %d: the reference accepts %+v", i, a)
		}
		if _, err := Screen(a, reg, p); err == nil || err.Error() != wantErr.Error() || fmt.Sprintf("%T", err) != fmt.Sprintf("%T", wantErr) {
			t.Errorf("case %d: Screen error %v (%T), want %v (%T)", i, err, err, wantErr, wantErr)
		}
		ok := good
		ok.ID = "OTHER"
		out, err := ScreenAll([]Application{ok, a}, reg, p)
		want := (&ScreenAllError{Index: 1, ID: a.ID, Err: wantErr}).Error()
		if out != nil || err == nil || err.Error() != want {
			t.Errorf("case %d: ScreenAll = %v, %v; want nil, %s", i, out, err, want)
		}
	}
}

// TestScreenAllResultsShareNothing checks that the screenings of a batch,
// whose reasons and figures are carved from shared blocks, do not alias:
// appending to one screening's reasons or figures, or changing one of its
// figures, leaves every other screening as it was.
func TestScreenAllResultsShareNothing(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	reg := genRegistry(t, rng, 30)
	p := Resolution1150()
	apps := make([]Application, 500)
	for i := range apps {
		apps[i] = genApplication(rng, i, reg)
	}
	out, err := ScreenAll(apps, reg, p)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := ScreenAll(apps, reg, p)
	if err != nil {
		t.Fatal(err)
	}
	for i := range out {
		out[i].Reasons = append(out[i].Reasons, Reason{Rule: "x", Message: "appended"})
		for j := range out[i].Reasons {
			r := &out[i].Reasons[j]
			r.Figures = append(r.Figures, Figure{Name: "appended"})
			if len(r.Figures) > 1 {
				r.Figures[0].Name = "changed"
			}
		}
	}
	// The second batch is untouched, and screening anew still agrees with
	// it.
	again, err := ScreenAll(apps, reg, p)
	if err != nil {
		t.Fatal(err)
	}
	for i := range fresh {
		if d := sameScreening(again[i], fresh[i]); d != "" {
			t.Fatalf("item %d: %s", i, d)
		}
	}
	// Within the changed batch, each screening holds exactly its own
	// reasons plus the one appended.
	for i := range out {
		if got, want := len(out[i].Reasons), len(fresh[i].Reasons)+1; got != want {
			t.Fatalf("item %d: %d reasons after one append, want %d", i, got, want)
		}
		for j, r := range out[i].Reasons[:len(fresh[i].Reasons)] {
			if r.Message != fresh[i].Reasons[j].Message || len(r.Figures) != len(fresh[i].Reasons[j].Figures)+1 {
				t.Fatalf("item %d reason %d changed by another screening's append", i, j)
			}
		}
	}
}

// TestScreenUnicodeNamesMatchReference checks names where comparing
// ignoring case (strings.EqualFold, the duplicate check of an application's
// list) and the registry's lower-cased keys part ways: the registry may
// hold "s" and the long s "ſ" as two countries (their lower-case forms
// differ) while an application naming both names one Member State twice
// (they fold together); and "K" against the Kelvin sign. Screening must
// give the reference's answer, error or verdict, for every pair.
func TestScreenUnicodeNamesMatchReference(t *testing.T) {
	names := []string{"s", "\u017f", "k", "\u212a", "Ärland", "ärland", "Ωmega"}
	var states []MemberState
	seen := map[string]bool{}
	for _, n := range names {
		if seen[countryKey(n)] {
			continue // the registry refuses a second name with the same key
		}
		seen[countryKey(n)] = true
		states = append(states, MemberState{Name: n, Membership: Member, Economy: Developing})
	}
	reg := MustNewRegistry(states...)
	p := Resolution1150()
	for _, a := range names {
		for _, b := range names {
			app := Application{ID: "U", Line: Line2, Scope: Regional, Amount: decimal.New(1000, 0), Countries: []string{a, b}}
			want, wantErr := screenReference(app, reg, p)
			got, err := Screen(app, reg, p)
			if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
				t.Errorf("%q, %q: error %v, want %v", a, b, err, wantErr)
				continue
			}
			if err == nil {
				if d := sameScreening(got, want); d != "" {
					t.Errorf("%q, %q: %s", a, b, d)
				}
			}
		}
	}
}
