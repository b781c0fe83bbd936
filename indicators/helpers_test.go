package indicators_test

import (
	"testing"

	"github.com/policycode/iomstrategy/indicators"
)

func review(t testing.TB) *indicators.Dataset {
	t.Helper()
	d, err := indicators.Review()
	if err != nil {
		t.Fatal(err)
	}
	return d
}
