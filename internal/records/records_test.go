package records

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadCSV(t *testing.T) {
	in := "\ufeffid, amount ,points\nA1,\"1,400,000.00\",4;8\n\nA2,5,\n"
	tab, err := ReadCSV(strings.NewReader(in), "a.csv")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"id", "amount", "points"}, tab.Columns); diff != "" {
		t.Errorf("columns (-want +got):\n%s", diff)
	}
	if len(tab.Rows) != 2 {
		t.Fatalf("rows = %d, want 2", len(tab.Rows))
	}
	r := tab.Rows[0]
	if r.Get("amount") != "1,400,000.00" || r.Get("points") != "4;8" || r.Row != "line 2" {
		t.Errorf("row 1 = %+v", r)
	}
	if tab.Rows[1].Row != "line 4" || tab.Rows[1].Get("points") != "" || !tab.Rows[1].Has("points") {
		t.Errorf("row 2 = %+v", tab.Rows[1])
	}
	if _, err := tab.Rows[1].Require("points"); !errors.Is(err, ErrInput) || !strings.Contains(err.Error(), `a.csv: line 4: field "points"`) {
		t.Errorf("Require on empty field: %v", err)
	}
	if err := tab.RequireColumns("id", "line"); !errors.Is(err, ErrInput) || !strings.Contains(err.Error(), "missing column(s) line") {
		t.Errorf("RequireColumns: %v", err)
	}
}

func TestReadCSVRefuses(t *testing.T) {
	for name, in := range map[string]string{
		"empty":            "",
		"unnamed column":   "id,,amount\n1,2,3\n",
		"duplicate column": "id,id\n1,2\n",
		"short row":        "id,amount\n1\n",
		"long row":         "id,amount\n1,2,3\n",
		"bad quote":        "id,amount\n1,\"2\n",
		"unclosed quote":   "id,line\n\"A1\n",
	} {
		if _, err := ReadCSV(strings.NewReader(in), "x.csv"); !errors.Is(err, ErrInput) || !strings.HasPrefix(err.Error(), "x.csv") {
			t.Errorf("%s: err = %v, want an input error naming the file", name, err)
		}
	}
}

func TestReadJSON(t *testing.T) {
	in := `[{"id":"A1","amount":1400000.50,"points":[4,8],"ok":true,"note":null},{"id":"A2","amount":"5"}]`
	tab, err := ReadJSON(strings.NewReader(in), "a.json")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"amount", "id", "note", "ok", "points"}, tab.Columns); diff != "" {
		t.Errorf("columns (-want +got):\n%s", diff)
	}
	r := tab.Rows[0]
	for field, want := range map[string]string{"id": "A1", "amount": "1400000.50", "points": "4;8", "ok": "true", "note": ""} {
		if got := r.Get(field); got != want {
			t.Errorf("%s = %q, want %q (numbers must keep their literal text)", field, got, want)
		}
	}
	if tab.Rows[1].Row != "record 2" || tab.Rows[1].Has("points") {
		t.Errorf("row 2 = %+v", tab.Rows[1])
	}
}

func TestReadJSONRefuses(t *testing.T) {
	for name, in := range map[string]string{
		"not an array":   `{"id":1}`,
		"trailing data":  `[] []`,
		"nested object":  `[{"id":{"x":1}}]`,
		"null element":   `[null]`,
		"list of object": `[{"c":[{"x":1}]}]`,
		"truncated":      `[{"id":1}`,
	} {
		if _, err := ReadJSON(strings.NewReader(in), "x.json"); !errors.Is(err, ErrInput) || !strings.HasPrefix(err.Error(), "x.json") {
			t.Errorf("%s: err = %v, want an input error naming the file", name, err)
		}
	}
}

func TestFormatOf(t *testing.T) {
	for _, tt := range []struct {
		name, explicit string
		want           Format
		ok             bool
	}{
		{"a.csv", "", CSV, true}, {"a.JSON", "", JSON, true}, {"-", "json", JSON, true}, {"a.csv", "json", JSON, true},
		{"a.XLSX", "", XLSX, true}, {"-", "xlsx", XLSX, true},
		{"a.txt", "", "", false}, {"-", "", "", false}, {"a.csv", "yaml", "", false},
	} {
		got, err := FormatOf(tt.name, tt.explicit)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("FormatOf(%q, %q) = %q, %v", tt.name, tt.explicit, got, err)
		}
		if err != nil && !errors.Is(err, ErrInput) {
			t.Errorf("FormatOf error %v is not ErrInput", err)
		}
	}
}

// FuzzRead checks that neither reader panics, that every error is an input
// error naming the file, and that every row has the table's columns only.
func FuzzRead(f *testing.F) {
	f.Add("id,amount\n1,2\n", true)
	f.Add("a,b\n\"x\"\"y\",z\n", true)
	f.Add(`[{"id":"1","amount":2.5,"points":[1,2]}]`, false)
	f.Add(`[{"id":true}, {"x": null}]`, false)
	f.Add("ID,Follow up of,follow-up-line\nA,P,2\n", true)
	f.Add(`[{"ID":"A","Follow up of":"P"}]`, false)
	f.Fuzz(func(t *testing.T, in string, csv bool) {
		format := JSON
		if csv {
			format = CSV
		}
		tab, err := Read(strings.NewReader(in), "f", format)
		if err != nil {
			if !errors.Is(err, ErrInput) || !strings.HasPrefix(err.Error(), "f") {
				t.Fatalf("error %v is not an input error naming the file", err)
			}
			return
		}
		cols := map[string]bool{}
		for _, c := range tab.Columns {
			cols[c] = true
		}
		for _, r := range tab.Rows {
			for k := range r.fields {
				if !cols[k] {
					t.Fatalf("row %s has field %q outside the columns %v", r.Row, k, tab.Columns)
				}
			}
		}
		// The columns are canonical, one header each, and Expect either
		// accepts them or says which.
		if len(tab.Headers) != len(tab.Columns) {
			t.Fatalf("%d headers for %d columns", len(tab.Headers), len(tab.Columns))
		}
		for i, c := range tab.Columns {
			if Canonical(c) != c || Canonical(tab.Headers[i]) != c {
				t.Fatalf("column %q (header %q) is not canonical", c, tab.Headers[i])
			}
		}
		if err := tab.Expect([]string{"id"}, []string{"amount", "follow_up_of"}); err != nil && !errors.Is(err, ErrInput) {
			t.Fatalf("Expect: %v is not an input error", err)
		}
	})
}
