package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy/facility1035"
	"github.com/policycode/iomstrategy/internal/records"
)

// allocateArgs is the illustrative year the tests use: DI 24,100,000.00 of
// which 800,000.00 security; misc 1,900,000.00 + 150,000.00 = 2,050,000.00;
// excess 2,800,000.00, Line 2 by formula 700,000.00; the cap cuts
// 2,100,000.00 - 2,050,000.00 = 50,000.00 from Line 2, leaving 650,000.00.
var allocateArgs = []string{"allocate", "--year", "2010", "--discretionary", "24100000", "--security", "800000",
	"--unearmarked", "1,900,000.00", "--interest", "USD 150000", "--direct", "100000"}

func TestAllocateText(t *testing.T) {
	stdout, stderr, code := runTool(t, "", allocateArgs...)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{
		"Expanded 1035 Facility, 2010 (rules: Resolution 1150 (XCIII), 2008-2018)\n",
		"  Line 1                USD 1,400,000.00\n",
		"  Line 2                USD 650,000.00\n",
		"  Total                 USD 2,050,000.00  the cap applied: cut USD 50,000.00\n",
		"  Total available       USD 2,150,000.00\n",
		"   1. Discretionary income USD 24,100,000.00 less its security part USD 800,000.00: USD 23,300,000.00. [discretionary-excluding-security: Resolution 1150 (XCIII), Annex, Part III, bullet 1]\n",
		"   7. The cap cuts Line 2 first, to miscellaneous income USD 2,050,000.00 less Line 1 USD 1,400,000.00 but not below zero: USD 650,000.00 (cut by USD 50,000.00). [cap-line2: Resolution 1150 (XCIII), Annex, Part III, bullet 2]\n",
		"  10. The total available is the total USD 2,050,000.00 plus direct voluntary contributions USD 100,000.00, which are outside the cap and the two lines: USD 2,150,000.00. [total-available: Resolution 1150 (XCIII), Annex, Part III, bullet 2]\n",
		"Interpretations (needs review), each with the option that changes it:\n",
		"  - cap-cuts-line2-first: ",
		"    Option: cap_order in --params (Params.CapOrder): line2-first, line1-first, line2-only.\n",
		"  - direct-outside-lines: ",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q; got:\n%s", want, stdout)
		}
	}
	if stderr != "" {
		t.Errorf("stderr %q", stderr)
	}
	// Without --direct, direct contributions are zero and the cap applies
	// the same way.
	args := append([]string{}, allocateArgs[:len(allocateArgs)-2]...)
	stdout, _, code = runTool(t, "", args...)
	if code != exitOK || !strings.Contains(stdout, "  Total available       USD 2,050,000.00\n") {
		t.Errorf("without --direct: exit %d\n%s", code, stdout)
	}
}

