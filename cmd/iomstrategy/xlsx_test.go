package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/internal/records"
)

var updateXLSX = flag.Bool("update-xlsx", false, "rewrite examples/data/applications.xlsx from applications.csv")

const (
	sampleYears      = "../../examples/data/years.csv"
	sampleActivities = "../../examples/data/activities.csv"
	sampleAppsXLSX   = "../../examples/data/applications.xlsx"
)

// sheetFromCSV is a sheet made from a CSV file.
type sheetFromCSV struct{ name, csvPath string }

// xlsxFromCSV builds a workbook as a budget officer's would hold the CSV
// samples: one sheet per CSV, a plain decimal a number in the money format
// "#,##0.00" (so that it displays "1,400,000.00"), a whole number a
// number, anything else text.
func xlsxFromCSV(t testing.TB, sheets ...sheetFromCSV) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	code := moneyFormat
	money, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range sheets {
		data, err := os.ReadFile(s.csvPath)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			err = f.SetSheetName("Sheet1", s.name)
		} else {
			_, err = f.NewSheet(s.name)
		}
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, text := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				switch {
				case text == "":
				case r > 0 && plainInt.MatchString(text):
					err = f.SetCellDefault(s.name, cell, text)
				case r > 0 && plainDecimal.MatchString(text):
					if err = f.SetCellDefault(s.name, cell, text); err == nil {
						err = f.SetCellStyle(s.name, cell, cell, money)
					}
				default:
					err = f.SetCellStr(s.name, cell, text)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// writeXLSXFile writes a workbook built from CSV samples to a temporary
// file and returns its path.
func writeXLSXFile(t *testing.T, name string, sheets ...sheetFromCSV) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, xlsxFromCSV(t, sheets...), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestXLSXInputsMatchCSV runs the four commands that read tables on
// workbooks made from the CSV samples: each prints what it prints for the
// CSV, in every text format.
func TestXLSXInputsMatchCSV(t *testing.T) {
	years := writeXLSXFile(t, "years.xlsx", sheetFromCSV{"years", sampleYears})
	apps := writeXLSXFile(t, "applications.xlsx", sheetFromCSV{"applications", sampleApplications})
	members := writeXLSXFile(t, "members.xlsx", sheetFromCSV{"members", sampleMembers})
	commitments := writeXLSXFile(t, "commitments.xlsx", sheetFromCSV{"commitments", sampleCommitments})
	activities := writeXLSXFile(t, "activities.xlsx", sheetFromCSV{"activities", sampleActivities})
	for _, tt := range []struct {
		name     string
		csv, wb  []string
		csvInput []string // the CSV files named in the output, and the workbooks in their place
		wbInput  []string
	}{
		{"allocate", []string{"allocate", "--input", sampleYears}, []string{"allocate", "--input", years}, nil, nil},
		{"screen", []string{"screen", "--input", sampleApplications, "--members", sampleMembers},
			[]string{"screen", "--input", apps, "--members", members}, nil, nil},
		{"ledger", []string{"ledger", "--allocation", sampleAllocation, "--input", sampleCommitments},
			[]string{"ledger", "--allocation", sampleAllocation, "--input", commitments}, nil, nil},
		{"align", []string{"align", "--input", sampleActivities}, []string{"align", "--input", activities}, nil, nil},
	} {
		for _, format := range []string{formatText, formatJSON, formatCSV} {
			wantOut, wantErr, wantCode := runTool(t, "", append(tt.csv, "--format", format)...)
			gotOut, gotErr, gotCode := runTool(t, "", append(tt.wb, "--format", format)...)
			if tt.name == "ledger" {
				gotOut = asGiven(gotOut, format)
			}
			if gotOut != wantOut || gotErr != wantErr || gotCode != wantCode || wantOut == "" {
				t.Errorf("%s --format %s: the workbook gives (exit %d)\n%s%s\nthe CSV (exit %d)\n%s%s", tt.name, format, gotCode, gotOut, gotErr, wantCode, wantOut, wantErr)
			}
		}
	}
}

// displayedAmount is an amount as a money cell displays it, in the output
// of ledger, which echoes a refused amount as given ("100,000.00").
var displayedAmount = regexp.MustCompile(`"([0-9]{1,3}(,[0-9]{3})+\.[0-9]{2})"`)

// asGiven writes the refused amounts ledger echoes from the workbook as the
// CSV sample gives them (100000.00): the only difference between the two.
func asGiven(out, format string) string {
	return displayedAmount.ReplaceAllStringFunc(out, func(m string) string {
		plain := strings.ReplaceAll(m, ",", "")
		if format == formatCSV {
			return strings.Trim(plain, `"`)
		}
		return plain
	})
}

// readBack reads a sheet of a workbook the tool wrote.
func readBack(t *testing.T, data []byte, sheet string) records.Table {
	t.Helper()
	tab, err := records.ReadXLSX(bytes.NewReader(data), "out.xlsx", sheet)
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// readCSVOutput reads what the tool printed as CSV.
func readCSVOutput(t *testing.T, out string) records.Table {
	t.Helper()
	tab, err := records.ReadCSV(strings.NewReader(out), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// sameValue compares a cell read back from a workbook with the CSV's text:
// amounts to the cent, everything else as written.
func sameValue(csvText, xlsxText string) bool {
	if csvText == xlsxText {
		return true
	}
	a, errA := iomstrategy.ParseUSD(csvText)
	b, errB := iomstrategy.ParseUSD(xlsxText)
	return errA == nil && errB == nil && a.Equal(b)
}

// TestXLSXRoundTripAllocate: the workbook allocate writes reads back to
// the values of its CSV, every column; the amounts are numbers in the
// money format whose stored text is the exact amount.
func TestXLSXRoundTripAllocate(t *testing.T) {
	csvOut, _, code := runTool(t, "", "allocate", "--input", sampleYears, "--format", "csv")
	if code != 0 {
		t.Fatalf("csv: exit %d", code)
	}
	wb, stderr, code := runTool(t, "", "allocate", "--input", sampleYears, "--format", "xlsx")
	if code != 0 {
		t.Fatalf("xlsx: exit %d: %s", code, stderr)
	}
	want := readCSVOutput(t, csvOut)
	got := readBack(t, []byte(wb), "allocations")
	if strings.Join(got.Columns, ",") != strings.Join(want.Columns, ",") || len(got.Rows) != len(want.Rows) || len(want.Rows) == 0 {
		t.Fatalf("workbook columns %v, %d rows; CSV %v, %d rows", got.Columns, len(got.Rows), want.Columns, len(want.Rows))
	}
	for i, w := range want.Rows {
		for _, c := range want.Columns {
			if !sameValue(w.Get(c), got.Rows[i].Get(c)) {
				t.Errorf("row %d, %s: workbook %q, CSV %q", i+1, c, got.Rows[i].Get(c), w.Get(c))
			}
		}
	}
	if got.Rows[2].Get("discretionary") != "27,350,000.50" {
		t.Errorf("discretionary displays %q, want 27,350,000.50", got.Rows[2].Get("discretionary"))
	}
	f, err := excelize.OpenReader(strings.NewReader(wb))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// A cell with no type attribute is a number in OOXML.
	if typ, _ := f.GetCellType("allocations", "E4"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("an amount is a cell of type %v, want a number", typ)
	}
	if id, err := f.GetCellStyle("allocations", "E4"); err != nil {
		t.Error(err)
	} else if st, err := f.GetStyle(id); err != nil || st.CustomNumFmt == nil || *st.CustomNumFmt != moneyFormat {
		t.Errorf("an amount's style: %+v, %v; want the format %s", st, err, moneyFormat)
	}
	if raw, _ := f.GetCellValue("allocations", "E4", excelize.Options{RawCellValue: true}); raw != "27350000.50" {
		t.Errorf("the amount is stored as %q, want 27350000.50", raw)
	}
	steps := readBack(t, []byte(wb), "explanation")
	if len(steps.Rows) == 0 || steps.Rows[0].Get("citation") == "" || steps.Rows[0].Get("sentence") == "" {
		t.Errorf("explanation sheet: %+v", steps.Rows)
	}
}

// TestXLSXRoundTripScreen: the workbook screen writes has the ids,
// verdicts and fundable amounts of its CSV, and one row per reason.
func TestXLSXRoundTripScreen(t *testing.T) {
	args := []string{"screen", "--input", sampleApplications, "--members", sampleMembers}
	csvOut, _, _ := runTool(t, "", append(args, "--format", "csv")...)
	wb, stderr, code := runTool(t, "", append(args, "--format", "xlsx")...)
	if code != 0 {
		t.Fatalf("xlsx: exit %d: %s", code, stderr)
	}
	want := readCSVOutput(t, csvOut)
	got := readBack(t, []byte(wb), "screenings")
	byID := map[string]records.Record{}
	for _, r := range got.Rows {
		byID[r.Get("id")] = r
	}
	reasons := 0
	ids := map[string]bool{}
	for _, w := range want.Rows {
		id := w.Get("id")
		ids[id] = true
		g, ok := byID[id]
		if !ok {
			t.Errorf("%s is not in the workbook", id)
			continue
		}
		for _, c := range []string{"line", "verdict", "fundable"} {
			if !sameValue(w.Get(c), g.Get(c)) {
				t.Errorf("%s, %s: workbook %q, CSV %q", id, c, g.Get(c), w.Get(c))
			}
		}
		if w.Get("code") != "" {
			reasons++
		}
	}
	if len(ids) != len(got.Rows) {
		t.Errorf("the workbook has %d applications, the CSV %d", len(got.Rows), len(ids))
	}
	rs := readBack(t, []byte(wb), "reasons")
	if len(rs.Rows) != reasons {
		t.Errorf("the reasons sheet has %d rows, the CSV %d reasons", len(rs.Rows), reasons)
	}
	for _, r := range rs.Rows {
		if r.Get("code") == "" || r.Get("citation") == "" || r.Get("message") == "" {
			t.Errorf("reason %s without code, citation or message: %v", r.Row, r)
		}
	}
}

// TestXLSXOutputLedgerAlign: ledger and align write workbooks whose first
// sheet reads back to their CSV.
func TestXLSXOutputLedgerAlign(t *testing.T) {
	for _, args := range [][]string{
		{"ledger", "--allocation", sampleAllocation, "--input", sampleCommitments},
		{"align", "--input", sampleActivities},
	} {
		csvOut, _, wantCode := runTool(t, "", append(args, "--format", "csv")...)
		wb, stderr, code := runTool(t, "", append(args, "--format", "xlsx")...)
		if code != wantCode {
			t.Fatalf("%s: exit %d, want %d: %s", args[0], code, wantCode, stderr)
		}
		want := readCSVOutput(t, csvOut)
		got := readBack(t, []byte(wb), "")
		if len(got.Rows) != len(want.Rows) {
			t.Fatalf("%s: %d rows, want %d", args[0], len(got.Rows), len(want.Rows))
		}
		for i, w := range want.Rows {
			for _, c := range want.Columns {
				if !sameValue(w.Get(c), got.Rows[i].Get(c)) {
					t.Errorf("%s row %d, %s: workbook %q, CSV %q", args[0], i+1, c, got.Rows[i].Get(c), w.Get(c))
				}
			}
		}
	}
}

func TestXLSXSheets(t *testing.T) {
	wb := writeXLSXFile(t, "book.xlsx",
		sheetFromCSV{"Years", sampleYears},
		sheetFromCSV{"Applications", sampleApplications},
		sheetFromCSV{"Members", sampleMembers})
	want, _, _ := runTool(t, "", "screen", "--input", sampleApplications, "--members", sampleMembers, "--format", "csv")
	got, stderr, code := runTool(t, "", "screen", "--input", wb, "--sheet", "Applications", "--members", wb, "--members-sheet", "Members", "--format", "csv")
	if got != want || code != 0 {
		t.Errorf("screen with --sheet and --members-sheet (exit %d): %s%s", code, got, stderr)
	}
	if _, stderr, code := runTool(t, "", "allocate", "--input", wb, "--format", "csv"); code != 0 {
		t.Errorf("allocate reads the first sheet: exit %d: %s", code, stderr)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"allocate", "--input", wb, "--sheet", "Budget"},
			`iomstrategy allocate: ` + wb + `: no sheet "Budget" in the workbook (its sheets: "Years", "Applications", "Members")`},
		{[]string{"screen", "--input", wb, "--sheet", "Applications", "--members", wb, "--members-sheet", "States"},
			`: no sheet "States" in the workbook (its sheets: "Years", "Applications", "Members")`},
		{[]string{"align", "--input", sampleActivities, "--sheet", "Points"}, `--sheet "Points": ../../examples/data/activities.csv is read as csv, not as an .xlsx workbook`},
		{[]string{"ledger", "--allocation", sampleAllocation, "--screening", "x.json", "--sheet", "A"}, "--sheet needs --input"},
		{[]string{"allocate", "--year", "2009", "--sheet", "A"}, "--sheet needs --input"},
	} {
		_, stderr, code := runTool(t, "", tt.args...)
		if code != exitBadArgs || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, %q; want exit 2 and %q", tt.args, code, stderr, tt.want)
		}
	}
}

func TestXLSXCorrupt(t *testing.T) {
	good := xlsxFromCSV(t, sheetFromCSV{"years", sampleYears})
	for name, data := range map[string][]byte{
		"csv.xlsx":       []byte("year,discretionary\n2009,1\n"),
		"truncated.xlsx": good[:len(good)/3],
	} {
		p := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		_, stderr, code := runTool(t, "", "allocate", "--input", p)
		if code != exitBadArgs || !strings.HasPrefix(stderr, "iomstrategy allocate: "+p+": not a readable .xlsx workbook") {
			t.Errorf("%s: exit %d, %q", name, code, stderr)
		}
	}
	// Standard input can be a workbook too.
	if out, stderr, code := runTool(t, string(good), "allocate", "--input", "-", "--input-format", "xlsx", "--format", "csv"); code != 0 || out == "" {
		t.Errorf("a workbook on standard input: exit %d: %s", code, stderr)
	}
}

// TestSampleApplicationsXLSX holds examples/data/applications.xlsx, which
// the guide reads, to the same table as applications.csv; -update-xlsx
// rewrites it.
func TestSampleApplicationsXLSX(t *testing.T) {
	if *updateXLSX {
		if err := os.WriteFile(sampleAppsXLSX, xlsxFromCSV(t, sheetFromCSV{"applications", sampleApplications}), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Open(sampleAppsXLSX)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := records.ReadXLSX(f, "applications.xlsx", "")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(sampleApplications)
	if err != nil {
		t.Fatal(err)
	}
	want := readCSVOutput(t, string(data))
	stale := len(got.Rows) != len(want.Rows) || strings.Join(got.Columns, ",") != strings.Join(want.Columns, ",")
	for i := 0; !stale && i < len(want.Rows); i++ {
		for _, c := range want.Columns {
			stale = stale || !sameValue(want.Rows[i].Get(c), got.Rows[i].Get(c))
		}
	}
	if stale {
		t.Errorf("examples/data/applications.xlsx is not applications.csv: run go test ./cmd/iomstrategy -run TestSampleApplicationsXLSX -update-xlsx")
	}
}

// TestLibraryDependencies: the library's packages import only the standard
// library, the module's own packages and shopspring/decimal; excelize and
// the rest stay in the command and internal/records.
func TestLibraryDependencies(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	pkgs := []string{".", "./facility1035", "./strategy", "./strategy/suggest", "./indicators"}
	cmd := exec.Command("go", append([]string{"list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}"}, pkgs...)...)
	cmd.Dir = filepath.Join("..", "..")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	const module = "github.com/policycode/iomstrategy"
	seen := 0
	for _, p := range strings.Fields(string(out)) {
		seen++
		if p == module || strings.HasPrefix(p, module+"/") || p == "github.com/shopspring/decimal" {
			continue
		}
		t.Errorf("a library package depends on %s", p)
	}
	if seen == 0 {
		t.Error("go list listed nothing")
	}
}
