package main

import (
	"bytes"
	"cmp"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/policycode/iomstrategy"
)

// pageHandler is the whole server's handler with the given body limit,
// its log discarded.
func pageHandler(maxBody int64) http.Handler {
	return newHandler(serverOptions{maxBody: maxBody}, slog.New(slog.NewTextHandler(io.Discard, nil)))
}

// readme2009 is the README's example year as the calculator's query.
const readme2009 = "/?year=2009&discretionary=24100000&security=800000&unearmarked=1900000&interest=150000&direct=100000"

// pagePart is a part of a multipart form in a test: a file (a sample of
// examples/data, or content given here) or a value.
type pagePart struct {
	field    string
	fileName string // "" for a value
	sample   string // a file of examples/data to upload
	content  string // the part's content when no sample
}

// pageUpload is a multipart POST of the parts, in order.
func pageUpload(t *testing.T, target string, parts ...pagePart) *http.Request {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for _, p := range parts {
		data := []byte(p.content)
		if p.sample != "" {
			var err error
			if data, err = os.ReadFile(filepath.Join("..", "..", "examples", "data", p.sample)); err != nil {
				t.Fatal(err)
			}
		}
		var w io.Writer
		var err error
		if p.fileName != "" {
			w, err = mw.CreateFormFile(p.field, p.fileName)
		} else {
			w, err = mw.CreateFormField(p.field)
		}
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	r := httptest.NewRequest(http.MethodPost, target, &body)
	r.Header.Set("Content-Type", mw.FormDataContentType())
	return r
}

// sampleFile is a part uploading a file of examples/data under its name.
func sampleFile(field, name string) pagePart {
	return pagePart{field: field, fileName: name, sample: name}
}

func formValue(field, value string) pagePart { return pagePart{field: field, content: value} }

// fieldHTML is the HTML of the form field of the given name: its
// label, hint, control and error.
func fieldHTML(t *testing.T, page, name string) string {
	t.Helper()
	re := regexp.MustCompile(`(?s)<div class="field[^"]*">\s*<label for="` + regexp.QuoteMeta(name) + `">.*?</div>`)
	f := re.FindString(page)
	if f == "" {
		t.Fatalf("no field %q in the page", name)
	}
	return f
}

func TestPages(t *testing.T) {
	// The expected amounts are worked out by hand from Part III:
	// discretionary income excluding security is 24,100,000 - 800,000 =
	// 23,300,000, above the baseline of 20,500,000 by 2,800,000; Line 2 by
	// formula is 25% of it, 700,000; miscellaneous income is 1,900,000 +
	// 150,000 = 2,050,000, and Line 1 (1,400,000) + 700,000 = 2,100,000
	// is above it by 50,000, which the cap cuts from Line 2: 650,000; the
	// total available adds the direct contributions: 2,050,000 + 100,000.
	// With a share of 30%, Line 2 by formula is 840,000, and the cap cuts
	// 1,400,000 + 840,000 - 2,050,000 = 190,000 from it: Line 2 is still
	// 650,000. Cutting Line 1 first instead, Line 1 is 2,050,000 - 840,000
	// = 1,210,000 and Line 2 keeps its 840,000.
	tests := []struct {
		name        string
		request     func(t *testing.T) *http.Request
		maxBody     int64 // defaultMaxBody when zero
		wantStatus  int
		wantType    string   // the content type's prefix; text/html when ""
		want        []string // in the body
		wantNot     []string // not in the body
		wantField   map[string][]string
		wantHeaders map[string]string
	}{
		{
			name:       "calculator: the empty form",
			request:    pageGet("/"),
			wantStatus: http.StatusOK,
			want: []string{`<form method="get" action="/#result" id="calculator">`, `<label for="year">`, `<label for="discretionary">`,
				`<label for="security">`, `<label for="unearmarked">`, `<label for="interest">`, `<label for="direct">`,
				`<label for="share">`, `<label for="baseline">`, `<label for="line1">`, `<label for="cap_order">`,
				`href="` + strings.ReplaceAll(readme2009, "&", "&amp;") + `"`},
			wantNot: []string{`id="builtin"`, `id="chart"`, `class="error"`},
			wantHeaders: map[string]string{
				"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
			},
		},
		{
			name:       "calculator: the README's 2009 figures (bullets 1, 2 and 5)",
			request:    pageGet(readme2009),
			wantStatus: http.StatusOK,
			want: []string{
				`id="builtin-line1">USD 1,400,000.00<`,
				`id="builtin-line2">USD 650,000.00<`,
				`id="builtin-total">USD 2,050,000.00<`,
				`id="builtin-cap-reduction">USD 50,000.00<`,
				`id="builtin-direct-contributions">USD 100,000.00<`,
				`id="builtin-total-available">USD 2,150,000.00<`,
				"Line 2 by formula is 25% of the excess USD 2,800,000.00: USD 700,000.00.",
				`<code>line2-formula</code> · <a href="/rules#part-iii-bullet-1">Resolution 1150 (XCIII), Annex, Part III, bullet 1</a>`,
				`<code>cap</code> · <a href="/rules#part-iii-bullet-2">Resolution 1150 (XCIII), Annex, Part III, bullet 2</a>`,
				`<code>line1-funding</code> · <a href="/rules#part-iii-bullet-5">Resolution 1150 (XCIII), Annex, Part III, bullet 5</a>`,
				`<dt id="builtin-reading-cap-cuts-line2-first"><code>cap-cuts-line2-first</code> (needs review)</dt>`,
				`<a href="#builtin-reading-rounding-to-cent">rounding-to-cent</a>`,
			},
			wantNot: []string{`id="whatif"`, `class="error"`},
			wantField: map[string][]string{
				"year": {`value="2009"`}, "discretionary": {`value="24100000"`}, "direct": {`value="100000"`},
			},
		},
		{
			name:       "calculator: the chart has the baseline, the cap and the input's point",
			request:    pageGet(readme2009),
			wantStatus: http.StatusOK,
			want: []string{`<svg id="chart"`, `<line id="baseline"`, `<line id="cap"`, `<g id="input-point"`,
				`<polyline id="line2-curve"`, `<polyline id="total-curve"`,
				"baseline USD 20,500,000.00", "cap: miscellaneous income USD 2,050,000.00",
				"Discretionary Income excluding security (USD)", "Amount (USD)", ">USD 20M<", ">USD 2M<"},
		},
		{
			name:       "calculator: an amount with an exponent, beside its field, the others kept",
			request:    pageGet(strings.Replace(readme2009, "discretionary=24100000", "discretionary=1.4e6", 1)),
			wantStatus: http.StatusBadRequest,
			want:       []string{`<div class="error-summary" id="error-summary" role="alert">`, `<a href="#discretionary">Discretionary Income (USD)</a>: invalid USD amount`},
			wantNot:    []string{`id="builtin"`, `id="chart"`},
			wantField: map[string][]string{
				"discretionary": {`value="1.4e6"`, `aria-invalid="true"`, `id="discretionary-error"`,
					`invalid USD amount &#34;1.4e6&#34;: exponents are not accepted: write the amount out, such as 1400000.00 for 1.4e6`},
				"year": {`value="2009"`}, "security": {`value="800000"`}, "unearmarked": {`value="1900000"`},
				"interest": {`value="150000"`}, "direct": {`value="100000"`},
			},
		},
		{
			name:       "calculator: an amount finer than a cent",
			request:    pageGet(strings.Replace(readme2009, "security=800000", "security=800000.005", 1)),
			wantStatus: http.StatusBadRequest,
			wantField: map[string][]string{
				"security":      {`value="800000.005"`, `at most two decimals (cents); the amount is not rounded`},
				"discretionary": {`value="24100000"`},
			},
		},
		{
			name:       "calculator: an empty year",
			request:    pageGet(strings.Replace(readme2009, "year=2009", "year=", 1)),
			wantStatus: http.StatusBadRequest,
			wantField:  map[string][]string{"year": {`id="year-error"`, `expected a year such as 2010`}},
		},
		{
			name:       "calculator: a year the rules do not cover",
			request:    pageGet(strings.Replace(readme2009, "year=2009", "year=2019", 1)),
			wantStatus: http.StatusBadRequest,
			wantField:  map[string][]string{"year": {`value="2019"`, `no 1035 Facility rules in force for 2019: the rules cover 2008-2018`}},
		},
		{
			name:       "calculator: security above discretionary income",
			request:    pageGet(strings.Replace(readme2009, "security=800000", "security=25000000", 1)),
			wantStatus: http.StatusBadRequest,
			wantField:  map[string][]string{"security": {`the security part is above the discretionary income it is part of`}},
		},
		{
			name:       "calculator: a what-if share of 30%, side by side with the built-in rules",
			request:    pageGet(readme2009 + "&share=0.30"),
			wantStatus: http.StatusOK,
			want: []string{
				`id="builtin-line2">USD 650,000.00<`, `id="builtin-cap-reduction">USD 50,000.00<`,
				`id="whatif-line2">USD 650,000.00<`, `id="whatif-cap-reduction">USD 190,000.00<`,
				`id="whatif-total-available">USD 2,150,000.00<`,
				"Line 2 by formula (USD 840,000.00)",
				"What-if: share 0.30",
				"Line 2 by formula is 30% (a what-if: Resolution 1150 (XCIII), Annex, Part III, bullet 1 says 25%) of the excess USD 2,800,000.00: USD 840,000.00.",
				`<polyline id="whatif-line2-curve"`, `<g id="whatif-input-point"`,
				`<details id="what-if" open>`,
			},
			wantNot:   []string{`id="whatif-baseline"`},
			wantField: map[string][]string{"share": {`value="0.30"`}},
		},
		{
			name:       "calculator: a what-if that cuts Line 1 first, with its own baseline",
			request:    pageGet(readme2009 + "&share=0.30&cap_order=line1-first&baseline=21000000"),
			wantStatus: http.StatusOK,
			// Excess 23,300,000 - 21,000,000 = 2,300,000; 30% is 690,000;
			// 1,400,000 + 690,000 - 2,050,000 = 40,000 cut from Line 1.
			want: []string{
				`id="whatif-line1">USD 1,360,000.00<`, `id="whatif-line2">USD 690,000.00<`,
				`id="whatif-cap-reduction">USD 40,000.00<`,
				`<line id="whatif-baseline"`, "what-if baseline USD 21,000,000.00",
				`<option value="line1-first" selected>`,
			},
		},
		{
			name:       "calculator: bad what-if values, each beside its field, the built-in result still shown",
			request:    pageGet(readme2009 + "&share=abc&line1=x&cap_order=sideways"),
			wantStatus: http.StatusBadRequest,
			want:       []string{`id="builtin-line2">USD 650,000.00<`, "There are 3 problems"},
			wantNot:    []string{`id="whatif"`},
			wantField: map[string][]string{
				"share":     {`value="abc"`, `share &#34;abc&#34;: expected a proportion as a decimal string, such as &#34;0.25&#34; for 25 per cent`},
				"line1":     {`value="x"`, `line1 &#34;x&#34;: invalid USD amount &#34;x&#34;`},
				"cap_order": {`<option value="sideways" selected>sideways</option>`, `want line2-first, line1-first or line2-only`},
			},
		},
		{
			name:       "calculator: a value is escaped, never markup",
			request:    pageGet(strings.Replace(readme2009, "discretionary=24100000", "discretionary=%3Cscript%3Ealert(1)%3C/script%3E", 1)),
			wantStatus: http.StatusBadRequest,
			want:       []string{`value="&lt;script&gt;alert(1)&lt;/script&gt;"`},
			wantNot:    []string{"<script"},
		},
		{
			name:       "screen: the upload form",
			request:    pageGet("/screen"),
			wantStatus: http.StatusOK,
			want: []string{`<form method="post" action="/screen#result" enctype="multipart/form-data" id="screen-form">`,
				`<label for="input">`, `<label for="members">`, `<label for="date">`,
				`name="format" value="csv"`, `name="format" value="xlsx"`, `name="format" value="json"`},
			wantNot: []string{`id="result"`},
		},
		{
			name: "screen: the sample files, each verdict with its reasons, citations and readings",
			request: func(t *testing.T) *http.Request {
				return pageUpload(t, "/screen", sampleFile("input", "applications.csv"), sampleFile("members", "members.csv"), formValue("format", "html"))
			},
			wantStatus: http.StatusOK,
			want: []string{
				"14 applications screened",
				`APP-01: <span class="verdict verdict-eligible">eligible</span>`,
				`APP-03: <span class="verdict verdict-conditional">conditional</span>`,
				`APP-07: <span class="verdict verdict-ineligible">ineligible</span>`,
				"USD 250,000.00 requested exceeds the Line 2 national ceiling of USD 200,000.00",
				`<a href="/rules#part-iii-bullet-5-criterion-2">Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2</a>`,
				`<a href="#reading-over-ceiling">over-ceiling</a>`,
				`<dt id="reading-over-ceiling">`,
				`<form method="post" action="/screen" enctype="multipart/form-data" id="download"`,
				`<input type="hidden" name="kept_input_name" value="applications.csv">`,
			},
		},
		{
			name: "screen: a workbook of applications and a date",
			request: func(t *testing.T) *http.Request {
				return pageUpload(t, "/screen", sampleFile("input", "applications.xlsx"), sampleFile("members", "members.csv"), formValue("date", "2014-01-01"))
			},
			wantStatus: http.StatusOK,
			want:       []string{"14 applications screened", `APP-03: <span class="verdict verdict-conditional">`},
			wantField:  map[string][]string{"date": {`value="2014-01-01"`}},
		},
		{
			name: "screen: download as CSV",
			request: func(t *testing.T) *http.Request {
				return pageUpload(t, "/screen", sampleFile("input", "applications.csv"), sampleFile("members", "members.csv"), formValue("format", "csv"))
			},
			wantStatus:  http.StatusOK,
			wantType:    "text/csv",
			want:        []string{"id,line,scope,amount,countries,verdict,fundable,code,finding,citation,country,message,interpretations\n", "APP-03,2,national,250000.00,Borduria,conditional,200000.00"},
			wantHeaders: map[string]string{"Content-Disposition": `attachment; filename="screenings.csv"`},
		},
		{
			name: "screen: download as XLSX",
			request: func(t *testing.T) *http.Request {
				return pageUpload(t, "/screen", sampleFile("input", "applications.csv"), sampleFile("members", "members.csv"), formValue("format", "xlsx"))
			},
			wantStatus:  http.StatusOK,
			wantType:    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			want:        []string{"PK\x03\x04"},
			wantHeaders: map[string]string{"Content-Disposition": `attachment; filename="screenings.xlsx"`},
		},
		{
			name: "screen: download as JSON",
			request: func(t *testing.T) *http.Request {
				return pageUpload(t, "/screen", sampleFile("input", "applications.csv"), sampleFile("members", "members.csv"), formValue("format", "json"))
			},
			wantStatus:  http.StatusOK,
			wantType:    "application/json",
			want:        []string{`"screenings": [`, `"id": "APP-03"`, `"verdict": "conditional"`},
			wantHeaders: map[string]string{"Content-Disposition": `attachment; filename="screenings.json"`},
		},
		{
			name: "screen: the files the result page keeps, posted again for a download",
			request: func(t *testing.T) *http.Request {
				apps, err := os.ReadFile(filepath.Join("..", "..", "examples", "data", "applications.xlsx"))
				if err != nil {
					t.Fatal(err)
				}
				members, err := os.ReadFile(filepath.Join("..", "..", "examples", "data", "members.csv"))
				if err != nil {
					t.Fatal(err)
				}
				return pageUpload(t, "/screen",
					formValue("kept_input", base64.RawURLEncoding.EncodeToString(apps)), formValue("kept_input_name", "applications.xlsx"),
					formValue("kept_members", base64.RawURLEncoding.EncodeToString(members)), formValue("kept_members_name", "members.csv"),
					formValue("format", "csv"))
			},
			wantStatus: http.StatusOK,
			wantType:   "text/csv",
			want:       []string{"APP-14,2,national,0.00,Arcadia,ineligible"},
		},
		{
			name: "screen: a file with the wrong columns, beside its field and named as uploaded",
			request: func(t *testing.T) *http.Request {
				return pageUpload(t, "/screen", pagePart{field: "input", fileName: "members.csv", sample: "members.csv"}, sampleFile("members", "members.csv"))
			},
			wantStatus: http.StatusBadRequest,
			wantField: map[string][]string{
				"input": {`id="input-error"`, `members.csv: unknown column &#34;country&#34;`},
			},
			wantNot: []string{`id="result"`},
		},
		{
			name: "screen: a missing file and a file of another kind",
			request: func(t *testing.T) *http.Request {
				return pageUpload(t, "/screen", pagePart{field: "input", fileName: "notes.txt", content: "hello"})
			},
			wantStatus: http.StatusBadRequest,
			wantField: map[string][]string{
				"input":   {`&#34;notes.txt&#34;: want a .csv, .xlsx or .json file`},
				"members": {`choose a file: CSV, XLSX or JSON`},
			},
		},
		{
			name: "screen: a bad date, beside its field",
			request: func(t *testing.T) *http.Request {
				return pageUpload(t, "/screen", sampleFile("input", "applications.csv"), sampleFile("members", "members.csv"), formValue("date", "2014-13-01"))
			},
			wantStatus: http.StatusBadRequest,
			wantField:  map[string][]string{"date": {`value="2014-13-01"`, `&#34;2014-13-01&#34;: expected a date as YYYY-MM-DD`}},
		},
		{
			name: "screen: a body over the limit",
			request: func(t *testing.T) *http.Request {
				return pageUpload(t, "/screen", sampleFile("input", "applications.csv"), sampleFile("members", "members.csv"))
			},
			maxBody:    512,
			wantStatus: http.StatusRequestEntityTooLarge,
			want:       []string{"the files are over the limit of 512 bytes together"},
		},
		{
			name: "screen: a form that is no upload",
			request: func(t *testing.T) *http.Request {
				r := httptest.NewRequest(http.MethodPost, "/screen", strings.NewReader("input=x"))
				r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				return r
			},
			wantStatus: http.StatusBadRequest,
			want:       []string{"the form must be sent as multipart/form-data"},
		},
		{
			name:       "rules: the rule book with the navigation",
			request:    pageGet("/rules"),
			wantStatus: http.StatusOK,
			want: []string{`<nav class="site" aria-label="Pages">`, `<a href="/rules" aria-current="page">`,
				`<h3 id="part-iii-bullet-1">`, `<h3 id="part-iii-bullet-5-criterion-2">`, "nav.site ul"},
		},
		{
			name:       "points: the 12 points",
			request:    pageGet("/points"),
			wantStatus: http.StatusOK,
			want: []string{`<li id="point-1" value="1">`, `<li id="point-12" value="12">`, "Migration assistance services",
				`<textarea id="text" name="text"`, `<label for="text">`},
			wantNot: []string{`id="suggestions"`},
		},
		{
			name:       "points: a description's points",
			request:    pageGet("/points?text=assisted+voluntary+return+and+reintegration+of+stranded+migrants"),
			wantStatus: http.StatusOK,
			want: []string{`<h2 id="suggestions">`, `<a href="#point-10">Point 10</a>: Voluntary return and reintegration`,
				"Confidence: <strong>strong</strong>", "“reintegration”: Resolution 1150 (XCIII), Annex, Part I, point 10",
				">assisted voluntary return and reintegration of stranded migrants</textarea>"},
		},
		{
			name:       "points: none suggested, and why",
			request:    pageGet("/points?text=a+new+printer+for+the+office"),
			wantStatus: http.StatusOK,
			want:       []string{`<p id="no-suggestion">No point suggested: the best match`, "tick “Show weak suggestions too” to see them."},
		},
		{
			name:       "points: an empty description, beside its field",
			request:    pageGet("/points?text=+"),
			wantStatus: http.StatusBadRequest,
			want:       []string{`<p class="error" id="text-error">`, "empty project description: write the project&#39;s description in the box"},
		},
		{
			name:       "an address with no page",
			request:    pageGet("/no-such-page"),
			wantStatus: http.StatusNotFound,
			want:       []string{"There is no page at <code>/no-such-page</code>", `<nav class="site"`},
		},
		{
			name: "a page asked with a method it does not take",
			request: func(*testing.T) *http.Request {
				return httptest.NewRequest(http.MethodPut, "/screen", nil)
			},
			wantStatus: http.StatusMethodNotAllowed,
			wantType:   "text/plain; charset=utf-8",
			want:       []string{"PUT /screen: this page takes GET, POST"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			pageHandler(cmp.Or(tt.maxBody, defaultMaxBody)).ServeHTTP(w, tt.request(t))
			body := w.Body.String()
			if w.Code != tt.wantStatus {
				t.Errorf("status = %d, want %d; body:\n%s", w.Code, tt.wantStatus, clipBody(body))
			}
			wantType := tt.wantType
			if wantType == "" {
				wantType = "text/html; charset=utf-8"
			}
			if got := w.Header().Get("Content-Type"); !strings.HasPrefix(got, wantType) {
				t.Errorf("Content-Type = %q, want %q", got, wantType)
			}
			for k, v := range tt.wantHeaders {
				if got := w.Header().Get(k); got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
			for _, s := range tt.want {
				if !strings.Contains(body, s) {
					t.Errorf("the body lacks %q", s)
				}
			}
			for _, s := range tt.wantNot {
				if strings.Contains(body, s) {
					t.Errorf("the body has %q", s)
				}
			}
			for field, wants := range tt.wantField {
				f := fieldHTML(t, body, field)
				for _, s := range wants {
					if !strings.Contains(f, s) {
						t.Errorf("the field %s lacks %q:\n%s", field, s, f)
					}
				}
			}
			if t.Failed() && len(tt.want)+len(tt.wantField) > 0 && strings.HasPrefix(wantType, "text/html") {
				t.Logf("body:\n%s", clipBody(body))
			}
		})
	}
}

// clipBody cuts a body for a failure's log.
func clipBody(s string) string {
	if len(s) > 6000 {
		return s[:6000] + "..."
	}
	return s
}

func pageGet(target string) func(*testing.T) *http.Request {
	return func(*testing.T) *http.Request { return httptest.NewRequest(http.MethodGet, target, nil) }
}

// svgElement is an element of the chart, as encoding/xml reads it.
type svgElement struct {
	XMLName  xml.Name
	Attrs    []xml.Attr   `xml:",any,attr"`
	Children []svgElement `xml:",any"`
}

func (e svgElement) attr(name string) string {
	for _, a := range e.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// byID finds the element of the given id under e.
func (e svgElement) byID(id string) (svgElement, bool) {
	if e.attr("id") == id {
		return e, true
	}
	for _, c := range e.Children {
		if f, ok := c.byID(id); ok {
			return f, true
		}
	}
	return svgElement{}, false
}

// TestChartInputOnCurves reads the chart's SVG as XML and checks that the
// input's dots lie on the curves the library drew, at the input's
// discretionary income, and that the baseline and the cap are where the
// axes put USD 20,500,000.00 and USD 2,050,000.00.
func TestChartInputOnCurves(t *testing.T) {
	tests := []struct {
		name   string
		target string
		sets   []string // the chart's id prefixes
	}{
		{"the README's 2009 figures", readme2009, []string{""}},
		{"below the baseline", "/?year=2011&discretionary=20900000&security=700000&unearmarked=1200000&interest=50000", []string{""}},
		{"the cap not binding", "/?year=2012&discretionary=26000000&security=900000&unearmarked=3500000&interest=60000&direct=75000", []string{""}},
		{"a what-if", readme2009 + "&share=0.30&cap_order=line1-first", []string{"", "whatif-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			pageHandler(defaultMaxBody).ServeHTTP(w, httptest.NewRequest(http.MethodGet, tt.target, nil))
			body := w.Body.String()
			start, end := strings.Index(body, "<svg "), strings.Index(body, "</svg>")
			if w.Code != http.StatusOK || start < 0 || end < 0 {
				t.Fatalf("status %d, no chart:\n%s", w.Code, clipBody(body))
			}
			var svg svgElement
			if err := xml.Unmarshal([]byte(body[start:end+len("</svg>")]), &svg); err != nil {
				t.Fatalf("the chart is no well-formed SVG: %v", err)
			}
			for _, prefix := range tt.sets {
				point, ok := svg.byID(prefix + "input-point")
				if !ok {
					t.Fatalf("no %sinput-point", prefix)
				}
				var dots []svgElement
				for _, c := range point.Children {
					if c.XMLName.Local == "circle" {
						dots = append(dots, c)
					}
				}
				if len(dots) != 2 {
					t.Fatalf("%sinput-point has %d dots, want 2 (Line 2 and the total)", prefix, len(dots))
				}
				for i, curve := range []string{"line2-curve", "total-curve"} {
					c, ok := svg.byID(prefix + curve)
					if !ok {
						t.Fatalf("no %s%s", prefix, curve)
					}
					at := dots[i].attr("cx") + "," + dots[i].attr("cy")
					if !strings.Contains(" "+c.attr("points")+" ", " "+at+" ") {
						t.Errorf("the dot %s is not a point of %s%s: %s", at, prefix, curve, c.attr("points"))
					}
				}
			}
			if _, ok := svg.byID("baseline"); !ok {
				t.Error("no baseline")
			}
			if _, ok := svg.byID("cap"); !ok {
				t.Error("no cap")
			}
		})
	}
}

// TestRuleBookLinks checks that a citation links to its provision's
// section of the rule book, and that every section linked to is there.
func TestRuleBookLinks(t *testing.T) {
	tests := []struct {
		name     string
		citation string
		want     string
	}{
		{"bullet 1", "Resolution 1150 (XCIII), Annex, Part III, bullet 1", "/rules#part-iii-bullet-1"},
		{"bullet 2", "Resolution 1150 (XCIII), Annex, Part III, bullet 2", "/rules#part-iii-bullet-2"},
		{"bullet 5", "Resolution 1150 (XCIII), Annex, Part III, bullet 5", "/rules#part-iii-bullet-5"},
		{"a criterion of bullet 5", "Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2", "/rules#part-iii-bullet-5-criterion-2"},
		{"the opening paragraph", "Resolution 1150 (XCIII), Annex, Part III, opening paragraph", "/rules#part-iii-opening-paragraph"},
		{"Part III as a whole", "Resolution 1150 (XCIII), Annex, Part III", "/rules#part-iii"},
		{"Part II", "Resolution 1150 (XCIII), Annex, Part II, para. 3(a)", "/rules#part-ii"},
		{"the Resolution", "Resolution 1150 (XCIII), para. 5", "/rules#resolution"},
		{"a point of Part I: no section", "Resolution 1150 (XCIII), Annex, Part I, point 9", ""},
		{"the Review: no section", "MC/INF/302, para. 16", ""},
		{"the Constitution: no section", "IOM Constitution, Article 4", ""},
	}
	w := httptest.NewRecorder()
	pageHandler(defaultMaxBody).ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/rules", nil))
	book := w.Body.String()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ruleBookLink(tt.citation)
			if got != tt.want {
				t.Errorf("ruleBookLink(%q) = %q, want %q", tt.citation, got, tt.want)
			}
			if _, frag, ok := strings.Cut(got, "#"); ok && !strings.Contains(book, `id="`+frag+`"`) {
				t.Errorf("the rule book has no id %q", frag)
			}
		})
	}
	for _, a := range ruleBookAnchors {
		if !strings.Contains(book, `<h3 id="`+a+`">`) {
			t.Errorf("the rule book has no section %q", a)
		}
	}
}

