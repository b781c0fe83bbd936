package facility1035

import (
	"fmt"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// screenReference is screen as it was before the batch screener: the
// straightforward reading of the rules, kept as the reference the fast
// path is checked against (TestScreenMatchesReference).
func screenReference(app Application, reg Registry, p Params) (Screening, error) {
	if err := app.Validate(); err != nil {
		return Screening{}, err
	}
	var one [1]MemberState
	states := one[:0]
	if len(app.Countries) > 1 {
		states = make([]MemberState, 0, len(app.Countries))
	}
	for _, c := range app.Countries {
		m, ok := reg.Lookup(c)
		if !ok {
			return Screening{}, &UnknownCountryError{Application: app.ID, Country: strings.TrimSpace(c)}
		}
		states = append(states, m)
	}

	s := Screening{ID: app.ID, Line: app.Line, Verdict: Eligible}
	add := func(r Reason) {
		s.Reasons = append(s.Reasons, r)
		s.Verdict = s.Verdict.Max(r.Verdict)
	}

	// Facility-wide: whom the Facility serves.
	s.Applied = facilityRules
	for _, m := range states {
		if m.Membership != Member {
			add(Reason{
				Rule: RuleMemberState, Citation: iomstrategy.Doc(iomstrategy.Resolution1035),
				Verdict: Ineligible, Country: m.Name,
				Message: fmt.Sprintf("%s is %s, not a Member State: the 1035 Facility serves Member States (Resolution No. 1035 (LXXX); MC/INF/302, para. 10)",
					m.Name, article(m.Membership)),
			})
		}
	}
	for _, m := range states {
		if m.Economy != Developing && m.Economy != InTransition {
			add(Reason{
				Rule: RuleEconomy, Citation: iomstrategy.Para(10),
				Verdict: Ineligible, Country: m.Name,
				Message: fmt.Sprintf("%s's economy is %s: the 1035 Facility serves developing Member States and Member States with economy in transition (MC/INF/302, para. 10; Resolution No. 1035 (LXXX))",
					m.Name, m.Economy.describe()),
			})
		}
	}

	// Scope: the number of Member States.
	n := len(states)
	switch {
	case app.Scope == National && n != 1:
		add(Reason{
			Rule: RuleScope, Citation: iomstrategy.Criterion(2), Verdict: Ineligible,
			Message: fmt.Sprintf("a national project benefits exactly one Member State; this one names %d", n),
			Figures: []Figure{{Name: "benefiting Member States", Value: decimal.NewFromInt(int64(n)), Unit: UnitMemberStates}},
		})
	case app.Scope == Regional && n < 2:
		add(Reason{
			Rule: RuleScope, Citation: iomstrategy.Criterion(3), Verdict: Ineligible,
			Message: fmt.Sprintf("a regional project benefits at least two Member States; this one names %d", n),
			Figures: []Figure{{Name: "benefiting Member States", Value: decimal.NewFromInt(int64(n)), Unit: UnitMemberStates}},
		})
	}

	// Amount.
	if app.Amount.Sign() == 0 {
		add(Reason{
			Rule: RuleAmount, Citation: iomstrategy.PartIIIBullet(5), Verdict: Ineligible,
			Message: "the amount requested is zero: there is nothing to fund",
			Figures: []Figure{usd("amount requested", app.Amount)},
		})
	}

	switch app.Line {
	case Line1:
		if p.Line1Ceiling != nil {
			s.Applied |= RuleLine1Ceiling.bit()
			ceiling := p.Line1Ceiling.Value
			if app.Amount.Cmp(ceiling) > 0 {
				add(Reason{
					Rule: RuleLine1Ceiling, Citation: citeOr(p.Line1Ceiling.Source, iomstrategy.PartIIIBullet(5)),
					Verdict: Ineligible,
					Message: fmt.Sprintf("%s requested exceeds the Line 1 ceiling of %s set by the parameter set %q",
						iomstrategy.FormatUSD(app.Amount), iomstrategy.FormatUSD(ceiling), p.Name),
					Figures: []Figure{usd("amount requested", app.Amount), usd("Line 1 ceiling", ceiling)},
				})
			}
		}
	case Line2:
		s.Applied |= line2Rules
		screenLine2Reference(app, states, p, add)
	}

	if r, ok := followUpReasonReference(app); ok {
		add(r)
	}
	return s, nil
}

// screenLine2Reference applies criteria 1 to 3.
func screenLine2Reference(app Application, states []MemberState, p Params, add func(Reason)) {
	ceiling, name, cite := p.Line2NationalCeiling, "Line 2 national ceiling", iomstrategy.Criterion(2)
	if app.Scope == Regional {
		ceiling, name, cite = p.Line2RegionalCeiling, "Line 2 regional ceiling", iomstrategy.Criterion(3)
	}
	if app.Amount.Cmp(ceiling.Value) > 0 {
		add(Reason{
			Rule: RuleLine2Ceiling, Citation: citeOr(ceiling.Source, cite), Verdict: Ineligible,
			Message: fmt.Sprintf("%s requested exceeds the %s of %s for a %s project",
				iomstrategy.FormatUSD(app.Amount), name, iomstrategy.FormatUSD(ceiling.Value), app.Scope),
			Figures: []Figure{usd("amount requested", app.Amount), usd(name, ceiling.Value)},
		})
	}

	reading := lookbackReading(p.Article4Lookback)
	dueName := "contributions due for the preceding " + reading
	figures := func(st Article4Standing) []Figure {
		f := []Figure{usd("arrears", st.Arrears)}
		if st.DueTwoYears.Valid {
			f = append(f, usd(dueName, st.DueTwoYears.Decimal))
		}
		return f
	}
	period := fmt.Sprintf("the contributions due for the preceding two years (read as %q: parameter article4_lookback %s)", reading, p.Article4Lookback)
	var buf [4]Article4Standing
	standings := buf[:0]
	for _, m := range states {
		standings = append(standings, m.Article4())
	}
	for i, m := range states {
		st := standings[i]
		if !st.Subject {
			continue
		}
		var why string
		if st.Declared {
			why = fmt.Sprintf("%s is declared subject to Article 4 of the IOM Constitution by the registry (arrears %s)",
				m.Name, iomstrategy.FormatUSD(st.Arrears))
		} else {
			why = fmt.Sprintf("%s is subject to Article 4 of the IOM Constitution: its arrears of %s equal or exceed %s, %s, and the Council has not maintained its vote",
				m.Name, iomstrategy.FormatUSD(st.Arrears), period, iomstrategy.FormatUSD(st.DueTwoYears.Decimal))
		}
		add(Reason{
			Rule: RuleArticle4, Citation: iomstrategy.Criterion(1), Verdict: Ineligible, Country: m.Name,
			Message: why + "; Member States subject to Article 4 are not eligible for Line 2 funding",
			Figures: figures(st),
		})
	}
	for i, m := range states {
		st := standings[i]
		if st.Subject || st.Arrears.Sign() <= 0 {
			continue
		}
		var why string
		switch {
		case st.Declared:
			why = fmt.Sprintf("%s has arrears of %s and is declared not subject to Article 4 by the registry",
				m.Name, iomstrategy.FormatUSD(st.Arrears))
		case st.ThresholdMet:
			why = fmt.Sprintf("%s has arrears of %s, at or above %s, %s, but the Council maintained its vote, so it is not subject to Article 4",
				m.Name, iomstrategy.FormatUSD(st.Arrears), period, iomstrategy.FormatUSD(st.DueTwoYears.Decimal))
		default:
			why = fmt.Sprintf("%s has arrears of %s, below the Article 4 threshold of %s, %s",
				m.Name, iomstrategy.FormatUSD(st.Arrears), period, iomstrategy.FormatUSD(st.DueTwoYears.Decimal))
		}
		add(Reason{
			Rule: RuleArrears, Citation: iomstrategy.Criterion(1), Verdict: Conditional, Country: m.Name,
			Message: why + "; access to Line 2 funding is linked to outstanding contributions, and the text does not say how: eligible on condition of the outstanding contributions",
			Figures: figures(st),
		})
	}
}

// followUpReasonReference applies criterion 4.
func followUpReasonReference(app Application) (Reason, bool) {
	if !app.IsFollowUp() {
		return Reason{}, false
	}
	r := Reason{Rule: RuleFollowUp, Citation: iomstrategy.Criterion(4), Verdict: NeedsReview}
	switch {
	case app.Line == Line1:
		r.Message = fmt.Sprintf("a Line 1 application that follows up project %q: the text settles follow-ups only under Line 2 (criterion 4: a follow-up to a Line 1 project is admissible under Line 2) and says nothing of follow-ups on Line 1; needs review", app.FollowUpOf)
	case app.FollowUpLine == Line1:
		r.Verdict = Eligible
		r.Message = fmt.Sprintf("follows up project %q, funded under Line 1 (as declared; the earlier project's record is not checked): a follow-up to a Line 1 project is admissible under Line 2", app.FollowUpOf)
	case app.FollowUpLine == Line2:
		r.Message = fmt.Sprintf("follows up project %q, funded under Line 2: the text makes follow-ups to Line 1 projects admissible under Line 2 (criterion 4) and says nothing of follow-ups to Line 2 projects; needs review", app.FollowUpOf)
	default:
		r.Message = fmt.Sprintf("follows up project %q, whose funding line is not given: only a follow-up to a Line 1 project is admissible under Line 2 (criterion 4), and the text settles no other case; needs review", app.FollowUpOf)
	}
	return r, true
}
