package indicators_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/indicators"
)

// This file counts the figures of the Review independently of the dataset:
// it scans the text of paras 4-83 and footnotes 1-22 for every number
// token, in digits ("1,027", "783.8", "2007/08") or in words ("seven",
// "Ninety-seven", "third", "decade", "majority"), and requires each to be
// either inside the figure of a record or explained by an entry of
// notFigures below, with the reason it is not a figure. A figure the
// dataset drops fails the test; so does an explanation that no longer
// matches anything.

// numberToken finds numbers in digits and in words. Vague quantities
// ("several", "many", "numerous", "a number of") are not figures and are
// not scanned.
var numberToken = regexp.MustCompile(`(?i)\d+(?:[.,]\d+)*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|half|quarter|dozen|decades?|twice|double|triple|majority)\b`)

// notFigure is a number the text uses for something other than a figure:
// a pattern that matches it in its place, and why it is not a figure.
type notFigure struct {
	where   []iomstrategy.Citation // nil: anywhere in paras 4-83 and footnotes 1-22
	pattern string                 // a regular expression; the tokens it covers are explained
	reason  string
}

var notFigures = []notFigure{
	{nil, `\b(?:19[5-9]\d|20[0-2]\d)\b`, "a year: a date, the year of a title or a period a record already carries"},
	{nil, `\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b`, "the day of a date (15 April 2008)"},
	{nil, `\((?:SCPF|MC/INF)/\d+\)`, "a document symbol (SCPF/12, MC/INF/298)"},
	{nil, `\bStrategy points? \d+(?: and \d+)?|\bpoints \d+, \d+, \d+, \d+ and \d+|see point \d+\)|\(see Strategy point \d+\)`, "a reference to a point of the Strategy"},
	{cites(para(10)), `1035 Facility`, "the name of the 1035 Facility (Resolution No. 1035)"},
	{cites(note(6)), `Resolution No\. 674`, "the number of a Council resolution"},
	{cites(para(12), para(80), para(83)), `(?:each of |against |in )the 12 points`, "the Strategy's 12 points: its structure (strategy.NumPoints), not a reported figure"},
	{cites(para(5)), `the first meeting|a fourth meeting`, "an ordinal naming a GFMD meeting; check gfmd-athens-third uses \"the first meeting\""},
	{cites(para(5)), `The second United Nations High-level Dialogue`, "an ordinal naming an event"},
	{cites(para(33)), `its first meeting in Brussels`, "an ordinal naming an event"},
	{cites(para(56)), `the third external evaluation`, "an ordinal naming an evaluation"},
	{cites(para(57)), `the second theme`, "an ordinal naming a theme of the point"},
	{cites(para(74)), `first tested`, "an ordinal of sequence (first tested), not a count"},
	{cites(note(3)), `Ninety-eighth Session`, "an ordinal naming a Council session"},
	{cites(note(12)), `third GFMD`, "an ordinal naming a GFMD meeting; check gfmd-athens-third uses it"},
	{cites(para(11)), `"Delivering as One"`, "a slogan"},
	{cites(para(13)), `more than one of the Strategy points`, "an idiom: work that falls under several points"},
	{cites(para(32)), `and one which solicits`, "a pronoun"},
	{cites(para(36)), `provide one illustration`, "an idiom: one example among others"},
	{cites(para(39)), `one of the main goals`, "a pronoun"},
	{cites(note(11)), `one year on`, "part of a title"},
	{cites(para(59)), `2007/08`, "a date (the 2007/08 post-election violence)"},
	{cites(note(12)), `1 July 2009`, "a date"},
	{cites(para(20)), `its decades of experience`, "a vague duration with no number"},
	{cites(para(65)), `Over the past decade`, "the time of a statement with no figure"},
	{cites(para(82)), `the coming decades`, "a vague future"},
	{cites(para(81)), `The next three years`, "the future the paragraph looks to, not a figure"},
	{cites(para(83)), `over the last three years`, "the period of the Review itself, not a figure"},
	{cites(para(39)), `During the last three years`, "the period of records irregular-migration-projects-2007-2009 and irregular-migration-projects-value-2007-2009"},
	{cites(para(66)), `over the last three years`, "the period of record avrr-returns-per-year, and the three years of check avrr-average-and-total"},
}

var (
	para = iomstrategy.Para
	note = iomstrategy.Note
)

func cites(cs ...iomstrategy.Citation) []iomstrategy.Citation { return cs }

// reviewUnits are the places whose figures the dataset holds.
func reviewUnits() []iomstrategy.Citation {
	var cs []iomstrategy.Citation
	for n := 4; n <= 83; n++ {
		cs = append(cs, para(n))
	}
	for n := 1; n <= 22; n++ {
		cs = append(cs, note(n))
	}
	return cs
}

func unitText(t *testing.T, c iomstrategy.Citation) string {
	t.Helper()
	text, err := c.Text()
	if err != nil {
		t.Fatalf("%s: %v", c, err)
	}
	return strings.Join(strings.Fields(text), " ")
}

type span struct{ start, end int }

func inSpans(s span, spans []span) bool {
	for _, sp := range spans {
		if s.start >= sp.start && s.end <= sp.end {
			return true
		}
	}
	return false
}

