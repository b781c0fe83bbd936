package suggest

import (
	"cmp"
	"errors"
	"slices"
	"strings"

	"github.com/policycode/iomstrategy/strategy"
)

// ErrEmptyDescription is returned for a description with no word to read:
// empty, blank, or only numbers, punctuation and stop words.
var ErrEmptyDescription = errors.New("empty project description")

// Suggestion is one point that a project description may serve: how much
// of the description the point's terms explain, how far that can be relied
// on, and the terms found.
type Suggestion struct {
	Point strategy.Point
	// Score is the share of the description's weight that the point's
	// terms explain, from 0 to 1 (see the package documentation): 0.8
	// explains most of what a description says, 0.1 a small part of it.
	Score float64
	// Confidence is Strong or Weak (see the package documentation).
	Confidence Confidence
	// Matched are the terms found for the point, heaviest first (then by
	// key).
	Matched []Match
}

// Match is one vocabulary term found in a description.
type Match struct {
	// Text is the description's own words that matched, as written (for a
	// phrase, from its first word to its last).
	Text string
	// Term is the vocabulary's entry: its key, the phrase as the source
	// writes it, its citation and the weight it counted in this
	// description: the vocabulary's weight, less the topical part of a
	// word that several points share when the description gives it no
	// context for the point, and a share of it for a term found in a
	// reading (see the package documentation).
	Term Term
}

// Suggester ranks the points of Part I that a free-text project
// description serves, for an officer tagging activities against the 12
// points (MC/INF/302, para. 12).
//
// Top, when above zero, keeps at most the Top best suggestions; zero or
// below keeps them all. MinConfidence is the least confidence kept: Strong
// when zero, Weak to see the weak suggestions too. The zero Suggester keeps
// every strong suggestion.
type Suggester struct {
	Top           int
	MinConfidence Confidence
}

// Suggest is Suggester{}.Suggest: the strong suggestions for a
// description, best first.
func Suggest(description string) ([]Suggestion, error) {
	return Suggester{}.Suggest(description)
}

// Suggest ranks the points a description serves, best first: strong
// suggestions before weak ones, then by score blended with the learned
// model's probability of the point (see the package documentation),
// highest first, then by point number. A point none of whose terms is in the description is not
// suggested.
//
// It keeps the suggestions that reach s.MinConfidence: by default the
// strong ones, so that a description whose best match is weak gets no
// suggestion. That, and a description with words but no term of the
// vocabulary, is an empty (nil) result and no error. A description without
// any word to read is ErrEmptyDescription; a MinConfidence that is neither
// zero, Weak nor Strong is ErrInvalidConfidence.
func (s Suggester) Suggest(description string) ([]Suggestion, error) {
	floor := s.MinConfidence
	if floor == 0 {
		floor = Strong
	}
	if !floor.valid() {
		return nil, invalidConfidence(floor.String())
	}
	ws := words(description)
	if len(ws) == 0 {
		return nil, ErrEmptyDescription
	}
	var out []Suggestion
	for _, sg := range rank(description, ws, builtVocabulary(), &learned, blended) {
		if sg.Confidence < floor || s.Top > 0 && len(out) == s.Top {
			break
		}
		out = append(out, sg)
	}
	return out, nil
}

// scale multiplies every weight inside rank, so that a term's weight
// spread evenly over the words of its key stays a whole number: 60 is
// divisible by every length of key from 1 to 6 words (a test holds the
// vocabulary to that).
const scale = 60

