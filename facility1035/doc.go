// Package facility1035 is Part III of the IOM Strategy Document (the Annex
// of Council Resolution No. 1150 (XCIII) of 7 June 2007) as exact, explained
// rules: how much money the expanded 1035 Facility gets in a year, which
// project applications may receive it, and books that keep its two funding
// lines apart.
//
// # What is modelled
//
// The 1035 Facility was created by Council Resolution No. 1035 (LXXX) of
// 29 November 2000 to fund migration projects in developing Member States
// and Member States with economy in transition. Resolution 1150 expanded it
// from 2008 with a formula and a second funding line. The package holds:
//
//   - the funding formula: Allocate turns a year's figures (Income) and a
//     parameter set (Params) into an Allocation: Line 1, Line 2, the cap,
//     the total and the total available, with every step that produced
//     them;
//   - the parameters, versioned like law: each value carries its citation,
//     each set its period; Resolution1150 is the built-in set for
//     2008-2018, a Schedule finds the set in force for a year, and a caller
//     can supply its own set (in Go or as JSON) for a what-if or for later
//     years;
//   - the provisions of Part III that are not computed (Provisions lists
//     all of them, rules and cited provisions alike);
//   - Line 2 eligibility screening of a project application against a
//     registry of Member States (Screen), and the two-line ledger (Ledger),
//     which are documented with their types.
//
// The years: Resolution 1150 governs the Facility from 2008, its first
// year, until Council Resolution No. 18 of 27 June 2018 (the Facility is
// since called the IOM Development Fund), whose formula was not found. The
// built-in rules therefore cover 2008-2018; asking for any other year is a
// *NoRulesError that says which years are covered, and a caller who knows
// the rules of another year supplies them (Schedule.With, or --params on
// the command line).
//
// # Part III, bullet by bullet
//
// Part III opens: "In order to achieve the objective of allocating
// additional funding to support projects in developing Member States, the
// following conclusions were agreed". Each conclusion is represented:
//
//   - Bullet 1: "25 per cent of Discretionary Income (excluding security)
//     in excess of the 2007 Programme and Budget Discretionary Income of
//     USD 20.5 million will be allocated to an expanded 1035 Facility
//     starting in 2008." A rule: steps 1 to 3 of the formula, with the
//     parameters Share (0.25), Baseline (20,500,000.00) and FirstYear
//     (2008).
//   - Bullet 2: "The total amount available for the expanded 1035 Facility
//     (excluding direct voluntary contributions) cannot exceed total
//     miscellaneous income (unearmarked contributions and interest
//     income)." A rule: steps 5 to 7, the cap.
//   - Bullet 3: Resolution No. 1110 (LXXXVIII) of 3 December 2004 on the use
//     of project-related overhead income "should be fully applied". A cited
//     provision: the library does not model overhead income, which is part
//     of Discretionary Income and so reaches the formula only through the
//     caller's figure.
//   - Bullet 4: "Member States should consider direct voluntary
//     contributions to the 1035 Facility as well as increased fundraising
//     initiatives." A cited provision; the contributions themselves are an
//     input (Income.Direct), outside the cap.
//   - Bullet 5: "two separate funding lines: (i) the original funding of
//     USD 1.4 million (Line 1) and (ii) a new budget (Line 2)" with five
//     criteria: access to Line 2 linked to outstanding contributions and
//     no Member State subject to Article 4 (criterion 1); ceilings of
//     USD 200,000 for national and USD 300,000 for regional projects
//     (criteria 2 and 3); a follow-up to a Line 1 project admissible under
//     Line 2 (criterion 4); distinct tracking and accounting of the two
//     lines (criterion 5). Rules: Line 1 in the formula (parameter Line1),
//     the criteria in screening (parameters Line2NationalCeiling,
//     Line2RegionalCeiling, Article4Lookback), criterion 5 in the ledger.
//
// # The formula, step by step
//
// The inputs of a year are all in US dollars with at most two decimals and
// none negative: discretionary income (DI), its security part, unearmarked
// contributions, interest income, and direct voluntary contributions.
// Allocate takes ten steps; each is a Step with a stable FormulaRule name,
// the citation of the bullet it applies, the amounts it used (Term: name,
// value, and whether it came from the income, the parameters with their
// citation, or an earlier step) and the amount it produced. Step.Sentence
// says it in words and Allocation.Explain writes them all.
//
//  1. discretionary-excluding-security = DI - security (bullet 1). Security
//     above DI is an input error.
//  2. excess-over-baseline = step 1 - Baseline, or zero when that is
//     negative (bullet 1).
//  3. line2-formula = Share x step 2, rounded to the cent with the set's
//     rounding mode (bullet 1).
//  4. line1-funding = Line1, USD 1,400,000.00 (bullet 5).
//  5. miscellaneous-income = unearmarked contributions + interest income
//     (bullet 2).
//  6. cap = how much the lines must lose so that Line 1 + Line 2 does not
//     exceed step 5: (step 4 + step 3) - step 5 when positive, else zero
//     (bullet 2). Allocation.Capped and Allocation.CapReduction report it.
//  7. cap-line2 = Line 2 after the cap: with the built-in order, step 3
//     when the cap does not bind, else step 5 - step 4 but not below zero.
//  8. cap-line1 = Line 1 after the cap: step 4, or step 5 when
//     miscellaneous income is below Line 1. (With CapLine1First the two
//     steps swap roles and order.)
//  9. total = Line 1 + Line 2, excluding direct contributions (bullet 2).
//  10. total-available = total + direct voluntary contributions, which are
//     outside the cap (bullets 2 and 4).
//
// For example, with DI USD 28,000,000.00 of which USD 700,000.00 security,
// unearmarked contributions USD 2,500,000.00 and interest USD 300,000.00:
// the excess is 27,300,000.00 - 20,500,000.00 = 6,800,000.00, Line 2 by
// formula 1,700,000.00; Line 1 1,400,000.00 + 1,700,000.00 = 3,100,000.00
// is above miscellaneous income 2,800,000.00, so the cap cuts 300,000.00
// from Line 2, leaving Line 1 1,400,000.00 and Line 2 1,400,000.00.
//
// # Screening an application
//
// Screen judges one Application (id, line, scope, amount, benefiting
// Member States, and optionally the project it follows up) against a
// Registry of MemberState records and a parameter set. It is a pure
// function; ScreenAll screens a batch and stops at the first input error
// with no partial result. The Screening holds a Verdict and its Reasons:
// each Reason has a stable ScreeningRule code, a citation, the verdict it
// supports, a message and the Figures it used. Verdicts are ordered
// Eligible < Conditional < NeedsReview < Ineligible; the strongest finding
// wins and every finding that bears on it is kept, while
// Screening.Applied lists every rule that ran.
//
//   - facility.member-state (Resolution No. 1035 (LXXX)) and
//     facility.economy (MC/INF/302, para. 10): the Facility serves
//     developing Member States and Member States with economy in
//     transition; an observer, a non-member or an "other" economy is
//     ineligible, on either line.
//   - application.scope (criteria 2 and 3): a national project benefits
//     exactly one Member State, a regional one at least two.
//   - application.amount (bullet 5): a zero amount is ineligible; a
//     negative or sub-cent amount is an input error.
//   - line2.ceiling (criteria 2 and 3): above USD 200,000.00 national or
//     USD 300,000.00 regional is ineligible on Line 2. line1.ceiling applies
//     only when a parameter set gives Line 1 a ceiling (the built-in set
//     has none).
//   - line2.article4 (criterion 1; Constitution, Article 4): a Member State
//     whose arrears equal or exceed the contributions due for the preceding
//     two years, and whose vote the Council has not maintained, is subject
//     to Article 4 and ineligible for Line 2. A Member State with no arrears
//     is never subject. The registry may declare the standing instead.
//   - line2.arrears (criterion 1): arrears that do not make a Member State
//     subject give a conditional verdict naming the arrears ("access ...
//     linked to outstanding contributions").
//   - facility.follow-up (criterion 4): a follow-up to a Line 1 project is
//     admissible under Line 2; any other follow-up is a case the text does
//     not settle, and the verdict is NeedsReview.
//
// A country the registry lacks is an *UnknownCountryError, not a verdict.
//
// # The ledger
//
// Criterion 5 asks for "distinct tracking and accounting of the two
// funding lines". A Ledger holds one account per line, with the year's
// Line 1 and Line 2 as budgets (NewLedger). Book books a Commitment on its
// own line only and returns a new Ledger, leaving the old one as it was;
// a commitment larger than what remains on its line is refused with an
// *ExceedsRemainingError and is never covered from the other line. A
// duplicate id, an unknown line, or a zero, negative or sub-cent amount is
// refused with a *CommitmentError. BookAll books a batch and reports each
// refusal with its position. Account, Accounts, Budget, Committed and
// Remaining report the books per line.
//
// # Interpretations
//
// Where Part III is silent the package does not invent law. It makes a
// choice, says so in every allocation (Step.Interpretations,
// Allocation.Interpretations, FormulaInterpretation with its Text and
// Option), and lets a caller change it where a parameter can:
//
//   - security-is-input: the make-up of "security" was not found; DI and
//     its security part are the caller's figures.
//   - formula-funds-line2: the 25 per cent funds the new Line 2, on top of
//     Line 1's original USD 1.4 million.
//   - rounding-to-cent: bullet 1 names no rounding; Params.Rounding says how
//     the share of the excess is brought to the cent (built-in: half away
//     from zero).
//   - line1-fixed: Line 1 is the same USD 1.4 million every year
//     (Params.Line1).
//   - cap-covers-both-lines: the total that bullet 2 caps is Line 1 plus
//     Line 2.
//   - cap-cuts-line2-first: the cap cuts Line 2 before Line 1
//     (Params.CapOrder; CapLine1First is the alternative).
//   - direct-outside-lines: direct voluntary contributions are outside the
//     cap and in neither line's budget; they are reported beside the lines
//     and in the total available.
//   - transition-year: 2018, the year Resolution No. 18 took effect, is
//     allocated with the Resolution 1150 rules for the whole year
//     (Params.SuccessorYear; supply a set for 2018 to change it).
//
// The Article 4 look-back ("two years" or "two full years",
// Params.Article4Lookback) is the screening's interpretation, documented
// there.
//
// # Rounding
//
// Every input and every parameter amount is whole cents, and sums and
// differences of whole cents are exact. The only amount that can have more
// decimals is the share of the excess (0.25 x 0.01 = 0.0025), and it is
// rounded once, to the cent, with Params.Rounding, an
// iomstrategy.RoundingMode: an excess of USD 0.02 gives 0.005, which is
// 0.01 half away from zero and 0.00 half even. The step records the mode
// and its sentence shows the unrounded amount. Nothing else is rounded,
// and no float is used anywhere. The package never changes decimal's
// package-level settings.
//
// # Errors
//
// A refused input is never rounded, clamped or guessed and never yields a
// partial result. Each kind of failure can be tested with errors.Is and
// errors.As:
//
//   - *IncomeError (matching ErrInvalidIncome) names the field
//     ("discretionary", "security", "unearmarked", "interest", "direct")
//     and wraps ErrIncomeNegative, ErrIncomeSubCent or
//     ErrSecurityAboveDiscretionary.
//   - *NoRulesError (matching ErrNoRules) is a year no set governs; it
//     lists the years covered and says when the year is before the
//     Facility's first year.
//   - *ParamError (matching ErrInvalidParams) names the field of a
//     parameter set, by its JSON name, and wraps ErrShareNegative,
//     ErrShareAboveOne, ErrParamNegative, ErrParamSubCent,
//     ErrPeriodReversed, ErrFirstYearAfterPeriod,
//     ErrSuccessorYearOutsidePeriod, ErrParamMissing, ErrParamUnknownField,
//     ErrParamSyntax, ErrLookback, ErrCapOrder, iomstrategy.ErrRoundingMode,
//     iomstrategy.ErrInvalidAmount, iomstrategy.ErrCitationSyntax or
//     iomstrategy.ErrUnknownCitation. Validate and ParseParams report every
//     problem at once (errors.Join).
//   - ErrScheduleOverlap: two sets given to NewSchedule govern a same year.
//   - *ApplicationError (ErrInvalidApplication), *MemberStateError
//     (ErrInvalidMemberState), *UnknownCountryError (ErrUnknownCountry) and
//     *ScreenAllError are screening's input errors; a verdict is never an
//     error.
//   - *ExceedsRemainingError (ErrExceedsRemaining) and *CommitmentError are
//     the ledger's refusals.
//
// # Parameters and what-if
//
// A Params value is plain data: Resolution1150 returns a new one on every
// call, and no package state exists to change. A what-if is a changed
// copy:
//
//	p := facility1035.Resolution1150().WhatIf("what-if: share 30 per cent").
//		WithShare(decimal.RequireFromString("0.30"))
//	a, err := facility1035.Allocate(in, p)
//
// WhatIf marks the copy as the caller's, and each With method drops the
// citation of the value it changes. A value without a citation in a
// caller's set is reported as "caller-supplied" wherever the allocation
// shows its source. (Assigning a field directly keeps its old citation:
// clear the citation too, or use the With methods.) The JSON form
// (Params.MarshalJSON, ParseParams, ReadParams) is one flat object with
// snake_case keys, money as strings ("20500000.00"), the share as a decimal
// string ("0.25"), years as numbers, citations as text; "name", "note", "source",
// "line1_ceiling", "successor", "successor_year" and every "*_source" are
// optional; unknown keys are refused. Marshal Resolution1150 for a
// template. Schedule.With puts a caller's set in force for its years ahead
// of the built-in one.
package facility1035
