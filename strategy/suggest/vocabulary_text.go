package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one normalised word of a text: its stem, where it stands in the
// original text, and the clause it belongs to. Words of different clauses
// never form a phrase together.
type word struct {
	stem       string
	start, end int // byte offsets of the word (or the words a reading stands for) in the text
	clause     int
	// proper is set for a word written with a capital letter other than at
	// the start of a sentence (a name: "Canada", "AVRR", "Member States").
	proper bool
	// abbreviation is set for the words an abbreviation of the readings
	// ("IDP") stands for.
	abbreviation bool
	// stop is set for a stop word, which plainWords and words drop (the
	// readings may contain one: "without papers").
	stop bool
	// read is how many of the text's words other than stop words a
	// reading's words stand for ("send money home": 3), and 0 for a word
	// read as itself.
	read int
	// of is how many words of the source's phrase a reading stands for
	// ("survey" read as "data collection": 2), and 0 for a word read as
	// itself. Together they weigh no more than the description's words
	// read (see weighsAs).
	of int
}

// weighsAs is how many of the reading's of words the word counts as, so
// that a reading weighs no more than the description's words it reads
// ("survey", read as "data collection", weighs as one word): read, or of
// when that is fewer. A word read as itself counts as one of one.
func (w word) weighsAs() int {
	if w.of == 0 {
		return 1
	}
	return min(w.read, w.of)
}

// words splits text into normalised words. It lowercases, splits on
// anything that is not a letter or a digit (a hyphen splits "pre-consular"
// into "pre" and "consular", and a prefix so joined is dropped: see
// hyphenPrefixes), drops numbers, possessive "'s" and the stop words, stems each
// word (see stem), and reads each abbreviation or officer's word or phrase
// of the readings table as the source's phrase, the longest reading first.
// A clause ends at . , ; : ! ? ( ) [ ] and at a line break.
func words(text string) []word {
	all := tokens(text)
	rs := readingWords()
	out := make([]word, 0, len(all))
	for i := 0; i < len(all); {
		r, n, ok := readingAt(all, i, rs)
		if !ok {
			if !all[i].stop {
				out = append(out, all[i])
			}
			i++
			continue
		}
		first, last := all[i], all[i+n-1]
		w := word{start: first.start, end: last.end, clause: first.clause, proper: first.proper, abbreviation: r.abbreviation}
		for _, x := range all[i : i+n] {
			w.read += b2i(!x.stop)
		}
		w.of = len(r.stems)
		for _, e := range r.stems {
			w.stem = e
			out = append(out, w)
		}
		i += n
	}
	return out
}

// readingAt finds the longest reading whose words stand in a row, stop
// words included, from all[i] on, within a clause. It returns the reading
// and the number of words of all it spans.
func readingAt(all []word, i int, rs readingIndex) (readWord, int, bool) {
	var best readWord
	span := 0
	var b strings.Builder
	for n := 1; n <= rs.maxTokens && i+n <= len(all); n++ {
		last := all[i+n-1]
		if last.clause != all[i].clause {
			break
		}
		if n > 1 {
			b.WriteByte(' ')
		}
		b.WriteString(last.stem)
		if r, ok := rs.byKey[b.String()]; ok {
			best, span = r, n
		}
	}
	return best, span, span > 0
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// plainWords is words without the readings: how the source is read.
func plainWords(text string) []word {
	var out []word
	for _, w := range tokens(text) {
		if !w.stop {
			out = append(out, w)
		}
	}
	return out
}

// tokens is plainWords with the stop words kept, marked stop.
func tokens(text string) []word {
	var out []word
	clause := 0
	sentenceStart := true
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			switch r {
			case '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '\n', '•':
				clause++
			}
			switch r {
			case '.', ';', ':', '!', '?', '\n', '•':
				sentenceStart = true
			}
			i += size
			continue
		}
		start := i
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) && !(isApostrophe(r) && nextIsLetter(text[i+size:])) {
				break
			}
			i += size
		}
		raw := text[start:i]
		first, _ := utf8.DecodeRuneInString(raw)
		proper := unicode.IsUpper(first) && !sentenceStart || hasInnerUpper(raw)
		sentenceStart = false
		w := foldWord(raw)
		if w == "" || isNumber(w) {
			continue
		}
		if hyphenPrefixes[w] && strings.HasPrefix(text[i:], "-") {
			continue // "pre-consular" reads as "consular"
		}
		out = append(out, word{stem: stem(w), start: start, end: i, clause: clause, proper: proper, stop: stopWords[w]})
	}
	return out
}

