package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/audit/dataset"
	"github.com/quyche/quyche/examples/internal/hostile"
)

var auditBuild struct {
	once sync.Once
	dir  string
	bin  string
	err  error
}

// TestMain removes the audit program built for the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if auditBuild.dir != "" {
		os.RemoveAll(auditBuild.dir)
	}
	os.Exit(code)
}

// auditProgram builds examples/audit once and returns the binary's path:
// the service is compared with the program itself, as an integrator would
// run it.
func auditProgram(t testing.TB) string {
	t.Helper()
	auditBuild.once.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			auditBuild.err = fmt.Errorf("no go command to build the audit program: %w", err)
			return
		}
		if auditBuild.dir, err = os.MkdirTemp("", "quyche-server-test"); err != nil {
			auditBuild.err = err
			return
		}
		auditBuild.bin = filepath.Join(auditBuild.dir, "audit")
		if out, err := exec.Command(goTool, "build", "-o", auditBuild.bin, "../audit").CombinedOutput(); err != nil {
			auditBuild.err = fmt.Errorf("go build ../audit: %w\n%s", err, out)
		}
	})
	require.NoError(t, auditBuild.err)
	return auditBuild.bin
}

// runAudit runs the audit program with args and stdin and returns what it
// prints and its exit status.
func runAudit(t testing.TB, stdin []byte, args ...string) (stdout []byte, stderr string, exit int) {
	t.Helper()
	cmd := exec.Command(auditProgram(t), args...)
	var out, errOut bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(stdin), &out, &errOut
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		require.True(t, errors.As(err, &ee), "running the audit: %v", err)
		exit = ee.ExitCode()
	}
	return out.Bytes(), errOut.String(), exit
}

// outcomeOf is the X-Quyche-Status of an audit program's exit status.
var outcomeOf = map[int]string{hostile.ExitClean: "clean", hostile.ExitViolations: "violations", hostile.ExitDataProblems: "data_problems"}

// sameAsAudit posts body (and rules, when not empty) to /v1/audit with
// query and checks that the answer is byte for byte what the audit program
// prints with -json and args, with X-Quyche-Status matching its exit
// status; a refusal by the program must be a 400 with its message.
func sameAsAudit(t *testing.T, url string, body []byte, rules, query string, args ...string) {
	t.Helper()
	want, stderr, exit := runAudit(t, body, append([]string{"-json"}, args...)...)
	var a answer
	if rules == "" {
		a = do(t, nil, "POST", url+"/v1/audit"+query, bytes.NewReader(body), contentType("application/json"))
	} else {
		mb, ct := multipartBody(t, [2]string{partCase, string(body)}, [2]string{partRules, rules})
		a = do(t, nil, "POST", url+"/v1/audit"+query, mb, contentType(ct))
	}
	if exit == hostile.ExitRefused {
		require.Equal(t, 400, a.status, "the audit refuses (%s); the service answers %s", stderr, a.body)
		e := a.errorBody(t)
		if !strings.Contains(stderr, e.Error.Message) {
			t.Errorf("the service says %q, the audit %q", e.Error.Message, stderr)
		}
		return
	}
	require.Equal(t, 200, a.status, "%s", a.body)
	if diff := cmp.Diff(string(want), string(a.body)); diff != "" {
		t.Errorf("the service differs from audit -json %v (-audit +service):\n%s", args, diff)
	}
	if got := a.header.Get("X-Quyche-Status"); got != outcomeOf[exit] {
		t.Errorf("X-Quyche-Status %q; the audit exits %d (%s)", got, exit, outcomeOf[exit])
	}
}

// contentType returns a header with the content type ct.
func contentType(ct string) map[string][]string { return map[string][]string{"Content-Type": {ct}} }

