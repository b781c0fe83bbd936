package iomstrategy

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Document names a source the library cites.
//
// The zero value, NoDocument, is not a source: a Citation with it is the
// zero Citation and never verifies.
type Document uint8

// The documents the library cites. Review and Resolution1150 are in the
// embedded MC/INF/302 text; the others are known through the sourced facts
// of external-facts.md (see SourceFacts).
const (
	NoDocument Document = iota
	// Review is MC/INF/302 of 12 October 2010, the Review of the IOM Strategy.
	Review
	// Resolution1150 is Council Resolution No. 1150 (XCIII) of 7 June 2007,
	// with the IOM Strategy Document in its Annex (Parts I, II and III).
	Resolution1150
	// Constitution is the IOM Constitution as amended by Resolution No. 997.
	Constitution
	// Resolution1035 is Council Resolution No. 1035 (LXXX) of 29 November
	// 2000, which created the 1035 Facility.
	Resolution1035
	// Resolution997 is Council Resolution No. 997 (LXXVI) of 24 November
	// 1998, which adopted the 1998 amendments to the Constitution.
	Resolution997
	// Resolution18 is Council Resolution No. 18 of 27 June 2018, which
	// governs the Facility (renamed the IOM Development Fund) since then.
	Resolution18
	// SCPFRules is the Rules of Procedure of the Standing Committee on
	// Programmes and Finance.
	SCPFRules
	// Evaluation1035 is IC/2011/5, the third evaluation of the 1035 Facility.
	Evaluation1035
	// ConstitutionBefore1998Amendments is the IOM Constitution as it stood
	// until the 1998 amendments entered into force on 21 November 2013.
	// Its Article 30 is the two-thirds rule by which those amendments
	// entered into force; the amended Constitution numbers it Article 25.
	ConstitutionBefore1998Amendments
	numDocuments
)

var documentNames = [numDocuments]string{
	NoDocument:     "",
	Review:         "MC/INF/302",
	Resolution1150: "Resolution 1150 (XCIII)",
	Constitution:   "IOM Constitution",
	Resolution1035: "Resolution 1035 (LXXX)",
	Resolution997:  "Resolution 997 (LXXVI)",
	Resolution18:   "Resolution 18 of 27 June 2018",
	SCPFRules:      "SCPF Rules of Procedure",
	Evaluation1035: "IC/2011/5",

	ConstitutionBefore1998Amendments: "IOM Constitution before the 1998 amendments",
}

// String returns the short name of the document used in citations, such as
// "MC/INF/302" or "Resolution 1150 (XCIII)".
func (d Document) String() string {
	if d < numDocuments {
		return documentNames[d]
	}
	return "Document(" + strconv.Itoa(int(d)) + ")"
}

// Part is a part of the IOM Strategy Document, the Annex of Resolution 1150.
type Part uint8

// The parts of the Strategy Document. NoPart means the citation is not to
// the Annex.
const (
	NoPart  Part = iota
	PartI        // Part I: Strategy (the primary goal and the 12 points)
	PartII       // Part II: Institutional Framework: Governing Bodies
	PartIII      // Part III: Programme and Budget (the 1035 Facility)
)

// String returns "Part I", "Part II", "Part III", or "" for NoPart.
func (p Part) String() string {
	switch p {
	case PartI:
		return "Part I"
	case PartII:
		return "Part II"
	case PartIII:
		return "Part III"
	case NoPart:
		return ""
	}
	return "Part(" + strconv.Itoa(int(p)) + ")"
}

// Unit is the kind of place a citation points to within its document.
type Unit uint8

// The units of a citation.
const (
	// Whole cites the document as a whole.
	Whole Unit = iota
	// Paragraph is a numbered paragraph: paragraphs 1-83 of the Review, the
	// operative paragraphs 1-5 of Resolution 1150, paragraphs 1-4 of Part II.
	Paragraph
	// Footnote is a numbered footnote: 1-22 of the Review, 1 of the Annex.
	Footnote
	// Point is one of the 12 points of Part I.
	Point
	// Opening is the unnumbered opening paragraph of a Part of the Annex.
	Opening
	// Bullet is one of the five bullets of Part III.
	Bullet
	// Article is an article of the IOM Constitution.
	Article
	// Rule is a rule of the SCPF Rules of Procedure.
	Rule
)

