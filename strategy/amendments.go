package strategy

import (
	"errors"
	"fmt"

	"github.com/policycode/iomstrategy"
)

// ErrInvalidCount is the sentinel for a count of Member States or of
// acceptances that cannot be: zero or negative, or more acceptances than
// members. It is wrapped in a *CountError.
var ErrInvalidCount = errors.New("invalid count")

// CountError reports a count the library refused, naming it and its value.
type CountError struct {
	Field  string // "members" or "acceptances"
	Value  int
	Reason string // what was expected
}

func (e *CountError) Error() string {
	return fmt.Sprintf("%v: %s %d: %s", ErrInvalidCount, e.Field, e.Value, e.Reason)
}

func (e *CountError) Unwrap() error { return ErrInvalidCount }

// Acceptance is where the acceptance of a constitutional amendment stands
// under the two-thirds rule.
type Acceptance struct {
	Members     int // Member States
	Acceptances int // Member States that have accepted the amendments
	// Required is the smallest whole number of acceptances that is at least
	// two-thirds of Members: ceil(2*Members/3), 82 for 122 members.
	Required int
	// Missing is Required - Acceptances, or 0 once in force.
	Missing int
	// InForce is true when Acceptances*3 >= Members*2.
	InForce bool
	// Citations are the rule's sources: Article 30 of the Constitution as
	// it stood before the 1998 amendments, Part II's opening paragraph and
	// Resolution 997 (LXXVI).
	Citations []iomstrategy.Citation
}

// RequiredAcceptances returns the number of acceptances two-thirds of
// members needs: the least K with 3K >= 2N, that is ceil(2N/3). It works
// in exact integers and cannot overflow: two-thirds of 122 is 81.33, so 82
// acceptances are required, not 81. members must be at least 1 (else a
// *CountError wrapping ErrInvalidCount).
func RequiredAcceptances(members int) (int, error) {
	if members < 1 {
		return 0, &CountError{Field: "members", Value: members, Reason: "want at least 1 Member State"}
	}
	q, r := members/3, members%3
	// 2N/3 = 2q + 2r/3, and ceil(2r/3) is 0, 1, 2 for r = 0, 1, 2.
	return 2*q + r, nil
}

// CheckAcceptance applies the rule by which the 1998 amendments to the IOM
// Constitution (Resolution 997 (LXXVI)) enter into force: Article 30 of the
// Constitution as it stood before them (Article 25 after them, in force
// from 21 November 2013). Amendments that alter fundamentals or create new
// obligations enter into force when accepted by two-thirds of the Member
// States. Part II of the Strategy Document ties the end of the Executive
// Committee to that rule: "once the 1998 Amendments to the Constitution
// enter into force, upon ratification by two-thirds of the membership".
//
// The amendments are in force when acceptances*3 >= members*2. The other
// condition of Article 30, adoption by two-thirds of the Council, is not
// modelled: the 1998 amendments were adopted (Resolution 997 (LXXVI)).
//
// Citations are Article 30 of the Constitution before the 1998 amendments
// (iomstrategy.ConstitutionBefore1998Amendments), the opening paragraph of
// Part II and Resolution 997 (LXXVI). The same rule is Article 25 of the
// amended Constitution (iomstrategy.ConstitutionArticle(25)), which
// governs amendments made after the 1998 ones; the arithmetic is the same.
//
// Counts are refused, never clamped, with a *CountError wrapping
// ErrInvalidCount that names the field and value: members below 1,
// negative acceptances, or more acceptances than members. Zero acceptances
// is a fair question (before any acceptance: not in force, all of Required
// missing).
func CheckAcceptance(members, acceptances int) (Acceptance, error) {
	required, err := RequiredAcceptances(members)
	if err != nil {
		return Acceptance{}, err
	}
	if acceptances < 0 {
		return Acceptance{}, &CountError{Field: "acceptances", Value: acceptances, Reason: "want zero acceptances or more"}
	}
	if acceptances > members {
		return Acceptance{}, &CountError{Field: "acceptances", Value: acceptances,
			Reason: fmt.Sprintf("more acceptances than the %d Member States", members)}
	}
	a := Acceptance{
		Members:     members,
		Acceptances: acceptances,
		Required:    required,
		InForce:     acceptances >= required,
		Citations:   acceptanceCitations(),
	}
	if !a.InForce {
		a.Missing = required - acceptances
	}
	return a, nil
}

// acceptanceCitations are the sources of CheckAcceptance's result: the
// two-thirds rule as it stood when the 1998 amendments were adopted and
// entered into force (Article 30), the Strategy's words on it, and the
// resolution that adopted the amendments.
func acceptanceCitations() []iomstrategy.Citation {
	return []iomstrategy.Citation{
		{Document: iomstrategy.ConstitutionBefore1998Amendments, Unit: iomstrategy.Article, Number: 30},
		iomstrategy.PartOpening(iomstrategy.PartII),
		iomstrategy.Doc(iomstrategy.Resolution997),
	}
}
