package main

import (
	"bytes"
	"cmp"
	"embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
	"github.com/policycode/iomstrategy/strategy/suggest"
)

// The web pages of 'iomstrategy serve', for a budget officer in a browser:
//
//   - GET /: the allocation calculator (a GET form, so that a result can be
//     bookmarked), with a what-if beside the built-in rules and a chart;
//   - GET and POST /screen: screening an upload of applications and
//     members, with downloads of the result as CSV, XLSX or JSON;
//   - GET /rules: the rule book;
//   - GET /points: the 12 points, and the points a description serves.
//
// Every page runs the tool's own command in-process (execute, as the API
// does) on the form's values as flags and the uploads as files held in
// memory: the money parsing, the rules and the messages are the tool's.
// The pages are rendered on the server with html/template, work without
// JavaScript (they have none), fit a phone and print; their CSS is inline
// and nothing is loaded from elsewhere.

//go:embed pages/*.html
var pageFiles embed.FS

// pageCSS is the pages' stylesheet and navCSS the navigation's, which the
// rule book's page gets too.
var (
	//go:embed pages/style.css
	pageCSS string
	//go:embed pages/nav.css
	navCSS string
)

// navLink is an entry of the navigation shared by the pages.
type navLink struct{ Path, Label, Key string }

var navLinks = []navLink{
	{"/", "Allocation", "calculator"},
	{"/screen", "Screening", "screen"},
	{"/rules", "Rule book", "rules"},
	{"/points", "The 12 points", "points"},
}

// pageTemplates are the pages, each parsed with the layout; "layout"
// is the layout alone, for the navigation of the rule book's page.
var pageTemplates = map[string]*template.Template{
	"layout":     parsePage(),
	"calculator": parsePage("calculator.html"),
	"screen":     parsePage("screen.html"),
	"points":     parsePage("points.html"),
	"notfound":   parsePage("notfound.html"),
}

// parsePage parses the layout and a page's file.
func parsePage(file ...string) *template.Template {
	funcs := template.FuncMap{
		"css":      func() template.CSS { return template.CSS(navCSS + pageCSS) },
		"navLinks": func() []navLink { return navLinks },
		"ruleLink": func(citation any) string { return ruleBookLink(fmt.Sprint(citation)) },
		"join":     strings.Join,
		"version":  version,
	}
	patterns := []string{"pages/layout.html"}
	for _, f := range file {
		patterns = append(patterns, "pages/"+f)
	}
	return template.Must(template.New("layout.html").Funcs(funcs).ParseFS(pageFiles, patterns...))
}

// registerPages adds the web pages to the server's routes.
func registerPages(mux *http.ServeMux, o serverOptions) {
	mux.HandleFunc("GET /{$}", calculatorPage)
	mux.HandleFunc("GET /screen", func(w http.ResponseWriter, r *http.Request) {
		renderPage(w, http.StatusOK, "screen", newScreenPage())
	})
	mux.HandleFunc("POST /screen", func(w http.ResponseWriter, r *http.Request) {
		screenPost(w, r, o.maxBody)
	})
	mux.HandleFunc("GET /rules", rulesPage)
	mux.HandleFunc("GET /points", pointsPage)
	// A page asked with a method it does not take: 405, as the API
	// answers. Any other address outside the API: a page that says so,
	// with the navigation.
	allow := map[string]string{"/": "GET", "/screen": "GET, POST", "/rules": "GET", "/points": "GET", "/healthz": "GET"}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if methods, ok := allow[r.URL.Path]; ok {
			w.Header().Set("Allow", methods)
			http.Error(w, r.Method+" "+r.URL.Path+": this page takes "+methods, http.StatusMethodNotAllowed)
			return
		}
		renderPage(w, http.StatusNotFound, "notfound", struct {
			pageBase
			Path string
		}{pageBase{Title: "Page not found"}, r.URL.Path})
	})
}

// pageBase is what the layout needs of every page.
type pageBase struct {
	Title   string // the page's title, before the tool's name
	Current string // the navigation's key of the page
}

// pageHeaders are the headers of every page: no script may run, and
// nothing is loaded from elsewhere.
func pageHeaders(h http.Header) {
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}

// renderPage writes a page with its status. The page is rendered into a
// buffer first, so that a template's failure is a 500, not half a page.
func renderPage(w http.ResponseWriter, status int, name string, data any) {
	var buf bytes.Buffer
	if err := pageTemplates[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		panic(fmt.Sprintf("page %s: %v", name, err)) // recoverPanics logs it and answers 500
	}
	pageHeaders(w.Header())
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// runInProcess runs a command line of the tool in-process, with an empty
// standard input and the given files, held in memory, as the only files
// it may open (never the server's file system). It returns what the
// command printed on standard output and standard error.
func runInProcess(files map[string][]byte, args ...string) (stdout, stderr []byte, err error) {
	if files == nil {
		files = map[string][]byte{}
	}
	var out, errOut bytes.Buffer
	_, err = execute(&env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, files: files}, args)
	return out.Bytes(), errOut.Bytes(), err
}

// formField is a field of a form as a page shows it: its value as the
// person typed it and, beside it, the error that concerns it.
type formField struct {
	Name  string // the name in the form, the same as the command's flag
	Label string
	Hint  string
	// InputMode is the keyboard a phone shows: numeric or decimal; ""
	// for text.
	InputMode string
	// Options make the field a select; the value is one of them.
	Options []formOption
	Value   string
	Error   string
	// Kept is, for a file field, the name of the file the page keeps
	// for it (see keptFile).
	Kept string
}

type formOption struct {
	Value, Label string
	Selected     bool
}

// DescribedBy is the ids of the field's hint and error, for
// aria-describedby.
func (f formField) DescribedBy() string {
	var ids []string
	if f.Hint != "" {
		ids = append(ids, f.Name+"-hint")
	}
	if f.Error != "" {
		ids = append(ids, f.Name+"-error")
	}
	return strings.Join(ids, " ")
}

