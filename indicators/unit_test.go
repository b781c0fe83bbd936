package indicators_test

import (
	"errors"
	"testing"

	"github.com/policycode/iomstrategy/indicators"
)

func TestParseUnit(t *testing.T) {
	for _, u := range indicators.Units() {
		got, err := indicators.ParseUnit(u.String())
		if err != nil || got != u || got.IsRate() {
			t.Errorf("ParseUnit(%q) = %q, %v", u, got, err)
		}
		rate, err := indicators.ParseUnit(u.String() + " per year")
		if err != nil || !rate.IsRate() || rate.Base() != u || u.PerYear() != rate {
			t.Errorf("ParseUnit(%q per year) = %q, %v", u, rate, err)
		}
	}
	for _, in := range []string{"", "person", "Persons", "USD million", "per year", "persons per year per year", "persons  per year", " persons"} {
		if u, err := indicators.ParseUnit(in); !errors.Is(err, indicators.ErrUnit) {
			t.Errorf("ParseUnit(%q) = %q, %v; want ErrUnit", in, u, err)
		}
	}
	var zero indicators.Unit
	if zero.Valid() {
		t.Error("the zero Unit is valid")
	}
}

func FuzzParseUnit(f *testing.F) {
	for _, s := range []string{"persons", "USD", "per cent", "requests per year", "per year", "x per year"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := indicators.ParseUnit(s)
		if err != nil {
			if !errors.Is(err, indicators.ErrUnit) {
				t.Fatal(err)
			}
			return
		}
		if u.String() != s || !u.Valid() {
			t.Fatalf("ParseUnit(%q) = %q", s, u)
		}
	})
}
