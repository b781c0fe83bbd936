package suggest

import (
	"maps"
	"testing"

	"github.com/policycode/iomstrategy/strategy"
)

// TestObjectSenseNeighbours pins which words objectSense marks: the word
// on each side of an object word (objectWords), by its index in the
// description's words, but only when it is in the object word's clause.
// words drops stop words ("the", "of"), so "the archive resettlement of
// staff" is archive(0) resettlement(1) staff(2) in one clause, and a comma
// starts a new clause.
func TestObjectSenseNeighbours(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       map[int]bool
	}{
		// The object word first: the word after it, in its clause, is
		// marked, and nothing before it (there is nothing).
		{"object before a point word", "the archive resettlement of staff", map[int]bool{1: true}},
		// An object word between two words of its clause marks both.
		{"object between two words", "resettlement archive staff", map[int]bool{0: true, 2: true}},
		// The object word ends its clause: the point word that starts the
		// next clause is not next to it in the same clause.
		{"object ending its clause", "the archive, resettlement of staff", map[int]bool{}},
		// The same the other way round: the clause ends before the object.
		{"object starting its clause", "resettlement of staff, the archive", map[int]bool{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ws := words(tt.text)
			if len(ws) != 3 {
				t.Fatalf("words(%q): %d words, want 3", tt.text, len(ws))
			}
			got := objectSense(ws, blended)
			if !maps.Equal(got, tt.want) {
				t.Errorf("objectSense(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestTopicalOffice pins what a word of strength 3 (topicalRanks) changes
// with blended.topicalOffice: beside an office word, it lets the model's
// promotion make its point strong on that one word, where a word of a
// lower rank needs a second word.
//
// The vocabulary has one term, "checkpoint" for point 3, of weight 1488
// and the rank given; the model is a prior that puts point 3 first with a
// posterior of 1/(1+12e^-10) ≈ 0.9995, above blended.office (0.95). The
// description "Checkpoint staff yellow green blue" has five distinct
// words, so blended.context (5) asks for one speaking word, not two;
// "staff" is an office word and weighs officeWeight (744), the three
// unknown words unknownWeight (248) each: the total is 1488+744+3×248 =
// 2976 and point 3 explains 1488 of it, a score of 0.5, at least
// minShare (0.25). The lexicon's confidence is weak: the evidence (the
// word's strength, 3 or less) is below strongEvidence+officeEvidence (7),
// so the model decides.
//
//   - rank 3: "checkpoint" is topical for point 3, so the office word does
//     not count against it: the least posterior is office, one word
//     speaks for it, and it is strong.
//   - rank 2: the office word counts against point 3, which then needs
//     two speaking words; it has one, and stays weak.
func TestTopicalOffice(t *testing.T) {
	const text = "Checkpoint staff yellow green blue"
	ws := words(text)
	if len(ws) != 5 {
		t.Fatalf("words(%q): %d words, want 5", text, len(ws))
	}
	for i, w := range ws {
		if w.of != 0 || officeWords[w.stem] != (i == 1) || objectWords[w.stem] {
			t.Fatalf("words(%q)[%d] = %+v: want a plain word, an office word only for staff", text, i, w)
		}
	}
	var m model
	for c := range m.prior {
		m.prior[c] = -10 * logScale
	}
	m.prior[3] = 0
	for _, tt := range []struct {
		rank int
		want Confidence
	}{
		{topicalRanks, Strong},
		{tellingRank, Weak},
	} {
		k := key("checkpoint")
		var ranks [strategy.NumPoints + 1]int
		ranks[3] = tt.rank
		v := &vocabulary{
			byKey:    map[string][]Term{k: {{Key: k, Phrase: "checkpoint", Point: 3, Weight: 1488}}},
			maxWords: 1,
			topical:  map[string]*[strategy.NumPoints + 1]int{k: &ranks},
		}
		got := rank(text, ws, v, &m, blended)
		if len(got) != 1 || got[0].Point != 3 || got[0].Score != 0.5 {
			t.Fatalf("rank %d: %+v, want point 3 alone with a score of 0.5", tt.rank, got)
		}
		if got[0].Confidence != tt.want {
			t.Errorf("rank %d: point 3 is %s, want %s", tt.rank, got[0].Confidence, tt.want)
		}
	}
}
