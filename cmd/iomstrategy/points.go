package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/strategy"
)

// The points command prints the 12 points of the IOM Strategy (Resolution
// 1150 (XCIII), Annex, Part I): number, the library's short title, the
// official text, the Review's paragraphs on the point and the ties the
// Review makes between points.
func init() {
	register(&command{
		name:    "points",
		summary: "the 12 points of the IOM Strategy with their official text, the Review's paragraphs and the ties between points",
		usage:   "[--point N] [--format text|json|csv]",
		formats: []string{formatJSON, formatCSV},
		define:  definePoints,
	})
}

// pointsJSON is what 'points --format json' prints (docs/json.md).
type pointsJSON struct {
	Points []pointView `json:"points"`
}

// pointView is a point as JSON prints it.
type pointView struct {
	Point            int                  `json:"point"`
	Title            string               `json:"title"`
	Text             string               `json:"text"`
	Footnote         string               `json:"footnote,omitempty"`
	Citation         iomstrategy.Citation `json:"citation"`
	ReviewParagraphs iomstrategy.Citation `json:"review_paragraphs"`
	// Related are the ties stated in the point's own section of the
	// Review; ReferencedBy the ties other sections state towards it.
	Related      []tieView `json:"related"`
	ReferencedBy []tieView `json:"referenced_by"`
}

// tieView is a tie to another point, with the paragraph or footnote that
// states it.
type tieView struct {
	Point    int                  `json:"point"`
	Citation iomstrategy.Citation `json:"citation"`
	Says     string               `json:"says"`
}

func viewPoint(p strategy.Point) pointView {
	v := pointView{
		Point:            int(p),
		Title:            p.Title(),
		Text:             p.Text(),
		Footnote:         p.Footnote().Quote,
		Citation:         p.Source(),
		ReviewParagraphs: p.ReviewParagraphs(),
		Related:          []tieView{},
		ReferencedBy:     []tieView{},
	}
	for _, t := range p.Ties() {
		if t.From == p {
			v.Related = append(v.Related, tieView{Point: int(t.To), Citation: t.Citation, Says: t.Says})
		} else {
			v.ReferencedBy = append(v.ReferencedBy, tieView{Point: int(t.From), Citation: t.Citation, Says: t.Says})
		}
	}
	return v
}

func definePoints(e *env, f *flags) func(args []string) error {
	only := f.String("point", "", "print only this point: 7, \"Point 7\" or P7")
	return func(args []string) error {
		if len(args) > 0 {
			return usagef("unexpected argument %q", args[0])
		}
		points := strategy.Points()
		if f.given("point") {
			p, err := strategy.ParsePoint(*only)
			if err != nil {
				return fmt.Errorf("--point: %w", err)
			}
			points = []strategy.Point{p}
		}
		views := make([]pointView, 0, len(points))
		for _, p := range points {
			views = append(views, viewPoint(p))
		}
		switch f.Format() {
		case formatJSON:
			return writeJSON(e.stdout, pointsJSON{Points: views})
		case formatCSV:
			header := []string{"point", "title", "text", "footnote", "citation", "review_paragraphs", "related", "referenced_by"}
			rows := make([][]string, 0, len(views))
			for _, v := range views {
				rows = append(rows, []string{
					strconv.Itoa(v.Point), v.Title, v.Text, v.Footnote, v.Citation.String(),
					v.ReviewParagraphs.String(), tieList(v.Related), tieList(v.ReferencedBy),
				})
			}
			return writeCSV(e.stdout, header, rows)
		}
		return writePointsText(e.stdout, views)
	}
}

// tieList is a CSV cell: "1 (MC/INF/302, para. 22); 3 (MC/INF/302, para. 22)".
func tieList(ts []tieView) string {
	parts := make([]string, 0, len(ts))
	for _, t := range ts {
		parts = append(parts, fmt.Sprintf("%d (%s)", t.Point, t.Citation))
	}
	return strings.Join(parts, "; ")
}

// tieText is the text form: "point 1 (MC/INF/302, para. 22), ...".
func tieText(ts []tieView) string {
	if len(ts) == 0 {
		return "none"
	}
	parts := make([]string, 0, len(ts))
	for _, t := range ts {
		parts = append(parts, fmt.Sprintf("point %d (%s)", t.Point, t.Citation))
	}
	return strings.Join(parts, ", ")
}

func writePointsText(w io.Writer, views []pointView) error {
	var b strings.Builder
	for i, v := range views {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "Point %d: %s\n", v.Point, v.Title)
		wrap(&b, "  ", "  ", v.Text)
		if v.Footnote != "" {
			wrap(&b, "  ", "    ", "Footnote (marked ¹ after \"protection\" in the Annex): "+v.Footnote)
		}
		fmt.Fprintf(&b, "  Source: %s\n", v.Citation)
		fmt.Fprintf(&b, "  Review: %s\n", v.ReviewParagraphs)
		wrap(&b, "  ", "    ", "Related: "+tieText(v.Related))
		wrap(&b, "  ", "    ", "Referenced by: "+tieText(v.ReferencedBy))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// wrap writes text in lines of at most 78 columns: the first line starts
// with first, the others with rest.
func wrap(b *strings.Builder, first, rest, text string) {
	const width = 78
	line, words := first, 0
	for _, word := range strings.Fields(text) {
		if words > 0 && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > width {
			b.WriteString(line)
			b.WriteByte('\n')
			line, words = rest, 0
		}
		if words > 0 {
			line += " "
		}
		line += word
		words++
	}
	b.WriteString(line)
	b.WriteByte('\n')
}
