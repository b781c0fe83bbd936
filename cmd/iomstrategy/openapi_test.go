package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// docs/openapi.json is the OpenAPI document the server serves at
// /api/v1/openapi.json; go generate ./cmd/iomstrategy (or this test with
// -update-openapi) rewrites it.
//
//go:generate go test -run TestOpenAPIIsCurrent -update-openapi
var updateOpenAPI = flag.Bool("update-openapi", false, "rewrite docs/openapi.json from the routes")

var openAPIPath = filepath.Join("..", "..", "docs", "openapi.json")

func TestOpenAPIIsCurrent(t *testing.T) {
	got := openAPIDocument()
	if *updateOpenAPI {
		if err := os.WriteFile(openAPIPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(openAPIPath)
	if err != nil {
		t.Fatalf("%v (run go generate ./cmd/iomstrategy)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("docs/openapi.json is stale: run go generate ./cmd/iomstrategy")
	}
	// The server serves the same document.
	w := serveRequest(testHandler(defaultMaxBody), get("/api/v1/openapi.json"))
	if w.Code != http.StatusOK || !bytes.Equal(w.Body.Bytes(), got) {
		t.Errorf("GET /api/v1/openapi.json: %d, %d bytes", w.Code, w.Body.Len())
	}
}

// openAPIDoc is the part of the document the tests read.
type openAPIDoc struct {
	OpenAPI    string `json:"openapi"`
	Components struct {
		Responses map[string]struct {
			Content map[string]struct {
				Example any `json:"example"`
			} `json:"content"`
		} `json:"responses"`
	} `json:"components"`
	Paths map[string]map[string]struct {
		OperationID    string `json:"operationId"`
		ExampleRequest string `json:"x-example-request"`
		RequestBody    *struct {
			Content map[string]struct {
				Example any `json:"example"`
			} `json:"content"`
		} `json:"requestBody"`
		Responses map[string]struct {
			Ref string `json:"$ref"`
		} `json:"responses"`
	} `json:"paths"`
}

// example is the example of the response a reference names.
func (d openAPIDoc) example(ref string) any {
	name, ok := strings.CutPrefix(ref, "#/components/responses/")
	if !ok {
		return nil
	}
	return d.Components.Responses[name].Content["application/json"].Example
}

func readOpenAPI(t *testing.T) openAPIDoc {
	t.Helper()
	var doc openAPIDoc
	if err := json.Unmarshal(openAPIDocument(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi %q", doc.OpenAPI)
	}
	return doc
}

// TestOpenAPIRoutes: the document's paths are the server's routes: the
// API's routes, the document itself and /healthz; each documented
// operation is answered (neither 404 nor 405), and a path the document
// does not have is not.
func TestOpenAPIRoutes(t *testing.T) {
	doc := readOpenAPI(t)
	var documented, routed []string
	for p := range doc.Paths {
		documented = append(documented, p)
	}
	for _, rt := range apiRoutes {
		routed = append(routed, rt.path)
	}
	routed = append(routed, "/api/v1/openapi.json", "/healthz")
	slices.Sort(documented)
	slices.Sort(routed)
	if d := cmp.Diff(routed, documented); d != "" {
		t.Errorf("routes (-server +document):\n%s", d)
	}
	h := testHandler(defaultMaxBody)
	for p, ops := range doc.Paths {
		for method := range ops {
			target := strings.Replace(p, "{id}", "staff", 1)
			w := serveRequest(h, apiRequest{method: strings.ToUpper(method), target: target})
			if w.Code == http.StatusNotFound || w.Code == http.StatusMethodNotAllowed {
				t.Errorf("%s %s: %d", strings.ToUpper(method), p, w.Code)
			}
		}
	}
	if w := serveRequest(h, get("/api/v1/undocumented")); w.Code != http.StatusNotFound {
		t.Errorf("an undocumented path: %d", w.Code)
	}
}

// TestOpenAPIExamples: each documented example response is what the
// server answers to the documented example request.
func TestOpenAPIExamples(t *testing.T) {
	doc := readOpenAPI(t)
	h := testHandler(defaultMaxBody)
	for _, rt := range apiRoutes {
		t.Run(rt.path, func(t *testing.T) {
			ops := doc.Paths[rt.path]
			var req apiRequest
			var example any
			switch {
			case ops["post"].RequestBody != nil && ops["post"].RequestBody.Content["application/json"].Example != nil:
				body, _ := json.Marshal(ops["post"].RequestBody.Content["application/json"].Example)
				req = postJSON(rt.path, string(body))
				example = doc.example(ops["post"].Responses["200"].Ref)
			default:
				target := ops["get"].ExampleRequest
				if target == "" {
					target = strings.Replace(rt.path, "{id}", "staff", 1)
				}
				req = get(target)
				example = doc.example(ops["get"].Responses["200"].Ref)
			}
			if example == nil {
				t.Fatal("no example response")
			}
			w := serveRequest(h, req)
			var got any
			if w.Code != http.StatusOK || json.Unmarshal(w.Body.Bytes(), &got) != nil {
				t.Fatalf("%s %s: %d %s", req.method, req.target, w.Code, w.Body)
			}
			if d := cmp.Diff(example, got); d != "" {
				t.Errorf("the server answers otherwise than the example (-document +server):\n%s", d)
			}
		})
	}
}
