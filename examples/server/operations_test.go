package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/audit/dataset"
)

// TestToken starts the real program with -token-file: every request but
// GET /healthz must carry the token.
func TestToken(t *testing.T) {
	file := filepath.Join(t.TempDir(), "token")
	require.NoError(t, os.WriteFile(file, []byte("  s3cret-token\n"), 0o600))
	url, _, _ := realServer(t, "-token-file", file)
	tests := []struct {
		name   string
		method string
		path   string
		auth   string
		status int
		reason string
	}{
		{"none", "GET", "/v1/rules", "", 401, "no token"},
		{"wrong", "GET", "/v1/rules", "Bearer s3cret-tokem", 401, "a wrong token of the same length"},
		{"prefix", "GET", "/v1/rules", "Bearer s3cret", 401, "a prefix of the token"},
		{"basic", "GET", "/v1/rules", "Basic czNjcmV0LXRva2Vu", 401, "another scheme"},
		{"with spaces", "GET", "/v1/rules", "Bearer  s3cret-token ", 200, "the token, white space around it ignored"},
		{"right", "GET", "/v1/rules", "Bearer s3cret-token", 200, "the file's content, trimmed"},
		{"scheme case", "GET", "/v1/rules", "bearer s3cret-token", 200, "the scheme is case-insensitive"},
		{"audit", "POST", "/v1/audit", "", 401, "audits too"},
		{"openapi", "GET", "/openapi.json", "", 401, "everything but the health check"},
		{"unknown path", "GET", "/nope", "", 401, "not even whether a path exists is told"},
		{"healthz", "GET", "/healthz", "", 200, "the health check needs no token"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := http.Header{}
			if tc.auth != "" {
				h.Set("Authorization", tc.auth)
			}
			var body *strings.Reader
			if tc.method == "POST" {
				body = strings.NewReader(taskCase)
			} else {
				body = strings.NewReader("")
			}
			a := do(t, nil, tc.method, url+tc.path, body, h)
			if a.status != tc.status {
				t.Fatalf("status %d, want %d (%s): %s", a.status, tc.status, tc.reason, a.body)
			}
			if tc.status == 401 {
				if e := a.errorBody(t); e.Error.Code != codeUnauthorized {
					t.Errorf("code %q", e.Error.Code)
				}
				if got := a.header.Get("WWW-Authenticate"); got != `Bearer realm="quyche"` {
					t.Errorf("WWW-Authenticate %q", got)
				}
			}
		})
	}
}

// TestTooManyRequests holds the only turn for audits with a request in
// flight: with no queue the next audit is turned away with 429 and
// Retry-After, with a queue it waits its turn; calendar requests are not
// held up.
func TestTooManyRequests(t *testing.T) {
	for _, queue := range []int{0, 1} {
		t.Run(fmt.Sprintf("queue %d", queue), func(t *testing.T) {
			cfg := testConfig()
			cfg.maxAudits, cfg.auditQueue = 1, queue
			s, _ := newTestServer(cfg)
			inside, release := make(chan struct{}, 2), make(chan struct{})
			s.beforeHeavy = func() { inside <- struct{}{}; <-release }
			url := testServer(t, s)
			first := goSend(t, "POST", url+"/v1/audit", strings.NewReader(taskCase))
			<-inside // the first audit holds the turn
			if a := do(t, nil, "GET", url+"/v1/calendar/deadline?event=2024-02-07&workdays=1", nil, nil); a.status != 200 {
				t.Errorf("the calendar is held up by audits: %d", a.status)
			}
			second := goSend(t, "POST", url+"/v1/check/task", strings.NewReader(taskCase))
			if queue == 0 {
				a := <-second
				require.Equal(t, 429, a.status, "%s", a.body)
				if e := a.errorBody(t); e.Error.Code != codeTooManyRequests || a.header.Get("Retry-After") != "1" {
					t.Errorf("error %+v, Retry-After %q", e, a.header.Get("Retry-After"))
				}
				// The queue is full; a third is turned away as well.
				if a := do(t, nil, "POST", url+"/v1/audit", strings.NewReader(taskCase), nil); a.status != 429 {
					t.Errorf("third: %d", a.status)
				}
			}
			close(release)
			if a := <-first; a.status != 200 {
				t.Errorf("the first audit: %d %s", a.status, a.body)
			}
			if queue == 1 {
				if a := <-second; a.status != 200 {
					t.Errorf("the queued check: %d %s", a.status, a.body)
				}
			}
			// The turn is given back.
			if a := do(t, nil, "POST", url+"/v1/audit", strings.NewReader(taskCase), nil); a.status != 200 {
				t.Errorf("after: %d %s", a.status, a.body)
			}
		})
	}
}

