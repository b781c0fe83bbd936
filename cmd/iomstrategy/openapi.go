package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// apiExample is the example request of a route: a query, or a JSON body
// for a POST.
type apiExample struct {
	query string
	body  string
}

// apiExamples are the routes' examples, one each, small enough to read.
var apiExamples = map[string]apiExample{
	"/api/v1/allocate": {body: `{"year": 2009, "discretionary": "24100000", "security": "800000", "unearmarked": "1900000", "interest": "150000", "direct": "100000"}`},
	"/api/v1/screen": {body: `{"input": [{"id": "APP-01", "line": 2, "scope": "national", "amount": "250000.00", "countries": ["Arcadia"]}], ` +
		`"members": [{"country": "Arcadia", "membership": "member", "economy": "developing", "arrears": "0.00", "council_waiver": false}], "date": "2014-03-01"}`},
	"/api/v1/ledger": {body: `{"allocation": {"year": 2010, "line1": "1400000.00", "line2": "650000.00"}, ` +
		`"input": [{"id": "C-01", "line": 2, "amount": "150000.00"}, {"id": "C-02", "line": 2, "amount": "700000.00"}]}`},
	"/api/v1/align":                  {body: `{"input": [{"id": "A-1", "amount": "1000.00", "points": "4;8"}, {"id": "A-2", "amount": "500.00", "points": "10"}]}`},
	"/api/v1/points":                 {query: "point=10"},
	"/api/v1/suggest":                {query: "text=assisted+voluntary+return&top=1"},
	"/api/v1/governance/bodies":      {query: "date=2010-10-12"},
	"/api/v1/governance/amendments":  {query: "members=122&acceptances=81"},
	"/api/v1/indicators":             {query: "id=staff-2007"},
	"/api/v1/indicators/series/{id}": {query: ""},
	"/api/v1/indicators/checks":      {query: "id=staff-grew"},
	"/api/v1/rules":                  {query: "year=2010"},
	"/api/v1/version":                {query: ""},
}

// exampleTarget is the URL path of a route's example.
func exampleTarget(rt apiRoute) string {
	p := strings.Replace(rt.path, "{id}", "staff", 1)
	if q := apiExamples[rt.path].query; q != "" {
		p += "?" + q
	}
	return p
}

// exampleResponse runs a route's example through the route's handler.
func exampleResponse(rt apiRoute) *httptest.ResponseRecorder {
	ex := apiExamples[rt.path]
	method, body := http.MethodGet, io.Reader(nil)
	if ex.body != "" {
		method, body = http.MethodPost, strings.NewReader(ex.body)
	}
	req := httptest.NewRequest(method, exampleTarget(rt), body)
	if ex.body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if rt.pathArg != "" {
		req.SetPathValue(rt.pathArg, "staff")
	}
	w := httptest.NewRecorder()
	apiHandler(rt, defaultMaxBody)(w, req)
	return w
}

// openAPIDocument is the OpenAPI 3.1 document of the API, made from the
// routes, the commands' flags and the examples run through the handlers:
// a route, a parameter or an example response is declared once, where the
// server takes it from. docs/openapi.json is a copy, held current by a
// test.
var openAPIDocument = sync.OnceValue(func() []byte {
	var b bytes.Buffer
	writeJSON(&b, buildOpenAPI())
	return b.Bytes()
})

type object = map[string]any

