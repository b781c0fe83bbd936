package strategy

import (
	"errors"
	"fmt"

	"github.com/policycode/iomstrategy"
)

// The failures of Align and Activity.Split. iomstrategy.ErrMissing (an
// activity without an ID or points) and iomstrategy.ErrDuplicate (an ID or
// a point given twice) come wrapped in an *ActivityError that names the
// activity and the field at fault, with the detail in the message; ErrEmptyPortfolio and
// ErrInvalidSplitMode concern the whole call.
var (
	// ErrEmptyPortfolio: Align was given no activity.
	ErrEmptyPortfolio = errors.New("portfolio has no activities")
)

// refusal is a failure of the kind iomstrategy.ErrMissing or iomstrategy.ErrDuplicate, told in its
// own words: it reads as text and matches kind with errors.Is.
type refusal struct {
	kind error
	text string
}

func (r *refusal) Error() string { return r.text }
func (r *refusal) Unwrap() error { return r.kind }

// The refusals of an activity that carry no detail of their own.
var (
	errNoID     = &refusal{kind: iomstrategy.ErrMissing, text: "activity has no id"}
	errNoPoints = &refusal{kind: iomstrategy.ErrMissing, text: "activity is tagged to no point"}
)

// ActivityError reports an activity that Align or Split refuses. It names
// the activity by its position in the portfolio (from 1) and its ID, names
// the field at fault, and wraps the failure: iomstrategy.ErrMissing or iomstrategy.ErrDuplicate,
// iomstrategy.ErrNegativeAmount for an amount below zero (it also matches
// iomstrategy.ErrInvalidAmount), or ErrInvalidPoint for a point outside
// 1-12.
type ActivityError struct {
	Index int    // position in the portfolio, from 1 (0 for Activity.Split)
	ID    string // the activity's ID as given
	Field string // the field at fault: "id", "amount" or "points"
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
