// Package hostile holds the hostile case files that quyche's programs are
// tested with — the audit program and the service answer each the same
// way: findings where the file can be read, a refusal that names the line
// and the problem where it cannot, never a crash. Each case says what the
// audit program does with it (its exit status, its message, its
// input.invalid findings), so that every program tested with it is held to
// the same answer.
package hostile

import (
	"fmt"
	"strconv"
	"strings"
)

// Exit statuses of the audit program.
const (
	ExitClean        = 0 // no violation
	ExitViolations   = 1 // violations of the regulation
	ExitRefused      = 2 // the input cannot be read
	ExitDataProblems = 3 // records that could not be checked, nothing violated
)

// Output is what the tests read of a quyche.findings/v1 answer.
type Output struct {
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

// Invalid returns "kind/record/subject" of every input.invalid finding of o,
// in order.
func (o Output) Invalid() []string {
	var out []string
	for _, f := range o.Findings {
		if f.Code == "input.invalid" {
			out = append(out, f.Kind+"/"+f.Record+"/"+f.Subject)
		}
	}
	return out
}

// Case is a hostile case file and the audit program's answer to it.
type Case struct {
	Name string
	Data []byte
	Exit int // the audit program's exit status
	// Refusal, for exit status 2, is a regular expression that the audit's
	// message matches once the file's path is replaced by "case.json":
	// "case.json:line:col: problem", or "case.json: problem" when the
	// problem has no position.
	Refusal string
	// Invalid, for the other statuses, lists the input.invalid findings as
	// Output.Invalid gives them; exit status 3 when they are all there is.
	Invalid []string
	// Check, when set, checks more of the findings.
	Check  func(o Output) error
	Reason string
}

const okHeader = `"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-08",
"units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}, {"id": "SXD", "name": "Sở Xây dựng", "kind": "department"}],
"people": [{"id": "p1", "name": "Nguyễn Văn A", "unit": "STC", "position": "head"}]`

// withHeader returns a case file with a valid header and directory and body
// after them (on line 4).
func withHeader(body string) []byte {
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

// Cases returns the hostile case files, a fresh copy each call (about 20 MB
// in all: the biggest are a 100,000-element list and a 6 MB string).
func Cases() []Case {
	long := strings.Repeat("Ư", 2<<20) // a 6 MB string
	return []Case{
		{Name: "empty", Data: nil, Exit: ExitRefused, Refusal: `case\.json:1:1: not valid JSON: unexpected end of input`, Reason: "nothing to read"},
		{Name: "truncated", Data: withHeader(taskList(3))[:200], Exit: ExitRefused, Refusal: `case\.json:\d+:\d+: not valid JSON`, Reason: "cut in the middle"},
		{Name: "not JSON", Data: []byte("<html>"), Exit: ExitRefused, Refusal: `case\.json:1:1: not valid JSON`, Reason: "another format"},
		{Name: "null", Data: []byte("null"), Exit: ExitRefused, Refusal: `case\.json:1:1: not a case file: want a JSON object, got null`, Reason: "null"},
		{Name: "array", Data: []byte(`[{"schema": "quyche.case/v1"}]`), Exit: ExitRefused, Refusal: `case\.json:1:1: not a case file: want a JSON object, got a list`, Reason: "an array"},
		{Name: "misspelt top field", Data: withHeader(`"meetngs": []`), Exit: ExitRefused, Refusal: `case\.json:4:1: unknown field "meetngs"`, Reason: "a misspelt list would drop data"},
		{Name: "misspelt record field", Data: withHeader(`"tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "dur": "2023-12-01"}]`),
			Exit: ExitRefused, Refusal: `case\.json:4:\d+: unknown field "dur" in tasks\[0\]`, Reason: "a misspelt deadline would make an overdue task look fine"},
		{Name: "wrong types", Data: withHeader(`"tasks": [{"id": "T1", "assigner": 3, "lead": ["STC"], "assigned": "2023-11-01"}, {"id": 7}],
"meetings": [{"id": "M1", "kind": "regular", "chair": "p1", "date": "2023-11-01", "urgent": "yes"}]`),
			Exit: ExitDataProblems, Invalid: []string{"task/T1/assigner", "task/tasks[1]/id", "meeting/M1/urgent"}, Reason: "a wrong type makes its record invalid, nothing else"},
		{Name: "number too large", Data: withHeader(`"submissions": [{"id": "S1", "from": "STC", "to": "ppc", "kind": "report", "competence": "addressee", "received": "2023-11-01", "components": ["report"], "own_position": true, "signed_by": "p1", "pages": 99999999999999999999}]`),
			Exit: ExitDataProblems, Invalid: []string{"submission/S1/pages"}, Reason: "pages out of int range"},
		{Name: "negative count", Data: withHeader(`"submissions": [{"id": "S1", "from": "STC", "to": "ppc", "kind": "report", "competence": "addressee", "received": "2023-11-01", "components": ["report"], "own_position": true, "signed_by": "p1", "pages": -3}]`),
			Exit: ExitDataProblems, Invalid: []string{"submission/S1/pages"}, Reason: "negative pages"},
		{Name: "impossible and far-away dates", Data: withHeader(`"tasks": [
  {"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-02-29"},
  {"id": "T2", "assigner": "ppc", "lead": ["STC"], "assigned": "0001-01-01", "due": "9999-12-31"},
  {"id": "T3", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "+10000-01-01"}]`),
			Exit: ExitDataProblems, Invalid: []string{"task/T1/assigned", "task/T3/due"}, Reason: "impossible dates are invalid; far-away ones are checked"},
		{Name: "unknown people and units", Data: withHeader(`"tasks": [{"id": "T1", "assigner": "ppc", "lead": ["NOPE"], "assigned": "2023-11-01"}],
"meetings": [{"id": "M1", "kind": "working", "chair": "ghost", "date": "2023-11-01"}]`),
			Exit: ExitDataProblems, Invalid: []string{"task/T1/lead[0]", "meeting/M1/chair"}, Reason: "ids that name nobody"},
		{Name: "duplicate ids", Data: withHeader(`"tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01"}, {"id": "T1", "assigner": "ppc", "lead": ["SXD"], "assigned": "2023-11-02"}]`),
			Exit: ExitDataProblems, Invalid: []string{"task/T1/id"}, Reason: "the second T1 is reported, not merged or dropped",
			Check: func(o Output) error {
				if o.Tasks.Invalid != 1 {
					return fmt.Errorf("the duplicate counts as invalid in the summary: %d", o.Tasks.Invalid)
				}
				return nil
			}},
		{Name: "deep nesting", Data: withHeader(`"tasks": [` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + `]`),
			Exit: ExitRefused, Refusal: `case\.json:4:\d+: not valid JSON: .*exceeded max depth`, Reason: "100,000-deep nesting"},
		{Name: "multi-megabyte string", Data: withHeader(`"tasks": [{"id": "T1", "title": "` + long + `", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01"}]`),
			Exit: ExitClean, Reason: "a long title is data, not a problem"},
		{Name: "100,000-element list", Data: withHeader(taskList(100000)), Exit: ExitClean, Reason: "a big list is checked whole",
			Check: func(o Output) error {
				if o.Tasks.WithDeadline != 100000 {
					return fmt.Errorf("with_deadline = %d, want every task counted", o.Tasks.WithDeadline)
				}
				return nil
			}},
		{Name: "invalid UTF-8", Data: withHeader(`"tasks": [{"id": "T1", "title": "` + "\xc3\x28" + `", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01"}]`),
			Exit: ExitRefused, Refusal: `case\.json:4:\d+: not valid UTF-8`, Reason: "bytes that would be replaced silently"},
		{Name: "NUL byte raw", Data: withHeader("\x00"), Exit: ExitRefused, Refusal: `case\.json:4:1: not valid JSON`, Reason: "a raw NUL is not JSON"},
		{Name: "NUL escaped in an id", Data: withHeader(`"tasks": [{"id": "T\u0000", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-11-02"}]`),
			Exit: ExitViolations, Reason: "an escaped NUL is a legal character of an id",
			Check: func(o Output) error {
				if len(o.Findings) == 0 || o.Findings[0].Record != "T\x00" {
					return fmt.Errorf("the record keeps its id: %+v", o.Findings)
				}
				return nil
			}},
		{Name: "wrong schema", Data: []byte(`{"schema": "quyche.case/v0"}`), Exit: ExitRefused, Refusal: `case\.json:1:12: not a case file: schema`, Reason: "another version"},
		{Name: "unknown rule set", Data: []byte(`{"schema": "quyche.case/v1", "rules": "hanoi-2099", "as_of": "2024-01-08"}`), Exit: ExitRefused, Refusal: `case\.json: unknown rule set "hanoi-2099"`, Reason: "no such rule set"},
	}
}
