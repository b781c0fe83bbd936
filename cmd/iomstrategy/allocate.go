package main

import (
	"cmp"
	"errors"

	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
	"github.com/policycode/iomstrategy/internal/records"
)

// The allocate command computes a year's funding of the expanded 1035
// Facility (Resolution 1150 (XCIII), Annex, Part III, bullets 1, 2 and 5):
// Line 1, Line 2, the cap and the total available, with the reason and the
// citation of every amount.
var allocateCommand = &command{
	name:    "allocate",
	formats: []string{formatJSON, formatCSV, formatXLSX},
	summary: "a year's funding of the expanded 1035 Facility (Part III): Line 1, Line 2, the cap, with the reason for every amount",
	usage: "--year Y --discretionary A --security A --unearmarked A --interest A [--direct A] [--params FILE] [--format text|json|csv|xlsx]\n" +
		"       iomstrategy allocate --input years.csv|json|xlsx [--input-format csv|json|xlsx] [--sheet NAME] [--params FILE] [--format text|json|csv|xlsx]",
}

func init() {
	allocateCommand.define = defineAllocate
	register(allocateCommand)
}

// The income fields, as the flags and the input columns name them.
const (
	fieldYear          = "year"
	fieldDiscretionary = "discretionary"
	fieldSecurity      = "security"
	fieldUnearmarked   = "unearmarked"
	fieldInterest      = "interest"
	fieldDirect        = "direct"
)

// allocateYearFlags are the flags that give one year's figures, in the
// order of the input columns; they are also the column names.
var allocateYearFlags = []string{
	fieldYear, fieldDiscretionary, fieldSecurity,
	fieldUnearmarked, fieldInterest, fieldDirect,
}

// allocateRequired are the flags and columns that must be given; direct
// is optional (empty or absent is zero).
var allocateRequired = allocateYearFlags[:5]

func defineAllocate(e *env, f *flags) func(args []string) error {
	values := map[string]*string{}
	for _, name := range allocateYearFlags {
		values[name] = f.String(name, "", allocateFlagHelp[name])
	}
	input := f.String("input", "", "several years from a CSV, JSON or .xlsx file (or - for standard input), one row per year with the columns year, discretionary, security, unearmarked, interest and optionally direct (empty: 0) and note (ignored); not with the per-year flags")
	inputFormat := f.String("input-format", "", "format of --input: csv|json|xlsx (default: by the file's extension)")
	sheet := f.String("sheet", "", sheetHelp("--input"))
	paramsFile := f.String("params", "", "a parameter set (JSON, the fields of the built-in one, citations optional) in force for its years ahead of the built-in Resolution 1150 set: for what-if runs and for years the built-in rules do not cover")
	explain := f.String("explain", "full", "text output: full (the steps, then the interpretations they rest on with their options) or short (the steps only)")
	basis := f.String("basis", "", "what the discretionary figure is: budgeted or actual (a label, the interpretation discretionary-basis; the arithmetic is the same); with --input, for rows without a discretionary_basis value")
	return func(args []string) error {
		if len(args) > 0 {
			return usagef("unexpected argument %q", args[0])
		}
		if *explain != "full" && *explain != "short" {
			return usagef("--explain %q: want short or full", *explain)
		}
		given := f.given

		var perYear []string
		for _, name := range allocateYearFlags {
			if given(name) {
				perYear = append(perYear, "--"+name)
			}
		}
		if given("input") && len(perYear) > 0 {
			return usagef("--input cannot be mixed with %s: give the years either in a file or by flags", strings.Join(perYear, ", "))
		}
		if given("input-format") && !given("input") {
			return usagef("--input-format needs --input")
		}
		if given("sheet") && !given("input") {
			return usagef("--sheet needs --input")
		}
		if !given("input") {
			var missing []string
			for _, name := range allocateRequired {
				if !given(name) {
					missing = append(missing, "--"+name)
				}
			}
			if len(missing) > 0 {
				return usagef("missing %s (or give several years with --input FILE)", strings.Join(missing, ", "))
			}
		}

		schedule, err := allocateSchedule(e, *paramsFile)
		if err != nil {
			return err
		}

		// Compute everything before printing anything.
		var allocations []facility1035.Allocation
		if given("input") {
			table, err := readInput(e, *input, *inputFormat, *sheet, "--sheet")
			if err != nil {
				return err
			}
			if allocations, err = allocateTable(table, schedule, *paramsFile, *basis); err != nil {
				return err
			}
		} else {
			a, err := allocateFromFlags(values, schedule, *paramsFile, *basis)
			if err != nil {
				return err
			}
			allocations = []facility1035.Allocation{a}
		}

		switch f.Format() {
		case formatJSON:
			rules, err := rulesBlocks(schedule, allocations)
			if err != nil {
				return err
			}
			return writeJSON(e.stdout, allocateJSON{Rules: rules, Allocations: allocations})
		case formatCSV:
			rows := make([][]string, len(allocations))
			for i, a := range allocations {
				rows[i] = allocationCSVRow(a)
			}
			return writeCSV(e.stdout, allocationCSVHeader, rows)
		case formatXLSX:
			return allocationsXLSX(e.stdout, allocations)
		}
		return writeAllocationsText(e.stdout, allocations, *explain == "full")
	}
}

