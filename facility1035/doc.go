// Package facility1035 is Part III of the IOM Strategy Document (the Annex
// of Council Resolution No. 1150 (XCIII) of 7 June 2007) as exact, explained
// rules: how much money the expanded 1035 Facility gets in a year, which
// project applications may receive it, and books that keep its two funding
// lines apart.
//
// The 1035 Facility was created by Council Resolution No. 1035 (LXXX) of
// 29 November 2000 to fund migration projects in developing Member States
// and Member States with economy in transition. Resolution 1150 expanded it
// from 2008 with a formula and a second funding line, until Council
// Resolution No. 18 of 27 June 2018 (the Facility is since called the IOM
// Development Fund), whose formula was not found. The built-in rules
// therefore cover 2008-2018; any other year is a *NoRulesError that says
// which years are covered, and a caller who knows the rules of another year
// supplies them.
//
// # Where to start
//
//   - Allocate turns a year's Income and a parameter set into an
//     Allocation: Line 1, Line 2, the cap, the total and the total
//     available, with every Step that produced them, its citation and its
//     Sentence. Its documentation lists the steps of the formula.
//   - Params is a set of rules with its years; each rule parameter is an
//     iomstrategy.Cited value. Resolution1150 is the built-in set, a
//     Schedule finds the set in force for a year, and ParseParams reads a
//     caller's set (marshal Resolution1150 for a template). A changed value
//     is never shown under its citation as if the text said it.
//   - Screen and ScreenAll judge an Application against a Registry of
//     MemberState records: a Verdict with its Reasons, each naming the
//     ScreeningRule, its citation and its figures. The ScreeningRule
//     constants and Screen's documentation state each rule.
//   - A Ledger books Commitments on their own line only (criterion 5).
//   - Provisions lists every provision of Part III, the rules and the
//     provisions the library cites but does not compute.
//
// Allocation, Step, Screening, Reason and Ledger marshal with encoding/json
// to the JSON the command-line tool prints: snake_case keys and money as
// strings with two decimals.
//
// # Interpretations
//
// Where Part III is silent the package does not invent law. It makes a
// choice, says so in its results and lets a caller change it where a
// parameter can: Interpretations lists the funding formula's readings, each
// with the option that changes it, and every Step names the ones it rests
// on. Screening's readings are stated with its rules: the meaning of
// national and regional, the conditional verdict for arrears, follow-ups
// the text does not settle, and the Article 4 look-back ("two years" or
// "two full years", Params.Article4Lookback).
//
// # Money and rounding
//
// Every amount is an iomstrategy.USD, whole cents, and sums and differences
// of whole cents are exact. The only amount that can have more decimals is
// the share of the excess (0.25 x 0.01 = 0.0025), and it is rounded once,
// to the cent, with Params.Rounding: an excess of USD 0.02 gives 0.005,
// which is 0.01 half away from zero and 0.00 half even. The step records
// the mode and its sentence shows the unrounded amount. Nothing else is
// rounded, no float is used, and the package never changes decimal's
// package-level settings.
//
// # Errors
//
// A refused input is never rounded, clamped or guessed and never yields a
// partial result. It is an *InputError that names the input, its position
// in a batch (from 1), the field and the value, and wraps one sentinel per
// rule broken (ErrMissing, ErrInvalidChoice, ErrDuplicate, ...), or for an
// amount the root package's iomstrategy.ErrNegativeAmount or
// iomstrategy.ErrSubCent, which match iomstrategy.ErrInvalidAmount in every
// package. A year no set governs is a *NoRulesError. A verdict is never an
// error.
package facility1035
