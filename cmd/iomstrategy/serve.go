package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// The serve command starts the HTTP server: the API under /api/v1/, one
// route per command answering exactly the JSON the command prints, and
// the pages a budget officer can use in a browser. It keeps no state
// between requests and writes nothing to disk.
var serveCommand = &command{
	name:    "serve",
	summary: "serve the rules over HTTP: the API under /api/v1/ (the JSON the commands print) and the web pages",
	usage: "[--addr 127.0.0.1:8080] [--max-body 10MiB]\n\n" +
		"The API: one route per command under /api/v1/, its OpenAPI document at /api/v1/openapi.json.\n" +
		"The pages: / (the allocation calculator), /screen, /rules and /points. /healthz answers ok.\n" +
		"An access log of JSON lines goes to standard error. SIGINT or SIGTERM stops the server after the\n" +
		"requests in flight.",
	define: defineServe,
}

func init() { register(serveCommand) }

// serverOptions are what the server needs to know.
type serverOptions struct {
	maxBody int64 // the largest request body, in bytes
	// readHeader and read bound the time a client takes to send its
	// headers and its whole request (defaultServerOptions's when zero).
	readHeader, read time.Duration
}

// defaultServerOptions are the server's settings but for the body limit.
func defaultServerOptions(maxBody int64) serverOptions {
	return serverOptions{maxBody: maxBody, readHeader: 5 * time.Second, read: 30 * time.Second}
}

// serveGCPercent is the garbage collector's target while serving, unless
// GOGC says otherwise: a request allocates about 190 KB that is garbage at
// once, and collecting four times less often took the load test's p99 for
// an allocation from 140 ms to 86 ms (BENCHMARKS.md) for a heap of a few
// MB more.
const serveGCPercent = 400

// defaultMaxBody is the body limit by default, 10 MiB.
const defaultMaxBody = 10 << 20

func defineServe(e *env, f *flags) func(args []string) error {
	addr := f.String("addr", "127.0.0.1:8080", "the address to listen on (host:port; port 0 picks a free one)")
	maxBody := f.String("max-body", "10MiB", "the largest request body: bytes, or a size in KiB or MiB")
	return func(args []string) error {
		if len(args) > 0 {
			return usagef("unexpected argument %q", args[0])
		}
		limit, err := parseSize(*maxBody)
		if err != nil {
			return usagef("--max-body %q: %v", clip(*maxBody), err)
		}
		ln, err := net.Listen("tcp", *addr)
		if err != nil {
			return err
		}
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(serveGCPercent)
		}
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		return serve(ctx, ln, e, defaultServerOptions(limit))
	}
}

// parseSize reads a byte count: "1048576", "512KiB", "10MiB".
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	mult := int64(1)
	for suffix, m := range map[string]int64{"KiB": 1 << 10, "MiB": 1 << 20} {
		if n, ok := strings.CutSuffix(t, suffix); ok {
			t, mult = strings.TrimSpace(n), m
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<40)/mult {
		return 0, errors.New("want a size above zero: bytes, or a number of KiB or MiB, such as 10MiB")
	}
	return n * mult, nil
}

// serve answers on ln until ctx is done, then lets the requests in flight
// finish (for up to 30 seconds) and returns.
func serve(ctx context.Context, ln net.Listener, e *env, o serverOptions) error {
	logger := slog.New(slog.NewJSONHandler(e.stderr, nil))
	srv := newServer(o, logger)
	logger.Info("listening", "addr", "http://"+ln.Addr().String())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down: finishing the requests in flight")
	shutdown, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// newServer is the server with its timeouts and limits: a client that
// sends its headers or its request too slowly is cut off.
func newServer(o serverOptions, logger *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           newHandler(o, logger),
		ReadHeaderTimeout: o.readHeader,
		ReadTimeout:       o.read,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
}

// newHandler is the server's routes, with the access log and the
// recovery from a panic around them: the API under /api/ and the pages
// elsewhere, each on its own mux.
func newHandler(o serverOptions, logger *slog.Logger) http.Handler {
	api := http.NewServeMux()
	known := http.NewServeMux() // the API's paths, whatever the method
	for _, rt := range apiRoutes {
		h := apiHandler(rt, o.maxBody)
		api.Handle("GET "+rt.path, h)
		api.Handle("POST "+rt.path, h)
		known.Handle(rt.path, h)
	}
	api.HandleFunc("GET /api/v1/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openAPIDocument())
	})
	known.HandleFunc("/api/v1/openapi.json", func(http.ResponseWriter, *http.Request) {})
	api.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if _, pattern := known.Handler(r); pattern != "" {
			w.Header().Set("Allow", "GET, POST")
			writeAPIError(w, http.StatusMethodNotAllowed, fmt.Errorf("%s %s: the API takes GET and POST", r.Method, r.URL.Path))
			return
		}
		writeAPIError(w, http.StatusNotFound, fmt.Errorf("no route %s: the routes are in /api/v1/openapi.json", r.URL.Path))
	})
	site := http.NewServeMux()
	site.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	registerPages(site, o)
	both := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api" || strings.HasPrefix(r.URL.Path, "/api/") {
			api.ServeHTTP(w, r)
			return
		}
		site.ServeHTTP(w, r)
	})
	return logRequests(logger, recoverPanics(logger, both))
}

// recoverPanics answers 500 to a request whose handler panicked, and logs
// the panic with its stack.
func recoverPanics(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				logger.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				writeAPIError(w, http.StatusInternalServerError, errors.New("internal error: the server failed on this request"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// statusWriter records the status and the bytes written.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// logRequests writes one access-log line per request: method, path,
// status, bytes and duration; never a request body.
func logRequests(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		logger.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status,
			"bytes", sw.bytes, "duration_ms", float64(time.Since(start).Microseconds())/1000)
	})
}
