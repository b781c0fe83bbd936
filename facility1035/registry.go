package facility1035

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Membership is a country's standing in IOM. Only Member States are served
// by the 1035 Facility (Resolution No. 1035 (LXXX)).
//
// The zero Membership is unset: Valid reports false for it and a
// MemberState with it does not validate.
type Membership uint8

// The kinds of membership.
const (
	MembershipUnset Membership = iota
	// Member is a Member State of IOM.
	Member
	// Observer is an observer State, not a Member State.
	Observer
	// NonMember is neither a Member State nor an observer.
	NonMember
)

// ErrInvalidMembership is the sentinel for text that names no membership.
var ErrInvalidMembership = errors.New("invalid membership")

// Valid reports whether m is Member, Observer or NonMember.
func (m Membership) Valid() bool { return m >= Member && m <= NonMember }

// String returns "member", "observer" or "non-member", the form
// ParseMembership reads.
func (m Membership) String() string {
	switch m {
	case Member:
		return "member"
	case Observer:
		return "observer"
	case NonMember:
		return "non-member"
	}
	return "Membership(" + strconv.Itoa(int(m)) + ")"
}

// ParseMembership reads "member", "observer" or "non-member", in any case,
// with spaces around ignored.
func ParseMembership(s string) (Membership, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "member":
		return Member, nil
	case "observer":
		return Observer, nil
	case "non-member":
		return NonMember, nil
	}
	return MembershipUnset, fmt.Errorf("%w %q: want member, observer or non-member", ErrInvalidMembership, s)
}

// MustParseMembership is ParseMembership that panics on error.
func MustParseMembership(s string) Membership {
	v, err := ParseMembership(s)
	if err != nil {
		panic(err)
	}
	return v
}

// MarshalText writes the String form; an invalid value is an error.
func (m Membership) MarshalText() ([]byte, error) {
	if !m.Valid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidMembership, uint8(m))
	}
	return []byte(m.String()), nil
}

// UnmarshalText reads any form ParseMembership accepts.
func (m *Membership) UnmarshalText(text []byte) error {
	v, err := ParseMembership(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// Economy is how a Member State's economy is classed for the Facility,
// which serves "developing Member States and Member States with economy in
// transition" (Resolution No. 1035 (LXXX); MC/INF/302, para. 10). The
// library takes the class as an input: the text names no list.
//
// The zero Economy is unset: Valid reports false for it.
type Economy uint8

// The classes of economy.
const (
	EconomyUnset Economy = iota
	// Developing is a developing Member State.
	Developing
	// InTransition is a Member State with economy in transition.
	InTransition
	// OtherEconomy is any other economy; the Facility does not serve it.
	OtherEconomy
)

// ErrInvalidEconomy is the sentinel for text that names no economy class.
var ErrInvalidEconomy = errors.New("invalid economy class")

// Valid reports whether e is Developing, InTransition or OtherEconomy.
func (e Economy) Valid() bool { return e >= Developing && e <= OtherEconomy }

// String returns "developing", "transition" or "other", the form
// ParseEconomy reads.
func (e Economy) String() string {
	switch e {
	case Developing:
		return "developing"
	case InTransition:
		return "transition"
	case OtherEconomy:
		return "other"
	}
	return "Economy(" + strconv.Itoa(int(e)) + ")"
}

// describe returns the class in words for messages.
func (e Economy) describe() string {
	switch e {
	case Developing:
		return "developing"
	case InTransition:
		return "an economy in transition"
	case OtherEconomy:
		return "neither developing nor in transition (other)"
	}
	return e.String()
}

// ParseEconomy reads "developing", "transition" (also "in transition" and
// "economy in transition") or "other", in any case, with spaces around
// ignored.
func ParseEconomy(s string) (Economy, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "developing":
		return Developing, nil
	case "transition", "in transition", "economy in transition":
		return InTransition, nil
	case "other":
		return OtherEconomy, nil
	}
	return EconomyUnset, fmt.Errorf("%w %q: want developing, transition or other", ErrInvalidEconomy, s)
}

// MustParseEconomy is ParseEconomy that panics on error.
func MustParseEconomy(s string) Economy {
	v, err := ParseEconomy(s)
	if err != nil {
		panic(err)
	}
	return v
}

// MarshalText writes the String form; an invalid value is an error.
func (e Economy) MarshalText() ([]byte, error) {
	if !e.Valid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidEconomy, uint8(e))
	}
	return []byte(e.String()), nil
}

