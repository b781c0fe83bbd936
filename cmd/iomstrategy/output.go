package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"text/tabwriter"

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

// money is an amount as JSON and CSV print it: a string with exactly two
// decimals, "1400000.00".
type money decimal.Decimal

func (m money) MarshalJSON() ([]byte, error) {
	return json.Marshal(decimal.Decimal(m).StringFixed(2))
}

// String is the CSV form.
func (m money) String() string { return decimal.Decimal(m).StringFixed(2) }
