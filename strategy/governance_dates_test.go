package strategy

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
)

func utcDay(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestAmendmentsInForceIsSourced(t *testing.T) {
	text, err := iomstrategy.Doc(iomstrategy.Resolution997).Text()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "in force since 21 November 2013") {
		t.Errorf("%v does not give 21 November 2013: %q", iomstrategy.Doc(iomstrategy.Resolution997), text)
	}
	if got := Resolution1150Dates().AmendmentsInForce; !got.Equal(utcDay(2013, time.November, 21)) || got.Location() != time.UTC {
		t.Errorf("Resolution1150Dates().AmendmentsInForce = %v", got)
	}
	if got := SCPFMandate().FirstRecordedSession; !strings.Contains(iomstrategy.SourceFacts(), "3rd (4-5 November 2008)") ||
		!got.Equal(utcDay(2008, time.November, 4)) || got.Location() != time.UTC {
		t.Errorf("SCPFMandate().FirstRecordedSession = %v, not the 3rd session of external-facts.md", got)
	}
}

func TestEraOn(t *testing.T) {
	tests := []struct {
		name string
		date time.Time
		want Era
	}{
		{"long before", utcDay(1998, time.November, 24), BeforeStrategy},
		{"the day before adoption (Resolution 1150 (XCIII))", utcDay(2007, time.June, 6), BeforeStrategy},
		{"adoption day", utcDay(2007, time.June, 7), StreamlinedGovernance},
		{"adoption day, last minute, in Geneva summer time", time.Date(2007, time.June, 7, 23, 59, 0, 0, time.FixedZone("CEST", 7200)), StreamlinedGovernance},
		{"the day before the 1998 amendments entered into force", utcDay(2013, time.November, 20), StreamlinedGovernance},
		{"entry into force (Resolution 997 (LXXVI))", utcDay(2013, time.November, 21), AfterAmendments},
		{"2024", utcDay(2024, time.August, 1), AfterAmendments},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Resolution1150Dates().EraOn(tt.date)
			if err != nil || got != tt.want {
				t.Errorf("EraOn(%v) = %v, %v; want %v", tt.date, got, err, tt.want)
			}
		})
	}
	if BeforeStrategy.String() != "before the Strategy" || StreamlinedGovernance.String() != "streamlined governance" ||
		AfterAmendments.String() != "after the 1998 amendments" || Era(0).String() != "Era(0)" {
		t.Error("Era.String")
	}
}

// TestBodiesOn lists the bodies on dates in each era (Resolution 1150
// (XCIII), Annex, Part II; external-facts.md for 21 November 2013).
func TestBodiesOn(t *testing.T) {
	tests := []struct {
		name string
		date time.Time
		want []Body
	}{
		{"2005: Subcommittee still meets (external-facts.md)", utcDay(2005, time.November, 1),
			[]Body{Council, ExecutiveCommittee, SubcommitteeOnBudgetAndFinance, InformalConsultations}},
		{"6 June 2007", utcDay(2007, time.June, 6),
			[]Body{Council, ExecutiveCommittee, SubcommitteeOnBudgetAndFinance, InformalConsultations}},
		{"7 June 2007: SCPF set up, Subcommittee abolished (Part II, paras 1-2)", utcDay(2007, time.June, 7),
			[]Body{Council, ExecutiveCommittee, SCPF, InformalConsultations}},
		{"3rd SCPF session", utcDay(2008, time.November, 4),
			[]Body{Council, ExecutiveCommittee, SCPF, InformalConsultations}},
		{"20 November 2013", utcDay(2013, time.November, 20),
			[]Body{Council, ExecutiveCommittee, SCPF, InformalConsultations}},
		{"21 November 2013: Executive Committee gone", utcDay(2013, time.November, 21),
			[]Body{Council, SCPF, InformalConsultations}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Resolution1150Dates().BodiesOn(tt.date)
			if err != nil {
				t.Fatal(err)
			}
			var bodies []Body
			for _, s := range got {
				bodies = append(bodies, s.Body)
				if s.Name != s.Body.String() || s.Formal != s.Body.Formal() {
					t.Errorf("standing %+v does not match its body", s)
				}
			}
			if diff := cmp.Diff(tt.want, bodies); diff != "" {
				t.Errorf("BodiesOn(%v) (-want +got):\n%s", tt.date.Format(time.DateOnly), diff)
			}
		})
	}
}

