package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/internal/records"
	"github.com/policycode/iomstrategy/strategy"
	"github.com/shopspring/decimal"
)

// The align command sums a portfolio of activities per point of Part I
// (strategy.Align): count, amount and share of each point, and the points
// no activity serves.
func init() {
	register(&command{
		name:    "align",
		summary: "sum a portfolio of activities per point of the Strategy: count, amount, share, and the points with no activity",
		usage:   "--input activities.csv|json|xlsx [--input-format csv|json|xlsx] [--sheet NAME] [--split even|full] [--format text|json|csv|xlsx]",
		formats: []string{formatJSON, formatCSV, formatXLSX},
		define:  defineAlign,
	})
}

// activityColumns are the columns align needs; description, source, title
// and note may be there too (align does not read them), any other column is
// refused.
var activityColumns = []string{"id", "amount", "points"}

// alignmentView is an alignment as JSON prints it.
type alignmentView struct {
	Split      strategy.SplitMode   `json:"split"`
	Points     []pointTotalView     `json:"points"`
	Uncovered  []strategy.Point     `json:"uncovered"`
	Activities int                  `json:"activities"`
	Total      iomstrategy.USD      `json:"total"`
	Counted    iomstrategy.USD      `json:"counted"`
	Basis      iomstrategy.Citation `json:"citation"`
	Notes      []string             `json:"notes"`
}

// pointTotalView is one point's line. Amount prints in JSON as
// USD.MarshalText writes it ("1400000.00"); Share is a string with four
// decimals ("0.2500"); SharePercent is the same share times 100, with two
// decimals ("25.00"): no further rounding.
type pointTotalView struct {
	Point        strategy.Point  `json:"point"`
	Title        string          `json:"title"`
	Activities   int             `json:"activities"`
	Amount       iomstrategy.USD `json:"amount"`
	Share        string          `json:"share"`
	SharePercent string          `json:"share_percent"`
}

func defineAlign(e *env, f *flags) func(args []string) error {
	input := f.String("input", "", "the activities: a CSV or JSON file with columns id, amount, points (\"4;8\"), or - for standard input (required)")
	inputFormat := f.String("input-format", "", "format of --input: csv|json|xlsx (default: by the file's extension)")
	sheet := f.String("sheet", "", sheetHelp("--input"))
	splitFlag := f.String("split", "even", "an activity with several points: even (split to the cent, leftover cents to the lowest points) or full (counted in full for each)")
	return func(args []string) error {
		if len(args) > 0 {
			return usagef("unexpected argument %q", args[0])
		}
		if *input == "" {
			return usagef("--input is required")
		}
		mode, err := strategy.ParseSplitMode(*splitFlag)
		if err != nil {
			return usagef("--split: %v", err)
		}
		table, err := readInput(e, *input, *inputFormat, *sheet, "--sheet")
		if err != nil {
			return err
		}
		activities, err := activitiesFromTable(table)
		if err != nil {
			return err
		}
		al, err := strategy.Align(activities, mode)
		if err != nil {
			return alignError(table, err)
		}
		view := viewAlignment(al)
		switch f.Format() {
		case formatJSON:
			return writeJSON(e.stdout, view)
		case formatCSV:
			return writeCSV(e.stdout, alignCSVHeader, alignCSVRows(view))
		case formatXLSX:
			return alignmentXLSX(e.stdout, view)
		}
		return writeAlignmentText(e.stdout, view)
	}
}

// activitiesFromTable reads every row; the first bad row is the error.
var alignCSVHeader = []string{"point", "title", "activities", "amount", "share", "share_percent"}

// alignCSVRows gives one row per point.
func alignCSVRows(view alignmentView) [][]string {
	rows := make([][]string, 0, len(view.Points))
	for _, p := range view.Points {
		rows = append(rows, []string{strconv.Itoa(int(p.Point)), p.Title, strconv.Itoa(p.Activities), p.Amount.Decimal().StringFixed(2), p.Share, p.SharePercent})
	}
	return rows
}

