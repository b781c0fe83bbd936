package facility1035

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// pfIncome is a year with an excess over the baseline and no cap binding,
// so that every parameter shows in the steps:
// DI 28,000,000.00 - security 700,000.00 = 27,300,000.00;
// miscellaneous income 9,000,000.00 + 0.00.
var pfIncome = Income{
	Year:          2010,
	Discretionary: iomstrategy.USDFromCents(28_000_000_00),
	Security:      iomstrategy.USDFromCents(700_000_00),
	Unearmarked:   iomstrategy.USDFromCents(9_000_000_00),
}

// TestCitedValueSources checks how a parameter's value is shown in the
// steps of an allocation (Operand.Source and Step.Sentence) and listed by
// UncitedParams and Explain, whichever way it was changed: a value the
// text states is shown under its citation only when it is what the text
// says; a changed value that keeps the citation is a what-if that says
// what the text says; a value without a citation is caller-supplied in a
// caller's set and uncited in any other.
func TestCitedValueSources(t *testing.T) {
	const (
		bullet1 = "Resolution 1150 (XCIII), Annex, Part III, bullet 1"
		bullet5 = "Resolution 1150 (XCIII), Annex, Part III, bullet 5"
	)
	tests := []struct {
		name     string
		change   func(*Params)
		step     FormulaStep
		term     string
		source   string // the term's Source
		sentence string // the step's Sentence
		uncited  []string
	}{
		{
			name:   "share (Part III, bullet 1): 25% as the text says",
			change: func(*Params) {},
			step:   StepLine2Formula, term: "share", source: bullet1,
			// excess 27,300,000.00 - 20,500,000.00 = 6,800,000.00; 25% = 1,700,000.00.
			sentence: "Line 2 by formula is 25% of the excess USD 6,800,000.00: USD 1,700,000.00.",
		},
		{
			name:   "share (Part III, bullet 1): 50%, citation kept: a what-if",
			change: func(p *Params) { p.Share.Value = decimal.RequireFromString("0.5") },
			step:   StepLine2Formula, term: "share", source: "what-if: " + bullet1 + " says 25%",
			// 50% of 6,800,000.00 = 3,400,000.00.
			sentence: "Line 2 by formula is 50% (a what-if: " + bullet1 + " says 25%) of the excess USD 6,800,000.00: USD 3,400,000.00.",
			uncited:  []string{"share (what-if: " + bullet1 + " says 25%)"},
		},
		{
			name: "share (Part III, bullet 1): 50% in a caller's set, citation kept: a what-if all the same",
			change: func(p *Params) {
				p.Share.Value = decimal.RequireFromString("0.5")
				p.CallerSupplied = true
			},
			step: StepLine2Formula, term: "share", source: "what-if: " + bullet1 + " says 25%",
			sentence: "Line 2 by formula is 50% (a what-if: " + bullet1 + " says 25%) of the excess USD 6,800,000.00: USD 3,400,000.00.",
			uncited:  []string{"share (what-if: " + bullet1 + " says 25%)"},
		},
		{
			name: "share (Part III, bullet 1): 50% without a citation in a caller's set: caller-supplied",
			change: func(p *Params) {
				p.Share = iomstrategy.Cited[decimal.Decimal]{Value: decimal.RequireFromString("0.5")}
				p.CallerSupplied = true
			},
			step: StepLine2Formula, term: "share", source: "caller-supplied",
			sentence: "Line 2 by formula is 50% of the excess USD 6,800,000.00: USD 3,400,000.00.",
			uncited:  []string{"share (caller-supplied)"},
		},
		{
			name: "share (Part III, bullet 1): 50% without a citation in a set that is not a caller's: uncited",
			change: func(p *Params) {
				p.Share = iomstrategy.Cited[decimal.Decimal]{Value: decimal.RequireFromString("0.5")}
			},
			step: StepLine2Formula, term: "share", source: "uncited",
			sentence: "Line 2 by formula is 50% of the excess USD 6,800,000.00: USD 3,400,000.00.",
			uncited:  []string{"share (uncited)"},
		},
		{
			name: "share (Part III, bullet 1): 25% without a citation in a caller's set: caller-supplied, not a what-if",
			change: func(p *Params) {
				p.Share.Citation = iomstrategy.Citation{}
				p.CallerSupplied = true
			},
			step: StepLine2Formula, term: "share", source: "caller-supplied",
			sentence: "Line 2 by formula is 25% of the excess USD 6,800,000.00: USD 1,700,000.00.",
			uncited:  []string{"share (caller-supplied)"},
		},
		{
			name:   "baseline (Part III, bullet 1): USD 21,000,000.00, citation kept: a what-if",
			change: func(p *Params) { p.Baseline.Value = iomstrategy.USDFromCents(21_000_000_00) },
			step:   StepExcessOverBaseline, term: "baseline", source: "what-if: " + bullet1 + " says USD 20,500,000.00",
			// 27,300,000.00 - 21,000,000.00 = 6,300,000.00.
			sentence: "Discretionary income excluding security USD 27,300,000.00 is above the baseline, the 2007 Programme and Budget Discretionary Income of USD 21,000,000.00 (a what-if: " + bullet1 + " says USD 20,500,000.00), by USD 6,300,000.00.",
			uncited:  []string{"baseline (what-if: " + bullet1 + " says USD 20,500,000.00)"},
		},
		{
			name: "baseline (Part III, bullet 1): without a citation in a caller's set: caller-supplied",
			change: func(p *Params) {
				p.Baseline.Citation = iomstrategy.Citation{}
				p.CallerSupplied = true
			},
			step: StepExcessOverBaseline, term: "baseline", source: "caller-supplied",
			sentence: "Discretionary income excluding security USD 27,300,000.00 is above the baseline, the 2007 Programme and Budget Discretionary Income of USD 20,500,000.00, by USD 6,800,000.00.",
			uncited:  []string{"baseline (caller-supplied)"},
		},
		{
			name:   "line1 (Part III, bullet 5): USD 1,500,000.00, citation kept: a what-if",
			change: func(p *Params) { p.Line1.Value = iomstrategy.USDFromCents(1_500_000_00) },
			step:   StepLine1Funding, term: "line1", source: "what-if: " + bullet5 + " says USD 1,400,000.00",
			sentence: "Line 1 is the original funding of the Facility: USD 1,500,000.00 (a what-if: " + bullet5 + " says USD 1,400,000.00).",
			uncited:  []string{"line1 (what-if: " + bullet5 + " says USD 1,400,000.00)"},
		},
		{
			name:   "line1 (Part III, bullet 5): without a citation in a set that is not a caller's: uncited",
			change: func(p *Params) { p.Line1.Citation = iomstrategy.Citation{} },
			step:   StepLine1Funding, term: "line1", source: "uncited",
			sentence: "Line 1 is the original funding of the Facility: USD 1,400,000.00.",
			uncited:  []string{"line1 (uncited)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Resolution1150()
			tt.change(&p)
			a, err := Allocate(pfIncome, p)
			if err != nil {
				t.Fatal(err)
			}
			s, ok := allocStep(a, tt.step)
			if !ok {
				t.Fatalf("no step %s", tt.step)
			}
			term, ok := allocTerm(s, tt.term)
			if !ok {
				t.Fatalf("step %s has no term %s", tt.step, tt.term)
			}
			if term.Source != tt.source {
				t.Errorf("source of %s:\n got %q\nwant %q", tt.term, term.Source, tt.source)
			}
			if got := s.Sentence(); got != tt.sentence {
				t.Errorf("sentence of %s:\n got %q\nwant %q", tt.step, got, tt.sentence)
			}
			if d := cmp.Diff(tt.uncited, a.UncitedParams()); d != "" {
				t.Errorf("UncitedParams (-want +got):\n%s", d)
			}
			text := a.Explain()
			if tt.uncited == nil {
				if strings.Contains(text, "Values without") {
					t.Errorf("Explain() lists values without their citation for a fully cited set:\n%s", text)
				}
			} else if want := "Values without the citation of their text: " + strings.Join(tt.uncited, ", ") + ".\n"; !strings.Contains(text, want) {
				t.Errorf("Explain() lacks %q:\n%s", want, text)
			}
			// The JSON of the step carries the same source: a parameter
			// with its citation, or with a note in place of a citation
			// when the value is not what a provision states.
			wantJSON := `"source":"parameter","citation":"` + tt.source + `"`
			if tt.source == "uncited" || tt.source == "caller-supplied" || strings.HasPrefix(tt.source, "what-if: ") {
				wantJSON = `"source":"parameter","note":"` + tt.source + `"`
			}
			b, err := json.Marshal(s)
			if err != nil || !strings.Contains(string(b), `"name":"`+tt.term+`","value":"`) || !strings.Contains(string(b), wantJSON) {
				t.Errorf("JSON of the step: %s, %v", b, err)
			}
		})
	}
}

