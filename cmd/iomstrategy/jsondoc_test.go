package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// jsonSection is one command's section of docs/json.md: its heading (the
// command), its documented top-level keys and its example.
type jsonSection struct {
	command string
	keys    []string
	example *session
}

var keysLine = regexp.MustCompile("`([a-z0-9_]+)`")

// readJSONDoc reads docs/json.md's sections (run from the repository root).
func readJSONDoc(t *testing.T) map[string]*jsonSection {
	t.Helper()
	const path = "docs/json.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sessions := readSessions(t, path)
	sections := map[string]*jsonSection{}
	var cur *jsonSection
	for i, line := range strings.Split(string(data), "\n") {
		if name, ok := strings.CutPrefix(line, "## "); ok {
			cur = &jsonSection{command: name}
			sections[name] = cur
			continue
		}
		if cur == nil {
			continue
		}
		if keys, ok := strings.CutPrefix(line, "Keys: "); ok {
			for _, m := range keysLine.FindAllStringSubmatch(keys, -1) {
				cur.keys = append(cur.keys, m[1])
			}
		}
		where := filepath.Base(path) + ":" + strconv.Itoa(i+1)
		for j := range sessions {
			if sessions[j].line == where {
				if cur.example != nil {
					t.Errorf("%s: a second example in section %s", where, cur.command)
				}
				cur.example = &sessions[j]
			}
		}
	}
	return sections
}

// topKeys is the top-level keys of the JSON object at the start of out, in
// their order.
func topKeys(t *testing.T, where, out string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("%s: not one JSON object (%v):\n%s", where, err, out)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatalf("%s: %v", where, err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatalf("%s: %v", where, err)
		}
	}
	return keys
}

// TestJSONKeys: docs/json.md has a section for every command, with its
// top-level keys and an example whose output has exactly those keys; other
// invocations of the same commands print the same keys.
func TestJSONKeys(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	sections := readJSONDoc(t)
	var want []string
	for _, name := range toolCommands(t) {
		// rules: the rule book, whose Markdown form is docs/rules.md;
		// serve: the server, which prints no result
		if name != "rules" && name != "serve" {
			want = append(want, name)
		}
	}
	for _, name := range want {
		s, ok := sections[name]
		if !ok {
			t.Errorf("docs/json.md has no section %q", name)
			continue
		}
		if s.example == nil || len(s.keys) == 0 {
			t.Errorf("docs/json.md, %s: want a Keys line and one example", name)
			continue
		}
		if !slices.Equal(s.example.args[:len(strings.Fields(name))], strings.Fields(name)) {
			t.Errorf("docs/json.md, %s: the example runs %v", name, s.example.args)
		}
		if got := topKeys(t, s.example.line, s.example.want); !slices.Equal(got, s.keys) {
			t.Errorf("%s: the example prints keys %v, the section documents %v", s.example.line, got, s.keys)
		}
		stdout, _, _ := runTool(t, s.example.stdin, s.example.args...)
		if got := topKeys(t, s.example.line, stdout); !slices.Equal(got, s.keys) {
			t.Errorf("%s: %v prints keys %v, the section documents %v", s.example.line, s.example.args, got, s.keys)
		}
	}
	for name := range sections {
		if !slices.Contains(want, name) {
			t.Errorf("docs/json.md documents %q, which is not a command", name)
		}
	}

	// Other invocations: the same keys, whatever the number of results.
	others := []struct {
		section string
		args    []string
	}{
		{"allocate", []string{"allocate", "--input", "examples/data/years.csv"}},
		{"allocate", []string{"allocate", "--input", "examples/data/years.csv", "--params", "examples/data/params-whatif.json"}},
		{"screen", []string{"screen", "--input", "examples/data/applications.csv", "--members", "examples/data/members.csv"}},
		{"ledger", []string{"ledger", "--allocation", "examples/data/allocation.json", "--screening", "examples/data/screenings.json"}},
		{"points", []string{"points"}},
		{"suggest", []string{"suggest", "--format", "json", "zebra"}},
		{"governance bodies", []string{"governance", "bodies", "--date", "2020-01-01"}},
		{"indicators", []string{"indicators", "--point", "9"}},
		{"indicators check", []string{"indicators", "check"}},
	}
	for _, o := range others {
		args := o.args
		if !slices.Contains(args, "--format") {
			args = append(args[:len(args):len(args)], "--format", "json")
		}
		stdout, stderr, code := runTool(t, "", args...)
		if code == exitBadArgs {
			t.Fatalf("%v: exit %d: %s", o.args, code, stderr)
		}
		if got := topKeys(t, strings.Join(o.args, " "), stdout); !slices.Equal(got, sections[o.section].keys) {
			t.Errorf("%v prints keys %v, docs/json.md documents %v", o.args, got, sections[o.section].keys)
		}
		if bytes.HasPrefix(bytes.TrimSpace([]byte(stdout)), []byte("[")) {
			t.Errorf("%v prints a bare array", o.args)
		}
	}
}

