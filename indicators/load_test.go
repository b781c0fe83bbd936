package indicators_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy/indicators"
	"github.com/policycode/iomstrategy/strategy"
)

const header = "id,series,description,unit,period,value,to,qualifier,points,citation,figure,quote,note\n"

// goodRow is one valid record, the 2007 staff figure of para. 9.
const goodRow = `staff-2007,staff,IOM staff,staff,2007,6457,,,,"MC/INF/302, para. 9","6,457","grew from 6,457 in 2007",` + "\n"

func TestParseOwnFile(t *testing.T) {
	data := header + goodRow +
		`staff-2011,staff,IOM staff,staff,2011,8400,, About ,,"MC/INF/302, para. 9","About 8,400","About 8,400 in 2011",a later year's figure` + "\n"
	d, err := indicators.Parse([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	s, err := d.Series("staff")
	if err != nil || len(s.Records) != 2 {
		t.Fatalf("Series(staff) = %+v, %v", s, err)
	}
	// The qualifying words are kept lower-case, as in their meaning; the
	// figure and the quote keep them as written.
	later := s.Records[1]
	if later.Qualifier != indicators.Estimate || later.Words != "about" || later.Figure != "About 8,400" || later.Quote != "About 8,400 in 2011" {
		t.Errorf("staff-2011: qualifier %s, words %q, figure %q, quote %q; want estimate, \"about\", \"About 8,400\", \"About 8,400 in 2011\"",
			later.Qualifier, later.Words, later.Figure, later.Quote)
	}
	// The quote of a later year is not in the Review: Verify says so.
	if err := d.Verify(); !errors.Is(err, indicators.ErrSource) {
		t.Errorf("Verify of a figure not in the Review: %v, want ErrSource", err)
	}
}

func TestParseRefuses(t *testing.T) {
	row := func(fields ...string) string {
		base := map[string]string{
			"id": "staff-2007", "series": "staff", "description": "IOM staff", "unit": "staff",
			"period": "2007", "value": "6457", "to": "", "qualifier": "", "points": "",
			"citation": `"MC/INF/302, para. 9"`, "figure": `"6,457"`, "quote": `"grew from 6,457 in 2007"`, "note": "",
		}
		for i := 0; i+1 < len(fields); i += 2 {
			base[fields[i]] = fields[i+1]
		}
		var cells []string
		for _, c := range strings.Split(strings.TrimSpace(header), ",") {
			cells = append(cells, base[c])
		}
		return strings.Join(cells, ",") + "\n"
	}
	tests := []struct {
		name      string
		data      string
		sentinel  error
		line      int
		field     string
		value     string
		errSubstr string
	}{
		{"empty file", "", indicators.ErrInvalidDataset, 0, "", "", "empty file"},
		{"missing column", strings.Replace(header, ",note", "", 1) + strings.TrimSuffix(goodRow, ",\n") + "\n", indicators.ErrInvalidDataset, 1, "note", "", "missing column"},
		{"unknown column", strings.Replace(header, "note", "remark", 1) + goodRow, indicators.ErrInvalidDataset, 1, "remark", "", "unknown column"},
		{"too few fields", header + "staff-2007,staff\n", indicators.ErrInvalidDataset, 2, "", "", "2 fields"},
		{"unknown unit", header + row("unit", "staff members"), indicators.ErrUnit, 2, "unit", "staff members", ""},
		{"bad period", header + row("period", "2007 to 2009"), indicators.ErrPeriod, 2, "period", "2007 to 2009", ""},
		{"value with a comma", header + row("value", `"6,457"`), indicators.ErrValue, 2, "value", "6,457", ""},
		{"value with an exponent", header + row("value", "6.457e3"), indicators.ErrValue, 2, "value", "6.457e3", ""},
		{"fraction by 0", header + row("value", "1/0"), indicators.ErrValue, 2, "value", "1/0", ""},
		{"unknown qualifier", header + row("qualifier", "roughly", "figure", `"roughly 6,457"`, "quote", `"roughly 6,457"`), indicators.ErrQualifier, 2, "qualifier", "roughly", ""},
		{"point 13", header + row("points", "13"), strategy.ErrInvalidPoint, 2, "points", "13", ""},
		{"citation not canonical", header + row("citation", `"MC/INF/302 para 9"`), indicators.ErrRecord, 2, "citation", "MC/INF/302 para 9", ""},
		{"id not kebab-case", header + row("id", "Staff_2007", "series", ""), indicators.ErrRecord, 2, "id", "", "want kebab-case"},
		{"series not kebab-case", header + row("series", "Staff"), indicators.ErrRecord, 2, "series", "", "not kebab-case"},
		{"series prefix", header + row("id", "staff-2007", "series", "headcount"), indicators.ErrRecord, 2, "id", "", "must have an id that starts with"},
		{"duplicate id", header + goodRow + goodRow, indicators.ErrRecord, 3, "id", "staff-2007", "id used twice (first by record 1)"},
		{"no description", header + row("description", " "), indicators.ErrRecord, 2, "", "", "no description"},
		{"no figure", header + row("figure", ""), indicators.ErrRecord, 2, "", "", "no figure"},
		{"figure not in quote", header + row("figure", `"7,258"`), indicators.ErrRecord, 2, "", "", "not in the quote"},
		{"words not in figure", header + row("qualifier", "over"), indicators.ErrQualifier, 2, "qualifier", "", "not in the figure"},
		{"upper value without a range", header + row("to", "7000"), indicators.ErrValue, 2, "value", "", "only for a range"},
		{"range that does not rise", header + row("qualifier", "to", "to", "5", "value", "6", "figure", `"6,457"`, "quote", `"6,457"`), indicators.ErrValue, 2, "value", "", "must end above it"},
		{"series in two units", header + goodRow + row("id", "staff-2009", "period", "2009", "unit", "persons"), indicators.ErrUnit, 3, "unit", "persons", "series \"staff\""},
		{"series period twice", header + goodRow + row("id", "staff-2007b"), indicators.ErrPeriod, 3, "period", "2007", "series \"staff\""},
		{"series with the id of a record", header + goodRow + row("id", "staff", "series", ""), indicators.ErrRecord, 3, "series", "staff", "has the id of a record"},
		{"bad CSV quoting", header + `staff-2007,"staff` + "\n", indicators.ErrInvalidDataset, 2, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := indicators.Parse([]byte(tt.data))
			if err == nil {
				t.Fatalf("Parse gave a dataset of %d records, want an error", len(d.Records()))
			}
			if !errors.Is(err, tt.sentinel) || !errors.Is(err, indicators.ErrInvalidDataset) {
				t.Errorf("error %v: want %v and ErrInvalidDataset", err, tt.sentinel)
			}
			var de *indicators.DataError
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a *DataError", err)
			}
			if de.Line != tt.line || de.Field != tt.field || (tt.value != "" && de.Value != tt.value) {
				t.Errorf("error %v: line %d field %q value %q, want line %d field %q value %q", err, de.Line, de.Field, de.Value, tt.line, tt.field, tt.value)
			}
			if !strings.Contains(err.Error(), tt.errSubstr) {
				t.Errorf("error %q does not say %q", err, tt.errSubstr)
			}
		})
	}
}