// withValue returns the field holding value; a select gets the value as
// an option of its own when it is none of its options, so that nothing
// the person sent is lost.
func (f formField) withValue(value string) formField {
	f.Value = value
	if f.Options == nil {
		return f
	}
	f.Options = slices.Clone(f.Options)
	found := false
	for i := range f.Options {
		f.Options[i].Selected = f.Options[i].Value == value
		found = found || f.Options[i].Selected
	}
	if !found {
		f.Options = append(f.Options, formOption{Value: value, Label: value, Selected: true})
	}
	return f
}

// pageError is an error a page shows: in the summary at the top, linked
// to its field, and beside that field.
type pageError struct {
	Field   string // the field's name; "" for the form as a whole
	Label   string // the field's label
	Message string
}

// placeErrors puts each error beside its field and returns the summary,
// in which an error of no field of the form concerns the form as a
// whole.
func placeErrors(fields []*formField, errs []pageError) []pageError {
	for i, e := range errs {
		errs[i].Field = ""
		for _, f := range fields {
			if e.Field != "" && f.Name == e.Field {
				f.Error = e.Message
				errs[i].Field, errs[i].Label = f.Name, f.Label
			}
		}
	}
	return errs
}

// flagMessage is a command's message about one of its flags without the
// flag's name in front ("--discretionary: invalid USD amount ..."), for
// showing beside the field of that name.
func flagMessage(message, flag string) string {
	rest, ok := strings.CutPrefix(message, "--"+flag)
	if !ok {
		return message
	}
	if r, ok := strings.CutPrefix(rest, ": "); ok {
		return r
	}
	return strings.TrimPrefix(rest, " ")
}

// The calculator.

// incomeFields are the calculator's fields for a year's figures: the
// allocate command's flags.
var incomeFields = []formField{
	{Name: fieldYear, Label: "Year", Hint: "The built-in rules cover 2008 to 2018.", InputMode: "numeric"},
	{Name: fieldDiscretionary, Label: "Discretionary Income (USD)", Hint: "Its security part included: 24100000, 24100000.00 or USD 24,100,000.00.", InputMode: "decimal"},
	{Name: fieldSecurity, Label: "Its security part (USD)", Hint: "Part III, bullet 1 excludes it.", InputMode: "decimal"},
	{Name: fieldUnearmarked, Label: "Unearmarked contributions (USD)", Hint: "With interest income, the miscellaneous income that caps the Facility.", InputMode: "decimal"},
	{Name: fieldInterest, Label: "Interest income (USD)", InputMode: "decimal"},
	{Name: fieldDirect, Label: "Direct voluntary contributions (USD, optional)", Hint: "Outside the cap and the two lines; empty is zero.", InputMode: "decimal"},
}

// whatIfFields are the calculator's what-if fields: the values of a
// parameter set (--params) a person may change, each named as in the
// set's JSON, with the built-in value in its hint.
var whatIfFields = func() []formField {
	p := facility1035.Resolution1150()
	order := func(o facility1035.CapOrder) string { t, _ := o.MarshalText(); return string(t) }
	builtin := order(p.CapOrder.Value)
	return []formField{
		{Name: "share", Label: "Share of the excess", Hint: "A proportion: built-in " + p.Share.Value.String() + " (Part III, bullet 1).", InputMode: "decimal"},
		{Name: "baseline", Label: "Baseline (USD)", Hint: "Built-in " + p.Baseline.Value.String() + ", the 2007 Programme and Budget Discretionary Income.", InputMode: "decimal"},
		{Name: "line1", Label: "Line 1 (USD)", Hint: "Built-in " + p.Line1.Value.String() + ", the original funding (bullet 5).", InputMode: "decimal"},
		{Name: "cap_order", Label: "Cap order", Hint: "Which line the cap of bullet 2 cuts first; the text is silent.", Options: []formOption{
			{Value: "", Label: "built-in (" + builtin + ")"},
			{Value: order(facility1035.CapLine2First), Label: order(facility1035.CapLine2First) + ": Line 2 first"},
			{Value: order(facility1035.CapLine1First), Label: order(facility1035.CapLine1First) + ": Line 1 first"},
			{Value: order(facility1035.CapLine2Only), Label: order(facility1035.CapLine2Only) + ": Line 2 only"},
		}},
	}
}()

// exampleQuery is the README's 2009 example as the calculator's query.
const exampleQuery = "year=2009&discretionary=24100000&security=800000&unearmarked=1900000&interest=150000&direct=100000"

// calculator is the calculator page's data.
type calculator struct {
	pageBase
	ExampleURL string
	Income     []formField
	WhatIf     []formField
	WhatIfOpen bool
	Errors     []pageError
	// Builtin is the allocation under the built-in rules, WhatIfResult
	// under the what-if set; nil when not computed.
	Builtin      *pageAllocation
	WhatIfResult *pageAllocation
	Chart        *chartView
	ChartError   string
}

// pageAllocation is an allocation as 'allocate --format json' prints it,
// with what the page adds: the section's id and heading.
type pageAllocation struct {
	ID      string `json:"-"`
	Heading string `json:"-"`

	Year           int    `json:"year"`
	Rules          string `json:"rules"`
	RulesPeriod    string `json:"rules_period"`
	CallerSupplied bool   `json:"caller_supplied"`

	Discretionary iomstrategy.USD `json:"discretionary"`
	Security      iomstrategy.USD `json:"security"`
	Unearmarked   iomstrategy.USD `json:"unearmarked"`
	Interest      iomstrategy.USD `json:"interest"`
	Direct        iomstrategy.USD `json:"direct"`

	DiscretionaryExcludingSecurity iomstrategy.USD `json:"discretionary_excluding_security"`
	Line2Formula                   iomstrategy.USD `json:"line2_formula"`
	MiscellaneousIncome            iomstrategy.USD `json:"miscellaneous_income"`
	Capped                         bool            `json:"capped"`
	CapReduction                   iomstrategy.USD `json:"cap_reduction"`
	Line1                          iomstrategy.USD `json:"line1"`
	Line2                          iomstrategy.USD `json:"line2"`
	Total                          iomstrategy.USD `json:"total"`
	DirectContributions            iomstrategy.USD `json:"direct_contributions"`
	TotalAvailable                 iomstrategy.USD `json:"total_available"`

	Steps           []pageStep    `json:"steps"`
	Interpretations []pageReading `json:"interpretations"`
}

