package strategy

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/policycode/iomstrategy"
)

// Body is a body of IOM's institutional framework as Part II of the
// Strategy Document ("Institutional Framework: Governing Bodies") names it.
//
// The zero Body is no body: Valid reports false for it.
type Body uint8

// The bodies of Part II, in the order the library lists them.
const (
	// Council is "the principal governing body for policy, strategy and
	// governance discussions and decisions".
	Council Body = iota + 1
	// ExecutiveCommittee "should not be reinforced or enlarged pending its
	// ultimate disappearance once the 1998 Amendments to the Constitution
	// enter into force".
	ExecutiveCommittee
	// SCPF is the Standing Committee on Programmes and Finance, set up by
	// Council resolution under Part II, para. 1 (see SCPFMandate).
	SCPF
	// SubcommitteeOnBudgetAndFinance is abolished by Part II, para. 2; the
	// SCPF replaced it (MC/INF/302, para. 10).
	SubcommitteeOnBudgetAndFinance
	// InformalConsultations "complement formal governing bodies, which is
	// where formal decisions should be taken". They are a practice, not a
	// body with members and rules; Part II places them in the framework.
	InformalConsultations
	numBodies
)

// ErrUnknownBody is the sentinel for text or values that name no body of
// Part II. ParseBody and the functions that take a Body wrap it with the
// input.
var ErrUnknownBody = errors.New("unknown governing body")

type bodyInfo struct {
	name  string   // full name
	slug  string   // MarshalText form
	alias []string // other names ParseBody reads (compared case-insensitively)
	role  string
	cites []iomstrategy.Citation // the sources of role
}

var bodies = [numBodies]bodyInfo{
	Council: {
		name: "Council", slug: "council",
		alias: []string{"IOM Council", "the Council"},
		role:  "the principal governing body for policy, strategy and governance discussions and decisions",
		cites: []iomstrategy.Citation{iomstrategy.PartOpening(iomstrategy.PartII)},
	},
	ExecutiveCommittee: {
		name: "Executive Committee", slug: "executive-committee",
		alias: []string{"the Executive Committee", "ExCom"},
		role:  "should not be reinforced or enlarged pending its ultimate disappearance once the 1998 Amendments to the Constitution enter into force",
		cites: []iomstrategy.Citation{iomstrategy.PartOpening(iomstrategy.PartII), iomstrategy.Doc(iomstrategy.Resolution997)},
	},
	SCPF: {
		name: "Standing Committee on Programmes and Finance", slug: "scpf",
		alias: []string{"SCPF", "the Standing Committee on Programmes and Finance", "Standing Committee"},
		role: "open to all Member States; meets normally twice each year, and otherwise as required; " +
			"examines and reviews the Organization's policies, programmes and activities and any administrative, financial and budgetary questions, " +
			"and reports to the Council (terms of reference (a)-(h)); its Rules of Procedure are subject to approval by Council",
		cites: []iomstrategy.Citation{iomstrategy.PartIIPara(1), iomstrategy.PartIIPara(3), iomstrategy.PartIIPara(4)},
	},
	SubcommitteeOnBudgetAndFinance: {
		name: "Subcommittee on Budget and Finance", slug: "subcommittee-on-budget-and-finance",
		alias: []string{"Sub-Committee on Budget and Finance", "the Subcommittee on Budget and Finance", "SCBF", "subcommittee"},
		role:  "abolished by the Strategy Document and replaced by the Standing Committee on Programmes and Finance",
		cites: []iomstrategy.Citation{iomstrategy.PartIIPara(2), iomstrategy.Para(10)},
	},
	InformalConsultations: {
		name: "informal consultations", slug: "informal-consultations",
		alias: []string{"Informal consultations"},
		role:  "a useful way to facilitate dialogue and understanding; they complement formal governing bodies, which is where formal decisions should be taken",
		cites: []iomstrategy.Citation{iomstrategy.PartOpening(iomstrategy.PartII)},
	},
}

// Bodies returns the five bodies of Part II: Council, ExecutiveCommittee,
// SCPF, SubcommitteeOnBudgetAndFinance and InformalConsultations. Which of
// them exist on a date is GovernanceDates.BodiesOn.
func Bodies() []Body {
	return []Body{Council, ExecutiveCommittee, SCPF, SubcommitteeOnBudgetAndFinance, InformalConsultations}
}

// Valid reports whether b is one of the bodies of Part II.
func (b Body) Valid() bool { return b >= Council && b < numBodies }

// String returns the body's name as Part II writes it ("Council",
// "Standing Committee on Programmes and Finance", "informal
// consultations"), or "Body(9)" for a value that is no body.
func (b Body) String() string {
	if !b.Valid() {
		return "Body(" + strconv.Itoa(int(b)) + ")"
	}
	return bodies[b].name
}

// Role returns what Part II says of the body, mostly in its own words: for
// the Council, "the principal governing body for policy, strategy and
// governance discussions and decisions". It is the Strategy's description,
// which governs from 7 June 2007; GovernanceDates.BodiesOn gives the role
// on a date. "" for an invalid body.
func (b Body) Role() string {
	if !b.Valid() {
		return ""
	}
	return bodies[b].role
}

// Citations returns every source of Role: the opening paragraph of Part II
// for the Council and informal consultations; the same and Resolution 997
// (LXXVI), which adopted the amendments that abolish it, for the Executive
// Committee; Part II, paras 1, 3 and 4 for the SCPF; Part II, para. 2 and
// MC/INF/302, para. 10 for the Subcommittee. nil for an invalid body.
func (b Body) Citations() []iomstrategy.Citation {
	if !b.Valid() {
		return nil
	}
	return slices.Clone(bodies[b].cites)
}

// ParseBody reads a body from its name ("Council", "Executive Committee",
// "Standing Committee on Programmes and Finance", "Subcommittee on Budget
// and Finance", "informal consultations"), a short form ("SCPF", "ExCom",
// "Sub-Committee on Budget and Finance") or its MarshalText form
// ("executive-committee"), in any case, with spaces around ignored. Any
// other text is an error wrapping ErrUnknownBody that names the input.
func ParseBody(s string) (Body, error) {
	t := strings.TrimSpace(s)
	for b := Council; b < numBodies; b++ {
		info := bodies[b]
		if strings.EqualFold(t, info.name) || strings.EqualFold(t, info.slug) {
			return b, nil
		}
		for _, a := range info.alias {
			if strings.EqualFold(t, a) {
				return b, nil
			}
		}
	}
	return 0, fmt.Errorf("%w %q: want council, executive-committee, scpf, subcommittee-on-budget-and-finance or informal-consultations", ErrUnknownBody, s)
}

// MarshalText writes the body's slug ("scpf", "executive-committee"). An
// invalid body is an error wrapping ErrUnknownBody.
func (b Body) MarshalText() ([]byte, error) {
	if !b.Valid() {
		return nil, fmt.Errorf("%w: Body(%d)", ErrUnknownBody, int(b))
	}
	return []byte(bodies[b].slug), nil
}

// UnmarshalText reads any form ParseBody accepts.
func (b *Body) UnmarshalText(text []byte) error {
	parsed, err := ParseBody(string(text))
	if err != nil {
		return err
	}
	*b = parsed
	return nil
}

// Formal reports whether the library counts b as a formal governing body,
// one where, in the words of Part II, "formal decisions should be taken".
// Informal consultations are not; the Council is by the text. For the
// Executive Committee, the SCPF and the Subcommittee the text does not
// list them as such; the library counts them, and GovernanceDates.
// FormalDecision says so in its Interpretation.
func (b Body) Formal() bool {
	return b.Valid() && b != InformalConsultations
}
