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
