package facility1035_test

import (
	"errors"
	"fmt"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
)

// The ledger books each commitment against its own line; what a line
// lacks is refused, never taken from the other line. Book returns new
// books and leaves the old ones as they were.
func ExampleLedger_Book() {
	books, err := facility1035.NewLedger(iomstrategy.MustParseUSD("1400000.00"), iomstrategy.MustParseUSD("650000.00"))
	if err != nil {
		panic(err)
	}
	before := books
	books, err = books.Book(facility1035.Commitment{ID: "C-01", Line: facility1035.Line2, Amount: iomstrategy.MustParseUSD("600000.00")})
	if err != nil {
		panic(err)
	}
	_, err = books.Book(facility1035.Commitment{ID: "C-02", Line: facility1035.Line2, Amount: iomstrategy.MustParseUSD("50000.01")})
	fmt.Println(errors.Is(err, facility1035.ErrExceedsRemaining), err)
	for _, a := range books.Accounts() {
		fmt.Println(a.Line, a.Budget, a.Committed, a.Remaining)
	}
	fmt.Println("before:", len(before.Commitments), "commitments,", before.Remaining(facility1035.Line2), "on Line 2")
	// Output:
	// true commitment "C-02": USD 50,000.01 on Line 2 exceeds the USD 50,000.00 that remains there (never covered from the other line)
	// Line 1 USD 1,400,000.00 USD 0.00 USD 1,400,000.00
	// Line 2 USD 650,000.00 USD 600,000.00 USD 50,000.00
	// before: 0 commitments, USD 650,000.00 on Line 2
}

// BookAll books a batch, keeps going past refusals and reports each with
// its place in the batch, from 1, and the ledger rule that refused it. A
// refusal of what exceeds its line rests on a reading of criterion 5
// (no-cross-line-cover) and names it.
func ExampleLedger_BookAll() {
	books, err := facility1035.NewLedger(iomstrategy.MustParseUSD("1000"), iomstrategy.MustParseUSD("500"))
	if err != nil {
		panic(err)
	}
	books, refused := books.BookAll([]facility1035.Commitment{
		{ID: "a", Line: facility1035.Line1, Amount: iomstrategy.MustParseUSD("1000")},
		{ID: "b", Line: facility1035.Line2, Amount: iomstrategy.MustParseUSD("500")},
		{ID: "c", Line: facility1035.Line2, Amount: iomstrategy.MustParseUSD("0.01")},
		{ID: "a", Line: facility1035.Line2, Amount: iomstrategy.MustParseUSD("1")},
		{ID: "d", Line: 3, Amount: iomstrategy.MustParseUSD("1")},
	})
	for _, c := range books.Commitments {
		fmt.Println("booked", c.ID, c.Line, c.Amount)
	}
	for _, r := range refused {
		fmt.Printf("refused item %d by %s: %v %v\n", r.Position, r.Code, r.Err, r.Interpretations)
	}
	fmt.Println(books.Remaining(facility1035.Line1), books.Remaining(facility1035.Line2))
	// Output:
	// booked a Line 1 USD 1,000.00
	// booked b Line 2 USD 500.00
	// refused item 3 by ledger.own-line: commitment "c": USD 0.01 on Line 2 exceeds the USD 0.00 that remains there (never covered from the other line) [no-cross-line-cover]
	// refused item 4 by ledger.commitment: commitment "a": id already booked on this ledger []
	// refused item 5 by ledger.commitment: commitment "d": unknown funding line: 3 (want 1 or 2) []
	// USD 0.00 USD 0.00
}

// From screening to books: the eligible applications, and the conditional
// ones when the caller accepts their condition, are committed for what is
// fundable, each on its own line.
func ExampleApproved() {
	reg := facility1035.Registry{
		{Name: "Arcadia", Membership: facility1035.Member, Economy: facility1035.Developing},
		{Name: "Drakonia", Membership: facility1035.Member, Economy: facility1035.Developing,
			Arrears: iomstrategy.MustParseUSD("260000"), DueTwoYears: iomstrategy.MustParseUSD("240000"), DueTwoYearsKnown: true},
	}
	apps := []facility1035.Application{
		{ID: "A", Line: facility1035.Line2, Scope: facility1035.National, Amount: iomstrategy.MustParseUSD("150000"), Countries: []string{"Arcadia"}},
		{ID: "B", Line: facility1035.Line2, Scope: facility1035.National, Amount: iomstrategy.MustParseUSD("250000"), Countries: []string{"Arcadia"}},
		{ID: "C", Line: facility1035.Line2, Scope: facility1035.National, Amount: iomstrategy.MustParseUSD("90000"), Countries: []string{"Drakonia"}},
	}
	ss, err := facility1035.ScreenAll(apps, reg, facility1035.Resolution1150())
	if err != nil {
		fmt.Println(err)
		return
	}
	books, _ := facility1035.NewLedger(iomstrategy.MustParseUSD("1400000"), iomstrategy.MustParseUSD("650000"))
	books, refused := books.BookAll(facility1035.Approved(ss, true))
	for _, c := range books.Commitments {
		fmt.Println(c.ID, c.Line, c.Amount)
	}
	fmt.Println("refused:", len(refused), "remaining on Line 2:", books.Remaining(facility1035.Line2))
	// Output:
	// A Line 2 USD 150,000.00
	// B Line 2 USD 200,000.00
	// refused: 0 remaining on Line 2: USD 300,000.00
}