// allocationKeys are the JSON keys of one year, written out by hand: the
// ones issue 3 requires (year, discretionary_excluding_security,
// excess_over_baseline, line2_formula, line1, line2, total,
// direct_contributions, total_available, capped, cap_reduction, steps) and
// the others.
var allocationKeys = []string{
	"caller_supplied", "cap_reduction", "capped", "direct", "direct_contributions", "discretionary",
	"discretionary_basis", "discretionary_excluding_security", "excess_over_baseline", "interest", "interpretations", "line1",
	"line1_funding", "line2", "line2_formula", "miscellaneous_income", "rules", "rules_period", "security",
	"steps", "total", "total_available", "transition_year", "unearmarked", "year",
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func TestAllocateJSON(t *testing.T) {
	stdout, stderr, code := runTool(t, "", append(allocateArgs, "--format", "json")...)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var got map[string]any
	if err := json.Unmarshal(onlyResult(t, stdout, "allocations"), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, stdout)
	}
	if d := cmp.Diff(allocationKeys, sortedKeys(got)); d != "" {
		t.Errorf("keys (-want +got):\n%s", d)
	}
	want := map[string]any{
		"year": 2010.0, "rules": "Resolution 1150 (XCIII)", "rules_period": "2008-2018", "caller_supplied": false,
		"discretionary_excluding_security": "23300000.00", "excess_over_baseline": "2800000.00",
		"line2_formula": "700000.00", "line1_funding": "1400000.00", "miscellaneous_income": "2050000.00",
		"capped": true, "cap_reduction": "50000.00", "line1": "1400000.00", "line2": "650000.00",
		"total": "2050000.00", "direct_contributions": "100000.00", "total_available": "2150000.00",
		"transition_year": false,
		// the inputs, under their column names
		"discretionary": "24100000.00", "security": "800000.00", "unearmarked": "1900000.00", "interest": "150000.00",
		"direct": "100000.00", "discretionary_basis": "",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %#v, want %#v", k, got[k], v)
		}
	}
	steps, _ := got["steps"].([]any)
	if len(steps) != 10 {
		t.Fatalf("%d steps, want 10", len(steps))
	}
	wantStepKeys := []string{"amount", "citation", "code", "explanation", "inputs", "interpretations"}
	for i, s := range steps {
		step := s.(map[string]any)
		keys := sortedKeys(step)
		if i == 2 { // line2-formula records its rounding
			if d := cmp.Diff(append([]string{}, "amount", "citation", "code", "explanation", "inputs", "interpretations", "rounding"), keys); d != "" {
				t.Errorf("step %d keys (-want +got):\n%s", i+1, d)
			}
			continue
		}
		if d := cmp.Diff(wantStepKeys, keys); d != "" {
			t.Errorf("step %d keys (-want +got):\n%s", i+1, d)
		}
	}
	line2 := steps[2].(map[string]any)
	if line2["code"] != "line2-formula" || line2["citation"] != "Resolution 1150 (XCIII), Annex, Part III, bullet 1" ||
		line2["amount"] != "700000.00" || line2["rounding"] != "half-away-from-zero" {
		t.Errorf("line2-formula step: %#v", line2)
	}
	inputs := line2["inputs"].([]any)
	wantInputs := []any{
		map[string]any{"name": "share", "value": "0.25", "source": "parameter", "citation": "Resolution 1150 (XCIII), Annex, Part III, bullet 1"},
		map[string]any{"name": "excess_over_baseline", "value": "2800000.00", "source": "step"},
	}
	if d := cmp.Diff(wantInputs, inputs); d != "" {
		t.Errorf("line2-formula inputs (-want +got):\n%s", d)
	}
	interps := got["interpretations"].([]any)
	// security-is-input, discretionary-basis, formula-funds-line2,
	// rounding-to-cent, cap-covers-both-lines, cap-cuts-line2-first,
	// direct-outside-lines, line1-fixed: the rule book's order.
	if len(interps) != 8 || interps[5].(map[string]any)["id"] != "cap-cuts-line2-first" || interps[5].(map[string]any)["needs_review"] != true {
		t.Errorf("interpretations: %#v", interps)
	}
}

