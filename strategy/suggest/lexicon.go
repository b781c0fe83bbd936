package suggest

import (
	"strings"

	"github.com/policycode/iomstrategy/strategy"
)

// topicalWords is the topical lexicon: for each point, single words that
// an officer describing that point's work is likely to use, whether or not
// the source does, each with a rank: 3 for a word that on its own says
// which point the work serves ("trafficking", "remittances", "earthquake"),
// 2 for a word typical of the point but used elsewhere too ("border",
// "shelter"), 1 for a word that only leans towards it ("travel",
// "medical"). They are the library's reading of each point's subject
// (Resolution 1150 (XCIII), Annex, Part I, and the point's section of the
// Review), written from that meaning and not from a list of descriptions,
// and they need review like the readings.
//
// The words every point shares ("migrant", "migration", "project",
// "programme", "support", "training", "government") are in no point's
// list: they say nothing about which point a description serves. A word
// may stand in several points' lists, with a rank for each.
//
// Each word is read as descriptions are (lower-cased and stemmed), so one
// form serves its inflections: "returns" and "returned" read as "return".
var topicalWords = [strategy.NumPoints + 1][topicalRanks + 1]string{
	1: {
		3: `resettlement resettle resettled resettling visa visas consular consulate consulates embassy
			embassies biometrics biometric fingerprints fingerprinting ticket tickets flight flights airfare
			airfares airline airlines airport airports boarding escort escorts escorted embarkation
			tuberculosis x-rays vaccination vaccinations immunization
			reunification reunite reunited passengers passenger stopover stopovers charter luggage baggage
			interview interviews appointment appointments applicants
			resettling pre-embarkation medevac predeparture`,
		2: `departure departures departing orientation travel travelling traveling journey journeys movement movements relocation relocate relocated
			transport transportation medical health screening check-ups checkups examination examinations clinic
			clinics interpreters interpreter admission sponsor sponsored sponsorship seats transit paperwork
			dossier dossiers application applications permanent residence fit movements ferry ferries bus buses
			 ship ships accommodation hotel hotels layover layovers visa-processing vetting verify
			verified verification certificates birth marriage medicals checkup vaccinate vaccinated immunize
			x-ray chest hiv laboratory tb lodging meals wheelchair stretcher nurse nurses doctor doctors sick
			elderly files file forwarding selected selection approved accepted depart departs board infectious
			diseases disease examine examined treat escorting accompany accompanied accompanying`,
		1: `emigrate immigrate emigrating immigrating immigrant immigrants refugee refugees family families relatives join joining abroad arrival arrivals
			leave leaving language courses permits passport passports document documents students new country
			destination host receiving sending adoption adopted spouses spouse children parents brother sister
			couple couples plane planes trip trips booking book logistics packing cultural briefing briefings
			lessons study student processing process forms form quota case cases`,
	},
	2: {
		3: `rights lawyer lawyers justice discrimination discriminate discriminatory racism racist xenophobia
			xenophobic hate tolerance intolerance dignity equality mistreatment mistreated complaint complaints
			ombudsman entitlements entitled humane humanely inhumane redress remedies litigation prejudice
			harassment stigma ratify ratification freedoms non-discrimination non-discrimination
			antidiscrimination anti-racism paralegal paralegals stereotypes stereotyping victimization
			scapegoating humanitarian-law inclusion expulsion expelled expel ombudsperson`,
		2: `law laws legal court courts judge judges judiciary equal unfair unfairly treatment treated abuse
			abuses abused convention conventions treaty treaties detention detained detainees obligations
			foreigners aliens advocacy parliamentarians legislators safeguards monitoring due process appeal
			appeals hearing hearings defend defence defense defender defenders ngos civil society watchdog
			inspectors inspections custody prisons prison prisoners jail jailed ill-treatment torture arbitrary
			arrest arrests expulsion expulsions deportations raids media journalists constitution statute
			statutes code codes labour-code norms principles accountability oversight ratifying monitors watch
			legal-aid vote voting participation antisemitism islamophobia
			unlawful unlawfully instruments`,
		1: `protection protect protecting standards fair fairly violence wages aid asylum exploitation
			parliament legislation respect women girls minority minorities ethnic religion religious gender
			equal-treatment awareness campaign campaigns public opinion attitudes perceptions schools teachers
			nurses health education access entitle service services police checkpoints public members`,
	},
	3: {
		3: `capacity capacities forged forgery forgeries fraudulent scanners secondment seconded twinning
			checkpoint checkpoints frontier capacity-building immigration-service passport-office e-visa evisa`,
		2: `border borders guards passport passports inspection equipment equip equipped technical expert
			experts expertise advisory adviser advisers institutional directorate interior procedures curriculum
			academy manual operating reform reforms modernize modernization coast seaport port ports identity
			fingerprint customs train-the-trainer trainers trainer module modules course courses
			workshop curricula syllabus guidelines sop sops assessment assessments gap gaps
			review organisational organizational structure restructuring restructure mandate mandates ministries
			ministry department departments authority authorities agency's coast-guard maritime airport airports
			land entry exit posts post patrol patrols surveillance detection detect detecting counterfeit fake
			altered impostor impostors watchlist watch list lists registration registry permits permit issuance
			issue issuing machine-readable consular registry affairs interoperability information-sharing needs-
			assessment deploy`,
		1: `advice advise crossing crossings document documents examination biometric readers officers officials
			agency agencies immigration legislation regulations framework coordination inter-ministerial
			ministerial risk analysis system systems database case verification interviewing tours mentoring
			coaching screen screening police institution institutions policy policies visa
			 national public administration civil servants servants officers'
			equipment tools kits technology digital electronic online
			systems databases legislation laws law bill draft drafting strategy plan planning action share
			information residents id cards card`,
	},
	4: {
		3: `remittance remittances remit savings invest investment investments investing investors poverty
			microfinance microcredit brain drain hometown mainstream mainstreaming codevelopment entrepreneurs
			entrepreneurship remittance-backed hometown-associations financial-literacy`,
		2: `development economic economy growth income incomes money transfer transfers loans loan credit bank
			banks banking enterprise enterprises gain productive bonds cooperatives livelihood livelihoods
			financial fees wealth prosperity economies gdp trade exports tourism jobs-creation employment-
			creation job-creation startups start-ups small-business microenterprise microenterprises smes sme
			lenders lending borrow borrowing interest rates transfer-costs mobile-money operators postal welfare
			well-being contribution contributions productive-investment matching funds fund funds pooled
			associations guarantee guarantees shops shop farm farms enrolment poverty-reduction districts
			district
			corridor corridors`,
		1: `business businesses literacy cost costs skilled emigration emigrants diaspora origin rural villages
			village planning agriculture agricultural farming infrastructure benefits jobs households skills
			knowledge expertise returnees return talent talents graduates doctors nurses teachers professionals
			engineers scientists universities hospitals schools clinics water roads irrigation farms
			farmers crops land property houses housing improve improving boost boosting better-off living
			standards`,
	},
	5: {
		3: `irregular irregularly undocumented unauthorized unauthorised overstay overstayed overstayers
			overstaying desert interception intercepted clandestine undocumented-migrants irregularity
			irregulars smuggler-routes`,
		2: `stranded illegal illegally transit root causes dangerous dangers perilous crossing crossings sea boat boats
			mixed routes route unaccompanied stuck aspiring status without-papers undocumented-status
			regularization regularisation amnesty apprehended apprehension intercept arrested caught detention
			detained detainees desert-crossing shipwreck shipwrecks drowning drowned boats dinghy dinghies
			sahara mediterranean gulf horn corridor corridors flow migrants-in-transit transiting passage
			passages trek trekking walk walking foot hitchhiking trucks lorries slums slum informal settlements
			settlement visas expired expiry
			rubber`,
		1: `papers prevention prevent risks risk journey journeys rescue separated minors alternatives
			departures youth flows border borders deterrence young youth jobless unemployed unemployment
			hopelessness despair poverty push factors pull reasons motives motivations why expectations rumours
			misinformation awareness campaigns outreach alternatives legal pathways channels humanitarian needs
			water food first aid medical clinics health coastal coast authorities
			teenagers fence fences`,
	},
	6: {
		3: `data database databases statistics statistical statistician statisticians census censuses dataset datasets observatory
			questionnaire questionnaires comparable indicators statistic datasheet data-sharing metadata
			microdata`,
		2: `survey surveys research researchers publish publication publications figures
			profile profiles portal trends evidence knowledge academic academics journal harmonize harmonise
			harmonized definitions estimates analysis analyse analyze count counting counts measure measuring
			measurement tables charts graphs maps mapping atlas yearbook bulletin factsheet factsheets dashboard
			dashboards collection collect collected compile compiling compilation registry registries records
			register sample sampling interviewees respondents enumerators fieldwork field monitoring tracking
			trend forecast forecasting modelling modeling scenario scenarios phd thesis theses
			doctoral scholars scholarship researcher atlas atlases keep- figures track trace tracing
			literature bibliography`,
		1: `study studies report reports library information sharing universities university paper papers
			records gaps mapping numbers flows climate environmental environment
			website online web internet digital platform platforms repository archive archives bibliography
			literature review reviews papers articles book books findings results policy-makers policymakers
			decision evidence-based inform informed understanding continent population populations movements
			move moving`,
	},
	7: {
		3: `dialogue dialogues dialog forum forums consultative ministerial summit debate debates roundtable
			roundtables intergovernmental interregional chairmanship delegates delegations intersessional
			intergovernmental-conference regional-consultative gfmd idm`,
		2: `conference conferences consultation consultations ministers chair chairs chairing secretariat
			declaration discuss discussion discussions talks convene agenda dialogues ministerial-meeting heads
			high-level-dialogue diplomats diplomatic ambassadors envoy envoys negotiate negotiating consensus
			statement communique communiqué joint commitments commitment follow-up follow preparatory
			preparations rapporteur moderator moderate facilitation facilitator facilitate facilitating
			convening host hosting principles agree agreed receiving sending`,
		1: `meeting meetings round table regional global side exchange views platform high-level process
			processes cooperation understanding summary recommendations negotiation
			negotiations workshop partnership informal formal sessions plenary panel panels side-event seminar
			seminars symposium colloquium participants participation directors senior representatives countries
			partner partners multilateral bilateral international united nations un interstate caucus`,
	},
	8: {
		3: `integration integrate integrating integrated diaspora diasporas expatriate expatriates newcomers
			inclusion cohesion intercultural multicultural civic citizenship naturalization welcome welcoming
			social-inclusion integration-courses newcomer naturalisation`,
		2: `settle settling newly arrived host language mentoring mentors tutoring homework qualifications
			bridging homeland engage engagement festival festivals municipal municipality municipalities
			neighbourhood neighborhood arrivals arrival newly-arrived settlement resettled acculturation
			belonging friendship friendships mixing mix meeting-place community-centre clubs club volunteer
			volunteering buddy buddies cultural culture customs traditions values civic-education citizens
			citizen expats nationals-abroad overseas compatriots homecountry motherland home-country ties links
			associations philanthropy giving mentor mentors knowledge-transfer skills-transfer brain-gain
			returning-experts adjust adjusting adapt adapting society fairs job-fairs touch`,
		1: `neighbours neighbors residents classes courses volunteers school schools recognition nationals
			emigrated transfer sports social belonging outreach councils orientation housing immigrant
			immigrants local locals neighbourhoods neighborhoods town towns cities municipal councils libraries
			childcare kindergarten parents youth women families language languages lessons literacy employment
			jobs labour-market diplomas degrees accreditation equivalence granted refugees`,
	},
	9: {
		3: `emergency emergencies crisis crises disaster disasters flood floods flooding flooded earthquake
			earthquakes cyclone cyclones hurricane hurricanes typhoon typhoons tsunami landslide landslides
			volcanic eruption displaced displacement camp camps tents tarpaulins blankets hygiene relief
			evacuation evacuate evacuated evacuees cluster reconstruction stabilization stabilisation combatants
			demobilization disarmament preparedness contingency idp idps internally-displaced shelter-cluster
			camp-management nfi nfis first-responders search-and-rescue`,
		2: `humanitarian conflict conflicts fighting war fled flee fleeing shelter shelters sheeting kits
			recovery rebuild rebuilding peace soldiers affected survivors unrest sanitation distribution
			distributions sites registration tracking response destroyed damaged storm storms hazard hazards
			landslides mudslide mudslides avalanche avalanches wildfire wildfires fire fires drought famine
			epidemic epidemics outbreak outbreaks cholera ebola armed clashes insurgency siege besieged bombing
			bombed shelling violence attacks refugees-camp collective centres evacuation-centres mattresses
			tarpaulin plastic sheeting jerrycans jerry cans cooking utensils mosquito nets latrines water
			trucking cash-for-work debris rubble temporary transitional early demining mines ex-combatants
			militia militias insurgents peacebuilding ceasefire`,
		1: `violence water food wells homes lost kitchens communal victims drought ground aid urgent urgently
			immediate lifesaving life-saving needs assessment assessments vulnerable homeless host-families
			schools churches mosques stadiums ground higher safer safety relocation relocated moved`,
	},
	10: {
		3: `return returns returning returned returnee returnees reintegration reintegrate reintegrated restart
			deported deportee deportees rejected voluntary-return return-home go-home going-home homecoming
			reinsertion reinstallation repatriation repatriate repatriated`,
		2: `stranded voluntary voluntarily back grant grants pocket onward deportation asylum comeback came come coming
			go going went leave-the-country free-will consent voluntariness stipend stipends cash in- kind kit
			kits micro-business microbusiness start-up startup livelihood livelihoods vocational apprenticeship
			retraining reinstatement follow-up monitoring aftercare reunite referral referrals going-back
			expired go-back flown flew`,
		1: `home package packages reception failed seekers detention counselling counseling tickets sustainable
			sustainability choose decide wish start business village villages airport arrival arrivals escort
			escorted medical elderly minors unaccompanied family families village villages community communities
			hometown origin country-of-origin native`,
	},
	11: {
		3: `trafficking trafficked traffickers smuggling smuggled smugglers exploitation exploited exploit
			prostitution sexual slavery servitude bondage criminal prosecutors prosecution prosecute lured
			deceived coerced anti-trafficking counter-trafficking trafficker smuggler brothel
			brothels pimps pimp sextortion enslaved enslavement slaves slave abducted abduction kidnapped
			kidnapping`,
		2: `forced sex debt victim victims gangs gang crime crimes investigations investigate enforcement
			hotline referral rescued rehabilitation psychosocial fake false promises begging exploiters
			exploiting exploitative pornography sold selling bought buying ransom lured luring deception deceive
			coercion coerce confiscated passports withheld withholding debts indebted sweatshop sweatshops
			begging beggars organs fishing fishermen vessels child-labour forced-labour forced-marriage marriage
			marriages underage identification identify screening indicators helpline shelters safehouse safe-
			house survivors-care protect-victims prosecute prosecuting convictions convicted traffickers'
			daughters daughter sons marry married bride brides money-laundering laundering assets`,
		1: `law laws legislation survivors networks police rescue safe psychological counselling recruiters abuse girls punish
			penalties illegal organ police law-enforcement investigators investigation judges judicial courts
			court border-police inspectors labour-inspectors recruit recruiting recruitment agencies jobs-abroad
			promise promised offers offer girls boys women children minors young vulnerable parents warn warning
			warnings`,
	},
	12: {
		3: `labour employers employer jobseekers seasonal circular recruitment vacancies shortages tradespeople
			caregivers pickers labour-migration labor labour-mobility work-permits guest-workers migrant-workers
			foreign-workers overseas-workers`,
		2: `worker workers employment season harvest temporary contract contracts recruit recruiting recruited
			placement matching skills skilled trades quota bilateral guest nurses construction mobility
			workforce manpower hiring hires hire recruits recruiters licensing licence licences license licenses
			licensed overseas-employment deploy deployed deploying housemaids housemaid maids maid domestic-
			workers carers nursing hospitality tourism fishing factory factories plantation plantations orchards
			growers fruit vegetables picking harvesting builders welders seafarers seamen shipping cruise
			apprentices apprenticeships internships skill skilling upskilling reskilling
			certification certificates qualifications accreditation recognition occupations occupational trade
			care-homes employment- agencies`,
		1: `job jobs work working agencies agency fixed-term permits permit agreement agreements domestic farm
			farms agricultural overseas wages hire hired deployment market abroad overseas foreign
			destination months years three-year two-year fixed duration short-term long-term rotation rotating
			come-back return returning earnings earn wages pay paid decent fair ethical standards code-of-
			conduct protection welfare social-security portability attaché attachés labour-
			attaché`,
	},
}