// pageStep is a step of an allocation's explanation.
type pageStep struct {
	Code            string          `json:"code"`
	Citation        string          `json:"citation"`
	Amount          iomstrategy.USD `json:"amount"`
	Explanation     string          `json:"explanation"`
	Interpretations []string        `json:"interpretations"`
}

// pageReading is a reading made where the text is silent.
type pageReading struct {
	ID          string `json:"id"`
	Text        string `json:"text"`
	Option      string `json:"option"`
	NeedsReview bool   `json:"needs_review"`
}

// calculatorPage answers GET /: the form, and once it is sent, the
// allocation under the built-in rules, and the what-if beside it when a
// what-if field is filled in. An error is shown beside its field, with
// every value kept, and the page's status is then 400.
func calculatorPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	page := calculator{
		pageBase:   pageBase{Title: "Allocation", Current: "calculator"},
		ExampleURL: "/?" + exampleQuery,
	}
	sent := false
	for _, f := range incomeFields {
		page.Income = append(page.Income, f.withValue(q.Get(f.Name)))
		sent = sent || q.Has(f.Name)
	}
	whatIf := map[string]string{}
	for _, f := range whatIfFields {
		v := q.Get(f.Name)
		page.WhatIf = append(page.WhatIf, f.withValue(v))
		if strings.TrimSpace(v) != "" {
			whatIf[f.Name] = v
		}
		sent = sent || q.Has(f.Name)
	}
	page.WhatIfOpen = len(whatIf) > 0
	if !sent {
		renderPage(w, http.StatusOK, "calculator", page)
		return
	}

	args := []string{"allocate"}
	for _, f := range page.Income {
		args = append(args, "--"+f.Name+"="+f.Value)
	}
	args = append(args, "--format", formatJSON)

	var errs []pageError
	out, _, err := runInProcess(nil, args...)
	if err != nil {
		errs = append(errs, commandError(err))
	} else if page.Builtin, err = decodeAllocation(out, "builtin"); err != nil {
		panic(err) // the command printed what it documents
	}

	var whatIfParams []byte
	if len(whatIf) > 0 {
		whatIfParams = whatIfParamsJSON(whatIf)
		out, _, err := runInProcess(map[string][]byte{"params.json": whatIfParams}, append(args, "--params=params.json")...)
		switch {
		case err == nil:
			if page.WhatIfResult, err = decodeAllocation(out, "whatif"); err != nil {
				panic(err)
			}
		case len(paramErrors(err)) > 0:
			errs = append(errs, paramErrors(err)...)
		case page.Builtin != nil:
			// The figures passed with the built-in rules and not with the
			// what-if: the error is the what-if's as a whole.
			errs = append(errs, pageError{Message: "the what-if: " + err.Error()})
		}
		// Otherwise the error is the figures', already shown.
	}

	fields := make([]*formField, 0, len(page.Income)+len(page.WhatIf))
	for i := range page.Income {
		fields = append(fields, &page.Income[i])
	}
	for i := range page.WhatIf {
		fields = append(fields, &page.WhatIf[i])
	}
	page.Errors = placeErrors(fields, errs)

	if page.Builtin != nil {
		chart, err := newChart(*page.Builtin, whatIfParams, page.WhatIfResult)
		if err != nil {
			page.ChartError = err.Error()
		}
		page.Chart = chart
	}
	status := http.StatusOK
	if len(page.Errors) > 0 {
		status = http.StatusBadRequest
	}
	renderPage(w, status, "calculator", page)
}

// commandError is a command's error as a page shows it, beside the flag
// it names (errorBody reads the flag from the message, as the API does).
func commandError(err error) pageError {
	b := errorBody(http.StatusBadRequest, err)
	if b.Field == "" || b.File != "" {
		return pageError{Message: b.Message}
	}
	return pageError{Field: b.Field, Message: flagMessage(b.Message, b.Field)}
}

// paramErrors are the refusals of the what-if parameter set, each
// beside the field of the value it refuses; none when the set was not at
// fault.
func paramErrors(err error) []pageError {
	var errs []pageError
	for _, ie := range inputErrors(err) {
		if ie.Input == "1035 Facility parameters" {
			errs = append(errs, pageError{Field: ie.Field, Message: ie.Error()})
		}
	}
	return errs
}

// inputErrors are the *facility1035.InputError in err's tree: a
// parameter set's refusals are joined, one per value.
func inputErrors(err error) []*facility1035.InputError {
	if ie, ok := err.(*facility1035.InputError); ok {
		return []*facility1035.InputError{ie}
	}
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		var all []*facility1035.InputError
		for _, e := range u.Unwrap() {
			all = append(all, inputErrors(e)...)
		}
		return all
	case interface{ Unwrap() error }:
		if e := u.Unwrap(); e != nil {
			return inputErrors(e)
		}
	}
	return nil
}

