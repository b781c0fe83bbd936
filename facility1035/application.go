package facility1035

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// Scope says whom a project serves: one Member State (national) or several
// (regional). Part III, bullet 5, criteria 2 and 3 set a Line 2 ceiling for
// each.
//
// The zero Scope is no scope: Valid reports false for it and an application
// with it does not validate.
type Scope uint8

// The scopes of a project.
const (
	ScopeUnset Scope = iota
	// National is a project for one Member State (criterion 2).
	National
	// Regional is a project for two or more Member States (criterion 3).
	Regional
)

// ErrInvalidScope is the sentinel for a scope that is neither national nor
// regional. ParseScope wraps it with the input.
var ErrInvalidScope = errors.New("invalid project scope")

// Valid reports whether s is National or Regional.
func (s Scope) Valid() bool { return s == National || s == Regional }

// String returns "national" or "regional", the form ParseScope reads, and
// "Scope(n)" for a value that is neither.
func (s Scope) String() string {
	switch s {
	case National:
		return "national"
	case Regional:
		return "regional"
	}
	return "Scope(" + strconv.Itoa(int(s)) + ")"
}

// ParseScope reads "national" or "regional", in any case, with spaces
// around ignored.
func ParseScope(s string) (Scope, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "national":
		return National, nil
	case "regional":
		return Regional, nil
	}
	return ScopeUnset, fmt.Errorf("%w %q: want national or regional", ErrInvalidScope, s)
}

// MustParseScope is ParseScope that panics on error, for scopes written in
// code.
func MustParseScope(s string) Scope {
	v, err := ParseScope(s)
	if err != nil {
		panic(err)
	}
	return v
}

