package main

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// bodyJSON is what a script reads from "governance bodies --format json".
type bodyJSON struct {
	Name           string   `json:"name"`
	Role           string   `json:"role"`
	Citations      []string `json:"citations"`
	Body           string   `json:"body"`
	Formal         bool     `json:"formal"`
	Interpretation string   `json:"interpretation"`
}

// TestGovernanceBodies lists the bodies on a date in each period of Part II
// (Resolution 1150 (XCIII), Annex, Part II; the 1998 amendments in force on
// 21 November 2013, external-facts.md), each cited to what governed then:
// the Strategy from 7 June 2007, before it sources of the body's existence.
func TestGovernanceBodies(t *testing.T) {
	tests := []struct {
		date       string
		want       []string
		citePrefix string // every citation of every body starts so; "" before the Strategy
	}{
		{"2007-06-06", []string{"council", "executive-committee", "subcommittee-on-budget-and-finance", "informal-consultations"}, ""},
		{"2007-06-07", []string{"council", "executive-committee", "scpf", "informal-consultations"}, "Resolution 1150 (XCIII), Annex, Part II"},
		{"2013-11-20", []string{"council", "executive-committee", "scpf", "informal-consultations"}, "Resolution 1150 (XCIII), Annex, Part II"},
		{"2013-11-21", []string{"council", "scpf", "informal-consultations"}, "Resolution 1150 (XCIII), Annex, Part II"},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			stdout, stderr, code := runTool(t, "", "governance", "bodies", "--date", tt.date, "--format", "json")
			if code != exitOK || stderr != "" {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			var got []bodyJSON
			if err := json.Unmarshal(results(t, stdout, "bodies"), &got); err != nil {
				t.Fatalf("invalid JSON: %v\n%s", err, stdout)
			}
			var slugs []string
			for _, b := range got {
				slugs = append(slugs, b.Body)
				if b.Name == "" || b.Role == "" || len(b.Citations) == 0 {
					t.Errorf("body %+v lacks a name, role or citation", b)
				}
				for i, c := range b.Citations {
					// The Executive Committee's role also cites the
					// amendments that abolish it.
					if b.Body == "executive-committee" && i == 1 {
						continue
					}
					if tt.citePrefix == "" && strings.HasPrefix(c, "Resolution 1150") || !strings.HasPrefix(c, tt.citePrefix) {
						t.Errorf("body %s on %s cites %q", b.Body, tt.date, c)
					}
				}
				if (tt.citePrefix == "") != strings.HasPrefix(b.Role, "not modelled: ") {
					t.Errorf("body %s on %s has role %q", b.Body, tt.date, b.Role)
				}
				if b.Formal != (b.Body != "informal-consultations") {
					t.Errorf("body %s formal = %v", b.Body, b.Formal)
				}
			}
			if diff := cmp.Diff(tt.want, slugs); diff != "" {
				t.Errorf("bodies on %s (-want +got):\n%s", tt.date, diff)
			}
		})
	}
}

func TestGovernanceBodiesJSONShape(t *testing.T) {
	stdout, _, code := runTool(t, "", "governance", "bodies", "--date", "2007-06-07", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{
		`"name": "Council"`,
		`"role": "the principal governing body for policy, strategy and governance discussions and decisions"`,
		`"citations": [
        "Resolution 1150 (XCIII), Annex, Part II, opening paragraph"
      ]`,
		`"name": "Standing Committee on Programmes and Finance"`,
		`"citations": [
        "Resolution 1150 (XCIII), Annex, Part II, para. 1",
        "Resolution 1150 (XCIII), Annex, Part II, para. 3",
        "Resolution 1150 (XCIII), Annex, Part II, para. 4"
      ]`,
		`"interpretation": "needs review (scpf-set-up-immediately): Part II, para. 1 says \"To set up immediately\" without a date`,
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("JSON lacks %s:\n%s", want, stdout)
		}
	}
}

