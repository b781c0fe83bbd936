package strategy

import "github.com/policycode/iomstrategy"

// pointTexts are the 12 points as the Annex of Resolution 1150 (XCIII)
// words them (Part I, points 1-12), character for character. Point 9 is
// joined across the page break of the source and carries no footnote
// marker; its footnote is point9Footnote.
var pointTexts = [NumPoints + 1]string{
	1:  "To provide secure, reliable, flexible and cost-effective services for persons who require international migration assistance.",
	2:  "To enhance the humane and orderly management of migration and the effective respect for the human rights of migrants in accordance with international law.",
	3:  "To offer expert advice, research, technical cooperation and operational assistance to States, intergovernmental and non-governmental organizations and other stakeholders, in order to build national capacities and facilitate international, regional and bilateral cooperation on migration matters.",
	4:  "To contribute to the economic and social development of States through research, dialogue, design and implementation of migration-related programmes aimed at maximizing migration's benefits.",
	5:  "To support States, migrants and communities in addressing the challenges of irregular migration, including through research and analysis into root causes, sharing information and spreading best practices, as well as facilitating development-focused solutions.",
	6:  "To be a primary reference point for migration information, research, best practices, data collection, compatibility and sharing.",
	7:  "To promote, facilitate and support regional and global debate and dialogue on migration, including through the International Dialogue on Migration, so as to advance understanding of the opportunities and challenges it presents, the identification and development of effective policies for addressing those challenges and to identify comprehensive approaches and measures for advancing international cooperation.",
	8:  "To assist States to facilitate the integration of migrants in their new environment and to engage diasporas, including as development partners.",
	9:  "To participate in coordinated humanitarian responses in the context of inter-agency arrangements in this field and to provide migration services in other emergency or post-crisis situations as appropriate and as relates to the needs of individuals, thereby contributing to their protection.",
	10: "To undertake programmes which facilitate the voluntary return and reintegration of refugees, displaced persons, migrants and other individuals in need of international migration services, in cooperation with other relevant international organizations as appropriate, and taking into account the needs and concerns of local communities.",
	11: "To assist States in the development and delivery of programmes, studies and technical expertise on combating migrant smuggling and trafficking in persons, in particular women and children, in a manner consistent with international law.",
	12: "To support the efforts of States in the area of labour migration, in particular short-term movements, and other types of circular migration.",
}

// point9Footnote is footnote 1 of the Annex, attached to the last word of
// point 9 ("protection¹").
const point9Footnote = "Although IOM has no legal protection mandate, the fact remains that its activities contribute to protecting human rights, having the effect, or consequence, of protecting persons involved in migration."

// pointTitles are the library's own short titles: they are not in the
// source, and they name each point by its subject for tables and menus.
var pointTitles = [NumPoints + 1]string{
	1:  "Migration assistance services",
	2:  "Migration management and migrants' human rights",
	3:  "Expert advice and capacity-building",
	4:  "Migration and development",
	5:  "Irregular migration",
	6:  "Migration information, research and data",
	7:  "Dialogue on migration",
	8:  "Integration and diasporas",
	9:  "Humanitarian and post-crisis response",
	10: "Voluntary return and reintegration",
	11: "Counter-smuggling and counter-trafficking",
	12: "Labour and circular migration",
}

// Text returns the point's official text, verbatim from the Annex of
// Resolution 1150 (XCIII), Part I (cited by Source), for example "To
// provide secure, reliable, flexible and cost-effective services for
// persons who require international migration assistance." for point 1.
//
// Point 9 crosses a page break in the source; Text joins it with one space.
// Its last word carries a footnote marker in the source ("protection¹.");
// Text leaves the marker out and Footnote returns the footnote, which is
// part of the point. Text is "" for an invalid point.
func (p Point) Text() string {
	if !p.Valid() {
		return ""
	}
	return pointTexts[p]
}

