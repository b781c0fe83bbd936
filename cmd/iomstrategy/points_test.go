package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy/strategy"
)

// pointJSON is what a script reads from "points --format json".
type pointJSON struct {
	Point            int    `json:"point"`
	Title            string `json:"title"`
	Text             string `json:"text"`
	Footnote         string `json:"footnote"`
	Citation         string `json:"citation"`
	ReviewParagraphs string `json:"review_paragraphs"`
	Related          []struct {
		Point    int    `json:"point"`
		Citation string `json:"citation"`
		Says     string `json:"says"`
	} `json:"related"`
	ReferencedBy []struct {
		Point    int    `json:"point"`
		Citation string `json:"citation"`
	} `json:"referenced_by"`
}

func TestPointsJSON(t *testing.T) {
	stdout, stderr, code := runTool(t, "", "points", "--format", "json")
	if code != exitOK || stderr != "" {
		t.Fatalf("points --format json: exit %d, stderr %q", code, stderr)
	}
	var got []pointJSON
	if err := json.Unmarshal(results(t, stdout, "points"), &got); err != nil {
		t.Fatalf("points --format json printed invalid JSON: %v\n%s", err, stdout)
	}
	if len(got) != 12 {
		t.Fatalf("points printed %d points, want 12", len(got))
	}
	for i, p := range got {
		want := strategy.Point(i + 1)
		if p.Point != i+1 || p.Title != want.Title() || p.Text != want.Text() || p.Footnote != want.Footnote().Quote ||
			p.Citation != want.Source().String() || p.ReviewParagraphs != want.ReviewParagraphs().String() {
			t.Errorf("point %d printed as %+v", i+1, p)
		}
		if p.Related == nil || p.ReferencedBy == nil {
			t.Errorf("point %d: related and referenced_by must be arrays, never null", i+1)
		}
	}
	// Hand-checked against the Review: para. 22 ties point 2 to 1, 3, 5,
	// 11 and 12; para. 24 to 1 again.
	var related []string
	for _, r := range got[1].Related {
		related = append(related, fmt.Sprintf("%02d %s", r.Point, r.Citation))
	}
	want := []string{
		"01 MC/INF/302, para. 22", "03 MC/INF/302, para. 22", "05 MC/INF/302, para. 22",
		"11 MC/INF/302, para. 22", "12 MC/INF/302, para. 22", "01 MC/INF/302, para. 24",
	}
	if diff := cmp.Diff(want, related); diff != "" {
		t.Errorf("point 2 related (-want +got):\n%s", diff)
	}
	if got[8].Footnote == "" || !strings.HasPrefix(got[8].Footnote, "Although IOM has no legal protection mandate") {
		t.Errorf("point 9 footnote = %q", got[8].Footnote)
	}
	if !strings.Contains(stdout, `"review_paragraphs": "MC/INF/302, paras 14-21"`) {
		t.Error("point 1's review_paragraphs is not \"MC/INF/302, paras 14-21\"")
	}
}

func TestPointsOnePoint(t *testing.T) {
	tests := []struct {
		name string
		arg  string
		want int
	}{
		{"number", "7", 7},
		{"Point N", "Point 7", 7},
		{"PN", "P12", 12},
		{"lower case", "point 4", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runTool(t, "", "points", "--point", tt.arg, "--format", "json")
			if code != exitOK {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			var got []pointJSON
			if err := json.Unmarshal(results(t, stdout, "points"), &got); err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].Point != tt.want {
				t.Errorf("points --point %q printed %+v, want only point %d", tt.arg, got, tt.want)
			}
		})
	}
}

func TestPointsText(t *testing.T) {
	stdout, _, code := runTool(t, "", "points", "--point", "4")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{
		"Point 4: Migration and development\n",
		"  To contribute to the economic and social development of States",
		"  Source: Resolution 1150 (XCIII), Annex, Part I, point 4\n",
		"  Review: MC/INF/302, paras 32-37\n",
		"  Related: point 7 (MC/INF/302, para. 33), point 8 (MC/INF/302, para. 34)\n",
		"  Referenced by: point 8 (MC/INF/302, para. 57)\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("points --point 4 text lacks %q:\n%s", want, stdout)
		}
	}
	for _, line := range strings.Split(stdout, "\n") {
		if len([]rune(line)) > 78 {
			t.Errorf("line longer than 78 columns: %q", line)
		}
	}
	all, _, _ := runTool(t, "", "points")
	if strings.Count(all, "\nPoint ")+1 != 12 || !strings.Contains(all, "Footnote (marked ¹") {
		t.Errorf("points (text) does not print the 12 points with point 9's footnote:\n%s", all)
	}
}

func TestPointsCSV(t *testing.T) {
	stdout, _, code := runTool(t, "", "points", "--format", "csv")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	wantHeader := []string{"point", "title", "text", "footnote", "citation", "review_paragraphs", "related", "referenced_by"}
	if diff := cmp.Diff(wantHeader, rows[0]); diff != "" {
		t.Errorf("header (-want +got):\n%s", diff)
	}
	if len(rows) != 13 {
		t.Fatalf("%d rows, want a header and 12 points", len(rows))
	}
	if rows[12][0] != "12" || rows[12][6] != "1 (MC/INF/302, para. 76)" || rows[12][7] != "2 (MC/INF/302, para. 22)" {
		t.Errorf("point 12 row = %q", rows[12])
	}
	if rows[1][2] != strategy.Point(1).Text() {
		t.Errorf("point 1 text = %q", rows[1][2])
	}
}

func TestPointsBadInput(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantStderr string
	}{
		{"point 13", []string{"points", "--point", "13"}, `"13": the Strategy has points 1 to 12`},
		{"point 0", []string{"points", "--point", "0"}, `"0"`},
		{"malformed point", []string{"points", "--point", "seven"}, `"seven"`},
		{"empty point", []string{"points", "--point", ""}, `""`},
		{"lookalike letter", []string{"points", "--point", "POİNT 7"}, `"POİNT 7"`},
		{"stray argument", []string{"points", "7"}, `unexpected argument "7"`},
		{"unknown flag", []string{"points", "--top", "3"}, "-top"},
		{"bad format", []string{"points", "--format", "xml"}, `--format "xml"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runTool(t, "", tt.args...)
			if code != exitBadArgs {
				t.Errorf("exit %d, want 2", code)
			}
			if stdout != "" {
				t.Errorf("bad input printed a result: %q", stdout)
			}
			if !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stderr %q does not contain %q", stderr, tt.wantStderr)
			}
		})
	}
}
