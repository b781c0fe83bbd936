package indicators

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// CheckKind is the shape of a relation between figures.
type CheckKind uint8

// The kinds of check.
const (
	// Relation: the sum of the Left summands stands in Comparison to the
	// sum of the Right summands ("203 + 314 = 517", "550 of the over
	// 1,600").
	Relation CheckKind = iota
	// Increasing: each observation of Series is above the one before ("has
	// been increasing").
	Increasing
	// Count: Record's figure is the number of Items the text lists
	// ("seven States (Burundi, India, ...)").
	Count
	numCheckKinds
)

var checkKindNames = [numCheckKinds]string{Relation: "relation", Increasing: "increasing", Count: "count"}

// String returns "relation", "increasing" or "count".
func (k CheckKind) String() string {
	if k < numCheckKinds {
		return checkKindNames[k]
	}
	return "CheckKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText writes the kind's name; an unknown kind is an error.
func (k CheckKind) MarshalText() ([]byte, error) {
	if k >= numCheckKinds {
		return nil, fmt.Errorf("%w: kind %s", ErrCheck, k)
	}
	return []byte(k.String()), nil
}

// Comparison is how the two sides of a Relation check compare.
type Comparison uint8

// The comparisons.
const (
	// IsWithin: every value the left side allows is one the right side
	// allows. The right side is the text's claim ("nearly a 20 million
	// increase"), the left the figures it is a claim about.
	IsWithin Comparison = iota
	// IsAtMost: left ≤ right ("of which 550 were started").
	IsAtMost
	// IsLess: left < right.
	IsLess
	numComparisons
)

var comparisonNames = [numComparisons]string{IsWithin: "within", IsAtMost: "≤", IsLess: "<"}

// String returns "within", "≤" or "<".
func (c Comparison) String() string {
	if c < numComparisons {
		return comparisonNames[c]
	}
	return "Comparison(" + strconv.Itoa(int(c)) + ")"
}

// MarshalText writes the comparison as String does; an unknown one is an
// error.
func (c Comparison) MarshalText() ([]byte, error) {
	if c >= numComparisons {
		return nil, fmt.Errorf("%w: comparison %s", ErrCheck, c)
	}
	return []byte(c.String()), nil
}

// Summand is one item of a side of a Relation check, the sides being sums:
// a record's figure or a constant of the text, added or (Negate)
// subtracted. Years multiplies a yearly rate by a number of years, making
// "persons per year" "persons".
type Summand struct {
	Record   string    `json:"record,omitempty"`
	Constant *Constant `json:"constant,omitempty"`
	Negate   bool      `json:"negate,omitempty"`
	Years    int       `json:"years,omitempty"`
}

// Constant is a number a check needs that is not a record: an ordinal of
// the text ("the third GFMD") or a number the check derives (the one year
// between two statements). Words and Citation say where the text has it;
// both are empty for a derived constant, and Why says what it is.
type Constant struct {
	Value    decimal.Decimal      `json:"value"`
	Unit     UnitOfMeasure        `json:"unit"`
	Words    string               `json:"words,omitempty"`
	Citation iomstrategy.Citation `json:"citation,omitzero"`
	Why      string               `json:"why,omitempty"`
}

// Check is a relation the text states between its own figures, with the
// words that state it and where. Evaluate says whether the figures, read
// with their qualifiers, bear it out.
type Check struct {
	// ID is stable and kebab-case: "emergency-projects-add-up".
	ID string `json:"id"`
	// Statement is what the text says, in its words.
	Statement string                 `json:"statement"`
	Citations []iomstrategy.Citation `json:"citations"`
	// Note is the reading the check makes where the text leaves room
	// ("needs review"), empty when there is none.
	Note string `json:"note,omitempty"`

	Kind CheckKind `json:"kind"`
	// Relation: Left Comparison Right.
	Left       []Summand  `json:"left,omitempty"`
	Comparison Comparison `json:"comparison"`
	Right      []Summand  `json:"right,omitempty"`
	// Increasing: the series.
	Series string `json:"series,omitempty"`
	// Count: the record and the names the text lists, verbatim.
	Record string   `json:"record,omitempty"`
	Items  []string `json:"items,omitempty"`
}

// Verdict is the outcome of a check.
type Verdict uint8

// The verdicts. The zero Verdict is no verdict: its String is "" and it
// does not marshal.
const (
	// Holds: every value the figures allow bears the relation out.
	Holds Verdict = iota + 1
	// Plausible: some values the figures allow bear it out, some do not:
	// the text does not contradict itself, and its figures are too loose
	// to prove the relation.
	Plausible
	// Fails: no value the figures allow bears it out: the text
	// contradicts itself under the readings of the Params.
	Fails
	numVerdicts
)

var verdictNames = [numVerdicts]string{Holds: "holds", Plausible: "plausible", Fails: "fails"}

// String returns "holds", "plausible" or "fails".
func (v Verdict) String() string {
	if v < numVerdicts {
		return verdictNames[v]
	}
	return "Verdict(" + strconv.Itoa(int(v)) + ")"
}

// MarshalText writes the verdict's name.
func (v Verdict) MarshalText() ([]byte, error) {
	if v == 0 || v >= numVerdicts {
		return nil, fmt.Errorf("%w: verdict %s", ErrCheck, v)
	}
	return []byte(v.String()), nil
}

// worse returns the worse of two verdicts: Fails over Plausible over Holds.
func worse(a, b Verdict) Verdict { return max(a, b) }

// Result is the outcome of a check, with the numbers used.
type Result struct {
	Check   Check   `json:"check"`
	Verdict Verdict `json:"verdict"`
	// Left and Right are the two sides of a Relation or Count check, as
	// intervals: for a Count, the number of items listed and the record's
	// interval.
	Left  Interval `json:"left"`
	Right Interval `json:"right"`
	// Rises are the consecutive pairs of observations of an Increasing
	// check, in order.
	Rises []Rise `json:"rises,omitempty"`
	// Unit is the unit both sides are in.
	Unit UnitOfMeasure `json:"unit"`
	// Numbers says in words what was compared: "emergency-response-projects
	// 203 + post-crisis-projects 314 = 517 within
	// emergency-and-post-crisis-projects 517".
	Numbers string `json:"numbers"`
	Params  Params `json:"params"`
}

// Rise is one pair of consecutive observations of an Increasing check, the
// rise the text claims between them: the earlier and later observations,
// the values each allows, and whether the later is above (Verdict).
type Rise struct {
	From       Record   `json:"from"`
	To         Record   `json:"to"`
	FromValues Interval `json:"from_values"`
	ToValues   Interval `json:"to_values"`
	Verdict    Verdict  `json:"verdict"`
}

// Validate reports whether c is a well-formed check: a kebab-case id, a
// statement, at least one citation, and the fields its kind needs. It does
// not look at any dataset. The error wraps ErrCheck.
func (c Check) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w %q: %s", ErrCheck, c.ID, fmt.Sprintf(format, args...))
	}
	switch {
	case !validID(c.ID):
		return bad("the id is not kebab-case")
	case strings.TrimSpace(c.Statement) == "":
		return bad("no statement")
	case len(c.Citations) == 0:
		return bad("no citation")
	}
	switch c.Kind {
	case Relation:
		if len(c.Left) == 0 || len(c.Right) == 0 {
			return bad("a relation needs summands on both sides")
		}
		if c.Comparison >= numComparisons {
			return bad("unknown comparison %s", c.Comparison)
		}
		for _, t := range slices.Concat(c.Left, c.Right) {
			if (t.Record == "") == (t.Constant == nil) {
				return bad("a summand needs a record or a constant, not both")
			}
			if t.Years < 0 {
				return bad("a summand's years must not be negative")
			}
			if t.Constant != nil && !t.Constant.Unit.Valid() {
				return bad("constant %s has no valid unit", t.Constant.Value)
			}
		}
	case Increasing:
		if c.Series == "" {
			return bad("an increasing check needs a series")
		}
	case Count:
		if c.Record == "" || len(c.Items) == 0 {
			return bad("a count needs a record and the items the text lists")
		}
	default:
		return bad("unknown kind %s", c.Kind)
	}
	return nil
}

