package main

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/internal/records"
	"github.com/policycode/iomstrategy/strategy"
)

const alignCSV = `id,amount,points,description
A,100.00,4;8;12,three points
B,"USD 1,000.00",P10,one point
C,0.01,2; 11,two points
`

// alignJSON is what align --format json prints, for decoding in tests.
type alignJSON struct {
	Split  string `json:"split"`
	Points []struct {
		Point        int    `json:"point"`
		Title        string `json:"title"`
		Activities   int    `json:"activities"`
		Amount       string `json:"amount"`
		Share        string `json:"share"`
		SharePercent string `json:"share_percent"`
	} `json:"points"`
	Uncovered  []int    `json:"uncovered"`
	Activities int      `json:"activities"`
	Total      string   `json:"total"`
	Counted    string   `json:"counted"`
	Basis      string   `json:"citation"`
	Notes      []string `json:"notes"`
}

func TestAlignCommand(t *testing.T) {
	csvPath := writeFile(t, "activities.csv", alignCSV)
	jsonPath := writeFile(t, "activities.json", `[
		{"id": "A", "amount": "100.00", "points": [4, 8, 12]},
		{"id": "B", "amount": 1000, "points": "10"},
		{"id": "C", "amount": "0.01", "points": ["P2", "Point 11"]}
	]`)
	type line struct {
		Point      int
		Activities int
		Amount     string
		Share      string
	}
	// Hand-computed: A's 100.00 over 4, 8, 12 is 33.34, 33.33, 33.33; C's
	// cent goes to point 2. Total 1100.01. Shares by largest remainder:
	// 10 is 1,000,000/1100.01 = 9090.83 units; 4 is 303.09, 8 and 12
	// 303.00; 2 is 0.09: 9999 rounded down, one unit missing, to point 10
	// (remainder 0.83).
	even := map[int]line{
		2: {2, 1, "0.01", "0.0000"}, 4: {4, 1, "33.34", "0.0303"}, 8: {8, 1, "33.33", "0.0303"},
		10: {10, 1, "1000.00", "0.9091"}, 11: {11, 1, "0.00", "0.0000"}, 12: {12, 1, "33.33", "0.0303"},
	}
	// Full: 4, 8, 12 get 100.00 each (909.08 units, to 0.0909); 10 gets
	// 9090.83 units, to 0.9091; 2 and 11 get 0.01, 0.09 units, to 0.
	full := map[int]line{
		2: {2, 1, "0.01", "0.0000"}, 4: {4, 1, "100.00", "0.0909"}, 8: {8, 1, "100.00", "0.0909"},
		10: {10, 1, "1000.00", "0.9091"}, 11: {11, 1, "0.01", "0.0000"}, 12: {12, 1, "100.00", "0.0909"},
	}
	tests := []struct {
		name    string
		args    []string
		split   string
		want    map[int]line
		counted string
	}{
		{"CSV, split even by default", []string{"--input", csvPath}, "even", even, "1100.01"},
		{"JSON input, same portfolio", []string{"--input", jsonPath}, "even", even, "1100.01"},
		{"CSV on standard input", []string{"--input", "-", "--input-format", "csv"}, "even", even, "1100.01"},
		{"count full", []string{"--input", csvPath, "--split", "full"}, "full", full, "1300.02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runTool(t, alignCSV, append([]string{"align", "--format", "json"}, tt.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			var got alignJSON
			if err := json.Unmarshal([]byte(stdout), &got); err != nil {
				t.Fatalf("%v in %s", err, stdout)
			}
			lines := map[int]line{}
			for _, p := range got.Points {
				if p.Activities > 0 {
					lines[p.Point] = line{p.Point, p.Activities, p.Amount, p.Share}
				}
				if p.Title != strategy.Point(p.Point).Title() {
					t.Errorf("point %d title %q", p.Point, p.Title)
				}
			}
			if diff := cmp.Diff(tt.want, lines); diff != "" {
				t.Errorf("points mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff([]int{1, 3, 5, 6, 7, 9}, got.Uncovered); diff != "" {
				t.Errorf("uncovered mismatch (-want +got):\n%s", diff)
			}
			if got.Total != "1100.01" || got.Counted != tt.counted || got.Activities != 3 || got.Split != tt.split || len(got.Points) != 12 {
				t.Errorf("total %q counted %q activities %d split %q points %d", got.Total, got.Counted, got.Activities, got.Split, len(got.Points))
			}
			c, err := iomstrategy.ParseCitation(got.Basis)
			if err != nil || c.Verify() != nil {
				t.Errorf("citation %q: %v", got.Basis, err)
			}
		})
	}
	t.Run("text", func(t *testing.T) {
		stdout, _, code := runTool(t, "", "align", "--input", csvPath)
		for _, want := range []string{"POINT", "USD 1,000.00", "90.91%", "Total: USD 1,100.01 in 3 activities (split even)", "Uncovered: 1 (", "Basis: MC/INF/302, para. 12"} {
			if !strings.Contains(stdout, want) {
				t.Errorf("text output lacks %q:\n%s", want, stdout)
			}
		}
		if code != exitOK {
			t.Errorf("exit %d", code)
		}
	})
	t.Run("csv", func(t *testing.T) {
		stdout, _, code := runTool(t, "", "align", "--input", csvPath, "--format", "csv")
		lines := strings.Split(strings.TrimSpace(stdout), "\n")
		if code != exitOK || len(lines) != 13 || lines[0] != "point,title,activities,amount,share,share_percent" {
			t.Fatalf("exit %d, output:\n%s", code, stdout)
		}
		if !strings.HasPrefix(lines[10], "10,") || !strings.HasSuffix(lines[10], ",1,1000.00,0.9091,90.91") {
			t.Errorf("line for point 10: %q", lines[10])
		}
	})
	t.Run("the sample portfolio in examples/data", func(t *testing.T) {
		stdout, stderr, code := runTool(t, "", "align", "--input", "../../examples/data/activities.csv", "--format", "json")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var got alignJSON
		if err := json.Unmarshal([]byte(stdout), &got); err != nil {
			t.Fatal(err)
		}
		if got.Activities != 10 {
			t.Errorf("%d activities, want 10", got.Activities)
		}
	})
}

