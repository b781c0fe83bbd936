package main

import (
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/policycode/iomstrategy/facility1035"
)

// formatXLSX is a workbook on standard output (allocate, screen, ledger,
// align).
const formatXLSX = "xlsx"

// xlsxSheet is one sheet of a workbook the tool writes: a header row, then
// the rows. A cell of a money column holding a plain decimal ("1400000.00")
// is written as a number, its text unchanged (never through a float), in
// the two-decimal money format; a cell of an integer column as a number.
// Everything else is text.
type xlsxSheet struct {
	name   string
	header []string
	rows   [][]string
	money  []string // the money columns, by header name
	ints   []string // the whole-number columns, by header name
}

// moneyFormat is the number format of every amount the tool writes.
const moneyFormat = "#,##0.00"

var (
	plainDecimal = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)
	plainInt     = regexp.MustCompile(`^-?[0-9]+$`)
)

// writeXLSX writes the sheets as one workbook to w.
func writeXLSX(w io.Writer, sheets ...xlsxSheet) error {
	f := excelize.NewFile()
	defer f.Close()
	fmtCode := moneyFormat
	money, err := f.NewStyle(&excelize.Style{CustomNumFmt: &fmtCode})
	if err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	for i, s := range sheets {
		if i == 0 {
			err = f.SetSheetName(f.GetSheetName(0), s.name)
		} else {
			_, err = f.NewSheet(s.name)
		}
		if err != nil {
			return err
		}
		kind := make([]byte, len(s.header)) // 'm' money, 'i' integer
		widths := make([]int, len(s.header))
		for c, h := range s.header {
			for _, m := range s.money {
				if h == m {
					kind[c] = 'm'
				}
			}
			for _, n := range s.ints {
				if h == n {
					kind[c] = 'i'
				}
			}
			cell, _ := excelize.CoordinatesToCellName(c+1, 1)
			if err := f.SetCellStr(s.name, cell, h); err != nil {
				return err
			}
			if err := f.SetCellStyle(s.name, cell, cell, bold); err != nil {
				return err
			}
			widths[c] = len(h)
		}
		for r, row := range s.rows {
			for c, text := range row {
				if text == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+2)
				switch {
				case c < len(kind) && kind[c] == 'm' && plainDecimal.MatchString(text):
					if err := f.SetCellDefault(s.name, cell, text); err != nil {
						return err
					}
					if err := f.SetCellStyle(s.name, cell, cell, money); err != nil {
						return err
					}
				case c < len(kind) && kind[c] == 'i' && plainInt.MatchString(text):
					err = f.SetCellDefault(s.name, cell, text)
				default:
					err = f.SetCellStr(s.name, cell, text)
				}
				if err != nil {
					return err
				}
				if c < len(widths) {
					widths[c] = max(widths[c], len(text)+len(text)/3)
				}
			}
		}
		for c, wd := range widths {
			col, _ := excelize.ColumnNumberToName(c + 1)
			if err := f.SetColWidth(s.name, col, col, float64(min(wd+2, 80))); err != nil {
				return err
			}
		}
		if err := f.SetPanes(s.name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
	}
	_, err = f.WriteTo(w)
	return err
}

// allocationsXLSX is allocate's workbook: the allocations as its CSV has
// them, and the explanation, one row per step with its rule, sentence and
// citation.
func allocationsXLSX(w io.Writer, allocations []facility1035.Allocation) error {
	rows := make([][]string, len(allocations))
	var steps [][]string
	for i, a := range allocations {
		rows[i] = allocationCSVRow(a)
		for n, s := range a.Steps {
			steps = append(steps, []string{strconv.Itoa(a.Year), strconv.Itoa(n + 1), string(s.Rule), cents(s.Amount),
				s.Sentence(), s.Citation.String(), strings.Join(s.Interpretations, ";")})
		}
	}
	var money []string
	for _, h := range allocationCSVHeader {
		switch h {
		case "year", "rules", "rules_period", "caller_supplied", "capped", "discretionary_basis", "interpretations":
		default:
			money = append(money, h)
		}
	}
	return writeXLSX(w,
		xlsxSheet{name: "allocations", header: allocationCSVHeader, rows: rows, money: money, ints: []string{"year"}},
		xlsxSheet{name: "explanation", header: []string{"year", "step", "code", "amount", "sentence", "citation", "interpretations"},
			rows: steps, money: []string{"amount"}, ints: []string{"year", "step"}},
	)
}

