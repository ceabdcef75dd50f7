package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestErrors sends requests that fail and checks the status, the error
// code and, where one is known, the position; every error is the same JSON
// object.
func TestErrors(t *testing.T) {
	cfg := testConfig()
	cfg.maxBody = 4 << 10
	s, log := newTestServer(cfg)
	url := testServer(t, s)
	mp := func(parts ...[2]string) (io.Reader, http.Header) {
		b, ct := multipartBody(t, parts...)
		return b, contentType(ct)
	}
	big := `{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-08", "tasks": [` +
		strings.Repeat(`{"id": "T", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01"},`, 100) + `]}`
	type req struct {
		method, path string
		body         io.Reader
		header       http.Header
	}
	get := func(path string) req { return req{"GET", path, nil, nil} }
	post := func(path, body string) req {
		return req{"POST", path, strings.NewReader(body), contentType("application/json")}
	}
	postMP := func(path string, parts ...[2]string) req {
		b, h := mp(parts...)
		return req{"POST", path, b, h}
	}
	tests := []struct {
		name     string
		req      req
		status   int
		code     string
		position string
		header   [2]string // a header the answer must carry
		reason   string
	}{
		{"no event", get("/v1/calendar/deadline?workdays=1"), 400, codeBadParameter, "", [2]string{}, "the event is required"},
		{"two units", get("/v1/calendar/deadline?event=2024-02-07&workdays=1&days=3"), 400, codeBadParameter, "", [2]string{}, "one period at a time"},
		{"no unit", get("/v1/calendar/deadline?event=2024-02-07"), 400, codeBadParameter, "", [2]string{}, "a period is required"},
		{"not a number", get("/v1/calendar/deadline?event=2024-02-07&workdays=three"), 400, codeBadParameter, "", [2]string{}, "a count is a number"},
		{"too many", get("/v1/calendar/deadline?event=2024-02-07&days=100001"), 400, codeBadParameter, "", [2]string{}, "a bound on the period"},
		{"beyond 9999", get("/v1/calendar/deadline?event=9999-12-31&days=10"), 400, codeBadParameter, "", [2]string{}, "a deadline that cannot be written"},
		{"bad date", get("/v1/calendar/deadline?event=2024-02-30&days=1"), 400, codeBadParameter, "", [2]string{}, "no 30 February"},
		{"bad day", get("/v1/calendar/days/2024-13-01"), 400, codeBadParameter, "", [2]string{}, "no month 13"},
		{"workdays without to", get("/v1/calendar/workdays?from=2024-01-01"), 400, codeBadParameter, "", [2]string{}, "both ends are required"},
		{"repeated", get("/v1/calendar/workdays?from=2024-01-01&to=2024-02-01&to=2024-03-01"), 400, codeBadParameter, "", [2]string{}, "which one?"},
		{"malformed query", get("/v1/calendar/workdays?from=%zz"), 400, codeBadParameter, "", [2]string{}, "a query that cannot be read"},
		{"misspelt parameter", get("/v1/calendar/deadline?event=2024-02-07&workday=1"), 400, codeUnknownParameter, "", [2]string{}, "ignored, it would give another answer"},
		{"parameter of another endpoint", post("/v1/check/task?from=2024-01-01", taskCase), 400, codeUnknownParameter, "", [2]string{}, "a check has no period"},
		{"query on rules", get("/v1/rules?id=x"), 400, codeUnknownParameter, "", [2]string{}, "GET /v1/rules takes no parameter"},
		{"bad as_of", post("/v1/audit?as_of=31/02/2024", taskCase), 400, codeBadParameter, "", [2]string{}, "as -as-of 31/02/2024"},
		{"empty rules", post("/v1/audit?rules=", taskCase), 400, codeBadParameter, "", [2]string{}, "an empty id"},
		{"reversed period", post("/v1/audit?from=2024-01-01&to=2023-01-01", taskCase), 400, codeBadParameter, "", [2]string{}, "as the audit program refuses it"},
		{"unknown rules", post("/v1/audit?rules=hanoi-2099", taskCase), 400, codeUnknownRules, "", [2]string{}, "no such built-in rule set"},
		{"case refused", post("/v1/audit", "{\"schema\": \"quyche.case/v1\",\n  \"taks\": []}"), 400, codeCaseRefused, "2:3", [2]string{}, "an unknown field, with its line and column"},
		{"case's rules unknown", post("/v1/audit", `{"schema": "quyche.case/v1", "rules": "hanoi-2099", "as_of": "2024-01-08"}`), 400, codeCaseRefused, "", [2]string{}, "the case names no built-in rule set"},
		{"check two tasks", post("/v1/check/task", strings.Replace(taskCase, `"tasks": [`, `"tasks": [{"id": "T0", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01"}, `, 1)),
			400, codeCaseRefused, "", [2]string{}, "a check takes one record"},
		{"check without context", post("/v1/check/meeting", taskCase), 400, codeCaseRefused, "", [2]string{}, "a task is not the context of a meeting"},
		{"no case part", postMP("/v1/audit", [2]string{partRules, "{}"}), 400, codeBadBody, "", [2]string{}, "the case is required"},
		{"unknown part", postMP("/v1/audit", [2]string{partCase, taskCase}, [2]string{"rulez", "{}"}), 400, codeBadBody, "", [2]string{}, "a misspelt part"},
		{"two case parts", postMP("/v1/audit", [2]string{partCase, taskCase}, [2]string{partCase, taskCase}), 400, codeBadBody, "", [2]string{}, "which one?"},
		{"no boundary", req{"POST", "/v1/audit", strings.NewReader(taskCase), contentType("multipart/form-data")}, 400, codeBadBody, "", [2]string{}, "multipart without a boundary"},
		{"rules refused", postMP("/v1/audit", [2]string{partCase, taskCase}, [2]string{partRules, "{\"schema\":\n\"quyche.rules/v1\",,}"}), 400, codeRulesRefused, "2:19", [2]string{}, "as -rules FILE is refused, with the position"},
		{"empty rules part", postMP("/v1/audit", [2]string{partCase, taskCase}, [2]string{partRules, ""}), 400, codeRulesRefused, "1:1", [2]string{}, "an empty rule set is not the built-in one"},
		{"rules twice", postMP("/v1/audit?rules=kontum-2023", [2]string{partCase, taskCase}, [2]string{partRules, "{}"}), 400, codeBadParameter, "", [2]string{}, "an id and a rule set"},
		{"no endpoint", get("/v2/audit"), 404, codeNotFound, "", [2]string{}, "no such path"},
		{"no rule set", get("/v1/rules/hanoi-2099"), 404, codeNotFound, "", [2]string{}, "no such rule set"},
		{"no check kind", post("/v1/check/delegation", taskCase), 404, codeNotFound, "", [2]string{}, "delegations are not checked alone"},
		{"no schema", get("/schemas/nope.json"), 404, codeNotFound, "", [2]string{}, "no such schema"},
		{"get audit", get("/v1/audit"), 405, codeMethodNotAllowed, "", [2]string{"Allow", "POST"}, "an audit is posted"},
		{"delete rules", req{"DELETE", "/v1/rules/kontum-2023", nil, nil}, 405, codeMethodNotAllowed, "", [2]string{"Allow", "GET, HEAD"}, "rule sets are read only"},
		{"post healthz", post("/healthz", ""), 405, codeMethodNotAllowed, "", [2]string{"Allow", "GET, HEAD"}, "a health check is a GET"},
		{"too large", post("/v1/audit", big), 413, codeBodyTooLarge, "", [2]string{}, "more than -max-body, said by Content-Length"},
		{"too large chunked", req{"POST", "/v1/audit", io.MultiReader(strings.NewReader(big)), nil}, 413, codeBodyTooLarge, "", [2]string{}, "more than -max-body, sent without a length"},
		{"too large multipart", postMP("/v1/audit", [2]string{partCase, big}), 413, codeBodyTooLarge, "", [2]string{}, "a part beyond -max-body"},
		{"too large check", post("/v1/check/task", big), 413, codeBodyTooLarge, "", [2]string{}, "checks have the same limit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := do(t, nil, tc.req.method, url+tc.req.path, tc.req.body, tc.req.header)
			if a.status != tc.status {
				t.Fatalf("status %d, want %d (%s): %s", a.status, tc.status, tc.reason, a.body)
			}
			var raw map[string]map[string]any
			require.NoError(t, json.Unmarshal(a.body, &raw), "%s", a.body)
			for k := range raw["error"] {
				if k != "code" && k != "message" && k != "position" {
					t.Errorf("the error object has a field %q: %s", k, a.body)
				}
			}
			e := a.errorBody(t)
			if e.Error.Code != tc.code || e.Error.Message == "" || e.Error.Position != tc.position {
				t.Errorf("error %+v, want code %q at %q with a message (%s)", e.Error, tc.code, tc.position, tc.reason)
			}
			if strings.Contains(string(a.body), "goroutine") || strings.Contains(string(a.body), ".go:") {
				t.Errorf("the answer looks like a stack trace: %s", a.body)
			}
			if tc.header[0] != "" && a.header.Get(tc.header[0]) != tc.header[1] {
				t.Errorf("%s: %q, want %q", tc.header[0], a.header.Get(tc.header[0]), tc.header[1])
			}
			if a.header.Get("Content-Type") != "application/json" {
				t.Errorf("Content-Type %q", a.header.Get("Content-Type"))
			}
		})
	}
	// The access log names each error's code.
	if !strings.Contains(log.String(), `"error":"body_too_large"`) || !strings.Contains(log.String(), `"status":413`) {
		t.Errorf("the access log does not record the errors:\n%.2000s", log.String())
	}
}