// TestGracefulShutdown stops the real program (as SIGTERM does) while an
// audit is in flight: the audit is answered in full, no new connection is
// accepted, and the program exits 0.
func TestGracefulShutdown(t *testing.T) {
	inside, release := make(chan struct{}, 1), make(chan struct{})
	hook := func(s *server) { s.beforeHeavy = func() { inside <- struct{}{}; <-release } }
	testHook = hook
	t.Cleanup(func() { testHook = nil })
	url, stop, log := realServer(t)
	want := do(t, nil, "GET", url+"/v1/rules", nil, nil)
	require.Equal(t, 200, want.status)

	first := goSend(t, "POST", url+"/v1/audit", bytes.NewReader(dataset.KonTum2023))
	<-inside
	exit := make(chan int, 1)
	go func() { exit <- stop() }()
	waitFor(t, "the shutdown to begin", func() bool { return strings.Contains(log.String(), `"msg":"shutting down"`) })
	// No new connection is accepted.
	_, err := (&http.Client{Timeout: 2 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}).Get(url + "/healthz")
	require.Error(t, err, "a new connection during the shutdown")
	select {
	case code := <-exit:
		t.Fatalf("the program exited (%d) with an audit in flight", code)
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	a := <-first
	if a.status != 200 || a.header.Get("X-Quyche-Status") != "violations" || !bytes.HasSuffix(a.body, []byte("}\n")) {
		t.Errorf("the audit in flight: %d %q, %d bytes", a.status, a.header.Get("X-Quyche-Status"), len(a.body))
	}
	if code := <-exit; code != 0 {
		t.Errorf("exit status %d\n%s", code, log.String())
	}
	if !strings.Contains(log.String(), `"msg":"stopped"`) {
		t.Errorf("log:\n%s", log.String())
	}
}

// TestConcurrentRequests sends many requests at once to every kind of
// endpoint on the real program; run with -race. Every answer must equal the
// answer to the same request alone.
func TestConcurrentRequests(t *testing.T) {
	url, _, _ := realServer(t, "-max-audits", "4", "-audit-queue", "64")
	reqs := []struct{ method, path, body string }{
		{"POST", "/v1/audit?from=2023-07-01&to=2023-09-30", string(dataset.KonTum2023)},
		{"POST", "/v1/audit", readTestdata("../../audit/testdata/conformance/input.invalid/case.json")},
		{"POST", "/v1/check/record", minutesCase},
		{"POST", "/v1/check/task", taskCase},
		{"GET", "/v1/calendar/deadline?event=2024-02-07&workdays=1", ""},
		{"GET", "/v1/calendar/days/2024-02-12", ""},
		{"GET", "/v1/calendar/workdays?from=2024-01-01&to=2024-12-31", ""},
		{"GET", "/v1/rules/kontum-2023", ""},
		{"GET", "/openapi.json", ""},
		{"POST", "/v1/audit", "{"}, // refused
	}
	alone := make([]answer, len(reqs))
	for i, r := range reqs {
		alone[i] = do(t, nil, r.method, url+r.path, strings.NewReader(r.body), nil)
	}
	const workers, rounds = 16, 2
	var wg sync.WaitGroup
	errs := make(chan string, workers*rounds*len(reqs))
	for w := range workers {
		wg.Go(func() {
			for k := range rounds * len(reqs) {
				i := (w + k) % len(reqs)
				r := reqs[i]
				a, err := send(nil, r.method, url+r.path, strings.NewReader(r.body), nil)
				if err != nil {
					errs <- err.Error()
					continue
				}
				if a.status != alone[i].status || !bytes.Equal(a.body, alone[i].body) {
					errs <- fmt.Sprintf("%s %s: %d, alone %d; %s", r.method, r.path, a.status, alone[i].status,
						cmp.Diff(string(alone[i].body), string(a.body)))
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestFlags checks the command line.
func TestFlags(t *testing.T) {
	dir := t.TempDir()
	token, empty := filepath.Join(dir, "token"), filepath.Join(dir, "empty")
	require.NoError(t, os.WriteFile(token, []byte("abc\n"), 0o600))
	require.NoError(t, os.WriteFile(empty, []byte(" \n\t"), 0o600))
	tests := []struct {
		name   string
		args   []string
		ok     bool
		check  func(c config) bool
		reason string
	}{
		{"defaults", nil, true, func(c config) bool {
			return c.addr == "127.0.0.1:8080" && c.maxBody == 64<<20 && c.token == nil && c.maxAudits >= 1
		}, "loopback, 64 MiB, no token"},
		{"size MiB", []string{"-max-body", "8MiB"}, true, func(c config) bool { return c.maxBody == 8<<20 }, "a size with a unit"},
		{"size bytes", []string{"-max-body", "1000"}, true, func(c config) bool { return c.maxBody == 1000 }, "a size in bytes"},
		{"size GiB", []string{"-max-body", "1GiB"}, true, func(c config) bool { return c.maxBody == 1<<30 }, "a size in GiB"},
		{"token", []string{"-token-file", token}, true, func(c config) bool { return string(c.token) == "abc" }, "trimmed"},
		{"timeouts", []string{"-write-timeout", "30m", "-read-timeout", "10m"}, true, func(c config) bool {
			return c.writeTimeout == 30*time.Minute && c.readTimeout == 10*time.Minute
		}, "for big cases"},
		{"size zero", []string{"-max-body", "0"}, false, nil, "no body at all is no service"},
		{"size junk", []string{"-max-body", "lots"}, false, nil, "not a size"},
		{"empty token", []string{"-token-file", empty}, false, nil, "an empty token would let anyone in"},
		{"missing token file", []string{"-token-file", filepath.Join(dir, "none")}, false, nil, "no such file"},
		{"no audits", []string{"-max-audits", "0"}, false, nil, "no audit could run"},
		{"negative timeout", []string{"-idle-timeout", "-1s"}, false, nil, "a timeout is positive"},
		{"argument", []string{"extra"}, false, nil, "the program takes no argument"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			c, err := parseFlags(tc.args, &stderr)
			if !tc.ok {
				require.Error(t, err, tc.reason)
				return
			}
			require.NoError(t, err, tc.reason)
			if !tc.check(c) {
				t.Errorf("config %+v (%s)", c, tc.reason)
			}
		})
	}
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"-max-body", "lots"}, &stderr, nil); code != 2 || !strings.Contains(stderr.String(), "max-body") {
		t.Errorf("a bad flag: exit %d, %q", code, stderr.String())
	}
	stderr.Reset()
	if code := run(context.Background(), []string{"-addr", "256.0.0.1:1"}, &stderr, nil); code != 1 {
		t.Errorf("an address that cannot be listened on: exit %d, %q", code, stderr.String())
	}
}