// Verify checks c against the source text the root package embeds: its
// citations exist, each item of a Count is in the text of one of them, and
// each constant's words are in its citation's text. The error wraps
// ErrSource.
func (c Check) Verify() error {
	var texts []string
	for _, ci := range c.Citations {
		t, err := sourceText(ci)
		if err != nil {
			return fmt.Errorf("check %q: %w", c.ID, err)
		}
		texts = append(texts, t)
	}
	inAny := func(s string) bool {
		for _, t := range texts {
			if strings.Contains(t, normalizeSpace(s)) {
				return true
			}
		}
		return false
	}
	for _, it := range c.Items {
		if !inAny(it) {
			return fmt.Errorf("%w: check %q: item %q is not in %s", ErrSource, c.ID, it, citationList(c.Citations))
		}
	}
	for _, t := range slices.Concat(c.Left, c.Right) {
		k := t.Constant
		if k == nil || k.Words == "" {
			continue
		}
		text, err := sourceText(k.Citation)
		if err != nil {
			return fmt.Errorf("check %q: constant %s: %w", c.ID, k.Value, err)
		}
		if !strings.Contains(text, normalizeSpace(k.Words)) {
			return fmt.Errorf("%w: check %q: %q is not in %s", ErrSource, c.ID, k.Words, k.Citation)
		}
	}
	return nil
}

