package indicators_test

import (
	"testing"

	"github.com/policycode/iomstrategy/indicators"
	"github.com/policycode/iomstrategy/strategy"
)

func review(t testing.TB) indicators.Dataset {
	t.Helper()
	return indicators.Review()
}

func pointOf(n int) strategy.Point { return strategy.Point(n) }