func TestAlignCommandErrors(t *testing.T) {
	tests := []struct {
		name    string
		input   string
		args    []string
		code    int
		stderr  []string // substrings
		noInput bool
	}{
		{name: "bad amount: three decimals are refused, not rounded", input: "id,amount,points\nA,10.005,4\n",
			code: exitBadArgs, stderr: []string{"line 2", `field "amount"`, `value "10.005"`, "at most two decimals"}},
		{name: "bad amount: negative", input: "id,amount,points\nA,-5,4\n",
			code: exitBadArgs, stderr: []string{"line 2", `field "amount"`, "negative"}},
		{name: "bad amount: empty", input: "id,amount,points\nA,,4\n",
			code: exitBadArgs, stderr: []string{"line 2", `field "amount"`, "required"}},
		{name: "bad point: 13", input: "id,amount,points\nA,10,4\nB,10,4;13\n",
			code: exitBadArgs, stderr: []string{"line 3", `field "points"`, `value "4;13"`, "points 1 to 12"}},
		{name: "bad point: empty item", input: "id,amount,points\nA,10,4;;8\n",
			code: exitBadArgs, stderr: []string{"line 2", `field "points"`, "empty item"}},
		{name: "bad point: comma is not the separator", input: "id,amount,points\nA,10,\"4,8\"\n",
			code: exitBadArgs, stderr: []string{"line 2", `field "points"`, `"4,8"`}},
		{name: "no points", input: "id,amount,points\nA,10,\n",
			code: exitBadArgs, stderr: []string{"line 2", `field "points"`, "no point"}},
		{name: "a point twice", input: "id,amount,points\nA,10,4;P4\n",
			code: exitBadArgs, stderr: []string{"line 2", `field "points"`, "twice"}},
		{name: "a misspelled column", input: "id,amount,point\nA,10,4\n",
			code: exitBadArgs, stderr: []string{`unknown column "point"; did you mean points?`}},
		{name: "missing column", input: "id,amount\nA,10\n",
			code: exitBadArgs, stderr: []string{"missing column(s) points"}},
		{name: "duplicate id", input: "id,amount,points\nA,10,4\nB,5,6\nA,7,8\n",
			code: exitBadArgs, stderr: []string{"line 4", `field "id"`, `value "A"`, "duplicate activity id: also activity 1"}},
		{name: "missing id", input: "id,amount,points\n ,10,4\n",
			code: exitBadArgs, stderr: []string{"line 2", `field "id"`, "required"}},
		{name: "header only", input: "id,amount,points\n",
			code: exitBadArgs, stderr: []string{"portfolio has no activities"}},
		{name: "JSON record with a bad point", input: `[{"id":"A","amount":"1","points":[4,0]}]`, args: []string{"--input-format", "json"},
			code: exitBadArgs, stderr: []string{"record 1", `field "points"`, `value "4;0"`}},
		{name: "unknown split", input: "id,amount,points\nA,10,4\n", args: []string{"--split", "half"},
			code: exitBadArgs, stderr: []string{"--split", "want even or full"}},
		{name: "--input is required", noInput: true,
			code: exitBadArgs, stderr: []string{"--input is required"}},
		{name: "unexpected argument", input: "id,amount,points\nA,10,4\n", args: []string{"extra"},
			code: exitBadArgs, stderr: []string{`unexpected argument "extra"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"align", "--format", "json"}
			if !tt.noInput {
				args = append(args, "--input", "-")
				if len(tt.args) == 0 || tt.args[0] != "--input-format" {
					args = append(args, "--input-format", "csv")
				}
			}
			args = append(args, tt.args...)
			stdout, stderr, code := runTool(t, tt.input, args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, stderr)
			}
			if stdout != "" {
				t.Errorf("printed a result on a bad input: %q", stdout)
			}
			for _, want := range tt.stderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr %q lacks %q", stderr, want)
				}
			}
		})
	}
}

// FuzzActivityRecord checks that the activity-row parser never panics and
// never accepts what the money and point parsers refuse.
func FuzzActivityRecord(f *testing.F) {
	for _, s := range [][3]string{
		{"A", "100.00", "4;8"}, {"B", "USD 1,400,000.00", "P10"}, {" C ", "0.01", "Point 2; 11"},
		{"", "1", "4"}, {"D", "-1", "4"}, {"E", "1.005", "4"}, {"F", "1e6", "4"}, {"G", "1", ""},
		{"H", "1", "4;;8"}, {"I", "1", "13"}, {"J", "1", "4;4"}, {"K", "1", ";"}, {"L", "1,00", "4"},
	} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, id, amount, points string) {
		r := records.New("fuzz.csv", "line 2", map[string]string{"id": id, "amount": amount, "points": points})
		a, err := parseActivityRecord(r)
		if err != nil {
			var re *records.Error
			if !errors.As(err, &re) || re.File != "fuzz.csv" || re.Row != "line 2" {
				t.Fatalf("error %v does not name the file and row", err)
			}
			return
		}
		if a.ID == "" || a.ID != strings.TrimSpace(id) {
			t.Errorf("id %q accepted as %q", id, a.ID)
		}
		want, err := iomstrategy.ParseUSD(strings.TrimSpace(amount))
		if err != nil {
			t.Fatalf("accepted amount %q that ParseUSD refuses: %v", amount, err)
		}
		if !a.Amount.Equal(want) || a.Amount.Sign() < 0 {
			t.Errorf("amount %q read as %s", amount, a.Amount)
		}
		items := strings.Split(points, ";")
		if len(a.Points) == 0 || len(a.Points) != len(items) {
			t.Fatalf("points %q read as %v", points, a.Points)
		}
		for i, item := range items {
			p, err := strategy.ParsePoint(item)
			if err != nil || p != a.Points[i] || !p.Valid() {
				t.Errorf("points %q: item %q read as %v (%v)", points, item, a.Points[i], err)
			}
		}
	})
}