func citationList(cs []iomstrategy.Citation) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.String()
	}
	return strings.Join(s, "; ")
}

// Evaluate evaluates c on the records of d, read with p. A check that
// names a record or series d does not have, or mixes units, is an error
// (wrapping ErrUnknownID, ErrUnit or ErrCheck), not a verdict.
func (c Check) Evaluate(d Dataset, p Params) (Result, error) {
	if err := c.Validate(); err != nil {
		return Result{}, err
	}
	if err := p.Validate(); err != nil {
		return Result{}, err
	}
	res := Result{Check: c.clone(), Params: p}
	var err error
	switch c.Kind {
	case Relation:
		err = c.evalRelation(d, p, &res)
	case Increasing:
		err = c.evalIncreasing(d, p, &res)
	case Count:
		err = c.evalCount(d, p, &res)
	}
	if err != nil {
		return Result{}, fmt.Errorf("check %q: %w", c.ID, err)
	}
	return res, nil
}

func (c Check) clone() Check {
	c.Citations = append([]iomstrategy.Citation(nil), c.Citations...)
	c.Left = cloneSummands(c.Left)
	c.Right = cloneSummands(c.Right)
	c.Items = append([]string(nil), c.Items...)
	return c
}

func cloneSummands(ts []Summand) []Summand {
	out := make([]Summand, len(ts))
	for i, t := range ts {
		if t.Constant != nil {
			k := *t.Constant
			t.Constant = &k
		}
		out[i] = t
	}
	return out
}

// side sums the summands of one side: the interval, the unit and the words.
func side(summands []Summand, d Dataset, p Params) (Interval, UnitOfMeasure, string, error) {
	sum := Exactly(decimal.Zero)
	var unit UnitOfMeasure
	var words []string
	for i, t := range summands {
		var iv Interval
		var u UnitOfMeasure
		var w string
		if t.Constant != nil {
			iv, u = Exactly(t.Constant.Value), t.Constant.Unit
			w = t.Constant.Value.String()
			if t.Constant.Words != "" {
				w += " (" + strconv.Quote(t.Constant.Words) + ")"
			} else if t.Constant.Why != "" {
				w += " (" + t.Constant.Why + ")"
			}
		} else {
			r, err := d.Record(t.Record)
			if err != nil {
				return Interval{}, "", "", err
			}
			if iv, err = r.Interval(p); err != nil {
				return Interval{}, "", "", err
			}
			u = r.Unit
			w = r.ID + " " + describeFigure(r, iv)
		}
		if t.Years > 0 {
			if !u.IsRate() {
				return Interval{}, "", "", fmt.Errorf("%w: %s is in %s, not a yearly rate", ErrUnit, w, u)
			}
			iv, u = iv.Scale(decimal.NewFromInt(int64(t.Years))), u.Base()
			w = strconv.Itoa(t.Years) + " × " + w
		}
		if i == 0 {
			unit = u
		} else if u != unit {
			return Interval{}, "", "", fmt.Errorf("%w: %s is in %s, the side before it in %s", ErrUnit, w, u, unit)
		}
		switch {
		case t.Negate:
			iv = iv.neg()
			words = append(words, "- "+w)
		case i > 0:
			words = append(words, "+ "+w)
		default:
			words = append(words, w)
		}
		sum = sum.Add(iv)
	}
	return sum, unit, strings.Join(words, " "), nil
}

