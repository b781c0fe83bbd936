package facility1035

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// Commitment is money committed to a project on one funding line.
type Commitment struct {
	ID     string
	Line   Line
	Amount decimal.Decimal // USD, whole cents, above zero
}

// Equal compares commitments, amounts as numbers.
func (c Commitment) Equal(o Commitment) bool {
	return c.ID == o.ID && c.Line == o.Line && c.Amount.Equal(o.Amount)
}

// The reasons a ledger refuses a commitment or a budget. A refused
// commitment comes back as a *CommitmentError wrapping one of these (or
// ErrUnknownLine, or an *iomstrategy.AmountError for a sub-cent amount), or
// as an *ExceedsRemainingError.
var (
	// ErrMissingCommitmentID: a commitment without an id.
	ErrMissingCommitmentID = errors.New("the commitment has no id")
	// ErrDuplicateCommitment: a commitment whose id is already booked.
	ErrDuplicateCommitment = errors.New("id already booked on this ledger")
	// ErrNonPositiveCommitment: a commitment of zero or less.
	ErrNonPositiveCommitment = errors.New("the amount must be above zero")
	// ErrExceedsRemaining: a commitment larger than what remains on its
	// line. It is refused, never covered from the other line.
	ErrExceedsRemaining = errors.New("commitment exceeds what remains on its line")
	// ErrInvalidBudget: a budget that is negative or finer than a cent.
	ErrInvalidBudget = errors.New("invalid ledger budget")
)

// CommitmentError is a commitment the ledger refuses for what it is (as
// opposed to what remains on its line, see ExceedsRemainingError).
type CommitmentError struct {
	Commitment Commitment
	Err        error
}

func (e *CommitmentError) Error() string {
	return fmt.Sprintf("commitment %q: %v", e.Commitment.ID, e.Err)
}

// Unwrap returns the cause.
func (e *CommitmentError) Unwrap() error { return e.Err }

// ExceedsRemainingError is a commitment larger than what remains on its
// line. It names the line, what remains and the amount.
type ExceedsRemainingError struct {
	ID        string
	Line      Line
	Remaining decimal.Decimal
	Amount    decimal.Decimal
}

func (e *ExceedsRemainingError) Error() string {
	return fmt.Sprintf("commitment %q: %s on %s exceeds the %s that remains there (never covered from the other line)",
		e.ID, iomstrategy.FormatUSD(e.Amount), e.Line, iomstrategy.FormatUSD(e.Remaining))
}

// Is makes every ExceedsRemainingError match ErrExceedsRemaining.
func (e *ExceedsRemainingError) Is(target error) bool { return target == ErrExceedsRemaining }

// Ledger is the books of one year's Facility money, kept apart by line as
// Part III, bullet 5, criterion 5 requires: "Distinct tracking and
// accounting of the two funding lines will be established."
//
// Each line has a budget (from the year's allocation: Line 1 and Line 2
// after the cap; direct voluntary contributions are outside the two lines
// and are not in the ledger). A commitment is booked against its own line
// only: one larger than what remains there is refused, never covered from
// the other line.
//
// # Values
//
// A Ledger is an immutable value. Book returns a new Ledger and leaves its
// receiver as it was, so an old value still reports the books as they
// stood. Values may be copied and shared between goroutines freely.
//
// Booking is O(1) amortized: successive versions share one append-only
// store of commitments, and each version sees its own prefix of it.
// Booking on the newest version appends in place; booking on an older
// version (a branch) first copies that version's commitments, once, and
// the branch then grows in place in its turn. Nothing a version can see
// is ever overwritten.
//
// The zero Ledger has budgets of zero on both lines: it refuses every
// commitment as exceeding what remains.
type Ledger struct {
	budget    [2]decimal.Decimal // by line: [0] Line 1, [1] Line 2
	committed [2]decimal.Decimal
	entries   []Commitment // this version's commitments, in booking order
	store     *ledgerStore // shared by the versions that grew from one another
}

// LedgerCitation is the source of the ledger's rule: Part III, bullet 5,
// criterion 5, "Distinct tracking and accounting of the two funding lines
// will be established."
func LedgerCitation() iomstrategy.Citation { return iomstrategy.Criterion(5) }

