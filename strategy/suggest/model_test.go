package suggest

import (
	"math"
	"testing"

	"github.com/policycode/iomstrategy/strategy"
)

// TestBlendPromotes holds the promotion of a weak suggestion by the
// learned model to its edges: the model's first class (the lower class on
// a tie), a probability of exactly the threshold, exactly the least share,
// two words that speak for the point or one in a description of exactly
// the context's distinct words, the office's threshold and its two words,
// never when a point is strong already, and never with a threshold of
// zero.
func TestBlendPromotes(t *testing.T) {
	var q, sure [strategy.NumPoints + 1]float64
	q[3], q[5] = 0.6, 0.6 // a tie: the first class is 3
	sure[3] = 0.95
	speaking := [strategy.NumPoints + 1]int{3: 2, 5: 2}
	b := blend{learned: 0.25, promote: 0.6, minShare: 0.25, context: 5, office: 0.95}
	tests := []struct {
		name     string
		b        blend
		q        [strategy.NumPoints + 1]float64
		point    strategy.Point
		score    float64
		speaking int
		office   bool
		distinct int
		strong   bool // another point is strong
		want     Confidence
	}{
		{"first, at the threshold and the least share", b, q, 3, 0.25, 2, false, 2, false, Strong},
		{"second on a tie", b, q, 5, 0.25, 2, false, 2, false, Weak},
		{"below the least share", b, q, 3, 0.24, 2, false, 2, false, Weak},
		{"one word in a short description", b, q, 3, 0.5, 1, false, 4, false, Weak},
		{"one word in a description of five words", b, q, 3, 0.5, 1, false, 5, false, Strong},
		{"one word, never without a context", blend{promote: 0.6, minShare: 0.25}, q, 3, 0.5, 1, false, 9, false, Weak},
		{"no word", b, q, 3, 0.5, 0, false, 9, false, Weak},
		{"an office word below its threshold", b, q, 3, 0.5, 2, true, 9, false, Weak},
		{"an office word at its threshold", b, sure, 3, 0.5, 2, true, 9, false, Strong},
		{"an office word and one word", b, sure, 3, 0.5, 1, true, 9, false, Weak},
		{"an office word, never with its threshold zero", blend{promote: 0.6, minShare: 0.25, context: 5}, sure, 3, 0.5, 2, true, 9, false, Weak},
		{"another point strong already", b, q, 3, 0.5, 2, false, 9, true, Weak},
		{"below the threshold", blend{promote: 0.61, minShare: 0.25}, q, 3, 0.5, 2, false, 2, false, Weak},
		{"a threshold of zero never promotes", blend{minShare: 0.25, office: 0.95}, q, 3, 0.5, 2, false, 2, false, Weak},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := speaking
			s[tt.point] = tt.speaking
			out := []Suggestion{{Point: tt.point, Score: tt.score, Confidence: Weak}}
			if tt.strong {
				out = append(out, Suggestion{Point: 7, Score: 0.3, Confidence: Strong})
			}
			var office [strategy.NumPoints + 1]bool
			for c := range office {
				office[c] = tt.office
			}
			tt.b.apply(out, tt.q, s, office, tt.office, tt.distinct)
			if out[0].Confidence != tt.want {
				t.Errorf("%s, want %s", out[0].Confidence, tt.want)
			}
		})
	}
}

// TestPosterior checks that the posterior is a probability over the 13
// classes, that an unknown feature counts for none, and that it follows
// the model's whole-number logarithms.
func TestPosterior(t *testing.T) {
	m := &model{weight: map[string][strategy.NumPoints + 1]int32{"traffick": {11: 1000}}}
	p := m.posterior(words("trafficking zebra"))
	want := math.E / (math.E + 12)
	if math.Abs(p[11]-want) > 1e-12 || math.Abs(p[0]-1/(math.E+12)) > 1e-12 {
		t.Errorf("posterior %v, want %v for point 11", p, want)
	}
	// A long text (point 1's section of the Review) has log-probabilities
	// far below what math.Exp can take: the posterior is computed
	// relative to the most probable class.
	long := ""
	for _, e := range sourceExamples(t) {
		if e.class == 1 {
			long += e.text + "\n"
		}
	}
	for _, text := range []string{"Shelter for victims of trafficking", long} {
		p := learned.posterior(words(text))
		sum := 0.0
		for _, x := range p {
			sum += x
		}
		if !(math.Abs(sum-1) <= 1e-12) || text == long && !(p[1] >= 0.5) { // NaN fails too
			t.Errorf("posterior %v sums to %v", p, sum)
		}
	}
}

