package indicators

import (
	"fmt"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// ReviewCheck returns the check of ReviewChecks with the given id, or an
// error wrapping ErrUnknownID that names the id.
func ReviewCheck(id string) (Check, error) {
	for _, c := range ReviewChecks() {
		if c.ID == id {
			return c, nil
		}
	}
	return Check{}, fmt.Errorf("%w check %q", ErrUnknownID, id)
}

// ReviewChecks returns the relations the Review states between its own
// figures (MC/INF/302, paras 4-83 and footnotes 1-22), one check each, to
// evaluate on Review() (EvaluateAll). Each call returns a fresh slice.
//
// They were found by reading: parts that add up to a whole, growth stated
// in words next to its figures, a count stated next to the names it
// counts, an average next to the total it averages, ordinals that must
// agree. Where the text leaves room, the check's Note says how it is read.
func ReviewChecks() []Check {
	para, note := iomstrategy.Para, iomstrategy.Note
	ref := func(id string) Summand { return Summand{Record: id} }
	minus := func(id string) Summand { return Summand{Record: id, Negate: true} }
	return []Check{
		{
			ID:        "international-migrants-grew",
			Statement: "there are an estimated 214 million international migrants in the world today, nearly a 20 million increase over the 2005 figure of 195 million ... As a result of this growth in human mobility",
			Citations: []iomstrategy.Citation{para(4), para(5)},
			Kind:      Increasing,
			Series:    "international-migrants",
		},
		{
			ID:         "international-migrants-increase",
			Statement:  "an estimated 214 million international migrants in the world today, nearly a 20 million increase over the 2005 figure of 195 million",
			Citations:  []iomstrategy.Citation{para(4)},
			Left:       []Summand{ref("international-migrants-2010"), minus("international-migrants-2005")},
			Comparison: IsWithin,
			Right:      []Summand{ref("international-migrants-increase-2005-2010")},
		},
		{
			ID:         "total-migrants",
			Statement:  "When adding the 740 million internal migrants estimated by ... UNDP ..., the total number of migrants (both international and internal) is close to 1 billion",
			Citations:  []iomstrategy.Citation{para(4)},
			Note:       "adds the 2010 estimate of international migrants to the 2009 estimate of internal migrants, as the text does",
			Left:       []Summand{ref("international-migrants-2010"), ref("internal-migrants-2009")},
			Comparison: IsWithin,
			Right:      []Summand{ref("total-migrants-2010")},
		},
		{
			ID:        "gfmd-further-meetings-named",
			Statement: "two further GFMD meetings, in Manila, Philippines (2008), and in Athens, Greece (2009)",
			Citations: []iomstrategy.Citation{para(5)},
			Kind:      Count,
			Record:    "gfmd-further-meetings-2008-2009",
			Items:     []string{"Manila, Philippines (2008)", "Athens, Greece (2009)"},
		},
		{
			ID:        "gfmd-athens-third",
			Statement: "the first meeting of the Global Forum on Migration and Development (GFMD), held in Brussels ... two further GFMD meetings, in Manila ... and in Athens (para. 5); third GFMD, held in Athens (footnote 12)",
			Citations: []iomstrategy.Citation{para(5), note(12)},
			Left: []Summand{
				{Constant: &Constant{Value: decimal.NewFromInt(1), Unit: unitMeetings, Words: "the first meeting of the Global Forum", Citation: para(5)}},
				ref("gfmd-further-meetings-2008-2009"),
			},
			Comparison: IsWithin,
			Right: []Summand{
				{Constant: &Constant{Value: decimal.NewFromInt(3), Unit: unitMeetings, Words: "third GFMD, held in Athens", Citation: note(12)}},
			},
		},
		{
			ID:        "director-general-priorities-named",
			Statement: "the Director General identified three priorities for IOM: ensuring Member State ownership ...; building collaborative partnerships; and staff development",
			Citations: []iomstrategy.Citation{para(8)},
			Kind:      Count,
			Record:    "director-general-priorities",
			Items:     []string{"ensuring Member State ownership", "building collaborative partnerships", "staff development to foster morale"},
		},
		{
			ID:        "new-member-states-named",
			Statement: "seven States (Burundi, India, Mongolia, Namibia, Somalia, Trinidad and Tobago, Viet Nam) have become IOM Member States",
			Citations: []iomstrategy.Citation{para(8)},
			Kind:      Count,
			Record:    "new-member-states",
			Items:     []string{"Burundi", "India", "Mongolia", "Namibia", "Somalia", "Trinidad and Tobago", "Viet Nam"},
		},
		{
			ID:        "new-observer-states-named",
			Statement: "three States (Bahrain, Saudi Arabia, Qatar) have become Observer States",
			Citations: []iomstrategy.Citation{para(8)},
			Kind:      Count,
			Record:    "new-observer-states",
			Items:     []string{"Bahrain", "Saudi Arabia", "Qatar"},
		},
		{
			ID:         "projects-started-2007-among-active",
			Statement:  "The total number of active projects was over 1,600 in 2007 (of which 550 were started in 2007)",
			Citations:  []iomstrategy.Citation{para(9)},
			Left:       []Summand{ref("projects-started-2007")},
			Comparison: IsAtMost,
			Right:      []Summand{ref("active-projects-2007")},
		},
		{
			ID:         "projects-started-2009-among-active",
			Statement:  "over 2,300 in 2009 (more than 700 started in 2009)",
			Citations:  []iomstrategy.Citation{para(9)},
			Note:       "reads the parenthesis as \"of which\", like the one for 2007",
			Left:       []Summand{ref("projects-started-2009")},
			Comparison: IsAtMost,
			Right:      []Summand{ref("active-projects-2009")},
		},
		{
			ID:        "staff-grew",
			Statement: "The total number of staff grew from 6,457 in 2007 to 7,258 in 2009",
			Citations: []iomstrategy.Citation{para(9)},
			Kind:      Increasing,
			Series:    "staff",
		},
		{
			ID:        "pre-consular-applicants-increasing",
			Statement: "The number of applicants served by IOM under pre-consular support services has been increasing: 43,204 in 2007, 61,189 in 2008 and 133,532 in 2009",
			Citations: []iomstrategy.Citation{para(16)},
			Kind:      Increasing,
			Series:    "pre-consular-applicants",
		},
		{
			ID:        "migrant-training-participants-increasing",
			Statement: "The number of migrant training participants has been steadily increasing: 45,619 in 2007, 50,678 in 2008 and 56,637 in 2009",
			Citations: []iomstrategy.Citation{para(18)},
			Note:      "\"steadily\" is read as a rise every year; the text gives no measure of steadiness",
			Kind:      Increasing,
			Series:    "migrant-training-participants",
		},
		{
			ID:        "cultural-orientation-destinations-named",
			Statement: "IOM currently provides pre-departure cultural orientation services to the following countries: United States of America ..., Canada ..., Finland ..., Australia ..., United Kingdom ..., France ... and the Netherlands",
			Citations: []iomstrategy.Citation{note(2)},
			Note:      "the footnote gives no number; the record counts its list, and this check keeps that count honest",
			Kind:      Count,
			Record:    "cultural-orientation-destinations",
			Items:     []string{"United States of America", "Canada", "Finland", "Australia", "United Kingdom", "France", "the Netherlands"},
		},
		{
			ID:        "migration-development-orientations-listed",
			Statement: "The two broad orientations of its work are: - Participation in and support to broad international endeavours ... - Support and implementation of practical steps",
			Citations: []iomstrategy.Citation{para(32)},
			Kind:      Count,
			Record:    "migration-development-orientations",
			Items:     []string{"Participation in and support to broad international endeavours", "Support and implementation of practical steps"},
		},
		{
			ID:        "mida-age",
			Statement: "MIDA has been a standard-bearer ... for more than 10 years. The publication in 2009 of the book The MIDA Experience and Beyond was an opportunity ... to draw important lessons from almost a decade of MIDA programmes",
			Citations: []iomstrategy.Citation{para(36)},
			Note:      "the two statements are a year apart (the book in 2009, the Review in 2010); MIDA's age in 2010, less that year, must be \"almost a decade\"",
			Left: []Summand{
				ref("mida-years-2010"),
				{Constant: &Constant{Value: decimal.NewFromInt(1), Unit: unitYears, Why: "the year from the book (2009) to the Review (2010)"}, Negate: true},
			},
			Comparison: IsWithin,
			Right:      []Summand{ref("mida-years-2009")},
		},
		{
			ID:        "remittance-corridor-studies-named",
			Statement: "several studies on remittance corridors, including two in 2010 on the Philippines and Indonesia",
			Citations: []iomstrategy.Citation{para(37)},
			Kind:      Count,
			Record:    "remittance-corridor-studies-2010",
			Items:     []string{"the Philippines", "Indonesia"},
		},
		{
			ID:        "migration-profiles-among-2009-publications",
			Statement: "2009 saw the production of 49 books and reports, including the Migration Profiles mentioned below (footnote 10); a total of 30 Migration Profiles have been completed (para. 44)",
			Citations: []iomstrategy.Citation{note(10), para(44)},
			Note:      "reads \"including the Migration Profiles mentioned below\" as all 30 completed Profiles being among the 49 books and reports of 2009, the strictest reading (needs review); any weaker one holds if this one does",
			Left:      []Summand{ref("migration-profiles")},
			Right:     []Summand{ref("publications-released-2009")},
			// the Profiles are among the year's books and reports
			Comparison: IsAtMost,
		},
		{
			ID:         "publications-within-catalogue",
			Statement:  "The IOM Publications Catalogue currently lists over 600 titles. ... In 2008, 25 publications were released, while 2009 saw the production of 49 books and reports",
			Citations:  []iomstrategy.Citation{note(10)},
			Note:       "assumes the catalogue lists the publications of 2008 and 2009 (needs review)",
			Left:       []Summand{ref("publications-released-2008"), ref("publications-released-2009")},
			Comparison: IsAtMost,
			Right:      []Summand{ref("publications-catalogue-titles")},
		},
		{
			ID:        "national-migration-research-centres-named",
			Statement: "IOM has supported efforts to establish national migration research centres in the Republic of Korea and Sudan",
			Citations: []iomstrategy.Citation{para(45)},
			Note:      "the paragraph gives no number; the record counts its list, and this check keeps that count honest",
			Kind:      Count,
			Record:    "national-migration-research-centres",
			Items:     []string{"the Republic of Korea", "Sudan"},
		},
		{
			ID:        "idm-themes-named",
			Statement: "Since the Strategy was adopted, the overarching themes for IDM have been “Return migration: Challenges and opportunities” (2008); “Human rights and migration: ...” (2009); and “Migration and social change” (2010)",
			Citations: []iomstrategy.Citation{para(48)},
			Note:      "the paragraph gives no number; the record counts its list, and this check keeps that count honest",
			Kind:      Count,
			Record:    "idm-themes-2008-2010",
			Items: []string{
				"Return migration: Challenges and opportunities",
				"Human rights and migration: Working together towards safe, dignified and secure migration",
				"Migration and social change",
			},
		},
		{
			ID:        "emergency-objectives-listed",
			Statement: "guided by the two objectives contained in this Strategy point, namely: - participation in coordinated humanitarian responses; - provision of migration services contributing to the protection of individuals",
			Citations: []iomstrategy.Citation{para(58)},
			Kind:      Count,
			Record:    "emergency-objectives",
			Items:     []string{"participation in coordinated humanitarian responses", "provision of migration services contributing to the protection of individuals"},
		},
		{
			ID:         "emergency-projects-add-up",
			Statement:  "IOM has implemented 517 projects in this domain: 203 projects related directly to emergency responses and 314 to recovery, mitigation and preparedness activities under post-crisis operations",
			Citations:  []iomstrategy.Citation{para(59)},
			Left:       []Summand{ref("emergency-response-projects"), ref("post-crisis-projects")},
			Comparison: IsWithin,
			Right:      []Summand{ref("emergency-and-post-crisis-projects")},
		},
		{
			ID:        "cccm-countries-named",
			Statement: "IOM leads the CCCM cluster in four countries (Ethiopia, Haiti, Nepal, Timor-Leste)",
			Citations: []iomstrategy.Citation{note(19)},
			Kind:      Count,
			Record:    "cccm-cluster-lead-countries",
			Items:     []string{"Ethiopia", "Haiti", "Nepal", "Timor-Leste"},
		},
		{
			ID:         "avrr-average-and-total",
			Statement:  "Since the approval of the Strategy, IOM's AVRR activities have helped approximately 80,000 migrants return ... the volume of returns over the last three years has fluctuated, with the average being around 26,000 returns per year",
			Citations:  []iomstrategy.Citation{para(66)},
			Note:       "three years of the average against the total since the approval (June 2007-October 2010, a little more than three years): the average times three should be about the total",
			Left:       []Summand{{Record: "avrr-returns-per-year", Years: 3}},
			Comparison: IsWithin,
			Right:      []Summand{ref("avrr-returns")},
		},
		{
			ID:        "labour-manual-languages-named",
			Statement: "for future national roll-out in Arabic, French and Spanish",
			Citations: []iomstrategy.Citation{para(74)},
			Note:      "the paragraph gives no number; the record counts its list, and this check keeps that count honest",
			Kind:      Count,
			Record:    "labour-manual-roll-out-languages",
			Items:     []string{"Arabic", "French", "Spanish"},
		},
	}
}
