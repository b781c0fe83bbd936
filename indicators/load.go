package indicators

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/strategy"
)

// columns are the columns of a dataset file, in the order the Review's file
// writes them (see Parse).
var columns = []string{"id", "series", "description", "unit", "period", "value", "to",
	"qualifier", "points", "citation", "figure", "quote", "note"}

// maxDatasetBytes bounds the size of a dataset file Parse accepts.
const maxDatasetBytes = 8 << 20

// Parse reads a dataset from the bytes of a CSV file (at most 8 MiB) with
// a header row and one record per row, and validates it as NewDataset does.
// The header names these columns, all of them, in any order, and no other
// (data/review.csv writes them in this order):
//
//	id           kebab-case, unique: "pre-consular-applicants-2007"
//	series       the series id, or empty
//	description  what is counted
//	unit         a UnitOfMeasure: "persons", "USD", "per cent", "requests per year"
//	period       a Period: "2007", "2007-2009", "as of October 2010"
//	value        a plain decimal ("783800000") or a fraction ("100/3")
//	to           the upper value of a range, else empty
//	qualifier    the qualifying words: "approximately", "more than", "" ...,
//	             in any case; the record keeps them lower-case
//	points       the strategy points, separated by spaces ("1 12"), or empty
//	citation     canonical: "MC/INF/302, para. 16", "MC/INF/302, footnote 10"
//	figure       the figure as the text writes it: "USD 783.8 million"
//	quote        the passage that holds the figure, verbatim
//	note         the reading made where the text leaves room, or empty
//
// Parse is a pure function of the bytes: it does not check the records
// against the source (Dataset.Verify does). Every error is a *DataError
// naming the line, the record, the column and the value.
func Parse(data []byte) (Dataset, error) {
	if len(data) > maxDatasetBytes {
		return Dataset{}, &DataError{Err: fmt.Errorf("%w: larger than %d bytes", ErrInvalidDataset, maxDatasetBytes)}
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err == io.EOF {
		return Dataset{}, &DataError{Err: fmt.Errorf("%w: empty file (want a header row: %s)", ErrInvalidDataset, strings.Join(columns, ","))}
	}
	if err != nil {
		return Dataset{}, csvError(err)
	}
	col, err := columnIndex(header)
	if err != nil {
		return Dataset{}, err
	}
	var records []Record
	var lines []int
	for {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return Dataset{}, csvError(err)
		}
		line, _ := cr.FieldPos(0)
		if len(row) != len(header) {
			return Dataset{}, &DataError{Line: line, Err: fmt.Errorf("%w: %d fields, want %d", ErrInvalidDataset, len(row), len(header))}
		}
		get := func(name string) string { return row[col[name]] }
		r, err := parseRow(get)
		if err != nil {
			var de *DataError
			if errors.As(err, &de) {
				de.Line, de.ID = line, get("id")
			}
			return Dataset{}, err
		}
		records = append(records, r)
		lines = append(lines, line)
	}
	return buildDataset(records, lines)
}

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &DataError{Line: pe.Line, Err: fmt.Errorf("%w: %w", ErrInvalidDataset, pe.Err)}
	}
	return &DataError{Err: fmt.Errorf("%w: %w", ErrInvalidDataset, err)}
}

func columnIndex(header []string) (map[string]int, error) {
	col := make(map[string]int, len(header))
	for i, h := range header {
		h = strings.TrimPrefix(h, "\ufeff")
		known := false
		for _, c := range columns {
			known = known || c == h
		}
		if !known {
			return nil, &DataError{Line: 1, Field: h, Err: fmt.Errorf("%w: unknown column (want %s)", ErrInvalidDataset, strings.Join(columns, ","))}
		}
		if _, dup := col[h]; dup {
			return nil, &DataError{Line: 1, Field: h, Err: fmt.Errorf("%w: column twice", ErrInvalidDataset)}
		}
		col[h] = i
	}
	for _, c := range columns {
		if _, ok := col[c]; !ok {
			return nil, &DataError{Line: 1, Field: c, Err: fmt.Errorf("%w: missing column", ErrInvalidDataset)}
		}
	}
	return col, nil
}

// parseRow reads the typed fields of one row. Cross-field rules are left
// to Record.Validate.
func parseRow(get func(string) string) (Record, error) {
	fail := func(field string, err error) (Record, error) {
		return Record{}, &DataError{Field: field, Value: get(field), Err: err}
	}
	r := Record{
		ID:          get("id"),
		Series:      get("series"),
		Description: get("description"),
		Words:       wordsKey(get("qualifier")),
		Figure:      get("figure"),
		Quote:       get("quote"),
		Note:        get("note"),
	}
	var err error
	if r.Unit, err = parseUnit(get("unit")); err != nil {
		return fail("unit", err)
	}
	if r.Period, err = ParsePeriod(get("period")); err != nil {
		return fail("period", err)
	}
	if r.Value, err = ParseValue(get("value")); err != nil {
		return fail("value", err)
	}
	if strings.Contains(get("value"), "/") {
		r.Fraction = get("value")
	}
	if to := get("to"); to != "" {
		if r.To, err = ParseValue(to); err != nil {
			return fail("to", err)
		}
	}
	if r.Qualifier, err = QualifierOf(r.Words); err != nil {
		return fail("qualifier", err)
	}
	for _, f := range strings.Fields(get("points")) {
		p, err := strategy.ParsePoint(f)
		if err != nil {
			return fail("points", fmt.Errorf("%w: %w", ErrRecord, err))
		}
		r.Points = append(r.Points, p)
	}
	if r.Citation, err = iomstrategy.ParseCitation(get("citation")); err != nil {
		return fail("citation", fmt.Errorf("%w: %w", ErrRecord, err))
	}
	return r, nil
}
