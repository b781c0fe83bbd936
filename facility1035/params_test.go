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

// TestResolution1150Values checks every value of the built-in set against
// the text of Part III, written out here by hand.
func TestResolution1150Values(t *testing.T) {
	p := Resolution1150()
	if err := p.Validate(); err != nil {
		t.Fatalf("built-in set does not validate: %v", err)
	}
	checks := []struct {
		name string
		got  decimal.Decimal
		want string
		cite iomstrategy.Citation
		src  iomstrategy.Citation
	}{
		{"share, 25 per cent (bullet 1)", p.Share.Value, "0.25", p.Share.Source, iomstrategy.PartIIIBullet(1)},
		{"baseline, USD 20.5 million (bullet 1)", p.Baseline.Value, "20500000.00", p.Baseline.Source, iomstrategy.PartIIIBullet(1)},
		{"Line 1, USD 1.4 million (bullet 5)", p.Line1.Value, "1400000.00", p.Line1.Source, iomstrategy.PartIIIBullet(5)},
		{"national ceiling, USD 200,000 (criterion 2)", p.Line2NationalCeiling.Value, "200000.00", p.Line2NationalCeiling.Source, iomstrategy.Criterion(2)},
		{"regional ceiling, USD 300,000 (criterion 3)", p.Line2RegionalCeiling.Value, "300000.00", p.Line2RegionalCeiling.Source, iomstrategy.Criterion(3)},
	}
	for _, c := range checks {
		if !c.got.Equal(decimal.RequireFromString(c.want)) || c.cite != c.src {
			t.Errorf("%s: %s cited %q, want %s cited %q", c.name, c.got, c.cite, c.want, c.src)
		}
	}
	if p.FirstYear != 2008 || p.From != 2008 || p.Through != 2018 || p.Line1Ceiling != nil ||
		p.Rounding != iomstrategy.HalfAwayFromZero || p.Article4Lookback != TwoYears || p.CapOrder != CapLine2First ||
		p.SuccessorYear != 2018 || p.Successor != iomstrategy.Doc(iomstrategy.Resolution18) || p.CallerSupplied {
		t.Errorf("built-in set: %+v", p)
	}
	// A new value on every call: changing one changes nothing else.
	p.Share.Value = decimal.New(1, 0)
	p.Line1Ceiling = &Amount{Value: decimal.New(5, 0)}
	if q := Resolution1150(); !q.Share.Value.Equal(decimal.New(25, -2)) || q.Line1Ceiling != nil {
		t.Errorf("Resolution1150 shares state between calls")
	}
}

