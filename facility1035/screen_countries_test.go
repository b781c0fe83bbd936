package facility1035

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// countryRegistry holds "s" and "ſ" (U+017F, LATIN SMALL LETTER LONG S)
// as two Member States, and ten others with plain names, all served and
// with no arrears. Names are compared trimmed and lower-cased
// (strings.ToLower), and "ſ" lower-cases to itself, not to "s": they are
// two countries. (Case folding, strings.EqualFold, would make them one.)
func countryRegistry(t testing.TB) (Registry, []string) {
	t.Helper()
	others := []string{"Arcadia", "Borduria", "Carpania", "Drakonia", "Elbonia", "Freedonia", "Genovia", "Hyperborea", "Illyria", "Jotunheim"}
	r := Registry{
		{Name: "s", Membership: Member, Economy: Developing},
		{Name: "ſ", Membership: Member, Economy: Developing},
	}
	for _, n := range others {
		r = append(r, MemberState{Name: n, Membership: Member, Economy: Developing})
	}
	if err := r.Validate(); err != nil {
		t.Fatalf("a registry with s and ſ: %v", err)
	}
	return r, others
}

// TestCountryNamesLongS: "s" and "ſ" are two countries, in the registry
// and in an application, whatever the number of names: the duplicate check
// is the same for two names and for nine.
func TestCountryNamesLongS(t *testing.T) {
	if strings.ToLower("ſ") != "ſ" || !strings.EqualFold("s", "ſ") {
		t.Fatal("the test's premise about U+017F does not hold")
	}
	reg, others := countryRegistry(t)
	p := Resolution1150()

	t.Run("the registry tells them apart", func(t *testing.T) {
		for _, tc := range []struct{ name, want string }{
			{"s", "s"}, {"S", "s"}, {" s ", "s"}, {"ſ", "ſ"}, {" ſ", "ſ"},
		} {
			got, ok := reg.Lookup(tc.name)
			if !ok || got.Name != tc.want {
				t.Errorf("Lookup(%q) = %q, %v; want %q", tc.name, got.Name, ok, tc.want)
			}
		}
	})

	// The pair alone, and among seven, eight, ten others, at the start, in
	// the middle, split and at the end of the list.
	lists := []struct {
		name      string
		countries []string
	}{
		{"2 names", []string{"s", "ſ"}},
		{"2 names, the other order", []string{"ſ", "s"}},
		{"9 names, the pair first", append([]string{"s", "ſ"}, others[:7]...)},
		{"9 names, the pair last", append(append([]string(nil), others[:7]...), "s", "ſ")},
		{"9 names, the pair split", []string{others[0], "s", others[1], others[2], others[3], others[4], others[5], "ſ", others[6]}},
		{"9 names, the pair in the middle", []string{others[0], others[1], others[2], others[3], "ſ", "s", others[4], others[5], others[6]}},
		{"10 names", append([]string{"s", "ſ"}, others[:8]...)},
		{"12 names", append(append([]string(nil), others...), "ſ", "s")},
	}
	for _, tt := range lists {
		countries := tt.countries
		t.Run(tt.name, func(t *testing.T) {
			a := Application{ID: "LS", Line: Line2, Scope: Regional, Amount: usdT("1000"), Countries: countries}
			if err := a.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			s, err := Screen(a, reg, p)
			if err != nil {
				t.Fatalf("Screen: %v", err)
			}
			if s.Verdict != Eligible || len(s.Reasons) != 0 {
				t.Errorf("criterion 3: %d served Member States, regional, within the ceiling: %v %v; want eligible with no reason", len(countries), s.Verdict, s.Reasons)
			}
		})
	}

	t.Run("criterion 2: national naming s and ſ is two Member States", func(t *testing.T) {
		s, err := Screen(Application{ID: "LS2", Line: Line2, Scope: National, Amount: usdT("1000"), Countries: []string{"s", "ſ"}}, reg, p)
		if err != nil {
			t.Fatal(err)
		}
		want := []finding{{RuleScope, Ineligible, "", citeNational}}
		if diff := cmp.Diff(want, findings(s.Reasons)); diff != "" {
			t.Fatalf("(-want +got):\n%s", diff)
		}
		if !strings.HasSuffix(s.Reasons[0].Message, "names 2") {
			t.Errorf("message %q, want it to count 2", s.Reasons[0].Message)
		}
	})

	t.Run("a registry with s and S is refused: one country listed twice", func(t *testing.T) {
		bad := Registry{{Name: "s", Membership: Member, Economy: Developing}, {Name: "S", Membership: Member, Economy: Developing}}
		var ie *InputError
		if err := bad.Validate(); !errors.As(err, &ie) || !errors.Is(err, iomstrategy.ErrDuplicate) || ie.Position != 2 {
			t.Errorf("s and S: %v, want iomstrategy.ErrDuplicate at 2", err)
		}
	})
}

