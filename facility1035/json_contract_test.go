package facility1035

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
)

// TestAllocationJSONGolden checks the JSON of an allocation byte for byte
// against what the command-line tool printed for the same year before the
// rewrite (testdata/allocate-2009.golden.json is the output of
// `iomstrategy allocate --year 2009 --discretionary 24100000 --security
// 800000 --unearmarked 1900000 --interest 150000 --direct 100000 --format
// json`): json.MarshalIndent with two spaces, and a newline.
func TestAllocationJSONGolden(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "allocate-2009.golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Allocate(Income{
		Year:          2009,
		Discretionary: iomstrategy.MustParseUSD("24100000"),
		Security:      iomstrategy.MustParseUSD("800000"),
		Unearmarked:   iomstrategy.MustParseUSD("1900000"),
		Interest:      iomstrategy.MustParseUSD("150000"),
		Direct:        iomstrategy.MustParseUSD("100000"),
	}, Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("JSON of the 2009 allocation (-want +got):\n%s", d)
	}
	// A value, not a pointer, marshals the same.
	if p, err := json.MarshalIndent(&a, "", "  "); err != nil || !bytes.Equal(p, got[:len(got)-1]) {
		t.Errorf("*Allocation marshals differently: %v", err)
	}
}

// jsonKey is the form of every key: snake_case.
var jsonKey = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// jsonMoney is the form of money: a string with exactly two decimals.
var jsonMoney = regexp.MustCompile(`^-?[0-9]+\.[0-9]{2}$`)

// jsonIsMoney reports whether obj[key] is an amount of money: the amounts
// of an allocation and a ledger, a step's amount, a step's input but the
// share, a figure in USD.
func jsonIsMoney(path, key string, obj map[string]any) bool {
	switch key {
	case "discretionary", "security", "unearmarked", "interest", "discretionary_excluding_security", "excess_over_baseline",
		"line2_formula", "line1_funding", "miscellaneous_income", "cap_reduction", "line1", "line2", "total",
		"direct_contributions", "total_available", "amount", "budget", "committed", "remaining":
		return true
	case "value":
		return obj["unit"] == "USD" || (regexp.MustCompile(`inputs\[\]$`).MatchString(path) && obj["name"] != "share")
	}
	return false
}

// jsonWalk decodes data and calls visit for every key of every object,
// with the object holding it and the path to it.
func jsonWalk(t *testing.T, data []byte, visit func(path, key string, obj map[string]any)) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, data)
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				visit(path, k, v)
				walk(path+"."+k, v[k])
			}
		case []any:
			for _, e := range v {
				walk(path+"[]", e)
			}
		}
	}
	walk("", v)
}

