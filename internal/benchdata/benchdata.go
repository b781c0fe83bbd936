// Package benchdata generates the inputs of the command-line speed
// measurement in BENCHMARKS.md: a Member State registry and a batch of
// project applications, as CSV, from a fixed seed, so that every run
// writes the same bytes. The figures are invented and illustrative.
//
// The mix follows the generators of facility1035's property tests: most
// countries are Member States with a served economy, some have arrears
// (below, at or above the Article 4 threshold, or declared), the amounts
// sit around the Line 2 ceilings, some scopes do not match their
// countries, and a quarter of the applications are follow-ups.
//
// go run ./internal/benchdata/gen writes the files; the command-line
// benchmark of cmd/iomstrategy generates them in memory.
package benchdata

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
)

// Names returns n country names, "Country-000" onwards.
func Names(n int) []string {
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("Country-%03d", i)
	}
	return names
}

// Write writes a registry of nMembers countries to members and nApps
// applications naming them to apps, both as CSV with a header row.
func Write(members, apps io.Writer, nMembers, nApps int) error {
	rng := rand.New(rand.NewPCG(5, 6))
	names := Names(nMembers)
	mw := bufio.NewWriter(members)
	writeMembers(mw, rng, names)
	if err := mw.Flush(); err != nil {
		return err
	}
	aw := bufio.NewWriter(apps)
	writeApplications(aw, rng, names, nApps)
	return aw.Flush()
}

// cents writes an amount in cents as "1234.56".
func cents(c int64) string {
	return strconv.FormatInt(c/100, 10) + "." + fmt.Sprintf("%02d", c%100)
}

func writeMembers(w *bufio.Writer, rng *rand.Rand, names []string) {
	w.WriteString("country,membership,economy,arrears,due_two_years,subject_to_article4,council_waiver\n")
	memberships := []string{"member", "observer", "non-member"}
	economies := []string{"developing", "transition", "other"}
	for _, name := range names {
		membership, economy := memberships[rng.IntN(3)], economies[rng.IntN(3)]
		if rng.IntN(3) > 0 {
			membership, economy = "member", economies[rng.IntN(2)]
		}
		due := rng.Int64N(200_000_00)
		arrears, dueText, declared := int64(0), cents(due), ""
		switch rng.IntN(6) {
		case 0, 1: // no arrears
		case 2: // below the threshold
			arrears = rng.Int64N(due + 1)
		case 3: // at or above it
			arrears = due + rng.Int64N(1000)
		case 4: // declared
			arrears = 1 + rng.Int64N(100_000_00)
			declared = []string{"true", "false"}[rng.IntN(2)]
			if rng.IntN(2) == 0 {
				dueText = ""
			}
		case 5: // exactly at it
			arrears = due
		}
		waiver := "false"
		if declared != "true" && rng.IntN(4) == 0 {
			waiver = "true"
		}
		fmt.Fprintf(w, "%s,%s,%s,%s,%s,%s,%s\n", name, membership, economy, cents(arrears), dueText, declared, waiver)
	}
}

func writeApplications(w *bufio.Writer, rng *rand.Rand, names []string, n int) {
	w.WriteString("id,line,scope,amount,countries,follow_up_of,follow_up_line\n")
	for i := range n {
		line, scope := 1+rng.IntN(2), []string{"national", "regional"}[rng.IntN(2)]
		var amount int64
		switch rng.IntN(5) {
		case 0: // around the national ceiling
			amount = 200_000_00 + rng.Int64N(11) - 5
		case 1: // around the regional ceiling
			amount = 300_000_00 + rng.Int64N(11) - 5
		case 2:
			if rng.IntN(4) > 0 {
				amount = rng.Int64N(400_000_00)
			}
		default:
			amount = rng.Int64N(400_000_00)
		}
		k := 1
		if scope == "regional" {
			k = 2 + rng.IntN(3)
		}
		if rng.IntN(10) == 0 { // a scope that does not match the count
			k = 1 + rng.IntN(3)
		}
		countries := make([]string, k)
		for j, p := range rng.Perm(len(names))[:k] {
			countries[j] = names[p]
		}
		followUp, followLine := "", ""
		if rng.IntN(4) == 0 {
			followUp = fmt.Sprintf("OLD-%d", rng.IntN(1000))
			if l := rng.IntN(3); l > 0 {
				followLine = strconv.Itoa(l)
			}
		}
		fmt.Fprintf(w, "APP-%07d,%d,%s,%s,%s,%s,%s\n", i, line, scope, cents(amount), strings.Join(countries, ";"), followUp, followLine)
	}
}
