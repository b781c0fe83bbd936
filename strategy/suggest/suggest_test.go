package suggest_test

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/strategy"
	"github.com/policycode/iomstrategy/strategy/suggest"
)

// weak returns every suggestion, weak ones included.
func weak(t *testing.T, text string) []suggest.Suggestion {
	t.Helper()
	got, err := suggest.Suggester{MinConfidence: suggest.Weak}.Suggest(text)
	if err != nil {
		t.Fatalf("Suggest(%q): %v", text, err)
	}
	return got
}

// find returns the suggestion for p, if any.
func find(ss []suggest.Suggestion, p strategy.Point) (suggest.Suggestion, bool) {
	for _, s := range ss {
		if s.Point == p {
			return s, true
		}
	}
	return suggest.Suggestion{}, false
}

// TestSuggestProgrammes checks that the programmes the Review names are
// suggested, strong, for the point whose section reports them, with the
// citation of the paragraph that names them.
func TestSuggestProgrammes(t *testing.T) {
	tests := []struct {
		rule  string
		text  string
		point strategy.Point
		key   string
		cite  iomstrategy.Citation
	}{
		{"AVRR is reported under point 10 (MC/INF/302, para. 64)", "AVRR", 10, "avrr", iomstrategy.Para(64)},
		{"CCCM under point 9 (para. 60)", "CCCM", 9, "cccm", iomstrategy.Para(60)},
		{"MIDA under point 4 (para. 36)", "MIDA", 4, "mida", iomstrategy.Para(36)},
		{"the IDM under point 7 (para. 48)", "IDM", 7, "idm", iomstrategy.Para(48)},
		{"RCPs under point 7 (para. 49)", "RCPs", 7, "rcp", iomstrategy.Para(49)},
		{"Migration Profiles under point 6 (para. 44)", "Migration Profiles", 6, "migrat profil", iomstrategy.Para(44)},
		{"CBMMP under point 3 (para. 28)", "CBMMP", 3, "cbmmp", iomstrategy.Para(28)},
		{"remittance corridors under point 4 (para. 37)", "remittance corridors", 4, "remittanc corridor", iomstrategy.Para(37)},
		{"pre-consular support under point 1 (para. 15)", "pre-consular support", 1, "consular", iomstrategy.Para(15)},
		{"health assessments under point 1 (para. 19)", "health assessments", 1, "health assess", iomstrategy.Para(19)},
		{"anti-trafficking legislation under point 11 (para. 72)", "anti-trafficking legislation", 11, "traffick", iomstrategy.StrategyPoint(11)},
		{"victims of trafficking under point 11 (para. 71)", "victims of trafficking", 11, "victim traffick", iomstrategy.Para(71)},
		{"circular migration is point 12's own words", "circular migration", 12, "circular migrat", iomstrategy.StrategyPoint(12)},
		{"diaspora associations under point 8 (para. 57)", "diaspora associations", 8, "diaspora associat", iomstrategy.Para(57)},
		{"the GFMD under point 7 (para. 51)", "GFMD", 7, "gfmd", iomstrategy.Para(51)},
		{"IDPs, the library's reading of internally displaced persons (para. 60)", "IDPs", 9, "internally displac person", iomstrategy.Para(60)},
		{"US spelling: labor migration is point 12's labour migration", "labor migration", 12, "labour migrat", iomstrategy.StrategyPoint(12)},
		{"tents, the library's reading of emergency shelter (para. 62)", "tents for displaced families", 9, "emergency shelter", iomstrategy.Para(62)},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got, err := suggest.Suggest(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 || got[0].Point != tt.point || got[0].Confidence != suggest.Strong {
				t.Fatalf("Suggest(%q) = %v, want %s first, strong", tt.text, got, tt.point)
			}
			i := slices.IndexFunc(got[0].Matched, func(m suggest.Match) bool { return m.Term.Key == tt.key })
			if i < 0 {
				t.Fatalf("Suggest(%q): no match %q in %+v", tt.text, tt.key, got[0].Matched)
			}
			if m := got[0].Matched[i]; m.Term.Source != tt.cite {
				t.Errorf("match %q cites %s, want %s", tt.key, m.Term.Source, tt.cite)
			}
		})
	}
}

