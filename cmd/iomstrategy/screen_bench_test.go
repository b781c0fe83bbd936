package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policycode/iomstrategy/internal/benchdata"
)

// writeBenchInputs writes a generated registry of 200 countries and n
// applications (package benchdata) to files and returns their paths.
func writeBenchInputs(tb testing.TB, n int) (apps, members string) {
	tb.Helper()
	dir := tb.TempDir()
	var m, a bytes.Buffer
	if err := benchdata.Write(&m, &a, 200, n); err != nil {
		tb.Fatal(err)
	}
	members, apps = filepath.Join(dir, "members.csv"), filepath.Join(dir, "applications.csv")
	if err := os.WriteFile(members, m.Bytes(), 0o600); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(apps, a.Bytes(), 0o600); err != nil {
		tb.Fatal(err)
	}
	return apps, members
}

// TestScreenGeneratedBatch screens a generated batch (the input of the
// command-line speed measurement) in every format: every row is screened,
// so the exit status is 0 and the JSON holds one screening per row.
func TestScreenGeneratedBatch(t *testing.T) {
	apps, members := writeBenchInputs(t, 2_000)
	for _, format := range []string{"text", "json", "csv"} {
		stdout, stderr, code := runTool(t, "", "screen", "--input", apps, "--members", members, "--format", format)
		if code != exitOK {
			t.Fatalf("%s: exit status %d, stderr %q", format, code, stderr)
		}
		if format == "json" {
			if got := strings.Count(stdout, `"id": "APP-`); got != 2_000 {
				t.Errorf("json: %d screenings, want 2000", got)
			}
		}
	}
}

// benchScreenCommand runs the screen command in-process on a generated
// batch of 100,000 applications: reading both CSV files, screening, and
// writing the result in the given format (to io.Discard; BENCHMARKS.md
// times the built binary end to end as well).
func benchScreenCommand(b *testing.B, format string) {
	apps, members := writeBenchInputs(b, 100_000)
	b.ReportAllocs()
	for b.Loop() {
		if code := run([]string{"screen", "--input", apps, "--members", members, "--format", format}, strings.NewReader(""), io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit status %d", code)
		}
	}
}

// BenchmarkScreenCommand100kJSON is the screen command on 100,000 rows,
// printing JSON.
func BenchmarkScreenCommand100kJSON(b *testing.B) { benchScreenCommand(b, "json") }

// BenchmarkScreenCommand100kCSV is the same, printing CSV.
func BenchmarkScreenCommand100kCSV(b *testing.B) { benchScreenCommand(b, "csv") }

// BenchmarkScreenCommand100kText is the same, printing the text tables.
func BenchmarkScreenCommand100kText(b *testing.B) { benchScreenCommand(b, "text") }
