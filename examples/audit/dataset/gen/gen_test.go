package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
	"github.com/quyche/quyche/task"
)

// committed is the case file the dataset package embeds.
var committed = filepath.Join("..", "kontum-2023.json")

// TestCommittedIsGenerated proves that the committed case file is exactly
// what the generator writes, byte for byte, and that the generator writes
// the same bytes every time.
func TestCommittedIsGenerated(t *testing.T) {
	first, err := generate().encode()
	require.NoError(t, err)
	second, err := generate().encode()
	require.NoError(t, err)
	if !bytes.Equal(first, second) {
		t.Fatalf("two runs of the generator differ at line %d: it is not deterministic", firstDiff(first, second))
	}
	want, err := os.ReadFile(committed)
	require.NoError(t, err)
	if !bytes.Equal(want, first) {
		t.Fatalf("%s is not what the generator writes (first difference at line %d); run `go generate ./examples/audit/dataset` and commit the result",
			committed, firstDiff(want, first))
	}
}

// firstDiff returns the 1-based number of the first line where a and b
// differ.
func firstDiff(a, b []byte) int {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := range min(len(la), len(lb)) {
		if !bytes.Equal(la[i], lb[i]) {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}

// checked decodes the committed case file as the audit program does and
// checks it under the rule set it names, as of its date.
func checked(t *testing.T) (*casefile.Case, casefile.Result) {
	t.Helper()
	data, err := os.ReadFile(committed)
	require.NoError(t, err)
	c, err := casefile.DecodeBytes(data, committed)
	require.NoError(t, err)
	rules, ok := regulation.Lookup(c.RulesID)
	require.True(t, ok, "unknown rule set %q", c.RulesID)
	return c, c.Check(rules, c.AsOf)
}

// TestLateFigures checks the figures of letter 56/UBND-KTTH: 222 of the
// 1,206 tasks with a deadline are late at the end of 2023.
func TestLateFigures(t *testing.T) {
	c, res := checked(t)
	total := res.Tasks.Total()
	rate, ok := total.LateRate()
	require.True(t, ok, "no task with a deadline")
	type figures struct {
		AsOf                        calendar.Date
		WithDeadline, Late, Invalid int
		Percent                     string
	}
	got := figures{c.AsOf, total.WithDeadline, total.Late, res.Tasks.Invalid(), rate.Percent()}
	want := figures{calendar.NewDate(2023, 12, 31), 1206, 222, 0, "18.4"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("task figures as of 2023-12-31 (-want +got):\n%s", diff)
	}
	lateUnits := 0 // lead units with at least one late task
	for _, row := range res.Tasks.ByLead() {
		if row.Late > 0 {
			lateUnits++
		}
	}
	if lateUnits < 20 {
		t.Errorf("late tasks fall on %d lead units; want them spread over most units", lateUnits)
	}
	t.Logf("tasks: %d (%d with a deadline, %d without); late %s: overdue %d, done late %d; in progress %d; done on time %d",
		total.Tasks(), total.WithDeadline, total.NoDeadline, rate, total.Overdue, total.DoneLate, total.InProgress, total.DoneOnTime)
}

// TestUneven checks that lateness is spread unevenly: the worst lead unit
// and assigner are late far more often than the best.
func TestUneven(t *testing.T) {
	_, res := checked(t)
	permille := func(c task.Counts) int { return c.Late * 1000 / max(c.WithDeadline, 1) }
	var units []int
	for _, row := range res.Tasks.ByLead() {
		if row.Unit != "" && row.WithDeadline >= 15 {
			units = append(units, permille(row.Counts))
		}
	}
	var assigners []int
	for _, row := range res.Tasks.ByAssigner() {
		assigners = append(assigners, permille(row.Counts))
	}
	tests := []struct {
		name   string
		rates  []int
		factor int
		reason string
	}{
		{"lead units", units, 4, "some units are much worse than others"},
		{"assigners", assigners, 2, "some assigners' tasks are late far more often than others'"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lo, hi := slices.Min(tc.rates), slices.Max(tc.rates)
			if hi < tc.factor*max(lo, 1) {
				t.Errorf("late rates from %d‰ to %d‰; want the worst at least %d× the best: %s", lo, hi, tc.factor, tc.reason)
			}
		})
	}
}

// TestEveryCodeFires checks that every code the Kon Tum rule set can
// produce occurs at least once, except consult.deemed_agreement (Kon Tum
// counts silence as a missing reply) and input.invalid (the data is valid),
// and that every finding carries the details its message needs.
func TestEveryCodeFires(t *testing.T) {
	c, res := checked(t)
	require.Empty(t, c.Rejected, "records that could not be decoded")
	counts := map[regulation.Code]int{}
	for _, f := range res.Findings {
		counts[f.Code]++
		if missing := regulationtest.MissingDetails(f); len(missing) > 0 {
			t.Errorf("%s %s %s: missing details %v", f.Code, f.Record, f.Subject, missing)
		}
	}
	absent := map[regulation.Code]bool{regulation.ConsultDeemedAgreement: true, regulation.InputInvalid: true}
	var missing, unexpected []regulation.Code
	var lines []string
	for _, code := range regulation.Codes() {
		switch n := counts[code]; {
		case absent[code] && n > 0:
			unexpected = append(unexpected, code)
		case !absent[code] && n == 0:
			missing = append(missing, code)
		}
		lines = append(lines, string(code)+": "+strconv.Itoa(counts[code]))
	}
	if len(missing) > 0 || len(unexpected) > 0 {
		t.Errorf("codes that never fire: %v; codes that must not fire: %v", missing, unexpected)
	}
	t.Logf("findings per code:\n%s", strings.Join(lines, "\n"))
}

// TestMostRecordsClean checks that, as in a real year, fewer than half of
// the records of each kind carry a violation.
func TestMostRecordsClean(t *testing.T) {
	c, res := checked(t)
	faulty := map[regulation.RecordKind]map[string]bool{}
	for _, f := range res.Findings {
		if f.Severity != regulation.Violation {
			continue
		}
		if faulty[f.Kind] == nil {
			faulty[f.Kind] = map[string]bool{}
		}
		faulty[f.Kind][f.Record] = true
	}
	tests := []struct {
		kind   regulation.RecordKind
		total  int
		reason string
	}{
		{regulation.RecordKindTask, len(c.Tasks), "222 late of 1,206, and a few others"},
		{regulation.RecordKindConsultation, len(c.Consultations), "most units reply in time"},
		{regulation.RecordKindSubmission, len(c.Submissions), "most dossiers are complete"},
		{regulation.RecordKindMeeting, len(c.Meetings), "most meetings are held by the rules"},
		{regulation.RecordKindRecord, len(c.Records), "most minutes are signed by the rules"},
		{regulation.RecordKindDelegation, len(c.Delegations), "delegations are valid records"},
	}
	for _, tc := range tests {
		t.Run(tc.kind.String(), func(t *testing.T) {
			n := len(faulty[tc.kind])
			if tc.total == 0 || 2*n >= tc.total {
				t.Errorf("%d of %d records carry a violation; want fewer than half: %s", n, tc.total, tc.reason)
			}
			t.Logf("%d records, %d with a violation", tc.total, n)
		})
	}
}

// TestPendingDossiers checks that the PPC Office has, as of the end of the
// year, dossiers pending both to return and to forward.
func TestPendingDossiers(t *testing.T) {
	c, res := checked(t)
	pending := map[string]bool{}
	for _, s := range c.Submissions {
		if s.Office.IsZero() || s.Office.Date.After(c.AsOf) {
			pending[s.ID] = true
		}
	}
	got := map[string]int{}
	for _, f := range res.Findings {
		if f.Code == regulation.SubmissionOfficeDecision && pending[f.Record] {
			action, _ := f.Details["action"].(task.Action)
			got[action.String()]++
		}
	}
	for _, action := range []string{"return", "forward"} {
		if got[action] == 0 {
			t.Errorf("no pending dossier the Office must %s; got %v", action, got)
		}
	}
}
