// Command server is quyche as an HTTP service, for e-office and
// document-management systems that are not written in Go: the working-day
// calendar from a form ("what is the deadline for 3 working days from
// today?"), the checks from a workflow step ("may this person sign these
// minutes?", "is this dossier complete?"), and the audit of a case file from
// a nightly job. It uses the standard library only.
//
// Usage:
//
//	go run ./examples/server                     # listens on 127.0.0.1:8080
//	go run ./examples/server -addr :8080 -token-file /etc/quyche/token
//
// By default the service listens on the loopback interface only, so that
// nothing outside the machine reaches it. Binding it to another address
// (-addr :8080, -addr 10.0.0.5:8080) is the operator's explicit choice; do it
// behind a reverse proxy that terminates TLS, and with -token-file.
//
// Flags:
//
//	-addr HOST:PORT          address to listen on (default 127.0.0.1:8080)
//	-token-file FILE         require "Authorization: Bearer <token>" on every
//	                         request but GET /healthz; the token is the file's
//	                         content with surrounding white space trimmed
//	-max-body SIZE           largest request body (default 64MiB; 413 beyond);
//	                         a number of bytes or with KiB, MiB, GiB
//	-max-audits N            audits and checks run at once (default: the
//	                         number of CPUs)
//	-audit-queue N           audits and checks that may wait for one of those
//	                         (default 16); beyond, 429 with Retry-After
//	-read-header-timeout D   to read a request's headers (default 10s)
//	-read-timeout D          to read a whole request, body included (default 2m)
//	-write-timeout D         from the end of the request's headers to the end
//	                         of the answer: reading the body, waiting for a
//	                         turn, checking and writing (default 5m; raise it
//	                         for cases of hundreds of megabytes)
//	-idle-timeout D          keep-alive connections between requests (default 2m)
//	-shutdown-timeout D      on SIGINT or SIGTERM, how long requests in
//	                         flight may take to finish (default 5m)
//
// Endpoints (JSON in and out; the OpenAPI 3.1 document at GET /openapi.json
// describes them all, with the JSON Schemas of the formats):
//
//	POST /v1/audit                   a case file (quyche.case/v1) → quyche.findings/v1
//	POST /v1/check/{kind}            one task, consultation, submission, meeting or record with its context
//	GET  /v1/calendar/days/{date}    what the calendar knows about a day
//	GET  /v1/calendar/deadline       ?event=DATE&workdays=N (or days=, weeks=, months=, years=)
//	GET  /v1/calendar/workdays       ?from=DATE&to=DATE: working days in (from, to]
//	GET  /v1/rules                   the built-in rule sets
//	GET  /v1/rules/{id}              one rule set (quyche.rules/v1)
//	GET  /healthz                    liveness, never behind the token
//	GET  /openapi.json               the OpenAPI document
//	GET  /schemas/{name}             the JSON Schemas the OpenAPI document refers to
//
// The answer of POST /v1/audit is, byte for byte, what `audit -json` prints
// for the same case file and settings: both run the same code (package
// casefile). Its header X-Quyche-Status says what the audit program's exit
// status would: "violations" (1), "data_problems" (3) or "clean" (0). A case
// file the audit program refuses (exit status 2) gets a 400 with the same
// message and its position. Errors are always
//
//	{"error": {"code": "case_refused", "message": "unknown field \"meetngs\"", "position": "4:1"}}
//
// with a code from a fixed list (README.md), never a stack trace.
//
// Three calls, from the root of the repository:
//
//	curl 'http://127.0.0.1:8080/v1/calendar/deadline?event=2024-02-07&workdays=1'
//	curl --data-binary @examples/server/testdata/minutes.json http://127.0.0.1:8080/v1/check/record
//	curl -i --data-binary @examples/audit/dataset/kontum-2023.json 'http://127.0.0.1:8080/v1/audit?from=2023-07-01&to=30/09/2023'
//
// The first gives the deadline over Tết 2024 with the days off it skipped,
// the second the findings of one set of minutes (a TL. signature under an
// expired delegation), the third the findings of a province-year's third
// quarter. A rule set of one's own is sent with the case as
// multipart/form-data, parts "case" and "rules":
//
//	curl -F case=@case.json -F rules=@rules.json http://127.0.0.1:8080/v1/audit
//
// Audits and checks take turns: at most -max-audits run at once, at most
// -audit-queue more wait, in order of arrival, before they read their body;
// beyond, 429 with Retry-After. README.md has the details: the shapes of
// the requests and answers, the error codes, the timeouts.
//
// Every request is logged on standard error as one JSON line (method, path,
// status, bytes, duration_ms, remote). On SIGINT or SIGTERM the service
// stops accepting connections and exits once the requests in flight are
// answered.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stderr, nil))
}

// config is the service's configuration, from its flags.
type config struct {
	addr              string
	maxBody           int64
	maxAudits         int
	auditQueue        int
	readHeaderTimeout time.Duration
	readTimeout       time.Duration
	writeTimeout      time.Duration
	idleTimeout       time.Duration
	shutdownTimeout   time.Duration
	token             []byte // nil: no token required
}

// defaultConfig returns the configuration of a service started without
// flags.
func defaultConfig() config {
	return config{
		addr:              "127.0.0.1:8080",
		maxBody:           64 << 20,
		maxAudits:         runtime.GOMAXPROCS(0),
		auditQueue:        16,
		readHeaderTimeout: 10 * time.Second,
		readTimeout:       2 * time.Minute,
		writeTimeout:      5 * time.Minute,
		idleTimeout:       2 * time.Minute,
		shutdownTimeout:   5 * time.Minute,
	}
}

