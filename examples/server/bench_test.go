package main

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quyche/quyche/examples/audit/dataset"
)

// Load of the benchmarks: clients sending at once, and requests per
// iteration of b.N.
const (
	benchClients = 32
	benchPerOp   = 64
)

// drive sends b.N×benchPerOp requests made by newReq to the service, from
// benchClients clients at once over keep-alive connections, and reports
// the throughput and the median and 99th-percentile latency. Every request
// must get 200.
func drive(b *testing.B, newReq func() (*http.Request, error)) {
	b.Helper()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: benchClients, MaxConnsPerHost: benchClients}}
	total := b.N * benchPerOp
	latencies := make([]time.Duration, total)
	var next, failed atomic.Int64
	var firstErr atomic.Value
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for range benchClients {
		wg.Go(func() {
			for {
				i := next.Add(1) - 1
				if i >= int64(total) {
					return
				}
				req, err := newReq()
				if err != nil {
					failed.Add(1)
					firstErr.CompareAndSwap(nil, err.Error())
					continue
				}
				t0 := time.Now()
				resp, err := client.Do(req)
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != 200 {
						err = &statusError{resp.StatusCode}
					}
				}
				latencies[i] = time.Since(t0)
				if err != nil {
					failed.Add(1)
					firstErr.CompareAndSwap(nil, err.Error())
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	if n := failed.Load(); n > 0 {
		b.Fatalf("%d of %d requests failed; first: %v", n, total, firstErr.Load())
	}
	slices.Sort(latencies)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(float64(total)/elapsed.Seconds(), "req/s")
	b.ReportMetric(ms(latencies[total/2]), "p50-ms")
	b.ReportMetric(ms(latencies[(total*99)/100]), "p99-ms")
	b.ReportMetric(0, "failed")
}

type statusError struct{ status int }

func (e *statusError) Error() string { return "status " + http.StatusText(e.status) }

// benchServer starts the real program on a loopback port with a queue that
// holds every client, so that no audit is turned away. Its access log is
// written (encoded) and dropped.
func benchServer(b *testing.B) string {
	b.Helper()
	url, _ := startProgram(b, io.Discard, "-audit-queue", "64")
	return url
}

// BenchmarkServerDeadline drives GET /v1/calendar/deadline over Tết.
func BenchmarkServerDeadline(b *testing.B) {
	url := benchServer(b) + "/v1/calendar/deadline?event=2024-02-07&workdays=3"
	drive(b, func() (*http.Request, error) { return http.NewRequest("GET", url, nil) })
}

// BenchmarkServerAudit drives POST /v1/audit with the largest case of the
// conformance suite (input.invalid: tasks, meetings and records, some of
// them invalid).
func BenchmarkServerAudit(b *testing.B) {
	body, err := os.ReadFile("../audit/testdata/conformance/input.invalid/case.json")
	if err != nil {
		b.Fatal(err)
	}
	url := benchServer(b) + "/v1/audit"
	drive(b, func() (*http.Request, error) { return http.NewRequest("POST", url, bytes.NewReader(body)) })
}

// BenchmarkServerAuditYear drives POST /v1/audit with the embedded
// province-year (1,206 tasks with a deadline; 0.5 MB in, 0.3 MB out).
func BenchmarkServerAuditYear(b *testing.B) {
	url := benchServer(b) + "/v1/audit"
	drive(b, func() (*http.Request, error) {
		return http.NewRequest("POST", url, bytes.NewReader(dataset.KonTum2023))
	})
}
