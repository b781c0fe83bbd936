package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
	"github.com/policycode/iomstrategy/internal/records"
)

var ledgerCommand = &command{
	name:    "ledger",
	formats: []string{formatJSON, formatCSV, formatXLSX},
	summary: "book commitments against a year's Line 1 and Line 2 budgets, each on its own line (Part III, bullet 5, criterion 5)",
	usage:   "--allocation allocation.json (--input commitments.csv|json|xlsx [--sheet NAME] | --screening screenings.json [--approve-conditional]) [--year Y] [--format text|json|csv|xlsx]",
}

func init() {
	ledgerCommand.define = defineLedger
	register(ledgerCommand)
}

var commitmentColumns = []string{"id", "line", "amount"}

func defineLedger(e *env, f *flags) func(args []string) error {
	allocation := f.String("allocation", "", "the year's allocation: what 'allocate --format json' prints (required)")
	input := f.String("input", "", "the commitments: a CSV, JSON or .xlsx file, or - for standard input (required)")
	inputFormat := f.String("input-format", "", "format of --input: csv|json|xlsx (default: by the file's extension)")
	sheet := f.String("sheet", "", sheetHelp("--input"))
	year := f.Int("year", 0, "the year to take from an allocation file that holds several")
	screening := f.String("screening", "", "instead of --input, book the applications a screening approves: what 'screen --format json' prints; each eligible one for its fundable amount on its line")
	conditional := f.Bool("approve-conditional", false, "with --screening, approve the conditional applications too (their condition is the caller's to check)")
	return func(args []string) error {
		if len(args) > 0 {
			return usagef("unexpected argument %q", args[0])
		}
		if (*input == "") == (*screening == "") {
			return usagef("give the commitments with one of --input and --screening")
		}
		if *allocation == "" {
			return usagef("--allocation is required")
		}
		if *conditional && *screening == "" {
			return usagef("--approve-conditional needs --screening")
		}
		if *sheet != "" && *input == "" {
			return usagef("--sheet needs --input")
		}
		if *allocation == "-" && (*input == "-" || *screening == "-") {
			return usagef("only one of --allocation and the commitments can read standard input")
		}
		yearGiven := f.given("year")

		budgets, err := readAllocation(e, *allocation, *year, yearGiven)
		if err != nil {
			return err
		}
		l, err := facility1035.NewLedger(budgets.line1, budgets.line2)
		if err != nil {
			return &records.Error{File: *allocation, Err: err}
		}
		var rows []commitmentRow
		if *screening != "" {
			rows, err = approvedRows(e, *screening, *conditional)
		} else {
			var t records.Table
			if t, err = readInput(e, *input, *inputFormat, *sheet, "--sheet"); err == nil {
				rows, err = commitmentsFromTable(t)
			}
		}
		if err != nil {
			return err
		}
		book := bookRows(l, rows)

		switch f.Format() {
		case formatJSON:
			err = writeLedgerJSON(e.stdout, budgets, book)
		case formatCSV:
			err = writeCSV(e.stdout, ledgerCSVHeader, ledgerCSVRows(book))
		case formatXLSX:
			err = ledgerXLSX(e.stdout, book)
		default:
			err = writeLedgerText(e.stdout, budgets, *allocation, book)
		}
		if err != nil {
			return err
		}
		if n := len(book.refused); n > 0 {
			return fmt.Errorf("%w: %d of %d commitments refused", errCheckFailed, n, len(rows))
		}
		return nil
	}
}