func TestBodiesOnInterpretations(t *testing.T) {
	note := func(date time.Time, b Body) string {
		t.Helper()
		got, err := Resolution1150Dates().BodiesOn(date)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range got {
			if s.Body == b {
				return s.Interpretation
			}
		}
		t.Fatalf("%v does not exist on %v", b, date)
		return ""
	}
	tests := []struct {
		name string
		date time.Time
		body Body
		want string // "" or a phrase of the interpretation
	}{
		{"SCPF on adoption day rests on \"To set up immediately\" (Part II, para. 1)", utcDay(2007, time.June, 7), SCPF, "(scpf-set-up-immediately): Part II, para. 1 says \"To set up immediately\""},
		{"SCPF the day before its 3rd session (external-facts.md)", utcDay(2008, time.November, 3), SCPF, "(scpf-set-up-immediately)"},
		{"SCPF from its 3rd session is on record (external-facts.md)", utcDay(2008, time.November, 4), SCPF, ""},
		{"SCPF after 2013 has no end in the source (Part II, para. 1)", utcDay(2014, time.July, 1), SCPF, "(scpf-no-end): the source gives the SCPF no end"},
		{"SCPF on 21 November 2013 (Resolution 997 (LXXVI))", utcDay(2013, time.November, 21), SCPF, "(scpf-no-end)"},
		{"Council from the Strategy needs no reading (Part II, opening paragraph)", utcDay(2014, time.July, 1), Council, ""},
		{"Council on adoption day (Part II, opening paragraph)", utcDay(2007, time.June, 7), Council, ""},
		{"Executive Committee before 2013 (Part II, opening paragraph)", utcDay(2012, time.May, 1), ExecutiveCommittee, ""},
		{"Council before the Strategy: no start in the sources (Resolution 997 (LXXVI))", utcDay(2007, time.June, 6), Council, "(existence-before-strategy): the library's sources give the Council no start"},
		{"Executive Committee before the Strategy (Resolution 997 (LXXVI))", utcDay(1999, time.January, 1), ExecutiveCommittee, "\"They abolish the Executive Committee\""},
		{"Subcommittee before the Strategy (MC/INF/302, para. 10)", utcDay(2005, time.November, 1), SubcommitteeOnBudgetAndFinance, "\"The former Sub-Committee on Budget and Finance\""},
		{"informal consultations before the Strategy (MC/INF/302, para. 48)", utcDay(2005, time.November, 1), InformalConsultations, "give informal consultations no start"},
		{"informal consultations from the Strategy (Part II, opening paragraph)", utcDay(2007, time.June, 7), InformalConsultations, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := note(tt.date, tt.body)
			if tt.want == "" {
				if got != "" {
					t.Errorf("interpretation %q, want none", got)
				}
				return
			}
			if !strings.Contains(got, tt.want) || !strings.HasPrefix(got, "needs review (") || !strings.Contains(got, "; option: ") {
				t.Errorf("interpretation %q, want a \"needs review (code)\" note with %q and its option", got, tt.want)
			}
		})
	}
}

