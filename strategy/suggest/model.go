package suggest

import (
	"math"

	"github.com/policycode/iomstrategy/strategy"
)

//go:generate go test -run TestLearnedModelIsCurrent -update

// model is a multinomial naive Bayes classifier over the features of a
// description (see features): for each class, the 12 points and none (0,
// a description off-topic for every point), the logarithm of its prior
// and of each feature's probability given the class, times logScale and
// rounded, so that the posterior is computed from whole numbers. It is
// trained offline on labelled descriptions (testdata/tuning.tsv and
// testdata/development.tsv), on each point's text and on its section of
// the Review, and generated into model_gen.go (go generate); nothing is
// learned at run time.
type model struct {
	prior [strategy.NumPoints + 1]int32
	// weight is, for each feature seen in training, the log-probability
	// of the feature given each class. A feature not seen in training
	// counts for no class.
	weight map[string][strategy.NumPoints + 1]int32
}

// logScale is the unit of the model's logarithms: 1/1000 of a nat.
const logScale = 1000

// features are the distinct words (stems, readings read as their
// phrase's words) of a description, and the distinct pairs of adjacent
// words in a clause ("labour forc", "labour migrat"): a pair tells the
// sense in which a word is used.
func features(ws []word) []string {
	seen := map[string]bool{}
	var out []string
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	for i, w := range ws {
		add(w.stem)
		if i > 0 && ws[i-1].clause == w.clause && ws[i-1].start != w.start {
			add(ws[i-1].stem + " " + w.stem)
		}
	}
	return out
}

// posterior is the probability of each class (0 for none, then the 12
// points) given a description's words, from the features the model knows.
func (m *model) posterior(ws []word) [strategy.NumPoints + 1]float64 {
	logp := m.prior
	for _, f := range features(ws) {
		if w, ok := m.weight[f]; ok {
			for c := range logp {
				logp[c] += w[c]
			}
		}
	}
	best := logp[0]
	for _, l := range logp {
		best = max(best, l)
	}
	var p [strategy.NumPoints + 1]float64
	sum := 0.0
	for c, l := range logp {
		p[c] = math.Exp(float64(l-best) / logScale)
		sum += p[c]
	}
	for c := range p {
		p[c] /= sum
	}
	return p
}

// blend says how the learned model's posterior joins the lexicon's
// suggestions.
type blend struct {
	// learned is the weight of the posterior in the order of the
	// suggestions of one confidence: they are ordered by
	// (1-learned)×Score + learned×posterior.
	learned float64
	// promote is the least posterior at which a weak suggestion that the
	// model ranks first among all classes (none included) becomes strong,
	// in a description in which no point is strong, when it explains at
	// least minShare of the description and two or more of its words
	// speak for the point (of strength 1 or more, see found), or one in a
	// description of context distinct words or more (0: never one); 0 is
	// never. In a description with a word of an office's administration
	// the least posterior is office instead (0 is never), and two words
	// must speak for the point.
	promote, minShare float64
	context           int
	office            float64
	// topicalOffice: when a word of strength 3 (topicalRanks) speaks for
	// the point, a word of an office's administration asks only for the
	// posterior office, not for two words.
	topicalOffice bool
	// In a description of long distinct words or more (0: never), a point
	// the model puts first needs only longShare of the description
	// (instead of minShare) when its score is at least agree times the
	// best score.
	long             int
	longShare, agree float64
	// objectSense reads a word next to an object word (objectWords) in
	// an office's sense; personContext lets the words of personPoint speak
	// for it only in a description with a person word (personWords).
	objectSense, personContext bool
}

// blended is the blend the library uses, chosen by cross-validation
// (cv_test.go).
var blended = blend{learned: 0.25, promote: 0.6, minShare: 0.25, context: 5, office: 0.95,
	topicalOffice: true, long: 15, longShare: 0.2, agree: 0.9, objectSense: true, personContext: true}

// apply makes strong the weak suggestion that b promotes, if any, given
// the posterior q, how many of the description's words speak for each
// point, for each point whether a word of an office's administration
// counts against it (office: the description has one and, with
// topicalOffice, no word of strength 3 speaks for the point), whether the
// description has one at all (officeWord), and how many distinct words it
// has. It changes nothing
// when a point is strong already: the model decides only between a
// suggestion and none.
func (b blend) apply(out []Suggestion, q [strategy.NumPoints + 1]float64, speaking [strategy.NumPoints + 1]int, office [strategy.NumPoints + 1]bool, officeWord bool, distinct int) {
	for _, s := range out {
		if s.Confidence == Strong {
			return
		}
	}
	first := 0
	for c := range q {
		if q[c] > q[first] {
			first = c
		}
	}
	least, words := b.promote, 2
	if b.context > 0 && distinct >= b.context {
		words = 1
	}
	if office[first] {
		least, words = b.office, 2
	} else if officeWord {
		least = b.office
	}
	best := 0.0
	for _, s := range out {
		best = max(best, s.Score)
	}
	for i, s := range out {
		share := b.minShare
		if b.long > 0 && distinct >= b.long && s.Score >= b.agree*best {
			share = min(b.minShare, b.longShare)
		}
		if least > 0 && int(s.Point) == first && q[s.Point] >= least &&
			s.Score >= share && speaking[s.Point] >= words {
			out[i].Confidence = Strong
		}
	}
}
