package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
	"github.com/policycode/iomstrategy/internal/records"
)

var screenCommand = &command{
	name:    "screen",
	formats: []string{formatJSON, formatCSV, formatXLSX},
	summary: "screen 1035 Facility project applications (Line 2 criteria, Part III) against a Member State registry",
	usage:   "--input applications.csv|json|xlsx --members members.csv|json|xlsx [--sheet NAME] [--members-sheet NAME] [--year Y] [--date YYYY-MM-DD] [--params FILE] [--format text|json|csv|xlsx]",
}

func init() {
	screenCommand.define = defineScreen
	register(screenCommand)
}

// Columns of the screening inputs.
var (
	applicationColumns  = []string{"id", "line", "scope", "amount", "countries"}
	applicationOptional = []string{"follow_up_of", "follow_up_line", "date", "note"}
	memberColumns       = []string{"country", "membership", "economy", "arrears", "council_waiver"}
	memberOptional      = []string{"due_two_years", "subject_to_article4", "note"}
)

func defineScreen(e *env, f *flags) func(args []string) error {
	input := f.String("input", "", "the applications: a CSV, JSON or .xlsx file, or - for standard input (required)")
	inputFormat := f.String("input-format", "", "format of --input: csv|json|xlsx (default: by the file's extension)")
	sheet := f.String("sheet", "", sheetHelp("--input"))
	members := f.String("members", "", "the Member State registry: a CSV, JSON or .xlsx file, or - for standard input (required)")
	membersFormat := f.String("members-format", "", "format of --members: csv|json|xlsx (default: by the file's extension)")
	membersSheet := f.String("members-sheet", "", sheetHelp("--members"))
	year := f.Int("year", 0, "screen with the parameter set in force that year (default: the built-in Resolution 1150 set, 2008-2018)")
	paramsFile := f.String("params", "", "a parameter set (JSON, the fields of the built-in one) to screen with instead of the built-in set")
	dateFlag := f.String("date", "", "the date the applications are screened as of, YYYY-MM-DD, for rows without a date column value (Article 4 is known as amended from 2013-11-21; before, or without a date, its test is a labelled reading)")
	return func(args []string) error {
		var date time.Time
		if *dateFlag != "" {
			var err error
			if date, err = time.Parse(time.DateOnly, *dateFlag); err != nil {
				return usagef("--date %q: expected a date as YYYY-MM-DD", *dateFlag)
			}
		}
		if len(args) > 0 {
			return usagef("unexpected argument %q", args[0])
		}
		if *input == "" || *members == "" {
			return usagef("--input and --members are both required")
		}
		if *input == "-" && *members == "-" {
			return usagef("only one of --input and --members can read standard input")
		}
		yearGiven := f.given("year")
		p, err := screeningParams(e, *paramsFile, *year, yearGiven)
		if err != nil {
			return err
		}

		memberTable, err := readInput(e, *members, *membersFormat, *membersSheet, "--members-sheet")
		if err != nil {
			return err
		}
		reg, err := registryFromTable(memberTable)
		if err != nil {
			return err
		}
		appTable, err := readInput(e, *input, *inputFormat, *sheet, "--sheet")
		if err != nil {
			return err
		}
		apps, err := applicationsFromTable(appTable)
		if err != nil {
			return err
		}
		for i := range apps {
			if apps[i].Date.IsZero() {
				apps[i].Date = date
			}
		}
		screenings, err := facility1035.ScreenAll(apps, reg, p)
		if err != nil {
			return screenError(appTable, err)
		}

		switch f.Format() {
		case formatJSON:
			rules, err := newRulesBlock(p)
			if err != nil {
				return err
			}
			if screenings == nil {
				screenings = []facility1035.Screening{}
			}
			return writeJSON(e.stdout, screenJSON{Rules: []rulesBlock{rules}, Screenings: screenings})
		case formatCSV:
			return writeCSV(e.stdout, screeningCSVHeader, screeningCSVRows(screenings))
		case formatXLSX:
			return screeningsXLSX(e.stdout, screenings)
		}
		return writeScreeningText(e, apps, screenings, p)
	}
}

