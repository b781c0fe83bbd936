package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/strategy"
)

// The governance command answers questions about Part II of the Strategy
// Document (the governing bodies):
//
//	governance bodies --date YYYY-MM-DD
//	governance amendments --members N --acceptances K [--require-in-force]
//
// "amendments" reports whether the amendments are in force and exits 0
// either way: "not in force" is a result, not a failure. With
// --require-in-force it exits 1 when they are not in force, after printing
// the result, so a script can use it as a check.
func init() {
	register(&command{
		name:    "governance",
		summary: "the governing bodies of Part II on a date, and the two-thirds acceptance rule for constitutional amendments",
		subcommands: []*command{
			{
				name:    "bodies",
				summary: "the governing bodies of Part II that exist on a date, each with its role as the texts in force then state it (before 7 June 2007: not modelled) and every citation",
				usage:   "--date YYYY-MM-DD [--format text|json|csv]",
				formats: []string{formatJSON, formatCSV},
				define:  defineGovernanceBodies,
			},
			{
				name:    "amendments",
				summary: "whether the 1998 amendments to the Constitution, accepted by K of N Member States, are in force under the two-thirds rule (Article 30 of the Constitution as it stood, Article 25 after those amendments)",
				usage: "--members N --acceptances K [--require-in-force] [--format text|json|csv]\n\n" +
					"In force when K*3 >= N*2. Exit 0 either way, or 1 when --require-in-force is given and they are not.",
				formats: []string{formatJSON, formatCSV},
				define:  defineGovernanceAmendments,
			},
		},
	})
}

// bodiesJSON is what 'governance bodies --format json' prints
// (docs/json.md).
type bodiesJSON struct {
	Bodies []bodyView `json:"bodies"`
}

// bodyView is a body as JSON and CSV print it, with every citation the
// library gives for it on the date.
type bodyView struct {
	Name           string                 `json:"name"`
	Role           string                 `json:"role"`
	Citations      []iomstrategy.Citation `json:"citations"`
	Body           strategy.Body          `json:"body"`
	Formal         bool                   `json:"formal"`
	Interpretation string                 `json:"interpretation,omitempty"`
}

// citationList is the CSV form of several citations: "A; B; C".
func citationList(cs []iomstrategy.Citation) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.String()
	}
	return strings.Join(s, "; ")
}

// parseDate reads a calendar date in the form YYYY-MM-DD.
func parseDate(flagName, s string) (time.Time, error) {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		why := ""
		var pe *time.ParseError
		if errors.As(err, &pe) && pe.Message != "" {
			why = " (" + strings.TrimPrefix(pe.Message, ": ") + ")"
		}
		return time.Time{}, fmt.Errorf("--%s %q: not a date%s: want YYYY-MM-DD, such as 2010-10-12", flagName, s, why)
	}
	return d, nil
}

func defineGovernanceBodies(e *env, f *flags) func(args []string) error {
	dateText := f.String("date", "", "the date, YYYY-MM-DD (required)")
	return func(args []string) error {
		if len(args) > 0 {
			return usagef("unexpected argument %q", args[0])
		}
		if *dateText == "" {
			return usagef("--date is required (YYYY-MM-DD)")
		}
		date, err := parseDate("date", *dateText)
		if err != nil {
			return err
		}
		dates := strategy.Resolution1150Dates()
		era, err := dates.EraOn(date)
		if err != nil {
			return fmt.Errorf("--date %q: %w", *dateText, err)
		}
		standings, err := dates.BodiesOn(date)
		if err != nil {
			return fmt.Errorf("--date %q: %w", *dateText, err)
		}
		views := make([]bodyView, 0, len(standings))
		for _, s := range standings {
			views = append(views, bodyView{
				Name: s.Name, Role: s.Role, Citations: s.Citations, Body: s.Body,
				Formal: s.Formal, Interpretation: s.Interpretation,
			})
		}
		switch f.Format() {
		case formatJSON:
			return writeJSON(e.stdout, bodiesJSON{Bodies: views})
		case formatCSV:
			rows := make([][]string, 0, len(views))
			for _, v := range views {
				slug, err := v.Body.MarshalText() // the body column holds the slug, as in JSON
				if err != nil {
					return err
				}
				rows = append(rows, []string{v.Name, v.Role, citationList(v.Citations), string(slug), strconv.FormatBool(v.Formal), v.Interpretation})
			}
			return writeCSV(e.stdout, []string{"name", "role", "citations", "body", "formal", "interpretation"}, rows)
		}
		var b strings.Builder
		fmt.Fprintf(&b, "Governing bodies on %s (%s):\n", date.Format(time.DateOnly), era)
		for _, v := range views {
			formal := "formal body"
			if !v.Formal {
				formal = "not a formal body"
			}
			fmt.Fprintf(&b, "\n%s (%s)\n", v.Name, formal)
			wrap(&b, "  ", "  ", v.Role)
			label := "Source:"
			if len(v.Citations) > 1 {
				label = "Sources:"
			}
			for _, c := range v.Citations {
				fmt.Fprintf(&b, "  %s %s\n", label, c)
				label = "        " // the next citations align under the first
			}
			if v.Interpretation != "" {
				wrap(&b, "  ", "    ", "Note: "+v.Interpretation)
			}
		}
		_, err = fmt.Fprint(e.stdout, b.String())
		return err
	}
}

