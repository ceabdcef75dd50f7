package casefile

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

const testHeader = `"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-08"`

func caseWith(body string) string {
	if body == "" {
		return "{" + testHeader + "}"
	}
	return "{" + testHeader + ",\n" + body + "}"
}

func TestDecodeRefuses(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		line, col int
		problem   string // a substring of the problem
		reason    string
	}{
		{"empty", "", 1, 1, "unexpected end", "an empty file is not a case file"},
		{"null", "null", 1, 1, "want a JSON object, got null", "null is not a case file"},
		{"array", "[1,2]", 1, 1, "want a JSON object, got a list", "an array is not a case file"},
		{"not json", "hello", 1, 1, "not valid JSON", "garbage"},
		{"truncated", `{"schema": "quyche.case/v1", "tasks": [{"id": "T1"`, 1, 51, "unexpected end", "a truncated file"},
		{"wrong schema", `{"schema": "quyche.case/v2"}`, 1, 12, `schema "quyche.case/v2"`, "another schema"},
		{"no schema", `{"rules": "kontum-2023", "as_of": "2024-01-08"}`, 0, 0, `no "schema"`, "the schema is required"},
		{"no as_of", `{"schema": "quyche.case/v1", "rules": "kontum-2023"}`, 0, 0, `no "as_of"`, "as_of is required"},
		{"bad as_of", `{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-02-30"}`, 1, 63, "as_of", "an impossible as_of"},
		{"unknown top field", caseWith(`"taks": []`), 2, 1, `unknown field "taks"`, "a misspelt list would drop data silently"},
		{"unknown record field", caseWith(`"tasks": [{"id": "T1", "asigned": "2023-01-01"}]`), 2, 24, `unknown field "asigned" in tasks[0]`, "a misspelt field names the field and its position"},
		{"unknown nested field", caseWith(`"tasks": [{"id": "T1", "extensions": [{"requested": "2023-01-01", "aproved_by": "p1"}]}]`), 2, 67, `unknown field "extensions[0].aproved_by"`, "nested records are strict too"},
		{"duplicate key", caseWith(`"tasks": [], "tasks": []`), 2, 14, `field "tasks" appears twice`, "the second list would replace the first"},
		{"list is an object", caseWith(`"tasks": {}`), 2, 10, "tasks: want a list, got an object", "lists must be lists"},
		{"trailing data", caseWith("") + ` {}`, 1, 77, "unexpected data after the case", "one case per file"},
		{"invalid UTF-8", "{\"schema\": \"quyche.case/v1\", \"rules\": \"k\xff\"}", 1, 41, "not valid UTF-8", "invalid UTF-8 would be replaced silently"},
		{"deep nesting", caseWith(`"tasks": [` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `]`), 2, 9998, "exceeded max depth", "100,000-deep nesting is refused, not a stack overflow"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeBytes([]byte(tc.in), "case.json")
			require.ErrorIs(t, err, ErrRefused, tc.reason)
			var e *Error
			require.ErrorAs(t, err, &e)
			if e.File != "case.json" || !strings.Contains(e.Problem, tc.problem) || e.Line != tc.line || e.Column != tc.col {
				t.Errorf("got %q (line %d, col %d); want line %d, col %d, problem containing %q (%s)",
					err, e.Line, e.Column, tc.line, tc.col, tc.problem, tc.reason)
			}
		})
	}
}

func TestDecodeBadRecordsBecomeFindings(t *testing.T) {
	in := caseWith(`"units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}, {"id": "X", "name": "x", "kind": "ministry"}],
"tasks": [
  {"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-02-30"},
  {"id": "T2", "assigner": "king", "lead": ["STC"], "assigned": "2023-02-01"},
  {"id": "T3", "assigner": "ppc", "lead": "STC", "assigned": "2023-02-01"},
  {"id": "T4", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-02-01", "extensions": [{"requested": "2023-02-02", "new_due": 5}]},
  {"id": "T5", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-02-01"},
  7
],
"submissions": [{"id": "S1", "pages": 1e30}]`)
	c, err := DecodeBytes([]byte(in), "case.json")
	require.NoError(t, err)
	type row struct {
		Kind    regulation.RecordKind
		Record  string
		Subject string
	}
	var got []row
	for _, f := range c.Rejected {
		if f.Code != regulation.InputInvalid {
			t.Errorf("unexpected code %v", f.Code)
		}
		got = append(got, row{f.Kind, f.Record, f.Subject})
	}
	want := []row{
		{regulation.RecordKindTask, "T1", "assigned"},
		{regulation.RecordKindTask, "T2", "assigner"},
		{regulation.RecordKindTask, "T3", "lead"},
		{regulation.RecordKindTask, "T4", "extensions[0].new_due"},
		{regulation.RecordKindTask, "tasks[5]", "(record)"},
		{regulation.RecordKindSubmission, "S1", "pages"},
		{regulation.RecordKindCase, "units", "units[1].kind"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rejected records (-want +got):\n%s", diff)
	}
	if len(c.Tasks) != 1 || c.Tasks[0].ID != "T5" || len(c.Units) != 1 {
		t.Errorf("the good records are kept: %d tasks, %d units", len(c.Tasks), len(c.Units))
	}
	if c.AsOf != calendar.NewDate(2024, 1, 8) || c.RulesID != "kontum-2023" {
		t.Errorf("header: %v %q", c.AsOf, c.RulesID)
	}
}

func TestRunReportsDuplicatesAndCountsInvalidTasks(t *testing.T) {
	in := caseWith(`"units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
"tasks": [
  {"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-02-01", "due": "2023-03-01", "done": "2023-02-20"},
  {"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-02-01", "due": "2023-03-01"},
  {"id": "T2", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-02-31"}
]`)
	c, err := DecodeBytes([]byte(in), "case.json")
	require.NoError(t, err)
	res := c.Check(regulation.KonTum2023(), c.AsOf)
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Record+" "+string(f.Code)+" "+f.Subject)
	}
	want := []string{"T1 input.invalid id", "T2 input.invalid assigned"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if tot := res.Tasks.Total(); tot.WithDeadline != 1 || tot.DoneOnTime != 1 || res.Tasks.Invalid() != 2 {
		t.Errorf("summary: %+v, invalid %d; the duplicate and the undecodable task count as invalid", tot, res.Tasks.Invalid())
	}
}
