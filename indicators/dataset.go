package indicators

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/strategy"
)

// Dataset is a validated set of records with their series. It cannot be
// changed once made: every method returns copies. Make one with NewDataset
// from records built in code or with Parse from a CSV file, or take the
// Review's with Review. The zero Dataset has no records.
type Dataset struct {
	records []Record
	byID    map[string]int
	series  map[string][]int // indexes in period order
}

// NewDataset validates the records and makes a dataset of them, in the
// order given: every record valid (Record.Validate), ids unique, series
// ids distinct from record ids, and the records of a series in one unit
// with distinct periods. It does not check the records against the
// source; Verify does. Every error is a *DataError naming the record.
func NewDataset(records []Record) (Dataset, error) {
	return buildDataset(records, nil)
}

// buildDataset is NewDataset with the file line of each record, for
// errors.
func buildDataset(records []Record, lines []int) (Dataset, error) {
	line := func(i int) int {
		if i < len(lines) {
			return lines[i]
		}
		return 0
	}
	d := Dataset{
		records: make([]Record, len(records)),
		byID:    make(map[string]int, len(records)),
		series:  map[string][]int{},
	}
	for i, r := range records {
		if err := r.Validate(); err != nil {
			return Dataset{}, &DataError{Line: line(i), ID: r.ID, Field: fieldOf(err), Err: err}
		}
		if j, dup := d.byID[r.ID]; dup {
			return Dataset{}, &DataError{Line: line(i), ID: r.ID, Field: "id", Value: r.ID,
				Err: fmt.Errorf("%w: id used twice (first by record %d)", ErrRecord, j+1)}
		}
		d.records[i] = r.clone()
		d.byID[r.ID] = i
		if r.Series != "" {
			d.series[r.Series] = append(d.series[r.Series], i)
		}
	}
	for id, members := range d.series {
		if j, clash := d.byID[id]; clash {
			return Dataset{}, &DataError{Line: line(j), ID: id, Field: "series", Value: id,
				Err: fmt.Errorf("%w: series %q has the id of a record", ErrRecord, id)}
		}
		slices.SortStableFunc(members, func(a, b int) int {
			return comparePeriods(d.records[a].Period, d.records[b].Period)
		})
		first := d.records[members[0]]
		for k, m := range members[1:] {
			r := d.records[m]
			if r.Unit != first.Unit {
				return Dataset{}, &DataError{Line: line(m), ID: r.ID, Field: "unit", Value: string(r.Unit),
					Err: fmt.Errorf("%w: series %q: unit %s, but %s is in %s", ErrUnit, id, r.Unit, first.ID, first.Unit)}
			}
			if prev := d.records[members[k]]; prev.Period == r.Period {
				return Dataset{}, &DataError{Line: line(m), ID: r.ID, Field: "period", Value: r.Period.String(),
					Err: fmt.Errorf("%w: series %q: %s and %s are both for %s", ErrPeriod, id, prev.ID, r.ID, r.Period)}
			}
		}
	}
	return d, nil
}

// fieldOf names the column a validation error is about.
func fieldOf(err error) string {
	var fe *fieldError
	switch {
	case errors.As(err, &fe):
		return fe.field
	case errors.Is(err, ErrUnit):
		return "unit"
	case errors.Is(err, ErrPeriod):
		return "period"
	case errors.Is(err, ErrQualifier):
		return "qualifier"
	case errors.Is(err, ErrValue):
		return "value"
	}
	return ""
}

// Records returns copies of all records, in the dataset's order.
func (d Dataset) Records() []Record {
	out := make([]Record, len(d.records))
	for i, r := range d.records {
		out[i] = r.clone()
	}
	return out
}

// Record returns a copy of the record with the given id; an unknown id is
// an error wrapping ErrUnknownID.
func (d Dataset) Record(id string) (Record, error) {
	i, ok := d.byID[id]
	if !ok {
		return Record{}, fmt.Errorf("%w record %q", ErrUnknownID, id)
	}
	return d.records[i].clone(), nil
}

// ByPoint returns copies of the records that report on p, in the
// dataset's order.
func (d Dataset) ByPoint(p strategy.Point) []Record {
	var out []Record
	for _, r := range d.records {
		if slices.Contains(r.Points, p) {
			out = append(out, r.clone())
		}
	}
	return out
}

// SeriesIDs returns the ids of the dataset's series, sorted.
func (d Dataset) SeriesIDs() []string {
	ids := make([]string, 0, len(d.series))
	for id := range d.series {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// Series returns the series with the given id, its records in period
// order; an unknown id is an error wrapping ErrUnknownID.
func (d Dataset) Series(id string) (Series, error) {
	members, ok := d.series[id]
	if !ok {
		return Series{}, fmt.Errorf("%w series %q", ErrUnknownID, id)
	}
	s := Series{ID: id, Records: make([]Record, len(members))}
	for i, m := range members {
		s.Records[i] = d.records[m].clone()
	}
	s.Unit = s.Records[0].Unit
	return s, nil
}

// Verify checks every record against the source text the root package
// embeds (MC/INF/302): its citation exists (Citation.Verify), its quote is
// in the cited paragraph or footnote (white space aside), and its figure is
// in its quote. It is for datasets of the Review; a dataset of another
// report has citations the embedded source cannot confirm. The error joins
// one *DataError, wrapping ErrSource, per record that fails.
func (d Dataset) Verify() error {
	var errs []error
	for _, r := range d.records {
		if err := r.Citation.Verify(); err != nil {
			errs = append(errs, &DataError{ID: r.ID, Field: "citation", Value: r.Citation.String(), Err: fmt.Errorf("%w: %w", ErrSource, err)})
		} else if err := verifyRecord(r); err != nil {
			errs = append(errs, &DataError{ID: r.ID, Field: "quote", Value: r.Quote, Err: err})
		}
	}
	return errors.Join(errs...)
}

func verifyRecord(r Record) error {
	text, err := sourceText(r.Citation)
	if err != nil {
		return err
	}
	if !strings.Contains(text, normalizeSpace(r.Quote)) {
		return fmt.Errorf("%w: the quote is not in %s", ErrSource, r.Citation)
	}
	return nil
}

// sourceText returns the cited text with its white space collapsed.
func sourceText(c iomstrategy.Citation) (string, error) {
	if err := c.Verify(); err != nil {
		return "", fmt.Errorf("%w: %w", ErrSource, err)
	}
	t, err := c.Text()
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrSource, err)
	}
	return normalizeSpace(t), nil
}
