package main

import (
	"bytes"

	"fmt"
	"html/template"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
	"github.com/policycode/iomstrategy/strategy"
)

// docs/rules.md is the committed book: regenerate it with go generate ./...
// (TestRulesBookIsCurrent fails when it is stale).
//
//go:generate go run . rules -o ../../docs/rules.md

// The rules command prints the rule book: every provision of Part III with
// its words, the rules the library applies under it, the parameter values
// that cite it, its interpretations and a worked example the library
// computes now; then Part II's bodies and the two-thirds rule, and the
// Resolution's operative paragraphs. Everything it says of a rule comes
// from the library (facility1035.Provisions, package strategy): this file
// only lays it out.
var rulesCommand = &command{
	name:          "rules",
	defaultFormat: formatMarkdown,
	formats:       []string{formatHTML, formatJSON},
	summary:       "the rule book: every provision of Part III with its words, rules, parameters, readings and a worked example; Part II and the Resolution",
	usage:         "[--year Y] [--params FILE] [--format markdown|html|json] [-o FILE]",
}

func init() {
	rulesCommand.define = defineRules
	register(rulesCommand)
}

// The formats of the rule book.
const (
	formatMarkdown = "markdown"
	formatHTML     = "html"
)

func defineRules(e *env, f *flags) func(args []string) error {
	year := f.Int("year", 0, "the parameter set in force that year (default: the built-in Resolution 1150 set, 2008-2018); the worked examples use that year")
	paramsFile := f.String("params", "", "a parameter set (JSON, the fields of the built-in one) to write the book for instead of the built-in set; values that differ from the built-in ones are marked")
	output := f.StringP("output", "o", "", "write the book to FILE instead of standard output")
	return func(args []string) error {
		if len(args) > 0 {
			return usagef("unexpected argument %q", args[0])
		}
		yearGiven := f.given("year")

		p, err := screeningParams(e, *paramsFile, *year, yearGiven)
		if err != nil {
			return err
		}
		exampleYear := max(p.From, p.FirstYear.Value)
		if yearGiven {
			exampleYear = *year
		}
		b, err := buildBook(p, exampleYear)
		if err != nil {
			return err
		}

		var out bytes.Buffer
		switch f.Format() {
		case formatJSON:
			err = writeJSON(&out, b)
		case formatHTML:
			err = writeBookHTML(&out, b)
		default:
			err = writeBookMarkdown(&out, b)
		}
		if err != nil {
			return err
		}
		if *output != "" {
			return os.WriteFile(*output, out.Bytes(), 0o644)
		}
		_, err = e.stdout.Write(out.Bytes())
		return err
	}
}

// book is the rule book as the three formats print it.
type book struct {
	Set        bookSet             `json:"-"`
	Parameters facility1035.Params `json:"parameters"`
	Provisions []bookProvision     `json:"provisions"`
	PartII     bookPartII          `json:"part_ii"`
	Resolution bookResolution      `json:"resolution"`
}

// bookSet is the parameter set the book is written for.
type bookSet struct {
	Name, Note, Years, Source string
	CallerSupplied            bool
}

// bookProvision is a provision of Part III as the library declares it,
// with the set's values that cite it and a worked example.
type bookProvision struct {
	facility1035.Provision
	Title   string       `json:"-"`
	Anchor  string       `json:"-"`
	Example *bookExample `json:"example,omitempty"`
}

// bookExample is a computation the library ran when the book was written.
type bookExample struct {
	// Computed says what was computed, on which illustrative inputs.
	Computed string `json:"computed"`
	// Lines are the library's results, as the tool prints them.
	Lines []string `json:"lines"`
}

// bookQuote is a passage of the source, verbatim, with its citation.
type bookQuote struct {
	Citation iomstrategy.Citation `json:"citation"`
	Words    string               `json:"words"`
	// Above is set when the book has already quoted the same words.
	Above bool `json:"-"`
}

type bookBody struct {
	Name      string                 `json:"name"`
	Role      string                 `json:"role"`
	Formal    bool                   `json:"formal"`
	Citations []iomstrategy.Citation `json:"citations"`
}

type bookEra struct {
	Era    string   `json:"era"`
	From   string   `json:"from"`
	Bodies []string `json:"bodies"`
	// Readings are the interpretations the bodies' standing rests on.
	Readings []string `json:"readings,omitempty"`
}

type bookTwoThirds struct {
	Citations []bookQuote      `json:"citations"`
	Examples  []acceptanceView `json:"examples"`
}

type bookPartII struct {
	Words     []bookQuote   `json:"words"`
	Bodies    []bookBody    `json:"bodies"`
	Eras      []bookEra     `json:"eras"`
	TwoThirds bookTwoThirds `json:"two_thirds_rule"`
}

