package strategy

import (
	"errors"
	"slices"
	"strings"

	"github.com/policycode/iomstrategy"
)

// ErrEmptyDescription is returned by Suggest for a description with no
// word to read: empty, blank, or only numbers, punctuation and stop words.
var ErrEmptyDescription = errors.New("empty project description")

// Suggestion is one point that a project description serves, with the
// evidence: the terms of the vocabulary the description contains.
type Suggestion struct {
	Point Point
	// Score is the sum of the weights of Matched. It ranks points against
	// each other for one description; it is not a probability and is not
	// comparable across vocabularies.
	Score int
	// Matched are the terms that gave the score, heaviest first (then by
	// key).
	Matched []Match
}

// Match is one vocabulary term found in a description.
type Match struct {
	// Text is the description's own words that matched, as written (for a
	// phrase, from its first word to its last).
	Text string
	// Term is the vocabulary's term, as the source writes it, and Key its
	// normalised form.
	Term string
	Key  string
	// Weight is what the term added to the score.
	Weight int
	// Source cites where the vocabulary took the term from: the point's
	// text or a paragraph of its section of the Review.
	Source  iomstrategy.Citation
	Curated bool
}

// Suggester ranks the points of Part I that a free-text project
// description serves, for an officer tagging activities against the 12
// points (MC/INF/302, para. 12).
//
// The zero Suggester returns every point that scores above zero. Top, when
// above zero, keeps only the Top best; MinScore drops points that score
// below it.
type Suggester struct {
	Top      int
	MinScore int
}

// Suggest is Suggester{}.Suggest: every point the description scores for.
func Suggest(description string) ([]Suggestion, error) {
	return Suggester{}.Suggest(description)
}

// Suggest ranks the points a description serves, best first.
//
// The description is normalised as the vocabulary is (lowercased, split
// into words, stop words dropped, each word stemmed, abbreviations such as
// "IDP" expanded: see Vocabulary). Every word, and every run of adjacent
// words within a clause, is looked up in the vocabulary. A point's score is
// the sum of the weights of the distinct terms found for it; a term found
// several times counts once, so repeating a word does not raise a score.
//
// Points are ordered by score, highest first, and equal scores by point
// number. A point that scores zero is not suggested. A description with
// words but no known term gives an empty (nil) result and no error; a
// description without any word to read is ErrEmptyDescription.
func (s Suggester) Suggest(description string) ([]Suggestion, error) {
	ws := words(description)
	if len(ws) == 0 {
		return nil, ErrEmptyDescription
	}
	v := builtVocabulary()
	var found [NumPoints + 1][]Match
	seen := map[string]bool{}
	var b strings.Builder
	for i := range ws {
		b.Reset()
		for n := 1; n <= v.maxWords && i+n <= len(ws); n++ {
			last := ws[i+n-1]
			if last.clause != ws[i].clause {
				break
			}
			if n > 1 {
				b.WriteByte(' ')
			}
			b.WriteString(last.stem)
			k := b.String()
			if seen[k] {
				continue
			}
			terms, ok := v.byKey[k]
			if !ok {
				continue
			}
			seen[k] = true
			text := description[ws[i].start:last.end]
			for _, t := range terms {
				found[t.Point] = append(found[t.Point], Match{
					Text: text, Term: t.Phrase, Key: t.Key, Weight: t.Weight, Source: t.Source, Curated: t.Curated,
				})
			}
		}
	}
	var out []Suggestion
	for p := Point(1); p <= NumPoints; p++ {
		score := 0
		for _, m := range found[p] {
			score += m.Weight
		}
		if score == 0 || score < s.MinScore {
			continue
		}
		ms := found[p]
		slices.SortFunc(ms, func(a, b Match) int {
			if a.Weight != b.Weight {
				return b.Weight - a.Weight
			}
			return strings.Compare(a.Key, b.Key)
		})
		out = append(out, Suggestion{Point: p, Score: score, Matched: ms})
	}
	slices.SortStableFunc(out, func(a, b Suggestion) int { return b.Score - a.Score })
	if s.Top > 0 && len(out) > s.Top {
		out = out[:s.Top]
	}
	return out, nil
}
