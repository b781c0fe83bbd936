package iomstrategy

import (
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// The sources, embedded byte for byte from source/ so that a citation can be
// checked against the text it names with nothing but this module.
var (
	//go:embed source/MC_INF_302.txt
	reviewText string
	//go:embed source/external-facts.md
	factsText string
)

// SourceText returns the full text of MC/INF/302 as the library embeds it:
// the Review, and in its annex Resolution 1150 (XCIII) with the Strategy
// Document.
func SourceText() string { return reviewText }

// SourceFacts returns the sourced facts from other IOM material
// (external-facts.md) that the library relies on: Article 4 of the
// Constitution, the 1998 amendments, the SCPF rules, the Facility's history.
func SourceFacts() string { return factsText }

// ErrUnknownCitation is returned by Verify and Text for a citation whose
// place does not exist in its source (para. 84 of the Review, point 13).
var ErrUnknownCitation = errors.New("citation not found in the source")

// Verify reports whether the place c names exists in the embedded source:
// every paragraph of a range, the footnote, point, bullet, criterion, term of
// reference or article. The error wraps ErrUnknownCitation.
func (c Citation) Verify() error {
	if c.IsZero() {
		return fmt.Errorf("%w: empty citation", ErrUnknownCitation)
	}
	if c.IsRange() {
		for n := c.Number; n <= c.Last; n++ {
			one := c
			one.Number, one.Last = n, 0
			if _, err := one.Text(); err != nil {
				return fmt.Errorf("%w: %s (no %d in the range)", ErrUnknownCitation, c, n)
			}
		}
		return nil
	}
	_, err := c.Text()
	return err
}

// Text returns the text of the place c names, as it stands in the embedded
// source: the paragraph, footnote, point, bullet or criterion, joined across
// page breaks; for a document known through external-facts.md, the lines of
// that file that state the fact. A range returns its units one per line.
func (c Citation) Text() (string, error) {
	if c.IsRange() {
		var parts []string
		for n := c.Number; n <= c.Last; n++ {
			one := c
			one.Number, one.Last = n, 0
			t, err := one.Text()
			if err != nil {
				return "", fmt.Errorf("%w: %s", ErrUnknownCitation, c)
			}
			parts = append(parts, t)
		}
		return strings.Join(parts, "\n"), nil
	}
	if c.Last != 0 {
		return "", fmt.Errorf("%w: %s (range ends before it starts)", ErrUnknownCitation, c)
	}
	key := c
	if t, ok := sourceIndex()[key]; ok {
		return t, nil
	}
	if t, ok := externalText(c); ok {
		return t, nil
	}
	return "", fmt.Errorf("%w: %s", ErrUnknownCitation, c)
}

// externalPhrases are what external-facts.md must say for a citation of a
// document the library knows only through it.
var externalPhrases = map[Citation]string{
	Doc(Resolution1035):                          "Resolution No. 1035 (LXXX)",
	Doc(Resolution997):                           "Resolution No. 997 (LXXVI)",
	Doc(Resolution18):                            "Resolution No. 18 of 27 June 2018",
	Doc(Evaluation1035):                          "IC/2011/5",
	Doc(Constitution):                            "IOM Constitution",
	ConstitutionArticle(4):                       "Member State which is in arrears in the payment",
	ConstitutionArticle(25):                      "Article 30, now Article 25",
	{Document: SCPFRules, Unit: Rule, Number: 1}: "Rules of Procedure, rule 1",

	// The same rule under its number before the 1998 amendments.
	{Document: ConstitutionBefore1998Amendments, Unit: Article, Number: 30}: "Article 30, now Article 25",
}

func externalText(c Citation) (string, bool) {
	phrase, ok := externalPhrases[c]
	if !ok {
		return "", false
	}
	var found []string
	for _, item := range factItems(factsText) {
		if strings.Contains(item, phrase) {
			found = append(found, item)
		}
	}
	return strings.Join(found, "\n"), len(found) > 0
}

// factItems splits external-facts.md into its statements: a list item or a
// quoted or plain line, with its indented continuation lines joined to it
// by a space, so that a sentence that wraps is found whole.
func factItems(text string) []string {
	var items []string
	for _, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			continue
		case len(items) > 0 && (strings.HasPrefix(line, "  ") ||
			strings.HasPrefix(line, "> ") && strings.HasPrefix(items[len(items)-1], "> ")):
			items[len(items)-1] += " " + strings.TrimPrefix(trimmed, "> ")
		default:
			items = append(items, trimmed)
		}
	}
	return items
}

var sourceIndex = sync.OnceValue(func() map[Citation]string {
	return indexSource(reviewText)
})

var (
	numberedLine  = regexp.MustCompile(`^(\d{1,2})\. (.+)$`)
	footnoteLine  = regexp.MustCompile(`^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) (.+)$`)
	headingLine   = regexp.MustCompile(`^(Introduction|Annex|(I|II|III|IV)\. .*|Point \d+: .*)$`)
	termLine      = regexp.MustCompile(`^\s*-\s*\(([a-h])\) (.+)$`)
	criterionLine = regexp.MustCompile(`^\s*-?\s*(\d)\. (.+)$`)
)

