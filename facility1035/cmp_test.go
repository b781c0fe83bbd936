package facility1035

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// cmpMaxLines is how many lines cmp.Diff may print for one changed field
// depth levels below the value compared (0: a field of the value itself;
// 1: a field of an element of one of its slices, or of a Cited value).
// go-cmp shows a changed field with two unchanged fields or elements of
// context on either side, the count of the others and the path to it: six
// to ten lines for a field of the value itself, and up to ten more for
// each level it descends. A type go-cmp cannot see through (a decimal's
// big.Int, an unexported field, an Equal method on a whole result) would
// print whole values, or panic.
func cmpMaxLines(depth int) int { return 10 * (1 + depth) }

// cmpMaxWidth is how long a changed line may be: one field, not a whole
// value printed on one line.
const cmpMaxWidth = 120

// cmpRegistry is a small registry for screenings: a Member State with no
// arrears, one with arrears below the Article 4 threshold, an observer.
func cmpRegistry() Registry {
	return Registry{
		{Name: "Aland", Membership: Member, Economy: Developing},
		{Name: "Borduria", Membership: Member, Economy: Developing, Arrears: iomstrategy.USDFromCents(1_000_00),
			DueTwoYears: iomstrategy.USDFromCents(5_000_00), DueTwoYearsKnown: true},
		{Name: "Cordia", Membership: Observer, Economy: Developing},
	}
}

