package strategy

import (
	"github.com/policycode/iomstrategy"
)

// Statement is a passage of the source quoted verbatim, with where it
// stands. Quote is always a substring of what Citation names (the tests
// hold it to that).
type Statement struct {
	Quote    string
	Citation iomstrategy.Citation
}

// PrimaryGoal is the first sentence of Part I of the Strategy Document: "The
// primary goal of IOM is to facilitate the orderly and humane management of
// international migration."
func PrimaryGoal() Statement {
	return Statement{
		Quote:    "The primary goal of IOM is to facilitate the orderly and humane management of international migration.",
		Citation: iomstrategy.PartOpening(iomstrategy.PartI),
	}
}

// PartIOpening is the whole opening paragraph of Part I: the primary goal,
// the leading role in migration management, the integral and holistic
// perspective, and the condition on which IOM takes up the 12 points.
func PartIOpening() Statement {
	return Statement{
		Quote: "The primary goal of IOM is to facilitate the orderly and humane management of international migration. " +
			"Building on its expertise and experience, and respecting the mandates of and coordinating with other international organizations, " +
			"IOM should continue its role as a leading global organization focusing on migration management. " +
			"The Organization will continue to address the migratory phenomenon from an integral and holistic perspective, " +
			"including links to development, in order to maximize its benefits and minimize its negative effects. " +
			"To achieve that goal, IOM will focus on the following activities, acting at the request of or in agreement with Member States:",
		Citation: iomstrategy.PartOpening(iomstrategy.PartI),
	}
}

// MemberStateCondition is the condition on which IOM carries out the 12
// points: "acting at the request of or in agreement with Member States"
// (the last words of the opening paragraph of Part I). The library records
// it; it does not check it, since whether an activity was requested or
// agreed is a fact about the activity, not a rule the text computes.
func MemberStateCondition() Statement {
	return Statement{
		Quote:    "acting at the request of or in agreement with Member States",
		Citation: iomstrategy.PartOpening(iomstrategy.PartI),
	}
}

// Theme is a subject that runs across the points, or an area of IOM's work
// that the points leave out, as the Review names it.
type Theme struct {
	// Name is the library's short name for the theme ("migration health").
	Name string
	// Quotes are the Review's own words for it, each a substring of the
	// citation beside it (Quotes[i] is in Citations[i]).
	Quotes    []string
	Citations []iomstrategy.Citation
	// Emerging marks an issue the Review names as emerging on the global
	// agenda (climate change), as opposed to established work covered by
	// other IOM resolutions.
	Emerging bool
}

// CrossCuttingThemes returns the themes that the Review asks to bear in
// mind across all 12 points: migration health, gender issues and the human
// rights of migrants (MC/INF/302, para. 13: "bearing in mind the
// importance of cross-cutting themes such as migration health, gender
// issues and the human rights of migrants").
//
// Para. 13 says "such as": the list is the Review's examples, not a closed
// list, and the library adds none of its own.
func CrossCuttingThemes() []Theme {
	return []Theme{
		{
			Name:      "migration health",
			Quotes:    []string{"cross-cutting themes such as migration health"},
			Citations: []iomstrategy.Citation{iomstrategy.Para(13)},
		},
		{
			Name:      "gender",
			Quotes:    []string{"gender issues"},
			Citations: []iomstrategy.Citation{iomstrategy.Para(13)},
		},
		{
			Name:      "human rights of migrants",
			Quotes:    []string{"the human rights of migrants"},
			Citations: []iomstrategy.Citation{iomstrategy.Para(13)},
		},
	}
}

// UnnamedAreas returns the areas of IOM's work that the 12 points do not
// name, as the Review lists them:
//
//   - resettlement and migration health: "the Strategy does not explicitly
//     refer to several key aspects of the Organization's work, for example
//     resettlement and migration health programmes" (para. 3), and again
//     among "elements of IOM's work not specifically mentioned in the 12
//     points, but covered by other IOM resolutions, such as resettlement,
//     health, gender and reparations" (para. 83);
//   - gender and reparations: the same sentence of para. 83;
//   - climate change, an emerging issue (Emerging is true): "emerging issues
//     with implications for migration, such as climate change" (para. 83),
//     "the impact of climate change on both international and internal
//     migration" (para. 7).
//
// Both paragraphs say "for example" and "such as": the list is the
// Review's examples. Migration health and gender are also cross-cutting
// themes (see CrossCuttingThemes); the Review names them in both roles.
func UnnamedAreas() []Theme {
	return []Theme{
		{
			Name:      "resettlement",
			Quotes:    []string{"resettlement and migration health programmes", "such as resettlement, health, gender and reparations"},
			Citations: []iomstrategy.Citation{iomstrategy.Para(3), iomstrategy.Para(83)},
		},
		{
			Name:      "migration health",
			Quotes:    []string{"resettlement and migration health programmes", "such as resettlement, health, gender and reparations"},
			Citations: []iomstrategy.Citation{iomstrategy.Para(3), iomstrategy.Para(83)},
		},
		{
			Name:      "gender",
			Quotes:    []string{"such as resettlement, health, gender and reparations"},
			Citations: []iomstrategy.Citation{iomstrategy.Para(83)},
		},
		{
			Name:      "reparations",
			Quotes:    []string{"such as resettlement, health, gender and reparations"},
			Citations: []iomstrategy.Citation{iomstrategy.Para(83)},
		},
		{
			Name:      "climate change",
			Quotes:    []string{"emerging issues with implications for migration, such as climate change", "the impact of climate change on both international and internal migration"},
			Citations: []iomstrategy.Citation{iomstrategy.Para(83), iomstrategy.Para(7)},
			Emerging:  true,
		},
	}
}
