package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
		{"no arguments is usage", nil, exitBadArgs, "", "Usage: iomstrategy"},
		{"help lists commands", []string{"help"}, exitOK, "Commands:", ""},
		{"--help lists commands", []string{"--help"}, exitOK, "Commands:", ""},
		{"version", []string{"version"}, exitOK, "iomstrategy ", ""},
		{"unknown command", []string{"frobnicate"}, exitBadArgs, "", `unknown command "frobnicate"`},
		{"help for an unknown command", []string{"help", "frobnicate"}, exitBadArgs, "", `unknown command "frobnicate"`},
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

// TestEveryCommandHasHelp checks that -h works on each subcommand and that
// its usage names --format.
func TestEveryCommandHasHelp(t *testing.T) {
	for name := range commands {
		t.Run(name, func(t *testing.T) {
			_, stderr, code := runTool(t, "", name, "-h")
			if code != exitOK {
				t.Fatalf("%s -h: exit status %d, want 0", name, code)
			}
			if !strings.Contains(stderr, "Usage: iomstrategy "+name) || !strings.Contains(stderr, "-format") {
				t.Errorf("%s -h printed %q, want its usage with -format", name, stderr)
			}
			_, stderr, code = runTool(t, "", name, "--format", "yaml")
			if code != exitBadArgs {
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
