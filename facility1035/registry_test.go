package facility1035

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
)

func TestArticle4Standing(t *testing.T) {
	// m is a Member State with arrears and, when due is not "", the
	// contributions due for the preceding two years.
	m := func(arrears, due string, decl Article4Declaration, waiver bool) MemberState {
		s := owing(MemberState{Name: "X", Membership: Member, Economy: Developing}, arrears, due)
		s.SubjectToArticle4, s.CouncilWaiver = decl, waiver
		return s
	}
	tests := []struct {
		name string // Constitution, Article 4
		m    MemberState
		want Article4Standing
	}{
		{"Article 4: no arrears, never subject", m("0", "100", Article4Derive, false), Article4Standing{}},
		{"Article 4: no arrears, nothing due, never subject", m("0", "0", Article4Derive, false), Article4Standing{}},
		{"Article 4: no arrears, due unknown, never subject", m("0", "", Article4Derive, false), Article4Standing{}},
		{"Article 4: no arrears, declared not subject", m("0", "", Article4NotSubject, false), Article4Standing{}},
		{"Article 4: no arrears, waived, not subject", m("0", "", Article4Derive, true), Article4Standing{Waived: true}},
		{"Article 4: arrears below due", m("79999.99", "80000", Article4Derive, false), Article4Standing{}},
		{"Article 4: arrears equal to due, subject", m("80000", "80000", Article4Derive, false),
			Article4Standing{Subject: true, ThresholdMet: true}},
		{"Article 4: arrears above due, subject", m("80000.01", "80000", Article4Derive, false),
			Article4Standing{Subject: true, ThresholdMet: true}},
		{"Article 4: arrears against nothing due, subject", m("0.01", "0", Article4Derive, false),
			Article4Standing{Subject: true, ThresholdMet: true}},
		{"Article 4: arrears above due, Council waiver, not subject", m("90000", "80000", Article4Derive, true),
			Article4Standing{ThresholdMet: true, Waived: true}},
		{"Article 4: declared subject", m("10", "", Article4Subject, false),
			Article4Standing{Subject: true, Declared: true}},
		{"Article 4: declared subject below the threshold", m("10", "80000", Article4Subject, false),
			Article4Standing{Subject: true, Declared: true}},
		{"Article 4: declared not subject above the threshold", m("90000", "80000", Article4NotSubject, false),
			Article4Standing{Declared: true, ThresholdMet: true}},
		{"Article 4: declared not subject, due unknown", m("90000", "", Article4NotSubject, false),
			Article4Standing{Declared: true}},
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
	ok := owing(MemberState{Name: "Arcadia", Membership: Member, Economy: Developing}, "10", "100")
	with := func(f func(*MemberState)) MemberState { m := ok; f(&m); return m }
	tests := []struct {
		name     string
		m        MemberState
		field    string
		value    string
		sentinel error
		message  string // the whole error, when pinned
	}{
		{"a name is required", with(func(m *MemberState) { m.Name = " " }), "country", "", iomstrategy.ErrMissing,
			`Member State " ": country: required, but missing or empty`},
		{"Resolution 1035: membership unset", with(func(m *MemberState) { m.Membership = 0 }), "membership", "Membership(0)", ErrInvalidChoice,
			`Member State "Arcadia": membership "Membership(0)": membership: 0 is unset or unknown`},
		{"Resolution 1035: membership unknown", with(func(m *MemberState) { m.Membership = 4 }), "membership", "Membership(4)", ErrInvalidChoice, ""},
		{"para. 10: economy unset", with(func(m *MemberState) { m.Economy = 0 }), "economy", "Economy(0)", ErrInvalidChoice, ""},
		{"para. 10: economy unknown", with(func(m *MemberState) { m.Economy = 9 }), "economy", "Economy(9)", ErrInvalidChoice, ""},
		{"Article 4: declaration unknown", with(func(m *MemberState) { m.SubjectToArticle4 = 7 }), "subject_to_article4", "Article4Declaration(7)", ErrInvalidChoice, ""},
		{"negative arrears", with(func(m *MemberState) { m.Arrears = iomstrategy.USDFromCents(-100) }), "arrears", "-1.00", iomstrategy.ErrNegativeAmount,
			`Member State "Arcadia": arrears "-1.00": amounts cannot be negative`},
		{"negative due", with(func(m *MemberState) { m.DueTwoYears = iomstrategy.USDFromCents(-100) }), "due_two_years", "-1.00", iomstrategy.ErrNegativeAmount, ""},
		{"Article 4: arrears with no due and nothing declared", with(func(m *MemberState) { m.DueTwoYearsKnown = false }), "due_two_years", "", iomstrategy.ErrMissing,
			`Member State "Arcadia": due_two_years: contributions due for the preceding two years are needed to derive the Article 4 standing`},
		{"Article 4: arrears with a due of zero that is not known", with(func(m *MemberState) { m.DueTwoYears, m.DueTwoYearsKnown = iomstrategy.USD{}, false }), "due_two_years", "", iomstrategy.ErrMissing, ""},
		{"Article 4: declared subject with no arrears (never subject)", with(func(m *MemberState) { m.Arrears = iomstrategy.USD{}; m.SubjectToArticle4 = Article4Subject }), "subject_to_article4", "true", ErrContradictoryArticle4,
			`Member State "Arcadia": subject_to_article4 "true": contradictory Article 4 standing: declared subject to Article 4 with no arrears; a Member State with no arrears is never subject`},
		{"Article 4: declared subject although waived", with(func(m *MemberState) { m.SubjectToArticle4 = Article4Subject; m.CouncilWaiver = true }), "subject_to_article4", "true", ErrContradictoryArticle4,
			`Member State "Arcadia": subject_to_article4 "true": contradictory Article 4 standing: declared subject to Article 4 although the Council maintained its vote`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.m.Validate()
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v (%T), want an *InputError", err, err)
			}
			want := InputError{Input: "Member State", ID: tt.m.Name, Field: tt.field, Value: tt.value}
			if diff := cmp.Diff(want, *ie, inputErrorFields); diff != "" {
				t.Errorf("error %v (-want +got):\n%s", err, diff)
			}
			if !errors.Is(err, tt.sentinel) {
				t.Errorf("error %v does not match %v", err, tt.sentinel)
			}
			if tt.message != "" && err.Error() != tt.message {
				t.Errorf("error %q, want %q", err, tt.message)
			}
			// In a registry, the same refusal at the record's place,
			// counted from 1.
			err = Registry{ok, tt.m}.Validate()
			want.Position = 2
			if !errors.As(err, &ie) || !errors.Is(err, tt.sentinel) {
				t.Fatalf("Registry.Validate: %v, want the error of the second record", err)
			}
			if diff := cmp.Diff(want, *ie, inputErrorFields); diff != "" {
				t.Errorf("Registry.Validate: %v (-want +got):\n%s", err, diff)
			}
			if tt.message != "" && err.Error() != "item 2: "+tt.message {
				t.Errorf("Registry.Validate: %q, want %q", err, "item 2: "+tt.message)
			}
		})
	}
	valid := []MemberState{
		ok,
		{Name: "No arrears, no due", Membership: Member, Economy: Developing},
		{Name: "No arrears, due of zero known", Membership: Member, Economy: Developing, DueTwoYearsKnown: true},
		owing(MemberState{Name: "Declared, no due", Membership: Member, Economy: Developing, SubjectToArticle4: Article4Subject}, "5", ""),
		owing(MemberState{Name: "Declared not subject, no due", Membership: Member, Economy: Developing, SubjectToArticle4: Article4NotSubject}, "5", ""),
		{Name: "Waiver, no arrears", Membership: Observer, Economy: OtherEconomy, CouncilWaiver: true},
		{Name: "Declared not subject with no arrears", Membership: NonMember, Economy: InTransition, SubjectToArticle4: Article4NotSubject},
	}
	for _, m := range valid {
		if err := m.Validate(); err != nil {
			t.Errorf("%s: %v", m.Name, err)
		}
	}
	if err := Registry(valid).Validate(); err != nil {
		t.Errorf("a registry of valid records: %v", err)
	}
	if err := (MemberState{}).Validate(); !errors.Is(err, iomstrategy.ErrMissing) {
		t.Errorf("the zero MemberState: %v, want iomstrategy.ErrMissing (no name)", err)
	}
}