// UnmarshalText reads any form ParseEconomy accepts.
func (e *Economy) UnmarshalText(text []byte) error {
	v, err := ParseEconomy(string(text))
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// Article4Declaration is what a registry says outright about Article 4 of
// the IOM Constitution for a Member State: nothing (derive it from the
// figures), subject, or not subject.
//
// The zero value, Article4Derive, derives the answer: see
// MemberState.Article4.
type Article4Declaration uint8

// The declarations.
const (
	// Article4Derive says nothing: the answer is derived from the arrears,
	// the contributions due and the Council's waiver.
	Article4Derive Article4Declaration = iota
	// Article4Subject declares the Member State subject to Article 4.
	Article4Subject
	// Article4NotSubject declares it not subject, whatever the figures say
	// (for instance because the loss of the vote is not yet effective: it
	// takes effect one year after the Council is informed).
	Article4NotSubject
)

// ErrInvalidArticle4Declaration is the sentinel for text that is not
// "true", "false" or empty.
var ErrInvalidArticle4Declaration = errors.New(`invalid "subject to Article 4" value`)

// Valid reports whether d is one of the three declarations.
func (d Article4Declaration) Valid() bool { return d <= Article4NotSubject }

// String returns "" (derive), "true" (subject) or "false" (not subject),
// the form of the subject_to_article4 column.
func (d Article4Declaration) String() string {
	switch d {
	case Article4Derive:
		return ""
	case Article4Subject:
		return "true"
	case Article4NotSubject:
		return "false"
	}
	return "Article4Declaration(" + strconv.Itoa(int(d)) + ")"
}

// ParseArticle4Declaration reads "true", "false" (in any case) or the empty
// string (derive), with spaces around ignored.
func ParseArticle4Declaration(s string) (Article4Declaration, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return Article4Derive, nil
	case "true":
		return Article4Subject, nil
	case "false":
		return Article4NotSubject, nil
	}
	return Article4Derive, fmt.Errorf("%w %q: want true, false or empty (derive it)", ErrInvalidArticle4Declaration, s)
}

// MustParseArticle4Declaration is ParseArticle4Declaration that panics on
// error.
func MustParseArticle4Declaration(s string) Article4Declaration {
	v, err := ParseArticle4Declaration(s)
	if err != nil {
		panic(err)
	}
	return v
}

// MarshalText writes the String form; an invalid value is an error.
func (d Article4Declaration) MarshalText() ([]byte, error) {
	if !d.Valid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidArticle4Declaration, uint8(d))
	}
	return []byte(d.String()), nil
}

