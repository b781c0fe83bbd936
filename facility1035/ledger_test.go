package facility1035

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/policycode/iomstrategy"
)

func commit(id string, line Line, amount string) Commitment {
	return Commitment{ID: id, Line: line, Amount: usdT(amount)}
}

// newLedger is NewLedger for budgets written in a test.
func newLedger(t testing.TB, line1, line2 string) Ledger {
	t.Helper()
	l, err := NewLedger(usdT(line1), usdT(line2))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// ids lists the ids of the commitments booked on l, in booking order.
func ids(l Ledger) []string {
	var out []string
	for _, c := range l.Commitments {
		out = append(out, c.ID)
	}
	return out
}

func TestNewLedger(t *testing.T) {
	l := newLedger(t, "1400000", "650000.50")
	want := []Account{
		{Line: Line1, Budget: usdT("1400000"), Committed: usdT("0"), Remaining: usdT("1400000")},
		{Line: Line2, Budget: usdT("650000.50"), Committed: usdT("0"), Remaining: usdT("650000.50")},
	}
	if diff := cmp.Diff(want, l.Accounts()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(Ledger{Line1Budget: usdT("1400000"), Line2Budget: usdT("650000.50")}, l); diff != "" {
		t.Errorf("NewLedger (-want +got):\n%s", diff)
	}
	for _, tc := range []struct {
		name   string
		l1, l2 iomstrategy.USD
		want   InputError
	}{
		{"criterion 5: negative Line 1", iomstrategy.USDFromCents(-100), usdT("0"), InputError{Input: "ledger", Field: "Line 1 budget", Value: "-1.00"}},
		{"criterion 5: negative Line 2", usdT("0"), iomstrategy.USDFromCents(-1), InputError{Input: "ledger", Field: "Line 2 budget", Value: "-0.01"}},
	} {
		l, err := NewLedger(tc.l1, tc.l2)
		var ie *InputError
		if !errors.As(err, &ie) || !errors.Is(err, iomstrategy.ErrNegativeAmount) || !errors.Is(err, iomstrategy.ErrInvalidAmount) {
			t.Errorf("%s: %v, want an *InputError matching ErrNegativeAmount", tc.name, err)
			continue
		}
		if diff := cmp.Diff(tc.want, *ie, inputErrorFields); diff != "" {
			t.Errorf("%s: (-want +got):\n%s", tc.name, diff)
		}
		if diff := cmp.Diff(Ledger{}, l); diff != "" {
			t.Errorf("%s: books came with the error: %s", tc.name, diff)
		}
	}
	var zero Ledger
	if _, err := zero.Book(commit("z", Line1, "0.01")); !errors.Is(err, ErrExceedsRemaining) {
		t.Errorf("the zero ledger booked: %v", err)
	}
	if !zero.Remaining(Line1).IsZero() || !zero.Remaining(Line2).IsZero() || len(zero.Commitments) != 0 {
		t.Errorf("the zero ledger is not empty")
	}
	// A budget of zero is allowed: the line refuses everything.
	if _, err := NewLedger(usdT("0"), usdT("0")); err != nil {
		t.Errorf("budgets of zero: %v", err)
	}
}

// TestBook pins what the ledger books and refuses (Part III, bullet 5,
// criterion 5: distinct tracking of the two lines).
func TestBook(t *testing.T) {
	base, err := newLedger(t, "1000", "500").Book(commit("first", Line2, "100"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		c        Commitment
		sentinel error // nil: booked
		line1    string
		line2    string // committed after
		message  string // the whole refusal, when pinned
	}{
		{"criterion 5: Line 1 commitment on Line 1", commit("a", Line1, "999.99"), nil, "999.99", "100", ""},
		{"criterion 5: Line 2 commitment on Line 2", commit("a", Line2, "150"), nil, "0", "250", ""},
		{"criterion 5: exactly what remains on Line 2", commit("a", Line2, "400"), nil, "0", "500", ""},
		{"criterion 5: exactly what remains on Line 1", commit("a", Line1, "1000"), nil, "1000", "100", ""},
		{"criterion 5: one cent more than remains on Line 2, refused, not taken from Line 1", commit("a", Line2, "400.01"), ErrExceedsRemaining, "0", "100",
			`commitment "a": USD 400.01 on Line 2 exceeds the USD 400.00 that remains there (never covered from the other line)`},
		{"criterion 5: more than Line 1 holds", commit("a", Line1, "1000.01"), ErrExceedsRemaining, "0", "100",
			`commitment "a": USD 1,000.01 on Line 1 exceeds the USD 1,000.00 that remains there (never covered from the other line)`},
		{"criterion 5: a duplicate id", commit("first", Line1, "1"), iomstrategy.ErrDuplicate, "0", "100",
			`commitment "first": id already booked on this ledger`},
		{"criterion 5: a duplicate id on the other line", commit("first", Line2, "1"), iomstrategy.ErrDuplicate, "0", "100", ""},
		{"criterion 5: line 0", commit("a", 0, "1"), ErrInvalidChoice, "0", "100",
			`commitment "a": unknown funding line: 0 (want 1 or 2)`},
		{"criterion 5: line 3", commit("a", 3, "1"), ErrInvalidChoice, "0", "100",
			`commitment "a": unknown funding line: 3 (want 1 or 2)`},
		{"a zero amount", commit("a", Line1, "0"), ErrZeroCommitment, "0", "100",
			`commitment "a": the amount must be above zero: 0`},
		{"a negative amount", Commitment{ID: "a", Line: Line1, Amount: iomstrategy.USDFromCents(-500)}, iomstrategy.ErrNegativeAmount, "0", "100",
			`commitment "a": amounts cannot be negative`},
		{"an empty id", commit(" ", Line1, "1"), iomstrategy.ErrMissing, "0", "100",
			`commitment " ": the commitment has no id`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := base.Accounts()
			got, err := base.Book(tt.c)
			if tt.sentinel == nil {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				if diff := cmp.Diff([]string{"first", tt.c.ID}, ids(got)); diff != "" {
					t.Errorf("booked (-want +got):\n%s", diff)
				}
			} else {
				if !errors.Is(err, tt.sentinel) {
					t.Fatalf("error %v, want %v", err, tt.sentinel)
				}
				var ie *InputError
				if !errors.As(err, &ie) {
					t.Fatalf("error %v (%T), want an *InputError", err, err)
				}
				if diff := cmp.Diff(InputError{Input: "commitment", ID: tt.c.ID}, *ie, inputErrorFields); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
				if tt.message != "" && err.Error() != tt.message {
					t.Errorf("error %q, want %q", err, tt.message)
				}
				if diff := cmp.Diff(base, got); diff != "" {
					t.Errorf("a refused Book returned other books (-want +got):\n%s", diff)
				}
			}
			if !got.Committed(Line1).Equal(usdT(tt.line1)) || !got.Committed(Line2).Equal(usdT(tt.line2)) {
				t.Errorf("committed %s / %s, want %s / %s", got.Committed(Line1), got.Committed(Line2), tt.line1, tt.line2)
			}
			if diff := cmp.Diff(before, base.Accounts()); diff != "" {
				t.Errorf("Book changed its receiver (-before +after):\n%s", diff)
			}
		})
	}
}

// TestLedgerExactlyWhatRemains: a commitment of exactly what remains on
// its line is booked and leaves zero; after that the line refuses even a
// cent, and the other line is untouched (criterion 5).
func TestLedgerExactlyWhatRemains(t *testing.T) {
	l := newLedger(t, "300", "200")
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
	var refusedIDs []string
	for _, r := range refused {
		refusedIDs = append(refusedIDs, r.Commitment.ID)
		if !errors.Is(r.Err, ErrExceedsRemaining) {
			t.Errorf("%s refused with %v", r.Commitment.ID, r.Err)
		}
	}
	if diff := cmp.Diff([]string{"c", "e"}, refusedIDs); diff != "" {
		t.Errorf("refused (-want +got):\n%s", diff)
	}
	want := []Account{
		{Line: Line1, Budget: usdT("300"), Committed: usdT("300"), Remaining: usdT("0"), Commitments: 1},
		{Line: Line2, Budget: usdT("200"), Committed: usdT("200"), Remaining: usdT("0"), Commitments: 2},
	}
	if diff := cmp.Diff(want, l.Accounts()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Commitment{commit("a", Line2, "150"), commit("b", Line2, "50"), commit("d", Line1, "300")}, l.Commitments); diff != "" {
		t.Errorf("commitments (-want +got):\n%s", diff)
	}
	// A line with a budget of zero refuses everything and holds zero.
	z := newLedger(t, "0", "10")
	if _, err := z.Book(commit("x", Line1, "0.01")); !errors.Is(err, ErrExceedsRemaining) {
		t.Errorf("a zero budget accepted a commitment: %v", err)
	}
}

// TestLedgerNeverCoversFromTheOtherLine: a line that cannot take a
// commitment refuses it however much the other line holds (criterion 5),
// and the other line's books do not move.
func TestLedgerNeverCoversFromTheOtherLine(t *testing.T) {
	tests := []struct {
		name             string // criterion 5
		budget1          string
		budget2          string
		c                Commitment
		remain1, remain2 string // what remains after the refusal
	}{
		{"criterion 5: Line 2 empty, Line 1 full", "1400000", "0", commit("x", Line2, "0.01"), "1400000", "0"},
		{"criterion 5: Line 1 empty, Line 2 full", "0", "650000", commit("x", Line1, "0.01"), "0", "650000"},
		{"criterion 5: Line 2 short by a cent, the two together would do", "1000", "99.99", commit("x", Line2, "100"), "1000", "99.99"},
		{"criterion 5: Line 1 short, the two together exactly", "60", "40", commit("x", Line1, "100"), "60", "40"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLedger(t, tt.budget1, tt.budget2)
			got, err := l.Book(tt.c)
			if !errors.Is(err, ErrExceedsRemaining) {
				t.Fatalf("error %v, want ErrExceedsRemaining", err)
			}
			if !got.Remaining(Line1).Equal(usdT(tt.remain1)) || !got.Remaining(Line2).Equal(usdT(tt.remain2)) || len(got.Commitments) != 0 {
				t.Errorf("remaining %s / %s with %d commitments, want %s / %s and none",
					got.Remaining(Line1), got.Remaining(Line2), len(got.Commitments), tt.remain1, tt.remain2)
			}
			// The refusal rests on the reading no-cross-line-cover.
			_, refused := l.BookAll([]Commitment{tt.c})
			if len(refused) != 1 || !slices.Equal(refused[0].Interpretations, []string{"no-cross-line-cover"}) {
				t.Errorf("refusals %+v, want one resting on no-cross-line-cover", refused)
			}
		})
	}
}

func TestBookAll(t *testing.T) {
	start := newLedger(t, "100", "100")
	batch := []Commitment{
		commit("a", Line1, "60"),
		commit("b", Line2, "90"),
		commit("a", Line2, "5"),    // duplicate
		commit("c", Line1, "50"),   // exceeds: 40 remains on Line 1
		commit("d", Line1, "40"),   // fits
		commit("e", 3, "1"),        // unknown line
		commit("f", Line2, "0"),    // zero
		commit("c", Line2, "10.0"), // c was refused, so the id is free
	}
	batchBefore := append([]Commitment(nil), batch...)
	end, refused := start.BookAll(batch)
	// What the tests see of a refusal: its place, the commitment, the
	// whole message (the *InputError's fields are checked below), and the
	// reading it rests on: only the refusal of what exceeds its line rests
	// on one, no-cross-line-cover (criterion 5); and the ledger rule that
	// refused it, ledger.own-line for what exceeds its line and
	// ledger.commitment for one that cannot be tracked, both of criterion 5.
	type seen struct {
		Position        int
		Commitment      Commitment
		Message         string
		Interpretations []string
		Code            string
		Citation        string
	}
	var got []seen
	for _, r := range refused {
		got = append(got, seen{r.Position, r.Commitment, r.Err.Error(), r.Interpretations, r.Code, r.Citation.String()})
	}
	const c5 = "Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 5"
	want := []seen{
		{3, commit("a", Line2, "5"), `commitment "a": id already booked on this ledger`, nil, "ledger.commitment", c5},
		{4, commit("c", Line1, "50"), `commitment "c": USD 50.00 on Line 1 exceeds the USD 40.00 that remains there (never covered from the other line)`, []string{"no-cross-line-cover"}, "ledger.own-line", c5},
		{6, commit("e", 3, "1"), `commitment "e": unknown funding line: 3 (want 1 or 2)`, nil, "ledger.commitment", c5},
		{7, commit("f", Line2, "0"), `commitment "f": the amount must be above zero: 0`, nil, "ledger.commitment", c5},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("refused (-want +got):\n%s", diff)
	}
	sentinels := []error{iomstrategy.ErrDuplicate, ErrExceedsRemaining, ErrInvalidChoice, ErrZeroCommitment}
	for i, r := range refused {
		var ie *InputError
		// The error is the one Book gives, with no place: the place is
		// the Refusal's.
		if !errors.As(r.Err, &ie) || ie.Position != 0 || ie.ID != r.Commitment.ID || ie.Input != "commitment" {
			t.Errorf("refusal %d: %#v, want an *InputError for %s with no place", i, r.Err, r.Commitment.ID)
		}
		if i < len(sentinels) && !errors.Is(r.Err, sentinels[i]) {
			t.Errorf("refusal %d: %v, want %v", i, r.Err, sentinels[i])
		}
	}
	wantBooked := []Commitment{commit("a", Line1, "60"), commit("b", Line2, "90"), commit("d", Line1, "40"), commit("c", Line2, "10")}
	if diff := cmp.Diff(wantBooked, end.Commitments); diff != "" {
		t.Errorf("booked (-want +got):\n%s", diff)
	}
	if len(start.Commitments) != 0 || !start.Committed(Line1).IsZero() {
		t.Errorf("BookAll changed its receiver")
	}
	if diff := cmp.Diff(batchBefore, batch); diff != "" {
		t.Errorf("BookAll changed its argument (-before +after):\n%s", diff)
	}
	if !end.Budget(0).IsZero() || !end.Committed(3).IsZero() || !end.Remaining(0).IsZero() {
		t.Errorf("an invalid line has books")
	}
	// Nothing to book: the same books, no refusal.
	same, none := end.BookAll(nil)
	if none != nil {
		t.Errorf("refusals of nothing: %v", none)
	}
	if diff := cmp.Diff(end, same); diff != "" {
		t.Errorf("BookAll(nil) changed the books (-want +got):\n%s", diff)
	}
}

// TestLedgerRefusedIDStaysFree: a refused commitment's id is not booked,
// with Book as with BookAll.
func TestLedgerRefusedIDStaysFree(t *testing.T) {
	l := newLedger(t, "100", "100")
	for _, bad := range []Commitment{commit("x", Line1, "100.01"), commit("x", Line1, "0"), commit("x", 3, "1")} {
		refusedOn, err := l.Book(bad)
		if err == nil {
			t.Fatalf("%+v was booked", bad)
		}
		booked, err := refusedOn.Book(commit("x", Line1, "100"))
		if err != nil {
			t.Fatalf("after refusing %+v, the id is not free: %v", bad, err)
		}
		if diff := cmp.Diff([]string{"x"}, ids(booked)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	}
	// Once booked, the id is taken on both lines.
	booked, _ := l.Book(commit("x", Line1, "1"))
	if _, err := booked.Book(commit("x", Line2, "1")); !errors.Is(err, iomstrategy.ErrDuplicate) {
		t.Errorf("a booked id was booked again on the other line: %v", err)
	}
}

// TestLedgerVersions: Book and BookAll leave their receiver as it was:
// booking on an old version does not touch the newer one, booking on the
// newer one does not touch the old, and the versions share no storage.
func TestLedgerVersions(t *testing.T) {
	v0 := newLedger(t, "100", "100")
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
	if _, err := w3.Book(commit("a", Line1, "1")); !errors.Is(err, iomstrategy.ErrDuplicate) {
		t.Errorf("a branch forgot a commitment it shares: %v", err)
	}
	x2, refused := v1.BookAll([]Commitment{commit("b", Line1, "1"), commit("d", Line2, "1")})
	if refused != nil {
		t.Fatalf("BookAll on v1: %v", refused)
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
		{"x2", x2, []string{"a", "b", "d"}, "11", "1"},
	} {
		if diff := cmp.Diff(tc.ids, ids(tc.l)); diff != "" {
			t.Errorf("%s ids (-want +got):\n%s", tc.name, diff)
		}
		if !tc.l.Committed(Line1).Equal(usdT(tc.l1)) || !tc.l.Committed(Line2).Equal(usdT(tc.l2)) {
			t.Errorf("%s committed %s/%s, want %s/%s", tc.name, tc.l.Committed(Line1), tc.l.Committed(Line2), tc.l1, tc.l2)
		}
	}
	if diff := cmp.Diff(v2, w2); diff == "" {
		t.Errorf("two different versions compare equal")
	}

	t.Run("changing a version's commitments leaves the others as they were", func(t *testing.T) {
		old := newLedger(t, "100", "100")
		old, _ = old.Book(commit("a", Line1, "10"))
		newer, _ := old.Book(commit("b", Line1, "20"))
		oldBefore := Ledger{Line1Budget: old.Line1Budget, Line2Budget: old.Line2Budget, Commitments: append([]Commitment(nil), old.Commitments...)}
		newerBefore := Ledger{Line1Budget: newer.Line1Budget, Line2Budget: newer.Line2Budget, Commitments: append([]Commitment(nil), newer.Commitments...)}
		// Book on the old version: the newer one is untouched.
		branch, err := old.Book(commit("c", Line2, "5"))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(newerBefore, newer); diff != "" {
			t.Errorf("booking on the old version changed the newer (-before +after):\n%s", diff)
		}
		// Book on the newer version: the old one is untouched.
		if _, err := newer.Book(commit("d", Line2, "5")); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(oldBefore, old); diff != "" {
			t.Errorf("booking on the newer version changed the old (-before +after):\n%s", diff)
		}
		// Writing into one version's slice writes into no other.
		branch.Commitments[0].ID = "changed"
		newer.Commitments[0].Amount = usdT("99")
		if diff := cmp.Diff(oldBefore, old); diff != "" {
			t.Errorf("changing other versions changed the old (-before +after):\n%s", diff)
		}
		if got := branch.Commitments[1].ID; got != "c" {
			t.Errorf("the branch's own commitment is %q", got)
		}
		if got := newer.Commitments[0].ID; got != "a" {
			t.Errorf("changing the branch changed the newer version: %q", got)
		}
	})

	t.Run("two bookings on one version with room to spare in its slice", func(t *testing.T) {
		// A Ledger is plain data: a caller may give it a slice with
		// spare capacity. Two Book calls on it must not write into the
		// same place.
		roomy := Ledger{Line1Budget: usdT("100"), Line2Budget: usdT("100"), Commitments: make([]Commitment, 1, 10)}
		roomy.Commitments[0] = commit("a", Line1, "1")
		x, err := roomy.Book(commit("x", Line1, "1"))
		if err != nil {
			t.Fatal(err)
		}
		y, err := roomy.Book(commit("y", Line2, "2"))
		if err != nil {
			t.Fatal(err)
		}
		z, refused := roomy.BookAll([]Commitment{commit("z", Line2, "3")})
		if refused != nil {
			t.Fatal(refused)
		}
		for _, tc := range []struct {
			name string
			l    Ledger
			want []string
		}{{"x", x, []string{"a", "x"}}, {"y", y, []string{"a", "y"}}, {"z", z, []string{"a", "z"}}, {"the receiver", roomy, []string{"a"}}} {
			if diff := cmp.Diff(tc.want, ids(tc.l)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.name, diff)
			}
		}
		if !x.Committed(Line2).IsZero() || !y.Committed(Line1).Equal(usdT("1")) {
			t.Errorf("x committed %s on Line 2, y %s on Line 1", x.Committed(Line2), y.Committed(Line1))
		}
	})
}

// TestLedgerConcurrentBranches books on one version from many goroutines:
// every result holds exactly its own commitments (run with -race).
func TestLedgerConcurrentBranches(t *testing.T) {
	base, err := newLedger(t, "1000000", "1000000").Book(commit("root", Line1, "1"))
	if err != nil {
		t.Fatal(err)
	}
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
		cs := l.Commitments
		if len(cs) != 51 || cs[0].ID != "root" {
			t.Fatalf("goroutine %d: %d commitments", i, len(cs))
		}
		for j, c := range cs[1:] {
			if want := fmt.Sprintf("g%d-%d", i, j); c.ID != want {
				t.Fatalf("goroutine %d: commitment %d is %s, want %s", i, j, c.ID, want)
			}
		}
	}
	if len(base.Commitments) != 1 {
		t.Errorf("base changed: %d commitments", len(base.Commitments))
	}
}

