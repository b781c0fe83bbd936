package facility1035

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

func TestArticle4Standing(t *testing.T) {
	m := func(arrears string, d decimal.NullDecimal, decl Article4Declaration, waiver bool) MemberState {
		return MemberState{Name: "X", Membership: Member, Economy: Developing, Arrears: usdT(arrears), DueTwoYears: d, SubjectToArticle4: decl, CouncilWaiver: waiver}
	}
	none := decimal.NullDecimal{}
	tests := []struct {
		name string // Constitution, Article 4
		m    MemberState
		want Article4Standing
	}{
		{"no arrears: never subject", m("0", due("100"), Article4Derive, false),
			Article4Standing{Arrears: usdT("0"), DueTwoYears: due("100")}},
		{"no arrears, nothing due: never subject", m("0", due("0"), Article4Derive, false),
			Article4Standing{Arrears: usdT("0"), DueTwoYears: due("0")}},
		{"no arrears, due unknown: never subject", m("0", none, Article4Derive, false),
			Article4Standing{Arrears: usdT("0")}},
		{"no arrears, declared not subject", m("0", none, Article4NotSubject, false),
			Article4Standing{Arrears: usdT("0")}},
		{"arrears below due", m("79999.99", due("80000"), Article4Derive, false),
			Article4Standing{Arrears: usdT("79999.99"), DueTwoYears: due("80000")}},
		{"arrears equal to due: subject", m("80000", due("80000"), Article4Derive, false),
			Article4Standing{Subject: true, ThresholdMet: true, Arrears: usdT("80000"), DueTwoYears: due("80000")}},
		{"arrears above due: subject", m("80000.01", due("80000"), Article4Derive, false),
			Article4Standing{Subject: true, ThresholdMet: true, Arrears: usdT("80000.01"), DueTwoYears: due("80000")}},
		{"arrears against nothing due: subject", m("0.01", due("0"), Article4Derive, false),
			Article4Standing{Subject: true, ThresholdMet: true, Arrears: usdT("0.01"), DueTwoYears: due("0")}},
		{"arrears above due, Council waiver: not subject", m("90000", due("80000"), Article4Derive, true),
			Article4Standing{ThresholdMet: true, Waived: true, Arrears: usdT("90000"), DueTwoYears: due("80000")}},
		{"declared subject", m("10", none, Article4Subject, false),
			Article4Standing{Subject: true, Declared: true, Arrears: usdT("10")}},
		{"declared subject below the threshold", m("10", due("80000"), Article4Subject, false),
			Article4Standing{Subject: true, Declared: true, Arrears: usdT("10"), DueTwoYears: due("80000")}},
		{"declared not subject above the threshold", m("90000", due("80000"), Article4NotSubject, false),
			Article4Standing{Declared: true, ThresholdMet: true, Arrears: usdT("90000"), DueTwoYears: due("80000")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.m.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			if diff := cmp.Diff(tt.want, tt.m.Article4()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestMemberStateValidate(t *testing.T) {
	ok := MemberState{Name: "Arcadia", Membership: Member, Economy: Developing, Arrears: usdT("10"), DueTwoYears: due("100")}
	with := func(f func(*MemberState)) MemberState { m := ok; f(&m); return m }
	tests := []struct {
		name     string
		m        MemberState
		field    string
		sentinel error
	}{
		{"no name", with(func(m *MemberState) { m.Name = " " }), "country", ErrMissingCountryName},
		{"membership unset", with(func(m *MemberState) { m.Membership = 0 }), "membership", ErrInvalidMembership},
		{"economy unset", with(func(m *MemberState) { m.Economy = 0 }), "economy", ErrInvalidEconomy},
		{"economy unknown", with(func(m *MemberState) { m.Economy = 9 }), "economy", ErrInvalidEconomy},
		{"declaration unknown", with(func(m *MemberState) { m.SubjectToArticle4 = 7 }), "subject_to_article4", ErrInvalidArticle4Declaration},
		{"negative arrears", with(func(m *MemberState) { m.Arrears = decimal.New(-1, 0) }), "arrears", iomstrategy.ErrInvalidAmount},
		{"sub-cent arrears", with(func(m *MemberState) { m.Arrears = decimal.New(1, -3) }), "arrears", iomstrategy.ErrInvalidAmount},
		{"negative due", with(func(m *MemberState) { m.DueTwoYears = due("0"); m.DueTwoYears.Decimal = decimal.New(-1, 0) }), "due_two_years", iomstrategy.ErrInvalidAmount},
		{"arrears with no due and nothing declared", with(func(m *MemberState) { m.DueTwoYears = decimal.NullDecimal{} }), "due_two_years", ErrMissingDue},
		{"declared subject with no arrears (never subject)", with(func(m *MemberState) { m.Arrears = decimal.Zero; m.SubjectToArticle4 = Article4Subject }), "subject_to_article4", ErrContradictoryArticle4},
		{"declared subject although waived", with(func(m *MemberState) { m.SubjectToArticle4 = Article4Subject; m.CouncilWaiver = true }), "subject_to_article4", ErrContradictoryArticle4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.m.Validate()
			var me *MemberStateError
			if !errors.As(err, &me) || me.Field != tt.field || me.Index != -1 {
				t.Fatalf("error %v, want a *MemberStateError on %s", err, tt.field)
			}
			if !errors.Is(err, tt.sentinel) || !errors.Is(err, ErrInvalidMemberState) {
				t.Errorf("error %v does not match %v and ErrInvalidMemberState", err, tt.sentinel)
			}
			if _, err := NewRegistry([]MemberState{ok, tt.m}); !errors.As(err, &me) || me.Index != 1 {
				t.Errorf("NewRegistry: %v, want the error at index 1", err)
			}
		})
	}
	valid := []MemberState{
		ok,
		{Name: "No arrears, no due", Membership: Member, Economy: Developing},
		{Name: "Declared, no due", Membership: Member, Economy: Developing, Arrears: usdT("5"), SubjectToArticle4: Article4Subject},
		{Name: "Declared not subject, no due", Membership: Member, Economy: Developing, Arrears: usdT("5"), SubjectToArticle4: Article4NotSubject},
		{Name: "Waiver, no arrears", Membership: Observer, Economy: OtherEconomy, CouncilWaiver: true},
	}
	for _, m := range valid {
		if err := m.Validate(); err != nil {
			t.Errorf("%s: %v", m.Name, err)
		}
	}
	if err := (MemberState{}).Validate(); err == nil {
		t.Errorf("the zero MemberState validates")
	}
}

func TestRegistry(t *testing.T) {
	a := MemberState{Name: "Arcadia", Membership: Member, Economy: Developing}
	b := MemberState{Name: "  Borduria ", Membership: Observer, Economy: InTransition}
	r, err := NewRegistry([]MemberState{a, b})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		want MemberState
		ok   bool
	}{
		{"Arcadia", a, true}, {"arcadia", a, true}, {" ARCADIA ", a, true},
		{"Borduria", b, true}, {"borduria", b, true},
		{"Arcadi", MemberState{}, false}, {"", MemberState{}, false},
	} {
		got, ok := r.Lookup(tc.name)
		if ok != tc.ok || !got.Equal(tc.want) {
			t.Errorf("Lookup(%q) = %v, %v; want %v, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
	if r.Len() != 2 {
		t.Errorf("Len = %d", r.Len())
	}
	states := r.States()
	states[0].Name = "changed"
	if got, _ := r.Lookup("Arcadia"); got.Name != "Arcadia" {
		t.Errorf("States returned the registry's own records")
	}

	_, err = NewRegistry([]MemberState{a, b, {Name: "ARCADIA", Membership: Member, Economy: Developing}})
	var me *MemberStateError
	if !errors.As(err, &me) || me.Index != 2 || !errors.Is(err, ErrDuplicateMemberState) {
		t.Fatalf("a duplicate: %v, want ErrDuplicateMemberState at index 2", err)
	}
	if !strings.Contains(err.Error(), "ARCADIA") {
		t.Errorf("error %q does not name the country", err)
	}

	var zero Registry
	if _, ok := zero.Lookup("Arcadia"); ok || zero.Len() != 0 {
		t.Errorf("the zero registry is not empty")
	}
	defer func() {
		if recover() == nil {
			t.Errorf("MustNewRegistry did not panic on a bad record")
		}
	}()
	MustNewRegistry(MemberState{})
}

// TestTextForms checks the Parse/String/MarshalText round trip of every
// typed value, and what each refuses.
func TestTextForms(t *testing.T) {
	type form struct {
		text  string
		canon string // the String form it parses to
	}
	tests := []struct {
		name     string
		parse    func(string) (string, error)
		good     []form
		bad      []string
		sentinel error
	}{
		{"Scope", func(s string) (string, error) { v, err := ParseScope(s); return v.String(), err },
			[]form{{"national", "national"}, {" Regional ", "regional"}, {"NATIONAL", "national"}},
			[]string{"", "nation", "international", "1"}, ErrInvalidScope},
		{"Membership", func(s string) (string, error) { v, err := ParseMembership(s); return v.String(), err },
			[]form{{"member", "member"}, {"Observer", "observer"}, {"non-member", "non-member"}},
			[]string{"", "nonmember", "members", "state"}, ErrInvalidMembership},
		{"Economy", func(s string) (string, error) { v, err := ParseEconomy(s); return v.String(), err },
			[]form{{"developing", "developing"}, {"transition", "transition"}, {"in transition", "transition"}, {"Economy in Transition", "transition"}, {"other", "other"}},
			[]string{"", "developed", "transitional"}, ErrInvalidEconomy},
		{"Article4Declaration", func(s string) (string, error) { v, err := ParseArticle4Declaration(s); return v.String(), err },
			[]form{{"", ""}, {"true", "true"}, {"FALSE", "false"}, {" true ", "true"}},
			[]string{"yes", "1", "t"}, ErrInvalidArticle4Declaration},
		{"Verdict", func(s string) (string, error) { v, err := ParseVerdict(s); return v.String(), err },
			[]form{{"eligible", "eligible"}, {"conditional", "conditional"}, {"needs review", "needs-review"}, {"Needs-Review", "needs-review"}, {"ineligible", "ineligible"}},
			[]string{"", "ok", "review"}, ErrInvalidVerdict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range tt.good {
				got, err := tt.parse(f.text)
				if err != nil || got != f.canon {
					t.Errorf("parse %q = %q, %v; want %q", f.text, got, err, f.canon)
				}
			}
			for _, s := range tt.bad {
				if _, err := tt.parse(s); !errors.Is(err, tt.sentinel) {
					t.Errorf("parse %q: %v, want %v", s, err, tt.sentinel)
				}
			}
		})
	}

	// JSON through the text marshalers.
	type all struct {
		Scope       Scope
		Membership  Membership
		Economy     Economy
		Declaration Article4Declaration
		Verdict     Verdict
	}
	in := all{Regional, NonMember, InTransition, Article4NotSubject, NeedsReview}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"Scope":"regional","Membership":"non-member","Economy":"transition","Declaration":"false","Verdict":"needs-review"}`
	if string(data) != want {
		t.Errorf("JSON %s, want %s", data, want)
	}
	var out all
	if err := json.Unmarshal(data, &out); err != nil || out != in {
		t.Errorf("round trip: %+v, %v", out, err)
	}
	// Zero and out-of-range values refuse to marshal and print as Type(n).
	for _, v := range []interface {
		MarshalText() ([]byte, error)
		String() string
	}{ScopeUnset, MembershipUnset, EconomyUnset, VerdictUnset, Scope(9), Membership(9), Economy(9), Article4Declaration(9), Verdict(9)} {
		if _, err := v.MarshalText(); err == nil {
			t.Errorf("%T(%v) marshals", v, v)
		}
	}
	for _, tc := range []struct{ got, want string }{
		{Scope(9).String(), "Scope(9)"}, {Membership(9).String(), "Membership(9)"},
		{Economy(9).String(), "Economy(9)"}, {Article4Declaration(9).String(), "Article4Declaration(9)"},
		{Verdict(9).String(), "Verdict(9)"}, {VerdictUnset.String(), "Verdict(0)"},
	} {
		if tc.got != tc.want {
			t.Errorf("String = %q, want %q", tc.got, tc.want)
		}
	}
	// Must forms panic on bad text.
	for name, f := range map[string]func(){
		"MustParseScope":                func() { MustParseScope("x") },
		"MustParseMembership":           func() { MustParseMembership("x") },
		"MustParseEconomy":              func() { MustParseEconomy("x") },
		"MustParseArticle4Declaration":  func() { MustParseArticle4Declaration("x") },
		"MustParseVerdict":              func() { MustParseVerdict("x") },
		"MustNewLedger negative budget": func() { MustNewLedger(decimal.New(-1, 0), decimal.Zero) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s did not panic", name)
				}
			}()
			f()
		}()
	}
	if MustParseScope("regional") != Regional || MustParseMembership("member") != Member ||
		MustParseEconomy("other") != OtherEconomy || MustParseArticle4Declaration("true") != Article4Subject ||
		MustParseVerdict("eligible") != Eligible {
		t.Errorf("a Must form read wrong")
	}
}

func TestVerdictOrder(t *testing.T) {
	order := []Verdict{Eligible, Conditional, NeedsReview, Ineligible}
	for i, a := range order {
		for j, b := range order {
			want := order[max(i, j)]
			if got := a.Max(b); got != want {
				t.Errorf("%v.Max(%v) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// FuzzParseTextForms: the parsers never panic, and what they accept prints
// back to a form they read to the same value.
func FuzzParseTextForms(f *testing.F) {
	for _, s := range []string{"", "national", "Regional", "member", "non-member", "observer", "developing", "in transition", "other", "true", "FALSE", "needs review", "ineligible", "\x00", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, err := ParseScope(s); err == nil {
			if back, err := ParseScope(v.String()); err != nil || back != v {
				t.Errorf("scope %q -> %v does not round-trip", s, v)
			}
		} else if !errors.Is(err, ErrInvalidScope) {
			t.Errorf("scope %q: %v", s, err)
		}
		if v, err := ParseMembership(s); err == nil {
			if back, err := ParseMembership(v.String()); err != nil || back != v {
				t.Errorf("membership %q -> %v does not round-trip", s, v)
			}
		} else if !errors.Is(err, ErrInvalidMembership) {
			t.Errorf("membership %q: %v", s, err)
		}
		if v, err := ParseEconomy(s); err == nil {
			if back, err := ParseEconomy(v.String()); err != nil || back != v {
				t.Errorf("economy %q -> %v does not round-trip", s, v)
			}
		} else if !errors.Is(err, ErrInvalidEconomy) {
			t.Errorf("economy %q: %v", s, err)
		}
		if v, err := ParseArticle4Declaration(s); err == nil {
			if back, err := ParseArticle4Declaration(v.String()); err != nil || back != v {
				t.Errorf("declaration %q -> %v does not round-trip", s, v)
			}
		} else if !errors.Is(err, ErrInvalidArticle4Declaration) {
			t.Errorf("declaration %q: %v", s, err)
		}
		if v, err := ParseVerdict(s); err == nil {
			if back, err := ParseVerdict(v.String()); err != nil || back != v {
				t.Errorf("verdict %q -> %v does not round-trip", s, v)
			}
		} else if !errors.Is(err, ErrInvalidVerdict) {
			t.Errorf("verdict %q: %v", s, err)
		}
	})
}