// screenJSON is what 'screen --format json' prints (docs/json.md): the
// rule set used (a list of one, as allocate's) and the screenings.
type screenJSON struct {
	Rules      []rulesBlock             `json:"rules"`
	Screenings []facility1035.Screening `json:"screenings"`
}

// screeningParams picks the parameter set: the built-in Resolution 1150
// set by default; with --params, the caller's set; with --year, the set in
// force that year (the caller's set ahead of the built-in one).
func screeningParams(e *env, paramsFile string, year int, yearGiven bool) (facility1035.Params, error) {
	schedule := facility1035.DefaultSchedule()
	p := facility1035.Resolution1150()
	if paramsFile != "" {
		var err error
		if p, err = readParams(e, paramsFile); err != nil {
			return facility1035.Params{}, err
		}
		if schedule, err = schedule.With(p); err != nil {
			return facility1035.Params{}, &records.Error{File: paramsFile, Err: err}
		}
	}
	if yearGiven {
		var err error
		if p, err = schedule.For(year); err != nil {
			return facility1035.Params{}, fmt.Errorf("--year %d: %w", year, err)
		}
	}
	return p, nil
}

// applicationsFromTable reads application rows. Each row is checked here
// for form (the typed parsers) and by Application.Validate for sense, so
// every error names the file, the row and the column.
func applicationsFromTable(t records.Table) ([]facility1035.Application, error) {
	if err := t.Expect(applicationColumns, applicationOptional); err != nil {
		return nil, err
	}
	apps := make([]facility1035.Application, 0, len(t.Rows))
	for _, r := range t.Rows {
		a, err := parseApplicationRecord(r)
		if err != nil {
			return nil, err
		}
		apps = append(apps, a)
	}
	return apps, nil
}

// parseApplicationRecord reads one application: id, line (1|2), scope
// (national|regional), amount (USD, at most two decimals, not negative),
// countries (";"-separated), and the optional follow_up_of,
// follow_up_line (1|2, empty when unknown) and date (YYYY-MM-DD).
func parseApplicationRecord(r records.Record) (facility1035.Application, error) {
	var a facility1035.Application
	var err error
	if a.ID, err = r.Require("id"); err != nil {
		return a, err
	}
	text, err := r.Require("line")
	if err != nil {
		return a, err
	}
	if a.Line, err = facility1035.ParseLine(text); err != nil {
		return a, r.Errorf("line", text, err)
	}
	if text, err = r.Require("scope"); err != nil {
		return a, err
	}
	if a.Scope, err = facility1035.ParseScope(text); err != nil {
		return a, r.Errorf("scope", text, err)
	}
	if text, err = r.Require("amount"); err != nil {
		return a, err
	}
	if a.Amount, err = iomstrategy.ParseUSD(r.Number(text)); err != nil {
		return a, r.Errorf("amount", text, err)
	}
	if text, err = r.Require("countries"); err != nil {
		return a, err
	}
	for _, c := range strings.Split(text, ";") {
		a.Countries = append(a.Countries, strings.TrimSpace(c))
	}
	a.FollowUpOf = r.Get("follow_up_of")
	if text = r.Get("follow_up_line"); text != "" {
		if a.FollowUpLine, err = facility1035.ParseLine(text); err != nil {
			return a, r.Errorf("follow_up_line", text, err)
		}
	}
	if text = r.Get("date"); text != "" {
		if a.Date, err = time.Parse(time.DateOnly, text); err != nil {
			return a, r.Errorf("date", text, errors.New("expected a date as YYYY-MM-DD"))
		}
	}
	if err := a.Validate(); err != nil {
		return a, inputError(r, err)
	}
	return a, nil
}