// allocateJSON is what 'allocate --format json' prints (docs/json.md):
// the rule sets used and the allocations, one per year, even for one.
type allocateJSON struct {
	Rules       []rulesBlock              `json:"rules"`
	Allocations []facility1035.Allocation `json:"allocations"`
}

var allocateFlagHelp = map[string]string{
	fieldYear:          "the year to allocate (the built-in rules cover 2008-2018)",
	fieldDiscretionary: "the year's Discretionary Income in USD, its security part included (1400000.00, USD 1,400,000.00)",
	fieldSecurity:      "the security part of Discretionary Income in USD, which Part III, bullet 1 excludes",
	fieldUnearmarked:   "the year's unearmarked contributions in USD",
	fieldInterest:      "the year's interest income in USD",
	fieldDirect:        "direct voluntary contributions to the Facility in USD, outside the cap (default 0)",
}

// allocateSchedule is the built-in schedule, with a caller's set from
// --params in force for its years ahead of it.
func allocateSchedule(e *env, paramsFile string) (facility1035.Schedule, error) {
	schedule := facility1035.DefaultSchedule()
	if paramsFile == "" {
		return schedule, nil
	}
	p, err := readParams(e, paramsFile)
	if err != nil {
		return schedule, err
	}
	if schedule, err = schedule.With(p); err != nil {
		return schedule, &records.Error{File: paramsFile, Err: err}
	}
	return schedule, nil
}

// readParams reads a parameter set file (--params).
func readParams(e *env, path string) (facility1035.Params, error) {
	data, err := e.readFile(path)
	if err != nil {
		return facility1035.Params{}, err
	}
	p, err := facility1035.ParseParams(data)
	if err != nil {
		return facility1035.Params{}, &records.Error{File: path, Err: err}
	}
	return p, nil
}

// noRulesHint is added to a year without rules, so that the caller knows
// how to get an answer.
func noRulesHint(nr *facility1035.NoRulesError, paramsFile string) string {
	switch {
	case paramsFile != "":
		return "; the parameter set of " + paramsFile + " does not cover it either"
	case len(nr.Covered) > 0 && nr.Year > nr.Covered[len(nr.Covered)-1].Through:
		return "; Resolution No. 18 of 27 June 2018 governs later years and its formula was not found: supply a parameter set for the year with --params FILE"
	}
	return ""
}

// parseAllocateYear reads a year: digits only.
func parseAllocateYear(s string) (int, error) {
	t := strings.TrimSpace(s)
	if t == "" || len(t) > 4 || strings.TrimLeft(t, "0123456789") != "" {
		return 0, errors.New("expected a year such as 2010")
	}
	return strconv.Atoi(t)
}

// allocateFromFlags allocates the year the per-year flags give.
func allocateFromFlags(values map[string]*string, schedule facility1035.Schedule, paramsFile, basis string) (facility1035.Allocation, error) {
	year, err := parseAllocateYear(*values[fieldYear])
	if err != nil {
		return facility1035.Allocation{}, fmt.Errorf("--year %q: %w", *values[fieldYear], err)
	}
	in := facility1035.Income{Year: year, Basis: strings.ToLower(strings.TrimSpace(basis))}
	for _, field := range allocateYearFlags[1:] {
		text := *values[field]
		if field == fieldDirect && text == "" {
			continue
		}
		d, err := iomstrategy.ParseUSD(text)
		if err != nil {
			return facility1035.Allocation{}, fmt.Errorf("--%s: %w", field, err)
		}
		setIncomeField(&in, field, d)
	}
	a, err := schedule.Allocate(in)
	if err != nil {
		var ie *facility1035.InputError
		var nr *facility1035.NoRulesError
		switch {
		case errors.As(err, &ie) && ie.Field == "discretionary_basis":
			return a, fmt.Errorf("--basis %q: %w", basis, ie.Err)
		case errors.As(err, &ie):
			return a, fmt.Errorf("--%s %q: %w", ie.Field, *values[ie.Field], ie.Err)
		case errors.As(err, &nr):
			return a, fmt.Errorf("--year %d: %w%s", year, err, noRulesHint(nr, paramsFile))
		}
		return a, err
	}
	return a, nil
}

func setIncomeField(in *facility1035.Income, field string, d iomstrategy.USD) {
	switch field {
	case fieldDiscretionary:
		in.Discretionary = d
	case fieldSecurity:
		in.Security = d
	case fieldUnearmarked:
		in.Unearmarked = d
	case fieldInterest:
		in.Interest = d
	case fieldDirect:
		in.Direct = d
	}
}

