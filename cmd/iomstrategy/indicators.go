package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/indicators"
	"github.com/policycode/iomstrategy/internal/plain"
	"github.com/policycode/iomstrategy/strategy"
	"github.com/shopspring/decimal"
)

// The indicators command prints the figures of the Review (MC/INF/302,
// paras 4-83 and footnotes 1-22) as records, a series with its changes
// and growth, or the checks that hold the text to itself.
func init() {
	readingFlags := "\n\nReading flags: --tolerance, --tolerance-rule, --nearly, --places, --rounding.\n" +
		"--input FILE reads another dataset in the format of indicators/data/review.csv instead of the Review's."
	register(&command{
		name:    "indicators",
		summary: "the Review's figures as cited records, a series with its growth, or the checks that hold the text to itself",
		usage:   "[--point N] [--id ID] [reading flags] [--format text|json|csv]" + readingFlags,
		formats: []string{formatJSON, formatCSV},
		define:  defineIndicatorList,
		subcommands: []*command{
			{
				name:    "series",
				summary: "a series of the Review's figures with its changes and growth",
				usage:   "ID [reading flags] [--format text|json|csv]" + readingFlags,
				formats: []string{formatJSON, formatCSV},
				define:  defineIndicatorSeries,
			},
			{
				name:    "check",
				summary: "the checks that hold the Review's text to itself; exits with status 1 when a check fails",
				usage:   "[--id CHECK] [reading flags] [--format text|json|csv]" + readingFlags,
				formats: []string{formatJSON, formatCSV},
				define:  defineIndicatorCheck,
			},
		},
	})
}

// indicatorOptions are the flags every form of the command shares.
type indicatorOptions struct {
	f             *flags
	point, id     *string
	input         *string
	tolerance     *string
	toleranceRule *string
	nearly        *string
	places        *int
	rounding      *string
}

// newIndicatorFlags adds the flags of a form of the command: --point when
// point is set, --id with the given help when it is not "", then the
// reading flags every form shares.
func newIndicatorFlags(f *flags, point bool, idHelp string) *indicatorOptions {
	d := indicators.ReviewParams()
	o := &indicatorOptions{f: f, point: new(string), id: new(string)}
	if point {
		o.point = f.String("point", "", "list only the records that report on this strategy point: 7, \"Point 7\" or P7")
	}
	if idHelp != "" {
		o.id = f.String("id", "", idHelp)
	}
	o.input = f.String("input", "", "read the records from this CSV file (\"-\" for standard input) instead of the Review's")
	o.tolerance = f.String("tolerance", d.EstimateTolerance.String(), "relative tolerance of an estimate (\"approximately\", \"about\", ...), from 0 to below 1")
	o.toleranceRule = f.String("tolerance-rule", d.EstimateRule.String(), "how wide an estimate is: relative (±tolerance) or last-digit (± half a unit of its last non-zero digit)")
	o.nearly = f.String("nearly", d.NearlyTolerance.String(), "how far below its value a \"nearly\", \"close to\" or \"almost\" figure may be, above 0 and at most 1")
	o.places = f.Int("places", int(d.Places), "decimals of a displayed percentage")
	o.rounding = f.String("rounding", d.Rounding.String(), "rounding of a displayed percentage: half-away-from-zero, half-even, toward-zero or away-from-zero")
	return o
}

func (o *indicatorOptions) params() (indicators.Params, error) {
	p := indicators.ReviewParams()
	var err error
	if p.EstimateTolerance, err = indicators.ParseValue(*o.tolerance); err != nil {
		return p, fmt.Errorf("--tolerance: %w", err)
	}
	if p.EstimateRule, err = indicators.ParseToleranceRule(*o.toleranceRule); err != nil {
		return p, fmt.Errorf("--tolerance-rule: %w", err)
	}
	if p.NearlyTolerance, err = indicators.ParseValue(*o.nearly); err != nil {
		return p, fmt.Errorf("--nearly: %w", err)
	}
	p.Places = int32(*o.places)
	if *o.places < 0 || *o.places > 12 {
		return p, fmt.Errorf("--places %d: %w: want 0 to 12", *o.places, indicators.ErrParams)
	}
	if p.Rounding, err = iomstrategy.ParseRoundingMode(*o.rounding); err != nil {
		return p, fmt.Errorf("--rounding: %w", err)
	}
	return p, p.Validate()
}

// maxInputBytes is one byte more than indicators.Parse accepts, so that
// Parse, not a short read, refuses a file that is too large.
const maxInputBytes = 8<<20 + 1

