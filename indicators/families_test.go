package indicators_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/indicators"
	"github.com/policycode/iomstrategy/strategy"
)

// A family is the records of one place of the Review, as read there: for
// each record its unit, period and qualifier ("persons|2005|exact"), and
// the series it belongs to. The points are those of the section the place
// is in: none for paras 4-11 and 78-83.
type family struct {
	name   string
	cite   iomstrategy.Citation
	point  strategy.Point // 0: none
	series map[string]string
	want   map[string]string // id -> "unit|period|qualifier"
}

var families = []family{
	{"world migration", para(4), 0,
		map[string]string{"international-migrants-2005": "international-migrants", "international-migrants-2010": "international-migrants"},
		map[string]string{
			"international-migrants-2005":                           "persons|2005|exact",
			"international-migrants-2010":                           "persons|2010|estimate",
			"international-migrants-increase-2005-2010":             "persons|2005-2010|just-under",
			"international-migrants-share-of-world-population-2010": "per cent|2010|exact",
			"international-migrants-moving-for-work-2010":           "per cent|2010|lower-bound",
			"internal-migrants-2009":                                "persons|2009|estimate",
			"total-migrants-2010":                                   "persons|2010|just-under",
		}},
	{"GFMD and GMG", para(5), 0, nil, map[string]string{
		"gfmd-further-meetings-2008-2009": "meetings|2008-2009|exact",
		"gmg-agencies":                    "agencies|as of October 2010|exact",
	}},
	{"changes at IOM", para(8), 0, nil, map[string]string{
		"director-general-priorities": "priorities|June 2007-October 2010|exact",
		"new-member-states":           "States|June 2007-October 2010|exact",
		"new-observer-states":         "States|June 2007-October 2010|exact",
	}},
	{"expenditure, projects and staff", para(9), 0,
		map[string]string{
			"total-expenditure-2007": "total-expenditure", "total-expenditure-2009": "total-expenditure",
			"active-projects-2007": "active-projects", "active-projects-2009": "active-projects",
			"projects-started-2007": "projects-started", "projects-started-2009": "projects-started",
			"staff-2007": "staff", "staff-2009": "staff",
		},
		map[string]string{
			"total-expenditure-2007":   "USD|2007|exact",
			"total-expenditure-2009":   "USD|2009|exact",
			"active-projects-2007":     "projects|2007|lower-bound",
			"active-projects-2009":     "projects|2009|lower-bound",
			"projects-started-2007":    "projects|2007|exact",
			"projects-started-2009":    "projects|2009|lower-bound",
			"staff-2007":               "staff|2007|exact",
			"staff-2009":               "staff|2009|exact",
			"staff-in-the-field-share": "per cent|as of October 2010|exact",
		}},
	{"pre-consular applicants", para(16), 1,
		map[string]string{"pre-consular-applicants-2007": "pre-consular-applicants", "pre-consular-applicants-2008": "pre-consular-applicants", "pre-consular-applicants-2009": "pre-consular-applicants"},
		map[string]string{
			"pre-consular-applicants-2007": "persons|2007|exact",
			"pre-consular-applicants-2008": "persons|2008|exact",
			"pre-consular-applicants-2009": "persons|2009|exact",
		}},
	{"migrant training", para(18), 1,
		map[string]string{"migrant-training-participants-2007": "migrant-training-participants", "migrant-training-participants-2008": "migrant-training-participants", "migrant-training-participants-2009": "migrant-training-participants"},
		map[string]string{
			"migrant-training-countries":          "countries|as of October 2010|estimate",
			"migrant-training-continents":         "continents|as of October 2010|exact",
			"migrant-training-resettlement-share": "per cent|as of October 2010|estimate",
			"migrant-training-women-share":        "per cent|as of October 2010|estimate",
			"migrant-training-participants-2007":  "persons|2007|exact",
			"migrant-training-participants-2008":  "persons|2008|exact",
			"migrant-training-participants-2009":  "persons|2009|exact",
		}},
	{"cultural orientation destinations", note(2), 1, nil, map[string]string{
		"cultural-orientation-destinations": "countries|as of October 2010|exact",
	}},
	{"health assessments", para(19), 1, nil, map[string]string{
		"health-assessments-2009":          "assessments|2009|lower-bound",
		"health-assessment-countries-2009": "countries|2009|lower-bound",
	}},
	{"resettlement", para(20), 1, nil, map[string]string{
		"resettlement-assistance-2007-2009": "persons|2007-2009|just-under",
	}},
	{"African Capacity-building Centre", para(30), 3, nil, map[string]string{
		"capacity-centre-officials-trained-2009":   "persons|2009|estimate",
		"capacity-centre-training-activities-2009": "activities|2009|exact",
	}},
	{"migration and development", para(32), 4, nil, map[string]string{
		"migration-development-orientations": "orientations|as of October 2010|exact",
	}},
	{"MIDA", para(36), 4, nil, map[string]string{
		"mida-years-2009": "years|2009|just-under",
		"mida-years-2010": "years|as of October 2010|lower-bound",
	}},
	{"remittance corridors", para(37), 4, nil, map[string]string{
		"remittance-corridor-studies-2010": "studies|2010|exact",
	}},
	{"irregular migration projects", para(39), 5, nil, map[string]string{
		"irregular-migration-projects-2007-2009":       "projects|2007-2009|lower-bound",
		"irregular-migration-projects-value-2007-2009": "USD|2007-2009|estimate",
	}},
	{"economic crisis study", para(43), 6, nil, map[string]string{
		"economic-crisis-study-states": "States|2010|exact",
	}},
	{"publications", note(10), 6,
		map[string]string{"publications-released-2008": "publications-released", "publications-released-2009": "publications-released"},
		map[string]string{
			"publications-catalogue-titles": "publications|as of October 2010|lower-bound",
			"publications-released-2008":    "publications|2008|exact",
			"publications-released-2009":    "publications|2009|exact",
		}},
	{"Migration Profiles", para(44), 6, nil, map[string]string{
		"migration-profiles": "publications|as of October 2010|exact",
	}},
	{"research centres and the ACP Observatory", para(45), 6, nil, map[string]string{
		"national-migration-research-centres": "institutions|June 2007-October 2010|exact",
		"acp-observatory-institutions":        "institutions|as of October 2010|exact",
	}},
	{"Global Human Trafficking Database", para(46), 6, nil, map[string]string{
		"trafficking-database-requests":         "requests per year|as of October 2010|estimate",
		"trafficking-database-offices-increase": "per cent|June 2007-December 2009|lower-bound",
	}},
	{"International Dialogue on Migration", para(48), 7, nil, map[string]string{
		"idm-themes-2008-2010":      "themes|2008-2010|exact",
		"idm-workshops-per-year":    "workshops per year|2008-2010|exact",
		"idm-workshop-countries":    "countries|2008-2010|estimate",
		"idm-workshop-participants": "persons|2008-2010|exact",
	}},
	{"IDM participant survey", note(14), 7, nil, map[string]string{
		"idm-survey-understanding-share":   "per cent|as of October 2010|exact",
		"idm-survey-cooperation-share":     "per cent|as of October 2010|exact",
		"idm-survey-mutual-learning-share": "per cent|as of October 2010|exact",
		"idm-survey-policies-share":        "per cent|as of October 2010|exact",
	}},
	{"regional consultative processes", para(49), 7, nil, map[string]string{
		"rcps-addressing-a-wide-range-share": "per cent|as of October 2010|lower-bound",
	}},
	{"integration compendium", para(55), 8, nil, map[string]string{
		"integration-compendium-countries": "countries|as of October 2010|exact",
	}},
	{"integration projects", para(56), 8, nil, map[string]string{
		"integration-projects-2009": "projects|2009|exact",
	}},
	{"emergency objectives", para(58), 9, nil, map[string]string{
		"emergency-objectives": "objectives|as of October 2010|exact",
	}},
	{"emergency and post-crisis projects", para(59), 9, nil, map[string]string{
		"emergency-and-post-crisis-projects": "projects|June 2007-October 2010|exact",
		"emergency-response-projects":        "projects|June 2007-October 2010|exact",
		"post-crisis-projects":               "projects|June 2007-October 2010|exact",
	}},
	{"CCCM cluster", note(19), 9, nil, map[string]string{
		"cccm-cluster-lead-countries": "countries|as of October 2010|exact",
	}},
	{"AVRR programmes", para(65), 10, nil, map[string]string{
		"avrr-years":      "years|as of October 2010|just-under",
		"avrr-programmes": "programmes|as of October 2010|estimate",
	}},
	{"AVRR returns", para(66), 10, nil, map[string]string{
		"avrr-returns":          "persons|June 2007-October 2010|estimate",
		"avrr-return-countries": "countries|June 2007-October 2010|lower-bound",
		"avrr-returns-per-year": "persons per year|2007-2009|estimate",
	}},
	{"irregular migration prevention", para(69), 11, nil, map[string]string{
		"irregular-migration-prevention-projects": "projects|June 2007-October 2010|estimate",
	}},
	{"information interventions", para(70), 11, nil, map[string]string{
		"information-interventions-share": "per cent|as of October 2010|lower-bound",
	}},
	{"trafficked persons", para(71), 11, nil, map[string]string{
		"trafficked-persons-assisted": "persons|2007-October 2010|estimate",
	}},
	{"counter-trafficking capacity", para(72), 11, nil, map[string]string{
		"counter-trafficking-capacity-projects": "projects|June 2007-October 2010|estimate",
		"middle-east-workshop-weeks":            "weeks|2008-October 2010|range",
		"middle-east-workshop-countries":        "countries|2008-October 2010|exact",
	}},
	{"labour migration manual", para(74), 12, nil, map[string]string{
		"labour-manual-test-countries":     "countries|as of October 2010|exact",
		"labour-manual-roll-out-languages": "languages|as of October 2010|exact",
	}},
	{"temporary workers", para(76), 12, nil, map[string]string{
		"temporary-workers-to-canada-2007-2009": "persons|2007-2009|exact",
	}},
	{"looking ahead", para(81), 0, nil, map[string]string{
		"iom-anniversary-2011": "years|2011|exact",
	}},
}