// The constants of the score and of the confidence (see the package
// documentation).
const (
	// unknownWeight is the weight of a word that no term of the
	// vocabulary has: as much as a word that one point's section uses
	// once (specificity[1]).
	unknownWeight = 248
	// A point that explains less than 1/minShareParts of the description
	// (half of one per cent, which two decimals write as 0.00) is not
	// suggested.
	minShareParts = 200
	// A suggestion is strong from a share of 1/strongParts: a quarter.
	strongParts = 4
	// officeWeight is the least weight of a word of an office's own
	// administration (officeWords) in a description: three unknown words.
	officeWeight = 3 * unknownWeight
	// A weak point that explains closeParts/closeTimes as much as a
	// strong one is strong too, if a word speaks for it.
	closeParts, closeTimes = 2, 3
	// strongEvidence is the least sum of the strengths of the words
	// that speak for a point for it to be strong (two words of rank 2,
	// or one of rank 3 and one of rank 1), with a margin; one more
	// without. officeEvidence is added when the description uses a word of
	// an office's administration.
	strongEvidence = 4
	officeEvidence = 3
	// clearEvidence is the least sum for a point with the margin, two
	// words that speak for it (one of rank 2 or more) and no word of an
	// office's administration: a word of rank 2 and one of rank 1.
	clearEvidence = 3
	// A point with just enough evidence is strong when it explains
	// marginTimes/marginParts (3/2) as much as any other point.
	marginTimes, marginParts = 3, 2
	// tellingRank is the least rank of a topical word that speaks for its
	// point in the confidence.
	tellingRank = 2
)

// evidence is what one point gets from a description.
type evidence struct {
	matched []Match
	credit  map[string]int // per distinct word (stem), scaled
	total   int            // the point's explained weight, scaled
	// words are the description's distinct words that the terms were
	// found in, lower-cased as written ("idps", "newly arrived"): the same
	// word written twice is one word.
	words map[string]found
}

// found is a word of the description that a point's terms were found in.
type found struct {
	// abbreviation is set for a programme's abbreviation ("AVRR") or one
	// the readings know ("IDP").
	abbreviation bool
	// read is how many words of the description a reading of several
	// words stands for ("send money home": 3); 0 for any other word.
	read int
	// strength is how far the word speaks for the point: 3 when a
	// curated term or a topical word of rank 3 was found in it, 2 for a
	// phrase or a topical word of rank 2, 1 for a topical word of rank 1,
	// and 0 when only single words derived from the source, or shared
	// words out of context, were.
	strength int
	// topical is set for a word of strength 3 (topicalRanks) for the
	// point, in context: a curated term or a topical word of rank 3.
	topical bool
}

// hit is a term found in a description, before the context of its point
// is known.
type hit struct {
	term     Term
	i, n     int  // the description's words ws[i : i+n]
	again    bool // the term's key was found before: it counts once
	strength int  // how far the words speak for the point (see found)
	// shared is set for a word that the point shares with other points
	// (see vocabulary.shared): it counts as a topical word only in
	// context (see inContext).
	shared bool
	// object is set for a word next to a thing an office keeps or
	// handles ("resettlement of the archive", "travel policy"): it is read
	// in the office's sense and counts as a shared word out of context.
	object bool
}

