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
		where string // a place of the Review that uses the words
	}{
		{"", indicators.Exact, "para. 16: 43,204 in 2007"},
		{"approximately", indicators.Estimate, "para. 66: approximately 80,000"},
		{"About", indicators.Estimate, "para. 18: About 45 per cent"},
		{"around", indicators.Estimate, "para. 66: around 26,000"},
		{"some", indicators.Estimate, "para. 18: some 40 countries"},
		{"estimated", indicators.Estimate, "para. 4: an estimated 214 million"},
		{"over", indicators.LowerBound, "para. 9: over 1,600"},
		{"more than", indicators.LowerBound, "para. 19: more than 50 countries"},
		{"majority", indicators.LowerBound, "para. 49: The majority of RCPs"},
		{"nearly", indicators.JustUnder, "para. 20: nearly 300,000"},
		{"close to", indicators.JustUnder, "para. 4: close to 1 billion"},
		{"almost", indicators.JustUnder, "para. 36: almost a decade"},
		{"up to", indicators.UpperBound, "(not in the Review)"},
		{"to", indicators.Range, "para. 72: two- to three-week"},
		{" Nearly ", indicators.JustUnder, "case and spaces ignored"},
	}
	for _, tt := range tests {
		t.Run(tt.where, func(t *testing.T) {
			got, err := indicators.QualifierOf(tt.words)
			if err != nil || got != tt.want {
				t.Errorf("QualifierOf(%q) = %v, %v; want %v", tt.words, got, err, tt.want)
			}
			back, err := indicators.ParseQualifier(got.String())
			if err != nil || back != got {
				t.Errorf("ParseQualifier(%q) = %v, %v", got.String(), back, err)
			}
		})
	}
	for _, w := range []string{"roughly", "at least", "over 5", "exact"} {
		if q, err := indicators.QualifierOf(w); !errors.Is(err, indicators.ErrQualifier) {
			t.Errorf("QualifierOf(%q) = %v, %v; want ErrQualifier (no guessing)", w, q, err)
		}
	}
	if _, err := indicators.ParseQualifier("approximately"); !errors.Is(err, indicators.ErrQualifier) {
		t.Error("ParseQualifier takes words; want only the names")
	}
}

func FuzzQualifierOf(f *testing.F) {
	for _, w := range append(indicators.QualifierWords(), "", "Roughly", "MORE THAN") {
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
		if !q.Valid() {
			t.Fatalf("QualifierOf(%q) = invalid %v", s, q)
		}
	})
}
