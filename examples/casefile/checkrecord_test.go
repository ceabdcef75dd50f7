package casefile_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/task"
)

// conformanceDir holds the conformance suite: small case files that show
// every code of the rule catalogue.
const conformanceDir = "../audit/testdata/conformance"

// single returns the case c with only the record at index i of kind, and
// the context a check of that record reads.
func single(c *casefile.Case, kind regulation.RecordKind, i int) *casefile.Case {
	s := &casefile.Case{File: c.File, Schema: c.Schema, RulesID: c.RulesID, AsOf: c.AsOf,
		Units: c.Units, People: c.People, Members: c.Members}
	// Where the records start in the file stays what it was.
	s.Positions = map[string][]casefile.Position{}
	one := func(list string) { s.Positions[list] = c.Positions[list][i : i+1] }
	for _, l := range []string{"units", "people", "ppc_members"} {
		s.Positions[l] = c.Positions[l]
	}
	switch kind {
	case regulation.RecordKindTask:
		s.Tasks = []task.Task{c.Tasks[i]}
		one("tasks")
	case regulation.RecordKindConsultation:
		s.Consultations = []task.Consultation{c.Consultations[i]}
		one("consultations")
	case regulation.RecordKindSubmission:
		s.Submissions = []task.Submission{c.Submissions[i]}
		s.Consultations = c.Consultations
		one("submissions")
		s.Positions["consultations"] = c.Positions["consultations"]
	case regulation.RecordKindMeeting:
		s.Meetings = []meeting.Meeting{c.Meetings[i]}
		one("meetings")
	case regulation.RecordKindRecord:
		s.Records = []signoff.Record{c.Records[i]}
		s.Delegations = c.Delegations
		one("records")
		s.Positions["delegations"] = c.Positions["delegations"]
	}
	return s
}

// TestCheckRecordAgreesWithTheAudit checks every record of every
// conformance case alone, with its context, and compares its findings with
// those the audit of the whole case gives that record: a workflow step that
// asks about one record hears what the nightly audit will say.
func TestCheckRecordAgreesWithTheAudit(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(conformanceDir, "*", "case.json"))
	require.NoError(t, err)
	require.NotEmpty(t, dirs, "the conformance suite is in %s", conformanceDir)
	checked := map[regulation.RecordKind]int{}
	for _, path := range dirs {
		name := filepath.Base(filepath.Dir(path))
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			c, err := casefile.DecodeBytes(data, "case.json")
			require.NoError(t, err)
			var settings casefile.Settings
			if rulesData, err := os.ReadFile(filepath.Join(filepath.Dir(path), "rules.json")); err == nil {
				settings.Rules, err = casefile.ReadRules(rulesData, "rules.json")
				require.NoError(t, err)
			}
			a, err := c.Audit(settings)
			require.NoError(t, err)
			all := a.Check().Findings
			of := func(kind regulation.RecordKind, id string) regulation.Findings {
				var out regulation.Findings
				for _, f := range all {
					if f.Kind == kind && f.Record == id {
						out = append(out, f)
					}
				}
				return out
			}
			lists := []struct {
				kind regulation.RecordKind
				ids  []string
			}{
				{regulation.RecordKindTask, ids(c.Tasks, func(x task.Task) string { return x.ID })},
				{regulation.RecordKindConsultation, ids(c.Consultations, func(x task.Consultation) string { return x.ID })},
				{regulation.RecordKindSubmission, ids(c.Submissions, func(x task.Submission) string { return x.ID })},
				{regulation.RecordKindMeeting, ids(c.Meetings, func(x meeting.Meeting) string { return x.ID })},
				{regulation.RecordKindRecord, ids(c.Records, func(x signoff.Record) string { return x.ID })},
			}
			for _, l := range lists {
				for i, id := range l.ids {
					got, err := single(c, l.kind, i).CheckRecord(l.kind, a.Rules, a.AsOf)
					require.NoError(t, err, "%s %s", l.kind, id)
					if diff := cmp.Diff(of(l.kind, id), got); diff != "" {
						t.Errorf("%s %s alone differs from the audit (-want +got):\n%s", l.kind, id, diff)
					}
					checked[l.kind]++
				}
			}
		})
	}
	for _, k := range casefile.CheckKinds() {
		if checked[k] == 0 {
			t.Errorf("no %s was checked alone: the suite must show every kind", k)
		}
	}
}

func ids[T any](list []T, id func(T) string) []string {
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = id(x)
	}
	return out
}

// checkCase returns a case file as of 2024-01-08 with body after its header.
func checkCase(body string) string {
	return `{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-08", ` + body + "}"
}

