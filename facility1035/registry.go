package facility1035

import (
	"strings"

	"github.com/policycode/iomstrategy"
)

// Membership is a country's standing in IOM. Only Member States are served
// by the 1035 Facility (Resolution No. 1035 (LXXX)).
//
// The zero Membership is unset: a MemberState with it does not validate.
type Membership uint8

const (
	// Member is a Member State of IOM.
	Member Membership = iota + 1
	// Observer is an observer State, not a Member State.
	Observer
	// NonMember is neither a Member State nor an observer.
	NonMember
)

var membershipNames = []string{Member: "member", Observer: "observer", NonMember: "non-member"}

// String returns "member", "observer" or "non-member": the column's form.
func (m Membership) String() string { return enumString(membershipNames, m, "Membership") }

// MarshalText writes the String form; an unset or unknown value is an error.
func (m Membership) MarshalText() ([]byte, error) { return enumText(membershipNames, m, "membership") }

// UnmarshalText reads the String form, in any case, spaces around ignored.
func (m *Membership) UnmarshalText(text []byte) error {
	return enumParse(membershipNames, m, string(text), "membership")
}

// Economy is how a Member State's economy is classed for the Facility,
// which serves "developing Member States and Member States with economy in
// transition" (Resolution No. 1035 (LXXX); MC/INF/302, para. 10). The
// library takes the class as an input: the text names no list.
//
// The zero Economy is unset: a MemberState with it does not validate.
type Economy uint8

const (
	// Developing is a developing Member State.
	Developing Economy = iota + 1
	// InTransition is a Member State with economy in transition.
	InTransition
	// OtherEconomy is any other economy; the Facility does not serve it.
	OtherEconomy
)

var economyNames = []string{Developing: "developing", InTransition: "transition", OtherEconomy: "other"}

// String returns "developing", "transition" or "other": the column's form.
func (e Economy) String() string { return enumString(economyNames, e, "Economy") }

// MarshalText writes the String form; an unset or unknown value is an error.
func (e Economy) MarshalText() ([]byte, error) { return enumText(economyNames, e, "economy") }

// UnmarshalText reads the String form (also "in transition" and "economy
// in transition"), in any case, spaces around ignored.
func (e *Economy) UnmarshalText(text []byte) error {
	s := string(text)
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "in transition", "economy in transition":
		s = "transition"
	}
	return enumParse(economyNames, e, s, "economy")
}

// describe returns the class in words for messages.
func (e Economy) describe() string {
	switch e {
	case InTransition:
		return "an economy in transition"
	case OtherEconomy:
		return "neither developing nor in transition (other)"
	}
	return e.String()
}

// Article4Declaration is what a registry says outright about Article 4 of
// the IOM Constitution for a Member State: nothing (derive it from the
// figures), subject, or not subject.
//
// The zero value, Article4Derive, derives the answer: see
// MemberState.Article4.
type Article4Declaration uint8

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

var declarationNames = []string{Article4Derive: "", Article4Subject: "true", Article4NotSubject: "false"}

// String returns "" (derive), "true" or "false": the column's form.
func (d Article4Declaration) String() string {
	if int(d) < len(declarationNames) {
		return declarationNames[d]
	}
	return enumString(declarationNames, d, "Article4Declaration")
}

// MarshalText writes the String form; an unknown value is an error.
func (d Article4Declaration) MarshalText() ([]byte, error) {
	if d == Article4Derive {
		return []byte{}, nil
	}
	return enumText(declarationNames, d, "subject to Article 4")
}

// UnmarshalText reads the String form, in any case, spaces around ignored.
func (d *Article4Declaration) UnmarshalText(text []byte) error {
	if strings.TrimSpace(string(text)) == "" {
		*d = Article4Derive
		return nil
	}
	return enumParse(declarationNames, d, string(text), "subject to Article 4")
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
	// Arrears is what it owes on its financial contributions, not negative.
	// Zero means no arrears, and a Member State with none is never subject
	// to Article 4.
	Arrears iomstrategy.USD
	// DueTwoYears is "the contributions due from it for the preceding two
	// years" (Constitution, Article 4) as Params.Article4Lookback reads it,
	// when DueTwoYearsKnown; it may be unknown with no arrears or a declared
	// standing.
	DueTwoYears      iomstrategy.USD
	DueTwoYearsKnown bool
	// SubjectToArticle4 declares the standing outright, or leaves it to be
	// derived (the zero value).
	SubjectToArticle4 Article4Declaration
	// CouncilWaiver records that the Council maintained or restored the
	// right to vote (Article 4).
	CouncilWaiver bool
}