// rank scores every point that a description's words match, best first,
// with the learned model m blended in as b says.
func rank(description string, ws []word, v *vocabulary, m *model, b blend) []Suggestion {
	var hits []hit
	seen := map[string]bool{}
	var kb strings.Builder
	for i := range ws {
		kb.Reset()
		for n := 1; n <= v.maxWords && i+n <= len(ws); n++ {
			last := ws[i+n-1]
			if last.clause != ws[i].clause {
				break
			}
			if n > 1 {
				kb.WriteByte(' ')
			}
			kb.WriteString(last.stem)
			k := kb.String()
			terms, ok := v.byKey[k]
			if !ok {
				continue
			}
			again := seen[k]
			seen[k] = true
			for _, t := range terms {
				strength := v.rankOf(k, t.Point)
				if t.Curated {
					strength = topicalRanks
				} else if n > 1 {
					strength = max(strength, tellingRank)
				}
				hits = append(hits, hit{t, i, n, again, strength, v.shared(k, t.Point), false})
			}
		}
	}
	objects := objectSense(ws, b)
	person := !b.personContext || hasPerson(ws)
	for i, h := range hits {
		if h.n == 1 && objects[h.i] {
			hits[i].object = true
		}
		if !person && h.term.Point == personPoint && h.n == 1 && travelWords[h.term.Key] {
			hits[i].strength = 0
		}
	}
	context := inContext(hits, ws)
	var ev [strategy.NumPoints + 1]evidence
	for _, h := range hits {
		t, first, last := h.term, ws[h.i], ws[h.i+h.n-1]
		if h.shared && !context[t.Point] || h.object {
			// Out of context, a shared word counts only as the source
			// uses it for the point: its derived weight, no strength.
			t.Weight -= topicalWeight*v.rankOf(t.Key, t.Point) + curatedWeight*b2i(t.Curated)
			h.strength = 0
		}
		// A term found in a reading counts its share of the words the
		// reading stands for ("survey", read as "data collection": half).
		for _, w := range ws[h.i : h.i+h.n] {
			if w.of > 0 {
				t.Weight = t.Weight * w.weighsAs() / w.of
				break
			}
		}
		if t.Weight <= 0 {
			continue
		}
		e := &ev[t.Point]
		if e.credit == nil {
			e.credit, e.words = map[string]int{}, map[string]found{}
		}
		name := h.n == 1 && isAbbreviation(t.Phrase)
		for _, w := range ws[h.i : h.i+h.n] {
			f := strings.ToLower(description[w.start:w.end])
			old := e.words[f]
			e.words[f] = found{old.abbreviation || name || w.abbreviation, w.read, max(old.strength, h.strength),
				old.topical || h.strength == topicalRanks}
		}
		if h.again {
			continue // a term counts once; its words are noted for the confidence
		}
		e.matched = append(e.matched, Match{Text: description[first.start:last.end], Term: t})
		per := t.Weight * scale / h.n
		for _, w := range ws[h.i : h.i+h.n] {
			e.credit[w.stem] += per
		}
		e.total += t.Weight * scale
	}
	// The description's weight: for each distinct word, the most that any
	// point's terms give it, or unknownWeight for a word no term has.
	total := 0
	office := false
	counted := map[string]bool{}
	for _, w := range ws {
		if counted[w.stem] {
			continue
		}
		counted[w.stem] = true
		best := 0
		for p := range ev {
			best = max(best, ev[p].credit[w.stem])
		}
		if best == 0 {
			best = unknownWeight * scale // never a word of a reading: its phrase is a term
		}
		if officeWords[w.stem] {
			best = max(best, officeWeight*scale)
			office = true
		}
		total += best
	}
	var out []Suggestion
	for p := strategy.Point(1); p <= strategy.NumPoints; p++ {
		e := ev[p]
		if !shown(e.total, total) {
			continue
		}
		rival := 0
		for q := range ev {
			if q != int(p) {
				rival = max(rival, ev[q].total)
			}
		}
		slices.SortFunc(e.matched, func(a, b Match) int {
			if a.Term.Weight != b.Term.Weight {
				return b.Term.Weight - a.Term.Weight
			}
			return strings.Compare(a.Term.Key, b.Term.Key)
		})
		out = append(out, Suggestion{
			Point:      p,
			Score:      float64(e.total) / float64(total),
			Confidence: confidence(e, total, rival, office),
			Matched:    e.matched,
		})
	}
	promote(out, &ev, total)
	q := m.posterior(ws)
	var speaking [strategy.NumPoints + 1]int
	for p, e := range ev {
		for _, f := range e.words {
			speaking[p] += b2i(f.strength > 0)
		}
	}
	// For the model's promotion, an office word beside a word of strength
	// 3 for the point ("hotel staff ... trafficking") asks for the
	// model's certainty but not for two words.
	var officeFor [strategy.NumPoints + 1]bool
	for p, e := range ev {
		officeFor[p] = office
		for _, f := range e.words {
			officeFor[p] = officeFor[p] && !(b.topicalOffice && f.topical)
		}
	}
	b.apply(out, q, speaking, officeFor, office, len(counted))
	order := func(s Suggestion) float64 { return (1-b.learned)*s.Score + b.learned*q[s.Point] }
	slices.SortStableFunc(out, func(x, y Suggestion) int {
		if x.Confidence != y.Confidence {
			return int(y.Confidence) - int(x.Confidence)
		}
		return cmp.Compare(order(y), order(x))
	})
	return out
}

