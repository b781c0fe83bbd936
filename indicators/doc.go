// Package indicators holds every figure of the Review of the IOM Strategy
// (MC/INF/302, 12 October 2010, paras 4-83 and footnotes 1-22) as typed,
// cited data, with the exact arithmetic to compare figures and the checks
// that hold the text to itself.
//
// # What is modelled
//
// A Record is one quantitative statement: what is counted (Description),
// its Unit (a UnitOfMeasure), its Period, its Value as an exact decimal, the
// Qualifier the words around it give ("approximately", "over", "nearly"),
// the strategy points it reports on, and its Citation, with the Figure and
// the Quote as the text writes them. The same measure over several periods is a
// Series: Dataset.Series("pre-consular-applicants") gives 2007, 2008 and
// 2009 at once.
//
// Review returns the Review's 83 records, read once from the embedded,
// reviewable file data/review.csv, validated (ids unique and kebab-case,
// units known, points 1 to 12, values, periods and citations well formed)
// and verified against the embedded source (every citation exists, every
// quote is in the paragraph or footnote it cites, every figure in its
// quote). The file is part of the package, so Review returns no error; the
// package's tests prove it loads. The loader is a pure function of bytes:
// Parse reads a caller's own file in the same format, and NewDataset and
// NewSeries take records built in code, a later year's figures or another
// report's, for the same arithmetic and checks. ReviewParams are the
// readings the package makes of the Review by default.
//
// ReviewChecks returns the relations the Review states between its own
// figures: parts that add to a whole (203 + 314 = 517 projects, para. 59),
// growth stated in words next to its figures ("has been increasing", para.
// 16), a count stated next to the names it counts ("seven States
// (Burundi, ...)", para. 8), an average next to the total it averages
// (para. 66), a sum "close to" a total (para. 4), ordinals that must agree
// (the third GFMD, para. 5 and footnote 12). Check.Evaluate reports each as
// Holds, Plausible or Fails with the numbers used.
//
// Records, series, changes, checks and results marshal with encoding/json,
// with snake_case keys. An interval is {"low", "low_open", "high",
// "high_open"}, as the command-line tool writes one: an unbounded end is
// null and open ("high": null, "high_open": true).
//
// # Qualifiers and intervals
//
// The words around a figure are part of it. Each record turns its
// qualifier into an Interval (Record.Interval):
//
//	exact          43,204                 43204
//	estimate       approximately 80,000   [72000, 88000]   (±10%, Params)
//	lower bound    over 1,600             (1600, ∞)
//	just under     nearly 300,000         [270000, 300000) (10% below, Params)
//	upper bound    up to 5                (-∞, 5]
//	range          two- to three-week     [2, 3]
//
// "the majority" is a lower bound of 50 per cent. Arithmetic on intervals
// (Interval.Add, Sub, Scale, PercentChangeRange, AnnualGrowthRange) gives
// every value the operands allow: a change between two estimates is itself
// an interval.
//
// A check compares the interval its figures allow with the interval the
// text claims. It Holds when every allowed value bears the relation out,
// Fails when none does, and is Plausible in between: the text does not
// contradict itself, but its figures are too loose to prove the relation.
// A failing check is a result, not an error: the text may contain a real
// inconsistency, and finding it is the point.
//
// # Interpretations
//
// Where the text gives no number, the package makes a documented,
// changeable choice:
//
//   - Estimates ("approximately", "about", "around", "some", "estimated")
//     allow ±10% of their value (Params.EstimateTolerance). Ten per cent is
//     the usual reading where one is needed (UCP 600, article 30(a), reads
//     "about" and "approximately" as 10% more or less). Params.EstimateRule
//     LastDigit reads an estimate instead as a rounding at its last
//     non-zero digit ("approximately 80,000" is [75000, 85000]); a
//     tolerance of 0 reads every estimate as exact.
//   - "nearly", "close to" and "almost" allow up to 10% below the value,
//     the value itself excluded (Params.NearlyTolerance).
//   - "over" and "more than" exclude the value: "over 1,600" is (1600, ∞).
//   - "the majority" is more than 50 per cent; "a decade" is 10 years;
//     "one third" is 100/3 per cent, held to FractionPlaces decimals.
//   - Periods: the Review speaks as of October 2010 ("today",
//     "currently", "to date"); "since the adoption of the Strategy" is June
//     2007-October 2010; "the last three years" is 2007-2009 (needs
//     review). Each record's Note says where such a reading was made.
//   - A count the text gives only as a list is counted, and its check
//     keeps the count honest: the seven destinations of footnote 2, the
//     two national migration research centres of para. 45 (the Republic of
//     Korea and Sudan), the three IDM themes of 2008-2010 (para. 48), the
//     three languages of para. 74 (Arabic, French and Spanish).
//   - Qualifying words are kept lower-case, as in their meaning ("About
//     45 per cent" has the words "about"); the Figure and the Quote keep
//     them as the text writes them.
//
// # What is left out
//
// "The 12 points" (paras 12, 80 and 83; para. 1 "lists 12 points") are
// not a record. They are the Strategy's structure, not a figure the Review
// reports: package strategy holds the 12 points with their text, every
// record's Points refer to them, and a record of them would only restate
// that there are twelve.
//
// # Arithmetic and rounding
//
// Every value is a github.com/shopspring/decimal Decimal, in every unit,
// money included (an interval around a figure in USD need not be whole
// cents, so it is not an iomstrategy.USD); no float is used.
// A change (Change.Absolute) is exact. PercentChange, Share and
// AnnualGrowth are rounded once, from the exact quotient or root, to
// Params.Places decimals with Params.Rounding (an iomstrategy.RoundingMode;
// default one decimal, half away from zero): the rounding is decided from
// the exact remainder, never from a quotient held to some intermediate
// precision.
// AnnualGrowth, the compound annual growth (to/from)^(1/years) - 1, needs
// an n-th root: it is bracketed by bisection on decimals of Places+2
// digits, comparing exact powers with to/from as products, and the midpoint
// is tested the same way, so the result is the exact real rate rounded
// once. Interval ends are rounded outward (down for a low end, up for a
// high end), so a range always holds every exact value.
//
// # Errors
//
// Each kind of failure has a sentinel for errors.Is: ErrRecord, ErrUnit,
// ErrPeriod, ErrQualifier and ErrValue for bad records (the last also for
// an empty interval); ErrUnknownID for an id no record, series or check
// has; ErrSource for a citation, quote or item not in the source;
// ErrParams, ErrUndefined (growth from 0, a share of 0) and ErrCheck. Every
// dataset error is a *DataError naming the line, record, column and value,
// and matching ErrInvalidDataset. A dataset with one bad record is refused
// whole.
package indicators