// Citation says where a rule, parameter or figure comes from: a document
// and, within it, a paragraph, point, bullet, footnote or article.
//
// The zero Citation cites nothing; IsZero reports it and Verify refuses it.
// Citations are comparable values: == and Equal agree.
//
// Sub narrows a unit further: the lettered term of reference of Part II,
// paragraph 3 (1 is "(a)", 8 is "(h)"), or the numbered criterion of Part
// III, bullet 5 (1 to 5). Last, when above Number, makes the citation a
// range ("paras 14-21").
type Citation struct {
	Document Document
	Part     Part
	Unit     Unit
	Number   int
	Last     int
	Sub      int
}

// Para cites paragraph n of the Review (MC/INF/302).
func Para(n int) Citation { return Citation{Document: Review, Unit: Paragraph, Number: n} }

// Paras cites paragraphs first to last of the Review.
func Paras(first, last int) Citation {
	c := Para(first)
	if last != first {
		c.Last = last
	}
	return c
}

// Note cites footnote n of the Review.
func Note(n int) Citation { return Citation{Document: Review, Unit: Footnote, Number: n} }

// ResolutionPara cites operative paragraph n of Resolution 1150 (XCIII).
func ResolutionPara(n int) Citation {
	return Citation{Document: Resolution1150, Unit: Paragraph, Number: n}
}

// StrategyPoint cites point n of Part I of the Strategy Document.
func StrategyPoint(n int) Citation {
	return Citation{Document: Resolution1150, Part: PartI, Unit: Point, Number: n}
}

// PartOpening cites the opening paragraph of a part of the Strategy
// Document (for Part I, the primary goal).
func PartOpening(p Part) Citation {
	return Citation{Document: Resolution1150, Part: p, Unit: Opening}
}

// PartIIPara cites numbered paragraph n of Part II (what Member States
// agreed: 1 the SCPF, 2 the Subcommittee, 3 the terms of reference, 4 the
// Rules of Procedure).
func PartIIPara(n int) Citation {
	return Citation{Document: Resolution1150, Part: PartII, Unit: Paragraph, Number: n}
}

// TermOfReference cites term of reference letter ('a' to 'h') of the SCPF,
// Part II, paragraph 3.
func TermOfReference(letter rune) Citation {
	c := PartIIPara(3)
	c.Sub = int(letter-'a') + 1
	return c
}

// PartIIIBullet cites bullet n (1 to 5) of Part III.
func PartIIIBullet(n int) Citation {
	return Citation{Document: Resolution1150, Part: PartIII, Unit: Bullet, Number: n}
}

// Criterion cites criterion n (1 to 5) of the Line 2 criteria in Part III,
// bullet 5.
func Criterion(n int) Citation {
	c := PartIIIBullet(5)
	c.Sub = n
	return c
}

// AnnexNote cites footnote n of the Strategy Document (footnote 1 is the
// footnote to point 9 of Part I).
func AnnexNote(n int) Citation {
	return Citation{Document: Resolution1150, Part: PartI, Unit: Footnote, Number: n}
}

// ConstitutionArticle cites article n of the IOM Constitution.
func ConstitutionArticle(n int) Citation {
	return Citation{Document: Constitution, Unit: Article, Number: n}
}

// Doc cites a document as a whole.
func Doc(d Document) Citation { return Citation{Document: d} }

// IsZero reports whether c is the zero Citation.
func (c Citation) IsZero() bool { return c == Citation{} }

// Equal reports whether c and o cite the same place. It lets go-cmp compare
// values holding citations.
func (c Citation) Equal(o Citation) bool { return c == o }

// IsRange reports whether c cites a range of units.
func (c Citation) IsRange() bool { return c.Last > c.Number }

// String returns the citation in the library's canonical form, for example
// "MC/INF/302, para. 16", "MC/INF/302, paras 14-21", "MC/INF/302, footnote
// 20", "Resolution 1150 (XCIII), para. 5", "Resolution 1150 (XCIII), Annex,
// Part III, bullet 1", "Resolution 1150 (XCIII), Annex, Part III, bullet 5,
// criterion 2", "Resolution 1150 (XCIII), Annex, Part II, para. 3(a)",
// "Resolution 1150 (XCIII), Annex, Part I, opening paragraph",
// "IOM Constitution, Article 4" or "IOM Constitution before the 1998
// amendments, Article 30". ParseCitation reads it back.
func (c Citation) String() string {
	if c.IsZero() {
		return ""
	}
	var b strings.Builder
	b.Grow(64) // the longest citation, written in one allocation
	b.WriteString(c.Document.String())
	if c.Part != NoPart {
		b.WriteString(", Annex, ")
		b.WriteString(c.Part.String())
	}
	if c.Unit == Whole {
		return b.String()
	}
	b.WriteString(", ")
	if c.Unit == Opening {
		b.WriteString("opening paragraph")
		return b.String()
	}
	name, plural := unitWords(c.Unit)
	if c.IsRange() {
		b.WriteString(plural)
		fmt.Fprintf(&b, " %d-%d", c.Number, c.Last)
		return b.String()
	}
	b.WriteString(name)
	b.WriteByte(' ')
	b.WriteString(strconv.Itoa(c.Number))
	if c.Sub > 0 {
		switch c.Unit {
		case Paragraph:
			b.WriteByte('(')
			b.WriteByte(byte('a' + c.Sub - 1))
			b.WriteByte(')')
		case Bullet:
			b.WriteString(", criterion ")
			b.WriteString(strconv.Itoa(c.Sub))
		}
	}
	return b.String()
}