// decodeAllocation reads the one allocation of 'allocate --format json',
// for the page's section of the given id: builtin or whatif.
func decodeAllocation(out []byte, id string) (*pageAllocation, error) {
	var doc struct {
		Allocations []pageAllocation `json:"allocations"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		return nil, fmt.Errorf("allocate's JSON: %w", err)
	}
	if len(doc.Allocations) != 1 {
		return nil, fmt.Errorf("allocate's JSON: %d allocations, want 1", len(doc.Allocations))
	}
	a := doc.Allocations[0]
	a.ID, a.Heading = id, "The built-in rules: "+a.Rules
	if a.CallerSupplied {
		a.Heading = "What-if: " + strings.TrimPrefix(a.Rules, "what-if: ")
	}
	return &a, nil
}

// whatIfParamsJSON is a parameter set for --params: the built-in set's
// values, with the given ones (keyed by their JSON names) in place of
// theirs, and a name that says what changed. The values are passed as
// they were typed: the tool parses them, and refuses them, as it would
// a file's.
func whatIfParamsJSON(values map[string]string) []byte {
	builtin, err := json.Marshal(facility1035.Resolution1150())
	if err != nil {
		panic(err) // the built-in set marshals
	}
	var set map[string]json.RawMessage
	if err := json.Unmarshal(builtin, &set); err != nil {
		panic(err)
	}
	var changed []string
	for _, f := range whatIfFields {
		v, ok := values[f.Name]
		if !ok {
			continue
		}
		set[f.Name] = mustJSON(v)
		changed = append(changed, strings.ReplaceAll(f.Name, "_", " ")+" "+clip(v))
	}
	set["name"] = mustJSON("what-if: " + strings.Join(changed, ", "))
	set["note"] = mustJSON("A what-if of the calculator page, not a decision of the IOM Council.")
	return mustJSON(set)
}

// The chart.

// chartView is the calculator's chart, laid out on the server as inline
// SVG: Line 2 and the total against Discretionary Income excluding
// security over a range around the input, with the baseline, the cap
// and the input's point. Coordinates are SVG user units; money becomes
// a float only there.
type chartView struct {
	Year                     int
	Width, Height            int
	Left, Right, Top, Bottom svgNum
	XTitleX, XTitleY         svgNum
	YTitleX, YTitleY         svgNum
	XTicks, YTicks           []chartTick
	Markers                  []chartMarker
	Curves                   []chartCurve
	Points                   []chartPoint
	Description              string
	InputLabel               string
}

// svgNum is a coordinate, printed with one decimal.
type svgNum float64

func (n svgNum) String() string { return strconv.FormatFloat(float64(n), 'f', 1, 64) }

type chartTick struct {
	Pos, TickEnd, LabelAt svgNum
	Label                 string
}

// chartMarker is a straight line with its label: the baseline, the cap.
type chartMarker struct {
	ID             string
	X1, Y1, X2, Y2 svgNum
	LabelX, LabelY svgNum
	Anchor         string
	Label          string
}

// chartCurve is a polyline of one amount over the range.
type chartCurve struct {
	ID, Class, Label string
	Points           string
}

// chartPoint marks the input's figures on the curves of one rule set.
type chartPoint struct {
	ID   string
	X    svgNum
	TopY svgNum
	Dots []chartDot
}

type chartDot struct {
	Class string
	Y     svgNum
	Label string
}

// chartSet is a rule set drawn on the chart: its schedule and the
// allocation the tool computed for the input under it.
type chartSet struct {
	prefix   string // "" for the built-in set, "whatif-" for the what-if
	class    string
	label    string
	schedule facility1035.Schedule
	params   facility1035.Params
	at       pageAllocation
}

// The chart's size and margins, in SVG user units.
const (
	chartWidth, chartHeight = 640, 380
	chartLeft, chartRight   = 84, 36
	chartTop, chartBottom   = 28, 56
	chartSteps              = 64 // the samples evenly spread
)

// chartLimit is the largest amount the chart draws, USD 10^13: the
// chart's arithmetic in cents stays far within an int64.
var chartLimit = decimal.New(1, 13)

// newChart lays out the chart of an allocation under the built-in rules
// and, when given, under a what-if set (the JSON passed to the tool and
// the tool's allocation under it). Every point of a curve is the
// library's allocation of the year with discretionary income moved.
func newChart(builtin pageAllocation, whatIfJSON []byte, whatIf *pageAllocation) (*chartView, error) {
	schedule := facility1035.DefaultSchedule()
	p, err := schedule.For(builtin.Year)
	if err != nil {
		return nil, err
	}
	sets := []chartSet{{label: "built-in", schedule: schedule, params: p, at: builtin}}
	if whatIf != nil {
		wp, err := facility1035.ParseParams(whatIfJSON)
		if err != nil {
			return nil, err
		}
		ws, err := schedule.With(wp)
		if err != nil {
			return nil, err
		}
		sets = append(sets, chartSet{prefix: "whatif-", class: "whatif", label: "what-if", schedule: ws, params: wp, at: *whatIf})
	}
	amounts := []iomstrategy.USD{builtin.Discretionary, builtin.MiscellaneousIncome, builtin.Direct}
	for _, s := range sets {
		amounts = append(amounts, s.params.Baseline.Value, s.params.Line1.Value)
	}
	for _, a := range amounts {
		if a.Decimal().Abs().GreaterThan(chartLimit) {
			return nil, errors.New("the amounts are too large to draw")
		}
	}

	d, misc := builtin.DiscretionaryExcludingSecurity, builtin.MiscellaneousIncome
	lo, hi, kinks := chartRange(sets, d, misc)
	xTicks, lo, hi := niceTicks(lo, hi, 6)
	xs := chartSamples(lo, hi, append(kinks, d))

	// The curves: the library's allocation at every sample.
	type curve struct{ line2, total []iomstrategy.USD }
	curves := make([]curve, len(sets))
	top := maxUSD(misc, builtin.Total)
	for i, s := range sets {
		for _, x := range xs {
			a, err := s.schedule.Allocate(facility1035.Income{
				Year: builtin.Year, Discretionary: x.Add(builtin.Security), Security: builtin.Security,
				Unearmarked: builtin.Unearmarked, Interest: builtin.Interest, Direct: builtin.Direct,
			})
			if err != nil {
				return nil, err
			}
			curves[i].line2 = append(curves[i].line2, a.Line2)
			curves[i].total = append(curves[i].total, a.Total)
			top = maxUSD(top, a.Total)
		}
	}
	// A tenth above the highest amount, and at least USD 100,000.
	top = maxUSD(top.Add(iomstrategy.USDFromCents(centsOf(top)/10)), iomstrategy.USDFromCents(100_000_00))
	yTicks, _, top := niceTicks(iomstrategy.USD{}, top, 5)

	c := &chartView{
		Year: builtin.Year, Width: chartWidth, Height: chartHeight,
		Left: chartLeft, Right: chartWidth - chartRight, Top: chartTop, Bottom: chartHeight - chartBottom,
	}
	c.XTitleX, c.XTitleY = (c.Left+c.Right)/2, chartHeight-12
	c.YTitleX, c.YTitleY = -(c.Top+c.Bottom)/2, 16
	xAt := func(a iomstrategy.USD) svgNum {
		return c.Left + (c.Right-c.Left)*svgNum(ratio(a.Sub(lo), hi.Sub(lo)))
	}
	yAt := func(a iomstrategy.USD) svgNum {
		return c.Bottom - (c.Bottom-c.Top)*svgNum(ratio(a, top))
	}
	for _, t := range xTicks {
		c.XTicks = append(c.XTicks, chartTick{Pos: xAt(t), TickEnd: c.Bottom + 5, LabelAt: c.Bottom + 18, Label: shortUSD(t)})
	}
	for _, t := range yTicks {
		c.YTicks = append(c.YTicks, chartTick{Pos: yAt(t), TickEnd: c.Left - 5, LabelAt: c.Left - 8, Label: shortUSD(t)})
	}

	// The baselines (the what-if's when it differs) and the cap.
	for i, s := range sets {
		b := s.params.Baseline.Value
		if i > 0 && b.Equal(sets[0].params.Baseline.Value) {
			continue
		}
		x := xAt(b)
		m := chartMarker{ID: s.prefix + "baseline", X1: x, Y1: c.Top, X2: x, Y2: c.Bottom,
			LabelX: x + 4, LabelY: c.Top - 8, Anchor: "start", Label: "baseline " + b.String()}
		if i > 0 {
			m.LabelY, m.Label = c.Top+12, "what-if baseline "+b.String()
		}
		if x > (c.Left+c.Right)/2 {
			m.LabelX, m.Anchor = x-4, "end"
		}
		c.Markers = append(c.Markers, m)
	}
	capY := yAt(misc)
	c.Markers = append(c.Markers, chartMarker{ID: "cap", X1: c.Left, Y1: capY, X2: c.Right, Y2: capY,
		LabelX: c.Right - 4, LabelY: capY - 5, Anchor: "end", Label: "cap: miscellaneous income " + misc.String()})

	// Each set's curves, and the input's dots on them.
	polyline := func(ys []iomstrategy.USD) string {
		pts := make([]string, len(xs))
		for j, x := range xs {
			pts[j] = xAt(x).String() + "," + yAt(ys[j]).String()
		}
		return strings.Join(pts, " ")
	}
	for i, s := range sets {
		suffix := ""
		if s.class != "" {
			suffix = ", " + s.label
		}
		c.Curves = append(c.Curves,
			chartCurve{ID: s.prefix + "line2-curve", Class: strings.TrimSpace("curve line2 " + s.class), Label: "Line 2" + suffix, Points: polyline(curves[i].line2)},
			chartCurve{ID: s.prefix + "total-curve", Class: strings.TrimSpace("curve total " + s.class), Label: "the total (Line 1 + Line 2)" + suffix, Points: polyline(curves[i].total)})
		dot := strings.TrimSpace("point " + s.class)
		c.Points = append(c.Points, chartPoint{ID: s.prefix + "input-point", X: xAt(d), TopY: yAt(s.at.Total), Dots: []chartDot{
			{Class: dot + " line2", Y: yAt(s.at.Line2), Label: "Line 2 (" + s.label + "): " + s.at.Line2.String()},
			{Class: dot + " total", Y: yAt(s.at.Total), Label: "the total (" + s.label + "): " + s.at.Total.String()},
		}})
	}
	c.InputLabel = "discretionary income excluding security " + d.String() + ", Line 2 " + builtin.Line2.String() + ", the total " + builtin.Total.String()
	c.Description = fmt.Sprintf("From %s to %s of discretionary income excluding security. Line 2 is zero up to the baseline, %s, then grows with the excess until the total of Line 1 and Line 2 reaches the cap, miscellaneous income, %s. The input, %s, gives Line 2 %s and the total %s.",
		lo, hi, sets[0].params.Baseline.Value, misc, d, builtin.Line2, builtin.Total)
	return c, nil
}

// chartRange is the range of discretionary income excluding security the
// chart covers: the input d, each set's baseline and the points where
// its curves bend (the kinks: where Line 1 and Line 2 by formula reach
// miscellaneous income, and where Line 2 by formula alone does), with a
// margin; a kink far beyond the rest is left out, so as not to squash it.
func chartRange(sets []chartSet, d, misc iomstrategy.USD) (lo, hi iomstrategy.USD, kinks []iomstrategy.USD) {
	lo, hi = d, d
	for _, s := range sets {
		b, share := s.params.Baseline.Value, s.params.Share.Value
		lo, hi = minUSD(lo, b), maxUSD(hi, b)
		kinks = append(kinks, b)
		if !share.IsPositive() {
			continue
		}
		for _, room := range []iomstrategy.USD{misc.Sub(s.params.Line1.Value), misc} {
			if room.Sign() <= 0 {
				continue
			}
			x, err := iomstrategy.NewUSD(b.Decimal().Add(room.Decimal().Div(share)).Round(2))
			if err == nil && x.Decimal().LessThan(chartLimit) {
				kinks = append(kinks, x)
			}
		}
	}
	// The range reaches a kink within twice its span and USD 2 million.
	reach := iomstrategy.USDFromCents(2*centsOf(hi.Sub(lo)) + 2_000_000_00)
	for _, k := range kinks {
		if k.Cmp(hi) > 0 && k.Sub(hi).Cmp(reach) <= 0 {
			hi = k
		}
	}
	// A margin of a quarter of the range, and at least USD 1 million.
	pad := maxUSD(iomstrategy.USDFromCents(1_000_000_00), iomstrategy.USDFromCents(centsOf(hi.Sub(lo))/4))
	return maxUSD(lo.Sub(pad), iomstrategy.USD{}), hi.Add(pad), kinks
}

// chartSamples are the amounts at which the curves are computed: evenly
// spread from lo to hi, and the given ones (the kinks and the input)
// exactly, so that the polylines bend where the curves do and pass
// through the input. The curves are straight between kinks.
func chartSamples(lo, hi iomstrategy.USD, exact []iomstrategy.USD) []iomstrategy.USD {
	loC, hiC := centsOf(lo), centsOf(hi)
	var xs []iomstrategy.USD
	for i := int64(0); i <= chartSteps; i++ {
		xs = append(xs, iomstrategy.USDFromCents(loC+(hiC-loC)*i/chartSteps))
	}
	for _, x := range exact {
		if x.Cmp(lo) >= 0 && x.Cmp(hi) <= 0 {
			xs = append(xs, x)
		}
	}
	slices.SortFunc(xs, iomstrategy.USD.Cmp)
	return slices.CompactFunc(xs, iomstrategy.USD.Equal)
}

func minUSD(a, b iomstrategy.USD) iomstrategy.USD {
	if a.Cmp(b) <= 0 {
		return a
	}
	return b
}

func maxUSD(a, b iomstrategy.USD) iomstrategy.USD {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// centsOf is an amount in whole cents; the chart's amounts are within
// chartLimit, so they fit.
func centsOf(a iomstrategy.USD) int64 { return a.Decimal().Shift(2).IntPart() }

// ratio is a/b as a float, for a coordinate; 0 when b is zero.
func ratio(a, b iomstrategy.USD) float64 {
	if b.IsZero() {
		return 0
	}
	return a.Decimal().Div(b.Decimal()).InexactFloat64()
}

// niceTicks chooses about n ticks from lo to hi at a round step (1, 2 or
// 5 times a power of ten, in whole dollars), and widens the range to
// whole steps.
func niceTicks(lo, hi iomstrategy.USD, n int64) (ticks []iomstrategy.USD, from, to iomstrategy.USD) {
	loD, hiD := centsOf(lo)/100, (centsOf(hi)+99)/100
	raw := max((hiD-loD)/n, 1)
	step := int64(1)
	for step*10 <= raw {
		step *= 10
	}
	for _, m := range []int64{1, 2, 5, 10} {
		if m*step >= raw {
			step *= m
			break
		}
	}
	first := loD / step * step
	last := (hiD + step - 1) / step * step
	for v := first; v <= last; v += step {
		ticks = append(ticks, iomstrategy.USDFromCents(v*100))
	}
	return ticks, iomstrategy.USDFromCents(first * 100), iomstrategy.USDFromCents(last * 100)
}

// shortUSD writes a tick's amount, whole dollars, in millions: "USD 20.5M",
// "USD 0", "USD 0.25M".
func shortUSD(a iomstrategy.USD) string {
	d := centsOf(a) / 100
	if d == 0 {
		return "USD 0"
	}
	whole, frac := d/1_000_000, d%1_000_000
	if frac == 0 {
		return "USD " + strconv.FormatInt(whole, 10) + "M"
	}
	return "USD " + strconv.FormatInt(whole, 10) + "." + strings.TrimRight(fmt.Sprintf("%06d", frac), "0") + "M"
}

// The screening page.

// screenForm is the screening page's data.
type screenForm struct {
	pageBase
	Files  []formField // input and members
	Date   formField
	Kept   []keptFile
	Errors []pageError
	Result *screenResult
}

// keptFile is an uploaded file the page carries in hidden fields (its
// content in base64), so that the result can be downloaded, or screened
// again with another date, without choosing the files again.
type keptFile struct {
	Field string // input or members
	Name  string // the uploaded file's name
	Data  string // base64 (URL alphabet, no padding)
}

// screenResult is 'screen --format json' as the page shows it.
type screenResult struct {
	Rules      string
	Screenings []pageScreening
	Counts     []verdictCount
	Readings   []facility1035.Interpretation
}

// verdictCount is how many screenings got a verdict.
type verdictCount struct {
	Verdict string
	Count   int
}

// pageScreening is a screening as 'screen --format json' prints it.
type pageScreening struct {
	ID              string          `json:"id"`
	Line            int             `json:"line"`
	Scope           string          `json:"scope"`
	Amount          iomstrategy.USD `json:"amount"`
	Countries       []string        `json:"countries"`
	Verdict         string          `json:"verdict"`
	Fundable        iomstrategy.USD `json:"fundable"`
	Reasons         []pageReason    `json:"reasons"`
	RulesApplied    []string        `json:"rules_applied"`
	Interpretations []string        `json:"interpretations"`
}

// pageReason is a reason of a screening: a finding with its rule,
// citation and readings.
type pageReason struct {
	Code            string   `json:"code"`
	Citation        string   `json:"citation"`
	Finding         string   `json:"finding"`
	Country         string   `json:"country"`
	Message         string   `json:"message"`
	Interpretations []string `json:"interpretations"`
}

// screenFiles are the screening form's files: the screen command's
// --input and --members.
var screenFiles = []formField{
	{Name: "input", Label: "Project applications (CSV, XLSX or JSON)",
		Hint: "One row per application: id, line, scope, amount, countries; optionally follow_up_of, follow_up_line, date, note."},
	{Name: "members", Label: "Member State registry (CSV, XLSX or JSON)",
		Hint: "One row per country: country, membership, economy, arrears, council_waiver; optionally due_two_years, subject_to_article4, note."},
}

// screenDate is the screening form's date: the screen command's --date.
var screenDate = formField{Name: "date", Label: "Screened as of (optional)",
	Hint: "YYYY-MM-DD, for rows without a date. Article 4 is known as amended from 2013-11-21; before, or without a date, its test is a labelled reading."}

// screenFormats are the downloads of a screening: the command's format,
// the response's content type and the file's extension.
var screenFormats = map[string]struct{ contentType, ext string }{
	formatCSV:  {"text/csv; charset=utf-8", ".csv"},
	formatXLSX: {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"},
	formatJSON: {"application/json", ".json"},
}

func newScreenPage() screenForm {
	return screenForm{
		pageBase: pageBase{Title: "Screening", Current: "screen"},
		Files:    slices.Clone(screenFiles),
		Date:     screenDate,
	}
}

// formFile is a file of the screening form, read into memory.
type formFile struct {
	name string
	data []byte
}

// screenPost answers POST /screen, a multipart form: the files (or the
// ones the page kept), the date, and the format: html (or none) for the
// page, csv, xlsx or json for a download. The body is read in memory,
// never written to disk, up to maxBody bytes.
func screenPost(w http.ResponseWriter, r *http.Request, maxBody int64) {
	page := newScreenPage()
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	files, values, err := readScreenForm(r)
	if err != nil {
		status := http.StatusBadRequest
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			status = http.StatusRequestEntityTooLarge
			err = fmt.Errorf("the files are over the limit of %d bytes together", mbe.Limit)
		}
		page.Errors = []pageError{{Message: err.Error()}}
		renderPage(w, status, "screen", page)
		return
	}
	page.Date = page.Date.withValue(values["date"])
	format := cmp.Or(values["format"], "html")

	var errs []pageError
	args := []string{"screen"}
	mem := map[string][]byte{}
	for i, f := range page.Files {
		u, ok := files[f.Name]
		if !ok {
			errs = append(errs, pageError{Field: f.Name, Message: "choose a file: CSV, XLSX or JSON"})
			continue
		}
		ext := strings.ToLower(path.Ext(u.name))
		if ext != ".csv" && ext != ".xlsx" && ext != ".json" {
			errs = append(errs, pageError{Field: f.Name, Message: fmt.Sprintf("%q: want a .csv, .xlsx or .json file", clip(u.name))})
			continue
		}
		page.Files[i].Kept = u.name
		page.Kept = append(page.Kept, keptFile{Field: f.Name, Name: u.name, Data: base64.RawURLEncoding.EncodeToString(u.data)})
		// The file's name in memory is the flag's, with the upload's
		// extension, by which the command reads its format.
		mem[f.Name+ext] = u.data
		args = append(args, "--"+f.Name+"="+f.Name+ext)
	}
	if _, ok := screenFormats[format]; !ok && format != "html" {
		errs = append(errs, pageError{Message: fmt.Sprintf("format %q: want html, csv, xlsx or json", clip(format))})
	}
	if page.Date.Value != "" {
		args = append(args, "--date="+page.Date.Value)
	}

	var out []byte
	if len(errs) == 0 {
		commandFormat := format
		if format == "html" {
			commandFormat = formatJSON
		}
		out, _, err = runInProcess(mem, append(args, "--format", commandFormat)...)
		if err != nil {
			errs = append(errs, screenPageError(err, page.Files))
		}
	}
	if len(errs) > 0 {
		page.Errors = placeErrors([]*formField{&page.Files[0], &page.Files[1], &page.Date}, errs)
		renderPage(w, http.StatusBadRequest, "screen", page)
		return
	}

	if d, ok := screenFormats[format]; ok {
		w.Header().Set("Content-Type", d.contentType)
		w.Header().Set("Content-Disposition", `attachment; filename="screenings`+d.ext+`"`)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Write(out)
		return
	}
	if page.Result, err = decodeScreening(out); err != nil {
		panic(err) // the command printed what it documents
	}
	renderPage(w, http.StatusOK, "screen", page)
}

// readScreenForm reads the screening form's parts into memory: a file
// chosen in a file input, or else the one the page kept, by field; and
// the other fields' values. Parts of other names are skipped.
func readScreenForm(r *http.Request) (map[string]formFile, map[string]string, error) {
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, nil, errors.New("the form must be sent as multipart/form-data")
	}
	chosen, kept := map[string]formFile{}, map[string]formFile{}
	values := map[string]string{}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, upload(err)
		}
		name := p.FormName()
		data, err := io.ReadAll(p)
		if err != nil {
			return nil, nil, upload(err)
		}
		switch name {
		case "input", "members":
			if p.FileName() != "" || len(data) > 0 {
				chosen[name] = formFile{name: path.Base(strings.ReplaceAll(p.FileName(), `\`, "/")), data: data}
			}
		case "kept_input", "kept_members":
			field := strings.TrimPrefix(name, "kept_")
			content, err := base64.RawURLEncoding.DecodeString(string(data))
			if err != nil {
				return nil, nil, fmt.Errorf("the kept %s file is damaged: choose the file again", field)
			}
			u := kept[field]
			u.data = content
			kept[field] = u
		case "kept_input_name", "kept_members_name":
			field := strings.TrimSuffix(strings.TrimPrefix(name, "kept_"), "_name")
			u := kept[field]
			u.name = string(data)
			kept[field] = u
		case "date", "format":
			values[name] = string(data)
		}
	}
	for field, u := range kept {
		if _, ok := chosen[field]; !ok && u.name != "" {
			chosen[field] = u
		}
	}
	return chosen, values, nil
}

// screenPageError is the screen command's error beside the file or the
// field it concerns: a file's error names the file in memory, which is
// the field's name and an extension; the page names the uploaded file.
func screenPageError(err error, files []formField) pageError {
	b := errorBody(http.StatusBadRequest, err)
	for _, f := range files {
		if b.File != "" && strings.TrimSuffix(b.File, path.Ext(b.File)) == f.Name {
			// The message names the file as the person knows it.
			msg := b.Message
			if rest, ok := strings.CutPrefix(msg, b.File+":"); ok && f.Kept != "" {
				msg = f.Kept + ":" + rest
			}
			return pageError{Field: f.Name, Message: msg}
		}
	}
	if b.Field == "date" {
		return pageError{Field: "date", Message: flagMessage(b.Message, "date")}
	}
	return pageError{Message: b.Message}
}

// decodeScreening reads 'screen --format json' for the page: the
// screenings, the count of each verdict and the readings they used.
func decodeScreening(out []byte) (*screenResult, error) {
	var doc struct {
		Rules []struct {
			Name   string `json:"name"`
			Period string `json:"period"`
		} `json:"rules"`
		Screenings []pageScreening `json:"screenings"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		return nil, fmt.Errorf("screen's JSON: %w", err)
	}
	res := &screenResult{Screenings: doc.Screenings}
	for _, r := range doc.Rules {
		res.Rules = r.Name + ", " + r.Period
	}
	counts := map[string]int{}
	used := map[string]bool{}
	for _, s := range doc.Screenings {
		counts[s.Verdict]++
		for _, id := range s.Interpretations {
			used[id] = true
		}
	}
	for _, v := range []facility1035.Verdict{facility1035.Eligible, facility1035.Conditional, facility1035.NeedsReview, facility1035.Ineligible} {
		if n := counts[v.String()]; n > 0 {
			res.Counts = append(res.Counts, verdictCount{v.String(), n})
		}
	}
	for _, i := range facility1035.Interpretations() {
		if used[i.ID] {
			res.Readings = append(res.Readings, i)
		}
	}
	return res, nil
}