// MarshalText writes "national" or "regional"; an invalid scope is an
// error.
func (s Scope) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidScope, uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText reads any form ParseScope accepts.
func (s *Scope) UnmarshalText(text []byte) error {
	v, err := ParseScope(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
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
	// Amount is the amount requested, in USD, in whole cents, not negative.
	// Zero is a valid input that screening finds ineligible.
	Amount decimal.Decimal
	// Countries are the Member States that benefit, by the name or code the
	// Registry knows them by. Matching ignores case and surrounding spaces;
	// a country named twice is an input error (see ErrDuplicateCountry).
	Countries []string
	// FollowUpOf is the id of the project this one follows up; empty when it
	// follows up none.
	FollowUpOf string
	// FollowUpLine is the line that funded the project followed up; the zero
	// Line when it is not known. It must be zero when FollowUpOf is empty.
	FollowUpLine Line
}

// IsFollowUp reports whether the application follows up an earlier project.
func (a Application) IsFollowUp() bool { return a.FollowUpOf != "" }

// Equal reports whether a and o are the same application: amounts compare
// as numbers, countries in order. It lets go-cmp compare values holding
// applications.
func (a Application) Equal(o Application) bool {
	return a.ID == o.ID && a.Line == o.Line && a.Scope == o.Scope &&
		a.Amount.Equal(o.Amount) && slices.Equal(a.Countries, o.Countries) &&
		a.FollowUpOf == o.FollowUpOf && a.FollowUpLine == o.FollowUpLine
}

// Errors an application can fail validation with. Each is wrapped in an
// *ApplicationError that names the application and the field.
var (
	// ErrInvalidApplication is matched by every *ApplicationError.
	ErrInvalidApplication = errors.New("invalid application")
	// ErrMissingApplicationID is an application without an id.
	ErrMissingApplicationID = errors.New("the application has no id")
	// ErrNoCountries is an application that names no Member State, or an
	// empty name in its list.
	ErrNoCountries = errors.New("no benefiting Member State named")
	// ErrDuplicateCountry is a Member State named twice in one application.
	// It is an input error rather than something screening counts once:
	// "A;A" would otherwise pass for a regional project of one Member State,
	// and the library does not guess which list the caller meant.
	ErrDuplicateCountry = errors.New("a Member State named twice")
	// ErrFollowUp is inconsistent follow-up data: a follow-up line without
	// the project it follows, a blank project id, or an application that
	// follows up itself.
	ErrFollowUp = errors.New("inconsistent follow-up")
)

// ApplicationError is an application that cannot be screened because an
// input is malformed. It is not a verdict. Err is ErrUnknownLine,
// ErrInvalidScope, an *iomstrategy.AmountError (a negative or sub-cent
// amount, which wraps iomstrategy.ErrInvalidAmount), ErrNoCountries,
// ErrDuplicateCountry, ErrFollowUp or ErrMissingApplicationID.
type ApplicationError struct {
	ID    string // the application's id, as given (may be empty)
	Field string // "id", "line", "scope", "amount", "countries", "follow_up_of", "follow_up_line"
	Value string // the offending value, if any
	Err   error
}

func (e *ApplicationError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "application %q: %s", e.ID, e.Field)
	if e.Value != "" {
		fmt.Fprintf(&b, " %q", e.Value)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the cause.
func (e *ApplicationError) Unwrap() error { return e.Err }

// Is makes every ApplicationError match ErrInvalidApplication.
func (e *ApplicationError) Is(target error) bool { return target == ErrInvalidApplication }

// Validate reports whether a is well formed enough to screen: an id, a
// valid line and scope, an amount that is neither negative nor finer than
// a cent, at least one Member State with no empty or repeated name, and
// consistent follow-up data. The error is an *ApplicationError.
//
// Validate does not judge: a zero amount, a national project naming two
// Member States or a regional one naming one are well formed and screening
// finds them ineligible.
func (a Application) Validate() error { return a.validate(true) }

// validate is Validate; with countryList false it leaves out the check of
// the country names for emptiness and repeats (checkCountryList), for a
// caller that has established they pass it.
func (a *Application) validate(countryList bool) error {
	fail := func(field, value string, err error) error {
		return &ApplicationError{ID: a.ID, Field: field, Value: value, Err: err}
	}
	if strings.TrimSpace(a.ID) == "" {
		return fail("id", "", ErrMissingApplicationID)
	}
	if !a.Line.Valid() {
		return fail("line", strconv.Itoa(int(a.Line)), fmt.Errorf("%w: want 1 or 2", ErrUnknownLine))
	}
	if !a.Scope.Valid() {
		return fail("scope", strconv.Itoa(int(a.Scope)), fmt.Errorf("%w: want national or regional", ErrInvalidScope))
	}
	if err := checkCents(a.Amount); err != nil {
		return fail("amount", a.Amount.String(), err)
	}
	if len(a.Countries) == 0 {
		return fail("countries", "", ErrNoCountries)
	}
	if countryList {
		if err := checkCountryList(a.Countries); err != nil {
			return fail("countries", strings.Join(a.Countries, ";"), err)
		}
	}
	if a.FollowUpOf == "" {
		if a.FollowUpLine != 0 {
			return fail("follow_up_line", strconv.Itoa(int(a.FollowUpLine)), fmt.Errorf("%w: a follow-up line without the project it follows (follow_up_of is empty)", ErrFollowUp))
		}
		return nil
	}
	if strings.TrimSpace(a.FollowUpOf) == "" {
		return fail("follow_up_of", a.FollowUpOf, fmt.Errorf("%w: a blank project id", ErrFollowUp))
	}
	if strings.TrimSpace(a.FollowUpOf) == strings.TrimSpace(a.ID) {
		return fail("follow_up_of", a.FollowUpOf, fmt.Errorf("%w: an application cannot follow up itself", ErrFollowUp))
	}
	if a.FollowUpLine != 0 && !a.FollowUpLine.Valid() {
		return fail("follow_up_line", strconv.Itoa(int(a.FollowUpLine)), fmt.Errorf("%w: want 1, 2 or none (unknown)", ErrUnknownLine))
	}
	return nil
}

// checkCents refuses a negative amount and one finer than a cent, with the
// library's money error.
func checkCents(d decimal.Decimal) error {
	if d.Sign() < 0 {
		return &iomstrategy.AmountError{Input: d.String(), Reason: "amounts cannot be negative"}
	}
	if !iomstrategy.HasCents(d) {
		return &iomstrategy.AmountError{Input: d.String(), Reason: "at most two decimals (cents); the amount is not rounded"}
	}
	return nil
}

// checkCountryList refuses empty names and names repeated (ignoring case
// and surrounding spaces, as registry lookups do: strings.EqualFold for a
// short list, lower-cased keys for a long one).
func checkCountryList(names []string) error {
	var seen map[string]bool
	if len(names) > 8 {
		seen = make(map[string]bool, len(names))
	}
	var trimmed [8]string // the short list's names, trimmed once
	for i, n := range names {
		t := strings.TrimSpace(n)
		if t == "" {
			return fmt.Errorf("%w: entry %d is empty", ErrNoCountries, i+1)
		}
		dup := false
		if seen != nil {
			k := countryKey(n)
			dup = seen[k]
			seen[k] = true
		} else {
			for _, m := range trimmed[:i] {
				if strings.EqualFold(m, t) {
					dup = true
					break
				}
			}
			trimmed[i] = t
		}
		if dup {
			return fmt.Errorf("%w: %q", ErrDuplicateCountry, strings.TrimSpace(n))
		}
	}
	return nil
}