// approvedRows reads the screenings that 'screen --format json' prints
// (the object with "screenings", or the bare array earlier versions
// printed; only id, line, verdict and fundable are read) and returns the
// commitments they approve (facility1035.Approved).
func approvedRows(e *env, path string, conditional bool) ([]commitmentRow, error) {
	data, err := e.readFile(path)
	if err != nil {
		return nil, err
	}
	type screened struct {
		ID       string               `json:"id"`
		Line     facility1035.Line    `json:"line"`
		Verdict  facility1035.Verdict `json:"verdict"`
		Fundable iomstrategy.USD      `json:"fundable"`
	}
	var read []screened
	if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '[' {
		err = json.Unmarshal(data, &read)
	} else {
		var obj struct {
			Screenings *[]screened `json:"screenings"`
		}
		if err = json.Unmarshal(data, &obj); err == nil && obj.Screenings == nil {
			err = errors.New("no \"screenings\" key")
		}
		if obj.Screenings != nil {
			read = *obj.Screenings
		}
	}
	if err != nil {
		if path == "-" {
			path = "standard input"
		}
		return nil, &records.Error{File: path, Err: fmt.Errorf("expected the JSON object 'screen --format json' prints: %w", err)}
	}
	ss := make([]facility1035.Screening, len(read))
	for i, r := range read {
		ss[i] = facility1035.Screening{ID: r.ID, Line: r.Line, Verdict: r.Verdict, Fundable: r.Fundable}
	}
	var rows []commitmentRow
	for _, c := range facility1035.Approved(ss, conditional) {
		rows = append(rows, commitmentRow{c: c, amountText: cents(c.Amount)})
	}
	return rows, nil
}

// allocationBudgets is what the ledger needs from a year's allocation.
type allocationBudgets struct {
	year         int // 0 when the file does not say
	line1, line2 iomstrategy.USD
	// rules, rulesPeriod: the set the allocation names (rules,
	// rules_period); block: its rules block, when the file carries it.
	rules, rulesPeriod string
	block              *rulesBlock
}

