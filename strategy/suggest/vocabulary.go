package suggest

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/strategy"
)

// Term is one entry of the vocabulary that descriptions are scored with: a
// word or phrase, the point it speaks for, its weight, and the place in the
// source it was taken from.
//
// A term is derived, from the words of the point's text and its section of
// the Review, or curated, from the list of programme names and phrases the
// Review reports under the point, or a topical word of the point (or
// several of these, when they agree: the weights then add up, and Source
// is the point's text if it uses the term, else the curated citation, else
// the paragraph it was derived from). A topical word that the source does
// not use for the point cites the point's whole section of the Review
// (Source.IsRange() reports it).
type Term struct {
	// Key is the normalised form that descriptions are matched on: the
	// stems of the words, stop words dropped ("victim traffick").
	Key string
	// Phrase is the term as the source first writes it ("victims of
	// trafficking").
	Phrase string
	Point  strategy.Point
	// Weight is what a description containing the term adds to the weight
	// the point explains (see the package documentation).
	Weight int
	// Source cites where the term was taken from: the point's text
	// (Resolution 1150 (XCIII), Annex, Part I, point N) when the point's own
	// words include it, otherwise the first paragraph of the point's section
	// of the Review that uses it (for a curated term, the paragraph the
	// curated list gives; for a topical word the source does not use, the
	// point's whole section, such as MC/INF/302, paras 69-72).
	Source  iomstrategy.Citation
	Curated bool
}

// Weights of the vocabulary. They are integers so that the weights a score
// is computed from are exact and the same on every machine.
const (
	// pointTextBonus is added to a derived term's frequency factor when the
	// point's own text (Part I) uses the term: the point's words define it.
	pointTextBonus = 2
	// minDerivedUses is how many times the point texts and the Review's
	// sections together must use a word or pair of words for it to enter
	// the derived vocabulary: a word used once ("small", "high") is no
	// evidence of a point.
	minDerivedUses = 2
	// curatedWeight is the weight a curated programme name or phrase adds.
	curatedWeight = 1000
	// maxFrequencyFactor caps the frequency factor of a derived term.
	maxFrequencyFactor = 4
	// maxDerivedWords is the longest derived phrase (a pair of words).
	maxDerivedWords = 2
)

// specificity is the weight a derived term gets for each unit of its
// frequency factor, by the number of points (1 to 12) whose text or
// section uses it: round(100 × ln(12 / n)), an inverse document frequency
// over the 12 sections. A word every point uses weighs nothing. The table
// is fixed (and checked against the formula by a test) so that no floating
// point enters a score.
var specificity = [strategy.NumPoints + 1]int{0, 248, 179, 139, 110, 88, 69, 54, 41, 29, 18, 9, 0}

// frequencyFactor grows with the logarithm of the number of times n a
// section uses a term: 1 for once, 2 for 2-3 times, 3 for 4-7, 4 for 8 or
// more.
func frequencyFactor(n int) int {
	return min(bits.Len(uint(max(n, 0))), maxFrequencyFactor)
}

// vocabulary is the built vocabulary: the terms in order, and an index
// from key to the terms with that key (one per point at most).
type vocabulary struct {
	terms    []Term
	byKey    map[string][]Term
	maxWords int // words in the longest key
	// topical is the rank of each key in each point's topical lexicon
	// (0 for a key the lexicon does not list for the point).
	topical map[string]*[strategy.NumPoints + 1]int
}

// Vocabulary returns every term of the vocabulary, ordered by point, then
// by weight (highest first), then by key. The slice is a fresh
// copy; the vocabulary itself is built once from the embedded source and
// never changes.
func Vocabulary() []Term {
	return slices.Clone(builtVocabulary().terms)
}

var builtVocabulary = sync.OnceValue(func() *vocabulary {
	v, err := buildVocabulary()
	if err != nil {
		// The source is embedded and fixed; a test builds the vocabulary.
		panic("suggest: building the vocabulary: " + err.Error())
	}
	return v
})

// occurrence counts one derived term in one point's documents.
type occurrence struct {
	inPointText bool
	inReview    int
	firstPara   int
	phrase      string // the first surface form seen
}

