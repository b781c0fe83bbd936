// Package iomstrategy is the root of a library that turns the IOM Strategy,
// Council Resolution No. 1150 (XCIII) of 7 June 2007, and its 2010 Review
// (MC/INF/302) into exact, explained, tested rules.
//
// # What is modelled
//
// The library follows the Strategy Document, the Annex of the Resolution:
//
//   - package strategy: Part I, the primary goal and the 12 points, with the
//     Review's paragraphs on each, the ties between points and a portfolio
//     alignment (package strategy/suggest suggests the points a project
//     description serves); the Resolution's operative
//     paragraphs; and Part II, the governing bodies, which of them exist on
//     a date, and the two-thirds rule for the 1998 amendments.
//   - package facility1035: Part III, the expanded 1035 Facility: the
//     funding formula for a year's Line 1 and Line 2, the Line 2
//     eligibility of a project application, and a ledger that keeps the two
//     lines apart.
//   - package indicators: every figure of the Review as typed, cited data,
//     with the arithmetic to compare them and checks that hold the text to
//     itself.
//   - command iomstrategy (cmd/iomstrategy): all of the above from scripts,
//     in text, JSON or CSV.
//
// Runnable programs in examples/ show each package at work (allocation,
// screening with the ledger, alignment, rule tests a downstream suite can
// copy, the Review's figures), and docs/guide.md is a guide for budget
// officers who drive the command-line tool from scripts.
//
// This root package holds what they share: the Citation type, the embedded
// source text a citation can be checked against, exact money parsing and
// printing, and the RoundingMode type.
//
// # Citations
//
// Every rule, parameter and figure carries a Citation: a document (the
// Review, the Resolution and its Annex, the IOM Constitution, other Council
// resolutions) and a place in it. Its String form is the one people write:
//
//	MC/INF/302, para. 16
//	MC/INF/302, paras 14-21
//	MC/INF/302, footnote 20
//	Resolution 1150 (XCIII), para. 5
//	Resolution 1150 (XCIII), Annex, Part I, point 9
//	Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2
//	IOM Constitution, Article 4
//
// ParseCitation reads that form back. The source texts are embedded (see
// SourceText and SourceFacts), so Citation.Verify checks that the place
// exists and Citation.Text returns what it says; the test suites of every
// package verify every citation they make.
//
// # Money and rounding
//
// Every amount is a USD: US dollars in whole cents, held as a
// github.com/shopspring/decimal Decimal; no float is used for money or for any
// figure. ParseUSD reads amounts with at most two decimals and refuses anything
// it would have to round or guess; NewUSD and USDFromCents make one in code.
// A USD prints as "USD 1,400,000.00" (String) and as "1400000.00" in JSON and
// CSV (MarshalText). Rounding happens only where a rule says so, with a
// RoundingMode that is part of the rule's parameters. The library never changes
// decimal's package-level settings.
//
// A parameter of a rule is a Cited value: the value with the place in the
// sources that states it.
//
// # Errors
//
// Each kind of failure has an exported sentinel or error type, wrapped with
// its context, for errors.Is and errors.As. A failure of the same kind is
// one error in every package: ErrInvalidAmount is behind every refusal of an
// amount (ErrNegativeAmount and ErrSubCent both match it, and *AmountError
// names money text that does not read), ErrMissing is a required value that
// is missing, ErrDuplicate something given twice.
// ErrCitationSyntax and ErrUnknownCitation are for citations, ErrRoundingMode
// for rounding modes. A refused input never yields a partial result.
//
// # Interpretations
//
// Where the text is silent the library does not invent law: it makes a
// choice, documents it, lets a caller change it, and says so in its
// results ("needs review", an interpretation with its id, a NeedsReview
// verdict). Each package's documentation has a section on its
// interpretations, and docs/interpretations.md lists every one with the
// option that changes it. Examples: the 1035 Facility's cap cuts Line 2
// before Line 1 (facility1035.Params.CapOrder); direct voluntary contributions are
// reported outside the two lines; the Article 4 look-back reads "two
// years", not "two full years" (facility1035.Params.Article4Lookback); a
// follow-up to anything but a Line 1 project needs review; an estimate in
// the Review ("approximately") is read as plus or minus ten per cent
// (indicators.Params).
package iomstrategy
