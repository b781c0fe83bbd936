package indicators

import (
	"fmt"
	"slices"
	"strings"
)

// UnitOfMeasure is what a figure counts or measures: "persons", "USD", "per
// cent", "projects", ..., or a yearly rate of one of them ("persons per
// year"). Write it as a string: Record{Unit: "persons"}.
//
// The units are a closed list, so that a typing slip in a dataset
// ("person", "USD million") is refused rather than counted as a new kind of
// thing:
//
//	persons, USD, per cent, projects, staff, countries, States, agencies,
//	meetings, priorities, orientations, objectives, publications, studies,
//	assessments, activities, workshops, programmes, requests, institutions,
//	continents, years, weeks, themes, languages
//
// Counts of people are "persons" whatever the people are (migrants,
// applicants, participants, officials, workers): the record's description
// says who they are. "staff" is kept apart because the Review reports it
// as the Organization's own headcount. The zero UnitOfMeasure is no unit:
// Valid reports false for it and a record with it does not validate.
type UnitOfMeasure string

// baseUnits are the units of the list above, in its order.
var baseUnits = []UnitOfMeasure{
	"persons", "USD", "per cent", "projects", "staff", "countries", "States", "agencies", "meetings",
	"priorities", "orientations", "objectives", "publications", "studies", "assessments",
	"activities", "workshops", "programmes", "requests", "institutions", "continents", "years", "weeks",
	"themes", "languages",
}

// The units the Review's checks name.
const (
	unitYears    UnitOfMeasure = "years"
	unitMeetings UnitOfMeasure = "meetings"
)

// perYearSuffix turns a unit into a yearly rate.
const perYearSuffix = " per year"

// parseUnit reads a unit as the dataset writes it: a base unit ("persons"),
// or a base unit followed by " per year" ("requests per year"). Anything
// else is an error wrapping ErrUnit.
func parseUnit(s string) (UnitOfMeasure, error) {
	u := UnitOfMeasure(s)
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
func (u UnitOfMeasure) Valid() bool { return slices.Contains(baseUnits, u.Base()) }

// IsRate reports whether u is a yearly rate of a known unit ("persons per
// year").
func (u UnitOfMeasure) IsRate() bool { return u.Valid() && u != u.Base() }

// Base returns the unit without " per year": "persons" for "persons per
// year", u itself for a unit that is no rate.
func (u UnitOfMeasure) Base() UnitOfMeasure {
	return UnitOfMeasure(strings.TrimSuffix(string(u), perYearSuffix))
}
