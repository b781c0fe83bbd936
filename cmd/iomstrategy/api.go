package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
	"github.com/policycode/iomstrategy/indicators"
	"github.com/policycode/iomstrategy/internal/records"
	"github.com/policycode/iomstrategy/strategy"
	"github.com/policycode/iomstrategy/strategy/suggest"
)

// apiRoute is one route of the API under /api/v1/: the command it runs,
// with the request's values as the command's flags. A request carries
// what the command's flags and files carry, under the same names: query
// parameters, a JSON body, a form or a multipart upload.
type apiRoute struct {
	path    string   // "/api/v1/allocate"
	command []string // the command's path: "allocate", "indicators check"
	// pathArg is the name of a path wildcard passed to the command as its
	// positional argument ("id" for a series).
	pathArg string
	// files are the flags that name files: a JSON body's value for one of
	// them, or an uploaded part named like it, is that file's content.
	files []string
	// arrayBody is the file flag a JSON array body fills (allocate's
	// years, screen's applications, ...); "" when an array is refused.
	arrayBody string
	// textArg is the key whose value is the command's positional text
	// (suggest's description); "" when there is none.
	textArg string
	summary string
}

// apiRoutes are the routes of the API, one per command.
var apiRoutes = []apiRoute{
	{path: "/api/v1/allocate", command: []string{"allocate"}, files: []string{"input", "params"}, arrayBody: "input",
		summary: "a year's funding of the expanded 1035 Facility: Line 1, Line 2, the cap, with the reason for every amount"},
	{path: "/api/v1/screen", command: []string{"screen"}, files: []string{"input", "members", "params"}, arrayBody: "input",
		summary: "screen project applications against a Member State registry"},
	{path: "/api/v1/ledger", command: []string{"ledger"}, files: []string{"allocation", "input", "screening"}, arrayBody: "input",
		summary: "book commitments against a year's Line 1 and Line 2 budgets"},
	{path: "/api/v1/align", command: []string{"align"}, files: []string{"input"}, arrayBody: "input",
		summary: "sum a portfolio of activities per point of the Strategy"},
	{path: "/api/v1/points", command: []string{"points"},
		summary: "the 12 points of the IOM Strategy"},
	{path: "/api/v1/suggest", command: []string{"suggest"}, textArg: "text",
		summary: "suggest the points a project description serves"},
	{path: "/api/v1/governance/bodies", command: []string{"governance", "bodies"},
		summary: "the governing bodies of Part II on a date"},
	{path: "/api/v1/governance/amendments", command: []string{"governance", "amendments"},
		summary: "whether the 1998 amendments are in force under the two-thirds rule"},
	{path: "/api/v1/indicators", command: []string{"indicators"}, files: []string{"input"},
		summary: "the Review's figures as cited records"},
	{path: "/api/v1/indicators/series/{id}", command: []string{"indicators", "series"}, pathArg: "id", files: []string{"input"},
		summary: "a series of the Review's figures with its changes and growth"},
	{path: "/api/v1/indicators/checks", command: []string{"indicators", "check"}, files: []string{"input"},
		summary: "the checks that hold the Review's text to itself"},
	{path: "/api/v1/rules", command: []string{"rules"}, files: []string{"params"},
		summary: "the rule book"},
	{path: "/api/v1/version", command: []string{"version"},
		summary: "the tool's version"},
}

// apiError is the body of an error response: the same message the
// command prints on standard error, with what the error concerns.
type apiError struct {
	Error apiErrorBody `json:"error"`
}

type apiErrorBody struct {
	// Status is the HTTP status, Code the kind of failure (errorCode).
	Status int    `json:"status"`
	Code   string `json:"code"`
	// Field is the flag, column or field at fault, File and Row where it
	// is, Value the offending value (at most 40 characters of it).
	Field   string `json:"field,omitempty"`
	File    string `json:"file,omitempty"`
	Row     string `json:"row,omitempty"`
	Value   string `json:"value,omitempty"`
	Message string `json:"message"`
}

