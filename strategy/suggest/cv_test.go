package suggest

import (
	"flag"
	"fmt"
	"testing"
)

var cvGrid = flag.Bool("cv", false, "cross-validate every blend of the grid, not only the lexicon alone and the chosen one")

// folds is the number of folds of the cross-validation.
const folds = 5

// cvFigures count, over the held-out folds, the on-topic descriptions
// whose point is first or among the first three (strong suggestions only,
// then weak included), the off-topic ones refused, and the on-topic ones
// whose point the model alone puts first among the 12.
type cvFigures struct {
	onTopic, offTopic, top1, top3, rankTop1, rankTop3, refused, modelTop1 int
}

func (f cvFigures) String() string {
	p := func(n, of int) string { return fmt.Sprintf("%d/%d (%.1f%%)", n, of, 100*float64(n)/float64(of)) }
	return fmt.Sprintf("top-1 %s, top-3 %s (weak included: %s, %s); off-topic refused %s; model alone top-1 %s",
		p(f.top1, f.onTopic), p(f.top3, f.onTopic), p(f.rankTop1, f.onTopic), p(f.rankTop3, f.onTopic),
		p(f.refused, f.offTopic), p(f.modelTop1, f.onTopic))
}

// crossValidate measures each blend by k-fold cross-validation on the
// tuning and development descriptions: the model is trained on the
// sources and k-1 folds, and the suggestions measured on the fold left
// out. The lexicon itself was written with all of these descriptions in
// view, so the lexicon alone is measured on descriptions it was tuned on:
// the figures compare blends, and are higher than on fresh descriptions.
//
// The second figures are those of the last 144 tuning descriptions
// alone (the last 36 of the eighth held-out set, the 48 first written as
// the ninth, the ninth set and 12 off-topic ones written in the tenth
// set's round): the lexicon's topical words were not changed after they
// joined the tuning set, though the word lists of the office senses were
// written with the last 60 in view.
func crossValidate(t *testing.T, blends []blend) (all, fresher []cvFigures) {
	t.Helper()
	tuning := readExamples(t, "testdata/tuning.tsv")
	fresh := map[string]bool{}
	for _, e := range tuning[len(tuning)-144:] {
		fresh[e.text] = true
	}
	labelled := append(tuning, readExamples(t, "testdata/development.tsv")...)
	sources := sourceExamples(t)
	v := builtVocabulary()
	all, fresher = make([]cvFigures, len(blends)), make([]cvFigures, len(blends))
	for k := range folds {
		trainSet := append([]example(nil), sources...)
		var test []example
		for i, e := range labelled {
			if i%folds == k {
				test = append(test, e)
			} else {
				trainSet = append(trainSet, e)
			}
		}
		m := train(trainSet, smoothing, minFeatureDocs)
		for _, e := range test {
			ws := words(e.text)
			q := m.posterior(ws)
			for j, b := range blends {
				ranked := rank(e.text, ws, v, m, b)
				count(&all[j], e, ranked, q)
				if fresh[e.text] {
					count(&fresher[j], e, ranked, q)
				}
			}
		}
	}
	return all, fresher
}

// count adds a description's suggestions, and the model's posterior, to
// the figures.
func count(f *cvFigures, e example, all []Suggestion, q [13]float64) {
	strong := 0
	for strong < len(all) && all[strong].Confidence == Strong {
		strong++
	}
	if e.class == 0 {
		f.offTopic++
		f.refused += b2i(strong == 0)
		return
	}
	f.onTopic++
	at := -1
	for i, s := range all {
		if int(s.Point) == e.class {
			at = i
			break
		}
	}
	f.top1 += b2i(at == 0 && at < strong)
	f.top3 += b2i(at >= 0 && at < 3 && at < strong)
	f.rankTop1 += b2i(at == 0)
	f.rankTop3 += b2i(at >= 0 && at < 3)
	first := 1
	for c := 2; c < len(q); c++ {
		if q[c] > q[first] {
			first = c
		}
	}
	f.modelTop1 += b2i(first == e.class)
}

// TestCrossValidation compares the lexicon alone, the previous blend
// (the ninth set's: no office sense of a word next to an object, and words
// of travel that speak for point 1 without a person) and the blend the
// library uses, by cross-validation, and holds the blend to doing no worse
// than either on top-1 and top-3 and to refusing at least 97% of the
// off-topic descriptions. With -cv it measures a grid of blends (how
// blended was chosen). On 757 on-topic and 225 off-topic descriptions the
// previous blend gives top-1 725, top-3 738, refused 214; the blend used
// now 725, 738, 219 (the object sense alone 217, the person context alone
// 219).
func TestCrossValidation(t *testing.T) {
	previous := blended
	previous.objectSense, previous.personContext = false, false
	blends := []blend{{}, previous, blended}
	if *cvGrid {
		for _, o := range []bool{false, true} {
			for _, pc := range []bool{false, true} {
				b := blended
				b.objectSense, b.personContext = o, pc
				blends = append(blends, b)
			}
		}
	}
	got, fresher := crossValidate(t, blends)
	for i, f := range got {
		t.Logf("%+v: %s; the last 144: %s", blends[i], f, fresher[i])
	}
	chosen := got[2]
	for _, other := range got[:2] {
		if chosen.top1 < other.top1 || chosen.top3 < other.top3 {
			t.Errorf("the chosen blend does worse than another:\n%s\n%s", chosen, other)
		}
	}
	if chosen.refused*100 < 97*chosen.offTopic {
		t.Errorf("the chosen blend refuses too few off-topic descriptions: %s", chosen)
	}
}
