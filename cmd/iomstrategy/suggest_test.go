package main

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/strategy"
)

// suggestJSON is what suggest --format json prints, for decoding in tests.
type suggestJSON struct {
	Point        int    `json:"point"`
	Title        string `json:"title"`
	Score        int    `json:"score"`
	MatchedTerms []struct {
		Text    string `json:"text"`
		Term    string `json:"term"`
		Weight  int    `json:"weight"`
		Source  string `json:"source"`
		Curated bool   `json:"curated"`
	} `json:"matched_terms"`
}

func TestSuggestCommand(t *testing.T) {
	tests := []struct {
		name      string
		stdin     string
		args      []string
		wantFirst int
		wantLen   int
		wantTerm  string // a matched text of the first suggestion
		wantCite  string // its source
	}{
		{"arguments joined: AVRR is point 10 (MC/INF/302, para. 64)", "", []string{"AVRR", "for", "stranded", "migrants"},
			10, 3, "AVRR", "MC/INF/302, para. 64"},
		{"standard input when no argument: CCCM is point 9 (para. 60)", "Camp management: CCCM cluster support\n", nil,
			9, 3, "CCCM", "MC/INF/302, para. 60"},
		{"--top 1", "", []string{"--top", "1", "Migration Profiles and data collection"},
			6, 1, "Migration Profiles", "MC/INF/302, para. 44"},
		{"--top 0 prints every point that scores; voluntary return is point 10's own words", "", []string{"--top", "0", "labour migration and remittances, voluntary return"},
			10, -1, "voluntary return", "Resolution 1150 (XCIII), Annex, Part I, point 10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runTool(t, tt.stdin, append([]string{"suggest", "--format", "json"}, tt.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			var got []suggestJSON
			if err := json.Unmarshal([]byte(stdout), &got); err != nil {
				t.Fatalf("%v in %s", err, stdout)
			}
			if len(got) == 0 || got[0].Point != tt.wantFirst {
				t.Fatalf("first suggestion %+v, want point %d", got, tt.wantFirst)
			}
			if tt.wantLen >= 0 && len(got) != tt.wantLen {
				t.Errorf("%d suggestions, want %d", len(got), tt.wantLen)
			}
			if tt.wantLen < 0 && len(got) <= 3 {
				t.Errorf("--top 0 printed %d suggestions, want more than 3", len(got))
			}
			found := false
			for _, m := range got[0].MatchedTerms {
				if m.Text == tt.wantTerm && m.Source == tt.wantCite {
					found = true
				}
			}
			if !found {
				t.Errorf("matched terms %+v lack %q from %s", got[0].MatchedTerms, tt.wantTerm, tt.wantCite)
			}
			for i, s := range got {
				if s.Title != strategy.Point(s.Point).Title() || s.Title == "" {
					t.Errorf("point %d title %q", s.Point, s.Title)
				}
				if i > 0 && (got[i-1].Score < s.Score || got[i-1].Score == s.Score && got[i-1].Point > s.Point) {
					t.Errorf("order: %d (%d) before %d (%d)", got[i-1].Point, got[i-1].Score, s.Point, s.Score)
				}
				sum := 0
				for _, m := range s.MatchedTerms {
					sum += m.Weight
					c, err := iomstrategy.ParseCitation(m.Source)
					if err != nil || c.Verify() != nil {
						t.Errorf("source %q of %q does not verify: %v", m.Source, m.Text, err)
					}
				}
				if sum != s.Score {
					t.Errorf("point %d score %d, matched weights add up to %d", s.Point, s.Score, sum)
				}
			}
		})
	}
	t.Run("text", func(t *testing.T) {
		stdout, _, code := runTool(t, "", "suggest", "victims of trafficking")
		if code != exitOK || !strings.HasPrefix(stdout, "Point 11: "+strategy.Point(11).Title()+" (score ") ||
			!strings.Contains(stdout, `"victims of trafficking"`) || !strings.Contains(stdout, "MC/INF/302, para. 71") {
			t.Errorf("exit %d, output:\n%s", code, stdout)
		}
	})
	t.Run("csv: one row per matched term", func(t *testing.T) {
		stdout, _, code := runTool(t, "", "suggest", "--format", "csv", "--top", "1", "AVRR")
		rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
		if code != exitOK || err != nil || len(rows) < 2 {
			t.Fatalf("exit %d, %v, output:\n%s", code, err, stdout)
		}
		want := []string{"10", strategy.Point(10).Title(), rows[1][2], "AVRR", "AVRR", rows[1][5], "MC/INF/302, para. 64", "true"}
		if strings.Join(rows[0], ",") != "point,title,score,text,term,weight,source,curated" || strings.Join(rows[1], "|") != strings.Join(want, "|") {
			t.Errorf("rows %q", rows)
		}
	})
	t.Run("no known term: empty result, exit 0, a note on standard error", func(t *testing.T) {
		stdout, stderr, code := runTool(t, "", "suggest", "--format", "json", "zebra", "xylophone")
		if code != exitOK || strings.TrimSpace(stdout) != "[]" || !strings.Contains(stderr, "no point suggested") {
			t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
	})
}

func TestSuggestCommandErrors(t *testing.T) {
	tests := []struct {
		name   string
		stdin  string
		args   []string
		stderr string
	}{
		{"empty standard input", "", nil, "empty project description"},
		{"only numbers and stop words", "", []string{"2010", "of", "the"}, "empty project description"},
		{"negative --top", "", []string{"--top", "-1", "AVRR"}, "--top -1"},
		{"--top not a number", "", []string{"--top", "x", "AVRR"}, "invalid value"},
		{"a flag after the text", "", []string{"AVRR", "--top", "1"}, "put flags before the description"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runTool(t, tt.stdin, append([]string{"suggest"}, tt.args...)...)
			if code != exitBadArgs || stdout != "" || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2, nothing, %q", code, stdout, stderr, tt.stderr)
			}
		})
	}
}