// allKeys collects every object key of a JSON document, at any depth,
// and for a key of a nested object also its path joined by "_" (a CSV
// flattens "absolute_range": {"low": ...} as absolute_range_low).
func allKeys(v any, into map[string]bool) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			into[k] = true
			if m, ok := x.(map[string]any); ok {
				for sub := range m {
					into[k+"_"+sub] = true
				}
			}
			allKeys(x, into)
		}
	case []any:
		for _, x := range v {
			allKeys(x, into)
		}
	}
}

// csvOnly are the CSV columns that are no JSON key, with why.
var csvOnly = map[string]map[string]string{
	// The JSON lists committed and refused commitments apart; the CSV
	// keeps the input's order and says which list each is in.
	"ledger": {"status": "committed or refused: the JSON list the commitment is in"},
	// The JSON has the changes step by step and the growth over the span
	// apart; the CSV has one row of each and says which it is.
	"indicators series": {"kind": "step or span: in the JSON's changes, or its growth"},
}

// csvRuns are invocations whose results show every optional field (the
// examples of docs/json.md show one result, which may leave some out).
var csvRuns = map[string][]string{
	"points":           {"points", "--format", "json"},
	"indicators":       {"indicators", "--format", "json"},
	"indicators check": {"indicators", "check", "--format", "json"},
}

// TestCSVNamesAreJSONNames: the CSV of every command that prints one has a
// header, and each of its columns is a key of the same command's JSON, so
// that a field has one name in both.
func TestCSVNamesAreJSONNames(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	sections := readJSONDoc(t)
	for _, name := range toolCommands(t) {
		s := sections[name]
		if s == nil || s.example == nil {
			continue // TestJSONKeys reports it (rules prints no CSV)
		}
		t.Run(name, func(t *testing.T) {
			args := slices.Clone(s.example.args)
			if run, ok := csvRuns[name]; ok {
				args = slices.Clone(run)
			}
			i := slices.Index(args, "--format")
			if i < 0 || args[i+1] != "json" {
				t.Fatalf("the example %v has no --format json", args)
			}
			jsonOut, _, _ := runTool(t, s.example.stdin, args...)
			args[i+1] = "csv"
			csvOut, stderr, code := runTool(t, s.example.stdin, args...)
			if code == exitBadArgs {
				t.Fatalf("%v: exit %d: %s", args, code, stderr)
			}
			header, _, ok := strings.Cut(csvOut, "\n")
			if !ok || header == "" {
				t.Fatalf("%v: no header:\n%s", args, csvOut)
			}
			var doc any
			if err := json.Unmarshal([]byte(jsonOut), &doc); err != nil {
				t.Fatal(err)
			}
			keys := map[string]bool{}
			allKeys(doc, keys)
			for _, col := range strings.Split(header, ",") {
				if !keys[col] && csvOnly[name][col] == "" {
					t.Errorf("CSV column %q is no key of the JSON", col)
				}
			}
		})
	}
}
