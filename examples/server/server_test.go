package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// syncBuffer is a bytes.Buffer safe for the concurrent writes of a logger.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// testConfig is the default configuration with a small body limit.
func testConfig() config {
	cfg := defaultConfig()
	cfg.addr = "127.0.0.1:0"
	return cfg
}

// testServer serves s on an httptest server and returns its URL.
func testServer(t testing.TB, s *server) string {
	t.Helper()
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts.URL
}

// newTestServer returns a service of cfg logging to the returned buffer.
func newTestServer(cfg config) (*server, *syncBuffer) {
	var log syncBuffer
	return newServer(cfg, slog.New(slog.NewJSONHandler(&log, nil))), &log
}

// realServer runs the whole program (run) on a loopback port with args and
// returns its base URL and the function that stops it (as SIGTERM does) and
// returns its exit status.
func realServer(t testing.TB, args ...string) (url string, stop func() int, log *syncBuffer) {
	t.Helper()
	log = &syncBuffer{}
	url, stop = startProgram(t, log, args...)
	return url, stop, log
}

// startProgram runs the whole program (run) on a loopback port with args,
// logging to log, and returns its base URL and the function that stops it
// and returns its exit status.
func startProgram(t testing.TB, log io.Writer, args ...string) (url string, stop func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan net.Addr, 1)
	exit := make(chan int, 1)
	go func() {
		exit <- run(ctx, append([]string{"-addr", "127.0.0.1:0"}, args...), log, func(a net.Addr) { addr <- a })
	}()
	select {
	case a := <-addr:
		url = "http://" + a.String()
	case code := <-exit:
		cancel()
		t.Fatalf("the server exited with %d", code)
	}
	var once sync.Once
	status := -1
	stop = func() int {
		once.Do(func() {
			cancel()
			status = <-exit
		})
		return status
	}
	t.Cleanup(func() { stop() })
	return url, stop
}

// answer is an HTTP answer as the tests read it.
type answer struct {
	status int
	header http.Header
	body   []byte
}

// errorBody is the error an answer holds.
func (a answer) errorBody(t testing.TB) errorJSON {
	t.Helper()
	var e errorJSON
	require.NoError(t, json.Unmarshal(a.body, &e), "an error answer is JSON: %s", a.body)
	return e
}

// do sends a request and reads the answer; it must be called from the
// test's goroutine.
func do(t testing.TB, client *http.Client, method, url string, body io.Reader, header http.Header) answer {
	t.Helper()
	a, err := send(client, method, url, body, header)
	require.NoError(t, err)
	return a
}

// send sends a request and reads the answer; any goroutine may call it.
func send(client *http.Client, method, url string, body io.Reader, header http.Header) (answer, error) {
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		return answer{}, err
	}
	for k, v := range header {
		req.Header[k] = v
	}
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return answer{}, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return answer{}, err
	}
	return answer{status: resp.StatusCode, header: resp.Header, body: b}, nil
}

// goSend sends a request from another goroutine and returns the channel of
// its answer; a request that fails is reported and answers status 0.
func goSend(t testing.TB, method, url string, body io.Reader) <-chan answer {
	c := make(chan answer, 1)
	go func() {
		a, err := send(nil, method, url, body, nil)
		if err != nil {
			t.Errorf("%s %s: %v", method, url, err)
		}
		c <- a
	}()
	return c
}

// multipartBody returns a multipart/form-data body with the given parts,
// in order, and its content type.
func multipartBody(t testing.TB, parts ...[2]string) (*bytes.Buffer, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for _, p := range parts {
		w, err := mw.CreateFormFile(p[0], p[0]+".json")
		require.NoError(t, err)
		_, err = io.WriteString(w, p[1])
		require.NoError(t, err)
	}
	require.NoError(t, mw.Close())
	return &b, mw.FormDataContentType()
}

// golden compares got with testdata/golden/name, or rewrites it under
// -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./examples/server -update to create %s", path)
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got); run go test ./examples/server -update if the change is intended:\n%s", path, diff)
	}
}

// minutesCase is the case file of the README's check: minutes signed TL.
// under a delegation that expired before the meeting.
var minutesCase = readTestdata("minutes.json")

// readTestdata returns the content of testdata/name.
func readTestdata(name string) string {
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		panic(err) // the test data is part of the repository
	}
	return string(b)
}

const taskCase = `{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-08",
  "units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
  "tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-12-01", "done": "2023-11-30"}]}`

// endpointCase is a request that succeeds, with its golden answer.
type endpointCase struct {
	name        string
	method      string
	path        string
	body        string
	contentType string
	status      int
	xStatus     string // X-Quyche-Status, for audits and checks
	reason      string
}