// describeFigure writes a record's figure with the interval it allows:
// "203" for an exact figure, "\"approximately 80,000\" [72000, 88000]".
func describeFigure(r Record, iv Interval) string {
	if r.Qualifier == Exact {
		return iv.String()
	}
	return strconv.Quote(r.Figure) + " " + iv.String()
}

func (c Check) evalRelation(d Dataset, p Params, res *Result) error {
	left, lu, lw, err := side(c.Left, d, p)
	if err != nil {
		return err
	}
	right, ru, rw, err := side(c.Right, d, p)
	if err != nil {
		return err
	}
	if lu != ru {
		return fmt.Errorf("%w: the left side is in %s, the right in %s", ErrUnit, lu, ru)
	}
	res.Left, res.Right, res.Unit = left, right, lu
	res.Verdict = compare(left, c.Comparison, right)
	lhs := lw
	if len(c.Left) > 1 || c.Left[0].Years > 0 {
		lhs += " = " + left.String()
	}
	rhs := rw
	if len(c.Right) > 1 {
		rhs += " = " + right.String()
	}
	res.Numbers = lhs + " " + c.Comparison.String() + " " + rhs
	return nil
}

func (c Check) evalIncreasing(d Dataset, p Params, res *Result) error {
	s, err := d.Series(c.Series)
	if err != nil {
		return err
	}
	if len(s.Records) < 2 {
		return fmt.Errorf("%w: series %q has one observation; increasing needs two", ErrCheck, c.Series)
	}
	res.Unit = s.Unit
	res.Verdict = Holds
	var words []string
	for i := 1; i < len(s.Records); i++ {
		a, b := s.Records[i-1], s.Records[i]
		ai, err := a.Interval(p)
		if err != nil {
			return err
		}
		bi, err := b.Interval(p)
		if err != nil {
			return err
		}
		v := compare(ai, IsLess, bi)
		res.Rises = append(res.Rises, Rise{From: a, To: b, FromValues: ai, ToValues: bi, Verdict: v})
		res.Verdict = worse(res.Verdict, v)
		if i == 1 {
			words = append(words, a.Period.String()+" "+describeFigure(a, ai))
		}
		words = append(words, b.Period.String()+" "+describeFigure(b, bi))
	}
	res.Numbers = strings.Join(words, " < ")
	return nil
}

func (c Check) evalCount(d Dataset, p Params, res *Result) error {
	r, err := d.Record(c.Record)
	if err != nil {
		return err
	}
	iv, err := r.Interval(p)
	if err != nil {
		return err
	}
	res.Left = Exactly(decimal.NewFromInt(int64(len(c.Items))))
	res.Right, res.Unit = iv, r.Unit
	res.Verdict = compare(res.Left, IsWithin, res.Right)
	res.Numbers = fmt.Sprintf("%d listed (%s) within %s %s", len(c.Items), strings.Join(c.Items, "; "), r.ID, describeFigure(r, iv))
	return nil
}

// compare returns the verdict of "a cmp b" over every pair of values the
// two intervals allow.
func compare(a Interval, cmp Comparison, b Interval) Verdict {
	var all, none bool
	switch cmp {
	case IsWithin:
		all, none = a.Within(b), !a.Overlaps(b)
	case IsAtMost:
		// a ≤ b for every pair when a's high is at or below b's low; for
		// no pair when every a is above every b.
		all = a.hasHi && b.hasLo && a.hi.Value.Cmp(b.lo.Value) <= 0
		none = lowAboveHigh(a, b)
	case IsLess:
		all = lowAboveHigh(b, a)
		none = a.hasLo && b.hasHi && a.lo.Value.Cmp(b.hi.Value) >= 0
	}
	switch {
	case all:
		return Holds
	case none:
		return Fails
	}
	return Plausible
}

// EvaluateAll evaluates every check on d with p, in order. It stops at the
// first check that cannot be evaluated; a check that fails is a result,
// not an error.
func EvaluateAll(checks []Check, d Dataset, p Params) ([]Result, error) {
	out := make([]Result, 0, len(checks))
	for _, c := range checks {
		r, err := c.Evaluate(d, p)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}
