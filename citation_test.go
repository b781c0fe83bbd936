package iomstrategy

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCitationString(t *testing.T) {
	tests := []struct {
		c    Citation
		want string
	}{
		{Para(16), "MC/INF/302, para. 16"},
		{Paras(14, 21), "MC/INF/302, paras 14-21"},
		{Paras(16, 16), "MC/INF/302, para. 16"},
		{Note(20), "MC/INF/302, footnote 20"},
		{ResolutionPara(5), "Resolution 1150 (XCIII), para. 5"},
		{Doc(Resolution1150), "Resolution 1150 (XCIII)"},
		{PartOpening(PartI), "Resolution 1150 (XCIII), Annex, Part I, opening paragraph"},
		{StrategyPoint(9), "Resolution 1150 (XCIII), Annex, Part I, point 9"},
		{AnnexNote(1), "Resolution 1150 (XCIII), Annex, Part I, footnote 1"},
		{PartIIPara(1), "Resolution 1150 (XCIII), Annex, Part II, para. 1"},
		{TermOfReference('a'), "Resolution 1150 (XCIII), Annex, Part II, para. 3(a)"},
		{TermOfReference('h'), "Resolution 1150 (XCIII), Annex, Part II, para. 3(h)"},
		{PartIIIBullet(1), "Resolution 1150 (XCIII), Annex, Part III, bullet 1"},
		{Criterion(2), "Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2"},
		{ConstitutionArticle(4), "IOM Constitution, Article 4"},
		{Doc(Resolution1035), "Resolution 1035 (LXXX)"},
		{Citation{Document: SCPFRules, Unit: Rule, Number: 1}, "SCPF Rules of Procedure, rule 1"},
		{Citation{Document: ConstitutionBefore1998Amendments, Unit: Article, Number: 30}, "IOM Constitution before the 1998 amendments, Article 30"},
		{Citation{}, ""},
	}
	for _, tt := range tests {
		if got := tt.c.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.c, got, tt.want)
		}
		if tt.want == "" {
			continue
		}
		back, err := ParseCitation(tt.want)
		if err != nil {
			t.Errorf("ParseCitation(%q): %v", tt.want, err)
		} else if !back.Equal(tt.c) {
			t.Errorf("ParseCitation(%q) = %#v, want %#v", tt.want, back, tt.c)
		}
	}
}

func TestParseCitationRefuses(t *testing.T) {
	for _, s := range []string{
		"", "MC/INF/302,", "MC/INF/302, para.", "MC/INF/302, para. 016", "MC/INF/302, para. -1",
		"MC/INF/302, paras 21-14", "MC/INF/302, paras 14", "MC/INF/303, para. 1",
		"Resolution 1150 (XCIII), Annex, Part IV, point 1", "Resolution 1150 (XCIII), Annex, Part I, point x",
		"MC/INF/302, para 16", "mc/inf/302, para. 16", "MC/INF/302, para. 16 ", "MC/INF/302, para. 3(A)",
	} {
		if c, err := ParseCitation(s); !errors.Is(err, ErrCitationSyntax) {
			t.Errorf("ParseCitation(%q) = %v, %v; want ErrCitationSyntax", s, c, err)
		}
	}
}

// TestSourceHasEveryUnit holds the embedded source to the structure the
// library relies on: paragraphs 1-83 and footnotes 1-22 of the Review, the
// five operative paragraphs, the 12 points with the annex footnote, the
// opening paragraphs, Part II paragraphs 1-4 with terms (a)-(h), Part III
// bullets 1-5 with criteria 1-5.
func TestSourceHasEveryUnit(t *testing.T) {
	want := []Citation{Paras(1, 83),
		{Document: Review, Unit: Footnote, Number: 1, Last: 22},
		{Document: Resolution1150, Unit: Paragraph, Number: 1, Last: 5},
		{Document: Resolution1150, Part: PartI, Unit: Point, Number: 1, Last: 12},
		{Document: Resolution1150, Part: PartII, Unit: Paragraph, Number: 1, Last: 4},
		{Document: Resolution1150, Part: PartIII, Unit: Bullet, Number: 1, Last: 5},
		AnnexNote(1), PartOpening(PartI), PartOpening(PartII), PartOpening(PartIII),
		ConstitutionArticle(4), Doc(Resolution1035), Doc(Resolution997), Doc(Resolution18), Doc(Evaluation1035),
		{Document: ConstitutionBefore1998Amendments, Unit: Article, Number: 30},
	}
	for r := 'a'; r <= 'h'; r++ {
		want = append(want, TermOfReference(r))
	}
	for n := 1; n <= 5; n++ {
		want = append(want, Criterion(n))
	}
	for _, c := range want {
		if err := c.Verify(); err != nil {
			t.Errorf("%s: %v", c, err)
		}
	}
}