// TestPagesConventions checks what every page promises: no script, a
// viewport for phones, a print stylesheet, nothing loaded from elsewhere,
// the navigation, and a label for every field.
func TestPagesConventions(t *testing.T) {
	tests := []struct {
		name    string
		request func(t *testing.T) *http.Request
	}{
		{"the calculator", pageGet("/")},
		{"the calculator's result", pageGet(readme2009 + "&share=0.30")},
		{"the calculator's errors", pageGet("/?year=x&discretionary=1.4e6&share=2")},
		{"the screening form", pageGet("/screen")},
		{"the screening's result", func(t *testing.T) *http.Request {
			return pageUpload(t, "/screen", sampleFile("input", "applications.csv"), sampleFile("members", "members.csv"))
		}},
		{"the rule book", pageGet("/rules")},
		{"the points", pageGet("/points?text=AVRR")},
		{"no page", pageGet("/nowhere")},
	}
	controls := regexp.MustCompile(`<(input|select|textarea)\b[^>]*>`)
	idAttr := regexp.MustCompile(`\bid="([^"]+)"`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			pageHandler(defaultMaxBody).ServeHTTP(w, tt.request(t))
			body := w.Body.String()
			for _, s := range []string{`<meta name="viewport" content="width=device-width, initial-scale=1">`, "@media print", `<nav class="site"`, `<html lang="en">`} {
				if !strings.Contains(body, s) {
					t.Errorf("the page lacks %q", s)
				}
			}
			// The SVG's namespace is a name, not an address loaded.
			page := strings.ToLower(strings.ReplaceAll(body, `xmlns="http://www.w3.org/2000/svg"`, ""))
			for _, s := range []string{"<script", "javascript:", "http://", "https://", "<link", "@import", " src=", "url("} {
				if strings.Contains(page, s) {
					t.Errorf("the page has %q", s)
				}
			}
			for _, c := range controls.FindAllString(body, -1) {
				if strings.Contains(c, `type="hidden"`) {
					continue
				}
				m := idAttr.FindStringSubmatch(c)
				if m == nil {
					t.Errorf("a field without an id: %s", c)
					continue
				}
				if !strings.Contains(body, `<label for="`+m[1]+`">`) {
					t.Errorf("the field %q has no label", m[1])
				}
			}
		})
	}
}

