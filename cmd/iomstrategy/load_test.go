package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/policycode/iomstrategy/internal/benchdata"
)

// The load test of the server (BENCHMARKS.md): on a loopback port, 64
// clients send 20,000 allocation requests, then 2,000 screening requests
// of 100 applications each; it reports the requests per second, the p50
// and p99 latencies and the errors. It runs only when asked:
//
//	go test ./cmd/iomstrategy -run TestLoad -load -v
var load = flag.Bool("load", false, "run the server's load test (TestLoad)")

// loadResult is what one round of requests measured.
type loadResult struct {
	requests, errors int
	elapsed          time.Duration
	p50, p99, max    time.Duration
}

func (r loadResult) String() string {
	return fmt.Sprintf("%d requests in %v: %.0f requests/s, p50 %v, p99 %v, max %v, %d errors",
		r.requests, r.elapsed.Round(time.Millisecond), float64(r.requests)/r.elapsed.Seconds(),
		r.p50.Round(10*time.Microsecond), r.p99.Round(10*time.Microsecond), r.max.Round(10*time.Microsecond), r.errors)
}

// hammer sends n requests made by next from clients goroutines and
// measures them; check says whether an answer is right.
func hammer(ctx context.Context, client *http.Client, n, clients int, next func(i int) *http.Request, check func(status int, body []byte) bool) loadResult {
	latencies := make([]time.Duration, n)
	var errs atomic.Int64
	var counter atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for range clients {
		wg.Go(func() {
			for {
				i := int(counter.Add(1)) - 1
				if i >= n || ctx.Err() != nil {
					return
				}
				req := next(i).WithContext(ctx)
				t0 := time.Now()
				resp, err := client.Do(req)
				if err != nil {
					errs.Add(1)
					latencies[i] = time.Since(t0)
					continue
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				latencies[i] = time.Since(t0)
				if err != nil || !check(resp.StatusCode, body) {
					errs.Add(1)
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(latencies)
	return loadResult{
		requests: n, errors: int(errs.Load()), elapsed: elapsed,
		p50: latencies[n/2], p99: latencies[n*99/100], max: latencies[n-1],
	}
}

func TestLoad(t *testing.T) {
	if !*load {
		t.Skip("the load test runs with -load")
	}
	const clients = 64
	// The garbage collector's target the command sets (the clients share
	// the process, and the setting).
	defer debug.SetGCPercent(debug.SetGCPercent(serveGCPercent))
	addr, _, _ := startServer(t, defaultServerOptions(defaultMaxBody))
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients}, Timeout: time.Minute}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute) // bounded whatever happens
	defer cancel()

	// 20,000 allocations: a different year and figure each time.
	allocations := hammer(ctx, client, 20000, clients, func(i int) *http.Request {
		body := fmt.Sprintf(`{"year": %d, "discretionary": "%d.00", "security": "800000", "unearmarked": "1900000", "interest": "150000"}`,
			2008+i%11, 20_000_000+i*137)
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/api/v1/allocate", bytes.NewReader([]byte(body)))
		req.Header.Set("Content-Type", "application/json")
		return req
	}, func(status int, body []byte) bool {
		return status == http.StatusOK && bytes.Contains(body, []byte(`"total_available"`))
	})
	t.Logf("allocate: %v", allocations)

	// 2,000 screenings of 100 applications against 30 Member States.
	var members, apps bytes.Buffer
	if err := benchdata.Write(&members, &apps, 30, 100); err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(map[string]string{"input": apps.String(), "members": members.String()})
	screenings := hammer(ctx, client, 2000, clients, func(int) *http.Request {
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/api/v1/screen", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		return req
	}, func(status int, body []byte) bool {
		return status == http.StatusOK && bytes.Count(body, []byte(`"verdict"`)) == 100
	})
	t.Logf("screen (100 applications): %v", screenings)

	if allocations.errors > 0 || screenings.errors > 0 {
		t.Errorf("errors: %d allocations, %d screenings", allocations.errors, screenings.errors)
	}
	if ctx.Err() != nil {
		t.Errorf("the load test ran out of time")
	}
}

// BenchmarkAPIAllocate is one allocation request through the server's
// handler, without the network: the server's own cost of a request.
func BenchmarkAPIAllocate(b *testing.B) {
	h := testHandler(defaultMaxBody)
	r := postJSON("/api/v1/allocate", `{"year": 2009, "discretionary": "24100000", "security": "800000", "unearmarked": "1900000", "interest": "150000"}`)
	for b.Loop() {
		if w := serveRequest(h, r); w.Code != http.StatusOK {
			b.Fatal(w.Body)
		}
	}
}

// BenchmarkAPIScreen100 is one screening request of 100 applications
// through the server's handler.
func BenchmarkAPIScreen100(b *testing.B) {
	var members, apps bytes.Buffer
	if err := benchdata.Write(&members, &apps, 30, 100); err != nil {
		b.Fatal(err)
	}
	body, _ := json.Marshal(map[string]string{"input": apps.String(), "members": members.String()})
	h := testHandler(defaultMaxBody)
	r := postJSON("/api/v1/screen", string(body))
	for b.Loop() {
		if w := serveRequest(h, r); w.Code != http.StatusOK {
			b.Fatal(w.Body)
		}
	}
}