type bookCondition struct {
	Kind     string               `json:"kind"`
	Words    string               `json:"words"`
	Citation iomstrategy.Citation `json:"citation"`
}

type bookResolution struct {
	Number     string                 `json:"number"`
	Meeting    int                    `json:"meeting"`
	Date       string                 `json:"date"`
	Citations  []iomstrategy.Citation `json:"citations"`
	Paragraphs []bookQuote            `json:"operative_paragraphs"`
	Conditions []bookCondition        `json:"implementation_conditions"`
	ReviewDue  string                 `json:"review_due"`
}

// buildBook writes the book for p, its examples computed for year.
func buildBook(p facility1035.Params, year int) (book, error) {
	b := book{Parameters: p}
	b.Set = bookSet{
		Name: p.Name, Note: p.Note, Years: facility1035.Years{From: p.From, Through: p.Through}.String(),
		Source: citationText(p.Source, p.CallerSupplied), CallerSupplied: p.CallerSupplied,
	}
	ex, err := newExamples(p, year)
	if err != nil {
		return b, err
	}
	for _, pr := range facility1035.Provisions(p) {
		title := strings.TrimPrefix(pr.Citation.String(), "Resolution 1150 (XCIII), Annex, ")
		bp := bookProvision{Provision: pr, Title: title, Anchor: anchor(title)}
		if bp.Example, err = ex.forProvision(pr); err != nil {
			return b, err
		}
		b.Provisions = append(b.Provisions, bp)
	}
	if b.PartII, err = buildPartII(); err != nil {
		return b, err
	}
	b.Resolution = buildResolution()
	return b, nil
}

// citationText writes a citation, or says that there is none.
func citationText(c iomstrategy.Citation, callerSupplied bool) string {
	switch {
	case !c.IsZero():
		return c.String()
	case callerSupplied:
		return "no citation (caller-supplied)"
	}
	return "no citation"
}

// anchor is the id GitHub gives a Markdown heading: lower case, spaces to
// hyphens, other punctuation dropped.
func anchor(title string) string {
	var s strings.Builder
	for _, r := range strings.ToLower(title) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			s.WriteRune(r)
		case r == ' ':
			s.WriteByte('-')
		}
	}
	return s.String()
}

// examples computes the worked examples of the book: one allocation of an
// illustrative year, a few illustrative applications screened against an
// illustrative registry, and a ledger of that year's two lines.
type examples struct {
	p          facility1035.Params
	year       int
	income     facility1035.Income
	allocation facility1035.Allocation
	registry   facility1035.Registry
	date       time.Time
}

func usd(cents int64) iomstrategy.USD { return iomstrategy.USDFromCents(cents) }

func newExamples(p facility1035.Params, year int) (*examples, error) {
	ex := &examples{p: p, year: year, date: time.Date(year, time.July, 1, 0, 0, 0, 0, time.UTC)}
	// The illustrative year of the guide (docs/guide.md).
	ex.income = facility1035.Income{
		Year: year, Discretionary: usd(24_100_000_00), Security: usd(800_000_00),
		Unearmarked: usd(1_900_000_00), Interest: usd(150_000_00), Direct: usd(100_000_00),
	}
	var err error
	if ex.allocation, err = facility1035.Allocate(ex.income, p); err != nil {
		return nil, fmt.Errorf("the worked example of the formula for %d: %w", year, err)
	}
	ex.registry = facility1035.Registry{
		{Name: "Country A", Membership: facility1035.Member, Economy: facility1035.Developing},
		{Name: "Country B", Membership: facility1035.Member, Economy: facility1035.Developing},
		{Name: "Country C", Membership: facility1035.Member, Economy: facility1035.InTransition},
		{Name: "Country D", Membership: facility1035.Observer, Economy: facility1035.Developing},
		{Name: "Country E", Membership: facility1035.Member, Economy: facility1035.Developing,
			Arrears: usd(90_000_00), DueTwoYears: usd(80_000_00), DueTwoYearsKnown: true},
		{Name: "Country F", Membership: facility1035.Member, Economy: facility1035.Developing,
			Arrears: usd(10_000_00), DueTwoYears: usd(80_000_00), DueTwoYearsKnown: true},
	}
	return ex, nil
}

