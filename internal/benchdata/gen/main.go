// Command gen writes the inputs of the command-line speed measurement in
// BENCHMARKS.md (see package benchdata): members.csv and
// applications.csv, the same bytes on every run.
//
//	go run ./internal/benchdata/gen -dir /tmp/iombench -apps 100000 -members 200
//	iomstrategy screen --input /tmp/iombench/applications.csv --members /tmp/iombench/members.csv --format json
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/policycode/iomstrategy/internal/benchdata"
)

func main() {
	dir := flag.String("dir", ".", "directory to write members.csv and applications.csv into")
	nApps := flag.Int("apps", 100_000, "number of applications")
	nMembers := flag.Int("members", 200, "number of countries in the registry (at least 5)")
	flag.Parse()
	if *nApps < 1 || *nMembers < 5 {
		fmt.Fprintln(os.Stderr, "gen: -apps must be at least 1 and -members at least 5")
		os.Exit(2)
	}
	if err := generate(*dir, *nMembers, *nApps); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func generate(dir string, nMembers, nApps int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	members, err := os.Create(filepath.Join(dir, "members.csv"))
	if err != nil {
		return err
	}
	defer members.Close()
	apps, err := os.Create(filepath.Join(dir, "applications.csv"))
	if err != nil {
		return err
	}
	defer apps.Close()
	if err := benchdata.Write(members, apps, nMembers, nApps); err != nil {
		return err
	}
	if err := members.Close(); err != nil {
		return err
	}
	return apps.Close()
}