// TestFullyCitedSet checks that the built-in set, every value cited to the
// provision that states it or the rule it applies to, gives an allocation
// with nothing uncited, in every year it governs and under each cap order.
func TestFullyCitedSet(t *testing.T) {
	for _, order := range []CapOrder{CapLine2First, CapLine1First, CapLine2Only} {
		for year := 2008; year <= 2018; year++ {
			p := Resolution1150()
			p.CapOrder.Value = order
			in := pfIncome
			in.Year = year
			a, err := Allocate(in, p)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.UncitedParams(); len(got) != 0 {
				t.Errorf("%d, %v: UncitedParams() = %q", year, order, got)
			}
			if text := a.Explain(); strings.Contains(text, "Values without") || strings.Contains(text, "caller-supplied") || strings.Contains(text, "what-if") {
				t.Errorf("%d, %v: Explain() reports a value without its citation:\n%s", year, order, text)
			}
		}
	}
}

// TestValidateStatedCitations checks that each value the sources state may
// cite only the provision that states it (Params.Validate, and Allocate,
// which checks where a citation points without looking it up): the share
// cited to anything but Part III, bullet 1 is refused, the share cited to
// bullet 1 or to nothing is accepted.
func TestValidateStatedCitations(t *testing.T) {
	tests := []struct {
		name string
		cite iomstrategy.Citation
		ok   bool
	}{
		{"Part III, bullet 1, which states 25 per cent", iomstrategy.PartIIIBullet(1), true},
		{"no citation", iomstrategy.Citation{}, true},
		{"Part III, bullet 2", iomstrategy.PartIIIBullet(2), false},
		{"Part III, bullet 5", iomstrategy.PartIIIBullet(5), false},
		{"Part III, bullet 5, criterion 2", iomstrategy.Criterion(2), false},
		{"Part III, opening paragraph", iomstrategy.PartOpening(iomstrategy.PartIII), false},
		{"MC/INF/302, para. 10", iomstrategy.Para(10), false},
		{"Resolution 1150 (XCIII), para. 5", iomstrategy.ResolutionPara(5), false},
		{"Resolution 1150 (XCIII) as a whole", iomstrategy.Doc(iomstrategy.Resolution1150), false},
	}
	for _, tt := range tests {
		t.Run("share (Part III, bullet 1) cited to "+tt.name, func(t *testing.T) {
			p := Resolution1150()
			p.Share.Citation = tt.cite
			for _, check := range []struct {
				what string
				err  error
			}{
				{"Validate", p.Validate()},
				{"Allocate", func() error { _, err := Allocate(pfIncome, p); return err }()},
			} {
				if tt.ok {
					if check.err != nil {
						t.Errorf("%s: %v", check.what, check.err)
					}
					continue
				}
				var ie *InputError
				if !errors.As(check.err, &ie) || ie.Field != "share_source" || ie.Value != tt.cite.String() || !errors.Is(check.err, ErrInvalidParams) {
					t.Errorf("%s = %v, want an *InputError for share_source %q matching ErrInvalidParams", check.what, check.err, tt.cite)
				}
			}
		})
	}
}