func (o *indicatorOptions) dataset(e *env) (indicators.Dataset, error) {
	if !o.f.given("input") {
		return indicators.Review(), nil
	}
	path := *o.input
	var r io.Reader = e.stdin
	name := "standard input"
	if path != "-" {
		fh, err := e.open(path)
		if err != nil {
			return indicators.Dataset{}, err
		}
		defer fh.Close()
		r, name = fh, path
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInputBytes))
	if err != nil {
		return indicators.Dataset{}, fmt.Errorf("%s: %w", name, err)
	}
	d, err := indicators.Parse(data)
	if err != nil {
		return indicators.Dataset{}, fmt.Errorf("%s: %w", name, err)
	}
	return d, nil
}

// defineIndicatorList is "indicators": the records, all or those of a
// point or an id.
func defineIndicatorList(e *env, f *flags) func(args []string) error {
	o := newIndicatorFlags(f, true, "list only this record")
	return func(args []string) error {
		if len(args) > 0 {
			return usagef("unexpected argument %q: want no argument (the records), series ID or check", args[0])
		}
		p, d, err := o.load(e)
		if err != nil {
			return err
		}
		return runIndicatorList(e, o, d, p)
	}
}

// defineIndicatorSeries is "indicators series ID".
func defineIndicatorSeries(e *env, f *flags) func(args []string) error {
	o := newIndicatorFlags(f, false, "")
	return func(args []string) error {
		if len(args) != 1 {
			return usagef("series takes one series id, such as pre-consular-applicants")
		}
		p, d, err := o.load(e)
		if err != nil {
			return err
		}
		return runIndicatorSeries(e, o, d, args[0], p)
	}
}

// defineIndicatorCheck is "indicators check".
func defineIndicatorCheck(e *env, f *flags) func(args []string) error {
	o := newIndicatorFlags(f, false, "run only this check")
	return func(args []string) error {
		if len(args) > 0 {
			return usagef("unexpected argument %q", args[0])
		}
		p, d, err := o.load(e)
		if err != nil {
			return err
		}
		return runIndicatorCheck(e, o, d, p)
	}
}

// load reads the reading flags, then the dataset.
func (o *indicatorOptions) load(e *env) (indicators.Params, indicators.Dataset, error) {
	p, err := o.params()
	if err != nil {
		return p, indicators.Dataset{}, err
	}
	d, err := o.dataset(e)
	return p, d, err
}

// --- the records ---

// periodView is a period as JSON prints it.
type periodView struct {
	Text      string `json:"text"`
	StartYear int    `json:"start_year"`
	EndYear   int    `json:"end_year"`
	AsOf      bool   `json:"as_of"`
}

// intervalView is an interval as JSON prints it: an unbounded end is null
// and open ("high": null, "high_open": true).
type intervalView struct {
	Low      *string `json:"low"`
	LowOpen  bool    `json:"low_open"`
	High     *string `json:"high"`
	HighOpen bool    `json:"high_open"`
}

// recordsJSON is what 'indicators --format json' prints (docs/json.md).
type recordsJSON struct {
	Records []recordView `json:"records"`
}

// recordView is a record as JSON prints it.
type recordView struct {
	ID             string     `json:"id"`
	Series         string     `json:"series,omitempty"`
	Description    string     `json:"description"`
	Unit           string     `json:"unit"`
	Period         periodView `json:"period"`
	Value          string     `json:"value"`
	Fraction       string     `json:"fraction,omitempty"`
	To             string     `json:"to,omitempty"`
	Qualifier      string     `json:"qualifier"`
	QualifierWords string     `json:"qualifier_words"`
	intervalView
	Points   []int                `json:"points"`
	Citation iomstrategy.Citation `json:"citation"`
	Figure   string               `json:"figure"`
	Quote    string               `json:"quote"`
	Note     string               `json:"note,omitempty"`
}

// figureAmount returns a value in USD as an amount when it is whole cents
// (iomstrategy.NewUSD takes it). A value in another unit, or one with
// fractions of a cent (an end of an estimate's interval), is no amount.
func figureAmount(d decimal.Decimal, u indicators.UnitOfMeasure) (iomstrategy.USD, bool) {
	if u.Base() != "USD" {
		return iomstrategy.USD{}, false
	}
	a, err := iomstrategy.NewUSD(d)
	return a, err == nil
}