// indexSource splits MC/INF/302 into its citable units. It knows the layout
// of the file: the Review (paragraphs and footnotes) up to the first
// "Annex", the Resolution up to the second, then the three parts of the
// Strategy Document.
func indexSource(text string) map[Citation]string {
	lines := strings.Split(text, "\n")
	idx := map[Citation]string{}
	add := func(c Citation, s string) {
		if prev, ok := idx[c]; ok {
			idx[c] = joinSourceLines(prev, s)
		} else {
			idx[c] = s
		}
	}
	section := 0 // 0 review, 1 resolution, 2 Part I, 3 Part II, 4 Part III
	var current Citation
	afterResolves := false
	expectOpening := false
	inCriteria := false
	bullet := 0
	for _, raw := range lines {
		line := strings.TrimRight(raw, " \t\r")
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			continue
		}
		switch {
		case trimmed == "Annex" && section == 0:
			section, current = 1, Citation{}
			continue

		case trimmed == "Annex" && section == 1:
			section, current = 2, Citation{}
			continue
		case strings.HasPrefix(trimmed, "Part I:"):
			section, current, expectOpening = 2, Citation{}, true
			continue
		case strings.HasPrefix(trimmed, "Part II:"):
			section, current, expectOpening = 3, Citation{}, true
			continue
		case strings.HasPrefix(trimmed, "Part III"):
			section, current, expectOpening = 4, Citation{}, true
			continue
		}
		if m := footnoteLine.FindStringSubmatch(trimmed); m != nil {
			n := superscriptNumber(m[1])
			if section == 0 {
				add(Note(n), m[2])
			} else {
				add(AnnexNote(n), m[2])
			}
			continue
		}
		switch section {
		case 0:
			if m := numberedLine.FindStringSubmatch(trimmed); m != nil {
				n, _ := strconv.Atoi(m[1])
				current = Para(n)
				add(current, m[2])
			} else if current.IsZero() && !headingLine.MatchString(trimmed) {
				// The document's header: symbol, date, session, title.
				idx[Doc(Review)] = strings.TrimPrefix(idx[Doc(Review)]+"\n"+strings.Trim(trimmed, "*"), "\n")
			} else if !current.IsZero() && !headingLine.MatchString(trimmed) {
				add(current, trimmed)
			}
		case 1:
			if trimmed == "Resolves:" {
				afterResolves = true
			}
			if m := numberedLine.FindStringSubmatch(trimmed); m != nil && afterResolves {
				n, _ := strconv.Atoi(m[1])
				add(ResolutionPara(n), m[2])
			} else {
				// The heading, the adoption line and the preamble.
				idx[Doc(Resolution1150)] = strings.TrimPrefix(idx[Doc(Resolution1150)]+"\n"+trimmed, "\n")
			}
		case 2, 3, 4:
			part := Part(section - 1)
			if expectOpening {
				add(PartOpening(part), trimmed)
				expectOpening = false
				continue
			}
			if part == PartII {
				if m := termLine.FindStringSubmatch(trimmed); m != nil {
					current = TermOfReference(rune(m[1][0]))
					add(current, m[2])
					add(PartIIPara(3), trimmed)
					continue
				}
			}
			if part == PartIII {
				if inCriteria {
					if m := criterionLine.FindStringSubmatch(trimmed); m != nil {
						n, _ := strconv.Atoi(m[1])
						current = Criterion(n)
						add(current, m[2])
						continue
					}
				}
				if rest, ok := strings.CutPrefix(trimmed, "- "); ok && line[0] == '-' {
					bullet++
					current = PartIIIBullet(bullet)
					add(current, rest)
					inCriteria = bullet == 5
					continue
				}
			}
			if m := numberedLine.FindStringSubmatch(trimmed); m != nil {
				n, _ := strconv.Atoi(m[1])
				switch part {
				case PartI:
					current = StrategyPoint(n)
				case PartII:
					current = PartIIPara(n)
				}
				add(current, m[2])
				continue
			}
			if !current.IsZero() {
				add(current, trimmed)
			}
		}
	}
	return idx
}

// joinSourceLines joins two pieces of one unit. A piece that ends a
// sentence or introduces a list, or a list item, starts a new line; any
// other break is a page break inside a sentence and becomes a space.
func joinSourceLines(prev, next string) string {
	if strings.HasPrefix(next, "- ") || strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, ";") {
		return prev + "\n" + next
	}
	return prev + " " + next
}

var superscripts = map[rune]int{'⁰': 0, '¹': 1, '²': 2, '³': 3, '⁴': 4, '⁵': 5, '⁶': 6, '⁷': 7, '⁸': 8, '⁹': 9}

func superscriptNumber(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + superscripts[r]
	}
	return n
}
