package strategy

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
)

func TestBodies(t *testing.T) {
	want := []Body{Council, ExecutiveCommittee, SCPF, SubcommitteeOnBudgetAndFinance, InformalConsultations}
	if diff := cmp.Diff(want, Bodies()); diff != "" {
		t.Errorf("Bodies() (-want +got):\n%s", diff)
	}
	for _, b := range Bodies() {
		if !b.Valid() || b.Role() == "" || len(b.Citations()) == 0 {
			t.Errorf("%v: valid %v, role %q, citations %v", b, b.Valid(), b.Role(), b.Citations())
		}
	}
	// Bodies lists every valid Body and nothing else.
	for b := Body(0); b < 255; b++ {
		if b.Valid() != slices.Contains(Bodies(), b) {
			t.Errorf("Body(%d): valid %v, in Bodies() %v", int(b), b.Valid(), !b.Valid())
		}
	}
	for _, b := range []Body{0, numBodies, 200} {
		if b.Valid() || b.Role() != "" || b.Citations() != nil || b.Formal() {
			t.Errorf("Body(%d) is treated as a body", int(b))
		}
		if want := "Body(" + strconv.Itoa(int(b)) + ")"; b.String() != want {
			t.Errorf("Body(%d).String() = %q, want %q", int(b), b.String(), want)
		}
	}
}

// TestBodyRolesQuotePartII checks that each role carries what Part II
// says of the body, and that what it says stands in the source.
func TestBodyRolesQuotePartII(t *testing.T) {
	partII := iomstrategy.PartOpening(iomstrategy.PartII)
	tests := []struct {
		body    Body
		quote   string // stands verbatim in cite
		cite    iomstrategy.Citation
		roleHas string // stands in Role
	}{
		{Council, Council.Role(), partII, "principal governing body"},
		{ExecutiveCommittee, ExecutiveCommittee.Role(), partII, "should not be reinforced or enlarged"},
		{InformalConsultations, "a useful way to facilitate dialogue and understanding", partII, "a useful way to facilitate dialogue and understanding"},
		{InformalConsultations, "complement formal governing bodies, which is where formal decisions should be taken", partII, "complement formal governing bodies, which is where formal decisions should be taken"},
		{SCPF, "open to all Member States", iomstrategy.PartIIPara(1), "open to all Member States"},
		{SCPF, "normally meet twice each year, and otherwise as required", iomstrategy.PartIIPara(1), "normally twice each year, and otherwise as required"},
		{SCPF, "subject to approval by Council", iomstrategy.PartIIPara(4), "subject to approval by Council"},
		{SubcommitteeOnBudgetAndFinance, "To abolish the Subcommittee on Budget and Finance", iomstrategy.PartIIPara(2), "abolished"},
		{SubcommitteeOnBudgetAndFinance, "replaced by the Standing Committee on Programmes and Finance", iomstrategy.Para(10), "replaced by the Standing Committee on Programmes and Finance"},
	}
	for _, tt := range tests {
		t.Run(tt.body.String(), func(t *testing.T) {
			quoteIn(t, tt.quote, tt.cite)
			if !strings.Contains(tt.body.Role(), tt.roleHas) {
				t.Errorf("%v.Role() = %q, want it to carry %q (%v)", tt.body, tt.body.Role(), tt.roleHas, tt.cite)
			}
			found := false
			for _, c := range tt.body.Citations() {
				found = found || c == tt.cite
			}
			if !found {
				t.Errorf("%v.Citations() = %v, want %v among them", tt.body, tt.body.Citations(), tt.cite)
			}
		})
	}
}