// TestCountryNamesRealDuplicate: "Arcadia" and " arcadia " are one
// country named twice: refused with iomstrategy.ErrDuplicate in a list of two names
// and in a list of nine.
func TestCountryNamesRealDuplicate(t *testing.T) {
	reg, others := countryRegistry(t)
	p := Resolution1150()
	lists := []struct {
		name      string
		countries []string
	}{
		{"2 names", []string{"Arcadia", " arcadia "}},
		{"9 names, the pair first", append([]string{"Arcadia", " arcadia "}, "s", "ſ", others[1], others[2], others[3], others[4], others[5])},
		{"9 names, the pair apart", []string{"Arcadia", "s", others[1], others[2], "ſ", others[3], others[4], others[5], " arcadia "}},
		{"12 names", append(append([]string(nil), others...), "ſ", " arcadia ")},
	}
	for _, tt := range lists {
		t.Run(tt.name, func(t *testing.T) {
			a := Application{ID: "DUP", Line: Line2, Scope: Regional, Amount: usdT("1000"), Countries: tt.countries}
			s, err := Screen(a, reg, p)
			var ie *InputError
			if !errors.As(err, &ie) || !errors.Is(err, iomstrategy.ErrDuplicate) {
				t.Fatalf("Screen: %v, %v; want an *InputError matching iomstrategy.ErrDuplicate", s, err)
			}
			want := InputError{Input: "application", ID: "DUP", Field: "countries", Value: strings.Join(tt.countries, ";")}
			if diff := cmp.Diff(want, *ie, inputErrorFields); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if !strings.HasSuffix(err.Error(), `a Member State named twice: "arcadia"`) {
				t.Errorf("error %q does not name the country given twice", err)
			}
			if diff := cmp.Diff(Screening{}, s); diff != "" {
				t.Errorf("a partial result came with the error:\n%s", diff)
			}
			if verr := a.Validate(); !errors.Is(verr, iomstrategy.ErrDuplicate) {
				t.Errorf("Validate: %v, want iomstrategy.ErrDuplicate", verr)
			}
		})
	}
}