// hasInnerUpper reports a capital letter after the first: an acronym
// ("AVRR", "GIFT") or a name written in camel case, wherever it stands.
func hasInnerUpper(raw string) bool {
	for i, r := range raw {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func nextIsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// foldWord lowercases a word and drops a possessive "'s" and any other
// apostrophe ("migrant's" and "migrants'" read as "migrant", "migrants").
func foldWord(raw string) string {
	w := strings.ToLower(raw)
	w = strings.ReplaceAll(w, "’", "'")
	w = strings.TrimSuffix(w, "'s")
	return strings.ReplaceAll(w, "'", "")
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// hyphenPrefixes are dropped when a hyphen joins them to the next word, so
// that "pre-departure", "post-crisis", "non-food" and "anti-trafficking"
// read as "departure", "crisis", "food" and "trafficking" (the prefix alone
// would match unrelated words: "border posts").
var hyphenPrefixes = map[string]bool{
	"pre": true, "post": true, "non": true, "anti": true, "counter": true, "inter": true, "intra": true,
	"co": true, "re": true, "sub": true, "ex": true, "multi": true, "socio": true,
}

// irregularForms maps irregular plurals and spelling variants to the form
// the stemmer then reduces. "labor" is the US spelling of the Strategy's
// "labour" (point 12).
var irregularForms = map[string]string{
	"women":    "woman",
	"children": "child",
	"labor":    "labour",
}

// stem reduces a lowercased word to a stem by a small suffix stripper, so
// that "trafficking", "trafficked" and "traffics" share "traffick", and
// "displaced", "displacement" share "displac". It is deliberately simple
// and applied identically to the source and to descriptions; a stem need
// not be an English word. The steps, in order:
//
//  1. irregular forms (women, children, labor);
//  2. British -isation/-ise spellings read as -ization/-ize when at least
//     four letters come before them ("organise", not "advise" or "rise");
//  3. plurals: -ies to -y, -sses to -ss, a final -s dropped (not after s, u
//     or i);
//  4. one of -ment, -ing, -ion, -ed, -ee dropped when at least four letters
//     remain;
//  5. a final -e dropped when at least four letters remain;
//  6. a final double consonant other than "ss" made single ("counsell",
//     "programm") in a stem of five letters or more (not in "avrr").
func stem(w string) string {
	if f, ok := irregularForms[w]; ok {
		w = f
	}
	for _, s := range [...]string{"isation", "isations", "ise", "ises", "ised", "ising", "iser", "isers"} {
		if strings.HasSuffix(w, s) {
			if len(w)-len(s) >= 4 {
				w = w[:len(w)-len(s)] + "iz" + s[2:]
			}
			break
		}
	}
	if len(w) > 4 && strings.HasSuffix(w, "ies") {
		w = w[:len(w)-3] + "y"
	} else if strings.HasSuffix(w, "sses") {
		w = w[:len(w)-2]
	} else if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		w = w[:len(w)-1]
	}
	for _, s := range [...]string{"ment", "ing", "ion", "ed", "ee"} {
		if strings.HasSuffix(w, s) && len(w)-len(s) >= 4 {
			w = w[:len(w)-len(s)]
			break
		}
	}
	if len(w) >= 5 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	if n := len(w); n >= 5 && w[n-1] == w[n-2] && w[n-1] != 's' && !isVowel(w[n-1]) && w[n-1] < utf8.RuneSelf {
		w = w[:n-1]
	}
	return w
}

func isVowel(b byte) bool { return strings.IndexByte("aeiouy", b) >= 0 }

// key is the normalised form of a phrase of the source: the stems of its
// words joined by single spaces (no reading of abbreviations or officers'
// words). It is how the vocabulary indexes its terms.
func key(phrase string) string {
	ws := plainWords(phrase)
	stems := make([]string, len(ws))
	for i, w := range ws {
		stems[i] = w.stem
	}
	return strings.Join(stems, " ")
}

// stopWords are the English function words, the content words of function
// phrases ("in order to", "in accordance with", "taking into account", "for
// instance", "with regard to", "in particular", "as well as"), and the words
// every point uses for itself, that carry no point of their own. They are dropped before
// stemming.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		a about above across after again against all also although am among an and another any are around as at
		be because been before being below both but by can could did do does doing done during each either etc
		even every few for from further had has have having he her here hers him his how however i if in inter
		alia into is it its itself just least less made make many may might more most much must my no nor not
		now of off on once one only or other others our ours out over own per same she should since so some
		such than that the their theirs them themselves then there these they this those though through thus
		to too under until up upon us very via was we were what when where whether which while who whom whose
		why will with within without would yet you your
		order accordance taking account instance regard addition particular well including example namely notably
		iom organization strategy point points`) {
		m[w] = true
	}
	return m
}()