// TestGovernanceDatesOptions changes the library's readings and sees them
// followed.
func TestGovernanceDatesOptions(t *testing.T) {
	g := Resolution1150Dates()
	g.SCPFEstablished = utcDay(2007, time.November, 30)
	g.SubcommitteeAbolished = utcDay(2007, time.November, 30)
	g.SCPFDissolved = utcDay(2020, time.January, 1)
	tests := []struct {
		date time.Time
		want []Body
	}{
		{utcDay(2007, time.June, 7), []Body{Council, ExecutiveCommittee, SubcommitteeOnBudgetAndFinance, InformalConsultations}},
		{utcDay(2007, time.November, 30), []Body{Council, ExecutiveCommittee, SCPF, InformalConsultations}},
		{utcDay(2019, time.December, 31), []Body{Council, SCPF, InformalConsultations}},
		{utcDay(2020, time.January, 1), []Body{Council, InformalConsultations}},
	}
	for _, tt := range tests {
		got, err := g.BodiesOn(tt.date)
		if err != nil {
			t.Fatal(err)
		}
		var bodies []Body
		for _, s := range got {
			bodies = append(bodies, s.Body)
			if s.Body == SubcommitteeOnBudgetAndFinance && !strings.HasPrefix(s.Interpretation, "needs review (subcommittee-abolition-date)") {
				t.Errorf("Subcommittee kept after adoption by an option, interpretation %q", s.Interpretation)
			}
		}
		if diff := cmp.Diff(tt.want, bodies); diff != "" {
			t.Errorf("BodiesOn(%v) with changed dates (-want +got):\n%s", tt.date.Format(time.DateOnly), diff)
		}
	}
}

func TestGovernanceDatesValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*GovernanceDates)
		field string
	}{
		{"zero value", func(g *GovernanceDates) { *g = GovernanceDates{} }, "GovernanceDates.StrategyAdopted"},
		{"no SCPF date", func(g *GovernanceDates) { g.SCPFEstablished = time.Time{} }, "GovernanceDates.SCPFEstablished"},
		{"no abolition date", func(g *GovernanceDates) { g.SubcommitteeAbolished = time.Time{} }, "GovernanceDates.SubcommitteeAbolished"},
		{"no entry into force", func(g *GovernanceDates) { g.AmendmentsInForce = time.Time{} }, "GovernanceDates.AmendmentsInForce"},
		{"SCPF before the Strategy", func(g *GovernanceDates) { g.SCPFEstablished = utcDay(2007, time.June, 6) }, "GovernanceDates.SCPFEstablished"},
		{"abolition before the Strategy", func(g *GovernanceDates) { g.SubcommitteeAbolished = utcDay(2006, time.January, 1) }, "GovernanceDates.SubcommitteeAbolished"},
		{"amendments in force on adoption", func(g *GovernanceDates) { g.AmendmentsInForce = g.StrategyAdopted }, "GovernanceDates.AmendmentsInForce"},
		{"SCPF ends when it starts", func(g *GovernanceDates) { g.SCPFDissolved = g.SCPFEstablished }, "GovernanceDates.SCPFDissolved"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Resolution1150Dates()
			tt.edit(&g)
			err := g.Validate()
			var de *DateError
			if !errors.Is(err, ErrInvalidCalendar) || !errors.As(err, &de) || de.Field != tt.field {
				t.Fatalf("Validate() = %v, want a *DateError for %s wrapping ErrInvalidCalendar", err, tt.field)
			}
			if !strings.Contains(err.Error(), tt.field) {
				t.Errorf("error %q does not name the field", err)
			}
			if got, err := g.BodiesOn(utcDay(2010, time.January, 1)); err == nil || got != nil {
				t.Errorf("BodiesOn with bad dates = %v, %v; want an error and no result", got, err)
			}
		})
	}
	if err := Resolution1150Dates().Validate(); err != nil {
		t.Errorf("Resolution1150Dates().Validate() = %v", err)
	}
}