// inContext reports, for each point, whether a description gives the
// point's shared words their context: its other words speak for the point
// with strengths that add up to tellingRank or more (a word of rank 2 or 3,
// a curated term or a phrase, or two topical words of rank 1), each
// distinct word counted once.
func inContext(hits []hit, ws []word) [strategy.NumPoints + 1]bool {
	type pw struct {
		p     strategy.Point
		start int // where the word stands in the description
	}
	strength := map[pw]int{}
	for _, h := range hits {
		if h.shared || h.object {
			continue
		}
		for _, w := range ws[h.i : h.i+h.n] {
			k := pw{h.term.Point, w.start}
			strength[k] = max(strength[k], h.strength)
		}
	}
	var sum [strategy.NumPoints + 1]int
	for k, n := range strength {
		sum[k.p] += n
	}
	var in [strategy.NumPoints + 1]bool
	for p, n := range sum {
		in[p] = n >= tellingRank
	}
	return in
}

// confidence rates a point's evidence (see the package documentation),
// given the description's weight, the most that any other point explains
// of it (rival), and whether the description uses a word of an office's
// administration. The evidence is the sum of the strengths of the
// distinct words the point's terms were found in.
func confidence(e evidence, total, rival int, office bool) Confidence {
	if e.total*strongParts < total {
		return Weak
	}
	sum, telling, speaking := 0, 0, 0
	for _, f := range e.words {
		if f.strength >= tellingRank && (f.abbreviation || f.read >= 2) {
			return Strong // a name (AVRR) or an everyday phrase read as the source's
		}
		sum += f.strength
		telling += b2i(f.strength >= tellingRank)
		speaking += b2i(f.strength > 0)
	}
	need := strongEvidence
	if office {
		need += officeEvidence
	}
	clear := e.total*marginParts >= marginTimes*rival
	if sum > need || sum == need && telling >= 1 && clear {
		return Strong
	}
	if !office && sum >= clearEvidence && telling >= 1 && speaking >= 2 && clear {
		return Strong // a clear first point: a word of rank 2 and one of rank 1
	}
	return Weak
}

// shown reports whether a point that explains the weight explained of a
// description weighing total is suggested: from half of one per cent.
func shown(explained, total int) bool {
	return explained > 0 && explained*minShareParts >= total
}

// promote makes strong a weak suggestion that explains nearly as much of
// the description as a strong one (closeParts/closeTimes of the least a
// strong one explains, or more), at least a quarter of it, with a word
// that speaks for its point: two points can both be right.
func promote(out []Suggestion, ev *[strategy.NumPoints + 1]evidence, total int) {
	least := 0
	for _, sg := range out {
		if sg.Confidence == Strong && (least == 0 || ev[sg.Point].total < least) {
			least = ev[sg.Point].total
		}
	}
	for i, sg := range out {
		e := ev[sg.Point]
		if sg.Confidence == Weak && least > 0 && e.total*closeTimes >= least*closeParts && e.total*strongParts >= total && telling(e) >= 1 {
			out[i].Confidence = Strong
		}
	}
}

// telling counts the distinct words of the description that speak for a
// point: a curated term, a phrase or a topical word of rank 2 or more was
// found in them.
func telling(e evidence) int {
	n := 0
	for _, f := range e.words {
		n += b2i(f.strength >= tellingRank)
	}
	return n
}

// isAbbreviation reports a phrase of one word written with a capital letter
// after the first ("AVRR", "RCPs"): a name that means nothing else.
func isAbbreviation(phrase string) bool {
	return !strings.ContainsAny(phrase, " -") && hasInnerUpper(phrase)
}
