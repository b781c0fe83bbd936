package facility1035

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// Verdict is the outcome of screening an application, from weakest to
// strongest: Eligible < Conditional < NeedsReview < Ineligible. Combining
// findings keeps the strongest (Max).
//
// The zero Verdict is unset, not eligible: a zero Screening never reads as
// a positive answer. Valid reports false for it.
type Verdict uint8

// The verdicts, in order of strength.
const (
	VerdictUnset Verdict = iota
	// Eligible: no rule stands in the way.
	Eligible
	// Conditional: eligible, subject to a condition a reason names (the
	// outstanding contributions to which Line 2 access is linked).
	Conditional
	// NeedsReview: the text does not settle the case; a person must decide.
	NeedsReview
	// Ineligible: a rule excludes the application.
	Ineligible
)

// ErrInvalidVerdict is the sentinel for text that names no verdict.
var ErrInvalidVerdict = errors.New("invalid verdict")

// Valid reports whether v is one of the four verdicts.
func (v Verdict) Valid() bool { return v >= Eligible && v <= Ineligible }

// String returns "eligible", "conditional", "needs-review" or "ineligible".
func (v Verdict) String() string {
	switch v {
	case Eligible:
		return "eligible"
	case Conditional:
		return "conditional"
	case NeedsReview:
		return "needs-review"
	case Ineligible:
		return "ineligible"
	}
	return "Verdict(" + strconv.Itoa(int(v)) + ")"
}

// ParseVerdict reads the String form ("needs review" is also accepted), in
// any case, with spaces around ignored.
func ParseVerdict(s string) (Verdict, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "eligible":
		return Eligible, nil
	case "conditional":
		return Conditional, nil
	case "needs-review", "needs review":
		return NeedsReview, nil
	case "ineligible":
		return Ineligible, nil
	}
	return VerdictUnset, fmt.Errorf("%w %q: want eligible, conditional, needs-review or ineligible", ErrInvalidVerdict, s)
}

// MustParseVerdict is ParseVerdict that panics on error.
func MustParseVerdict(s string) Verdict {
	v, err := ParseVerdict(s)
	if err != nil {
		panic(err)
	}
	return v
}

// MarshalText writes the String form; an invalid verdict is an error.
func (v Verdict) MarshalText() ([]byte, error) {
	if !v.Valid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidVerdict, uint8(v))
	}
	return []byte(v.String()), nil
}

// UnmarshalText reads any form ParseVerdict accepts.
func (v *Verdict) UnmarshalText(text []byte) error {
	p, err := ParseVerdict(string(text))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// Max returns the stronger of v and o.
func (v Verdict) Max(o Verdict) Verdict { return max(v, o) }

// Figure is an amount or count a reason used, by name.
type Figure struct {
	Name  string          // what it is: "amount requested", "Line 2 national ceiling"
	Value decimal.Decimal // exact
	Unit  string          // "USD" for money, "Member States" for a count
}

// Equal compares names, units and values as numbers.
func (f Figure) Equal(o Figure) bool {
	return f.Name == o.Name && f.Unit == o.Unit && f.Value.Equal(o.Value)
}

// String writes "amount requested: USD 250,000.00" or "benefiting Member
// States: 1".
func (f Figure) String() string {
	if f.Unit == UnitUSD {
		return f.Name + ": " + iomstrategy.FormatUSD(f.Value)
	}
	return f.Name + ": " + f.Value.String()
}

// Units of figures.
const (
	UnitUSD          = "USD"
	UnitMemberStates = "Member States"
)

func usd(name string, d decimal.Decimal) Figure { return Figure{Name: name, Value: d, Unit: UnitUSD} }

// Reason is one finding of screening: the rule, where it comes from, what
// it found and the figures it used.
type Reason struct {
	// Rule is the stable code of the rule (see ScreeningRules).
	Rule ScreeningRule
	// Citation is the source of the rule as applied here (for the ceilings,
	// the parameter's own source).
	Citation iomstrategy.Citation
	// Verdict is what this finding contributes on its own.
	Verdict Verdict
	// Country is the Member State the finding concerns; empty when it
	// concerns the application as a whole.
	Country string
	// Message says the finding in words, naming its figures and, for
	// Article 4, the reading of the look-back period.
	Message string
	// Figures are the amounts and counts the rule used, by name.
	Figures []Figure
}

// Equal compares reasons field by field, figures in order.
func (r Reason) Equal(o Reason) bool {
	return r.Rule == o.Rule && r.Citation == o.Citation && r.Verdict == o.Verdict &&
		r.Country == o.Country && r.Message == o.Message &&
		slices.EqualFunc(r.Figures, o.Figures, Figure.Equal)
}

// String writes "ineligible: line2.ceiling (citation): message".
func (r Reason) String() string {
	return fmt.Sprintf("%s: %s (%s): %s", r.Verdict, r.Rule, r.Citation, r.Message)
}

// Screening is the verdict on one application with its explanation.
//
// Reasons holds every finding that bears on the verdict, in the order the
// rules run: every finding stronger than Eligible (all of them, not only
// the strongest), and the Eligible findings that admit something the
// application raised (a follow-up to a Line 1 project, criterion 4). A
// rule that simply passes leaves no reason; Applied lists every rule that
// ran, so an Eligible screening with no reasons still says what was
// checked.
//
// The zero Screening has VerdictUnset: it is no answer.
type Screening struct {
	ID      string
	Line    Line
	Verdict Verdict
	Reasons []Reason
	// Applied is the set of rules that ran for this application: the
	// Facility-wide rules on either line, the Line 2 criteria on Line 2
	// only (Applied.Rules lists them in order).
	Applied RuleSet
}

// Equal compares screenings field by field.
func (s Screening) Equal(o Screening) bool {
	return s.ID == o.ID && s.Line == o.Line && s.Verdict == o.Verdict &&
		slices.EqualFunc(s.Reasons, o.Reasons, Reason.Equal) && s.Applied == o.Applied
}

// ReasonsFor returns the reasons that contributed exactly verdict v.
func (s Screening) ReasonsFor(v Verdict) []Reason {
	var out []Reason
	for _, r := range s.Reasons {
		if r.Verdict == v {
			out = append(out, r)
		}
	}
	return out
}

// Decisive returns the reasons whose verdict is the screening's verdict:
// the ones that decided it.
func (s Screening) Decisive() []Reason { return s.ReasonsFor(s.Verdict) }
