package iomstrategy

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// formatUSDGeneral is FormatUSD's general way, the reference the fast path
// is checked against.
func formatUSDGeneral(d decimal.Decimal) string {
	return "USD " + GroupThousands(d.StringFixed(2))
}

// TestFormatUSDFastMatchesGeneral checks, over generated amounts of every
// size, sign and exponent (whole cents and not, inside the fast path's
// range, at its edges and beyond), that FormatUSD writes exactly what the
// general way writes, and that the fast path takes the common amounts.
func TestFormatUSDFastMatchesGeneral(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 32))
	check := func(d decimal.Decimal) {
		t.Helper()
		if got, want := FormatUSD(d), formatUSDGeneral(d); got != want {
			t.Fatalf("FormatUSD(%s) (exponent %d) = %q, want %q", d, d.Exponent(), got, want)
		}
	}
	edges := []decimal.Decimal{
		{}, decimal.Zero, decimal.New(0, -2), decimal.New(0, 5), decimal.New(-1, -2), decimal.New(5, -1),
		decimal.New(999, 0), decimal.New(1000, 0), decimal.New(-1000, 0), decimal.New(999_999, -2),
		decimal.New(999_999_999_999_999_999, -2), decimal.New(-999_999_999_999_999_999, -2),
		decimal.New(99_999_999_999_999_999, -1), decimal.New(9_999_999_999_999_999, 0), decimal.New(9_999_999_999, 6),
		decimal.New(99_999_999_999, 6), decimal.New(1, 7), decimal.New(12345, -3), decimal.New(12355, -3),
		decimal.New(-12345, -3), decimal.New(1_000_000_000_000_000_000, -2),
		decimal.NewFromBigInt(new(big.Int).Lsh(big.NewInt(1), 70), -2),
		decimal.NewFromBigInt(new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 70)), 0),
	}
	for _, d := range edges {
		check(d)
	}
	for range 200_000 {
		digits := 1 + rng.IntN(18)
		c := rng.Int64N(int64(pow10(digits)))
		if rng.IntN(20) == 0 {
			c = rng.Int64() // 19 digits, past the fast path
		}
		if rng.IntN(4) == 0 {
			c = -c
		}
		check(decimal.New(c, int32(rng.IntN(12)-4)))
	}
	for _, d := range []decimal.Decimal{decimal.New(140_000_000, -2), decimal.New(1_400_000, 0), decimal.New(15, -1)} {
		if _, ok := formatUSDFast(d); !ok {
			t.Errorf("formatUSDFast(%s) not taken", d)
		}
	}
}

// pow10 returns 10^n for n up to 18 as a uint64.
func pow10(n int) uint64 {
	p := uint64(1)
	for range n {
		p *= 10
	}
	return p
}
