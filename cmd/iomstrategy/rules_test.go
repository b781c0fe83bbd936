package main

import (
	"encoding/json"
	"flag"
	"html/template"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
)

// The committed book is the golden file of the Markdown output:
//
//	go generate ./cmd/iomstrategy
//
// or go test ./cmd/iomstrategy -run TestRulesBookIsCurrent -update-rules
// rewrites it.
var updateRules = flag.Bool("update-rules", false, "rewrite docs/rules.md from the rules command")

var rulesBookPath = filepath.Join("..", "..", "docs", "rules.md")

// rulesOutput runs the rules command and fails the test unless it exits 0
// with nothing on standard error.
func rulesOutput(t *testing.T, args ...string) string {
	t.Helper()
	stdout, stderr, code := runTool(t, "", append([]string{"rules"}, args...)...)
	if code != exitOK || stderr != "" {
		t.Fatalf("rules %v: exit %d, stderr %q", args, code, stderr)
	}
	return stdout
}

// TestRulesBookIsCurrent holds docs/rules.md to what the command prints
// now, so that the committed book never goes stale.
func TestRulesBookIsCurrent(t *testing.T) {
	got := rulesOutput(t)
	if *updateRules {
		if err := os.WriteFile(rulesBookPath, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(rulesBookPath)
	if err != nil {
		t.Fatalf("%v (run go generate ./cmd/iomstrategy)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("docs/rules.md is stale: run go generate ./cmd/iomstrategy\nfirst difference, line %d:\n got: %s\nwant: %s", i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("docs/rules.md is stale: run go generate ./cmd/iomstrategy (%d lines now, %d committed)", len(gl), len(wl))
	}
}

// TestRulesOutputFlag checks that -o writes the book to a file, as go
// generate runs it, and prints nothing.
func TestRulesOutputFlag(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rules.md")
	if out := rulesOutput(t, "-o", path); out != "" {
		t.Errorf("-o printed %q", out)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != rulesOutput(t) {
		t.Error("-o wrote something other than what standard output gets")
	}
}

func TestRulesEveryProvision(t *testing.T) {
	md := rulesOutput(t)
	provisions := facility1035.Provisions(facility1035.Resolution1150())
	if len(provisions) != 11 {
		t.Fatalf("%d provisions, want 11: the opening paragraph, bullets 1 to 5 and criteria 1 to 5", len(provisions))
	}
	want := []iomstrategy.Citation{iomstrategy.PartOpening(iomstrategy.PartIII)}
	for n := 1; n <= 5; n++ {
		want = append(want, iomstrategy.PartIIIBullet(n))
	}
	for n := 1; n <= 5; n++ {
		want = append(want, iomstrategy.Criterion(n))
	}
	for i, c := range want {
		if provisions[i].Citation != c {
			t.Errorf("provision %d is %s, want %s", i+1, provisions[i].Citation, c)
		}
		for _, s := range []string{
			"\n### " + strings.TrimPrefix(c.String(), "Resolution 1150 (XCIII), Annex, ") + "\n",
			"\nSource: " + c.String() + ".\n",
			"\n> " + provisions[i].Words + "\n",
		} {
			if !strings.Contains(md, s) {
				t.Errorf("the book lacks %q", s)
			}
		}
	}
	// Every provision has its rules, and a worked example or the note that
	// the library does not compute it.
	if n := strings.Count(md, "\n#### Worked example\n"); n != 11 {
		t.Errorf("%d worked examples, want 11", n)
	}
}

// ruleEntry is how the book lists a rule.
func ruleEntry(code string) string { return "\n- **`" + code + "`** (" }

// TestRulesEveryCodeOnce checks that every rule code of the rule book,
// and every code the package's results carry, is listed exactly once.
func TestRulesEveryCodeOnce(t *testing.T) {
	md := rulesOutput(t)
	seen := map[string]bool{}
	for _, p := range facility1035.Provisions(facility1035.Resolution1150()) {
		for _, r := range p.Rules {
			if seen[r.Code] {
				t.Errorf("code %s is declared twice", r.Code)
			}
			seen[r.Code] = true
			if n := strings.Count(md, ruleEntry(r.Code)); n != 1 {
				t.Errorf("rule %s is listed %d times, want once", r.Code, n)
			}
			if !strings.Contains(md, ruleEntry(r.Code)+r.Kind.String()+"): "+r.Summary+"\n") {
				t.Errorf("rule %s is not listed with its kind and summary", r.Code)
			}
		}
	}
	var emitted []string
	for _, r := range facility1035.ScreeningRules() {
		emitted = append(emitted, string(r))
	}
	for _, i := range facility1035.Interpretations() {
		emitted = append(emitted, i.ID)
	}
	a, err := facility1035.Allocate(facility1035.Income{Year: 2010}, facility1035.Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range a.Steps {
		emitted = append(emitted, string(s.Rule))
	}
	for _, code := range emitted {
		if n := strings.Count(md, ruleEntry(code)); n != 1 {
			t.Errorf("code %s, which results carry, is listed %d times in the book, want once", code, n)
		}
	}
}

var spaces = regexp.MustCompile(`\s+`)

func normalise(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

// TestRulesQuotesAreInTheSource checks every passage the book quotes of
// Part III, the words of each provision and the words each
// interpretation rests on, against the embedded source, and that the
// book prints them.
func TestRulesQuotesAreInTheSource(t *testing.T) {
	source := normalise(iomstrategy.SourceText())
	b, err := buildBook(facility1035.Resolution1150(), 2010)
	if err != nil {
		t.Fatal(err)
	}
	md := rulesOutput(t)
	check := func(where, quote string) {
		t.Helper()
		if strings.TrimSpace(quote) == "" {
			t.Errorf("%s: empty quote", where)
			return
		}
		if !strings.Contains(source, normalise(quote)) {
			t.Errorf("%s: %q is not in the source", where, quote)
		}
	}
	for _, p := range b.Provisions {
		check(p.Citation.String(), p.Words)
		for _, r := range p.Rules {
			if r.Kind == facility1035.KindReading {
				check(r.Code, r.RestsOn)
				if !strings.Contains(md, "  - Rests on: “"+r.RestsOn+"”\n") {
					t.Errorf("the book does not quote what %s rests on", r.Code)
				}
				// The passage an interpretation rests on is in the words
				// of its provision.
				if !strings.Contains(normalise(p.Words), normalise(r.RestsOn)) {
					t.Errorf("%s rests on %q, which is not in %s", r.Code, r.RestsOn, p.Citation)
				}
			}
		}
	}
	for _, q := range b.Resolution.Paragraphs {
		check(q.Citation.String(), q.Words)
	}
	for _, q := range b.PartII.Words {
		for _, line := range strings.Split(q.Words, "\n") {
			check(q.Citation.String(), strings.TrimPrefix(line, "- "))
		}
	}
}

func TestRulesHTML(t *testing.T) {
	page := rulesOutput(t, "--format", "html")
	if !strings.HasPrefix(page, "<!DOCTYPE html>") || !strings.Contains(page, "</html>") {
		t.Fatal("not a whole HTML page")
	}
	for _, want := range []string{"<style>", "@media print", `<meta charset="utf-8">`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	// Self-contained: nothing loaded from elsewhere, no script, every link
	// within the page.
	lower := strings.ToLower(page)
	for _, bad := range []string{"<script", "<link", "<img", "<iframe", "src=", "@import", "url("} {
		if strings.Contains(lower, bad) {
			t.Errorf("the page contains %q", bad)
		}
	}
	for _, m := range regexp.MustCompile(`href="([^"]*)"`).FindAllStringSubmatch(page, -1) {
		if !strings.HasPrefix(m[1], "#") {
			t.Errorf("link to %q leaves the page", m[1])
		} else if !strings.Contains(page, ` id="`+m[1][1:]+`"`) {
			t.Errorf("link to %q has no target", m[1])
		}
	}
	// The elements the template writes are closed.
	for _, tag := range []string{"section", "ul", "li", "table", "tr", "td", "th", "blockquote", "dl", "dd", "dt", "p", "h2", "h3", "h4", "nav", "code"} {
		open := strings.Count(page, "<"+tag+">") + strings.Count(page, "<"+tag+" ")
		if closed := strings.Count(page, "</"+tag+">"); open != closed {
			t.Errorf("<%s>: %d opened, %d closed", tag, open, closed)
		}
	}
	if n := strings.Count(page, "<section>"); n != 11 {
		t.Errorf("%d sections, want 11 provisions", n)
	}
	for _, p := range facility1035.Provisions(facility1035.Resolution1150()) {
		if !strings.Contains(page, "<blockquote>"+template.HTMLEscapeString(p.Words)+"</blockquote>") {
			t.Errorf("the page lacks the words of %s", p.Citation)
		}
		for _, r := range p.Rules {
			if n := strings.Count(page, "<li><code>"+template.HTMLEscapeString(r.Code)+"</code>"); n != 1 {
				t.Errorf("rule %s is listed %d times, want once", r.Code, n)
			}
		}
	}
}

// rulesJSON is the JSON form of the book, as a program reads it.
type rulesJSON struct {
	Parameters json.RawMessage `json:"parameters"`
	Provisions []struct {
		Citation string `json:"citation"`
		Words    string `json:"words"`
		Rules    []struct {
			Code    string `json:"code"`
			Kind    string `json:"kind"`
			Summary string `json:"summary"`
		} `json:"rules"`
		Parameters []facility1035.Parameter `json:"parameters"`
		Example    *struct {
			Computed string   `json:"computed"`
			Lines    []string `json:"lines"`
		} `json:"example"`
	} `json:"provisions"`
	PartII struct {
		Bodies    []json.RawMessage `json:"bodies"`
		TwoThirds struct {
			Examples []acceptanceView `json:"examples"`
		} `json:"two_thirds_rule"`
	} `json:"part_ii"`
	Resolution struct {
		Paragraphs []json.RawMessage `json:"operative_paragraphs"`
	} `json:"resolution"`
}

func TestRulesJSON(t *testing.T) {
	out := rulesOutput(t, "--format", "json")
	var got rulesJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	p, err := facility1035.ParseParams(got.Parameters)
	if err != nil {
		t.Fatalf("parameters: %v", err)
	}
	if p.Name != facility1035.Resolution1150().Name {
		t.Errorf("parameters are %q, want the built-in set", p.Name)
	}
	want := facility1035.Provisions(facility1035.Resolution1150())
	if len(got.Provisions) != 11 || len(got.Provisions) != len(want) {
		t.Fatalf("%d provisions, want 11", len(got.Provisions))
	}
	for i, pr := range got.Provisions {
		if pr.Citation != want[i].Citation.String() || pr.Words != want[i].Words || len(pr.Rules) != len(want[i].Rules) {
			t.Errorf("provision %d: %s, want %s with %d rules", i+1, pr.Citation, want[i].Citation, len(want[i].Rules))
			continue
		}
		for j, r := range pr.Rules {
			w := want[i].Rules[j]
			if r.Code != w.Code || r.Kind != w.Kind.String() || r.Summary != w.Summary {
				t.Errorf("%s rule %d: %+v, want %s (%s)", pr.Citation, j+1, r, w.Code, w.Kind)
			}
		}
	}
	if n := len(got.PartII.Bodies); n != 5 {
		t.Errorf("%d bodies, want 5", n)
	}
	if n := len(got.Resolution.Paragraphs); n != 5 {
		t.Errorf("%d operative paragraphs, want 5", n)
	}
	if ex := got.PartII.TwoThirds.Examples; len(ex) != 2 || ex[0].InForce || !ex[1].InForce {
		t.Errorf("two-thirds examples %+v, want one short of two-thirds and one at it", ex)
	}
}

// TestRulesYear checks that --year chooses the set in force and the year
// of the worked examples.
func TestRulesYear(t *testing.T) {
	md := rulesOutput(t, "--year", "2009")
	for _, want := range []string{
		"Parameter set: **Resolution 1150 (XCIII)**, in force 2008-2018",
		"\nAllocate for 2009 with discretionary income USD 24,100,000.00",
		"\nScreen, dated 2009-07-01,",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("--year 2009: the book lacks %q", want)
		}
	}
	if strings.Contains(md, "(what-if:") {
		t.Error("--year 2009: a built-in value is marked as a what-if")
	}
}

// TestRulesWhatIf checks that a caller's values are shown with their
// source: caller-supplied when they carry no citation (the example file), a
// what-if when they keep the citation of a provision that states another
// value, and a reading's option under the provision it reads.
func TestRulesWhatIf(t *testing.T) {
	md := rulesOutput(t, "--params", filepath.Join("..", "..", "examples", "data", "params-whatif.json"))
	for _, want := range []string{
		"Parameter set: **what-if: share 30 per cent, half-even rounding**",
		"| `share` | 0.3 | caller-supplied |\n",
		"| `rounding` | half-even | caller-supplied |\n",
		"| `baseline` | 20500000.00 | Resolution 1150 (XCIII), Annex, Part III, bullet 1 |\n",
		"Line 2 by formula is 30% of the excess USD 2,800,000.00",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("what-if file: the book lacks %q", want)
		}
	}

	// The built-in set with one value changed and its citation kept.
	p := facility1035.Resolution1150()
	p.Line2NationalCeiling.Value = iomstrategy.USDFromCents(250_000_00)
	p.OverCeiling.Value = facility1035.Ineligible
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	md = rulesOutput(t, "--params", writeFile(t, "params.json", string(data)))
	for _, want := range []string{
		"| `line2_national_ceiling` | 250000.00 | what-if: Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2 says USD 200,000.00 |\n",
		"| `over_ceiling` | ineligible | Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2 |\n",
		// The library's own summary labels the value it writes.
		"USD 250,000.00 (a what-if: Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2 says",
		// The worked example is screened with the set's values.
		"- EX-1: Line 2, national, USD 300,000.00 for Country A: ineligible, fundable USD 0.00\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("changed built-in set: the book lacks %q", want)
		}
	}
}

func TestRulesBadUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--format", "yaml"},
		{"--format", "text"},
		{"--format", "csv"},
		{"extra"},
		{"--year", "2030"},
		{"--year", "x"},
		{"--params", filepath.Join(t.TempDir(), "missing.json")},
		{"--params", writeFile(t, "bad.json", `{"share": "lots"}`)},
	} {
		stdout, stderr, code := runTool(t, "", append([]string{"rules"}, args...)...)
		if code != exitBadArgs || stdout != "" || stderr == "" {
			t.Errorf("rules %v: exit %d, stdout %d bytes, stderr %q; want exit 2, a message and no output", args, code, len(stdout), stderr)
		}
	}
}