func TestRecordFamilies(t *testing.T) {
	d := review(t)
	seen := map[string]bool{}
	for _, f := range families {
		t.Run(f.name, func(t *testing.T) {
			for id, want := range f.want {
				seen[id] = true
				r, err := d.Record(id)
				if err != nil {
					t.Errorf("%s (%s): %v", id, f.cite, err)
					continue
				}
				got := fmt.Sprintf("%s|%s|%s", r.Unit, r.Period, r.Qualifier)
				if got != want {
					t.Errorf("%s (%s): %s, want %s", id, f.cite, got, want)
				}
				if r.Citation != f.cite {
					t.Errorf("%s: cites %s, want %s", id, r.Citation, f.cite)
				}
				var wantPoints []strategy.Point
				if f.point != 0 {
					wantPoints = []strategy.Point{f.point}
				}
				if !slices.Equal(r.Points, wantPoints) {
					t.Errorf("%s (%s): points %v, want %v", id, f.cite, r.Points, wantPoints)
				}
				if r.Series != f.series[id] {
					t.Errorf("%s: series %q, want %q", id, r.Series, f.series[id])
				}
			}
		})
	}
	for _, r := range d.Records() {
		if !seen[r.ID] {
			t.Errorf("record %s (%s) belongs to no family of the test", r.ID, r.Citation)
		}
	}
}

