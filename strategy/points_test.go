package strategy

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
)

// TestPointTextMatchesAnnex holds every hard-coded point text to the
// embedded Annex (Resolution 1150 (XCIII), Annex, Part I, points 1-12), so
// the two can never drift. Point 9's source text carries the footnote
// marker "¹" that Text leaves out.
func TestPointTextMatchesAnnex(t *testing.T) {
	for _, p := range Points() {
		t.Run(p.Source().String(), func(t *testing.T) {
			src, err := iomstrategy.StrategyPoint(int(p)).Text()
			if err != nil {
				t.Fatal(err)
			}
			want := src
			if p == 9 {
				if strings.Count(src, "¹") != 1 || !strings.HasSuffix(src, "protection¹.") {
					t.Fatalf("the Annex's point 9 no longer ends with the footnote marker: %q", src)
				}
				want = strings.Replace(src, "¹", "", 1)
			}
			if got := p.Text(); got != want {
				t.Errorf("%v.Text() differs from the Annex:\n got %q\nwant %q", p, got, want)
			}
		})
	}
}

// reviewHeading matches the Review's section headings ("Point 9: To
// participate ... protection.¹⁷"), which quote each point a second time.
var reviewHeading = regexp.MustCompile(`(?m)^Point (\d+): (.+?)([⁰¹²³⁴⁵⁶⁷⁸⁹]*)$`)

// TestPointTextMatchesReviewHeadings checks each text against the second
// copy of the points in the Review's headings (MC/INF/302, paras 14-77),
// with the Review's footnote markers dropped.
func TestPointTextMatchesReviewHeadings(t *testing.T) {
	seen := map[int]bool{}
	for _, m := range reviewHeading.FindAllStringSubmatch(iomstrategy.SourceText(), -1) {
		n, _ := strconv.Atoi(m[1])
		p := Point(n)
		seen[n] = true
		if got := p.Text(); got != m[2] {
			t.Errorf("%v.Text() differs from the Review's heading (%v):\n got %q\nwant %q", p, p.ReviewParagraphs(), got, m[2])
		}
	}
	for _, p := range Points() {
		if !seen[int(p)] {
			t.Errorf("no heading for %v in the Review", p)
		}
	}
}

func TestPointFootnote(t *testing.T) {
	want, err := iomstrategy.AnnexNote(1).Text()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range append(Points(), 0, 13) {
		got := p.Footnote()
		if p == 9 {
			if got.Quote != want || got.Citation != iomstrategy.AnnexNote(1) {
				t.Errorf("Point 9 footnote = %q (%v), want Annex footnote 1 %q", got.Quote, got.Citation, want)
			}
			continue
		}
		if got != (Statement{}) {
			t.Errorf("%v.Footnote() = %q (%v), want none", p, got.Quote, got.Citation)
		}
	}
	// The Review quotes the same footnote (MC/INF/302, footnote 17).
	note17, err := iomstrategy.Note(17).Text()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(note17, Point(9).Footnote().Quote) {
		t.Errorf("MC/INF/302, footnote 17 does not quote point 9's footnote: %q", note17)
	}
}

func TestPointTitles(t *testing.T) {
	seen := map[string]Point{}
	for _, p := range Points() {
		title := p.Title()
		if title == "" || len(title) > 50 {
			t.Errorf("%v.Title() = %q, want a short title", p, title)
		}
		if q, dup := seen[title]; dup {
			t.Errorf("%v and %v share the title %q", p, q, title)
		}
		seen[title] = p
	}
	for _, p := range []Point{0, 13} {
		if p.Title() != "" || p.Text() != "" || p.Footnote() != (Statement{}) {
			t.Errorf("Point(%d) has a title, text or footnote", int(p))
		}
	}
}

