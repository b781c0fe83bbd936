package main

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

func TestIndicatorsCommand(t *testing.T) {
	tests := []struct {
		name       string
		stdin      string
		args       []string
		wantCode   int
		wantStdout []string // substrings
		wantStderr string
	}{
		{"all records", "", []string{"indicators"}, exitOK,
			[]string{"ID  ", "pre-consular-applicants-2007", "43,204", "total-expenditure-2007", "USD 783,800,000.00", "83 record(s). Readings: estimates ±10%"}, ""},
		{"by point (para. 16-20 are point 1)", "", []string{"indicators", "--point", "P1"}, exitOK,
			[]string{"pre-consular-applicants-2009", "resettlement-assistance-2007-2009", "[270,000, 300,000)", "14 record(s)"}, ""},
		{"one record (para. 59)", "", []string{"indicators", "--id", "emergency-response-projects"}, exitOK,
			[]string{"value        203 projects", "citation     MC/INF/302, para. 59", `quote        "203 projects related directly to emergency responses"`}, ""},
		{"a point with no figure", "", []string{"indicators", "--point", "2"}, exitOK, []string{"0 record(s)"}, ""},
		{"the last-digit reading", "", []string{"indicators", "--id", "avrr-returns", "--tolerance-rule", "last-digit"}, exitOK,
			[]string{"allows       [75,000, 85,000] (estimates ± half a unit of their last non-zero digit"}, ""},
		{"bad id", "", []string{"indicators", "--id", "no-such-figure"}, exitBadArgs, nil, `unknown record "no-such-figure"`},
		{"bad point", "", []string{"indicators", "--point", "13"}, exitBadArgs, nil, "the Strategy has points 1 to 12"},
		{"bad tolerance", "", []string{"indicators", "--tolerance", "1.5"}, exitBadArgs, nil, "estimate tolerance 1.5 must be from 0 to below 1"},
		{"bad rounding", "", []string{"indicators", "--rounding", "up"}, exitBadArgs, nil, "invalid rounding mode"},
		{"unknown form", "", []string{"indicators", "table"}, exitBadArgs, nil, `unexpected argument "table": want no argument (the records), series ID or check`},
		{"series (para. 16)", "", []string{"indicators", "series", "pre-consular-applicants"}, exitOK,
			[]string{"Series pre-consular-applicants", "2008    \"61,189\"   61,189   +17,985  +41.6%    +41.6%", "2007 to 2009 (2 years): +90,328 (+209.1%), compound annual growth +75.8% a year"}, ""},
		{"series with flags after the id", "", []string{"indicators", "series", "staff", "--places", "2"}, exitOK,
			[]string{"+801 (+12.41%), compound annual growth +6.02% a year"}, ""},
		{"series of qualified figures (para. 9)", "", []string{"indicators", "series", "projects-started"}, exitOK,
			[]string{"CHANGE ALLOWED", "(150, ∞)", "as the qualifiers allow: (150, ∞), [27.2, ∞)%, [12.8, ∞)% a year"}, ""},
		{"unknown series", "", []string{"indicators", "series", "staff-2007"}, exitBadArgs, nil, `unknown series "staff-2007"`},
		{"series without id", "", []string{"indicators", "series"}, exitBadArgs, nil, "series takes one series id"},
		{"checks", "", []string{"indicators", "check"}, exitOK,
			[]string{"holds      emergency-projects-add-up", "emergency-response-projects 203 + post-crisis-projects 314 = 517 within", "26 checks: 20 hold, 6 plausible, 0 fail"}, ""},
		{"checks with estimates read as exact (para. 66 fails)", "", []string{"indicators", "check", "--tolerance", "0"}, exitCheck,
			[]string{"fails      avrr-average-and-total", "= 78000 within avrr-returns \"approximately 80,000\" 80000", "26 checks: 23 hold, 2 plausible, 1 fail"},
			"check failed: 1 of 26 checks fail: avrr-average-and-total"},
		{"one check", "", []string{"indicators", "check", "--id", "staff-grew"}, exitOK, []string{"2007 6457 < 2009 7258", "1 check: 1 hold"}, ""},
		{"unknown check", "", []string{"indicators", "check", "--id", "nope"}, exitBadArgs, nil, `unknown check "nope"`},
		{"check with a point", "", []string{"indicators", "check", "--point", "1"}, exitBadArgs, nil, "iomstrategy indicators check: unknown flag: --point"},
		{"own dataset from standard input", header2011, []string{"indicators", "--input", "-", "series", "staff"}, exitOK,
			[]string{"2007 to 2011 (4 years): +1,943 (+30.1%)"}, ""},
		{"own dataset that is refused", "id,series\n", []string{"indicators", "--input", "-"}, exitBadArgs, nil, "standard input: line 1"},
		{"checks on a dataset without their records", header2011, []string{"indicators", "--input", "-", "check"}, exitBadArgs, nil, `check "international-migrants-grew": unknown series`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runTool(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d\nstderr: %s", code, tt.wantCode, stderr)
			}
			for _, w := range tt.wantStdout {
				if !strings.Contains(stdout, w) {
					t.Errorf("stdout does not contain %q:\n%s", w, stdout)
				}
			}
			if !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stderr %q does not contain %q", stderr, tt.wantStderr)
			}
			if tt.wantCode == exitBadArgs && stdout != "" {
				t.Errorf("a refused input printed a result:\n%s", stdout)
			}
		})
	}
}