func TestZeroDateRefused(t *testing.T) {
	calls := map[string]func() error{
		"BodiesOn":           func() error { _, err := Resolution1150Dates().BodiesOn(time.Time{}); return err },
		"EraOn":              func() error { _, err := Resolution1150Dates().EraOn(time.Time{}); return err },
		"FormalDecision":     func() error { _, err := Resolution1150Dates().FormalDecision(Council, time.Time{}); return err },
		"EnlargementAllowed": func() error { _, err := Resolution1150Dates().EnlargementAllowed(time.Time{}); return err },
		"Exists":             func() error { _, err := Resolution1150Dates().Exists(SCPF, time.Time{}); return err },
	}
	for name, call := range calls {
		err := call()
		var de *DateError
		if !errors.Is(err, ErrInvalidDate) || !errors.As(err, &de) || de.Field != "date" || !strings.Contains(err.Error(), "zero time") {
			t.Errorf("%s(zero date) error = %v, want a *DateError for \"date\" wrapping ErrInvalidDate", name, err)
		}
	}
	for _, b := range []Body{0, 9} {
		if _, err := Resolution1150Dates().FormalDecision(b, utcDay(2010, 1, 1)); !errors.Is(err, ErrUnknownBody) {
			t.Errorf("FormalDecision(Body(%d)) error = %v, want ErrUnknownBody", int(b), err)
		}
	}
}

func TestFormalDecision(t *testing.T) {
	partII := iomstrategy.PartOpening(iomstrategy.PartII)
	res997 := iomstrategy.Doc(iomstrategy.Resolution997)
	tests := []struct {
		name        string
		body        Body
		date        time.Time
		allowed     bool
		needsReview bool
		cites       iomstrategy.Citation // among the ruling's citations
	}{
		{"Council decides (Part II, opening paragraph)", Council, utcDay(2010, 1, 1), true, false, partII},
		{"Council after 2013 (Part II, opening paragraph)", Council, utcDay(2020, 1, 1), true, false, partII},
		{"Council before the Strategy: a reading, cited to Resolution 997 (LXXVI)", Council, utcDay(2000, 1, 1), true, true, res997},
		{"informal consultations never decide formally", InformalConsultations, utcDay(2010, 1, 1), false, false, partII},
		{"informal consultations after 2013", InformalConsultations, utcDay(2020, 1, 1), false, false, partII},
		{"informal consultations before the Strategy (MC/INF/302, para. 48)", InformalConsultations, utcDay(2005, 1, 1), false, true, iomstrategy.Para(48)},
		{"SCPF within its terms of reference (c)", SCPF, utcDay(2010, 1, 1), true, true, iomstrategy.TermOfReference('c')},
		{"SCPF before it was set up (Part II, para. 1)", SCPF, utcDay(2007, 6, 6), false, false, iomstrategy.PartIIPara(1)},
		{"Executive Committee in 2010", ExecutiveCommittee, utcDay(2010, 1, 1), true, true, partII},
		{"Executive Committee before the Strategy (Resolution 997 (LXXVI))", ExecutiveCommittee, utcDay(2006, 1, 1), true, true, res997},
		{"Executive Committee after the 1998 amendments (Resolution 997 (LXXVI))", ExecutiveCommittee, utcDay(2013, 11, 21), false, false, res997},
		{"Subcommittee in 2005 (MC/INF/302, para. 10)", SubcommitteeOnBudgetAndFinance, utcDay(2005, 11, 1), true, true, iomstrategy.Para(10)},
		{"Subcommittee after abolition, on the library's date (Part II, para. 2)", SubcommitteeOnBudgetAndFinance, utcDay(2007, 6, 7), false, true, iomstrategy.PartIIPara(2)},
		{"Subcommittee after abolition, on record (MC/INF/302, para. 10)", SubcommitteeOnBudgetAndFinance, utcDay(2010, 10, 12), false, false, iomstrategy.Para(10)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Resolution1150Dates().FormalDecision(tt.body, tt.date)
			if err != nil {
				t.Fatal(err)
			}
			if r.Allowed != tt.allowed || r.NeedsReview() != tt.needsReview || r.Reason == "" {
				t.Errorf("FormalDecision(%v, %v) = %+v; want allowed %v, needs review %v", tt.body, tt.date.Format(time.DateOnly), r, tt.allowed, tt.needsReview)
			}
			if !slices.Contains(r.Citations, tt.cites) {
				t.Errorf("citations %v, want %v among them", r.Citations, tt.cites)
			}
			if r.NeedsReview() && !strings.HasPrefix(r.Interpretation, "needs review (") {
				t.Errorf("interpretation %q", r.Interpretation)
			}
			// Before the Strategy, a body that exists is never cited to it.
			if tt.date.Before(utcDay(2007, 6, 7)) && tt.allowed {
				for _, c := range r.Citations {
					if c.Document == iomstrategy.Resolution1150 {
						t.Errorf("ruling before the Strategy cites it: %v", c)
					}
				}
			}
		})
	}
}

