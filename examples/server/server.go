package main

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"
)

// server is the service's handler: the routes behind the access log, the
// recovery from panics and the token check. It is safe for concurrent use.
type server struct {
	cfg   config
	log   *slog.Logger
	mux   *http.ServeMux
	heavy *limiter // audits and checks
	token [sha256.Size]byte
	// beforeHeavy, when set (by tests), runs once a heavy request holds its
	// turn, before it reads its body.
	beforeHeavy func()
}

// route is one endpoint: a method, a path pattern of net/http and its
// handler. The OpenAPI document lists the same method and path.
type route struct {
	method, path string
	handle       func(*server, http.ResponseWriter, *http.Request)
}

// routes lists every endpoint of the service.
var routes = []route{
	{"POST", "/v1/audit", (*server).audit},
	{"POST", "/v1/check/{kind}", (*server).check},
	{"GET", "/v1/calendar/days/{date...}", (*server).day},
	{"GET", "/v1/calendar/deadline", (*server).deadline},
	{"GET", "/v1/calendar/workdays", (*server).workdays},
	{"GET", "/v1/rules", (*server).ruleSets},
	{"GET", "/v1/rules/{id}", (*server).ruleSet},
	{"GET", "/healthz", (*server).healthz},
	{"GET", "/openapi.json", (*server).openAPI},
	{"GET", "/schemas/{name}", (*server).schema},
}

// newServer returns the service's handler for cfg, logging to log.
func newServer(cfg config, log *slog.Logger) *server {
	s := &server{cfg: cfg, log: log, mux: http.NewServeMux(), heavy: newLimiter(cfg.maxAudits, cfg.auditQueue)}
	if cfg.token != nil {
		s.token = sha256.Sum256(cfg.token)
	}
	for _, rt := range routes {
		s.mux.HandleFunc(rt.method+" "+rt.path, func(w http.ResponseWriter, r *http.Request) { rt.handle(s, w, r) })
	}
	return s
}

// ServeHTTP logs the request, recovers from a panic with a 500, checks the
// token and routes the request; a path or a method that no route takes gets
// a JSON error like any other.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &recorder{ResponseWriter: w}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
			if rec.status == 0 {
				writeError(rec, &apiError{status: http.StatusInternalServerError, code: codeInternal, message: "internal error; it has been logged"})
			}
		}
		attrs := []slog.Attr{
			slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Int("status", rec.statusCode()),
			slog.Int64("bytes", rec.bytes), slog.Float64("duration_ms", float64(time.Since(start).Microseconds())/1000),
			slog.String("remote", r.RemoteAddr),
		}
		if rec.code != "" {
			attrs = append(attrs, slog.String("error", rec.code))
		}
		s.log.LogAttrs(r.Context(), slog.LevelInfo, "request", attrs...)
	}()
	if !s.authorized(r) {
		rec.Header().Set("WWW-Authenticate", `Bearer realm="quyche"`)
		writeError(rec, &apiError{status: http.StatusUnauthorized, code: codeUnauthorized,
			message: "this service requires the header Authorization: Bearer <token>"})
		return
	}
	if _, pattern := s.mux.Handler(r); pattern != "" {
		s.mux.ServeHTTP(rec, r)
		return
	}
	// No route: the mux answers 404, 405 (with Allow) or a redirect to the
	// clean path. Answer the errors in JSON, pass redirects on.
	c := &capture{header: http.Header{}}
	s.mux.ServeHTTP(c, r)
	switch c.status {
	case http.StatusMethodNotAllowed:
		rec.Header().Set("Allow", c.header.Get("Allow"))
		writeError(rec, &apiError{status: http.StatusMethodNotAllowed, code: codeMethodNotAllowed,
			message: r.Method + " is not allowed on " + r.URL.Path + "; allowed: " + c.header.Get("Allow")})
	case http.StatusNotFound, 0:
		writeError(rec, &apiError{status: http.StatusNotFound, code: codeNotFound, message: "no endpoint " + r.URL.Path + "; see /openapi.json"})
	default:
		for k, v := range c.header {
			rec.Header()[k] = v
		}
		rec.WriteHeader(c.status)
		_, _ = rec.Write(c.body.Bytes())
	}
}

// authorized reports whether r may be served: no token is configured, the
// request is the health check, or it carries the token. The token is
// compared in constant time (as SHA-256 digests, so that not even its
// length leaks).
func (s *server) authorized(r *http.Request) bool {
	if s.cfg.token == nil || r.URL.Path == "/healthz" {
		return true
	}
	scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(token)))
	return subtle.ConstantTimeCompare(got[:], s.token[:]) == 1
}

// recorder is the ResponseWriter of a request: it remembers the status,
// the bytes written and the error code, for the access log.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
	code   string // the error code written, if any
}

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// statusCode returns the status sent; 200 when the handler wrote nothing.
func (r *recorder) statusCode() int {
	if r.status == 0 {
		return http.StatusOK
	}
	return r.status
}

// Unwrap lets http.ResponseController reach the connection.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// capture is a ResponseWriter that keeps what the mux answers when no route
// matches.
type capture struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (c *capture) Header() http.Header { return c.header }

func (c *capture) WriteHeader(status int) {
	if c.status == 0 {
		c.status = status
	}
}

func (c *capture) Write(b []byte) (int, error) {
	if c.status == 0 {
		c.status = http.StatusOK
	}
	return c.body.Write(b)
}
