package main

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// session is one command shown in a ```console block of a Markdown file:
//
//	$ iomstrategy allocate --year 2009 ...
//	what it prints (standard output, then standard error)
//	[exit status 1]
//
// The last line is only there when the status is not 0. "< FILE" at the
// end of a command feeds the file to standard input. A command may also
// be written "go run ./cmd/iomstrategy ..." (goRun), which only the
// README's first command does: go run reports every failure as exit
// status 1, so the pages install the tool and run it by its name.
type session struct {
	file, line string
	args       []string
	stdin      string
	want       string
	wantCode   int
	goRun      bool
	// curl is a request to the server shown as a curl command (the API's
	// page, docs/api.md), with the lines of its answer head keeps (0: all).
	curl *apiRequest
	head int
}

// curlPrefix starts a curl command of the pages; the server they show
// listens on 127.0.0.1:8080.
const (
	curlPrefix = "curl "
	serverURL  = "http://127.0.0.1:8080"
)

// parseCurl reads the curl commands the pages show: curl -s [-X METHOD]
// [-H 'Name: value']... [-d DATA | -F name=value | -F name=@file]... URL
// [| head -n N].
func parseCurl(t *testing.T, where string, words []string) (apiRequest, int) {
	t.Helper()
	head := 0
	if i := slices.Index(words, "|"); i >= 0 {
		tail := words[i+1:]
		if len(tail) != 3 || tail[0] != "head" || tail[1] != "-n" {
			t.Fatalf("%s: want | head -n N after the curl command", where)
		}
		n, err := strconv.Atoi(tail[2])
		if err != nil {
			t.Fatalf("%s: %v", where, err)
		}
		words, head = words[:i], n
	}
	req := apiRequest{method: http.MethodGet}
	var form []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		next := func() string {
			if i+1 >= len(words) {
				t.Fatalf("%s: %s wants a value", where, w)
			}
			i++
			return words[i]
		}
		switch {
		case w == "-s" || w == "-sS":
		case w == "-X":
			req.method = next()
		case w == "-H":
			name, value, _ := strings.Cut(next(), ": ")
			if !strings.EqualFold(name, "Content-Type") {
				t.Fatalf("%s: only the header Content-Type is read", where)
			}
			req.contentType = value
		case w == "-d" || w == "--data":
			req.body = []byte(next())
			if req.method == http.MethodGet {
				req.method = http.MethodPost
			}
		case w == "-F":
			form = append(form, next())
			req.method = http.MethodPost
		case strings.HasPrefix(w, serverURL):
			req.target = strings.TrimPrefix(w, serverURL)
		default:
			t.Fatalf("%s: curl option %q is not read by the test", where, w)
		}
	}
	if len(form) > 0 {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		mw.SetBoundary("iomstrategy-docs")
		for _, f := range form {
			name, value, _ := strings.Cut(f, "=")
			if path, ok := strings.CutPrefix(value, "@"); ok {
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%s: %v", where, err)
				}
				fw, _ := mw.CreateFormFile(name, filepath.Base(path))
				fw.Write(data)
				continue
			}
			mw.WriteField(name, value)
		}
		mw.Close()
		req.body, req.contentType = b.Bytes(), mw.FormDataContentType()
	}
	if req.target == "" {
		t.Fatalf("%s: no %s URL", where, serverURL)
	}
	return req, head
}

const (
	toolPrefix  = "iomstrategy "
	goRunPrefix = "go run ./cmd/iomstrategy "
)

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
			if rest, ok := strings.CutPrefix(cmd, curlPrefix); ok {
				words, err := shellWords(rest)
				if err != nil {
					t.Fatalf("%s: %v", where, err)
				}
				req, head := parseCurl(t, where, words)
				cur = &session{file: path, line: where, args: append([]string{"curl"}, words...), curl: &req, head: head}
				continue
			}
			rest, goRun := strings.CutPrefix(cmd, goRunPrefix)
			if !goRun {
				var ok bool
				if rest, ok = strings.CutPrefix(cmd, toolPrefix); !ok {
					cur = nil
					continue // a command of another tool (go test, cat): shown, not run
				}
			}
			s := session{file: path, line: where, goRun: goRun}
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

