package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/strategy"
)

// The suggest command ranks the points of Part I that a project
// description serves (strategy.Suggest), for an officer tagging activities
// against the 12 points (MC/INF/302, para. 12).
func init() {
	register(&command{
		name:    "suggest",
		summary: "suggest the points a project description serves, with the matched terms and where the vocabulary took them from",
		usage:   "[--top N] [--format text|json|csv] TEXT... (or the text on standard input)",
		run:     runSuggest,
	})
}

// suggestionView is a suggestion as JSON prints it.
type suggestionView struct {
	Point        strategy.Point `json:"point"`
	Title        string         `json:"title"`
	Score        int            `json:"score"`
	MatchedTerms []matchView    `json:"matched_terms"`
}

// matchView is one matched term: the description's words, the
// vocabulary's term, its weight and its source.
type matchView struct {
	Text    string               `json:"text"`
	Term    string               `json:"term"`
	Weight  int                  `json:"weight"`
	Source  iomstrategy.Citation `json:"source"`
	Curated bool                 `json:"curated"`
}

func runSuggest(e *env, args []string) error {
	f := newFlags(e, commands["suggest"], formatJSON, formatCSV)
	top := f.Int("top", 3, "how many points to print, best first (0: every point that scores)")
	if err := f.parse(args); err != nil {
		return err
	}
	if *top < 0 {
		return usagef("--top %d: want 0 or more", *top)
	}
	for _, a := range f.Args() {
		name := strings.TrimLeft(a, "-")
		name, _, _ = strings.Cut(name, "=")
		if strings.HasPrefix(a, "-") && f.Lookup(name) != nil {
			return usagef("flag %s after the text: put flags before the description", a)
		}
	}
	text := strings.Join(f.Args(), " ")
	if f.NArg() == 0 {
		data, err := io.ReadAll(e.stdin)
		if err != nil {
			return fmt.Errorf("standard input: %w", err)
		}
		text = string(data)
	}
	suggestions, err := strategy.Suggester{Top: *top}.Suggest(text)
	if err != nil {
		return fmt.Errorf("%w: give the project description as arguments or on standard input", err)
	}
	views := make([]suggestionView, 0, len(suggestions))
	for _, s := range suggestions {
		v := suggestionView{Point: s.Point, Title: s.Point.Title(), Score: s.Score, MatchedTerms: []matchView{}}
		for _, m := range s.Matched {
			v.MatchedTerms = append(v.MatchedTerms, matchView{Text: m.Text, Term: m.Term, Weight: m.Weight, Source: m.Source, Curated: m.Curated})
		}
		views = append(views, v)
	}
	if len(views) == 0 {
		fmt.Fprintln(e.stderr, "iomstrategy suggest: no term of the vocabulary in the description; no point suggested")
	}
	switch f.Format() {
	case formatJSON:
		return writeJSON(e.stdout, views)
	case formatCSV:
		header := []string{"point", "title", "score", "text", "term", "weight", "source", "curated"}
		var rows [][]string
		for _, v := range views {
			for _, m := range v.MatchedTerms {
				rows = append(rows, []string{
					strconv.Itoa(v.Point.Number()), v.Title, strconv.Itoa(v.Score),
					m.Text, m.Term, strconv.Itoa(m.Weight), m.Source.String(), strconv.FormatBool(m.Curated),
				})
			}
		}
		return writeCSV(e.stdout, header, rows)
	}
	return writeSuggestionsText(e.stdout, views)
}

// writeSuggestionsText prints each suggestion, then its matched terms in
// an aligned table: the description's words, the weight, the source.
func writeSuggestionsText(w io.Writer, views []suggestionView) error {
	for i, v := range views {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s: %s (score %d)\n", v.Point, v.Title, v.Score)
		tw := newTable(w)
		for _, m := range v.MatchedTerms {
			term := strconv.Quote(m.Text)
			if !strings.EqualFold(m.Text, m.Term) {
				term += " ~ " + strconv.Quote(m.Term)
			}
			fmt.Fprintf(tw, "  %s\t%d\t%s\n", term, m.Weight, m.Source)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}
