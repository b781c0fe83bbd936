package facility1035

import (
	"math/rand/v2"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// randomCents returns an amount of whole cents, from zero to about ten
// billion dollars, with zero and small amounts as likely as large ones.
func randomCents(r *rand.Rand) iomstrategy.USD {
	switch r.IntN(6) {
	case 0:
		return iomstrategy.USD{}
	case 1:
		return iomstrategy.USDFromCents(r.Int64N(1000)) // under USD 10
	case 2:
		return iomstrategy.USDFromCents(r.Int64N(500_000_000)) // under USD 5 million
	case 3:
		// around the baseline: USD 20,500,000.00 give or take USD 10,000
		return iomstrategy.USDFromCents(2_050_000_000 + r.Int64N(2_000_000) - 1_000_000)
	}
	return iomstrategy.USDFromCents(r.Int64N(1_000_000_000_000))
}

func randomIncome(r *rand.Rand, year int) Income {
	in := Income{
		Year:          year,
		Discretionary: randomCents(r),
		Unearmarked:   randomCents(r),
		Interest:      randomCents(r),
		Direct:        randomCents(r),
	}
	// security: zero, all of DI, or a random part of it
	switch r.IntN(3) {
	case 0:
	case 1:
		in.Security = in.Discretionary
	default:
		cents := in.Discretionary.Decimal().Shift(2).IntPart()
		if cents > 0 {
			in.Security = iomstrategy.USDFromCents(r.Int64N(cents + 1))
		}
	}
	return in
}

// randomParams varies what a caller may vary: the share (0 to 1 with up to
// four decimals), the Line 1 amount, the rounding mode and the cap order
// (line2-first, line1-first, line2-only).
func randomParams(r *rand.Rand) Params {
	p := Resolution1150()
	if r.IntN(2) == 0 {
		p.Share.Value = decimal.New(r.Int64N(10_001), -4)
		p.Line1.Value = randomCents(r)
		p.Rounding.Value = iomstrategy.RoundingMode(1 + r.IntN(4))
		p.CapOrder.Value = CapOrder(1 + r.IntN(3))
	}
	return p
}

// TestAllocateProperties checks the invariants of issue 3 over many
// generated years (fixed seed): Line 2 never negative, the capped amount
// never above miscellaneous income (Part III, bullet 2: Line 1 plus Line 2,
// or Line 2 alone under the reading cap-covers-line2-only), the total
// available exactly total plus direct contributions (bullet 2); and with
// them, that the cap takes no more than it must. The basis of
// discretionary income (a label, discretionary-basis) changes nothing.
// (Every amount is whole cents by its type, iomstrategy.USD.)
func TestAllocateProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 20_000
	if testing.Short() {
		n = 2_000
	}
	for i := 0; i < n; i++ {
		p := randomParams(r)
		in := randomIncome(r, 2008+r.IntN(11))
		a, err := Allocate(in, p)
		if err != nil {
			t.Fatalf("case %d: %v (income %+v)", i, err, in)
		}
		fail := func(what string) {
			t.Helper()
			t.Fatalf("case %d: %s\nincome %+v\nLine 1 %s (formula %s), Line 2 %s (formula %s), misc %s, total %s, cap %s",
				i, what, in, a.Line1, a.Line1Funding, a.Line2, a.Line2Formula, a.MiscellaneousIncome, a.Total, a.CapReduction)
		}
		if a.Line2.Sign() < 0 || a.Line1.Sign() < 0 {
			fail("a line is negative")
		}
		line2Only := p.CapOrder.Value == CapLine2Only
		if !line2Only && a.Total.Cmp(a.MiscellaneousIncome) > 0 {
			fail("the total is above miscellaneous income (Part III, bullet 2)")
		}
		if a.Line2.Cmp(a.MiscellaneousIncome) > 0 {
			fail("Line 2 is above miscellaneous income (Part III, bullet 2)")
		}
		if !a.TotalAvailable.Equal(a.Total.Add(a.DirectContributions)) || !a.DirectContributions.Equal(in.Direct) {
			fail("total available is not total + direct contributions")
		}
		if !a.Total.Equal(a.Line1.Add(a.Line2)) {
			fail("total is not Line 1 + Line 2")
		}
		if a.Line2.Cmp(a.Line2Formula) > 0 || a.Line1.Cmp(a.Line1Funding) > 0 {
			fail("the cap raised a line")
		}
		// The cap takes exactly what is needed: total = min(misc, Line 1 + Line 2 by formula),
		// or, over Line 2 only, Line 1 + min(misc, Line 2 by formula).
		before := a.Line1Funding.Add(a.Line2Formula)
		wantTotal := before
		if line2Only {
			if a.MiscellaneousIncome.Cmp(a.Line2Formula) < 0 {
				wantTotal = a.Line1Funding.Add(a.MiscellaneousIncome)
			}
		} else if a.MiscellaneousIncome.Cmp(before) < 0 {
			wantTotal = a.MiscellaneousIncome
		}
		if !a.Total.Equal(wantTotal) || !a.CapReduction.Equal(before.Sub(a.Total)) || a.Capped != (a.CapReduction.Sign() > 0) {
			fail("the cap took more or less than needed")
		}
		// The line cut first is the only one cut unless it is at zero.
		switch p.CapOrder.Value {
		case CapLine2First:
			if !a.Line1.Equal(a.Line1Funding) && a.Line2.Sign() != 0 {
				fail("Line 1 cut while Line 2 is above zero")
			}
		case CapLine1First:
			if !a.Line2.Equal(a.Line2Formula) && a.Line1.Sign() != 0 {
				fail("Line 2 cut while Line 1 is above zero")
			}
		case CapLine2Only:
			if !a.Line1.Equal(a.Line1Funding) {
				fail("Line 1 cut under a cap over Line 2 only")
			}
		}
		// The basis is a label: budgeted or actual, the amounts are the same.
		labelled := in
		labelled.Basis = [...]string{"budgeted", "actual"}[i%2]
		b, err := Allocate(labelled, p)
		if err != nil {
			t.Fatalf("case %d: basis %s: %v", i, labelled.Basis, err)
		}
		if !b.Line1.Equal(a.Line1) || !b.Line2.Equal(a.Line2) || !b.Total.Equal(a.Total) || !b.TotalAvailable.Equal(a.TotalAvailable) ||
			!b.CapReduction.Equal(a.CapReduction) || !b.Line2Formula.Equal(a.Line2Formula) {
			fail("the basis " + labelled.Basis + " changed an amount")
		}
		// The formula amount is within a cent of the exact share (bullet 1).
		exact := p.Share.Value.Mul(a.ExcessOverBaseline.Decimal())
		if a.Line2Formula.Decimal().Sub(exact).Abs().Cmp(decimal.New(1, -2)) >= 0 {
			fail("Line 2 by formula is a cent or more from the exact share")
		}
		if len(a.Steps) != 10 {
			fail("not ten steps")
		}
	}
}

// TestAllocateLine2Monotonic checks that Line 2 (Part III, bullet 1) never
// decreases as discretionary income grows, everything else fixed.
func TestAllocateLine2Monotonic(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	n := 10_000
	if testing.Short() {
		n = 1_000
	}
	for i := 0; i < n; i++ {
		p := randomParams(r)
		in := randomIncome(r, 2010)
		more := in
		// Sometimes a cent more, sometimes a lot more.
		if r.IntN(2) == 0 {
			more.Discretionary = in.Discretionary.Add(iomstrategy.USDFromCents(1))
		} else {
			more.Discretionary = in.Discretionary.Add(randomCents(r))
		}
		a, err := Allocate(in, p)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Allocate(more, p)
		if err != nil {
			t.Fatal(err)
		}
		if b.Line2.Cmp(a.Line2) < 0 || b.Line2Formula.Cmp(a.Line2Formula) < 0 {
			t.Fatalf("case %d: DI %s gives Line 2 %s but DI %s gives %s", i, in.Discretionary, a.Line2, more.Discretionary, b.Line2)
		}
		if b.Total.Cmp(a.Total) < 0 {
			t.Fatalf("case %d: the total fell as DI grew", i)
		}
	}
}