// sectionOf is the point whose section of the Review holds a paragraph
// (MC/INF/302, paras 14-77, by the headings "Point N:"), 0 outside them;
// a footnote is in the section of the paragraph that calls it.
func sectionOf(c iomstrategy.Citation) strategy.Point {
	n := c.Number
	if c.Unit == iomstrategy.Footnote {
		n = map[int]int{2: 17, 10: 43, 14: 48, 19: 60}[c.Number]
	}
	starts := []int{14, 22, 27, 32, 38, 41, 47, 53, 58, 64, 69, 73, 78}
	for i := len(starts) - 2; i >= 0; i-- {
		if n >= starts[i] && n < starts[i+1] {
			return strategy.Point(i + 1)
		}
	}
	return 0
}

func TestPointsAreTheSection(t *testing.T) {
	for _, r := range review(t).Records() {
		want := sectionOf(r.Citation)
		switch {
		case want == 0 && len(r.Points) > 0:
			t.Errorf("%s (%s): points %v, but paras 4-11 and 78-83 report on no point", r.ID, r.Citation, r.Points)
		case want != 0 && !slices.Contains(r.Points, want):
			t.Errorf("%s (%s): points %v, want %d, the section it is in", r.ID, r.Citation, r.Points, want)
		}
	}
}

func TestSeriesOfTheReview(t *testing.T) {
	d := review(t)
	want := map[string]string{
		"active-projects":               "2007 2009",
		"international-migrants":        "2005 2010",
		"migrant-training-participants": "2007 2008 2009",
		"pre-consular-applicants":       "2007 2008 2009",
		"projects-started":              "2007 2009",
		"publications-released":         "2008 2009",
		"staff":                         "2007 2009",
		"total-expenditure":             "2007 2009",
	}
	ids := d.SeriesIDs()
	if len(ids) != len(want) {
		t.Errorf("series %v, want %d", ids, len(want))
	}
	for id, periods := range want {
		s, err := d.Series(id)
		if err != nil {
			t.Errorf("%s: %v", id, err)
			continue
		}
		var got []string
		for _, r := range s.Records {
			got = append(got, r.Period.String())
		}
		if strings.Join(got, " ") != periods {
			t.Errorf("series %s: periods %v, want %s", id, got, periods)
		}
	}
}

