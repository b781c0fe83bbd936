package facility1035

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// schedSet returns a copy of the built-in rules named name and in force for
// from to through (a caller's set, as WithPeriod makes it).
func schedSet(name string, from, through int) Params {
	p := Resolution1150().WithPeriod(from, through)
	p.Name = name
	return p
}

// schedNames returns the names of a schedule's sets, in order.
func schedNames(s Schedule) []string {
	var out []string
	for _, p := range s {
		out = append(out, p.Name)
	}
	return out
}

// TestSchedule checks the lookup of the rules in force for a year.
func TestSchedule(t *testing.T) {
	s := DefaultSchedule()
	if d := cmp.Diff(Schedule{Resolution1150()}, s); d != "" {
		t.Errorf("DefaultSchedule() (-want +got):\n%s", d)
	}
	for _, year := range []int{2008, 2013, 2018} {
		p, err := s.For(year)
		if err != nil || p.Name != "Resolution 1150 (XCIII)" {
			t.Errorf("For(%d) = %q, %v", year, p.Name, err)
		}
	}
	for _, tt := range []struct {
		year    int
		message string
	}{
		{2007, "no 1035 Facility rules in force for 2007 (the expanded Facility starts in 2008): the rules cover 2008-2018"},
		{2019, "no 1035 Facility rules in force for 2019: the rules cover 2008-2018"},
		{1, "no 1035 Facility rules in force for 1 (the expanded Facility starts in 2008): the rules cover 2008-2018"},
	} {
		_, err := s.For(tt.year)
		var nr *NoRulesError
		if !errors.As(err, &nr) || err.Error() != tt.message {
			t.Errorf("For(%d) = %v, want %q", tt.year, err, tt.message)
			continue
		}
		if d := cmp.Diff(&NoRulesError{Year: tt.year, Covered: []Years{{2008, 2018}}, FirstYear: 2008}, nr); d != "" {
			t.Errorf("For(%d) (-want +got):\n%s", tt.year, d)
		}
	}

	// A caller's set for later years extends the schedule.
	extended, err := s.With(schedSet("assumed 2019-2020", 2019, 2020))
	if err != nil {
		t.Fatal(err)
	}
	if p, err := extended.For(2020); err != nil || p.Name != "assumed 2019-2020" {
		t.Errorf("extended For(2020) = %q, %v", p.Name, err)
	}
	if p, err := extended.For(2010); err != nil || p.Name != "Resolution 1150 (XCIII)" {
		t.Errorf("extended For(2010) = %q, %v", p.Name, err)
	}
	if d := cmp.Diff([]Years{{2008, 2020}}, extended.Covered()); d != "" {
		t.Errorf("extended Covered (-want +got):\n%s", d)
	}
	_, err = extended.For(2021)
	if err == nil || err.Error() != "no 1035 Facility rules in force for 2021: the rules cover 2008-2020" {
		t.Errorf("extended For(2021) = %v", err)
	}

	// A what-if for one year takes precedence for that year only.
	whatIf := schedSet("what-if 2010", 2010, 2010)
	whatIf.Share.Value = decimal.RequireFromString("0.30")
	ws, err := s.With(whatIf)
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := ws.For(2010); p.Name != "what-if 2010" {
		t.Errorf("what-if For(2010) = %q", p.Name)
	}
	if p, _ := ws.For(2011); p.Name != "Resolution 1150 (XCIII)" {
		t.Errorf("what-if For(2011) = %q", p.Name)
	}
	// The original schedule is untouched.
	if d := cmp.Diff(DefaultSchedule(), s); d != "" {
		t.Errorf("With changed its receiver (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"what-if 2010", "Resolution 1150 (XCIII)"}, schedNames(ws)); d != "" {
		t.Errorf("With: sets (-want +got):\n%s", d)
	}

	// A set that does not validate is refused.
	bad := whatIf
	bad.Rounding.Value = iomstrategy.RoundingUnset
	if _, err := s.With(bad); !errors.Is(err, iomstrategy.ErrRoundingMode) {
		t.Errorf("With(unset rounding) = %v", err)
	}
	if _, err := NewSchedule(Resolution1150(), bad); !errors.Is(err, iomstrategy.ErrRoundingMode) {
		t.Errorf("NewSchedule(invalid) = %v", err)
	}

	// Sets with a gap between them.
	ns, err := NewSchedule(Resolution1150(), schedSet("2020-2021", 2020, 2021))
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]Years{{2008, 2018}, {2020, 2021}}, ns.Covered()); d != "" {
		t.Errorf("Covered with a gap (-want +got):\n%s", d)
	}
	if _, err := ns.For(2019); err == nil || !strings.HasSuffix(err.Error(), "the rules cover 2008-2018, 2020-2021") {
		t.Errorf("For(2019) with a gap = %v", err)
	}

	// The zero Schedule has no rules.
	var nr *NoRulesError
	if _, err := (Schedule{}).For(2010); !errors.As(err, &nr) || err.Error() != "no 1035 Facility rules in force for 2010: no years are covered" {
		t.Errorf("zero Schedule For(2010) = %v", err)
	}

	// What For returns is a copy.
	p, _ := s.For(2010)
	p.Line1Ceiling.Value = iomstrategy.USDFromCents(100)
	if q, _ := s.For(2010); !q.Line1Ceiling.Value.IsZero() {
		t.Errorf("For returned shared state")
	}
}

