package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// startServer runs serve on a loopback port until the test ends (or stop
// is called) and returns its address and the stop function, which waits
// for serve to return and gives its error.
func startServer(t *testing.T, o serverOptions) (addr string, stop func() error, log *syncBuffer) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	log = &syncBuffer{}
	go func() { done <- serve(ctx, ln, &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: log}, o) }()
	var once sync.Once
	var serveErr error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case serveErr = <-done:
			case <-time.After(10 * time.Second):
				serveErr = fmt.Errorf("serve did not return")
			}
		})
		return serveErr
	}
	t.Cleanup(func() { stop() })
	return ln.Addr().String(), stop, log
}

// syncBuffer is a buffer the server's log may write while a test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeShutdownFinishesRequests: on a stop signal, a request in
// flight (its body still coming) is answered before serve returns.
func TestServeShutdownFinishesRequests(t *testing.T) {
	addr, stop, _ := startServer(t, defaultServerOptions(defaultMaxBody))
	pr, pw := io.Pipe()
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/api/v1/allocate", pr)
	req.Header.Set("Content-Type", "application/json")
	answered := make(chan *http.Response, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
		}
		answered <- resp
	}()
	io.WriteString(pw, `{"year": 2009, "discretionary": "24100000", `)
	time.Sleep(100 * time.Millisecond) // the request is in flight
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	time.Sleep(100 * time.Millisecond)
	select {
	case err := <-stopped:
		t.Fatalf("serve returned with a request in flight: %v", err)
	default:
	}
	io.WriteString(pw, `"security": "800000", "unearmarked": "1900000", "interest": "150000"}`)
	pw.Close()
	resp := <-answered
	if resp == nil {
		t.Fatal("no answer")
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !bytes.Contains(body, []byte(`"line2": "650000.00"`)) {
		t.Errorf("%d %s", resp.StatusCode, body)
	}
	if err := <-stopped; err != nil {
		t.Errorf("serve: %v", err)
	}
}

// TestServeSlowHeaders: a client that sends its headers too slowly is
// cut off when the header timeout passes.
func TestServeSlowHeaders(t *testing.T) {
	o := defaultServerOptions(defaultMaxBody)
	o.readHeader = 200 * time.Millisecond
	addr, _, _ := startServer(t, o)
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	io.WriteString(conn, "GET /healthz HTTP/1.1\r\nHost: x\r\n") // and never the blank line
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	start := time.Now()
	_, err = bufio.NewReader(conn).ReadString('\n')
	if err == nil {
		t.Fatal("the server answered a request whose headers never ended")
	}
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatalf("the server kept the connection open for 5 s: %v", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("cut off after %v", d)
	}
}

// TestServeDisconnectMidUpload: a client that goes away halfway through
// its upload leaves no goroutine behind.
func TestServeDisconnectMidUpload(t *testing.T) {
	addr, _, _ := startServer(t, defaultServerOptions(defaultMaxBody))
	// Warm up: one full request, so that the goroutines a first request
	// starts for good (none is expected) are counted in the baseline.
	if resp, err := http.Get("http://" + addr + "/healthz"); err == nil {
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	http.DefaultClient.CloseIdleConnections()
	time.Sleep(100 * time.Millisecond)
	before := runtime.NumGoroutine()
	for range 5 {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "POST /api/v1/screen HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 1000000\r\n\r\n")
		io.WriteString(conn, "--b\r\nContent-Disposition: form-data; name=\"input\"; filename=\"a.csv\"\r\n\r\nid,line,scope,amount,countries\r\n")
		time.Sleep(20 * time.Millisecond)
		conn.Close()
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after the clients left, %d before", n, before)
	}
}

// TestServeCommandUsage: the command's own flags.
func TestServeCommandUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--max-body", "ten"}, `--max-body "ten": want a size above zero`},
		{[]string{"serve", "--max-body", "0"}, `--max-body "0"`},
		{[]string{"serve", "--addr", "127.0.0.1:99999"}, "99999"},
		{[]string{"serve", "extra"}, `unexpected argument "extra"`},
		{[]string{"serve", "--format", "json"}, `--format "json": want text`},
	} {
		_, stderr, code := runTool(t, "", tt.args...)
		if code != exitBadArgs || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, %s", tt.args, code, stderr)
		}
	}
	for _, tt := range []struct {
		in   string
		want int64
	}{{"1048576", 1 << 20}, {"512KiB", 512 << 10}, {"10MiB", 10 << 20}, {" 2 MiB ", 2 << 20}} {
		if got, err := parseSize(tt.in); err != nil || got != tt.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

// TestServeLogsAndAnswers: the server started as the command starts it
// answers the API and the pages, and logs JSON lines.
func TestServeLogsAndAnswers(t *testing.T) {
	addr, stop, log := startServer(t, defaultServerOptions(defaultMaxBody))
	for _, p := range []string{"/healthz", "/api/v1/points?point=1", "/api/v1/openapi.json"} {
		resp, err := http.Get("http://" + addr + p)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: %d", p, resp.StatusCode)
		}
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(log.String()), "\n")
	if len(lines) != 5 || !strings.Contains(lines[0], `"msg":"listening","addr":"http://`+addr+`"`) ||
		!strings.Contains(lines[1], `"method":"GET","path":"/healthz","status":200,"bytes":3`) ||
		!strings.Contains(lines[4], `shutting down`) {
		t.Errorf("log:\n%s", log.String())
	}
}