// TestReviewLoads proves that the embedded file loads, so that Review,
// which returns no error, never panics: the file parses, validates and
// verifies against the source, and Review holds its 83 records.
func TestReviewLoads(t *testing.T) {
	d, err := indicators.Parse(indicators.ReviewCSV())
	if err != nil {
		t.Fatalf("data/review.csv does not parse: %v", err)
	}
	if err := d.Verify(); err != nil {
		t.Fatalf("data/review.csv does not verify against the source: %v", err)
	}
	if n := len(indicators.Review().Records()); n != 83 {
		t.Errorf("Review() has %d records, want 83", n)
	}
	var zero indicators.Dataset
	if len(zero.Records()) != 0 || len(zero.SeriesIDs()) != 0 || zero.Verify() != nil {
		t.Error("the zero Dataset is not an empty dataset")
	}
	if _, err := zero.Record("staff-2007"); !errors.Is(err, indicators.ErrUnknownID) {
		t.Errorf("a record of the zero Dataset: %v, want ErrUnknownID", err)
	}
}

func TestReviewFileRoundTrip(t *testing.T) {
	// The embedded file, read again through Parse, gives the same records
	// as Review.
	d, err := indicators.Parse(indicators.ReviewCSV())
	if err != nil {
		t.Fatal(err)
	}
	want := review(t).Records()
	got := d.Records()
	if len(got) != len(want) {
		t.Fatalf("%d records, want %d", len(got), len(want))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records read again mismatch (-want +got):\n%s", diff)
	}
	b := indicators.ReviewCSV()
	b[0] = 'X'
	if indicators.ReviewCSV()[0] == 'X' {
		t.Error("ReviewCSV hands out the embedded bytes themselves")
	}
}

func FuzzParse(f *testing.F) {
	f.Add(indicators.ReviewCSV())
	f.Add([]byte(header + goodRow))
	f.Add([]byte(header + strings.Replace(goodRow, "6457", "100/3", 1)))
	f.Add([]byte(header + goodRow + goodRow))
	f.Add([]byte("id\n"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := indicators.Parse(data)
		if err != nil {
			var de *indicators.DataError
			if !errors.As(err, &de) || !errors.Is(err, indicators.ErrInvalidDataset) {
				t.Fatalf("error %v is not a *DataError matching ErrInvalidDataset", err)
			}
			return
		}
		// A dataset that parses is valid through and through.
		ids := map[string]bool{}
		for _, r := range d.Records() {
			if err := r.Validate(); err != nil {
				t.Fatalf("record %q parsed but does not validate: %v", r.ID, err)
			}
			if ids[r.ID] {
				t.Fatalf("id %q twice", r.ID)
			}
			ids[r.ID] = true
			if _, err := r.Interval(indicators.ReviewParams()); err != nil {
				t.Fatalf("record %q: no interval: %v", r.ID, err)
			}
		}
		for _, id := range d.SeriesIDs() {
			if _, err := d.Series(id); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// BenchmarkLoadDataset measures loading the indicator dataset as Review
// does: parsing and validating the embedded file, then verifying every
// record against the source text.
func BenchmarkLoadDataset(b *testing.B) {
	data := indicators.ReviewCSV()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		d, err := indicators.Parse(data)
		if err != nil {
			b.Fatal(err)
		}
		if err := d.Verify(); err != nil {
			b.Fatal(err)
		}
	}
}