func TestCheckRecordRefuses(t *testing.T) {
	const dir = `"units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
"people": [{"id": "p1", "name": "Nguyễn Văn A", "unit": "STC", "position": "head"}]`
	const task1 = `{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-12-01"}`
	const cons = `"consultations": [{"id": "C1", "lead": "STC", "sent": "2023-11-01", "replies": [{"unit": "STC"}]}]`
	const sub = `{"id": "S1", "from": "STC", "to": "ppc", "kind": "report", "competence": "addressee", "received": "2023-11-01", "components": ["report"], "own_position": true, "signed_by": "p1", "consultation": "C1"}`
	tests := []struct {
		name   string
		kind   regulation.RecordKind
		body   string
		want   []string // kind/record/code of the findings; nil when refused
		reason string
	}{
		{"one task", regulation.RecordKindTask, dir + `, "tasks": [` + task1 + `]`, []string{"task/T1/task.overdue"}, "the task alone"},
		{"no task", regulation.RecordKindTask, dir, nil, "nothing to check"},
		{"two tasks", regulation.RecordKindTask, dir + `, "tasks": [` + task1 + `, ` + task1 + `]`, nil, "which one?"},
		{"a task with meetings", regulation.RecordKindTask, dir + `, "tasks": [` + task1 + `], "meetings": [{"id": "M1", "kind": "working", "chair": "p1", "date": "2023-11-01"}]`,
			nil, "meetings are not the context of a task: refused rather than ignored"},
		{"a task with consultations", regulation.RecordKindTask, dir + `, "tasks": [` + task1 + `], ` + cons, nil, "consultations are the context of a submission only"},
		{"a submission with its consultation", regulation.RecordKindSubmission, dir + `, "submissions": [` + sub + `], ` + cons,
			[]string{"submission/S1/submission.missing_component", "submission/S1/submission.missing_component", "submission/S1/submission.office_decision", "submission/S1/submission.return_late"},
			"the consultation is context: it makes the opinions required, and gets no finding of its own"},
		{"a rejected task", regulation.RecordKindTask, dir + `, "tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-02-30"}]`,
			[]string{"task/T1/input.invalid"}, "a record the decoder rejects counts as the one record, and says why"},
		{"a rejected context", regulation.RecordKindSubmission, dir + `, "submissions": [` + sub + `], "consultations": [{"id": "C1", "lead": "STC", "sent": "2023-13-01", "replies": []}]`,
			[]string{"consultation/C1/input.invalid", "submission/S1/submission.office_decision"}, "a context record that cannot be used is reported, not dropped"},
		{"a bad directory", regulation.RecordKindTask, `"units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}, {"id": "STC", "name": "again", "kind": "department"}], "tasks": [` + task1 + `]`,
			[]string{"task/T1/task.overdue", "case/units/input.invalid"}, "the directory's problems are the context's"},
		{"delegations", regulation.RecordKindDelegation, dir, nil, "a delegation is not checked alone"},
	}
	rules := regulation.KonTum2023()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := casefile.DecodeBytes([]byte(checkCase(tc.body)), "check.json")
			require.NoError(t, err)
			fs, err := c.CheckRecord(tc.kind, rules, c.AsOf)
			if tc.want == nil {
				require.Error(t, err, tc.reason)
				if tc.kind == regulation.RecordKindDelegation {
					require.ErrorIs(t, err, casefile.ErrCheckKind, tc.reason)
					return
				}
				require.ErrorIs(t, err, casefile.ErrRefused, tc.reason)
				return
			}
			require.NoError(t, err, tc.reason)
			var got []string
			for _, f := range fs {
				got = append(got, f.Kind.String()+"/"+f.Record+"/"+string(f.Code))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestWriteRecordFindings(t *testing.T) {
	// A check's findings go out in quyche.findings/v1 with no task summary.
	c, err := casefile.DecodeBytes([]byte(checkCase(`"units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
"tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-12-01"}]`)), "check.json")
	require.NoError(t, err)
	rules := regulation.KonTum2023()
	fs, err := c.CheckRecord(regulation.RecordKindTask, rules, c.AsOf)
	require.NoError(t, err)
	var want bytes.Buffer
	enc := casefile.NewEncoder(&want)
	require.NoError(t, enc.BeginHeader(casefile.Header{Rules: rules.ID, AsOf: c.AsOf, Calendar: rules.WorkCalendar().Version()}))
	for _, f := range fs {
		require.NoError(t, enc.Add(f))
	}
	require.NoError(t, enc.End(nil))
	var got bytes.Buffer
	tally, err := c.WriteRecordFindings(&got, regulation.RecordKindTask, rules, c.AsOf)
	require.NoError(t, err)
	if diff := cmp.Diff(want.String(), got.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if tally.Outcome() != casefile.OutcomeViolations || !bytes.HasSuffix(got.Bytes(), []byte("\"tasks\": null\n}\n")) ||
		!bytes.Contains(got.Bytes(), []byte(`"calendar":"`+rules.WorkCalendar().Version()+`"`)) {
		t.Errorf("tally %+v, output:\n%s", tally, got.String())
	}
	_, err = c.WriteRecordFindings(&got, regulation.RecordKindMeeting, rules, c.AsOf)
	require.ErrorIs(t, err, casefile.ErrRefused, "a check of a meeting in a case without one")
}