func TestRegistry(t *testing.T) {
	a := MemberState{Name: "Arcadia", Membership: Member, Economy: Developing}
	b := MemberState{Name: "  Borduria ", Membership: Observer, Economy: InTransition}
	r := Registry{a, b}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		want MemberState
		ok   bool
	}{
		{"Arcadia", a, true}, {"arcadia", a, true}, {" ARCADIA ", a, true},
		{"Borduria", b, true}, {"borduria", b, true}, {"\tBORDURIA\n", b, true},
		{"Arcadi", MemberState{}, false}, {"Arcadia Borduria", MemberState{}, false}, {"", MemberState{}, false}, {"  ", MemberState{}, false},
	} {
		got, ok := r.Lookup(tc.name)
		if ok != tc.ok {
			t.Errorf("Lookup(%q) found %v, want %v", tc.name, ok, tc.ok)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Lookup(%q) (-want +got):\n%s", tc.name, diff)
		}
	}
	// Lookup returns a copy: changing it leaves the registry as it was.
	got, _ := r.Lookup("Arcadia")
	got.Name = "changed"
	if r[0].Name != "Arcadia" {
		t.Errorf("Lookup returned the registry's own record")
	}

	t.Run("a country twice, ignoring case and spaces", func(t *testing.T) {
		r := Registry{a, b, {Name: " ARCADIA", Membership: Member, Economy: Developing}}
		err := r.Validate()
		var ie *InputError
		if !errors.As(err, &ie) || !errors.Is(err, iomstrategy.ErrDuplicate) {
			t.Fatalf("a duplicate: %v, want iomstrategy.ErrDuplicate", err)
		}
		want := InputError{Input: "Member State", ID: " ARCADIA", Position: 3, Field: "country", Value: " ARCADIA"}
		if diff := cmp.Diff(want, *ie, inputErrorFields); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		const msg = `item 3: Member State " ARCADIA": country " ARCADIA": a Member State listed twice: also item 1 ("Arcadia")`
		if err.Error() != msg {
			t.Errorf("error %q, want %q", err, msg)
		}
		// Screening refuses the registry too, before any application.
		if _, err := Screen(app2("A", National, "1", "Borduria"), r, Resolution1150()); !errors.Is(err, iomstrategy.ErrDuplicate) {
			t.Errorf("Screen with the registry: %v, want iomstrategy.ErrDuplicate", err)
		}
	})

	var zero Registry
	if _, ok := zero.Lookup("Arcadia"); ok || len(zero) != 0 || zero.Validate() != nil {
		t.Errorf("the zero registry is not empty and valid")
	}
}

