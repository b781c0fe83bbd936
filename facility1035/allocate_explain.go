package facility1035

import (
	"fmt"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// usdExact writes an amount as "USD 1,400,000.00", with every decimal when
// it has more than two (an unrounded share of the excess), so that nothing
// is rounded for display.
func usdExact(d decimal.Decimal) string {
	if d.Exponent() >= -2 || iomstrategy.HasCents(d) {
		return iomstrategy.FormatUSD(d)
	}
	return "USD " + iomstrategy.GroupThousands(d.String())
}

// Sentence says the step in words, with its amounts, for a person to
// follow: "Discretionary income USD 28,000,000.00 less its security part
// USD 700,000.00: USD 27,300,000.00." It is built from the step's fields
// only, when asked for.
func (s Step) Sentence() string {
	v := func(name string) string {
		t, _ := s.Input(name)
		return t.Text()
	}
	d := func(name string) decimal.Decimal {
		t, _ := s.Input(name)
		return t.Value
	}
	amount := iomstrategy.FormatUSD(s.Amount)
	switch s.Rule {
	case RuleDiscretionaryExcludingSecurity:
		return fmt.Sprintf("Discretionary income %s less its security part %s: %s.",
			v(TermDiscretionary), v(TermSecurity), amount)
	case RuleExcessOverBaseline:
		if s.Amount.Sign() > 0 {
			return fmt.Sprintf("Discretionary income excluding security %s is above the baseline, the 2007 Programme and Budget Discretionary Income of %s, by %s.",
				v(TermDiscretionaryExcludingSecurity), v(TermBaseline), amount)
		}
		return fmt.Sprintf("Discretionary income excluding security %s is not above the baseline, the 2007 Programme and Budget Discretionary Income of %s: no excess, %s.",
			v(TermDiscretionaryExcludingSecurity), v(TermBaseline), amount)
	case RuleLine2Formula:
		exact := d(TermShare).Mul(d(TermExcessOverBaseline))
		if exact.Equal(s.Amount) {
			return fmt.Sprintf("Line 2 by formula is %s of the excess %s: %s.", v(TermShare), v(TermExcessOverBaseline), amount)
		}
		return fmt.Sprintf("Line 2 by formula is %s of the excess %s, %s, rounded to the cent %s: %s.",
			v(TermShare), v(TermExcessOverBaseline), usdExact(exact), s.Rounding, amount)
	case RuleLine1Funding:
		return fmt.Sprintf("Line 1 is the original funding of the Facility: %s.", amount)
	case RuleMiscellaneousIncome:
		return fmt.Sprintf("Miscellaneous income is unearmarked contributions %s plus interest income %s: %s.",
			v(TermUnearmarked), v(TermInterest), amount)
	case RuleCap:
		sum := iomstrategy.FormatUSD(d(TermLine1Funding).Add(d(TermLine2Formula)))
		if s.Amount.Sign() > 0 {
			return fmt.Sprintf("Line 1 %s plus Line 2 by formula %s make %s, above miscellaneous income %s: the cap cuts %s.",
				v(TermLine1Funding), v(TermLine2Formula), sum, v(TermMiscellaneousIncome), amount)
		}
		return fmt.Sprintf("Line 1 %s plus Line 2 by formula %s make %s, not above miscellaneous income %s: the cap does not bind.",
			v(TermLine1Funding), v(TermLine2Formula), sum, v(TermMiscellaneousIncome))
	case RuleCapLine2:
		return s.capSentence("Line 2", TermLine2Formula, TermLine1Funding, "Line 1", "Line 2 by formula", d, v)
	case RuleCapLine1:
		return s.capSentence("Line 1", TermLine1Funding, TermLine2Formula, "Line 2 by formula", "Line 1", d, v)
	case RuleTotal:
		return fmt.Sprintf("The total, excluding direct voluntary contributions, is Line 1 %s plus Line 2 %s: %s.",
			v(TermLine1AfterCap), v(TermLine2AfterCap), amount)
	case RuleTotalAvailable:
		return fmt.Sprintf("The total available is the total %s plus direct voluntary contributions %s, which are outside the cap and the two lines: %s.",
			v(TermTotal), v(TermDirect), amount)
	}
	return fmt.Sprintf("%s: %s.", s.Rule, amount)
}

// capSentence explains a line after the cap. own is the line's term, other
// the other line's: present among the inputs when this line is cut first.
func (s Step) capSentence(line, own, other, otherLabel, ownLabel string, d func(string) decimal.Decimal, v func(string) string) string {
	before := d(own)
	amount := iomstrategy.FormatUSD(s.Amount)
	if s.Amount.Equal(before) {
		return fmt.Sprintf("%s is not cut: %s.", line, amount)
	}
	cut := iomstrategy.FormatUSD(before.Sub(s.Amount))
	if _, first := s.Input(other); first {
		return fmt.Sprintf("The cap cuts %s first, to miscellaneous income %s less %s %s but not below zero: %s (cut by %s).",
			line, v(TermMiscellaneousIncome), otherLabel, v(other), amount, cut)
	}
	return fmt.Sprintf("Miscellaneous income %s is below %s %s: %s is cut to it too, %s (cut by %s).",
		v(TermMiscellaneousIncome), ownLabel, v(own), line, amount, cut)
}

// Explain writes the allocation for a person: a heading, one line per step
// with its amount, rule, sentence and citation, and the interpretations it
// rests on, each with the option that changes it.
func (a Allocation) Explain() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Expanded 1035 Facility, %d, under %s (%s)", a.Year, a.Rules, a.RulesPeriod)
	if a.CallerSupplied {
		b.WriteString(", a caller-supplied parameter set")
	}
	b.WriteString("\n")
	for i, s := range a.Steps {
		fmt.Fprintf(&b, "%2d. %s: %s [%s]\n", i+1, s.Rule, s.Sentence(), s.Citation)
	}
	fmt.Fprintf(&b, "Line 1 %s, Line 2 %s, total %s; total available %s.\n",
		iomstrategy.FormatUSD(a.Line1), iomstrategy.FormatUSD(a.Line2), iomstrategy.FormatUSD(a.Total),
		iomstrategy.FormatUSD(a.TotalAvailable))
	if a.Capped {
		fmt.Fprintf(&b, "The cap applied: it cut %s.\n", iomstrategy.FormatUSD(a.CapReduction))
	}
	if interps := a.Interpretations(); len(interps) > 0 {
		b.WriteString("Interpretations (needs review):\n")
		for _, i := range interps {
			fmt.Fprintf(&b, "  - %s: %s Option: %s.\n", i.ID(), i.Text(), i.Option())
		}
	}
	if params := a.uncitedParams(); len(params) > 0 {
		fmt.Fprintf(&b, "Values without a citation (%s): %s.\n", a.uncitedLabel(), strings.Join(params, ", "))
	}
	return b.String()
}

// uncitedParams lists the parameters the steps used that cite nothing.
func (a Allocation) uncitedParams() []string {
	var out []string
	for _, s := range a.Steps {
		for _, t := range s.Inputs {
			if t.Origin == FromParams && t.Citation.IsZero() {
				out = append(out, t.Name)
			}
		}
	}
	return out
}

func (a Allocation) uncitedLabel() string {
	if a.CallerSupplied {
		return CallerSuppliedSource
	}
	return "uncited"
}