// docPages lists the Markdown pages whose commands and links the tests
// check: the README and every page of docs/, from the repository root.
func docPages(t *testing.T) []string {
	t.Helper()
	pages, err := filepath.Glob(filepath.Join("docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) == 0 {
		t.Fatal("no page in docs/")
	}
	return append([]string{"README.md"}, pages...)
}

// TestGuideCommands runs every iomstrategy command the README and the
// pages of docs/ (the guide among them) show, from the repository root as
// a reader would, and checks that it prints what the page shows and exits
// as it says.
func TestGuideCommands(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	var all []session
	perPage := map[string]int{}
	for _, doc := range docPages(t) {
		s := readSessions(t, doc)
		perPage[doc] = len(s)
		all = append(all, s...)
	}
	for _, doc := range []string{"README.md", filepath.Join("docs", "guide.md")} {
		if perPage[doc] == 0 {
			t.Fatalf("%s shows no iomstrategy command in a console block", doc)
		}
	}
	for i, s := range all {
		if s.goRun && i != 0 {
			t.Errorf("%s: go run ./cmd/iomstrategy: write iomstrategy, the installed tool (only the README's first command may use go run)", s.line)
		}
		t.Run(s.line, func(t *testing.T) {
			if s.curl != nil {
				got := serveRequest(testHandler(defaultMaxBody), *s.curl).Body.String()
				if s.head > 0 {
					lines := strings.SplitAfter(got, "\n")
					got = strings.Join(lines[:min(s.head, len(lines))], "")
				}
				if got != s.want {
					t.Errorf("%s: %s\n--- got\n%s--- want\n%s", s.line, strings.Join(s.args, " "), got, s.want)
				}
				return
			}
			var out, errOut bytes.Buffer
			code := run(s.args, strings.NewReader(s.stdin), &out, &errOut)
			got := out.String() + errOut.String()
			if got != s.want || code != s.wantCode {
				t.Errorf("%s: iomstrategy %s\nexit status %d, want %d\n--- got\n%s--- want\n%s", s.line, strings.Join(s.args, " "), code, s.wantCode, got, s.want)
			}
		})
	}
}

// mdLink is a Markdown inline link's target: [text](target).
var mdLink = regexp.MustCompile(`\]\(([^()\s]+)\)`)

// inlineCode is a code span, whose text is not a link.
var inlineCode = regexp.MustCompile("`[^`]*`")

// mdText returns a page's lines outside fenced code blocks, with their
// line numbers from 1.
func mdText(data string) (lines []string, numbers []int) {
	fence := false
	for i, line := range strings.Split(data, "\n") {
		if strings.HasPrefix(line, "```") {
			fence = !fence
			continue
		}
		if !fence {
			lines, numbers = append(lines, line), append(numbers, i+1)
		}
	}
	return lines, numbers
}

// headingAnchors gives the anchors GitHub makes of a page's headings:
// lower case, letters, digits, '_', '-' and spaces kept, spaces made '-',
// a repeated anchor numbered -1, -2, ...
func headingAnchors(data string) map[string]bool {
	anchors := map[string]bool{}
	seen := map[string]int{}
	lines, _ := mdText(data)
	for _, line := range lines {
		if !strings.HasPrefix(line, "#") {
			continue
		}
		title := strings.TrimSpace(strings.TrimLeft(line, "#"))
		var b strings.Builder
		for _, r := range strings.ToLower(title) {
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-':
				b.WriteRune(r)
			case r == ' ':
				b.WriteRune('-')
			}
		}
		a := b.String()
		if n := seen[a]; n > 0 {
			seen[a]++
			a += "-" + strconv.Itoa(n)
		} else {
			seen[a] = 1
		}
		anchors[a] = true
	}
	return anchors
}

// TestDocLinks checks every relative link of the README and the pages of
// docs/: the file it names exists, and so does the heading its anchor
// names, so that a section moved from one page to another leaves no link
// behind.
func TestDocLinks(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	anchorsOf := map[string]map[string]bool{}
	anchors := func(path string) map[string]bool {
		if a, ok := anchorsOf[path]; ok {
			return a
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		anchorsOf[path] = headingAnchors(string(data))
		return anchorsOf[path]
	}
	links := 0
	for _, page := range docPages(t) {
		data, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		lines, numbers := mdText(string(data))
		for i, line := range lines {
			line = inlineCode.ReplaceAllString(line, "")
			for _, m := range mdLink.FindAllStringSubmatch(line, -1) {
				target := m[1]
				if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
					continue
				}
				links++
				where := page + ":" + strconv.Itoa(numbers[i])
				path, anchor, _ := strings.Cut(target, "#")
				file := page
				if path != "" {
					file = filepath.Join(filepath.Dir(page), filepath.FromSlash(path))
					if _, err := os.Stat(file); err != nil {
						t.Errorf("%s: link %q: %v", where, target, err)
						continue
					}
				}
				if anchor != "" {
					if !strings.HasSuffix(file, ".md") {
						t.Errorf("%s: link %q: an anchor in a file that is not Markdown", where, target)
					} else if !anchors(file)[anchor] {
						t.Errorf("%s: link %q: %s has no heading with the anchor #%s", where, target, file, anchor)
					}
				}
			}
		}
	}
	if links == 0 {
		t.Fatal("no relative link found: the link pattern no longer matches")
	}
}
