package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/strategy"
	"github.com/policycode/iomstrategy/strategy/suggest"
)

// The suggest command ranks the points of Part I that a project
// description serves (package strategy/suggest), for an officer tagging
// activities against the 12 points (MC/INF/302, para. 12).
func init() {
	register(&command{
		name:    "suggest",
		summary: "suggest the points a project description serves, with a score, a confidence and the matched terms with their sources",
		usage: "[--top N] [--min-confidence strong|weak] [--format text|json|csv] TEXT... (or the text on standard input)\n\n" +
			"Each suggestion has a score, the share of the description's weight that the point's terms explain\n" +
			"(0 to 1), and a confidence: strong when the point explains at least a quarter of the description\n" +
			"and two or more of its words speak for the point (a programme's name, a phrase, a topical word),\n" +
			"enough of them or with a margin over the other points, or an abbreviation such as AVRR; or, with\n" +
			"two such words and no word of an office's administration, when a model learned from labelled\n" +
			"descriptions puts the point first with a probability of one half or more. Suggestions of the same\n" +
			"confidence are ordered by the score blended with that model's probability (three parts to one).\n" +
			"Only strong suggestions are printed unless --min-confidence weak is given.\n\n" +
			"When no point is suggested, the command still succeeds (exit 0): text prints \"No point suggested\"\n" +
			"and the reason, JSON an empty list and CSV the header only, with the reason on standard error.\n" +
			"An empty description is bad input (exit 2).",
		formats: []string{formatJSON, formatCSV},
		define:  defineSuggest,
	})
}

// suggestJSON is what 'suggest --format json' prints (docs/json.md).
type suggestJSON struct {
	Suggestions []suggestionView `json:"suggestions"`
}

// suggestionView is a suggestion as JSON prints it.
type suggestionView struct {
	Point        strategy.Point     `json:"point"`
	Title        string             `json:"title"`
	Score        json.Number        `json:"score"`
	Confidence   suggest.Confidence `json:"confidence"`
	MatchedTerms []matchView        `json:"matched_terms"`
}

// matchView is one matched term: the description's words, the
// vocabulary's term, its weight and its source.
type matchView struct {
	Text     string               `json:"text"`
	Term     string               `json:"term"`
	Weight   int                  `json:"weight"`
	Citation iomstrategy.Citation `json:"citation"`
	Curated  bool                 `json:"curated"`
}

// score writes a score with two decimals, as every format prints it.
func score(s float64) string { return strconv.FormatFloat(s, 'f', 2, 64) }

func defineSuggest(e *env, f *flags) func(args []string) error {
	top := f.Int("top", 3, "how many points to print, best first (0: every point kept)")
	minConfidence := f.String("min-confidence", "strong", "the least confidence printed: strong, or weak to see the weak suggestions too")
	return func(args []string) error {
		if *top < 0 {
			return usagef("--top %d: want 0 or more", *top)
		}
		floor, err := suggest.ParseConfidence(*minConfidence)
		if err != nil {
			return usagef("--min-confidence: %v", err)
		}
		text := strings.Join(args, " ")
		if len(args) == 0 {
			data, err := io.ReadAll(e.stdin)
			if err != nil {
				return fmt.Errorf("standard input: %w", err)
			}
			text = string(data)
		}
		suggestions, err := suggest.Suggester{Top: *top, MinConfidence: floor}.Suggest(text)
		if err != nil {
			return fmt.Errorf("%w: give the project description as arguments or on standard input", err)
		}
		views := make([]suggestionView, 0, len(suggestions))
		for _, s := range suggestions {
			v := suggestionView{Point: s.Point, Title: s.Point.Title(), Score: json.Number(score(s.Score)), Confidence: s.Confidence, MatchedTerms: []matchView{}}
			for _, m := range s.Matched {
				v.MatchedTerms = append(v.MatchedTerms, matchView{Text: m.Text, Term: m.Term.Phrase, Weight: m.Term.Weight, Citation: m.Term.Source, Curated: m.Term.Curated})
			}
			views = append(views, v)
		}
		var none string
		if len(views) == 0 {
			none = noSuggestion(text)
			if f.Format() != formatText {
				fmt.Fprintln(e.stderr, "iomstrategy suggest: no point suggested: "+none)
			}
		}
		switch f.Format() {
		case formatJSON:
			return writeJSON(e.stdout, suggestJSON{Suggestions: views})
		case formatCSV:
			header := []string{"point", "title", "score", "confidence", "text", "term", "weight", "citation", "curated"}
			var rows [][]string
			for _, v := range views {
				for _, m := range v.MatchedTerms {
					rows = append(rows, []string{
						strconv.Itoa(int(v.Point)), v.Title, string(v.Score), v.Confidence.String(),
						m.Text, m.Term, strconv.Itoa(m.Weight), m.Citation.String(), strconv.FormatBool(m.Curated),
					})
				}
			}
			return writeCSV(e.stdout, header, rows)
		}
		if len(views) == 0 {
			_, err := fmt.Fprintln(e.stdout, "No point suggested: "+none)
			return err
		}
		return writeSuggestionsText(e.stdout, views)
	}
}

// noSuggestion says why a description got no suggestion at the chosen
// confidence: its best match is weak, or no term of the vocabulary is in
// it.
func noSuggestion(text string) string {
	all, err := suggest.Suggester{Top: 1, MinConfidence: suggest.Weak}.Suggest(text)
	if err != nil || len(all) == 0 {
		return "no term of the vocabulary is in the description."
	}
	return fmt.Sprintf("the best match, %s (score %s), is weak; --min-confidence weak shows the weak suggestions.",
		all[0].Point, score(all[0].Score))
}

// writeSuggestionsText prints each suggestion, then its matched terms in
// an aligned table: the description's words, the weight, the source.
func writeSuggestionsText(w io.Writer, views []suggestionView) error {
	for i, v := range views {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s: %s (score %s, %s)\n", v.Point, v.Title, v.Score, v.Confidence)
		tw := newTable(w)
		for _, m := range v.MatchedTerms {
			term := strconv.Quote(m.Text)
			if !strings.EqualFold(m.Text, m.Term) {
				term += " ~ " + strconv.Quote(m.Term)
			}
			fmt.Fprintf(tw, "  %s\t%d\t%s\n", term, m.Weight, m.Citation)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}
