package indicators_test

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/policycode/iomstrategy/indicators"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// The rays, made with NewInterval: (v, ∞), [v, ∞), (−∞, v), (−∞, v].
func above(v decimal.Decimal) indicators.Interval {
	return mustInterval(&indicators.Bound{Value: v, Open: true}, nil)
}

func atLeast(v decimal.Decimal) indicators.Interval {
	return mustInterval(&indicators.Bound{Value: v}, nil)
}

func below(v decimal.Decimal) indicators.Interval {
	return mustInterval(nil, &indicators.Bound{Value: v, Open: true})
}

func atMost(v decimal.Decimal) indicators.Interval {
	return mustInterval(nil, &indicators.Bound{Value: v})
}

func mustInterval(lo, hi *indicators.Bound) indicators.Interval {
	i, err := indicators.NewInterval(lo, hi)
	if err != nil {
		panic(err)
	}
	return i
}

func TestIntervalBasics(t *testing.T) {
	tests := []struct {
		name   string
		i      indicators.Interval
		str    string
		in     []string
		out    []string
		single bool
	}{
		{"exact 517 (para. 59)", indicators.Exactly(dec("517")), "517", []string{"517", "517.0"}, []string{"516", "518"}, true},
		{"over 1,600 (para. 9)", above(dec("1600")), "(1600, ∞)", []string{"1600.01", "1e9"}, []string{"1600", "0"}, false},
		{"at least", atLeast(dec("3")), "[3, ∞)", []string{"3"}, []string{"2.99"}, false},
		{"less than", below(dec("5")), "(-∞, 5)", []string{"-1e9", "4.9"}, []string{"5"}, false},
		{"up to", atMost(dec("5")), "(-∞, 5]", []string{"5"}, []string{"5.01"}, false},
		{"closed", indicators.Closed(dec("72000"), dec("88000")), "[72000, 88000]", []string{"72000", "88000"}, []string{"71999", "88001"}, false},
		{"whole line", indicators.Interval{}, "(-∞, ∞)", []string{"0", "-5", "5"}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.i.String(); got != tt.str {
				t.Errorf("String() = %q, want %q", got, tt.str)
			}
			for _, v := range tt.in {
				if !tt.i.Contains(dec(v)) {
					t.Errorf("%s does not contain %s", tt.i, v)
				}
			}
			for _, v := range tt.out {
				if tt.i.Contains(dec(v)) {
					t.Errorf("%s contains %s", tt.i, v)
				}
			}
			if _, ok := tt.i.Value(); ok != tt.single {
				t.Errorf("Value() ok = %v", ok)
			}
			if !tt.i.Equal(tt.i) || !tt.i.Within(tt.i) || !tt.i.Overlaps(tt.i) {
				t.Errorf("%s is not equal to, within and overlapping itself", tt.i)
			}
		})
	}
	var zero indicators.Interval
	if !zero.Equal(indicators.Interval{}) {
		t.Error("the zero Interval is not the whole line")
	}
	for _, b := range [][2]*indicators.Bound{
		{{Value: dec("5")}, {Value: dec("3")}},
		{{Value: dec("2"), Open: true}, {Value: dec("2")}},
		{{Value: dec("2")}, {Value: dec("2"), Open: true}},
	} {
		if _, err := indicators.NewInterval(b[0], b[1]); !errors.Is(err, indicators.ErrValue) {
			t.Errorf("NewInterval(%v, %v): %v, want ErrValue", *b[0], *b[1], err)
		}
	}
}

