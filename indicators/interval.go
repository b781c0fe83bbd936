package indicators

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// Bound is one end of an Interval: a value, and whether the value itself is
// excluded.
type Bound struct {
	Value decimal.Decimal `json:"value"`
	Open  bool            `json:"open"`
}

// Interval is the set of values a qualified figure allows: a single value
// for an exact figure, a closed range for an estimate, a half-open ray for
// "over" or "up to", [v·(1−t), v) for "nearly".
//
// Make one with Exactly, Closed or NewInterval. Either end may be
// unbounded. The zero Interval is unbounded at both ends, the whole line: it
// contains every value. An Interval is never empty: the
// constructors refuse a low above the high, and a single value with an
// open end.
type Interval struct {
	lo, hi       Bound
	hasLo, hasHi bool
}

// Exactly is the interval holding v alone.
func Exactly(v decimal.Decimal) Interval {
	return Interval{lo: Bound{Value: v}, hi: Bound{Value: v}, hasLo: true, hasHi: true}
}

// Closed is [lo, hi]. It panics if lo > hi; use NewInterval for values that
// come from input.
func Closed(lo, hi decimal.Decimal) Interval {
	return mustInterval(&Bound{Value: lo}, &Bound{Value: hi})
}

// above is (v, +∞) and atMost (−∞, v]: the intervals of "over v" and "up
// to v".
func above(v decimal.Decimal) Interval { return Interval{lo: Bound{Value: v, Open: true}, hasLo: true} }

func atMost(v decimal.Decimal) Interval { return Interval{hi: Bound{Value: v}, hasHi: true} }

// NewInterval makes the interval between two bounds, nil for an unbounded
// end: NewInterval(&Bound{Value: v, Open: true}, nil) is (v, ∞), "over v".
// An interval with no members is an error wrapping ErrValue.
func NewInterval(lo, hi *Bound) (Interval, error) {
	var i Interval
	if lo != nil {
		i.lo, i.hasLo = *lo, true
	}
	if hi != nil {
		i.hi, i.hasHi = *hi, true
	}
	if i.hasLo && i.hasHi {
		c := i.lo.Value.Cmp(i.hi.Value)
		if c > 0 || (c == 0 && (i.lo.Open || i.hi.Open)) {
			return Interval{}, fmt.Errorf("%w: the interval %s has no members", ErrValue, i.String())
		}
	}
	return i, nil
}

func mustInterval(lo, hi *Bound) Interval {
	i, err := NewInterval(lo, hi)
	if err != nil {
		panic(err)
	}
	return i
}

// Low returns the lower bound, and false when the interval is unbounded
// below.
func (i Interval) Low() (Bound, bool) { return i.lo, i.hasLo }

// High returns the upper bound, and false when the interval is unbounded
// above.
func (i Interval) High() (Bound, bool) { return i.hi, i.hasHi }

// Value returns the single value of an interval that holds one, and false
// for any other.
func (i Interval) Value() (decimal.Decimal, bool) {
	if i.hasLo && i.hasHi && !i.lo.Open && !i.hi.Open && i.lo.Value.Equal(i.hi.Value) {
		return i.lo.Value, true
	}
	return decimal.Decimal{}, false
}

// Equal reports whether i and o are the same interval. 2 and 2.00 are the
// same value.
func (i Interval) Equal(o Interval) bool {
	return i.hasLo == o.hasLo && i.hasHi == o.hasHi &&
		(!i.hasLo || sameBound(i.lo, o.lo)) && (!i.hasHi || sameBound(i.hi, o.hi))
}

// sameBound reports whether a and b are the same bound: 2 and 2.00 are the
// same value.
func sameBound(a, b Bound) bool { return a.Open == b.Open && a.Value.Equal(b.Value) }

// Contains reports whether v is in i.
func (i Interval) Contains(v decimal.Decimal) bool {
	if i.hasLo {
		c := v.Cmp(i.lo.Value)
		if c < 0 || (c == 0 && i.lo.Open) {
			return false
		}
	}
	if i.hasHi {
		c := v.Cmp(i.hi.Value)
		if c > 0 || (c == 0 && i.hi.Open) {
			return false
		}
	}
	return true
}

