package facility1035

import (
	"encoding/json"
	"errors"
	"strings"

	"github.com/policycode/iomstrategy"
)

// Commitment is money committed to a project on one funding line.
type Commitment struct {
	ID     string          `json:"id"`
	Line   Line            `json:"line"`
	Amount iomstrategy.USD `json:"amount"` // above zero
}

// Ledger is the books of one year's Facility money, kept apart by line as
// Part III, bullet 5, criterion 5 requires: "Distinct tracking and
// accounting of the two funding lines will be established."
//
// Each line has a budget, the year's Line 1 or Line 2 after the cap (direct
// contributions are in neither). A commitment is booked on its own line
// only: one larger than what remains there is refused, never covered from
// the other line. A Ledger is plain data: NewLedger makes one, and Book and
// BookAll return a new one and leave their receiver as it was. The zero
// Ledger has budgets of zero. It marshals to the tool's JSON: each line's
// budget, committed, remaining and count, then the commitments in order.
type Ledger struct {
	Line1Budget, Line2Budget iomstrategy.USD
	// Commitments are the commitments booked, in booking order.
	Commitments []Commitment
}

// NewLedger returns the books of a year with the given budgets for Line 1
// and Line 2, and nothing committed. A budget must be zero or more; the
// error is an *InputError wrapping iomstrategy.ErrNegativeAmount.
func NewLedger(line1Budget, line2Budget iomstrategy.USD) (Ledger, error) {
	for i, b := range []iomstrategy.USD{line1Budget, line2Budget} {
		if b.Sign() < 0 {
			return Ledger{}, &InputError{Input: "ledger", Field: Line(i+1).String() + " budget", Value: usdText(b), Err: iomstrategy.ErrNegativeAmount}
		}
	}
	return Ledger{Line1Budget: line1Budget, Line2Budget: line2Budget}, nil
}

// Book commits c against its own line and returns the new books; l is
// left unchanged. It refuses, returning l itself and an *InputError:
//
//   - an empty id (iomstrategy.ErrMissing), a line other than 1 or 2
//     (ErrInvalidChoice), an amount of zero (ErrZeroCommitment) or below
//     (iomstrategy.ErrNegativeAmount);
//   - an id already booked in l (iomstrategy.ErrDuplicate);
//   - an amount above what remains on c's line (ErrExceedsRemaining). A
//     commitment of exactly what remains is booked and leaves zero. This
//     refusal rests on the reading no-cross-line-cover (BookAll's Refusal
//     names it).
func (l Ledger) Book(c Commitment) (Ledger, error) {
	next, refused := l.BookAll([]Commitment{c})
	if len(refused) > 0 {
		return l, refused[0].Err
	}
	return next, nil
}

// The codes of the ledger rules (Refusal.Code), rules of the rule book
// under Part III, criterion 5.
const (
	// LedgerCommitment refuses a commitment that cannot be tracked: no id,
	// an id already booked, no such line, an amount not above zero.
	LedgerCommitment = "ledger.commitment"
	// LedgerOwnLine refuses a commitment above what remains on its line.
	LedgerOwnLine = "ledger.own-line"
)

// Refusal is a commitment BookAll did not book, and why.
type Refusal struct {
	Position   int // its place in the batch given to BookAll, from 1
	Commitment Commitment
	Err        error // an *InputError, as Book gives it (its Position is 0)
	// Code is the ledger rule that refused it: LedgerOwnLine when Err is
	// ErrExceedsRemaining, LedgerCommitment otherwise.
	Code string
	// Citation is the provision of the ledger rules, Part III, criterion 5.
	Citation iomstrategy.Citation
	// Interpretations are the codes of the readings the refusal rests on:
	// no-cross-line-cover for a commitment above what remains on its line.
	Interpretations []string
}

// BookAll books the commitments in order and returns the new books with
// every refusal, in order; the refused are skipped and the rest booked
// (each judged against the books as they stand after the ones before it).
// l is left unchanged. A refused commitment's id stays free: a later
// commitment with the same id may be booked.
func (l Ledger) BookAll(cs []Commitment) (Ledger, []Refusal) {
	next := l
	next.Commitments = append([]Commitment(nil), l.Commitments...)
	booked := map[string]bool{}
	for _, c := range l.Commitments {
		booked[c.ID] = true
	}
	remaining := map[Line]iomstrategy.USD{Line1: l.Remaining(Line1), Line2: l.Remaining(Line2)}
	var refused []Refusal
	for i, c := range cs {
		if err := refusal(c, booked, remaining[c.Line]); err != nil {
			r := Refusal{Position: i + 1, Commitment: c, Err: err, Code: ruleCommitment, Citation: iomstrategy.Criterion(5)}
			if errors.Is(err, ErrExceedsRemaining) {
				r.Code = ruleOwnLine
				r.Interpretations = []string{idNoCrossLineCover}
			}
			refused = append(refused, r)
			continue
		}
		next.Commitments = append(next.Commitments, c)
		booked[c.ID] = true
		remaining[c.Line] = remaining[c.Line].Sub(c.Amount)
	}
	return next, refused
}

