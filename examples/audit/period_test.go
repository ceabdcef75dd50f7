package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/audit/dataset"
	"github.com/quyche/quyche/examples/casefile"
)

// periodOutput is what the period tests read of quyche.findings/v1.
type periodOutput struct {
	AsOf   string `json:"as_of"`
	Period *struct {
		From string `json:"from"`
		To   string `json:"to"`
	} `json:"period"`
	Calendar string `json:"calendar"`
	Findings []struct {
		Code   string `json:"code"`
		Kind   string `json:"kind"`
		Record string `json:"record"`
	} `json:"findings"`
	Tasks struct {
		AsOf         string `json:"as_of"`
		WithDeadline int    `json:"with_deadline"`
		Late         int    `json:"late"`
		Outside      int    `json:"outside"`
	} `json:"tasks"`
}

func auditJSON(t *testing.T, args ...string) (periodOutput, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	exit := run(append([]string{"-json"}, args...), nil, &stdout, &stderr)
	require.NotEqual(t, exitRefused, exit, stderr.String())
	var out periodOutput
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &out))
	return out, exit
}

// born returns the first date of every record of the embedded year, by
// "kind/id": a task's assignment, a consultation's sending, a submission's
// receipt, a meeting's or a record's date, a delegation's start.
func born(t *testing.T) map[string]string {
	t.Helper()
	c, err := casefile.DecodeBytes(dataset.KonTum2023, "embedded")
	require.NoError(t, err)
	m := map[string]string{}
	for _, x := range c.Tasks {
		m["task/"+x.ID] = x.Assigned.String()
	}
	for _, x := range c.Consultations {
		m["consultation/"+x.ID] = x.Sent.String()
	}
	for _, x := range c.Submissions {
		m["submission/"+x.ID] = x.Received.String()
	}
	for _, x := range c.Meetings {
		m["meeting/"+x.ID] = x.Date.String()
	}
	for _, x := range c.Records {
		m["record/"+x.ID] = x.Date.String()
	}
	for _, x := range c.Delegations {
		m["delegation/"+x.ID] = x.ValidFrom.String()
	}
	return m
}

func TestPeriodGivesTheLettersFigure(t *testing.T) {
	out, exit := auditJSON(t, "-from", "2023-01-01", "-to", "31/12/2023")
	require.Equal(t, exitViolations, exit)
	if out.AsOf != "2023-12-31" || out.Period == nil || out.Period.From != "2023-01-01" || out.Period.To != "2023-12-31" {
		t.Errorf("header: as_of %q, period %+v; the audit is as of -to and says its period", out.AsOf, out.Period)
	}
	if out.Tasks.WithDeadline != 1206 || out.Tasks.Late != 222 {
		t.Errorf("tasks with a deadline assigned in 2023: %d late of %d, want 222 of 1,206 (letter 56/UBND-KTTH)",
			out.Tasks.Late, out.Tasks.WithDeadline)
	}
	if out.Calendar == "" {
		t.Error("the findings file names the calendar version its deadlines used")
	}
}

func TestAsOfCountsOnlyWhatExists(t *testing.T) {
	const asOf = "2023-06-30"
	out, _ := auditJSON(t, "-as-of", asOf)
	when := born(t)
	assigned := 0
	for k, d := range when {
		if strings.HasPrefix(k, "task/") && d <= asOf {
			assigned++
		}
	}
	counted := out.Tasks.WithDeadline + out.Tasks.Outside
	if out.Tasks.WithDeadline != 400 || out.Tasks.AsOf != asOf {
		t.Errorf("with_deadline = %d as of %q, want the 400 tasks with a deadline assigned by 30/06/2023", out.Tasks.WithDeadline, out.Tasks.AsOf)
	}
	if counted == 0 || out.Tasks.Outside != len(filterPrefix(when, "task/"))-assigned {
		t.Errorf("outside = %d, want every task assigned after %s (%d)", out.Tasks.Outside, asOf, len(filterPrefix(when, "task/"))-assigned)
	}
	for _, f := range out.Findings {
		d, ok := when[f.Kind+"/"+f.Record]
		if ok && d > asOf && f.Code != "input.invalid" {
			t.Errorf("%s on %s/%s, which comes into being on %s, after %s", f.Code, f.Kind, f.Record, d, asOf)
		}
	}
}

func filterPrefix(m map[string]string, prefix string) []string {
	var out []string
	for k := range m {
		if strings.HasPrefix(k, prefix) {
			out = append(out, k)
		}
	}
	return out
}

func TestPeriodSelectsRecords(t *testing.T) {
	out, _ := auditJSON(t, "-from", "2023-07-01", "-to", "2023-09-30")
	when := born(t)
	if out.AsOf != "2023-09-30" {
		t.Errorf("as_of %q, want the end of the period", out.AsOf)
	}
	n := 0
	for _, f := range out.Findings {
		d, ok := when[f.Kind+"/"+f.Record]
		if !ok || f.Code == "input.invalid" {
			continue
		}
		n++
		if d < "2023-07-01" || d > "2023-09-30" {
			t.Errorf("%s on %s/%s, which comes into being on %s, outside the third quarter", f.Code, f.Kind, f.Record, d)
		}
	}
	if n == 0 {
		t.Error("the third quarter of 2023 has findings")
	}
	// Judged as of another date than the end of the period.
	later, _ := auditJSON(t, "-from", "2023-07-01", "-to", "2023-09-30", "-as-of", "2023-12-31")
	if later.AsOf != "2023-12-31" || later.Tasks.WithDeadline != out.Tasks.WithDeadline || later.Tasks.Late < out.Tasks.Late {
		t.Errorf("-as-of after -to: as_of %q, %+v; want the same tasks of the quarter (%+v), judged later", later.AsOf, later.Tasks, out.Tasks)
	}
}

func TestPeriodFlags(t *testing.T) {
	tests := []struct {
		args   []string
		want   string
		reason string
	}{
		{[]string{"-from", "2023-12-01", "-to", "2023-01-01"}, "after the end of the period", "a reversed period"},
		{[]string{"-from", "2023-13-01"}, "want a date written yyyy-mm-dd or dd/mm/yyyy", "an impossible date names the accepted forms"},
		{[]string{"-to", "1/1/2023"}, "want a date written yyyy-mm-dd or dd/mm/yyyy", "dd/mm/yyyy needs two digits"},
	}
	for _, tc := range tests {
		var stderr bytes.Buffer
		if exit := run(tc.args, nil, &bytes.Buffer{}, &stderr); exit != exitRefused || !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("%v: exit %d, %q; want exit 2 and %q (%s)", tc.args, exit, stderr.String(), tc.want, tc.reason)
		}
	}
}

func TestDataProblemsExitThree(t *testing.T) {
	in := `{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-08",
"units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
"tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-12-01", "done": "2023-11-30"},
          {"id": "T2", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-10-01"}]}`
	for _, args := range [][]string{{"-case", "-"}, {"-case", "-", "-json"}, {"-case", "-", "-lang", "en"}} {
		var stdout, stderr bytes.Buffer
		exit := run(args, strings.NewReader(in), &stdout, &stderr)
		if exit != exitDataProblems {
			t.Errorf("%v: exit %d, want 3: a record could not be checked and nothing breaches the regulation", args, exit)
		}
		if strings.Contains(stdout.String(), "có vi phạm Quy chế") || strings.Contains(stdout.String(), "was breached") {
			t.Errorf("%v: a data problem is reported as a breach of the regulation:\n%s", args, stdout.String())
		}
	}
}
