package main

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// docs/cli/ is the command reference, one Markdown page per command,
// generated from the commands themselves by cobra/doc. go generate
// ./cmd/iomstrategy (or this test with -update-cli) rewrites it.
//
//go:generate go test -run TestCLIReferenceIsCurrent -update-cli
var updateCLI = flag.Bool("update-cli", false, "rewrite docs/cli/ from the commands")

var cliDocDir = filepath.Join("..", "..", "docs", "cli")

// writeCLIReference writes the command reference into dir.
func writeCLIReference(t *testing.T, dir string) {
	t.Helper()
	root := newRoot(&env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard})
	root.InitDefaultCompletionCmd()
	var mark func(c *cobra.Command)
	mark = func(c *cobra.Command) {
		c.DisableAutoGenTag = true // no date: the pages change only when the commands do
		for _, s := range c.Commands() {
			mark(s)
		}
	}
	mark(root)
	if err := doc.GenMarkdownTree(root, dir); err != nil {
		t.Fatal(err)
	}
}

// TestCLIReferenceIsCurrent holds docs/cli/ to the commands: the same
// pages, with the same bytes.
func TestCLIReferenceIsCurrent(t *testing.T) {
	if *updateCLI {
		old, _ := filepath.Glob(filepath.Join(cliDocDir, "*.md"))
		for _, p := range old {
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.MkdirAll(cliDocDir, 0o755); err != nil {
			t.Fatal(err)
		}
		writeCLIReference(t, cliDocDir)
	}
	dir := t.TempDir()
	writeCLIReference(t, dir)
	read := func(d string) map[string]string {
		paths, err := filepath.Glob(filepath.Join(d, "*.md"))
		if err != nil {
			t.Fatal(err)
		}
		pages := map[string]string{}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			pages[filepath.Base(p)] = string(b)
		}
		return pages
	}
	got, want := read(dir), read(cliDocDir)
	var names []string
	for n := range got {
		names = append(names, n)
	}
	for n := range want {
		if _, ok := got[n]; !ok {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	for _, n := range names {
		switch g, ok := got[n]; {
		case !ok:
			t.Errorf("docs/cli/%s is no command's page: run go generate ./cmd/iomstrategy", n)
		case want[n] == "":
			t.Errorf("docs/cli/%s is missing: run go generate ./cmd/iomstrategy", n)
		case g != want[n]:
			t.Errorf("docs/cli/%s is stale: run go generate ./cmd/iomstrategy", n)
		}
	}
	for _, must := range []string{"iomstrategy.md", "iomstrategy_allocate.md", "iomstrategy_governance_bodies.md", "iomstrategy_indicators_series.md", "iomstrategy_completion_bash.md"} {
		if _, ok := got[must]; !ok {
			t.Errorf("the reference has no page %s", must)
		}
	}
}
