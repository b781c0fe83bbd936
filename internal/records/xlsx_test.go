package records

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// workbook returns the bytes of a workbook build made.
func workbook(t testing.TB, build func(f *excelize.File)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	build(f)
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// asExcelSaves rewrites a workbook's formula cells the way Excel saves a
// formula with a numeric result: excelize marks every formula cell as a
// string result (t="str"), Excel writes a number's cached value as a
// number, which its number format then displays.
func asExcelSaves(t testing.TB, data []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	must(t, err)
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		must(t, err)
		body, err := io.ReadAll(rc)
		must(t, err)
		rc.Close()
		if strings.HasPrefix(f.Name, "xl/worksheets/") {
			body = bytes.ReplaceAll(body, []byte(` t="str"><f>`), []byte(`><f>`))
		}
		w, err := zw.Create(f.Name)
		must(t, err)
		_, err = w.Write(body)
		must(t, err)
	}
	must(t, zw.Close())
	return out.Bytes()
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestReadXLSXDisplayed reads what a spreadsheet shows: a formula's cached
// value in a money format, a date in a date format, a plain number, text.
func TestReadXLSXDisplayed(t *testing.T) {
	data := workbook(t, func(f *excelize.File) {
		money := "#,##0.00"
		moneyStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &money})
		must(t, err)
		day := "yyyy-mm-dd"
		dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &day})
		must(t, err)
		must(t, f.SetSheetRow("Sheet1", "A1", &[]any{"ID", "Amount", "Date", "Count", "Note"}))
		must(t, f.SetCellStr("Sheet1", "A2", "A-1"))
		// A formula with its cached value, as a spreadsheet saves it.
		must(t, f.SetCellDefault("Sheet1", "B2", "1400000.5"))
		must(t, f.SetCellFormula("Sheet1", "B2", "1000000+400000.5"))
		must(t, f.SetCellStyle("Sheet1", "B2", "B3", moneyStyle))
		must(t, f.SetCellValue("Sheet1", "C2", time.Date(2013, 12, 1, 0, 0, 0, 0, time.UTC)))
		must(t, f.SetCellStyle("Sheet1", "C2", "C2", dateStyle))
		must(t, f.SetCellDefault("Sheet1", "D2", "42"))
		must(t, f.SetCellStr("Sheet1", "E2", " text as written "))
		must(t, f.SetCellStr("Sheet1", "A3", "A-2"))
		must(t, f.SetCellDefault("Sheet1", "B3", "100000"))
		// Trailing rows with nothing in them: skipped.
		must(t, f.SetCellStr("Sheet1", "A9", ""))
		must(t, f.SetCellStyle("Sheet1", "A10", "E12", moneyStyle))
	})
	data = asExcelSaves(t, data)
	check, err := excelize.OpenReader(bytes.NewReader(data))
	must(t, err)
	if formula, err := check.GetCellFormula("Sheet1", "B2"); err != nil || formula != "1000000+400000.5" {
		t.Fatalf("the workbook lost its formula: %q, %v", formula, err)
	}
	check.Close()
	tab, err := ReadXLSX(bytes.NewReader(data), "book.xlsx", "")
	must(t, err)
	if diff := cmp.Diff([]string{"id", "amount", "date", "count", "note"}, tab.Columns); diff != "" {
		t.Errorf("columns (-want +got):\n%s", diff)
	}
	if len(tab.Rows) != 2 {
		t.Fatalf("%d rows, want 2", len(tab.Rows))
	}
	r := tab.Rows[0]
	got := map[string]string{"row": r.Row}
	for _, c := range tab.Columns {
		got[c] = r.Get(c)
	}
	want := map[string]string{"row": "row 2", "id": "A-1", "amount": "1,400,000.50", "date": "2013-12-01", "count": "42", "note": "text as written"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("row 2 (-want +got):\n%s", diff)
	}
	if a := tab.Rows[1].Get("amount"); a != "100,000.00" || tab.Rows[1].Row != "row 3" || tab.Rows[1].Has("date") != true || tab.Rows[1].Get("date") != "" {
		t.Errorf("row 3: amount %q, row %q, date %q", a, tab.Rows[1].Row, tab.Rows[1].Get("date"))
	}
	if err := tab.Expect([]string{"id", "amount"}, []string{"date", "count", "note"}); err != nil {
		t.Error(err)
	}
}