// allocateTable allocates every row of an input, one year per row. An
// error names the file, the row, the column and the value.
func allocateTable(t records.Table, schedule facility1035.Schedule, paramsFile, basis string) ([]facility1035.Allocation, error) {
	// direct, a label (discretionary_basis) and a remark (note, ignored) are optional.
	if err := t.Expect(allocateRequired, []string{fieldDirect, "discretionary_basis", "note"}); err != nil {
		return nil, err
	}
	if len(t.Rows) == 0 {
		return nil, &records.Error{File: t.File, Err: errors.New("no years: expected one row per year")}
	}
	out := make([]facility1035.Allocation, 0, len(t.Rows))
	for _, r := range t.Rows {
		yearText, err := r.Require(fieldYear)
		if err != nil {
			return nil, err
		}
		year, err := parseAllocateYear(yearText)
		if err != nil {
			return nil, r.Errorf(fieldYear, yearText, err)
		}
		in := facility1035.Income{Year: year, Basis: strings.ToLower(strings.TrimSpace(cmp.Or(r.Get("discretionary_basis"), basis)))}
		for _, field := range allocateYearFlags[1:] {
			text := r.Get(field)
			if field == fieldDirect && text == "" {
				continue
			}
			if text == "" {
				_, err := r.Require(field)
				return nil, err
			}
			d, err := iomstrategy.ParseUSD(r.Number(text))
			if err != nil {
				return nil, r.Errorf(field, text, err)
			}
			setIncomeField(&in, field, d)
		}
		a, err := schedule.Allocate(in)
		if err != nil {
			var ie *facility1035.InputError
			var nr *facility1035.NoRulesError
			switch {
			case errors.As(err, &ie):
				return nil, r.Errorf(ie.Field, r.Get(ie.Field), ie.Err)
			case errors.As(err, &nr):
				return nil, r.Errorf(fieldYear, yearText, fmt.Errorf("%w%s", err, noRulesHint(nr, paramsFile)))
			}
			return nil, r.Errorf("", "", err)
		}
		out = append(out, a)
	}
	return out, nil
}

var allocationCSVHeader = []string{
	"year", "rules", "rules_period", "caller_supplied", "discretionary", "security", "unearmarked", "interest", "direct",
	"discretionary_excluding_security", "excess_over_baseline", "line2_formula", "line1_funding",
	"miscellaneous_income", "capped", "cap_reduction", "line1", "line2", "total",
	"direct_contributions", "total_available", "discretionary_basis", "interpretations",
}

func allocationCSVRow(a facility1035.Allocation) []string {
	var ids []string
	for _, i := range a.Interpretations() {
		ids = append(ids, i.ID)
	}
	return []string{
		strconv.Itoa(a.Year), a.Rules, a.RulesYears.String(), strconv.FormatBool(a.CallerSupplied),
		cents(a.Income.Discretionary), cents(a.Income.Security),
		cents(a.Income.Unearmarked), cents(a.Income.Interest), cents(a.Income.Direct),
		cents(a.DiscretionaryExcludingSecurity), cents(a.ExcessOverBaseline),
		cents(a.Line2Formula), cents(a.Line1Funding), cents(a.MiscellaneousIncome),
		strconv.FormatBool(a.Capped), cents(a.CapReduction),
		cents(a.Line1), cents(a.Line2), cents(a.Total),
		cents(a.DirectContributions), cents(a.TotalAvailable), a.Income.Basis, strings.Join(ids, ";"),
	}
}

// writeAllocationsText prints each year: the lines and totals, then the
// reason for every amount, one line per step with its citation; and, when
// full, once for all years, the interpretations with the option that
// changes each and the values without a citation.
func writeAllocationsText(w io.Writer, allocations []facility1035.Allocation, full bool) error {
	var interps []facility1035.Interpretation
	var uncited []string
	for n, a := range allocations {
		if n > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "Expanded 1035 Facility, %d (rules: %s, %s", a.Year, a.Rules, a.RulesYears)
		if a.CallerSupplied {
			fmt.Fprint(w, ", caller-supplied")
		}
		fmt.Fprintln(w, ")")
		capNote := "the cap did not bind"
		if a.Capped {
			capNote = "the cap applied: cut " + a.CapReduction.String()
		}
		tw := newTable(w)
		for _, row := range [][2]string{
			{"Line 1", a.Line1.String()},
			{"Line 2", a.Line2.String()},
			{"Total", a.Total.String() + "\t" + capNote},
			{"Direct contributions", a.DirectContributions.String() + "\toutside the cap and the two lines"},
			{"Total available", a.TotalAvailable.String()},
		} {
			fmt.Fprintf(tw, "  %s\t%s\n", row[0], row[1])
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintln(w, "  Why:")
		for i, s := range a.Steps {
			fmt.Fprintf(w, "  %2d. %s [%s: %s]\n", i+1, s.Sentence(), s.Rule, s.Citation)
		}
		for _, p := range a.UncitedParams() {
			uncited = appendOnce(uncited, p)
		}
		for _, i := range a.Interpretations() {
			if !slices.Contains(interps, i) {
				interps = append(interps, i)
			}
		}
	}
	if !full {
		return nil
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Interpretations (needs review), each with the option that changes it:")
	for _, i := range interps {
		fmt.Fprintf(w, "  - %s: %s\n    Option: %s.\n", i.ID, i.Text, i.Option)
	}
	if len(uncited) > 0 {
		fmt.Fprintf(w, "Values without a citation: %s.\n", strings.Join(uncited, ", "))
	}
	return nil
}

func appendOnce(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}
