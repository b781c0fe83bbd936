package indicators_test

import (
	"encoding/json"
	"errors"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy/indicators"
)

func TestIntervalJSON(t *testing.T) {
	tests := []struct {
		name string
		i    indicators.Interval
		want string
	}{
		{"exact 517 (para. 59)", indicators.Exactly(dec("517")), `{"low":"517","low_open":false,"high":"517","high_open":false}`},
		{"approximately 80,000 (para. 66)", indicators.Closed(dec("72000"), dec("88000")), `{"low":"72000","low_open":false,"high":"88000","high_open":false}`},
		{"over 1,600 (para. 9): an open bound is null and open", above(dec("1600")), `{"low":"1600","low_open":true,"high":null,"high_open":true}`},
		{"nearly 300,000 (para. 20)", mustInterval(&indicators.Bound{Value: dec("270000")}, &indicators.Bound{Value: dec("300000"), Open: true}), `{"low":"270000","low_open":false,"high":"300000","high_open":true}`},
		{"up to 5", atMost(dec("5")), `{"low":null,"low_open":true,"high":"5","high_open":false}`},
		{"the whole line", indicators.Interval{}, `{"low":null,"low_open":true,"high":null,"high_open":true}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(tt.i)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("JSON mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRecordJSON(t *testing.T) {
	r, err := review(t).Record("migrant-training-women-share")
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"migrant-training-women-share","description":"share of migrant training participants who are women",` +
		`"unit":"per cent","period":"as of October 2010","value":"45","qualifier":"estimate","qualifier_words":"about",` +
		`"points":[1],"citation":"MC/INF/302, para. 18","figure":"About 45 per cent",` +
		`"quote":"About 45 per cent of training participants are women"}`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("JSON mismatch (-want +got):\n%s", diff)
	}
}

var snakeCase = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// keysOf returns every object key of a JSON value, at any depth.
func keysOf(v any) []string {
	var out []string
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			out = append(out, k)
			out = append(out, keysOf(x)...)
		}
	case []any:
		for _, x := range v {
			out = append(out, keysOf(x)...)
		}
	}
	return out
}

// TestResultsMarshalSnakeCase marshals every result the package gives:
// the records, a series with its changes, and every check's result. Each
// key is snake_case, and the parts a reader needs are there.
func TestResultsMarshalSnakeCase(t *testing.T) {
	d := review(t)
	p := indicators.ReviewParams()
	s, err := d.Series("projects-started")
	if err != nil {
		t.Fatal(err)
	}
	g, err := s.Growth(p)
	if err != nil {
		t.Fatal(err)
	}
	results, err := indicators.EvaluateAll(indicators.ReviewChecks(), d, p)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []struct {
		name string
		v    any
		has  []string
	}{
		{"records", d.Records(), []string{"id", "unit", "period", "qualifier_words", "citation"}},
		{"series", s, []string{"id", "unit", "records"}},
		{"change", g, []string{"from", "to", "years", "absolute", "percent", "annual_growth", "percent_range", "growth_range", "params", "estimate_rule"}},
		{"results", results, []string{"check", "verdict", "left", "right", "rises", "from_values", "numbers", "kind", "comparison", "left", "record", "negate", "constant", "why", "items"}},
	} {
		b, err := json.Marshal(v.v)
		if err != nil {
			t.Fatalf("%s: %v", v.name, err)
		}
		var back any
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, k := range keysOf(back) {
			seen[k] = true
			if !snakeCase.MatchString(k) {
				t.Errorf("%s: key %q is not snake_case", v.name, k)
			}
		}
		for _, k := range v.has {
			if !seen[k] {
				t.Errorf("%s: no key %q", v.name, k)
			}
		}
	}
	var r indicators.Result
	for _, x := range results {
		if x.Check.ID == "emergency-projects-add-up" {
			r = x
		}
	}
	b, _ := json.Marshal(struct {
		Kind       indicators.CheckKind  `json:"kind"`
		Comparison indicators.Comparison `json:"comparison"`
		Verdict    indicators.Verdict    `json:"verdict"`
		Right      indicators.Interval   `json:"right"`
	}{r.Check.Kind, r.Check.Comparison, r.Verdict, r.Right})
	if want := `{"kind":"relation","comparison":"within","verdict":"holds","right":{"low":"517","low_open":false,"high":"517","high_open":false}}`; string(b) != want {
		t.Errorf("para. 59's result as JSON: %s, want %s", b, want)
	}
}

func TestMarshalRefusesUnknownValues(t *testing.T) {
	for _, v := range []any{indicators.Count + 1, indicators.IsLess + 1, indicators.Fails + 1, indicators.Verdict(0)} {
		if _, err := json.Marshal(v); !errors.Is(err, indicators.ErrCheck) {
			t.Errorf("json.Marshal(%v): %v, want ErrCheck", v, err)
		}
	}
}
