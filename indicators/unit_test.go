package indicators_test

import (
	"strings"
	"testing"

	"github.com/policycode/iomstrategy/indicators"
)

// units are the units the UnitOfMeasure documentation lists.
var units = []indicators.UnitOfMeasure{
	"persons", "USD", "per cent", "projects", "staff", "countries", "States", "agencies", "meetings",
	"priorities", "orientations", "objectives", "publications", "studies", "assessments",
	"activities", "workshops", "programmes", "requests", "institutions", "continents", "years", "weeks",
	"themes", "languages",
}

func TestUnitOfMeasure(t *testing.T) {
	for _, u := range units {
		if !u.Valid() || u.IsRate() || u.Base() != u {
			t.Errorf("%q: Valid %v, IsRate %v, Base %q", u, u.Valid(), u.IsRate(), u.Base())
		}
		rate := u + " per year"
		if !rate.Valid() || !rate.IsRate() || rate.Base() != u {
			t.Errorf("%q: Valid %v, IsRate %v, Base %q", rate, rate.Valid(), rate.IsRate(), rate.Base())
		}
	}
	for _, u := range []indicators.UnitOfMeasure{"", "person", "Persons", "USD million", "per year", "persons per year per year", "persons  per year", " persons", "x per year"} {
		if u.Valid() || u.IsRate() {
			t.Errorf("%q: Valid %v, IsRate %v; want neither", u, u.Valid(), u.IsRate())
		}
	}
}

func FuzzUnitOfMeasure(f *testing.F) {
	for _, s := range []string{"persons", "USD", "per cent", "requests per year", "per year", "x per year"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u := indicators.UnitOfMeasure(s)
		if !u.Valid() {
			return
		}
		base := u.Base()
		if !base.Valid() || base.IsRate() || u.IsRate() != strings.HasSuffix(s, " per year") {
			t.Fatalf("%q: base %q, IsRate %v", s, base, u.IsRate())
		}
	})
}
