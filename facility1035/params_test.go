package facility1035

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// paramsErrors returns the *InputError values err joins (errors.Join), in
// order, or err itself when it is one; nil entries for anything else.
func paramsErrors(err error) []*InputError {
	var out []*InputError
	var walk func(error)
	walk = func(err error) {
		if joined, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range joined.Unwrap() {
				walk(e)
			}
			return
		}
		ie, _ := err.(*InputError)
		out = append(out, ie)
	}
	if err != nil {
		walk(err)
	}
	return out
}

// paramsFields returns the fields the errors joined in err name.
func paramsFields(err error) []string {
	var fields []string
	for _, ie := range paramsErrors(err) {
		if ie == nil {
			fields = append(fields, "(not an *InputError)")
			continue
		}
		fields = append(fields, ie.Field)
	}
	return fields
}

// TestResolution1150Values checks every value of the built-in set, and
// the provision it cites, against the text of Part III, written out here
// by hand.
func TestResolution1150Values(t *testing.T) {
	b1, b2, b5 := iomstrategy.PartIIIBullet(1), iomstrategy.PartIIIBullet(2), iomstrategy.PartIIIBullet(5)
	want := Params{
		Name: "Resolution 1150 (XCIII)", From: 2008, Through: 2018,
		Source: iomstrategy.PartOpening(iomstrategy.PartIII),
		// "25 per cent of Discretionary Income (excluding security) in excess
		// of the 2007 Programme and Budget Discretionary Income of USD 20.5
		// million ... starting in 2008" (bullet 1)
		Share:     iomstrategy.Cited[decimal.Decimal]{Value: decimal.RequireFromString("0.25"), Citation: b1},
		Baseline:  iomstrategy.Cited[iomstrategy.USD]{Value: iomstrategy.MustParseUSD("20,500,000.00"), Citation: b1},
		FirstYear: iomstrategy.Cited[int]{Value: 2008, Citation: b1},
		// "the original funding of USD 1.4 million (Line 1)" (bullet 5)
		Line1: iomstrategy.Cited[iomstrategy.USD]{Value: iomstrategy.MustParseUSD("1,400,000.00"), Citation: b5},
		// The text sets no Line 1 ceiling.
		Line1Ceiling: iomstrategy.Cited[iomstrategy.USD]{},
		// "up to USD 200,000 for national projects", "up to USD 300,000 for
		// regional projects" (criteria 2 and 3)
		Line2NationalCeiling: iomstrategy.Cited[iomstrategy.USD]{Value: iomstrategy.MustParseUSD("200,000.00"), Citation: iomstrategy.Criterion(2)},
		Line2RegionalCeiling: iomstrategy.Cited[iomstrategy.USD]{Value: iomstrategy.MustParseUSD("300,000.00"), Citation: iomstrategy.Criterion(3)},
		// Choices where the text is silent, cited to the rule they apply to.
		Rounding:         iomstrategy.Cited[iomstrategy.RoundingMode]{Value: iomstrategy.HalfAwayFromZero, Citation: b1},
		Article4Lookback: iomstrategy.Cited[Lookback]{Value: TwoYears, Citation: iomstrategy.ConstitutionArticle(4)},
		CapOrder:         iomstrategy.Cited[CapOrder]{Value: CapLine2First, Citation: b2},
		// The readings of screening where Part III is silent (issue 9), each
		// cited to the words it reads. "projects in developing Member
		// States" (opening paragraph): economies in transition stay eligible.
		TransitionEconomies: iomstrategy.Cited[Verdict]{Value: Eligible, Citation: iomstrategy.PartOpening(iomstrategy.PartIII)},
		// "Member States subject to Article 4 will not be eligible"
		// (criterion 1): the amended test, applied before 21 November 2013
		// as a reading; one barred country bars a regional project.
		Article4Before2013: iomstrategy.Cited[Verdict]{Value: Ineligible, Citation: iomstrategy.Criterion(1)},
		BarredInRegional:   iomstrategy.Cited[Verdict]{Value: Ineligible, Citation: iomstrategy.Criterion(1)},
		// "Ceiling for funding of national projects" (criterion 2): a limit on
		// what is funded, so a request above it is conditional.
		OverCeiling: iomstrategy.Cited[Verdict]{Value: Conditional, Citation: iomstrategy.Criterion(2)},
		// "Ceiling for funding of regional projects" (criterion 3): regional
		// is read as two or more Member States.
		RegionalMinimum: iomstrategy.Cited[int]{Value: 2, Citation: iomstrategy.Criterion(3)},
		// Council Resolution No. 18 of 27 June 2018.
		Successor: iomstrategy.Cited[int]{Value: 2018, Citation: iomstrategy.Doc(iomstrategy.Resolution18)},
	}
	p := Resolution1150()
	if d := cmp.Diff(want, p); d != "" {
		t.Errorf("Resolution1150() (-want +got):\n%s", d)
	}
	if err := p.Validate(); err != nil {
		t.Fatalf("built-in set does not validate: %v", err)
	}
	// A new value on every call: changing one changes nothing else.
	p.Share.Value = decimal.New(1, 0)
	p.Line1Ceiling.Value = iomstrategy.USDFromCents(500)
	if d := cmp.Diff(want, Resolution1150()); d != "" {
		t.Errorf("Resolution1150 shares state between calls (-want +got):\n%s", d)
	}
}