// forProvision returns the worked example of a provision, or nil for one
// the library does not model. The example is chosen by what the
// provision's rules are: formula steps show the steps of the illustrative
// allocation that apply them, screening criteria a screening, the ledger
// rule a booking and a refusal.
func (ex *examples) forProvision(pr facility1035.Provision) (*bookExample, error) {
	var steps, ledger bool
	var criteria []string
	for _, r := range pr.Rules {
		switch r.Kind {
		case facility1035.KindStep:
			steps = true
		case facility1035.KindCriterion:
			criteria = append(criteria, r.Code)
		case facility1035.KindLedger:
			ledger = true
		}
	}
	switch {
	case steps:
		return ex.allocationSteps(pr), nil
	case ledger:
		return ex.ledger()
	case len(criteria) > 0:
		return ex.screening(pr.Citation)
	}
	return nil, nil
}

func (ex *examples) incomeText() string {
	in := ex.income
	return fmt.Sprintf("Allocate for %d with discretionary income %s (security %s), unearmarked contributions %s, interest income %s and direct contributions %s (illustrative figures)",
		in.Year, in.Discretionary, in.Security, in.Unearmarked, in.Interest, in.Direct)
}

// allocationSteps shows the steps of the illustrative allocation that
// apply the provision's rules.
func (ex *examples) allocationSteps(pr facility1035.Provision) *bookExample {
	e := &bookExample{Computed: ex.incomeText() + "; the steps under this provision:"}
	for i, s := range ex.allocation.Steps {
		if !slices.ContainsFunc(pr.Rules, func(r facility1035.Rule) bool { return r.Code == string(s.Rule) }) {
			continue
		}
		line := fmt.Sprintf("Step %d. %s [%s: %s]", i+1, s.Sentence(), s.Rule, s.Citation)
		if len(s.Interpretations) > 0 {
			line += " (readings: " + strings.Join(s.Interpretations, ", ") + ")"
		}
		e.Lines = append(e.Lines, line)
	}
	return e
}

// screeningApps are the illustrative applications of each provision with
// screening criteria, made with the set's figures so that each meets the
// rule it shows.
func (ex *examples) screeningApps(c iomstrategy.Citation) []facility1035.Application {
	p := ex.p
	app := func(id string, line facility1035.Line, scope facility1035.Scope, amount iomstrategy.USD, countries ...string) facility1035.Application {
		return facility1035.Application{ID: id, Line: line, Scope: scope, Amount: amount, Countries: countries, Date: ex.date}
	}
	regional := func(n int) []string { // n distinct countries
		names := []string{"Country A", "Country B"}
		for i := len(names); i < n; i++ {
			names = append(names, fmt.Sprintf("Country R%d", i+1))
		}
		return names[:n]
	}
	switch c {
	case iomstrategy.PartOpening(iomstrategy.PartIII):
		return []facility1035.Application{
			app("EX-1", facility1035.Line1, facility1035.National, usd(100_000_00), "Country C"),
			app("EX-2", facility1035.Line1, facility1035.National, usd(100_000_00), "Country D"),
			app("EX-3", facility1035.Line1, facility1035.National, usd(0), "Country A"),
		}
	case iomstrategy.Criterion(1):
		return []facility1035.Application{
			app("EX-1", facility1035.Line2, facility1035.National, usd(100_000_00), "Country E"),
			app("EX-2", facility1035.Line2, facility1035.National, usd(100_000_00), "Country F"),
			app("EX-3", facility1035.Line2, facility1035.Regional, usd(150_000_00), append(regional(p.RegionalMinimum.Value), "Country E")...),
		}
	case iomstrategy.Criterion(2):
		return []facility1035.Application{
			app("EX-1", facility1035.Line2, facility1035.National, p.Line2NationalCeiling.Value.Add(usd(50_000_00)), "Country A"),
		}
	case iomstrategy.Criterion(3):
		least := p.RegionalMinimum.Value
		return []facility1035.Application{
			app("EX-1", facility1035.Line2, facility1035.Regional, usd(150_000_00), regional(least-1)...),
			app("EX-2", facility1035.Line2, facility1035.Regional, usd(150_000_00), regional(least)...),
		}
	case iomstrategy.Criterion(4):
		a := app("EX-1", facility1035.Line2, facility1035.National, usd(100_000_00), "Country A")
		a.FollowUpOf, a.FollowUpLine = "EX-0", facility1035.Line1
		b := app("EX-2", facility1035.Line2, facility1035.National, usd(100_000_00), "Country B")
		b.FollowUpOf, b.FollowUpLine = "EX-00", facility1035.Line2
		return []facility1035.Application{a, b}
	}
	return nil
}