// cmpScreening screens a regional Line 2 application for Aland and
// Borduria: conditional on Borduria's arrears (criterion 1).
func cmpScreening(t *testing.T) Screening {
	t.Helper()
	s, err := Screen(Application{ID: "A-2", Line: Line2, Scope: Regional, Amount: iomstrategy.USDFromCents(250_000_00),
		Countries: []string{"Aland", "Borduria"}}, cmpRegistry(), Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	if s.Verdict != Conditional || len(s.Reasons) != 1 || len(s.Reasons[0].Figures) != 2 {
		t.Fatalf("the screening is not the conditional one expected: %+v", s)
	}
	return s
}

// cmpAllocation is a capped year under the built-in rules.
func cmpAllocation(t *testing.T) Allocation {
	t.Helper()
	a, err := Allocate(allocIncome(2010, "28000000.00", "700000.00", "2500000.00", "300000.00", "50000.00"), Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// cmpLedger is a year's books with one commitment on each line.
func cmpLedger(t *testing.T) Ledger {
	t.Helper()
	l, err := NewLedger(iomstrategy.USDFromCents(1_400_000_00), iomstrategy.USDFromCents(1_400_000_00))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []Commitment{
		{ID: "C-1", Line: Line1, Amount: iomstrategy.USDFromCents(150_000_00)},
		{ID: "C-2", Line: Line2, Amount: iomstrategy.USDFromCents(200_000_00)},
	} {
		if l, err = l.Book(c); err != nil {
			t.Fatal(err)
		}
	}
	return l
}

// TestCmpFriendly checks that every exported result type compares with
// go-cmp as plain data: for a realistic value, built twice, with one field
// changed, cmp.Diff does not panic, prints something, names the field and
// shows the two values, and stays short.
func TestCmpFriendly(t *testing.T) {
	tests := []struct {
		name       string
		pair       func(t *testing.T) (before, after any)
		depth      int    // how many levels below the value the field is
		field      string // the field the diff names
		was, isNow string // how it shows the values
	}{
		{"Allocation: Line 2 after the cap (Part III, bullet 2)", func(t *testing.T) (any, any) {
			a, b := cmpAllocation(t), cmpAllocation(t)
			b.Line2 = iomstrategy.USDFromCents(1_300_000_00)
			return a, b
		}, 0, "Line2:", `s"USD 1,400,000.00"`, `s"USD 1,300,000.00"`},
		{"Allocation: a term of a step (Part III, bullet 1)", func(t *testing.T) (any, any) {
			a, b := cmpAllocation(t), cmpAllocation(t)
			b.Steps[2].Inputs[0].Value = decimal.RequireFromString("0.3")
			return a, b
		}, 2, "Value:", `s"0.25"`, `s"0.3"`},
		{"Step: its amount", func(t *testing.T) (any, any) {
			a, b := cmpAllocation(t), cmpAllocation(t)
			s := b.Steps[6]
			s.Amount = iomstrategy.USDFromCents(1)
			return a.Steps[6], s
		}, 0, "Amount:", `s"USD 1,400,000.00"`, `s"USD 0.01"`},
		{"Step: an interpretation id", func(t *testing.T) (any, any) {
			a, b := cmpAllocation(t), cmpAllocation(t)
			s := b.Steps[6]
			s.Interpretations = []string{"cap-cuts-line1-first"}
			return a.Steps[6], s
		}, 0, "Interpretations:", `"cap-cuts-line2-first"`, `"cap-cuts-line1-first"`},
		{"Screening: the verdict", func(t *testing.T) (any, any) {
			a, b := cmpScreening(t), cmpScreening(t)
			b.Verdict = Ineligible
			return a, b
		}, 0, "Verdict:", `s"conditional"`, `s"ineligible"`},
		{"Screening: a figure of a reason (criterion 1)", func(t *testing.T) (any, any) {
			a, b := cmpScreening(t), cmpScreening(t)
			b.Reasons[0].Figures[0].Value = decimal.RequireFromString("2000")
			return a, b
		}, 2, "Value:", `s"1000"`, `s"2000"`},
		{"Reason: the country", func(t *testing.T) (any, any) {
			a, b := cmpScreening(t), cmpScreening(t)
			r := b.Reasons[0]
			r.Country = "Aland"
			return a.Reasons[0], r
		}, 0, "Country:", `"Borduria"`, `"Aland"`},
		{"Reason: its citation", func(t *testing.T) (any, any) {
			a, b := cmpScreening(t), cmpScreening(t)
			r := b.Reasons[0]
			r.Citation = iomstrategy.Criterion(2)
			return a.Reasons[0], r
		}, 0, "Citation:", `criterion 1"`, `criterion 2"`},
		{"Ledger: the Line 2 budget (criterion 5)", func(t *testing.T) (any, any) {
			a, b := cmpLedger(t), cmpLedger(t)
			b.Line2Budget = iomstrategy.USDFromCents(650_000_00)
			return a, b
		}, 0, "Line2Budget:", `s"USD 1,400,000.00"`, `s"USD 650,000.00"`},
		{"Ledger: the amount of a commitment", func(t *testing.T) (any, any) {
			a, b := cmpLedger(t), cmpLedger(t)
			b.Commitments[1].Amount = iomstrategy.USDFromCents(250_000_00)
			return a, b
		}, 1, "Amount:", `s"USD 200,000.00"`, `s"USD 250,000.00"`},
		{"Params: the share (Part III, bullet 1)", func(t *testing.T) (any, any) {
			b := Resolution1150()
			b.Share.Value = decimal.RequireFromString("0.5")
			return Resolution1150(), b
		}, 1, "Value:", `s"0.25"`, `s"0.5"`},
		{"Params: the baseline's citation (Part III, bullet 1)", func(t *testing.T) (any, any) {
			b := Resolution1150()
			b.Baseline.Citation = iomstrategy.PartIIIBullet(2)
			return Resolution1150(), b
		}, 1, "Citation:", `bullet 1"`, `bullet 2"`},
		{"Params: the cap order (Part III, bullet 2)", func(t *testing.T) (any, any) {
			b := Resolution1150()
			b.CapOrder.Value = CapLine1First
			return Resolution1150(), b
		}, 1, "Value:", `s"line2-first"`, `s"line1-first"`},
		{"Registry: the arrears of a Member State (criterion 1)", func(t *testing.T) (any, any) {
			b := cmpRegistry()
			b[1].Arrears = iomstrategy.USDFromCents(6_000_00)
			return cmpRegistry(), b
		}, 1, "Arrears:", `s"USD 1,000.00"`, `s"USD 6,000.00"`},
		{"Registry: a membership", func(t *testing.T) (any, any) {
			b := cmpRegistry()
			b[2].Membership = Member
			return cmpRegistry(), b
		}, 1, "Membership:", `s"observer"`, `s"member"`},
		{"Schedule: the end of a set's period", func(t *testing.T) (any, any) {
			b := DefaultSchedule()
			b[0].Through = 2025
			return DefaultSchedule(), b
		}, 1, "Through:", "2018", "2025"},
		{"Schedule: a set's Line 1 (Part III, bullet 5)", func(t *testing.T) (any, any) {
			b := DefaultSchedule()
			b[0].Line1.Value = iomstrategy.USDFromCents(1_500_000_00)
			return DefaultSchedule(), b
		}, 2, "Value:", `s"USD 1,400,000.00"`, `s"USD 1,500,000.00"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, after := tt.pair(t)
			if d := cmpDiff(t, before, before); d != "" {
				t.Fatalf("a value differs from itself:\n%s", d)
			}
			d := cmpDiff(t, before, after)
			if d == "" {
				t.Fatalf("cmp.Diff sees no change")
			}
			lines := strings.Split(strings.TrimRight(d, "\n"), "\n")
			if max := cmpMaxLines(tt.depth); len(lines) > max {
				t.Errorf("cmp.Diff prints %d lines, want at most %d:\n%s", len(lines), max, d)
			}
			var minus, plus []string
			for _, l := range lines {
				switch strings.TrimSpace(l)[:1] {
				case "-":
					minus = append(minus, l)
				case "+":
					plus = append(plus, l)
				}
			}
			for _, l := range append(minus, plus...) {
				if len(l) > cmpMaxWidth {
					t.Errorf("cmp.Diff prints a changed line of %d characters, want at most %d:\n%s", len(l), cmpMaxWidth, d)
				}
			}
			if len(minus) != 1 || len(plus) != 1 {
				t.Errorf("cmp.Diff shows %d removed and %d added lines, want one each:\n%s", len(minus), len(plus), d)
			}
			if !strings.Contains(d, tt.field) || !strings.Contains(strings.Join(minus, "\n"), tt.was) || !strings.Contains(strings.Join(plus, "\n"), tt.isNow) {
				t.Errorf("cmp.Diff does not show %s changing from %s to %s:\n%s", tt.field, tt.was, tt.isNow, d)
			}
			for _, internal := range []string{"big.Int", "abs:", "exp:", "neg:", "cents:"} {
				if strings.Contains(d, internal) {
					t.Errorf("cmp.Diff shows the internals of a value (%q):\n%s", internal, d)
				}
			}
		})
	}
}

// cmpDiff is cmp.Diff, with a panic reported as a test failure.
func cmpDiff(t *testing.T, x, y any) (d string) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("cmp.Diff panics on %T: %v", x, r)
		}
	}()
	return cmp.Diff(x, y)
}
