package facility1035

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/internal/plain"
	"github.com/shopspring/decimal"
)

// paramField is one rule parameter of a set: its JSON names, its value in
// the built-in set with the provision that states it, and how it is read,
// written and checked. paramFields drives Resolution1150, Validate,
// ParseParams, MarshalJSON and the explanations, so a new parameter is a
// field of Params and one entry here.
type paramField struct {
	key, citeKey string // the JSON keys of the value and of its citation
	what         string // the value in words: "share", "Line 2 national ceiling"
	required     bool   // a caller's file must give the value
	// citation is the provision the built-in set cites; states reports
	// whether that provision states the value (the share, the baseline),
	// rather than being the rule a choice of the text's silence applies to
	// (the rounding mode, the cap order).
	citation     iomstrategy.Citation
	citationText string // citation.String(), written once
	states       bool
	defaulted    bool // optional, and absent from a caller's file it is the built-in value

	builtIn func(*Params)                                  // sets the built-in value and citation
	cite    func(*Params) *iomstrategy.Citation            // the field's citation
	text    func(*Params) string                           // the value in its JSON text form
	show    func(*Params) string                           // the value for a person: "25%", "USD 200,000.00"
	absent  func(*Params) bool                             // an optional value the set does not have (zero)
	said    func(*Params) bool                             // the value is what the built-in citation states
	check   func(*Params) error                            // the value is usable
	read    func(*Params, json.RawMessage) (string, error) // reads the JSON value; returns the text for errors
	write   func(*Params) any                              // the JSON value (nil: null)
}

// codec reads and writes the values of one type of parameter.
type codec[T any] struct {
	read  func(json.RawMessage) (T, string, error) // the value, its text for errors
	write func(T) any                              // the JSON value
	text  func(T) string                           // the text form ("" for unset)
	show  func(T) string                           // the form a person reads; nil: the text form
	equal func(a, b T) bool
	check func(T) error // nil when any value is usable
}

// field binds a Params field of type Cited[T] to its entry.
func field[T any](key, citeKey, what string, required bool, get func(*Params) *iomstrategy.Cited[T], c codec[T], builtIn T, cite iomstrategy.Citation, states bool) paramField {
	return paramField{
		key: key, citeKey: citeKey, what: what, required: required, citation: cite, citationText: cite.String(), states: states,
		builtIn: func(p *Params) { *get(p) = iomstrategy.Cited[T]{Value: builtIn, Citation: cite} },
		cite:    func(p *Params) *iomstrategy.Citation { return &get(p).Citation },
		text:    func(p *Params) string { return c.text(get(p).Value) },
		show: func(p *Params) string {
			if c.show == nil {
				return c.text(get(p).Value)
			}
			return c.show(get(p).Value)
		},
		absent: func(p *Params) bool {
			var zero T
			return !required && c.equal(get(p).Value, zero)
		},
		said: func(p *Params) bool { return c.equal(get(p).Value, builtIn) },
		check: func(p *Params) error {
			if c.check == nil {
				return nil
			}
			return c.check(get(p).Value)
		},
		read: func(p *Params, raw json.RawMessage) (string, error) {
			v, text, err := c.read(raw)
			if err == nil {
				get(p).Value = v
			}
			return text, err
		},
		write: func(p *Params) any { return c.write(get(p).Value) },
	}
}