// TestNewScheduleOverlap checks that NewSchedule refuses two sets that
// govern a same year, as two versions of a law cannot both be in force,
// and accepts sets that meet or leave a gap.
func TestNewScheduleOverlap(t *testing.T) {
	tests := []struct {
		name    string
		sets    []Params
		overlap bool
	}{
		{"2018-2020 beside the built-in 2008-2018: they share 2018",
			[]Params{Resolution1150(), schedSet("2018-2020", 2018, 2020)}, true},
		{"the same, the later set first",
			[]Params{schedSet("2018-2020", 2018, 2020), Resolution1150()}, true},
		{"2010 alone inside 2008-2018",
			[]Params{Resolution1150(), schedSet("2010", 2010, 2010)}, true},
		{"2000-2030 around 2008-2018",
			[]Params{Resolution1150(), schedSet("2000-2030", 2000, 2030)}, true},
		{"the built-in set twice", []Params{Resolution1150(), Resolution1150()}, true},
		{"three sets, the third overlapping the first",
			[]Params{Resolution1150(), schedSet("2019-2020", 2019, 2020), schedSet("2005-2008", 2005, 2008)}, true},
		{"2019-2020 beside 2008-2018: they meet", []Params{Resolution1150(), schedSet("2019-2020", 2019, 2020)}, false},
		{"2020-2021 beside 2008-2018: a gap", []Params{Resolution1150(), schedSet("2020-2021", 2020, 2021)}, false},
		{"one set", []Params{Resolution1150()}, false},
		{"no set", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := NewSchedule(tt.sets...)
			if !tt.overlap {
				if err != nil {
					t.Fatalf("NewSchedule: %v", err)
				}
				if d := cmp.Diff(Schedule(tt.sets), s, cmpopts.EquateEmpty()); d != "" {
					t.Errorf("NewSchedule (-want +got):\n%s", d)
				}
				return
			}
			var ie *InputError
			if !errors.As(err, &ie) || !errors.Is(err, ErrInvalidParams) {
				t.Fatalf("NewSchedule = %v, want an *InputError matching ErrInvalidParams", err)
			}
			if !strings.Contains(err.Error(), "overlap") {
				t.Errorf("the error %q does not say the sets overlap", err)
			}
			if s != nil {
				t.Errorf("a refused schedule gave a partial result: %v", schedNames(s))
			}
		})
	}
	// NewSchedule copies the sets it is given.
	sets := []Params{Resolution1150(), schedSet("2019-2020", 2019, 2020)}
	s, err := NewSchedule(sets...)
	if err != nil {
		t.Fatal(err)
	}
	sets[0].Name = "changed"
	if s[0].Name != "Resolution 1150 (XCIII)" {
		t.Errorf("NewSchedule shares its sets with the caller")
	}
}