// TestParamsJSONRoundTrip checks that MarshalJSON writes what ParseParams
// reads back, as a caller's set, for the built-in set and for changed ones.
func TestParamsJSONRoundTrip(t *testing.T) {
	tests := []struct {
		name   string
		params func() Params
	}{
		{"the built-in set", Resolution1150},
		{"share 50 per cent, cited to Part III, bullet 1 (a what-if)", func() Params {
			p := Resolution1150()
			p.Share.Value = decimal.RequireFromString("0.5")
			return p
		}},
		{"in force to 2025 (WithPeriod), half-even rounding without a citation, a Line 1 ceiling, a note", func() Params {
			p := Resolution1150().WithPeriod(2008, 2025)
			p.Rounding = iomstrategy.Cited[iomstrategy.RoundingMode]{Value: iomstrategy.HalfEven}
			p.Line1Ceiling = iomstrategy.Cited[iomstrategy.USD]{Value: iomstrategy.USDFromCents(150_000_00)}
			p.Note = "illustrative, not a Council decision"
			return p
		}},
		{"for 2019-2020 without a successor, no citations at all", func() Params {
			p := Resolution1150().WithPeriod(2019, 2020)
			p.Source = iomstrategy.Citation{}
			for _, f := range paramFields {
				*f.cite(&p) = iomstrategy.Citation{}
			}
			return p
		}},
		{"cap over Line 2 only, every reading of screening on its option", func() Params {
			p := Resolution1150()
			p.CapOrder.Value = CapLine2Only
			p.TransitionEconomies.Value = Ineligible
			p.Article4Before2013.Value = NeedsReview
			p.BarredInRegional.Value = Eligible
			p.OverCeiling.Value = Ineligible
			p.RegionalMinimum.Value = 3
			return p
		}},
		{"share 12.5 per cent cited to bullet 1, cap cutting Line 1 first, two full years", func() Params {
			p := Resolution1150()
			p.Share.Value = decimal.RequireFromString("0.125")
			p.CapOrder.Value = CapLine1First
			p.Article4Lookback.Value = TwoFullYears
			return p
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.params()
			if err := p.Validate(); err != nil {
				t.Fatalf("the set does not validate: %v", err)
			}
			b, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			q, err := ParseParams(b)
			if err != nil {
				t.Fatalf("ParseParams(%s): %v", b, err)
			}
			want := p
			want.CallerSupplied = true
			if d := cmp.Diff(want, q); d != "" {
				t.Errorf("round trip of %s (-want +got):\n%s", b, d)
			}
		})
	}
}