// TestLongestKeysAreSuggested checks that every term of four words or more
// is found in a description that writes it (the words of a key can only
// match in a row, within a clause), and ranks its point first. The table is
// every such key of the vocabulary; a new one must be added here.
func TestLongestKeysAreSuggested(t *testing.T) {
	tests := []struct {
		text  string
		point strategy.Point
		key   string
	}{
		{"Capacity-building in Migration Management Programme", 3, "capacity build migrat manag program"},
		{"Training Manual on Labour Migration Management", 12, "train manual labour migrat manag"},
		{"assisted voluntary return and reintegration", 10, "assist voluntary return reintegrat"},
		{"Camp Coordination and Camp Management", 9, "camp coordinat camp manag"},
		{"Global Human Trafficking Database", 6, "global human traffick databas"},
		{"identification and protection of trafficked persons", 11, "identificat protect traffick person"},
		{"trafficking in persons and migrant smuggling", 11, "traffick person migrant smuggl"},
		{"Mainstreaming Migration in Development Planning", 4, "mainstream migrat develop plan"},
		{"Joint Migration and Development Initiative", 4, "joint migrat develop initiativ"},
		{"African Capacity-building Centre", 3, "african capacity build centr"},
		{"access to basic health care", 5, "access basic health care"},
		{"human rights of migrant women", 2, "human right migrant woman"},
	}
	want := map[string]bool{}
	for _, tt := range tests {
		want[tt.key] = true
	}
	for _, term := range suggest.Vocabulary() {
		if len(strings.Fields(term.Key)) >= 4 && !want[term.Key] {
			t.Errorf("key %q (%s, %q) of %d words is not in the table", term.Key, term.Point, term.Phrase, len(strings.Fields(term.Key)))
		}
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, err := suggest.Suggest(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			// The name's point is strong; the learned model may put
			// another strong point first ("Global Human Trafficking
			// Database": point 11 for "trafficking", then point 6).
			at := slices.IndexFunc(got, func(s suggest.Suggestion) bool { return s.Point == tt.point })
			if at < 0 || at > 1 {
				t.Fatalf("Suggest(%q) = %v, want %s strong, first or second", tt.text, got, tt.point)
			}
			i := slices.IndexFunc(got[at].Matched, func(m suggest.Match) bool { return m.Term.Key == tt.key })
			if i < 0 {
				t.Fatalf("no match %q in %+v", tt.key, got[at].Matched)
			}
			if m := got[at].Matched[i]; m.Text != tt.text || !m.Term.Curated {
				t.Errorf("match %+v; want the whole description, curated", m)
			}
		})
	}
}

// TestScore checks the score against hand-computed shares: a curated name
// weighs 1000 (AVRR, para. 64, and no derived weight, being a name), a word
// no term has weighs 248, a word of an office's administration at least
// 744, a word found twice counts once.
func TestScore(t *testing.T) {
	tests := []struct {
		text       string
		point      strategy.Point
		score      float64
		confidence suggest.Confidence
	}{
		{"AVRR", 10, 1, suggest.Strong},
		{"AVRR zebra", 10, 1000.0 / (1000 + 248), suggest.Strong},
		{"AVRR zebra, zebra and AVRR", 10, 1000.0 / (1000 + 248), suggest.Strong},
		{"AVRR zebra quokka xylophone okapi", 10, 1000.0 / (1000 + 4*248), suggest.Strong},
		// 13 unknown words: 1000 / 4224 is under a quarter.
		{"AVRR a1 b1 c1 d1 e1 f1 g1 h1 i1 j1 k1 l1 m1", 10, 1000.0 / (1000 + 13*248), suggest.Weak},
		// "office" weighs 179 for points 1 (para. 14) and 6 (para. 46);
		// "office", "furniture" and "procurement" are words of an
		// office's administration, which weigh at least 3 × 248 each.
		{"quarterly office furniture procurement", 1, 179.0 / (248 + 3*744), suggest.Weak},
		// A topical word of rank 3 ("smugglers", point 11) weighs 3 × 600,
		// and one word alone is weak.
		{"smugglers zebra", 11, 1800.0 / (1800 + 248), suggest.Weak},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			s, ok := find(weak(t, tt.text), tt.point)
			if !ok {
				t.Fatalf("%s not suggested", tt.point)
			}
			if math.Abs(s.Score-tt.score) > 1e-12 || s.Confidence != tt.confidence {
				t.Errorf("%s: score %v, %s; want %v, %s", tt.point, s.Score, s.Confidence, tt.score, tt.confidence)
			}
		})
	}
}

