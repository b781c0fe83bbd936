package strategy

import (
	"time"

	"github.com/policycode/iomstrategy"
)

// termsOfReference are the SCPF's terms of reference (a) to (h), verbatim
// from Part II, para. 3, without the letter and with the source's closing
// ";" or ".".
var termsOfReference = [...]string{
	"to examine and review the policies, programmes and activities of the Organization, the annual reports of the Director General and any special reports;",
	"to examine and review any administrative, financial and budgetary questions;",
	"to consider any matter specifically referred to it by the Council, and to take such action as may be deemed necessary thereon;",
	"to advise the Director General on any matters which he or she may refer to it;",
	"to present advice or proposals to the Council or to the Director General on its own initiative;",
	"to review regularly methods of consultation, feedback, and oversight, with a view to enhancing responsiveness, transparency, and inclusiveness;",
	"to consider any other matter falling within its terms of reference;",
	"to transmit reports and/or recommendations to the Council on the matters dealt with.",
}

// Mandate is what Part II says of the SCPF: how it is set up, who may sit
// on it, how often it meets, what it does, and who approves its rules; and,
// from the library's other sources, when it is first on record. Each
// Statement quotes the source.
type Mandate struct {
	// Establishment: "To set up immediately a Standing Committee on
	// Programmes and Finance (SCPF), by way of Council resolution, which
	// would negate Resolution No. 998."
	Establishment Statement
	// Negates is the resolution the SCPF's founding resolution negates:
	// "Resolution No. 998". The source says no more of it.
	Negates string
	// OpenToAllMemberStates: "The SCPF would be open to all Member States".
	OpenToAllMemberStates bool
	Membership            Statement
	// NormalMeetingsPerYear is 2: it "would normally meet twice each year,
	// and otherwise as required". The number is the normal rhythm, not a
	// limit: extra meetings are held "as required" (SCPF Rules of
	// Procedure, rule 1 names who may call one).
	NormalMeetingsPerYear int
	Meetings              []Statement
	// Terms are the terms of reference (a) to (h) of Part II, para. 3,
	// verbatim without the letter and with the source's closing ";" or
	// ".", each cited as iomstrategy.TermOfReference(letter): the
	// citation's Sub is 1 for (a) to 8 for (h), and it prints as "para.
	// 3(c)".
	Terms []Statement
	// RulesNeedCouncilApproval: "The Standing Committee should establish
	// its Rules of Procedure, which shall be subject to approval by
	// Council."
	RulesNeedCouncilApproval bool
	RulesOfProcedure         Statement
	// Replaces is the body the SCPF replaced, the Subcommittee on Budget
	// and Finance, abolished by Part II, para. 2.
	Replaces  Body
	Abolition []Statement
	// FirstRecordedSession is the earliest SCPF session on record in the
	// library's sources: the 3rd session, 4-5 November 2008
	// (external-facts.md). From that day the SCPF's existence is a
	// recorded fact, not a reading (see GovernanceDates.SCPFEstablished).
	FirstRecordedSession time.Time
}

// SCPFMandate returns the SCPF's mandate under Part II of the Strategy
// Document (paras 1-4), with the meeting rule of its Rules of Procedure and
// the Review's note that it replaced the Subcommittee (MC/INF/302, para.
// 10).
func SCPFMandate() Mandate {
	p1 := iomstrategy.PartIIPara(1)
	terms := make([]Statement, len(termsOfReference))
	for i, t := range termsOfReference {
		terms[i] = Statement{Quote: t, Citation: iomstrategy.TermOfReference(rune('a' + i))}
	}
	return Mandate{
		Establishment: Statement{
			Quote:    "To set up immediately a Standing Committee on Programmes and Finance (SCPF), by way of Council resolution, which would negate Resolution No. 998.",
			Citation: p1,
		},
		Negates:               "Resolution No. 998",
		OpenToAllMemberStates: true,
		Membership:            Statement{Quote: "The SCPF would be open to all Member States", Citation: p1},
		NormalMeetingsPerYear: 2,
		Meetings: []Statement{
			{Quote: "would normally meet twice each year, and otherwise as required", Citation: p1},
			{Quote: "shall meet normally twice a year, and otherwise as may be required", Citation: iomstrategy.Citation{Document: iomstrategy.SCPFRules, Unit: iomstrategy.Rule, Number: 1}},
		},
		Terms:                    terms,
		RulesNeedCouncilApproval: true,
		RulesOfProcedure: Statement{
			Quote:    "The Standing Committee should establish its Rules of Procedure, which shall be subject to approval by Council.",
			Citation: iomstrategy.PartIIPara(4),
		},
		Replaces: SubcommitteeOnBudgetAndFinance,
		Abolition: []Statement{
			{Quote: "To abolish the Subcommittee on Budget and Finance.", Citation: iomstrategy.PartIIPara(2)},
			{Quote: "The former Sub-Committee on Budget and Finance has been replaced by the Standing Committee on Programmes and Finance", Citation: iomstrategy.Para(10)},
		},
		FirstRecordedSession: scpfFirstRecordedSession(),
	}
}