// TestParseParamsKeys checks the keys of a parameter file: every required
// key, written out here from the documentation of ParseParams, is refused
// when absent (iomstrategy.ErrMissing) and every optional key is not; a key that is
// not a field is refused (ErrUnknownField). Each refusal is one
// *InputError whose Field is the key.
func TestParseParamsKeys(t *testing.T) {
	var builtin map[string]json.RawMessage
	if err := json.Unmarshal([]byte(builtinJSON), &builtin); err != nil {
		t.Fatal(err)
	}
	without := func(key string) []byte {
		m := map[string]json.RawMessage{}
		for k, v := range builtin {
			if k != key && k != key+"_source" {
				m[k] = v
			}
		}
		if key == "successor_year" {
			delete(m, "successor")
		}
		b, _ := json.Marshal(m)
		return b
	}
	required := []string{"from", "through", "share", "baseline", "first_year", "line1",
		"line2_national_ceiling", "line2_regional_ceiling", "rounding", "article4_lookback", "cap_order"}
	for _, key := range required {
		t.Run("required: "+key, func(t *testing.T) {
			_, err := ParseParams(without(key))
			errs := paramsErrors(err)
			if len(errs) != 1 || errs[0] == nil || errs[0].Field != key || !errors.Is(err, iomstrategy.ErrMissing) {
				t.Errorf("ParseParams without %s = %v, want one *InputError for %s matching iomstrategy.ErrMissing", key, err, key)
			}
		})
	}
	// The readings of screening are optional: absent, the built-in one
	// (TestParseParamsReadingsAbsent).
	for _, key := range []string{"name", "source", "line1_ceiling", "successor_year", "share_source", "rounding_source",
		"transition_economies", "article4_before_2013", "barred_in_regional", "over_ceiling", "regional_minimum",
		"over_ceiling_source"} {
		t.Run("optional: "+key, func(t *testing.T) {
			if _, err := ParseParams(without(key)); err != nil {
				t.Errorf("ParseParams without %s: %v", key, err)
			}
		})
	}
	for _, key := range []string{"shares", "Share", "share source", "line2_ceiling", "caller_supplied", "successor_source"} {
		t.Run("unknown: "+key, func(t *testing.T) {
			m := map[string]json.RawMessage{}
			for k, v := range builtin {
				m[k] = v
			}
			m[key] = json.RawMessage(`"0.3"`)
			b, _ := json.Marshal(m)
			_, err := ParseParams(b)
			errs := paramsErrors(err)
			if len(errs) != 1 || errs[0] == nil || errs[0].Field != key || !errors.Is(err, ErrUnknownField) {
				t.Errorf("ParseParams with %q = %v, want one *InputError for %q matching ErrUnknownField", key, err, key)
			}
		})
	}
}

