package strategy

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
)

func TestStem(t *testing.T) {
	tests := []struct {
		rule string
		in   string
		want string
	}{
		{"-ing dropped", "trafficking", "traffick"},
		{"-ed dropped", "trafficked", "traffick"},
		{"plural -s then final -e", "smuggles", "smuggl"},
		{"-ing dropped, smuggling", "smuggling", "smuggl"},
		{"-er kept: a trafficker is not trafficking", "traffickers", "trafficker"},
		{"-ed then nothing", "displaced", "displac"},
		{"-ment then final -e", "displacement", "displac"},
		{"final -e", "displace", "displac"},
		{"-ies to -y", "countries", "country"},
		{"double consonant made single", "programmes", "program"},
		{"double consonant kept in a short stem", "avrr", "avrr"},
		{"US spelling meets British", "program", "program"},
		{"-ing then double consonant", "counselling", "counsel"},
		{"US -ing", "counseling", "counsel"},
		{"irregular form labor", "labor", "labour"},
		{"irregular plural women", "women", "woman"},
		{"irregular plural children", "children", "child"},
		{"-isation read as -ization", "organisation", "organizat"},
		{"-ization", "organization", "organizat"},
		{"-ee dropped", "returnees", "return"},
		{"-ee dropped, refugee", "refugees", "refug"},
		{"-s kept after s", "process", "process"},
		{"-s kept after u", "status", "status"},
		{"-s kept after i", "analysis", "analysis"},
		{"short word untouched", "fee", "fee"},
		{"acronym plural", "rcps", "rcp"},
		{"-ion dropped", "integration", "integrat"},
		{"final -e of the verb", "integrate", "integrat"},
		{"suffix kept when under four letters would remain", "bring", "bring"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			if got := stem(tt.in); got != tt.want {
				t.Errorf("stem(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWords(t *testing.T) {
	type w struct {
		Stem   string
		Text   string
		Clause int
		Proper bool
	}
	tests := []struct {
		rule string
		in   string
		want []w
	}{
		{"stop words and numbers dropped", "The 12 points of the Strategy",
			nil},
		{"hyphen prefix dropped", "pre-consular support",
			[]w{{"consular", "consular", 0, false}, {"support", "support", 0, false}}},
		{"a prefix standing alone is a word", "border posts",
			[]w{{"border", "border", 0, false}, {"post", "posts", 0, false}}},
		{"possessive dropped", "migrants' rights and the migrant's rights",
			[]w{{"migrant", "migrants", 0, false}, {"right", "rights", 0, false}, {"migrant", "migrant's", 0, false}, {"right", "rights", 0, false}}},
		{"punctuation ends a clause", "shelter, food; return",
			[]w{{"shelter", "shelter", 0, false}, {"food", "food", 1, false}, {"return", "return", 2, false}}},
		{"capital after the start of a sentence is a name", "Return to Canada. Canada",
			[]w{{"return", "Return", 0, false}, {"canada", "Canada", 0, true}, {"canada", "Canada", 1, false}}},
		{"acronym is a name anywhere", "AVRR. UN.GIFT",
			[]w{{"avrr", "AVRR", 0, true}, {"un", "UN", 1, true}, {"gift", "GIFT", 2, true}}},
		{"abbreviation expanded (alias, library's own reading)", "IDPs",
			[]w{{"internally", "IDPs", 0, true}, {"displac", "IDPs", 0, true}, {"person", "IDPs", 0, true}}},
		{"curly apostrophe", "migrant’s",
			[]w{{"migrant", "migrant’s", 0, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			var got []w
			for _, x := range words(tt.in) {
				got = append(got, w{x.stem, tt.in[x.start:x.end], x.clause, x.proper})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("words(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestSpecificityTable checks the fixed table against the formula its
// comment gives, round(100 × ln(12 / n)).
func TestSpecificityTable(t *testing.T) {
	for n := 1; n <= NumPoints; n++ {
		want := int(math.Round(100 * math.Log(float64(NumPoints)/float64(n))))
		if specificity[n] != want {
			t.Errorf("specificity[%d] = %d, want round(100 ln(12/%d)) = %d", n, specificity[n], n, want)
		}
	}
}

func TestFrequencyFactor(t *testing.T) {
	for _, tt := range []struct{ n, want int }{{0, 0}, {1, 1}, {2, 2}, {3, 2}, {4, 3}, {7, 3}, {8, 4}, {100, 4}} {
		if got := frequencyFactor(tt.n); got != tt.want {
			t.Errorf("frequencyFactor(%d) = %d, want %d", tt.n, got, tt.want)
		}
	}
}

// containsKey reports whether the normalised text of c contains the words
// of k in a row.
func containsKey(t *testing.T, c iomstrategy.Citation, k string) bool {
	t.Helper()
	text, err := c.Text()
	if err != nil {
		t.Fatalf("%s: %v", c, err)
	}
	var stems []string
	for _, w := range words(text) {
		stems = append(stems, w.stem)
	}
	return strings.Contains(" "+strings.Join(stems, " ")+" ", " "+k+" ")
}

// inOwnSection reports whether c is p's text or a paragraph of p's section
// of the Review.
func inOwnSection(p Point, c iomstrategy.Citation) bool {
	if c == p.Source() {
		return true
	}
	r := p.ReviewParagraphs()
	return c.Document == iomstrategy.Review && c.Unit == iomstrategy.Paragraph && !c.IsRange() &&
		c.Number >= r.Number && c.Number <= r.Last
}

// TestCuratedTermsStandInTheirSource is the rule that keeps the curated
// list honest: each phrase stands, word for word after normalisation, in
// the place it cites, and that place is the point's own text or its own
// section of the Review (MC/INF/302, paras 14-77).
func TestCuratedTermsStandInTheirSource(t *testing.T) {
	seen := map[string]bool{}
	for _, ct := range curatedTerms {
		t.Run(ct.point.String()+"/"+ct.phrase, func(t *testing.T) {
			if err := ct.cite.Verify(); err != nil {
				t.Fatal(err)
			}
			if !inOwnSection(ct.point, ct.cite) {
				t.Errorf("%q cites %s, which is neither %s nor its section %s", ct.phrase, ct.cite, ct.point.Source(), ct.point.ReviewParagraphs())
			}
			k := key(ct.phrase)
			if !containsKey(t, ct.cite, k) {
				t.Errorf("%q (%q) does not stand in %s", ct.phrase, k, ct.cite)
			}
			id := ct.point.String() + "/" + k
			if seen[id] {
				t.Errorf("%q is listed twice for %s", ct.phrase, ct.point)
			}
			seen[id] = true
		})
	}
}

// TestAliasesStandInTheirSource checks that each abbreviation reads as a
// phrase the cited paragraph uses and the vocabulary knows.
func TestAliasesStandInTheirSource(t *testing.T) {
	v := builtVocabulary()
	for _, a := range aliases {
		t.Run(a.abbreviation, func(t *testing.T) {
			if err := a.cite.Verify(); err != nil {
				t.Fatal(err)
			}
			k := key(a.abbreviation)
			if k != key(a.phrase) {
				t.Errorf("key(%q) = %q, want the phrase's %q", a.abbreviation, k, key(a.phrase))
			}
			if !containsKey(t, a.cite, k) {
				t.Errorf("%q (%q) does not stand in %s", a.phrase, k, a.cite)
			}
			if _, ok := v.byKey[k]; !ok {
				t.Errorf("%q reads as %q, which is not in the vocabulary", a.abbreviation, k)
			}
		})
	}
}

// TestVocabularyCitations verifies every citation the vocabulary makes, and
// that each term stands in the place it cites, within its point's own text
// or section.
func TestVocabularyCitations(t *testing.T) {
	terms := Vocabulary()
	if len(terms) < 1000 {
		t.Fatalf("vocabulary has %d terms; the 12 sections should give well over 1000", len(terms))
	}
	perPoint := map[Point]int{}
	for _, term := range terms {
		perPoint[term.Point]++
		if err := term.Source.Verify(); err != nil {
			t.Errorf("%s %q: %v", term.Point, term.Key, err)
			continue
		}
		if !inOwnSection(term.Point, term.Source) {
			t.Errorf("%s %q cites %s, outside the point's text and section", term.Point, term.Key, term.Source)
		}
		if !containsKey(t, term.Source, term.Key) {
			t.Errorf("%s %q does not stand in %s", term.Point, term.Key, term.Source)
		}
		if term.Weight <= 0 {
			t.Errorf("%s %q has weight %d", term.Point, term.Key, term.Weight)
		}
		if containsKey(t, term.Point.Source(), term.Key) && term.Source != term.Point.Source() {
			t.Errorf("%s %q is in the point's text but cites %s", term.Point, term.Key, term.Source)
		}
	}
	for _, p := range Points() {
		if perPoint[p] < 50 {
			t.Errorf("%s has only %d terms", p, perPoint[p])
		}
	}
}

// TestVocabularyIsImmutable checks that the slice Vocabulary returns is a
// copy: changing it changes nothing for the next caller.
func TestVocabularyIsImmutable(t *testing.T) {
	a := Vocabulary()
	want := slices.Clone(a)
	a[0].Weight = -1
	a[0].Key = "changed"
	if diff := cmp.Diff(want, Vocabulary()); diff != "" {
		t.Errorf("Vocabulary changed after a caller edited its copy:\n%s", diff)
	}
}

// TestVocabularyDerivationRules checks the derivation against hand-counted
// cases from the source.
func TestVocabularyDerivationRules(t *testing.T) {
	v := builtVocabulary()
	get := func(k string, p Point) (Term, bool) {
		for _, t := range v.byKey[k] {
			if t.Point == p {
				return t, true
			}
		}
		return Term{}, false
	}
	t.Run("names enter only when curated: Canada (MC/INF/302, para. 76)", func(t *testing.T) {
		if _, ok := get("canada", 12); ok {
			t.Error(`"canada" is in the vocabulary of point 12; names are left out of the derivation`)
		}
	})
	t.Run("a word every point uses weighs nothing: migration", func(t *testing.T) {
		if ts := v.byKey["migrat"]; len(ts) != 0 {
			t.Errorf(`"migrat" has terms %v; every point uses it`, ts)
		}
	})
	t.Run("AVRR is curated for point 10 (MC/INF/302, para. 64)", func(t *testing.T) {
		term, ok := get("avrr", 10)
		if !ok || !term.Curated || term.Source != iomstrategy.Para(64) || term.Weight != CuratedWeight {
			t.Errorf("avrr = %+v, %v; want curated, para. 64, weight %d", term, ok, CuratedWeight)
		}
	})
	t.Run("point text words cite the point: circular (Part I, point 12)", func(t *testing.T) {
		term, ok := get("circular", 12)
		if !ok || term.Source != StrategyPointCitation(12) {
			t.Errorf("circular = %+v, %v; want the citation of point 12", term, ok)
		}
		// "circular" is in point 12's text and its section, and in no other
		// point's text or section: specificity[1] × (frequency + bonus).
		want := specificity[1] * (frequencyFactor(reviewUses(t, 12, "circular")) + PointTextBonus)
		if term.Weight != want {
			t.Errorf("circular weight = %d, want %d", term.Weight, want)
		}
	})
}

// StrategyPointCitation is p.Source() for a number, for readability.
func StrategyPointCitation(n int) iomstrategy.Citation { return iomstrategy.StrategyPoint(n) }

// reviewUses counts the uses of a one-word key in a point's section,
// independently of the vocabulary's own counting.
func reviewUses(t *testing.T, p Point, k string) int {
	t.Helper()
	n := 0
	r := p.ReviewParagraphs()
	for para := r.Number; para <= r.Last; para++ {
		text, err := iomstrategy.Para(para).Text()
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range words(text) {
			if w.stem == k && !w.proper {
				n++
			}
		}
	}
	return n
}
