package facility1035

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/internal/plain"
	"github.com/shopspring/decimal"
)

// Interpretation is a reading the package makes where Part III is silent:
// a stable ID, the reading (Text), and the option that changes it (Option).
// Every one needs review by someone who knows the Facility's practice: the
// library does not invent law, it says what it assumed.
type Interpretation struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Option string `json:"option"`
}

// Interpretations returns the readings of a silent text the allocation
// rests on, each once, in the order of the rule book (Interpretations):
// the readings its steps name, and transition-year in the year the set's
// successor took effect.
func (a Allocation) Interpretations() []Interpretation {
	var ids []string
	if a.Transition {
		ids = append(ids, idTransitionYear)
	}
	for _, s := range a.Steps {
		ids = append(ids, s.Interpretations...)
	}
	return interpretationsOf(ids)
}

// input returns the step's term of that name.
func (s Step) input(name string) (Operand, bool) {
	for _, t := range s.Inputs {
		if t.Name == name {
			return t, true
		}
	}
	return Operand{}, false
}

// text writes the term's value: money as "USD 1,400,000.00" (with every
// decimal when it has more than two), a proportion as a percentage ("25%"),
// followed by what the text states for a what-if value: "50% (a what-if:
// Resolution 1150 (XCIII), Annex, Part III, bullet 1 says 25%)".
func (t Operand) text() string {
	v := usdExact(t.Value)
	if t.Proportion {
		v = percent(t.Value)
	}
	if strings.HasPrefix(t.Source, whatIfPrefix) {
		v += " (a " + t.Source + ")"
	}
	return v
}

// usdExact writes an amount as "USD 1,400,000.00", with every decimal when
// it has more than two (an unrounded share of the excess), so that nothing
// is rounded for display.
func usdExact(d decimal.Decimal) string {
	if a, err := iomstrategy.NewUSD(d); err == nil {
		return a.String()
	}
	return "USD " + plain.GroupThousands(d.String())
}

// Sentence says the step in words, with its amounts, for a person to
// follow: "Discretionary income USD 28,000,000.00 less its security part
// USD 700,000.00: USD 27,300,000.00." It is built from the step's fields
// only, when asked for.
func (s Step) Sentence() string {
	v := func(name string) string {
		t, _ := s.input(name)
		return t.text()
	}
	d := func(name string) decimal.Decimal {
		t, _ := s.input(name)
		return t.Value
	}
	amount := s.Amount.String()
	switch s.Rule {
	case StepDiscretionaryExcludingSecurity:
		di := "Discretionary income"
		if t, _ := s.input("discretionary"); t.Source != sourceInput {
			di += " (" + strings.TrimPrefix(t.Source, sourceInput+", ") + ")"
		}
		return fmt.Sprintf("%s %s less its security part %s: %s.", di, v("discretionary"), v("security"), amount)
	case StepExcessOverBaseline:
		if s.Amount.Sign() > 0 {
			return fmt.Sprintf("Discretionary income excluding security %s is above the baseline, the 2007 Programme and Budget Discretionary Income of %s, by %s.",
				v("discretionary_excluding_security"), v("baseline"), amount)
		}
		return fmt.Sprintf("Discretionary income excluding security %s is not above the baseline, the 2007 Programme and Budget Discretionary Income of %s: no excess, %s.",
			v("discretionary_excluding_security"), v("baseline"), amount)
	case StepLine2Formula:
		exact := d("share").Mul(d("excess_over_baseline"))
		if exact.Equal(s.Amount.Decimal()) {
			return fmt.Sprintf("Line 2 by formula is %s of the excess %s: %s.", v("share"), v("excess_over_baseline"), amount)
		}
		return fmt.Sprintf("Line 2 by formula is %s of the excess %s, %s, rounded to the cent %s: %s.",
			v("share"), v("excess_over_baseline"), usdExact(exact), s.Rounding, amount)
	case StepLine1Funding:
		return fmt.Sprintf("Line 1 is the original funding of the Facility: %s.", v("line1"))
	case StepMiscellaneousIncome:
		return fmt.Sprintf("Miscellaneous income is unearmarked contributions %s plus interest income %s: %s.",
			v("unearmarked"), v("interest"), amount)
	case StepCap:
		if _, both := s.input("line1_funding"); !both {
			if s.Amount.Sign() > 0 {
				return fmt.Sprintf("The cap covers Line 2 only: Line 2 by formula %s is above miscellaneous income %s, and the cap cuts %s.",
					v("line2_formula"), v("miscellaneous_income"), amount)
			}
			return fmt.Sprintf("The cap covers Line 2 only: Line 2 by formula %s is not above miscellaneous income %s, and the cap does not bind.",
				v("line2_formula"), v("miscellaneous_income"))
		}
		sum := usdExact(d("line1_funding").Add(d("line2_formula")))
		if s.Amount.Sign() > 0 {
			return fmt.Sprintf("Line 1 %s plus Line 2 by formula %s make %s, above miscellaneous income %s: the cap cuts %s.",
				v("line1_funding"), v("line2_formula"), sum, v("miscellaneous_income"), amount)
		}
		return fmt.Sprintf("Line 1 %s plus Line 2 by formula %s make %s, not above miscellaneous income %s: the cap does not bind.",
			v("line1_funding"), v("line2_formula"), sum, v("miscellaneous_income"))
	case StepCapLine1, StepCapLine2:
		if slices.Contains(s.Interpretations, idCapCoversLine2) {
			if s.Rule == StepCapLine1 {
				return fmt.Sprintf("The cap covers Line 2 only: Line 1 is not cut, %s.", amount)
			}
			if t, _ := s.input("line2_formula"); t.Value.Equal(s.Amount.Decimal()) {
				return fmt.Sprintf("Line 2 is not cut: %s.", amount)
			}
			return fmt.Sprintf("The cap covers Line 2 only: Line 2 by formula %s is cut to miscellaneous income %s: %s.",
				v("line2_formula"), v("miscellaneous_income"), amount)
		}
		if s.Rule == StepCapLine1 {
			return s.capSentence("Line 1", "line1_funding", "line2_formula", "Line 2 by formula", "Line 1")
		}
		return s.capSentence("Line 2", "line2_formula", "line1_funding", "Line 1", "Line 2 by formula")
	case StepTotal:
		return fmt.Sprintf("The total, excluding direct voluntary contributions, is Line 1 %s plus Line 2 %s: %s.",
			v("line1_after_cap"), v("line2_after_cap"), amount)
	case StepTotalAvailable:
		return fmt.Sprintf("The total available is the total %s plus direct voluntary contributions %s, which are outside the cap and the two lines: %s.",
			v("total"), v("direct"), amount)
	}
	return fmt.Sprintf("%s: %s.", s.Rule, amount)
}