// Within reports whether every member of i is in o.
func (i Interval) Within(o Interval) bool {
	if o.hasLo {
		if !i.hasLo {
			return false
		}
		c := i.lo.Value.Cmp(o.lo.Value)
		if c < 0 || (c == 0 && o.lo.Open && !i.lo.Open) {
			return false
		}
	}
	if o.hasHi {
		if !i.hasHi {
			return false
		}
		c := i.hi.Value.Cmp(o.hi.Value)
		if c > 0 || (c == 0 && o.hi.Open && !i.hi.Open) {
			return false
		}
	}
	return true
}

// Overlaps reports whether i and o have a member in common.
func (i Interval) Overlaps(o Interval) bool {
	return !lowAboveHigh(i, o) && !lowAboveHigh(o, i)
}

// lowAboveHigh reports whether every member of a is above every member of
// b: a's low is above b's high, or equal with one of them open.
func lowAboveHigh(a, b Interval) bool {
	if !a.hasLo || !b.hasHi {
		return false
	}
	c := a.lo.Value.Cmp(b.hi.Value)
	return c > 0 || (c == 0 && (a.lo.Open || b.hi.Open))
}

// Add returns the interval of x + y for x in i and y in o.
func (i Interval) Add(o Interval) Interval {
	var r Interval
	if i.hasLo && o.hasLo {
		r.lo = Bound{Value: i.lo.Value.Add(o.lo.Value), Open: i.lo.Open || o.lo.Open}
		r.hasLo = true
	}
	if i.hasHi && o.hasHi {
		r.hi = Bound{Value: i.hi.Value.Add(o.hi.Value), Open: i.hi.Open || o.hi.Open}
		r.hasHi = true
	}
	return r
}

// neg returns the interval of −x for x in i.
func (i Interval) neg() Interval {
	r := Interval{hasLo: i.hasHi, hasHi: i.hasLo}
	if i.hasHi {
		r.lo = Bound{Value: i.hi.Value.Neg(), Open: i.hi.Open}
	}
	if i.hasLo {
		r.hi = Bound{Value: i.lo.Value.Neg(), Open: i.lo.Open}
	}
	return r
}

// Sub returns the interval of x − y for x in i and y in o: a change
// between two qualified figures.
func (i Interval) Sub(o Interval) Interval { return i.Add(o.neg()) }

// Scale returns the interval of k·x for x in i. A negative k turns the
// interval round; a zero k gives 0.
func (i Interval) Scale(k decimal.Decimal) Interval {
	switch k.Sign() {
	case 0:
		return Exactly(decimal.Zero)
	case -1:
		return i.neg().Scale(k.Neg())
	}
	r := i
	r.lo.Value = i.lo.Value.Mul(k)
	r.hi.Value = i.hi.Value.Mul(k)
	return r
}

// String writes the interval in the usual notation, with "∞" for an
// unbounded end: "[18000000, 20000000)", "(1600, ∞)", "(-∞, 5]". An interval of one
// value is written as that value: "517".
func (i Interval) String() string {
	return i.Format(func(d decimal.Decimal) string { return d.String() })
}

// Format writes the interval as String does, with each value written by f
// (to group thousands, say).
func (i Interval) Format(f func(decimal.Decimal) string) string {
	if v, ok := i.Value(); ok {
		return f(v)
	}
	var b strings.Builder
	if i.hasLo {
		if i.lo.Open {
			b.WriteByte('(')
		} else {
			b.WriteByte('[')
		}
		b.WriteString(f(i.lo.Value))
	} else {
		b.WriteString("(-∞")
	}
	b.WriteString(", ")
	if i.hasHi {
		b.WriteString(f(i.hi.Value))
		if i.hi.Open {
			b.WriteByte(')')
		} else {
			b.WriteByte(']')
		}
	} else {
		b.WriteString("∞)")
	}
	return b.String()
}

// MarshalJSON writes the interval in the form the command-line tool uses:
// its two ends, an unbounded end null and open. "over 1,600" is {"low": "1600",
// "low_open": true, "high": null, "high_open": true}.
func (i Interval) MarshalJSON() ([]byte, error) {
	v := struct {
		Low      *decimal.Decimal `json:"low"`
		LowOpen  bool             `json:"low_open"`
		High     *decimal.Decimal `json:"high"`
		HighOpen bool             `json:"high_open"`
	}{LowOpen: true, HighOpen: true}
	if i.hasLo {
		v.Low, v.LowOpen = &i.lo.Value, i.lo.Open
	}
	if i.hasHi {
		v.High, v.HighOpen = &i.hi.Value, i.hi.Open
	}
	return json.Marshal(v)
}