// number writes a value of a unit for JSON and CSV: money with two
// decimals where it has no more, anything else as the exact decimal.
func number(d decimal.Decimal, u indicators.UnitOfMeasure) string {
	if a, ok := figureAmount(d, u); ok {
		return a.Decimal().StringFixed(2)
	}
	return d.String()
}

// numberText writes a value for people: "USD 783,800,000.00", "43,204".
func numberText(d decimal.Decimal, u indicators.UnitOfMeasure) string {
	if a, ok := figureAmount(d, u); ok {
		return a.String()
	}
	return plain.GroupThousands(d.String())
}

func viewInterval(i indicators.Interval, u indicators.UnitOfMeasure) intervalView {
	v := intervalView{LowOpen: true, HighOpen: true}
	if lo, ok := i.Low(); ok {
		s := number(lo.Value, u)
		v.Low, v.LowOpen = &s, lo.Open
	}
	if hi, ok := i.High(); ok {
		s := number(hi.Value, u)
		v.High, v.HighOpen = &s, hi.Open
	}
	return v
}

func intervalText(i indicators.Interval) string {
	return i.Format(func(d decimal.Decimal) string { return plain.GroupThousands(d.String()) })
}

func viewRecord(r indicators.Record, p indicators.Params) (recordView, error) {
	iv, err := r.Interval(p)
	if err != nil {
		return recordView{}, err
	}
	v := recordView{
		ID: r.ID, Series: r.Series, Description: r.Description, Unit: string(r.Unit),
		Period: periodView{Text: r.Period.String(), StartYear: r.Period.StartYear(), EndYear: r.Period.EndYear(), AsOf: r.Period.IsAsOf()},
		Value:  number(r.Value, r.Unit), Fraction: r.Fraction,
		Qualifier: r.Qualifier.String(), QualifierWords: r.Words, intervalView: viewInterval(iv, r.Unit),
		Points: []int{}, Citation: r.Citation, Figure: r.Figure, Quote: r.Quote, Note: r.Note,
	}
	if r.Qualifier == indicators.Range {
		v.To = number(r.To, r.Unit)
	}
	for _, pt := range r.Points {
		v.Points = append(v.Points, int(pt))
	}
	return v, nil
}

func pointList(ps []strategy.Point) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = strconv.Itoa(int(p))
	}
	return strings.Join(s, " ")
}

func runIndicatorList(e *env, o *indicatorOptions, d indicators.Dataset, p indicators.Params) error {
	records := d.Records()
	if o.f.given("point") {
		pt, err := strategy.ParsePoint(*o.point)
		if err != nil {
			return fmt.Errorf("--point: %w", err)
		}
		records = d.ByPoint(pt)
	}
	if o.f.given("id") {
		r, err := d.Record(*o.id)
		if err != nil {
			return fmt.Errorf("--id: %w (run 'iomstrategy indicators' for the list)", err)
		}
		var kept []indicators.Record
		for _, x := range records {
			if x.ID == r.ID {
				kept = append(kept, x)
			}
		}
		records = kept
	}
	views := make([]recordView, 0, len(records))
	for _, r := range records {
		v, err := viewRecord(r, p)
		if err != nil {
			return err
		}
		views = append(views, v)
	}
	switch o.f.Format() {
	case formatJSON:
		return writeJSON(e.stdout, recordsJSON{Records: views})
	case formatCSV:
		header := []string{"id", "series", "description", "unit", "period", "start_year", "end_year", "value", "to",
			"qualifier", "qualifier_words", "low", "low_open", "high", "high_open", "points", "citation", "figure", "note"}
		rows := make([][]string, 0, len(views))
		for i, v := range views {
			rows = append(rows, []string{v.ID, v.Series, v.Description, v.Unit, v.Period.Text,
				strconv.Itoa(v.Period.StartYear), strconv.Itoa(v.Period.EndYear), v.Value, v.To,
				v.Qualifier, v.QualifierWords, deref(v.Low), strconv.FormatBool(v.LowOpen), deref(v.High),
				strconv.FormatBool(v.HighOpen), pointList(records[i].Points), v.Citation.String(), v.Figure, v.Note})
		}
		return writeCSV(e.stdout, header, rows)
	}
	if o.f.given("id") && len(records) == 1 {
		return writeRecordText(e.stdout, records[0], p)
	}
	rows := make([][]string, 0, len(records))
	for _, r := range records {
		iv, _ := r.Interval(p)
		pts := pointList(r.Points)
		if pts == "" {
			pts = "-"
		}
		rows = append(rows, []string{r.ID, r.Period.String(), valueText(r), string(r.Unit), r.Qualifier.String(), intervalText(iv), pts, r.Citation.String()})
	}
	if err := writeTable(e.stdout, []string{"ID", "PERIOD", "VALUE", "UNIT", "QUALIFIER", "ALLOWS", "POINTS", "CITATION"}, rows); err != nil {
		return err
	}
	_, err := fmt.Fprintf(e.stdout, "\n%d record(s). Readings: %s.\n", len(records), p.Describe())
	return err
}