func TestAllocateInputFile(t *testing.T) {
	csvPath := filepath.Join("..", "..", "examples", "data", "years.csv")
	jsonPath := filepath.Join("..", "..", "examples", "data", "years.json")
	fromCSV, stderr, code := runTool(t, "", "allocate", "--input", csvPath, "--format", "json")
	if code != exitOK {
		t.Fatalf("years.csv: exit %d, stderr %q", code, stderr)
	}
	fromJSON, stderr, code := runTool(t, "", "allocate", "--input", jsonPath, "--format", "json")
	if code != exitOK {
		t.Fatalf("years.json: exit %d, stderr %q", code, stderr)
	}
	if fromCSV != fromJSON {
		t.Errorf("the CSV and JSON samples give different allocations")
	}
	var years []map[string]any
	if err := json.Unmarshal(results(t, fromCSV, "allocations"), &years); err != nil {
		t.Fatalf("--input does not give a JSON array: %v", err)
	}
	if len(years) != 5 {
		t.Fatalf("%d years, want 5", len(years))
	}
	// 2010: 27,350,000.50 - 750,000.00 = 26,600,000.50; excess 6,100,000.50; 25% = 1,525,000.125 -> 1,525,000.13;
	// misc 2,380,000.00: Line 2 980,000.00, cut 545,000.13.
	// 2011: no excess; misc 1,250,000.00 < Line 1: Line 1 1,250,000.00; direct empty -> 0.
	for _, c := range []struct {
		i               int
		year            float64
		line2Formula    string
		line1, line2    string
		cut, available  string
		keysLikeOneYear bool
	}{
		{2, 2010, "1525000.13", "1400000.00", "980000.00", "545000.13", "2630000.00", true},
		{3, 2011, "0.00", "1250000.00", "0.00", "150000.00", "1250000.00", true},
	} {
		y := years[c.i]
		if y["year"] != c.year || y["line2_formula"] != c.line2Formula || y["line1"] != c.line1 || y["line2"] != c.line2 ||
			y["cap_reduction"] != c.cut || y["total_available"] != c.available {
			t.Errorf("year %v: %v", c.year, y)
		}
		if d := cmp.Diff(allocationKeys, sortedKeys(y)); d != "" {
			t.Errorf("year %v keys (-want +got):\n%s", c.year, d)
		}
	}

	// CSV output: one row per year.
	stdout, _, code := runTool(t, "", "allocate", "--input", csvPath, "--format", "csv")
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if code != exitOK || len(lines) != 6 {
		t.Fatalf("CSV: exit %d, %d lines", code, len(lines))
	}
	if lines[0] != "year,rules,rules_period,caller_supplied,discretionary,security,unearmarked,interest,direct,discretionary_excluding_security,excess_over_baseline,line2_formula,line1_funding,miscellaneous_income,capped,cap_reduction,line1,line2,total,direct_contributions,total_available,discretionary_basis,interpretations" {
		t.Errorf("CSV header %q", lines[0])
	}
	if lines[3] != "2010,Resolution 1150 (XCIII),2008-2018,false,27350000.50,750000.00,2300000.00,80000.00,250000.00,26600000.50,6100000.50,1525000.13,1400000.00,2380000.00,true,545000.13,1400000.00,980000.00,2380000.00,250000.00,2630000.00,,security-is-input;discretionary-basis;formula-funds-line2;rounding-to-cent;cap-covers-both-lines;cap-cuts-line2-first;direct-outside-lines;line1-fixed" {
		t.Errorf("CSV 2010 row %q", lines[3])
	}

	// Text: every year, and the interpretations once.
	stdout, _, code = runTool(t, "", "allocate", "--input", jsonPath)
	if code != exitOK || strings.Count(stdout, "Expanded 1035 Facility, ") != 5 || strings.Count(stdout, "Interpretations (needs review)") != 1 {
		t.Errorf("text for 5 years: exit %d\n%s", code, stdout)
	}

	// Standard input needs --input-format.
	stdout, stderr, code = runTool(t, `[{"year": 2008, "discretionary": "20500000", "security": "0", "unearmarked": "0", "interest": "0"}]`,
		"allocate", "--input", "-", "--input-format", "json", "--format", "csv")
	if code != exitOK || !strings.Contains(stdout, "\n2008,Resolution 1150 (XCIII),2008-2018,false,20500000.00,0.00,0.00,0.00,0.00,20500000.00,0.00,0.00,1400000.00,0.00,true,1400000.00,0.00,0.00,0.00,0.00,0.00,,security-is-input;discretionary-basis;formula-funds-line2;rounding-to-cent;cap-covers-both-lines;cap-cuts-line2-first;direct-outside-lines;line1-fixed\n") {
		t.Errorf("stdin: exit %d, stderr %q\n%s", code, stderr, stdout)
	}
}

