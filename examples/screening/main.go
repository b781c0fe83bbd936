// Screening judges a batch of 1035 Facility project applications against a
// registry of Member States, explains every verdict with the rules and
// citations behind it, then books the approved applications into the
// two-line ledger of a year's allocation until a line runs out.
//
// The countries are fictional and the figures illustrative (the same as
// examples/data/members.csv, applications.csv and years.csv), built here
// in Go so that the program shows how a caller fills a
// facility1035.Registry and facility1035.Application.
//
// Run it from the repository root:
//
//	go run ./examples/screening
//
// What it shows:
//
//   - facility1035.ScreenAll gives one Screening per application: the
//     verdict (eligible, conditional, needs-review, ineligible) and every
//     Reason that bears on it, each with its rule code, citation and
//     message;
//   - a year's budgets come from facility1035.Allocate: Line 1 and Line 2
//     after the cap;
//   - facility1035.Ledger books each approved application on its own line
//     only. A commitment larger than what remains there is refused
//     (errors.Is(err, facility1035.ErrExceedsRemaining)), never covered
//     from the other line, and the books carry on with the next one;
//   - the final books per line: budget, committed, remaining.
//
// Which applications are approved is the caller's decision, not the
// library's. This example books the eligible ones and the conditional
// ones, recording the condition their reason names (the arrears to which
// Line 2 access is linked: Part III, bullet 5, criterion 1); it holds
// needs-review applications for a person and books no ineligible one.
//
// The test (go test ./examples/screening) compares the output with
// testdata/screening.golden; go test ./examples/screening -update
// rewrites the golden file.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
)

func main() {
	if err := run(os.Stdout, sampleRegistry(), sampleApplications(), sampleYear()); err != nil {
		fmt.Fprintln(os.Stderr, "screening:", err)
		os.Exit(1)
	}
}

// sampleRegistry returns fictional Member States, one for each situation
// screening distinguishes.
func sampleRegistry() facility1035.Registry {
	usd := iomstrategy.MustParseUSD
	// DueTwoYears is "the contributions due from it for the preceding two
	// years" (IOM Constitution, Article 4), given with DueTwoYearsKnown,
	// since it may be unknown when there are no arrears or the standing is
	// declared. Screen validates the registry before it uses it.
	return facility1035.Registry{
		// No arrears: never subject to Article 4.
		{Name: "Arcadia", Membership: facility1035.Member, Economy: facility1035.Developing,
			DueTwoYears: usd("410,000.00"), DueTwoYearsKnown: true},
		{Name: "Borduria", Membership: facility1035.Member, Economy: facility1035.InTransition,
			DueTwoYears: usd("95,000.00"), DueTwoYearsKnown: true},
		// Arrears below the contributions due: Line 2 is conditional.
		{Name: "Carpania", Membership: facility1035.Member, Economy: facility1035.Developing,
			Arrears: usd("12,500.00"), DueTwoYears: usd("180,000.00"), DueTwoYearsKnown: true},
		// Arrears at or above them: subject to Article 4, no Line 2.
		{Name: "Drakonia", Membership: facility1035.Member, Economy: facility1035.Developing,
			Arrears: usd("260,000.00"), DueTwoYears: usd("240,000.00"), DueTwoYearsKnown: true},
		// Above them too, but the Council maintained the vote.
		{Name: "Elbonia", Membership: facility1035.Member, Economy: facility1035.InTransition,
			Arrears: usd("88,000.00"), DueTwoYears: usd("60,000.00"), DueTwoYearsKnown: true, CouncilWaiver: true},
		// An observer, and an economy the Facility does not serve.
		{Name: "Freedonia", Membership: facility1035.Observer, Economy: facility1035.Developing},
		{Name: "Genovia", Membership: facility1035.Member, Economy: facility1035.OtherEconomy,
			DueTwoYears: usd("720,000.00"), DueTwoYearsKnown: true},
		// Declared subject to Article 4 by the registry itself.
		{Name: "Kyrandia", Membership: facility1035.Member, Economy: facility1035.Developing,
			Arrears: usd("4,000.00"), SubjectToArticle4: facility1035.Article4Subject},
		{Name: "Syldavia", Membership: facility1035.Member, Economy: facility1035.Developing,
			DueTwoYears: usd("150,000.00"), DueTwoYearsKnown: true},
	}
}

