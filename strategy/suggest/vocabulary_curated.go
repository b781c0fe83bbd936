package suggest

import (
	"strings"
	"sync"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/strategy"
)

// curatedTerm is a programme name or phrase that the Review reports under
// one point. The phrase is written as the source writes it, and the
// citation is the place in that point's own text or its own section of the
// Review where it stands; a test checks both, so the list cannot grow a
// word the source does not use for the point.
type curatedTerm struct {
	phrase string
	point  strategy.Point
	cite   iomstrategy.Citation
}

// curatedTerms are the named programmes and the characteristic phrases of
// each point (Resolution 1150 (XCIII), Annex, Part I; MC/INF/302, paras
// 14-77). Unlike the derived vocabulary they include names (AVRR, CCCM,
// MIDA, IDM, RCPs, Migration Profiles, CBMMP), which the derivation leaves
// out as proper nouns.
var curatedTerms = []curatedTerm{
	// Point 1: services to persons (paras 14-21).
	{"international migration assistance", 1, iomstrategy.StrategyPoint(1)},
	{"pre-consular", 1, iomstrategy.Para(15)},
	{"visa processing", 1, iomstrategy.Para(15)},
	{"visa application centres", 1, iomstrategy.Para(16)},
	{"verification of documents", 1, iomstrategy.Para(16)},
	{"air transport", 1, iomstrategy.Para(16)},
	{"migrant training", 1, iomstrategy.Para(17)},
	{"pre-departure", 1, iomstrategy.Para(17)},
	{"cultural orientation", 1, iomstrategy.Para(17)},
	{"pre-employment orientation", 1, iomstrategy.Para(17)},
	{"language training", 1, iomstrategy.Para(17)},
	{"health assessments", 1, iomstrategy.Para(19)},
	{"resettlement", 1, iomstrategy.Para(20)},
	{"family reunification", 1, iomstrategy.Para(20)},
	{"case processing", 1, iomstrategy.Para(20)},
	{"concessionary fares", 1, iomstrategy.Para(21)},
	{"visa", 1, iomstrategy.Para(15)},
	{"visa application", 1, iomstrategy.Para(16)},
	{"application assistance", 1, iomstrategy.Para(16)},
	{"DNA sampling", 1, iomstrategy.Para(16)},
	{"country of origin information", 1, iomstrategy.Para(16)},
	{"refugee resettlement", 1, iomstrategy.Para(20)},
	{"temporary protection", 1, iomstrategy.Para(20)},
	{"transportation services", 1, iomstrategy.Para(20)},
	{"transportation network", 1, iomstrategy.Para(21)},
	{"air transit", 1, iomstrategy.Para(21)},
	{"passengers", 1, iomstrategy.Para(21)},

	// Point 2: the human rights of migrants (paras 22-26).
	{"rights", 2, iomstrategy.StrategyPoint(2)},
	{"orderly management", 2, iomstrategy.StrategyPoint(2)},
	{"human rights of migrants", 2, iomstrategy.StrategyPoint(2)},
	{"international migration law", 2, iomstrategy.Para(23)},
	{"migration legislation", 2, iomstrategy.Para(23)},
	{"international norms and standards", 2, iomstrategy.Para(23)},
	{"migrant exploitation", 2, iomstrategy.Para(23)},
	{"xenophobia", 2, iomstrategy.Para(23)},
	{"migrants' rights", 2, iomstrategy.Para(23)},
	{"rights-based", 2, iomstrategy.Para(23)},
	{"rights and duties of migrants", 2, iomstrategy.Para(23)},
	{"migrant domestic workers", 2, iomstrategy.Para(26)},
	{"migrant women", 2, iomstrategy.Para(26)},
	{"discrimination", 2, iomstrategy.Para(26)},
	{"human rights", 2, iomstrategy.Para(22)},
	{"rights of migrants", 2, iomstrategy.Para(22)},
	{"international norms", 2, iomstrategy.Para(23)},
	{"migration law database", 2, iomstrategy.Para(23)},
	{"rights-based legislative", 2, iomstrategy.Para(23)},
	{"slavery", 2, iomstrategy.Para(25)},
	{"servitude", 2, iomstrategy.Para(25)},
	{"right to live in safety", 2, iomstrategy.Para(25)},
	{"human rights of migrant women", 2, iomstrategy.Para(26)},

	// Point 3: expert advice and capacity building (paras 27-31).
	{"operational assistance", 3, iomstrategy.StrategyPoint(3)},
	{"bilateral cooperation", 3, iomstrategy.StrategyPoint(3)},
	{"expert advice", 3, iomstrategy.StrategyPoint(3)},
	{"technical cooperation", 3, iomstrategy.StrategyPoint(3)},
	{"national capacities", 3, iomstrategy.StrategyPoint(3)},
	{"institutional capacity", 3, iomstrategy.Para(27)},
	{"national migration authorities", 3, iomstrategy.Para(27)},
	{"migration management", 3, iomstrategy.Para(27)},
	{"CBMMP", 3, iomstrategy.Para(28)},
	{"Capacity-building in Migration Management Programme", 3, iomstrategy.Para(28)},
	{"border management", 3, iomstrategy.Para(28)},
	{"capacity-building", 3, iomstrategy.Para(29)},
	{"African Capacity-building Centre", 3, iomstrategy.Para(30)},
	{"identity verification", 3, iomstrategy.Para(30)},
	{"travel document fraud", 3, iomstrategy.Para(30)},
	{"travel document", 3, iomstrategy.Para(30)},
	{"interviewing", 3, iomstrategy.Para(30)},
	{"regional economic communities", 3, iomstrategy.Para(31)},
	{"advisory services", 3, iomstrategy.Para(27)},
	{"technical assistance", 3, iomstrategy.Para(27)},
	{"legal framework", 3, iomstrategy.Para(28)},
	{"governmental technical expertise", 3, iomstrategy.Para(28)},
	{"joint country assessments", 3, iomstrategy.Para(29)},
	{"training programmes", 3, iomstrategy.Para(30)},
	{"curriculum development", 3, iomstrategy.Para(30)},
	{"cross-border collaboration", 3, iomstrategy.Para(31)},
	{"gender and migration", 3, iomstrategy.Para(31)},

	// Point 4: migration and development (paras 32-37).
	{"economic and social development", 4, iomstrategy.StrategyPoint(4)},
	{"maximizing migration's benefits", 4, iomstrategy.StrategyPoint(4)},
	{"migration and development", 4, iomstrategy.Para(32)},
	{"migration pressures", 4, iomstrategy.Para(32)},
	{"remittance", 4, iomstrategy.Para(34)},
	{"developmental impact", 4, iomstrategy.Para(34)},
	{"socio-economic development", 4, iomstrategy.Para(34)},
	{"poverty reduction", 4, iomstrategy.Para(34)},
	{"economic revitalization", 4, iomstrategy.Para(34)},
	{"option not to migrate", 4, iomstrategy.Para(34)},
	{"MIDA", 4, iomstrategy.Para(36)},
	{"Migration for Development in Africa", 4, iomstrategy.Para(36)},
	{"JMIDI", 4, iomstrategy.Para(36)},
	{"Joint Migration and Development Initiative", 4, iomstrategy.Para(36)},
	{"Mainstreaming Migration in Development Planning", 4, iomstrategy.Para(36)},
	{"development planning", 4, iomstrategy.Para(36)},
	{"transfer costs", 4, iomstrategy.Para(37)},
	{"money transfers", 4, iomstrategy.Para(37)},
	{"remittance corridors", 4, iomstrategy.Para(37)},
	{"remittance services", 4, iomstrategy.Para(34)},
	{"development potential", 4, iomstrategy.Para(34)},
	{"nationals abroad", 4, iomstrategy.Para(34)},
	{"national developmental goals", 4, iomstrategy.Para(34)},
	{"vectors for development", 4, iomstrategy.Para(34)},
	{"developmental benefits", 4, iomstrategy.Para(36)},
	{"remittance costs", 4, iomstrategy.Para(37)},
	{"remittance transfers", 4, iomstrategy.Para(37)},

	// Point 5: irregular migration (paras 38-40).
	{"irregular", 5, iomstrategy.StrategyPoint(5)},
	{"irregular migration", 5, iomstrategy.StrategyPoint(5)},
	{"root causes", 5, iomstrategy.StrategyPoint(5)},
	{"development-focused solutions", 5, iomstrategy.StrategyPoint(5)},
	{"irregular migrants", 5, iomstrategy.Para(38)},
	{"unaccompanied minors", 5, iomstrategy.Para(38)},
	{"vulnerable migrants", 5, iomstrategy.Para(38)},
	{"causes and consequences", 5, iomstrategy.Para(39)},
	{"smuggling routes", 5, iomstrategy.Para(39)},
	{"access to basic health care", 5, iomstrategy.Para(40)},
	{"regardless of migration status", 5, iomstrategy.Para(40)},
	{"undocumented", 5, iomstrategy.Para(40)},
	{"mixed migration flows", 5, iomstrategy.Para(38)},
	{"migrant health", 5, iomstrategy.Para(38)},
	{"organized criminal groups", 5, iomstrategy.Para(39)},
	{"residence and protection options", 5, iomstrategy.Para(39)},
	{"public health", 5, iomstrategy.Para(40)},
	{"undocumented status", 5, iomstrategy.Para(40)},

	// Point 6: information, research and data (paras 41-46).
	{"migration information", 6, iomstrategy.StrategyPoint(6)},
	{"data collection", 6, iomstrategy.StrategyPoint(6)},
	{"publications", 6, iomstrategy.Para(41)},
	{"think tanks", 6, iomstrategy.Para(42)},
	{"migration journal", 6, iomstrategy.Para(42)},
	{"migration trends", 6, iomstrategy.Para(43)},
	{"World Migration Report", 6, iomstrategy.Para(43)},
	{"climate change", 6, iomstrategy.Para(43)},
	{"research institutions", 6, iomstrategy.Para(43)},
	{"Migration Profiles", 6, iomstrategy.Para(44)},
	{"statistical report", 6, iomstrategy.Para(44)},
	{"data gaps", 6, iomstrategy.Para(44)},
	{"migration research centres", 6, iomstrategy.Para(45)},
	{"Observatory on Migration", 6, iomstrategy.Para(45)},
	{"Global Human Trafficking Database", 6, iomstrategy.Para(46)},
	{"data-collection methodology", 6, iomstrategy.Para(46)},
	{"comparable indicators", 6, iomstrategy.Para(46)},
	{"applied research", 6, iomstrategy.Para(41)},
	{"policy makers", 6, iomstrategy.Para(41)},
	{"researchers", 6, iomstrategy.Para(41)},
	{"migration-related data", 6, iomstrategy.Para(41)},
	{"research paper", 6, iomstrategy.Para(43)},
	{"policy brief", 6, iomstrategy.Para(43)},
	{"thematic study", 6, iomstrategy.Para(43)},
	{"research volume", 6, iomstrategy.Para(43)},
	{"migration and the environment", 6, iomstrategy.Para(43)},
	{"statistical", 6, iomstrategy.Para(44)},
	{"information sharing", 6, iomstrategy.Para(46)},
	{"knowledge development", 6, iomstrategy.Para(46)},

	// Point 7: debate and dialogue (paras 47-52).
	{"debate", 7, iomstrategy.StrategyPoint(7)},
	{"dialogue", 7, iomstrategy.StrategyPoint(7)},
	{"international cooperation", 7, iomstrategy.StrategyPoint(7)},
	{"International Dialogue on Migration", 7, iomstrategy.StrategyPoint(7)},
	{"non-binding exchanges", 7, iomstrategy.Para(47)},
	{"platforms", 7, iomstrategy.Para(47)},
	{"IDM", 7, iomstrategy.Para(48)},
	{"intersessional workshops", 7, iomstrategy.Para(48)},
	{"RCPs", 7, iomstrategy.Para(49)},
	{"inter-State dialogue", 7, iomstrategy.Para(49)},
	{"Regional Consultative Process", 7, iomstrategy.Para(50)},
	{"Abu Dhabi Dialogue", 7, iomstrategy.Para(50)},
	{"Ministerial Consultation", 7, iomstrategy.Para(50)},
	{"interregional forums", 7, iomstrategy.Para(50)},
	{"GFMD", 7, iomstrategy.Para(51)},
	{"global dialogues", 7, iomstrategy.Para(52)},
	{"policymakers", 7, iomstrategy.Para(47)},
	{"debate and dialogue", 7, iomstrategy.Para(47)},
	{"informal consultations", 7, iomstrategy.Para(48)},
	{"high-level discussions", 7, iomstrategy.Para(48)},
	{"secretariat", 7, iomstrategy.Para(50)},
	{"round tables", 7, iomstrategy.Para(51)},
	{"background papers", 7, iomstrategy.Para(51)},
	{"Senior Advisor", 7, iomstrategy.Para(51)},
	{"chairmanships", 7, iomstrategy.Para(51)},
	{"forums", 7, iomstrategy.Para(52)},
	{"interregional exchanges", 7, iomstrategy.Para(52)},

	// Point 8: integration and diasporas (paras 53-57).
	{"integration", 8, iomstrategy.StrategyPoint(8)},
	{"new environment", 8, iomstrategy.StrategyPoint(8)},
	{"diasporas", 8, iomstrategy.StrategyPoint(8)},
	{"development partners", 8, iomstrategy.StrategyPoint(8)},
	{"host communities", 8, iomstrategy.Para(53)},
	{"harmonious coexistence", 8, iomstrategy.Para(53)},
	{"migrant integration", 8, iomstrategy.Para(55)},
	{"Alliance of Civilizations", 8, iomstrategy.Para(55)},
	{"integration services", 8, iomstrategy.Para(56)},
	{"language and culture", 8, iomstrategy.Para(56)},
	{"bridging schools", 8, iomstrategy.Para(56)},
	{"return of qualified nationals", 8, iomstrategy.Para(57)},
	{"professional placements", 8, iomstrategy.Para(57)},
	{"diaspora associations", 8, iomstrategy.Para(57)},
	{"diaspora organizations", 8, iomstrategy.Para(57)},
	{"culture and living conditions", 8, iomstrategy.Para(53)},
	{"society–migrant relations", 8, iomstrategy.Para(54)},
	{"integration policies", 8, iomstrategy.Para(55)},
	{"empowerment of migrants", 8, iomstrategy.Para(55)},
	{"diversity", 8, iomstrategy.Para(55)},
	{"integration projects", 8, iomstrategy.Para(56)},
	{"community spaces", 8, iomstrategy.Para(56)},
	{"public schools", 8, iomstrategy.Para(56)},
	{"diaspora members", 8, iomstrategy.Para(57)},
	{"health workers in the diaspora", 8, iomstrategy.Para(57)},
	{"women leaders", 8, iomstrategy.Para(57)},

	// Point 9: humanitarian, emergency and post-crisis (paras 58-63).
	{"humanitarian", 9, iomstrategy.StrategyPoint(9)},
	{"inter-agency arrangements", 9, iomstrategy.StrategyPoint(9)},
	{"humanitarian responses", 9, iomstrategy.StrategyPoint(9)},
	{"emergency", 9, iomstrategy.StrategyPoint(9)},
	{"post-crisis", 9, iomstrategy.StrategyPoint(9)},
	{"natural disasters", 9, iomstrategy.Para(58)},
	{"conflict-induced displacement", 9, iomstrategy.Para(58)},
	{"internal displacement", 9, iomstrategy.Para(60)},
	{"internally displaced persons", 9, iomstrategy.Para(60)},
	{"CCCM", 9, iomstrategy.Para(60)},
	{"Camp Coordination and Camp Management", 9, iomstrategy.Para(60)},
	{"IASC", 9, iomstrategy.Para(60)},
	{"cluster", 9, iomstrategy.Para(60)},
	{"camp management", 9, iomstrategy.Para(61)},
	{"preparedness", 9, iomstrategy.Para(61)},
	{"Emergency Preparedness Account", 9, iomstrategy.Para(61)},
	{"displaced populations", 9, iomstrategy.Para(62)},
	{"emergency shelter", 9, iomstrategy.Para(62)},
	{"non-food items", 9, iomstrategy.Para(62)},
	{"disarmament, demobilization and reintegration", 9, iomstrategy.Para(63)},
	{"community stabilization", 9, iomstrategy.Para(63)},
	{"security sector reform", 9, iomstrategy.Para(63)},
	{"early recovery", 9, iomstrategy.Para(63)},
	{"land and property compensation", 9, iomstrategy.Para(63)},
	{"disaster risk reduction", 9, iomstrategy.Para(63)},
	{"conflict resolution", 9, iomstrategy.Para(63)},
	{"cyclone", 9, iomstrategy.Para(59)},
	{"earthquake", 9, iomstrategy.Para(59)},
	{"floods", 9, iomstrategy.Para(59)},
	{"post-election violence", 9, iomstrategy.Para(59)},
	{"emergency responses", 9, iomstrategy.Para(59)},
	{"displacement", 9, iomstrategy.Para(60)},
	{"durable solutions", 9, iomstrategy.Para(60)},
	{"mobile populations", 9, iomstrategy.Para(60)},
	{"affected communities", 9, iomstrategy.Para(60)},
	{"early warning", 9, iomstrategy.Para(61)},
	{"water/sanitation", 9, iomstrategy.Para(62)},
	{"emergency health services", 9, iomstrategy.Para(62)},
	{"transitional activities", 9, iomstrategy.Para(63)},
	{"shelter", 9, iomstrategy.Para(62)},
	{"recovery", 9, iomstrategy.Para(59)},
	{"demobilization", 9, iomstrategy.Para(63)},

	// Point 10: voluntary return and reintegration (paras 64-68).
	{"displaced persons", 10, iomstrategy.StrategyPoint(10)},
	{"voluntary return", 10, iomstrategy.StrategyPoint(10)},
	{"reintegration", 10, iomstrategy.StrategyPoint(10)},
	{"AVRR", 10, iomstrategy.Para(64)},
	{"assisted voluntary return", 10, iomstrategy.Para(64)},
	{"assisted voluntary return and reintegration", 10, iomstrategy.Para(64)},
	{"asylum-seekers", 10, iomstrategy.Para(64)},
	{"voluntary return policies", 10, iomstrategy.Para(64)},
	{"reintegration assistance", 10, iomstrategy.Para(65)},
	{"returns", 10, iomstrategy.Para(66)},
	{"return counselling", 10, iomstrategy.Para(67)},
	{"dignified return", 10, iomstrategy.Para(64)},
	{"return and reintegration options", 10, iomstrategy.Para(64)},
	{"individualized", 10, iomstrategy.Para(65)},
	{"vulnerable groups", 10, iomstrategy.Para(67)},

	// Point 11: migrant smuggling and trafficking in persons (paras 69-72).
	{"smuggling", 11, iomstrategy.StrategyPoint(11)},
	{"migrant smuggling", 11, iomstrategy.StrategyPoint(11)},
	{"trafficking in persons", 11, iomstrategy.StrategyPoint(11)},
	{"women and children", 11, iomstrategy.StrategyPoint(11)},
	{"traffickers", 11, iomstrategy.Para(69)},
	{"Palermo Protocols", 11, iomstrategy.Para(70)},
	{"safe migration", 11, iomstrategy.Para(70)},
	{"hotlines", 11, iomstrategy.Para(70)},
	{"forced labour", 11, iomstrategy.Para(70)},
	{"victims of trafficking", 11, iomstrategy.Para(71)},
	{"psychosocial", 11, iomstrategy.Para(71)},
	{"Global Assistance Fund", 11, iomstrategy.Para(71)},
	{"anti-trafficking", 11, iomstrategy.Para(72)},
	{"prosecution of traffickers", 11, iomstrategy.Para(72)},
	{"national referral mechanisms", 11, iomstrategy.Para(72)},
	{"safe accommodation", 11, iomstrategy.Para(71)},
	{"prosecutors", 11, iomstrategy.Para(72)},
	{"prosecution", 11, iomstrategy.Para(72)},
	{"whistle-blowers", 11, iomstrategy.Para(70)},
	{"consumer awareness", 11, iomstrategy.Para(70)},
	{"police authorities", 11, iomstrategy.Para(72)},
	{"trafficking in persons and migrant smuggling", 11, iomstrategy.Para(72)},
	{"identification and protection of trafficked persons", 11, iomstrategy.Para(72)},

	// Point 12: labour migration (paras 73-77).
	{"labour", 12, iomstrategy.StrategyPoint(12)},
	{"labour migration", 12, iomstrategy.StrategyPoint(12)},
	{"short-term movements", 12, iomstrategy.StrategyPoint(12)},
	{"circular migration", 12, iomstrategy.StrategyPoint(12)},
	{"migrant workers", 12, iomstrategy.Para(73)},
	{"labour mobility", 12, iomstrategy.Para(73)},
	{"Labour Migration Management", 12, iomstrategy.Para(74)},
	{"labour migrants", 12, iomstrategy.Para(75)},
	{"candidate migrant workers", 12, iomstrategy.Para(75)},
	{"temporary movements", 12, iomstrategy.Para(76)},
	{"foreign employment", 12, iomstrategy.Para(76)},
	{"recruitment schemes", 12, iomstrategy.Para(76)},
	{"decent working conditions", 12, iomstrategy.Para(76)},
	{"bilateral arrangements", 12, iomstrategy.Para(76)},
	{"matching skills with demand", 12, iomstrategy.Para(76)},
	{"temporary foreign workers", 12, iomstrategy.Para(76)},
	{"occupational health", 12, iomstrategy.Para(77)},
	{"women migrant workers", 12, iomstrategy.Para(77)},
	{"legal channels", 12, iomstrategy.Para(73)},
	{"labour migration policies", 12, iomstrategy.Para(73)},
	{"database creation", 12, iomstrategy.Para(76)},
	{"Training Manual on Labour Migration Management", 12, iomstrategy.Para(74)},
	{"skills", 12, iomstrategy.Para(75)},
}