// paramFields are the rule parameters, in the order of the JSON form.
var paramFields = []paramField{
	field("share", "share_source", "share", true, func(p *Params) *iomstrategy.Cited[decimal.Decimal] { return &p.Share },
		rateCodec, decimal.New(25, -2), iomstrategy.PartIIIBullet(1), true),
	field("baseline", "baseline_source", "baseline", true, func(p *Params) *iomstrategy.Cited[iomstrategy.USD] { return &p.Baseline },
		moneyCodec, iomstrategy.USDFromCents(20_500_000_00), iomstrategy.PartIIIBullet(1), true),
	field("first_year", "first_year_source", "first year", true, func(p *Params) *iomstrategy.Cited[int] { return &p.FirstYear },
		yearCodec, 2008, iomstrategy.PartIIIBullet(1), true),
	field("line1", "line1_source", "Line 1 funding", true, func(p *Params) *iomstrategy.Cited[iomstrategy.USD] { return &p.Line1 },
		moneyCodec, iomstrategy.USDFromCents(1_400_000_00), iomstrategy.PartIIIBullet(5), true),
	field("line1_ceiling", "line1_ceiling_source", "Line 1 ceiling", false, func(p *Params) *iomstrategy.Cited[iomstrategy.USD] { return &p.Line1Ceiling },
		moneyCodec, iomstrategy.USD{}, iomstrategy.Citation{}, false),
	field("line2_national_ceiling", "line2_national_ceiling_source", "Line 2 national ceiling", true, func(p *Params) *iomstrategy.Cited[iomstrategy.USD] { return &p.Line2NationalCeiling },
		moneyCodec, iomstrategy.USDFromCents(200_000_00), iomstrategy.Criterion(2), true),
	field("line2_regional_ceiling", "line2_regional_ceiling_source", "Line 2 regional ceiling", true, func(p *Params) *iomstrategy.Cited[iomstrategy.USD] { return &p.Line2RegionalCeiling },
		moneyCodec, iomstrategy.USDFromCents(300_000_00), iomstrategy.Criterion(3), true),
	field("rounding", "rounding_source", "rounding mode", true, func(p *Params) *iomstrategy.Cited[iomstrategy.RoundingMode] { return &p.Rounding },
		textCodec[iomstrategy.RoundingMode](), iomstrategy.HalfAwayFromZero, iomstrategy.PartIIIBullet(1), false),
	field("article4_lookback", "article4_lookback_source", "Article 4 look-back", true, func(p *Params) *iomstrategy.Cited[Lookback] { return &p.Article4Lookback },
		textCodec[Lookback](), TwoYears, iomstrategy.ConstitutionArticle(4), false),
	field("cap_order", "cap_order_source", "cap order", true, func(p *Params) *iomstrategy.Cited[CapOrder] { return &p.CapOrder },
		textCodec[CapOrder](), CapLine2First, iomstrategy.PartIIIBullet(2), false),
	reading("transition_economies", "verdict on economies in transition", func(p *Params) *iomstrategy.Cited[Verdict] { return &p.TransitionEconomies },
		Eligible, iomstrategy.PartOpening(iomstrategy.PartIII), Eligible, Ineligible),
	reading("article4_before_2013", "verdict on Article 4 before 21 November 2013", func(p *Params) *iomstrategy.Cited[Verdict] { return &p.Article4Before2013 },
		Ineligible, iomstrategy.Criterion(1), Ineligible, NeedsReview),
	reading("barred_in_regional", "verdict on a barred country in a regional project", func(p *Params) *iomstrategy.Cited[Verdict] { return &p.BarredInRegional },
		Ineligible, iomstrategy.Criterion(1), Ineligible, NeedsReview, Eligible),
	reading("over_ceiling", "verdict on a request over its ceiling", func(p *Params) *iomstrategy.Cited[Verdict] { return &p.OverCeiling },
		Conditional, iomstrategy.Criterion(2), Conditional, Ineligible),
	defaulted(field("regional_minimum", "regional_minimum_source", "regional minimum", false, func(p *Params) *iomstrategy.Cited[int] { return &p.RegionalMinimum },
		countCodec, 2, iomstrategy.Criterion(3), false)),
	field("successor_year", "successor", "successor's year", false, func(p *Params) *iomstrategy.Cited[int] { return &p.Successor },
		yearCodec, 2018, iomstrategy.Doc(iomstrategy.Resolution18), true),
}

// reading binds a reading of screening, a Verdict from allowed, to its
// entry: optional in a caller's file, where an absent reading is the
// built-in one.
func reading(key, what string, get func(*Params) *iomstrategy.Cited[Verdict], builtIn Verdict, cite iomstrategy.Citation, allowed ...Verdict) paramField {
	c := textCodec[Verdict]()
	c.check = func(v Verdict) error {
		if slices.Contains(allowed, v) {
			return nil
		}
		want := make([]string, len(allowed))
		for i, a := range allowed {
			want[i] = a.String()
		}
		return failf(ErrInvalidChoice, "%s: %q is not one of %s", what, v.String(), strings.Join(want, ", "))
	}
	return defaulted(field(key, key+"_source", what, false, get, c, builtIn, cite, false))
}

// defaulted marks an optional entry whose absence from a caller's file
// means the built-in value.
func defaulted(f paramField) paramField {
	f.defaulted = true
	return f
}

// countCodec reads a count of Member States, from 2 to 1000, as a JSON
// integer.
var countCodec = codec[int]{
	read: func(raw json.RawMessage) (int, string, error) {
		t := bytes.TrimSpace(raw)
		n, err := strconv.Atoi(string(t))
		if err != nil {
			return 0, shorten(string(t)), failf(ErrInvalidParams, "expected a count as a JSON integer, such as 2")
		}
		return n, string(t), nil
	},
	write: func(n int) any { return n },
	text:  strconv.Itoa,
	equal: func(a, b int) bool { return a == b },
	check: func(n int) error {
		if n < 2 || n > 1000 {
			return failf(ErrInvalidParams, "a regional project benefits at least 2 Member States: %d is out of range (2 to 1000)", n)
		}
		return nil
	},
}