// TestAuditIsTheAuditProgram compares POST /v1/audit with `audit -json` on
// the embedded year, with the settings the program takes as flags.
func TestAuditIsTheAuditProgram(t *testing.T) {
	s, _ := newTestServer(testConfig())
	url := testServer(t, s)
	tests := []struct {
		name  string
		query string
		args  []string // besides -json and -case -
		rules bool     // send the built-in rule set as a part "rules"
	}{
		{"as is", "", nil, false},
		{"as of", "?as_of=2023-06-30", []string{"-as-of", "2023-06-30"}, false},
		{"a quarter", "?from=2023-07-01&to=30/09/2023", []string{"-from", "2023-07-01", "-to", "30/09/2023"}, false},
		{"from only", "?from=01/10/2023", []string{"-from", "01/10/2023"}, false},
		{"rules id", "?rules=kontum-2023", nil, false},
		{"rules part", "", nil, true},
		{"reversed", "?from=2024-01-01&to=2023-01-01", []string{"-from", "2024-01-01", "-to", "2023-01-01"}, false},
	}
	rulesJSON := do(t, nil, "GET", url+"/v1/rules/kontum-2023", nil, nil).body
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"-case", "-"}, tc.args...)
			rules := ""
			if tc.rules {
				dir := t.TempDir()
				path := filepath.Join(dir, "rules.json")
				require.NoError(t, os.WriteFile(path, rulesJSON, 0o600))
				args = append(args, "-rules", path)
				rules = string(rulesJSON)
			}
			sameAsAudit(t, url, dataset.KonTum2023, rules, tc.query, args...)
		})
	}
	// Without -case the program audits the embedded year itself.
	want, _, exit := runAudit(t, nil, "-json")
	require.Equal(t, hostile.ExitViolations, exit)
	got := do(t, nil, "POST", url+"/v1/audit", bytes.NewReader(dataset.KonTum2023), nil)
	if !bytes.Equal(want, got.body) {
		t.Error("the embedded year: the service differs from audit -json")
	}
}

// TestAuditConformance compares POST /v1/audit with `audit -json` on every
// case of the conformance suite; a folder with rules.json sends it as the
// part "rules", as -rules FILE.
func TestAuditConformance(t *testing.T) {
	s, _ := newTestServer(testConfig())
	url := testServer(t, s)
	cases, err := filepath.Glob("../audit/testdata/conformance/*/case.json")
	require.NoError(t, err)
	require.NotEmpty(t, cases)
	withRules := 0
	for _, path := range cases {
		dir := filepath.Dir(path)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			body, err := os.ReadFile(path)
			require.NoError(t, err)
			args := []string{"-case", path}
			rules := ""
			if data, err := os.ReadFile(filepath.Join(dir, "rules.json")); err == nil {
				args = append(args, "-rules", filepath.Join(dir, "rules.json"))
				rules = string(data)
				withRules++
			}
			sameAsAudit(t, url, body, rules, "", args...)
		})
	}
	if withRules == 0 {
		t.Error("no conformance case brings its own rule set: the part \"rules\" went untested")
	}
}

// TestHostileCaseFiles sends every hostile case file of the audit's tests:
// each gets the audit program's answer — the same findings, byte for byte,
// where it reports findings, a 400 with its message and position where it
// refuses the file — never a 5xx, and the service answers the next request.
func TestHostileCaseFiles(t *testing.T) {
	s, _ := newTestServer(testConfig())
	url := testServer(t, s)
	for _, tc := range hostile.Cases() {
		t.Run(tc.Name, func(t *testing.T) {
			a := do(t, nil, "POST", url+"/v1/audit", bytes.NewReader(tc.Data), contentType("application/json"))
			if a.status >= 500 {
				t.Fatalf("status %d on hostile input (%s): %.300s", a.status, tc.Reason, a.body)
			}
			if tc.Exit == hostile.ExitRefused {
				require.Equal(t, 400, a.status, "%.300s", a.body)
				e := a.errorBody(t)
				if e.Error.Code != codeCaseRefused {
					t.Errorf("code %q, want %q", e.Error.Code, codeCaseRefused)
				}
				// The audit's message, in the audit's form.
				msg := "case.json: " + e.Error.Message
				if e.Error.Position != "" {
					msg = "case.json:" + e.Error.Position + ": " + e.Error.Message
				}
				if !regexp.MustCompile(tc.Refusal).MatchString(msg) {
					t.Errorf("refusal %q does not match %q (%s)", msg, tc.Refusal, tc.Reason)
				}
			} else {
				require.Equal(t, 200, a.status, "%.300s", a.body)
				want, _, exit := runAudit(t, tc.Data, "-json", "-case", "-")
				require.Equal(t, tc.Exit, exit)
				if !bytes.Equal(want, a.body) {
					t.Errorf("the service differs from audit -json (%s)", tc.Reason)
				}
				if got := a.header.Get("X-Quyche-Status"); got != outcomeOf[tc.Exit] {
					t.Errorf("X-Quyche-Status %q, want %q", got, outcomeOf[tc.Exit])
				}
			}
			if next := do(t, nil, "GET", url+"/healthz", nil, nil); next.status != 200 {
				t.Errorf("the next request gets %d", next.status)
			}
		})
	}
}