// capSentence explains a line after the cap. own is the line's term, other
// the other line's: present among the inputs when this line is cut first.
func (s Step) capSentence(line, own, other, otherLabel, ownLabel string) string {
	t, _ := s.input(own)
	before := t.Value
	amount := s.Amount.String()
	if s.Amount.Decimal().Equal(before) {
		return fmt.Sprintf("%s is not cut: %s.", line, amount)
	}
	cut := usdExact(before.Sub(s.Amount.Decimal()))
	m, _ := s.input("miscellaneous_income")
	if o, first := s.input(other); first {
		return fmt.Sprintf("The cap cuts %s first, to miscellaneous income %s less %s %s but not below zero: %s (cut by %s).",
			line, m.text(), otherLabel, o.text(), amount, cut)
	}
	return fmt.Sprintf("Miscellaneous income %s is below %s %s: %s is cut to it too, %s (cut by %s).",
		m.text(), ownLabel, t.text(), line, amount, cut)
}

// ExplainSteps writes the short form of Explain: a heading, one line per
// step with its amount, rule, sentence and citation (a what-if value is
// labelled in its sentence), and the totals.
func (a Allocation) ExplainSteps() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Expanded 1035 Facility, %d, under %s (%s)", a.Year, a.Rules, a.RulesYears)
	if a.CallerSupplied {
		b.WriteString(", a caller-supplied parameter set")
	}
	b.WriteString("\n")
	for i, s := range a.Steps {
		fmt.Fprintf(&b, "%2d. %s: %s [%s]\n", i+1, s.Rule, s.Sentence(), s.Citation)
	}
	fmt.Fprintf(&b, "Line 1 %s, Line 2 %s, total %s; total available %s.\n", a.Line1, a.Line2, a.Total, a.TotalAvailable)
	if a.Capped {
		fmt.Fprintf(&b, "The cap applied: it cut %s.\n", a.CapReduction)
	}
	return b.String()
}

// Explain writes the allocation for a person, in full: ExplainSteps, then
// the interpretations it rests on, each with the option that changes it,
// and the parameters that cite nothing or are what-ifs.
func (a Allocation) Explain() string {
	var b strings.Builder
	b.WriteString(a.ExplainSteps())
	if interps := a.Interpretations(); len(interps) > 0 {
		b.WriteString("Interpretations (needs review):\n")
		for _, i := range interps {
			fmt.Fprintf(&b, "  - %s: %s Option: %s.\n", i.ID, i.Text, i.Option)
		}
	}
	if params := a.UncitedParams(); len(params) > 0 {
		fmt.Fprintf(&b, "Values without the citation of their text: %s.\n", strings.Join(params, ", "))
	}
	return b.String()
}