// TestWhatIfParams checks the what-if set: the built-in set's values
// with the given ones in their place, named for them.
func TestWhatIfParams(t *testing.T) {
	var set map[string]any
	if err := json.Unmarshal(whatIfParamsJSON(map[string]string{"share": "0.30", "cap_order": "line1-first"}), &set); err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]any{
		"name":      "what-if: share 0.30, cap order line1-first",
		"share":     "0.30",
		"cap_order": "line1-first",
		"baseline":  "20500000.00",
		"line1":     "1400000.00",
		"rounding":  "half-away-from-zero",
		"from":      2008.0,
		"through":   2018.0,
	} {
		if set[key] != want {
			t.Errorf("%s = %v, want %v", key, set[key], want)
		}
	}
}

func TestShortUSD(t *testing.T) {
	tests := []struct {
		name  string
		cents int64
		want  string
	}{
		{"zero", 0, "USD 0"},
		{"whole millions", 2_000_000_00, "USD 2M"},
		{"a half million", 20_500_000_00, "USD 20.5M"},
		{"a quarter million", 250_000_00, "USD 0.25M"},
		{"ten thousand", 10_000_00, "USD 0.01M"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shortUSD(iomstrategy.USDFromCents(tt.cents)); got != tt.want {
				t.Errorf("shortUSD(%d cents) = %q, want %q", tt.cents, got, tt.want)
			}
		})
	}
}