func buildOpenAPI() object {
	root := newRoot(&env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard})
	paths := object{}
	responses := object{}
	for _, rt := range apiRoutes {
		cmd, _, err := root.Find(rt.command)
		if err != nil {
			panic("iomstrategy: route " + rt.path + " has no command: " + err.Error())
		}
		item, shared := pathItem(rt, cmd)
		paths[rt.path] = item
		for k, v := range shared {
			responses[k] = v
		}
	}
	paths["/api/v1/openapi.json"] = object{"get": object{
		"operationId": "openapi", "summary": "this document",
		"responses": object{"200": object{"description": "the OpenAPI document", "content": object{"application/json": object{}}}},
	}}
	paths["/healthz"] = object{"get": object{
		"operationId": "healthz", "summary": "whether the server is up",
		"responses": object{"200": object{"description": "ok", "content": object{"text/plain": object{"example": "ok\n"}}}},
	}}
	errorResponse := func(what string) object {
		return object{"description": what, "content": object{"application/json": object{"schema": object{"$ref": "#/components/schemas/Error"}}}}
	}
	return object{
		"openapi": "3.1.0",
		"info": object{
			"title":   "iomstrategy",
			"version": "v1",
			"description": "The IOM Strategy (Council Resolution No. 1150 (XCIII)) as exact, explained rules, over HTTP. " +
				"Each route runs one command of the iomstrategy tool and answers, byte for byte, the JSON the command prints " +
				"with --format json (docs/json.md). A request carries what the command's flags and files carry, under the same " +
				"names: query parameters; a JSON object whose keys are the flags, a file flag's value being the file's content " +
				"(JSON, or CSV text as a string), or for a route with a main input file a JSON array of its rows; a form; or a " +
				"multipart upload whose parts are named like the flags, files being .csv, .json or .xlsx uploads. Money is a string " +
				"with two decimals, or in a request a string or a number read with the tool's strict parsing. When a check the " +
				"request asked for fails (a refused commitment, a failing check of the Review, amendments not in force with " +
				"require-in-force), the answer is 200 with the result and the header Iomstrategy-Check.",
		},
		"paths": paths,
		"components": object{
			"schemas": object{"Error": object{
				"type":     "object",
				"required": []string{"error"},
				"properties": object{"error": object{
					"type":     "object",
					"required": []string{"status", "code", "message"},
					"properties": object{
						"status":  object{"type": "integer", "description": "the HTTP status"},
						"code":    object{"type": "string", "description": "the kind of failure: for bad input (400) usage, invalid-amount, unknown-column, missing, duplicate, ... (by the library's errors), otherwise not-found, method-not-allowed, too-large, unsupported-media-type or internal"},
						"field":   object{"type": "string", "description": "the flag, column or field at fault"},
						"file":    object{"type": "string", "description": "the file it is in"},
						"row":     object{"type": "string", "description": "the row: line 3 (CSV), record 2 (JSON), row 4 (xlsx)"},
						"value":   object{"type": "string", "description": "the offending value, at most 40 characters of it"},
						"message": object{"type": "string", "description": "the message the command prints on standard error"},
					},
				}},
			}},
			"responses": mergeObjects(responses, object{
				"BadRequest":           errorResponse("bad input or usage: what the command refuses with exit status 2"),
				"NotFound":             errorResponse("no such route"),
				"MethodNotAllowed":     errorResponse("a method other than GET or POST"),
				"PayloadTooLarge":      errorResponse("a body over the server's limit (--max-body, 10 MiB by default)"),
				"UnsupportedMediaType": errorResponse("a body that is not JSON, a form or a multipart upload"),
				"InternalServerError":  errorResponse("the server failed on the request"),
			}),
		},
	}
}

func mergeObjects(a, b object) object {
	for k, v := range b {
		a[k] = v
	}
	return a
}

