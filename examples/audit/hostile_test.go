package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

const okHeader = `"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-08",
"units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}, {"id": "SXD", "name": "Sở Xây dựng", "kind": "department"}],
"people": [{"id": "p1", "name": "Nguyễn Văn A", "unit": "STC", "position": "head"}]`

func hostileCase(body string) []byte {
	if body == "" {
		return []byte("{" + okHeader + "}")
	}
	return []byte("{" + okHeader + ",\n" + body + "}")
}

// taskList returns a JSON list of n valid tasks.
func taskList(n int) string {
	var b strings.Builder
	b.WriteString(`"tasks": [`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"id": "T`)
		b.WriteString(strconv.Itoa(i))
		b.WriteString(`", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-12-01", "done": "2023-11-20"}`)
	}
	b.WriteString("]")
	return b.String()
}

type auditOutput struct {
	Findings []struct {
		Code    string `json:"code"`
		Kind    string `json:"kind"`
		Record  string `json:"record"`
		Subject string `json:"subject"`
	} `json:"findings"`
	Tasks struct {
		WithDeadline int `json:"with_deadline"`
		Invalid      int `json:"invalid"`
	} `json:"tasks"`
}

// invalid returns "kind/record/subject" of every input.invalid finding.
func (o auditOutput) invalid() []string {
	var out []string
	for _, f := range o.Findings {
		if f.Code == "input.invalid" {
			out = append(out, f.Kind+"/"+f.Record+"/"+f.Subject)
		}
	}
	return out
}

