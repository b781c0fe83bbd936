package indicators_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/indicators"
	"github.com/policycode/iomstrategy/strategy"
)

// TestNewDatasetRefuses builds records in code, one rule broken in each,
// and checks the sentinel and the column the *DataError names.
func TestNewDatasetRefuses(t *testing.T) {
	good := func() indicators.Record {
		return indicators.Record{
			ID: "migrant-training-women-share", Description: "women among training participants", Unit: "per cent",
			Period: indicators.MustParsePeriod("as of October 2010"), Value: dec("45"),
			Qualifier: indicators.Estimate, Words: "about", Points: []strategy.Point{1},
			Citation: iomstrategy.Para(18), Figure: "About 45 per cent", Quote: "About 45 per cent of training participants are women",
		}
	}
	if _, err := indicators.NewDataset([]indicators.Record{good()}); err != nil {
		t.Fatalf("the good record: %v", err)
	}
	tests := []struct {
		name     string
		change   func(*indicators.Record)
		sentinel error
		field    string
	}{
		{"qualifier words as the text capitalises them (para. 18)", func(r *indicators.Record) { r.Words = "About" }, indicators.ErrQualifier, "qualifier"},
		{"qualifier words with spaces", func(r *indicators.Record) { r.Words = " about" }, indicators.ErrQualifier, "qualifier"},
		{"words of another qualifier", func(r *indicators.Record) { r.Words = "over" }, indicators.ErrQualifier, "qualifier"},
		{"words not in the figure", func(r *indicators.Record) { r.Words = "approximately" }, indicators.ErrQualifier, "qualifier"},
		{"unknown words", func(r *indicators.Record) { r.Words = "roughly" }, indicators.ErrQualifier, "qualifier"},
		{"unknown qualifier", func(r *indicators.Record) { r.Qualifier = indicators.Range + 1 }, indicators.ErrQualifier, "qualifier"},
		{"unknown qualifier, no words", func(r *indicators.Record) { r.Qualifier, r.Words = indicators.Range+1, "" }, indicators.ErrQualifier, "qualifier"},
		{"an estimate with no words", func(r *indicators.Record) { r.Words = "" }, indicators.ErrQualifier, "qualifier"},
		{"the zero period", func(r *indicators.Record) { r.Period = indicators.Period{} }, indicators.ErrPeriod, "period"},
		{"the zero unit", func(r *indicators.Record) { r.Unit = "" }, indicators.ErrUnit, "unit"},
		{"a rate of no unit", func(r *indicators.Record) { r.Unit = "per cent per year per year" }, indicators.ErrUnit, "unit"},
		{"point 0", func(r *indicators.Record) { r.Points = []strategy.Point{0} }, strategy.ErrInvalidPoint, "points"},
		{"a point twice", func(r *indicators.Record) { r.Points = []strategy.Point{1, 1} }, indicators.ErrRecord, "points"},
		{"the zero citation", func(r *indicators.Record) { r.Citation = iomstrategy.Citation{} }, indicators.ErrRecord, "citation"},
		{"an id too long", func(r *indicators.Record) { r.ID = strings.Repeat("a", 81) }, indicators.ErrRecord, "id"},
		{"a fraction that is not the value", func(r *indicators.Record) { r.Fraction = "100/3" }, indicators.ErrValue, "value"},
		{"a bad fraction", func(r *indicators.Record) { r.Fraction = "1/0" }, indicators.ErrValue, "value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := good()
			tt.change(&r)
			if err := r.Validate(); !errors.Is(err, tt.sentinel) {
				t.Errorf("Validate: %v, want %v", err, tt.sentinel)
			}
			_, err := indicators.NewDataset([]indicators.Record{good(), r})
			var de *indicators.DataError
			if !errors.As(err, &de) || !errors.Is(err, tt.sentinel) || !errors.Is(err, indicators.ErrInvalidDataset) {
				t.Fatalf("NewDataset: %v, want a *DataError wrapping %v", err, tt.sentinel)
			}
			if de.Field != tt.field || de.ID != r.ID || de.Line != 0 {
				t.Errorf("NewDataset: line %d, record %q, field %q; want line 0, record %q, field %q", de.Line, de.ID, de.Field, r.ID, tt.field)
			}
		})
	}
}