// UnmarshalText reads any form ParseArticle4Declaration accepts.
func (d *Article4Declaration) UnmarshalText(text []byte) error {
	v, err := ParseArticle4Declaration(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MemberState is what screening needs to know about one country.
//
// The zero MemberState does not validate: it has no name, membership or
// economy.
type MemberState struct {
	// Name is the name or code applications use for it.
	Name       string
	Membership Membership
	Economy    Economy
	// Arrears is what it owes on its financial contributions, USD, whole
	// cents, not negative. Zero means no arrears, and a Member State with
	// none is never subject to Article 4.
	Arrears decimal.Decimal
	// DueTwoYears is "the amount of the contributions due from it for the
	// preceding two years" (Constitution, Article 4), read as the parameter
	// set's Article4Lookback says. It may be left unset (Valid false) when
	// Arrears is zero or the Article 4 standing is declared.
	DueTwoYears decimal.NullDecimal
	// SubjectToArticle4 declares the standing outright, or leaves it to be
	// derived (the zero value).
	SubjectToArticle4 Article4Declaration
	// CouncilWaiver records that the Council maintained or restored its
	// right to vote (Article 4: "by a simple majority vote, maintain or
	// restore the right to vote").
	CouncilWaiver bool
}

// Equal reports whether m and o hold the same facts, amounts compared as
// numbers.
func (m MemberState) Equal(o MemberState) bool {
	return m.Name == o.Name && m.Membership == o.Membership && m.Economy == o.Economy &&
		m.Arrears.Equal(o.Arrears) && m.DueTwoYears.Valid == o.DueTwoYears.Valid &&
		(!m.DueTwoYears.Valid || m.DueTwoYears.Decimal.Equal(o.DueTwoYears.Decimal)) &&
		m.SubjectToArticle4 == o.SubjectToArticle4 && m.CouncilWaiver == o.CouncilWaiver
}

// Errors a Member State record can fail validation with, each wrapped in a
// *MemberStateError.
var (
	// ErrInvalidMemberState is matched by every *MemberStateError.
	ErrInvalidMemberState = errors.New("invalid Member State record")
	// ErrMissingCountryName is a record without a name.
	ErrMissingCountryName = errors.New("the Member State has no name")
	// ErrMissingDue is a record with arrears, no declared Article 4
	// standing, and no contributions due to derive it from.
	ErrMissingDue = errors.New("contributions due for the preceding two years are needed to derive the Article 4 standing")
	// ErrContradictoryArticle4 is a declaration the facts rule out: subject
	// to Article 4 with no arrears (a Member State with none is never
	// subject), or subject although the Council maintained its vote.
	ErrContradictoryArticle4 = errors.New("contradictory Article 4 standing")
	// ErrDuplicateMemberState is a registry that lists a country twice
	// (names compared ignoring case and surrounding spaces).
	ErrDuplicateMemberState = errors.New("a Member State listed twice")
)

// MemberStateError is a Member State record that cannot be used. Index is
// its position in the list given to NewRegistry (0-based), or -1 when the
// record was checked on its own.
type MemberStateError struct {
	Index   int
	Country string
	Field   string // "country", "membership", "economy", "arrears", "due_two_years", "subject_to_article4"
	Value   string
	Err     error
}

func (e *MemberStateError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Member State %q: %s", e.Country, e.Field)
	if e.Value != "" {
		fmt.Fprintf(&b, " %q", e.Value)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the cause.
func (e *MemberStateError) Unwrap() error { return e.Err }

// Is makes every MemberStateError match ErrInvalidMemberState.
func (e *MemberStateError) Is(target error) bool { return target == ErrInvalidMemberState }

// Validate reports whether m can be used for screening: a name, a valid
// membership, economy and declaration, amounts in whole cents and not
// negative, contributions due when the Article 4 standing has to be derived
// from them, and a declaration the facts do not rule out. The error is a
// *MemberStateError with Index -1.
func (m MemberState) Validate() error { return m.validate(-1) }

func (m MemberState) validate(index int) error {
	fail := func(field, value string, err error) error {
		return &MemberStateError{Index: index, Country: m.Name, Field: field, Value: value, Err: err}
	}
	if countryKey(m.Name) == "" {
		return fail("country", "", ErrMissingCountryName)
	}
	if !m.Membership.Valid() {
		return fail("membership", strconv.Itoa(int(m.Membership)), fmt.Errorf("%w: want member, observer or non-member", ErrInvalidMembership))
	}
	if !m.Economy.Valid() {
		return fail("economy", strconv.Itoa(int(m.Economy)), fmt.Errorf("%w: want developing, transition or other", ErrInvalidEconomy))
	}
	if !m.SubjectToArticle4.Valid() {
		return fail("subject_to_article4", strconv.Itoa(int(m.SubjectToArticle4)), ErrInvalidArticle4Declaration)
	}
	if err := checkCents(m.Arrears); err != nil {
		return fail("arrears", m.Arrears.String(), err)
	}
	if m.DueTwoYears.Valid {
		if err := checkCents(m.DueTwoYears.Decimal); err != nil {
			return fail("due_two_years", m.DueTwoYears.Decimal.String(), err)
		}
	}
	switch {
	case m.SubjectToArticle4 == Article4Subject && m.Arrears.Sign() == 0:
		return fail("subject_to_article4", "true", fmt.Errorf("%w: declared subject to Article 4 with no arrears; a Member State with no arrears is never subject", ErrContradictoryArticle4))
	case m.SubjectToArticle4 == Article4Subject && m.CouncilWaiver:
		return fail("subject_to_article4", "true", fmt.Errorf("%w: declared subject to Article 4 although the Council maintained its vote", ErrContradictoryArticle4))
	case m.SubjectToArticle4 == Article4Derive && m.Arrears.Sign() > 0 && !m.DueTwoYears.Valid:
		return fail("due_two_years", "", ErrMissingDue)
	}
	return nil
}

// Article4Standing is how Article 4 of the IOM Constitution applies to a
// Member State, with the facts that decided it.
type Article4Standing struct {
	// Subject is true when the Member State is subject to Article 4: its
	// arrears equal or exceed the contributions due for the preceding two
	// years and the Council has not maintained its vote, or the registry
	// declares it so.
	Subject bool
	// Declared is true when the registry declared the standing outright
	// rather than leaving it to be derived.
	Declared bool
	// ThresholdMet is true when the arrears are positive and equal or exceed
	// the contributions due (derived only; false when the due amount is
	// unknown).
	ThresholdMet bool
	// Waived is the Council's maintaining of the vote.
	Waived bool
	// Arrears and DueTwoYears are the figures used.
	Arrears     decimal.Decimal
	DueTwoYears decimal.NullDecimal
}

// Article4 reads Article 4 for m:
//
//   - no arrears: never subject, whatever else is recorded (even when the
//     contributions due are zero);
//   - a declaration: as declared (Validate refuses a declaration the facts
//     rule out);
//   - otherwise subject when the arrears equal or exceed the contributions
//     due for the preceding two years and the Council has not maintained
//     the vote.
//
// Arrears above zero against contributions due of zero meet the threshold
// (they "equal or exceed" it): the text admits no other reading.
func (m MemberState) Article4() Article4Standing {
	s := Article4Standing{Waived: m.CouncilWaiver, Arrears: m.Arrears, DueTwoYears: m.DueTwoYears}
	if m.Arrears.Sign() <= 0 {
		return s
	}
	if m.DueTwoYears.Valid && m.Arrears.Cmp(m.DueTwoYears.Decimal) >= 0 {
		s.ThresholdMet = true
	}
	switch m.SubjectToArticle4 {
	case Article4Subject:
		s.Declared, s.Subject = true, true
	case Article4NotSubject:
		s.Declared = true
	default:
		s.Subject = s.ThresholdMet && !m.CouncilWaiver
	}
	return s
}

// Registry is the list of countries screening looks Member States up in.
// It is an immutable value: NewRegistry copies what it is given, and no
// method changes it, so one Registry can serve any number of concurrent
// screenings.
//
// The zero Registry is empty: every lookup fails.
type Registry struct {
	states []MemberState
	exact  map[string]int // name as given (trimmed) -> index
	folded map[string]int // countryKey(name) -> index
}

// NewRegistry validates every record and builds a registry. A country may
// appear once (names compared ignoring case and surrounding spaces). The
// error is a *MemberStateError naming the record's index.
func NewRegistry(states []MemberState) (Registry, error) {
	r := Registry{
		states: make([]MemberState, len(states)),
		exact:  make(map[string]int, len(states)),
		folded: make(map[string]int, len(states)),
	}
	for i, m := range states {
		if err := m.validate(i); err != nil {
			return Registry{}, err
		}
		k := countryKey(m.Name)
		if j, dup := r.folded[k]; dup {
			return Registry{}, &MemberStateError{Index: i, Country: m.Name, Field: "country", Value: m.Name,
				Err: fmt.Errorf("%w: also record %d (%q)", ErrDuplicateMemberState, j+1, states[j].Name)}
		}
		r.states[i] = m
		r.folded[k] = i
		r.exact[strings.TrimSpace(m.Name)] = i
	}
	return r, nil
}

// MustNewRegistry is NewRegistry that panics on error, for registries
// written in code.
func MustNewRegistry(states ...MemberState) Registry {
	r, err := NewRegistry(states)
	if err != nil {
		panic(err)
	}
	return r
}

// Lookup finds a country by name or code, ignoring case and surrounding
// spaces.
func (r Registry) Lookup(name string) (MemberState, bool) {
	if i, ok := r.index(name); ok {
		return r.states[i], true
	}
	return MemberState{}, false
}

// index finds a country's position in the registry as Lookup does: the
// name as given first, then trimmed and lower-cased.
func (r Registry) index(name string) (int, bool) {
	if i, ok := r.exact[name]; ok {
		return i, true
	}
	i, ok := r.folded[countryKey(name)]
	return i, ok
}

// Len returns the number of countries in the registry.
func (r Registry) Len() int { return len(r.states) }

// States returns a copy of the records, in the order given to NewRegistry.
func (r Registry) States() []MemberState {
	out := make([]MemberState, len(r.states))
	copy(out, r.states)
	return out
}

// countryKey is the form in which country names are compared: trimmed and
// lower-cased.
func countryKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