func TestVerifyRefusesWhatIsNotThere(t *testing.T) {
	for _, c := range []Citation{
		{}, Para(0), Para(84), Paras(80, 84), Note(23), ResolutionPara(6), StrategyPoint(13),
		PartIIPara(5), TermOfReference('i'), PartIIIBullet(6), Criterion(6), AnnexNote(2),
		ConstitutionArticle(99), {Document: Review, Unit: Point, Number: 1}, {Document: Review, Unit: Paragraph, Number: 5, Last: 3},
		// Article 30 is the rule's number before the 1998 amendments, 25 after.
		ConstitutionArticle(30), {Document: ConstitutionBefore1998Amendments, Unit: Article, Number: 25},
	} {
		if err := c.Verify(); !errors.Is(err, ErrUnknownCitation) {
			t.Errorf("%#v.Verify() = %v, want ErrUnknownCitation", c, err)
		}
	}
}

func TestCitationText(t *testing.T) {
	tests := []struct {
		c          Citation
		start, end string
	}{
		{Para(1), "The IOM Strategy was approved", "review the Strategy in three years."},
		// Paragraph 5 crosses a page break after "in".
		{Para(5), "As a result of this growth", "including the United Nations regional commissions."},
		{Note(17), "This Strategy point is accompanied", "involved in migration.\""},
		{ResolutionPara(5), "To review the strategy in three years.", "three years."},
		// Point 9 crosses a page break after "emergency or".
		{StrategyPoint(9), "To participate in coordinated", "emergency or post-crisis situations as appropriate and as relates to the needs of individuals, thereby contributing to their protection¹."},
		{PartOpening(PartI), "The primary goal of IOM", "acting at the request of or in agreement with Member States:"},
		{TermOfReference('c'), "to consider any matter specifically referred", "deemed necessary thereon;"},
		{Criterion(2), "Ceiling for funding of national projects", "USD 200,000 under Line 2."},
		{PartIIIBullet(1), "25 per cent of Discretionary Income", "starting in 2008."},
	}
	for _, tt := range tests {
		got, err := tt.c.Text()
		if err != nil {
			t.Errorf("%s: %v", tt.c, err)
			continue
		}
		if !strings.HasPrefix(got, tt.start) || !strings.HasSuffix(got, tt.end) {
			t.Errorf("%s.Text() = %q, want it to start %q and end %q", tt.c, got, tt.start, tt.end)
		}
	}
}

func TestCitationJSON(t *testing.T) {
	in := struct {
		C Citation `json:"citation"`
	}{Criterion(4)}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"citation":"Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 4"}`; string(data) != want {
		t.Errorf("json = %s, want %s", data, want)
	}
	var out struct {
		C Citation `json:"citation"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in.C, out.C); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"citation":"para 3"}`), &out); !errors.Is(err, ErrCitationSyntax) {
		t.Errorf("bad citation JSON: %v, want ErrCitationSyntax", err)
	}
}

func FuzzParseCitation(f *testing.F) {
	for _, s := range []string{"MC/INF/302, para. 16", "MC/INF/302, paras 14-21", "Resolution 1150 (XCIII), Annex, Part II, para. 3(a)",
		"Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2", "IOM Constitution, Article 4", "Resolution 1150 (XCIII), Annex, Part I"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCitation(s)
		if err != nil {
			return
		}
		if got := c.String(); got != s {
			t.Fatalf("ParseCitation(%q).String() = %q", s, got)
		}
		_ = c.Verify() // must not panic
	})
}

func TestWholeDocumentText(t *testing.T) {
	for _, tt := range []struct {
		c    Citation
		want string
	}{
		{Doc(Review), "12 October 2010"},
		{Doc(Resolution1150), "(Adopted by the Council at its 481st meeting on 7 June 2007)"},
		{ConstitutionArticle(4), "shall have no right to vote if the amount of its arrears equals or exceeds the amount of the contributions due from it for the preceding two years"},
		{ConstitutionArticle(25), "accepted by two-thirds of the Member States"},
		{Citation{Document: ConstitutionBefore1998Amendments, Unit: Article, Number: 30}, "Rule (Article 30, now Article 25): amendments that alter fundamentals"},
	} {
		got, err := tt.c.Text()
		if err != nil || !strings.Contains(got, tt.want) {
			t.Errorf("%s.Text() = %q, %v; want it to contain %q", tt.c, got, err, tt.want)
		}
	}
}
