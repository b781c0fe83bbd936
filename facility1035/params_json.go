package facility1035

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/internal/plain"
	"github.com/shopspring/decimal"
)

// ErrParamUnknownField: a parameter file has a key that is not a field of
// a parameter set (a typo would otherwise be silently ignored).
var ErrParamUnknownField = errors.New("unknown field")

// ErrParamSyntax: a parameter file is not one JSON object, or a value has
// the wrong JSON type or form.
var ErrParamSyntax = errors.New("malformed parameter file")

// DefaultCallerSetName is the Name given to a caller's set that names
// itself nothing.
const DefaultCallerSetName = "caller-supplied parameters"

// paramsJSON is the JSON form of a parameter set: flat snake_case keys,
// money as strings with two decimals, the share as a decimal string,
// citations in their canonical text form.
type paramsJSON struct {
	Name                       string  `json:"name"`
	Note                       string  `json:"note,omitempty"`
	From                       int     `json:"from"`
	Through                    int     `json:"through"`
	Source                     string  `json:"source,omitempty"`
	Share                      string  `json:"share"`
	ShareSource                string  `json:"share_source,omitempty"`
	Baseline                   string  `json:"baseline"`
	BaselineSource             string  `json:"baseline_source,omitempty"`
	FirstYear                  int     `json:"first_year"`
	FirstYearSource            string  `json:"first_year_source,omitempty"`
	Line1                      string  `json:"line1"`
	Line1Source                string  `json:"line1_source,omitempty"`
	Line1Ceiling               *string `json:"line1_ceiling"`
	Line1CeilingSource         string  `json:"line1_ceiling_source,omitempty"`
	Line2NationalCeiling       string  `json:"line2_national_ceiling"`
	Line2NationalCeilingSource string  `json:"line2_national_ceiling_source,omitempty"`
	Line2RegionalCeiling       string  `json:"line2_regional_ceiling"`
	Line2RegionalCeilingSource string  `json:"line2_regional_ceiling_source,omitempty"`
	Rounding                   string  `json:"rounding"`
	RoundingSource             string  `json:"rounding_source,omitempty"`
	Article4Lookback           string  `json:"article4_lookback"`
	Article4LookbackSource     string  `json:"article4_lookback_source,omitempty"`
	CapOrder                   string  `json:"cap_order"`
	CapOrderSource             string  `json:"cap_order_source,omitempty"`
	Successor                  string  `json:"successor,omitempty"`
	SuccessorYear              int     `json:"successor_year,omitempty"`
}

// requiredParamFields are the keys a caller's file must give; the others
// (name, note, every *_source, source, line1_ceiling, successor,
// successor_year)
// are optional.
var requiredParamFields = []string{
	"from", "through", "share", "baseline", "first_year", "line1",
	"line2_national_ceiling", "line2_regional_ceiling", "rounding",
	"article4_lookback", "cap_order",
}

var knownParamFields = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range []string{
		"name", "note", "from", "through", "source", "share", "share_source", "baseline", "baseline_source",
		"first_year", "first_year_source", "line1", "line1_source", "line1_ceiling", "line1_ceiling_source",
		"line2_national_ceiling", "line2_national_ceiling_source", "line2_regional_ceiling",
		"line2_regional_ceiling_source", "rounding", "rounding_source", "article4_lookback",
		"article4_lookback_source", "cap_order", "cap_order_source", "successor", "successor_year",
	} {
		m[f] = true
	}
	return m
}()