// The ranks of the topical lexicon, and the weight a topical word adds to
// a point's terms for each rank: topicalWeight × rank, as much for a word
// of rank 3 as a derived word that one point's section uses 4-7 times.
const (
	topicalRanks  = 3
	topicalWeight = 600
)

// topicalTerm is one word of the topical lexicon: its key (stem), the
// word as listed, its point and its rank.
type topicalTerm struct {
	key, word string
	point     strategy.Point
	rank      int
}

// topicalTerms lists the topical lexicon, one entry per point and key,
// with the highest rank the point's lists give the key (the first word
// listed with it).
func topicalTerms() []topicalTerm {
	var out []topicalTerm
	for p := strategy.Point(1); p <= strategy.NumPoints; p++ {
		seen := map[string]bool{}
		for rank := topicalRanks; rank >= 1; rank-- {
			for _, w := range strings.Fields(topicalWords[p][rank]) {
				k := key(w)
				if k == "" || seen[k] {
					continue
				}
				seen[k] = true
				out = append(out, topicalTerm{key: k, word: w, point: p, rank: rank})
			}
		}
	}
	return out
}

// officeWords are the words of an office's own administration: its staff,
// premises, equipment, accounts and purchases. None of the 12 points is
// about them, and a description that uses them is likely to be about the
// office rather than its projects, so each weighs at least officeWeight
// in the description's weight (see the package documentation).
var officeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		staff office offices headquarters premises furniture desks printer printers photocopier
		stationery toner laptops computers software hardware server servers intranet email payroll pension
		salaries accounting invoices audit auditors ledger procurement purchase purchases canteen cafeteria
		catering lunch party parties retreat cleaning cleaner plumber plumbing repaint renovation lease rent
		utilities electricity generator vehicle vehicles fleet fuel insurance allowances allowance diem
		expense expenses reimbursement appraisal appraisals handbook intercom locks lifts conditioning
		upgrade upgrades version resources driver drivers receptionist caterer caterers dinner
		shortlist shortlisted`) {
		m[key(w)] = true
	}
	return m
}()

// objectWords are things an office keeps or handles: a word of a point
// next to one of them ("resettlement of the archive", "orientation of the
// solar panels", "travel policy") is read in the office's sense.
var objectWords = keySet(`
	archive archives panel panels solar server servers furniture box boxes stock inventory
	warehouse warehouses mail parcel parcels template slide slides website webpage folder folders
	floor floors kitchen car cars policy`)

// personWords are the people a point's services are for: without one, a
// word of personPoint does not speak for it ("flights under nine hours").
var personWords = keySet(`
	refugee refugees migrant migrants immigrant immigrants emigrant emigrants family families people
	persons person beneficiaries beneficiary case cases caseload passenger passengers applicant
	applicants child children worker workers student students woman women men man elderly patient
	patients returnee returnees national nationals citizen citizens spouse spouses relative relatives
	newcomer newcomers household households individual individuals victim victims minors minor mother
	father parents widow orphans seekers displaced evacuees arrivals travellers travelers`)

// personPoint is the point whose words of travel (travelWords) need a
// person (personWords) to speak for it.
const personPoint = 1

// travelWords are personPoint's words of travel and movement, which an
// office uses of its own staff, things and trips as well.
var travelWords = keySet(`
	resettlement resettle resettled resettling relocation relocate relocated orientation travel
	travelling traveling flight flights airfare airfares airline airlines airport airports boarding
	ticket tickets escort escorts escorted journey journeys movement movements transit departure
	departures departing hotel hotels booking book trip trips passengers passenger charter luggage
	baggage stopover stopovers layover layovers transport transportation lodging plane planes`)

func keySet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[key(w)] = true
	}
	return m
}

// objectSense marks the words of a description next to an object word
// (objectWords) in their clause, when b asks for it.
func objectSense(ws []word, b blend) map[int]bool {
	if !b.objectSense {
		return nil
	}
	out := map[int]bool{}
	for i, w := range ws {
		if !objectWords[w.stem] {
			continue
		}
		if i > 0 && ws[i-1].clause == w.clause {
			out[i-1] = true
		}
		if i+1 < len(ws) && ws[i+1].clause == w.clause {
			out[i+1] = true
		}
	}
	return out
}

// hasPerson reports a description with a word of personWords.
func hasPerson(ws []word) bool {
	for _, w := range ws {
		if personWords[w.stem] {
			return true
		}
	}
	return false
}
