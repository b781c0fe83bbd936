// Package strategy models Parts I and II of the IOM Strategy Document, the
// Annex of Council Resolution No. 1150 (XCIII) of 7 June 2007, together
// with the Resolution itself and what its 2010 Review (MC/INF/302) says of
// them.
//
// Everything here is data and pure functions: no clock, no I/O, no mutable
// package state. Every rule and every piece of text carries an
// iomstrategy.Citation, and the package's tests verify each citation
// against the embedded source.
//
// # Part I: the primary goal and the 12 points
//
// A Point is one of the 12 points, 1 to 12. ParsePoint reads "7", "Point
// 7", "point 7" or "P7"; Points lists them all. For each point:
//
//   - Text is the official text, verbatim from the Annex. Point 9 crosses a
//     page break in the source and is joined with one space; its last word
//     carries a footnote marker in the source ("protection¹."), which Text
//     leaves out. Footnote returns that footnote, which is part of the
//     point, as a Statement cited to Annex footnote 1.
//   - Title is a short title of the library's own ("Migration and
//     development"); it is not in the source.
//   - Source cites the point; ReviewParagraphs cites the Review's section on
//     it (point 1: MC/INF/302, paras 14-21; point 12: paras 73-77).
//   - Ties lists the ties the Review makes between the point and other
//     points, each with the paragraph or footnote that makes it (para. 22
//     ties point 2 to points 1, 3, 5, 11 and 12; para. 34 ties 4 to 8; para.
//     38 ties 5 to 6 and 11, and footnote 20 ties 11 to 5 and 6). Ties are
//     not symmetric: each is stored as the Review states it, From the point
//     whose section states it To the point it names, and a point's Ties
//     hold both directions. The list is every "see point N" the Review
//     makes and nothing else; a test reads the whole Review to hold it to
//     that.
//
// PrimaryGoal quotes the first sentence of Part I, PartIOpening the whole
// opening paragraph, and MemberStateCondition the condition on which IOM
// pursues the points: "acting at the request of or in agreement with
// Member States". CrossCuttingThemes are the themes the Review asks to bear
// in mind across the points (migration health, gender issues, the human
// rights of migrants: para. 13). UnnamedAreas are the areas of IOM's work
// the points do not name (resettlement, migration health, gender and
// reparations: paras 3 and 83) and the emerging issue of climate change
// (paras 83 and 7).
//
// Align sums a portfolio of activities per point; its documentation
// describes it. Package strategy/suggest suggests the points that a
// free-text project description serves, and says when it cannot tell.
//
// # The Resolution
//
// Resolution 1150 (XCIII) was adopted at the Council's 481st meeting on 7
// June 2007: ResolutionAdoption gives the number, the meeting, the date and
// their sources. OperativeParagraphs returns its five operative paragraphs
// verbatim. ImplementationConditions returns the conditions of paragraph 3
// as values: the legal framework the Strategy "shall be implemented
// within", and the three considerations it gives "due regard" to.
// ReviewDueDate is the date paragraph 5 sets for the review, "in three
// years": computed as the adoption date plus three years with AddDate, 7
// June 2010. CheckReviewTiming compares a review's date with it.
//
// # Part II: the governing bodies
//
// A Body is one of the bodies Part II names: the Council, the Executive
// Committee, the Standing Committee on Programmes and Finance (SCPF), the
// Subcommittee on Budget and Finance, and informal consultations. Each has
// a Role in Part II's words and its Citations (for the SCPF, Part II, paras
// 1, 3 and 4). SCPFMandate gives what Part II says of the SCPF: set up by
// Council resolution negating Resolution No. 998, open to all Member
// States, meeting normally twice a year and otherwise as required, its
// terms of reference (a) to (h), and Rules of Procedure subject to the
// Council's approval; and its first recorded session (4 November 2008).
//
// Which bodies exist depends on the date. GovernanceDates holds the dates
// that decide it, and Resolution1150Dates the library's values:
//
//   - before 7 June 2007 (BeforeStrategy): the Council, the Executive
//     Committee, the Subcommittee and informal consultations;
//   - from 7 June 2007 to 20 November 2013 (StreamlinedGovernance): the
//     Council, the Executive Committee, the SCPF and informal
//     consultations;
//   - from 21 November 2013, when the 1998 amendments to the Constitution
//     entered into force (AfterAmendments): the Council, the SCPF and
//     informal consultations.
//
// GovernanceDates' methods answer for a date: BodiesOn lists the bodies,
// EraOn names the era, FormalDecision rules whether a body may take a
// formal decision, and EnlargementAllowed whether the Executive Committee
// may be enlarged; with the library's dates, as in
// Resolution1150Dates().BodiesOn(date). Each answer is a value that carries
// its reasons and every citation it rests on, cited to what governed on the
// date:
//
//   - before 7 June 2007, the library holds no source for the roles: a
//     Standing's Role says they are not modelled, never the 2007 wording,
//     and cites a source that shows the body existed then
//     (Resolution 997 (LXXVI) of 1998 for the Council and the Executive
//     Committee, MC/INF/302, paras 10 and 48 for the Subcommittee and
//     informal consultations). The Subcommittee is not described as
//     abolished before it was;
//   - from 7 June 2007, the Strategy: Part II, with every paragraph a role
//     rests on;
//   - from 21 November 2013, the amended Constitution as well: the
//     Executive Committee is gone (Resolution 997 (LXXVI), which adopted
//     the amendments that abolish it). The library holds no other part of
//     the amended Constitution on the bodies, so the other roles stay
//     Part II's.
//
// CheckAcceptance applies the two-thirds rule by which the 1998 amendments
// enter into force: Article 30 of the Constitution as it stood (cited
// "IOM Constitution before the 1998 amendments, Article 30"; the amended
// Constitution numbers it Article 25). Given N Member States and K
// acceptances, the amendments are in force when 3K >= 2N, and
// RequiredAcceptances is ceil(2N/3): 82 of 122, since two-thirds of 122 is
// 81.33.
//
// # Dates
//
// Dates are calendar dates. Functions that return one return midnight UTC.
// Functions that take one use only its year, month and day, read in its own
// location, so 7 June 2007 23:59 in Geneva is still 7 June 2007. The zero
// time.Time means "no date" and is refused.
//
// # Interpretations
//
// Where the text is silent, the package makes a choice, documents it, lets
// the caller change it where it is a parameter, and says so in its results.
// In the governance code an Interpretation reads "needs review (code): "
// followed by the words it rests on, the library's default and "option: "
// with the GovernanceDates field that changes it, or none:
//
//   - scpf-set-up-immediately: "To set up immediately" an SCPF (Part II,
//     para. 1) gives no date: the SCPF exists from
//     GovernanceDates.SCPFEstablished, by default the adoption date of the
//     Resolution. Its existence is a recorded fact from its 3rd session (4
//     November 2008, Mandate.FirstRecordedSession); before then a Standing
//     for the SCPF carries the interpretation.
//   - subcommittee-abolition-date: the Subcommittee is abolished (Part II,
//     para. 2) without a date: it ends on
//     GovernanceDates.SubcommitteeAbolished, by default the same adoption
//     date, the day its replacement is set up. Its absence until the SCPF's
//     3rd session, and its standing on any later day a caller keeps it,
//     carry the interpretation.
//   - scpf-no-end: the source gives the SCPF no end: it exists on every
//     later date unless GovernanceDates.SCPFDissolved is set. After 21
//     November 2013 its Standing says so.
//   - existence-before-strategy: the sources give the Council, the
//     Executive Committee, the Subcommittee and informal consultations no
//     start: before 7 June 2007 each is listed on every date, on the
//     strength of the source it cites for that time. Option: none.
//   - The Executive Committee disappears on the day the 1998 amendments
//     enter into force (GovernanceDates.AmendmentsInForce, 21 November
//     2013, from external-facts.md).
//   - Informal consultations are listed on every date: Part II gives them a
//     place in the framework and no start or end. They are never a formal
//     body.
//   - formal-bodies: Part II does not list the "formal governing bodies".
//     The library counts the Council (by the text), and the Executive
//     Committee, the SCPF (within its terms of reference) and the
//     Subcommittee (by its reading) while they exist. Rulings for the last
//     three carry the interpretation. Option: none.
//   - formal-bodies-before-strategy: before 7 June 2007 the sources state
//     no rule on formal decisions; the library counts the same bodies as
//     formal, and every such ruling says so. Option: none.
//   - enlargement-before-strategy: "The Executive Committee should not be
//     reinforced or enlarged" is read as a bar from the adoption of the
//     Resolution. Before it, the Strategy sets no bar and the library
//     models no other rule, so EnlargementAllowed says yes with the
//     interpretation. Option: none.
//   - "To review the strategy in three years" is read as "by the third
//     anniversary of adoption". CheckReviewTiming reports that reading in
//     every result. MC/INF/302 is dated 12 October 2010, 127 days after
//     that date; the function reports such facts and judges nothing.
//   - The two-thirds rule refuses zero acceptances, as the library's
//     specification asks. RequiredAcceptances gives the number needed
//     before any acceptance. The Council's own two-thirds adoption vote
//     (the other half of Article 30) is not modelled.
//   - Titles of points are the library's own, and Tie.Says paraphrases
//     what the Review says of a tie. Texts and quotes are verbatim.
//
// # Rounding
//
// Nothing in the points, resolution and governance code rounds. The
// two-thirds rule is exact integer arithmetic: RequiredAcceptances is the
// least K with 3K >= 2N, computed without overflow for every positive int.
// Money appears only in Align: an Activity's amount is an iomstrategy.USD,
// always whole cents, and Align splits it exactly to the cent (see its
// documentation).
//
// # Errors
//
// Each kind of failure has a sentinel for errors.Is, and where it helps, a
// type for errors.As that names the input:
//
//   - ErrInvalidPoint: text or a number that is no point (ParsePoint, point
//     marshaling). The message quotes the input.
//   - ErrUnknownBody: text or a value that is no body (ParseBody, Exists,
//     FormalDecision).
//   - ErrInvalidDate in a *DateError: the zero time where a date is
//     needed. DateError.Field names the argument.
//   - ErrInvalidCalendar in a *DateError: a GovernanceDates with a date
//     missing or out of order. DateError.Field names the field.
//   - ErrInvalidCount in a *CountError: zero or negative members or
//     acceptances, or more acceptances than members. CountError names the
//     field and value.
//   - An *ActivityError for an activity Align or Split refuses, naming it
//     and the field at fault ("id", "amount" or "points") and wrapping
//     iomstrategy.ErrMissing (no ID, no point), iomstrategy.ErrDuplicate
//     (an ID used twice, a point given twice), ErrInvalidPoint, or iomstrategy.ErrNegativeAmount for an
//     amount below zero (which also matches iomstrategy.ErrInvalidAmount);
//     the message says which. ErrEmptyPortfolio and ErrInvalidSplitMode for
//     the call as a whole.
//
// A refused input is never clamped or guessed, and never yields a partial
// result: a function that returns an error returns the zero value with it.
package strategy