func (ex *examples) screening(c iomstrategy.Citation) (*bookExample, error) {
	apps := ex.screeningApps(c)
	if len(apps) == 0 {
		return nil, nil
	}
	// The registry: only the countries the applications name.
	var reg facility1035.Registry
	var named []string
	for _, a := range apps {
		for _, n := range a.Countries {
			if !slices.Contains(named, n) {
				named = append(named, n)
			}
		}
	}
	var desc []string
	for _, n := range named {
		i := slices.IndexFunc(ex.registry, func(m facility1035.MemberState) bool { return m.Name == n })
		m := facility1035.MemberState{Name: n, Membership: facility1035.Member, Economy: facility1035.Developing}
		if i >= 0 {
			m = ex.registry[i]
		}
		reg = append(reg, m)
		desc = append(desc, memberText(m))
	}
	e := &bookExample{Computed: fmt.Sprintf("Screen, dated %s, against the registry %s (illustrative):",
		ex.date.Format(time.DateOnly), strings.Join(desc, "; "))}
	for _, a := range apps {
		s, err := facility1035.Screen(a, reg, ex.p)
		if err != nil {
			return nil, fmt.Errorf("the worked example of %s: %w", c, err)
		}
		head := fmt.Sprintf("%s: %s, %s, %s for %s", a.ID, a.Line, a.Scope, a.Amount, strings.Join(a.Countries, ", "))
		if a.FollowUpOf != "" {
			head += fmt.Sprintf(", a follow-up of %s (%s)", a.FollowUpOf, a.FollowUpLine)
		}
		head += fmt.Sprintf(": %s, fundable %s", s.Verdict, s.Fundable)
		e.Lines = append(e.Lines, head)
		for _, r := range s.Reasons {
			e.Lines = append(e.Lines, "  "+r.String())
		}
	}
	return e, nil
}

// memberText describes a registry entry by its fields.
func memberText(m facility1035.MemberState) string {
	s := fmt.Sprintf("%s: %s, %s", m.Name, m.Membership, m.Economy)
	if m.Arrears.IsZero() {
		return s + ", no arrears"
	}
	s += ", arrears " + m.Arrears.String()
	if m.DueTwoYearsKnown {
		s += ", contributions due for the preceding two years " + m.DueTwoYears.String()
	}
	return s
}

// ledger books two commitments on the illustrative year's lines: one that
// fits on Line 1 and one above what remains on Line 2.
func (ex *examples) ledger() (*bookExample, error) {
	a := ex.allocation
	l, err := facility1035.NewLedger(a.Line1, a.Line2)
	if err != nil {
		return nil, err
	}
	cs := []facility1035.Commitment{
		{ID: "C-1", Line: facility1035.Line1, Amount: usd(150_000_00)},
		{ID: "C-2", Line: facility1035.Line2, Amount: a.Line2.Add(usd(10_000_00))},
	}
	var names []string
	for _, c := range cs {
		names = append(names, fmt.Sprintf("%s on %s, %s", c.ID, c.Line, c.Amount))
	}
	e := &bookExample{Computed: fmt.Sprintf("Book, on the two lines of the allocation above (%s: Line 1 %s, Line 2 %s), the illustrative commitments %s:",
		ex.incomeText(), a.Line1, a.Line2, strings.Join(names, " and "))}
	l, refusals := l.BookAll(cs)
	for _, r := range refusals {
		line := fmt.Sprintf("refused: %s: %v", r.Commitment.ID, r.Err)
		if len(r.Interpretations) > 0 {
			line += " (readings: " + strings.Join(r.Interpretations, ", ") + ")"
		}
		e.Lines = append(e.Lines, line)
	}
	for _, acc := range l.Accounts() {
		e.Lines = append(e.Lines, fmt.Sprintf("%s: budget %s, committed %s in %d commitment(s), remaining %s",
			acc.Line, acc.Budget, acc.Committed, acc.Commitments, acc.Remaining))
	}
	return e, nil
}

