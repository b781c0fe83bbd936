package indicators_test

import (
	"testing"

	"github.com/policycode/iomstrategy/indicators"
	"github.com/policycode/iomstrategy/strategy"
)

func review(t testing.TB) *indicators.Dataset {
	t.Helper()
	d, err := indicators.Review()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func pointOf(n int) strategy.Point { return strategy.Point(n) }