func TestGovernanceBodiesTextAndCSV(t *testing.T) {
	stdout, _, code := runTool(t, "", "governance", "bodies", "--date", "2014-07-01")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{
		"Governing bodies on 2014-07-01 (after the 1998 amendments):\n",
		"\nCouncil (formal body)\n",
		"\ninformal consultations (not a formal body)\n",
		"  Note: needs review (scpf-no-end): the source gives the SCPF no end",
		"  Sources: Resolution 1150 (XCIII), Annex, Part II, para. 1\n" +
			"           Resolution 1150 (XCIII), Annex, Part II, para. 3\n" +
			"           Resolution 1150 (XCIII), Annex, Part II, para. 4\n",
		"  Source: Resolution 1150 (XCIII), Annex, Part II, opening paragraph\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("text lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "Executive Committee (") {
		t.Errorf("the Executive Committee is listed after 21 November 2013:\n%s", stdout)
	}
	// --format before the subcommand is honoured.
	stdout, _, code = runTool(t, "", "governance", "--format", "csv", "bodies", "--date", "2005-11-01")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"name", "role", "citations", "body", "formal", "interpretation"}, rows[0]); diff != "" {
		t.Errorf("CSV header (-want +got):\n%s", diff)
	}
	if len(rows) != 5 || rows[3][0] != "Subcommittee on Budget and Finance" || rows[3][2] != "MC/INF/302, para. 10" ||
		!strings.HasPrefix(rows[3][1], "not modelled: ") || strings.Contains(rows[3][1], "abolish") {
		t.Errorf("CSV rows for 2005-11-01 = %q", rows)
	}
}

// TestGovernanceBodiesSameCitationsInEveryFormat reads the bodies on a
// date in each period in text, JSON and CSV and checks that each format
// carries every citation of every body, in the same order: the SCPF's
// Part II, paras 1, 3 and 4, and before the Strategy the sources of that
// time (Resolution 997 (LXXVI), MC/INF/302, paras 10 and 48).
func TestGovernanceBodiesSameCitationsInEveryFormat(t *testing.T) {
	tests := []struct {
		date string
		want map[string][]string // citations by body slug, for the bodies checked
	}{
		{"2007-06-06", map[string][]string{
			"council":                            {"Resolution 997 (LXXVI)"},
			"subcommittee-on-budget-and-finance": {"MC/INF/302, para. 10"},
			"informal-consultations":             {"MC/INF/302, para. 48"},
		}},
		{"2010-10-12", map[string][]string{
			"executive-committee": {"Resolution 1150 (XCIII), Annex, Part II, opening paragraph", "Resolution 997 (LXXVI)"},
			"scpf": {"Resolution 1150 (XCIII), Annex, Part II, para. 1", "Resolution 1150 (XCIII), Annex, Part II, para. 3",
				"Resolution 1150 (XCIII), Annex, Part II, para. 4"},
		}},
		{"2014-01-01", map[string][]string{
			"council": {"Resolution 1150 (XCIII), Annex, Part II, opening paragraph"},
			"scpf": {"Resolution 1150 (XCIII), Annex, Part II, para. 1", "Resolution 1150 (XCIII), Annex, Part II, para. 3",
				"Resolution 1150 (XCIII), Annex, Part II, para. 4"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			out := map[string]string{}
			for _, format := range []string{"text", "json", "csv"} {
				stdout, stderr, code := runTool(t, "", "governance", "bodies", "--date", tt.date, "--format", format)
				if code != exitOK {
					t.Fatalf("%s: exit %d, stderr %q", format, code, stderr)
				}
				out[format] = stdout
			}
			var views []bodyJSON
			if err := json.Unmarshal(results(t, out["json"], "bodies"), &views); err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(strings.NewReader(out["csv"])).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != len(views)+1 {
				t.Fatalf("CSV has %d rows for %d bodies", len(rows)-1, len(views))
			}
			// The text lists each body's citations, one a line, after its role.
			blocks := strings.Split(out["text"], "\n\n")[1:]
			if len(blocks) != len(views) {
				t.Fatalf("text has %d bodies, JSON %d:\n%s", len(blocks), len(views), out["text"])
			}
			for i, v := range views {
				if want, ok := tt.want[v.Body]; ok {
					if diff := cmp.Diff(want, v.Citations); diff != "" {
						t.Errorf("JSON citations of %s (-want +got):\n%s", v.Body, diff)
					}
				}
				if diff := cmp.Diff(strings.Join(v.Citations, "; "), rows[i+1][2]); diff != "" {
					t.Errorf("CSV citations of %s (-json +csv):\n%s", v.Body, diff)
				}
				var textCites []string
				for _, line := range strings.Split(blocks[i], "\n") {
					for _, label := range []string{"  Source: ", "  Sources: ", "           "} {
						if rest, ok := strings.CutPrefix(line, label); ok && !strings.HasPrefix(rest, " ") {
							textCites = append(textCites, rest)
							break
						}
					}
				}
				if diff := cmp.Diff(v.Citations, textCites); diff != "" {
					t.Errorf("text citations of %s (-json +text):\n%s", v.Body, diff)
				}
			}
		})
	}
}

func TestGovernanceAmendments(t *testing.T) {
	type result struct {
		Members             int      `json:"members"`
		Acceptances         int      `json:"acceptances"`
		InForce             bool     `json:"in_force"`
		AcceptancesRequired int      `json:"acceptances_required"`
		AcceptancesMissing  int      `json:"acceptances_missing"`
		Citations           []string `json:"citations"`
	}
	cites := []string{"IOM Constitution before the 1998 amendments, Article 30", "Resolution 1150 (XCIII), Annex, Part II, opening paragraph", "Resolution 997 (LXXVI)"}
	tests := []struct {
		name     string
		args     []string
		wantCode int
		want     result
	}{
		{"81 of 122: two-thirds is 81.33 (Article 30 as it stood, now 25)", []string{"--members", "122", "--acceptances", "81"}, exitOK,
			result{122, 81, false, 82, 1, cites}},
		{"82 of 122 is in force", []string{"--members", "122", "--acceptances", "82"}, exitOK,
			result{122, 82, true, 82, 0, cites}},
		{"not in force is a result, not a failure", []string{"--members", "156", "--acceptances", "1"}, exitOK,
			result{156, 1, false, 104, 103, cites}},
		{"--require-in-force holds", []string{"--members", "156", "--acceptances", "104", "--require-in-force"}, exitOK,
			result{156, 104, true, 104, 0, cites}},
		{"--require-in-force fails after printing", []string{"--members", "122", "--acceptances", "81", "--require-in-force"}, exitCheck,
			result{122, 81, false, 82, 1, cites}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"governance", "amendments", "--format", "json"}, tt.args...)
			stdout, stderr, code := runTool(t, "", args...)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tt.wantCode, stderr)
			}
			var got result
			if err := json.Unmarshal([]byte(stdout), &got); err != nil {
				t.Fatalf("invalid JSON: %v\n%s", err, stdout)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if tt.wantCode == exitCheck && !strings.Contains(stderr, "not in force: 81 of 122 Member States accepted, 82 required, 1 missing") {
				t.Errorf("stderr %q does not explain the failed check", stderr)
			}
			if tt.wantCode == exitOK && stderr != "" {
				t.Errorf("stderr %q on success", stderr)
			}
		})
	}
}