// TestLedgerProperties books thousands of random commitments, sometimes on
// old versions, and checks after every step, against a model written here,
// that the ledger never commits more than a line holds, never moves money
// between lines, and never changes an old value.
func TestLedgerProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	type snapshot struct {
		l         Ledger
		committed [2]iomstrategy.USD
		booked    []Commitment
	}
	for round := range 20 {
		budgets := [2]iomstrategy.USD{iomstrategy.USDFromCents(rng.Int64N(2_000_000_00)), iomstrategy.USDFromCents(rng.Int64N(700_000_00))}
		l, err := NewLedger(budgets[0], budgets[1])
		if err != nil {
			t.Fatal(err)
		}
		history := []snapshot{{l: l}}
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
				Amount: iomstrategy.USDFromCents(rng.Int64N(300_000_00) - 10_00),
			}
			if rng.IntN(50) == 0 {
				c.Amount = iomstrategy.USD{}
			}
			if rng.IntN(50) == 0 {
				c.ID = ""
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
			wantOK := c.ID != "" && c.Line.Valid() && c.Amount.Sign() > 0 && !dup &&
				cur.committed[li].Add(c.Amount).Cmp(budgets[li]) <= 0
			if (err == nil) != wantOK {
				t.Fatalf("round %d step %d: Book(%+v) error %v, model says ok=%v", round, step, c, err, wantOK)
			}
			snap := cur
			if err == nil {
				snap = snapshot{l: next, committed: cur.committed, booked: append(append([]Commitment(nil), cur.booked...), c)}
				snap.committed[li] = cur.committed[li].Add(c.Amount)
				history = append(history, snap)
			} else if diff := cmp.Diff(cur.l, next); diff != "" {
				t.Fatalf("a refused Book returned other books:\n%s", diff)
			}
			// Invariants of the new value.
			for i, line := range []Line{Line1, Line2} {
				var sum iomstrategy.USD
				for _, b := range snap.l.Commitments {
					if b.Line == line {
						sum = sum.Add(b.Amount)
					}
				}
				if !sum.Equal(snap.l.Committed(line)) || !sum.Equal(snap.committed[i]) {
					t.Fatalf("%v: committed %s, commitments sum %s, model %s", line, snap.l.Committed(line), sum, snap.committed[i])
				}
				if snap.l.Committed(line).Cmp(budgets[i]) > 0 || snap.l.Remaining(line).Sign() < 0 {
					t.Fatalf("%v overcommitted: %s of %s", line, snap.l.Committed(line), budgets[i])
				}
				if !snap.l.Remaining(line).Equal(budgets[i].Sub(snap.committed[i])) || !snap.l.Budget(line).Equal(budgets[i]) {
					t.Fatalf("%v: remaining %s != budget %s - committed %s", line, snap.l.Remaining(line), budgets[i], snap.committed[i])
				}
			}
		}
		// Every old value is as it was.
		for i, s := range history {
			if diff := cmp.Diff(s.booked, s.l.Commitments, cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("round %d version %d changed (-want +got):\n%s", round, i, diff)
			}
			if !s.l.Committed(Line1).Equal(s.committed[0]) || !s.l.Committed(Line2).Equal(s.committed[1]) {
				t.Fatalf("round %d version %d totals changed", round, i)
			}
		}
	}
}