// byteSize is a flag value for a size in bytes: "67108864", "64MiB",
// "512KiB", "1GiB".
type byteSize struct{ n *int64 }

func (b byteSize) String() string {
	if b.n == nil {
		return ""
	}
	n := *b.n
	for _, u := range []struct {
		suffix string
		shift  uint
	}{{"GiB", 30}, {"MiB", 20}, {"KiB", 10}} {
		if n > 0 && n%(1<<u.shift) == 0 {
			return strconv.FormatInt(n>>u.shift, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10)
}

func (b byteSize) Set(s string) error {
	shift := uint(0)
	for _, u := range []struct {
		suffix string
		shift  uint
	}{{"GiB", 30}, {"MiB", 20}, {"KiB", 10}} {
		if rest, ok := strings.CutSuffix(s, u.suffix); ok {
			s, shift = rest, u.shift
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n > (1<<40)>>shift {
		return errors.New("want a positive number of bytes, optionally with KiB, MiB or GiB, up to 1TiB")
	}
	*b.n = n << shift
	return nil
}

// parseFlags reads the command line into a configuration.
func parseFlags(args []string, stderr io.Writer) (config, error) {
	cfg := defaultConfig()
	fl := flag.NewFlagSet("server", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.StringVar(&cfg.addr, "addr", cfg.addr, "address to listen on; beyond loopback is the operator's explicit choice")
	tokenFile := fl.String("token-file", "", "file holding the bearer token every request but GET /healthz must carry")
	fl.Var(byteSize{&cfg.maxBody}, "max-body", "largest request body: bytes, or with KiB, MiB, GiB")
	fl.IntVar(&cfg.maxAudits, "max-audits", cfg.maxAudits, "audits and checks run at once")
	fl.IntVar(&cfg.auditQueue, "audit-queue", cfg.auditQueue, "audits and checks that may wait for a turn; beyond, 429")
	fl.DurationVar(&cfg.readHeaderTimeout, "read-header-timeout", cfg.readHeaderTimeout, "time to read a request's headers")
	fl.DurationVar(&cfg.readTimeout, "read-timeout", cfg.readTimeout, "time to read a whole request, body included")
	fl.DurationVar(&cfg.writeTimeout, "write-timeout", cfg.writeTimeout, "time from the end of the headers to the end of the answer")
	fl.DurationVar(&cfg.idleTimeout, "idle-timeout", cfg.idleTimeout, "time a keep-alive connection may wait for the next request")
	fl.DurationVar(&cfg.shutdownTimeout, "shutdown-timeout", cfg.shutdownTimeout, "time requests in flight may take to finish on SIGINT or SIGTERM")
	if err := fl.Parse(args); err != nil {
		return cfg, err
	}
	if fl.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected argument %q", fl.Arg(0))
	}
	if cfg.maxAudits < 1 || cfg.auditQueue < 0 {
		return cfg, errors.New("-max-audits must be at least 1 and -audit-queue at least 0")
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"read-header-timeout", cfg.readHeaderTimeout}, {"read-timeout", cfg.readTimeout}, {"write-timeout", cfg.writeTimeout},
		{"idle-timeout", cfg.idleTimeout}, {"shutdown-timeout", cfg.shutdownTimeout}} {
		if d.v <= 0 {
			return cfg, fmt.Errorf("-%s must be positive, got %v", d.name, d.v)
		}
	}
	if *tokenFile != "" {
		data, err := os.ReadFile(*tokenFile)
		if err != nil {
			return cfg, fmt.Errorf("-token-file: %w", err)
		}
		cfg.token = []byte(strings.TrimSpace(string(data)))
		if len(cfg.token) == 0 {
			return cfg, fmt.Errorf("-token-file: %s holds no token", *tokenFile)
		}
	}
	return cfg, nil
}

// testHook, when set by a test, is given the service's handler before it
// serves.
var testHook func(*server)

// run is the whole program with its environment passed in: it serves until
// ctx is done (SIGINT or SIGTERM in main), then shuts down gracefully, and
// returns the exit status. ready, when not nil, is called with the address
// listened on once the service accepts connections.
func run(ctx context.Context, args []string, stderr io.Writer, ready func(net.Addr)) int {
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stderr, "server: %v\n", err)
		}
		return 2
	}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		fmt.Fprintf(stderr, "server: %v\n", err)
		return 1
	}
	s := newServer(cfg, log)
	if testHook != nil {
		testHook(s)
	}
	srv := newHTTPServer(cfg, s, log)
	log.Info("listening", "addr", ln.Addr().String(), "auth", cfg.token != nil, "max_body", cfg.maxBody,
		"max_audits", cfg.maxAudits, "audit_queue", cfg.auditQueue)
	if ready != nil {
		ready(ln.Addr())
	}
	return serve(ctx, srv, ln, cfg.shutdownTimeout, log)
}

// newHTTPServer returns the http.Server of handler h with the timeouts of
// cfg, logging its own errors (a TLS handshake, a bad connection) to log.
func newHTTPServer(cfg config, h http.Handler, log *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: cfg.readHeaderTimeout,
		ReadTimeout:       cfg.readTimeout,
		WriteTimeout:      cfg.writeTimeout,
		IdleTimeout:       cfg.idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

// serve serves srv on ln until ctx is done, then stops accepting
// connections and waits up to grace for the requests in flight.
func serve(ctx context.Context, srv *http.Server, ln net.Listener, grace time.Duration, log *slog.Logger) int {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		log.Error("serving", "err", err.Error())
		return 1
	case <-ctx.Done():
	}
	log.Info("shutting down", "grace", grace.String())
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		log.Error("shutdown", "err", err.Error())
		return 1
	}
	<-errc // http.ErrServerClosed
	log.Info("stopped")
	return 0
}