// valueText is a record's value for the text table: the figure's number
// with thousands grouped, "100/3" for a fraction, "2 to 3" for a range.
func valueText(r indicators.Record) string {
	switch {
	case r.Fraction != "":
		return r.Fraction
	case r.Qualifier == indicators.Range:
		return numberText(r.Value, r.Unit) + " to " + numberText(r.To, r.Unit)
	}
	return numberText(r.Value, r.Unit)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func writeRecordText(w io.Writer, r indicators.Record, p indicators.Params) error {
	iv, err := r.Interval(p)
	if err != nil {
		return err
	}
	tw := newTable(w)
	line := func(k, v string) {
		if v != "" {
			fmt.Fprintf(tw, "%s\t%s\n", k, v)
		}
	}
	line("id", r.ID)
	line("description", r.Description)
	line("series", r.Series)
	line("value", valueText(r)+" "+string(r.Unit))
	line("period", fmt.Sprintf("%s (years %d to %d)", r.Period, r.Period.StartYear(), r.Period.EndYear()))
	words := r.Words
	if words == "" {
		words = "no qualifying word"
	}
	line("qualifier", fmt.Sprintf("%s (%s)", r.Qualifier, words))
	line("allows", intervalText(iv)+" ("+p.Describe()+")")
	pts := pointList(r.Points)
	if pts == "" {
		pts = "none (an organization-wide figure)"
	}
	line("points", pts)
	line("citation", r.Citation.String())
	line("figure", strconv.Quote(r.Figure))
	line("quote", strconv.Quote(r.Quote))
	line("note", r.Note)
	return tw.Flush()
}

// --- a series ---

type changeView struct {
	From          string                 `json:"from"`
	To            string                 `json:"to"`
	FromPeriod    string                 `json:"from_period"`
	ToPeriod      string                 `json:"to_period"`
	Years         int                    `json:"years"`
	Absolute      string                 `json:"absolute"`
	Percent       string                 `json:"percent"`
	AnnualGrowth  string                 `json:"annual_growth"`
	Exact         bool                   `json:"exact"`
	AbsoluteRange intervalView           `json:"absolute_range"`
	PercentRange  intervalView           `json:"percent_range"`
	GrowthRange   intervalView           `json:"growth_range"`
	Citations     []iomstrategy.Citation `json:"citations"`
}

type seriesView struct {
	ID           string            `json:"id"`
	Description  string            `json:"description"`
	Unit         string            `json:"unit"`
	Params       indicators.Params `json:"params"`
	Observations []recordView      `json:"observations"`
	Changes      []changeView      `json:"changes"`
	Growth       changeView        `json:"growth"`
}

func viewChange(c indicators.Change, p indicators.Params) changeView {
	u := c.From.Unit
	return changeView{
		From: c.From.ID, To: c.To.ID, FromPeriod: c.From.Period.String(), ToPeriod: c.To.Period.String(), Years: c.Years,
		Absolute: number(c.Absolute, u), Percent: c.Percent.StringFixed(p.Places), AnnualGrowth: c.AnnualGrowth.StringFixed(p.Places),
		Exact: c.Exact(), AbsoluteRange: viewInterval(c.AbsoluteRange, u),
		PercentRange: viewInterval(c.PercentRange, "per cent"), GrowthRange: viewInterval(c.GrowthRange, "per cent"),
		Citations: c.Citations(),
	}
}

func runIndicatorSeries(e *env, o *indicatorOptions, d indicators.Dataset, id string, p indicators.Params) error {
	s, err := d.Series(id)
	if err != nil {
		return fmt.Errorf("%w (series: %s)", err, strings.Join(d.SeriesIDs(), ", "))
	}
	changes, err := s.Changes(p)
	if err != nil {
		return err
	}
	growth, err := s.Growth(p)
	if err != nil {
		return err
	}
	v := seriesView{ID: s.ID, Description: s.Records[0].Description, Unit: string(s.Unit), Params: p}
	for _, r := range s.Records {
		rv, err := viewRecord(r, p)
		if err != nil {
			return err
		}
		v.Observations = append(v.Observations, rv)
	}
	for _, c := range changes {
		v.Changes = append(v.Changes, viewChange(c, p))
	}
	v.Growth = viewChange(growth, p)
	switch o.f.Format() {
	case formatJSON:
		return writeJSON(e.stdout, v)
	case formatCSV:
		header := []string{"kind", "from", "to", "years", "absolute", "percent", "annual_growth", "exact",
			"absolute_range_low", "absolute_range_high", "percent_range_low", "percent_range_high", "growth_range_low", "growth_range_high"}
		var rows [][]string
		row := func(kind string, c changeView) []string {
			return []string{kind, c.From, c.To, strconv.Itoa(c.Years), c.Absolute, c.Percent, c.AnnualGrowth, strconv.FormatBool(c.Exact),
				deref(c.AbsoluteRange.Low), deref(c.AbsoluteRange.High), deref(c.PercentRange.Low), deref(c.PercentRange.High),
				deref(c.GrowthRange.Low), deref(c.GrowthRange.High)}
		}
		for _, c := range v.Changes {
			rows = append(rows, row("step", c))
		}
		rows = append(rows, row("span", v.Growth))
		return writeCSV(e.stdout, header, rows)
	}
	return writeSeriesText(e.stdout, s, changes, growth, p)
}

func signedText(d decimal.Decimal, u indicators.UnitOfMeasure) string {
	s := numberText(d, u)
	if d.Sign() > 0 {
		return "+" + s
	}
	return s
}

func writeSeriesText(w io.Writer, s indicators.Series, changes []indicators.Change, growth indicators.Change, p indicators.Params) error {
	exact := true
	for _, r := range s.Records {
		exact = exact && r.Qualifier == indicators.Exact
	}
	fmt.Fprintf(w, "Series %s: %s, in %s\n\n", s.ID, s.Records[0].Description, s.Unit)
	pct := func(d decimal.Decimal) string {
		t := d.StringFixed(p.Places) + "%"
		if d.Sign() > 0 {
			return "+" + t
		}
		return t
	}
	header := []string{"PERIOD", "FIGURE", "VALUE", "CHANGE", "CHANGE %", "GROWTH A YEAR"}
	if !exact {
		header = append(header, "ALLOWS", "CHANGE ALLOWED", "CHANGE % ALLOWED")
	}
	header = append(header, "CITATION")
	var rows [][]string
	for i, r := range s.Records {
		row := []string{r.Period.String(), strconv.Quote(r.Figure), valueText(r)}
		var c indicators.Change
		if i > 0 {
			c = changes[i-1]
			row = append(row, signedText(c.Absolute, s.Unit), pct(c.Percent), pct(c.AnnualGrowth))
		} else {
			row = append(row, "", "", "")
		}
		if !exact {
			iv, _ := r.Interval(p)
			row = append(row, intervalText(iv))
			if i > 0 {
				row = append(row, intervalText(c.AbsoluteRange), intervalText(c.PercentRange))
			} else {
				row = append(row, "", "")
			}
		}
		rows = append(rows, append(row, r.Citation.String()))
	}
	if err := writeTable(w, header, rows); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s to %s (%d year%s): %s (%s), compound annual growth %s a year",
		growth.From.Period, growth.To.Period, growth.Years, pluralS(growth.Years),
		signedText(growth.Absolute, s.Unit), pct(growth.Percent), pct(growth.AnnualGrowth))
	if !exact {
		fmt.Fprintf(w, "; as the qualifiers allow: %s, %s%%, %s%% a year", intervalText(growth.AbsoluteRange), intervalText(growth.PercentRange), intervalText(growth.GrowthRange))
	}
	_, err := fmt.Fprintf(w, ".\nPercentages are rounded once, from the exact values. Readings: %s.\n", p.Describe())
	return err
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// --- the checks ---

type checkView struct {
	ID         string                 `json:"id"`
	Verdict    indicators.Verdict     `json:"verdict"`
	Kind       string                 `json:"kind"`
	Statement  string                 `json:"statement"`
	Citations  []iomstrategy.Citation `json:"citations"`
	Note       string                 `json:"note,omitempty"`
	Unit       string                 `json:"unit"`
	Numbers    string                 `json:"numbers"`
	Comparison string                 `json:"comparison,omitempty"`
	Left       *intervalView          `json:"left,omitempty"`
	Right      *intervalView          `json:"right,omitempty"`
	Steps      []stepView             `json:"steps,omitempty"`
}

type stepView struct {
	From       string       `json:"from"`
	To         string       `json:"to"`
	FromValues intervalView `json:"from_values"`
	ToValues   intervalView `json:"to_values"`
	Verdict    string       `json:"verdict"`
}

type checkSummary struct {
	Checks    int `json:"checks"`
	Holds     int `json:"holds"`
	Plausible int `json:"plausible"`
	Fails     int `json:"fails"`
}

type checksView struct {
	Params  indicators.Params `json:"params"`
	Summary checkSummary      `json:"summary"`
	Results []checkView       `json:"checks"`
}

func viewResult(r indicators.Result) checkView {
	v := checkView{
		ID: r.Check.ID, Verdict: r.Verdict, Kind: r.Check.Kind.String(), Statement: r.Check.Statement,
		Citations: r.Check.Citations, Note: r.Check.Note, Unit: string(r.Unit), Numbers: r.Numbers,
	}
	switch r.Check.Kind {
	case indicators.Relation, indicators.Count:
		l, rt := viewInterval(r.Left, r.Unit), viewInterval(r.Right, r.Unit)
		v.Left, v.Right = &l, &rt
		v.Comparison = indicators.IsWithin.String()
		if r.Check.Kind == indicators.Relation {
			v.Comparison = r.Check.Comparison.String()
		}
	case indicators.Increasing:
		for _, s := range r.Rises {
			v.Steps = append(v.Steps, stepView{From: s.From.ID, To: s.To.ID, FromValues: viewInterval(s.FromValues, r.Unit),
				ToValues: viewInterval(s.ToValues, r.Unit), Verdict: s.Verdict.String()})
		}
	}
	return v
}

func runIndicatorCheck(e *env, o *indicatorOptions, d indicators.Dataset, p indicators.Params) error {
	checks := indicators.ReviewChecks()
	if o.f.given("id") {
		c, err := indicators.ReviewCheck(*o.id)
		if err != nil {
			ids := make([]string, len(checks))
			for i, c := range checks {
				ids[i] = c.ID
			}
			return fmt.Errorf("--id: %w (checks: %s)", err, strings.Join(ids, ", "))
		}
		checks = []indicators.Check{c}
	}
	results, err := indicators.EvaluateAll(checks, d, p)
	if err != nil {
		return err
	}
	view := checksView{Params: p, Summary: checkSummary{Checks: len(results)}}
	var failed []string
	for _, r := range results {
		switch r.Verdict {
		case indicators.Holds:
			view.Summary.Holds++
		case indicators.Plausible:
			view.Summary.Plausible++
		case indicators.Fails:
			view.Summary.Fails++
			failed = append(failed, r.Check.ID)
		}
		view.Results = append(view.Results, viewResult(r))
	}
	switch o.f.Format() {
	case formatJSON:
		err = writeJSON(e.stdout, view)
	case formatCSV:
		header := []string{"id", "verdict", "kind", "citations", "unit", "numbers", "note"}
		rows := make([][]string, 0, len(view.Results))
		for _, v := range view.Results {
			rows = append(rows, []string{v.ID, v.Verdict.String(), v.Kind, citationsText(v.Citations), v.Unit, v.Numbers, v.Note})
		}
		err = writeCSV(e.stdout, header, rows)
	default:
		err = writeChecksText(e.stdout, results, view.Summary, p)
	}
	if err != nil {
		return err
	}
	if len(failed) > 0 {
		return fmt.Errorf("%w: %d of %d checks fail: %s", errCheckFailed, len(failed), len(results), strings.Join(failed, ", "))
	}
	return nil
}

func citationsText(cs []iomstrategy.Citation) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.String()
	}
	return strings.Join(s, "; ")
}

func writeChecksText(w io.Writer, results []indicators.Result, sum checkSummary, p indicators.Params) error {
	tw := newTable(w)
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Verdict, r.Check.ID, citationsText(r.Check.Citations))
		fmt.Fprintf(tw, "\t%s\n", r.Numbers)
		if r.Check.Note != "" {
			fmt.Fprintf(tw, "\treading: %s\n", r.Check.Note)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\n%d check%s: %d hold, %d plausible, %d fail. Readings: %s.\n",
		sum.Checks, pluralS(sum.Checks), sum.Holds, sum.Plausible, sum.Fails, p.Describe())
	return err
}
