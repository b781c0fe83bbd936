package strategy_test

import (
	"fmt"

	"github.com/policycode/iomstrategy/strategy"
)

// Suggest ranks every point a project description serves, best first.
func ExampleSuggest() {
	suggestions, err := strategy.Suggest("Shelter and psychosocial care for victims of trafficking")
	if err != nil {
		fmt.Println(err)
		return
	}
	best := suggestions[0]
	fmt.Println(best.Point, best.Point.Source())
	for _, m := range best.Matched {
		if m.Curated {
			fmt.Printf("%q: %q, %s\n", m.Text, m.Term, m.Source)
		}
	}
	// Output:
	// Point 11 Resolution 1150 (XCIII), Annex, Part I, point 11
	// "trafficking": "trafficking", Resolution 1150 (XCIII), Annex, Part I, point 11
	// "psychosocial": "psychosocial", MC/INF/302, para. 71
	// "victims of trafficking": "victims of trafficking", MC/INF/302, para. 71
}

// A Suggester keeps the best few; each suggestion carries the terms that
// gave its score and where in the source the vocabulary took them.
func ExampleSuggester_Suggest() {
	suggestions, err := strategy.Suggester{Top: 2}.Suggest(
		"Assisted voluntary return of rejected asylum seekers, with reintegration grants on arrival")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range suggestions {
		fmt.Println(s.Point, "score", s.Score)
		for _, m := range s.Matched[:min(3, len(s.Matched))] {
			fmt.Printf("  %q (%d) from %s\n", m.Text, m.Weight, m.Source)
		}
	}
	// Output:
	// Point 10 score 4551
	//   "voluntary return" (1016) from Resolution 1150 (XCIII), Annex, Part I, point 10
	//   "reintegration" (850) from Resolution 1150 (XCIII), Annex, Part I, point 10
	//   "voluntary" (716) from Resolution 1150 (XCIII), Annex, Part I, point 10
	// Point 11 score 1244
	//   "Assisted voluntary" (179) from MC/INF/302, para. 71
	//   "asylum" (179) from MC/INF/302, para. 69
	//   "asylum seekers" (179) from MC/INF/302, para. 69
}
