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
	// ErrRecord is a record that is incomplete or inconsistent: an id that
	// is empty, not kebab-case or used twice, no description, an invalid
	// point or citation, a figure that is not in its quote, a series with
	// no records.
	ErrRecord = errors.New("invalid record")
	// ErrUnit is an unknown unit, or units that do not match (two records
	// of one series, the two sides of a check).
	ErrUnit = errors.New("invalid unit")
	// ErrPeriod is text that is not a period, or two records of one
	// series for the same period.
	ErrPeriod = errors.New("invalid period")
	// ErrQualifier is an unknown qualifier word, or a qualifier that does
	// not match its words.
	ErrQualifier = errors.New("invalid qualifier")
	// ErrValue is a value that is not an exact decimal or fraction, a
	// range whose upper value is not above its lower, or an interval with
	// no members ([5, 3], (2, 2]).
	ErrValue = errors.New("invalid value")
	// ErrUnknownID is an id that no record, series or check has. The
	// error names which: `unknown series "staff-2007"`.
	ErrUnknownID = errors.New("unknown")
	// ErrSource is a record or check whose citation, quote or figure is
	// not where it says in the embedded source text.
	ErrSource = errors.New("not in the source")
	// ErrParams is a parameter set that does not validate.
	ErrParams = errors.New("invalid parameters")
	// ErrUndefined is arithmetic with no answer: a share of a zero total, a
	// change from zero in per cent, growth from or to a negative value.
	ErrUndefined = errors.New("undefined arithmetic")
	// ErrCheck is a check that cannot be evaluated: an unknown kind or
	// comparison, a summand with neither record nor constant, no summands.
	ErrCheck = errors.New("invalid check")
)

// DataError is a dataset error with where it happened: the line of the CSV
// file (the header is line 1), the column and the value.
type DataError struct {
	Line  int    // 0 for the file as a whole, or a record built in code
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

// fieldError names the column of a record an error is about, for the
// Field of a DataError.
type fieldError struct {
	field string
	err   error
}

func (e *fieldError) Error() string { return e.err.Error() }
func (e *fieldError) Unwrap() error { return e.err }

// inField marks err as about the column field.
func inField(field string, err error) error { return &fieldError{field: field, err: err} }
