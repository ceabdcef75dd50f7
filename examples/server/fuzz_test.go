package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/quyche/quyche/examples/internal/hostile"
)

// fuzzServer is a service that logs nowhere.
func fuzzServer() *server {
	cfg := testConfig()
	cfg.maxBody = 1 << 20
	return newServer(cfg, slog.New(slog.NewJSONHandler(io.Discard, nil)))
}

// checkAnswer fails the fuzz run for an answer that is a 5xx or not JSON.
func checkAnswer(t *testing.T, rec *httptest.ResponseRecorder, what string) {
	t.Helper()
	if rec.Code >= 500 {
		t.Fatalf("%s: status %d: %s", what, rec.Code, rec.Body.Bytes())
	}
	if !json.Valid(rec.Body.Bytes()) {
		t.Fatalf("%s: the answer is not JSON: %q", what, rec.Body.Bytes())
	}
	if rec.Code == 200 && (what == "audit" || what == "check") && rec.Header().Get("X-Quyche-Status") == "" {
		t.Fatalf("%s: no X-Quyche-Status", what)
	}
	if rec.Code >= 400 {
		var e errorJSON
		if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error.Code == "" || e.Error.Message == "" {
			t.Fatalf("%s: an error that is not an error object: %s", what, rec.Body.Bytes())
		}
	}
}

// FuzzAudit posts arbitrary bodies to the audit and to the checks: every
// answer is JSON and below 500 — bad input is the client's error or a
// finding, never a fault of the service.
func FuzzAudit(f *testing.F) {
	for _, c := range hostile.Cases() {
		if len(c.Data) < 4096 {
			f.Add(c.Data, uint8(0))
		}
	}
	f.Add([]byte(taskCase), uint8(1))
	f.Add([]byte(minutesCase), uint8(5))
	s := fuzzServer()
	paths := []string{"/v1/audit", "/v1/check/task", "/v1/check/consultation", "/v1/check/submission", "/v1/check/meeting", "/v1/check/record"}
	f.Fuzz(func(t *testing.T, body []byte, which uint8) {
		path := paths[int(which)%len(paths)]
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("POST", path, bytes.NewReader(body)))
		what := "check"
		if path == "/v1/audit" {
			what = "audit"
		}
		checkAnswer(t, rec, what)
	})
}

// FuzzCalendar asks the calendar endpoints with arbitrary dates and
// queries: every answer is JSON and below 500.
func FuzzCalendar(f *testing.F) {
	f.Add("2024-02-12", "event=2024-02-07&workdays=1")
	f.Add("12/02/2024", "event=9999-12-31&days=100000")
	f.Add("0001-01-01", "event=0001-01-01&months=-100000")
	f.Add("x", "from=2024-01-01&to=0001-01-01")
	f.Add("2024-02-30", "event=2024-02-07&years=99999&%zz")
	s := fuzzServer()
	f.Fuzz(func(t *testing.T, date, query string) {
		for _, target := range []string{"/v1/calendar/days/" + date, "/v1/calendar/deadline?" + query, "/v1/calendar/workdays?" + query} {
			req, err := http.NewRequest("GET", "http://quyche"+target, nil)
			if err != nil {
				return // not a URL a client could send
			}
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, req)
			if rec.Code/100 == 3 {
				continue // a redirect to the clean path
			}
			checkAnswer(t, rec, target)
		}
	})
}