func TestGovernanceAmendmentsText(t *testing.T) {
	stdout, _, code := runTool(t, "", "governance", "amendments", "--members", "122", "--acceptances", "81")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	want := "Member States          122\n" +
		"Acceptances            81\n" +
		"Required (two-thirds)  82\n" +
		"Missing                1\n" +
		"In force               no\n" +
		"Sources                IOM Constitution before the 1998 amendments, Article 30; Resolution 1150 (XCIII), Annex, Part II, opening paragraph; Resolution 997 (LXXVI)\n"
	if diff := cmp.Diff(want, stdout); diff != "" {
		t.Errorf("text (-want +got):\n%s", diff)
	}
}

func TestGovernanceBadInput(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantStderr string
	}{
		{"no subcommand", []string{"governance"}, "want a subcommand: amendments or bodies"},
		{"unknown subcommand", []string{"governance", "members"}, `unknown command "members" for "iomstrategy governance"`},
		{"bodies without a date", []string{"governance", "bodies"}, "--date is required"},
		{"impossible date", []string{"governance", "bodies", "--date", "2010-02-30"}, `--date "2010-02-30": not a date (day out of range)`},
		{"month 13", []string{"governance", "bodies", "--date", "2010-13-01"}, `--date "2010-13-01": not a date (month out of range)`},
		{"short month", []string{"governance", "bodies", "--date", "2010-1-01"}, `--date "2010-1-01": not a date`},
		{"day first", []string{"governance", "bodies", "--date", "12-10-2010"}, `--date "12-10-2010"`},
		{"date with a time", []string{"governance", "bodies", "--date", "2010-10-12T10:00:00Z"}, `--date "2010-10-12T10:00:00Z"`},
		{"the zero time", []string{"governance", "bodies", "--date", "0001-01-01"}, `--date "0001-01-01": invalid date`},
		{"bodies stray argument", []string{"governance", "bodies", "--date", "2010-10-12", "extra"}, `unexpected argument "extra"`},
		{"bodies bad format", []string{"governance", "bodies", "--date", "2010-10-12", "--format", "yaml"}, `--format "yaml"`},
		{"amendments without counts", []string{"governance", "amendments", "--members", "122"}, "--members and --acceptances are both required"},
		{"zero members", []string{"governance", "amendments", "--members", "0", "--acceptances", "1"}, "members 0"},
		{"negative members", []string{"governance", "amendments", "--members", "-5", "--acceptances", "1"}, "members -5"},
		{"more acceptances than members", []string{"governance", "amendments", "--members", "122", "--acceptances", "123"}, "acceptances 123: more acceptances than the 122 Member States"},
		{"letters", []string{"governance", "amendments", "--members", "12a", "--acceptances", "1"}, `--members "12a": want a whole number`},
		{"decimal", []string{"governance", "amendments", "--members", "122", "--acceptances", "81.5"}, `--acceptances "81.5"`},
		{"too large", []string{"governance", "amendments", "--members", "99999999999999999999", "--acceptances", "1"}, `--members "99999999999999999999"`},
		{"hex is not a count", []string{"governance", "amendments", "--members", "0x7a", "--acceptances", "1"}, `--members "0x7a"`},
		{"amendments have no YAML", []string{"governance", "amendments", "--members", "122", "--acceptances", "81", "--format", "yaml"}, `--format "yaml"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runTool(t, "", tt.args...)
			if code != exitBadArgs {
				t.Errorf("exit %d, want 2 (stderr %q)", code, stderr)
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

func TestGovernanceHelp(t *testing.T) {
	for _, args := range [][]string{{"governance", "-h"}, {"governance", "bodies", "-h"}, {"governance", "amendments", "-h"}} {
		stdout, _, code := runTool(t, "", args...)
		if code != exitOK || !strings.Contains(stdout, "Usage:\n  iomstrategy governance") {
			t.Errorf("%q: exit %d, stdout %q", args, code, stdout)
		}
	}
	stdout, _, _ := runTool(t, "", "governance", "amendments", "-h")
	if !strings.Contains(stdout, "--require-in-force") {
		t.Errorf("amendments -h does not document --require-in-force: %q", stdout)
	}
	stdout, _, code := runTool(t, "", "help", "governance", "amendments")
	if code != exitOK || !strings.Contains(stdout, "Exit 0 either way, or 1 when --require-in-force is given") {
		t.Errorf("help governance: exit %d, %q", code, stdout)
	}
}

// FuzzParseDate checks that the --date parser never panics and accepts only
// YYYY-MM-DD dates that exist, which print back as they were read.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2010-10-12", "2007-06-07", "2010-02-30", "2010-1-1", "", "0001-01-01", "9999-12-31", "2012-02-29", "2013-02-29", "+2010-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseDate("date", s)
		if err != nil {
			if !strings.Contains(err.Error(), `"`) {
				t.Fatalf("parseDate(%q) error %q does not quote the input", s, err)
			}
			return
		}
		if d.Format("2006-01-02") != s {
			t.Fatalf("parseDate(%q) = %v, which prints as %q", s, d, d.Format("2006-01-02"))
		}
	})
}