// header2011 is a caller's own dataset: the Review's staff figure of 2007
// and a later one.
const header2011 = "id,series,description,unit,period,value,to,qualifier,points,citation,figure,quote,note\n" +
	`staff-2007,staff,IOM staff,staff,2007,6457,,,,"MC/INF/302, para. 9","6,457","grew from 6,457 in 2007",` + "\n" +
	`staff-2011,staff,IOM staff,staff,2011,8400,,,,"MC/INF/302, para. 9","8,400","8,400 in 2011",a later year` + "\n"

func TestIndicatorsJSON(t *testing.T) {
	stdout, stderr, code := runTool(t, "", "indicators", "--format", "json", "--point", "9")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var records []map[string]any
	if err := json.Unmarshal(results(t, stdout, "records"), &records); err != nil {
		t.Fatal(err)
	}
	if len(records) != 5 {
		t.Fatalf("%d records for point 9, want 5", len(records))
	}
	byID := map[string]map[string]any{}
	for _, r := range records {
		for _, k := range []string{"id", "description", "unit", "period", "value", "qualifier", "low", "high", "points", "citation"} {
			if _, ok := r[k]; !ok {
				t.Errorf("record %v has no %q", r["id"], k)
			}
		}
		byID[r["id"].(string)] = r
	}
	r := byID["emergency-response-projects"]
	period := r["period"].(map[string]any)
	if r["value"] != "203" || r["low"] != "203" || r["high"] != "203" || r["qualifier"] != "exact" ||
		period["start_year"] != 2007.0 || period["end_year"] != 2010.0 || period["text"] != "June 2007-October 2010" ||
		r["citation"] != "MC/INF/302, para. 59" {
		t.Errorf("emergency-response-projects = %v", r)
	}
	if pts := r["points"].([]any); len(pts) != 1 || pts[0] != 9.0 {
		t.Errorf("points = %v, want [9]", pts)
	}

	// An unbounded end is null and open; money has two decimals.
	stdout, _, _ = runTool(t, "", "indicators", "--format", "json", "--id", "active-projects-2009")
	for _, want := range []string{`"low": "2300"`, `"low_open": true`, `"high": null`, `"high_open": true`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("over 2,300 as JSON: no %s in\n%s", want, stdout)
		}
	}
	// Qualifying words are lower-case, as in their meaning; the figure and
	// the quote keep the text's "About" (para. 18).
	stdout, _, _ = runTool(t, "", "indicators", "--format", "json", "--id", "migrant-training-women-share")
	for _, want := range []string{`"qualifier_words": "about"`, `"figure": "About 45 per cent"`, `"quote": "About 45 per cent of training participants are women"`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("about 45 per cent as JSON: no %s in\n%s", want, stdout)
		}
	}
	stdout, _, _ = runTool(t, "", "indicators", "--format", "json", "--id", "irregular-migration-projects-value-2007-2009")
	if !strings.Contains(stdout, `"value": "16000000.00"`) || !strings.Contains(stdout, `"low": "14400000.00"`) {
		t.Errorf("approximately USD 16 million as JSON:\n%s", stdout)
	}
}

func TestIndicatorsSeriesAndCheckJSON(t *testing.T) {
	stdout, _, code := runTool(t, "", "indicators", "series", "staff", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var s struct {
		ID     string `json:"id"`
		Growth struct {
			Absolute     string `json:"absolute"`
			Percent      string `json:"percent"`
			AnnualGrowth string `json:"annual_growth"`
			Years        int    `json:"years"`
		} `json:"growth"`
		Observations []map[string]any `json:"observations"`
	}
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatal(err)
	}
	if s.ID != "staff" || s.Growth.Absolute != "801" || s.Growth.Percent != "12.4" || s.Growth.AnnualGrowth != "6.0" || s.Growth.Years != 2 || len(s.Observations) != 2 {
		t.Errorf("series staff = %+v", s)
	}

	stdout, _, code = runTool(t, "", "indicators", "check", "--format", "json", "--tolerance-rule", "last-digit")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var c struct {
		Summary struct{ Checks, Holds, Plausible, Fails int }
		Results []struct {
			ID, Verdict, Numbers string
			Left, Right          *struct{ Low, High *string }
		} `json:"checks"`
	}
	if err := json.Unmarshal([]byte(stdout), &c); err != nil {
		t.Fatal(err)
	}
	if c.Summary.Checks != 26 || c.Summary.Holds != 24 || c.Summary.Plausible != 2 || c.Summary.Fails != 0 {
		t.Errorf("summary under the last-digit reading = %+v, want 26 checks, 24 hold, 2 plausible", c.Summary)
	}
	for _, r := range c.Results {
		if r.ID == "avrr-average-and-total" && (r.Verdict != "holds" || *r.Left.Low != "76500" || *r.Right.High != "85000") {
			t.Errorf("avrr-average-and-total = %+v", r)
		}
	}
}

func TestIndicatorsCSV(t *testing.T) {
	for _, args := range [][]string{
		{"indicators", "--format", "csv"},
		{"indicators", "series", "pre-consular-applicants", "--format", "csv"},
		{"indicators", "check", "--format", "csv"},
	} {
		stdout, stderr, code := runTool(t, "", args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		want := map[string]int{"--format": 84, "series": 4, "check": 27}[args[1]] // with the header; a series has its steps and its span
		if len(rows) != want {
			t.Errorf("%v: %d rows with the header, want %d", args, len(rows), want)
		}
	}
}
