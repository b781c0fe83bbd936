package facility1035

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
)

// TestInputErrorText pins how an *InputError reads: the place in a batch
// from 1 ("item 3: "), what was refused and its id, the field and value,
// then what is wrong.
func TestInputErrorText(t *testing.T) {
	tests := []struct {
		name string
		err  InputError
		want string
	}{
		{"everything", InputError{Input: "application", ID: "A-1", Position: 3, Field: "amount", Value: "-1.00", Err: iomstrategy.ErrNegativeAmount},
			`item 3: application "A-1": amount "-1.00": amounts cannot be negative`},
		{"alone: no place", InputError{Input: "application", ID: "A-1", Field: "amount", Value: "-1.00", Err: iomstrategy.ErrNegativeAmount},
			`application "A-1": amount "-1.00": amounts cannot be negative`},
		{"no id", InputError{Input: "ledger", Field: "Line 1 budget", Value: "-1.00", Err: iomstrategy.ErrNegativeAmount},
			`ledger: Line 1 budget "-1.00": amounts cannot be negative`},
		{"no value", InputError{Input: "application", ID: "A-1", Position: 1, Field: "id", Err: iomstrategy.ErrMissing},
			`item 1: application "A-1": id: required, but missing or empty`},
		{"no field: the value is not shown either", InputError{Input: "commitment", ID: "C", Position: 12, Value: "x", Err: iomstrategy.ErrDuplicate},
			`item 12: commitment "C": given twice`},
		{"an id that needs quoting", InputError{Input: "application", ID: "a \"b\"\n", Err: iomstrategy.ErrMissing},
			`application "a \"b\"\n": required, but missing or empty`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			if !errors.Is(&tt.err, tt.err.Err) {
				t.Errorf("does not match its Err")
			}
		})
	}
}

// TestSentinelsMatch: each refusal matches its own sentinel and not the
// others; a negative amount matches the root's ErrNegativeAmount and
// ErrInvalidAmount.
func TestSentinelsMatch(t *testing.T) {
	all := []error{iomstrategy.ErrMissing, ErrInvalidChoice, iomstrategy.ErrDuplicate, ErrFollowUp, ErrUnknownCountry, ErrContradictoryArticle4,
		ErrZeroCommitment, ErrExceedsRemaining, iomstrategy.ErrNegativeAmount}
	reg := testRegistry(t)
	p := Resolution1150()
	l := newLedger(t, "10", "10")
	l, _ = l.Book(commit("taken", Line1, "1"))
	screenErr := func(a Application) error { _, err := Screen(a, reg, p); return err }
	bookErr := func(c Commitment) error { _, err := l.Book(c); return err }
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"missing", screenErr(app2("", National, "1", "Arcadia")), iomstrategy.ErrMissing},
		{"invalid choice", screenErr(Application{ID: "A", Line: 9, Scope: National, Countries: []string{"Arcadia"}}), ErrInvalidChoice},
		{"duplicate country", screenErr(app2("A", Regional, "1", "Arcadia", "arcadia")), iomstrategy.ErrDuplicate},
		{"follow-up", screenErr(followUp(app2("A", National, "1", "Arcadia"), "A", Line1)), ErrFollowUp},
		{"unknown country", screenErr(app2("A", National, "1", "Utopia")), ErrUnknownCountry},
		{"contradictory Article 4", MemberState{Name: "X", Membership: Member, Economy: Developing, SubjectToArticle4: Article4Subject}.Validate(), ErrContradictoryArticle4},
		{"zero commitment", bookErr(commit("z", Line1, "0")), ErrZeroCommitment},
		{"exceeds remaining", bookErr(commit("big", Line1, "9.01")), ErrExceedsRemaining},
		{"negative amount", bookErr(Commitment{ID: "n", Line: Line1, Amount: iomstrategy.USDFromCents(-1)}), iomstrategy.ErrNegativeAmount},
		{"duplicate commitment", bookErr(commit("taken", Line2, "1")), iomstrategy.ErrDuplicate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ie *InputError
			if !errors.As(tt.err, &ie) {
				t.Fatalf("%v (%T) is not an *InputError", tt.err, tt.err)
			}
			for _, s := range all {
				if got := errors.Is(tt.err, s); got != (s == tt.want) {
					t.Errorf("%v: errors.Is(%v) = %v", tt.err, s, got)
				}
			}
			if got := errors.Is(tt.err, iomstrategy.ErrInvalidAmount); got != (tt.want == iomstrategy.ErrNegativeAmount) {
				t.Errorf("%v: errors.Is(ErrInvalidAmount) = %v", tt.err, got)
			}
		})
	}
}