// paramFieldNamed returns the entry whose value key is key.
func paramFieldNamed(key string) (paramField, bool) {
	for _, f := range paramFields {
		if f.key == key {
			return f, true
		}
	}
	return paramField{}, false
}

// jsonString reads a JSON string.
func jsonString(raw json.RawMessage) (string, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", failf(ErrInvalidParams, "expected a JSON string")
	}
	return s, nil
}

// moneyCodec reads money as a string ParseUSD accepts ("20500000.00",
// "USD 20,500,000.00") and writes it with two decimals.
var moneyCodec = codec[iomstrategy.USD]{
	read: func(raw json.RawMessage) (iomstrategy.USD, string, error) {
		s, err := jsonString(raw)
		if err != nil {
			return iomstrategy.USD{}, shorten(string(raw)), err
		}
		a, err := iomstrategy.ParseUSD(s)
		return a, s, err
	},
	write: func(a iomstrategy.USD) any { return a },
	text:  usdText,
	show:  iomstrategy.USD.String,
	equal: iomstrategy.USD.Equal,
	check: func(a iomstrategy.USD) error {
		if a.Sign() < 0 {
			return iomstrategy.ErrNegativeAmount
		}
		return nil
	},
}

// rateCodec reads a proportion as a decimal string ("0.25", "0.3", "1"): no
// exponent, no "%", no spaces.
var rateCodec = codec[decimal.Decimal]{
	read: func(raw json.RawMessage) (decimal.Decimal, string, error) {
		s, err := jsonString(raw)
		if err != nil {
			return decimal.Decimal{}, shorten(string(raw)), err
		}
		d, ok := plain.Decimal(s)
		if !ok {
			return d, s, failf(ErrInvalidParams, "expected a proportion as a decimal string, such as \"0.25\" for 25 per cent")
		}
		return d, s, nil
	},
	write: func(d decimal.Decimal) any { return d.String() },
	text:  decimal.Decimal.String,
	show:  percent,
	equal: decimal.Decimal.Equal,
	check: func(d decimal.Decimal) error {
		switch {
		case d.Sign() < 0:
			return failf(ErrInvalidParams, "the share is negative")
		case d.Cmp(decimal.New(1, 0)) > 0:
			return failf(ErrInvalidParams, "the share is above 1 (100 per cent)")
		}
		return nil
	},
}

// yearCodec reads a year as a JSON integer from 0 to 9999.
var yearCodec = codec[int]{
	read: func(raw json.RawMessage) (int, string, error) {
		t := bytes.TrimSpace(raw)
		y, err := strconv.Atoi(string(t))
		if err != nil || y < 0 || y > 9999 {
			return 0, shorten(string(t)), failf(ErrInvalidParams, "expected a year as a JSON integer from 0 to 9999, such as 2008")
		}
		return y, string(t), nil
	},
	write: func(y int) any { return y },
	text:  strconv.Itoa,
	equal: func(a, b int) bool { return a == b },
}

// textValue is a choice with a text form: a rounding mode, a look-back, a
// cap order. Its MarshalText refuses an unset or unknown value.
type textValue interface {
	comparable
	MarshalText() ([]byte, error)
}

// textCodec reads and writes a choice by its text form ("half-even",
// "two-years", "line2-first").
func textCodec[T textValue]() codec[T] {
	return codec[T]{
		read: func(raw json.RawMessage) (T, string, error) {
			var v T
			s, err := jsonString(raw)
			if err != nil {
				return v, shorten(string(raw)), err
			}
			err = any(&v).(interface{ UnmarshalText([]byte) error }).UnmarshalText([]byte(s))
			return v, s, err
		},
		write: func(v T) any { b, _ := v.MarshalText(); return string(b) },
		text:  func(v T) string { b, _ := v.MarshalText(); return string(b) }, // "" when unset
		equal: func(a, b T) bool { return a == b },
		check: func(v T) error {
			if validChoice(v) {
				return nil
			}
			_, err := v.MarshalText()
			return fmt.Errorf("%w (unset or unknown)", err)
		},
	}
}

// validChoice reports whether a choice is set and known.
func validChoice(v any) bool {
	switch v := v.(type) {
	case iomstrategy.RoundingMode:
		return v.Valid()
	case Lookback:
		return enumValid(lookbackNames, v)
	case CapOrder:
		return enumValid(capOrderNames, v)
	case Verdict:
		return v.Valid()
	}
	return false
}

func shorten(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}
