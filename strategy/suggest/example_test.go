package suggest_test

import (
	"fmt"

	"github.com/policycode/iomstrategy/strategy/suggest"
)

// Suggest returns the strong suggestions for a description, best first,
// each with the share of the description its point explains and the terms
// it matched, with the place in the source each term comes from.
func ExampleSuggest() {
	suggestions, err := suggest.Suggest("Shelter and psychosocial care for victims of trafficking")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range suggestions {
		fmt.Printf("%s %s %.2f\n", s.Point, s.Confidence, s.Score)
		for _, m := range s.Matched {
			if m.Term.Curated {
				fmt.Printf("  %q: %q, %s\n", m.Text, m.Term.Phrase, m.Term.Source)
			}
		}
	}
	// Output:
	// Point 11 strong 0.97
	//   "trafficking": "trafficking", Resolution 1150 (XCIII), Annex, Part I, point 11
	//   "psychosocial": "psychosocial", MC/INF/302, para. 71
	//   "victims of trafficking": "victims of trafficking", MC/INF/302, para. 71
}

// A description that rests on one generic word gets no suggestion; with
// MinConfidence Weak the weak suggestions are shown, marked as such.
func ExampleSuggester_Suggest() {
	const text = "quarterly office furniture procurement"
	strong, _ := suggest.Suggest(text)
	fmt.Println("strong:", len(strong))

	all, _ := suggest.Suggester{MinConfidence: suggest.Weak}.Suggest(text)
	for _, s := range all {
		m := s.Matched[0]
		fmt.Printf("%s %s %.2f: %q (%d) from %s\n", s.Point, s.Confidence, s.Score, m.Text, m.Term.Weight, m.Term.Source)
	}
	// Output:
	// strong: 0
	// Point 6 weak 0.07: "office" (179) from MC/INF/302, para. 46
	// Point 1 weak 0.07: "office" (179) from MC/INF/302, para. 14
}

// A Suggester keeps the best few. The library's readings of abbreviations
// and everyday words quote the description's word and the source's term.
func ExampleSuggester_Suggest_top() {
	suggestions, err := suggest.Suggester{Top: 1}.Suggest("Tents and blankets for IDPs after the floods")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range suggestions {
		fmt.Println(s.Point, s.Confidence)
		for _, m := range s.Matched {
			if m.Term.Curated {
				fmt.Printf("  %q ~ %q, %s\n", m.Text, m.Term.Phrase, m.Term.Source)
			}
		}
	}
	// Output:
	// Point 9 strong
	//   "floods" ~ "floods", MC/INF/302, para. 59
	//   "Tents" ~ "emergency", Resolution 1150 (XCIII), Annex, Part I, point 9
	//   "Tents" ~ "shelter", MC/INF/302, para. 62
	//   "IDPs" ~ "displacement", MC/INF/302, para. 60
	//   "blankets" ~ "non-food items", MC/INF/302, para. 62
	//   "Tents" ~ "emergency shelter", MC/INF/302, para. 62
	//   "IDPs" ~ "internally displaced persons", MC/INF/302, para. 60
}

func ExampleParseConfidence() {
	c, err := suggest.ParseConfidence("weak")
	fmt.Println(c, err, c < suggest.Strong)
	_, err = suggest.ParseConfidence("medium")
	fmt.Println(err)
	// Output:
	// weak <nil> true
	// invalid confidence: "medium" (want strong or weak)
}
