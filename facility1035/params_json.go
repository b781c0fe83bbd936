package facility1035

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"sort"

	"github.com/policycode/iomstrategy"
)

// callerSetName is the Name given to a caller's set that names itself
// nothing.
const callerSetName = "caller-supplied parameters"

// The keys of the JSON form that describe the set as a whole; the rule
// parameters follow, as paramFields lists them.
var setKeys = []string{"name", "note", "from", "through", "source"}

// MarshalJSON writes the set in the form ParseParams reads: one flat object
// with snake_case keys in a fixed order (name, note, from, through, source,
// then each parameter followed by its citation), money as strings with two
// decimals ("20500000.00"), the share as a decimal string ("0.25"), years as
// numbers, choices and citations as text, and "line1_ceiling": null when the
// set has no Line 1 ceiling. An empty note, zero citations and an absent
// successor are left out. CallerSupplied is not written: a set read back
// from a file is a caller's. A value that fails its check (an unset rounding
// mode, a negative amount) is an error.
func (p Params) MarshalJSON() ([]byte, error) {
	kv := []any{"name", p.Name}
	if p.Note != "" {
		kv = append(kv, "note", p.Note)
	}
	kv = append(kv, "from", p.From, "through", p.Through)
	if !p.Source.IsZero() {
		kv = append(kv, "source", p.Source)
	}
	for _, f := range paramFields {
		if err := f.check(&p); err != nil {
			return nil, paramError(f.key, f.text(&p), err)
		}
		switch {
		case !f.absent(&p):
			kv = append(kv, f.key, f.write(&p))
		case f.key == "line1_ceiling":
			kv = append(kv, f.key, nil) // "no ceiling", written out: the documented form
		}
		if c := *f.cite(&p); !c.IsZero() {
			kv = append(kv, f.citeKey, c)
		}
	}
	return object(kv...)
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

// ParseParams reads a caller's parameter set: one JSON object with the
// fields MarshalJSON writes (marshal Resolution1150() for a template).
//
// Every rule parameter is required but line1_ceiling (absent or null: no
// ceiling), successor_year and the readings of screening
// (transition_economies, article4_before_2013, barred_in_regional,
// over_ceiling, regional_minimum: absent, the built-in reading); name, note, source and the citations are
// optional, and a value without a citation is reported as caller-supplied.
// Money is a string ParseUSD reads, the share a decimal string ("0.30"), a
// year a JSON integer. Unknown keys are refused (ErrUnknownField). Every
// problem is reported, each as an *InputError naming the field (joined with
// errors.Join); the set read passes Validate and is CallerSupplied.
func ParseParams(data []byte) (Params, error) {
	file := func(err error) (Params, error) { return Params{}, paramError("(file)", "", err) }
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var raw map[string]json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return file(failf(ErrInvalidParams, "expected one JSON object: %v", err))
	}
	if raw == nil {
		return file(failf(ErrInvalidParams, "expected one JSON object, got null"))
	}
	if _, err := dec.Token(); err != io.EOF {
		return file(failf(ErrInvalidParams, "unexpected data after the JSON object"))
	}
	var errs []error
	bad := func(field, value string, err error) { errs = append(errs, paramError(field, value, err)) }
	given := func(key string) (json.RawMessage, bool) {
		v, ok := raw[key]
		if !ok || string(bytes.TrimSpace(v)) == "null" {
			return nil, false
		}
		return v, true
	}

	known := slices.Clone(setKeys)
	for _, f := range paramFields {
		known = append(known, f.key, f.citeKey)
	}
	var unknown []string
	for k := range raw {
		if !slices.Contains(known, k) {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		bad(k, "", ErrUnknownField)
	}

	p := Params{CallerSupplied: true}
	text := func(key string) string {
		v, ok := given(key)
		if !ok {
			return ""
		}
		s, err := jsonString(v)
		if err != nil {
			bad(key, shorten(string(v)), err)
		}
		return s
	}
	citation := func(key string) iomstrategy.Citation {
		s := text(key)
		if s == "" {
			return iomstrategy.Citation{}
		}
		c, err := iomstrategy.ParseCitation(s)
		if err != nil {
			bad(key, s, err)
		}
		return c
	}
	year := func(key string) int {
		v, ok := given(key)
		if !ok {
			bad(key, "", iomstrategy.ErrMissing)
			return 0
		}
		y, s, err := yearCodec.read(v)
		if err != nil {
			bad(key, s, err)
		}
		return y
	}

	p.Name = text("name")
	if p.Name == "" {
		if _, ok := raw["name"]; ok {
			bad("name", "", iomstrategy.ErrMissing)
		}
		p.Name = callerSetName
	}
	p.Note = text("note")
	p.From = year("from")
	p.Through = year("through")
	p.Source = citation("source")
	for _, f := range paramFields {
		if v, ok := given(f.key); ok {
			if s, err := f.read(&p, v); err != nil {
				bad(f.key, s, err)
			}
		} else if f.required {
			bad(f.key, "", iomstrategy.ErrMissing)
		} else if f.defaulted {
			f.builtIn(&p) // an absent reading is the built-in one, with its citation
			if _, ok := given(f.citeKey); !ok {
				continue
			}
		} else if _, ok := given(f.citeKey); ok {
			bad(f.citeKey, "", failf(ErrInvalidParams, "a citation for a %s the set does not have", f.what))
			continue
		}
		*f.cite(&p) = citation(f.citeKey)
	}
	if len(errs) > 0 {
		return Params{}, errors.Join(errs...)
	}
	if err := p.Validate(); err != nil {
		return Params{}, err
	}
	return p, nil
}
