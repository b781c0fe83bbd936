// Package records reads the tabular inputs of the command-line tool and the
// examples: CSV with a header row, a JSON array of objects keyed by the
// same names, or a sheet of an .xlsx workbook laid out like the CSV. Every value arrives as text, exactly as written, so that the
// typed parsers (money, points, countries) see the caller's digits and can
// refuse them; nothing is converted through a float.
//
// Every error names the file, the row (the CSV line or the JSON array
// element) and, where there is one, the field and the value.
package records

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Format is the syntax of an input.
type Format string

// The input formats.
const (
	CSV  Format = "csv"
	JSON Format = "json"
	XLSX Format = "xlsx"
)

// ErrInput is the sentinel every reading error wraps.
var ErrInput = errors.New("bad input")

// Error is a reading or field error with where it happened.
type Error struct {
	File  string // the file name as given ("-" for standard input)
	Row   string // "line 3" (CSV), "record 2" (JSON) or "row 4" (xlsx), empty for the whole file
	Field string // the column, empty for a whole row
	Value string // the offending text, if any
	Err   error  // what was wrong; often a typed error of the library
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Row != "" {
		b.WriteString(": ")
		b.WriteString(e.Row)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ": field %q", e.Field)
	}
	if e.Value != "" {
		v := e.Value
		if r := []rune(v); len(r) > 40 {
			v = string(r[:40]) + "..." // a 2 MB cell is not echoed whole
		}
		fmt.Fprintf(&b, ": value %q", v)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Is makes every Error match ErrInput.
func (e *Error) Is(target error) bool { return target == ErrInput }

// Record is one row of an input.
type Record struct {
	File string
	Row  string // "line 3" or "record 2"
	// A row of a CSV file holds its values in the order of the header,
	// whose names all the file's rows share (columns, a copy of the
	// header that nothing changes); a JSON record or one built with New
	// holds a map (fields).
	columns []string
	values  []string
	fields  map[string]string
	// decimalComma is set for a row of a CSV written with ';' between its
	// fields, whose numbers have decimal commas (see ReadCSV).
	decimalComma bool
}

// Number returns a number's text as the money and count parsers read it:
// unchanged, but in a row of a ';'-separated CSV, where a number is written
// with a decimal comma and '.' or a (narrow) no-break space between
// thousands ("1.400.000,50", "1 400 000,50"), with those marks changed to
// the plain form ("1400000.50").
func (r Record) Number(text string) string {
	if !r.decimalComma {
		return text
	}
	return strings.NewReplacer(".", "", "\u00a0", "", "\u202f", "", ",", ".").Replace(text)
}

// New builds a record from values, for callers that have them already.
func New(file, row string, fields map[string]string) Record {
	return Record{File: file, Row: row, fields: fields}
}

// value returns the text of a column as written, and whether the record
// has the column.
func (r Record) value(field string) (string, bool) {
	field = Canonical(field)
	if r.columns == nil {
		v, ok := r.fields[field]
		return v, ok
	}
	for i, c := range r.columns {
		if c == field {
			return r.values[i], true
		}
	}
	return "", false
}

// Has reports whether the record has the column at all.
func (r Record) Has(field string) bool {
	_, ok := r.value(field)
	return ok
}

// Get returns the text of a column, trimmed of surrounding spaces; a
// missing column reads as empty.
func (r Record) Get(field string) string {
	v, _ := r.value(field)
	return strings.TrimSpace(v)
}

// Errorf returns an *Error for a field of this record.
func (r Record) Errorf(field, value string, err error) error {
	return &Error{File: r.File, Row: r.Row, Field: field, Value: value, Err: err}
}

// Require returns the text of a column that must not be empty.
func (r Record) Require(field string) (string, error) {
	v := r.Get(field)
	if v == "" {
		return "", r.Errorf(field, "", errors.New("required, but empty or missing"))
	}
	return v, nil
}

// Table is the rows of one input, with the columns it declared. Columns
// are the canonical names (see Canonical); Headers the names as written,
// in the same order.
type Table struct {
	File    string
	Columns []string
	Headers []string
	Rows    []Record
}

// Canonical is the name a column is known by: the header as written,
// trimmed, in lower case, with spaces and hyphens read as underscores
// ("Follow up of", "follow-up-of" and "FOLLOW_UP_OF" are all
// "follow_up_of").
func Canonical(header string) string {
	h := strings.ToLower(strings.TrimSpace(header))
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return '_'
		}
		return r
	}, h)
}