func TestEnlargementAllowed(t *testing.T) {
	partII := iomstrategy.PartOpening(iomstrategy.PartII)
	tests := []struct {
		name        string
		date        time.Time
		allowed     bool
		needsReview bool
		reason      string
		cites       iomstrategy.Citation
	}{
		{"before the Strategy: no bar in the text, not yet adopted (Resolution 1150 (XCIII))", utcDay(2006, 1, 1), true, true, "not yet adopted", iomstrategy.Doc(iomstrategy.Resolution1150)},
		{"adoption day: should not be enlarged (Part II, opening paragraph)", utcDay(2007, 6, 7), false, false, "should not be reinforced or enlarged", partII},
		{"2012", utcDay(2012, 11, 1), false, false, "should not be reinforced or enlarged", partII},
		{"20 November 2013", utcDay(2013, 11, 20), false, false, "should not be reinforced or enlarged", partII},
		{"21 November 2013: no Executive Committee (Resolution 997 (LXXVI))", utcDay(2013, 11, 21), false, false, "no longer exists", iomstrategy.Doc(iomstrategy.Resolution997)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Resolution1150Dates().EnlargementAllowed(tt.date)
			if err != nil {
				t.Fatal(err)
			}
			if r.Allowed != tt.allowed || r.NeedsReview() != tt.needsReview || !strings.Contains(r.Reason, tt.reason) {
				t.Errorf("EnlargementAllowed(%v) = %+v; want allowed %v, needs review %v, reason with %q", tt.date.Format(time.DateOnly), r, tt.allowed, tt.needsReview, tt.reason)
			}
			if !slices.Contains(r.Citations, tt.cites) {
				t.Errorf("citations %v, want %v among them", r.Citations, tt.cites)
			}
		})
	}
	quoteIn(t, "should not be reinforced or enlarged", partII)
}

// TestGovernanceProperties checks over 5,000 random dates from 1990 to 2040
// the invariants of Part II with the default dates: the Council and
// informal consultations always exist; the Executive Committee exists
// exactly before the 1998 amendments are in force; the SCPF and the
// Subcommittee never exist together and one of them always does; an
// enlargement is allowed only before the Strategy; the era matches the
// bodies; only existing formal bodies may take formal decisions.
func TestGovernanceProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	start := utcDay(1990, 1, 1)
	span := int(utcDay(2040, 1, 1).Sub(start).Hours() / 24)
	zones := []*time.Location{time.UTC, time.FixedZone("east", 14*3600), time.FixedZone("west", -12*3600)}
	for range 5000 {
		d := start.AddDate(0, 0, rng.IntN(span))
		// The same calendar date in another zone and hour.
		date := time.Date(d.Year(), d.Month(), d.Day(), rng.IntN(24), rng.IntN(60), 0, 0, zones[rng.IntN(len(zones))])
		got, err := Resolution1150Dates().BodiesOn(date)
		if err != nil {
			t.Fatal(err)
		}
		has := map[Body]bool{}
		for _, s := range got {
			has[s.Body] = true
		}
		era, err := Resolution1150Dates().EraOn(date)
		if err != nil {
			t.Fatal(err)
		}
		beforeAmendments := d.Before(utcDay(2013, 11, 21))
		switch {
		case !has[Council] || !has[InformalConsultations]:
			t.Fatalf("%v: Council or informal consultations missing: %v", d, got)
		case has[ExecutiveCommittee] != beforeAmendments:
			t.Fatalf("%v: Executive Committee %v, want %v", d, has[ExecutiveCommittee], beforeAmendments)
		case has[SCPF] == has[SubcommitteeOnBudgetAndFinance]:
			t.Fatalf("%v: SCPF %v and Subcommittee %v", d, has[SCPF], has[SubcommitteeOnBudgetAndFinance])
		case has[SCPF] != (era != BeforeStrategy):
			t.Fatalf("%v: SCPF %v in era %v", d, has[SCPF], era)
		case (era == AfterAmendments) != !beforeAmendments:
			t.Fatalf("%v: era %v", d, era)
		}
		r, err := Resolution1150Dates().EnlargementAllowed(date)
		if err != nil {
			t.Fatal(err)
		}
		if r.Allowed != (era == BeforeStrategy) {
			t.Fatalf("%v: enlargement allowed %v in era %v", d, r.Allowed, era)
		}
		for _, b := range Bodies() {
			fd, err := Resolution1150Dates().FormalDecision(b, date)
			if err != nil {
				t.Fatal(err)
			}
			if fd.Allowed != (has[b] && b.Formal()) {
				t.Fatalf("%v: %v formal decision %v, exists %v", d, b, fd.Allowed, has[b])
			}
		}
	}
}