// TestPositionsFromOne: a place in a batch is counted from 1, as a person
// reads a list or the records of a file, in the field and in the
// message; an input given alone has no place (0) and its message none.
func TestPositionsFromOne(t *testing.T) {
	reg := testRegistry(t)
	p := Resolution1150()
	good := func(id string) Application { return app2(id, National, "1000", "Arcadia") }

	t.Run("ScreenAll: the bad application third is item 3", func(t *testing.T) {
		apps := []Application{good("P1"), good("P2"), app2("P3", National, "1000", "Utopia"), good("P4")}
		_, err := ScreenAll(apps, reg, p)
		var ie *InputError
		if !errors.As(err, &ie) || ie.Position != 3 || ie.ID != "P3" {
			t.Fatalf("error %v, want the application P3 at 3", err)
		}
		if !strings.HasPrefix(err.Error(), "item 3: ") {
			t.Errorf("message %q does not start with %q", err, "item 3: ")
		}
		// The first and the last place too.
		for _, tc := range []struct {
			apps []Application
			want int
		}{
			{[]Application{{ID: "Q1"}, good("Q2")}, 1},
			{[]Application{good("Q1"), good("Q2"), good("Q3"), good("Q4"), {ID: "Q5"}}, 5},
		} {
			_, err := ScreenAll(tc.apps, reg, p)
			if !errors.As(err, &ie) || ie.Position != tc.want || !strings.HasPrefix(err.Error(), "item "+strconv.Itoa(tc.want)+": ") {
				t.Errorf("error %v, want it at item %d", err, tc.want)
			}
		}
	})

	t.Run("ScreenAll: a duplicate id 4th names the first at 2nd", func(t *testing.T) {
		apps := []Application{good("D1"), good("D2"), good("D3"), good("D2")}
		_, err := ScreenAll(apps, reg, p)
		var ie *InputError
		if !errors.As(err, &ie) || !errors.Is(err, iomstrategy.ErrDuplicate) {
			t.Fatalf("error %v, want iomstrategy.ErrDuplicate", err)
		}
		want := InputError{Input: "application", ID: "D2", Position: 4, Field: "id", Value: "D2"}
		if diff := cmp.Diff(want, *ie, inputErrorFields); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		const msg = `item 4: application "D2": id "D2": application id given twice: also item 2`
		if err.Error() != msg {
			t.Errorf("message %q, want %q", err, msg)
		}
	})

	t.Run("Screen alone: no place", func(t *testing.T) {
		_, err := Screen(app2("S1", National, "1000", "Utopia"), reg, p)
		var ie *InputError
		if !errors.As(err, &ie) || ie.Position != 0 || strings.HasPrefix(err.Error(), "item") {
			t.Errorf("error %v, want no place", err)
		}
	})

	t.Run("Registry: the 2nd record bad is item 2", func(t *testing.T) {
		r := Registry{
			{Name: "Arcadia", Membership: Member, Economy: Developing},
			{Name: "Borduria", Membership: Member},
			{Name: "Carpania", Membership: Member, Economy: Developing},
		}
		for _, check := range []struct {
			name string
			err  error
		}{
			{"Validate", r.Validate()},
			{"Screen", func() error { _, err := Screen(good("R"), r, p); return err }()},
			{"ScreenAll", func() error { _, err := ScreenAll([]Application{good("R")}, r, p); return err }()},
		} {
			var ie *InputError
			if !errors.As(check.err, &ie) || ie.Position != 2 || ie.ID != "Borduria" || ie.Field != "economy" {
				t.Errorf("%s: %v, want Borduria's economy at 2", check.name, check.err)
				continue
			}
			if !strings.HasPrefix(check.err.Error(), `item 2: Member State "Borduria": economy`) {
				t.Errorf("%s: message %q", check.name, check.err)
			}
		}
		// MemberState.Validate alone: no place.
		err := r[1].Validate()
		var ie *InputError
		if !errors.As(err, &ie) || ie.Position != 0 || strings.HasPrefix(err.Error(), "item") {
			t.Errorf("MemberState.Validate: %v, want no place", err)
		}
	})

	t.Run("Registry: a country twice names the first place", func(t *testing.T) {
		r := Registry{
			{Name: "Arcadia", Membership: Member, Economy: Developing},
			{Name: "Borduria", Membership: Member, Economy: Developing},
			{Name: "Carpania", Membership: Member, Economy: Developing},
			{Name: "borduria ", Membership: Member, Economy: Developing},
		}
		err := r.Validate()
		const msg = `item 4: Member State "borduria ": country "borduria ": a Member State listed twice: also item 2 ("Borduria")`
		if err == nil || err.Error() != msg {
			t.Errorf("message %v, want %q", err, msg)
		}
	})

	t.Run("BookAll: each refusal at its place; its error, like Book's, has none", func(t *testing.T) {
		l := newLedger(t, "100", "100")
		cs := []Commitment{
			commit("b1", 0, "1"),      // 1: refused, no line
			commit("b2", Line1, "50"), // 2: booked
			commit("b3", Line1, "51"), // 3: refused, exceeds
			commit("b4", Line2, "1"),  // 4: booked
			commit("b2", Line2, "1"),  // 5: refused, duplicate
			commit("b6", Line2, "0"),  // 6: refused, zero
		}
		_, refused := l.BookAll(cs)
		var got []int
		for _, r := range refused {
			got = append(got, r.Position)
			// The place is the Refusal's; its error is the one Book gives
			// for the commitment, with none.
			var ie *InputError
			if !errors.As(r.Err, &ie) || ie.Position != 0 || strings.HasPrefix(r.Err.Error(), "item") {
				t.Errorf("refusal at %d: error %v has a place of its own", r.Position, r.Err)
			}
			// (The refusals at 3 and 5 depend on the booking at 2.)
			_, alone := l.Book(r.Commitment)
			if (r.Position == 1 || r.Position == 6) && (alone == nil || alone.Error() != r.Err.Error()) {
				t.Errorf("refusal at %d: %v; Book alone gives %v", r.Position, r.Err, alone)
			}
			if diff := cmp.Diff(cs[r.Position-1], r.Commitment); diff != "" {
				t.Errorf("refusal at %d is not the commitment at that place (-want +got):\n%s", r.Position, diff)
			}
		}
		if diff := cmp.Diff([]int{1, 3, 5, 6}, got); diff != "" {
			t.Errorf("positions (-want +got):\n%s", diff)
		}
		// Book alone: no place, also after a BookAll gave one for the
		// same commitment.
		_, err := l.Book(cs[0])
		var ie *InputError
		if !errors.As(err, &ie) || ie.Position != 0 || strings.HasPrefix(err.Error(), "item") {
			t.Errorf("Book: %v, want no place", err)
		}
	})
}
