package strategy

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Point is one of the 12 points of the IOM Strategy (Resolution 1150
// (XCIII), Annex, Part I). Its value is the point's number, 1 to 12.
//
// The zero Point is no point: Valid reports false for it, and its String
// is "Point(0)". Points compare with ==.
type Point uint8

// NumPoints is the number of points in Part I.
const NumPoints = 12

// ErrInvalidPoint is the sentinel for text or numbers that name no point of
// the Strategy. ParsePoint wraps it with the input.
var ErrInvalidPoint = errors.New("invalid strategy point")

// Points returns the 12 points in order.
func Points() []Point {
	ps := make([]Point, NumPoints)
	for i := range ps {
		ps[i] = Point(i + 1)
	}
	return ps
}

// Valid reports whether p is one of the points 1 to 12.
func (p Point) Valid() bool { return p >= 1 && p <= NumPoints }

// String returns "Point 7" for point 7, and "Point(13)" for a value that is
// no point.
func (p Point) String() string {
	if !p.Valid() {
		return "Point(" + strconv.Itoa(int(p)) + ")"
	}
	return "Point " + strconv.Itoa(int(p))
}

// ParsePoint reads a point from "7", "Point 7", "point 7", "POINT 7",
// "P7" or "p7", with spaces around ignored. A number outside 1-12 or any
// other text is an error that wraps ErrInvalidPoint and names the input.
func ParsePoint(s string) (Point, error) {
	t := strings.TrimSpace(s)
	// The prefix is compared on t's own bytes, in ASCII: lowering the whole
	// string first would let "POİNT 7" (whose İ lowers to a 1-byte i) pass
	// and would slice t at an index of another string.
	if len(t) > len("point") && strings.EqualFold(t[:len("point")], "point") && t[len("point")] == ' ' {
		t = strings.TrimLeft(t[len("point "):], " ")
	} else if len(t) > 0 && (t[0] == 'p' || t[0] == 'P') {
		t = t[1:]
	}
	n, ok := smallNumber(t)
	if !ok {
		return 0, fmt.Errorf("%w %q: want a number 1-12, such as \"7\", \"Point 7\" or \"P7\"", ErrInvalidPoint, s)
	}
	if n < 1 || n > NumPoints {
		return 0, fmt.Errorf("%w %q: the Strategy has points 1 to 12", ErrInvalidPoint, s)
	}
	return Point(n), nil
}

// MustParsePoint is ParsePoint that panics on error, for points written in
// code.
func MustParsePoint(s string) Point {
	p, err := ParsePoint(s)
	if err != nil {
		panic(err)
	}
	return p
}

// smallNumber reads 1 to 3 ASCII digits.
func smallNumber(s string) (int, bool) {
	if len(s) == 0 || len(s) > 3 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// MarshalText writes the point as its number ("7"). An invalid point is an
// error.
func (p Point) MarshalText() ([]byte, error) {
	if !p.Valid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidPoint, int(p))
	}
	return []byte(strconv.Itoa(int(p))), nil
}

// UnmarshalText reads any form ParsePoint accepts.
func (p *Point) UnmarshalText(text []byte) error {
	parsed, err := ParsePoint(string(text))
	if err != nil {
		return err
	}
	*p = parsed
	return nil
}

// MarshalJSON writes the point as a JSON number (7), the form the
// command-line tool prints.
func (p Point) MarshalJSON() ([]byte, error) { return p.MarshalText() }

// UnmarshalJSON reads a JSON number (7) or a string in any form ParsePoint
// accepts ("Point 7").
func (p *Point) UnmarshalJSON(data []byte) error {
	s := string(data)
	if unq, err := strconv.Unquote(s); err == nil {
		s = unq
	}
	return p.UnmarshalText([]byte(s))
}
