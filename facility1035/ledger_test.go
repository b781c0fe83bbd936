package facility1035

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

func commit(id string, line Line, amount string) Commitment {
	return Commitment{ID: id, Line: line, Amount: usdT(amount)}
}

func TestNewLedger(t *testing.T) {
	l, err := NewLedger(usdT("1400000"), usdT("650000.50"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Account{
		{Line: Line1, Budget: usdT("1400000"), Committed: decimal.Zero, Remaining: usdT("1400000")},
		{Line: Line2, Budget: usdT("650000.50"), Committed: decimal.Zero, Remaining: usdT("650000.50")},
	}
	if diff := cmp.Diff(want, l.Accounts()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, tc := range []struct {
		name   string
		l1, l2 decimal.Decimal
		line   string
	}{
		{"negative Line 1", decimal.New(-1, 0), decimal.Zero, "Line 1"},
		{"sub-cent Line 2", decimal.Zero, decimal.New(1, -3), "Line 2"},
	} {
		_, err := NewLedger(tc.l1, tc.l2)
		if !errors.Is(err, ErrInvalidBudget) || !errors.Is(err, iomstrategy.ErrInvalidAmount) || !strings.Contains(err.Error(), tc.line) {
			t.Errorf("%s: %v, want ErrInvalidBudget naming %s", tc.name, err, tc.line)
		}
	}
	var zero Ledger
	if _, err := zero.Book(commit("z", Line1, "0.01")); !errors.Is(err, ErrExceedsRemaining) {
		t.Errorf("the zero ledger booked: %v", err)
	}
	if !zero.Remaining(Line1).IsZero() || zero.Len() != 0 {
		t.Errorf("the zero ledger is not empty")
	}
}

// TestBook pins what the ledger books and refuses (Part III, bullet 5,
// criterion 5: distinct tracking of the two lines).
func TestBook(t *testing.T) {
	base := MustNewLedger(usdT("1000"), usdT("500"))
	base, err := base.Book(commit("first", Line2, "100"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		c        Commitment
		sentinel error // nil: booked
		line1    string
		line2    string // committed after
	}{
		{"criterion 5: Line 1 commitment on Line 1", commit("a", Line1, "999.99"), nil, "999.99", "100"},
		{"criterion 5: Line 2 commitment on Line 2", commit("a", Line2, "150"), nil, "0", "250"},
		{"criterion 5: exactly what remains on Line 2", commit("a", Line2, "400"), nil, "0", "500"},
		{"criterion 5: one cent more than remains on Line 2, refused, not taken from Line 1", commit("a", Line2, "400.01"), ErrExceedsRemaining, "0", "100"},
		{"criterion 5: more than Line 1 holds", commit("a", Line1, "1000.01"), ErrExceedsRemaining, "0", "100"},
		{"duplicate id", commit("first", Line1, "1"), ErrDuplicateCommitment, "0", "100"},
		{"duplicate id on the other line", commit("first", Line2, "1"), ErrDuplicateCommitment, "0", "100"},
		{"line 0", commit("a", 0, "1"), ErrUnknownLine, "0", "100"},
		{"line 3", commit("a", 3, "1"), ErrUnknownLine, "0", "100"},
		{"zero amount", commit("a", Line1, "0"), ErrNonPositiveCommitment, "0", "100"},
		{"negative amount", Commitment{ID: "a", Line: Line1, Amount: decimal.New(-5, 0)}, ErrNonPositiveCommitment, "0", "100"},
		{"sub-cent amount", Commitment{ID: "a", Line: Line1, Amount: decimal.New(1001, -3)}, iomstrategy.ErrInvalidAmount, "0", "100"},
		{"empty id", commit(" ", Line1, "1"), ErrMissingCommitmentID, "0", "100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := base.Accounts()
			got, err := base.Book(tt.c)
			if tt.sentinel == nil {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
			} else if !errors.Is(err, tt.sentinel) {
				t.Fatalf("error %v, want %v", err, tt.sentinel)
			} else if !got.Equal(base) {
				t.Errorf("a refused Book changed the books")
			}
			if !got.Committed(Line1).Equal(usdT(tt.line1)) || !got.Committed(Line2).Equal(usdT(tt.line2)) {
				t.Errorf("committed %s / %s, want %s / %s", got.Committed(Line1), got.Committed(Line2), tt.line1, tt.line2)
			}
			if diff := cmp.Diff(before, base.Accounts()); diff != "" {
				t.Errorf("Book changed its receiver (-before +after):\n%s", diff)
			}
		})
	}

	t.Run("the refusal for exceeding names line, remaining and amount", func(t *testing.T) {
		_, err := base.Book(commit("big", Line2, "400.01"))
		var ee *ExceedsRemainingError
		if !errors.As(err, &ee) {
			t.Fatalf("%v is not an *ExceedsRemainingError", err)
		}
		want := ExceedsRemainingError{ID: "big", Line: Line2, Remaining: usdT("400"), Amount: usdT("400.01")}
		if ee.ID != want.ID || ee.Line != want.Line || !ee.Remaining.Equal(want.Remaining) || !ee.Amount.Equal(want.Amount) {
			t.Errorf("got %+v, want %+v", *ee, want)
		}
		for _, w := range []string{"Line 2", "USD 400.01", "USD 400.00"} {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%q lacks %q", err, w)
			}
		}
	})
	t.Run("refusals for what the commitment is are *CommitmentError", func(t *testing.T) {
		_, err := base.Book(commit("first", Line1, "1"))
		var ce *CommitmentError
		if !errors.As(err, &ce) || ce.Commitment.ID != "first" {
			t.Fatalf("%v is not a *CommitmentError for first", err)
		}
	})
}

func TestLedgerAtZeroRemaining(t *testing.T) {
	l := MustNewLedger(usdT("300"), usdT("200"))
	l, refused := l.BookAll([]Commitment{
		commit("a", Line2, "150"),
		commit("b", Line2, "50"), // leaves exactly zero on Line 2
		commit("c", Line2, "0.01"),
		commit("d", Line1, "300"), // leaves exactly zero on Line 1
		commit("e", Line1, "0.01"),
	})
	if !l.Remaining(Line1).IsZero() || !l.Remaining(Line2).IsZero() {
		t.Errorf("remaining %s / %s, want 0 / 0", l.Remaining(Line1), l.Remaining(Line2))
	}
	var ids []string
	for _, r := range refused {
		ids = append(ids, r.Commitment.ID)
		if !errors.Is(r.Err, ErrExceedsRemaining) {
			t.Errorf("%s refused with %v", r.Commitment.ID, r.Err)
		}
	}
	if diff := cmp.Diff([]string{"c", "e"}, ids); diff != "" {
		t.Errorf("refused (-want +got):\n%s", diff)
	}
	want := []Account{
		{Line: Line1, Budget: usdT("300"), Committed: usdT("300"), Remaining: decimal.Zero, Commitments: []Commitment{commit("d", Line1, "300")}},
		{Line: Line2, Budget: usdT("200"), Committed: usdT("200"), Remaining: decimal.Zero, Commitments: []Commitment{commit("a", Line2, "150"), commit("b", Line2, "50")}},
	}
	if diff := cmp.Diff(want, l.Accounts()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// A line with a budget of zero refuses everything and holds zero.
	z := MustNewLedger(usdT("0"), usdT("10"))
	if _, err := z.Book(commit("x", Line1, "0.01")); !errors.Is(err, ErrExceedsRemaining) {
		t.Errorf("a zero budget accepted a commitment: %v", err)
	}
}

func TestBookAll(t *testing.T) {
	start := MustNewLedger(usdT("100"), usdT("100"))
	end, refused := start.BookAll([]Commitment{
		commit("a", Line1, "60"),
		commit("b", Line2, "90"),
		commit("a", Line2, "5"),    // duplicate
		commit("c", Line1, "50"),   // exceeds: 40 remains on Line 1
		commit("d", Line1, "40"),   // fits
		commit("e", 3, "1"),        // unknown line
		commit("f", Line2, "0"),    // zero
		commit("c", Line2, "10.0"), // c was refused, so the id is free
	})
	want := []Refusal{
		{2, commit("a", Line2, "5"), &CommitmentError{Commitment: commit("a", Line2, "5"), Err: ErrDuplicateCommitment}},
		{3, commit("c", Line1, "50"), &ExceedsRemainingError{ID: "c", Line: Line1, Remaining: usdT("40"), Amount: usdT("50")}},
		{5, commit("e", 3, "1"), &CommitmentError{Commitment: commit("e", 3, "1"), Err: fmt.Errorf("%w: 3 (want 1 or 2)", ErrUnknownLine)}},
		{6, commit("f", Line2, "0"), &CommitmentError{Commitment: commit("f", Line2, "0"), Err: fmt.Errorf("%w: 0", ErrNonPositiveCommitment)}},
	}
	if diff := cmp.Diff(want, refused); diff != "" {
		t.Errorf("refused (-want +got):\n%s", diff)
	}
	wantBooked := []Commitment{commit("a", Line1, "60"), commit("b", Line2, "90"), commit("d", Line1, "40"), commit("c", Line2, "10")}
	if diff := cmp.Diff(wantBooked, end.Commitments()); diff != "" {
		t.Errorf("booked (-want +got):\n%s", diff)
	}
	if start.Len() != 0 || !start.Committed(Line1).IsZero() {
		t.Errorf("BookAll changed its receiver")
	}
	// Commitments returns a copy.
	cs := end.Commitments()
	cs[0].ID = "changed"
	if end.Commitments()[0].ID != "a" {
		t.Errorf("Commitments returned the ledger's own storage")
	}
	if !end.Budget(0).IsZero() || !end.Committed(3).IsZero() || !end.Remaining(0).IsZero() || end.CommitmentsOn(3) != nil {
		t.Errorf("an invalid line has books")
	}
}

// TestLedgerVersions: old values stay as they were, also when a branch is
// booked on an old version.
func TestLedgerVersions(t *testing.T) {
	v0 := MustNewLedger(usdT("100"), usdT("100"))
	v1, _ := v0.Book(commit("a", Line1, "10"))
	v2, _ := v1.Book(commit("b", Line1, "20"))
	// Branch from v1: "b" is not booked there, so it may be booked anew.
	w2, err := v1.Book(commit("b", Line2, "30"))
	if err != nil {
		t.Fatalf("branch: %v", err)
	}
	v3, _ := v2.Book(commit("c", Line1, "5"))
	w3, err := w2.Book(commit("c", Line2, "7"))
	if err != nil {
		t.Fatalf("branch of a branch: %v", err)
	}
	if _, err := w3.Book(commit("a", Line1, "1")); !errors.Is(err, ErrDuplicateCommitment) {
		t.Errorf("a branch forgot a commitment it shares: %v", err)
	}
	for _, tc := range []struct {
		name   string
		l      Ledger
		ids    []string
		l1, l2 string
	}{
		{"v0", v0, nil, "0", "0"},
		{"v1", v1, []string{"a"}, "10", "0"},
		{"v2", v2, []string{"a", "b"}, "30", "0"},
		{"v3", v3, []string{"a", "b", "c"}, "35", "0"},
		{"w2", w2, []string{"a", "b"}, "10", "30"},
		{"w3", w3, []string{"a", "b", "c"}, "10", "37"},
	} {
		var ids []string
		for _, c := range tc.l.Commitments() {
			ids = append(ids, c.ID)
		}
		if diff := cmp.Diff(tc.ids, ids); diff != "" {
			t.Errorf("%s ids (-want +got):\n%s", tc.name, diff)
		}
		if !tc.l.Committed(Line1).Equal(usdT(tc.l1)) || !tc.l.Committed(Line2).Equal(usdT(tc.l2)) {
			t.Errorf("%s committed %s/%s, want %s/%s", tc.name, tc.l.Committed(Line1), tc.l.Committed(Line2), tc.l1, tc.l2)
		}
	}
	if v2.Equal(w2) || !v2.Equal(v2) {
		t.Errorf("Equal is wrong")
	}
}

// TestLedgerConcurrentBranches books on one version from many goroutines:
// every result holds exactly its own commitment (run with -race).
func TestLedgerConcurrentBranches(t *testing.T) {
	base := MustNewLedger(usdT("1000000"), usdT("1000000"))
	base, _ = base.Book(commit("root", Line1, "1"))
	const n = 32
	results := make([]Ledger, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := base
			for j := range 50 {
				var err error
				l, err = l.Book(commit(fmt.Sprintf("g%d-%d", i, j), Line(1+j%2), "1"))
				if err != nil {
					t.Error(err)
					return
				}
			}
			results[i] = l
		}()
	}
	wg.Wait()
	for i, l := range results {
		cs := l.Commitments()
		if len(cs) != 51 || cs[0].ID != "root" {
			t.Fatalf("goroutine %d: %d commitments", i, len(cs))
		}
		for j, c := range cs[1:] {
			if want := fmt.Sprintf("g%d-%d", i, j); c.ID != want {
				t.Fatalf("goroutine %d: commitment %d is %s, want %s", i, j, c.ID, want)
			}
		}
	}
	if base.Len() != 1 {
		t.Errorf("base changed: %d commitments", base.Len())
	}
}

// TestLedgerProperties books thousands of random commitments, sometimes on
// old versions, and checks after every step that the ledger never commits
// more than a line holds, never moves money between lines, and never
// changes an old value.
func TestLedgerProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	type snapshot struct {
		l         Ledger
		committed [2]decimal.Decimal
		booked    []Commitment
	}
	for round := range 20 {
		budgets := [2]decimal.Decimal{decimal.New(rng.Int64N(2_000_000_00), -2), decimal.New(rng.Int64N(700_000_00), -2)}
		l := MustNewLedger(budgets[0], budgets[1])
		history := []snapshot{{l: l, committed: [2]decimal.Decimal{decimal.Zero, decimal.Zero}}}
		for step := range 500 {
			// Book on the newest version most of the time, on an old one
			// sometimes.
			from := len(history) - 1
			if rng.IntN(10) == 0 {
				from = rng.IntN(len(history))
			}
			cur := history[from]
			c := Commitment{
				ID:     fmt.Sprintf("c%d", rng.IntN(400)),
				Line:   Line(rng.IntN(4)), // 0 and 3 are unknown lines
				Amount: decimal.New(rng.Int64N(300_000_00)-10_00, -2),
			}
			if rng.IntN(50) == 0 {
				c.Amount = decimal.New(rng.Int64N(1000)+1, -3) // sub-cent sometimes
			}
			next, err := cur.l.Book(c)
			// The model: what the ledger must do.
			dup := false
			for _, b := range cur.booked {
				if b.ID == c.ID {
					dup = true
				}
			}
			li := int(c.Line) - 1
			wantOK := c.Line.Valid() && c.Amount.Sign() > 0 && iomstrategy.HasCents(c.Amount) && !dup &&
				cur.committed[li].Add(c.Amount).Cmp(budgets[li]) <= 0
			if (err == nil) != wantOK {
				t.Fatalf("round %d step %d: Book(%+v) error %v, model says ok=%v", round, step, c, err, wantOK)
			}
			snap := cur
			if err == nil {
				snap = snapshot{l: next, committed: cur.committed, booked: append(append([]Commitment(nil), cur.booked...), c)}
				snap.committed[li] = cur.committed[li].Add(c.Amount)
				history = append(history, snap)
			} else if !next.Equal(cur.l) {
				t.Fatalf("a refused Book returned other books")
			}
			// Invariants of the new value.
			for i, line := range []Line{Line1, Line2} {
				sum := decimal.Zero
				for _, b := range snap.l.CommitmentsOn(line) {
					sum = sum.Add(b.Amount)
				}
				if !sum.Equal(snap.l.Committed(line)) || !sum.Equal(snap.committed[i]) {
					t.Fatalf("%v: committed %s, commitments sum %s, model %s", line, snap.l.Committed(line), sum, snap.committed[i])
				}
				if snap.l.Committed(line).Cmp(budgets[i]) > 0 || snap.l.Remaining(line).Sign() < 0 {
					t.Fatalf("%v overcommitted: %s of %s", line, snap.l.Committed(line), budgets[i])
				}
				if !snap.l.Remaining(line).Equal(budgets[i].Sub(snap.l.Committed(line))) || !snap.l.Budget(line).Equal(budgets[i]) {
					t.Fatalf("%v: remaining %s != budget %s - committed %s", line, snap.l.Remaining(line), budgets[i], snap.l.Committed(line))
				}
			}
		}
		// Every old value is as it was.
		for i, s := range history {
			if diff := cmp.Diff(s.booked, s.l.Commitments(), cmp.Comparer(func(a, b []Commitment) bool {
				if len(a) != len(b) {
					return false
				}
				for k := range a {
					if !a[k].Equal(b[k]) {
						return false
					}
				}
				return true
			})); diff != "" {
				t.Fatalf("round %d version %d changed (-want +got):\n%s", round, i, diff)
			}
			if !s.l.Committed(Line1).Equal(s.committed[0]) || !s.l.Committed(Line2).Equal(s.committed[1]) {
				t.Fatalf("round %d version %d totals changed", round, i)
			}
		}
	}
}

// BenchmarkBook100k books 100,000 generated commitments, alternating the
// lines, one Book call each, into a ledger that holds them all; the
// commitments are made before the timed loop.
func BenchmarkBook100k(b *testing.B) {
	cs := make([]Commitment, 100_000)
	for i := range cs {
		cs[i] = Commitment{ID: fmt.Sprintf("C-%06d", i), Line: Line(1 + i%2), Amount: decimal.New(int64(1+i%997), -2)}
	}
	l0 := MustNewLedger(usdT("100000000"), usdT("100000000"))
	b.ReportAllocs()
	for b.Loop() {
		l := l0
		for _, c := range cs {
			var err error
			if l, err = l.Book(c); err != nil {
				b.Fatal(err)
			}
		}
	}
}