// ledgerStore is the part of a ledger shared between versions: how far the
// shared backing array is claimed, and where each id was booked.
type ledgerStore struct {
	mu  sync.Mutex
	tip int            // commitments claimed in the shared backing array
	ids map[string]int // id -> position, for positions below tip
}

// NewLedger returns the books of a year with the given budgets for Line 1
// and Line 2, and nothing committed. A budget must be zero or more, in
// whole cents; the error wraps ErrInvalidBudget.
func NewLedger(line1Budget, line2Budget decimal.Decimal) (Ledger, error) {
	for i, b := range []decimal.Decimal{line1Budget, line2Budget} {
		if err := checkCents(b); err != nil {
			return Ledger{}, fmt.Errorf("%w: %s: %w", ErrInvalidBudget, Line(i+1), err)
		}
	}
	return Ledger{budget: [2]decimal.Decimal{line1Budget, line2Budget}}, nil
}

// MustNewLedger is NewLedger that panics on error, for budgets written in
// code.
func MustNewLedger(line1Budget, line2Budget decimal.Decimal) Ledger {
	l, err := NewLedger(line1Budget, line2Budget)
	if err != nil {
		panic(err)
	}
	return l
}

// check refuses a commitment for what it is, before looking at the books.
func (c Commitment) check() error {
	fail := func(err error) error { return &CommitmentError{Commitment: c, Err: err} }
	switch {
	case strings.TrimSpace(c.ID) == "":
		return fail(ErrMissingCommitmentID)
	case !c.Line.Valid():
		return fail(fmt.Errorf("%w: %d (want 1 or 2)", ErrUnknownLine, uint8(c.Line)))
	case c.Amount.Sign() <= 0:
		return fail(fmt.Errorf("%w: %s", ErrNonPositiveCommitment, c.Amount.String()))
	case !iomstrategy.HasCents(c.Amount):
		return fail(&iomstrategy.AmountError{Input: c.Amount.String(), Reason: "at most two decimals (cents); the amount is not rounded"})
	}
	return nil
}

// Book commits c against its own line and returns the new books; l is
// left unchanged. It refuses, returning l itself and an error:
//
//   - an empty id (ErrMissingCommitmentID), a line other than 1 or 2
//     (ErrUnknownLine), an amount of zero or less (ErrNonPositiveCommitment)
//     or finer than a cent (iomstrategy.ErrInvalidAmount), each as a
//     *CommitmentError;
//   - an id already booked in l (ErrDuplicateCommitment);
//   - an amount above what remains on c's line (*ExceedsRemainingError). A
//     commitment of exactly what remains is booked and leaves zero.
func (l Ledger) Book(c Commitment) (Ledger, error) {
	if err := c.check(); err != nil {
		return l, err
	}
	i := int(c.Line) - 1
	if l.store != nil && l.has(c.ID) {
		return l, &CommitmentError{Commitment: c, Err: ErrDuplicateCommitment}
	}
	remaining := l.budget[i].Sub(l.committed[i])
	if c.Amount.Cmp(remaining) > 0 {
		return l, &ExceedsRemainingError{ID: c.ID, Line: c.Line, Remaining: remaining, Amount: c.Amount}
	}
	next := l
	next.committed[i] = l.committed[i].Add(c.Amount)
	next.entries, next.store = l.appendEntry(c)
	return next, nil
}

// has reports whether id is booked in this version.
func (l Ledger) has(id string) bool {
	l.store.mu.Lock()
	pos, ok := l.store.ids[id]
	l.store.mu.Unlock()
	return ok && pos < len(l.entries) && l.entries[pos].ID == id
}

// appendEntry returns this version's commitments with c after them, and
// the store they now live in. It appends in place when this version is
// the newest of its store; otherwise it copies (a branch) into a new store.
func (l Ledger) appendEntry(c Commitment) ([]Commitment, *ledgerStore) {
	if l.store != nil {
		l.store.mu.Lock()
		if l.store.tip == len(l.entries) {
			entries := append(l.entries, c)
			l.store.ids[c.ID] = len(l.entries)
			l.store.tip++
			l.store.mu.Unlock()
			return entries, l.store
		}
		l.store.mu.Unlock()
	}
	entries := make([]Commitment, len(l.entries), max(2*len(l.entries), 8))
	copy(entries, l.entries)
	entries = append(entries, c)
	s := &ledgerStore{tip: len(entries), ids: make(map[string]int, cap(entries))}
	for i, e := range entries {
		s.ids[e.ID] = i
	}
	return entries, s
}