func activitiesFromTable(t records.Table) ([]strategy.Activity, error) {
	if err := t.Expect(activityColumns, []string{"description", "source", "title", "note"}); err != nil {
		return nil, err
	}
	if len(t.Rows) == 0 {
		return nil, &records.Error{File: t.File, Err: fmt.Errorf("%w: the input has a header but no activity", strategy.ErrEmptyPortfolio)}
	}
	out := make([]strategy.Activity, 0, len(t.Rows))
	for _, r := range t.Rows {
		a, err := parseActivityRecord(r)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// parseActivityRecord reads one activity: id (required, taken as written
// without surrounding spaces), amount (iomstrategy.ParseUSD: digits, at most
// two decimals, optional "," groups and "USD"), points (one or more of
// "4", "Point 4", "P4", separated by ";").
func parseActivityRecord(r records.Record) (strategy.Activity, error) {
	var a strategy.Activity
	id, err := r.Require("id")
	if err != nil {
		return a, err
	}
	a.ID = id
	text, err := r.Require("amount")
	if err != nil {
		return a, err
	}
	if a.Amount, err = iomstrategy.ParseUSD(r.Number(text)); err != nil {
		return a, r.Errorf("amount", text, err)
	}
	text, err = r.Require("points")
	if err != nil {
		return a, r.Errorf("points", "", &noPoints{})
	}
	if a.Points, err = parsePointList(text); err != nil {
		return a, r.Errorf("points", text, err)
	}
	return a, nil
}

// parsePointList reads "4;8" or "P4; Point 8": items separated by ";",
// spaces around each ignored, none empty.
func parsePointList(s string) ([]strategy.Point, error) {
	items := strings.Split(s, ";")
	points := make([]strategy.Point, 0, len(items))
	for _, item := range items {
		if strings.TrimSpace(item) == "" {
			return nil, fmt.Errorf("%w: an empty item in the list; separate points with \";\", as in \"4;8\"", strategy.ErrInvalidPoint)
		}
		p, err := strategy.ParsePoint(item)
		if err != nil {
			return nil, err
		}
		points = append(points, p)
	}
	return points, nil
}

// alignError names the row and the field of an activity Align refused.
func alignError(t records.Table, err error) error {
	var ae *strategy.ActivityError
	if !errors.As(err, &ae) || ae.Index < 1 || ae.Index > len(t.Rows) {
		return &records.Error{File: t.File, Err: err}
	}
	r := t.Rows[ae.Index-1]
	switch ae.Field {
	case "id":
		return r.Errorf("id", ae.ID, ae.Err)
	case "amount":
		return r.Errorf("amount", r.Get("amount"), ae.Err)
	default:
		return r.Errorf("points", r.Get("points"), ae.Err)
	}
}

// noPoints is a row with an empty points column: the library's refusal of
// an activity with no point (iomstrategy.ErrMissing), with what to write.
type noPoints struct{}

func (*noPoints) Error() string {
	return "activity is tagged to no point: want one or more points such as \"4\" or \"4;8\""
}
func (*noPoints) Unwrap() error { return iomstrategy.ErrMissing }

func viewAlignment(al strategy.Alignment) alignmentView {
	v := alignmentView{
		Split:      al.Mode,
		Points:     make([]pointTotalView, 0, len(al.Points)),
		Uncovered:  al.Uncovered,
		Activities: al.Activities,
		Total:      al.Total,
		Counted:    al.Counted,
		Basis:      al.Basis,
		Notes:      al.Notes,
	}
	if v.Uncovered == nil {
		v.Uncovered = []strategy.Point{}
	}
	for _, pt := range al.Points {
		v.Points = append(v.Points, pointTotalView{
			Point:        pt.Point,
			Title:        pt.Point.Title(),
			Activities:   pt.Activities,
			Amount:       pt.Amount,
			Share:        pt.Share.StringFixed(strategy.SharePlaces),
			SharePercent: percent(pt.Share),
		})
	}
	return v
}

// percent writes a share of four decimals as a percentage with two: exact,
// no rounding.
func percent(share decimal.Decimal) string {
	return share.Shift(2).StringFixed(strategy.SharePlaces - 2)
}

func writeAlignmentText(w io.Writer, v alignmentView) error {
	tw := newTable(w)
	fmt.Fprintln(tw, "POINT\tTITLE\tACTIVITIES\tAMOUNT\tSHARE")
	for _, p := range v.Points {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s%%\n", int(p.Point), p.Title, p.Activities,
			p.Amount, p.SharePercent)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nTotal: %s in %d activities (split %s", v.Total, v.Activities, v.Split)
	if v.Split == strategy.CountFull {
		fmt.Fprintf(w, "; counted for the points: %s", v.Counted)
	}
	fmt.Fprintln(w, ")")
	if len(v.Uncovered) == 0 {
		fmt.Fprintln(w, "Uncovered: none; every point has an activity")
	} else {
		names := make([]string, len(v.Uncovered))
		for i, p := range v.Uncovered {
			names[i] = fmt.Sprintf("%d (%s)", int(p), p.Title())
		}
		fmt.Fprintf(w, "Uncovered: %s\n", strings.Join(names, ", "))
	}
	fmt.Fprintf(w, "Basis: %s\n", v.Basis)
	for _, n := range v.Notes {
		fmt.Fprintf(w, "Note: %s\n", n)
	}
	return nil
}
