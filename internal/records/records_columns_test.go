package records

import (
	"strings"
	"testing"
)

// TestCSVRecordColumns checks how a CSV row answers for its columns (its
// values in header order, the names shared by the file's rows): every
// column of every row reads back as written, trimmed; a column the file
// lacks reads as empty and is not there; and changing the table's Columns
// afterwards changes no row.
func TestCSVRecordColumns(t *testing.T) {
	in := "a,b, c\n1, two ,3\n4,,6\n"
	tab, err := ReadCSV(strings.NewReader(in), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []map[string]string{{"a": "1", "b": "two", "c": "3"}, {"a": "4", "b": "", "c": "6"}}
	tab.Columns[0], tab.Columns[2] = "c", "a" // a caller's change to the header it was given
	for i, r := range tab.Rows {
		for k, v := range want[i] {
			if got := r.Get(k); got != v || !r.Has(k) {
				t.Errorf("row %d: Get(%q) = %q (Has %v), want %q", i+1, k, got, r.Has(k), v)
			}
		}
		if r.Has("d") || r.Get("d") != "" {
			t.Errorf("row %d has a column d", i+1)
		}
	}
	if got, want := tab.Rows[0].Get("b"), "two"; got != want {
		t.Errorf("value kept its spaces: %q", got)
	}
	if v, _ := tab.Rows[0].value("b"); v != " two " {
		t.Errorf("the value as written = %q, want %q", v, " two ")
	}
}

// TestCanonicalHeaders: headers match ignoring case and treating spaces,
// hyphens and underscores alike, in CSV and JSON; a column named twice
// that way is refused.
func TestCanonicalHeaders(t *testing.T) {
	for _, tt := range []struct{ name, in string }{
		{"CSV, a spreadsheet's header", "ID,Follow up of,FOLLOW-UP-LINE\nA,P-1,2\n"},
		{"CSV, spaces around", " id , follow_up_of ,follow_up_line\nA,P-1,2\n"},
	} {
		tab, err := ReadCSV(strings.NewReader(tt.in), "x.csv")
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		r := tab.Rows[0]
		if r.Get("id") != "A" || r.Get("follow_up_of") != "P-1" || r.Get("Follow Up Line") != "2" {
			t.Errorf("%s: got %q %q %q", tt.name, r.Get("id"), r.Get("follow_up_of"), r.Get("follow_up_line"))
		}
		if strings.Join(tab.Columns, ",") != "id,follow_up_of,follow_up_line" {
			t.Errorf("%s: columns %v", tt.name, tab.Columns)
		}
	}
	tab, err := ReadJSON(strings.NewReader(`[{"ID": "A", "Follow up of": "P-1"}]`), "x.json")
	if err != nil || tab.Rows[0].Get("follow_up_of") != "P-1" || tab.Rows[0].Get("id") != "A" ||
		strings.Join(tab.Columns, ",") != "follow_up_of,id" || strings.Join(tab.Headers, ",") != "Follow up of,ID" {
		t.Errorf("JSON: %v, %+v", err, tab)
	}
	for _, tt := range []struct{ name, in, want string }{
		{"CSV", "id,Follow up of,follow_up_of\n", `column "follow_up_of" appears twice in the header (also as "Follow up of")`},
	} {
		if _, err := ReadCSV(strings.NewReader(tt.in), "x.csv"); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
	_, err = ReadJSON(strings.NewReader(`[{"id": "A", "follow_up_of": "P-1", "Follow-Up-Of": "P-2"}]`), "x.json")
	if err == nil || !strings.Contains(err.Error(), `record 1: field "follow_up_of": the key names a field the record already has (as "Follow-Up-Of")`) {
		t.Errorf("JSON twice: %v", err)
	}
}

// TestExpect: a missing required column and an unknown column are
// refused, the unknown one named as written with the nearest known name
// when one is close; known columns in any spelling pass.
func TestExpect(t *testing.T) {
	required, optional := []string{"id", "line", "amount"}, []string{"follow_up_of", "follow_up_line"}
	for _, tt := range []struct{ name, header, want string }{
		{"all known, any spelling", "ID,Line,Amount,Follow-up of", ""},
		{"a misspelled optional column", "id,line,amount,followup_of", `x.csv: unknown column "followup_of"; did you mean follow_up_of? (the columns are id, line, amount, follow_up_of, follow_up_line)`},
		{"as written in the message", "id,line,amount,Followup Line", `unknown column "Followup Line"; did you mean follow_up_line?`},
		{"nothing near", "id,line,amount,colour", `unknown column "colour" (the columns are`},
		{"a missing required column", "id,amount", "missing column(s) line"},
	} {
		tab, err := ReadCSV(strings.NewReader(tt.header+"\n"), "x.csv")
		if err != nil {
			t.Fatal(err)
		}
		err = tab.Expect(required, optional)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
	if d := editDistance("followup_of", "follow_up_of"); d != 1 {
		t.Errorf("editDistance = %d, want 1", d)
	}
	if n := nearest("line", []string{"id", "lines", "amount"}); n != "lines" {
		t.Errorf("nearest = %q", n)
	}
	if n := nearest("abc", []string{"xyz"}); n != "" {
		t.Errorf("nearest of nothing close = %q", n)
	}
}

// TestSemicolonCSV: a header line with ';' and no ',' makes the file a
// ';'-separated CSV with decimal commas, as a spreadsheet writes it in a
// French or Spanish locale; any other header keeps ',' and numbers as
// written.
func TestSemicolonCSV(t *testing.T) {
	tab, err := ReadCSV(strings.NewReader("id;amount;countries\nA;1.400.000,50;Arcadia, Borduria\nB;\"1\u00a0400,5\";X\n"), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	r := tab.Rows[0]
	if r.Get("amount") != "1.400.000,50" || r.Number(r.Get("amount")) != "1400000.50" || r.Get("countries") != "Arcadia, Borduria" {
		t.Errorf("row 1: %q -> %q, countries %q", r.Get("amount"), r.Number(r.Get("amount")), r.Get("countries"))
	}
	if r := tab.Rows[1]; r.Number(r.Get("amount")) != "1400.5" {
		t.Errorf("row 2: %q", r.Number(r.Get("amount")))
	}
	tab, err = ReadCSV(strings.NewReader("id,amount,note\nA,\"1,400,000.50\",a;b\n"), "y.csv")
	if err != nil {
		t.Fatal(err)
	}
	if r := tab.Rows[0]; r.Number(r.Get("amount")) != "1,400,000.50" || r.Get("note") != "a;b" {
		t.Errorf("a ',' file: %q, note %q", r.Number(r.Get("amount")), r.Get("note"))
	}
	// A header with both keeps ',' (the ';' is in a name).
	tab, err = ReadCSV(strings.NewReader("id,a;b\nA,1,5\n"), "z.csv")
	if err == nil {
		t.Errorf("a header with both separators read as ';': %+v", tab)
	}
}

// TestErrorQuotesShort: an error quotes at most 40 characters of a value.
func TestErrorQuotesShort(t *testing.T) {
	e := &Error{File: "f.csv", Row: "line 2", Field: "amount", Value: strings.Repeat("9", 2_000_000), Err: ErrInput}
	if got, want := e.Error(), `f.csv: line 2: field "amount": value "`+strings.Repeat("9", 40)+`...": bad input`; got != want {
		t.Errorf("%.80s..., want %s", got, want)
	}
}