// TestPointTies checks each point's ties against the Review, read by hand.
func TestPointTies(t *testing.T) {
	type link struct {
		Point    Point
		Citation string
	}
	tests := []struct {
		point        Point
		related      []link  // as stated in the point's section (From is the point)
		referencedBy []link  // as stated in other sections (To is the point)
		points       []Point // both ways, distinct
	}{
		{1, nil, []link{{2, "MC/INF/302, para. 22"}, {2, "MC/INF/302, para. 24"}, {12, "MC/INF/302, para. 76"}}, []Point{2, 12}},
		{2, []link{
			{1, "MC/INF/302, para. 22"}, {3, "MC/INF/302, para. 22"}, {5, "MC/INF/302, para. 22"},
			{11, "MC/INF/302, para. 22"}, {12, "MC/INF/302, para. 22"}, {1, "MC/INF/302, para. 24"},
		}, nil, []Point{1, 3, 5, 11, 12}},
		{3, nil, []link{{2, "MC/INF/302, para. 22"}}, []Point{2}},
		{4, []link{{7, "MC/INF/302, para. 33"}, {8, "MC/INF/302, para. 34"}}, []link{{8, "MC/INF/302, para. 57"}}, []Point{7, 8}},
		{5, []link{{6, "MC/INF/302, para. 38"}, {11, "MC/INF/302, para. 38"}},
			[]link{{2, "MC/INF/302, para. 22"}, {11, "MC/INF/302, footnote 20"}}, []Point{2, 6, 11}},
		{6, nil, []link{{5, "MC/INF/302, para. 38"}, {11, "MC/INF/302, footnote 20"}}, []Point{5, 11}},
		{7, nil, []link{{4, "MC/INF/302, para. 33"}, {8, "MC/INF/302, para. 54"}}, []Point{4, 8}},
		{8, []link{{7, "MC/INF/302, para. 54"}, {4, "MC/INF/302, para. 57"}}, []link{{4, "MC/INF/302, para. 34"}}, []Point{4, 7}},
		{9, nil, nil, nil},
		{10, nil, nil, nil},
		{11, []link{{5, "MC/INF/302, footnote 20"}, {6, "MC/INF/302, footnote 20"}},
			[]link{{2, "MC/INF/302, para. 22"}, {5, "MC/INF/302, para. 38"}}, []Point{2, 5, 6}},
		{12, []link{{1, "MC/INF/302, para. 76"}}, []link{{2, "MC/INF/302, para. 22"}}, []Point{1, 2}},
	}
	toLinks := func(ts []Tie, other func(Tie) Point) []link {
		var out []link
		for _, t := range ts {
			out = append(out, link{other(t), t.Citation.String()})
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.point.String(), func(t *testing.T) {
			var from, to []Tie
			var points []Point
			for _, tie := range tt.point.Ties() {
				other := tie.To
				switch {
				case tie.From == tt.point:
					from = append(from, tie)
				case tie.To == tt.point:
					to = append(to, tie)
					other = tie.From
				default:
					t.Errorf("Ties() holds a tie of neither direction: %+v", tie)
				}
				if !slices.Contains(points, other) {
					points = append(points, other)
				}
			}
			slices.Sort(points)
			if diff := cmp.Diff(tt.related, toLinks(from, func(t Tie) Point { return t.To })); diff != "" {
				t.Errorf("Ties() from the point (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.referencedBy, toLinks(to, func(t Tie) Point { return t.From })); diff != "" {
				t.Errorf("Ties() towards the point (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.points, points); diff != "" {
				t.Errorf("the points tied either way (-want +got):\n%s", diff)
			}
		})
	}
	for _, p := range []Point{0, 13} {
		if got := p.Ties(); got != nil {
			t.Errorf("%v.Ties() = %v, want none", p, got)
		}
	}
}

// pointReference finds the Review's references to points by number: "point
// 7", "Strategy point 8", "points 6 and 11", "points 1, 3, 5, 11 and 12".
var pointReference = regexp.MustCompile(`\bpoints? (\d+(?:(?:, | and )\d+)*)`)

// footnoteAnchors are the Review's footnotes attached to a point's heading
// rather than to a paragraph (checked below against the source).
var footnoteAnchors = map[int]Point{17: 9, 20: 11}

// sectionOf returns the point whose section of the Review holds c, a
// paragraph or a footnote anchored to a heading.
func sectionOf(t *testing.T, c iomstrategy.Citation) Point {
	t.Helper()
	if c.Unit == iomstrategy.Footnote {
		p, ok := footnoteAnchors[c.Number]
		if !ok {
			t.Fatalf("%v: a footnote that refers to a point must be anchored to a heading in footnoteAnchors", c)
		}
		return p
	}
	for _, p := range Points() {
		r := reviewParagraphs[p]
		if c.Number >= r[0] && c.Number <= r[1] {
			return p
		}
	}
	t.Fatalf("%v is in no point's section of the Review", c)
	return 0
}

// TestTiesAreEveryReferenceInTheReview reads every paragraph (1-83) and
// footnote (1-22) of the Review, collects each reference to a point by
// number, and checks that the ties are exactly those references, each from
// the section that makes it.
func TestTiesAreEveryReferenceInTheReview(t *testing.T) {
	for n, p := range footnoteAnchors {
		heading := regexp.MustCompile(`(?m)^Point ` + strconv.Itoa(int(p)) + `: .*$`).FindString(iomstrategy.SourceText())
		if !strings.HasSuffix(heading, superscriptDigits(n)) {
			t.Errorf("footnote %d is not anchored to the heading of %v: %q", n, p, heading)
		}
	}
	var units []iomstrategy.Citation
	for n := 1; n <= 83; n++ {
		units = append(units, iomstrategy.Para(n))
	}
	for n := 1; n <= 22; n++ {
		units = append(units, iomstrategy.Note(n))
	}
	var found []Tie
	for _, c := range units {
		text, err := c.Text()
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range pointReference.FindAllStringSubmatch(text, -1) {
			from := sectionOf(t, c)
			for _, num := range regexp.MustCompile(`\d+`).FindAllString(m[1], -1) {
				n, _ := strconv.Atoi(num)
				found = append(found, Tie{From: from, To: Point(n), Citation: c})
			}
		}
	}
	// The Review's order: sections in point order; in a section, a
	// footnote on its heading, then the paragraphs; in a unit, the order of
	// mention.
	slices.SortStableFunc(found, func(a, b Tie) int {
		if a.From != b.From {
			return int(a.From) - int(b.From)
		}
		aNote, bNote := a.Citation.Unit == iomstrategy.Footnote, b.Citation.Unit == iomstrategy.Footnote
		if aNote != bNote {
			if aNote {
				return -1
			}
			return 1
		}
		return a.Citation.Number - b.Citation.Number
	})
	stripSays := func(ts []Tie) []Tie {
		out := slices.Clone(ts)
		for i := range out {
			out[i].Says = ""
		}
		return out
	}
	if diff := cmp.Diff(found, stripSays(allTies())); diff != "" {
		t.Errorf("the ties differ from the references in the Review (-review +Ties):\n%s", diff)
	}
}

// allTies is every tie the Review makes, as Point.Ties says it is found:
// the ties stated in each point's section, over the points in order.
func allTies() []Tie {
	var out []Tie
	for _, p := range Points() {
		for _, t := range p.Ties() {
			if t.From == p {
				out = append(out, t)
			}
		}
	}
	return out
}

// TestAllTiesInReviewOrder checks that the ties of the points' own
// sections, over the points in order, are the package's list in its order.
func TestAllTiesInReviewOrder(t *testing.T) {
	if diff := cmp.Diff(ties, allTies()); diff != "" {
		t.Errorf("the points' ties differ from the package's list (-list +points):\n%s", diff)
	}
}

func superscriptDigits(n int) string {
	const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	var b strings.Builder
	for _, d := range strconv.Itoa(n) {
		b.WriteString(string([]rune(digits)[d-'0']))
	}
	return b.String()
}

func TestTieSays(t *testing.T) {
	for _, tie := range allTies() {
		if !tie.From.Valid() || !tie.To.Valid() || tie.From == tie.To {
			t.Errorf("tie %+v: want two different valid points", tie)
		}
		if !strings.HasSuffix(tie.Says, fmt.Sprintf("point %d", int(tie.To))) {
			t.Errorf("tie %v -> %v (%v) says %q, want it to end naming point %d", tie.From, tie.To, tie.Citation, tie.Says, int(tie.To))
		}
	}
	// Ties returns a copy.
	ts := Point(2).Ties()
	ts[0].To = 9
	if Point(2).Ties()[0].To == 9 {
		t.Error("Point.Ties() shares its slice with the package")
	}
}

func TestReviewParagraphsAndSource(t *testing.T) {
	tests := []struct {
		point Point
		want  string
	}{
		{1, "MC/INF/302, paras 14-21"},
		{5, "MC/INF/302, paras 38-40"},
		{12, "MC/INF/302, paras 73-77"},
	}
	for _, tt := range tests {
		if got := tt.point.ReviewParagraphs().String(); got != tt.want {
			t.Errorf("%v.ReviewParagraphs() = %q, want %q", tt.point, got, tt.want)
		}
	}
	if got := Point(9).Source().String(); got != "Resolution 1150 (XCIII), Annex, Part I, point 9" {
		t.Errorf("Point(9).Source() = %q", got)
	}
	if !Point(0).Source().IsZero() || !Point(13).ReviewParagraphs().IsZero() {
		t.Error("an invalid point has a citation")
	}
}

// citationsOfPointsResolutionGovernance collects every citation the
// points, goal, resolution, governance and amendments code makes, on dates
// in each era of Part II.
func citationsOfPointsResolutionGovernance(t *testing.T) map[string]iomstrategy.Citation {
	t.Helper()
	all := map[string]iomstrategy.Citation{}
	add := func(where string, cs ...iomstrategy.Citation) {
		for i, c := range cs {
			all[fmt.Sprintf("%s[%d]", where, i)] = c
		}
	}
	for _, p := range Points() {
		add(p.String()+".Source", p.Source())
		add(p.String()+".ReviewParagraphs", p.ReviewParagraphs())
		if n := p.Footnote(); n != (Statement{}) {
			add(p.String()+".Footnote", n.Citation)
		}
	}
	for i, tie := range allTies() {
		add(fmt.Sprintf("Ties[%d]", i), tie.Citation)
	}
	for _, s := range []Statement{PrimaryGoal(), PartIOpening(), MemberStateCondition()} {
		add("goal "+s.Quote[:20], s.Citation)
	}
	for _, th := range append(CrossCuttingThemes(), UnnamedAreas()...) {
		add("theme "+th.Name, th.Citations...)
	}
	add("ResolutionAdoption", ResolutionAdoption().Citations...)
	for i, op := range OperativeParagraphs() {
		add(fmt.Sprintf("OperativeParagraphs[%d]", i), op.Citation)
	}
	for i, c := range ImplementationConditions() {
		add(fmt.Sprintf("ImplementationConditions[%d]", i), c.Citation)
	}
	timing, err := CheckReviewTiming(utcDay(2010, 10, 12))
	if err != nil {
		t.Fatal(err)
	}
	add("CheckReviewTiming", timing.Citations...)
	for _, b := range Bodies() {
		add(b.String()+".Citations", b.Citations()...)
	}
	m := SCPFMandate()
	for i, s := range append([]Statement{m.Establishment, m.Membership, m.RulesOfProcedure}, append(m.Meetings, m.Abolition...)...) {
		add(fmt.Sprintf("SCPFMandate statement %d", i), s.Citation)
	}
	for i, term := range m.Terms {
		add(fmt.Sprintf("SCPFMandate term %d", i), term.Citation)
	}
	dates := []time.Time{utcDay(2005, 1, 1), utcDay(2007, 6, 7), utcDay(2010, 1, 1), utcDay(2013, 11, 21), utcDay(2030, 1, 1)}
	for _, d := range dates {
		standings, err := Resolution1150Dates().BodiesOn(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range standings {
			add("BodiesOn "+d.Format(time.DateOnly)+" "+s.Name, s.Citations...)
		}
		r, err := Resolution1150Dates().EnlargementAllowed(d)
		if err != nil {
			t.Fatal(err)
		}
		add("EnlargementAllowed "+d.Format(time.DateOnly), r.Citations...)
		for _, b := range Bodies() {
			r, err := Resolution1150Dates().FormalDecision(b, d)
			if err != nil {
				t.Fatal(err)
			}
			add("FormalDecision "+b.String()+" "+d.Format(time.DateOnly), r.Citations...)
		}
	}
	acc, err := CheckAcceptance(122, 82)
	if err != nil {
		t.Fatal(err)
	}
	add("CheckAcceptance", acc.Citations...)
	return all
}

// TestEveryCitationOfPointsResolutionGovernanceVerifies verifies, against
// the embedded source, every citation the points, resolution and
// governance code makes, and checks that each reads back from its String.
func TestEveryCitationOfPointsResolutionGovernanceVerifies(t *testing.T) {
	all := citationsOfPointsResolutionGovernance(t)
	if len(all) < 100 {
		t.Fatalf("collected only %d citations", len(all))
	}
	for where, c := range all {
		if err := c.Verify(); err != nil {
			t.Errorf("%s: %v", where, err)
		}
		if back, err := iomstrategy.ParseCitation(c.String()); err != nil || back != c {
			t.Errorf("%s: %q does not read back: %v, %v", where, c, back, err)
		}
	}
}
