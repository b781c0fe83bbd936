package strategy

import (
	"errors"
	"fmt"
)

// The failures of Align and Activity.Split. Each comes wrapped in an
// *ActivityError that names the activity, except ErrEmptyPortfolio and
// ErrInvalidSplitMode, which concern the whole call.
var (
	// ErrMissingActivityID: an activity without an ID.
	ErrMissingActivityID = errors.New("activity has no id")
	// ErrDuplicateActivity: two activities with the same ID.
	ErrDuplicateActivity = errors.New("duplicate activity id")
	// ErrNoPoints: an activity tagged to no point.
	ErrNoPoints = errors.New("activity is tagged to no point")
	// ErrDuplicatePoint: an activity tagged twice to one point ("4;4").
	ErrDuplicatePoint = errors.New("activity is tagged twice to the same point")
	// ErrEmptyPortfolio: Align was given no activity.
	ErrEmptyPortfolio = errors.New("portfolio has no activities")
)

// ActivityError reports an activity that Align or Split refuses. It names
// the activity by its position in the portfolio (from 1) and its ID, and
// wraps the failure: one of the Err* sentinels above,
// iomstrategy.ErrNegativeAmount for an amount below zero (it also matches
// iomstrategy.ErrInvalidAmount), or ErrInvalidPoint for a point outside
// 1-12.
type ActivityError struct {
	Index int    // position in the portfolio, from 1 (0 for Activity.Split)
	ID    string // the activity's ID as given
	Err   error
}

func (e *ActivityError) Error() string {
	if e.Index > 0 {
		return fmt.Sprintf("activity %d (id %q): %v", e.Index, e.ID, e.Err)
	}
	return fmt.Sprintf("activity %q: %v", e.ID, e.Err)
}

// Unwrap returns the failure.
func (e *ActivityError) Unwrap() error { return e.Err }