// TestBodiesOnCitedByDate holds each body's role and citations to what
// governed on the date: before 7 June 2007 no role (the library holds no
// source for it) and a source for the body's existence then, never the Strategy; from 7 June 2007 Part II, with every
// paragraph the role rests on (the SCPF: paras 1, 3 and 4); from 21
// November 2013 the same, the Executive Committee gone under the amended
// Constitution.
func TestBodiesOnCitedByDate(t *testing.T) {
	partII := iomstrategy.PartOpening(iomstrategy.PartII)
	res997 := iomstrategy.Doc(iomstrategy.Resolution997)
	scpf := []iomstrategy.Citation{iomstrategy.PartIIPara(1), iomstrategy.PartIIPara(3), iomstrategy.PartIIPara(4)}
	type got struct {
		Role      string
		Citations []iomstrategy.Citation
		Code      string // the interpretation's code, "" for none
	}
	tests := []struct {
		name string
		date time.Time
		body Body
		want got
	}{
		{"Council before the Strategy: role not modelled; Resolution 997 (LXXVI) of 1998 shows the Council",
			utcDay(2007, 6, 6), Council, got{roleNotModelled, []iomstrategy.Citation{res997}, "existence-before-strategy"}},
		{"Executive Committee before the Strategy: Resolution 997 (LXXVI) abolishes it, so it existed",
			utcDay(2007, 6, 6), ExecutiveCommittee, got{roleNotModelled, []iomstrategy.Citation{res997}, "existence-before-strategy"}},
		{"Subcommittee before the Strategy: \"The former Sub-Committee\" (MC/INF/302, para. 10), not yet abolished",
			utcDay(2005, 11, 1), SubcommitteeOnBudgetAndFinance, got{roleNotModelled, []iomstrategy.Citation{iomstrategy.Para(10)}, "existence-before-strategy"}},
		{"informal consultations before the Strategy: the IDM's, from 2001 (MC/INF/302, para. 48)",
			utcDay(2003, 1, 1), InformalConsultations, got{roleNotModelled, []iomstrategy.Citation{iomstrategy.Para(48)}, "existence-before-strategy"}},
		{"Council from the Strategy: Part II, opening paragraph",
			utcDay(2007, 6, 7), Council, got{Council.Role(), []iomstrategy.Citation{partII}, ""}},
		{"Executive Committee under the Strategy: Part II, opening paragraph, and the amendments of Resolution 997 (LXXVI)",
			utcDay(2010, 10, 12), ExecutiveCommittee, got{ExecutiveCommittee.Role(), []iomstrategy.Citation{partII, res997}, ""}},
		{"SCPF on adoption day: Part II, paras 1, 3 and 4, set up \"immediately\"",
			utcDay(2007, 6, 7), SCPF, got{SCPF.Role(), scpf, "scpf-set-up-immediately"}},
		{"SCPF on the day of the Review: Part II, paras 1, 3 and 4, all printed",
			utcDay(2010, 10, 12), SCPF, got{SCPF.Role(), scpf, ""}},
		{"SCPF after the 1998 amendments: Part II, paras 1, 3 and 4, no end in the source",
			utcDay(2014, 1, 1), SCPF, got{SCPF.Role(), scpf, "scpf-no-end"}},
		{"informal consultations after the 1998 amendments: Part II, opening paragraph",
			utcDay(2014, 1, 1), InformalConsultations, got{InformalConsultations.Role(), []iomstrategy.Citation{partII}, ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			standings, err := Resolution1150Dates().BodiesOn(tt.date)
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(standings, func(s Standing) bool { return s.Body == tt.body })
			if i < 0 {
				t.Fatalf("%v does not exist on %v", tt.body, tt.date.Format(time.DateOnly))
			}
			s := standings[i]
			code := ""
			if rest, ok := strings.CutPrefix(s.Interpretation, "needs review ("); ok {
				code, _, _ = strings.Cut(rest, ")")
			}
			if diff := cmp.Diff(tt.want, got{s.Role, s.Citations, code}); diff != "" {
				t.Errorf("%v on %v (-want +got):\n%s", tt.body, tt.date.Format(time.DateOnly), diff)
			}
			for _, c := range s.Citations {
				if err := c.Verify(); err != nil {
					t.Errorf("%v: %v", c, err)
				}
			}
		})
	}
	// The quotes the interpretations before the Strategy give stand in the
	// sources they cite.
	for _, b := range Bodies() {
		if b != SCPF {
			quoteIn(t, existedBefore[b].Quote, existedBefore[b].Citation)
		}
	}
	quoteIn(t, "Launched in 2001", iomstrategy.Para(48))
}

