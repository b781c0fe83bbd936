package indicators_test

import (
	"errors"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/indicators"
)

func TestReviewCheck(t *testing.T) {
	c, err := indicators.ReviewCheck("emergency-projects-add-up")
	if err != nil {
		t.Fatal(err)
	}
	if c.ID != "emergency-projects-add-up" || len(c.Citations) == 0 || c.Citations[0] != iomstrategy.Para(59) {
		t.Errorf("ReviewCheck = %+v, want the para. 59 check", c)
	}
	if _, err := indicators.ReviewCheck("no-such-check"); !errors.Is(err, indicators.ErrUnknownID) {
		t.Errorf("unknown id: %v, want ErrUnknownID", err)
	}
}