func TestIntervalArithmetic(t *testing.T) {
	est := indicators.Closed(dec("192600000"), dec("235400000")) // an estimated 214 million, ±10%
	exact := indicators.Exactly(dec("195000000"))
	if got, want := est.Sub(exact).String(), "[-2400000, 40400000]"; got != want {
		t.Errorf("214m±10%% - 195m = %s, want %s", got, want)
	}
	if got, want := above(dec("700")).Sub(indicators.Exactly(dec("550"))).String(), "(150, ∞)"; got != want {
		t.Errorf("(700, ∞) - 550 = %s, want %s", got, want)
	}
	if got, want := above(dec("2300")).Sub(above(dec("1600"))).String(), "(-∞, ∞)"; got != want {
		t.Errorf("(2300, ∞) - (1600, ∞) = %s, want %s", got, want)
	}
	if got, want := indicators.Closed(dec("23400"), dec("28600")).Scale(dec("3")).String(), "[70200, 85800]"; got != want {
		t.Errorf("3 × [23400, 28600] = %s, want %s", got, want)
	}
	if got, want := above(dec("10")).Scale(dec("-1")).String(), "(-∞, -10)"; got != want {
		t.Errorf("-1 × (10, ∞) = %s, want %s", got, want)
	}
}

// randInterval makes an interval with ends from -50 to 50 in steps of 0.5,
// each end possibly open or unbounded.
func randInterval(r *rand.Rand) indicators.Interval {
	for {
		var lo, hi *indicators.Bound
		if r.IntN(5) > 0 {
			lo = &indicators.Bound{Value: decimal.New(int64(r.IntN(201)-100), -1).Mul(decimal.New(5, 0)), Open: r.IntN(2) == 0}
		}
		if r.IntN(5) > 0 {
			hi = &indicators.Bound{Value: decimal.New(int64(r.IntN(201)-100), -1).Mul(decimal.New(5, 0)), Open: r.IntN(2) == 0}
		}
		if i, err := indicators.NewInterval(lo, hi); err == nil {
			return i
		}
	}
}

// members returns values of i: its ends (closed), points just inside them,
// and a middle.
func members(i indicators.Interval) []decimal.Decimal {
	eps := dec("0.001")
	var out []decimal.Decimal
	lo, hasLo := i.Low()
	hi, hasHi := i.High()
	if hasLo {
		out = append(out, lo.Value.Add(eps))
		if !lo.Open {
			out = append(out, lo.Value)
		}
	} else {
		out = append(out, dec("-1000"))
	}
	if hasHi {
		out = append(out, hi.Value.Sub(eps))
		if !hi.Open {
			out = append(out, hi.Value)
		}
	} else {
		out = append(out, dec("1000"))
	}
	var kept []decimal.Decimal
	for _, v := range out {
		if i.Contains(v) {
			kept = append(kept, v)
		}
	}
	return kept
}

// TestIntervalProperties checks, over thousands of random intervals, that
// sums, differences and multiples hold every sum, difference and multiple
// of members, and that Within and Overlaps agree with membership.
func TestIntervalProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 5000; n++ {
		a, b := randInterval(r), randInterval(r)
		k := decimal.New(int64(r.IntN(21)-10), 0)
		for _, x := range members(a) {
			if !a.Scale(k).Contains(x.Mul(k)) {
				t.Fatalf("%s × %s does not contain %s × %s", k, a, k, x)
			}
			if !a.Scale(dec("-1")).Contains(x.Neg()) {
				t.Fatalf("-%s does not contain -%s", a, x)
			}
			for _, y := range members(b) {
				if !a.Add(b).Contains(x.Add(y)) {
					t.Fatalf("%s + %s = %s does not contain %s + %s", a, b, a.Add(b), x, y)
				}
				if !a.Sub(b).Contains(x.Sub(y)) {
					t.Fatalf("%s - %s = %s does not contain %s - %s", a, b, a.Sub(b), x, y)
				}
			}
			if a.Within(b) && !b.Contains(x) {
				t.Fatalf("%s within %s, but %s is not in it", a, b, x)
			}
			if !a.Overlaps(b) && b.Contains(x) {
				t.Fatalf("%s and %s do not overlap, but share %s", a, b, x)
			}
		}
	}
}