// sampleApplications returns a batch that meets every verdict.
func sampleApplications() []facility1035.Application {
	usd := iomstrategy.MustParseUSD
	app := func(id string, line facility1035.Line, scope facility1035.Scope, amount string, countries ...string) facility1035.Application {
		return facility1035.Application{ID: id, Line: line, Scope: scope, Amount: usd(amount), Countries: countries}
	}
	const l1, l2 = facility1035.Line1, facility1035.Line2
	const national, regional = facility1035.National, facility1035.Regional

	followsLine1 := app("APP-09", l2, national, "60,000.00", "Syldavia")
	followsLine1.FollowUpOf, followsLine1.FollowUpLine = "P-2006-17", l1 // criterion 4: admissible
	followsLine2 := app("APP-10", l2, regional, "140,000.00", "Arcadia", "Borduria")
	followsLine2.FollowUpOf, followsLine2.FollowUpLine = "P-2009-03", l2 // the text does not say

	return []facility1035.Application{
		app("APP-01", l2, national, "150,000.00", "Arcadia"),
		app("APP-02", l2, regional, "300,000.00", "Arcadia", "Borduria", "Syldavia"),
		app("APP-03", l2, national, "250,000.00", "Borduria"), // above the national ceiling
		app("APP-04", l2, national, "120,000.00", "Carpania"),
		app("APP-05", l2, national, "90,000.00", "Drakonia"),
		app("APP-06", l2, regional, "180,000.00", "Syldavia", "Elbonia"),
		app("APP-07", l2, national, "100,000.00", "Freedonia"),
		app("APP-08", l2, national, "80,000.00", "Genovia"),
		followsLine1,
		followsLine2,
		app("APP-11", l2, national, "50,000.00", "Kyrandia"),
		app("APP-12", l1, national, "400,000.00", "Drakonia"), // Line 1: no Line 2 criteria
		app("APP-13", l2, regional, "200,000.00", "Syldavia"), // regional, one country
		app("APP-14", l2, national, "0.00", "Arcadia"),
	}
}

// sampleYear returns the income of the year whose allocation funds the
// ledger (illustrative figures, not IOM's accounts).
func sampleYear() facility1035.Income {
	usd := iomstrategy.MustParseUSD
	return facility1035.Income{Year: 2009, Discretionary: usd("24,100,000.00"), Security: usd("800,000.00"),
		Unearmarked: usd("1,900,000.00"), Interest: usd("150,000.00"), Direct: usd("100,000.00")}
}

