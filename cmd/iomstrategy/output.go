package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// writeJSON prints v as indented JSON. Keys are snake_case by the json tags
// of the view types; money is a string with two decimals (see money).
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeCSV prints a header and rows.
func writeCSV(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

// newTable returns a tabwriter for text tables; call Flush when done.
func newTable(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
}

// writeTable prints a header and rows as an aligned text table: what a
// tabwriter from newTable prints for the cells joined by tabs, one line
// per row. The output is buffered, so that a long table reaches w in large
// writes rather than one per cell.
func writeTable(w io.Writer, header []string, rows [][]string) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if !writeAlignedTable(bw, header, rows) {
		tw := newTable(bw)
		writeTabRow(tw, header)
		for _, r := range rows {
			writeTabRow(tw, r)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func writeTabRow(w io.Writer, cells []string) {
	for i, c := range cells {
		if i > 0 {
			io.WriteString(w, "\t")
		}
		io.WriteString(w, c)
	}
	io.WriteString(w, "\n")
}

// writeAlignedTable writes the table the way the tabwriter of newTable
// does, for the tables commands print: every row with as many cells as the
// header, and no cell holding a character the tabwriter treats specially
// (tab, newline, vertical tab, form feed, its escape byte 0xff). Every cell
// but the last of a line is padded with spaces to the width of the widest
// cell of its column (counted in runes, as the tabwriter counts) plus two;
// the last is written as it is. It reports false, having written nothing,
// for any other table. TestWriteTableMatchesTabwriter checks the two
// agree.
func writeAlignedTable(w *bufio.Writer, header []string, rows [][]string) bool {
	n := len(header)
	if n == 0 {
		return false
	}
	widths := make([]int, n)
	measure := func(cells []string) bool {
		if len(cells) != n {
			return false
		}
		for j, c := range cells {
			if tabwriterSpecial(c) {
				return false
			}
			if j < n-1 {
				widths[j] = max(widths[j], utf8.RuneCountInString(c))
			}
		}
		return true
	}
	if !measure(header) {
		return false
	}
	for _, r := range rows {
		if !measure(r) {
			return false
		}
	}
	const padding = 2 // newTable's
	spaces := strings.Repeat(" ", slices.Max(widths)+padding)
	line := func(cells []string) {
		for j, c := range cells[:n-1] {
			w.WriteString(c)
			w.WriteString(spaces[:widths[j]+padding-utf8.RuneCountInString(c)])
		}
		w.WriteString(cells[n-1])
		w.WriteByte('\n')
	}
	line(header)
	for _, r := range rows {
		line(r)
	}
	return true
}

// money is an amount as JSON and CSV print it: a string with exactly two
// decimals, "1400000.00".
type money decimal.Decimal

func (m money) MarshalJSON() ([]byte, error) {
	return json.Marshal(decimal.Decimal(m).StringFixed(2))
}

// String is the CSV form.
func (m money) String() string { return decimal.Decimal(m).StringFixed(2) }

// tabwriterSpecial reports whether s holds a byte the tabwriter does not
// print as text: tab, newline, vertical tab, form feed or its escape byte.
func tabwriterSpecial(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', '\n', '\v', '\f', tabwriter.Escape:
			return true
		}
	}
	return false
}