func TestHostileCaseFiles(t *testing.T) {
	long := strings.Repeat("Ư", 2<<20) // a 6 MB string
	tests := []struct {
		name    string
		in      []byte
		exit    int
		refusal string   // for exit 2: a regexp the message must match (file:line:col: problem)
		invalid []string // for exit 0/1/3: the input.invalid findings, kind/record/subject; exit 3 when they are all there is
		check   func(t *testing.T, o auditOutput)
		reason  string
	}{
		{name: "empty", in: nil, exit: 2, refusal: `case\.json:1:1: not valid JSON: unexpected end of input`, reason: "nothing to read"},
		{name: "truncated", in: hostileCase(taskList(3))[:200], exit: 2, refusal: `case\.json:\d+:\d+: not valid JSON`, reason: "cut in the middle"},
		{name: "not JSON", in: []byte("<html>"), exit: 2, refusal: `case\.json:1:1: not valid JSON`, reason: "another format"},
		{name: "null", in: []byte("null"), exit: 2, refusal: `case\.json:1:1: not a case file: want a JSON object, got null`, reason: "null"},
		{name: "array", in: []byte(`[{"schema": "quyche.case/v1"}]`), exit: 2, refusal: `case\.json:1:1: not a case file: want a JSON object, got a list`, reason: "an array"},
		{name: "misspelt top field", in: hostileCase(`"meetngs": []`), exit: 2, refusal: `case\.json:4:1: unknown field "meetngs"`, reason: "a misspelt list would drop data"},
		{name: "misspelt record field", in: hostileCase(`"tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "dur": "2023-12-01"}]`),
			exit: 2, refusal: `case\.json:4:\d+: unknown field "dur" in tasks\[0\]`, reason: "a misspelt deadline would make an overdue task look fine"},
		{name: "wrong types", in: hostileCase(`"tasks": [{"id": "T1", "assigner": 3, "lead": ["STC"], "assigned": "2023-11-01"}, {"id": 7}],
"meetings": [{"id": "M1", "kind": "regular", "chair": "p1", "date": "2023-11-01", "urgent": "yes"}]`),
			exit: 3, invalid: []string{"task/T1/assigner", "task/tasks[1]/id", "meeting/M1/urgent"}, reason: "a wrong type makes its record invalid, nothing else"},
		{name: "number too large", in: hostileCase(`"submissions": [{"id": "S1", "from": "STC", "to": "ppc", "kind": "report", "competence": "addressee", "received": "2023-11-01", "components": ["report"], "own_position": true, "signed_by": "p1", "pages": 99999999999999999999}]`),
			exit: 3, invalid: []string{"submission/S1/pages"}, reason: "pages out of int range"},
		{name: "negative count", in: hostileCase(`"submissions": [{"id": "S1", "from": "STC", "to": "ppc", "kind": "report", "competence": "addressee", "received": "2023-11-01", "components": ["report"], "own_position": true, "signed_by": "p1", "pages": -3}]`),
			exit: 3, invalid: []string{"submission/S1/pages"}, reason: "negative pages"},
		{name: "impossible and far-away dates", in: hostileCase(`"tasks": [
  {"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-02-29"},
  {"id": "T2", "assigner": "ppc", "lead": ["STC"], "assigned": "0001-01-01", "due": "9999-12-31"},
  {"id": "T3", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "+10000-01-01"}]`),
			exit: 3, invalid: []string{"task/T1/assigned", "task/T3/due"}, reason: "impossible dates are invalid; far-away ones are checked"},
		{name: "unknown people and units", in: hostileCase(`"tasks": [{"id": "T1", "assigner": "ppc", "lead": ["NOPE"], "assigned": "2023-11-01"}],
"meetings": [{"id": "M1", "kind": "working", "chair": "ghost", "date": "2023-11-01"}]`),
			exit: 3, invalid: []string{"task/T1/lead[0]", "meeting/M1/chair"}, reason: "ids that name nobody"},
		{name: "duplicate ids", in: hostileCase(`"tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01"}, {"id": "T1", "assigner": "ppc", "lead": ["SXD"], "assigned": "2023-11-02"}]`),
			exit: 3, invalid: []string{"task/T1/id"}, reason: "the second T1 is reported, not merged or dropped",
			check: func(t *testing.T, o auditOutput) {
				if o.Tasks.Invalid != 1 {
					t.Errorf("the duplicate counts as invalid in the summary: %d", o.Tasks.Invalid)
				}
			}},
		{name: "deep nesting", in: hostileCase(`"tasks": [` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + `]`),
			exit: 2, refusal: `case\.json:4:\d+: not valid JSON: .*exceeded max depth`, reason: "100,000-deep nesting"},
		{name: "multi-megabyte string", in: hostileCase(`"tasks": [{"id": "T1", "title": "` + long + `", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01"}]`),
			exit: 0, reason: "a long title is data, not a problem"},
		{name: "100,000-element list", in: hostileCase(taskList(100000)), exit: 0, reason: "a big list is checked whole",
			check: func(t *testing.T, o auditOutput) {
				if o.Tasks.WithDeadline != 100000 {
					t.Errorf("with_deadline = %d, want every task counted", o.Tasks.WithDeadline)
				}
			}},
		{name: "invalid UTF-8", in: hostileCase(`"tasks": [{"id": "T1", "title": "` + "\xc3\x28" + `", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01"}]`),
			exit: 2, refusal: `case\.json:4:\d+: not valid UTF-8`, reason: "bytes that would be replaced silently"},
		{name: "NUL byte raw", in: hostileCase("\x00"), exit: 2, refusal: `case\.json:4:1: not valid JSON`, reason: "a raw NUL is not JSON"},
		{name: "NUL escaped in an id", in: hostileCase(`"tasks": [{"id": "T\u0000", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-11-02"}]`),
			exit: 1, reason: "an escaped NUL is a legal character of an id",
			check: func(t *testing.T, o auditOutput) {
				if len(o.Findings) == 0 || o.Findings[0].Record != "T\x00" {
					t.Errorf("the record keeps its id: %+v", o.Findings)
				}
			}},
		{name: "wrong schema", in: []byte(`{"schema": "quyche.case/v0"}`), exit: 2, refusal: `case\.json:1:12: not a case file: schema`, reason: "another version"},
		{name: "unknown rule set", in: []byte(`{"schema": "quyche.case/v1", "rules": "hanoi-2099", "as_of": "2024-01-08"}`), exit: 2, refusal: `case\.json: unknown rule set "hanoi-2099"`, reason: "no such rule set"},
	}
	dir := t.TempDir()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "case.json")
			require.NoError(t, os.WriteFile(path, tc.in, 0o600))
			var stdout, stderr bytes.Buffer
			start := time.Now()
			exit := run([]string{"-case", path, "-json"}, nil, &stdout, &stderr)
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %v; hostile input must be handled in a few seconds", d)
			}
			if exit != tc.exit {
				t.Fatalf("exit %d, want %d (%s); stderr: %.300s", exit, tc.exit, tc.reason, stderr.String())
			}
			if tc.exit == 2 {
				msg := strings.ReplaceAll(stderr.String(), path, "case.json")
				if !regexp.MustCompile(tc.refusal).MatchString(msg) {
					t.Errorf("refusal %q does not match %q (%s)", msg, tc.refusal, tc.reason)
				}
				if stdout.Len() != 0 {
					t.Errorf("a refusal prints no findings: %.200s", stdout.String())
				}
				return
			}
			var o auditOutput
			require.NoError(t, json.Unmarshal(stdout.Bytes(), &o), "the output is quyche.findings/v1")
			got := o.invalid()
			if strings.Join(got, " ") != strings.Join(tc.invalid, " ") {
				t.Errorf("input.invalid findings %q, want %q (%s)", got, tc.invalid, tc.reason)
			}
			if tc.check != nil {
				tc.check(t, o)
			}
		})
	}
}