// The rule book.

// rulesPage answers GET /rules: the rules command's HTML page, with the
// pages' navigation added.
func rulesPage(w http.ResponseWriter, r *http.Request) {
	out, _, err := runInProcess(nil, "rules", "--format", "html")
	if err != nil {
		panic(err) // the built-in rule book is written without fail
	}
	var nav bytes.Buffer
	if err := pageTemplates["layout"].ExecuteTemplate(&nav, "nav", "rules"); err != nil {
		panic(err)
	}
	html := string(out)
	html = strings.Replace(html, "</head>", "<style>\n"+navCSS+"</style>\n</head>", 1)
	html = strings.Replace(html, "<body>", "<body>\n"+nav.String(), 1)
	pageHeaders(w.Header())
	io.WriteString(w, html)
}

// ruleBookAnnex is what the rule book's titles leave out of a citation.
const ruleBookAnnex = "Resolution 1150 (XCIII), Annex, "

// ruleBookAnchors are the anchors of the rule book's sections of Part III,
// one per provision (writeBookHTML's "part-iii-bullet-5-criterion-2").
var ruleBookAnchors = func() []string {
	var anchors []string
	for _, pr := range facility1035.Provisions(facility1035.Resolution1150()) {
		anchors = append(anchors, anchor(strings.TrimPrefix(pr.Citation.String(), ruleBookAnnex)))
	}
	return anchors
}()

