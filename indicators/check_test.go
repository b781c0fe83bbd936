package indicators_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/indicators"
	"github.com/shopspring/decimal"
)

func lastDigitParams() indicators.Params {
	p := indicators.ReviewParams()
	p.EstimateRule = indicators.LastDigit
	return p
}

func exactEstimateParams() indicators.Params {
	p := indicators.ReviewParams()
	p.EstimateTolerance = decimal.Zero
	return p
}

// TestReviewChecks evaluates every check of the Review under three
// readings of its estimates: ±10% (the default), a rounding at the last
// non-zero digit, and exact. The verdicts and intervals were worked by
// hand from the figures.
func TestReviewChecks(t *testing.T) {
	tests := []struct {
		id, cite                   string
		deflt, lastDigit, exactEst indicators.Verdict
		left, right                string // under the default reading; "" for an increasing check
	}{
		{"international-migrants-grew", "MC/INF/302, para. 4", plausible, holds, holds, "", ""},
		{"international-migrants-increase", "MC/INF/302, para. 4", plausible, holds, holds, "[-2400000, 40400000]", "[18000000, 20000000)"},
		{"total-migrants", "MC/INF/302, para. 4", plausible, holds, holds, "[858600000, 1049400000]", "[900000000, 1000000000)"},
		{"gfmd-further-meetings-named", "MC/INF/302, para. 5", holds, holds, holds, "2", "2"},
		{"gfmd-athens-third", "MC/INF/302, para. 5", holds, holds, holds, "3", "3"},
		{"director-general-priorities-named", "MC/INF/302, para. 8", holds, holds, holds, "3", "3"},
		{"new-member-states-named", "MC/INF/302, para. 8", holds, holds, holds, "7", "7"},
		{"new-observer-states-named", "MC/INF/302, para. 8", holds, holds, holds, "3", "3"},
		{"projects-started-2007-among-active", "MC/INF/302, para. 9", holds, holds, holds, "550", "(1600, ∞)"},
		{"projects-started-2009-among-active", "MC/INF/302, para. 9", plausible, plausible, plausible, "(700, ∞)", "(2300, ∞)"},
		{"staff-grew", "MC/INF/302, para. 9", holds, holds, holds, "", ""},
		{"pre-consular-applicants-increasing", "MC/INF/302, para. 16", holds, holds, holds, "", ""},
		{"migrant-training-participants-increasing", "MC/INF/302, para. 18", holds, holds, holds, "", ""},
		{"cultural-orientation-destinations-named", "MC/INF/302, footnote 2", holds, holds, holds, "7", "7"},
		{"migration-development-orientations-listed", "MC/INF/302, para. 32", holds, holds, holds, "2", "2"},
		{"mida-age", "MC/INF/302, para. 36", plausible, plausible, plausible, "(9, ∞)", "[9, 10)"},
		{"remittance-corridor-studies-named", "MC/INF/302, para. 37", holds, holds, holds, "2", "2"},
		{"migration-profiles-among-2009-publications", "MC/INF/302, footnote 10", holds, holds, holds, "30", "49"},
		{"publications-within-catalogue", "MC/INF/302, footnote 10", holds, holds, holds, "74", "(600, ∞)"},
		{"national-migration-research-centres-named", "MC/INF/302, para. 45", holds, holds, holds, "2", "2"},
		{"idm-themes-named", "MC/INF/302, para. 48", holds, holds, holds, "3", "3"},
		{"emergency-objectives-listed", "MC/INF/302, para. 58", holds, holds, holds, "2", "2"},
		{"emergency-projects-add-up", "MC/INF/302, para. 59", holds, holds, holds, "517", "517"},
		{"cccm-countries-named", "MC/INF/302, footnote 19", holds, holds, holds, "4", "4"},
		{"avrr-average-and-total", "MC/INF/302, para. 66", plausible, holds, fails, "[70200, 85800]", "[72000, 88000]"},
		{"labour-manual-languages-named", "MC/INF/302, para. 74", holds, holds, holds, "3", "3"},
	}
	d := review(t)
	checks := indicators.ReviewChecks()
	if len(checks) != len(tests) {
		t.Errorf("%d checks, the test knows %d", len(checks), len(tests))
	}
	byID := map[string]indicators.Check{}
	for _, c := range checks {
		if _, dup := byID[c.ID]; dup {
			t.Errorf("check id %s twice", c.ID)
		}
		byID[c.ID] = c
	}
	for _, tt := range tests {
		t.Run(tt.id+" ("+tt.cite+")", func(t *testing.T) {
			c, ok := byID[tt.id]
			if !ok {
				t.Fatalf("no check %s", tt.id)
			}
			if c.Citations[0].String() != tt.cite {
				t.Errorf("cites %s first, want %s", c.Citations[0], tt.cite)
			}
			for _, reading := range []struct {
				name string
				p    indicators.Params
				want indicators.Verdict
			}{{"±10%", indicators.ReviewParams(), tt.deflt}, {"last digit", lastDigitParams(), tt.lastDigit}, {"exact", exactEstimateParams(), tt.exactEst}} {
				r, err := c.Evaluate(d, reading.p)
				if err != nil {
					t.Fatalf("%s: %v", reading.name, err)
				}
				if r.Verdict != reading.want {
					t.Errorf("%s reading: %s (%s), want %s", reading.name, r.Verdict, r.Numbers, reading.want)
				}
				if r.Numbers == "" {
					t.Errorf("%s reading: no numbers", reading.name)
				}
			}
			r, _ := c.Evaluate(d, indicators.ReviewParams())
			if tt.left != "" && (r.Left.String() != tt.left || r.Right.String() != tt.right) {
				t.Errorf("sides %s and %s, want %s and %s", r.Left, r.Right, tt.left, tt.right)
			}
		})
	}
}