// errorCodes name the kinds of failure by the library's sentinel errors,
// the first that matches winning.
var errorCodes = []struct {
	err  error
	code string
}{
	{iomstrategy.ErrInvalidAmount, "invalid-amount"},
	{iomstrategy.ErrMissing, "missing"},
	{iomstrategy.ErrDuplicate, "duplicate"},
	{iomstrategy.ErrRoundingMode, "invalid-rounding-mode"},
	{iomstrategy.ErrUnknownCitation, "unknown-citation"},
	{iomstrategy.ErrCitationSyntax, "invalid-citation"},
	{facility1035.ErrUnknownField, "unknown-field"},
	{facility1035.ErrInvalidParams, "invalid-params"},
	{facility1035.ErrInvalidChoice, "invalid-choice"},
	{facility1035.ErrFollowUp, "invalid-follow-up"},
	{facility1035.ErrUnknownCountry, "unknown-country"},
	{facility1035.ErrSecurityAboveDiscretionary, "security-above-discretionary"},
	{facility1035.ErrZeroCommitment, "zero-amount"},
	{strategy.ErrInvalidPoint, "invalid-point"},
	{strategy.ErrEmptyPortfolio, "empty-portfolio"},
	{strategy.ErrInvalidSplitMode, "invalid-split-mode"},
	{strategy.ErrInvalidCount, "invalid-count"},
	{strategy.ErrInvalidDate, "invalid-date"},
	{suggest.ErrEmptyDescription, "empty-description"},
	{suggest.ErrInvalidConfidence, "invalid-confidence"},
	{indicators.ErrUnknownID, "unknown-id"},
	{indicators.ErrParams, "invalid-params"},
	{indicators.ErrInvalidDataset, "invalid-dataset"},
}

// statusCodes are the codes of the failures that are not the command's:
// the route, the method, the body's size and type, the server.
var statusCodes = map[int]string{
	http.StatusNotFound:              "not-found",
	http.StatusMethodNotAllowed:      "method-not-allowed",
	http.StatusRequestEntityTooLarge: "too-large",
	http.StatusUnsupportedMediaType:  "unsupported-media-type",
	http.StatusInternalServerError:   "internal",
}

// errorBody describes a command's error for a response: its kind, and
// the field, file, row and value it names.
func errorBody(status int, err error) apiErrorBody {
	b := apiErrorBody{Status: status, Code: "invalid-input", Message: err.Error()}
	if code, ok := statusCodes[status]; ok {
		b.Code = code
		return b
	}
	var ue *usageError
	if errors.As(err, &ue) {
		b.Code = "usage"
	}
	for _, c := range errorCodes {
		if errors.Is(err, c.err) {
			b.Code = c.code
			break
		}
	}
	var re *records.Error
	var ce *records.ColumnError
	var ie *facility1035.InputError
	switch {
	case errors.As(err, &re):
		b.File, b.Row, b.Field, b.Value = re.File, re.Row, re.Field, clip(re.Value)
		if errors.As(err, &ce) {
			b.Code, b.Field = "unknown-column", ce.Column
		}
	case errors.As(err, &ie):
		b.Field, b.Value = ie.Field, clip(ie.Value)
	}
	if b.Field == "" {
		// A flag's message names the flag first: "--discretionary ...".
		if name, ok := strings.CutPrefix(b.Message, "--"); ok {
			b.Field, _, _ = strings.Cut(name, " ")
			b.Field = strings.TrimSuffix(b.Field, ":")
		}
	}
	return b
}