// TestTextForms checks the text forms of every typed value of a registry
// and an application: what UnmarshalText (and ParseScope) read, what
// String and MarshalText write, and what is refused.
func TestTextForms(t *testing.T) {
	type form struct {
		text  string
		canon string // the String form it reads to
	}
	tests := []struct {
		name  string
		parse func(string) (string, error)
		good  []form
		bad   []string
	}{
		{"Scope (criteria 2 and 3)", func(s string) (string, error) { v, err := ParseScope(s); return v.String(), err },
			[]form{{"national", "national"}, {" Regional ", "regional"}, {"NATIONAL", "national"}},
			[]string{"", "nation", "international", "1", "national regional"}},
		{"Scope through UnmarshalText", func(s string) (string, error) { var v Scope; err := v.UnmarshalText([]byte(s)); return v.String(), err },
			[]form{{"national", "national"}, {"\tregional\n", "regional"}},
			[]string{"", "regional2"}},
		{"Membership (Resolution 1035)", func(s string) (string, error) {
			var v Membership
			err := v.UnmarshalText([]byte(s))
			return v.String(), err
		},
			[]form{{"member", "member"}, {"Observer", "observer"}, {"non-member", "non-member"}, {" NON-MEMBER ", "non-member"}},
			[]string{"", "nonmember", "members", "state", "non member"}},
		{"Economy (para. 10)", func(s string) (string, error) {
			var v Economy
			err := v.UnmarshalText([]byte(s))
			return v.String(), err
		},
			[]form{{"developing", "developing"}, {"transition", "transition"}, {"in transition", "transition"}, {"Economy in Transition", "transition"}, {"other", "other"}},
			[]string{"", "developed", "transitional", "economy"}},
		{"Article4Declaration (Constitution, Article 4)", func(s string) (string, error) {
			var v Article4Declaration
			err := v.UnmarshalText([]byte(s))
			return v.String(), err
		},
			[]form{{"", ""}, {"  ", ""}, {"true", "true"}, {"FALSE", "false"}, {" true ", "true"}},
			[]string{"yes", "1", "t", "derive"}},
		{"Verdict (a reading's option in a parameter set)", func(s string) (string, error) {
			var v Verdict
			err := v.UnmarshalText([]byte(s))
			return v.String(), err
		},
			[]form{{"eligible", "eligible"}, {"Conditional", "conditional"}, {" needs-review ", "needs-review"}, {"INELIGIBLE", "ineligible"}},
			[]string{"", "needs review", "review", "eligible!", "0", "1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range tt.good {
				got, err := tt.parse(f.text)
				if err != nil || got != f.canon {
					t.Errorf("read %q = %q, %v; want %q", f.text, got, err, f.canon)
				}
			}
			for _, s := range tt.bad {
				if _, err := tt.parse(s); !errors.Is(err, ErrInvalidChoice) {
					t.Errorf("read %q: %v, want ErrInvalidChoice", s, err)
				}
			}
		})
	}
	t.Run("a refused text is named in the error", func(t *testing.T) {
		var e Economy
		err := e.UnmarshalText([]byte("developed"))
		const want = `economy "developed": want developing, transition or other`
		if err == nil || err.Error() != want {
			t.Errorf("error %v, want %q", err, want)
		}
		if e != 0 {
			t.Errorf("a refused text changed the value to %v", e)
		}
	})

	// JSON through the text marshalers. A Verdict is written here (a
	// result); it is read only as a reading's option in a parameter set
	// (see the Verdict form above), not as an input of a registry or an
	// application.
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
	type inputs struct {
		Scope       Scope
		Membership  Membership
		Economy     Economy
		Declaration Article4Declaration
	}
	var out inputs
	if err := json.Unmarshal(data, &out); err != nil || out != (inputs{Regional, NonMember, InTransition, Article4NotSubject}) {
		t.Errorf("round trip: %+v, %v", out, err)
	}
	// Derive is the empty string, both ways.
	if data, err := json.Marshal(inputs{National, Member, Developing, Article4Derive}); err != nil || !strings.Contains(string(data), `"Declaration":""`) {
		t.Errorf("derive marshals as %s, %v", data, err)
	}
	// Zero and out-of-range values refuse to marshal and print as Type(n).
	for _, v := range []interface {
		MarshalText() ([]byte, error)
		String() string
	}{Scope(0), Membership(0), Economy(0), Verdict(0), Scope(9), Membership(9), Economy(9), Article4Declaration(9), Verdict(9)} {
		if _, err := v.MarshalText(); !errors.Is(err, ErrInvalidChoice) {
			t.Errorf("%T(%v) marshals: %v", v, v, err)
		}
	}
	for _, tc := range []struct{ got, want string }{
		{Scope(9).String(), "Scope(9)"}, {Membership(9).String(), "Membership(9)"},
		{Economy(9).String(), "Economy(9)"}, {Article4Declaration(9).String(), "Article4Declaration(9)"},
		{Verdict(9).String(), "Verdict(9)"}, {Verdict(0).String(), "Verdict(0)"},
		{Scope(0).String(), "Scope(0)"}, {Article4Derive.String(), ""},
	} {
		if tc.got != tc.want {
			t.Errorf("String = %q, want %q", tc.got, tc.want)
		}
	}
	for _, tc := range []struct {
		s    Scope
		want bool
	}{{0, false}, {National, true}, {Regional, true}, {3, false}} {
		if tc.s.Valid() != tc.want {
			t.Errorf("Scope(%d).Valid() = %v", uint8(tc.s), !tc.want)
		}
	}
}