func TestEveryCitationVerifies(t *testing.T) {
	d := review(t)
	var all []iomstrategy.Citation
	for _, r := range d.Records() {
		all = append(all, r.Citation)
	}
	for _, c := range indicators.ReviewChecks() {
		all = append(all, c.Citations...)
		for _, term := range append(c.Left, c.Right...) {
			if term.Constant != nil && !term.Constant.Citation.IsZero() {
				all = append(all, term.Constant.Citation)
			}
		}
		if err := c.Verify(); err != nil {
			t.Errorf("check %s: %v", c.ID, err)
		}
	}
	for _, c := range all {
		if err := c.Verify(); err != nil {
			t.Errorf("%s: %v", c, err)
		}
	}
	if err := d.Verify(); err != nil {
		t.Error(err)
	}
}

func TestReviewDatasetIsImmutable(t *testing.T) {
	d := review(t)
	r, err := d.Record("pre-consular-applicants-2007")
	if err != nil {
		t.Fatal(err)
	}
	r.Points[0] = 12
	rs := d.Records()
	rs[0].ID = "changed"
	s, _ := d.Series("staff")
	s.Records[0].Points = append(s.Records[0].Points, 5)
	again, _ := d.Record("pre-consular-applicants-2007")
	if again.Points[0] != 1 || d.Records()[0].ID == "changed" {
		t.Error("changing a returned record changed the dataset")
	}
	// Review parses the file once: a later call allocates nothing.
	if n := testing.AllocsPerRun(10, func() { indicators.Review() }); n != 0 {
		t.Errorf("Review() allocates %v times a call: it reads the file again", n)
	}
}