// TestScheduleFor checks that For picks the first set, in the order of
// precedence, whose allocation years hold the year: its period from its
// first year on.
func TestScheduleFor(t *testing.T) {
	builtIn := Resolution1150()
	whatIf := schedSet("what-if 2010-2012", 2010, 2012)
	early := schedSet("2005-2007", 2005, 2007) // first year 2008: allocates no year (Validate refuses it; a Schedule literal does not)
	later := schedSet("2019-2020", 2019, 2020)
	tests := []struct {
		name     string
		schedule Schedule
		year     int
		want     string // the set's name; "" for no rules
	}{
		{"a what-if ahead of the built-in set governs its years", Schedule{whatIf, builtIn}, 2011, "what-if 2010-2012"},
		{"the built-in set keeps the years the what-if does not cover", Schedule{whatIf, builtIn}, 2013, "Resolution 1150 (XCIII)"},
		{"the built-in set ahead of the what-if governs the what-if's years too", Schedule{builtIn, whatIf}, 2011, "Resolution 1150 (XCIII)"},
		{"With puts the what-if first", func() Schedule { s, _ := DefaultSchedule().With(whatIf); return s }(), 2010, "what-if 2010-2012"},
		{"a later set fills later years", Schedule{builtIn, later}, 2020, "2019-2020"},
		{"a set before the first year (Part III, bullet 1: starting in 2008) allocates nothing", Schedule{early, builtIn}, 2006, ""},
		{"nor the first year after its period", Schedule{early}, 2008, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := tt.schedule.For(tt.year)
			if tt.want == "" {
				var nr *NoRulesError
				if !errors.As(err, &nr) || nr.Year != tt.year {
					t.Errorf("For(%d) = %q, %v; want a *NoRulesError", tt.year, p.Name, err)
				}
				return
			}
			if err != nil || p.Name != tt.want {
				t.Errorf("For(%d) = %q, %v; want %q", tt.year, p.Name, err, tt.want)
			}
		})
	}
}

// TestScheduleCovered checks that Covered lists the years a schedule can
// allocate as sorted periods, merging those that overlap or meet, and
// leaving out the years before a set's first year.
func TestScheduleCovered(t *testing.T) {
	tests := []struct {
		name     string
		schedule Schedule
		want     []Years
	}{
		{"the built-in set", DefaultSchedule(), []Years{{2008, 2018}}},
		{"none", Schedule{}, nil},
		{"a set that meets the built-in one", Schedule{Resolution1150(), schedSet("b", 2019, 2020)}, []Years{{2008, 2020}}},
		{"sets out of order, meeting", Schedule{schedSet("b", 2019, 2020), Resolution1150()}, []Years{{2008, 2020}}},
		{"a what-if inside the built-in set", Schedule{schedSet("w", 2010, 2011), Resolution1150()}, []Years{{2008, 2018}}},
		{"overlapping sets", Schedule{Resolution1150(), schedSet("b", 2015, 2022)}, []Years{{2008, 2022}}},
		{"a gap", Schedule{schedSet("c", 2025, 2026), Resolution1150(), schedSet("b", 2020, 2021)},
			[]Years{{2008, 2018}, {2020, 2021}, {2025, 2026}}},
		{"a period starting before the first year counts from the first year", Schedule{schedSet("a", 2005, 2010)}, []Years{{2008, 2010}}},
		{"a period ending before the first year (a set Validate refuses) counts for nothing", Schedule{schedSet("a", 2005, 2007), schedSet("b", 2030, 2030)}, []Years{{2030, 2030}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, tt.schedule.Covered(), cmpopts.EquateEmpty()); d != "" {
				t.Errorf("Covered (-want +got):\n%s", d)
			}
		})
	}
}