// ruleBookLink is the address of the provision a citation names in the
// rule book's page: its section for a provision of Part III (the closest
// one holding it), Part II's or the Resolution's section; "" for a
// citation the book has no section for (the Review, the Constitution,
// Part I).
func ruleBookLink(citation string) string {
	title, ok := strings.CutPrefix(citation, ruleBookAnnex)
	if !ok {
		if strings.HasPrefix(citation, "Resolution 1150 (XCIII), para") {
			return "/rules#resolution"
		}
		return ""
	}
	switch {
	case title == "Part II" || strings.HasPrefix(title, "Part II,"):
		return "/rules#part-ii"
	case title == "Part III":
		return "/rules#part-iii"
	}
	for {
		if a := anchor(title); slices.Contains(ruleBookAnchors, a) {
			return "/rules#" + a
		}
		i := strings.LastIndex(title, ", ")
		if i < 0 {
			return ""
		}
		title = title[:i]
	}
}

// The points.

// pointsForm is the points page's data.
type pointsForm struct {
	pageBase
	Points      []pointView
	Text        string
	TextError   string
	Weak        bool
	Errors      []pageError
	Suggested   bool
	Suggestions []pageSuggestion
	NoneReason  string
}

// pageSuggestion is a suggestion as 'suggest --format json' prints it.
type pageSuggestion struct {
	Point        int         `json:"point"`
	Title        string      `json:"title"`
	Score        json.Number `json:"score"`
	Confidence   string      `json:"confidence"`
	MatchedTerms []struct {
		Text     string `json:"text"`
		Term     string `json:"term"`
		Citation string `json:"citation"`
	} `json:"matched_terms"`
}