// reading is a word that officers use and the source does not, read as a
// phrase that the source uses for a point: an abbreviation ("IDP") or a
// word of everyday project language ("flights").
type reading struct {
	word   string
	phrase string
	cite   iomstrategy.Citation // where the source uses the phrase
}

// readings are the library's own reading of common abbreviations and of
// words that project descriptions use for what the Review names otherwise
// (an interpretation, not the source's wording; needs review). A
// description's word is replaced by the phrase's words, so that it matches
// the phrase's terms; the match quotes the description's word. Each phrase
// is checked against its citation, and against the vocabulary, by a test.
// The everyday words were chosen from the tuning descriptions
// (testdata/tuning.tsv) that the vocabulary missed, and a test holds each
// to a tuning description that uses it. A reading of several words matches
// them in a row, stop words included ("without papers", "go home").
var readings = []reading{
	{"IDP", "internally displaced persons", iomstrategy.Para(60)},
	{"VoT", "victims of trafficking", iomstrategy.Para(71)},
	{"AVR", "assisted voluntary return", iomstrategy.Para(64)},
	{"DDR", "disarmament, demobilization and reintegration", iomstrategy.Para(63)},
	{"DRR", "disaster risk reduction", iomstrategy.Para(63)},
	{"NFI", "non-food items", iomstrategy.Para(62)},
	{"flights", "air transport", iomstrategy.Para(16)},
	{"racism", "xenophobia", iomstrategy.Para(23)},
	{"passports", "travel document", iomstrategy.Para(30)},
	{"statistics", "statistical", iomstrategy.Para(44)},
	{"statisticians", "statistical", iomstrategy.Para(44)},
	{"census", "data collection", iomstrategy.StrategyPoint(6)},
	{"survey", "data collection", iomstrategy.StrategyPoint(6)},
	{"cohesion", "harmonious coexistence", iomstrategy.Para(53)},
	{"inclusion", "integration", iomstrategy.StrategyPoint(8)},
	{"evacuation", "emergency", iomstrategy.StrategyPoint(9)},
	{"seasonal", "temporary movements", iomstrategy.Para(76)},
	{"tents", "emergency shelter", iomstrategy.Para(62)},
	{"blankets", "non-food items", iomstrategy.Para(62)},
	{"tuberculosis", "health assessments", iomstrategy.Para(19)},
	{"vaccinations", "health assessments", iomstrategy.Para(19)},
	{"customs", "border management", iomstrategy.Para(28)},
	{"disarmament", "disarmament, demobilization and reintegration", iomstrategy.Para(63)},
	{"combatants", "disarmament, demobilization and reintegration", iomstrategy.Para(63)},
	{"fighters", "disarmament, demobilization and reintegration", iomstrategy.Para(63)},
	{"hurricane", "cyclone", iomstrategy.Para(59)},
	{"expatriate", "diaspora", iomstrategy.Para(57)},
	{"newcomers", "integration", iomstrategy.StrategyPoint(8)},

	// Everyday words and phrases, point by point, chosen from the tuning
	// descriptions written in an officer's words.

	// Point 1: services to persons.
	{"HIV testing", "health assessments", iomstrategy.Para(19)},
	{"medical checks", "health assessments", iomstrategy.Para(19)},
	{"medical examinations", "health assessments", iomstrategy.Para(19)},
	{"medical screening", "health assessments", iomstrategy.Para(19)},
	{"panel clinic", "health assessments", iomstrategy.Para(19)},
	{"embassy", "pre-consular", iomstrategy.Para(15)},
	{"consulate", "pre-consular", iomstrategy.Para(15)},
	{"biometrics", "visa processing", iomstrategy.Para(15)},
	{"airport assistance", "air transit", iomstrategy.Para(21)},
	{"airline seats", "air transport", iomstrategy.Para(16)},
	{"reunite", "family reunification", iomstrategy.Para(20)},
	{"family links", "family reunification", iomstrategy.Para(20)},
	{"orientation", "cultural orientation", iomstrategy.Para(17)},
	{"before departure", "pre-departure", iomstrategy.Para(17)},

	// Point 2: the human rights of migrants.
	{"hate speech", "xenophobia", iomstrategy.Para(23)},
	{"racist", "xenophobia", iomstrategy.Para(23)},
	{"equal treatment", "discrimination", iomstrategy.Para(26)},
	{"treating foreigners fairly", "discrimination", iomstrategy.Para(26)},
	{"dignity", "human rights", iomstrategy.Para(22)},
	{"legal aid", "rights of migrants", iomstrategy.Para(22)},
	{"abused", "migrant exploitation", iomstrategy.Para(23)},
	{"treaties", "international norms", iomstrategy.Para(23)},
	{"aliens act", "migration legislation", iomstrategy.Para(23)},
	{"conventions", "international norms", iomstrategy.Para(23)},
	{"abusive", "migrant exploitation", iomstrategy.Para(23)},

	// Point 3: expert advice and capacity building.
	{"immigration department", "national migration authorities", iomstrategy.Para(27)},
	{"immigration service", "national migration authorities", iomstrategy.Para(27)},
	{"immigration authorities", "national migration authorities", iomstrategy.Para(27)},
	{"interior ministry", "national migration authorities", iomstrategy.Para(27)},
	{"border posts", "border management", iomstrategy.Para(28)},
	{"border police", "border management", iomstrategy.Para(28)},
	{"document examination", "identity verification", iomstrategy.Para(30)},
	{"forged", "travel document fraud", iomstrategy.Para(30)},
	{"policy advice", "expert advice", iomstrategy.StrategyPoint(3)},
	{"advise the government", "expert advice", iomstrategy.StrategyPoint(3)},
	{"operating manual", "institutional capacity", iomstrategy.Para(27)},
	{"law on foreigners", "legal framework", iomstrategy.Para(28)},
	{"ministry of interior", "national migration authorities", iomstrategy.Para(27)},
	{"advisory", "advisory services", iomstrategy.Para(27)},
	{"border guards", "border management", iomstrategy.Para(28)},
	{"fraudulent", "travel document fraud", iomstrategy.Para(30)},

	// Point 4: migration and development.
	{"money transfers home", "remittance", iomstrategy.Para(34)},
	{"send home", "remittance", iomstrategy.Para(34)},
	{"sending money", "remittance", iomstrategy.Para(34)},
	{"send money", "remittance", iomstrategy.Para(34)},
	{"mobile money", "money transfers", iomstrategy.Para(37)},
	{"brain drain", "development potential", iomstrategy.Para(34)},
	{"hometown associations", "nationals abroad", iomstrategy.Para(34)},
	{"diaspora investment", "vectors for development", iomstrategy.Para(34)},
	{"income-generating", "economic revitalization", iomstrategy.Para(34)},
	{"job creation", "economic revitalization", iomstrategy.Para(34)},
	{"can stay", "option not to migrate", iomstrategy.Para(34)},
	{"poverty", "poverty reduction", iomstrategy.Para(34)},
	{"receive money", "remittance", iomstrategy.Para(34)},
	{"money from abroad", "remittance", iomstrategy.Para(34)},
	{"migrants abroad", "nationals abroad", iomstrategy.Para(34)},

	// Point 5: irregular migration.
	{"without papers", "undocumented", iomstrategy.Para(40)},
	{"no right to stay", "undocumented status", iomstrategy.Para(40)},
	{"illegally", "irregular", iomstrategy.StrategyPoint(5)},
	{"illegal migration", "irregular migration", iomstrategy.StrategyPoint(5)},
	{"separated children", "unaccompanied minors", iomstrategy.Para(38)},
	{"small boats", "irregular migration", iomstrategy.StrategyPoint(5)},
	{"intercepted at sea", "irregular migrants", iomstrategy.Para(38)},
	{"transit centres", "mixed migration flows", iomstrategy.Para(38)},
	{"without legal status", "undocumented status", iomstrategy.Para(40)},
	{"unaccompanied", "unaccompanied minors", iomstrategy.Para(38)},
	{"sea crossings", "irregular migration", iomstrategy.StrategyPoint(5)},
	{"without documents", "undocumented", iomstrategy.Para(40)},
	{"without visas", "undocumented", iomstrategy.Para(40)},
	{"without permission", "undocumented", iomstrategy.Para(40)},
	{"without authorisation", "undocumented", iomstrategy.Para(40)},

	// Point 6: information, research and data.
	{"censuses", "data collection", iomstrategy.StrategyPoint(6)},
	{"questionnaire", "data collection", iomstrategy.StrategyPoint(6)},
	{"data warehouse", "migration-related data", iomstrategy.Para(41)},
	{"comparable data", "comparable indicators", iomstrategy.Para(46)},
	{"universities", "research institutions", iomstrategy.Para(43)},
	{"environmental degradation", "migration and the environment", iomstrategy.Para(43)},
	{"country report", "Migration Profiles", iomstrategy.Para(44)},
	{"online library", "publications", iomstrategy.Para(41)},
	{"figures", "statistical", iomstrategy.Para(44)},
	{"academic", "research institutions", iomstrategy.Para(43)},
	{"environmental change", "migration and the environment", iomstrategy.Para(43)},

	// Point 7: debate and dialogue.
	{"ministerial conference", "Ministerial Consultation", iomstrategy.Para(50)},
	{"intergovernmental", "inter-State dialogue", iomstrategy.Para(49)},
	{"round table", "round tables", iomstrategy.Para(51)},
	{"study visits", "interregional exchanges", iomstrategy.Para(52)},
	{"share experience", "non-binding exchanges", iomstrategy.Para(47)},
	{"chairing", "chairmanships", iomstrategy.Para(51)},
	{"Global Forum on Migration and Development", "GFMD", iomstrategy.Para(51)},

	// Point 8: integration and diasporas.
	{"settle in", "integration", iomstrategy.StrategyPoint(8)},
	{"host community", "host communities", iomstrategy.Para(53)},
	{"immigrant children", "integration projects", iomstrategy.Para(56)},
	{"homework clubs", "integration projects", iomstrategy.Para(56)},
	{"mentoring", "integration projects", iomstrategy.Para(56)},
	{"intercultural", "diversity", iomstrategy.Para(55)},
	{"citizens living abroad", "diasporas", iomstrategy.StrategyPoint(8)},
	{"emigrant communities", "diasporas", iomstrategy.StrategyPoint(8)},
	{"newly arrived", "integration", iomstrategy.StrategyPoint(8)},
	{"immigrant kids", "integration projects", iomstrategy.Para(56)},
	{"local youth", "host communities", iomstrategy.Para(53)},
	{"civic orientation", "integration", iomstrategy.StrategyPoint(8)},
	{"citizens abroad", "diasporas", iomstrategy.StrategyPoint(8)},

	// Point 9: humanitarian, emergency and post-crisis.
	{"tarpaulins", "non-food items", iomstrategy.Para(62)},
	{"jerry cans", "non-food items", iomstrategy.Para(62)},
	{"kitchen kits", "non-food items", iomstrategy.Para(62)},
	{"relief supplies", "non-food items", iomstrategy.Para(62)},
	{"relief", "humanitarian", iomstrategy.StrategyPoint(9)},
	{"evacuation centres", "camp management", iomstrategy.Para(61)},
	{"typhoon", "cyclone", iomstrategy.Para(59)},
	{"landslide", "natural disasters", iomstrategy.Para(58)},
	{"reconstruction", "early recovery", iomstrategy.Para(63)},
	{"soldiers", "disarmament, demobilization and reintegration", iomstrategy.Para(63)},
	{"peace deal", "conflict resolution", iomstrategy.Para(63)},
	{"fleeing the fighting", "conflict-induced displacement", iomstrategy.Para(58)},
	{"war zone", "post-crisis", iomstrategy.StrategyPoint(9)},
	{"civil war", "post-crisis", iomstrategy.StrategyPoint(9)},
	{"rebuild houses", "early recovery", iomstrategy.Para(63)},

	// Point 10: voluntary return and reintegration.
	{"go home", "voluntary return", iomstrategy.StrategyPoint(10)},
	{"voluntarily", "voluntary", iomstrategy.StrategyPoint(10)},
	{"deported", "returns", iomstrategy.Para(66)},
	{"back home", "returns", iomstrategy.Para(66)},
	{"rebuild their lives", "reintegration", iomstrategy.StrategyPoint(10)},
	{"reintegration package", "reintegration assistance", iomstrategy.Para(65)},
	{"starting again", "reintegration", iomstrategy.StrategyPoint(10)},
	{"sent back", "returns", iomstrategy.Para(66)},

	// Point 11: migrant smuggling and trafficking in persons.
	{"sexual exploitation", "victims of trafficking", iomstrategy.Para(71)},
	{"safe houses", "safe accommodation", iomstrategy.Para(71)},
	{"debt bondage", "trafficking in persons", iomstrategy.StrategyPoint(11)},
	{"false promises", "safe migration", iomstrategy.Para(70)},
	{"to court", "prosecution", iomstrategy.Para(72)},
	{"people smuggling", "migrant smuggling", iomstrategy.StrategyPoint(11)},
	{"hotline", "hotlines", iomstrategy.Para(70)},

	// Point 12: labour migration.
	{"employment overseas", "foreign employment", iomstrategy.Para(76)},
	{"work overseas", "foreign employment", iomstrategy.Para(76)},
	{"workers going abroad", "foreign employment", iomstrategy.Para(76)},
	{"workers on farms abroad", "temporary foreign workers", iomstrategy.Para(76)},
	{"job-matching", "matching skills with demand", iomstrategy.Para(76)},
	{"fair recruitment", "recruitment schemes", iomstrategy.Para(76)},
	{"recruitment agencies", "recruitment schemes", iomstrategy.Para(76)},
	{"guest worker", "temporary foreign workers", iomstrategy.Para(76)},
	{"fixed-term contracts", "temporary movements", iomstrategy.Para(76)},
	{"bilateral deal", "bilateral arrangements", iomstrategy.Para(76)},
	{"temporary work", "temporary movements", iomstrategy.Para(76)},
	{"jobs abroad", "foreign employment", iomstrategy.Para(76)},
	{"government-to-government agreement", "bilateral arrangements", iomstrategy.Para(76)},
}

// readWord is a reading as words applies it: the stems of the phrase, and
// whether the word read is an abbreviation (one word written with a capital
// letter after the first, as "IDP").
type readWord struct {
	stems        []string
	abbreviation bool
}

// readingIndex maps the stems of each reading's words (stop words
// included) to its phrase.
type readingIndex struct {
	byKey     map[string]readWord
	maxTokens int // words in the longest reading, stop words included
}

var readingWords = sync.OnceValue(func() readingIndex {
	ix := readingIndex{byKey: make(map[string]readWord, len(readings))}
	for _, r := range readings {
		var stems []string
		for _, w := range plainWords(r.phrase) {
			stems = append(stems, w.stem)
		}
		var k []string
		for _, w := range tokens(r.word) {
			k = append(k, w.stem)
		}
		ix.byKey[strings.Join(k, " ")] = readWord{stems, isAbbreviation(r.word)}
		ix.maxTokens = max(ix.maxTokens, len(k))
	}
	return ix
})