// refusal is why c cannot be booked, given the ids booked and what remains
// on its line, or nil.
func refusal(c Commitment, booked map[string]bool, remaining iomstrategy.USD) *InputError {
	fail := func(err error) *InputError { return &InputError{Input: "commitment", ID: c.ID, Err: err} }
	switch {
	case strings.TrimSpace(c.ID) == "":
		return fail(failf(iomstrategy.ErrMissing, "the commitment has no id"))
	case !c.Line.Valid():
		return fail(c.Line.invalid())
	case c.Amount.Sign() < 0:
		return fail(iomstrategy.ErrNegativeAmount)
	case c.Amount.IsZero():
		return fail(failf(ErrZeroCommitment, "%v: %s", ErrZeroCommitment, c.Amount.Decimal()))
	case booked[c.ID]:
		return fail(failf(iomstrategy.ErrDuplicate, "id already booked on this ledger"))
	case c.Amount.Cmp(remaining) > 0:
		return fail(failf(ErrExceedsRemaining, "%s on %s exceeds the %s that remains there (never covered from the other line)",
			c.Amount, c.Line, remaining))
	}
	return nil
}

// Approved returns the commitments that screenings approve, in order: one
// per screening whose verdict is Eligible, or Conditional when conditional
// is true, for its fundable amount on its line, under its id. A
// screening that needs review or is ineligible is never approved (a person
// decides the first; the text excludes the second), nor one with nothing
// fundable. Book them with Ledger.BookAll.
func Approved(ss []Screening, conditional bool) []Commitment {
	var out []Commitment
	for _, s := range ss {
		ok := s.Verdict == Eligible || (conditional && s.Verdict == Conditional)
		if ok && s.Fundable.Sign() > 0 {
			out = append(out, Commitment{ID: s.ID, Line: s.Line, Amount: s.Fundable})
		}
	}
	return out
}

// Budget returns line's budget (zero for a line other than 1 or 2).
func (l Ledger) Budget(line Line) iomstrategy.USD {
	switch line {
	case Line1:
		return l.Line1Budget
	case Line2:
		return l.Line2Budget
	}
	return iomstrategy.USD{}
}

// Committed returns what is committed on line.
func (l Ledger) Committed(line Line) iomstrategy.USD {
	var sum iomstrategy.USD
	for _, c := range l.Commitments {
		if c.Line == line {
			sum = sum.Add(c.Amount)
		}
	}
	return sum
}

// Remaining returns what remains on line: its budget less what is
// committed on it.
func (l Ledger) Remaining(line Line) iomstrategy.USD {
	return l.Budget(line).Sub(l.Committed(line))
}

// Account is the books of one line.
type Account struct {
	Line        Line            `json:"line"`
	Budget      iomstrategy.USD `json:"budget"`
	Committed   iomstrategy.USD `json:"committed"`
	Remaining   iomstrategy.USD `json:"remaining"`
	Commitments int             `json:"commitments"` // how many are booked on the line
}

// Accounts returns the books of Line 1 and Line 2, in that order.
func (l Ledger) Accounts() []Account {
	out := make([]Account, 0, 2)
	for _, line := range []Line{Line1, Line2} {
		var committed iomstrategy.USD
		n := 0
		for _, c := range l.Commitments {
			if c.Line == line {
				committed, n = committed.Add(c.Amount), n+1
			}
		}
		budget := l.Budget(line)
		out = append(out, Account{Line: line, Budget: budget, Committed: committed, Remaining: budget.Sub(committed), Commitments: n})
	}
	return out
}

// MarshalJSON writes {"lines": Accounts, "committed": Commitments}.
func (l Ledger) MarshalJSON() ([]byte, error) {
	committed := l.Commitments
	if committed == nil {
		committed = []Commitment{}
	}
	return json.Marshal(struct {
		Lines     []Account    `json:"lines"`
		Committed []Commitment `json:"committed"`
	}{l.Accounts(), committed})
}