// TestAllocateBasis: the interpretation discretionary-basis labels the
// discretionary figure as budgeted or actual (--basis, or the column
// discretionary_basis, which wins for its row) and changes no amount.
func TestAllocateBasis(t *testing.T) {
	year := []string{"allocate", "--year", "2010", "--discretionary", "24100000", "--security", "800000", "--unearmarked", "1900000", "--interest", "150000"}
	stdout, _, code := runTool(t, "", append(year, "--basis", "budgeted")...)
	if code != exitOK || !strings.Contains(stdout, " 1. Discretionary income (budgeted) USD 24,100,000.00 less its security part USD 800,000.00: USD 23,300,000.00.") ||
		!strings.Contains(stdout, "Line 2                USD 650,000.00") {
		t.Errorf("--basis budgeted: exit %d\n%s", code, stdout)
	}
	stdout, _, code = runTool(t, "", append(year, "--basis", "actual", "--format", "json")...)
	if code != exitOK || !strings.Contains(stdout, `"source": "input",
              "note": "actual"`) || !strings.Contains(stdout, `"discretionary_basis": "actual"`) || !strings.Contains(stdout, `"line2": "650000.00"`) {
		t.Errorf("--basis actual, JSON: exit %d\n%s", code, stdout)
	}
	_, stderr, code := runTool(t, "", append(year, "--basis", "forecast")...)
	if code != exitBadArgs || !strings.Contains(stderr, `--basis "forecast"`) {
		t.Errorf("--basis forecast: exit %d, stderr %q", code, stderr)
	}
	in := "year,discretionary,security,unearmarked,interest,discretionary_basis\n2010,24100000,800000,1900000,150000,actual\n2011,24100000,800000,1900000,150000,\n"
	stdout, _, code = runTool(t, in, "allocate", "--input", "-", "--input-format", "csv", "--basis", "budgeted", "--format", "csv")
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if code != exitOK || len(lines) != 3 || !strings.Contains(lines[1], ",650000.00,") || !strings.Contains(lines[1], ",actual,security-is-input;") ||
		!strings.Contains(lines[2], ",budgeted,security-is-input;") {
		t.Errorf("discretionary_basis column: exit %d\n%s", code, stdout)
	}
}

func TestAllocateParams(t *testing.T) {
	whatIf := filepath.Join("..", "..", "examples", "data", "params-whatif.json")
	stdout, stderr, code := runTool(t, "", append(allocateArgs, "--params", whatIf, "--format", "json")...)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var got map[string]any
	if err := json.Unmarshal(onlyResult(t, stdout, "allocations"), &got); err != nil {
		t.Fatal(err)
	}
	// 30% of 2,800,000.00 = 840,000.00; the cap still leaves 650,000.00.
	if got["rules"] != "what-if: share 30 per cent, half-even rounding" || got["caller_supplied"] != true ||
		got["line2_formula"] != "840000.00" || got["line2"] != "650000.00" || got["cap_reduction"] != "190000.00" {
		t.Errorf("what-if: %v", got)
	}
	share := got["steps"].([]any)[2].(map[string]any)["inputs"].([]any)[0].(map[string]any)
	if share["value"] != "0.3" || share["source"] != "parameter" || share["note"] != "caller-supplied" || share["citation"] != nil {
		t.Errorf("share input %v", share)
	}
	text, _, _ := runTool(t, "", append(allocateArgs, "--params", whatIf)...)
	if !strings.Contains(text, "(rules: what-if: share 30 per cent, half-even rounding, 2008-2018, caller-supplied)") ||
		!strings.Contains(text, "Values without a citation: share (caller-supplied).") {
		t.Errorf("what-if text:\n%s", text)
	}

	// A caller's set for a year the built-in rules do not cover.
	later := writeFile(t, "later.json", `{"name": "assumed for 2019", "from": 2019, "through": 2019, "first_year": 2008,
	  "share": "0.25", "baseline": "20500000.00", "line1": "1400000.00", "line2_national_ceiling": "200000.00",
	  "line2_regional_ceiling": "300000.00", "rounding": "half-away-from-zero", "article4_lookback": "two-years",
	  "cap_order": "line2-first"}`)
	args := append([]string{}, allocateArgs...)
	args[2] = "2019"
	stdout, stderr, code = runTool(t, "", append(args, "--params", later, "--format", "csv")...)
	if code != exitOK || !strings.Contains(stdout, "\n2019,assumed for 2019,") {
		t.Errorf("2019 with a caller's set: exit %d, stderr %q\n%s", code, stderr, stdout)
	}
	// ... and 2010 still falls under the built-in set.
	stdout, _, code = runTool(t, "", append(allocateArgs, "--params", later, "--format", "csv")...)
	if code != exitOK || !strings.Contains(stdout, "\n2010,Resolution 1150 (XCIII),") {
		t.Errorf("2010 with a 2019 set: exit %d\n%s", code, stdout)
	}
}