// acceptanceView is the result of "governance amendments" as JSON prints it.
type acceptanceView struct {
	Members             int                    `json:"members"`
	Acceptances         int                    `json:"acceptances"`
	InForce             bool                   `json:"in_force"`
	AcceptancesRequired int                    `json:"acceptances_required"`
	AcceptancesMissing  int                    `json:"acceptances_missing"`
	Citations           []iomstrategy.Citation `json:"citations"`
}

// parseCount reads a whole number for a flag. Sign and range are left to
// the library, which names what it refuses.
func parseCount(flagName, s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("--%s %q: want a whole number, such as 122", flagName, s)
	}
	return n, nil
}

func defineGovernanceAmendments(e *env, f *flags) func(args []string) error {
	membersText := f.String("members", "", "the number of Member States (required)")
	acceptancesText := f.String("acceptances", "", "the number of Member States that have accepted (required)")
	require := f.Bool("require-in-force", false, "exit 1 (after printing the result) when the amendments are not in force")
	return func(args []string) error {
		if len(args) > 0 {
			return usagef("unexpected argument %q", args[0])
		}
		if *membersText == "" || *acceptancesText == "" {
			return usagef("--members and --acceptances are both required")
		}
		members, err := parseCount("members", *membersText)
		if err != nil {
			return err
		}
		acceptances, err := parseCount("acceptances", *acceptancesText)
		if err != nil {
			return err
		}
		a, err := strategy.CheckAcceptance(members, acceptances)
		if err != nil {
			return err
		}
		view := acceptanceView{
			Members: a.Members, Acceptances: a.Acceptances, InForce: a.InForce,
			AcceptancesRequired: a.Required, AcceptancesMissing: a.Missing, Citations: a.Citations,
		}
		switch f.Format() {
		case formatJSON:
			err = writeJSON(e.stdout, view)
		case formatCSV:
			// The JSON's names; the citations in one cell, "; " between them.
			cites := make([]string, len(a.Citations))
			for i, c := range a.Citations {
				cites[i] = c.String()
			}
			err = writeCSV(e.stdout, []string{"members", "acceptances", "in_force", "acceptances_required", "acceptances_missing", "citations"},
				[][]string{{strconv.Itoa(a.Members), strconv.Itoa(a.Acceptances), strconv.FormatBool(a.InForce),
					strconv.Itoa(a.Required), strconv.Itoa(a.Missing), strings.Join(cites, "; ")}})
		default:
			inForce := "no"
			if a.InForce {
				inForce = "yes"
			}
			cites := make([]string, len(a.Citations))
			for i, c := range a.Citations {
				cites[i] = c.String()
			}
			err = writeTable(e.stdout, []string{"Member States", strconv.Itoa(a.Members)}, [][]string{
				{"Acceptances", strconv.Itoa(a.Acceptances)},
				{"Required (two-thirds)", strconv.Itoa(a.Required)},
				{"Missing", strconv.Itoa(a.Missing)},
				{"In force", inForce},
				{"Sources", strings.Join(cites, "; ")},
			})
		}
		if err != nil {
			return err
		}
		if *require && !a.InForce {
			return fmt.Errorf("%w: the amendments are not in force: %d of %d Member States accepted, %d required, %d missing",
				errCheckFailed, a.Acceptances, a.Members, a.Required, a.Missing)
		}
		return nil
	}
}
