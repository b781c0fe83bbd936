package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// session is one command shown in a ```console block of a Markdown file:
//
//	$ go run ./cmd/iomstrategy allocate --year 2009 ...
//	what it prints (standard output, then standard error)
//	[exit status 1]
//
// The last line is only there when the status is not 0. "< FILE" at the
// end of a command feeds the file to standard input.
type session struct {
	file, line string
	args       []string
	stdin      string
	want       string
	wantCode   int
}

const toolPrefix = "go run ./cmd/iomstrategy"

// readSessions finds every tool command in the console blocks of a
// Markdown file.
func readSessions(t *testing.T, path string) []session {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []session
	var cur *session
	var body []string
	flush := func() {
		if cur == nil {
			return
		}
		for len(body) > 0 && strings.TrimSpace(body[len(body)-1]) == "" {
			body = body[:len(body)-1]
		}
		if n := len(body); n > 0 && strings.HasPrefix(body[n-1], "[exit status ") {
			code, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(body[n-1], "[exit status "), "]"))
			if err != nil {
				t.Fatalf("%s: bad exit status line %q", cur.line, body[n-1])
			}
			cur.wantCode = code
			body = body[:n-1]
		}
		cur.want = strings.Join(body, "\n")
		if cur.want != "" {
			cur.want += "\n"
		}
		out = append(out, *cur)
		cur, body = nil, nil
	}
	inBlock := false
	for i, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "```console"):
			inBlock = true
			continue
		case inBlock && strings.HasPrefix(line, "```"):
			flush()
			inBlock = false
			continue
		}
		if !inBlock {
			continue
		}
		if cmd, ok := strings.CutPrefix(line, "$ "); ok {
			flush()
			where := filepath.Base(path) + ":" + strconv.Itoa(i+1)
			rest, ok := strings.CutPrefix(cmd, toolPrefix)
			if !ok {
				cur = nil
				continue // a command of another tool (go test, cat): shown, not run
			}
			s := session{file: path, line: where}
			words, err := shellWords(rest)
			if err != nil {
				t.Fatalf("%s: %v", where, err)
			}
			if n := len(words); n >= 2 && words[n-2] == "<" {
				in, err := os.ReadFile(words[n-1])
				if err != nil {
					t.Fatalf("%s: %v", where, err)
				}
				s.stdin, words = string(in), words[:n-2]
			}
			s.args = words
			cur = &s
			continue
		}
		if cur != nil {
			body = append(body, line)
		}
	}
	flush()
	return out
}

// shellWords splits a command line the way a POSIX shell would for the
// simple quoting the guides use: single and double quotes, no expansion.
func shellWords(s string) ([]string, error) {
	var words []string
	var b strings.Builder
	inWord := false
	var quote rune
	for _, r := range s {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				b.WriteRune(r)
			}
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t':
			if inWord {
				words = append(words, b.String())
				b.Reset()
				inWord = false
			}
		default:
			b.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, &usageError{msg: "unterminated quote in " + s}
	}
	if inWord {
		words = append(words, b.String())
	}
	return words, nil
}

// TestGuideCommands runs every iomstrategy command the README and the
// examples' guides show, from the repository root as a reader would, and
// checks that it prints what the guide shows and exits as it says.
func TestGuideCommands(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	var all []session
	for _, doc := range []string{"README.md"} {
		all = append(all, readSessions(t, doc)...)
	}
	if len(all) == 0 {
		t.Fatal("the README shows no iomstrategy command in a console block")
	}
	for _, s := range all {
		t.Run(s.line, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(s.args, strings.NewReader(s.stdin), &out, &errOut)
			got := out.String() + errOut.String()
			if got != s.want || code != s.wantCode {
				t.Errorf("%s: iomstrategy %s\nexit status %d, want %d\n--- got\n%s--- want\n%s", s.line, strings.Join(s.args, " "), code, s.wantCode, got, s.want)
			}
		})
	}
}