// TestAllocateBadInput checks that bad usage and bad input exit with
// status 2, print nothing on standard output, and say on standard error
// what was wrong: the flag or the file, row, field and value.
func TestAllocateBadInput(t *testing.T) {
	with := func(flag, value string) []string {
		args := append([]string{}, allocateArgs...)
		for i := range args {
			if args[i] == flag {
				args[i+1] = value
			}
		}
		return args
	}
	csvFile := func(body string) string {
		return writeFile(t, "years.csv", "year,discretionary,security,unearmarked,interest,direct\n"+body)
	}
	goodRow := "2010,24100000,800000,1900000,150000,100000\n"
	tests := []struct {
		name       string
		args       []string
		wantStderr []string
	}{
		{"money with three decimals", with("--discretionary", "24100000.005"), []string{"--discretionary", `"24100000.005"`, "at most two decimals"}},
		{"negative money", with("--interest", "-5"), []string{"--interest", "cannot be negative"}},
		{"money in words", with("--security", "eight hundred thousand"), []string{"--security", "eight hundred thousand"}},
		{"a year that is not a number", with("--year", "20x0"), []string{"--year", `"20x0"`, "expected a year"}},
		{"a year after the built-in rules", with("--year", "2019"), []string{"--year 2019", "no 1035 Facility rules in force for 2019", "2008-2018", "--params"}},
		{"a year before the Facility", with("--year", "2007"), []string{"no 1035 Facility rules in force for 2007", "starts in 2008"}},
		{"security above discretionary income", with("--security", "24100000.01"), []string{"--security", `"24100000.01"`, "above the discretionary income"}},
		{"--input with a per-year flag", []string{"allocate", "--input", "x.csv", "--year", "2010"}, []string{"cannot be mixed with --year"}},
		{"a missing flag", []string{"allocate", "--year", "2010", "--discretionary", "1"}, []string{"missing --security, --unearmarked, --interest"}},
		{"no flags", []string{"allocate"}, []string{"missing --year"}},
		{"an argument", append(append([]string{}, allocateArgs...), "extra"), []string{`unexpected argument "extra"`}},
		{"--input-format alone", append(append([]string{}, allocateArgs...), "--input-format", "csv"), []string{"--input-format needs --input"}},
		{"a bad amount in a row", []string{"allocate", "--input", csvFile(goodRow + "2011,24100000,800000,1900000,15.555,0\n")},
			[]string{"years.csv: line 3", `field "interest"`, `value "15.555"`, "at most two decimals"}},
		{"a year without rules in a row", []string{"allocate", "--input", csvFile(goodRow + "2019,24100000,800000,1900000,150000,0\n")},
			[]string{"years.csv: line 3", `field "year"`, `value "2019"`, "the rules cover 2008-2018"}},
		{"security above DI in a row", []string{"allocate", "--input", csvFile("2010,100,101,0,0,0\n")},
			[]string{"line 2", `field "security"`, `value "101"`}},
		{"an empty required cell", []string{"allocate", "--input", csvFile("2010,100,,0,0,0\n")},
			[]string{"line 2", `field "security"`, "required"}},
		{"a missing column", []string{"allocate", "--input", writeFile(t, "y.csv", "year,discretionary,security,unearmarked\n2010,1,0,0\n")},
			[]string{"missing column(s) interest"}},
		{"an unknown column", []string{"allocate", "--input", writeFile(t, "y.csv", "year,discretionary,security,unearmarked,interest,dirct\n2010,1,0,0,0,5\n")},
			[]string{`unknown column "dirct"; did you mean direct?`}},
		{"no rows", []string{"allocate", "--input", csvFile("")}, []string{"no years"}},
		{"a JSON row with a negative amount", []string{"allocate", "--input", writeFile(t, "y.json", `[{"year": 2010, "discretionary": -1, "security": 0, "unearmarked": 0, "interest": 0}]`)},
			[]string{"y.json: record 1", `field "discretionary"`, `value "-1"`, "cannot be negative"}},
		{"a missing input file", []string{"allocate", "--input", filepath.Join(t.TempDir(), "none.csv")}, []string{"none.csv"}},
		{"a params file with a typo", append(append([]string{}, allocateArgs...), "--params", writeFile(t, "p.json", `{"shares": "0.3"}`)),
			[]string{"p.json", "shares: unknown field"}},
		{"a params file with a bad share", append(append([]string{}, allocateArgs...), "--params",
			writeFile(t, "p.json", strings.Replace(readAllocateSample(t, filepath.Join("..", "..", "examples", "data", "params-whatif.json")), `"0.30"`, `"1.30"`, 1))),
			[]string{"p.json", "share", "above 1"}},
		{"a missing params file", append(append([]string{}, allocateArgs...), "--params", filepath.Join(t.TempDir(), "none.json")), []string{"none.json"}},
		{"a params file that does not cover the year", append(with("--year", "2019"), "--params", filepath.Join("..", "..", "examples", "data", "params-whatif.json")),
			[]string{"no 1035 Facility rules in force for 2019", "does not cover it either"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runTool(t, "", tt.args...)
			if code != exitBadArgs {
				t.Errorf("exit %d, want 2 (stderr %q)", code, stderr)
			}
			if stdout != "" {
				t.Errorf("a refused input printed a result:\n%s", stdout)
			}
			for _, want := range tt.wantStderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr %q lacks %q", stderr, want)
				}
			}
		})
	}
}