func TestReadXLSXSheets(t *testing.T) {
	data := workbook(t, func(f *excelize.File) {
		must(t, f.SetSheetRow("Sheet1", "A1", &[]any{"id"}))
		must(t, f.SetSheetRow("Sheet1", "A2", &[]any{"first"}))
		_, err := f.NewSheet("Members")
		must(t, err)
		must(t, f.SetSheetRow("Members", "A3", &[]any{"country", "arrears"}))
		must(t, f.SetSheetRow("Members", "A4", &[]any{"Chile", "false"}))
		must(t, f.SetSheetRow("Members", "A5", &[]any{"Peru", "true", "", ""}))
		_, err = f.NewSheet("Empty")
		must(t, err)
		_, err = f.NewSheet("Wide")
		must(t, err)
		must(t, f.SetSheetRow("Wide", "A1", &[]any{"id"}))
		must(t, f.SetSheetRow("Wide", "A2", &[]any{"x", "", "stray"}))
		_, err = f.NewSheet("Twice")
		must(t, err)
		must(t, f.SetSheetRow("Twice", "A1", &[]any{"Follow up of", "follow_up_of"}))
	})
	first, err := ReadXLSX(bytes.NewReader(data), "b.xlsx", "")
	must(t, err)
	if len(first.Rows) != 1 || first.Rows[0].Get("id") != "first" {
		t.Errorf("first sheet: %+v", first)
	}
	m, err := ReadXLSX(bytes.NewReader(data), "b.xlsx", "Members")
	must(t, err)
	if len(m.Rows) != 2 || m.Rows[1].Get("country") != "Peru" || m.Rows[1].Row != "row 5" {
		t.Errorf("Members: %+v", m)
	}
	for sheet, want := range map[string]string{
		"Nope":  `b.xlsx: no sheet "Nope" in the workbook (its sheets: "Sheet1", "Members", "Empty", "Wide", "Twice")`,
		"Empty": `b.xlsx: sheet "Empty" is empty: expected a header row`,
		"Wide":  `b.xlsx: row 2: value "stray": cell C2 is right of the header's 1 columns`,
		"Twice": `b.xlsx: row 1: column "follow_up_of" appears twice in the header (also as "Follow up of")`,
	} {
		_, err := ReadXLSX(bytes.NewReader(data), "b.xlsx", sheet)
		if err == nil || err.Error() != want || !errors.Is(err, ErrInput) {
			t.Errorf("sheet %s: error %v, want %s", sheet, err, want)
		}
	}
}

func TestReadXLSXCorrupt(t *testing.T) {
	good := workbook(t, func(f *excelize.File) { must(t, f.SetCellStr("Sheet1", "A1", "id")) })
	for name, in := range map[string][]byte{
		"empty":     nil,
		"text":      []byte("id,amount\n1,2\n"),
		"truncated": good[:len(good)/2],
	} {
		_, err := ReadXLSX(bytes.NewReader(in), "bad.xlsx", "")
		if err == nil || !errors.Is(err, ErrInput) || !strings.HasPrefix(err.Error(), "bad.xlsx: not a readable .xlsx workbook") {
			t.Errorf("%s: error %v", name, err)
		}
	}
}

// FuzzReadXLSX checks that no bytes make the reader panic and that every
// error is an input error naming the file.
func FuzzReadXLSX(f *testing.F) {
	f.Add(workbook(f, func(x *excelize.File) {
		must(f, x.SetSheetRow("Sheet1", "A1", &[]any{"id", "amount"}))
		must(f, x.SetSheetRow("Sheet1", "A2", &[]any{"A", 1.5}))
		must(f, x.SetCellFormula("Sheet1", "B3", "=B2*2"))
	}), "")
	f.Add([]byte("PK\x03\x04"), "Sheet1")
	f.Add([]byte{}, "x")
	f.Fuzz(func(t *testing.T, in []byte, sheet string) {
		tab, err := ReadXLSX(bytes.NewReader(in), "f.xlsx", sheet)
		if err != nil {
			var re *Error
			if !errors.As(err, &re) || !strings.HasPrefix(err.Error(), "f.xlsx") {
				t.Fatalf("error %v is not an input error naming the file", err)
			}
			return
		}
		for _, r := range tab.Rows {
			if len(r.values) != len(tab.Columns) {
				t.Fatalf("row %s has %d values for %d columns", r.Row, len(r.values), len(tab.Columns))
			}
		}
	})
}