// FuzzParseCount checks that the count parser never panics and accepts only
// a decimal integer that prints back the same (bar a leading "+" or zeros).
func FuzzParseCount(f *testing.F) {
	for _, s := range []string{"122", "0", "-1", "+5", "0x10", "1e3", "", " 1", "007", "99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseCount("members", s)
		if err != nil {
			return
		}
		for _, r := range strings.TrimLeft(s, "+-") {
			if r < '0' || r > '9' {
				t.Fatalf("parseCount(%q) = %d, accepting a non-digit", s, n)
			}
		}
	})
}

// TestAmendmentsZeroAcceptances: "--acceptances 0" is answered (0 of
// 122, 82 required), not refused.
func TestAmendmentsZeroAcceptances(t *testing.T) {
	stdout, stderr, code := runTool(t, "", "governance", "amendments", "--members", "122", "--acceptances", "0", "--format", "json")
	if code != exitOK || !strings.Contains(stdout, `"acceptances": 0`) || !strings.Contains(stdout, `"acceptances_required": 82`) ||
		!strings.Contains(stdout, `"acceptances_missing": 82`) || !strings.Contains(stdout, `"in_force": false`) {
		t.Errorf("exit %d, %s\n%s", code, stderr, stdout)
	}
}

// TestAmendmentsCSV: governance amendments takes --format csv, as every
// command does, with the JSON's names as its header.
func TestAmendmentsCSV(t *testing.T) {
	stdout, stderr, code := runTool(t, "", "governance", "amendments", "--members", "122", "--acceptances", "81", "--format", "csv")
	want := "members,acceptances,in_force,acceptances_required,acceptances_missing,citations\n" +
		`122,81,false,82,1,"IOM Constitution before the 1998 amendments, Article 30; Resolution 1150 (XCIII), Annex, Part II, opening paragraph; Resolution 997 (LXXVI)"` + "\n"
	if code != exitOK || stdout != want {
		t.Errorf("exit %d, %s\n%s", code, stderr, stdout)
	}
}