// TestValidate checks each refusal of Params.Validate: an *InputError
// naming its field by its JSON name and wrapping the kind of failure.
func TestValidate(t *testing.T) {
	tests := []struct {
		name      string
		change    func(*Params)
		wantField string
		wantErr   error
	}{
		{"name: empty", func(p *Params) { p.Name = "" }, "name", iomstrategy.ErrMissing},
		{"period: From after Through", func(p *Params) { p.From, p.Through, p.Successor = 2019, 2018, iomstrategy.Cited[int]{} }, "through", ErrInvalidParams},
		{"first year (Part III, bullet 1): after the period", func(p *Params) { p.FirstYear.Value = 2020 }, "first_year", ErrInvalidParams},
		{"successor (Resolution No. 18): its year outside the period", func(p *Params) { p.Successor.Value = 2019 }, "successor_year", ErrInvalidParams},
		{"share (Part III, bullet 1): negative", func(p *Params) { p.Share.Value = decimal.RequireFromString("-0.01") }, "share", ErrInvalidParams},
		{"share (Part III, bullet 1): above 1", func(p *Params) { p.Share.Value = decimal.RequireFromString("1.0001") }, "share", ErrInvalidParams},
		{"baseline (Part III, bullet 1): negative", func(p *Params) { p.Baseline.Value = iomstrategy.USDFromCents(-100) }, "baseline", iomstrategy.ErrNegativeAmount},
		{"Line 1 (Part III, bullet 5): negative", func(p *Params) { p.Line1.Value = iomstrategy.USDFromCents(-140000000) }, "line1", iomstrategy.ErrNegativeAmount},
		{"Line 1 ceiling: negative", func(p *Params) { p.Line1Ceiling.Value = iomstrategy.USDFromCents(-1) }, "line1_ceiling", iomstrategy.ErrNegativeAmount},
		{"national ceiling (criterion 2): negative", func(p *Params) { p.Line2NationalCeiling.Value = iomstrategy.USDFromCents(-1) }, "line2_national_ceiling", iomstrategy.ErrNegativeAmount},
		{"regional ceiling (criterion 3): negative", func(p *Params) { p.Line2RegionalCeiling.Value = iomstrategy.USDFromCents(-1) }, "line2_regional_ceiling", iomstrategy.ErrNegativeAmount},
		{"rounding (bullet 1, silent): unset", func(p *Params) { p.Rounding.Value = iomstrategy.RoundingUnset }, "rounding", iomstrategy.ErrRoundingMode},
		{"rounding (bullet 1, silent): unknown", func(p *Params) { p.Rounding.Value = iomstrategy.RoundingMode(99) }, "rounding", iomstrategy.ErrRoundingMode},
		{"look-back (Constitution, Article 4): unset", func(p *Params) { p.Article4Lookback.Value = 0 }, "article4_lookback", ErrInvalidChoice},
		{"look-back (Constitution, Article 4): unknown", func(p *Params) { p.Article4Lookback.Value = Lookback(7) }, "article4_lookback", ErrInvalidChoice},
		{"cap order (Part III, bullet 2): unset", func(p *Params) { p.CapOrder.Value = 0 }, "cap_order", ErrInvalidChoice},
		{"cap order (Part III, bullet 2): unknown", func(p *Params) { p.CapOrder.Value = CapOrder(4) }, "cap_order", ErrInvalidChoice},
		// The readings of screening: each takes only the verdicts its
		// option offers, and the regional minimum a count from 2 to 1000.
		{"transition economies (Part III, opening paragraph): unset, without a citation", func(p *Params) { p.TransitionEconomies = iomstrategy.Cited[Verdict]{} }, "transition_economies", ErrInvalidChoice},
		{"transition economies (Part III, opening paragraph): needs-review is not an option", func(p *Params) { p.TransitionEconomies.Value = NeedsReview }, "transition_economies", ErrInvalidChoice},
		{"transition economies (Part III, opening paragraph): conditional is not an option", func(p *Params) { p.TransitionEconomies.Value = Conditional }, "transition_economies", ErrInvalidChoice},
		{"Article 4 before 2013 (criterion 1): eligible is not an option", func(p *Params) { p.Article4Before2013.Value = Eligible }, "article4_before_2013", ErrInvalidChoice},
		{"Article 4 before 2013 (criterion 1): conditional is not an option", func(p *Params) { p.Article4Before2013.Value = Conditional }, "article4_before_2013", ErrInvalidChoice},
		{"barred country in a regional project (criterion 1): conditional is not an option", func(p *Params) { p.BarredInRegional.Value = Conditional }, "barred_in_regional", ErrInvalidChoice},
		{"barred country in a regional project (criterion 1): unknown", func(p *Params) { p.BarredInRegional.Value = Verdict(9) }, "barred_in_regional", ErrInvalidChoice},
		{"over the ceiling (criterion 2): needs-review is not an option", func(p *Params) { p.OverCeiling.Value = NeedsReview }, "over_ceiling", ErrInvalidChoice},
		{"over the ceiling (criterion 2): eligible is not an option", func(p *Params) { p.OverCeiling.Value = Eligible }, "over_ceiling", ErrInvalidChoice},
		{"regional minimum (criterion 3): 1 is not a region", func(p *Params) { p.RegionalMinimum.Value = 1 }, "regional_minimum", ErrInvalidParams},
		{"regional minimum (criterion 3): negative", func(p *Params) { p.RegionalMinimum.Value = -2 }, "regional_minimum", ErrInvalidParams},
		{"regional minimum (criterion 3): above 1000", func(p *Params) { p.RegionalMinimum.Value = 1001 }, "regional_minimum", ErrInvalidParams},
		{"over the ceiling (criterion 2): a citation not in the source", func(p *Params) { p.OverCeiling.Citation = iomstrategy.Criterion(9) }, "over_ceiling_source", iomstrategy.ErrUnknownCitation},
		{"rounding: a citation not in the source", func(p *Params) { p.Rounding.Citation = iomstrategy.PartIIIBullet(6) }, "rounding_source", iomstrategy.ErrUnknownCitation},
		{"Line 1 ceiling: a citation not in the source", func(p *Params) {
			p.Line1Ceiling = iomstrategy.Cited[iomstrategy.USD]{Value: iomstrategy.USDFromCents(100), Citation: iomstrategy.Para(99)}
		}, "line1_ceiling_source", iomstrategy.ErrUnknownCitation},
		{"source: a citation not in the source", func(p *Params) { p.Source = iomstrategy.Para(99) }, "source", iomstrategy.ErrUnknownCitation},
		// A value the text states may cite only the provision that states it.
		{"share (Part III, bullet 1): cited to bullet 6, which does not exist", func(p *Params) { p.Share.Citation = iomstrategy.PartIIIBullet(6) }, "share_source", ErrInvalidParams},
		{"share (Part III, bullet 1): cited to bullet 2", func(p *Params) { p.Share.Citation = iomstrategy.PartIIIBullet(2) }, "share_source", ErrInvalidParams},
		{"baseline (Part III, bullet 1): cited to bullet 5", func(p *Params) { p.Baseline.Citation = iomstrategy.PartIIIBullet(5) }, "baseline_source", ErrInvalidParams},
		{"first year (Part III, bullet 1): cited to the opening paragraph", func(p *Params) {
			p.FirstYear.Citation = iomstrategy.PartOpening(iomstrategy.PartIII)
		}, "first_year_source", ErrInvalidParams},
		{"Line 1 (Part III, bullet 5): cited to bullet 1", func(p *Params) { p.Line1.Citation = iomstrategy.PartIIIBullet(1) }, "line1_source", ErrInvalidParams},
		{"national ceiling (criterion 2): cited to criterion 3", func(p *Params) { p.Line2NationalCeiling.Citation = iomstrategy.Criterion(3) }, "line2_national_ceiling_source", ErrInvalidParams},
		{"regional ceiling (criterion 3): cited to criterion 2", func(p *Params) { p.Line2RegionalCeiling.Citation = iomstrategy.Criterion(2) }, "line2_regional_ceiling_source", ErrInvalidParams},
		{"successor (Resolution No. 18): cited to Resolution No. 1035", func(p *Params) {
			p.Successor.Citation = iomstrategy.Doc(iomstrategy.Resolution1035)
		}, "successor", ErrInvalidParams},
		// Zero is no Line 1 ceiling and no successor: a citation for either
		// cites nothing the set has (and JSON could not carry it back).
		{"Line 1 ceiling: a citation without a ceiling", func(p *Params) { p.Line1Ceiling.Citation = iomstrategy.PartIIIBullet(5) }, "line1_ceiling_source", ErrInvalidParams},
		{"successor: a citation without its year", func(p *Params) { p.Successor.Value = 0 }, "successor", ErrInvalidParams},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Resolution1150()
			tt.change(&p)
			err := p.Validate()
			errs := paramsErrors(err)
			if len(errs) != 1 || errs[0] == nil {
				t.Fatalf("Validate() = %v, want one *InputError", err)
			}
			ie := errs[0]
			if ie.Input != "1035 Facility parameters" || ie.Field != tt.wantField || !errors.Is(err, tt.wantErr) {
				t.Errorf("Validate() = %v (input %q, field %q), want field %q and %v", err, ie.Input, ie.Field, tt.wantField, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantField) {
				t.Errorf("message %q does not name the field", err)
			}
		})
	}
	// Edges that are allowed: share 0 and 1, zero amounts without
	// citations, a Line 1 ceiling without a citation.
	for _, share := range []string{"0", "1"} {
		p := Resolution1150()
		p.Share = iomstrategy.Cited[decimal.Decimal]{Value: decimal.RequireFromString(share)}
		p.Line1 = iomstrategy.Cited[iomstrategy.USD]{}
		p.Baseline = iomstrategy.Cited[iomstrategy.USD]{}
		p.Line1Ceiling.Value = iomstrategy.USDFromCents(1)
		if err := p.Validate(); err != nil {
			t.Errorf("share %s, zero Line 1 and baseline without citations, a Line 1 ceiling of a cent: %v", share, err)
		}
	}
	// Every option of every reading, and the edges of the regional minimum,
	// are accepted.
	for _, tt := range []struct {
		name   string
		change func(*Params)
	}{
		{"transition economies: ineligible (developing Member States only)", func(p *Params) { p.TransitionEconomies.Value = Ineligible }},
		{"Article 4 before 2013: needs-review", func(p *Params) { p.Article4Before2013.Value = NeedsReview }},
		{"barred country in a regional project: needs-review", func(p *Params) { p.BarredInRegional.Value = NeedsReview }},
		{"barred country in a regional project: eligible (left out)", func(p *Params) { p.BarredInRegional.Value = Eligible }},
		{"over the ceiling: ineligible", func(p *Params) { p.OverCeiling.Value = Ineligible }},
		{"regional minimum: 3", func(p *Params) { p.RegionalMinimum.Value = 3 }},
		{"regional minimum: 1000", func(p *Params) { p.RegionalMinimum.Value = 1000 }},
		{"over the ceiling: conditional without a citation", func(p *Params) { p.OverCeiling.Citation = iomstrategy.Citation{} }},
	} {
		p := Resolution1150()
		tt.change(&p)
		if err := p.Validate(); err != nil {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
	// A stated value that differs from the text keeps its citation: it is
	// a what-if, valid, and explained as one (see TestCitedValueSources).
	p := Resolution1150()
	p.Share.Value = decimal.RequireFromString("0.5")
	if err := p.Validate(); err != nil {
		t.Errorf("share 50%% cited to bullet 1: %v", err)
	}
	// The zero Params reports every problem at once, each as an *InputError.
	err := Params{}.Validate()
	// Its readings are unset too: a verdict of zero is none of the options,
	// a minimum of zero no region (JSON fills an absent reading, Go does not).
	if d := cmp.Diff([]string{"name", "rounding", "article4_lookback", "cap_order",
		"transition_economies", "article4_before_2013", "barred_in_regional", "over_ceiling", "regional_minimum"}, paramsFields(err)); d != "" {
		t.Errorf("Params{}.Validate() = %v; fields (-want +got):\n%s", err, d)
	}
	for _, want := range []error{iomstrategy.ErrMissing, iomstrategy.ErrRoundingMode, ErrInvalidChoice, ErrInvalidParams} {
		if !errors.Is(err, want) {
			t.Errorf("Params{}.Validate() = %v, want it to include %v", err, want)
		}
	}
}

// builtinJSON is the JSON form of the built-in set, written out by hand.
const builtinJSON = `{
  "name": "Resolution 1150 (XCIII)",
  "from": 2008,
  "through": 2018,
  "source": "Resolution 1150 (XCIII), Annex, Part III, opening paragraph",
  "share": "0.25",
  "share_source": "Resolution 1150 (XCIII), Annex, Part III, bullet 1",
  "baseline": "20500000.00",
  "baseline_source": "Resolution 1150 (XCIII), Annex, Part III, bullet 1",
  "first_year": 2008,
  "first_year_source": "Resolution 1150 (XCIII), Annex, Part III, bullet 1",
  "line1": "1400000.00",
  "line1_source": "Resolution 1150 (XCIII), Annex, Part III, bullet 5",
  "line1_ceiling": null,
  "line2_national_ceiling": "200000.00",
  "line2_national_ceiling_source": "Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2",
  "line2_regional_ceiling": "300000.00",
  "line2_regional_ceiling_source": "Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 3",
  "rounding": "half-away-from-zero",
  "rounding_source": "Resolution 1150 (XCIII), Annex, Part III, bullet 1",
  "article4_lookback": "two-years",
  "article4_lookback_source": "IOM Constitution, Article 4",
  "cap_order": "line2-first",
  "cap_order_source": "Resolution 1150 (XCIII), Annex, Part III, bullet 2",
  "transition_economies": "eligible",
  "transition_economies_source": "Resolution 1150 (XCIII), Annex, Part III, opening paragraph",
  "article4_before_2013": "ineligible",
  "article4_before_2013_source": "Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 1",
  "barred_in_regional": "ineligible",
  "barred_in_regional_source": "Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 1",
  "over_ceiling": "conditional",
  "over_ceiling_source": "Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2",
  "regional_minimum": 2,
  "regional_minimum_source": "Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 3",
  "successor_year": 2018,
  "successor": "Resolution 18 of 27 June 2018"
}`

// whatIfJSON is a caller's set without citations: share 30 per cent.
const whatIfJSON = `{
  "name": "what-if: share 30 per cent",
  "from": 2008, "through": 2018, "first_year": 2008,
  "share": "0.30", "baseline": "USD 20,500,000.00", "line1": "1400000",
  "line2_national_ceiling": "200000.00", "line2_regional_ceiling": "300000.00",
  "rounding": "half-even", "article4_lookback": "two-full-years", "cap_order": "line1-first"
}`

// whatIfParams is whatIfJSON as a Params, written out by hand. The file
// gives none of the readings of screening: each is the built-in one, with
// its citation (ParseParams).
func whatIfParams() Params {
	return Params{
		Name: "what-if: share 30 per cent", From: 2008, Through: 2018,
		FirstYear:            iomstrategy.Cited[int]{Value: 2008},
		Share:                iomstrategy.Cited[decimal.Decimal]{Value: decimal.RequireFromString("0.30")},
		Baseline:             iomstrategy.Cited[iomstrategy.USD]{Value: iomstrategy.USDFromCents(20_500_000_00)},
		Line1:                iomstrategy.Cited[iomstrategy.USD]{Value: iomstrategy.USDFromCents(1_400_000_00)},
		Line2NationalCeiling: iomstrategy.Cited[iomstrategy.USD]{Value: iomstrategy.USDFromCents(200_000_00)},
		Line2RegionalCeiling: iomstrategy.Cited[iomstrategy.USD]{Value: iomstrategy.USDFromCents(300_000_00)},
		Rounding:             iomstrategy.Cited[iomstrategy.RoundingMode]{Value: iomstrategy.HalfEven},
		Article4Lookback:     iomstrategy.Cited[Lookback]{Value: TwoFullYears},
		CapOrder:             iomstrategy.Cited[CapOrder]{Value: CapLine1First},
		TransitionEconomies:  iomstrategy.Cited[Verdict]{Value: Eligible, Citation: iomstrategy.PartOpening(iomstrategy.PartIII)},
		Article4Before2013:   iomstrategy.Cited[Verdict]{Value: Ineligible, Citation: iomstrategy.Criterion(1)},
		BarredInRegional:     iomstrategy.Cited[Verdict]{Value: Ineligible, Citation: iomstrategy.Criterion(1)},
		OverCeiling:          iomstrategy.Cited[Verdict]{Value: Conditional, Citation: iomstrategy.Criterion(2)},
		RegionalMinimum:      iomstrategy.Cited[int]{Value: 2, Citation: iomstrategy.Criterion(3)},
		CallerSupplied:       true,
	}
}

func TestParamsJSON(t *testing.T) {
	b, err := json.MarshalIndent(Resolution1150(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(builtinJSON, string(b)); d != "" {
		t.Errorf("JSON form of the built-in set (-want +got):\n%s", d)
	}

	// Read back, it is the built-in set marked as a caller's.
	p, err := ParseParams([]byte(builtinJSON))
	if err != nil {
		t.Fatal(err)
	}
	want := Resolution1150()
	want.CallerSupplied = true
	if d := cmp.Diff(want, p); d != "" {
		t.Errorf("ParseParams(built-in JSON) (-want +got):\n%s", d)
	}

	// A caller's set without citations.
	p, err = ParseParams([]byte(whatIfJSON))
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(whatIfParams(), p); d != "" {
		t.Errorf("ParseParams(what-if) (-want +got):\n%s", d)
	}

	// json.Unmarshal into a Params reads and validates the same way, and
	// leaves the Params as it was when it refuses.
	var q Params
	if err := json.Unmarshal([]byte(whatIfJSON), &q); err != nil {
		t.Errorf("json.Unmarshal: %v", err)
	} else if d := cmp.Diff(whatIfParams(), q); d != "" {
		t.Errorf("json.Unmarshal (-want +got):\n%s", d)
	}
	r := Resolution1150()
	if err := json.Unmarshal([]byte(`{"shares": "0.3"}`), &r); !errors.Is(err, ErrUnknownField) {
		t.Errorf("json.Unmarshal of an unknown field: %v", err)
	}
	if d := cmp.Diff(Resolution1150(), r); d != "" {
		t.Errorf("a refused json.Unmarshal changed its target (-want +got):\n%s", d)
	}

	// A Line 1 ceiling and no name.
	p, err = ParseParams([]byte(strings.Replace(whatIfJSON, `"name": "what-if: share 30 per cent",`,
		`"note": "illustrative", "line1_ceiling": "100,000.00", "line1_ceiling_source": "Resolution 1150 (XCIII), Annex, Part III, bullet 5",`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	wantCeiling := iomstrategy.Cited[iomstrategy.USD]{Value: iomstrategy.USDFromCents(100_000_00), Citation: iomstrategy.PartIIIBullet(5)}
	if d := cmp.Diff(wantCeiling, p.Line1Ceiling); p.Name != "caller-supplied parameters" || p.Note != "illustrative" || d != "" {
		t.Errorf("name %q, note %q, Line 1 ceiling (-want +got):\n%s", p.Name, p.Note, d)
	}
	b, err = json.Marshal(p)
	if err != nil || !bytes.Contains(b, []byte(`"line1_ceiling":"100000.00","line1_ceiling_source":"Resolution 1150 (XCIII), Annex, Part III, bullet 5"`)) ||
		!bytes.Contains(b, []byte(`"note":"illustrative"`)) {
		t.Errorf("Marshal with a Line 1 ceiling: %s, %v", b, err)
	}
	// An unusable set cannot be written.
	if _, err := json.Marshal(Params{}); err == nil {
		t.Errorf("Marshal(Params{}) succeeded")
	}
}

// TestParseParamsErrors checks that a caller's file is refused with an
// *InputError naming the field, with no partial result, and that every
// problem is reported.
func TestParseParamsErrors(t *testing.T) {
	replace := func(old, new string) string {
		if !strings.Contains(whatIfJSON, old) {
			t.Fatalf("whatIfJSON lacks %q", old)
		}
		return strings.Replace(whatIfJSON, old, new, 1)
	}
	tests := []struct {
		name      string
		input     string
		wantField string // the first error's; there is no other unless wantMore
		wantErr   error
		wantMore  []string // the fields of the other errors
	}{
		{"not JSON", `share: 0.3`, "(file)", ErrInvalidParams, nil},
		{"an array", `[]`, "(file)", ErrInvalidParams, nil},
		{"null", `null`, "(file)", ErrInvalidParams, nil},
		{"trailing data", whatIfJSON + ` {}`, "(file)", ErrInvalidParams, nil},
		{"unknown field (a typo): refused, and the share it should have been is missing", replace(`"share"`, `"shares"`), "shares", ErrUnknownField, []string{"share"}},
		{"unknown field (an extra key)", replace(`"share": "0.30",`, `"share": "0.30", "comment": "x",`), "comment", ErrUnknownField, nil},
		{"share (Part III, bullet 1): missing", replace(`"share": "0.30", `, ``), "share", iomstrategy.ErrMissing, nil},
		{"share (Part III, bullet 1): null", replace(`"0.30"`, `null`), "share", iomstrategy.ErrMissing, nil},
		{"cap order (Part III, bullet 2): missing", replace(`, "cap_order": "line1-first"`, ``), "cap_order", iomstrategy.ErrMissing, nil},
		{"name: empty", replace(`"what-if: share 30 per cent"`, `""`), "name", iomstrategy.ErrMissing, nil},
		{"share (Part III, bullet 1): a percentage", replace(`"0.30"`, `"30%"`), "share", ErrInvalidParams, nil},
		{"share (Part III, bullet 1): a JSON number", replace(`"0.30"`, `0.3`), "share", ErrInvalidParams, nil},
		{"share (Part III, bullet 1): an exponent", replace(`"0.30"`, `"3e-1"`), "share", ErrInvalidParams, nil},
		{"share (Part III, bullet 1): negative", replace(`"0.30"`, `"-0.30"`), "share", ErrInvalidParams, nil},
		{"share (Part III, bullet 1): above one", replace(`"0.30"`, `"1.5"`), "share", ErrInvalidParams, nil},
		{"baseline (Part III, bullet 1): in words", replace(`"USD 20,500,000.00"`, `"20.5 million"`), "baseline", iomstrategy.ErrInvalidAmount, nil},
		{"baseline (Part III, bullet 1): three decimals", replace(`"USD 20,500,000.00"`, `"20500000.001"`), "baseline", iomstrategy.ErrSubCent, nil},
		{"Line 1 (Part III, bullet 5): negative", replace(`"1400000"`, `"-1400000"`), "line1", iomstrategy.ErrNegativeAmount, nil},
		{"from: a string", replace(`"from": 2008`, `"from": "2008"`), "from", ErrInvalidParams, nil},
		{"from: a fraction", replace(`"from": 2008`, `"from": 2008.5`), "from", ErrInvalidParams, nil},
		{"period reversed", replace(`"from": 2008`, `"from": 2019`), "through", ErrInvalidParams, nil},
		{"rounding (bullet 1, silent): unknown", replace(`"half-even"`, `"bankers"`), "rounding", iomstrategy.ErrRoundingMode, nil},
		{"look-back (Constitution, Article 4): unknown", replace(`"two-full-years"`, `"2 years"`), "article4_lookback", ErrInvalidChoice, nil},
		{"cap order (Part III, bullet 2): unknown", replace(`"line1-first"`, `"proportional"`), "cap_order", ErrInvalidChoice, nil},
		// The readings of screening: optional, but a value given must be one
		// of the reading's options.
		{"transition economies (Part III, opening paragraph): developing-only is not a verdict", replace(`"cap_order": "line1-first"`, `"cap_order": "line1-first", "transition_economies": "developing-only"`), "transition_economies", ErrInvalidChoice, nil},
		{"transition economies (Part III, opening paragraph): needs-review is not an option", replace(`"cap_order": "line1-first"`, `"cap_order": "line1-first", "transition_economies": "needs-review"`), "transition_economies", ErrInvalidChoice, nil},
		{"Article 4 before 2013 (criterion 1): eligible is not an option", replace(`"cap_order": "line1-first"`, `"cap_order": "line1-first", "article4_before_2013": "eligible"`), "article4_before_2013", ErrInvalidChoice, nil},
		{"barred country in a regional project (criterion 1): conditional is not an option", replace(`"cap_order": "line1-first"`, `"cap_order": "line1-first", "barred_in_regional": "conditional"`), "barred_in_regional", ErrInvalidChoice, nil},
		{"over the ceiling (criterion 2): needs-review is not an option", replace(`"cap_order": "line1-first"`, `"cap_order": "line1-first", "over_ceiling": "needs-review"`), "over_ceiling", ErrInvalidChoice, nil},
		{"over the ceiling (criterion 2): a JSON boolean", replace(`"cap_order": "line1-first"`, `"cap_order": "line1-first", "over_ceiling": true`), "over_ceiling", ErrInvalidParams, nil},
		{"regional minimum (criterion 3): 1", replace(`"cap_order": "line1-first"`, `"cap_order": "line1-first", "regional_minimum": 1`), "regional_minimum", ErrInvalidParams, nil},
		{"regional minimum (criterion 3): 1001", replace(`"cap_order": "line1-first"`, `"cap_order": "line1-first", "regional_minimum": 1001`), "regional_minimum", ErrInvalidParams, nil},
		{"regional minimum (criterion 3): a string", replace(`"cap_order": "line1-first"`, `"cap_order": "line1-first", "regional_minimum": "2"`), "regional_minimum", ErrInvalidParams, nil},
		{"regional minimum (criterion 3): a fraction", replace(`"cap_order": "line1-first"`, `"cap_order": "line1-first", "regional_minimum": 2.5`), "regional_minimum", ErrInvalidParams, nil},
		{"regional minimum citation: malformed", replace(`"cap_order": "line1-first"`, `"cap_order": "line1-first", "regional_minimum_source": "criterion 3"`), "regional_minimum_source", iomstrategy.ErrCitationSyntax, nil},
		{"share citation: malformed", replace(`"share": "0.30",`, `"share": "0.30", "share_source": "bullet 1",`), "share_source", iomstrategy.ErrCitationSyntax, nil},
		{"share citation: not the provision that states it", replace(`"share": "0.30",`, `"share": "0.30", "share_source": "MC/INF/302, para. 99",`), "share_source", ErrInvalidParams, nil},
		{"rounding citation: not in the source", replace(`"rounding": "half-even",`, `"rounding": "half-even", "rounding_source": "MC/INF/302, para. 99",`), "rounding_source", iomstrategy.ErrUnknownCitation, nil},
		{"Line 1 ceiling citation without a ceiling", replace(`"share": "0.30",`, `"share": "0.30", "line1_ceiling_source": "MC/INF/302, para. 9",`), "line1_ceiling_source", ErrInvalidParams, nil},
		{"Line 1 ceiling citation with a ceiling of zero", replace(`"share": "0.30",`, `"share": "0.30", "line1_ceiling": "0.00", "line1_ceiling_source": "MC/INF/302, para. 9",`), "line1_ceiling_source", ErrInvalidParams, nil},
		{"successor citation with a year of zero", replace(`"share": "0.30",`, `"share": "0.30", "successor_year": 0, "successor": "Resolution 18 of 27 June 2018",`), "successor", ErrInvalidParams, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParseParams([]byte(tt.input))
			errs := paramsErrors(err)
			if len(errs) == 0 || errs[0] == nil {
				t.Fatalf("ParseParams = %v, want an *InputError", err)
			}
			if d := cmp.Diff(append([]string{tt.wantField}, tt.wantMore...), paramsFields(err)); d != "" {
				t.Errorf("ParseParams = %v; fields (-want +got):\n%s", err, d)
			}
			if errs[0].Field != tt.wantField || !errors.Is(err, tt.wantErr) {
				t.Errorf("ParseParams = %v (field %q), want field %q and %v", err, errs[0].Field, tt.wantField, tt.wantErr)
			}
			if d := cmp.Diff(Params{}, p); d != "" {
				t.Errorf("a refused file gave a partial result:\n%s", d)
			}
		})
	}
	// Several problems are all reported, each as an *InputError.
	_, err := ParseParams([]byte(`{"from": 2008, "through": 2018, "shares": "0.3", "baseline": "x"}`))
	want := []string{"shares", "share", "baseline", "first_year", "line1", "line2_national_ceiling", "line2_regional_ceiling",
		"rounding", "article4_lookback", "cap_order"}
	if d := cmp.Diff(want, paramsFields(err)); d != "" {
		t.Errorf("ParseParams = %v; fields (-want +got):\n%s", err, d)
	}
	for _, field := range want {
		if !strings.Contains(err.Error(), ": "+field+": ") && !strings.Contains(err.Error(), ": "+field+" ") {
			t.Errorf("message %q does not report %s", err, field)
		}
	}
}

// TestLookbackAndCapOrderText checks the text forms of the two choices of
// a parameter set where the sources are silent or differ.
func TestLookbackAndCapOrderText(t *testing.T) {
	for _, tt := range []struct {
		l    Lookback
		text string
	}{{TwoYears, "two-years"}, {TwoFullYears, "two-full-years"}} {
		b, err := tt.l.MarshalText()
		if err != nil || string(b) != tt.text || tt.l.String() != tt.text {
			t.Errorf("Lookback %d: MarshalText %q, %v; String %q; want %q", tt.l, b, err, tt.l.String(), tt.text)
		}
		var back Lookback
		if err := back.UnmarshalText([]byte(" " + strings.ToUpper(tt.text) + " ")); err != nil || back != tt.l {
			t.Errorf("Lookback %v round trip in upper case: %v, %v", tt.l, back, err)
		}
	}
	if Lookback(0).String() != "Lookback(0)" || Lookback(9).String() != "Lookback(9)" {
		t.Errorf("Lookback text forms of invalid values: %q, %q", Lookback(0).String(), Lookback(9).String())
	}
	if _, err := Lookback(0).MarshalText(); !errors.Is(err, ErrInvalidChoice) {
		t.Errorf("MarshalText of an unset look-back: %v", err)
	}
	var l Lookback
	if err := l.UnmarshalText([]byte("two full years")); !errors.Is(err, ErrInvalidChoice) || l != 0 {
		t.Errorf("UnmarshalText(two full years) = %v, left %v", err, l)
	}
	for _, tt := range []struct {
		o    CapOrder
		text string
	}{{CapLine2First, "line2-first"}, {CapLine1First, "line1-first"}, {CapLine2Only, "line2-only"}} {
		b, err := tt.o.MarshalText()
		if err != nil || string(b) != tt.text || tt.o.String() != tt.text {
			t.Errorf("CapOrder %d: MarshalText %q, %v; String %q; want %q", tt.o, b, err, tt.o.String(), tt.text)
		}
		var back CapOrder
		if err := back.UnmarshalText(b); err != nil || back != tt.o {
			t.Errorf("CapOrder %v round trip: %v, %v", tt.o, back, err)
		}
	}
	if CapOrder(4).String() != "CapOrder(4)" || CapOrder(9).String() != "CapOrder(9)" {
		t.Errorf("CapOrder(9).String() = %q", CapOrder(9).String())
	}
	if _, err := CapOrder(0).MarshalText(); !errors.Is(err, ErrInvalidChoice) {
		t.Errorf("MarshalText of an unset order: %v", err)
	}
	// Names are read in any case, as every choice of the package is.
	var o CapOrder
	if err := o.UnmarshalText([]byte(" Line2-First ")); err != nil || o != CapLine2First {
		t.Errorf("UnmarshalText( Line2-First ) = %v, %v", o, err)
	}
	o = CapLine1First
	if err := o.UnmarshalText([]byte("proportional")); !errors.Is(err, ErrInvalidChoice) || o != CapLine1First {
		t.Errorf("UnmarshalText(proportional) = %v, left %v", err, o)
	}
}

func TestPeriod(t *testing.T) {
	p := Years{2008, 2018}
	if p.String() != "2008-2018" || (Years{2010, 2010}).String() != "2010" {
		t.Errorf("Years.String: %q, %q", p.String(), (Years{2010, 2010}).String())
	}
	for year, want := range map[int]bool{2007: false, 2008: true, 2013: true, 2018: true, 2019: false} {
		if p.Contains(year) != want {
			t.Errorf("2008-2018 contains %d: %v, want %v", year, p.Contains(year), want)
		}
	}
}

// FuzzParseParams checks that the reader of caller parameter files never
// panics, that every refusal is *InputError values, that what it accepts
// validates and is marked as a caller's, and that it writes back to what
// it read.
func FuzzParseParams(f *testing.F) {
	f.Add([]byte(builtinJSON))
	f.Add([]byte(whatIfJSON))
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"share": "0.3e1"}`))
	f.Add([]byte(`{"from": 99999999999999999999}`))
	f.Add([]byte(strings.Replace(whatIfJSON, `"0.30"`, `"00.30000"`, 1)))
	// An absent Line 1 ceiling or successor given as zero, with a citation.
	f.Add([]byte(strings.Replace(whatIfJSON, `"share": "0.30",`, `"share": "0.30", "line1_ceiling": "0", "line1_ceiling_source": "Resolution 1150 (XCIII), Annex, Part III, bullet 5",`, 1)))
	f.Add([]byte(strings.Replace(whatIfJSON, `"share": "0.30",`, `"share": "0.30", "successor_year": 0, "successor": "Resolution 18 of 27 June 2018",`, 1)))
	// The readings of screening: options, a value outside them, a citation
	// without its value.
	f.Add([]byte(strings.Replace(whatIfJSON, `"share": "0.30",`, `"share": "0.30", "over_ceiling": "ineligible", "barred_in_regional": "Eligible", "regional_minimum": 3,`, 1)))
	f.Add([]byte(strings.Replace(whatIfJSON, `"share": "0.30",`, `"share": "0.30", "over_ceiling": "needs-review", "regional_minimum": 0,`, 1)))
	f.Add([]byte(strings.Replace(whatIfJSON, `"share": "0.30",`, `"share": "0.30", "article4_before_2013_source": "MC/INF/302, para. 9",`, 1)))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseParams(data)
		if err != nil {
			for _, ie := range paramsErrors(err) {
				if ie == nil {
					t.Fatalf("error %v is not *InputError values", err)
				}
			}
			if d := cmp.Diff(Params{}, p); d != "" {
				t.Fatalf("a refused file gave a partial result:\n%s", d)
			}
			return
		}
		if err := p.Validate(); err != nil || !p.CallerSupplied {
			t.Fatalf("accepted a set that does not validate (%v) or is not marked as a caller's", err)
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("Marshal of an accepted set: %v", err)
		}
		q, err := ParseParams(b)
		if err != nil {
			t.Fatalf("reading back %s: %v", b, err)
		}
		if d := cmp.Diff(p, q); d != "" {
			t.Fatalf("round trip changed the set (-first +second):\n%s", d)
		}
	})
}