// TestPanicIsA500 makes a handler panic: the client gets a 500 with the
// code internal and no stack trace, the log gets the stack, and the next
// request is served.
func TestPanicIsA500(t *testing.T) {
	cfg := testConfig()
	cfg.maxAudits, cfg.auditQueue = 1, 0 // the next audit needs the turn back
	s, log := newTestServer(cfg)
	s.beforeHeavy = func() { panic("boom") }
	url := testServer(t, s)
	a := do(t, nil, "POST", url+"/v1/audit", strings.NewReader(taskCase), nil)
	require.Equal(t, 500, a.status, "%s", a.body)
	if e := a.errorBody(t); e.Error.Code != codeInternal || strings.Contains(e.Error.Message, "boom") {
		t.Errorf("error %+v: want the code internal, and nothing of the panic", e)
	}
	if !strings.Contains(log.String(), `"msg":"panic"`) || !strings.Contains(log.String(), "boom") {
		t.Errorf("the panic is not logged:\n%s", log.String())
	}
	s.beforeHeavy = nil
	if a := do(t, nil, "POST", url+"/v1/audit", strings.NewReader(taskCase), nil); a.status != 200 {
		t.Errorf("the next request gets %d", a.status)
	}
}

// TestAccessLog checks the log line of a request: one JSON object with the
// method, the path, the status, the bytes, the duration and the remote
// address.
func TestAccessLog(t *testing.T) {
	s, log := newTestServer(testConfig())
	url := testServer(t, s)
	a := do(t, nil, "GET", url+"/v1/calendar/days/2024-02-12", nil, nil)
	require.Equal(t, 200, a.status)
	lines := strings.Split(strings.TrimSpace(log.String()), "\n")
	require.Len(t, lines, 1, "one line per request")
	var entry struct {
		Msg      string   `json:"msg"`
		Method   string   `json:"method"`
		Path     string   `json:"path"`
		Status   int      `json:"status"`
		Bytes    int      `json:"bytes"`
		Duration *float64 `json:"duration_ms"`
		Remote   string   `json:"remote"`
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &entry))
	if entry.Msg != "request" || entry.Method != "GET" || entry.Path != "/v1/calendar/days/2024-02-12" || entry.Status != 200 ||
		entry.Bytes != len(a.body) || entry.Duration == nil || *entry.Duration < 0 || !strings.HasPrefix(entry.Remote, "127.0.0.1:") {
		t.Errorf("log line %s", lines[0])
	}
}

// TestRedirectPassesThrough: a path that is not clean is redirected, as
// net/http does, not answered 404.
func TestRedirectPassesThrough(t *testing.T) {
	s, _ := newTestServer(testConfig())
	url := testServer(t, s)
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	a := do(t, client, "GET", url+"/v1//rules", nil, nil)
	if a.status/100 != 3 || a.header.Get("Location") != "/v1/rules" {
		t.Errorf("status %d, Location %q", a.status, a.header.Get("Location"))
	}
	if a := do(t, nil, "GET", url+"/v1//rules", nil, nil); a.status != 200 || !bytes.Contains(a.body, []byte("kontum-2023")) {
		t.Errorf("following the redirect: %d %s", a.status, a.body)
	}
}