func unitWords(u Unit) (singular, plural string) {
	switch u {
	case Paragraph:
		return "para.", "paras"
	case Footnote:
		return "footnote", "footnotes"
	case Point:
		return "point", "points"
	case Bullet:
		return "bullet", "bullets"
	case Article:
		return "Article", "Articles"
	case Rule:
		return "rule", "rules"
	}
	return "", ""
}

// ErrCitationSyntax is returned by ParseCitation for text that is not a
// citation in the canonical form.
var ErrCitationSyntax = errors.New("malformed citation")

// ParseCitation reads a citation in the form String writes. It checks form,
// not existence: use Verify for that.
func ParseCitation(s string) (Citation, error) {
	c, ok := parseCitation(s)
	if !ok || c.String() != s {
		return Citation{}, fmt.Errorf("%w: %q", ErrCitationSyntax, s)
	}
	return c, nil
}

// MustParseCitation is ParseCitation that panics on error. It is meant for
// citations written in code.
func MustParseCitation(s string) Citation {
	c, err := ParseCitation(s)
	if err != nil {
		panic(err)
	}
	return c
}

func parseCitation(s string) (Citation, bool) {
	var c Citation
	for d := Review; d < numDocuments; d++ {
		name := documentNames[d]
		if s == name || strings.HasPrefix(s, name+", ") {
			c.Document = d
			s = strings.TrimPrefix(s, name)
			break
		}
	}
	if c.Document == NoDocument {
		return c, false
	}
	if s == "" {
		return c, true
	}
	s = strings.TrimPrefix(s, ", ")
	if rest, ok := strings.CutPrefix(s, "Annex, "); ok {
		part, tail, _ := strings.Cut(rest, ", ")
		switch part {
		case "Part I":
			c.Part = PartI
		case "Part II":
			c.Part = PartII
		case "Part III":
			c.Part = PartIII
		default:
			return c, false
		}
		if tail == "" {
			return c, rest == part
		}
		s = tail
	}
	if s == "opening paragraph" {
		c.Unit = Opening
		return c, true
	}
	for u := Paragraph; u <= Rule; u++ {
		singular, plural := unitWords(u)
		if rest, ok := strings.CutPrefix(s, plural+" "); ok {
			a, b, found := strings.Cut(rest, "-")
			if !found {
				return c, false
			}
			c.Unit = u
			var okA, okB bool
			c.Number, okA = atoi(a)
			c.Last, okB = atoi(b)
			return c, okA && okB && c.Last > c.Number
		}
		if rest, ok := strings.CutPrefix(s, singular+" "); ok {
			c.Unit = u
			return parseNumberAndSub(c, rest)
		}
	}
	return c, false
}

func parseNumberAndSub(c Citation, s string) (Citation, bool) {
	num, tail := s, ""
	switch c.Unit {
	case Paragraph:
		if i := strings.IndexByte(s, '('); i >= 0 {
			num, tail = s[:i], s[i:]
			if len(tail) != 3 || tail[2] != ')' || tail[1] < 'a' || tail[1] > 'z' {
				return c, false
			}
			c.Sub = int(tail[1]-'a') + 1
		}
	case Bullet:
		if n, crit, ok := strings.Cut(s, ", criterion "); ok {
			num = n
			var okSub bool
			c.Sub, okSub = atoi(crit)
			if !okSub {
				return c, false
			}
		}
	}
	var ok bool
	c.Number, ok = atoi(num)
	return c, ok
}

// atoi accepts only plain positive decimal numbers without sign or leading
// zeros, so that String and ParseCitation round-trip.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 6 || s[0] == '0' {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// MarshalText implements encoding.TextMarshaler with the String form, so a
// citation is a plain string in JSON and CSV.
func (c Citation) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseCitation. The
// empty text gives the zero Citation.
func (c *Citation) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Citation{}
		return nil
	}
	parsed, err := ParseCitation(string(text))
	if err != nil {
		return err
	}
	*c = parsed
	return nil
}
