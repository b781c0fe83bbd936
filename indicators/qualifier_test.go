package indicators_test

import (
	"errors"
	"testing"

	"github.com/policycode/iomstrategy/indicators"
)

func TestQualifierOf(t *testing.T) {
	tests := []struct {
		words string
		want  indicators.Qualifier
		name  string
		where string // a place of the Review that uses the words
	}{
		{"", indicators.Exact, "exact", "para. 16: 43,204 in 2007"},
		{"approximately", indicators.Estimate, "estimate", "para. 66: approximately 80,000"},
		{"About", indicators.Estimate, "estimate", "para. 18: About 45 per cent"},
		{"around", indicators.Estimate, "estimate", "para. 66: around 26,000"},
		{"some", indicators.Estimate, "estimate", "para. 18: some 40 countries"},
		{"estimated", indicators.Estimate, "estimate", "para. 4: an estimated 214 million"},
		{"over", indicators.LowerBound, "lower-bound", "para. 9: over 1,600"},
		{"more than", indicators.LowerBound, "lower-bound", "para. 19: more than 50 countries"},
		{"majority", indicators.LowerBound, "lower-bound", "para. 49: The majority of RCPs"},
		{"nearly", indicators.JustUnder, "just-under", "para. 20: nearly 300,000"},
		{"close to", indicators.JustUnder, "just-under", "para. 4: close to 1 billion"},
		{"almost", indicators.JustUnder, "just-under", "para. 36: almost a decade"},
		{"up to", indicators.UpperBound, "upper-bound", "(not in the Review)"},
		{"to", indicators.Range, "range", "para. 72: two- to three-week"},
		{" Nearly ", indicators.JustUnder, "just-under", "case and spaces ignored"},
	}
	for _, tt := range tests {
		t.Run(tt.where, func(t *testing.T) {
			got, err := indicators.QualifierOf(tt.words)
			if err != nil || got != tt.want {
				t.Errorf("QualifierOf(%q) = %v, %v; want %v", tt.words, got, err, tt.want)
			}
			text, err := got.MarshalText()
			if err != nil || string(text) != tt.name || got.String() != tt.name {
				t.Errorf("%v as text: %q, %v; want %q", got, text, err, tt.name)
			}
		})
	}
	for _, w := range []string{"roughly", "at least", "over 5", "exact", "lower-bound"} {
		if q, err := indicators.QualifierOf(w); !errors.Is(err, indicators.ErrQualifier) {
			t.Errorf("QualifierOf(%q) = %v, %v; want ErrQualifier (no guessing)", w, q, err)
		}
	}
	bad := indicators.Range + 1
	if text, err := bad.MarshalText(); !errors.Is(err, indicators.ErrQualifier) || bad.String() != "Qualifier(6)" {
		t.Errorf("an unknown qualifier as text: %q, %v, String %q", text, err, bad)
	}
}

func FuzzQualifierOf(f *testing.F) {
	for _, w := range []string{"", "approximately", "about", "around", "some", "estimated", "over", "more than",
		"majority", "nearly", "close to", "almost", "up to", "to", "Roughly", "MORE THAN"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := indicators.QualifierOf(s)
		if err != nil {
			if !errors.Is(err, indicators.ErrQualifier) {
				t.Fatal(err)
			}
			return
		}
		if _, err := q.MarshalText(); err != nil {
			t.Fatalf("QualifierOf(%q) = invalid %v", s, q)
		}
	})
}