// buildPartII gathers Part II from package strategy: its words, the
// bodies with their roles, which bodies exist in each era, and the
// two-thirds rule with an example.
func buildPartII() (bookPartII, error) {
	var out bookPartII
	var cites []iomstrategy.Citation
	for _, b := range strategy.Bodies() {
		out.Bodies = append(out.Bodies, bookBody{Name: b.String(), Role: b.Role(), Formal: b.Formal(), Citations: b.Citations()})
		for _, c := range b.Citations() {
			if c.Part == iomstrategy.PartII && !slices.Contains(cites, c) {
				cites = append(cites, c)
			}
		}
	}
	slices.SortFunc(cites, func(a, b iomstrategy.Citation) int { return a.Number - b.Number })
	for _, c := range cites {
		words, err := c.Text()
		if err != nil {
			return out, err
		}
		out.Words = append(out.Words, bookQuote{Citation: c, Words: words})
	}

	g := strategy.Resolution1150Dates()
	for _, d := range []time.Time{g.StrategyAdopted.AddDate(0, 0, -1), g.StrategyAdopted, g.AmendmentsInForce} {
		era, err := g.EraOn(d)
		if err != nil {
			return out, err
		}
		standings, err := g.BodiesOn(d)
		if err != nil {
			return out, err
		}
		be := bookEra{Era: era.String(), From: d.Format(time.DateOnly)}
		if d.Before(g.StrategyAdopted) {
			be.From = "before " + g.StrategyAdopted.Format(time.DateOnly)
		}
		for _, s := range standings {
			be.Bodies = append(be.Bodies, s.Name)
			if s.Interpretation != "" && !slices.Contains(be.Readings, s.Interpretation) {
				be.Readings = append(be.Readings, s.Interpretation)
			}
		}
		out.Eras = append(out.Eras, be)
	}

	// The two-thirds rule, for an illustrative membership of 122.
	const members = 122
	required, err := strategy.RequiredAcceptances(members)
	if err != nil {
		return out, err
	}
	for _, k := range []int{required - 1, required} {
		a, err := strategy.CheckAcceptance(members, k)
		if err != nil {
			return out, err
		}
		out.TwoThirds.Examples = append(out.TwoThirds.Examples, acceptanceView{
			Members: a.Members, Acceptances: a.Acceptances, InForce: a.InForce,
			AcceptancesRequired: a.Required, AcceptancesMissing: a.Missing, Citations: a.Citations,
		})
		if len(out.TwoThirds.Citations) > 0 {
			continue
		}
		for _, c := range a.Citations {
			words, err := c.Text()
			if err != nil {
				return out, err
			}
			out.TwoThirds.Citations = append(out.TwoThirds.Citations, bookQuote{Citation: c, Words: words, Above: slices.Contains(cites, c)})
		}
	}
	return out, nil
}

// buildResolution gathers the Resolution's adoption, operative paragraphs
// and conditions from package strategy.
func buildResolution() bookResolution {
	a := strategy.ResolutionAdoption()
	r := bookResolution{
		Number: a.Resolution, Meeting: a.Meeting, Date: a.Date.Format(time.DateOnly), Citations: a.Citations,
		ReviewDue: strategy.ReviewDueDate().Format(time.DateOnly),
	}
	for _, s := range strategy.OperativeParagraphs() {
		r.Paragraphs = append(r.Paragraphs, bookQuote{Citation: s.Citation, Words: s.Quote})
	}
	for _, c := range strategy.ImplementationConditions() {
		r.Conditions = append(r.Conditions, bookCondition{Kind: c.Kind.String(), Words: c.Quote, Citation: c.Citation})
	}
	return r
}

// writeBookMarkdown prints the book as Markdown.
func writeBookMarkdown(w io.Writer, b book) error {
	var s strings.Builder
	s.WriteString("# The rule book of the IOM Strategy\n\n")
	s.WriteString("Generated by `iomstrategy rules` from the library's own tables: the provisions of Part III with their rules " +
		"(`facility1035.Provisions`), the governing bodies and the Resolution (package `strategy`). " +
		"The worked examples were computed by the library when the book was generated, on illustrative figures. " +
		"Do not edit: regenerate with `go generate ./cmd/iomstrategy`.\n\n")
	writeSetMarkdown(&s, b.Set)

	s.WriteString("Contents:\n\n")
	s.WriteString("- [Part III: the expanded 1035 Facility](#part-iii-the-expanded-1035-facility)\n")
	for _, p := range b.Provisions {
		fmt.Fprintf(&s, "  - [%s](#%s)\n", p.Title, p.Anchor)
	}
	s.WriteString("- [Part II: the governing bodies](#part-ii-the-governing-bodies)\n")
	s.WriteString("- [The Resolution](#the-resolution)\n\n")

	s.WriteString("## Part III: the expanded 1035 Facility\n\n")
	for _, p := range b.Provisions {
		writeProvisionMarkdown(&s, p)
	}
	writePartIIMarkdown(&s, b.PartII)
	writeResolutionMarkdown(&s, b.Resolution)
	_, err := io.WriteString(w, strings.TrimRight(s.String(), "\n")+"\n")
	return err
}

// quoteMarkdown writes a passage as a block quote, line by line.
func quoteMarkdown(s *strings.Builder, words string) {
	for _, line := range strings.Split(words, "\n") {
		fmt.Fprintf(s, "> %s\n", line)
	}
	s.WriteString("\n")
}

// whatIf reports whether a parameter's value differs from what its cited
// provision states (the library's source says so).
func whatIf(p facility1035.Parameter) bool { return strings.HasPrefix(p.Source, "what-if") }