// pointsPage answers GET /points: the 12 points, and with text (and
// weak=on for the weak ones too) the points the text serves.
func pointsPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	page := pointsForm{pageBase: pageBase{Title: "The 12 points", Current: "points"}, Text: q.Get("text"), Weak: q.Get("weak") == "on"}
	out, _, err := runInProcess(nil, "points", "--format", formatJSON)
	if err != nil {
		panic(err)
	}
	var points pointsJSON
	if err := json.Unmarshal(out, &points); err != nil {
		panic(err)
	}
	page.Points = points.Points

	status := http.StatusOK
	if q.Has("text") {
		args := []string{"suggest", "--format", formatJSON}
		if page.Weak {
			args = append(args, "--min-confidence", "weak")
		}
		out, errOut, err := runInProcess(nil, append(args, "--", page.Text)...)
		if err != nil {
			status = http.StatusBadRequest
			page.TextError = errorBody(status, err).Message
			if errors.Is(err, suggest.ErrEmptyDescription) {
				// The command's advice is about its arguments.
				page.TextError = suggest.ErrEmptyDescription.Error() + ": write the project's description in the box"
			}
			page.Errors = []pageError{{Field: "text", Label: "A project description", Message: page.TextError}}
		} else {
			var doc struct {
				Suggestions []pageSuggestion `json:"suggestions"`
			}
			if err := json.Unmarshal(out, &doc); err != nil {
				panic(err)
			}
			page.Suggested, page.Suggestions = true, doc.Suggestions
			// The command says why it suggests none on standard error; its
			// advice names its flag, which is the page's check box.
			reason := strings.TrimSpace(strings.TrimPrefix(string(errOut), "iomstrategy suggest: no point suggested: "))
			if r, ok := strings.CutSuffix(reason, "; --min-confidence weak shows the weak suggestions."); ok {
				reason = r + "; tick “Show weak suggestions too” to see them."
			}
			page.NoneReason = reason
		}
	}
	renderPage(w, status, "points", page)
}
