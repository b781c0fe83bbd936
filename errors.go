package iomstrategy

import "errors"

// The refusals that are the same kind of failure in every package, each
// wrapped by the package with what was refused and where (facility1035's
// *InputError, strategy's *ActivityError).
var (
	// ErrMissing is a required value that is missing or empty: an id, a
	// country, a field of a parameter file, the points of an activity.
	ErrMissing = errors.New("required, but missing or empty")
	// ErrDuplicate is something given twice where it must be unique: an
	// application, activity or commitment id, a Member State, a point.
	ErrDuplicate = errors.New("given twice")
)