// TestNothingBeforeTheStrategyIsCitedToIt checks over 2,000 random dates
// from 1990 to 6 June 2007, with the default dates and with the Strategy
// adopted later, that no standing before the adoption of Resolution 1150
// (XCIII) gives a role or cites the Resolution, that each cites a source
// and says its existence is a reading, and that the Subcommittee is never
// described as abolished before it was.
func TestNothingBeforeTheStrategyIsCitedToIt(t *testing.T) {
	later := Resolution1150Dates()
	later.StrategyAdopted = utcDay(2007, 12, 1)
	later.SCPFEstablished, later.SubcommitteeAbolished = later.StrategyAdopted, later.StrategyAdopted
	rng := rand.New(rand.NewPCG(3, 4))
	for _, g := range []GovernanceDates{Resolution1150Dates(), later} {
		start, adopted := utcDay(1990, 1, 1), calendarDate(g.StrategyAdopted)
		span := int(adopted.Sub(start).Hours() / 24)
		for range 2000 {
			d := start.AddDate(0, 0, rng.IntN(span))
			standings, err := g.BodiesOn(d)
			if err != nil {
				t.Fatal(err)
			}
			if len(standings) != 4 {
				t.Fatalf("%v: %d bodies, want 4", d, len(standings))
			}
			for _, s := range standings {
				if s.Role != roleNotModelled || strings.Contains(s.Role, "abolish") {
					t.Fatalf("%v: %v has role %q before the Strategy", d, s.Body, s.Role)
				}
				if len(s.Citations) == 0 || !strings.HasPrefix(s.Interpretation, "needs review (existence-before-strategy)") {
					t.Fatalf("%v: %v cites %v, interpretation %q", d, s.Body, s.Citations, s.Interpretation)
				}
				for _, c := range s.Citations {
					if c.Document == iomstrategy.Resolution1150 {
						t.Fatalf("%v: %v cites the Strategy before it existed: %v", d, s.Body, c)
					}
				}
			}
		}
	}
}

