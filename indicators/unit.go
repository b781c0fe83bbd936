package indicators

import (
	"fmt"
	"strings"
)

// Unit is what a figure counts or measures: "persons", "USD", "per cent",
// "projects", ... or a rate of one of them per year ("persons per year").
//
// The units are a closed list (see Units), so that a typing slip in a
// dataset ("person", "USD million") is refused rather than counted as a new
// kind of thing. The zero Unit is no unit: Valid reports false for it and
// a record with it does not validate.
type Unit string

// The units the Review's figures use. Counts of people are Persons whatever
// the people are (migrants, applicants, participants, officials, workers):
// the record's description says who they are. Staff is kept apart because
// the Review reports it as the Organization's own headcount.
const (
	Persons      Unit = "persons"
	USD          Unit = "USD"
	PerCent      Unit = "per cent"
	Projects     Unit = "projects"
	Staff        Unit = "staff"
	Countries    Unit = "countries"
	States       Unit = "States"
	Agencies     Unit = "agencies"
	Meetings     Unit = "meetings"
	Priorities   Unit = "priorities"
	Orientations Unit = "orientations"
	Objectives   Unit = "objectives"
	Publications Unit = "publications"
	Studies      Unit = "studies"
	Assessments  Unit = "assessments"
	Activities   Unit = "activities"
	Workshops    Unit = "workshops"
	Programmes   Unit = "programmes"
	Requests     Unit = "requests"
	Institutions Unit = "institutions"
	Continents   Unit = "continents"
	Years        Unit = "years"
	Weeks        Unit = "weeks"
)

var baseUnits = []Unit{
	Persons, USD, PerCent, Projects, Staff, Countries, States, Agencies, Meetings,
	Priorities, Orientations, Objectives, Publications, Studies, Assessments,
	Activities, Workshops, Programmes, Requests, Institutions, Continents, Years, Weeks,
}

// perYearSuffix turns a unit into a yearly rate.
const perYearSuffix = " per year"

// Units returns the base units in a fixed order. Each also exists as a
// yearly rate (u.PerYear()).
func Units() []Unit {
	return append([]Unit(nil), baseUnits...)
}

// ParseUnit reads a unit as String writes it: a base unit ("persons"), or a
// base unit followed by " per year" ("requests per year"). Anything else is
// an error wrapping ErrUnit.
func ParseUnit(s string) (Unit, error) {
	u := Unit(s)
	if !u.Valid() {
		return "", fmt.Errorf("%w %q: want one of %s, optionally followed by %q", ErrUnit, s, unitList(), perYearSuffix)
	}
	return u, nil
}

func unitList() string {
	names := make([]string, len(baseUnits))
	for i, u := range baseUnits {
		names[i] = string(u)
	}
	return strings.Join(names, ", ")
}

// Valid reports whether u is a known unit or a yearly rate of one.
func (u Unit) Valid() bool {
	base := Unit(strings.TrimSuffix(string(u), perYearSuffix))
	for _, b := range baseUnits {
		if base == b {
			return true
		}
	}
	return false
}

// IsRate reports whether u is a yearly rate ("persons per year").
func (u Unit) IsRate() bool { return u.Valid() && strings.HasSuffix(string(u), perYearSuffix) }

// Base returns the unit without " per year".
func (u Unit) Base() Unit { return Unit(strings.TrimSuffix(string(u), perYearSuffix)) }

// PerYear returns the yearly rate of u's base unit.
func (u Unit) PerYear() Unit { return u.Base() + perYearSuffix }

// String returns the unit's name.
func (u Unit) String() string { return string(u) }

// MarshalText writes the unit's name; the zero or an unknown unit is an
// error.
func (u Unit) MarshalText() ([]byte, error) {
	if !u.Valid() {
		return nil, fmt.Errorf("%w %q", ErrUnit, string(u))
	}
	return []byte(u), nil
}

// UnmarshalText reads a unit with ParseUnit.
func (u *Unit) UnmarshalText(text []byte) error {
	parsed, err := ParseUnit(string(text))
	if err != nil {
		return err
	}
	*u = parsed
	return nil
}