func buildVocabulary() (*vocabulary, error) {
	// Derived terms: the words and pairs of words of each point's text
	// and Review section, names left out.
	counts := map[string]*[strategy.NumPoints + 1]occurrence{}
	note := func(k string, p strategy.Point, para int, phrase string) {
		c := counts[k]
		if c == nil {
			c = new([strategy.NumPoints + 1]occurrence)
			counts[k] = c
		}
		o := &c[p]
		if o.phrase == "" {
			o.phrase = phrase
		}
		if para == 0 {
			o.inPointText = true
			return
		}
		if o.inReview == 0 {
			o.firstPara = para
		}
		o.inReview++
	}
	for _, p := range strategy.Points() {
		text, err := p.Source().Text()
		if err != nil {
			return nil, err
		}
		for k, phrase := range derivedTerms(text) {
			note(k, p, 0, phrase)
		}
		r := p.ReviewParagraphs()
		for n := r.Number; n <= r.Last; n++ {
			text, err := iomstrategy.Para(n).Text()
			if err != nil {
				return nil, err
			}
			for _, t := range derivedTermList(text) {
				note(t.key, p, n, t.phrase)
			}
		}
	}
	type pk struct {
		key   string
		point strategy.Point
	}
	merged := map[pk]Term{}
	for k, c := range counts {
		df, uses := 0, 0
		for p := 1; p <= strategy.NumPoints; p++ {
			if c[p].inPointText || c[p].inReview > 0 {
				df++
			}
			uses += c[p].inReview
			if c[p].inPointText {
				uses++
			}
		}
		if uses < minDerivedUses {
			continue
		}
		for p := strategy.Point(1); p <= strategy.NumPoints; p++ {
			o := c[p]
			factor := frequencyFactor(o.inReview)
			source := iomstrategy.Para(o.firstPara)
			if o.inPointText {
				factor += pointTextBonus
				source = p.Source()
			}
			w := specificity[df] * factor
			if w == 0 {
				continue
			}
			merged[pk{k, p}] = Term{Key: k, Phrase: o.phrase, Point: p, Weight: w, Source: source}
		}
	}
	// Curated terms add their weight; their citation replaces a paragraph
	// of the Review but not the point's own text.
	for _, ct := range curatedTerms {
		k := key(ct.phrase)
		if k == "" {
			return nil, fmt.Errorf("curated term %q has no words", ct.phrase)
		}
		t, derived := merged[pk{k, ct.point}]
		if !derived || t.Source != ct.point.Source() {
			t.Source, t.Phrase = ct.cite, ct.phrase
		}
		t.Key, t.Point, t.Curated = k, ct.point, true
		t.Weight += curatedWeight
		merged[pk{k, ct.point}] = t
	}
	// Topical words add their weight to a term of the source with the
	// same key, or stand as terms of their own, citing the point's
	// section of the Review as a whole.
	v := &vocabulary{byKey: map[string][]Term{}, topical: map[string]*[strategy.NumPoints + 1]int{}}
	for _, tt := range topicalTerms() {
		t, ok := merged[pk{tt.key, tt.point}]
		if !ok {
			// A word the source uses for the point, without a weight of
			// its own (every point uses it, or it is used once), cites
			// where it stands; any other cites the point's section.
			t = Term{Key: tt.key, Phrase: tt.word, Point: tt.point, Source: tt.point.ReviewParagraphs()}
			if strings.Contains(tt.key, " ") {
				t.Phrase = strings.ReplaceAll(tt.word, "-", " ") // "regional-consultative" lists a phrase
			}
			if c := counts[tt.key]; c != nil && c[tt.point].phrase != "" {
				o := c[tt.point]
				t.Phrase, t.Source = o.phrase, iomstrategy.Para(o.firstPara)
				if o.inPointText {
					t.Source = tt.point.Source()
				}
			}
		}
		t.Weight += topicalWeight * tt.rank
		merged[pk{tt.key, tt.point}] = t
		r := v.topical[tt.key]
		if r == nil {
			r = new([strategy.NumPoints + 1]int)
			v.topical[tt.key] = r
		}
		r[tt.point] = tt.rank
	}
	for _, t := range merged {
		v.terms = append(v.terms, t)
	}
	slices.SortFunc(v.terms, func(a, b Term) int {
		if a.Point != b.Point {
			return int(a.Point) - int(b.Point)
		}
		if a.Weight != b.Weight {
			return b.Weight - a.Weight
		}
		return strings.Compare(a.Key, b.Key)
	})
	for _, t := range v.terms {
		v.byKey[t.Key] = append(v.byKey[t.Key], t)
		v.maxWords = max(v.maxWords, strings.Count(t.Key, " ")+1)
	}
	return v, nil
}

// derivedTerm is a word or pair of words of the source, with its surface
// form.
type derivedTerm struct {
	key    string
	phrase string
}

// derivedTermList returns the derived terms of a text in order, each
// occurrence once: every word, and every pair of adjacent words of one
// clause, leaving out names (words written with a capital letter other than
// at the start of a sentence), which enter only through the curated list.
func derivedTermList(text string) []derivedTerm {
	ws := plainWords(text)
	var out []derivedTerm
	for i, w := range ws {
		if w.proper {
			continue
		}
		out = append(out, derivedTerm{w.stem, text[w.start:w.end]})
		for n := 2; n <= maxDerivedWords && i+n <= len(ws); n++ {
			last := ws[i+n-1]
			if last.clause != w.clause || last.proper || ws[i+n-2].proper {
				break
			}
			stems := make([]string, n)
			for j := range stems {
				stems[j] = ws[i+j].stem
			}
			out = append(out, derivedTerm{strings.Join(stems, " "), text[w.start:last.end]})
		}
	}
	return out
}

// derivedTerms is derivedTermList as a set, keeping the first surface form.
func derivedTerms(text string) map[string]string {
	m := map[string]string{}
	for _, t := range derivedTermList(text) {
		if _, ok := m[t.key]; !ok {
			m[t.key] = t.phrase
		}
	}
	return m
}

// rankOf is the rank of key k in point p's topical lexicon, 0 if it has
// none.
func (v *vocabulary) rankOf(k string, p strategy.Point) int {
	if r := v.topical[k]; r != nil {
		return r[p]
	}
	return 0
}

// shared reports whether key k is a shared word of point p's topical
// lexicon: another point's list gives it too, and p's rank does not set it
// apart (p's rank is below 3, or another point ranks it 2 or more).
func (v *vocabulary) shared(k string, p strategy.Point) bool {
	r := v.topical[k]
	if r == nil || r[p] == 0 {
		return false
	}
	other := 0
	for q, rank := range r {
		if q != int(p) {
			other = max(other, rank)
		}
	}
	return other > 0 && (r[p] < topicalRanks || other >= tellingRank)
}
