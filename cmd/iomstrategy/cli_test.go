package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// runTool runs the tool in-process with the given standard input and
// arguments, and returns what it printed and its exit status.
func runTool(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

// writeFile writes content to a file in a fresh temporary directory and
// returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestToolConventions(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string // substring
		wantStderr string // substring
	}{
		{"no arguments is usage", nil, exitBadArgs, "", "Available Commands:\n  align"},
		{"help lists commands", []string{"help"}, exitOK, "Available Commands:\n  align", ""},
		{"--help lists commands", []string{"--help"}, exitOK, "Available Commands:\n  align", ""},
		{"version", []string{"version"}, exitOK, "iomstrategy ", ""},
		{"--version", []string{"--version"}, exitOK, "iomstrategy ", ""},
		{"unknown command", []string{"frobnicate"}, exitBadArgs, "", "iomstrategy: unknown command \"frobnicate\"\nrun 'iomstrategy --help' for usage\n"},
		{"a misspelled command", []string{"alocate"}, exitBadArgs, "", "iomstrategy: unknown command \"alocate\"; did you mean allocate?\n"},
		{"a misspelled subcommand", []string{"governance", "bodys"}, exitBadArgs, "", `unknown command "bodys" for "iomstrategy governance"; did you mean bodies?`},
		{"a group without its subcommand", []string{"governance"}, exitBadArgs, "", "iomstrategy governance: want a subcommand: amendments or bodies\n"},
		{"help for an unknown command", []string{"help", "frobnicate"}, exitBadArgs, "", `unknown command "frobnicate"`},
		{"an unknown flag: one line and a hint", []string{"allocate", "--bogus"}, exitBadArgs, "", "iomstrategy allocate: unknown flag: --bogus\nrun 'iomstrategy allocate --help' for usage\n"},
		{"flags after a positional argument", []string{"suggest", "return counselling", "--format", "json"}, exitOK, `"suggestions": [`, ""},
		{"completion", []string{"completion", "bash"}, exitOK, "bash completion", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runTool(t, "", tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit status = %d, want %d (stderr %q)", code, tt.wantCode, stderr)
			}
			if !strings.Contains(stdout, tt.wantStdout) {
				t.Errorf("stdout = %q, want it to contain %q", stdout, tt.wantStdout)
			}
			if !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tt.wantStderr)
			}
		})
	}
}

// toolCommands lists the path of every command of the tool that runs
// (not a group), without the tool's name and without cobra's own help
// and completion: "allocate", "governance bodies", ...
func toolCommands(t *testing.T) []string {
	t.Helper()
	var out []string
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if sub.Name() == "help" || sub.Name() == "completion" {
				continue
			}
			if len(sub.Commands()) == 0 || sub.Name() == "indicators" {
				out = append(out, strings.TrimPrefix(sub.CommandPath(), "iomstrategy "))
			}
			walk(sub)
		}
	}
	walk(newRoot(&env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard}))
	if len(out) < 12 {
		t.Fatalf("only %d commands: %v", len(out), out)
	}
	return out
}

// TestEveryCommandHasHelp checks that --help and -h work on each command,
// print its usage with --format to standard output, and that a bad
// --format is bad usage.
func TestEveryCommandHasHelp(t *testing.T) {
	for _, name := range toolCommands(t) {
		t.Run(name, func(t *testing.T) {
			args := strings.Fields(name)
			for _, h := range []string{"-h", "--help"} {
				stdout, stderr, code := runTool(t, "", append(args, h)...)
				if code != exitOK || stderr != "" {
					t.Fatalf("%s %s: exit status %d, stderr %q", name, h, code, stderr)
				}
				if !strings.Contains(stdout, "Usage:\n  iomstrategy "+name) || !strings.Contains(stdout, "--format") {
					t.Errorf("%s %s printed %q, want its usage with --format", name, h, stdout)
				}
			}
			stdout, _, code := runTool(t, "", "help", args[0])
			if code != exitOK || !strings.Contains(stdout, "iomstrategy "+args[0]) {
				t.Errorf("help %s: exit %d, %q", args[0], code, stdout)
			}
			_, stderr, code := runTool(t, "", append(args, "--format", "yaml")...)
			if code != exitBadArgs || !strings.Contains(stderr, `--format "yaml"`) {
				t.Errorf("%s --format yaml: exit status %d, want 2 (stderr %q)", name, code, stderr)
			}
		})
	}
}

// TestVersionFormats: version takes --format like every command.
func TestVersionFormats(t *testing.T) {
	for _, tt := range []struct{ format, prefix string }{
		{"text", "iomstrategy "},
		{"json", "{\n  \"name\": \"iomstrategy\",\n  \"version\": \""},
		{"csv", "name,version\niomstrategy,"},
	} {
		stdout, stderr, code := runTool(t, "", "version", "--format", tt.format)
		if code != exitOK || !strings.HasPrefix(stdout, tt.prefix) || stderr != "" {
			t.Errorf("--format %s: exit %d, %q, %q", tt.format, code, stdout, stderr)
		}
	}
	if _, stderr, code := runTool(t, "", "version", "--format", "yaml"); code != exitBadArgs || !strings.Contains(stderr, `--format "yaml"`) {
		t.Errorf("--format yaml: exit %d, %s", code, stderr)
	}
}
