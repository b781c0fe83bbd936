// Package facility1035 is Part III of the IOM Strategy Document (the Annex
// of Council Resolution No. 1150 (XCIII) of 7 June 2007) as exact, explained
// rules: how much money the expanded 1035 Facility gets in a year, which
// project applications may receive it, and books that keep its two funding
// lines apart.
//
// The Facility was created by Council Resolution No. 1035 (LXXX) of 29
// November 2000 to fund migration projects in developing Member States and
// Member States with economy in transition. Resolution 1150 expanded it
// from 2008 with a formula and a second funding line, until Council
// Resolution No. 18 of 27 June 2018, whose formula was not found: the
// built-in rules cover 2008-2018, and a caller who knows the rules of
// another year supplies them.
//
// Where to start:
//
//   - Allocate turns a year's Income and a parameter set into an
//     Allocation: Line 1, Line 2, the cap and the totals, with every Step
//     that produced them, its citation and its Sentence.
//   - Params is a set of rules with its years, each rule parameter an
//     iomstrategy.Cited value: Resolution1150 is the built-in set, a
//     Schedule finds the set in force for a year, ParseParams reads a
//     caller's set. A changed value is never shown under its citation as if
//     the text said it.
//   - Screen and ScreenAll judge an Application against a Registry of
//     MemberState records: a Verdict with its Reasons, each naming its
//     ScreeningRule, citation and figures.
//   - A Ledger books Commitments on their own line only (criterion 5).
//   - Provisions is the rule book: every provision of Part III with its
//     words, and under it each rule the package applies (formula step,
//     screening criterion, ledger rule), each reading it makes where the
//     text is silent, and what it does not model, with summaries written
//     from a parameter set. Docs, explanations and the tool's rule book
//     (iomstrategy rules) come from it.
//   - Results.Coverage tells a test suite which provisions and rules its
//     allocations, screenings and books reached, and how.
//
// Where Part III is silent the package does not invent law: it makes a
// reading with a code, the words it rests on, a default and the option that
// changes it (Interpretations), and every result that rests on one names
// it (Step.Interpretations, Reason.Interpretations,
// Refusal.Interpretations; Allocation.Interpretations and
// Screening.Interpretations list them). Every
// amount is an iomstrategy.USD, whole cents; the share of the excess is the
// only amount rounded, once, with Params.Rounding. A refused input is an
// *InputError naming the input, its position in a batch (from 1), the field
// and the value, wrapping one sentinel per rule broken, or for an amount
// the root package's iomstrategy.ErrNegativeAmount or ErrSubCent; it never
// yields a partial result. Allocation, Step, Screening, Reason and Ledger
// marshal with encoding/json to the JSON the command-line tool prints.
package facility1035