// Footnote returns the footnote the Annex attaches to the point, verbatim
// and cited: for point 9, Annex footnote 1 ("Although IOM has no legal
// protection mandate, ...", cited as Resolution 1150 (XCIII), Annex, Part
// I, footnote 1). Every other point has none: the zero Statement.
func (p Point) Footnote() Statement {
	if p == 9 {
		return Statement{Quote: point9Footnote, Citation: iomstrategy.AnnexNote(1)}
	}
	return Statement{}
}

// Title returns a short title of the library's own, such as "Migration and
// development" for point 4. Titles are not in the source: cite Source and
// quote Text where the official wording matters. Title is "" for an invalid
// point.
func (p Point) Title() string {
	if !p.Valid() {
		return ""
	}
	return pointTitles[p]
}

// Tie is a link between two points that the Review itself makes: in its
// section on From, or in a footnote to From's heading, it refers the reader
// to To ("see Strategy point 8", "discussed under Strategy points 6 and 11").
//
// A tie is stored as the Review states it, from the point whose section
// says it to the point it names; it is not assumed to hold the other way.
// Point.Ties lists a point's ties in both directions: From is the point
// whose section states the tie.
type Tie struct {
	From     Point
	To       Point
	Citation iomstrategy.Citation // the paragraph or footnote that states the tie
	Says     string               // what the Review says the tie is, in the library's words
}

// ties are every explicit reference from one point's section of the Review
// (MC/INF/302, paras 14-77 and their footnotes) to another point: each
// "see (Strategy) point N", "under Strategy point(s) N", "in connection with
// other Strategy points (... points N, M)". They are in the order of the
// Review, then of the points named.
var ties = []Tie{
	{2, 1, iomstrategy.Para(22), "the humane and orderly management of migration is described under other points, including point 1"},
	{2, 3, iomstrategy.Para(22), "the humane and orderly management of migration is described under other points, including point 3"},
	{2, 5, iomstrategy.Para(22), "the humane and orderly management of migration is described under other points, including point 5"},
	{2, 11, iomstrategy.Para(22), "the humane and orderly management of migration is described under other points, including point 11"},
	{2, 12, iomstrategy.Para(22), "the humane and orderly management of migration is described under other points, including point 12"},
	{2, 1, iomstrategy.Para(24), "pre-departure training that promotes migrants' rights is also observed under point 1"},
	{4, 7, iomstrategy.Para(33), "for more on the Global Forum on Migration and Development, see point 7"},
	{4, 8, iomstrategy.Para(34), "harnessing nationals abroad for development: see also point 8"},
	{5, 6, iomstrategy.Para(38), "the data-collection aspects of work on trafficking and smuggling are discussed under point 6"},
	{5, 11, iomstrategy.Para(38), "the programmatic aspects of work on trafficking and smuggling are discussed under point 11"},
	{8, 7, iomstrategy.Para(54), "the International Dialogue on Migration on integration: see point 7"},
	{8, 4, iomstrategy.Para(57), "MIDA and engaging diasporas as development partners were discussed under point 4"},
	{11, 5, iomstrategy.Note(20), "the research aspects of this point are discussed under point 5"},
	{11, 6, iomstrategy.Note(20), "the data-collection aspects of this point are discussed under point 6"},
	{12, 1, iomstrategy.Para(76), "recruitment schemes include several activities mentioned under point 1"},
}

// Ties returns the ties the Review states between p and other points, in
// the order of the Review: those its section on p states (t.From == p: for
// point 2, para. 22 ties it to points 1, 3, 5, 11 and 12 and para. 24 to
// point 1 again) and those other points' sections state towards it (t.To ==
// p: for point 7, para. 33 from point 4 and para. 54 from point 8). An
// invalid point has none (nil). The ties with t.From == p, taken over
// Points in order, are every tie the Review makes, in its order.
func (p Point) Ties() []Tie {
	var out []Tie
	for _, t := range ties {
		if t.From == p || t.To == p {
			out = append(out, t)
		}
	}
	return out
}