// TestSubcommitteeAsItWas keeps the Subcommittee after the adoption of the
// Strategy by an option and checks that it is described as awaiting the
// abolition Part II, para. 2 decides, not as abolished, and cited to it.
func TestSubcommitteeAsItWas(t *testing.T) {
	g := Resolution1150Dates()
	g.SubcommitteeAbolished = utcDay(2007, time.November, 30)
	g.SCPFEstablished = g.SubcommitteeAbolished
	tests := []struct {
		name  string
		date  time.Time
		want  string // role; "" when it does not exist
		cites []iomstrategy.Citation
	}{
		{"before the Strategy: not modelled (MC/INF/302, para. 10)", utcDay(2007, 6, 6), roleNotModelled, []iomstrategy.Citation{iomstrategy.Para(10)}},
		{"adoption day: abolition decided by Part II, para. 2, not yet in effect", utcDay(2007, 6, 7),
			"Part II, para. 2 decides its abolition, which the library places on 2007-11-30; until then it stands, and the Standing Committee on Programmes and Finance then replaces it",
			[]iomstrategy.Citation{iomstrategy.PartIIPara(2), iomstrategy.Para(10)}},
		{"the last day (GovernanceDates.SubcommitteeAbolished)", utcDay(2007, 11, 29),
			"Part II, para. 2 decides its abolition, which the library places on 2007-11-30; until then it stands, and the Standing Committee on Programmes and Finance then replaces it",
			[]iomstrategy.Citation{iomstrategy.PartIIPara(2), iomstrategy.Para(10)}},
		{"abolished (Part II, para. 2)", utcDay(2007, 11, 30), "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			standings, err := g.BodiesOn(tt.date)
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(standings, func(s Standing) bool { return s.Body == SubcommitteeOnBudgetAndFinance })
			if tt.want == "" {
				if i >= 0 {
					t.Fatalf("the Subcommittee exists on %v: %+v", tt.date.Format(time.DateOnly), standings[i])
				}
				return
			}
			if i < 0 {
				t.Fatalf("the Subcommittee does not exist on %v", tt.date.Format(time.DateOnly))
			}
			s := standings[i]
			if diff := cmp.Diff(tt.want, s.Role); diff != "" {
				t.Errorf("role (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.cites, s.Citations); diff != "" {
				t.Errorf("citations (-want +got):\n%s", diff)
			}
			if strings.Contains(s.Role, "abolished") {
				t.Errorf("the Subcommittee is described as abolished while it stands: %q", s.Role)
			}
		})
	}
	quoteIn(t, "To abolish the Subcommittee on Budget and Finance", iomstrategy.PartIIPara(2))
	if r, err := g.FormalDecision(SubcommitteeOnBudgetAndFinance, utcDay(2007, 9, 1)); err != nil || !r.Allowed ||
		!strings.Contains(r.Interpretation, "needs review (subcommittee-abolition-date)") || !slices.Contains(r.Citations, iomstrategy.PartIIPara(2)) {
		t.Errorf("FormalDecision(Subcommittee, 2007-09-01) with a later abolition = %+v, %v", r, err)
	}
	if r, err := g.FormalDecision(SCPF, utcDay(2007, 9, 1)); err != nil || r.Allowed ||
		!strings.HasPrefix(r.Interpretation, "needs review (scpf-set-up-immediately)") {
		t.Errorf("FormalDecision(SCPF, 2007-09-01) before a later set-up = %+v, %v", r, err)
	}
	g.SCPFDissolved = utcDay(2020, 1, 1)
	if r, err := g.FormalDecision(SCPF, utcDay(2021, 1, 1)); err != nil || r.Allowed ||
		!strings.HasPrefix(r.Interpretation, "needs review (scpf-no-end)") || !strings.Contains(r.Interpretation, "2020-01-01") {
		t.Errorf("FormalDecision(SCPF, 2021-01-01) after the caller's end = %+v, %v", r, err)
	}
}
