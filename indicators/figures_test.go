package indicators_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/policycode/iomstrategy/indicators"
	"github.com/shopspring/decimal"
)

// This file reads each record's value back from its figure, the words of
// the text, with a small parser of its own (digits, "million", number
// words, "a decade", "one third", "the majority"), and compares it
// with the value the dataset holds: a slip in the dataset's value column
// fails here.

var cardinals = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var figureNumber = regexp.MustCompile(`(?i)(\d[\d,]*(?:\.\d+)?)(th)?(?: (million|billion))?|\b([a-z]+(?:-[a-z]+)?)\b`)

// valueOfFigure returns the value and, for a range, the upper value that
// the words of a figure give, as decimal strings.
func valueOfFigure(t *testing.T, figure string) (value, to string) {
	t.Helper()
	lower := strings.ToLower(figure)
	switch {
	case strings.Contains(lower, "majority"):
		return "50", ""
	case strings.Contains(lower, "one third"):
		return "100/3", ""
	}
	var nums []decimal.Decimal
	for _, m := range figureNumber.FindAllStringSubmatch(figure, -1) {
		switch {
		case m[1] != "":
			d := decimal.RequireFromString(strings.ReplaceAll(m[1], ",", ""))
			switch strings.ToLower(m[3]) {
			case "million":
				d = d.Shift(6)
			case "billion":
				d = d.Shift(9)
			}
			nums = append(nums, d)
		case m[4] != "":
			w := strings.ToLower(m[4])
			if w == "decade" || w == "decades" {
				if len(nums) == 0 { // "a decade"
					nums = append(nums, decimal.NewFromInt(1))
				}
				nums[len(nums)-1] = nums[len(nums)-1].Mul(decimal.NewFromInt(10))
				continue
			}
			if w == "million" && len(nums) > 0 { // "a 20 million": handled with the digits
				continue
			}
			if n, ok := cardinals[w]; ok {
				nums = append(nums, decimal.NewFromInt(int64(n)))
				continue
			}
			first, second, hyphen := strings.Cut(w, "-")
			switch {
			case hyphen && cardinals[first] >= 20 && cardinals[second] > 0 && cardinals[second] < 10:
				nums = append(nums, decimal.NewFromInt(int64(cardinals[first]+cardinals[second]))) // ninety-seven
			case hyphen && cardinals[first] > 0:
				nums = append(nums, decimal.NewFromInt(int64(cardinals[first]))) // three-week
			}
		}
	}
	switch {
	case len(nums) == 1:
		return nums[0].String(), ""
	case len(nums) == 2 && strings.Contains(lower, " to "):
		return nums[0].String(), nums[1].String()
	}
	t.Fatalf("figure %q: found %d numbers %v, want one (or two joined by \"to\")", figure, len(nums), nums)
	return "", ""
}

// listCounts returns, for each record the dataset counts from a list the
// text gives without a number, the number of items its Count check lists.
func listCounts() map[string]int {
	out := map[string]int{}
	for _, c := range indicators.ReviewChecks() {
		if c.Kind == indicators.Count {
			out[c.Record] = len(c.Items)
		}
	}
	return out
}

// countedFromList reports whether a record is a count the text gives only
// as a list: its note says so.
func countedFromList(r indicators.Record) bool {
	return strings.HasPrefix(r.Note, "counted from the list")
}

func TestFigureWordsGiveTheValue(t *testing.T) {
	counts := listCounts()
	for _, r := range review(t).Records() {
		t.Run(r.ID, func(t *testing.T) {
			if countedFromList(r) {
				// The figure is the list; its check counts the items.
				if n, ok := counts[r.ID]; !ok || r.Value.String() != strconv.Itoa(n) {
					t.Errorf("a count from a list: value %s, its check lists %d items (a check: %v)", r.Value, n, ok)
				}
				return
			}
			value, to := valueOfFigure(t, r.Figure)
			got := r.Value.String()
			if r.Fraction != "" {
				got = r.Fraction
			}
			if got != value {
				t.Errorf("%s (%s): value %s, but the figure %q says %s", r.ID, r.Citation, got, r.Figure, value)
			}
			gotTo := ""
			if r.Qualifier == indicators.Range {
				gotTo = r.To.String()
			}
			if gotTo != to {
				t.Errorf("%s: upper value %q, the figure %q says %q", r.ID, gotTo, r.Figure, to)
			}
			lower := strings.ToLower(r.Figure)
			switch {
			case strings.Contains(lower, "usd") && r.Unit != "USD",
				strings.Contains(lower, "per cent") && r.Unit != "per cent",
				strings.Contains(lower, "decade") && r.Unit != "years":
				t.Errorf("%s: unit %s does not fit the figure %q", r.ID, r.Unit, r.Figure)
			}
		})
	}
}

// TestQualifierWordsAreTheText checks that each record's qualifier is the
// one its figure's words give: a figure with a qualifying word must carry
// it, and a figure without one must be exact.
func TestQualifierWordsAreTheText(t *testing.T) {
	words := []string{"approximately", "about", "around", "some", "estimated", "over", "more than", "majority", "nearly", "close to", "almost", "up to", "to"}
	for _, w := range words {
		if q, err := indicators.QualifierOf(w); err != nil || q == indicators.Exact {
			t.Errorf("QualifierOf(%q) = %s, %v; want a qualifier", w, q, err)
		}
	}
	for _, r := range review(t).Records() {
		lower := " " + strings.ToLower(r.Figure) + " "
		var found []string
		for _, w := range words {
			if w == "to" {
				if strings.Contains(lower, "- to ") {
					found = append(found, w)
				}
				continue
			}
			if strings.Contains(lower, " "+w+" ") {
				found = append(found, w)
			}
		}
		switch {
		case len(found) > 1:
			t.Errorf("%s: figure %q has several qualifying words %v", r.ID, r.Figure, found)
		case len(found) == 0 && r.Qualifier != indicators.Exact:
			t.Errorf("%s: figure %q has no qualifying word, but the record is %s", r.ID, r.Figure, r.Qualifier)
		case len(found) == 1 && found[0] != r.Words:
			// The words are kept lower-case, as in their meaning, whatever
			// the case of the figure ("About 45 per cent" is "about").
			t.Errorf("%s: figure %q says %q, the record's words are %q", r.ID, r.Figure, found[0], r.Words)
		}
	}
}