// Expect checks the input's columns against what a reader knows: any
// column must be a required or an optional one, and every required column
// must be there. An unknown column is refused first (a misspelled optional
// column would otherwise change a result silently), naming the column as
// written and the nearest known name when one is close.
func (t Table) Expect(required, optional []string) error {
	known := append(slices.Clone(required), optional...)
	for i, c := range t.Columns {
		if slices.Contains(known, c) {
			continue
		}
		return &Error{File: t.File, Err: &ColumnError{Column: t.header(i), Nearest: nearest(c, known), Known: known}}
	}
	return t.RequireColumns(required...)
}

// ColumnError is a column the reader does not know: as written, the
// nearest known name ("" when none is close) and the known ones.
type ColumnError struct {
	Column, Nearest string
	Known           []string
}

func (e *ColumnError) Error() string {
	msg := fmt.Sprintf("unknown column %q", e.Column)
	if e.Nearest != "" {
		msg += fmt.Sprintf("; did you mean %s?", e.Nearest)
	}
	return fmt.Sprintf("%s (the columns are %s)", msg, strings.Join(e.Known, ", "))
}

// header is column i's name as written.
func (t Table) header(i int) string {
	if i < len(t.Headers) {
		return t.Headers[i]
	}
	return t.Columns[i]
}

// nearest returns the known name closest to c, when it is at most a third
// of c's length away in edits (at least one), or "".
func nearest(c string, known []string) string {
	best, bestD := "", max(1, len(c)/3)+1
	for _, k := range known {
		if d := editDistance(c, k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// RequireColumns fails when a column the caller needs is not in the input.
func (t Table) RequireColumns(names ...string) error {
	have := map[string]bool{}
	for _, c := range t.Columns {
		have[c] = true
	}
	var missing []string
	for _, n := range names {
		if !have[n] {
			missing = append(missing, n)
		}
	}
	if len(missing) > 0 {
		return &Error{File: t.File, Err: fmt.Errorf("missing column(s) %s (the input has %s)", strings.Join(missing, ", "), strings.Join(t.Columns, ", "))}
	}
	return nil
}

// FormatOf picks the format from an explicit choice or, when that is
// empty, from the file name's extension.
func FormatOf(name, explicit string) (Format, error) {
	choice := strings.ToLower(explicit)
	if choice == "" {
		choice = strings.TrimPrefix(strings.ToLower(filepath.Ext(name)), ".")
	}
	switch Format(choice) {
	case CSV, JSON, XLSX:
		return Format(choice), nil
	}
	if explicit != "" {
		return "", &Error{File: name, Err: fmt.Errorf("unknown input format %q (want csv, json or xlsx)", explicit)}
	}
	return "", &Error{File: name, Err: errors.New("cannot tell CSV from JSON or xlsx by the file name: name it .csv, .json or .xlsx, or pass --input-format csv|json|xlsx")}
}

// Read reads a whole input in the given format; a workbook's first sheet.
func Read(r io.Reader, file string, f Format) (Table, error) {
	switch f {
	case CSV:
		return ReadCSV(r, file)
	case JSON:
		return ReadJSON(r, file)
	case XLSX:
		return ReadXLSX(r, file, "")
	}
	return Table{}, &Error{File: file, Err: fmt.Errorf("unknown input format %q", f)}
}

// ReadCSV reads CSV with a header row. Column names are trimmed; blank
// lines are skipped; every row must have as many fields as the header.
//
// The separator is ',' unless the header line has a ';' and no ',': then
// the file is one a spreadsheet wrote in a locale with decimal commas
// (French, Spanish, German...), its separator is ';', and its numbers are
// read with decimal commas (Record.Number).
func ReadCSV(r io.Reader, file string) (Table, error) {
	br := bufio.NewReader(r)
	first, _ := br.Peek(br.Size())
	if i := bytes.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	semicolons := bytes.IndexByte(first, ';') >= 0 && bytes.IndexByte(first, ',') < 0
	cr := csv.NewReader(br)
	if semicolons {
		cr.Comma = ';'
	}
	cr.FieldsPerRecord = 0
	header, err := cr.Read()
	if err == io.EOF {
		return Table{}, &Error{File: file, Err: errors.New("empty input: expected a header row")}
	}
	if err != nil {
		return Table{}, &Error{File: file, Err: err}
	}
	t, err := newTable(file, "line 1", header)
	if err != nil {
		return Table{}, err
	}
	columns := slices.Clone(t.Columns)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			// FieldPos is only valid after a successful Read.
			row := ""
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				row = fmt.Sprintf("line %d", pe.Line)
				err = pe.Err
			}
			return Table{}, &Error{File: file, Row: row, Err: err}
		}
		line, _ := cr.FieldPos(0)
		var buf [24]byte
		row := string(strconv.AppendInt(append(buf[:0], "line "...), int64(line), 10))
		t.Rows = append(t.Rows, Record{File: file, Row: row, columns: columns, values: rec, decimalComma: semicolons})
	}
	return t, nil
}

