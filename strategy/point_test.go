package strategy

import (
	"encoding/json"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestParsePoint covers the forms of Resolution 1150 (XCIII), Annex, Part I,
// points 1-12 that ParsePoint reads, and the ones it refuses.
func TestParsePoint(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Point // 0: an error wrapping ErrInvalidPoint
	}{
		{"bare number", "7", 7},
		{"first point", "1", 1},
		{"last point", "12", 12},
		{"Point N", "Point 7", 7},
		{"point N lower case", "point 7", 7},
		{"POINT N upper case", "POINT 12", 12},
		{"several spaces after Point", "Point   3", 3},
		{"PN", "P7", 7},
		{"pN", "p12", 12},
		{"spaces around", "  P9 \t", 9},
		{"no-break spaces around", "\u00a07\u00a0", 7},
		{"leading zero", "07", 7},
		{"leading zeros in P form", "P012", 12},

		{"empty", "", 0},
		{"only spaces", "   ", 0},
		{"zero", "0", 0},
		{"thirteen", "13", 0},
		{"three digits out of range", "100", 0},
		{"four digits", "0007", 0},
		{"huge number", "99999999999999999999", 0},
		{"negative", "-1", 0},
		{"plus sign", "+7", 0},
		{"decimal", "7.0", 0},
		{"word", "seven", 0},
		{"roman numeral", "VII", 0},
		{"Point without number", "Point", 0},
		{"Point without space", "Point7", 0},
		{"P with space", "P 7", 0},
		{"Point with tab", "Point\t7", 0},
		{"Pt abbreviation", "Pt 7", 0},
		{"trailing text", "7a", 0},
		{"two points", "7 8", 0},
		{"list", "4;8", 0},
		{"Point P7", "Point P7", 0},
		{"dotted capital I in POINT", "POİNT 7", 0},
		{"dotted capital I in point", "poİnt 12", 0},
		{"fullwidth P", "Ｐ7", 0},
		{"fullwidth digit", "７", 0},
		{"Arabic-Indic digit", "٧", 0},
		{"out of range in Point form", "Point 13", 0},
		{"zero in P form", "P0", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParsePoint(tt.in)
			if tt.want == 0 {
				if err == nil {
					t.Fatalf("ParsePoint(%q) = %v, want an error", tt.in, got)
				}
				if !errors.Is(err, ErrInvalidPoint) {
					t.Errorf("ParsePoint(%q) error %v does not wrap ErrInvalidPoint", tt.in, err)
				}
				if !strings.Contains(err.Error(), strconv.Quote(tt.in)) {
					t.Errorf("ParsePoint(%q) error %q does not name the input", tt.in, err)
				}
				if got != 0 {
					t.Errorf("ParsePoint(%q) returned %v with its error, want the zero Point", tt.in, got)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParsePoint(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("ParsePoint(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParsePointOutOfRangeSaysSo(t *testing.T) {
	_, err := ParsePoint("13")
	if err == nil || !strings.Contains(err.Error(), "points 1 to 12") {
		t.Errorf("ParsePoint(\"13\") = %v, want an error saying the Strategy has points 1 to 12", err)
	}
}

func TestMustParsePoint(t *testing.T) {
	if got := MustParsePoint("P4"); got != 4 {
		t.Errorf("MustParsePoint(\"P4\") = %v, want Point 4", got)
	}
	defer func() {
		if r := recover(); r == nil {
			t.Error("MustParsePoint(\"13\") did not panic")
		}
	}()
	MustParsePoint("13")
}

func TestPointsAndValid(t *testing.T) {
	ps := Points()
	if len(ps) != NumPoints {
		t.Fatalf("Points() has %d points, want %d", len(ps), NumPoints)
	}
	for i, p := range ps {
		if int(p) != i+1 || !p.Valid() {
			t.Errorf("Points()[%d] = %v (valid %v), want point %d", i, p, p.Valid(), i+1)
		}
	}
	for _, p := range []Point{0, 13, 255} {
		if p.Valid() {
			t.Errorf("Point(%d).Valid() = true, want false", int(p))
		}
		want := "Point(" + strconv.Itoa(int(p)) + ")"
		if p.String() != want {
			t.Errorf("Point(%d).String() = %q, want %q", int(p), p.String(), want)
		}
	}
	if got := Point(7).String(); got != "Point 7" {
		t.Errorf("Point(7).String() = %q, want \"Point 7\"", got)
	}
}

// TestPointTextRoundTrip checks that every point survives MarshalText and
// UnmarshalText, and its String through ParsePoint.
func TestPointTextRoundTrip(t *testing.T) {
	for _, p := range Points() {
		text, err := p.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", p, err)
		}
		if string(text) != strconv.Itoa(int(p)) {
			t.Errorf("%v.MarshalText() = %q, want its number", p, text)
		}
		var back Point
		if err := back.UnmarshalText(text); err != nil || back != p {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, p)
		}
		if again, err := ParsePoint(p.String()); err != nil || again != p {
			t.Errorf("ParsePoint(%q) = %v, %v; want %v", p.String(), again, err, p)
		}
	}
	for _, p := range []Point{0, 13} {
		if _, err := p.MarshalText(); !errors.Is(err, ErrInvalidPoint) {
			t.Errorf("Point(%d).MarshalText() error = %v, want ErrInvalidPoint", int(p), err)
		}
		if _, err := json.Marshal(p); !errors.Is(err, ErrInvalidPoint) {
			t.Errorf("json.Marshal(Point(%d)) error = %v, want ErrInvalidPoint", int(p), err)
		}
	}
}

// TestPointJSONRoundTrip checks that points are JSON numbers and read back,
// alone and inside a struct and a slice.
func TestPointJSONRoundTrip(t *testing.T) {
	type tagged struct {
		ID     string  `json:"id"`
		Points []Point `json:"points"`
	}
	in := tagged{ID: "A-1", Points: Points()}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"id":"A-1","points":[1,2,3,4,5,6,7,8,9,10,11,12]}`
	if string(data) != want {
		t.Errorf("json.Marshal = %s, want %s", data, want)
	}
	var out tagged
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("JSON round trip (-in +out):\n%s", diff)
	}
}

func TestPointUnmarshalJSON(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Point // 0: error
	}{
		{"number", `7`, 7},
		{"string number", `"7"`, 7},
		{"string Point N", `"Point 7"`, 7},
		{"string PN", `"P12"`, 12},
		{"escaped string", `"\u0037"`, 7},
		{"zero", `0`, 0},
		{"thirteen", `13`, 0},
		{"negative", `-3`, 0},
		{"fraction", `7.5`, 0},
		{"exponent", `7e0`, 0},
		{"null", `null`, 0},
		{"true", `true`, 0},
		{"empty string", `""`, 0},
		{"array", `[7]`, 0},
		{"object", `{"point":7}`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p Point
			err := json.Unmarshal([]byte(tt.in), &p)
			if tt.want == 0 {
				if err == nil {
					t.Fatalf("json.Unmarshal(%s) = %v, want an error", tt.in, p)
				}
				return
			}
			if err != nil || p != tt.want {
				t.Errorf("json.Unmarshal(%s) = %v, %v; want %v", tt.in, p, err, tt.want)
			}
		})
	}
}

// acceptedPoint is the grammar ParsePoint documents, written independently
// of it: spaces around, then an optional ASCII "point" (any case) followed
// by one or more spaces, or an optional "p"/"P"; then one to three ASCII
// digits whose value is 1 to 12.
var acceptedPoint = regexp.MustCompile(`^(?:[Pp][Oo][Ii][Nn][Tt] +|[Pp])?([0-9]{1,3})$`)

// FuzzParsePoint checks that ParsePoint never panics, accepts exactly the
// documented forms, refuses everything else with an error naming the input,
// and that what it accepts round-trips through String and MarshalText.
func FuzzParsePoint(f *testing.F) {
	for _, s := range []string{
		"7", "Point 7", "point 7", "POINT 12", "P7", "p12", " 3 ", "07", "P012",
		"", "0", "13", "100", "0007", "-1", "+7", "7.0", "seven", "Point", "Point7",
		"P 7", "Point\t7", "POİNT 7", "poİnt 12", "Ｐ7", "７", "\u00a07", "Point  7",
		"point p7", "pp7", "p", "\xff7",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePoint(s)
		m := acceptedPoint.FindStringSubmatch(strings.TrimSpace(s))
		want := 0
		if m != nil {
			want, _ = strconv.Atoi(m[1])
		}
		shouldAccept := want >= 1 && want <= NumPoints
		if err != nil {
			if shouldAccept {
				t.Fatalf("ParsePoint(%q) refused a documented form: %v", s, err)
			}
			if !errors.Is(err, ErrInvalidPoint) {
				t.Fatalf("ParsePoint(%q) error %v does not wrap ErrInvalidPoint", s, err)
			}
			if !strings.Contains(err.Error(), strconv.Quote(s)) {
				t.Fatalf("ParsePoint(%q) error %q does not name the input", s, err)
			}
			if p != 0 {
				t.Fatalf("ParsePoint(%q) returned %v with its error", s, p)
			}
			return
		}
		if !shouldAccept {
			t.Fatalf("ParsePoint(%q) = %v, want it refused", s, p)
		}
		if int(p) != want || !p.Valid() {
			t.Fatalf("ParsePoint(%q) = %v, want point %d", s, p, want)
		}
		text, err := p.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", p, err)
		}
		var back Point
		if err := back.UnmarshalText(text); err != nil || back != p {
			t.Fatalf("text round trip of %v: %v, %v", p, back, err)
		}
		if again, err := ParsePoint(p.String()); err != nil || again != p {
			t.Fatalf("ParsePoint(%q) = %v, %v", p.String(), again, err)
		}
	})
}