func TestSuggestRules(t *testing.T) {
	t.Run("empty description is ErrEmptyDescription", func(t *testing.T) {
		for _, text := range []string{"", "   \n\t", "2007 - 2010, the 12 points of the IOM Strategy"} {
			got, err := suggest.Suggest(text)
			if !errors.Is(err, suggest.ErrEmptyDescription) || got != nil {
				t.Errorf("Suggest(%q) = %v, %v; want nil, ErrEmptyDescription", text, got, err)
			}
		}
	})
	t.Run("no known term is an empty result, not an error", func(t *testing.T) {
		got, err := suggest.Suggester{MinConfidence: suggest.Weak}.Suggest("zebra xylophone quokka")
		if err != nil || got != nil {
			t.Errorf("Suggest = %v, %v; want nil, nil", got, err)
		}
	})
	t.Run("one generic word: no suggestion by default, weak ones on request", func(t *testing.T) {
		got, err := suggest.Suggest("quarterly office furniture procurement")
		if err != nil || got != nil {
			t.Errorf("Suggest = %v, %v; want nil, nil", got, err)
		}
		all := weak(t, "quarterly office furniture procurement")
		var points []strategy.Point
		for _, s := range all {
			points = append(points, s.Point)
			if s.Confidence != suggest.Weak {
				t.Errorf("%s is %s, want weak", s.Point, s.Confidence)
			}
		}
		slices.Sort(points)
		if diff := cmp.Diff([]strategy.Point{1, 6}, points); diff != "" {
			t.Errorf("weak suggestions (-want +got):\n%s", diff)
		}
	})
	t.Run("one word of the description is weak even when curated: emergency", func(t *testing.T) {
		s, ok := find(weak(t, "emergency"), 9)
		if !ok || s.Confidence != suggest.Weak || s.Score != 1 {
			t.Errorf("point 9 = %+v, %v; want weak", s, ok)
		}
	})
	t.Run("two words with a curated one are strong: emergency shelter", func(t *testing.T) {
		got, _ := suggest.Suggest("emergency shelter")
		if len(got) == 0 || got[0].Point != 9 {
			t.Errorf("Suggest = %v, want point 9", got)
		}
	})
	t.Run("derived words alone are weak however many", func(t *testing.T) {
		// "orderly" and "humane" are point 2's words, but not curated.
		s, ok := find(weak(t, "orderly humane"), 2)
		if !ok || s.Confidence != suggest.Weak {
			t.Errorf("point 2 = %+v, %v; want weak", s, ok)
		}
	})
	t.Run("strong before weak, then by score blended with the model", func(t *testing.T) {
		text := "Shelter and psychosocial care for victims of trafficking"
		all := weak(t, text)
		if len(all) < 3 || all[0].Point != 11 || all[0].Confidence != suggest.Strong {
			t.Fatalf("ranking %v; want point 11 first, strong", all)
		}
		order := suggest.OrderForTest(text, all)
		for i := 1; i < len(all); i++ {
			a, b := all[i-1], all[i]
			if a.Confidence < b.Confidence || a.Confidence == b.Confidence && (order[i-1] < order[i] || order[i-1] == order[i] && a.Point > b.Point) {
				t.Errorf("%s (%s, %v) before %s (%s, %v)", a.Point, a.Confidence, a.Score, b.Point, b.Confidence, b.Score)
			}
		}
	})
	t.Run("a term found twice counts once", func(t *testing.T) {
		once := weak(t, "AVRR for migrants")
		thrice := weak(t, "AVRR for migrants; AVRR again, and AVRR")
		if diff := cmp.Diff(once[0].Score, thrice[0].Score); diff != "" || once[0].Point != 10 {
			t.Errorf("once %+v, thrice %+v; want point 10 with equal scores", once[0], thrice[0])
		}
	})
	t.Run("case and punctuation do not matter", func(t *testing.T) {
		a := weak(t, "Victims of Trafficking: shelter!")
		b := weak(t, "victims of trafficking shelter")
		if len(a) == 0 || a[0].Score != b[0].Score || a[0].Point != b[0].Point {
			t.Errorf("%v vs %v", a, b)
		}
	})
	t.Run("a phrase does not match across a clause break", func(t *testing.T) {
		s, _ := find(weak(t, "circular. migration"), 12)
		for _, m := range s.Matched {
			if m.Term.Key == "circular migrat" {
				t.Errorf("matched %q across a full stop", m.Text)
			}
		}
	})
	t.Run("Match.Text quotes the description", func(t *testing.T) {
		s, ok := find(weak(t, "Support to the Regional Consultative Process in Asia"), 7)
		if !ok {
			t.Fatal("point 7 not suggested")
		}
		if !slices.ContainsFunc(s.Matched, func(m suggest.Match) bool { return m.Text == "Regional Consultative Process" }) {
			t.Errorf("matched %+v, want the phrase as written", s.Matched)
		}
	})
	t.Run("Top keeps the best N", func(t *testing.T) {
		text := "Emergency shelter and voluntary return for displaced migrants, with data collection"
		all := weak(t, text)
		top2, _ := suggest.Suggester{Top: 2, MinConfidence: suggest.Weak}.Suggest(text)
		if len(all) < 3 {
			t.Fatalf("want at least 3 suggestions, got %d", len(all))
		}
		if diff := cmp.Diff(all[:2], top2); diff != "" {
			t.Errorf("Top 2 is not the first two (-all +top2):\n%s", diff)
		}
		none, _ := suggest.Suggester{Top: -1, MinConfidence: suggest.Weak}.Suggest(text)
		if diff := cmp.Diff(all, none); diff != "" {
			t.Errorf("Top -1 is not every suggestion (-all +top):\n%s", diff)
		}
	})
	t.Run("the default keeps the strong ones of the ranking", func(t *testing.T) {
		text := "Emergency shelter and voluntary return for displaced migrants, with data collection"
		all := weak(t, text)
		strong, _ := suggest.Suggest(text)
		var want []suggest.Suggestion
		for _, s := range all {
			if s.Confidence == suggest.Strong {
				want = append(want, s)
			}
		}
		if len(want) < 2 {
			t.Fatalf("want two strong suggestions at least, got %v", all)
		}
		if diff := cmp.Diff(want, strong); diff != "" {
			t.Errorf("default (-want +got):\n%s", diff)
		}
		explicit, _ := suggest.Suggester{MinConfidence: suggest.Strong}.Suggest(text)
		if diff := cmp.Diff(strong, explicit); diff != "" {
			t.Errorf("MinConfidence Strong differs from the zero value:\n%s", diff)
		}
	})
	t.Run("an invalid MinConfidence is ErrInvalidConfidence", func(t *testing.T) {
		got, err := suggest.Suggester{MinConfidence: 3}.Suggest("AVRR")
		if !errors.Is(err, suggest.ErrInvalidConfidence) || got != nil || !strings.Contains(err.Error(), "Confidence(3)") {
			t.Errorf("Suggest = %v, %v; want nil, ErrInvalidConfidence naming Confidence(3)", got, err)
		}
	})
	t.Run("equal scores are ordered by the model", func(t *testing.T) {
		all := weak(t, "office")
		if len(all) != 2 || all[0].Score != all[1].Score || all[0].Point+all[1].Point != 7 {
			t.Fatalf("Suggest(office) = %v, want points 1 and 6 with equal scores", all)
		}
		if order := suggest.OrderForTest("office", all); order[0] < order[1] || order[0] == order[1] && all[0].Point > all[1].Point {
			t.Errorf("Suggest(office) = %v, ordered %v", all, order)
		}
	})
}

