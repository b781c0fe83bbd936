package facility1035

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// ErrNoRules matches every *NoRulesError: a year no parameter set governs.
var ErrNoRules = errors.New("no 1035 Facility rules in force")

// ErrScheduleOverlap: two sets given to NewSchedule govern the same year.
var ErrScheduleOverlap = errors.New("parameter sets overlap")

// NoRulesError reports a year for which no parameter set is in force. It
// says which years are covered, so that a caller knows what it may ask
// for, and, for a year before the expanded Facility's first year, says so.
type NoRulesError struct {
	Year      int
	Covered   []Period // the years that can be allocated, in order
	FirstYear int      // the earliest first year of the sets, 0 if unknown
}

func (e *NoRulesError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "no 1035 Facility rules in force for %d", e.Year)
	if e.FirstYear != 0 && e.Year < e.FirstYear {
		fmt.Fprintf(&b, " (the expanded Facility starts in %d)", e.FirstYear)
	}
	if len(e.Covered) == 0 {
		b.WriteString(": no years are covered")
		return b.String()
	}
	b.WriteString(": the rules cover ")
	for i, p := range e.Covered {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Is makes every NoRulesError match ErrNoRules.
func (e *NoRulesError) Is(target error) bool { return target == ErrNoRules }

// Schedule is the parameter sets in force over the years, like the
// successive versions of a law. For finds the set in force for a year.
//
// The zero Schedule has no sets: For refuses every year. A Schedule is a
// value: With returns a new one and leaves its receiver unchanged; the
// sets it holds are copies.
type Schedule struct {
	sets []Params // by precedence: the first set covering a year governs it
}

// DefaultSchedule returns the built-in schedule: Resolution1150 for
// 2008-2018. Resolution No. 18 of 27 June 2018 governs the Facility since
// then, and its formula was not found: years after 2018 have no rules
// unless a caller supplies a set (Schedule.With).
func DefaultSchedule() Schedule {
	return Schedule{sets: []Params{Resolution1150()}}
}

// NewSchedule returns a schedule of the given sets. Each must pass
// Validate, and no two may govern the same year (ErrScheduleOverlap).
func NewSchedule(sets ...Params) (Schedule, error) {
	s := Schedule{sets: make([]Params, 0, len(sets))}
	for i, p := range sets {
		if err := p.Validate(); err != nil {
			return Schedule{}, fmt.Errorf("parameter set %d (%q): %w", i+1, p.Name, err)
		}
		for _, q := range s.sets {
			if p.From <= q.Through && q.From <= p.Through {
				return Schedule{}, fmt.Errorf("%w: %q (%s) and %q (%s)", ErrScheduleOverlap, q.Name, q.Period(), p.Name, p.Period())
			}
		}
		s.sets = append(s.sets, p.Clone())
	}
	return s, nil
}

// With returns a new schedule in which p governs the years of its period,
// ahead of the sets of s (which keep the years p does not cover). It is how
// a caller runs a what-if ("what if the share were 30 per cent?") or fills
// years the built-in rules do not cover, without touching s or any package
// state. p must pass Validate.
func (s Schedule) With(p Params) (Schedule, error) {
	if err := p.Validate(); err != nil {
		return Schedule{}, err
	}
	sets := make([]Params, 0, len(s.sets)+1)
	sets = append(sets, p.Clone())
	for _, q := range s.sets {
		sets = append(sets, q.Clone())
	}
	return Schedule{sets: sets}, nil
}

// For returns the set in force for year: the first set, in precedence
// order, whose allocation period (Params.AllocationPeriod) holds it. When
// there is none it returns a *NoRulesError that lists the years covered.
func (s Schedule) For(year int) (Params, error) {
	for _, p := range s.sets {
		if p.AllocationPeriod().Contains(year) {
			return p.Clone(), nil
		}
	}
	first := 0
	for _, p := range s.sets {
		if first == 0 || p.FirstYear < first {
			first = p.FirstYear
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
func (s Schedule) Covered() []Period {
	var ps []Period
	for _, p := range s.sets {
		ap := p.AllocationPeriod()
		if ap.From <= ap.Through {
			ps = append(ps, ap)
		}
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].From < ps[j].From })
	var out []Period
	for _, p := range ps {
		if n := len(out); n > 0 && p.From <= out[n-1].Through+1 {
			if p.Through > out[n-1].Through {
				out[n-1].Through = p.Through
			}
			continue
		}
		out = append(out, p)
	}
	return out
}

// Sets returns copies of the schedule's sets, in precedence order.
func (s Schedule) Sets() []Params {
	out := make([]Params, len(s.sets))
	for i, p := range s.sets {
		out[i] = p.Clone()
	}
	return out
}
