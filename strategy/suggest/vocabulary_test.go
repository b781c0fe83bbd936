package suggest

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/strategy"
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
		{"-ies to -y in five letters", "cries", "cry"},
		{"-ies in four letters is a plural -s", "ties", "tie"},
		{"-sses to -ss", "classes", "class"},
		{"plural -s in four letters", "bags", "bag"},
		{"three letters untouched", "gas", "gas"},
		{"double consonant made single", "programmes", "program"},
		{"double consonant kept in a short stem", "avrr", "avrr"},
		{"double consonant made single in five letters", "staff", "staf"},
		{"double consonant kept in four letters", "mall", "mall"},
		{"US spelling meets British", "program", "program"},
		{"-ing then double consonant", "counselling", "counsel"},
		{"US -ing", "counseling", "counsel"},
		{"irregular form labor", "labor", "labour"},
		{"irregular plural women", "women", "woman"},
		{"irregular plural children", "children", "child"},
		{"-isation read as -ization", "organisation", "organizat"},
		{"-ization", "organization", "organizat"},
		{"-ise read as -ize after four letters", "realise", "realiz"},
		{"-ise kept after three letters: advise", "advise", "advis"},
		{"advised shares advise's stem", "advised", "advis"},
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
		{"suffix dropped when exactly four letters remain", "landing", "land"},
		{"final -e dropped in five letters", "trade", "trad"},
		{"final -e kept in four letters", "made", "made"},
		{"a double vowel is kept", "salaa", "salaa"},
		{"a rune's last two bytes are no double consonant", "a\U00010000", "a\U00010000"},
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
		Stem         string
		Text         string
		Clause       int
		Proper       bool
		Abbreviation bool
	}
	tests := []struct {
		rule string
		in   string
		want []w
	}{
		{"stop words and numbers dropped", "The 12 points of the Strategy",
			nil},
		{"hyphen prefix dropped", "pre-consular support",
			[]w{{"consular", "consular", 0, false, false}, {"support", "support", 0, false, false}}},
		{"a prefix standing alone is a word", "post offices",
			[]w{{"post", "post", 0, false, false}, {"offic", "offices", 0, false, false}}},
		{"possessive dropped", "migrants' rights and the migrant's rights",
			[]w{{"migrant", "migrants", 0, false, false}, {"right", "rights", 0, false, false}, {"migrant", "migrant's", 0, false, false}, {"right", "rights", 0, false, false}}},
		{"punctuation ends a clause", "shelter, food; return",
			[]w{{"shelter", "shelter", 0, false, false}, {"food", "food", 1, false, false}, {"return", "return", 2, false, false}}},
		{"capital after the start of a sentence is a name", "Return to Canada. Canada",
			[]w{{"return", "Return", 0, false, false}, {"canada", "Canada", 0, true, false}, {"canada", "Canada", 1, false, false}}},
		{"acronym is a name anywhere", "AVRR. UN.GIFT",
			[]w{{"avrr", "AVRR", 0, true, false}, {"un", "UN", 1, true, false}, {"gift", "GIFT", 2, true, false}}},
		{"abbreviation read as its phrase (library's own reading)", "IDPs",
			[]w{{"internally", "IDPs", 0, true, true}, {"displac", "IDPs", 0, true, true}, {"person", "IDPs", 0, true, true}}},
		{"everyday word read as the source's phrase (library's own reading)", "flights",
			[]w{{"air", "flights", 0, false, false}, {"transport", "flights", 0, false, false}}},
		{"a reading of several words, stop words included, at the end of the text", "people without papers",
			[]w{{"peopl", "people", 0, false, false}, {"undocument", "without papers", 0, false, false}}},
		{"the longest reading, 6 words with its stop words", "Global Forum on Migration and Development",
			[]w{{"gfmd", "Global Forum on Migration and Development", 0, false, false}}},
		{"a reading does not span a clause break", "without. papers",
			[]w{{"paper", "papers", 1, false, false}}},
		{"the longest reading wins: send money", "send money",
			[]w{{"remittanc", "send money", 0, false, false}}},
		{"curly apostrophe", "migrant’s",
			[]w{{"migrant", "migrant’s", 0, false, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			var got []w
			for _, x := range words(tt.in) {
				got = append(got, w{x.stem, tt.in[x.start:x.end], x.clause, x.proper, x.abbreviation})
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
	for n := 1; n <= strategy.NumPoints; n++ {
		want := int(math.Round(100 * math.Log(float64(strategy.NumPoints)/float64(n))))
		if specificity[n] != want {
			t.Errorf("specificity[%d] = %d, want round(100 ln(12/%d)) = %d", n, specificity[n], n, want)
		}
	}
}

func TestFrequencyFactor(t *testing.T) {
	for _, tt := range []struct{ n, want int }{{-1, 0}, {0, 0}, {1, 1}, {2, 2}, {3, 2}, {4, 3}, {7, 3}, {8, 4}, {100, 4}} {
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
	for _, w := range plainWords(text) {
		stems = append(stems, w.stem)
	}
	return strings.Contains(" "+strings.Join(stems, " ")+" ", " "+k+" ")
}

// inOwnSection reports whether c is p's text or a paragraph of p's section
// of the Review.
func inOwnSection(p strategy.Point, c iomstrategy.Citation) bool {
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

// TestReadingsStandInTheirSource checks that each reading's phrase stands
// in the paragraph it cites and is a term of the vocabulary, and that the
// word is read as that phrase and as nothing else.
func TestReadingsStandInTheirSource(t *testing.T) {
	v := builtVocabulary()
	for _, r := range readings {
		t.Run(r.word, func(t *testing.T) {
			if err := r.cite.Verify(); err != nil {
				t.Fatal(err)
			}
			k := key(r.phrase)
			if !containsKey(t, r.cite, k) {
				t.Errorf("%q (%q) does not stand in %s", r.phrase, k, r.cite)
			}
			if _, ok := v.byKey[k]; !ok {
				t.Errorf("%q reads as %q, which is not in the vocabulary", r.word, k)
			}
			var stems []string
			for _, w := range words(r.word) {
				stems = append(stems, w.stem)
			}
			if got := strings.Join(stems, " "); got != k {
				t.Errorf("%q reads as %q, want %q", r.word, got, k)
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
	perPoint := map[strategy.Point]int{}
	for _, term := range terms {
		perPoint[term.Point]++
		if err := term.Source.Verify(); err != nil {
			t.Errorf("%s %q: %v", term.Point, term.Key, err)
			continue
		}
		if term.Source.IsRange() {
			// A topical word the source does not use for the point cites
			// the point's section as a whole.
			if term.Source != term.Point.ReviewParagraphs() || builtVocabulary().rankOf(term.Key, term.Point) == 0 {
				t.Errorf("%s %q cites %s: only a topical word of the point cites its whole section", term.Point, term.Key, term.Source)
			}
			if containsKey(t, term.Point.Source(), term.Key) {
				t.Errorf("%s %q is in the point's text but cites %s", term.Point, term.Key, term.Source)
			}
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
	for _, p := range strategy.Points() {
		if perPoint[p] < 50 {
			t.Errorf("%s has only %d terms", p, perPoint[p])
		}
	}
}

// TestVocabularyOrder holds Vocabulary to its documented order: by point,
// then by weight (highest first), then by key; and each point and key at
// most once together.
func TestVocabularyOrder(t *testing.T) {
	terms := Vocabulary()
	for i := 1; i < len(terms); i++ {
		a, b := terms[i-1], terms[i]
		inOrder := a.Point < b.Point ||
			a.Point == b.Point && a.Weight > b.Weight ||
			a.Point == b.Point && a.Weight == b.Weight && a.Key < b.Key
		if !inOrder {
			t.Fatalf("terms %d and %d out of order: %s %d %q before %s %d %q",
				i-1, i, a.Point, a.Weight, a.Key, b.Point, b.Weight, b.Key)
		}
	}
}

// TestLongestReading holds readingIndex.maxTokens to the longest reading,
// so that the bound of readingAt stops at it and no sooner.
func TestLongestReading(t *testing.T) {
	longest := 0
	for _, r := range readings {
		longest = max(longest, len(tokens(r.word)))
	}
	if got := readingWords().maxTokens; got != longest || got != 6 {
		t.Errorf("maxTokens = %d, want the longest reading's %d (6: the Global Forum on Migration and Development)", got, longest)
	}
}

// TestKeysFitTheScale checks the claim behind scale: every key has at most
// 6 words, so that a term's weight spread over its words is whole.
func TestKeysFitTheScale(t *testing.T) {
	v := builtVocabulary()
	if v.maxWords > 6 || v.maxWords < 5 {
		t.Errorf("longest key has %d words; scale %d needs 1 to 6, and the curated list has a key of 5", v.maxWords, scale)
	}
	for n := 1; n <= v.maxWords; n++ {
		if scale%n != 0 {
			t.Errorf("scale %d is not divisible by %d", scale, n)
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
	get := func(k string, p strategy.Point) (Term, bool) {
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
	t.Run("a word used once is left out: concessionary (para. 21) only as curated", func(t *testing.T) {
		if ts := v.byKey["concessionary"]; len(ts) != 0 {
			t.Errorf(`"concessionary" has terms %v; the source uses it once`, ts)
		}
	})
	t.Run("AVRR is curated for point 10 (MC/INF/302, para. 64), weight 1000", func(t *testing.T) {
		term, ok := get("avrr", 10)
		if !ok || !term.Curated || term.Source != iomstrategy.Para(64) || term.Weight != 1000 {
			t.Errorf("avrr = %+v, %v; want curated, para. 64, weight 1000", term, ok)
		}
	})
	t.Run("point text words cite the point: circular (Part I, point 12)", func(t *testing.T) {
		term, ok := get("circular", 12)
		if !ok || term.Source != iomstrategy.StrategyPoint(12) {
			t.Errorf("circular = %+v, %v; want the citation of point 12", term, ok)
		}
		// "circular" is in point 12's text and used once more in its
		// section (para. 76), and in no other point's text or section:
		// 248 × (1 + 2); and it is a topical word of rank 3: 3 × 600.
		if term.Weight != 744+3*topicalWeight {
			t.Errorf("circular weight = %d, want %d", term.Weight, 744+3*topicalWeight)
		}
	})
	t.Run("a curated term the point's text uses keeps that citation and adds 1000: labour migration", func(t *testing.T) {
		term, ok := get("labour migrat", 12)
		derived := term.Weight - 1000
		if !ok || !term.Curated || term.Source != iomstrategy.StrategyPoint(12) || derived <= 0 {
			t.Errorf("labour migration = %+v, %v; want curated, point 12's text, a derived weight besides 1000", term, ok)
		}
	})
}

// TestConfidenceRule checks each condition of a strong suggestion on
// evidence built by hand: the strength of each word (3 for a curated term
// or a topical word of rank 3, 2 for a phrase or rank 2, 1 for rank 1, 0
// for a derived word only), the share, the margin over the other points
// and the words of an office's administration.
func TestConfidenceRule(t *testing.T) {
	words := func(strengths ...int) map[string]found {
		m := map[string]found{}
		for i, s := range strengths {
			m[string(rune('a'+i))] = found{strength: s}
		}
		return m
	}
	ev := func(total int, w map[string]found) evidence { return evidence{total: total, words: w} }
	tests := []struct {
		rule         string
		e            evidence
		descriptionW int
		rival        int
		office       bool
		want         Confidence
	}{
		{"two words of rank 2, exactly a quarter, no rival", ev(1, words(2, 2)), 4, 0, false, Strong},
		{"just under a quarter", ev(1, words(3, 3)), 5, 0, false, Weak},
		{"two words of rank 2, a rival at two thirds", ev(3, words(2, 2)), 3, 2, false, Strong},
		{"two words of rank 2, a rival just over two thirds", ev(3, words(2, 2)), 3, 3, false, Weak},
		{"rank 3 and rank 1 with a margin", ev(3, words(3, 1)), 3, 2, false, Strong},
		{"rank 3 and rank 1 without one", ev(3, words(3, 1)), 3, 3, false, Weak},
		{"four words of rank 1: no word speaks for the point", ev(3, words(1, 1, 1, 1)), 3, 0, false, Weak},
		{"five words of rank 1, no margin needed", ev(3, words(1, 1, 1, 1, 1)), 3, 3, false, Strong},
		{"rank 3 and rank 2, no margin needed", ev(3, words(3, 2)), 3, 3, false, Strong},
		{"one word of rank 3 alone", ev(1, words(3)), 1, 0, false, Weak},
		{"derived words only", ev(1, words(0, 0, 0, 0, 0)), 1, 0, false, Weak},
		{"an office's word: rank 3 and rank 2 are not enough", ev(3, words(3, 2)), 3, 0, true, Weak},
		{"an office's word: 7 with a margin", ev(3, words(3, 2, 2)), 3, 2, true, Strong},
		{"an office's word: 7 without one", ev(3, words(3, 2, 2)), 3, 3, true, Weak},
		{"an office's word: 7 with a margin, one word of rank 3 and four of rank 1", ev(3, words(3, 1, 1, 1, 1)), 3, 2, true, Strong},
		{"an abbreviation of rank 2", ev(1, map[string]found{"avrr": {abbreviation: true, strength: 2}}), 1, 1, true, Strong},
		{"an abbreviation of rank 1", ev(1, map[string]found{"x": {abbreviation: true, strength: 1}}), 1, 0, false, Weak},
		{"a reading of two words", ev(1, map[string]found{"x y": {read: 2, strength: 3}}), 1, 1, false, Strong},
		{"a reading of one word", ev(1, map[string]found{"x": {read: 1, strength: 3}}), 1, 0, false, Weak},
		{"clearly first: rank 2 and rank 1 with a margin", ev(3, words(2, 1)), 3, 2, false, Strong},
		{"rank 2 and rank 1 without a margin", ev(3, words(2, 1)), 3, 3, false, Weak},
		{"rank 2 and rank 1 with a margin, an office's word", ev(3, words(2, 1)), 3, 0, true, Weak},
		{"rank 2 and a derived word with a margin: too little", ev(3, words(2, 0)), 3, 0, false, Weak},
		{"three words of rank 1 with a margin: none speaks for the point", ev(3, words(1, 1, 1)), 3, 0, false, Weak},
		{"rank 3 and derived words with a margin: one word", ev(3, words(3, 0, 0)), 3, 0, false, Weak},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			if got := confidence(tt.e, tt.descriptionW, tt.rival, tt.office); got != tt.want {
				t.Errorf("confidence = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestIsAbbreviation(t *testing.T) {
	for _, tt := range []struct {
		phrase string
		want   bool
	}{
		{"AVRR", true}, {"RCPs", true}, {"avrr", false}, {"Migration Profiles", false},
		{"IDM", true}, {"Emergency", false}, {"UN-GIFT", false}, {"UN GIFT", false},
	} {
		if got := isAbbreviation(tt.phrase); got != tt.want {
			t.Errorf("isAbbreviation(%q) = %v, want %v", tt.phrase, got, tt.want)
		}
	}
}

// TestTopicalLexicon holds the topical lexicon to its documented shape: a
// hundred or more words a point, each read to a key, none of the words
// every point shares, and none of the words of an office's administration.
func TestTopicalLexicon(t *testing.T) {
	perPoint := map[strategy.Point]int{}
	for _, tt := range topicalTerms() {
		perPoint[tt.point]++
		if tt.rank < 1 || tt.rank > topicalRanks {
			t.Errorf("%s %q: rank %d", tt.point, tt.word, tt.rank)
		}
		if officeWords[tt.key] {
			t.Errorf("%s %q is also a word of an office's administration", tt.point, tt.word)
		}
	}
	for _, p := range strategy.Points() {
		if perPoint[p] < 80 {
			t.Errorf("%s has %d topical words, want at least 80", p, perPoint[p])
		}
	}
	for _, w := range []string{"migrant", "migrants", "migration", "project", "programme", "support", "training", "government", "IOM"} {
		k := key(w)
		for _, tt := range topicalTerms() {
			if tt.key == k && k != "" {
				t.Errorf("%q is shared by every point but is topical for %s", w, tt.point)
			}
		}
	}
	v := builtVocabulary()
	if got := v.rankOf(key("smugglers"), 11); got != 3 {
		t.Errorf("smugglers: rank %d for point 11, want 3", got)
	}
	if got := v.rankOf(key("smugglers"), 1); got != 0 {
		t.Errorf("smugglers: rank %d for point 1, want 0", got)
	}
	if got := v.rankOf("no such key", 11); got != 0 {
		t.Errorf("an unknown key: rank %d, want 0", got)
	}
}

// TestPromote checks when a weak point close behind a strong one is made
// strong: two thirds of the least a strong point explains, a quarter of
// the description, and a word of strength 2 or more.
func TestPromote(t *testing.T) {
	two := map[string]found{"a": {strength: 2}}
	one := map[string]found{"a": {strength: 1}}
	tests := []struct {
		rule             string
		strong1, strong2 int // totals of two strong points (0: none)
		weak             int
		words            map[string]found
		description      int
		want             Confidence
	}{
		{"exactly two thirds of the least strong one", 3, 30, 2, two, 8, Strong},
		{"just under two thirds of the least strong one", 30, 4, 2, two, 7, Weak},
		{"two thirds of the least, not of the greatest", 6, 30, 4, two, 16, Strong},
		{"exactly a quarter of the description", 3, 0, 2, two, 8, Strong},
		{"just under a quarter of the description", 3, 0, 2, two, 9, Weak},
		{"no word of strength 2", 3, 0, 2, one, 8, Weak},
		{"no strong point", 0, 0, 2, two, 8, Weak},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			var ev [strategy.NumPoints + 1]evidence
			var out []Suggestion
			if tt.strong1 > 0 {
				ev[1] = evidence{total: tt.strong1}
				out = append(out, Suggestion{Point: 1, Confidence: Strong})
			}
			if tt.strong2 > 0 {
				ev[2] = evidence{total: tt.strong2}
				out = append(out, Suggestion{Point: 2, Confidence: Strong})
			}
			ev[3] = evidence{total: tt.weak, words: tt.words}
			out = append(out, Suggestion{Point: 3, Confidence: Weak})
			promote(out, &ev, tt.description)
			if got := out[len(out)-1].Confidence; got != tt.want {
				t.Errorf("confidence = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestShown(t *testing.T) {
	for _, tt := range []struct {
		explained, total int
		want             bool
	}{{0, 0, false}, {0, 100, false}, {1, 200, true}, {1, 201, false}, {5, 1000, true}} {
		if got := shown(tt.explained, tt.total); got != tt.want {
			t.Errorf("shown(%d, %d) = %v, want %v", tt.explained, tt.total, got, tt.want)
		}
	}
}

// TestShared checks which topical words a point shares: a word that
// another point's list gives too, unless the point ranks it 3 and no
// other point ranks it above 1.
func TestShared(t *testing.T) {
	v := builtVocabulary()
	for _, tt := range []struct {
		word  string
		point strategy.Point
		want  bool
	}{
		{"shelter", 9, true},       // 9: rank 2, 11: rank 2
		{"shelter", 11, true},      // the same word, the other point
		{"departure", 1, true},     // 1: rank 2, 5: rank 1
		{"visas", 1, true},         // 1: rank 3, 5: rank 2
		{"diaspora", 8, false},     // 8: rank 3, 4: rank 1
		{"diaspora", 4, true},      // rank 1 beside point 8's 3
		{"trafficking", 11, false}, // point 11's alone
		{"diaspora", 1, false},     // not in point 1's list
		{"no such key", 1, false},
	} {
		if got := v.shared(key(tt.word), tt.point); got != tt.want {
			t.Errorf("shared(%q, %s) = %v, want %v", tt.word, tt.point, got, tt.want)
		}
	}
}

// TestSharedWordsInContext checks that a shared word counts as a topical
// word of a point only when the description's other words speak for the
// point with strengths adding up to 2: otherwise it counts its derived
// weight, with no strength.
func TestSharedWordsInContext(t *testing.T) {
	v := builtVocabulary()
	weightOf := func(description string, p strategy.Point, k string) (int, bool) {
		for _, sg := range rank(description, words(description), v, &learned, blended) {
			if sg.Point != p {
				continue
			}
			for _, m := range sg.Matched {
				if m.Term.Key == k {
					return m.Term.Weight, true
				}
			}
		}
		return 0, false
	}
	full := func(k string, p strategy.Point) int {
		for _, term := range v.byKey[k] {
			if term.Point == p {
				return term.Weight
			}
		}
		t.Fatalf("no term %q of %s", k, p)
		return 0
	}
	shelter := key("shelter")
	derived9 := full(shelter, 9) - tellingRank*topicalWeight - curatedWeight // "shelter" is curated for point 9 too
	for _, tt := range []struct {
		description string
		point       strategy.Point
		want        int // 0: not matched
	}{
		{"shelter zebra", 9, derived9},
		{"shelter for victims of trafficking", 11, full(shelter, 11)},
		{"shelter for victims of trafficking", 9, derived9},
		{"shelter after the earthquake", 9, full(shelter, 9)},
		// "deterrence" (rank 1 for point 5 alone) is not context enough
		// for "border" (point 5: rank 1; point 3: rank 2)...
		{"border deterrence", 5, 0},
		// ... but two words of rank 1 are ("deterrence", "despair").
		{"border deterrence despair", 5, full(key("border"), 5)},
	} {
		got, ok := weightOf(tt.description, tt.point, shelterOr(tt.description, shelter))
		if tt.want == 0 {
			if ok {
				t.Errorf("%q: %s counts %d, want no match", tt.description, tt.point, got)
			}
			continue
		}
		if !ok || got != tt.want {
			t.Errorf("%q: %s counts %d (%v), want %d", tt.description, tt.point, got, ok, tt.want)
		}
	}
}

// shelterOr is the key the context test looks for: "border" in a
// description that uses it, else shelter.
func shelterOr(description, shelter string) string {
	if strings.Contains(description, "border") {
		return key("border")
	}
	return shelter
}

// TestReadingWeighsAsItsWords checks that a term found in a reading counts
// its weight times the words read over the words of the phrase: "survey"
// (one word, read as "data collection", two) counts half of each term.
func TestReadingWeighsAsItsWords(t *testing.T) {
	for _, tt := range []struct {
		w    word
		want int
	}{
		{word{}, 1},
		{word{read: 1, of: 2}, 1},
		{word{read: 2, of: 2}, 2},
		{word{read: 3, of: 1}, 1},
	} {
		if got := tt.w.weighsAs(); got != tt.want {
			t.Errorf("%+v.weighsAs() = %d, want %d", tt.w, got, tt.want)
		}
	}
	v := builtVocabulary()
	sum := func(description string) map[string]int {
		m := map[string]int{}
		for _, sg := range rank(description, words(description), v, &learned, blended) {
			if sg.Point == 6 {
				for _, x := range sg.Matched {
					m[x.Term.Key] = x.Term.Weight
				}
			}
		}
		return m
	}
	read, plain := sum("survey"), sum("data collection")
	if len(read) == 0 || len(read) != len(plain) {
		t.Fatalf("survey matched %v, data collection %v", read, plain)
	}
	for k, w := range plain {
		if read[k] != w/2 {
			t.Errorf("%q: survey counts %d, want half of %d", k, read[k], w)
		}
	}
}