// Refusal is a commitment BookAll did not book, and why.
type Refusal struct {
	Index      int // its position in the batch given to BookAll (0-based)
	Commitment Commitment
	Err        error
}

// Equal compares the positions, the commitments and the error messages.
func (r Refusal) Equal(o Refusal) bool {
	return r.Index == o.Index && r.Commitment.Equal(o.Commitment) && fmt.Sprint(r.Err) == fmt.Sprint(o.Err)
}

// BookAll books the commitments in order and returns the new books with
// every refusal, in order; the refused are skipped and the rest booked
// (each judged against the books as they stand after the ones before it).
// l is left unchanged. A refused commitment's id stays free: a later
// commitment with the same id may be booked.
func (l Ledger) BookAll(cs []Commitment) (Ledger, []Refusal) {
	var refused []Refusal
	for i, c := range cs {
		next, err := l.Book(c)
		if err != nil {
			refused = append(refused, Refusal{Index: i, Commitment: c, Err: err})
			continue
		}
		l = next
	}
	return l, refused
}

// Budget returns line's budget (zero for a line other than 1 or 2).
func (l Ledger) Budget(line Line) decimal.Decimal {
	if !line.Valid() {
		return decimal.Decimal{}
	}
	return l.budget[line-1]
}

// Committed returns what is committed on line.
func (l Ledger) Committed(line Line) decimal.Decimal {
	if !line.Valid() {
		return decimal.Decimal{}
	}
	return l.committed[line-1]
}

// Remaining returns what remains on line: budget minus committed, never
// negative.
func (l Ledger) Remaining(line Line) decimal.Decimal {
	if !line.Valid() {
		return decimal.Decimal{}
	}
	return l.budget[line-1].Sub(l.committed[line-1])
}

// Len returns the number of commitments booked.
func (l Ledger) Len() int { return len(l.entries) }

// Commitments returns a copy of every commitment booked, in booking order.
func (l Ledger) Commitments() []Commitment { return slices.Clone(l.entries) }

// CommitmentsOn returns a copy of the commitments booked on line, in
// booking order.
func (l Ledger) CommitmentsOn(line Line) []Commitment {
	var out []Commitment
	for _, c := range l.entries {
		if c.Line == line {
			out = append(out, c)
		}
	}
	return out
}

// Account is the books of one line.
type Account struct {
	Line        Line
	Budget      decimal.Decimal
	Committed   decimal.Decimal
	Remaining   decimal.Decimal
	Commitments []Commitment
}

// Equal compares accounts, amounts as numbers.
func (a Account) Equal(o Account) bool {
	return a.Line == o.Line && a.Budget.Equal(o.Budget) && a.Committed.Equal(o.Committed) &&
		a.Remaining.Equal(o.Remaining) && slices.EqualFunc(a.Commitments, o.Commitments, Commitment.Equal)
}

// Account returns the books of line.
func (l Ledger) Account(line Line) Account {
	return Account{Line: line, Budget: l.Budget(line), Committed: l.Committed(line),
		Remaining: l.Remaining(line), Commitments: l.CommitmentsOn(line)}
}

// Accounts returns the books of Line 1 and Line 2, in that order.
func (l Ledger) Accounts() []Account { return []Account{l.Account(Line1), l.Account(Line2)} }

// Equal reports whether l and o hold the same budgets and the same
// commitments in the same order.
func (l Ledger) Equal(o Ledger) bool {
	return l.budget[0].Equal(o.budget[0]) && l.budget[1].Equal(o.budget[1]) &&
		l.committed[0].Equal(o.committed[0]) && l.committed[1].Equal(o.committed[1]) &&
		slices.EqualFunc(l.entries, o.entries, Commitment.Equal)
}