func TestAllocateNoRulesHint(t *testing.T) {
	args := append([]string{}, allocateArgs...)
	args[2] = "2007"
	if _, stderr, _ := runTool(t, "", args...); strings.Contains(stderr, "Resolution No. 18") || strings.Contains(stderr, "later years") {
		t.Errorf("2007 is not after the covered years: %q", stderr)
	}
}

func readAllocateSample(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestAllocateFeedsLedger checks that what 'allocate --format json' prints
// for one year is what the ledger command reads as its allocation.
func TestAllocateFeedsLedger(t *testing.T) {
	stdout, _, code := runTool(t, "", append(allocateArgs, "--format", "json")...)
	if code != exitOK {
		t.Fatal("allocate failed")
	}
	allocation := writeFile(t, "allocation.json", stdout)
	commitments := writeFile(t, "commitments.csv", "id,line,amount\nP1,1,1400000.00\nP2,2,650000.00\n")
	ledgerOut, stderr, code := runTool(t, "", "ledger", "--allocation", allocation, "--input", commitments, "--format", "json")
	if code != exitOK {
		t.Fatalf("ledger on allocate's JSON: exit %d, stderr %q\n%s", code, stderr, ledgerOut)
	}
	if !strings.Contains(ledgerOut, `"remaining": "0.00"`) {
		t.Errorf("ledger did not read the two budgets (both lines should be exactly used up):\n%s", ledgerOut)
	}
}

// FuzzAllocateRow checks that a year's row, whatever its cells, is either
// allocated or refused with an error that names the file and matches
// records.ErrInput; never a panic, never a partial result.
func FuzzAllocateRow(f *testing.F) {
	f.Add("2010", "24100000", "800000", "1,900,000.00", "USD 150000", "")
	f.Add("2019", "1", "0", "0", "0", "0")
	f.Add("0", "-1", "0.001", "1e6", "+5", "NaN")
	f.Add("99999", "999999999999999999.99", "999999999999999999.99", "999999999999999999.99", "999999999999999999.99", "999999999999999999.99")
	f.Add(" 2008 ", "20,500,000.01", "0.01", " 0 ", "0.", ".5")
	schedule := facility1035.DefaultSchedule()
	f.Fuzz(func(t *testing.T, year, discretionary, security, unearmarked, interest, direct string) {
		row := records.New("fuzz.csv", "line 2", map[string]string{
			"year": year, "discretionary": discretionary, "security": security,
			"unearmarked": unearmarked, "interest": interest, "direct": direct,
		})
		table := records.Table{File: "fuzz.csv", Columns: allocateYearFlags, Rows: []records.Record{row}}
		got, err := allocateTable(table, schedule, "", "")
		if err != nil {
			if !errors.Is(err, records.ErrInput) || !strings.Contains(err.Error(), "fuzz.csv: line 2") {
				t.Fatalf("error %v does not name the file and row", err)
			}
			if got != nil {
				t.Fatalf("a refused row gave a result")
			}
			return
		}
		if len(got) != 1 || got[0].Total.Cmp(got[0].MiscellaneousIncome) > 0 || got[0].Line2.Sign() < 0 {
			t.Fatalf("allocation %+v", got)
		}
	})
}

// TestAllocateExplainShort: --explain short prints the steps without the
// interpretations; full (the default) prints them; anything else is a
// usage error.
func TestAllocateExplainShort(t *testing.T) {
	year := []string{"allocate", "--year", "2009", "--discretionary", "24100000", "--security", "800000", "--unearmarked", "1900000", "--interest", "150000"}
	full, _, code := runTool(t, "", year...)
	short, _, code2 := runTool(t, "", append(year, "--explain", "short")...)
	if code != exitOK || code2 != exitOK {
		t.Fatalf("exit %d, %d", code, code2)
	}
	if !strings.HasPrefix(full, short) || strings.Contains(short, "Interpretations") || !strings.Contains(full, "Interpretations (needs review)") ||
		!strings.Contains(short, "  10. The total available is") {
		t.Errorf("short:\n%s\nfull:\n%s", short, full)
	}
	if _, stderr, code := runTool(t, "", append(year, "--explain", "brief")...); code != exitBadArgs || !strings.Contains(stderr, `--explain "brief": want short or full`) {
		t.Errorf("--explain brief: exit %d, %s", code, stderr)
	}
}

// TestSpreadsheetLocaleCSV: a CSV written by a spreadsheet in a locale
// with decimal commas (';' between fields, "24.100.000,00") reads as the
// same figures, and the output CSV stays ',' and '.'.
func TestSpreadsheetLocaleCSV(t *testing.T) {
	plain := "year,discretionary,security,unearmarked,interest,direct\n2009,24100000.00,800000.00,1900000.00,150000.00,100000.50\n"
	french := "Year;Discretionary;Security;Unearmarked;Interest;Direct\n2009;24.100.000,00;800.000,00;1\u00a0900\u00a0000,00;150.000;100.000,50\n"
	want, _, code := runTool(t, plain, "allocate", "--input", "-", "--input-format", "csv", "--format", "csv")
	got, stderr, code2 := runTool(t, french, "allocate", "--input", "-", "--input-format", "csv", "--format", "csv")
	if code != exitOK || code2 != exitOK || got != want || !strings.Contains(got, ",100000.50,") {
		t.Errorf("exit %d, %d, %s\nplain:\n%s\nfrench:\n%s", code, code2, stderr, want, got)
	}
	apps := "id;line;scope;amount;countries\nA1;2;national;150.000,00;Arcadia\n"
	members := writeFile(t, "members.csv", testMembersCSV)
	out, stderr, code := runTool(t, apps, "screen", "--input", "-", "--input-format", "csv", "--members", members, "--format", "csv")
	if code != exitOK || !strings.HasPrefix(out, "id,line,scope,amount,countries,verdict,fundable,") || !strings.Contains(out, "\nA1,2,national,150000.00,Arcadia,eligible,150000.00,") {
		t.Errorf("screen: exit %d, %s\n%s", code, stderr, out)
	}
}