const (
	holds     = indicators.Holds
	plausible = indicators.Plausible
	fails     = indicators.Fails
)

// callerDataset is a caller's own small dataset: a later report's
// figures, cited to the Review only so that the citations are well formed.
func callerDataset(t *testing.T) indicators.Dataset {
	t.Helper()
	mk := func(id, series, unit, period, value, words string) indicators.Record {
		q, err := indicators.QualifierOf(words)
		if err != nil {
			t.Fatal(err)
		}
		fig := value
		if words != "" {
			fig = words + " " + value
		}
		return indicators.Record{
			ID: id, Series: series, Description: id, Unit: indicators.UnitOfMeasure(unit),
			Period: indicators.MustParsePeriod(period), Value: dec(value), Qualifier: q, Words: words,
			Citation: iomstrategy.Para(59), Figure: fig, Quote: "the report says " + fig,
		}
	}
	d, err := indicators.NewDataset([]indicators.Record{
		mk("a", "", "projects", "2011", "10", ""),
		mk("b", "", "projects", "2011", "20", ""),
		mk("total", "", "projects", "2011", "30", ""),
		mk("total-about", "", "projects", "2011", "30", "about"),
		mk("total-over", "", "projects", "2011", "25", "over"),
		mk("rate", "", "projects per year", "2011-2013", "10", "around"),
		mk("falling-2011", "falling", "persons", "2011", "30", ""),
		mk("falling-2012", "falling", "persons", "2012", "20", ""),
		mk("rising-2011", "rising", "persons", "2011", "20", "about"),
		mk("rising-2012", "rising", "persons", "2012", "21", ""),
	})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestCallerChecks(t *testing.T) {
	d := callerDataset(t)
	cite := []iomstrategy.Citation{iomstrategy.Para(59)}
	ref := func(id string) indicators.Summand { return indicators.Summand{Record: id} }
	rel := func(left []indicators.Summand, cmp indicators.Comparison, right ...indicators.Summand) indicators.Check {
		return indicators.Check{ID: "c", Statement: "s", Citations: cite, Left: left, Comparison: cmp, Right: right}
	}
	tests := []struct {
		name  string
		check indicators.Check
		want  indicators.Verdict
	}{
		{"parts add up", rel([]indicators.Summand{ref("a"), ref("b")}, indicators.IsWithin, ref("total")), holds},
		{"parts do not add up", rel([]indicators.Summand{ref("a"), ref("a")}, indicators.IsWithin, ref("total")), fails},
		{"parts add up to about the total", rel([]indicators.Summand{ref("a"), ref("b")}, indicators.IsWithin, ref("total-about")), holds},
		{"an estimate against an exact total", rel([]indicators.Summand{ref("total-about")}, indicators.IsWithin, ref("total")), plausible},
		{"over 25 against 30", rel([]indicators.Summand{ref("total")}, indicators.IsWithin, ref("total-over")), holds},
		{"over 25 against 10", rel([]indicators.Summand{ref("a")}, indicators.IsWithin, ref("total-over")), fails},
		{"part at most whole", rel([]indicators.Summand{ref("a")}, indicators.IsAtMost, ref("total")), holds},
		{"whole at most part", rel([]indicators.Summand{ref("total")}, indicators.IsAtMost, ref("a")), fails},
		{"equal is at most", rel([]indicators.Summand{ref("a")}, indicators.IsAtMost, ref("a")), holds},
		{"equal is not less", rel([]indicators.Summand{ref("a")}, indicators.IsLess, ref("a")), fails},
		{"over 25 at most 30 is unknown", rel([]indicators.Summand{ref("total-over")}, indicators.IsAtMost, ref("total")), plausible},
		{"a difference", rel([]indicators.Summand{ref("total"), {Record: "b", Negate: true}}, indicators.IsWithin, ref("a")), holds},
		{"a rate over 3 years", rel([]indicators.Summand{{Record: "rate", Years: 3}}, indicators.IsWithin, ref("total-about")), holds},
		{"a constant", rel([]indicators.Summand{ref("a"), {Constant: &indicators.Constant{Value: dec("20"), Unit: "projects"}}}, indicators.IsWithin, ref("total")), holds},
		{"a falling series", indicators.Check{ID: "c", Statement: "s", Citations: cite, Kind: indicators.Increasing, Series: "falling"}, fails},
		{"a rise from an estimate", indicators.Check{ID: "c", Statement: "s", Citations: cite, Kind: indicators.Increasing, Series: "rising"}, plausible},
		{"a count that matches", indicators.Check{ID: "c", Statement: "s", Citations: cite, Kind: indicators.Count, Record: "a", Items: make([]string, 10)}, holds},
		{"a count that does not", indicators.Check{ID: "c", Statement: "s", Citations: cite, Kind: indicators.Count, Record: "a", Items: []string{"x", "y"}}, fails},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := tt.check.Evaluate(d, indicators.ReviewParams())
			if err != nil {
				t.Fatal(err)
			}
			if r.Verdict != tt.want {
				t.Errorf("%s, want %s (%s)", r.Verdict, tt.want, r.Numbers)
			}
		})
	}
}