// readAllocation reads the JSON that 'allocate --format json' prints: an
// object with "rules" (the rules blocks) and "allocations" (one or more
// years), or, as earlier versions printed, an object for one year or an
// array of them. --year picks a year, unless there is only one. Only the
// rules blocks and each year's year, rules, rules_period, line1 and line2
// are read;
// line1 and line2 are money (a string or a number with at most two
// decimals). Direct contributions are outside the two lines and are not
// budgets of the ledger.
func readAllocation(e *env, path string, year int, yearGiven bool) (allocationBudgets, error) {
	data, err := e.readFile(path)
	if err != nil {
		return allocationBudgets{}, err
	}
	if path == "-" {
		path = "standard input"
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return allocationBudgets{}, &records.Error{File: path, Err: fmt.Errorf("expected the JSON object 'allocate --format json' prints: %w", err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return allocationBudgets{}, &records.Error{File: path, Err: errors.New("unexpected data after the allocation")}
	}
	var objs []map[string]any
	var blocks []rulesBlock
	list := false // records are numbered in errors
	if obj, ok := v.(map[string]any); ok {
		if allocs, ok := obj["allocations"]; ok {
			if blocks, err = readRulesBlocks(obj["rules"]); err != nil {
				return allocationBudgets{}, &records.Error{File: path, Field: "rules", Err: err}
			}
			if v = allocs; v == nil {
				v = []any{}
			}
			if _, ok := v.([]any); !ok {
				return allocationBudgets{}, &records.Error{File: path, Field: "allocations", Err: errors.New("expected an array of allocations")}
			}
		}
	}
	switch x := v.(type) {
	case map[string]any:
		objs = []map[string]any{x}
	case []any:
		list = true
		for i, item := range x {
			obj, ok := item.(map[string]any)
			if !ok {
				return allocationBudgets{}, &records.Error{File: path, Row: fmt.Sprintf("record %d", i+1), Err: errors.New("expected an object for one year")}
			}
			objs = append(objs, obj)
		}
	default:
		return allocationBudgets{}, &records.Error{File: path, Err: errors.New("expected a JSON object (one year) or an array of them")}
	}
	var all []allocationBudgets
	for i, obj := range objs {
		row := ""
		if list {
			row = fmt.Sprintf("record %d", i+1)
		}
		b, err := allocationFromObject(path, row, obj)
		if err != nil {
			return allocationBudgets{}, err
		}
		for _, r := range blocks {
			if r.Name == b.rules && r.Period == b.rulesPeriod {
				b.block = &r
				break
			}
		}
		all = append(all, b)
	}
	var years []string
	for _, b := range all {
		if yearGiven && b.year == year {
			return b, nil
		}
		years = append(years, strconv.Itoa(b.year))
	}
	switch {
	case yearGiven:
		return allocationBudgets{}, &records.Error{File: path, Err: fmt.Errorf("no allocation for %d (the file has %s)", year, strings.Join(years, ", "))}
	case len(all) == 1:
		return all[0], nil
	case len(all) == 0:
		return allocationBudgets{}, &records.Error{File: path, Err: errors.New("the file holds no allocation")}
	}
	return allocationBudgets{}, &records.Error{File: path, Err: fmt.Errorf("the file holds %d years (%s): pick one with --year", len(all), strings.Join(years, ", "))}
}

func allocationFromObject(path, row string, obj map[string]any) (allocationBudgets, error) {
	var b allocationBudgets
	if y, ok := obj["year"]; ok && y != nil {
		text := fmt.Sprint(y)
		n, err := strconv.Atoi(text)
		if err != nil {
			return b, &records.Error{File: path, Row: row, Field: "year", Value: text, Err: errors.New("expected a year such as 2010")}
		}
		b.year = n
	}
	money := func(field string) (iomstrategy.USD, error) {
		raw, ok := obj[field]
		if !ok || raw == nil {
			return iomstrategy.USD{}, &records.Error{File: path, Row: row, Field: field, Err: errors.New("required, but missing")}
		}
		var text string
		switch x := raw.(type) {
		case string:
			text = x
		case json.Number:
			text = x.String()
		default:
			return iomstrategy.USD{}, &records.Error{File: path, Row: row, Field: field, Err: fmt.Errorf("expected money as a string such as \"1400000.00\", got %T", raw)}
		}
		d, err := iomstrategy.ParseUSD(text)
		if err != nil {
			return iomstrategy.USD{}, &records.Error{File: path, Row: row, Field: field, Value: text, Err: err}
		}
		return d, nil
	}
	b.rules, _ = obj["rules"].(string)
	b.rulesPeriod, _ = obj["rules_period"].(string)
	var err error
	if b.line1, err = money("line1"); err != nil {
		return b, err
	}
	if b.line2, err = money("line2"); err != nil {
		return b, err
	}
	return b, nil
}

// commitmentRow is one commitment as read, with the text of its amount (a
// refused amount is reported as given, never rounded). An amount finer
// than a cent cannot be a commitment: refused says so, and the row is
// refused without being offered to the ledger.
type commitmentRow struct {
	c          facility1035.Commitment
	amountText string
	refused    error
}

func commitmentsFromTable(t records.Table) ([]commitmentRow, error) {
	if err := t.Expect(commitmentColumns, []string{"note"}); err != nil {
		return nil, err
	}
	out := make([]commitmentRow, 0, len(t.Rows))
	for _, r := range t.Rows {
		c, err := parseCommitmentRecord(r)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// parseCommitmentRecord reads id, line and amount. What is malformed is an
// input error; what is well formed but not bookable is left to the ledger
// to refuse: a line given as a number other than 1 or 2, an amount that is
// zero, negative ("-5") or finer than a cent ("0.125").
func parseCommitmentRecord(r records.Record) (commitmentRow, error) {
	var row commitmentRow
	var err error
	if row.c.ID, err = r.Require("id"); err != nil {
		return row, err
	}
	text, err := r.Require("line")
	if err != nil {
		return row, err
	}
	if row.c.Line, err = parseCommitmentLine(text); err != nil {
		return row, r.Errorf("line", text, err)
	}
	if row.amountText, err = r.Require("amount"); err != nil {
		return row, err
	}
	if row.c.Amount, err = parseCommitmentAmount(r.Number(row.amountText)); err != nil {
		if !errors.Is(err, iomstrategy.ErrSubCent) {
			return row, r.Errorf("amount", row.amountText, err)
		}
		row.refused = &facility1035.InputError{Input: "commitment", ID: row.c.ID, Err: err}
	}
	return row, nil
}

// parseCommitmentLine reads any form ParseLine accepts, and any other whole
// number up to 255 as a line the ledger will refuse.
func parseCommitmentLine(s string) (facility1035.Line, error) {
	if l, err := facility1035.ParseLine(s); err == nil {
		return l, nil
	}
	t := strings.TrimSpace(s)
	if n, err := strconv.ParseUint(t, 10, 8); err == nil && t != "" && t[0] != '+' {
		return facility1035.Line(n), nil
	}
	_, err := facility1035.ParseLine(s)
	return 0, err
}

// parseCommitmentAmount reads money as ParseUSD does, and also a leading
// "-", so that the ledger can refuse a negative amount for what it is. An
// amount finer than a cent is ParseUSD's ErrSubCent.
func parseCommitmentAmount(s string) (iomstrategy.USD, error) {
	t := strings.TrimSpace(s)
	neg := strings.HasPrefix(t, "-")
	if neg {
		t = t[1:]
	}
	a, err := iomstrategy.ParseUSD(t)
	if err != nil {
		return a, &iomstrategy.AmountError{Input: s, Err: errors.Unwrap(err)}
	}
	if neg {
		a = iomstrategy.USD{}.Sub(a)
	}
	return a, nil
}

// booking is the outcome of booking every row.
type booking struct {
	ledger   facility1035.Ledger
	rows     []commitmentRow
	refused  map[int]error    // row index -> why
	codes    map[int]string   // row index -> the ledger rule that refused it
	readings map[int][]string // row index -> the readings its refusal rests on
	refusals []int            // row indexes refused, in order
}

func bookRows(l facility1035.Ledger, rows []commitmentRow) booking {
	var cs []facility1035.Commitment
	var index []int // the row of each commitment offered to the ledger
	b := booking{rows: rows, refused: map[int]error{}, codes: map[int]string{}, readings: map[int][]string{}}
	for i, r := range rows {
		if r.refused != nil {
			// A line or an amount that could not be read: a commitment
			// that cannot be tracked.
			b.refused[i], b.codes[i] = r.refused, facility1035.LedgerCommitment
			continue
		}
		cs = append(cs, r.c)
		index = append(index, i)
	}
	var refusals []facility1035.Refusal
	b.ledger, refusals = l.BookAll(cs)
	for _, r := range refusals {
		b.refused[index[r.Position-1]] = r.Err
		b.codes[index[r.Position-1]] = r.Code
		b.readings[index[r.Position-1]] = r.Interpretations
	}
	for i := range rows {
		if _, ok := b.refused[i]; ok {
			b.refusals = append(b.refusals, i)
		}
	}
	return b
}

// refusedRow is a refused commitment as JSON prints it: the commitment as
// given, the ledger rule that refused it (code) with its citation, the
// message, and the readings the refusal rests on.
type refusedRow struct {
	ID       string               `json:"id"`
	Line     int                  `json:"line"`
	Amount   string               `json:"amount"` // as given: a refused amount is never rounded
	Code     string               `json:"code"`
	Citation iomstrategy.Citation `json:"citation"`
	Message  string               `json:"message"`
	// Interpretations are the readings the refusal rests on.
	Interpretations []string `json:"interpretations"`
}

// writeLedgerJSON prints the year, the citation, the books as the library
// marshals them and the refused rows.
func writeLedgerJSON(w io.Writer, b allocationBudgets, book booking) error {
	refused := []refusedRow{}
	for _, i := range book.refusals {
		r := book.rows[i]
		readings := book.readings[i]
		if readings == nil {
			readings = []string{}
		}
		refused = append(refused, refusedRow{ID: r.c.ID, Line: int(r.c.Line), Amount: r.amountText, Code: book.codes[i],
			Citation: ledgerCitation, Message: book.refused[i].Error(), Interpretations: readings})
	}
	committed := book.ledger.Commitments
	if committed == nil {
		committed = []facility1035.Commitment{}
	}
	var rules []rulesBlock
	if b.block != nil {
		rules = []rulesBlock{*b.block}
	}
	return writeJSON(w, struct {
		Rules     []rulesBlock              `json:"rules,omitempty"`
		Year      int                       `json:"year,omitempty"`
		Citation  iomstrategy.Citation      `json:"citation"`
		Lines     []facility1035.Account    `json:"lines"`
		Committed []facility1035.Commitment `json:"committed"`
		Refused   []refusedRow              `json:"refused"`
	}{rules, b.year, ledgerCitation, book.ledger.Accounts(), committed, refused})
}

// ledgerCitation is the provision the ledger applies: "Distinct tracking
// and accounting of the two funding lines will be established."
var ledgerCitation = iomstrategy.Criterion(5)

var ledgerCSVHeader = []string{"id", "line", "amount", "status", "code", "citation", "message", "interpretations",
	"budget", "committed", "remaining"}

// ledgerCSVRows gives one row per commitment read, in input order, with its
// status, the rule that refused it if it was, and its line's budget, what
// is committed on it and what remains, after the whole batch (empty for a
// line that is neither Line 1 nor Line 2).
func ledgerCSVRows(book booking) [][]string {
	accounts := map[int][]string{}
	for _, a := range book.ledger.Accounts() {
		accounts[int(a.Line)] = []string{cents(a.Budget), cents(a.Committed), cents(a.Remaining)}
	}
	rows := make([][]string, len(book.rows))
	for i, r := range book.rows {
		line := accounts[int(r.c.Line)]
		if line == nil {
			line = []string{"", "", ""}
		}
		if err, refused := book.refused[i]; refused {
			rows[i] = append([]string{r.c.ID, strconv.Itoa(int(r.c.Line)), r.amountText, "refused", book.codes[i],
				ledgerCitation.String(), err.Error(), strings.Join(book.readings[i], ";")}, line...)
			continue
		}
		rows[i] = append([]string{r.c.ID, strconv.Itoa(int(r.c.Line)), cents(r.c.Amount), "committed", "", "", "", ""}, line...)
	}
	return rows
}

func writeLedgerText(w io.Writer, b allocationBudgets, allocationFile string, book booking) error {
	title := "Books of the 1035 Facility"
	if b.year != 0 {
		title += " for " + strconv.Itoa(b.year)
	}
	fmt.Fprintf(w, "%s (budgets from %s; %s)\n\n", title, allocationFile, ledgerCitation)
	var lines [][]string
	for _, a := range book.ledger.Accounts() {
		lines = append(lines, []string{a.Line.String(), a.Budget.String(), a.Committed.String(),
			a.Remaining.String(), strconv.Itoa(a.Commitments)})
	}
	if err := writeTable(w, []string{"LINE", "BUDGET", "COMMITTED", "REMAINING", "COMMITMENTS"}, lines); err != nil {
		return err
	}
	var committed [][]string
	for _, c := range book.ledger.Commitments {
		committed = append(committed, []string{c.ID, c.Line.String(), c.Amount.String()})
	}
	fmt.Fprintf(w, "\nCommitted (%d):\n", len(committed))
	if len(committed) > 0 {
		if err := writeTable(w, []string{"ID", "LINE", "AMOUNT"}, committed); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "\nRefused (%d):\n", len(book.refusals))
	if len(book.refusals) > 0 {
		var refused [][]string
		for _, i := range book.refusals {
			r := book.rows[i]
			amount := r.c.Amount.String() // the text's one money form
			if r.refused != nil {
				amount = strconv.Quote(r.amountText) // not an amount: as given
			}
			refused = append(refused, []string{r.c.ID, "Line " + strconv.Itoa(int(r.c.Line)), amount, book.codes[i], readingMarker(book.readings[i]), book.refused[i].Error()})
		}
		if err := writeTable(w, []string{"ID", "LINE", "AMOUNT", "CODE", "READING", "REASON"}, refused); err != nil {
			return err
		}
	}
	return nil
}

// readRulesBlocks reads the "rules" list of an allocation file, as
// allocate's JSON writes it (decoded with json.Decoder.UseNumber).
func readRulesBlocks(raw any) ([]rulesBlock, error) {
	if raw == nil {
		return nil, nil
	}
	data, err := json.Marshal(raw)
	if err != nil {
		return nil, err
	}
	var blocks []rulesBlock
	if err := json.Unmarshal(data, &blocks); err != nil {
		return nil, fmt.Errorf("expected the list of rules blocks 'allocate --format json' prints: %w", err)
	}
	return blocks, nil
}
