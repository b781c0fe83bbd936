package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"text/tabwriter"

	"github.com/policycode/iomstrategy"
)

// writeJSON prints v as indented JSON: the library's values marshal
// themselves to the documented contract (snake_case keys, money as strings
// with two decimals).
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

// writeTable prints a header and rows as an aligned text table through a
// tabwriter from newTable. The output is buffered, so that a long table
// reaches w in large writes rather than one per cell.
func writeTable(w io.Writer, header []string, rows [][]string) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	tw := newTable(bw)
	writeTabRow(tw, header)
	for _, r := range rows {
		writeTabRow(tw, r)
	}
	if err := tw.Flush(); err != nil {
		return err
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

// cents writes an amount as CSV prints it: two decimals, "1400000.00".
func cents(a iomstrategy.USD) string {
	text, _ := a.MarshalText()
	return string(text)
}