// registryFromTable reads the Member State rows into a Registry.
func registryFromTable(t records.Table) (facility1035.Registry, error) {
	if err := t.Expect(memberColumns, memberOptional); err != nil {
		return nil, err
	}
	states := make([]facility1035.MemberState, 0, len(t.Rows))
	for _, r := range t.Rows {
		m, err := parseMemberRecord(r)
		if err != nil {
			return nil, err
		}
		states = append(states, m)
	}
	reg := facility1035.Registry(states)
	if err := reg.Validate(); err != nil {
		var ie *facility1035.InputError
		if errors.As(err, &ie) && ie.Position >= 1 && ie.Position <= len(t.Rows) {
			return nil, inputError(t.Rows[ie.Position-1], err)
		}
		return nil, &records.Error{File: t.File, Err: err}
	}
	return reg, nil
}

// parseMemberRecord reads one Member State: country, membership
// (member|observer|non-member), economy (developing|transition|other),
// arrears (USD), due_two_years (USD, may be empty when there are no
// arrears or the standing is declared), subject_to_article4 (true|false,
// empty to derive it) and council_waiver (true|false).
func parseMemberRecord(r records.Record) (facility1035.MemberState, error) {
	var m facility1035.MemberState
	var err error
	if m.Name, err = r.Require("country"); err != nil {
		return m, err
	}
	text, err := r.Require("membership")
	if err != nil {
		return m, err
	}
	if err = m.Membership.UnmarshalText([]byte(text)); err != nil {
		return m, r.Errorf("membership", text, err)
	}
	if text, err = r.Require("economy"); err != nil {
		return m, err
	}
	if err = m.Economy.UnmarshalText([]byte(text)); err != nil {
		return m, r.Errorf("economy", text, err)
	}
	if text, err = r.Require("arrears"); err != nil {
		return m, err
	}
	if m.Arrears, err = iomstrategy.ParseUSD(r.Number(text)); err != nil {
		return m, r.Errorf("arrears", text, err)
	}
	if text = r.Get("due_two_years"); text != "" {
		d, err := iomstrategy.ParseUSD(r.Number(text))
		if err != nil {
			return m, r.Errorf("due_two_years", text, err)
		}
		m.DueTwoYears, m.DueTwoYearsKnown = d, true
	}
	text = r.Get("subject_to_article4")
	if err = m.SubjectToArticle4.UnmarshalText([]byte(text)); err != nil {
		return m, r.Errorf("subject_to_article4", text, err)
	}
	if text, err = r.Require("council_waiver"); err != nil {
		return m, err
	}
	if m.CouncilWaiver, err = parseTrueFalse(text); err != nil {
		return m, r.Errorf("council_waiver", text, err)
	}
	if err := m.Validate(); err != nil {
		return m, inputError(r, err)
	}
	return m, nil
}

// errNotBoolean is a council_waiver that is neither true nor false.
var errNotBoolean = errors.New("want true or false")

func parseTrueFalse(s string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, errNotBoolean
}

// screenError turns a batch error into an input error naming the row.
func screenError(t records.Table, err error) error {
	var ie *facility1035.InputError
	if !errors.As(err, &ie) || ie.Position < 1 || ie.Position > len(t.Rows) {
		return err
	}
	r := t.Rows[ie.Position-1]
	if errors.Is(err, facility1035.ErrUnknownCountry) {
		return r.Errorf("countries", ie.Value, fmt.Errorf("%w: every benefiting country must be in --members", facility1035.ErrUnknownCountry))
	}
	return inputError(r, err)
}

// inputError names the row, the column and the value of what the library
// refused in it: the column by the field of an *InputError, the value as
// the row gives it.
func inputError(r records.Record, err error) error {
	var ie *facility1035.InputError
	if !errors.As(err, &ie) {
		return r.Errorf("", "", err)
	}
	value := r.Get(ie.Field)
	if ie.Field == "id" && value == "" {
		value = ie.ID
	}
	return r.Errorf(ie.Field, value, ie.Err)
}

