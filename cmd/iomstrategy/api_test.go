package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// testHandler is the whole server's handler, with its log discarded.
func testHandler(maxBody int64) http.Handler {
	return newHandler(defaultServerOptions(maxBody), slog.New(slog.NewTextHandler(io.Discard, nil)))
}

// sample is the path of a file of examples/data, from this package.
func sample(name string) string { return filepath.Join("..", "..", "examples", "data", name) }

// apiRequest is a request to the API in a test: a method, a target, and a
// body with its content type.
type apiRequest struct {
	method, target string
	contentType    string
	body           []byte
}

func get(target string) apiRequest { return apiRequest{method: http.MethodGet, target: target} }

func postJSON(target, body string) apiRequest {
	return apiRequest{method: http.MethodPost, target: target, contentType: "application/json", body: []byte(body)}
}

// multipartRequest is a multipart POST: files (field -> path of a sample file,
// uploaded under its base name) and fields.
func multipartRequest(t *testing.T, target string, files map[string]string, fields map[string]string) apiRequest {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for field, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		w, err := mw.CreateFormFile(field, filepath.Base(path))
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	mw.Close()
	return apiRequest{method: http.MethodPost, target: target, contentType: mw.FormDataContentType(), body: b.Bytes()}
}

// serveRequest sends a request to h and returns the response.
func serveRequest(h http.Handler, r apiRequest) *httptest.ResponseRecorder {
	req := httptest.NewRequest(r.method, r.target, bytes.NewReader(r.body))
	if r.contentType != "" {
		req.Header.Set("Content-Type", r.contentType)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func readSample(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(sample(name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestAPIMatchesCommand: each route answers, byte for byte, the JSON the
// command prints for the same input, given as query parameters, a JSON
// body or an upload of the files in examples/data.
func TestAPIMatchesCommand(t *testing.T) {
	h := testHandler(defaultMaxBody)
	year2009 := []string{"--year", "2009", "--discretionary", "24100000", "--security", "800000", "--unearmarked", "1900000", "--interest", "150000", "--direct", "100000"}
	tests := []struct {
		name      string
		req       apiRequest
		args      []string // the command line, without --format json
		wantCheck string   // the Iomstrategy-Check header: a check that failed
	}{
		{"allocate, query", get("/api/v1/allocate?year=2009&discretionary=24100000&security=800000&unearmarked=1900000&interest=150000&direct=100000"),
			append([]string{"allocate"}, year2009...), ""},
		{"allocate, a JSON object with the input columns' names, money as strings or numbers",
			postJSON("/api/v1/allocate", `{"year": 2009, "discretionary": "24100000", "security": 800000, "unearmarked": "USD 1,900,000.00", "interest": 150000, "direct": "100000.00"}`),
			append([]string{"allocate"}, year2009...), ""},
		{"allocate, a JSON array of years", postJSON("/api/v1/allocate", readSample(t, "years.json")),
			[]string{"allocate", "--input", sample("years.json")}, ""},
		{"allocate, an upload with a what-if parameter set", multipartRequest(t, "/api/v1/allocate", map[string]string{"input": sample("years.csv"), "params": sample("params-whatif.json")}, nil),
			[]string{"allocate", "--input", sample("years.csv"), "--params", sample("params-whatif.json")}, ""},
		{"allocate, a what-if parameter set in a JSON body", postJSON("/api/v1/allocate", `{"year": 2010, "discretionary": 24100000, "security": 800000, "unearmarked": 1900000, "interest": 150000, "params": `+readSample(t, "params-whatif.json")+`}`),
			[]string{"allocate", "--year", "2010", "--discretionary", "24100000", "--security", "800000", "--unearmarked", "1900000", "--interest", "150000", "--params", sample("params-whatif.json")}, ""},
		{"screen, CSV uploads", multipartRequest(t, "/api/v1/screen", map[string]string{"input": sample("applications.csv"), "members": sample("members.csv")}, nil),
			[]string{"screen", "--input", sample("applications.csv"), "--members", sample("members.csv")}, ""},
		{"screen, a workbook and a date", multipartRequest(t, "/api/v1/screen", map[string]string{"input": sample("applications.xlsx"), "members": sample("members.csv")}, map[string]string{"date": "2014-03-01"}),
			[]string{"screen", "--input", sample("applications.xlsx"), "--members", sample("members.csv"), "--date", "2014-03-01"}, ""},
		{"screen, JSON files in a JSON body", postJSON("/api/v1/screen", `{"input": `+readSample(t, "applications.json")+`, "members": `+readSample(t, "members.json")+`}`),
			[]string{"screen", "--input", sample("applications.json"), "--members", sample("members.json")}, ""},
		{"ledger, refusals: the books, and the check that failed", multipartRequest(t, "/api/v1/ledger", map[string]string{"allocation": sample("allocation.json"), "input": sample("commitments.csv")}, nil),
			[]string{"ledger", "--allocation", sample("allocation.json"), "--input", sample("commitments.csv")}, "failed: 4 of 10 commitments refused"},
		{"ledger from a screening", multipartRequest(t, "/api/v1/ledger", map[string]string{"allocation": sample("allocation.json"), "screening": sample("screenings.json")}, map[string]string{"approve-conditional": "true"}),
			[]string{"ledger", "--allocation", sample("allocation.json"), "--screening", sample("screenings.json"), "--approve-conditional"}, "failed: 3 of 7 commitments refused"},
		{"align", multipartRequest(t, "/api/v1/align", map[string]string{"input": sample("activities.csv")}, map[string]string{"split": "full"}),
			[]string{"align", "--input", sample("activities.csv"), "--split", "full"}, ""},
		{"points", get("/api/v1/points"), []string{"points"}, ""},
		{"one point", get("/api/v1/points?point=10"), []string{"points", "--point", "10"}, ""},
		{"suggest, query", get("/api/v1/suggest?text=return+counselling&top=1"), []string{"suggest", "--top", "1", "return counselling"}, ""},
		{"suggest, JSON", postJSON("/api/v1/suggest", `{"text": "assisted voluntary return", "min-confidence": "weak"}`),
			[]string{"suggest", "--min-confidence", "weak", "assisted voluntary return"}, ""},
		{"governance bodies", get("/api/v1/governance/bodies?date=2010-10-12"), []string{"governance", "bodies", "--date", "2010-10-12"}, ""},
		{"governance amendments, required in force", get("/api/v1/governance/amendments?members=122&acceptances=81&require-in-force=true"),
			[]string{"governance", "amendments", "--members", "122", "--acceptances", "81", "--require-in-force"}, "failed: the amendments are not in force: 81 of 122 Member States accepted, 82 required, 1 missing"},
		{"indicators of a point", get("/api/v1/indicators?point=9"), []string{"indicators", "--point", "9"}, ""},
		{"a series", get("/api/v1/indicators/series/staff"), []string{"indicators", "series", "staff"}, ""},
		{"the checks, estimates read as exact", get("/api/v1/indicators/checks?tolerance=0"), []string{"indicators", "check", "--tolerance", "0"},
			"failed: 1 of 26 checks fail: avrr-average-and-total"},
		{"the rule book", get("/api/v1/rules?year=2010"), []string{"rules", "--year", "2010"}, ""},
		{"version", get("/api/v1/version"), []string{"version"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, stderr, code := runTool(t, "", append(tt.args, "--format", "json")...)
			if code == exitBadArgs {
				t.Fatalf("the command: exit %d: %s", code, stderr)
			}
			w := serveRequest(h, tt.req)
			if w.Code != http.StatusOK || w.Header().Get("Content-Type") != "application/json" {
				t.Fatalf("status %d, %s: %s", w.Code, w.Header().Get("Content-Type"), w.Body)
			}
			if d := cmp.Diff(want, w.Body.String()); d != "" {
				t.Errorf("the API's answer differs from the command's output (-command +api):\n%s", d)
			}
			if got := w.Header().Get("Iomstrategy-Check"); got != tt.wantCheck {
				t.Errorf("Iomstrategy-Check %q, want %q", got, tt.wantCheck)
			}
		})
	}
}

// TestAPIErrors: a bad request gets JSON with a status, a code, the field
// at fault and the message the command prints; never a 500.
func TestAPIErrors(t *testing.T) {
	h := testHandler(1 << 10)
	tests := []struct {
		name   string
		req    apiRequest
		status int
		want   apiErrorBody
	}{
		{"an exponent", get("/api/v1/allocate?year=2009&discretionary=1.4e6&security=0&unearmarked=0&interest=0"), 400,
			apiErrorBody{Status: 400, Code: "invalid-amount", Field: "discretionary", Message: `--discretionary: invalid USD amount "1.4e6": exponents are not accepted: write the amount out, such as 1400000.00 for 1.4e6`}},
		{"a number with an exponent in JSON", postJSON("/api/v1/allocate", `{"year": 2009, "discretionary": 1.4e6, "security": 0, "unearmarked": 0, "interest": 0}`), 400,
			apiErrorBody{Status: 400, Code: "invalid-amount", Field: "discretionary", Message: `--discretionary: invalid USD amount "1.4e6": exponents are not accepted: write the amount out, such as 1400000.00 for 1.4e6`}},
		{"a missing flag", get("/api/v1/allocate?year=2009"), 400,
			apiErrorBody{Status: 400, Code: "usage", Message: "missing --discretionary, --security, --unearmarked, --interest (or give several years with --input FILE)"}},
		{"an unknown parameter", get("/api/v1/points?top=3"), 400,
			apiErrorBody{Status: 400, Code: "usage", Message: "unknown flag: --top"}},
		{"format is the API's", get("/api/v1/points?format=csv"), 400,
			apiErrorBody{Status: 400, Code: "usage", Message: "format: the API answers in JSON only"}},
		{"help is no parameter", get("/api/v1/points?help=1"), 400,
			apiErrorBody{Status: 400, Code: "usage", Message: `"help": not a parameter of points`}},
		{"a misspelled column", postJSON("/api/v1/allocate", `[{"year": 2009, "discretionery": 1, "security": 0, "unearmarked": 0, "interest": 0}]`), 400,
			apiErrorBody{Status: 400, Code: "unknown-column", File: "input.json", Field: "discretionery",
				Message: `input.json: unknown column "discretionery"; did you mean discretionary? (the columns are year, discretionary, security, unearmarked, interest, direct, discretionary_basis, note)`}},
		{"bad JSON", postJSON("/api/v1/allocate", `{"year": `), 400,
			apiErrorBody{Status: 400, Code: "usage", Message: "the JSON body: unexpected EOF"}},
		{"an array where the route takes none", postJSON("/api/v1/points", `[1]`), 400,
			apiErrorBody{Status: 400, Code: "usage", Message: "the JSON body: want an object whose keys are the flags"}},
		{"no file of the server's disk: only the request's files", get("/api/v1/allocate?input=" + sample("years.csv")), 400,
			apiErrorBody{Status: 400, Code: "invalid-input", File: sample("years.csv"), Message: sample("years.csv") + ": file does not exist"}},
		{"no standard input", get("/api/v1/allocate?input=-&input-format=csv"), 400,
			apiErrorBody{Status: 400, Code: "invalid-input", File: "standard input", Message: "standard input: empty input: expected a header row"}},
		{"an unknown route", get("/api/v1/nope"), 404,
			apiErrorBody{Status: 404, Code: "not-found", Message: "no route /api/v1/nope: the routes are in /api/v1/openapi.json"}},
		{"a body over the limit", postJSON("/api/v1/allocate", `{"note": "`+strings.Repeat("x", 2<<10)+`"}`), 413,
			apiErrorBody{Status: 413, Code: "too-large", Message: "the request body is over the limit of 1024 bytes"}},
		{"an unknown content type", apiRequest{method: http.MethodPost, target: "/api/v1/allocate", contentType: "text/plain", body: []byte("year=2009")}, 415,
			apiErrorBody{Status: 415, Code: "unsupported-media-type", Message: errUnsupportedType.Error()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := serveRequest(h, tt.req)
			if w.Code != tt.status || w.Header().Get("Content-Type") != "application/json" {
				t.Fatalf("status %d (%s), want %d: %s", w.Code, w.Header().Get("Content-Type"), tt.status, w.Body)
			}
			var got apiError
			if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
				t.Fatalf("%v: %s", err, w.Body)
			}
			if d := cmp.Diff(tt.want, got.Error); d != "" {
				t.Errorf("error (-want +got):\n%s", d)
			}
		})
	}
	// The error's message is the command's: what it prints on standard
	// error after its name.
	_, stderr, _ := runTool(t, "", "allocate", "--year", "2009", "--discretionary", "1.4e6", "--security", "0", "--unearmarked", "0", "--interest", "0")
	if !strings.HasPrefix(stderr, "iomstrategy allocate: "+tests[0].want.Message+"\n") {
		t.Errorf("the command prints %q", stderr)
	}
	// A method the route does not take.
	w := serveRequest(h, apiRequest{method: http.MethodDelete, target: "/api/v1/allocate"})
	if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, POST" || !strings.Contains(w.Body.String(), `"code": "method-not-allowed"`) {
		t.Errorf("DELETE: %d, Allow %q", w.Code, w.Header().Get("Allow"))
	}
}

// TestRecoverPanics: a handler that panics is answered 500 with a JSON
// error, and the panic is logged.
func TestRecoverPanics(t *testing.T) {
	var log bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&log, nil))
	h := recoverPanics(logger, http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") }))
	w := serveRequest(h, get("/api/v1/points"))
	if w.Code != http.StatusInternalServerError || !strings.Contains(w.Body.String(), `"code": "internal"`) ||
		!strings.Contains(log.String(), `"panic":"boom"`) {
		t.Errorf("%d %s\nlog: %s", w.Code, w.Body, log.String())
	}
}

// TestAccessLog: one JSON line per request with method, path, status,
// bytes and duration, and never the body.
func TestAccessLog(t *testing.T) {
	var log bytes.Buffer
	h := newHandler(defaultServerOptions(defaultMaxBody), slog.New(slog.NewJSONHandler(&log, nil)))
	serveRequest(h, postJSON("/api/v1/allocate", `{"year": 2009, "discretionary": "secret-figure"}`))
	var line map[string]any
	if err := json.Unmarshal(log.Bytes(), &line); err != nil {
		t.Fatalf("%v: %s", err, log.String())
	}
	for _, k := range []string{"method", "path", "status", "bytes", "duration_ms"} {
		if _, ok := line[k]; !ok {
			t.Errorf("the log line has no %s: %s", k, log.String())
		}
	}
	if line["status"] != 400.0 || line["path"] != "/api/v1/allocate" || strings.Contains(log.String(), "secret-figure") {
		t.Errorf("log line %s", log.String())
	}
}

// TestHealthz answers ok.
func TestHealthz(t *testing.T) {
	w := serveRequest(testHandler(defaultMaxBody), get("/healthz"))
	if w.Code != http.StatusOK || w.Body.String() != "ok\n" {
		t.Errorf("%d %q", w.Code, w.Body)
	}
}

// FuzzAPIRequest: no request body, of any content type, to any route,
// gets a 500 or an answer that is not JSON.
func FuzzAPIRequest(f *testing.F) {
	f.Add(uint8(0), "application/json", []byte(`{"year": 2009, "discretionary": "24100000", "security": 0, "unearmarked": 0, "interest": 0}`))
	f.Add(uint8(0), "application/json", []byte(`[{"year": 2009, "discretionary": 1, "security": 0, "unearmarked": 0, "interest": 0}]`))
	f.Add(uint8(1), "application/json", []byte(`{"input": [{"id": "A", "line": 2, "scope": "national", "amount": 1, "countries": "X"}], "members": "country,membership,economy,arrears,council_waiver\nX,member,developing,0,false\n"}`))
	f.Add(uint8(1), "multipart/form-data; boundary=b", []byte("--b\r\nContent-Disposition: form-data; name=\"input\"; filename=\"a.csv\"\r\n\r\nid,line\r\n--b--\r\n"))
	f.Add(uint8(2), "application/x-www-form-urlencoded", []byte("year=2010&approve-conditional=true"))
	f.Add(uint8(5), "application/json", []byte(`{"text": ["a", "b"], "top": 2}`))
	f.Add(uint8(10), "", []byte(""))
	f.Add(uint8(0), "multipart/form-data", []byte("x"))
	h := testHandler(1 << 16)
	f.Fuzz(func(t *testing.T, route uint8, contentType string, body []byte) {
		target := strings.Replace(apiRoutes[int(route)%len(apiRoutes)].path, "{id}", "staff", 1)
		w := serveRequest(h, apiRequest{method: http.MethodPost, target: target, contentType: contentType, body: body})
		if w.Code >= 500 {
			t.Fatalf("status %d for %s, %q, %q: %s", w.Code, target, contentType, body, w.Body)
		}
		if !json.Valid(w.Body.Bytes()) {
			t.Fatalf("not JSON: %s", w.Body)
		}
	})
}