func TestCheckErrors(t *testing.T) {
	d := callerDataset(t)
	cite := []iomstrategy.Citation{iomstrategy.Para(59)}
	tests := []struct {
		name     string
		check    indicators.Check
		sentinel error
	}{
		{"unknown record", indicators.Check{ID: "c", Statement: "s", Citations: cite, Left: []indicators.Summand{{Record: "nope"}}, Right: []indicators.Summand{{Record: "a"}}}, indicators.ErrUnknownID},
		{"unknown series", indicators.Check{ID: "c", Statement: "s", Citations: cite, Kind: indicators.Increasing, Series: "nope"}, indicators.ErrUnknownID},
		{"units differ", indicators.Check{ID: "c", Statement: "s", Citations: cite, Left: []indicators.Summand{{Record: "a"}}, Right: []indicators.Summand{{Record: "falling-2011"}}}, indicators.ErrUnit},
		{"years of a count", indicators.Check{ID: "c", Statement: "s", Citations: cite, Left: []indicators.Summand{{Record: "a", Years: 3}}, Right: []indicators.Summand{{Record: "a"}}}, indicators.ErrUnit},
		{"no right side", indicators.Check{ID: "c", Statement: "s", Citations: cite, Left: []indicators.Summand{{Record: "a"}}}, indicators.ErrCheck},
		{"no citation", indicators.Check{ID: "c", Statement: "s", Left: []indicators.Summand{{Record: "a"}}, Right: []indicators.Summand{{Record: "a"}}}, indicators.ErrCheck},
		{"bad id", indicators.Check{ID: "C 1", Statement: "s", Citations: cite, Kind: indicators.Count, Record: "a", Items: []string{"x"}}, indicators.ErrCheck},
		{"term with both", indicators.Check{ID: "c", Statement: "s", Citations: cite, Left: []indicators.Summand{{Record: "a", Constant: &indicators.Constant{Unit: "projects"}}}, Right: []indicators.Summand{{Record: "a"}}}, indicators.ErrCheck},
		{"a count with no record", indicators.Check{ID: "c", Statement: "s", Citations: cite, Kind: indicators.Count}, indicators.ErrCheck},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.check.Evaluate(d, indicators.ReviewParams())
			if !errors.Is(err, tt.sentinel) {
				t.Errorf("Evaluate: %v, want %v", err, tt.sentinel)
			}
		})
	}
	ok := indicators.Check{ID: "c", Statement: "s", Citations: cite, Kind: indicators.Count, Record: "a", Items: []string{"x"}}
	if _, err := ok.Evaluate(d, indicators.Params{}); !errors.Is(err, indicators.ErrParams) {
		t.Errorf("zero Params: %v, want ErrParams", err)
	}
	if _, err := indicators.EvaluateAll([]indicators.Check{ok, {ID: "bad"}}, d, indicators.ReviewParams()); !errors.Is(err, indicators.ErrCheck) {
		t.Errorf("EvaluateAll with a bad check: %v, want ErrCheck", err)
	}
	// Verify finds items that are not in the cited text.
	notThere := indicators.Check{ID: "c", Statement: "s", Citations: cite, Kind: indicators.Count, Record: "a", Items: []string{"Atlantis"}}
	if err := notThere.Verify(); !errors.Is(err, indicators.ErrSource) {
		t.Errorf("Verify of an item not in para. 59: %v, want ErrSource", err)
	}
}