// TestSuggestProperties checks the invariants over thousands of generated
// descriptions: scores are shares in (0, 1] whose ratios are those of the
// matched weights, the order is confidence, score blended with the
// model's posterior, point, matches quote the
// description and cite a verifiable place, results are deterministic, the
// default is the strong part of the ranking, and Top is a prefix.
func TestSuggestProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	vocab := suggest.Vocabulary()
	filler := []string{"project", "the", "zebra", "support", "for", "2011", ",", ".", "and", "USD", "Phase II", "(pilot)", "IDPs", "tents"}
	verified := map[iomstrategy.Citation]bool{}
	for i := range 3000 {
		var parts []string
		for range 1 + r.IntN(8) {
			if r.IntN(3) == 0 {
				parts = append(parts, filler[r.IntN(len(filler))])
			} else {
				parts = append(parts, vocab[r.IntN(len(vocab))].Phrase)
			}
		}
		text := strings.Join(parts, " ")
		all, err := suggest.Suggester{MinConfidence: suggest.Weak}.Suggest(text)
		if err != nil {
			if errors.Is(err, suggest.ErrEmptyDescription) {
				continue
			}
			t.Fatalf("case %d: Suggest(%q): %v", i, text, err)
		}
		again, _ := suggest.Suggester{MinConfidence: suggest.Weak}.Suggest(text)
		if diff := cmp.Diff(all, again); diff != "" {
			t.Fatalf("case %d: Suggest(%q) is not deterministic:\n%s", i, text, diff)
		}
		order := suggest.OrderForTest(text, all)
		sums := make([]int, len(all))
		for j, s := range all {
			for _, m := range s.Matched {
				sums[j] += m.Term.Weight
				if m.Term.Point != s.Point || !strings.Contains(text, m.Text) {
					t.Fatalf("case %d: match %+v of %s is not in %q", i, m, s.Point, text)
				}
				if !verified[m.Term.Source] {
					if err := m.Term.Source.Verify(); err != nil {
						t.Fatalf("case %d: %v", i, err)
					}
					verified[m.Term.Source] = true
				}
			}
			if s.Score <= 0 || s.Score > 1 || (s.Confidence != suggest.Weak && s.Confidence != suggest.Strong) {
				t.Fatalf("case %d: %s score %v, %s", i, s.Point, s.Score, s.Confidence)
			}
			if j > 0 {
				a := all[j-1]
				if math.Abs(a.Score*float64(sums[j])-s.Score*float64(sums[j-1])) > 1e-9*a.Score*float64(sums[j]) {
					t.Fatalf("case %d: scores %v and %v are not in the ratio of weights %d and %d", i, a.Score, s.Score, sums[j-1], sums[j])
				}
				if a.Confidence < s.Confidence || a.Confidence == s.Confidence && (order[j-1] < order[j] || order[j-1] == order[j] && a.Point > s.Point) {
					t.Fatalf("case %d: %s before %s", i, a.Point, s.Point)
				}
			}
		}
		strong, _ := suggest.Suggest(text)
		n := 0
		for n < len(all) && all[n].Confidence == suggest.Strong {
			n++
		}
		if !cmp.Equal(all[:n], strong) && !(n == 0 && strong == nil) {
			t.Fatalf("case %d: default %v, want the strong ones %v", i, strong, all[:n])
		}
		top := 1 + r.IntN(4)
		got, _ := suggest.Suggester{Top: top, MinConfidence: suggest.Weak}.Suggest(text)
		if want := all[:min(top, len(all))]; !cmp.Equal(want, got) {
			t.Fatalf("case %d: Top %d = %v, want %v", i, top, got, want)
		}
	}
}