// screeningsHeader is the screen workbook's first sheet: one row per
// application.
var screeningsHeader = []string{"id", "line", "scope", "countries", "amount", "verdict", "fundable", "interpretations"}

// screeningsXLSX is screen's workbook: one row per application, and one
// per reason with its code, finding, citation and message.
func screeningsXLSX(w io.Writer, ss []facility1035.Screening) error {
	var rows, reasons [][]string
	for _, s := range ss {
		var ids []string
		for _, i := range s.Interpretations() {
			ids = append(ids, i.ID)
		}
		rows = append(rows, []string{s.ID, strconv.Itoa(int(s.Line)), s.Scope.String(), strings.Join(s.Countries, ";"),
			cents(s.Amount), s.Verdict.String(), cents(s.Fundable), strings.Join(ids, ";")})
		for _, r := range s.Reasons {
			reasons = append(reasons, []string{s.ID, string(r.Rule), r.Verdict.String(), r.Citation.String(), r.Country,
				strings.Join(r.Interpretations, ";"), r.Message})
		}
	}
	return writeXLSX(w,
		xlsxSheet{name: "screenings", header: screeningsHeader, rows: rows, money: []string{"amount", "fundable"}, ints: []string{"line"}},
		xlsxSheet{name: "reasons", header: []string{"id", "code", "finding", "citation", "country", "interpretations", "message"}, rows: reasons},
	)
}

// ledgerXLSX is ledger's workbook: the commitments as its CSV has them, the
// two lines' books, and the refusals with the provision applied.
func ledgerXLSX(w io.Writer, book booking) error {
	var lines, refusals [][]string
	for _, a := range book.ledger.Accounts() {
		lines = append(lines, []string{strconv.Itoa(int(a.Line)), cents(a.Budget), cents(a.Committed), cents(a.Remaining), strconv.Itoa(a.Commitments)})
	}
	for _, i := range book.refusals {
		r := book.rows[i]
		refusals = append(refusals, []string{r.c.ID, strconv.Itoa(int(r.c.Line)), r.amountText, book.codes[i],
			ledgerCitation.String(), book.refused[i].Error(), strings.Join(book.readings[i], ";")})
	}
	return writeXLSX(w,
		xlsxSheet{name: "commitments", header: ledgerCSVHeader, rows: ledgerCSVRows(book),
			money: []string{"amount", "budget", "committed", "remaining"}, ints: []string{"line"}},
		xlsxSheet{name: "lines", header: []string{"line", "budget", "committed", "remaining", "commitments"}, rows: lines,
			money: []string{"budget", "committed", "remaining"}, ints: []string{"line", "commitments"}},
		xlsxSheet{name: "refusals", header: []string{"id", "line", "amount", "code", "citation", "message", "interpretations"}, rows: refusals,
			money: []string{"amount"}, ints: []string{"line"}},
	)
}

// alignmentXLSX is align's workbook: the points as its CSV has them, and
// the portfolio's totals, basis and notes.
func alignmentXLSX(w io.Writer, v alignmentView) error {
	uncovered := make([]string, len(v.Uncovered))
	for i, p := range v.Uncovered {
		uncovered[i] = strconv.Itoa(int(p))
	}
	summary := [][]string{
		{"split", v.Split.String(), ""},
		{"activities", strconv.Itoa(v.Activities), ""},
		{"total", "", cents(v.Total)},
		{"counted", "", cents(v.Counted)},
		{"uncovered", strings.Join(uncovered, ";"), ""},
		{"basis", v.Basis.String(), ""},
	}
	for _, n := range v.Notes {
		summary = append(summary, []string{"note", n, ""})
	}
	return writeXLSX(w,
		xlsxSheet{name: "points", header: alignCSVHeader, rows: alignCSVRows(v), money: []string{"amount"}, ints: []string{"point", "activities"}},
		xlsxSheet{name: "summary", header: []string{"item", "value", "amount"}, rows: summary, money: []string{"amount"}},
	)
}