// UncitedParams lists the parameters the allocation used that the text
// does not back, each with its source: "share (caller-supplied)", "share
// (what-if: Resolution 1150 (XCIII), Annex, Part III, bullet 1 says 25%)".
// A fully cited set gives none.
func (a Allocation) UncitedParams() []string {
	var out []string
	for _, s := range a.Steps {
		for _, t := range s.Inputs {
			if t.Source == sourceCallerSupplied || t.Source == sourceUncited || strings.HasPrefix(t.Source, whatIfPrefix) {
				entry := t.Name + " (" + t.Source + ")"
				if !slices.Contains(out, entry) {
					out = append(out, entry)
				}
			}
		}
	}
	return out
}

// MarshalJSON writes the allocation as the command-line tool prints it:
// year, rules, rules_period, caller_supplied, the income (discretionary,
// security, unearmarked, interest, direct, discretionary_basis as the
// input columns name them), every amount of the formula by its
// snake_case name with money as strings with two decimals, capped, steps,
// interpretations (each with id, text, option and needs_review) and
// transition_year.
func (a Allocation) MarshalJSON() ([]byte, error) {
	type interpretation struct {
		Interpretation
		NeedsReview bool `json:"needs_review"`
	}
	interps := []interpretation{}
	for _, i := range a.Interpretations() {
		interps = append(interps, interpretation{i, true})
	}
	steps := a.Steps
	if steps == nil {
		steps = []Step{}
	}
	return object("year", a.Year, "rules", a.Rules, "rules_period", a.RulesYears.String(), "caller_supplied", a.CallerSupplied,
		"discretionary", a.Income.Discretionary, "security", a.Income.Security,
		"unearmarked", a.Income.Unearmarked, "interest", a.Income.Interest, "direct", a.Income.Direct,
		"discretionary_basis", a.Income.Basis,
		"discretionary_excluding_security", a.DiscretionaryExcludingSecurity, "excess_over_baseline", a.ExcessOverBaseline,
		"line2_formula", a.Line2Formula, "line1_funding", a.Line1Funding, "miscellaneous_income", a.MiscellaneousIncome,
		"capped", a.Capped, "cap_reduction", a.CapReduction, "line1", a.Line1, "line2", a.Line2, "total", a.Total,
		"direct_contributions", a.DirectContributions, "total_available", a.TotalAvailable,
		"steps", steps, "interpretations", interps, "transition_year", a.Transition)
}

// MarshalJSON writes the step as the command-line tool prints it: code,
// citation, amount, inputs, explanation (Sentence), interpretations (their
// codes) and, for the rounded step, rounding. Each input has its name, its
// value (money with two decimals, the share as a decimal) and where it
// comes from: source "input" (the year's income; note "budgeted" or
// "actual" when the basis is given), "step" (an earlier step) or
// "parameter", with the parameter's citation, or instead of a citation a
// note ("caller-supplied", "uncited", or "what-if: CITATION says VALUE"
// for a value that differs from what its provision states, which is never
// printed under that citation).
func (s Step) MarshalJSON() ([]byte, error) {
	type term struct {
		Name     string               `json:"name"`
		Value    string               `json:"value"`
		Source   string               `json:"source"`
		Citation iomstrategy.Citation `json:"citation,omitzero"`
		Note     string               `json:"note,omitempty"`
	}
	inputs := make([]term, len(s.Inputs))
	for i, t := range s.Inputs {
		value := t.Value.StringFixed(2)
		if t.Proportion {
			value = t.Value.String()
		}
		inputs[i] = term{Name: t.Name, Value: value}
		switch {
		case t.Source == sourceStep:
			inputs[i].Source = sourceStep
		case t.Source == sourceInput || strings.HasPrefix(t.Source, sourceInput+", "):
			inputs[i].Source = sourceInput
			inputs[i].Note = strings.TrimPrefix(strings.TrimPrefix(t.Source, sourceInput), ", ")
		default:
			inputs[i].Source = "parameter"
			if c, err := iomstrategy.ParseCitation(t.Source); err == nil {
				inputs[i].Citation = c
			} else {
				inputs[i].Note = t.Source
			}
		}
	}
	interps := s.Interpretations
	if interps == nil {
		interps = []string{}
	}
	kv := []any{"code", s.Rule, "citation", s.Citation, "amount", s.Amount, "inputs", inputs,
		"explanation", s.Sentence(), "interpretations", interps}
	if s.Rounding.Valid() {
		kv = append(kv, "rounding", s.Rounding)
	}
	return object(kv...)
}

// object writes a JSON object of the given keys and values, in order (key,
// value, key, value, ...), each value marshalled with encoding/json.
func object(kv ...any) ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(kv[i]) // a key is a string
		b.Write(k)
		b.WriteByte(':')
		v, err := json.Marshal(kv[i+1])
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}
