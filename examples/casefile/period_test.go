package casefile_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

const periodCase = `{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-08",
"units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
"people": [{"id": "p1", "name": "Nguyễn Văn A", "unit": "STC", "position": "head"}],
"tasks": [
  {"id": "T-2022", "assigner": "ppc", "lead": ["STC"], "assigned": "2022-11-01", "due": "2022-12-01"},
  {"id": "T-2023", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-03-01", "due": "2023-04-03"},
  {"id": "T-bad", "assigner": "ppc", "lead": ["STC"], "assigned": "2022-05-01", "due": "2022-04-01"},
  {"id": "T-2024", "assigner": "ppc", "lead": ["STC"], "assigned": "2024-01-02", "due": "2024-01-05"},
  {"id": "T-later", "assigner": "ppc", "lead": ["STC"], "assigned": "2024-02-01", "due": "2024-02-02"}],
"meetings": [{"id": "M-2022", "kind": "working", "chair": "p1", "date": "2022-06-01", "needs_conclusion": true},
             {"id": "M-2023", "kind": "working", "chair": "p1", "date": "2023-06-01", "needs_conclusion": true}]}`

func TestCheckWithPeriod(t *testing.T) {
	c, err := casefile.DecodeBytes([]byte(periodCase), "period.json")
	require.NoError(t, err)
	rules := regulation.KonTum2023()
	year := regulation.ReportingPeriod{From: calendar.NewDate(2023, 1, 1), To: calendar.NewDate(2023, 12, 31)}
	tests := []struct {
		name    string
		asOf    calendar.Date
		opts    casefile.Options
		want    []string // kind/record/code
		counted int      // tasks with a deadline in the summary
		outside int
		reason  string
	}{
		{"no period", calendar.NewDate(2024, 1, 8), casefile.Options{}, []string{
			"task/T-2022/task.overdue", "task/T-2023/task.overdue", "task/T-2024/task.overdue", "task/T-bad/input.invalid",
			"meeting/M-2022/meeting.conclusion_late", "meeting/M-2022/rules.not_in_force",
			"meeting/M-2023/meeting.conclusion_late", "meeting/M-2023/rules.not_in_force",
		}, 3, 1, "every record that exists as of 08/01/2024; T-later does not exist yet"},
		{"the year 2023", calendar.NewDate(2023, 12, 31), casefile.Options{Period: year}, []string{
			"task/T-2023/task.overdue", "task/T-bad/input.invalid",
			"meeting/M-2023/meeting.conclusion_late", "meeting/M-2023/rules.not_in_force",
		}, 1, 3, "records that come into being in 2023, and the data problem whatever its dates"},
		{"2023 judged later", calendar.NewDate(2024, 1, 8), casefile.Options{Period: year}, []string{
			"task/T-2023/task.overdue", "task/T-bad/input.invalid",
			"meeting/M-2023/meeting.conclusion_late", "meeting/M-2023/rules.not_in_force",
		}, 1, 3, "the period selects; the as-of date judges"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := c.CheckWith(rules, tc.asOf, tc.opts)
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.Kind.String()+"/"+f.Record+"/"+string(f.Code))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
			if n := res.Tasks.Total().WithDeadline; n != tc.counted || res.Tasks.Outside() != tc.outside || res.Tasks.Invalid() != 1 {
				t.Errorf("summary: %d with a deadline, %d outside, %d invalid; want %d, %d, 1 (%s)",
					n, res.Tasks.Outside(), res.Tasks.Invalid(), tc.counted, tc.outside, tc.reason)
			}
		})
	}
}

func TestWriteFindingsHeader(t *testing.T) {
	c, err := casefile.DecodeBytes([]byte(periodCase), "period.json")
	require.NoError(t, err)
	rules := regulation.KonTum2023()
	var out bytes.Buffer
	year := regulation.ReportingPeriod{From: calendar.NewDate(2023, 1, 1), To: calendar.NewDate(2023, 12, 31)}
	tally, err := c.WriteFindings(&out, rules, year.To, casefile.Options{Period: year})
	require.NoError(t, err)
	var head struct {
		Schema   string                      `json:"schema"`
		Rules    string                      `json:"rules"`
		AsOf     calendar.Date               `json:"as_of"`
		Period   *regulation.ReportingPeriod `json:"period"`
		Calendar string                      `json:"calendar"`
		Findings []json.RawMessage           `json:"findings"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &head))
	if head.Schema != casefile.FindingsSchema || head.Rules != "kontum-2023" || head.AsOf != year.To ||
		head.Period == nil || *head.Period != year || head.Calendar != rules.WorkCalendar().Version() {
		t.Errorf("header %+v: the findings say what they were computed with", head)
	}
	want := casefile.Tally{Violations: 2, DataProblems: 1, Warnings: 1}
	if tally != want || len(head.Findings) != 4 {
		t.Errorf("tally %+v, %d findings; want %+v, 4", tally, len(head.Findings), want)
	}
}
