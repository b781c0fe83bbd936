package main

import (
	"bytes"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
	"github.com/shopspring/decimal"
)

// TestScreeningsJSONMatchesEncoder checks that writeScreeningsJSON prints,
// byte for byte, what encoding/json prints for screeningViews: on the
// screenings of a generated batch, on none, and on screenings made up to
// reach every branch (no reasons, no rules, reasons without a country or
// figures, and text that JSON escapes: quotes, backslashes, <, >, &,
// control characters, invalid UTF-8, U+2028).
func TestScreeningsJSONMatchesEncoder(t *testing.T) {
	check := func(name string, ss []facility1035.Screening) {
		t.Helper()
		var want, got bytes.Buffer
		if err := writeJSON(&want, screeningViews(ss)); err != nil {
			t.Fatal(err)
		}
		if err := writeScreeningsJSON(&got, ss); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			g, w := got.String(), want.String()
			i := 0
			for i < len(g) && i < len(w) && g[i] == w[i] {
				i++
			}
			t.Fatalf("%s: differs at byte %d:\ngot  ...%q\nwant ...%q", name, i, g[max(0, i-80):min(len(g), i+80)], w[max(0, i-80):min(len(w), i+80)])
		}
	}
	check("none", []facility1035.Screening{})
	check("nil", nil)

	apps, members := writeBenchInputs(t, 3_000)
	table, err := readInput(&env{}, apps, "")
	if err != nil {
		t.Fatal(err)
	}
	as, err := applicationsFromTable(table)
	if err != nil {
		t.Fatal(err)
	}
	mtable, err := readInput(&env{}, members, "")
	if err != nil {
		t.Fatal(err)
	}
	reg, err := registryFromTable(mtable)
	if err != nil {
		t.Fatal(err)
	}
	ss, err := facility1035.ScreenAll(as, reg, facility1035.Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	check("generated batch", ss)

	odd := "a \"quoted\" \\ back <b> & </b> \t\n\r\b\f \x01 \x7f é 日本 \xe2\x82 \u2028 \u2029 \ufffd"
	check("made up", []facility1035.Screening{
		{ID: odd, Line: facility1035.Line2, Verdict: facility1035.Eligible},
		{ID: "a<b"}, {ID: "a>b"}, {ID: "a&b"}, {ID: "tab\there"}, {ID: "del\x7f"}, {ID: "é"}, {ID: `q"q`}, {ID: `b\b`}, {ID: "plain ~ text"}, {ID: "bad \xe2\x82 utf8"}, {ID: "line sep \u2028"},
		{ID: "no rules", Line: facility1035.Line1, Verdict: facility1035.NeedsReview, Applied: 0,
			Reasons: []facility1035.Reason{{Rule: "facility.follow-up", Verdict: facility1035.NeedsReview, Message: odd}}},
		{ID: "figures", Line: 7, Verdict: facility1035.Ineligible, Applied: facility1035.NewRuleSet(facility1035.ScreeningRules()...),
			Reasons: []facility1035.Reason{
				{Rule: facility1035.ScreeningRule(odd), Citation: iomstrategy.Criterion(2), Verdict: facility1035.Ineligible, Country: odd, Message: "m",
					Figures: []facility1035.Figure{{Name: odd, Value: decimal.New(12345, -3), Unit: facility1035.UnitUSD}, {Name: "n", Value: decimal.New(3, 0), Unit: odd}}},
				{Rule: "r", Verdict: facility1035.Conditional, Message: "", Figures: []facility1035.Figure{}},
			}},
	})
}
