package main

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"

	"github.com/policycode/iomstrategy/facility1035"
)

// writeScreeningsJSON prints the screenings exactly as
// writeJSON(w, screeningViews(ss)) does, byte for byte (the same keys,
// order, indentation, escaping and final newline), writing each value as
// it goes instead of building the views, encoding them by reflection and
// re-indenting the whole text. screeningView is the schema;
// TestScreeningsJSONMatchesEncoder checks the two agree.
func writeScreeningsJSON(w io.Writer, ss []facility1035.Screening) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	j := jsonWriter{w: bw, citations: citationTexts{}}
	if len(ss) == 0 {
		bw.WriteString("[]\n")
		return bw.Flush()
	}
	bw.WriteString("[\n")
	for i, s := range ss {
		bw.WriteString("  {\n")
		j.key(4, "id")
		j.str(s.ID)
		bw.WriteString(",\n")
		j.key(4, "line")
		bw.WriteString(strconv.Itoa(int(s.Line)))
		bw.WriteString(",\n")
		j.key(4, "verdict")
		j.str(s.Verdict.String())
		bw.WriteString(",\n")
		j.key(4, "reasons")
		if len(s.Reasons) == 0 {
			bw.WriteString("[]")
		} else {
			bw.WriteString("[\n")
			for k, r := range s.Reasons {
				j.reason(r)
				j.next(k, len(s.Reasons))
			}
			j.indent(4)
			bw.WriteString("]")
		}
		bw.WriteString(",\n")
		j.key(4, "rules_applied")
		rules := s.Applied.Rules()
		if rules == nil {
			bw.WriteString("null")
		} else {
			bw.WriteString("[\n")
			for k, r := range rules {
				j.indent(6)
				j.str(string(r))
				j.next(k, len(rules))
			}
			j.indent(4)
			bw.WriteString("]")
		}
		bw.WriteString("\n  }")
		if i < len(ss)-1 {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

// jsonWriter writes the pieces of indented JSON.
type jsonWriter struct {
	w         *bufio.Writer
	citations citationTexts
}

// spaces is enough indentation for the deepest level written.
const spaces = "            "

func (j jsonWriter) indent(n int) { j.w.WriteString(spaces[:n]) }

// key writes an indented object key and its colon.
func (j jsonWriter) key(indent int, k string) {
	j.indent(indent)
	j.str(k)
	j.w.WriteString(": ")
}

// next ends element k of count: a comma unless it is the last, and a
// newline.
func (j jsonWriter) next(k, count int) {
	if k < count-1 {
		j.w.WriteByte(',')
	}
	j.w.WriteByte('\n')
}

// str writes a JSON string as encoding/json does, escaping <, > and &
// too: printable ASCII as it is but for '"' and '\' (escaped with a
// backslash) and <, >, & (as \u003c, \u003e, \u0026); a string holding
// anything else (control characters, other bytes) goes through
// encoding/json itself.
func (j jsonWriter) str(s string) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e {
			b, err := json.Marshal(s)
			if err != nil { // a string always marshals
				panic(err)
			}
			j.w.Write(b)
			return
		}
	}
	w := j.w
	w.WriteByte('"')
	start := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '"':
			esc = `\"`
		case '\\':
			esc = `\\`
		case '<':
			esc = `\u003c`
		case '>':
			esc = `\u003e`
		case '&':
			esc = `\u0026`
		default:
			continue
		}
		w.WriteString(s[start:i])
		w.WriteString(esc)
		start = i + 1
	}
	w.WriteString(s[start:])
	w.WriteByte('"')
}

// reason writes one reasonView, at the depth of a screening's reasons.
func (j jsonWriter) reason(r facility1035.Reason) {
	w := j.w
	w.WriteString("      {\n")
	j.key(8, "rule")
	j.str(string(r.Rule))
	w.WriteString(",\n")
	j.key(8, "citation")
	j.str(j.citations.of(r.Citation))
	w.WriteString(",\n")
	j.key(8, "finding")
	j.str(r.Verdict.String())
	w.WriteString(",\n")
	if r.Country != "" {
		j.key(8, "country")
		j.str(r.Country)
		w.WriteString(",\n")
	}
	j.key(8, "message")
	j.str(r.Message)
	if len(r.Figures) > 0 {
		w.WriteString(",\n")
		j.key(8, "figures")
		w.WriteString("[\n")
		for k, f := range r.Figures {
			w.WriteString("          {\n")
			j.key(12, "name")
			j.str(f.Name)
			w.WriteString(",\n")
			j.key(12, "value")
			j.str(figureValue(f))
			w.WriteString(",\n")
			j.key(12, "unit")
			j.str(f.Unit)
			w.WriteString("\n          }")
			j.next(k, len(r.Figures))
		}
		j.indent(8)
		w.WriteString("]")
	}
	w.WriteString("\n      }")
}