// newTable starts a table from its header row (row names it in errors):
// every column named, none twice under its canonical name.
func newTable(file, row string, header []string) (Table, error) {
	t := Table{File: file}
	seen := map[string]string{} // canonical name -> the header as written
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if h == "" {
			return Table{}, &Error{File: file, Row: row, Err: fmt.Errorf("column %d of the header has no name", i+1)}
		}
		c := Canonical(h)
		if first, twice := seen[c]; twice {
			return Table{}, &Error{File: file, Row: row, Err: fmt.Errorf("column %q appears twice in the header (also as %q)", h, first)}
		}
		seen[c] = h
		t.Columns = append(t.Columns, c)
		t.Headers = append(t.Headers, h)
	}
	return t, nil
}

// ReadJSON reads a JSON array of objects. Strings are taken as written;
// numbers as their literal text ("1400000.50" stays that, never a float);
// booleans as "true" or "false"; null as empty; an array of strings or
// numbers as its items joined with ";". Nested objects are refused.
func ReadJSON(r io.Reader, file string) (Table, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Table{}, &Error{File: file, Err: err}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var items []map[string]any
	if err := dec.Decode(&items); err != nil {
		return Table{}, &Error{File: file, Err: fmt.Errorf("expected a JSON array of objects: %w", err)}
	}
	if dec.More() {
		return Table{}, &Error{File: file, Err: errors.New("unexpected data after the JSON array")}
	}
	if _, err := dec.Token(); err != io.EOF {
		return Table{}, &Error{File: file, Err: errors.New("unexpected data after the JSON array")}
	}
	t := Table{File: file}
	seen := map[string]string{} // canonical name -> the key as first written
	for i, item := range items {
		row := fmt.Sprintf("record %d", i+1)
		if item == nil {
			return Table{}, &Error{File: file, Row: row, Err: errors.New("expected an object, got null")}
		}
		fields := make(map[string]string, len(item))
		for _, k := range slices.Sorted(maps.Keys(item)) {
			s, err := jsonText(item[k])
			if err != nil {
				return Table{}, &Error{File: file, Row: row, Field: k, Err: err}
			}
			c := Canonical(k)
			if _, twice := fields[c]; twice {
				return Table{}, &Error{File: file, Row: row, Field: k, Err: fmt.Errorf("the key names a field the record already has (as %q)", otherKey(item, k, c))}
			}
			fields[c] = s
			if _, ok := seen[c]; !ok {
				seen[c] = k
			}
		}
		t.Rows = append(t.Rows, Record{File: file, Row: row, fields: fields})
	}
	for c := range seen {
		t.Columns = append(t.Columns, c)
	}
	sort.Strings(t.Columns)
	for _, c := range t.Columns {
		t.Headers = append(t.Headers, seen[c])
	}
	return t, nil
}

// otherKey is the key of item other than k whose canonical name is c.
func otherKey(item map[string]any, k, c string) string {
	for o := range item {
		if o != k && Canonical(o) == c {
			return o
		}
	}
	return ""
}

func jsonText(v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	case json.Number:
		return x.String(), nil
	case bool:
		if x {
			return "true", nil
		}
		return "false", nil
	case []any:
		parts := make([]string, len(x))
		for i, item := range x {
			switch y := item.(type) {
			case string:
				parts[i] = y
			case json.Number:
				parts[i] = y.String()
			default:
				return "", fmt.Errorf("list items must be strings or numbers, got %T", item)
			}
		}
		return strings.Join(parts, ";"), nil
	}
	return "", fmt.Errorf("expected a string, number, boolean or list, got an object")
}