// run screens apps against reg under the built-in rules, allocates year
// and books the approved applications. It returns an error only for bad
// input; a refused commitment is a result, shown with the books.
func run(w io.Writer, reg facility1035.Registry, apps []facility1035.Application, year facility1035.Income) error {
	rules := facility1035.Resolution1150()

	// ScreenAll stops at the first malformed application or unknown
	// country and returns no screening at all: an input error is not a
	// verdict.
	screenings, err := facility1035.ScreenAll(apps, reg, rules)
	if err != nil {
		return err
	}

	a, err := facility1035.Allocate(year, rules)
	if err != nil {
		return err
	}
	books, err := facility1035.NewLedger(a.Line1, a.Line2)
	if err != nil {
		return err
	}

	// Book the approved applications, one at a time, in the order given.
	// Book returns new books and leaves the old ones as they were, so a
	// refusal leaves books unchanged and the next application is tried.
	var bookings, held []string
	for i, s := range screenings {
		app := apps[i]
		condition := ""
		switch s.Verdict {
		case facility1035.Eligible:
		case facility1035.Conditional:
			condition = ", conditional on " + conditions(s)
		case facility1035.NeedsReview:
			held = append(held, app.ID) // a person decides; the library does not guess
			continue
		default:
			continue // ineligible: not funded
		}
		// Book what may be funded: the amount requested, or the ceiling for
		// a request above it (the reading over-ceiling).
		next, err := books.Book(facility1035.Commitment{ID: app.ID, Line: app.Line, Amount: s.Fundable})
		switch {
		case errors.Is(err, facility1035.ErrExceedsRemaining):
			other := facility1035.Line1
			if app.Line == facility1035.Line1 {
				other = facility1035.Line2
			}
			bookings = append(bookings, fmt.Sprintf("%s: REFUSED: %v; %s's %s is not touched",
				app.ID, err, other, books.Remaining(other)))
			continue
		case err != nil:
			return err // a malformed commitment: not expected from a screened application
		}
		books = next
		booked := s.Fundable.String()
		if !s.Fundable.Equal(app.Amount) {
			booked += " (fundable, of " + app.Amount.String() + " requested)"
		}
		bookings = append(bookings, fmt.Sprintf("%s: booked %s on %s%s; %s remains there",
			app.ID, booked, app.Line, condition, books.Remaining(app.Line)))
	}

	fmt.Fprintf(w, "Screening %d applications under %s\n", len(apps), rules.Name)
	fmt.Fprintf(w, "(fictional countries, illustrative amounts; Article 4 look-back: %s)\n", lookbackPhrase(rules.Article4Lookback.Value))
	count := map[facility1035.Verdict]int{}
	for i, s := range screenings {
		count[s.Verdict]++
		fmt.Fprintln(w)
		writeScreening(w, apps[i], s)
	}
	fmt.Fprintf(w, "\nVerdicts: %d eligible, %d conditional, %d needs review, %d ineligible\n",
		count[facility1035.Eligible], count[facility1035.Conditional], count[facility1035.NeedsReview], count[facility1035.Ineligible])

	fmt.Fprintf(w, "\nBudgets for %d under %s: Line 1 %s, Line 2 %s", a.Year, a.Rules, a.Line1, a.Line2)
	if a.Capped {
		fmt.Fprintf(w, " (the cap cut %s)", a.CapReduction)
	}
	fmt.Fprintf(w, "\n(direct contributions %s are outside the two lines and not in the ledger)\n", a.DirectContributions)

	fmt.Fprintln(w, "\nBooking the approved applications (eligible, and conditional with their condition):")
	for _, b := range bookings {
		fmt.Fprintln(w, "  "+b)
	}
	if len(held) > 0 {
		fmt.Fprintf(w, "  held for review, not booked: %s\n", strings.Join(held, ", "))
	}

	// Criterion 5: "Distinct tracking and accounting of the two funding
	// lines will be established."
	fmt.Fprintf(w, "\nThe books, each line on its own [%s]:\n", iomstrategy.Criterion(5))
	for _, acc := range books.Accounts() {
		var ids []string
		for _, c := range books.Commitments {
			if c.Line == acc.Line {
				ids = append(ids, c.ID)
			}
		}
		fmt.Fprintf(w, "  %s: budget %s, committed %s, remaining %s\n", acc.Line, acc.Budget, acc.Committed, acc.Remaining)
		fmt.Fprintf(w, "    commitments (%d): %s\n", acc.Commitments, strings.Join(ids, ", "))
	}
	return nil
}

// writeScreening writes one application, its verdict, and every reason
// with its rule, citation and message.
func writeScreening(w io.Writer, app facility1035.Application, s facility1035.Screening) {
	fmt.Fprintf(w, "%s  %s %s %s for %s: %s\n",
		s.ID, s.Line, app.Scope, app.Amount, strings.Join(app.Countries, ", "), strings.ToUpper(s.Verdict.String()))
	if len(s.Reasons) == 0 {
		// Applied lists every rule that ran, so a clean result still
		// says what was checked.
		fmt.Fprintf(w, "  no rule stands in the way (%d rules applied)\n", len(s.Applied))
	}
	for _, r := range s.Reasons {
		fmt.Fprintf(w, "  %s %s [%s]\n    %s\n", r.Verdict, r.Rule, r.Citation, r.Message)
		if len(r.Interpretations) > 0 {
			fmt.Fprintf(w, "    (rests on the reading %s)\n", strings.Join(r.Interpretations, ", "))
		}
	}
}

// conditions names the conditions of a conditional screening: the reasons
// that decided its verdict.
func conditions(s facility1035.Screening) string {
	var cs []string
	for _, r := range s.Decisive() {
		switch r.Rule {
		case facility1035.RuleArrears:
			cs = append(cs, fmt.Sprintf("%s's arrears (%s)", r.Country, r.Rule))
		default:
			cs = append(cs, fmt.Sprintf("funding up to the ceiling (%s)", r.Rule))
		}
	}
	return strings.Join(cs, " and ")
}

// lookbackPhrase says the words of Article 4 a look-back reads: "the
// preceding two years" or "the preceding two full years".
func lookbackPhrase(l facility1035.Lookback) string {
	switch l {
	case facility1035.TwoYears:
		return "the preceding two years"
	case facility1035.TwoFullYears:
		return "the preceding two full years"
	}
	return l.String()
}