// MarshalJSON writes the set in the form ReadParams reads: one flat object
// with snake_case keys, money as strings with two decimals ("20500000.00"),
// the share as a decimal string ("0.25"), citations as text, and
// "line1_ceiling": null when the set has no Line 1 ceiling. Zero citations
// are left out. CallerSupplied is not written: a set read back from a file
// is a caller's.
func (p Params) MarshalJSON() ([]byte, error) {
	if !p.Rounding.Valid() || !p.Article4Lookback.Valid() || !p.CapOrder.Valid() {
		return nil, p.validate(false)
	}
	j := paramsJSON{
		Name:                       p.Name,
		Note:                       p.Note,
		From:                       p.From,
		Through:                    p.Through,
		Source:                     p.Source.String(),
		Share:                      p.Share.Value.String(),
		ShareSource:                p.Share.Source.String(),
		Baseline:                   p.Baseline.Value.StringFixed(2),
		BaselineSource:             p.Baseline.Source.String(),
		FirstYear:                  p.FirstYear,
		FirstYearSource:            p.FirstYearSource.String(),
		Line1:                      p.Line1.Value.StringFixed(2),
		Line1Source:                p.Line1.Source.String(),
		Line2NationalCeiling:       p.Line2NationalCeiling.Value.StringFixed(2),
		Line2NationalCeilingSource: p.Line2NationalCeiling.Source.String(),
		Line2RegionalCeiling:       p.Line2RegionalCeiling.Value.StringFixed(2),
		Line2RegionalCeilingSource: p.Line2RegionalCeiling.Source.String(),
		Rounding:                   p.Rounding.String(),
		RoundingSource:             p.RoundingSource.String(),
		Article4Lookback:           p.Article4Lookback.String(),
		Article4LookbackSource:     p.Article4LookbackSource.String(),
		CapOrder:                   p.CapOrder.String(),
		CapOrderSource:             p.CapOrderSource.String(),
		Successor:                  p.Successor.String(),
		SuccessorYear:              p.SuccessorYear,
	}
	if p.Line1Ceiling != nil {
		s := p.Line1Ceiling.Value.StringFixed(2)
		j.Line1Ceiling = &s
		j.Line1CeilingSource = p.Line1Ceiling.Source.String()
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads a set as ParseParams does, validation included; on
// error p is left unchanged.
func (p *Params) UnmarshalJSON(data []byte) error {
	parsed, err := ParseParams(data)
	if err != nil {
		return err
	}
	*p = parsed
	return nil
}

// ReadParams reads a caller's parameter set in the JSON form MarshalJSON
// writes (see ParseParams).
func ReadParams(r io.Reader) (Params, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Params{}, err
	}
	return ParseParams(data)
}

// ParseParams reads a caller's parameter set: one JSON object with the
// fields of the built-in set (print Resolution1150() with MarshalJSON for a
// template).
//
// Required: from, through, share, baseline, first_year, line1,
// line2_national_ceiling, line2_regional_ceiling, rounding,
// article4_lookback, cap_order. Optional: name (DefaultCallerSetName when
// absent), note (free text, kept but not used), line1_ceiling (absent or null: no ceiling), successor,
// successor_year, source, and every *_source citation. A value without a
// citation is reported as caller-supplied; a citation that is given must be
// in the canonical form and exist in the embedded source.
//
// Money values are strings read by iomstrategy.ParseUSD ("20500000.00",
// "USD 20,500,000.00"); the share is a decimal string ("0.30"); years are
// JSON integers. Unknown keys are refused. Every problem found is reported,
// each as a *ParamError naming the field (joined with errors.Join), and
// the set then passes Validate. The result has CallerSupplied set.
func ParseParams(data []byte) (Params, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var raw map[string]json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return Params{}, &ParamError{Field: "(file)", Err: fmt.Errorf("%w: expected one JSON object: %v", ErrParamSyntax, err)}
	}
	if raw == nil {
		return Params{}, &ParamError{Field: "(file)", Err: fmt.Errorf("%w: expected one JSON object, got null", ErrParamSyntax)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return Params{}, &ParamError{Field: "(file)", Err: fmt.Errorf("%w: unexpected data after the JSON object", ErrParamSyntax)}
	}
	r := paramReader{raw: raw}
	var unknown []string
	for k := range raw {
		if !knownParamFields[k] {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		r.fail(k, "", ErrParamUnknownField)
	}
	for _, k := range requiredParamFields {
		if v, ok := raw[k]; !ok || string(bytes.TrimSpace(v)) == "null" {
			r.fail(k, "", ErrParamMissing)
		}
	}

	p := Params{CallerSupplied: true}
	p.Name = r.text("name")
	if p.Name == "" {
		if _, given := raw["name"]; given {
			r.fail("name", "", ErrParamMissing)
		}
		p.Name = DefaultCallerSetName
	}
	p.Note = r.text("note")
	p.From = r.year("from")
	p.Through = r.year("through")
	p.Source = r.citation("source")
	p.Share = Rate{Value: r.rate("share"), Source: r.citation("share_source")}
	p.Baseline = Amount{Value: r.money("baseline"), Source: r.citation("baseline_source")}
	p.FirstYear = r.year("first_year")
	p.FirstYearSource = r.citation("first_year_source")
	p.Line1 = Amount{Value: r.money("line1"), Source: r.citation("line1_source")}
	if v, ok := raw["line1_ceiling"]; ok && string(bytes.TrimSpace(v)) != "null" {
		p.Line1Ceiling = &Amount{Value: r.money("line1_ceiling"), Source: r.citation("line1_ceiling_source")}
	} else if _, ok := raw["line1_ceiling_source"]; ok {
		r.fail("line1_ceiling_source", "", fmt.Errorf("%w: a citation for a Line 1 ceiling the set does not have", ErrParamSyntax))
	}
	p.Line2NationalCeiling = Amount{Value: r.money("line2_national_ceiling"), Source: r.citation("line2_national_ceiling_source")}
	p.Line2RegionalCeiling = Amount{Value: r.money("line2_regional_ceiling"), Source: r.citation("line2_regional_ceiling_source")}
	if s := r.text("rounding"); s != "" {
		m, err := iomstrategy.ParseRoundingMode(s)
		if err != nil {
			r.fail("rounding", s, err)
		}
		p.Rounding = m
	}
	p.RoundingSource = r.citation("rounding_source")
	if s := r.text("article4_lookback"); s != "" {
		l, err := ParseLookback(s)
		if err != nil {
			r.fail("article4_lookback", s, err)
		}
		p.Article4Lookback = l
	}
	p.Article4LookbackSource = r.citation("article4_lookback_source")
	if s := r.text("cap_order"); s != "" {
		o, err := ParseCapOrder(s)
		if err != nil {
			r.fail("cap_order", s, err)
		}
		p.CapOrder = o
	}
	p.CapOrderSource = r.citation("cap_order_source")
	p.Successor = r.citation("successor")
	p.SuccessorYear = r.year("successor_year")

	if len(r.errs) > 0 {
		return Params{}, errors.Join(r.errs...)
	}
	if err := p.Validate(); err != nil {
		return Params{}, err
	}
	return p, nil
}

// paramReader reads the values of a decoded object and collects every
// problem as a *ParamError. A missing optional key reads as the zero value.
type paramReader struct {
	raw  map[string]json.RawMessage
	errs []error
}

func (r *paramReader) fail(field, value string, err error) {
	r.errs = append(r.errs, &ParamError{Field: field, Value: value, Err: err})
}

// text returns a JSON string value ("" when absent or null).
func (r *paramReader) text(field string) string {
	v, ok := r.raw[field]
	if !ok || string(bytes.TrimSpace(v)) == "null" {
		return ""
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		r.fail(field, shorten(string(v)), fmt.Errorf("%w: expected a JSON string", ErrParamSyntax))
		return ""
	}
	return s
}

func (r *paramReader) year(field string) int {
	v, ok := r.raw[field]
	if !ok || string(bytes.TrimSpace(v)) == "null" {
		return 0
	}
	var n json.Number
	dec := json.NewDecoder(bytes.NewReader(v))
	dec.UseNumber()
	// json.Number would also take a quoted number: a year is a JSON number.
	if t := bytes.TrimSpace(v); len(t) == 0 || t[0] == '"' || dec.Decode(&n) != nil {
		r.fail(field, shorten(string(v)), fmt.Errorf("%w: expected a year as a JSON integer, such as 2008", ErrParamSyntax))
		return 0
	}
	y, err := strconv.Atoi(n.String())
	if err != nil || y < 0 || y > 9999 {
		r.fail(field, n.String(), fmt.Errorf("%w: expected a year as a JSON integer from 0 to 9999", ErrParamSyntax))
		return 0
	}
	return y
}

func (r *paramReader) money(field string) decimal.Decimal {
	s := r.text(field)
	if s == "" {
		return decimal.Decimal{}
	}
	d, err := iomstrategy.ParseUSD(s)
	if err != nil {
		r.fail(field, s, err)
		return decimal.Decimal{}
	}
	return d
}

// rate reads a decimal string: an optional "-", digits, and an optional
// fraction ("0.25", "0.3", "1"). No exponent, no "%", no spaces.
func (r *paramReader) rate(field string) decimal.Decimal {
	s := r.text(field)
	if s == "" {
		return decimal.Decimal{}
	}
	d, ok := parseRate(s)
	if !ok {
		r.fail(field, s, fmt.Errorf("%w: expected a proportion as a decimal string, such as \"0.25\" for 25 per cent", ErrParamSyntax))
		return decimal.Decimal{}
	}
	return d
}

func parseRate(s string) (decimal.Decimal, bool) { return plain.Decimal(s) }

func (r *paramReader) citation(field string) iomstrategy.Citation {
	s := r.text(field)
	if s == "" {
		return iomstrategy.Citation{}
	}
	c, err := iomstrategy.ParseCitation(s)
	if err != nil {
		r.fail(field, s, err)
		return iomstrategy.Citation{}
	}
	return c
}

func shorten(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}
