package facility1035

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// The kinds of refused input, one per rule an input can break, each
// wrapped in an *InputError. The kinds every package shares are the root
// package's: iomstrategy.ErrMissing, ErrDuplicate, ErrNegativeAmount and
// ErrSubCent.
var (
	// ErrInvalidChoice is a line, scope, membership, economy, verdict,
	// Article 4 declaration, look-back or cap order the library does not
	// know. (A rounding mode is refused with iomstrategy.ErrRoundingMode.)
	ErrInvalidChoice = errors.New("not one of the allowed values")
	// ErrFollowUp is a follow-up line without the project it follows, a
	// blank project id, or an application that follows up itself.
	ErrFollowUp = errors.New("inconsistent follow-up")
	// ErrUnknownCountry is a country the registry lacks: not a verdict.
	ErrUnknownCountry = errors.New("country not in the registry")
	// ErrContradictoryArticle4 is a declared Article 4 standing the facts
	// rule out (subject with no arrears, or despite the Council's waiver).
	ErrContradictoryArticle4 = errors.New("contradictory Article 4 standing")
	// ErrSecurityAboveDiscretionary is a security part above its income.
	ErrSecurityAboveDiscretionary = errors.New("the security part is above the discretionary income it is part of")
	// ErrZeroCommitment is a commitment of zero: there is nothing to book.
	ErrZeroCommitment = errors.New("the amount must be above zero")
	// ErrExceedsRemaining is a commitment larger than what remains on its
	// line: refused, never covered from the other line.
	ErrExceedsRemaining = errors.New("commitment exceeds what remains on its line")
	// ErrInvalidParams is a parameter value out of its range, a citation to
	// a provision that does not state the value, or two sets of a schedule
	// that govern the same year.
	ErrInvalidParams = errors.New("invalid 1035 Facility parameters")
	// ErrUnknownField is a key of a parameter file that names no field.
	ErrUnknownField = errors.New("unknown field")
)

// InputError is an input the package refuses, with where it is and what is
// wrong. Err is one of the sentinels above, iomstrategy.ErrNegativeAmount or
// iomstrategy.ErrSubCent, or an error that wraps one of them.
type InputError struct {
	// Input says what was refused: "application", "Member State",
	// "commitment", "income" or "1035 Facility parameters".
	Input string
	// ID names it: the application's or commitment's id, the country, the
	// year; empty when there is none.
	ID string
	// Position is its place in a batch, from 1 as a person counts; 0 when
	// it was given alone.
	Position int
	// Field is the field at fault, by the name the JSON form and the input
	// columns give it ("amount", "countries", "share"); empty when the
	// input as a whole is at fault, and for a commitment, whose refusals
	// name the line or amount in their words.
	Field string
	// Value is the offending value as text; empty when there is none.
	Value string
	Err   error
}

func (e *InputError) Error() string {
	var b strings.Builder
	if e.Position > 0 {
		b.WriteString("item ")
		b.WriteString(strconv.Itoa(e.Position))
		b.WriteString(": ")
	}
	b.WriteString(e.Input)
	if e.ID != "" {
		b.WriteString(" ")
		b.WriteString(strconv.Quote(e.ID))
	}
	if e.Field != "" {
		b.WriteString(": ")
		b.WriteString(e.Field)
		if e.Value != "" {
			b.WriteString(" ")
			b.WriteString(strconv.Quote(e.Value))
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns what was wrong.
func (e *InputError) Unwrap() error { return e.Err }

// failure is one kind of failure (a sentinel) told in its own words: it
// prints text and matches kind.
type failure struct {
	kind error
	text string
}

func (f *failure) Error() string { return f.text }
func (f *failure) Unwrap() error { return f.kind }

// failf returns an error that matches kind and reads as the formatted text.
func failf(kind error, format string, args ...any) error {
	return &failure{kind: kind, text: fmt.Sprintf(format, args...)}
}

// NoRulesError is a year for which no parameter set is in force. It says
// which years are covered, so that a caller knows what it may ask for,
// and, for a year before the expanded Facility's first year, says so.
type NoRulesError struct {
	Year      int
	Covered   []Years // the years that can be allocated, in order
	FirstYear int     // the earliest first year of the sets, 0 if unknown
}

func (e *NoRulesError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "no 1035 Facility rules in force for %d", e.Year)
	if e.FirstYear != 0 && e.Year < e.FirstYear {
		fmt.Fprintf(&b, " (the expanded Facility starts in %d)", e.FirstYear)
	}
	if len(e.Covered) == 0 {
		b.WriteString(": no years are covered")
		return b.String()
	}
	b.WriteString(": the rules cover ")
	for i, p := range e.Covered {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// choice is the error for text that names none of the allowed values:
// `scope "globl": want national or regional`.
func choice(what, s, want string) error {
	return failf(ErrInvalidChoice, "%s %q: want %s", what, s, want)
}