func TestParams(t *testing.T) {
	p := indicators.ReviewParams()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	bad := []func(*indicators.Params){
		func(p *indicators.Params) { p.EstimateTolerance = dec("-0.1") },
		func(p *indicators.Params) { p.EstimateTolerance = dec("1") },
		func(p *indicators.Params) { p.NearlyTolerance = dec("0") },
		func(p *indicators.Params) { p.NearlyTolerance = dec("1.5") },
		func(p *indicators.Params) { p.Places = -1 },
		func(p *indicators.Params) { p.Places = 40 },
		func(p *indicators.Params) { p.Rounding = iomstrategy.RoundingUnset },
		func(p *indicators.Params) { p.EstimateRule = 9 },
	}
	for i, f := range bad {
		q := indicators.ReviewParams()
		f(&q)
		if err := q.Validate(); !errors.Is(err, indicators.ErrParams) {
			t.Errorf("bad params %d: %v, want ErrParams", i, err)
		}
	}
	if got, want := p.Describe(), "estimates ±10%; nearly: up to 10% below; percentages to 1 decimal, half-away-from-zero"; got != want {
		t.Errorf("Describe() = %q, want %q", got, want)
	}
	for _, r := range []indicators.ToleranceRule{indicators.Relative, indicators.LastDigit} {
		back, err := indicators.ParseToleranceRule(r.String())
		if err != nil || back != r {
			t.Errorf("ParseToleranceRule(%q) = %v, %v", r, back, err)
		}
	}
}

// TestRecordIntervals checks the interval each qualifier gives, on the
// Review's own figures, under the default reading and the last-digit one.
func TestRecordIntervals(t *testing.T) {
	d := review(t)
	tests := []struct{ id, deflt, lastDigit string }{
		{"staff-2007", "6457", "6457"},
		{"avrr-returns", "[72000, 88000]", "[75000, 85000]"},
		{"avrr-returns-per-year", "[23400, 28600]", "[25500, 26500]"},
		{"international-migrants-2010", "[192600000, 235400000]", "[213500000, 214500000]"},
		{"international-migrants-share-of-world-population-2010", "3.1", "3.1"},
		{"migrant-training-women-share", "[40.5, 49.5]", "[44.5, 45.5]"},
		{"irregular-migration-prevention-projects", "[90, 110]", "[50, 150]"},
		{"active-projects-2007", "(1600, ∞)", "(1600, ∞)"},
		{"resettlement-assistance-2007-2009", "[270000, 300000)", "[270000, 300000)"},
		{"total-migrants-2010", "[900000000, 1000000000)", "[900000000, 1000000000)"},
		{"mida-years-2009", "[9, 10)", "[9, 10)"},
		{"middle-east-workshop-weeks", "[2, 3]", "[2, 3]"},
		{"rcps-addressing-a-wide-range-share", "(50, ∞)", "(50, ∞)"},
		{"trafficking-database-offices-increase", "(33.33333333333333333333, ∞)", "(33.33333333333333333333, ∞)"},
	}
	for _, tt := range tests {
		r, err := d.Record(tt.id)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			p    indicators.Params
			want string
		}{{indicators.ReviewParams(), tt.deflt}, {lastDigitParams(), tt.lastDigit}} {
			iv, err := r.Interval(c.p)
			if err != nil || iv.String() != c.want {
				t.Errorf("%s %q (%s): %s, %v; want %s", tt.id, r.Figure, c.p.EstimateRule, iv, err, c.want)
			}
		}
	}
}