// TestLedgerJSON pins the JSON form the command-line tool prints: each
// line's books, then the commitments in booking order.
func TestLedgerJSON(t *testing.T) {
	l, _ := newLedger(t, "1400000", "650000.50").BookAll([]Commitment{
		commit("C-01", Line2, "600000"),
		commit("C-02", Line1, "0.5"),
	})
	got, err := jsonOf(l)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"lines":[` +
		`{"line":1,"budget":"1400000.00","committed":"0.50","remaining":"1399999.50","commitments":1},` +
		`{"line":2,"budget":"650000.50","committed":"600000.00","remaining":"50000.50","commitments":1}],` +
		`"committed":[{"id":"C-01","line":2,"amount":"600000.00"},{"id":"C-02","line":1,"amount":"0.50"}]}`
	if got != want {
		t.Errorf("JSON\n got %s\nwant %s", got, want)
	}
	got, err = jsonOf(Ledger{})
	const wantZero = `{"lines":[{"line":1,"budget":"0.00","committed":"0.00","remaining":"0.00","commitments":0},{"line":2,"budget":"0.00","committed":"0.00","remaining":"0.00","commitments":0}],"committed":[]}`
	if err != nil || got != wantZero {
		t.Errorf("the zero Ledger: %s (%v), want %s", got, err, wantZero)
	}
}

// TestApproved: a screening approves its fundable amount on its line when
// it is eligible, or conditional when asked; never one that needs review,
// is ineligible or has nothing fundable (criterion 5 books them apart).
func TestApproved(t *testing.T) {
	ss := []Screening{
		{ID: "E", Line: Line2, Verdict: Eligible, Amount: usdT("150000"), Fundable: usdT("150000")},
		{ID: "C", Line: Line2, Verdict: Conditional, Amount: usdT("250000"), Fundable: usdT("200000")},
		{ID: "R", Line: Line2, Verdict: NeedsReview, Amount: usdT("1000"), Fundable: usdT("1000")},
		{ID: "I", Line: Line2, Verdict: Ineligible, Amount: usdT("1000")},
		{ID: "L1", Line: Line1, Verdict: Eligible, Amount: usdT("400000"), Fundable: usdT("400000")},
		{ID: "Z", Line: Line1, Verdict: Eligible},
	}
	for _, tt := range []struct {
		name        string
		conditional bool
		want        []Commitment
	}{
		{"eligible only", false, []Commitment{{"E", Line2, usdT("150000")}, {"L1", Line1, usdT("400000")}}},
		{"eligible and conditional, at the fundable amount", true,
			[]Commitment{{"E", Line2, usdT("150000")}, {"C", Line2, usdT("200000")}, {"L1", Line1, usdT("400000")}}},
	} {
		if d := cmp.Diff(tt.want, Approved(ss, tt.conditional)); d != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, d)
		}
	}
	if got := Approved(nil, true); got != nil {
		t.Errorf("Approved(nil) = %v", got)
	}
}
