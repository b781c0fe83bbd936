// Alignment tags a portfolio of activities with the points of the IOM
// Strategy they serve, then sums the portfolio per point: the money, the
// share of the total, and the points no activity covers. It is the
// "systematic referencing of activities against the 12 points" the Review
// recommends (MC/INF/302, para. 12).
//
// The activities and amounts are illustrative, not IOM's accounts (the
// same as examples/data/activities.csv), built here in Go so that the
// program shows how a caller fills a strategy.Activity.
//
// Run it from the repository root:
//
//	go run ./examples/alignment
//
// What it shows:
//
//   - suggest.Suggester ranks the points a free-text description serves;
//     each Suggestion carries its score (the share of the description its
//     point explains), its confidence and the terms it matched, with the
//     place in the source each term comes from. An activity without tags
//     takes its top strong suggestion; the runner-up is shown for the
//     officer; a description with no strong suggestion is left for a
//     person to tag;
//   - an activity an officer has already tagged keeps its points, and one
//     tagged to several points is split across them to the cent;
//   - strategy.Align sums the tagged portfolio: per point the number of
//     activities, the amount, and its share of the total; the points left
//     uncovered; and the notes that state the library's choices.
//
// The test (go test ./examples/alignment) compares the output with
// testdata/alignment.golden; go test ./examples/alignment -update
// rewrites the golden file.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/strategy"
	"github.com/policycode/iomstrategy/strategy/suggest"
)

func main() {
	if err := run(os.Stdout, samplePortfolio()); err != nil {
		fmt.Fprintln(os.Stderr, "alignment:", err)
		os.Exit(1)
	}
}

// An entry is one activity of the portfolio as an officer has it: an id,
// an amount, a description in the officer's own words, and the points it
// was tagged with, if any.
type entry struct {
	ID          string
	Amount      iomstrategy.USD
	Description string
	Points      []strategy.Point // empty: not yet tagged
}

// samplePortfolio returns ten activities, two of them already tagged.
// The amounts are illustrative, not IOM's accounts.
func samplePortfolio() []entry {
	usd := iomstrategy.MustParseUSD
	return []entry{
		{ID: "SAMPLE-01", Amount: usd("1,250,000.00"),
			Description: "Assisted voluntary return of rejected asylum seekers with reintegration grants on arrival"},
		{ID: "SAMPLE-02", Amount: usd("480,000.00"),
			Description: "Shelter and psychosocial care for victims of trafficking and legal aid for migrants",
			Points:      []strategy.Point{11, 2}},
		{ID: "SAMPLE-03", Amount: usd("900,000.00"),
			Description: "Camp coordination and camp management in displacement sites after the floods"},
		{ID: "SAMPLE-04", Amount: usd("350,000.00"),
			Description: "Engage the diaspora to invest in local development and lower the cost of remittances"},
		{ID: "SAMPLE-05", Amount: usd("125,000.50"),
			Description: "Migration profile for the country with the national statistics office"},
		{ID: "SAMPLE-06", Amount: usd("75,000.00"),
			Description: "Secretariat support to a regional consultative process on migration"},
		{ID: "SAMPLE-07", Amount: usd("600,000.00"),
			Description: "Pre-departure cultural orientation and health assessments for resettling refugees"},
		{ID: "SAMPLE-08", Amount: usd("210,000.00"),
			Description: "Labour migration policy and training for the national migration authority"},
		// 100.00 over three points is 33.34 + 33.33 + 33.33: no cent lost.
		{ID: "SAMPLE-09", Amount: usd("100.00"),
			Description: "Pilot of a circular migration scheme with diaspora professionals",
			Points:      []strategy.Point{4, 8, 12}},
		{ID: "SAMPLE-10", Amount: usd("95,000.00"),
			Description: "Recruitment of temporary foreign workers under a bilateral arrangement"},
	}
}

// run tags the untagged entries with their top suggestion, aligns the
// portfolio and writes both. It computes everything before it writes
// anything.
func run(w io.Writer, portfolio []entry) error {
	// Keep the two best strong points of a description: the one to tag
	// and a runner-up to show. (suggest.Suggest keeps every strong one.)
	suggester := suggest.Suggester{Top: 2}
	activities := make([]strategy.Activity, 0, len(portfolio))
	suggestions := make([][]suggest.Suggestion, len(portfolio))
	var untagged []string
	for i, e := range portfolio {
		points := e.Points
		if len(points) == 0 {
			ss, err := suggester.Suggest(e.Description)
			if err != nil {
				return fmt.Errorf("%s: %w", e.ID, err) // an empty description
			}
			suggestions[i] = ss
			if len(ss) == 0 {
				// No strong suggestion: a person tags it. Align refuses
				// an activity without points, so it is left out and
				// listed.
				untagged = append(untagged, e.ID)
				continue
			}
			points = []strategy.Point{ss[0].Point}
		}
		activities = append(activities, strategy.Activity{ID: e.ID, Amount: e.Amount, Points: points})
	}

	// SplitEven divides an activity tagged to several points evenly, to
	// the cent; CountFull would credit each point with the whole amount.
	al, err := strategy.Align(activities, strategy.SplitEven)
	if err != nil {
		return err // an *strategy.ActivityError names the activity
	}

	fmt.Fprintln(w, "Tagging the portfolio (illustrative activities, not IOM's accounts)")
	for i, e := range portfolio {
		fmt.Fprintf(w, "\n%s  %s  %q\n", e.ID, e.Amount, e.Description)
		if len(e.Points) > 0 {
			fmt.Fprintf(w, "  tagged by the officer: %s\n", pointList(e.Points))
			continue
		}
		ss := suggestions[i]
		if len(ss) == 0 {
			fmt.Fprintln(w, "  no strong suggestion: left for a person to tag")
			continue
		}
		top := ss[0]
		fmt.Fprintf(w, "  suggested: %s, %s (score %.2f, %s)\n", top.Point, top.Point.Title(), top.Score, top.Confidence)
		for _, m := range top.Matched[:min(3, len(top.Matched))] {
			fmt.Fprintf(w, "    %q matches %q [%s]\n", m.Text, m.Term.Phrase, m.Term.Source)
		}
		if len(ss) > 1 {
			fmt.Fprintf(w, "  runner-up: %s (score %.2f, %s)\n", ss[1].Point, ss[1].Score, ss[1].Confidence)
		}
	}

	fmt.Fprintf(w, "\nThe portfolio per point (split mode %q; basis %s):\n", al.Mode, al.Basis)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  point\ttitle\tactivities\t          amount\t  share")
	for _, pt := range al.Points {
		fmt.Fprintf(tw, "  %s\t%s\t%10d\t%16s\t%6s%%\n",
			pt.Point, pt.Point.Title(), pt.Activities, pt.Amount, pt.Share.Shift(2).StringFixed(2))
	}
	fmt.Fprintf(tw, "  total\t\t%10d\t%16s\n", al.Activities, al.Total)
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "Points left uncovered: %s\n", pointList(al.Uncovered))
	if len(untagged) > 0 {
		fmt.Fprintf(w, "Activities left out, untagged: %s\n", strings.Join(untagged, ", "))
	}
	fmt.Fprintln(w, "Notes (the library's choices, which the Strategy does not make):")
	for _, n := range al.Notes {
		fmt.Fprintf(w, "  - %s\n", n)
	}
	return nil
}

// pointList writes points as "Point 2, Point 11", or "none".
func pointList(ps []strategy.Point) string {
	if len(ps) == 0 {
		return "none"
	}
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.String()
	}
	return strings.Join(s, ", ")
}