// FuzzSuggest checks that any text is read without panic: either
// ErrEmptyDescription, or a ranking whose scores are shares, whose order
// holds and whose matches quote the text.
func FuzzSuggest(f *testing.F) {
	for _, s := range []string{
		"", "pre-", "-pre", "UN.GIFT", "migrants'", "’s", "IDPs IDP idp", "a\u0301vrr", "ＡＶＲＲ", "\xff\xfe",
		"counselling. labor,", "ss sses ies", "Disarmament, demobilization and reintegration", "tents tents flights",
		"Capacity-building in Migration Management Programme", "quarterly office furniture procurement",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, err := suggest.Suggester{MinConfidence: suggest.Weak}.Suggest(text)
		if err != nil {
			if !errors.Is(err, suggest.ErrEmptyDescription) || got != nil {
				t.Fatalf("Suggest(%q) = %v, %v", text, got, err)
			}
			return
		}
		order := suggest.OrderForTest(text, got)
		for j, s := range got {
			for _, m := range s.Matched {
				if m.Text == "" || !strings.Contains(text, m.Text) {
					t.Fatalf("match text %q is not in %q", m.Text, text)
				}
			}
			if s.Score <= 0 || s.Score > 1 || !s.Point.Valid() || len(s.Matched) == 0 {
				t.Fatalf("%s: score %v, %d matches", s.Point, s.Score, len(s.Matched))
			}
			if j > 0 && (got[j-1].Confidence < s.Confidence ||
				got[j-1].Confidence == s.Confidence && order[j-1] < order[j]) {
				t.Fatalf("order %v", got)
			}
		}
	})
}