// endpointCases has a request for every endpoint.
func endpointCases() []endpointCase {
	return []endpointCase{
		{"deadline workdays", "GET", "/v1/calendar/deadline?event=2024-02-07&workdays=1", "", "", 200, "", "Tết 2024: the next working day after 07/02 is 15/02"},
		{"deadline days moved", "GET", "/v1/calendar/deadline?event=2024-04-20&days=10", "", "", 200, "", "10 days from 20/04 end on 30/04, a holiday: moved to 02/05"},
		{"deadline months", "GET", "/v1/calendar/deadline?event=31/01/2024&months=1", "", "", 200, "", "no 31 February: the last day of the month, 29/02/2024"},
		{"deadline weeks", "GET", "/v1/calendar/deadline?event=2024-08-26&weeks=1", "", "", 200, "", "one week from 26/08/2024 is 02/09, National Day: moved past the days off"},
		{"deadline years", "GET", "/v1/calendar/deadline?event=2023-02-10&years=1", "", "", 200, "", "one year from 10/02/2023 ends on 10/02/2024, in Tết: moved to 15/02"},
		{"deadline backwards", "GET", "/v1/calendar/deadline?event=2024-02-15&workdays=-1", "", "", 200, "", "the working day before 15/02/2024 skips Tết backwards"},
		{"day holiday", "GET", "/v1/calendar/days/2024-02-12", "", "", 200, "", "a day of Tết, with its lunar date"},
		{"day dmy", "GET", "/v1/calendar/days/02/09/2025", "", "", 200, "", "a date written as documents write it"},
		{"day make-up", "GET", "/v1/calendar/days/2025-04-26", "", "", 200, "", "a Saturday worked"},
		{"day not covered", "GET", "/v1/calendar/days/2150-01-01", "", "", 200, "", "outside the covered years: basis not_covered, no holiday known"},
		{"workdays", "GET", "/v1/calendar/workdays?from=2024-02-07&to=2024-02-29", "", "", 200, "", "Tết removes 5 working days from February"},
		{"workdays reversed", "GET", "/v1/calendar/workdays?from=2024-02-29&to=07/02/2024", "", "", 200, "", "a negative count"},
		{"rules", "GET", "/v1/rules", "", "", 200, "", "the built-in rule sets"},
		{"rules kontum", "GET", "/v1/rules/kontum-2023", "", "", 200, "", "quyche.rules/v1"},
		{"healthz", "GET", "/healthz", "", "", 200, "", "up"},
		{"check record", "POST", "/v1/check/record", minutesCase, "application/json", 200, "violations", "a TL. signature under an expired delegation"},
		{"check task as of", "POST", "/v1/check/task?as_of=2023-11-15", taskCase, "", 200, "clean", "as of a date before the deadline, nothing to say"},
		{"audit", "POST", "/v1/audit", taskCase, "application/json", 200, "clean", "done on time"},
		{"audit period", "POST", "/v1/audit?from=2024-01-01&to=31/01/2024&rules=kontum-2023", taskCase, "application/json", 200, "clean", "a period with no task in it"},
	}
}

// TestEndpoints sends a request to every endpoint, on an httptest server
// and on the real program listening on a loopback port, and compares the
// answers with the golden files.
func TestEndpoints(t *testing.T) {
	s, _ := newTestServer(testConfig())
	servers := map[string]string{"httptest": testServer(t, s)}
	real, _, _ := realServer(t)
	servers["loopback"] = real
	for _, tc := range endpointCases() {
		t.Run(tc.name, func(t *testing.T) {
			var first []byte
			for _, kind := range []string{"httptest", "loopback"} {
				var h http.Header
				if tc.contentType != "" {
					h = http.Header{"Content-Type": {tc.contentType}}
				}
				a := do(t, nil, tc.method, servers[kind]+tc.path, strings.NewReader(tc.body), h)
				if a.status != tc.status {
					t.Fatalf("%s: status %d, want %d (%s): %s", kind, a.status, tc.status, tc.reason, a.body)
				}
				if got := a.header.Get("X-Quyche-Status"); got != tc.xStatus {
					t.Errorf("%s: X-Quyche-Status %q, want %q (%s)", kind, got, tc.xStatus, tc.reason)
				}
				if ct := a.header.Get("Content-Type"); ct != "application/json" {
					t.Errorf("%s: Content-Type %q", kind, ct)
				}
				if !json.Valid(a.body) {
					t.Errorf("%s: the answer is not JSON: %.200s", kind, a.body)
				}
				if first == nil {
					first = a.body
					golden(t, strings.ReplaceAll(tc.name, " ", "-")+".json", prettyJSON(t, a.body))
				} else if !bytes.Equal(first, a.body) {
					t.Errorf("the loopback server answers differently from httptest")
				}
			}
		})
	}
}

// prettyJSON indents b for a golden file that reads well in a diff.
func prettyJSON(t testing.TB, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	require.NoError(t, json.Indent(&out, b, "", "  "))
	return out.Bytes()
}

// waitFor polls cond until it holds or a few seconds pass.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