// TestJSONContract checks the JSON of the results the command-line tool
// prints: Allocation, Step, Screening, Reason and Ledger. Every key is
// snake_case; every amount of money is a string with two decimals, never
// a JSON number; the only numbers are years, lines and counts.
func TestJSONContract(t *testing.T) {
	a, err := Allocate(allocIncome(2010, "28000000.00", "700000.00", "2500000.00", "300000.00", "50000.00"), Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	s := cmpScreening(t)
	reg := cmpRegistry()
	ineligible, err := Screen(Application{ID: "A-1", Line: Line2, Scope: National, Amount: iomstrategy.USDFromCents(250_000_00),
		Countries: []string{"Aland"}}, reg, Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	l := cmpLedger(t)

	// The money of each result, by key (and, for terms and figures, by the
	// value's name), written out by hand.
	tests := []struct {
		name   string
		value  any
		money  map[string]string // "path.key" or "path.key name" -> the amount
		number map[string]bool   // the keys whose values are JSON numbers
	}{
		{"Allocation", a, map[string]string{
			".discretionary": "28000000.00", ".security": "700000.00", ".unearmarked": "2500000.00", ".interest": "300000.00",
			".discretionary_excluding_security": "27300000.00", ".excess_over_baseline": "6800000.00",
			".line2_formula": "1700000.00", ".line1_funding": "1400000.00", ".miscellaneous_income": "2800000.00",
			".cap_reduction": "300000.00", ".line1": "1400000.00", ".line2": "1400000.00", ".total": "2800000.00",
			".direct_contributions": "50000.00", ".total_available": "2850000.00",
		}, map[string]bool{"year": true}},
		{"Step (line2-formula, Part III, bullet 1)", a.Steps[2], map[string]string{
			".amount": "1700000.00", ".inputs[].value excess_over_baseline": "6800000.00",
		}, nil},
		{"Step (cap-line2, Part III, bullet 2)", a.Steps[6], map[string]string{
			".amount": "1400000.00", ".inputs[].value line2_formula": "1700000.00",
			".inputs[].value miscellaneous_income": "2800000.00", ".inputs[].value line1_funding": "1400000.00",
		}, nil},
		{"Screening (criterion 1: arrears)", s, map[string]string{
			".reasons[].figures[].value arrears": "1000.00", ".reasons[].figures[].value contributions due for the preceding two years": "5000.00",
		}, map[string]bool{"line": true}},
		{"Screening (criterion 2: the national ceiling)", ineligible, map[string]string{
			".reasons[].figures[].value amount requested": "250000.00", ".reasons[].figures[].value Line 2 national ceiling": "200000.00",
		}, map[string]bool{"line": true}},
		{"Reason (criterion 1)", s.Reasons[0], map[string]string{
			".figures[].value arrears": "1000.00", ".figures[].value contributions due for the preceding two years": "5000.00",
		}, nil},
		{"Ledger (criterion 5)", l, map[string]string{}, map[string]bool{"line": true, "commitments": true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := json.Marshal(tt.value)
			if err != nil {
				t.Fatal(err)
			}
			found := map[string]string{}
			jsonWalk(t, data, func(path, key string, obj map[string]any) {
				if !jsonKey.MatchString(key) {
					t.Errorf("key %q at %s is not snake_case", key, path)
				}
				v := obj[key]
				if _, ok := v.(json.Number); ok && !tt.number[key] {
					t.Errorf("%s.%s is the JSON number %v: money and text are strings", path, key, v)
				}
				str, ok := v.(string)
				if !ok {
					return
				}
				where := path + "." + key
				if name, ok := obj["name"].(string); ok && key == "value" {
					where += " " + name
				}
				if _, ok := tt.money[where]; ok {
					found[where] = str
				}
				if jsonIsMoney(path, key, obj) && !jsonMoney.MatchString(str) {
					t.Errorf("%s = %q: money must have two decimals", where, str)
				}
			})
			if d := cmp.Diff(tt.money, found); d != "" {
				t.Errorf("money in %s (-want +got):\n%s", data, d)
			}
		})
	}

	// The ledger, whole: each line's books, then the commitments.
	got, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"lines":[` +
		`{"line":1,"budget":"1400000.00","committed":"150000.00","remaining":"1250000.00","commitments":1},` +
		`{"line":2,"budget":"1400000.00","committed":"200000.00","remaining":"1200000.00","commitments":1}],` +
		`"committed":[{"id":"C-1","line":1,"amount":"150000.00"},{"id":"C-2","line":2,"amount":"200000.00"}]}`
	if d := cmp.Diff(want, string(got)); d != "" {
		t.Errorf("JSON of the ledger (-want +got):\n%s", d)
	}

	// A reason, whole.
	got, err = json.Marshal(ineligible.Reasons[0])
	if err != nil {
		t.Fatal(err)
	}
	want = `{"rule":"line2.ceiling","citation":"Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2",` +
		`"finding":"ineligible",` +
		`"message":"USD 250,000.00 requested exceeds the Line 2 national ceiling of USD 200,000.00 for a national project",` +
		`"figures":[{"name":"amount requested","value":"250000.00","unit":"USD"},` +
		`{"name":"Line 2 national ceiling","value":"200000.00","unit":"USD"}]}`
	if d := cmp.Diff(want, string(got)); d != "" {
		t.Errorf("JSON of a reason (-want +got):\n%s", d)
	}

	// The zero Allocation still writes arrays, not null.
	got, err = json.Marshal(Allocation{})
	if err != nil || !bytes.Contains(got, []byte(`"steps":[]`)) || !bytes.Contains(got, []byte(`"interpretations":[]`)) ||
		!bytes.Contains(got, []byte(`"line1":"0.00"`)) {
		t.Errorf("JSON of the zero Allocation: %s, %v", got, err)
	}
}