// TestFeatures checks the features: distinct words (a reading read as its
// phrase's words: "survey" as "data collection") and distinct pairs of
// adjacent words within a clause, none inside a reading ("data collect")
// and none across a comma ("collect labour").
func TestFeatures(t *testing.T) {
	got := features(words("labour force survey, labour force"))
	want := []string{"labour", "forc", "labour forc", "data", "forc data", "collect"}
	if len(got) != len(want) {
		t.Fatalf("features %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("features %q, want %q", got, want)
		}
	}
}

// TestBlendExceptions covers the two exceptions of the promotion: an
// office word beside a word of strength 3 for the point, and a long
// description in which the lexicon and the model agree.
func TestBlendExceptions(t *testing.T) {
	var q, sure [strategy.NumPoints + 1]float64
	q[3], q[0] = 0.6, 0.4
	sure[3], sure[0] = 0.95, 0.05
	b := blended
	tests := []struct {
		name               string
		b                  blend
		q                  [strategy.NumPoints + 1]float64
		score, best        float64
		speaking, distinct int
		against, office    bool // an office word counts against the point; the description has one
		want               Confidence
	}{
		{"a word of strength 3 beside an office word, one word", b, sure, 0.5, 0.5, 1, 9, false, true, Strong},
		{"the same below the office threshold", b, q, 0.5, 0.5, 1, 9, false, true, Weak},
		{"the same counted against, one word", b, sure, 0.5, 0.5, 1, 9, true, true, Weak},
		{"a long description, a fifth, agreeing", b, q, 0.2, 0.2, 1, 15, false, false, Strong},
		{"a long description, below a fifth", b, q, 0.19, 0.19, 1, 15, false, false, Weak},
		{"a long description, at 0.9 of the best", b, q, 0.2, 0.2 / 0.9, 1, 15, false, false, Strong},
		{"a long description, below 0.9 of the best", b, q, 0.2, 0.23, 1, 15, false, false, Weak},
		// Exactly agree times the best counts as agreeing: 0.9×0.25 is
		// 0.225 in float64 too (a quarter of the float64 nearest 0.9 is
		// the float64 nearest 0.225), below minShare and above longShare.
		{"a long description, exactly 0.9 of the best", b, q, 0.225, 0.25, 1, 15, false, false, Strong},
		{"one word short of long", b, q, 0.2, 0.2, 1, 14, false, false, Weak},
		{"never long with long zero", blend{promote: 0.6, minShare: 0.25, context: 5, longShare: 0.2, agree: 0.9}, q, 0.2, 0.2, 1, 30, false, false, Weak},
	}
	if b.agree*0.25 != 0.225 {
		t.Fatalf("agree×0.25 = %v, not exactly 0.225", b.agree*0.25)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s [strategy.NumPoints + 1]int
			s[3] = tt.speaking
			var against [strategy.NumPoints + 1]bool
			for c := range against {
				against[c] = tt.against
			}
			out := []Suggestion{{Point: 3, Score: tt.score, Confidence: Weak}}
			if tt.best > tt.score {
				out = append(out, Suggestion{Point: 5, Score: tt.best, Confidence: Weak})
			}
			tt.b.apply(out, tt.q, s, against, tt.office, tt.distinct)
			if out[0].Confidence != tt.want {
				t.Errorf("%s, want %s", out[0].Confidence, tt.want)
			}
		})
	}
}

// TestOfficeSense holds the office senses of point 1's words: a word next
// to an object an office keeps (objectWords) and a word of travel without
// a person (travelWords, personWords) do not speak for the point, while
// the same words about people still do.
func TestOfficeSense(t *testing.T) {
	v := builtVocabulary()
	for _, tt := range []struct {
		text string
		want strategy.Point // 0: no strong suggestion
	}{
		{"Orientation of the solar panels on the roof, to be checked by the engineers.", 0},
		{"Travel policy: economy class for flights under nine hours.", 0},
		{"Resettlement of the archive to the new storage site, with a new filing plan.", 0},
		{"Charter flights and transit visas for refugees leaving for resettlement countries.", 1},
		{"Pre-departure orientation and flights for resettled refugee families.", 1},
	} {
		ws := words(tt.text)
		all := rank(tt.text, ws, v, &learned, blended)
		got := strategy.Point(0)
		if len(all) > 0 && all[0].Confidence == Strong {
			got = all[0].Point
		}
		if got != tt.want {
			t.Errorf("%q: first strong point %d, want %d", tt.text, got, tt.want)
		}
	}
	objects := objectSense(words("Resettlement of the archive"), blended)
	if !objects[0] {
		t.Errorf("objectSense: 'resettlement' next to 'archive' not marked: %v", objects)
	}
	if objectSense(words("Resettlement of the archive"), blend{}) != nil {
		t.Error("objectSense: marks words in a blend without it")
	}
	if !hasPerson(words("flights for the families")) || hasPerson(words("flights for the archive")) {
		t.Error("hasPerson: wrong")
	}
}