// TestWithPeriod checks WithPeriod: a what-if of the rules' years, the
// caller's, that keeps every value and citation and the successor only
// while its year is one of the set's.
func TestWithPeriod(t *testing.T) {
	// The built-in rules refuse 2024: Resolution No. 18 governs since 2018.
	in := pfIncome
	in.Year = 2024
	var nr *NoRulesError
	if _, err := Allocate(in, Resolution1150()); !errors.As(err, &nr) || nr.Year != 2024 {
		t.Fatalf("Allocate(2024, Resolution1150()) = %v, want a *NoRulesError", err)
	}

	extended := Resolution1150().WithPeriod(2008, 2025)
	want := Resolution1150()
	want.Name = "what-if: Resolution 1150 (XCIII) in force 2008-2025"
	want.Through = 2025
	want.CallerSupplied = true
	// Successor stays 2018, Resolution No. 18: still one of its years.
	if d := cmp.Diff(want, extended); d != "" {
		t.Errorf("WithPeriod(2008, 2025) (-want +got):\n%s", d)
	}
	if err := extended.Validate(); err != nil {
		t.Errorf("WithPeriod(2008, 2025) does not validate: %v", err)
	}
	a, err := Allocate(in, extended)
	if err != nil {
		t.Fatalf("Allocate(2024, WithPeriod(2008, 2025)): %v", err)
	}
	// As in 2010 under the built-in rules: excess 6,800,000.00, 25% = 1,700,000.00.
	if !a.Line2.Equal(iomstrategy.USDFromCents(1_700_000_00)) || !a.CallerSupplied || a.Transition ||
		a.Rules != "what-if: Resolution 1150 (XCIII) in force 2008-2025" || a.RulesYears != (Years{2008, 2025}) {
		t.Errorf("2024: Line 2 %s, caller-supplied %v, transition %v, rules %q (%s)", a.Line2, a.CallerSupplied, a.Transition, a.Rules, a.RulesYears)
	}
	if !strings.Contains(a.Explain(), "under what-if: Resolution 1150 (XCIII) in force 2008-2025 (2008-2025), a caller-supplied parameter set\n") {
		t.Errorf("Explain() does not name the what-if:\n%s", a.Explain())
	}
	// 2018 stays the year of transition.
	in.Year = 2018
	if a, err := Allocate(in, extended); err != nil || !a.Transition {
		t.Errorf("2018 under WithPeriod(2008, 2025): transition %v, %v", a.Transition, err)
	}

	// From 2019 the successor's year is not one of the set's: it is dropped.
	later := Resolution1150().WithPeriod(2019, 2025)
	if later.Successor != (iomstrategy.Cited[int]{}) || later.From != 2019 || later.Through != 2025 || !later.CallerSupplied ||
		later.Name != "what-if: Resolution 1150 (XCIII) in force 2019-2025" {
		t.Errorf("WithPeriod(2019, 2025): %+v", later)
	}
	if err := later.Validate(); err != nil {
		t.Errorf("WithPeriod(2019, 2025) does not validate: %v", err)
	}
	in.Year = 2019
	if a, err := Allocate(in, later); err != nil || a.Transition || !a.Line2.Equal(iomstrategy.USDFromCents(1_700_000_00)) {
		t.Errorf("2019 under WithPeriod(2019, 2025): %v, transition %v, Line 2 %s", err, a.Transition, a.Line2)
	}
	// A single year, and its name.
	if one := Resolution1150().WithPeriod(2019, 2019); one.Name != "what-if: Resolution 1150 (XCIII) in force 2019" {
		t.Errorf("WithPeriod(2019, 2019).Name = %q", one.Name)
	}

	// Through a schedule: the built-in one with the extended set allocates
	// 2019 and keeps the built-in set for its own years.
	s, err := DefaultSchedule().With(later)
	if err != nil {
		t.Fatal(err)
	}
	if a, err := s.Allocate(in); err != nil || a.Rules != later.Name {
		t.Errorf("DefaultSchedule().With(2019-2025).Allocate(2019): %v, rules %q", err, a.Rules)
	}
	in.Year = 2010
	if a, err := s.Allocate(in); err != nil || a.Rules != "Resolution 1150 (XCIII)" || a.CallerSupplied {
		t.Errorf("DefaultSchedule().With(2019-2025).Allocate(2010): %v, rules %q", err, a.Rules)
	}

	// A reversed period is not checked by WithPeriod but refused by
	// Validate, Allocate and Schedule.With.
	reversed := Resolution1150().WithPeriod(2025, 2019)
	for _, check := range []struct {
		what string
		err  error
	}{
		{"Validate", reversed.Validate()},
		{"Allocate", func() error { _, err := Allocate(in, reversed); return err }()},
		{"Schedule.With", func() error { _, err := DefaultSchedule().With(reversed); return err }()},
	} {
		var ie *InputError
		if !errors.As(check.err, &ie) || ie.Field != "through" || !errors.Is(check.err, ErrInvalidParams) {
			t.Errorf("%s of WithPeriod(2025, 2019) = %v, want an *InputError for through matching ErrInvalidParams", check.what, check.err)
		}
	}

	// The receiver is untouched.
	if d := cmp.Diff(Resolution1150(), func() Params { p := Resolution1150(); p.WithPeriod(2019, 2025); return p }()); d != "" {
		t.Errorf("WithPeriod changed its receiver (-want +got):\n%s", d)
	}
}