// Validate reports whether m can be used for screening: a name, a known
// membership, economy and declaration, amounts that are not negative,
// contributions due when the Article 4 standing has to be derived from
// them, and a declaration the facts do not rule out. The error is an
// *InputError naming the field.
func (m MemberState) Validate() error {
	fail := func(field, value string, err error) error {
		return &InputError{Input: "Member State", ID: m.Name, Field: field, Value: value, Err: err}
	}
	if countryKey(m.Name) == "" {
		return fail("country", "", iomstrategy.ErrMissing)
	}
	if _, err := m.Membership.MarshalText(); err != nil {
		return fail("membership", m.Membership.String(), err)
	}
	if _, err := m.Economy.MarshalText(); err != nil {
		return fail("economy", m.Economy.String(), err)
	}
	if _, err := m.SubjectToArticle4.MarshalText(); err != nil {
		return fail("subject_to_article4", m.SubjectToArticle4.String(), err)
	}
	if m.Arrears.Sign() < 0 {
		return fail("arrears", usdText(m.Arrears), iomstrategy.ErrNegativeAmount)
	}
	if m.DueTwoYearsKnown && m.DueTwoYears.Sign() < 0 {
		return fail("due_two_years", usdText(m.DueTwoYears), iomstrategy.ErrNegativeAmount)
	}
	switch {
	case m.SubjectToArticle4 == Article4Subject && m.Arrears.IsZero():
		return fail("subject_to_article4", "true", failf(ErrContradictoryArticle4, "%v: declared subject to Article 4 with no arrears; a Member State with no arrears is never subject", ErrContradictoryArticle4))
	case m.SubjectToArticle4 == Article4Subject && m.CouncilWaiver:
		return fail("subject_to_article4", "true", failf(ErrContradictoryArticle4, "%v: declared subject to Article 4 although the Council maintained its vote", ErrContradictoryArticle4))
	case m.SubjectToArticle4 == Article4Derive && m.Arrears.Sign() > 0 && !m.DueTwoYearsKnown:
		return fail("due_two_years", "", failf(iomstrategy.ErrMissing, "contributions due for the preceding two years are needed to derive the Article 4 standing"))
	}
	return nil
}

// usdText is an amount as a refused value shows it: "1400000.00".
func usdText(a iomstrategy.USD) string {
	b, _ := a.MarshalText()
	return string(b)
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
	// the contributions due (false when the due amount is unknown).
	ThresholdMet bool
	// Waived is the Council's maintaining of the vote.
	Waived bool
}

// Article4 reads Article 4 for m. With no arrears it is never subject,
// whatever else is recorded. A declaration decides as declared (Validate
// refuses one the facts rule out). Otherwise it is subject when the arrears
// equal or exceed the contributions due for the preceding two years (zero
// due included: the text admits no other reading) and the Council has not
// maintained the vote.
func (m MemberState) Article4() Article4Standing {
	s := Article4Standing{Waived: m.CouncilWaiver}
	if m.Arrears.Sign() <= 0 {
		return s
	}
	s.ThresholdMet = m.DueTwoYearsKnown && m.Arrears.Cmp(m.DueTwoYears) >= 0
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

// Registry is the list of countries screening looks Member States up in,
// by name or code, ignoring case and surrounding spaces. Screen and
// ScreenAll validate it (Validate) before they use it.
type Registry []MemberState

// Validate checks every record (MemberState.Validate) and that no country
// appears twice (names compared ignoring case and surrounding spaces). The
// error is an *InputError naming the record's position, from 1.
func (r Registry) Validate() error {
	_, err := r.index()
	return err
}

// Lookup finds a country by name or code, ignoring case and surrounding
// spaces.
func (r Registry) Lookup(name string) (MemberState, bool) {
	k := countryKey(name)
	for _, m := range r {
		if countryKey(m.Name) == k {
			return m, true
		}
	}
	return MemberState{}, false
}

// index validates r and returns the position of each country by its key.
func (r Registry) index() (map[string]int, error) {
	idx := make(map[string]int, len(r))
	for i, m := range r {
		if err := m.Validate(); err != nil {
			err.(*InputError).Position = i + 1
			return nil, err
		}
		k := countryKey(m.Name)
		if j, dup := idx[k]; dup {
			return nil, &InputError{Input: "Member State", ID: m.Name, Position: i + 1, Field: "country", Value: m.Name,
				Err: failf(iomstrategy.ErrDuplicate, "a Member State listed twice: also item %d (%q)", j+1, r[j].Name)}
		}
		idx[k] = i
	}
	return idx, nil
}

// countryKey is the form in which country names are compared: trimmed and
// lower-cased.
func countryKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