// TestCheckNumbers checks the words a result gives for what it compared:
// a constant with its words or its reason, a subtraction, a rate over
// years, a single summand, a series of two and of three, a count.
func TestCheckNumbers(t *testing.T) {
	tests := []struct{ id, numbers string }{
		{"gfmd-athens-third", `1 ("the first meeting of the Global Forum") + gfmd-further-meetings-2008-2009 2 = 3 within 3 ("third GFMD, held in Athens")`},
		{"mida-age", `mida-years-2010 "more than 10 years" (10, ∞) - 1 (the year from the book (2009) to the Review (2010)) = (9, ∞) within mida-years-2009 "almost a decade" [9, 10)`},
		{"projects-started-2007-among-active", `projects-started-2007 550 ≤ active-projects-2007 "over 1,600" (1600, ∞)`},
		{"staff-grew", `2007 6457 < 2009 7258`},
		{"pre-consular-applicants-increasing", `2007 43204 < 2008 61189 < 2009 133532`},
		{"avrr-average-and-total", `3 × avrr-returns-per-year "around 26,000" [23400, 28600] = [70200, 85800] within avrr-returns "approximately 80,000" [72000, 88000]`},
		{"international-migrants-increase", `international-migrants-2010 "an estimated 214 million" [192600000, 235400000] - international-migrants-2005 195000000 = [-2400000, 40400000] within international-migrants-increase-2005-2010 "nearly a 20 million" [18000000, 20000000)`},
		{"new-observer-states-named", `3 listed (Bahrain; Saudi Arabia; Qatar) within new-observer-states 3`},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			c, err := indicators.ReviewCheck(tt.id)
			if err != nil {
				t.Fatal(err)
			}
			r, err := c.Evaluate(review(t), indicators.ReviewParams())
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.numbers, r.Numbers); diff != "" {
				t.Errorf("Numbers mismatch (-want +got):\n%s", diff)
			}
		})
	}
	// An increasing check keeps each rise with its verdict.
	c, _ := indicators.ReviewCheck("pre-consular-applicants-increasing")
	r, _ := c.Evaluate(review(t), indicators.ReviewParams())
	var got []string
	for _, x := range r.Rises {
		got = append(got, x.From.ID+" < "+x.To.ID+": "+x.FromValues.String()+" < "+x.ToValues.String()+" "+x.Verdict.String())
	}
	want := []string{
		"pre-consular-applicants-2007 < pre-consular-applicants-2008: 43204 < 61189 holds",
		"pre-consular-applicants-2008 < pre-consular-applicants-2009: 61189 < 133532 holds",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rises mismatch (-want +got):\n%s", diff)
	}
}

// TestUnknownEnumValues: a value outside its type's constants is named by
// its number, and a check with one is refused.
func TestUnknownEnumValues(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{(indicators.Count + 1).String(), "CheckKind(3)"},
		{(indicators.IsLess + 1).String(), "Comparison(3)"},
		{(indicators.Fails + 1).String(), "Verdict(4)"},
		{indicators.Verdict(0).String(), ""},
		{(indicators.LastDigit + 1).String(), "ToleranceRule(2)"},
		{(indicators.Range + 1).String(), "Qualifier(6)"},
	} {
		if tt.got != tt.want {
			t.Errorf("String() = %q, want %q", tt.got, tt.want)
		}
	}
	cite := []iomstrategy.Citation{iomstrategy.Para(59)}
	for _, c := range []indicators.Check{
		{ID: "c", Statement: "s", Citations: cite, Left: []indicators.Summand{{Record: "a"}}, Comparison: indicators.IsLess + 1, Right: []indicators.Summand{{Record: "a"}}},
		{ID: "c", Statement: "s", Citations: cite, Kind: indicators.Count + 1},
		{ID: "c", Statement: "s", Citations: cite, Left: []indicators.Summand{{Record: "a", Years: -1}}, Right: []indicators.Summand{{Record: "a"}}},
		{ID: "c", Statement: "s", Citations: cite, Left: []indicators.Summand{{Constant: &indicators.Constant{Value: dec("1")}}}, Right: []indicators.Summand{{Record: "a"}}},
		{ID: "c", Statement: "s", Citations: cite, Left: []indicators.Summand{{}}, Right: []indicators.Summand{{Record: "a"}}},
		{ID: "c", Statement: " ", Citations: cite, Kind: indicators.Increasing, Series: "s"},
		{ID: "c", Statement: "s", Citations: cite, Kind: indicators.Increasing},
		{ID: "c", Statement: "s", Citations: cite, Kind: indicators.Count, Record: "a"},
	} {
		if err := c.Validate(); !errors.Is(err, indicators.ErrCheck) {
			t.Errorf("Validate(%+v): %v, want ErrCheck", c, err)
		}
	}
}
