package conformance_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/conformance"
	"github.com/quyche/quyche/regulation"
	rt "github.com/quyche/quyche/regulation/regulationtest"
)

func TestChanges(t *testing.T) {
	rules := regulation.KonTum2023()
	own := rules.Clone()
	own.Citations[regulation.TaskOverdue] = []regulation.Ref{{Doc: "12/2024/QĐ-UBND", Article: 7}}
	overdue := rt.Want(rules, regulation.TaskOverdue, regulation.RecordKindTask, "pos-1", rt.Finance)
	recited := rt.Want(own, regulation.TaskOverdue, regulation.RecordKindTask, "pos-1", rt.Finance)
	soon := rt.Want(rules, regulation.TaskDueSoon, regulation.RecordKindTask, "neg-1", rt.Finance)
	detailed := overdue
	detailed.Details = regulation.Details{"late_days": 9}
	noRefs := overdue
	noRefs.Refs = []regulation.Ref{}
	inv := regulation.InvalidInput(regulation.RecordKindTask, "pos-2", "due", regulation.ProblemDateOrder)

	tests := []struct {
		name      string
		want, got regulation.Findings
		changes   []conformance.Change
		reason    string
	}{
		{"none", regulation.Findings{overdue, soon}, regulation.Findings{overdue, soon}, nil, "equal findings"},
		{"details", regulation.Findings{overdue}, regulation.Findings{detailed}, nil, "details are not compared"},
		{"removed", regulation.Findings{overdue, soon}, regulation.Findings{overdue},
			[]conformance.Change{{Kind: conformance.ChangeKindRemoved, Want: soon}}, "an expected finding is missing"},
		{"added", regulation.Findings{overdue}, regulation.Findings{overdue, soon, inv},
			[]conformance.Change{{Kind: conformance.ChangeKindAdded, Got: soon}, {Kind: conformance.ChangeKindAdded, Got: inv}},
			"findings nobody expects, in the order of regulation.Compare"},
		{"recited", regulation.Findings{overdue}, regulation.Findings{recited},
			[]conformance.Change{{Kind: conformance.ChangeKindRecited, Want: overdue, Got: recited}}, "same finding, other citations"},
		{"empty refs", regulation.Findings{noRefs}, regulation.Findings{{Code: overdue.Code, Severity: overdue.Severity, Kind: overdue.Kind, Record: overdue.Record, Subject: overdue.Subject}},
			nil, "nil and empty citations are the same"},
		{"replaced", regulation.Findings{overdue}, regulation.Findings{soon},
			[]conformance.Change{{Kind: conformance.ChangeKindAdded, Got: soon}, {Kind: conformance.ChangeKindRemoved, Want: overdue}},
			"another code on another record: one added, one removed, in record order"},
		{"unsorted", regulation.Findings{soon, overdue}, regulation.Findings{overdue, soon}, nil,
			"Changes compares as sets; the order is Diff's business"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := conformance.Result{Want: tc.want, Got: tc.got}
			if diff := cmp.Diff(tc.changes, r.Changes(), rt.IgnoreMessages()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestChangeString(t *testing.T) {
	rules := regulation.KonTum2023()
	own := rules.Clone()
	own.Citations[regulation.ConsultReplyLate] = []regulation.Ref{{Doc: "12/2024/QĐ-UBND", Article: 9, Clause: 2}}
	late := rt.Want(rules, regulation.ConsultReplyLate, regulation.RecordKindConsultation, "pos-1", rt.Construction)
	recited := rt.Want(own, regulation.ConsultReplyLate, regulation.RecordKindConsultation, "pos-1", rt.Construction)
	quorum := rt.Want(rules, regulation.MeetingNoQuorum, regulation.RecordKindMeeting, "pos-1", "")
	tests := []struct {
		c    conformance.Change
		want string
	}{
		{conformance.Change{Kind: conformance.ChangeKindRemoved, Want: late}, `- consultation pos-1 consult.reply_late "SXD" (Letter 56/UBND-KTTH, footnote 2)`},
		{conformance.Change{Kind: conformance.ChangeKindAdded, Got: quorum}, `+ meeting pos-1 meeting.no_quorum "" (Art. 114(3), Law 77/2015/QH13)`},
		{conformance.Change{Kind: conformance.ChangeKindRecited, Want: late, Got: recited}, `~ consultation pos-1 consult.reply_late "SXD" (Letter 56/UBND-KTTH, footnote 2) → (Art. 9(2), Decision 12/2024/QĐ-UBND)`},
	}
	for _, tc := range tests {
		t.Run(tc.c.Kind.String(), func(t *testing.T) {
			if got := tc.c.String(); got != tc.want {
				t.Errorf("String() = %q, want %q", got, tc.want)
			}
		})
	}
}

// copySuite copies the named folders of the suite to a new directory.
func copySuite(t *testing.T, names ...string) string {
	t.Helper()
	dst := t.TempDir()
	for _, n := range names {
		require.NoError(t, os.CopyFS(filepath.Join(dst, n), os.DirFS(filepath.Join(suiteDir, n))))
	}
	return dst
}

func TestRunErrors(t *testing.T) {
	write := func(name, data string) func(dir string) {
		return func(dir string) { require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644)) }
	}
	tests := []struct {
		name   string
		spoil  func(dir string) // changes the copy of folder task.overdue
		reason string
	}{
		{"missing want", func(dir string) { require.NoError(t, os.Remove(filepath.Join(dir, conformance.WantFile))) }, "a case without golden findings"},
		{"bad want", write(conformance.WantFile, `{"schema":"other"}`), "golden findings of another schema"},
		{"not json", write(conformance.WantFile, `{`), "golden findings that are not JSON"},
		{"refused case", write(conformance.CaseFile, `{"schema":"quyche.case/v1","rules":"kontum-2023","as_of":"2024-03-29","colour":1}`), "a case file the decoder refuses"},
		{"unknown rules", write(conformance.CaseFile, `{"schema":"quyche.case/v1","rules":"nowhere-2030","as_of":"2024-03-29"}`), "a case naming a rule set nobody knows, run under its own"},
		{"bad rules file", write(conformance.RulesFile, `{"schema":"quyche.rules/v1"}`), "a rules.json that is not a rule set"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := copySuite(t, "task.overdue")
			tc.spoil(filepath.Join(dir, "task.overdue"))
			_, err := conformance.Run(dir, nil)
			require.ErrorIs(t, err, conformance.ErrSuite, tc.reason)
		})
	}
	t.Run("no folder", func(t *testing.T) {
		_, err := conformance.Run(t.TempDir(), nil)
		require.ErrorIs(t, err, conformance.ErrSuite, "an empty folder is not a suite")
	})
	t.Run("no dir", func(t *testing.T) {
		_, err := conformance.Run(filepath.Join(t.TempDir(), "nowhere"), nil)
		require.ErrorIs(t, err, conformance.ErrSuite, "a folder that does not exist")
	})
}

// TestRunPinned checks that a folder's rules.json adjusts the caller's rules
// rather than giving way to them or replacing them.
func TestRunPinned(t *testing.T) {
	dir := copySuite(t, "consult.deemed_agreement", "consult.reply_missing")
	mine := regulation.KonTum2023()
	mine.ID = "mine"
	results, err := conformance.Run(dir, mine)
	require.NoError(t, err)
	type summary struct {
		Code     regulation.Code
		Rules    string
		Adjusted []string
		OK       bool
	}
	var got []summary
	for _, r := range results {
		got = append(got, summary{r.Code, r.Rules, r.Adjusted, r.OK()})
	}
	want := []summary{
		{regulation.ConsultReplyMissing, "mine", nil, true},
		{regulation.ConsultDeemedAgreement, "mine", []string{"consult.silence_means_agreement"}, true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results in catalogue order, the pinned folder under my rules with silence as agreement (-want +got):\n%s", diff)
	}

	results, err = conformance.Run(dir, nil)
	require.NoError(t, err)
	if got, want := results[1].Rules, "kontum-2023-silence"; got != want {
		t.Errorf("without rules of the caller's, the pinned folder runs under %q, want %q", got, want)
	}
}
