package facility1035

import (
	"fmt"
	"sort"
)

// Schedule is the parameter sets in force over the years, like the
// successive versions of a law, in order of precedence: the first set
// whose years hold a year governs it. For finds that set.
//
// A Schedule is plain data. NewSchedule builds one whose sets are valid and
// govern no year twice; With puts a what-if ahead of the rest. The zero
// Schedule has no sets: For refuses every year.
type Schedule []Params

// DefaultSchedule returns the built-in schedule: Resolution1150 for
// 2008-2018. Resolution No. 18 of 27 June 2018 governs the Facility since
// then, and its formula was not found: years after 2018 have no rules
// unless a caller supplies a set (Schedule.With).
func DefaultSchedule() Schedule { return Schedule{Resolution1150()} }

// NewSchedule returns a schedule of the given sets. Each must pass
// Validate, and no two may govern the same year: both are *InputError
// values wrapping ErrInvalidParams, the overlap naming the two sets.
func NewSchedule(sets ...Params) (Schedule, error) {
	for i, p := range sets {
		if err := p.Validate(); err != nil {
			return nil, fmt.Errorf("parameter set %d (%q): %w", i+1, p.Name, err)
		}
		for _, q := range sets[:i] {
			if p.From <= q.Through && q.From <= p.Through {
				return nil, paramError("through", p.years().String(),
					failf(ErrInvalidParams, "parameter sets overlap: %q (%s) and %q (%s)", q.Name, q.years(), p.Name, p.years()))
			}
		}
	}
	return Schedule(append([]Params(nil), sets...)), nil
}

// With returns a new schedule in which p governs the years of its period,
// ahead of the sets of s (which keep the years p does not cover). It is how
// a caller runs a what-if or fills years the built-in rules do not cover,
// without touching s. p must pass Validate.
func (s Schedule) With(p Params) (Schedule, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return append(Schedule{p}, s...), nil
}

// For returns the set in force for year: the first set whose allocation
// years (its period from its first year on) hold it. When there is none it
// returns a *NoRulesError that lists the years covered.
func (s Schedule) For(year int) (Params, error) {
	for _, p := range s {
		if p.allocationYears().Contains(year) {
			return p, nil
		}
	}
	first := 0
	for _, p := range s {
		if first == 0 || p.FirstYear.Value < first {
			first = p.FirstYear.Value
		}
	}
	return Params{}, &NoRulesError{Year: year, Covered: s.Covered(), FirstYear: first}
}

// Allocate finds the set in force for in.Year and allocates with it.
func (s Schedule) Allocate(in Income) (Allocation, error) {
	p, err := s.For(in.Year)
	if err != nil {
		return Allocation{}, err
	}
	return Allocate(in, p)
}

// Covered returns the years the schedule can allocate, as sorted, merged
// periods.
func (s Schedule) Covered() []Years {
	var ps []Years
	for _, p := range s {
		if ap := p.allocationYears(); ap.From <= ap.Through {
			ps = append(ps, ap)
		}
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].From < ps[j].From })
	var out []Years
	for _, p := range ps {
		if n := len(out); n > 0 && p.From <= out[n-1].Through+1 {
			out[n-1].Through = max(out[n-1].Through, p.Through)
			continue
		}
		out = append(out, p)
	}
	return out
}