// writeAPIError answers with an error body.
func writeAPIError(w http.ResponseWriter, status int, err error) {
	var buf bytes.Buffer
	writeJSON(&buf, apiError{Error: errorBody(status, err)})
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// errUnsupportedType is a body whose content type the API does not read.
var errUnsupportedType = errors.New("unsupported content type: want application/json, multipart/form-data or application/x-www-form-urlencoded")

// commandRequest is a request turned into a command line: the arguments
// and the files they name, held in memory.
type commandRequest struct {
	args  []string
	files map[string][]byte
}

// decodeRequest turns an API request into the command line of its route.
// The body has been limited by the caller.
func decodeRequest(rt apiRoute, r *http.Request) (commandRequest, error) {
	req := commandRequest{args: slices.Clone(rt.command), files: map[string][]byte{}}
	var positional []string
	if rt.pathArg != "" {
		positional = append(positional, r.PathValue(rt.pathArg))
	}
	var text []string
	add := func(key string, values ...string) error {
		switch {
		case key == "format":
			return usagef("format: the API answers in JSON only")
		case key == "help" || key == "h" || key == "version" || key == "o" || key == "output" || !isFlagName(key):
			return usagef("%q: not a parameter of %s", clip(key), strings.Join(rt.command, " "))
		}
		if key == rt.textArg && key != "" {
			text = append(text, values...)
			return nil
		}
		for _, v := range values {
			req.args = append(req.args, "--"+key+"="+v)
		}
		return nil
	}
	for key, values := range sortedQuery(r.URL.Query()) {
		if err := add(key, values...); err != nil {
			return req, err
		}
	}
	if r.Body != nil && r.Method != http.MethodGet {
		if err := decodeBody(rt, r, &req, add); err != nil {
			return req, err
		}
	}
	req.args = append(req.args, "--format", formatJSON, "--")
	req.args = append(req.args, positional...)
	req.args = append(req.args, text...)
	return req, nil
}

// sortedQuery yields the query's keys in order, so that a request makes
// the same command line every time.
func sortedQuery(q url.Values) func(func(string, []string) bool) {
	return func(yield func(string, []string) bool) {
		keys := make([]string, 0, len(q))
		for k := range q {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if !yield(k, q[k]) {
				return
			}
		}
	}
}

// decodeBody reads the body by its content type.
func decodeBody(rt apiRoute, r *http.Request, req *commandRequest, add func(string, ...string) error) error {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		data, err := io.ReadAll(r.Body)
		if err != nil {
			return err
		}
		if len(bytes.TrimSpace(data)) > 0 {
			return errUnsupportedType
		}
		return nil
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return errUnsupportedType
	}
	switch mt {
	case "application/json":
		return decodeJSONBody(rt, r.Body, req, add)
	case "application/x-www-form-urlencoded":
		data, err := io.ReadAll(r.Body)
		if err != nil {
			return err
		}
		form, err := url.ParseQuery(string(data))
		if err != nil {
			return usagef("the form: %v", err)
		}
		for key, values := range sortedQuery(form) {
			if err := add(key, values...); err != nil {
				return err
			}
		}
		return nil
	case "multipart/form-data":
		return decodeMultipart(rt, multipart.NewReader(r.Body, params["boundary"]), req, add)
	}
	return errUnsupportedType
}

// decodeJSONBody reads a JSON body: an array is the rows of the route's
// main input file; an object's keys are flags, a file flag's value being
// the file's content (JSON, or CSV text as a string).
func decodeJSONBody(rt apiRoute, body io.Reader, req *commandRequest, add func(string, ...string) error) error {
	dec := json.NewDecoder(body)
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return upload(fmt.Errorf("the JSON body: %w", err))
	}
	if dec.More() {
		return usagef("the JSON body: more than one JSON value")
	}
	switch v := v.(type) {
	case []any:
		if rt.arrayBody == "" {
			return usagef("the JSON body: want an object whose keys are the flags")
		}
		return addFile(req, rt.arrayBody, ".json", mustJSON(v))
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if slices.Contains(rt.files, k) {
				switch x := v[k].(type) {
				case string:
					if err := addFile(req, k, ".csv", []byte(x)); err != nil {
						return err
					}
				case []any, map[string]any:
					if err := addFile(req, k, ".json", mustJSON(x)); err != nil {
						return err
					}
				default:
					return usagef("%s: want the file's content: JSON, or CSV text as a string", k)
				}
				continue
			}
			values, err := scalarValues(k, v[k])
			if err != nil {
				return err
			}
			if err := add(k, values...); err != nil {
				return err
			}
		}
		return nil
	}
	if rt.arrayBody != "" {
		return usagef("the JSON body: want an object whose keys are the flags, or an array of rows")
	}
	return usagef("the JSON body: want an object whose keys are the flags")
}