// TestScreenManyCountries: an application naming eight or more Member
// States is screened like any other; a national one is ineligible by
// application.scope (criterion 2), its figure the count.
func TestScreenManyCountries(t *testing.T) {
	reg, others := countryRegistry(t)
	p := Resolution1150()
	count := func(n int) []Figure {
		return []Figure{{Name: "benefiting Member States", Value: decimal.NewFromInt(int64(n)), Unit: "Member States"}}
	}
	tests := []struct {
		name      string // the rule and its citation
		line      Line
		scope     Scope
		countries []string
		want      Verdict
		reasons   []Reason
	}{
		{"criterion 2: national naming 8, Line 2", Line2, National, others[:8], Ineligible, []Reason{{
			Rule: RuleScope, Citation: citeNational, Verdict: Ineligible,
			Message: "a national project benefits exactly one Member State; this one names 8", Figures: count(8)}}},
		{"criterion 2: national naming 9, Line 2", Line2, National, append([]string{"s"}, others[:8]...), Ineligible, []Reason{{
			Rule: RuleScope, Citation: citeNational, Verdict: Ineligible,
			Message: "a national project benefits exactly one Member State; this one names 9", Figures: count(9)}}},
		{"criterion 2: national naming 9, Line 1", Line1, National, others[1:10], Ineligible, []Reason{{
			Rule: RuleScope, Citation: citeNational, Verdict: Ineligible,
			Message: "a national project benefits exactly one Member State; this one names 9", Figures: count(9)}}},
		{"criterion 2: national naming 12", Line2, National, append(append([]string(nil), others...), "s", "ſ"), Ineligible, []Reason{{
			Rule: RuleScope, Citation: citeNational, Verdict: Ineligible,
			Message: "a national project benefits exactly one Member State; this one names 12", Figures: count(12)}}},
		{"criterion 3: regional naming 8", Line2, Regional, others[:8], Eligible, []Reason{}},
		{"criterion 3: regional naming 12", Line2, Regional, append(append([]string(nil), others...), "s", "ſ"), Eligible, []Reason{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Application{ID: "MANY", Line: tt.line, Scope: tt.scope, Amount: usdT("1000"), Countries: tt.countries}
			s, err := Screen(a, reg, p)
			if err != nil {
				t.Fatal(err)
			}
			if s.Verdict != tt.want {
				t.Errorf("verdict %v, want %v", s.Verdict, tt.want)
			}
			if diff := cmp.Diff(tt.reasons, s.Reasons); diff != "" {
				t.Errorf("reasons (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("every one of nine Member States is checked", func(t *testing.T) {
		// The ninth of nine is an observer, and the eighth owes: each is
		// found, whatever its place.
		r := append(Registry(nil), reg...)
		r = append(r,
			MemberState{Name: "Oceania", Membership: Observer, Economy: Developing},
			owing(MemberState{Name: "Kyrandia", Membership: Member, Economy: Developing}, "90000", "80000"))
		countries := append(append([]string(nil), others[:7]...), "Kyrandia", "Oceania")
		s, err := Screen(Application{ID: "NINE", Line: Line2, Scope: Regional, Amount: usdT("1000"), Countries: countries}, r, p)
		if err != nil {
			t.Fatal(err)
		}
		want := []finding{{RuleMemberState, Ineligible, "Oceania", citeMember}, {RuleArticle4, Ineligible, "Kyrandia", citeAccess}}
		if diff := cmp.Diff(want, findings(s.Reasons)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})

	t.Run("an unknown ninth country is named", func(t *testing.T) {
		countries := append(append([]string(nil), others[:8]...), "Utopia")
		_, err := Screen(Application{ID: "U9", Line: Line2, Scope: Regional, Amount: usdT("1000"), Countries: countries}, reg, p)
		var ie *InputError
		if !errors.As(err, &ie) || !errors.Is(err, ErrUnknownCountry) || ie.Value != "Utopia" {
			t.Errorf("error %v, want ErrUnknownCountry naming Utopia", err)
		}
	})
}

// TestScreenAllManyCountries: in a batch, applications naming many Member
// States are screened each on its own.
func TestScreenAllManyCountries(t *testing.T) {
	reg, others := countryRegistry(t)
	var apps []Application
	for n := 1; n <= 12; n++ {
		names := append(append([]string(nil), others...), "s", "ſ")[:n]
		apps = append(apps, Application{ID: fmt.Sprintf("N%02d", n), Line: Line2, Scope: National, Amount: iomstrategy.USDFromCents(100), Countries: names})
	}
	got, err := ScreenAll(apps, reg, Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range got {
		n := i + 1
		want := Ineligible
		if n == 1 {
			want = Eligible
		}
		if s.Verdict != want {
			t.Errorf("national naming %d: %v, want %v", n, s.Verdict, want)
		}
		if n > 1 && (len(s.Reasons) != 1 || s.Reasons[0].Message != fmt.Sprintf("a national project benefits exactly one Member State; this one names %d", n)) {
			t.Errorf("national naming %d: reasons %v", n, s.Reasons)
		}
	}
}
