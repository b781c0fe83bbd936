package facility1035

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/policycode/iomstrategy"
)

// Scope says whom a project serves: one Member State (national) or several
// (regional). Part III, bullet 5, criteria 2 and 3 set a Line 2 ceiling for
// each.
//
// The zero Scope is no scope: Valid reports false for it and an application
// with it does not validate.
type Scope uint8

const (
	// National is a project for one Member State (criterion 2).
	National Scope = iota + 1
	// Regional is a project for two or more Member States (criterion 3).
	Regional
)

var scopeNames = []string{National: "national", Regional: "regional"}

// Valid reports whether s is National or Regional.
func (s Scope) Valid() bool { return enumValid(scopeNames, s) }

// String returns "national" or "regional", or "Scope(n)" for another value.
func (s Scope) String() string { return enumString(scopeNames, s, "Scope") }

// ParseScope reads "national" or "regional", in any case, with spaces
// around ignored.
func ParseScope(text string) (Scope, error) {
	var s Scope
	err := enumParse(scopeNames, &s, text, "scope")
	return s, err
}

// MarshalText writes the String form; any other value is an error.
func (s Scope) MarshalText() ([]byte, error) { return enumText(scopeNames, s, "scope") }

// UnmarshalText reads any form ParseScope accepts.
func (s *Scope) UnmarshalText(text []byte) error {
	return enumParse(scopeNames, s, string(text), "scope")
}

// Application is a request for funding from the 1035 Facility.
//
// The zero Application does not validate: it has no id, line or scope.
type Application struct {
	// ID names the application; it is how results and errors refer to it.
	ID string
	// Line is the funding line applied to.
	Line Line
	// Scope is national (one Member State) or regional (two or more).
	Scope Scope
	// Amount is the amount requested, not negative. Zero is a valid input
	// that screening finds ineligible.
	Amount iomstrategy.USD
	// Countries are the Member States that benefit, by the name or code the
	// Registry knows them by. Matching ignores case and surrounding spaces;
	// a country named twice is an input error (iomstrategy.ErrDuplicate).
	Countries []string
	// FollowUpOf is the id of the project this one follows up; empty when it
	// follows up none.
	FollowUpOf string
	// FollowUpLine is the line that funded the project followed up; the zero
	// Line when it is not known. It must be zero when FollowUpOf is empty.
	FollowUpLine Line
	// Date is the day the application is screened as of, the day the
	// registry's arrears describe; the zero Date is not given. Article 4 is
	// known as amended from 21 November 2013: a Line 2 application dated
	// before, or not dated, is judged by the reading Params.Article4Before2013.
	Date time.Time
}

// Validate reports whether a is well formed enough to screen: an id, a
// valid line and scope, an amount that is not negative, at least one
// Member State with no empty or repeated name, and consistent follow-up
// data. The error is an *InputError naming the field.
//
// Validate does not judge: a zero amount, a national project naming two
// Member States or a regional one naming one are well formed and screening
// finds them ineligible.
func (a Application) Validate() error {
	_, err := a.validate()
	return err
}

// validate is Validate, returning the countries' keys too.
func (a Application) validate() ([]string, error) {
	fail := func(field, value string, err error) ([]string, error) {
		return nil, &InputError{Input: "application", ID: a.ID, Field: field, Value: value, Err: err}
	}
	if strings.TrimSpace(a.ID) == "" {
		return fail("id", "", iomstrategy.ErrMissing)
	}
	if !a.Line.Valid() {
		return fail("line", strconv.Itoa(int(a.Line)), a.Line.invalid())
	}
	if !a.Scope.Valid() {
		return fail("scope", strconv.Itoa(int(a.Scope)), failf(ErrInvalidChoice, "unknown scope %d: want national or regional", uint8(a.Scope)))
	}
	if a.Amount.Sign() < 0 {
		return fail("amount", usdText(a.Amount), iomstrategy.ErrNegativeAmount)
	}
	if len(a.Countries) == 0 {
		return fail("countries", "", failf(iomstrategy.ErrMissing, "no benefiting Member State named"))
	}
	keys := make([]string, len(a.Countries))
	for i, c := range a.Countries {
		keys[i] = countryKey(c)
		switch {
		case keys[i] == "":
			return fail("countries", strings.Join(a.Countries, ";"), failf(iomstrategy.ErrMissing, "no benefiting Member State named: entry %d is empty", i+1))
		case slices.Contains(keys[:i], keys[i]):
			return fail("countries", strings.Join(a.Countries, ";"), failf(iomstrategy.ErrDuplicate, "a Member State named twice: %q", strings.TrimSpace(c)))
		}
	}
	if a.FollowUpOf == "" {
		if a.FollowUpLine != 0 {
			return fail("follow_up_line", strconv.Itoa(int(a.FollowUpLine)), failf(ErrFollowUp, "%v: a follow-up line without the project it follows (follow_up_of is empty)", ErrFollowUp))
		}
		return keys, nil
	}
	if strings.TrimSpace(a.FollowUpOf) == "" {
		return fail("follow_up_of", a.FollowUpOf, failf(ErrFollowUp, "%v: a blank project id", ErrFollowUp))
	}
	if strings.TrimSpace(a.FollowUpOf) == strings.TrimSpace(a.ID) {
		return fail("follow_up_of", a.FollowUpOf, failf(ErrFollowUp, "%v: an application cannot follow up itself", ErrFollowUp))
	}
	if a.FollowUpLine != 0 && !a.FollowUpLine.Valid() {
		return fail("follow_up_line", strconv.Itoa(int(a.FollowUpLine)), failf(ErrInvalidChoice, "unknown funding line: %d (want 1, 2 or none: unknown)", uint8(a.FollowUpLine)))
	}
	return keys, nil
}
