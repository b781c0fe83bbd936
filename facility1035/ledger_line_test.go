package facility1035

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestParseLine: the funding lines of Part III, bullet 5 as people write
// them, and what is refused rather than guessed.
func TestParseLine(t *testing.T) {
	tests := []struct {
		text string
		want Line // 0: refused
	}{
		{"1", Line1}, {"2", Line2},
		{"Line 1", Line1}, {"Line 2", Line2},
		{"line 1", Line1}, {"LINE 2", Line2},
		{"line1", Line1}, {"Line2", Line2},
		{"L1", Line1}, {"l2", Line2},
		{" 1 ", Line1}, {"\tLine 2\n", Line2}, {"  l1", Line1},

		{"", 0}, {" ", 0},
		{"0", 0}, {"3", 0}, {"12", 0}, {"01", 0}, {"-1", 0}, {"+1", 0}, {"1.0", 0},
		{"line 3", 0}, {"line 0", 0}, {"line", 0}, {"L", 0}, {"L3", 0},
		{"linel1", 0}, {"l 1", 0}, {"line  1", 0}, {"line-1", 0}, {"line_1", 0}, {"lines 1", 0},
		{"Line 1 and 2", 0}, {"one", 0}, {"I", 0}, {"II", 0}, {"１", 0},
	}
	for _, tt := range tests {
		got, err := ParseLine(tt.text)
		switch {
		case tt.want == 0 && (err == nil || !errors.Is(err, ErrInvalidChoice)):
			t.Errorf("ParseLine(%q) = %v, %v; want refused with ErrInvalidChoice", tt.text, got, err)
		case tt.want == 0 && got != 0:
			t.Errorf("ParseLine(%q) refused but returned %v", tt.text, got)
		case tt.want != 0 && (err != nil || got != tt.want):
			t.Errorf("ParseLine(%q) = %v, %v; want %v", tt.text, got, err, tt.want)
		}
	}
	if _, err := ParseLine("linel1"); err == nil || err.Error() != `unknown funding line "linel1": want 1 or 2` {
		t.Errorf("the refusal reads %v", err)
	}
}

func TestLineForms(t *testing.T) {
	for _, tc := range []struct {
		l     Line
		valid bool
		text  string
		json  string // "" when it does not marshal
	}{
		{0, false, "Line(0)", ""},
		{Line1, true, "Line 1", "1"},
		{Line2, true, "Line 2", "2"},
		{3, false, "Line(3)", ""},
	} {
		if tc.l.Valid() != tc.valid || tc.l.String() != tc.text {
			t.Errorf("Line(%d): Valid %v, String %q; want %v, %q", uint8(tc.l), tc.l.Valid(), tc.l.String(), tc.valid, tc.text)
		}
		data, err := json.Marshal(tc.l)
		switch {
		case tc.json == "" && !errors.Is(err, ErrInvalidChoice):
			t.Errorf("Line(%d) marshals to %s (%v); want ErrInvalidChoice", uint8(tc.l), data, err)
		case tc.json != "" && (err != nil || string(data) != tc.json):
			t.Errorf("Line(%d) marshals to %s (%v); want %s", uint8(tc.l), data, err, tc.json)
		}
	}
}

// TestLineJSON: a line is written as the number 1 or 2 and read from a
// number or from a string ParseLine accepts.
func TestLineJSON(t *testing.T) {
	tests := []struct {
		json string
		want Line // 0: refused
	}{
		{`1`, Line1}, {`2`, Line2},
		{`"1"`, Line1}, {`"Line 2"`, Line2}, {`"line1"`, Line1}, {`"L2"`, Line2}, {`" Line 1 "`, Line1},
		{`"\u004c1"`, Line1},
		{`0`, 0}, {`3`, 0}, {`-1`, 0}, {`1.5`, 0}, {`"3"`, 0}, {`"line 3"`, 0}, {`"linel1"`, 0}, {`"l 1"`, 0}, {`""`, 0},
		{`true`, 0}, {`null`, 0}, {`[1]`, 0}, {`{"line":1}`, 0},
	}
	for _, tt := range tests {
		var l Line
		err := json.Unmarshal([]byte(tt.json), &l)
		switch {
		case tt.want == 0 && err == nil:
			t.Errorf("%s read as %v; want refused", tt.json, l)
		case tt.want != 0 && (err != nil || l != tt.want):
			t.Errorf("%s read as %v, %v; want %v", tt.json, l, err, tt.want)
		}
	}
	// In a commitment, as the command-line tool reads and writes it.
	var c Commitment
	if err := json.Unmarshal([]byte(`{"id":"C-1","line":"Line 2","amount":"1,000.50"}`), &c); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(commit("C-1", Line2, "1000.50"), c); diff != "" {
		t.Errorf("read (-want +got):\n%s", diff)
	}
	got, err := jsonOf(c)
	if want := `{"id":"C-1","line":2,"amount":"1000.50"}`; err != nil || got != want {
		t.Errorf("wrote %s (%v), want %s", got, err, want)
	}
}

// FuzzParseLine: ParseLine never panics; what it accepts is Line 1 or
// Line 2, reads back from its String form and through JSON (as a number
// and as the string given); what it refuses, JSON refuses too.
func FuzzParseLine(f *testing.F) {
	for _, s := range []string{"1", "2", "Line 1", "line2", "L1", "l2", " 1 ", "linel1", "l 1", "3", "", "line 3", "\u00a01", "ſ", "\x00", "1\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ParseLine(s)
		asJSON, _ := json.Marshal(s) // a JSON string holding s
		var fromJSON Line
		jsonErr := json.Unmarshal(asJSON, &fromJSON)
		if err != nil {
			if !errors.Is(err, ErrInvalidChoice) || l != 0 {
				t.Fatalf("ParseLine(%q) = %v, %v: want 0 and ErrInvalidChoice", s, l, err)
			}
			if jsonErr == nil {
				t.Fatalf("ParseLine refused %q but the JSON string %s reads %v", s, asJSON, fromJSON)
			}
			return
		}
		if !l.Valid() {
			t.Fatalf("ParseLine(%q) = %v, not a valid line", s, l)
		}
		if back, err := ParseLine(l.String()); err != nil || back != l {
			t.Fatalf("%q -> %v -> %q -> %v, %v", s, l, l.String(), back, err)
		}
		data, err := json.Marshal(l)
		if err != nil || (string(data) != "1" && string(data) != "2") {
			t.Fatalf("%v marshals to %s, %v", l, data, err)
		}
		var back Line
		if err := json.Unmarshal(data, &back); err != nil || back != l {
			t.Fatalf("%v -> %s -> %v, %v", l, data, back, err)
		}
		if jsonErr != nil || fromJSON != l {
			t.Fatalf("ParseLine(%q) = %v but the JSON string %s reads %v, %v", s, l, asJSON, fromJSON, jsonErr)
		}
	})
}