// pfReadingKeys are the keys of the readings of screening (issue 9), each
// optional in a caller's file.
var pfReadingKeys = []string{"transition_economies", "article4_before_2013", "barred_in_regional", "over_ceiling", "regional_minimum"}

// TestParseParamsReadingsAbsent checks that a caller's file without the
// readings of screening reads each as the built-in one, with the citation
// of the words it reads: not as a caller-supplied value.
func TestParseParamsReadingsAbsent(t *testing.T) {
	var builtin map[string]json.RawMessage
	if err := json.Unmarshal([]byte(builtinJSON), &builtin); err != nil {
		t.Fatal(err)
	}
	for _, k := range pfReadingKeys {
		if _, ok := builtin[k]; !ok {
			t.Fatalf("builtinJSON lacks %s", k)
		}
		delete(builtin, k)
		delete(builtin, k+"_source")
	}
	b, err := json.Marshal(builtin)
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParseParams(b)
	if err != nil {
		t.Fatalf("ParseParams without the readings: %v", err)
	}
	want := Resolution1150()
	want.CallerSupplied = true
	if d := cmp.Diff(want, p); d != "" {
		t.Errorf("ParseParams without the readings (-want +got):\n%s", d)
	}
	// Each reading by hand, with the provision it reads.
	for _, tt := range []struct {
		name string
		got  any
		want any
	}{
		{"transition_economies (Part III, opening paragraph): eligible", p.TransitionEconomies,
			iomstrategy.Cited[Verdict]{Value: Eligible, Citation: iomstrategy.PartOpening(iomstrategy.PartIII)}},
		{"article4_before_2013 (criterion 1): ineligible", p.Article4Before2013,
			iomstrategy.Cited[Verdict]{Value: Ineligible, Citation: iomstrategy.Criterion(1)}},
		{"barred_in_regional (criterion 1): ineligible", p.BarredInRegional,
			iomstrategy.Cited[Verdict]{Value: Ineligible, Citation: iomstrategy.Criterion(1)}},
		{"over_ceiling (criterion 2): conditional", p.OverCeiling,
			iomstrategy.Cited[Verdict]{Value: Conditional, Citation: iomstrategy.Criterion(2)}},
		{"regional_minimum (criterion 3): 2", p.RegionalMinimum,
			iomstrategy.Cited[int]{Value: 2, Citation: iomstrategy.Criterion(3)}},
	} {
		if d := cmp.Diff(tt.want, tt.got); d != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, d)
		}
	}
	// Written back, the set gives every reading with its citation.
	out, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"transition_economies":"eligible","transition_economies_source":"Resolution 1150 (XCIII), Annex, Part III, opening paragraph"`,
		`"over_ceiling":"conditional","over_ceiling_source":"Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2"`,
		`"regional_minimum":2,"regional_minimum_source":"Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 3"`,
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("MarshalJSON lacks %s:\n%s", want, out)
		}
	}
	// A reading given without its citation is the caller's (no citation),
	// not the built-in one: the same value, uncited.
	builtin["over_ceiling"] = json.RawMessage(`"conditional"`)
	b, _ = json.Marshal(builtin)
	p, err = ParseParams(b)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(iomstrategy.Cited[Verdict]{Value: Conditional}, p.OverCeiling); d != "" {
		t.Errorf("over_ceiling given without a citation (-want +got):\n%s", d)
	}
}

// TestReadingsRoundTrip checks each reading of screening with each value
// its option allows: MarshalJSON writes it under its key, ParseParams reads
// it back as it was; and a value the option does not allow is refused,
// naming the key.
func TestReadingsRoundTrip(t *testing.T) {
	verdict := func(set func(*Params, Verdict)) func(Verdict) func(*Params) {
		return func(v Verdict) func(*Params) { return func(p *Params) { set(p, v) } }
	}
	transition := verdict(func(p *Params, v Verdict) { p.TransitionEconomies.Value = v })
	article4 := verdict(func(p *Params, v Verdict) { p.Article4Before2013.Value = v })
	barred := verdict(func(p *Params, v Verdict) { p.BarredInRegional.Value = v })
	over := verdict(func(p *Params, v Verdict) { p.OverCeiling.Value = v })
	minimum := func(n int) func(*Params) { return func(p *Params) { p.RegionalMinimum.Value = n } }
	tests := []struct {
		name   string // the reading and its citation, the value
		change func(*Params)
		json   string // what MarshalJSON writes for it
	}{
		{"transition_economies (Part III, opening paragraph): eligible", transition(Eligible), `"transition_economies":"eligible"`},
		{"transition_economies (Part III, opening paragraph): ineligible (developing only)", transition(Ineligible), `"transition_economies":"ineligible"`},
		{"article4_before_2013 (criterion 1): ineligible", article4(Ineligible), `"article4_before_2013":"ineligible"`},
		{"article4_before_2013 (criterion 1): needs-review", article4(NeedsReview), `"article4_before_2013":"needs-review"`},
		{"barred_in_regional (criterion 1): ineligible", barred(Ineligible), `"barred_in_regional":"ineligible"`},
		{"barred_in_regional (criterion 1): needs-review", barred(NeedsReview), `"barred_in_regional":"needs-review"`},
		{"barred_in_regional (criterion 1): eligible (left out)", barred(Eligible), `"barred_in_regional":"eligible"`},
		{"over_ceiling (criterion 2): conditional", over(Conditional), `"over_ceiling":"conditional"`},
		{"over_ceiling (criterion 2): ineligible", over(Ineligible), `"over_ceiling":"ineligible"`},
		{"regional_minimum (criterion 3): 2", minimum(2), `"regional_minimum":2`},
		{"regional_minimum (criterion 3): 3", minimum(3), `"regional_minimum":3`},
		{"regional_minimum (criterion 3): 1000", minimum(1000), `"regional_minimum":1000`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Resolution1150()
			tt.change(&p)
			if err := p.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			b, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(b), tt.json) {
				t.Errorf("MarshalJSON lacks %s:\n%s", tt.json, b)
			}
			q, err := ParseParams(b)
			if err != nil {
				t.Fatalf("ParseParams(%s): %v", b, err)
			}
			want := p
			want.CallerSupplied = true
			if d := cmp.Diff(want, q); d != "" {
				t.Errorf("round trip (-want +got):\n%s", d)
			}
		})
	}

	refused := []struct {
		name    string
		key     string
		value   string // the JSON value given
		wantErr error
	}{
		{"transition_economies (Part III, opening paragraph): needs-review", "transition_economies", `"needs-review"`, ErrInvalidChoice},
		{"article4_before_2013 (criterion 1): eligible", "article4_before_2013", `"eligible"`, ErrInvalidChoice},
		{"article4_before_2013 (criterion 1): conditional", "article4_before_2013", `"conditional"`, ErrInvalidChoice},
		{"barred_in_regional (criterion 1): conditional", "barred_in_regional", `"conditional"`, ErrInvalidChoice},
		{"barred_in_regional (criterion 1): not a verdict", "barred_in_regional", `"left-out"`, ErrInvalidChoice},
		{"over_ceiling (criterion 2): needs-review", "over_ceiling", `"needs-review"`, ErrInvalidChoice},
		{"over_ceiling (criterion 2): eligible", "over_ceiling", `"eligible"`, ErrInvalidChoice},
		{"regional_minimum (criterion 3): 1", "regional_minimum", `1`, ErrInvalidParams},
		{"regional_minimum (criterion 3): -2", "regional_minimum", `-2`, ErrInvalidParams},
		{"regional_minimum (criterion 3): 1001", "regional_minimum", `1001`, ErrInvalidParams},
	}
	for _, tt := range refused {
		t.Run("refused: "+tt.name, func(t *testing.T) {
			var m map[string]json.RawMessage
			if err := json.Unmarshal([]byte(builtinJSON), &m); err != nil {
				t.Fatal(err)
			}
			m[tt.key] = json.RawMessage(tt.value)
			b, _ := json.Marshal(m)
			p, err := ParseParams(b)
			errs := paramsErrors(err)
			if len(errs) != 1 || errs[0] == nil || errs[0].Field != tt.key || !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseParams with %s %s = %v, want one *InputError for %s matching %v", tt.key, tt.value, err, tt.key, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.key) {
				t.Errorf("message %q does not name %s", err, tt.key)
			}
			if d := cmp.Diff(Params{}, p); d != "" {
				t.Errorf("a refused file gave a partial result:\n%s", d)
			}
		})
	}
}