// scalarValues is a JSON value as a flag's value: a string as it is, a
// number as its text (the tool's strict parsing then applies), a
// boolean; a list of them for a text.
func scalarValues(key string, v any) ([]string, error) {
	switch x := v.(type) {
	case string:
		return []string{x}, nil
	case json.Number:
		return []string{x.String()}, nil
	case bool:
		return []string{fmt.Sprint(x)}, nil
	case []any:
		var out []string
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, usagef("%s: want a string, a number or a boolean", key)
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, usagef("%s: want a string, a number or a boolean", key)
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v) // decoded from JSON: it encodes
	return b
}

// addFile holds a file for flag under the name flag+ext, and passes the
// flag.
func addFile(req *commandRequest, flag, ext string, data []byte) error {
	if flag == "" || !isFlagName(flag) {
		return usagef("%q is not a flag", flag)
	}
	name := flag + ext
	if _, dup := req.files[name]; dup {
		return usagef("%s: given twice", flag)
	}
	req.files[name] = data
	req.args = append(req.args, "--"+flag+"="+name)
	return nil
}

func isFlagName(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && r != '-' && (r < '0' || r > '9') {
			return false
		}
	}
	return s != ""
}

// decodeMultipart reads an upload: a part named like a file flag is that
// file (its format by the uploaded file name's extension: .csv, .json or
// .xlsx), any other part a flag's value. Parts are read in memory, never
// written to disk.
func decodeMultipart(rt apiRoute, mr *multipart.Reader, req *commandRequest, add func(string, ...string) error) error {
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return upload(err)
		}
		name := p.FormName()
		data, err := io.ReadAll(p)
		if err != nil {
			return upload(err)
		}
		if slices.Contains(rt.files, name) {
			if p.FileName() == "" && len(data) == 0 {
				continue // an empty file input of a form
			}
			ext := strings.ToLower(path.Ext(p.FileName()))
			switch ext {
			case ".csv", ".json", ".xlsx":
			case "":
				ext = ".csv"
			default:
				return usagef("%s: %q: want a .csv, .json or .xlsx file", name, clip(p.FileName()))
			}
			if err := addFile(req, name, ext, data); err != nil {
				return err
			}
			continue
		}
		if p.FileName() != "" {
			return usagef("%s: a file where the command takes none", name)
		}
		if err := add(name, string(data)); err != nil {
			return err
		}
	}
}

// upload keeps a body-size error as it is and makes any other error of
// reading a body bad usage.
func upload(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return err
	}
	if strings.HasPrefix(err.Error(), "the JSON body: ") {
		return usagef("%v", err)
	}
	return usagef("the upload: %v", err)
}

// runRequest runs a decoded request's command and returns what it
// printed, or its error.
func runRequest(req commandRequest) ([]byte, error) {
	out, _, err := runInProcess(req.files, req.args...)
	return out, err
}

// apiHandler answers one route: the command's JSON with 200 (and, when a
// check the request asked for failed, the header Iomstrategy-Check:
// failed with the message), or an error body: 400 for bad input, 413 for
// a body over the limit, 415 for a body of another type.
func apiHandler(rt apiRoute, maxBody int64) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		req, err := decodeRequest(rt, r)
		if err == nil {
			var out []byte
			out, err = runRequest(req)
			if err == nil || errors.Is(err, errCheckFailed) {
				if err != nil {
					w.Header().Set("Iomstrategy-Check", "failed: "+strings.TrimPrefix(err.Error(), errCheckFailed.Error()+": "))
				}
				w.Header().Set("Content-Type", "application/json")
				w.Write(out)
				return
			}
		}
		var mbe *http.MaxBytesError
		switch {
		case errors.As(err, &mbe):
			writeAPIError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("the request body is over the limit of %d bytes", mbe.Limit))
		case errors.Is(err, errUnsupportedType):
			writeAPIError(w, http.StatusUnsupportedMediaType, err)
		default:
			writeAPIError(w, http.StatusBadRequest, err)
		}
	}
}
