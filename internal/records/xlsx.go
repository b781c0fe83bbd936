package records

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// ReadXLSX reads one sheet of an .xlsx workbook laid out as the CSV is: a
// header row, then one row per record. sheet names the sheet; empty is the
// workbook's first sheet. A sheet that is not there is refused, naming the
// sheets the workbook has.
//
// Every cell is read as the text the spreadsheet displays for it: a money
// cell formatted "#,##0.00" reads "1,400,000.00" (which the money parser
// accepts), a date cell as its date format shows it, and a formula cell
// its cached value as displayed; nothing is converted through a float by
// this package. Blank rows are skipped; a row is named "row N", its number
// in the sheet.
func ReadXLSX(r io.Reader, file, sheet string) (t Table, err error) {
	defer func() {
		// A damaged workbook must be an input error, never a crash.
		if p := recover(); p != nil {
			t, err = Table{}, &Error{File: file, Err: fmt.Errorf("not a readable .xlsx workbook (%v)", p)}
		}
	}()
	wb, err := excelize.OpenReader(r, excelize.Options{UnzipSizeLimit: 1 << 30, UnzipXMLSizeLimit: 64 << 20})
	if err != nil {
		return Table{}, &Error{File: file, Err: fmt.Errorf("not a readable .xlsx workbook: %v", err)}
	}
	defer wb.Close()
	sheets := wb.GetSheetList()
	if len(sheets) == 0 {
		return Table{}, &Error{File: file, Err: errors.New("the workbook has no sheet")}
	}
	name := sheets[0]
	if sheet != "" {
		if !slices.Contains(sheets, sheet) {
			quoted := make([]string, len(sheets))
			for i, s := range sheets {
				quoted[i] = strconv.Quote(s)
			}
			return Table{}, &Error{File: file, Err: fmt.Errorf("no sheet %q in the workbook (its sheets: %s)", sheet, strings.Join(quoted, ", "))}
		}
		name = sheet
	}
	rows, err := wb.Rows(name)
	if err != nil {
		return Table{}, &Error{File: file, Err: fmt.Errorf("sheet %q: %v", name, err)}
	}
	defer rows.Close()
	t = Table{File: file}
	var columns []string
	for n := 1; rows.Next(); n++ {
		row := "row " + strconv.Itoa(n)
		cells, err := rows.Columns()
		if err != nil {
			return Table{}, &Error{File: file, Row: row, Err: err}
		}
		if blank(cells) {
			continue
		}
		if columns == nil {
			if t, err = newTable(file, row, cells); err != nil {
				return Table{}, err
			}
			columns = slices.Clone(t.Columns)
			continue
		}
		values := make([]string, len(columns))
		for i, c := range cells {
			if i < len(values) {
				values[i] = c
				continue
			}
			if strings.TrimSpace(c) != "" {
				cell, _ := excelize.CoordinatesToCellName(i+1, n)
				return Table{}, &Error{File: file, Row: row, Value: c, Err: fmt.Errorf("cell %s is right of the header's %d columns", cell, len(columns))}
			}
		}
		t.Rows = append(t.Rows, Record{File: file, Row: row, columns: columns, values: values})
	}
	if err := rows.Error(); err != nil {
		return Table{}, &Error{File: file, Err: fmt.Errorf("sheet %q: %v", name, err)}
	}
	if columns == nil {
		return Table{}, &Error{File: file, Err: fmt.Errorf("sheet %q is empty: expected a header row", name)}
	}
	return t, nil
}

// blank reports whether a row has no text in any cell.
func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
