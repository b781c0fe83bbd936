package strategy

import (
	"strings"
	"testing"

	"github.com/policycode/iomstrategy"
)

// quoteIn checks that quote stands verbatim in the text c cites.
func quoteIn(t *testing.T, quote string, c iomstrategy.Citation) {
	t.Helper()
	text, err := c.Text()
	if err != nil {
		t.Fatalf("%v: %v", c, err)
	}
	if quote == "" || !strings.Contains(text, quote) {
		t.Errorf("%v does not say %q; it says %q", c, quote, text)
	}
}

func TestGoalStatements(t *testing.T) {
	partI := iomstrategy.PartOpening(iomstrategy.PartI)
	tests := []struct {
		name string
		got  Statement
		want string // a phrase the statement must hold
	}{
		{"primary goal (Part I, opening paragraph)", PrimaryGoal(), "primary goal of IOM is to facilitate the orderly and humane management of international migration"},
		{"whole opening paragraph (Part I)", PartIOpening(), "leading global organization focusing on migration management"},
		{"Member State condition (Part I, opening paragraph)", MemberStateCondition(), "acting at the request of or in agreement with Member States"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got.Citation != partI {
				t.Errorf("citation = %v, want %v", tt.got.Citation, partI)
			}
			if !strings.Contains(tt.got.Quote, tt.want) {
				t.Errorf("quote %q does not hold %q", tt.got.Quote, tt.want)
			}
			quoteIn(t, tt.got.Quote, tt.got.Citation)
		})
	}
	whole, _ := partI.Text()
	if PartIOpening().Quote != whole {
		t.Errorf("PartIOpening() is not the whole opening paragraph:\n got %q\nwant %q", PartIOpening().Quote, whole)
	}
}

func TestCrossCuttingThemes(t *testing.T) {
	want := []string{"migration health", "gender", "human rights of migrants"}
	got := CrossCuttingThemes()
	if len(got) != len(want) {
		t.Fatalf("CrossCuttingThemes() has %d themes, want %d (MC/INF/302, para. 13)", len(got), len(want))
	}
	for i, th := range got {
		if th.Name != want[i] {
			t.Errorf("theme %d = %q, want %q (MC/INF/302, para. 13)", i, th.Name, want[i])
		}
		if th.Emerging {
			t.Errorf("theme %q marked emerging", th.Name)
		}
		checkThemeSources(t, th)
		if th.Citations[0] != iomstrategy.Para(13) {
			t.Errorf("theme %q cites %v, want MC/INF/302, para. 13", th.Name, th.Citations[0])
		}
	}
}

func checkThemeSources(t *testing.T, th Theme) {
	t.Helper()
	if len(th.Quotes) == 0 || len(th.Quotes) != len(th.Citations) {
		t.Fatalf("theme %q: %d quotes for %d citations", th.Name, len(th.Quotes), len(th.Citations))
	}
	for i := range th.Quotes {
		quoteIn(t, th.Quotes[i], th.Citations[i])
	}
}

func TestUnnamedAreas(t *testing.T) {
	tests := []struct {
		name     string
		emerging bool
		cites    []iomstrategy.Citation
	}{
		{"resettlement", false, []iomstrategy.Citation{iomstrategy.Para(3), iomstrategy.Para(83)}},
		{"migration health", false, []iomstrategy.Citation{iomstrategy.Para(3), iomstrategy.Para(83)}},
		{"gender", false, []iomstrategy.Citation{iomstrategy.Para(83)}},
		{"reparations", false, []iomstrategy.Citation{iomstrategy.Para(83)}},
		{"climate change", true, []iomstrategy.Citation{iomstrategy.Para(83), iomstrategy.Para(7)}},
	}
	got := UnnamedAreas()
	if len(got) != len(tests) {
		t.Fatalf("UnnamedAreas() has %d areas, want %d", len(got), len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := got[i]
			if a.Name != tt.name || a.Emerging != tt.emerging {
				t.Errorf("area %d = %q (emerging %v), want %q (emerging %v)", i, a.Name, a.Emerging, tt.name, tt.emerging)
			}
			if len(a.Citations) != len(tt.cites) {
				t.Fatalf("area %q cites %v, want %v", a.Name, a.Citations, tt.cites)
			}
			for j := range tt.cites {
				if a.Citations[j] != tt.cites[j] {
					t.Errorf("area %q cites %v, want %v", a.Name, a.Citations, tt.cites)
				}
			}
			checkThemeSources(t, a)
		})
	}
	// The 12 points themselves name none of the areas (the Review's claim,
	// held to the texts): neither "resettlement", "health", "gender",
	// "reparation" nor "climate" appears in any point.
	for _, p := range Points() {
		text := strings.ToLower(p.Text() + " " + p.Footnote().Quote)
		for _, word := range []string{"resettlement", "health", "gender", "reparation", "climate"} {
			if strings.Contains(text, word) {
				t.Errorf("%v names %q, which the Review says the points do not name", p, word)
			}
		}
	}
}