func TestParseBody(t *testing.T) {
	tests := []struct {
		in   string
		want Body // 0: error
	}{
		{"Council", Council},
		{"council", Council},
		{"IOM Council", Council},
		{"Executive Committee", ExecutiveCommittee},
		{"executive-committee", ExecutiveCommittee},
		{"ExCom", ExecutiveCommittee},
		{"SCPF", SCPF},
		{"scpf", SCPF},
		{"Standing Committee on Programmes and Finance", SCPF},
		{"  Standing Committee  ", SCPF},
		{"Subcommittee on Budget and Finance", SubcommitteeOnBudgetAndFinance},
		{"Sub-Committee on Budget and Finance", SubcommitteeOnBudgetAndFinance},
		{"subcommittee-on-budget-and-finance", SubcommitteeOnBudgetAndFinance},
		{"informal consultations", InformalConsultations},
		{"Informal-Consultations", InformalConsultations},

		{"", 0},
		{"Assembly", 0},
		{"Executive  Committee", 0},
		{"SCPF2", 0},
		{"Standing Committee on Programmes", 0},
		{"3", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseBody(tt.in)
			if tt.want == 0 {
				if !errors.Is(err, ErrUnknownBody) || !strings.Contains(err.Error(), strconv.Quote(tt.in)) {
					t.Errorf("ParseBody(%q) = %v, %v; want an ErrUnknownBody naming the input", tt.in, got, err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ParseBody(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestBodyTextAndJSONRoundTrip(t *testing.T) {
	for _, b := range Bodies() {
		text, err := b.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Body
		if err := back.UnmarshalText(text); err != nil || back != b {
			t.Errorf("%v: text round trip gave %v, %v", b, back, err)
		}
		if again, err := ParseBody(b.String()); err != nil || again != b {
			t.Errorf("ParseBody(%q) = %v, %v", b.String(), again, err)
		}
		data, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		var fromJSON Body
		if err := json.Unmarshal(data, &fromJSON); err != nil || fromJSON != b {
			t.Errorf("%v: JSON %s round trip gave %v, %v", b, data, fromJSON, err)
		}
	}
	if _, err := Body(0).MarshalText(); !errors.Is(err, ErrUnknownBody) {
		t.Errorf("Body(0).MarshalText() error = %v", err)
	}
}

// FuzzParseBody checks that ParseBody never panics, and accepts only text
// that equals (ignoring case and outer spaces) a name the library lists.
func FuzzParseBody(f *testing.F) {
	for _, s := range []string{"Council", "SCPF", "ExCom", "executive-committee", "", "x", " Council ", "COUNCİL", "counc\u0130l"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseBody(s)
		if err != nil {
			if !errors.Is(err, ErrUnknownBody) || b != 0 {
				t.Fatalf("ParseBody(%q) = %v, %v", s, b, err)
			}
			return
		}
		info := bodies[b]
		names := append([]string{info.name, info.slug}, info.alias...)
		trimmed := strings.TrimSpace(s)
		for _, n := range names {
			if strings.EqualFold(trimmed, n) {
				return
			}
		}
		t.Fatalf("ParseBody(%q) = %v, but it is none of %q", s, b, names)
	})
}

func TestSCPFTerms(t *testing.T) {
	terms := SCPFMandate().Terms
	if len(terms) != 8 {
		t.Fatalf("SCPFMandate().Terms has %d terms, want 8 ((a)-(h))", len(terms))
	}
	for i, term := range terms {
		letter := rune('a' + i)
		if term.Citation != iomstrategy.TermOfReference(letter) || term.Citation.Sub != i+1 {
			t.Errorf("term %d: citation %v; want %v", i, term.Citation, iomstrategy.TermOfReference(letter))
		}
		src, err := term.Citation.Text()
		if err != nil {
			t.Fatal(err)
		}
		if term.Quote != src {
			t.Errorf("%v differs from the source:\n got %q\nwant %q", term.Citation, term.Quote, src)
		}
	}
	if err := iomstrategy.TermOfReference('i').Verify(); err == nil {
		t.Error("a term of reference (i) verifies; Part II has (a)-(h)")
	}
}

func TestSCPFMandate(t *testing.T) {
	m := SCPFMandate()
	if !m.OpenToAllMemberStates || m.NormalMeetingsPerYear != 2 || !m.RulesNeedCouncilApproval ||
		m.Replaces != SubcommitteeOnBudgetAndFinance || m.Negates != "Resolution No. 998" {
		t.Errorf("SCPFMandate() = %+v", m)
	}
	statements := []Statement{m.Establishment, m.Membership, m.RulesOfProcedure}
	statements = append(statements, m.Meetings...)
	statements = append(statements, m.Abolition...)
	for _, s := range statements {
		quoteIn(t, s.Quote, s.Citation)
	}
	quoteIn(t, m.Negates, m.Establishment.Citation)
	quoteIn(t, "twice each year", iomstrategy.PartIIPara(1))
	quoteIn(t, "twice a year", iomstrategy.Citation{Document: iomstrategy.SCPFRules, Unit: iomstrategy.Rule, Number: 1})
	// Each call returns its own copy: changing one changes no other.
	other := SCPFMandate()
	other.Terms[0].Quote = "changed"
	other.Meetings[0].Quote = "changed"
	if diff := cmp.Diff(m, SCPFMandate()); diff != "" {
		t.Errorf("changing a returned mandate changed the next one (-first +next):\n%s", diff)
	}
}