// FuzzParseTextForms: the readers never panic, refuse with
// ErrInvalidChoice, and what they accept prints back to a form they read
// to the same value.
func FuzzParseTextForms(f *testing.F) {
	for _, s := range []string{"", "national", "Regional", "member", "non-member", "observer", "developing", "in transition", "other", "true", "FALSE", "needs review", "ineligible", "\x00", "é", "ſ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, err := ParseScope(s); err == nil {
			if back, err := ParseScope(v.String()); err != nil || back != v || !v.Valid() {
				t.Errorf("scope %q -> %v does not round-trip", s, v)
			}
		} else if !errors.Is(err, ErrInvalidChoice) {
			t.Errorf("scope %q: %v", s, err)
		}
		var m Membership
		if err := m.UnmarshalText([]byte(s)); err == nil {
			var back Membership
			if text, err := m.MarshalText(); err != nil || back.UnmarshalText(text) != nil || back != m {
				t.Errorf("membership %q -> %v does not round-trip", s, m)
			}
		} else if !errors.Is(err, ErrInvalidChoice) {
			t.Errorf("membership %q: %v", s, err)
		}
		var e Economy
		if err := e.UnmarshalText([]byte(s)); err == nil {
			var back Economy
			if text, err := e.MarshalText(); err != nil || back.UnmarshalText(text) != nil || back != e {
				t.Errorf("economy %q -> %v does not round-trip", s, e)
			}
		} else if !errors.Is(err, ErrInvalidChoice) {
			t.Errorf("economy %q: %v", s, err)
		}
		var d Article4Declaration
		if err := d.UnmarshalText([]byte(s)); err == nil {
			var back Article4Declaration
			if text, err := d.MarshalText(); err != nil || back.UnmarshalText(text) != nil || back != d {
				t.Errorf("declaration %q -> %v does not round-trip", s, d)
			}
		} else if !errors.Is(err, ErrInvalidChoice) {
			t.Errorf("declaration %q: %v", s, err)
		}
	})
}
