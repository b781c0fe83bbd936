package indicators

import (
	"errors"
	"fmt"
	"strings"
)

// The kinds of failure. Every error the package returns wraps one of them,
// with the input that caused it, for errors.Is.
var (
	// ErrInvalidDataset is matched by every *DataError: a dataset file
	// that does not read or does not validate.
	ErrInvalidDataset = errors.New("invalid indicator dataset")
	// ErrID is an id that is empty, not kebab-case, or used twice.
	ErrID = errors.New("invalid record id")
	// ErrUnit is an unknown unit, or units that do not match.
	ErrUnit = errors.New("invalid unit")
	// ErrPeriod is text that is not a period, or a period that is not one
	// (a start after its end).
	ErrPeriod = errors.New("invalid period")
	// ErrQualifier is an unknown qualifier word, or a qualifier that does
	// not match its words.
	ErrQualifier = errors.New("invalid qualifier")
	// ErrValue is a value that is not an exact decimal or fraction, or a
	// range whose upper value is not above its lower.
	ErrValue = errors.New("invalid value")
	// ErrRecord is a record that is incomplete or inconsistent (no
	// description, an invalid point or citation, a figure that is not in
	// its quote).
	ErrRecord = errors.New("invalid record")
	// ErrSeries is a series whose records do not share a unit or whose
	// periods repeat.
	ErrSeries = errors.New("invalid series")
	// ErrUnknownRecord is an id no record of the dataset has.
	ErrUnknownRecord = errors.New("unknown record")
	// ErrUnknownSeries is a series id no record of the dataset belongs to.
	ErrUnknownSeries = errors.New("unknown series")
	// ErrSource is a record or check whose citation, quote or figure is
	// not where it says in the embedded source text.
	ErrSource = errors.New("not in the source")
	// ErrParams is a parameter set that does not validate.
	ErrParams = errors.New("invalid parameters")
	// ErrUndefined is arithmetic with no answer: a share of a zero total, a
	// change from zero in per cent, growth from or to a negative value.
	ErrUndefined = errors.New("undefined arithmetic")
	// ErrInterval is an interval with no members ([5, 3], (2, 2]).
	ErrInterval = errors.New("empty interval")
	// ErrCheck is a check that cannot be evaluated: an unknown kind or
	// relation, a term with neither record nor constant, no operands.
	ErrCheck = errors.New("invalid check")
)

// DataError is a dataset error with where it happened: the line of the CSV
// file (the header is line 1), the column and the value.
type DataError struct {
	Line  int    // 0 for the file as a whole
	ID    string // the record's id, when known
	Field string // the column, empty for a whole record
	Value string // the offending text, if any
	Err   error  // what was wrong; wraps one of the package's sentinels
}

func (e *DataError) Error() string {
	var b strings.Builder
	if e.Line > 0 {
		fmt.Fprintf(&b, "line %d", e.Line)
	} else {
		b.WriteString("dataset")
	}
	if e.ID != "" {
		fmt.Fprintf(&b, ": record %q", e.ID)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ": field %q", e.Field)
	}
	if e.Value != "" {
		fmt.Fprintf(&b, ": value %q", e.Value)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the cause.
func (e *DataError) Unwrap() error { return e.Err }

// Is makes every DataError match ErrInvalidDataset.
func (e *DataError) Is(target error) bool { return target == ErrInvalidDataset }
