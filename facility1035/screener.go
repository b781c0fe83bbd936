package facility1035

import (
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// screener applies the screening rules of Screen with one registry and one
// parameter set. It is built per call of Screen or ScreenAll and never
// outlives it, so the package keeps no state between calls.
//
// Its work is what makes a batch cheap, without changing a single byte of
// any result:
//
//   - what depends only on the parameter set (the reading of the Article 4
//     look-back, the ceilings in words, the ceilings at the scale of the
//     amounts compared with them) is worked out once per call, when first
//     needed;
//   - what depends only on a Member State and the parameter set (its
//     membership and economy findings, its Article 4 or arrears finding,
//     with their sentences and figures) is worked out on its first use in a
//     batch and reused for every later application naming it (memo);
//   - the reasons and figures of a batch are carved out of shared blocks
//     (slab), each screening's slices capped at their length, so that an
//     append to one never writes into another's.
//
// The sentences are those the rules have always written:
// TestScreenMatchesReference checks every field of every result against a
// straightforward reading of the rules.
type screener struct {
	reg Registry
	p   Params

	// The Article 4 reading: "two years" or "two full years", and the
	// name of the contributions-due figure; the phrase messages cite is
	// made when first needed (periodText).
	reading, dueName, period string

	national, regional, line1 ceilingRule

	// memo holds each Member State's findings, by registry index, for a
	// batch; nil for one screening.
	memo []stateFindings

	// counts are the decimal counts of Member States the scope rule
	// reports, made once each.
	counts     [8]decimal.Decimal
	countsMade uint8 // bit n: counts[n] is made

	reasons slab[Reason]
	figures slab[Figure]
}

// newScreener prepares the screening of batch applications (1 for Screen)
// with reg and p; p must have passed checkScreeningParams.
func newScreener(reg Registry, p Params, batch int) *screener {
	sc := new(screener)
	sc.init(reg, p, batch)
	return sc
}

// init is newScreener for a screener the caller holds (one screening keeps
// it on the stack).
func (sc *screener) init(reg Registry, p Params, batch int) {
	*sc = screener{reg: reg, p: p}
	sc.reading = lookbackReading(p.Article4Lookback)
	sc.dueName = "contributions due for the preceding " + sc.reading
	sc.national = ceilingRule{amount: p.Line2NationalCeiling, name: "Line 2 national ceiling",
		cite: citeOr(p.Line2NationalCeiling.Source, iomstrategy.Criterion(2)), after: " for a " + National.String() + " project"}
	sc.regional = ceilingRule{amount: p.Line2RegionalCeiling, name: "Line 2 regional ceiling",
		cite: citeOr(p.Line2RegionalCeiling.Source, iomstrategy.Criterion(3)), after: " for a " + Regional.String() + " project"}
	if p.Line1Ceiling != nil {
		c := *p.Line1Ceiling
		sc.line1 = ceilingRule{amount: c, name: "Line 1 ceiling",
			cite: citeOr(c.Source, iomstrategy.PartIIIBullet(5)), setBy: p.Name, hasSetBy: true}
	}
	if batch > 1 {
		sc.memo = make([]stateFindings, len(reg.states))
		// Blocks of a few hundred: large enough that allocation is rare,
		// small enough that a screening kept alone keeps little else alive.
		sc.reasons.block = min(batch, 256)
		sc.figures.block = min(batch, 256)
		sc.national.batch, sc.regional.batch, sc.line1.batch = true, true, true
	}
}

// periodText is the phrase Article 4 messages cite for the period, with
// the reading of the parameter set.
func (sc *screener) periodText() string {
	if sc.period == "" {
		sc.period = fmt.Sprintf("the contributions due for the preceding two years (read as %q: parameter article4_lookback %s)", sc.reading, sc.p.Article4Lookback)
	}
	return sc.period
}

// slab hands out slices carved from shared blocks of block elements. Every
// slice it hands out has its capacity equal to its length. With block 0
// (one screening) it allocates each slice on its own.
type slab[T any] struct {
	free  []T
	block int
}

// take returns a slice of n elements.
func (s *slab[T]) take(n int) []T {
	if s.block == 0 {
		return make([]T, n)
	}
	if n > len(s.free) {
		s.free = make([]T, max(n, s.block))
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	return out
}

// ceilingRule is a ceiling of the parameter set, ready for comparison with
// amounts and for the sentence of a finding.
type ceilingRule struct {
	amount Amount
	name   string // the figure's name: "Line 2 national ceiling"
	cite   iomstrategy.Citation
	// The message ends with after (Line 2) or names the parameter set that
	// sets the ceiling (Line 1: setBy).
	after    string
	setBy    string
	hasSetBy bool
	tail     string // the message after the amount requested, once made
	// batch asks for scaled: amount.Value at exponents 1 to len(scaled)
	// below its own (exact: lowering the exponent only multiplies the
	// coefficient), made at the first comparison, so that comparing an
	// amount of that exponent allocates nothing.
	batch      bool
	scaled     [4]decimal.Decimal
	scaledMade bool
}

// exceededBy reports whether amount is above the ceiling.
func (c *ceilingRule) exceededBy(amount decimal.Decimal) bool {
	ea, ec := amount.Exponent(), c.amount.Value.Exponent()
	if c.batch && ea < ec && int(ec-ea) <= len(c.scaled) {
		if !c.scaledMade {
			coef, ten := c.amount.Value.Coefficient(), big.NewInt(10)
			for i := range c.scaled {
				coef = new(big.Int).Mul(coef, ten)
				c.scaled[i] = decimal.NewFromBigInt(coef, ec-int32(i+1))
			}
			c.scaledMade = true
		}
		return amount.Cmp(c.scaled[ec-ea-1]) > 0
	}
	return amount.Cmp(c.amount.Value) > 0
}

// tailText is the message after the amount requested.
func (c *ceilingRule) tailText() string {
	if c.tail == "" {
		c.tail = " requested exceeds the " + c.name + " of " + iomstrategy.FormatUSD(c.amount.Value)
		if c.hasSetBy {
			c.tail += " set by the parameter set " + strconv.Quote(c.setBy)
		} else {
			c.tail += c.after
		}
	}
	return c.tail
}

// reason is the finding of an amount above the ceiling; its figures are
// carved from figs.
func (c *ceilingRule) reason(rule ScreeningRule, amount decimal.Decimal, figs []Figure) Reason {
	figs[0] = usd("amount requested", amount)
	figs[1] = usd(c.name, c.amount.Value)
	return Reason{
		Rule: rule, Citation: c.cite, Verdict: Ineligible,
		Message: iomstrategy.FormatUSD(amount) + c.tailText(),
		Figures: figs,
	}
}

// stateFindings are the findings one Member State brings to any
// application naming it. A finding with an empty Rule is none.
type stateFindings struct {
	done       bool
	membership Reason // RuleMemberState, when not a Member State
	economy    Reason // RuleEconomy, when the economy is not served
	line2Done  bool
	line2      Reason // RuleArticle4 or RuleArrears, on Line 2
}

// findings returns the findings of the Member State at registry index i,
// from the memo when there is one, else worked out into scratch.
func (sc *screener) findings(i int, scratch *stateFindings) *stateFindings {
	f := scratch
	if sc.memo != nil {
		f = &sc.memo[i]
	}
	if !f.done {
		m := &sc.reg.states[i]
		f.membership = membershipFinding(m)
		f.economy = economyFinding(m)
		f.done = true
	}
	return f
}

// line2Finding returns the Article 4 or arrears finding of the Member
// State at registry index i (f must come from findings).
func (sc *screener) line2Finding(f *stateFindings, i int) *Reason {
	if !f.line2Done {
		f.line2 = sc.article4Finding(&sc.reg.states[i])
		f.line2Done = true
	}
	return &f.line2
}

// membershipFinding is RuleMemberState for m.
func membershipFinding(m *MemberState) Reason {
	if m.Membership == Member {
		return Reason{}
	}
	return Reason{
		Rule: RuleMemberState, Citation: iomstrategy.Doc(iomstrategy.Resolution1035),
		Verdict: Ineligible, Country: m.Name,
		Message: fmt.Sprintf("%s is %s, not a Member State: the 1035 Facility serves Member States (Resolution No. 1035 (LXXX); MC/INF/302, para. 10)",
			m.Name, article(m.Membership)),
	}
}

// economyFinding is RuleEconomy for m.
func economyFinding(m *MemberState) Reason {
	if m.Economy == Developing || m.Economy == InTransition {
		return Reason{}
	}
	return Reason{
		Rule: RuleEconomy, Citation: iomstrategy.Para(10),
		Verdict: Ineligible, Country: m.Name,
		Message: fmt.Sprintf("%s's economy is %s: the 1035 Facility serves developing Member States and Member States with economy in transition (MC/INF/302, para. 10; Resolution No. 1035 (LXXX))",
			m.Name, m.Economy.describe()),
	}
}

// article4Finding is RuleArticle4 (subject) or RuleArrears (arrears, not
// subject) for m under the screener's look-back reading, or none.
func (sc *screener) article4Finding(m *MemberState) Reason {
	st := m.Article4()
	figures := []Figure{usd("arrears", st.Arrears)}
	if st.DueTwoYears.Valid {
		figures = append(figures, usd(sc.dueName, st.DueTwoYears.Decimal))
	}
	if st.Subject {
		var why string
		if st.Declared {
			why = fmt.Sprintf("%s is declared subject to Article 4 of the IOM Constitution by the registry (arrears %s)",
				m.Name, iomstrategy.FormatUSD(st.Arrears))
		} else {
			why = fmt.Sprintf("%s is subject to Article 4 of the IOM Constitution: its arrears of %s equal or exceed %s, %s, and the Council has not maintained its vote",
				m.Name, iomstrategy.FormatUSD(st.Arrears), sc.periodText(), iomstrategy.FormatUSD(st.DueTwoYears.Decimal))
		}
		return Reason{
			Rule: RuleArticle4, Citation: iomstrategy.Criterion(1), Verdict: Ineligible, Country: m.Name,
			Message: why + "; Member States subject to Article 4 are not eligible for Line 2 funding",
			Figures: figures,
		}
	}
	if st.Arrears.Sign() <= 0 {
		return Reason{}
	}
	var why string
	switch {
	case st.Declared:
		why = fmt.Sprintf("%s has arrears of %s and is declared not subject to Article 4 by the registry",
			m.Name, iomstrategy.FormatUSD(st.Arrears))
	case st.ThresholdMet:
		why = fmt.Sprintf("%s has arrears of %s, at or above %s, %s, but the Council maintained its vote, so it is not subject to Article 4",
			m.Name, iomstrategy.FormatUSD(st.Arrears), sc.periodText(), iomstrategy.FormatUSD(st.DueTwoYears.Decimal))
	default:
		why = fmt.Sprintf("%s has arrears of %s, below the Article 4 threshold of %s, %s",
			m.Name, iomstrategy.FormatUSD(st.Arrears), sc.periodText(), iomstrategy.FormatUSD(st.DueTwoYears.Decimal))
	}
	return Reason{
		Rule: RuleArrears, Citation: iomstrategy.Criterion(1), Verdict: Conditional, Country: m.Name,
		Message: why + "; access to Line 2 funding is linked to outstanding contributions, and the text does not say how: eligible on condition of the outstanding contributions",
		Figures: figures,
	}
}

// withOwnFigures returns r with a copy of its figures carved from the
// screener's slab, so that no two screenings share a figure.
func (sc *screener) withOwnFigures(r Reason) Reason {
	if r.Figures != nil {
		figs := sc.figures.take(len(r.Figures))
		copy(figs, r.Figures)
		r.Figures = figs
	}
	return r
}

// count returns n as a decimal, for the scope rule's figure.
func (sc *screener) count(n int) decimal.Decimal {
	if n < 0 || n >= len(sc.counts) {
		return decimal.NewFromInt(int64(n))
	}
	if sc.countsMade&(1<<n) == 0 {
		sc.counts[n] = decimal.NewFromInt(int64(n))
		sc.countsMade |= 1 << n
	}
	return sc.counts[n]
}

// screenInto judges one application (see Screen) and writes the screening
// into dst; on an error dst is left as it was.
func (sc *screener) screenInto(dst *Screening, app *Application) error {
	// The benefiting Member States, by registry index.
	var idxBuf [8]int
	idx, err := sc.lookUp(app, idxBuf[:0])
	if err != nil {
		return err
	}
	// Their findings.
	var findBuf [8]*stateFindings
	finds := findBuf[:0]
	var scratch []stateFindings // one screening: no memo, findings worked out here
	if sc.memo == nil {
		scratch = make([]stateFindings, len(idx))
	}
	for k, i := range idx {
		var into *stateFindings
		if scratch != nil {
			into = &scratch[k]
		}
		finds = append(finds, sc.findings(i, into))
	}

	// Which rules find something, to size the reasons exactly.
	s := Screening{ID: app.ID, Line: app.Line, Verdict: Eligible, Applied: facilityRules}
	n := len(idx)
	count := 0
	for _, f := range finds {
		if f.membership.Rule != "" {
			count++
		}
		if f.economy.Rule != "" {
			count++
		}
	}
	scope := app.Scope == National && n != 1 || app.Scope == Regional && n < 2
	zero := app.Amount.Sign() == 0
	var ceiling *ceilingRule // the ceiling that applies, if any
	var line2 []*Reason      // the Article 4 and arrears findings, in registry-list order
	var line2Buf [8]*Reason
	switch app.Line {
	case Line1:
		if sc.p.Line1Ceiling != nil {
			s.Applied |= RuleLine1Ceiling.bit()
			ceiling = &sc.line1
		}
	case Line2:
		s.Applied |= line2Rules
		ceiling = &sc.national
		if app.Scope == Regional {
			ceiling = &sc.regional
		}
		line2 = line2Buf[:0]
		for k, f := range finds {
			if r := sc.line2Finding(f, idx[k]); r.Rule != "" {
				line2 = append(line2, r)
			}
		}
	}
	exceeded := ceiling != nil && ceiling.exceededBy(app.Amount)
	follow := app.IsFollowUp()
	for _, b := range [...]bool{scope, zero, exceeded, follow} {
		if b {
			count++
		}
	}
	count += len(line2)
	if count == 0 {
		*dst = s
		return nil
	}

	// The reasons, in the order the rules run.
	rs := sc.reasons.take(count)[:0]

	// Facility-wide: whom the Facility serves.
	for _, f := range finds {
		if f.membership.Rule != "" {
			rs = append(rs, f.membership)
		}
	}
	for _, f := range finds {
		if f.economy.Rule != "" {
			rs = append(rs, f.economy)
		}
	}

	// Scope: the number of Member States.
	if scope {
		figs := sc.figures.take(1)
		figs[0] = Figure{Name: "benefiting Member States", Value: sc.count(n), Unit: UnitMemberStates}
		if app.Scope == National {
			rs = append(rs, Reason{
				Rule: RuleScope, Citation: iomstrategy.Criterion(2), Verdict: Ineligible,
				Message: "a national project benefits exactly one Member State; this one names " + strconv.Itoa(n),
				Figures: figs,
			})
		} else {
			rs = append(rs, Reason{
				Rule: RuleScope, Citation: iomstrategy.Criterion(3), Verdict: Ineligible,
				Message: "a regional project benefits at least two Member States; this one names " + strconv.Itoa(n),
				Figures: figs,
			})
		}
	}

	// Amount.
	if zero {
		figs := sc.figures.take(1)
		figs[0] = usd("amount requested", app.Amount)
		rs = append(rs, Reason{
			Rule: RuleAmount, Citation: iomstrategy.PartIIIBullet(5), Verdict: Ineligible,
			Message: "the amount requested is zero: there is nothing to fund",
			Figures: figs,
		})
	}

	// The ceiling of the line (criteria 2 and 3 on Line 2).
	if exceeded {
		rule := RuleLine2Ceiling
		if app.Line == Line1 {
			rule = RuleLine1Ceiling
		}
		rs = append(rs, ceiling.reason(rule, app.Amount, sc.figures.take(2)))
	}

	// Criterion 1: Article 4, then the arrears.
	for _, r := range line2 {
		if r.Rule == RuleArticle4 {
			rs = append(rs, sc.withOwnFigures(*r))
		}
	}
	for _, r := range line2 {
		if r.Rule == RuleArrears {
			rs = append(rs, sc.withOwnFigures(*r))
		}
	}

	if follow {
		rs = append(rs, followUpReason(app))
	}

	for i := range rs {
		s.Verdict = s.Verdict.Max(rs[i].Verdict)
	}
	s.Reasons = rs
	*dst = s
	return nil
}

// lookUp validates app (see Application.Validate) and finds its countries
// in the registry, appending their indices to idx. An error is the one
// Validate gives or, for a well-formed application, an
// *UnknownCountryError for the first country the registry lacks.
//
// The common case takes a shorter way with the same outcome: when every
// name is ASCII and found in the registry, and no two find the same
// Member State, the names pass the check of the country list (no name is
// empty, and two ASCII names equal ignoring case would have the same
// registry key, hence the same Member State), so only the other checks of
// Validate remain. Any other case runs Validate in full, then the lookups.
func (sc *screener) lookUp(app *Application, idx []int) ([]int, error) {
	short := len(app.Countries) > 0
	for _, c := range app.Countries {
		i, ok := sc.reg.index(c)
		if !ok || !isASCII(c) || slices.Contains(idx, i) {
			short = false
			break
		}
		idx = append(idx, i)
	}
	if short {
		return idx, app.validate(false)
	}
	if err := app.validate(true); err != nil {
		return nil, err
	}
	idx = idx[:0]
	for _, c := range app.Countries {
		i, ok := sc.reg.index(c)
		if !ok {
			return nil, &UnknownCountryError{Application: app.ID, Country: strings.TrimSpace(c)}
		}
		idx = append(idx, i)
	}
	return idx, nil
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// followUpReason applies criterion 4 to a follow-up.
func followUpReason(app *Application) Reason {
	r := Reason{Rule: RuleFollowUp, Citation: iomstrategy.Criterion(4), Verdict: NeedsReview}
	switch {
	case app.Line == Line1:
		r.Message = quoted("a Line 1 application that follows up project ", app.FollowUpOf, ": the text settles follow-ups only under Line 2 (criterion 4: a follow-up to a Line 1 project is admissible under Line 2) and says nothing of follow-ups on Line 1; needs review")
	case app.FollowUpLine == Line1:
		r.Verdict = Eligible
		r.Message = quoted("follows up project ", app.FollowUpOf, ", funded under Line 1 (as declared; the earlier project's record is not checked): a follow-up to a Line 1 project is admissible under Line 2")
	case app.FollowUpLine == Line2:
		r.Message = quoted("follows up project ", app.FollowUpOf, ", funded under Line 2: the text makes follow-ups to Line 1 projects admissible under Line 2 (criterion 4) and says nothing of follow-ups to Line 2 projects; needs review")
	default:
		r.Message = quoted("follows up project ", app.FollowUpOf, ", whose funding line is not given: only a follow-up to a Line 1 project is admissible under Line 2 (criterion 4), and the text settles no other case; needs review")
	}
	return r
}

// quoted returns before + s quoted as Go syntax (what %q writes) + after,
// building the common case (printable ASCII with no quote or backslash,
// which quoting leaves as it is) in one allocation.
func quoted(before, s, after string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e || c == '"' || c == '\\' {
			return before + strconv.Quote(s) + after
		}
	}
	return before + `"` + s + `"` + after
}