// TestValidate checks each refusal of Params.Validate, each a *ParamError
// naming its field, matching ErrInvalidParams and its kind.
func TestValidate(t *testing.T) {
	tests := []struct {
		name      string
		change    func(*Params)
		wantField string
		wantErr   error
	}{
		{"empty name", func(p *Params) { p.Name = "" }, "name", ErrParamMissing},
		{"From after Through", func(p *Params) { p.From, p.Through = 2019, 2018 }, "through", ErrPeriodReversed},
		{"first year after the period", func(p *Params) { p.FirstYear = 2020 }, "first_year", ErrFirstYearAfterPeriod},
		{"successor year outside the period", func(p *Params) { p.SuccessorYear = 2019 }, "successor_year", ErrSuccessorYearOutsidePeriod},
		{"negative share (bullet 1)", func(p *Params) { p.Share.Value = decimal.RequireFromString("-0.01") }, "share", ErrShareNegative},
		{"share above 1 (bullet 1)", func(p *Params) { p.Share.Value = decimal.RequireFromString("1.0001") }, "share", ErrShareAboveOne},
		{"negative baseline", func(p *Params) { p.Baseline.Value = decimal.RequireFromString("-1") }, "baseline", ErrParamNegative},
		{"baseline with fractions of a cent", func(p *Params) { p.Baseline.Value = decimal.RequireFromString("20500000.001") }, "baseline", ErrParamSubCent},
		{"negative Line 1", func(p *Params) { p.Line1.Value = decimal.RequireFromString("-1400000") }, "line1", ErrParamNegative},
		{"Line 1 ceiling with fractions of a cent", func(p *Params) { p.Line1Ceiling = &Amount{Value: decimal.RequireFromString("0.125")} }, "line1_ceiling", ErrParamSubCent},
		{"negative national ceiling", func(p *Params) { p.Line2NationalCeiling.Value = decimal.RequireFromString("-0.01") }, "line2_national_ceiling", ErrParamNegative},
		{"regional ceiling with fractions of a cent", func(p *Params) { p.Line2RegionalCeiling.Value = decimal.RequireFromString("300000.009") }, "line2_regional_ceiling", ErrParamSubCent},
		{"unset rounding", func(p *Params) { p.Rounding = iomstrategy.RoundingUnset }, "rounding", iomstrategy.ErrRoundingMode},
		{"unknown rounding", func(p *Params) { p.Rounding = iomstrategy.RoundingMode(99) }, "rounding", iomstrategy.ErrRoundingMode},
		{"unset look-back (Article 4)", func(p *Params) { p.Article4Lookback = LookbackUnset }, "article4_lookback", ErrLookback},
		{"unset cap order (bullet 2)", func(p *Params) { p.CapOrder = CapOrderUnset }, "cap_order", ErrCapOrder},
		{"a citation not in the source", func(p *Params) { p.Share.Source = iomstrategy.PartIIIBullet(6) }, "share_source", iomstrategy.ErrUnknownCitation},
		{"a Line 1 ceiling citing nothing real", func(p *Params) {
			p.Line1Ceiling = &Amount{Value: decimal.New(1, 0), Source: iomstrategy.Para(99)}
		}, "line1_ceiling_source", iomstrategy.ErrUnknownCitation},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Resolution1150()
			tt.change(&p)
			err := p.Validate()
			var pe *ParamError
			if !errors.As(err, &pe) {
				t.Fatalf("Validate() = %v, want a *ParamError", err)
			}
			if pe.Field != tt.wantField || !errors.Is(err, tt.wantErr) || !errors.Is(err, ErrInvalidParams) {
				t.Errorf("Validate() = %v (field %q), want field %q and %v", err, pe.Field, tt.wantField, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantField) {
				t.Errorf("message %q does not name the field", err)
			}
		})
	}
	// Edges that are allowed: share 0 and 1, zero amounts, zero citations.
	p := Resolution1150()
	p.Share = Rate{Value: decimal.New(1, 0)}
	p.Line1 = Amount{}
	p.Baseline = Amount{}
	if err := p.Validate(); err != nil {
		t.Errorf("share 1, zero Line 1 and baseline without citations: %v", err)
	}
	// The zero Params reports every missing choice at once.
	err := Params{}.Validate()
	for _, want := range []error{ErrParamMissing, iomstrategy.ErrRoundingMode, ErrLookback, ErrCapOrder} {
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
  "successor": "Resolution 18 of 27 June 2018",
  "successor_year": 2018
}`

// whatIfJSON is a caller's set without citations: share 30 per cent.
const whatIfJSON = `{
  "name": "what-if: share 30 per cent",
  "from": 2008, "through": 2018, "first_year": 2008,
  "share": "0.30", "baseline": "USD 20,500,000.00", "line1": "1400000",
  "line2_national_ceiling": "200000.00", "line2_regional_ceiling": "300000.00",
  "rounding": "half-even", "article4_lookback": "two-full-years", "cap_order": "line1-first"
}`

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
	p, err = ReadParams(strings.NewReader(whatIfJSON))
	if err != nil {
		t.Fatal(err)
	}
	want = Params{
		Name: "what-if: share 30 per cent", From: 2008, Through: 2018, FirstYear: 2008,
		Share:                Rate{Value: decimal.RequireFromString("0.30")},
		Baseline:             Amount{Value: decimal.RequireFromString("20500000")},
		Line1:                Amount{Value: decimal.RequireFromString("1400000")},
		Line2NationalCeiling: Amount{Value: decimal.RequireFromString("200000")},
		Line2RegionalCeiling: Amount{Value: decimal.RequireFromString("300000")},
		Rounding:             iomstrategy.HalfEven, Article4Lookback: TwoFullYears, CapOrder: CapLine1First,
		CallerSupplied: true,
	}
	if d := cmp.Diff(want, p); d != "" {
		t.Errorf("ReadParams(what-if) (-want +got):\n%s", d)
	}
	if p.SourceOf(p.Share.Source) != "caller-supplied" || Resolution1150().SourceOf(iomstrategy.Citation{}) != "uncited" {
		t.Errorf("SourceOf: %q, %q", p.SourceOf(p.Share.Source), Resolution1150().SourceOf(iomstrategy.Citation{}))
	}

	// json.Unmarshal into a Params reads and validates the same way.
	var q Params
	if err := json.Unmarshal([]byte(whatIfJSON), &q); err != nil || !q.Equal(want) {
		t.Errorf("json.Unmarshal: %v, %+v", err, q)
	}

	// A Line 1 ceiling and no name.
	p, err = ParseParams([]byte(strings.Replace(whatIfJSON, `"name": "what-if: share 30 per cent",`,
		`"note": "illustrative", "line1_ceiling": "100,000.00", "line1_ceiling_source": "Resolution 1150 (XCIII), Annex, Part III, bullet 5",`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != DefaultCallerSetName || p.Note != "illustrative" || p.Line1Ceiling == nil || !p.Line1Ceiling.Value.Equal(decimal.New(100000, 0)) ||
		p.Line1Ceiling.Source != iomstrategy.PartIIIBullet(5) {
		t.Errorf("name %q, Line 1 ceiling %+v", p.Name, p.Line1Ceiling)
	}
	b, err = json.Marshal(p)
	if err != nil || !bytes.Contains(b, []byte(`"line1_ceiling":"100000.00"`)) || !bytes.Contains(b, []byte(`"note":"illustrative"`)) {
		t.Errorf("Marshal with a Line 1 ceiling: %s, %v", b, err)
	}
	// An unusable set cannot be written.
	if _, err := json.Marshal(Params{}); err == nil {
		t.Errorf("Marshal(Params{}) succeeded")
	}
}

// TestParseParamsErrors checks that a caller's file is refused with an
// error naming the field, and that every problem is reported.
func TestParseParamsErrors(t *testing.T) {
	replace := func(old, new string) string { return strings.Replace(whatIfJSON, old, new, 1) }
	tests := []struct {
		name      string
		input     string
		wantField string
		wantErr   error
	}{
		{"not JSON", `share: 0.3`, "(file)", ErrParamSyntax},
		{"an array", `[]`, "(file)", ErrParamSyntax},
		{"null", `null`, "(file)", ErrParamSyntax},
		{"trailing data", whatIfJSON + ` {}`, "(file)", ErrParamSyntax},
		{"unknown field (a typo)", replace(`"share"`, `"shares"`), "shares", ErrParamUnknownField},
		{"missing share", replace(`"share": "0.30", `, ``), "share", ErrParamMissing},
		{"null share", replace(`"0.30"`, `null`), "share", ErrParamMissing},
		{"missing cap order", replace(`, "cap_order": "line1-first"`, ``), "cap_order", ErrParamMissing},
		{"empty name", replace(`"what-if: share 30 per cent"`, `""`), "name", ErrParamMissing},
		{"share as a percentage", replace(`"0.30"`, `"30%"`), "share", ErrParamSyntax},
		{"share as a JSON number", replace(`"0.30"`, `0.3`), "share", ErrParamSyntax},
		{"share with an exponent", replace(`"0.30"`, `"3e-1"`), "share", ErrParamSyntax},
		{"negative share", replace(`"0.30"`, `"-0.30"`), "share", ErrShareNegative},
		{"share above one", replace(`"0.30"`, `"1.5"`), "share", ErrShareAboveOne},
		{"baseline in words", replace(`"USD 20,500,000.00"`, `"20.5 million"`), "baseline", iomstrategy.ErrInvalidAmount},
		{"baseline with three decimals", replace(`"USD 20,500,000.00"`, `"20500000.001"`), "baseline", iomstrategy.ErrInvalidAmount},
		{"negative Line 1", replace(`"1400000"`, `"-1400000"`), "line1", iomstrategy.ErrInvalidAmount},
		{"year as a string", replace(`"from": 2008`, `"from": "2008"`), "from", ErrParamSyntax},
		{"year with a fraction", replace(`"from": 2008`, `"from": 2008.5`), "from", ErrParamSyntax},
		{"period reversed", replace(`"from": 2008`, `"from": 2019`), "through", ErrPeriodReversed},
		{"unknown rounding", replace(`"half-even"`, `"bankers"`), "rounding", iomstrategy.ErrRoundingMode},
		{"unknown look-back", replace(`"two-full-years"`, `"2 years"`), "article4_lookback", ErrLookback},
		{"unknown cap order", replace(`"line1-first"`, `"proportional"`), "cap_order", ErrCapOrder},
		{"malformed citation", replace(`"share": "0.30",`, `"share": "0.30", "share_source": "bullet 1",`), "share_source", iomstrategy.ErrCitationSyntax},
		{"citation not in the source", replace(`"share": "0.30",`, `"share": "0.30", "share_source": "MC/INF/302, para. 99",`), "share_source", iomstrategy.ErrUnknownCitation},
		{"ceiling citation without a ceiling", replace(`"share": "0.30",`, `"share": "0.30", "line1_ceiling_source": "MC/INF/302, para. 9",`), "line1_ceiling_source", ErrParamSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParseParams([]byte(tt.input))
			var pe *ParamError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseParams = %v, want a *ParamError", err)
			}
			if pe.Field != tt.wantField || !errors.Is(err, tt.wantErr) || !errors.Is(err, ErrInvalidParams) {
				t.Errorf("ParseParams = %v (field %q), want field %q and %v", err, pe.Field, tt.wantField, tt.wantErr)
			}
			if !p.Equal(Params{}) {
				t.Errorf("a refused file gave a partial result: %+v", p)
			}
		})
	}
	// Several problems are all reported.
	err := func() error {
		_, err := ParseParams([]byte(`{"from": 2008, "through": 2018, "shares": "0.3", "baseline": "x"}`))
		return err
	}()
	for _, field := range []string{"shares", "share", "baseline", "first_year", "cap_order"} {
		if !strings.Contains(err.Error(), field+":") {
			t.Errorf("error %q does not report %s", err, field)
		}
	}
}

func TestLookbackAndCapOrderText(t *testing.T) {
	for _, l := range []Lookback{TwoYears, TwoFullYears} {
		b, err := l.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Lookback
		if err := back.UnmarshalText(b); err != nil || back != l {
			t.Errorf("Lookback %v round trip: %v, %v", l, back, err)
		}
	}
	if TwoYears.String() != "two-years" || TwoFullYears.String() != "two-full-years" || LookbackUnset.String() != "" ||
		TwoFullYears.Phrase() != "the preceding two full years" || TwoYears.Phrase() != "the preceding two years" {
		t.Errorf("Lookback text forms")
	}
	if _, err := LookbackUnset.MarshalText(); !errors.Is(err, ErrLookback) {
		t.Errorf("MarshalText of an unset look-back: %v", err)
	}
	var l Lookback
	if err := l.UnmarshalText([]byte("two full years")); !errors.Is(err, ErrLookback) || l != LookbackUnset {
		t.Errorf("UnmarshalText(two full years) = %v, left %v", err, l)
	}
	for _, o := range []CapOrder{CapLine2First, CapLine1First} {
		b, err := o.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back CapOrder
		if err := back.UnmarshalText(b); err != nil || back != o {
			t.Errorf("CapOrder %v round trip: %v, %v", o, back, err)
		}
	}
	if CapLine2First.String() != "line2-first" || CapLine1First.String() != "line1-first" || CapOrder(9).String() != "CapOrder(9)" {
		t.Errorf("CapOrder text forms")
	}
	if _, err := CapOrderUnset.MarshalText(); !errors.Is(err, ErrCapOrder) {
		t.Errorf("MarshalText of an unset order: %v", err)
	}
	var o CapOrder
	if err := o.UnmarshalText([]byte("Line2-First")); !errors.Is(err, ErrCapOrder) {
		t.Errorf("UnmarshalText(Line2-First) = %v", err)
	}
}

// TestSchedule checks the lookup of the rules in force for a year.
func TestSchedule(t *testing.T) {
	s := DefaultSchedule()
	for _, year := range []int{2008, 2013, 2018} {
		p, err := s.For(year)
		if err != nil || p.Name != "Resolution 1150 (XCIII)" {
			t.Errorf("For(%d) = %q, %v", year, p.Name, err)
		}
	}
	for _, tt := range []struct {
		year    int
		message string
	}{
		{2007, "no 1035 Facility rules in force for 2007 (the expanded Facility starts in 2008): the rules cover 2008-2018"},
		{2019, "no 1035 Facility rules in force for 2019: the rules cover 2008-2018"},
		{1, "no 1035 Facility rules in force for 1 (the expanded Facility starts in 2008): the rules cover 2008-2018"},
	} {
		_, err := s.For(tt.year)
		var nr *NoRulesError
		if !errors.As(err, &nr) || !errors.Is(err, ErrNoRules) || err.Error() != tt.message {
			t.Errorf("For(%d) = %v, want %q", tt.year, err, tt.message)
			continue
		}
		if d := cmp.Diff([]Period{{2008, 2018}}, nr.Covered); d != "" {
			t.Errorf("Covered (-want +got):\n%s", d)
		}
	}

	// A caller's set for later years extends the schedule.
	later := Resolution1150()
	later.Name, later.From, later.Through, later.SuccessorYear, later.Successor = "assumed 2019-2020", 2019, 2020, 0, iomstrategy.Citation{}
	later.CallerSupplied = true
	extended, err := s.With(later)
	if err != nil {
		t.Fatal(err)
	}
	if p, err := extended.For(2020); err != nil || p.Name != "assumed 2019-2020" {
		t.Errorf("extended For(2020) = %q, %v", p.Name, err)
	}
	if p, err := extended.For(2010); err != nil || p.Name != "Resolution 1150 (XCIII)" {
		t.Errorf("extended For(2010) = %q, %v", p.Name, err)
	}
	if d := cmp.Diff([]Period{{2008, 2020}}, extended.Covered()); d != "" {
		t.Errorf("extended Covered (-want +got):\n%s", d)
	}
	_, err = extended.For(2021)
	if err == nil || err.Error() != "no 1035 Facility rules in force for 2021: the rules cover 2008-2020" {
		t.Errorf("extended For(2021) = %v", err)
	}

	// A what-if for one year takes precedence for that year only.
	whatIf := Resolution1150()
	whatIf.Name, whatIf.From, whatIf.Through, whatIf.SuccessorYear = "what-if 2010", 2010, 2010, 0
	whatIf.Share = Rate{Value: decimal.RequireFromString("0.30")}
	ws, err := s.With(whatIf)
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := ws.For(2010); p.Name != "what-if 2010" {
		t.Errorf("what-if For(2010) = %q", p.Name)
	}
	if p, _ := ws.For(2011); p.Name != "Resolution 1150 (XCIII)" {
		t.Errorf("what-if For(2011) = %q", p.Name)
	}
	// The original schedule is untouched.
	if p, _ := s.For(2010); !p.Share.Value.Equal(decimal.New(25, -2)) {
		t.Errorf("With changed its receiver: share %s", p.Share.Value)
	}
	if len(s.Sets()) != 1 || len(ws.Sets()) != 2 {
		t.Errorf("Sets: %d and %d", len(s.Sets()), len(ws.Sets()))
	}

	// A set that does not validate is refused.
	bad := whatIf
	bad.Rounding = iomstrategy.RoundingUnset
	if _, err := s.With(bad); !errors.Is(err, iomstrategy.ErrRoundingMode) {
		t.Errorf("With(unset rounding) = %v", err)
	}

	// NewSchedule refuses overlapping sets, accepts adjacent ones.
	if _, err := NewSchedule(Resolution1150(), whatIf); !errors.Is(err, ErrScheduleOverlap) {
		t.Errorf("NewSchedule(overlapping) = %v", err)
	}
	if _, err := NewSchedule(Resolution1150(), bad); !errors.Is(err, ErrInvalidParams) {
		t.Errorf("NewSchedule(invalid) = %v", err)
	}
	gap := later
	gap.From, gap.Through = 2020, 2021
	ns, err := NewSchedule(Resolution1150(), gap)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]Period{{2008, 2018}, {2020, 2021}}, ns.Covered()); d != "" {
		t.Errorf("Covered with a gap (-want +got):\n%s", d)
	}
	if _, err := ns.For(2019); err == nil || !strings.HasSuffix(err.Error(), "the rules cover 2008-2018, 2020-2021") {
		t.Errorf("For(2019) with a gap = %v", err)
	}

	// The zero Schedule has no rules.
	if _, err := (Schedule{}).For(2010); err == nil || err.Error() != "no 1035 Facility rules in force for 2010: no years are covered" {
		t.Errorf("zero Schedule For(2010) = %v", err)
	}

	// What For returns is a copy.
	p, _ := s.For(2010)
	p.Line1Ceiling = &Amount{Value: decimal.New(1, 0)}
	if q, _ := s.For(2010); q.Line1Ceiling != nil {
		t.Errorf("For returned shared state")
	}
}

func TestPeriodAndClone(t *testing.T) {
	if (Period{2008, 2018}).String() != "2008-2018" || (Period{2010, 2010}).String() != "2010" {
		t.Errorf("Period.String")
	}
	p := Resolution1150()
	p.Line1Ceiling = &Amount{Value: decimal.New(5, 0)}
	q := p.Clone()
	q.Line1Ceiling.Value = decimal.New(6, 0)
	if !p.Line1Ceiling.Value.Equal(decimal.New(5, 0)) {
		t.Errorf("Clone shares the Line 1 ceiling")
	}
	if p.Equal(q) || !p.Equal(p.Clone()) {
		t.Errorf("Params.Equal")
	}
	if (Rate{Value: decimal.RequireFromString("0.125")}).Percent() != "12.5%" {
		t.Errorf("Percent")
	}
}

// FuzzParseParams checks that the reader of caller parameter files never
// panics, that what it accepts validates and is marked as a caller's, and
// that it writes back to what it read.
func FuzzParseParams(f *testing.F) {
	f.Add([]byte(builtinJSON))
	f.Add([]byte(whatIfJSON))
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"share": "0.3e1"}`))
	f.Add([]byte(`{"from": 99999999999999999999}`))
	f.Add([]byte(strings.Replace(whatIfJSON, `"0.30"`, `"00.30000"`, 1)))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseParams(data)
		if err != nil {
			if !errors.Is(err, ErrInvalidParams) {
				t.Fatalf("error %v does not match ErrInvalidParams", err)
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
		if !q.Equal(p) {
			t.Fatalf("round trip changed the set:\n%+v\n%+v", p, q)
		}
	})
}
