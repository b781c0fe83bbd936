// Package suggest suggests the points of Part I of the IOM Strategy that a
// free-text project description serves, for an officer tagging activities
// against the 12 points ("a systematic referencing of activities against
// the 12 points", MC/INF/302, para. 12). Each suggestion says how much of
// the description the point explains, how far it can be relied on, and
// which words of the source it rests on, each with its citation. A
// description it cannot place gets no suggestion rather than a guess.
//
// Suggest returns the strong suggestions; a Suggester keeps the best few
// or the weak ones too. Vocabulary lists the terms descriptions are scored
// with. Everything is pure: the vocabulary is built once from the embedded
// source and never changes, and the learned model (see The learned model)
// is generated Go source, trained offline; nothing is learned or read at
// run time.
//
// # The vocabulary
//
// A Term is a word or phrase, the point it speaks for, a whole-number
// weight and a citation. Terms come from four places:
//
//   - Derived terms: every word, and every pair of adjacent words, of a
//     point's text (Resolution 1150 (XCIII), Annex, Part I) and of its
//     section of the Review (point 1: paras 14-21, ..., point 12: paras
//     73-77), used at least twice in all, names left out. The weight is
//     round(100 × ln(12/n)) for a term that n of the 12 points use (248
//     for one point, 0 for all twelve), times a factor that grows with the
//     number of uses in the point's section (1 for once, 2 for 2-3, 3 for
//     4-7, 4 for 8 or more), plus 2 when the point's own text uses it.
//   - Curated terms: the programme names and characteristic phrases the
//     Review reports under a point ("AVRR", "victims of trafficking",
//     "Migration Profiles"), each standing word for word in the point's
//     text or its section. Each adds 1000 to the weight.
//   - Topical words: for each point, a hundred or more single words (and a
//     few pairs) that an officer describing that point's work is likely to
//     use, whether or not the source does ("smugglers", "brothel",
//     "earthquake", "jobseekers", "census"), each with a rank: 3 for a word
//     that says on its own which point the work serves, 2 for a word
//     typical of the point but used elsewhere too ("border", "shelter"), 1
//     for a word that only leans towards it ("travel", "medical"). A
//     topical word adds 600 × its rank to the weight. The words every
//     point shares ("migrant", "migration", "project", "programme",
//     "support", "training") are in no point's list. A topical word the
//     source does not use for the point cites the point's whole section of
//     the Review (point 11: MC/INF/302, paras 69-72); it is the library's
//     reading of the point's subject, and needs review like the readings.
//     A word that several points' lists give is shared by those points
//     ("shelter": points 9 and 11; "departure": points 1 and 5), except for
//     a point that ranks it 3 where no other point ranks it above 1
//     ("diaspora" speaks for point 8 on its own, but is shared for point
//     4). A shared word counts as a topical word of a point only in
//     context: when the description's other words speak for that point
//     with strengths (see the confidence) that add up to 2 or more.
//     Otherwise it counts only as the source uses it for the point, with
//     its derived weight, if any ("shelter for victims of trafficking" is
//     point 11's shelter, not point 9's).
//   - Readings: abbreviations ("IDP") and everyday words and phrases
//     ("flights", "tents", "send money", "without papers") that the source
//     does not use, read as a phrase it does use ("internally displaced
//     persons", "air transport", "emergency shelter", "remittance",
//     "undocumented"). A reading of several words matches them in a row,
//     stop words included, the longest first. They are the library's
//     interpretation (needs review), chosen from the tuning and
//     development descriptions; a match quotes the description's words
//     with the source's term. A reading weighs no more than the words it
//     reads: a term found in a reading counts its weight times the number
//     of the description's words read over the number of the phrase's
//     words ("survey", read as "data collection", counts half of each
//     term; "without papers", read as "undocumented", counts whole).
//
// Text is read the same way on both sides: lower-cased, split into words
// (a hyphen splits, and a prefix such as "pre-" or "anti-" is dropped),
// stop words and numbers dropped, each word reduced by a small stemmer
// ("trafficked" and "trafficking" read as "traffick"). A phrase matches
// only within a clause: punctuation ends one.
//
// # The score
//
// Each match counts a weight: its term's weight, less the topical part of
// a shared word out of context, and shared out over the phrase of a
// reading (see the vocabulary); Match.Term carries the weight counted.
// Each distinct word of the description has a weight: the most that any
// point's matches give it (a match's weight spread evenly over its
// words), or 248 for a word that no term has, as much as a word that one
// point's section uses once. A word of an office's own administration
// ("office", "staff", "furniture", "procurement", "payroll", "laptops")
// weighs at least 744, three unknown words: none of the 12 points is about
// the office itself. The description's weight is their sum. A point's
// score is the weight its own terms explain, divided by the description's
// weight: a share from 0 to 1. A point that explains less than half of
// one per cent is not suggested. For "quarterly office furniture
// procurement", "office" (weight 179, from paras 14 and 46) is the only
// word any term has; "quarterly" weighs 248 and the three words of an
// office's administration 744 each: points 1 and 6 each explain 179 /
// 2480 = 0.07 of the description.
//
// # The confidence
//
// Each word of the description that a point's terms were found in has a
// strength for that point: 3 when a curated term or a topical word of rank
// 3 was found in it, 2 for a phrase or a topical word of rank 2, 1 for a
// topical word of rank 1, and 0 when only single words derived from the
// source were (a word such as "office" or "process" may mean anything).
// Two office senses are read first. A single word next to a thing an
// office keeps or handles ("archive", "panels", "servers", "furniture",
// "stock", "template", "policy") counts as a shared word out of context
// ("resettlement of the archive", "travel policy"): strength 0 and its
// topical weight taken off. And point 1's words of travel and movement
// ("travel", "flights", "resettlement", "orientation", "transit", "hotel")
// have strength 0 in a description that names no person the point's
// services are for (refugees, migrants, families, applicants, cases,
// passengers, workers, students...): "economy class for flights under nine
// hours" is an office's travel. A suggestion is Strong when it explains at least a quarter (0.25) of the
// description and either
//
//   - one of its words is an abbreviation ("AVRR", "IDPs") or a reading of
//     several words ("send money home") of strength 2 or more; or
//   - the strengths of its distinct words add up to more than 4 (a word of
//     rank 3 and one of rank 2, or three words of ranks 2, 2 and 1); or
//   - they add up to 4 exactly (two words of rank 2, or one of rank 3 and
//     one of rank 1), with at least one of strength 2 or more, and the
//     point explains at least one and a half times as much as any other
//     (the margin); or
//   - the point is clearly first: it has the margin, and two or more
//     words speak for it whose strengths add up to 3 or more, one of
//     strength 2 or more (a word of rank 2 and one of rank 1), in a
//     description without a word of an office's administration.
//
// A description that uses a word of an office's administration needs 3
// more (more than 7, or 7 with the margin). One word alone, of whatever
// rank, is never enough for the lexicon unless it is an abbreviation or a
// reading of several words. A point that explains at least two thirds as
// much as a strong one, with a word of strength 2 or more and a quarter of
// the description, is strong too: two points can both be right. When no
// point is strong by these rules, the weak point that the learned model
// (see below) puts first among the 12 points and none is strong when the
// model gives it a probability of 0.6 or more and it explains at least a
// quarter of the description with two or more words that speak for it
// (strength 1 or more), or with one in a description of five distinct
// words or more. In a description of 15 distinct words or more, a fifth
// of the description is enough when the point's score is at least 0.9
// times the best score (a long story in which the lexicon and the model
// agree). In a description with a word of an office's administration the
// model's probability must be 0.95 or more, and two words must speak for
// the point, unless a word of strength 3 speaks for it ("hotel staff
// trained to spot trafficking"): then the probability must still be 0.95
// or more, but the words are counted as without an office word. Any other
// suggestion is Weak; the same word written twice is still one word.
//
// The ranking puts strong suggestions before weak ones, then orders by
// the score blended with the learned model's probability of the point,
// three parts to one (0.75 × score + 0.25 × probability), then by point
// number. By default only strong suggestions are returned, so a
// description whose best match is weak, or rests on one generic word, gets
// none: "quarterly office furniture procurement" gets no suggestion, and
// with MinConfidence Weak it gets points 6 and 1, weak (equal scores; the
// model leans to point 6).
//
// # The learned model
//
// A multinomial naive Bayes model gives, for a description, the
// probability of each of the 12 points and of none (off-topic). Its
// features are the description's distinct words, read as above, and its
// distinct pairs of adjacent words in a clause, which tell the sense a
// word is used in ("labour force" and "labour migration"). It is trained
// on the labelled descriptions of testdata/tuning.tsv and
// testdata/development.tsv, on each point's text and on each paragraph of
// its section of the Review (labelled with the point), with Laplace
// smoothing of 0.1, keeping the features of two documents or more; its
// logarithms are stored as whole thousandths in model_gen.go, which go
// generate writes (train_test.go) and a test holds to the training data.
// The model does not change the score, which stays the share of the
// description that the point's terms explain, nor refuse anything: it
// orders the suggestions of one confidence and makes a weak one strong
// as above. How far to rely on it was chosen by 5-fold cross-validation
// on the tuning and development sets (cv_test.go): trained on four
// folds, measured on the fifth.
//
// How often the suggestions are right is measured on descriptions that
// were not used to tune the vocabulary, the score or the confidence
// (testdata/heldout.tsv), beside the tuning set (testdata/tuning.tsv) and
// a development set measured before the round of tuning that used it
// (testdata/development.tsv); docs/guide.md (section 5) reports the
// figures.
//
// # Errors
//
// ErrEmptyDescription: a description with no word to read. ErrInvalidConfidence:
// a confidence that is neither "strong" nor "weak". A description with words
// but no suggestion is not an error: it is an empty result.
package suggest