// figureSpans locates each record's figure in the text of its place: the
// first occurrence of its quote, and the figure within it.
func figureSpans(t *testing.T, d indicators.Dataset) map[iomstrategy.Citation][]span {
	t.Helper()
	out := map[iomstrategy.Citation][]span{}
	for _, r := range d.Records() {
		text := unitText(t, r.Citation)
		quote := strings.Join(strings.Fields(r.Quote), " ")
		qi := strings.Index(text, quote)
		if qi < 0 {
			t.Errorf("%s: quote %q not in %s", r.ID, r.Quote, r.Citation)
			continue
		}
		if strings.Count(text, quote) > 1 {
			t.Errorf("%s: quote %q is in %s more than once; make it longer so it names one place", r.ID, r.Quote, r.Citation)
		}
		fi := strings.Index(quote, r.Figure)
		if fi < 0 {
			t.Errorf("%s: figure %q not in its quote", r.ID, r.Figure)
			continue
		}
		out[r.Citation] = append(out[r.Citation], span{qi + fi, qi + fi + len(r.Figure)})
	}
	return out
}

func TestEveryFigureOfTheTextIsARecord(t *testing.T) {
	d := review(t)
	figures := figureSpans(t, d)
	used := make([]int, len(notFigures))
	tokensInFigures := map[iomstrategy.Citation]int{}
	var missing []string
	for _, c := range reviewUnits() {
		text := unitText(t, c)
		var explained []span
		for i, nf := range notFigures {
			if nf.where != nil && !containsCitation(nf.where, c) {
				continue
			}
			for _, m := range regexp.MustCompile(nf.pattern).FindAllStringIndex(text, -1) {
				explained = append(explained, span{m[0], m[1]})
				used[i]++
			}
		}
		for _, m := range numberToken.FindAllStringIndex(text, -1) {
			tok := span{m[0], m[1]}
			switch {
			case inSpans(tok, figures[c]):
				tokensInFigures[c]++
			case inSpans(tok, explained):
			default:
				lo, hi := max(0, m[0]-40), min(len(text), m[1]+40)
				missing = append(missing, fmt.Sprintf("%s: %q in …%s…", c, text[m[0]:m[1]], text[lo:hi]))
			}
		}
	}
	for _, m := range missing {
		t.Errorf("a number of the text is neither a record's figure nor explained in notFigures: %s", m)
	}
	for i, n := range used {
		if n == 0 {
			t.Errorf("notFigures[%d] (%q, %s) matches nothing: remove it or fix it", i, notFigures[i].pattern, notFigures[i].reason)
		}
	}
	// Each record's figure holds at least one number of the text: a record
	// is a figure of the text, not an invention. A count from a list holds
	// the list instead, and a Count check of it keeps the count honest.
	counts := listCounts()
	for _, r := range d.Records() {
		if countedFromList(r) {
			if _, ok := counts[r.ID]; !ok {
				t.Errorf("%s: counted from a list, but no check counts the list", r.ID)
			}
			continue
		}
		if !numberToken.MatchString(r.Figure) {
			t.Errorf("%s: figure %q holds no number", r.ID, r.Figure)
		}
	}
}

func containsCitation(cs []iomstrategy.Citation, c iomstrategy.Citation) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// recordsPerPlace is the number of quantitative statements in each place,
// counted by reading the Review. Places not listed have none.
var recordsPerPlace = map[iomstrategy.Citation]int{
	para(4): 7, para(5): 2, para(8): 3, para(9): 9, para(16): 3, para(18): 7,
	para(19): 2, para(20): 1, para(30): 2, para(32): 1, para(36): 2, para(37): 1,
	para(39): 2, para(43): 1, para(44): 1, para(45): 2, para(46): 2, para(48): 4,
	para(49): 1, para(55): 1, para(56): 1, para(58): 1, para(59): 3, para(65): 2,
	para(66): 3, para(69): 1, para(70): 1, para(71): 1, para(72): 3, para(74): 2,
	para(76): 1, para(81): 1,
	note(2): 1, note(10): 3, note(14): 4, note(19): 1,
}

// reviewRecordCount is the total, by reading: 83, of which three are
// counts of a list the text gives without a number (paras 45, 48 and 74).
const reviewRecordCount = 83

func TestRecordsPerPlace(t *testing.T) {
	d := review(t)
	total := 0
	for _, n := range recordsPerPlace {
		total += n
	}
	if n := len(d.Records()); total != reviewRecordCount || n != reviewRecordCount {
		t.Errorf("the table counts %d, the dataset has %d, reading gives %d", total, n, reviewRecordCount)
	}
	got := map[iomstrategy.Citation]int{}
	for _, r := range d.Records() {
		got[r.Citation]++
	}
	for _, c := range reviewUnits() {
		if got[c] != recordsPerPlace[c] {
			t.Errorf("%s: %d records, reading counts %d", c, got[c], recordsPerPlace[c])
		}
	}
	for c := range got {
		if !containsCitation(reviewUnits(), c) {
			t.Errorf("a record cites %s, outside paras 4-83 and footnotes 1-22", c)
		}
	}
}