var screeningCSVHeader = []string{"id", "line", "scope", "amount", "countries", "verdict", "fundable",
	"code", "finding", "citation", "country", "message", "interpretations"}

// screeningCSVRows gives one row per reason, with the application's
// fields (countries joined by ";"); an application with no reason gets one
// row with the reason's columns empty.
func screeningCSVRows(ss []facility1035.Screening) [][]string {
	var rows [][]string
	for _, s := range ss {
		head := []string{s.ID, strconv.Itoa(int(s.Line)), s.Scope.String(), cents(s.Amount), strings.Join(s.Countries, ";"),
			s.Verdict.String(), cents(s.Fundable)}
		if len(s.Reasons) == 0 {
			rows = append(rows, append(head, "", "", "", "", "", ""))
		}
		for _, r := range s.Reasons {
			rows = append(rows, append(head[:7:7], string(r.Rule), r.Verdict.String(), r.Citation.String(), r.Country, r.Message,
				strings.Join(r.Interpretations, ";")))
		}
	}
	return rows
}

func writeScreeningText(e *env, apps []facility1035.Application, ss []facility1035.Screening, p facility1035.Params) error {
	rows := make([][]string, len(ss))
	counts := map[facility1035.Verdict]int{}
	for i, s := range ss {
		a := apps[i]
		rows[i] = []string{s.ID, s.Line.String(), a.Scope.String(), a.Amount.String(), strings.Join(a.Countries, "; "), s.Verdict.String(), s.Fundable.String()}
		counts[s.Verdict]++
	}
	if err := writeTable(e.stdout, []string{"ID", "LINE", "SCOPE", "AMOUNT", "COUNTRIES", "VERDICT", "FUNDABLE"}, rows); err != nil {
		return err
	}
	var reasons [][]string
	var ids []string
	var used []facility1035.Interpretation
	for _, s := range ss {
		for _, r := range s.Reasons {
			reasons = append(reasons, []string{s.ID, r.Verdict.String(), string(r.Rule), r.Citation.String(), readingMarker(r.Interpretations), r.Message})
		}
		for _, r := range s.Reasons {
			ids = append(ids, r.Interpretations...)
		}
	}
	for _, i := range facility1035.Interpretations() {
		if slices.Contains(ids, i.ID) {
			used = append(used, i) // in the rule book's order
		}
	}
	if len(reasons) > 0 {
		fmt.Fprintln(e.stdout)
		if err := writeTable(e.stdout, []string{"ID", "FINDING", "RULE", "CITATION", "READING", "MESSAGE"}, reasons); err != nil {
			return err
		}
	}
	if len(used) > 0 {
		fmt.Fprintln(e.stdout)
		fmt.Fprintln(e.stdout, "Readings of a silent text these verdicts rest on (needs review):")
		for _, i := range used {
			fmt.Fprintf(e.stdout, "  - %s: %s Option: %s.\n", i.ID, i.Text, i.Option)
		}
	}
	fmt.Fprintln(e.stdout)
	fmt.Fprintf(e.stdout, "%d screened: %d eligible, %d conditional, %d needs-review, %d ineligible\n", len(ss),
		counts[facility1035.Eligible], counts[facility1035.Conditional], counts[facility1035.NeedsReview], counts[facility1035.Ineligible])
	reading := "the preceding two years"
	if p.Article4Lookback.Value == facility1035.TwoFullYears {
		reading = "the preceding two full years"
	}
	fmt.Fprintf(e.stdout, "Rules: %s (%s); Line 2 ceilings %s national, %s regional; Article 4 look-back %q\n",
		p.Name, facility1035.Years{From: p.From, Through: p.Through}, p.Line2NationalCeiling.Value, p.Line2RegionalCeiling.Value, reading)
	return nil
}

// readingMarker writes the codes of the readings a finding rests on for
// the text table, or "-" for none.
func readingMarker(codes []string) string {
	if len(codes) == 0 {
		return "-"
	}
	return strings.Join(codes, ", ")
}