// pathItem is a route's GET and POST operations, and the response they
// share (under components.responses, by the route's operation id).
func pathItem(rt apiRoute, cmd *cobra.Command) (item, shared object) {
	var params []any
	if rt.pathArg != "" {
		params = append(params, object{"name": rt.pathArg, "in": "path", "required": true,
			"description": "the series id", "schema": object{"type": "string"}})
	}
	props := object{}
	fileProps := object{}
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Name == "help" || f.Name == "format" || f.Name == "output" {
			return
		}
		if slices.Contains(rt.files, f.Name) {
			fileProps[f.Name] = object{"description": f.Usage}
			return
		}
		s := flagSchema(f)
		props[f.Name] = s
		params = append(params, object{"name": f.Name, "in": "query", "description": f.Usage, "schema": s})
	})
	if rt.textArg != "" {
		s := object{"type": "string", "description": "the text the command takes as its argument"}
		props[rt.textArg] = s
		params = append(params, object{"name": rt.textArg, "in": "query", "description": s["description"], "schema": object{"type": "string"}})
	}
	ex := exampleResponse(rt)
	var example any
	json.Unmarshal(ex.Body.Bytes(), &example)
	ok := object{
		"description": "the JSON `iomstrategy " + strings.Join(rt.command, " ") + " --format json` prints",
		"content": object{"application/json": object{
			"schema":  schemaOf(example),
			"example": example,
		}},
		"headers": object{"Iomstrategy-Check": object{
			"description": "present when a check the request asked for failed: \"failed: \" and the reason",
			"schema":      object{"type": "string"},
		}},
	}
	name := strings.Join(rt.command, "-")
	responses := object{
		"200": object{"$ref": "#/components/responses/" + name},
		"400": object{"$ref": "#/components/responses/BadRequest"},
		"404": object{"$ref": "#/components/responses/NotFound"},
		"405": object{"$ref": "#/components/responses/MethodNotAllowed"},
		"413": object{"$ref": "#/components/responses/PayloadTooLarge"},
		"415": object{"$ref": "#/components/responses/UnsupportedMediaType"},
		"500": object{"$ref": "#/components/responses/InternalServerError"},
	}
	get := object{"operationId": name, "summary": rt.summary, "parameters": nonNil(params), "responses": responses}
	if q := apiExamples[rt.path].query; q != "" && apiExamples[rt.path].body == "" {
		get["x-example-request"] = exampleTarget(rt)
	}

	// POST: the same values in a body.
	jsonProps := object{}
	multipartProps := object{}
	formProps := object{}
	for k, v := range props {
		jsonProps[k], multipartProps[k], formProps[k] = v, v, v
	}
	for k, v := range fileProps {
		d := v.(object)["description"]
		jsonProps[k] = object{"description": d, "oneOf": []any{
			object{"type": "array", "description": "the file's rows, as a JSON file holds them"},
			object{"type": "object", "description": "the file's JSON object"},
			object{"type": "string", "description": "the file's CSV text"},
		}}
		multipartProps[k] = object{"description": d, "type": "string", "contentMediaType": "application/octet-stream"}
	}
	jsonSchema := any(object{"type": "object", "properties": jsonProps})
	if rt.arrayBody != "" {
		jsonSchema = object{"oneOf": []any{
			jsonSchema,
			object{"type": "array", "items": object{"type": "object"}, "description": "the rows of --" + rt.arrayBody},
		}}
	}
	jsonContent := object{"schema": jsonSchema}
	if b := apiExamples[rt.path].body; b != "" {
		var v any
		json.Unmarshal([]byte(b), &v)
		jsonContent["example"] = v
	}
	post := object{
		"operationId": name + "-post", "summary": rt.summary,
		"parameters": nonNil(params),
		"requestBody": object{"content": object{
			"application/json":                  jsonContent,
			"multipart/form-data":               object{"schema": object{"type": "object", "properties": multipartProps}},
			"application/x-www-form-urlencoded": object{"schema": object{"type": "object", "properties": formProps}},
		}},
		"responses": responses,
	}
	return object{"get": get, "post": post}, object{name: ok}
}

func nonNil(params []any) []any {
	if params == nil {
		return []any{}
	}
	return params
}

// flagSchema is the schema of a flag's value in a request.
func flagSchema(f *pflag.Flag) object {
	switch f.Value.Type() {
	case "int":
		return object{"type": "integer", "description": f.Usage}
	case "bool":
		return object{"type": "boolean", "description": f.Usage}
	}
	s := object{"type": "string", "description": f.Usage}
	if f.DefValue != "" {
		s["default"] = f.DefValue
	}
	return s
}

// schemaOf describes a JSON value by its example: the types of its keys,
// and of a list's first item.
func schemaOf(v any) object {
	switch v := v.(type) {
	case map[string]any:
		props := object{}
		for k, x := range v {
			props[k] = schemaOf(x)
		}
		return object{"type": "object", "properties": props}
	case []any:
		if len(v) == 0 {
			return object{"type": "array"}
		}
		return object{"type": "array", "items": schemaOf(v[0])}
	case string:
		return object{"type": "string"}
	case float64:
		return object{"type": "number"}
	case bool:
		return object{"type": "boolean"}
	}
	return object{}
}
