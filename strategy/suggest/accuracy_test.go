package suggest_test

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/policycode/iomstrategy/strategy"
	"github.com/policycode/iomstrategy/strategy/suggest"
)

// labelled is a project description with the point it is filed under, or
// none (0) for a description off-topic for all 12 points.
type labelled struct {
	point strategy.Point
	text  string
}

// readSet reads a set of labelled descriptions: "POINT<TAB>DESCRIPTION" a
// line, "-" for off-topic, # for comments.
func readSet(t testing.TB, path string) []labelled {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		label, text, ok := strings.Cut(line, "\t")
		if !ok || text == "" {
			t.Fatalf("%s:%d: want POINT<TAB>DESCRIPTION, got %q", path, n, line)
		}
		c := labelled{text: text}
		if label != "-" {
			p, err := strategy.ParsePoint(label)
			if err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
			c.point = p
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// figures are the accuracy of the suggester on a set.
type figures struct {
	onTopic, offTopic int
	// top1 and top3 count the on-topic descriptions whose point is the
	// first, or among the first three, of the default suggestions (strong
	// only); an on-topic description with no suggestion counts as missed.
	top1, top3 int
	// rankTop1 and rankTop3 count the same in the whole ranking, weak
	// suggestions included (MinConfidence Weak).
	rankTop1, rankTop3 int
	// refused counts the off-topic descriptions with no default suggestion.
	refused int
}

func rankOf(ss []suggest.Suggestion, p strategy.Point) int {
	for i, s := range ss {
		if s.Point == p {
			return i
		}
	}
	return -1
}

func measure(t *testing.T, name string, set []labelled) figures {
	t.Helper()
	var f figures
	for _, c := range set {
		strong, err := suggest.Suggest(c.text)
		if err != nil {
			t.Fatalf("%s: Suggest(%q): %v", name, c.text, err)
		}
		all, err := suggest.Suggester{MinConfidence: suggest.Weak}.Suggest(c.text)
		if err != nil {
			t.Fatalf("%s: Suggest(%q): %v", name, c.text, err)
		}
		if c.point == 0 {
			f.offTopic++
			if len(strong) == 0 {
				f.refused++
			} else {
				t.Logf("%s: off-topic, suggested %s: %q", name, strong[0].Point, c.text)
			}
			continue
		}
		f.onTopic++
		r, rw := rankOf(strong, c.point), rankOf(all, c.point)
		f.top1 += b2i(r == 0)
		f.top3 += b2i(r >= 0 && r < 3)
		f.rankTop1 += b2i(rw == 0)
		f.rankTop3 += b2i(rw >= 0 && rw < 3)
		if r != 0 {
			var got []string
			for _, s := range all[:min(3, len(all))] {
				got = append(got, fmt.Sprintf("%d (%.2f, %s)", s.Point, s.Score, s.Confidence))
			}
			t.Logf("%s: filed under %d, ranked %s: %q", name, c.point, strings.Join(got, ", "), c.text)
		}
	}
	t.Logf("%s: %d on-topic, %d off-topic", name, f.onTopic, f.offTopic)
	t.Logf("%s: top-1 %s, top-3 %s (weak included: top-1 %s, top-3 %s); off-topic refused %s", name,
		pct(f.top1, f.onTopic), pct(f.top3, f.onTopic), pct(f.rankTop1, f.onTopic), pct(f.rankTop3, f.onTopic),
		pct(f.refused, f.offTopic))
	return f
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func pct(n, of int) string {
	return strconv.Itoa(n) + "/" + strconv.Itoa(of) + " (" + strconv.FormatFloat(100*float64(n)/float64(of), 'f', 1, 64) + "%)"
}

// atLeast fails when n/of is below want/100.
func atLeast(t *testing.T, what string, n, of, want int) {
	t.Helper()
	if n*100 < want*of {
		t.Errorf("%s: %s, below %d%%", what, pct(n, of), want)
	}
}

// TestHeldOut measures the suggester on the held-out set,
// testdata/heldout.tsv: descriptions written before the last round of
// tuning and never used to tune the vocabulary, the score or the
// confidence (none of them was read while tuning). It holds the suggester
// to the figures of heldOutFloor.
func TestHeldOut(t *testing.T) {
	set := readSet(t, "testdata/heldout.tsv")
	f := measure(t, "held-out", set)
	if f.onTopic < 36 || f.offTopic*4 < len(set) {
		t.Fatalf("held-out set: %d on-topic and %d off-topic; want at least 36, and a quarter off-topic", f.onTopic, f.offTopic)
	}
	atLeast(t, "top-1", f.top1, f.onTopic, heldOutFloor.top1)
	atLeast(t, "top-3", f.top3, f.onTopic, heldOutFloor.top3)
	atLeast(t, "top-1, weak included", f.rankTop1, f.onTopic, heldOutFloor.rankTop1)
	atLeast(t, "top-3, weak included", f.rankTop3, f.onTopic, heldOutFloor.rankTop3)
	atLeast(t, "off-topic refused", f.refused, f.offTopic, heldOutFloor.refused)
}

// TestTuningSet measures the suggester on the descriptions it was tuned on,
// testdata/tuning.tsv, and holds it to the figures reached there. The
// learned model was trained on them too, so these figures say nothing of
// fresh descriptions (cv_test.go and TestHeldOut do).
func TestTuningSet(t *testing.T) {
	set := readSet(t, "testdata/tuning.tsv")
	f := measure(t, "tuning", set)
	atLeast(t, "top-1", f.top1, f.onTopic, 98)
	atLeast(t, "top-3", f.top3, f.onTopic, 98)
	atLeast(t, "top-1, weak included", f.rankTop1, f.onTopic, 98)
	atLeast(t, "top-3, weak included", f.rankTop3, f.onTopic, 99)
	atLeast(t, "off-topic refused", f.refused, f.offTopic, 97)
}

// TestDevelopmentSet measures the suggester on the development set,
// testdata/development.tsv: descriptions written after the sixth held-out
// set and measured before the round of tuning that used them (top-1
// 66/84, top-3 74/84, off-topic refused 14/14), and holds it to the
// figures reached since (the learned model was trained on it).
func TestDevelopmentSet(t *testing.T) {
	set := readSet(t, "testdata/development.tsv")
	f := measure(t, "development", set)
	atLeast(t, "top-1", f.top1, f.onTopic, 100)
	atLeast(t, "top-3", f.top3, f.onTopic, 100)
	atLeast(t, "top-1, weak included", f.rankTop1, f.onTopic, 100)
	atLeast(t, "top-3, weak included", f.rankTop3, f.onTopic, 100)
	atLeast(t, "off-topic refused", f.refused, f.offTopic, 100)
}

// TestReadingsComeFromTuning holds the readings of everyday words to the
// rule that chose them: each word occurs in a tuning or development
// description, so that none was chosen for a held-out one.
func TestReadingsComeFromTuning(t *testing.T) {
	var text strings.Builder
	for _, c := range append(readSet(t, "testdata/tuning.tsv"), readSet(t, "testdata/development.tsv")...) {
		text.WriteString(strings.ToLower(c.text) + " ")
	}
	for _, w := range suggest.ReadingWordsForTest() {
		if !strings.Contains(text.String(), strings.ToLower(w)) {
			t.Errorf("reading %q: the word is in no tuning description", w)
		}
	}
}

// heldOutFloor is what TestHeldOut holds the held-out figures to, in
// percent. The aims of issue 10 are top-1 90, top-3 97 and off-topic
// refused 90; the tenth held-out set, measured once on this suggester
// (the lexicon with the learned model and the office senses of point 1's
// words), reached top-1 34/36, top-3 35/36 (weak included: 35/36 and
// 36/36) and refused 11/12. All three aims are met. The floors are those
// figures, rounded down, so that a change that lowers them fails.
var heldOutFloor = struct{ top1, top3, rankTop1, rankTop3, refused int }{94, 97, 97, 100, 91}