func writeParamsMarkdown(s *strings.Builder, ps []facility1035.Parameter) {
	s.WriteString("| Parameter | Value | Source |\n|---|---|---|\n")
	for _, p := range ps {
		fmt.Fprintf(s, "| `%s` | %s | %s |\n", p.Key, p.Value, p.Source)
	}
	s.WriteString("\n")
}

func writeSetMarkdown(s *strings.Builder, set bookSet) {
	fmt.Fprintf(s, "Parameter set: **%s**, in force %s; source: %s.", set.Name, set.Years, set.Source)
	if set.CallerSupplied {
		s.WriteString(" A caller's set: values that differ from the built-in set are marked as what-ifs.")
	}
	s.WriteString("\n\n")
	if set.Note != "" {
		fmt.Fprintf(s, "Note: %s\n\n", set.Note)
	}
}

func writeProvisionMarkdown(s *strings.Builder, p bookProvision) {
	fmt.Fprintf(s, "### %s\n\n", p.Title)
	quoteMarkdown(s, p.Words)
	fmt.Fprintf(s, "Source: %s.\n\n", p.Citation)

	s.WriteString("#### Rules\n\n")
	for _, r := range p.Rules {
		fmt.Fprintf(s, "- **`%s`** (%s): %s\n", r.Code, r.Kind, r.Summary)
		if r.RestsOn != "" {
			fmt.Fprintf(s, "  - Rests on: “%s”\n", r.RestsOn)
		}
		if r.Default != "" {
			fmt.Fprintf(s, "  - Default: %s\n", r.Default)
		}
		if r.Option != "" {
			fmt.Fprintf(s, "  - Option: %s\n", r.Option)
		}
	}
	s.WriteString("\n")

	if len(p.Parameters) > 0 {
		s.WriteString("#### Parameters\n\n")
		writeParamsMarkdown(s, p.Parameters)
	}

	s.WriteString("#### Worked example\n\n")
	if p.Example == nil {
		s.WriteString("None: the library does not compute this provision.\n\n")
		return
	}
	fmt.Fprintf(s, "%s\n\n", p.Example.Computed)
	for _, line := range p.Example.Lines {
		indent := ""
		if strings.HasPrefix(line, "  ") {
			indent = "  "
		}
		fmt.Fprintf(s, "%s- %s\n", indent, strings.TrimSpace(line))
	}
	s.WriteString("\n")
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func writePartIIMarkdown(s *strings.Builder, p bookPartII) {
	s.WriteString("## Part II: the governing bodies\n\n")
	for _, q := range p.Words {
		fmt.Fprintf(s, "### %s\n\n", strings.TrimPrefix(q.Citation.String(), "Resolution 1150 (XCIII), Annex, "))
		quoteMarkdown(s, q.Words)
	}
	s.WriteString("### The bodies and their roles\n\n")
	s.WriteString("| Body | Role | Formal body | Citations |\n|---|---|---|---|\n")
	for _, b := range p.Bodies {
		fmt.Fprintf(s, "| %s | %s | %s | %s |\n", b.Name, b.Role, yesNo(b.Formal), citationsText(b.Citations))
	}
	s.WriteString("\n### Which bodies exist\n\n")
	for _, e := range p.Eras {
		fmt.Fprintf(s, "- %s (%s): %s\n", e.Era, e.From, strings.Join(e.Bodies, ", "))
		for _, r := range e.Readings {
			fmt.Fprintf(s, "  - %s\n", r)
		}
	}
	s.WriteString("\n### The two-thirds rule of the 1998 amendments\n\n")
	for _, q := range p.TwoThirds.Citations {
		if q.Above {
			fmt.Fprintf(s, "%s (quoted above).\n\n", q.Citation)
			continue
		}
		fmt.Fprintf(s, "%s:\n\n", q.Citation)
		quoteMarkdown(s, q.Words)
	}
	s.WriteString("Worked example, for an illustrative membership (`strategy.CheckAcceptance`):\n\n")
	s.WriteString("| Member States | Acceptances | Required (two-thirds) | Missing | In force |\n|---|---|---|---|---|\n")
	for _, a := range p.TwoThirds.Examples {
		fmt.Fprintf(s, "| %d | %d | %d | %d | %s |\n", a.Members, a.Acceptances, a.AcceptancesRequired, a.AcceptancesMissing, yesNo(a.InForce))
	}
	s.WriteString("\n")
}

func writeResolutionMarkdown(s *strings.Builder, r bookResolution) {
	s.WriteString("## The Resolution\n\n")
	fmt.Fprintf(s, "Resolution No. %s, adopted by the Council at its %s meeting on %s (%s).\n\n", r.Number, ordinal(r.Meeting), r.Date, citationsText(r.Citations))
	s.WriteString("### Operative paragraphs\n\n")
	for _, q := range r.Paragraphs {
		fmt.Fprintf(s, "%s:\n\n", q.Citation)
		quoteMarkdown(s, q.Words)
	}
	s.WriteString("### Conditions of implementation\n\n")
	for _, c := range r.Conditions {
		fmt.Fprintf(s, "- %s: “%s” (%s)\n", c.Kind, c.Words, c.Citation)
	}
	fmt.Fprintf(s, "\nReview due (paragraph 5, “in three years”): %s.\n", r.ReviewDue)
}

// ordinal writes 481 as "481st".
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

// writeBookHTML prints the book as one self-contained HTML page: inline
// CSS with a print stylesheet, no script, nothing loaded from elsewhere.
func writeBookHTML(w io.Writer, b book) error {
	return bookTemplate.Execute(w, b)
}

var bookTemplate = template.Must(template.New("book").Funcs(template.FuncMap{
	"whatIf":        whatIf,
	"citationsText": citationsText,
	"yesNo":         yesNo,
	"ordinal":       ordinal,
	"trimTitle": func(c iomstrategy.Citation) string {
		return strings.TrimPrefix(c.String(), "Resolution 1150 (XCIII), Annex, ")
	},
	"kindClass": func(k facility1035.RuleKind) string { return strings.ReplaceAll(k.String(), " ", "-") },
	"indented":  func(line string) bool { return strings.HasPrefix(line, "  ") },
	"trim":      strings.TrimSpace,
}).Parse(bookHTML))

const bookHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The rule book of the IOM Strategy</title>
<style>
body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; color: #1a1a1a; background: #fff; max-width: 60em; margin: 0 auto; padding: 1em 1.5em 4em; }
h1, h2, h3, h4 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
h2 { border-bottom: 2px solid #1a4d80; padding-bottom: .2em; margin-top: 2.5em; }
h3 { margin-top: 2em; color: #1a4d80; }
h4 { margin: 1.2em 0 .4em; font-size: 1em; }
blockquote { margin: .8em 0; padding: .5em 1em; border-left: 4px solid #1a4d80; background: #f3f6fa; white-space: pre-line; }
.cite { font-size: .9em; color: #555; }
code { font-family: Menlo, Consolas, monospace; font-size: .9em; background: #f0f0f0; padding: 0 .2em; }
ul.rules { list-style: none; padding-left: 0; }
ul.rules > li { margin: .6em 0; padding: .4em .6em; border: 1px solid #ddd; border-radius: 3px; }
.kind { font-family: "Helvetica Neue", Arial, sans-serif; font-size: .8em; text-transform: uppercase; letter-spacing: .04em; padding: .05em .4em; border-radius: 3px; background: #e8e8e8; }
.kind-interpretation { background: #fff0c2; }
.kind-not-modelled { background: #eee; color: #666; }
.kind-screening-criterion { background: #e1f0e1; }
.kind-formula-step { background: #e3ecf7; }
.kind-ledger-rule { background: #f0e3f7; }
dl.reading { margin: .3em 0 0 1em; font-size: .95em; }
dl.reading dt { font-weight: bold; float: left; clear: left; margin-right: .4em; }
dl.reading dd { margin: 0 0 .2em 0; }
table { border-collapse: collapse; margin: .6em 0; font-size: .95em; }
th, td { border: 1px solid #ccc; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.whatif { color: #a33; font-weight: bold; }
.example { background: #fafafa; border: 1px dashed #bbb; padding: .4em 1em; }
.example ul { padding-left: 1.2em; }
.example li.sub { margin-left: 1.5em; list-style: circle; }
nav > ul > li > ul { columns: 2; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  h2 { break-before: page; }
  h3, h4 { break-after: avoid; }
  ul.rules > li, blockquote, table, .example { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  blockquote, .example, .kind { background: none; }
}
</style>
</head>
<body>
<h1>The rule book of the IOM Strategy</h1>
<p>Generated by <code>iomstrategy rules</code> from the library's own tables: the provisions of Part III with their rules (<code>facility1035.Provisions</code>), the governing bodies and the Resolution (package <code>strategy</code>). The worked examples were computed by the library when the book was generated, on illustrative figures.</p>
<p>Parameter set: <strong>{{.Set.Name}}</strong>, in force {{.Set.Years}}; source: {{.Set.Source}}.{{if .Set.CallerSupplied}} A caller's set: values that differ from the built-in set are marked as what-ifs.{{end}}</p>
{{with .Set.Note}}<p>Note: {{.}}</p>{{end}}
<nav><h2>Contents</h2>
<ul>
<li><a href="#part-iii">Part III: the expanded 1035 Facility</a><ul>
{{range .Provisions}}<li><a href="#{{.Anchor}}">{{.Title}}</a></li>
{{end}}</ul></li>
<li><a href="#part-ii">Part II: the governing bodies</a></li>
<li><a href="#resolution">The Resolution</a></li>
</ul></nav>

<h2 id="part-iii">Part III: the expanded 1035 Facility</h2>
{{range .Provisions}}
<section>
<h3 id="{{.Anchor}}">{{.Title}}</h3>
<blockquote>{{.Words}}</blockquote>
<p class="cite">Source: {{.Citation}}.</p>
<h4>Rules</h4>
<ul class="rules">
{{range .Rules}}<li><code>{{.Code}}</code> <span class="kind kind-{{kindClass .Kind}}">{{.Kind}}</span> {{.Summary}}
{{if or .RestsOn .Default .Option}}<dl class="reading">
{{with .RestsOn}}<dt>Rests on:</dt><dd>“{{.}}”</dd>{{end}}
{{with .Default}}<dt>Default:</dt><dd>{{.}}</dd>{{end}}
{{with .Option}}<dt>Option:</dt><dd>{{.}}</dd>{{end}}
</dl>{{end}}</li>
{{end}}</ul>
{{with .Parameters}}<h4>Parameters</h4>
{{template "params" .}}{{end}}
<h4>Worked example</h4>
{{with .Example}}<div class="example"><p>{{.Computed}}</p>
<ul>
{{range .Lines}}<li{{if indented .}} class="sub"{{end}}>{{trim .}}</li>
{{end}}</ul></div>{{else}}<p>None: the library does not compute this provision.</p>{{end}}
</section>
{{end}}

<h2 id="part-ii">Part II: the governing bodies</h2>
{{range .PartII.Words}}<h3>{{trimTitle .Citation}}</h3>
<blockquote>{{.Words}}</blockquote>
{{end}}
<h3>The bodies and their roles</h3>
<table>
<tr><th>Body</th><th>Role</th><th>Formal body</th><th>Citations</th></tr>
{{range .PartII.Bodies}}<tr><td>{{.Name}}</td><td>{{.Role}}</td><td>{{yesNo .Formal}}</td><td>{{citationsText .Citations}}</td></tr>
{{end}}</table>
<h3>Which bodies exist</h3>
<ul>
{{range .PartII.Eras}}<li>{{.Era}} ({{.From}}): {{range $i, $b := .Bodies}}{{if $i}}, {{end}}{{$b}}{{end}}
{{with .Readings}}<ul>{{range .}}<li>{{.}}</li>{{end}}</ul>{{end}}</li>
{{end}}</ul>
<h3>The two-thirds rule of the 1998 amendments</h3>
{{range .PartII.TwoThirds.Citations}}{{if .Above}}<p class="cite">{{.Citation}} (quoted above).</p>
{{else}}<p class="cite">{{.Citation}}:</p>
<blockquote>{{.Words}}</blockquote>
{{end}}{{end}}
<p>Worked example, for an illustrative membership (<code>strategy.CheckAcceptance</code>):</p>
<table>
<tr><th>Member States</th><th>Acceptances</th><th>Required (two-thirds)</th><th>Missing</th><th>In force</th></tr>
{{range .PartII.TwoThirds.Examples}}<tr><td>{{.Members}}</td><td>{{.Acceptances}}</td><td>{{.AcceptancesRequired}}</td><td>{{.AcceptancesMissing}}</td><td>{{yesNo .InForce}}</td></tr>
{{end}}</table>

<h2 id="resolution">The Resolution</h2>
{{with .Resolution}}<p>Resolution No. {{.Number}}, adopted by the Council at its {{ordinal .Meeting}} meeting on {{.Date}} ({{citationsText .Citations}}).</p>
<h3>Operative paragraphs</h3>
{{range .Paragraphs}}<p class="cite">{{.Citation}}:</p>
<blockquote>{{.Words}}</blockquote>
{{end}}
<h3>Conditions of implementation</h3>
<ul>
{{range .Conditions}}<li>{{.Kind}}: “{{.Words}}” <span class="cite">({{.Citation}})</span></li>
{{end}}</ul>
<p>Review due (paragraph 5, “in three years”): {{.ReviewDue}}.</p>{{end}}
</body>
</html>
{{define "params"}}<table>
<tr><th>Parameter</th><th>Value</th><th>Source</th></tr>
{{range .}}<tr><td><code>{{.Key}}</code></td><td>{{.Value}}</td><td{{if whatIf .}} class="whatif"{{end}}>{{.Source}}</td></tr>
{{end}}</table>
{{end}}`
