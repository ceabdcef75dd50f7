package task

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
)

// taskDirectory returns a small directory: the PPC with its Chairman p0, and
// the departments STC (head p1), SKHDT and SXD.
func taskDirectory(t testing.TB) *regulation.Directory {
	t.Helper()
	dir, fs := regulation.NewDirectory(
		[]regulation.Unit{
			{ID: "UBND", Name: "Ủy ban nhân dân tỉnh Kon Tum", Kind: regulation.UnitKindPPC},
			{ID: "STC", Name: "Sở Tài chính", Kind: regulation.UnitKindDepartment},
			{ID: "SKHDT", Name: "Sở Kế hoạch và Đầu tư", Kind: regulation.UnitKindDepartment},
			{ID: "SXD", Name: "Sở Xây dựng", Kind: regulation.UnitKindDepartment},
		},
		[]regulation.Person{
			{ID: "p0", Name: "Nguyễn Văn A", Unit: "UBND", Position: regulation.PositionChairman},
			{ID: "p1", Name: "Trần Thị B", Unit: "STC", Position: regulation.PositionHead},
		},
		[]regulation.PersonID{"p0", "p1"},
	)
	require.Empty(t, fs)
	return dir
}

// wantFinding builds the finding that Check must return for task T1.
func wantFinding(rules *regulation.Rules, c regulation.Code, subject string, d regulation.Details) regulation.Finding {
	return rules.Finding(c, regulation.RecordKindTask, "T1", subject, d)
}

// withChange returns a copy of t changed by f, for compact table rows; the
// copy shares no slice with t.
func withChange(t Task, f func(*Task)) Task {
	t.Lead = slices.Clone(t.Lead)
	t.Coordinators = slices.Clone(t.Coordinators)
	t.Extensions = slices.Clone(t.Extensions)
	f(&t)
	return t
}

func TestCheck(t *testing.T) {
	rules := regulation.KonTum2023() // DueSoon 3, ExtensionLead 1
	dir := taskDirectory(t)
	w := func(c regulation.Code, subject string, d regulation.Details) regulation.Finding {
		return wantFinding(rules, c, subject, d)
	}
	type details = regulation.Details
	tests := []struct {
		name, reason string
		task         Task
		asOf         string
		want         regulation.Findings
	}{
		{"on time", "no finding",
			newTask("2024-03-01", "2024-03-15", "2024-03-15"), "2024-03-20", nil},
		{"in progress, far from the deadline", "no finding",
			newTask("2024-03-01", "2024-03-29", ""), "2024-03-15", nil},
		{"overdue", "not done, as_of after the deadline: Fri 15/3 to Wed 20/3 is 5 days, 3 working days",
			newTask("2024-03-01", "2024-03-15", ""), "2024-03-20",
			regulation.Findings{w(regulation.TaskOverdue, "STC", details{"deadline": date("2024-03-15"), "as_of": date("2024-03-20"), "late_days": 5, "late_workdays": 3})}},
		{"overdue, done after as_of", "the done date has not happened yet",
			newTask("2024-03-01", "2024-03-15", "2024-03-22"), "2024-03-20",
			regulation.Findings{w(regulation.TaskOverdue, "STC", details{"deadline": date("2024-03-15"), "as_of": date("2024-03-20"), "late_days": 5, "late_workdays": 3})}},
		{"done late", "Fri 15/3 to Mon 18/3: 3 days, 1 working day",
			newTask("2024-03-01", "2024-03-15", "2024-03-18"), "2024-03-20",
			regulation.Findings{w(regulation.TaskDoneLate, "STC", details{"deadline": date("2024-03-15"), "done": date("2024-03-18"), "late_days": 3, "late_workdays": 1})}},
		{"done late after Tết", "the deadline Sat 10/2 moved to Thu 15/2; done Mon 19/2: 4 days, 2 working days",
			newTask("2024-01-15", "2024-02-10", "2024-02-19"), "2024-03-01",
			regulation.Findings{w(regulation.TaskDoneLate, "STC", details{"deadline": date("2024-02-15"), "done": date("2024-02-19"), "late_days": 4, "late_workdays": 2})}},
		{"done late across Tết 2026", "due Thu 12/2/2026, done Mon 23/2: 11 days but 2 working days (Tết 16–20/2)",
			newTask("2026-01-05", "2026-02-12", "2026-02-23"), "2026-03-02",
			regulation.Findings{w(regulation.TaskDoneLate, "STC", details{"deadline": date("2026-02-12"), "done": date("2026-02-23"), "late_days": 11, "late_workdays": 2})}},
		{"overdue across Tết 2026", "due Thu 12/2/2026, as of Mon 23/2: 11 days, 2 working days",
			newTask("2026-01-05", "2026-02-12", ""), "2026-02-23",
			regulation.Findings{w(regulation.TaskOverdue, "STC", details{"deadline": date("2026-02-12"), "as_of": date("2026-02-23"), "late_days": 11, "late_workdays": 2})}},
		{"due today", "0 working days left is due soon",
			newTask("2024-03-01", "2024-03-15", ""), "2024-03-15",
			regulation.Findings{w(regulation.TaskDueSoon, "STC", details{"deadline": date("2024-03-15"), "workdays_left": 0})}},
		{"due in three working days", "Tue 12/3 → Fri 15/3 is 3 = DueSoon",
			newTask("2024-03-01", "2024-03-15", ""), "2024-03-12",
			regulation.Findings{w(regulation.TaskDueSoon, "STC", details{"deadline": date("2024-03-15"), "workdays_left": 3})}},
		{"due in four working days", "more than DueSoon: no reminder",
			newTask("2024-03-01", "2024-03-15", ""), "2024-03-11", nil},
		{"due soon over a weekend", "Fri 15/3 → Tue 19/3 is 2 working days",
			newTask("2024-03-01", "2024-03-19", ""), "2024-03-15",
			regulation.Findings{w(regulation.TaskDueSoon, "STC", details{"deadline": date("2024-03-19"), "workdays_left": 2})}},
		{"no lead unit", "lead_count with subject \"\"; the status is still checked",
			withChange(newTask("2024-03-01", "2024-03-15", ""), func(t *Task) { t.Lead = nil }), "2024-03-20",
			regulation.Findings{
				w(regulation.TaskLeadCount, "", details{"leads": 0}),
				w(regulation.TaskOverdue, "", details{"deadline": date("2024-03-15"), "as_of": date("2024-03-20"), "late_days": 5, "late_workdays": 3}),
			}},
		{"two lead units", "lead_count; subject \"\"",
			withChange(newTask("2024-03-01", "2024-03-15", "2024-03-10"), func(t *Task) { t.Lead = []regulation.UnitID{"STC", "SXD"} }), "2024-03-20",
			regulation.Findings{w(regulation.TaskLeadCount, "", details{"leads": 2})}},
		{"extension requested on the deadline", "extension_late, ignored: overdue against the original deadline",
			newTask("2024-03-01", "2024-03-15", "", newExtension("2024-03-15", "2024-03-29", "p0")), "2024-03-20",
			regulation.Findings{
				w(regulation.TaskExtensionLate, "STC", details{"requested": date("2024-03-15"), "deadline": date("2024-03-15"), "new_due": date("2024-03-29"), "lead_workdays": 1}),
				w(regulation.TaskOverdue, "STC", details{"deadline": date("2024-03-15"), "as_of": date("2024-03-20"), "late_days": 5, "late_workdays": 3}),
			}},
		{"unapproved extension", "extension_unapproved, ignored",
			newTask("2024-03-01", "2024-03-15", "2024-03-25", newExtension("2024-03-10", "2024-03-29", "")), "2024-03-30",
			regulation.Findings{
				w(regulation.TaskDoneLate, "STC", details{"deadline": date("2024-03-15"), "done": date("2024-03-25"), "late_days": 10, "late_workdays": 6}),
				w(regulation.TaskExtensionUnapproved, "STC", details{"requested": date("2024-03-10"), "new_due": date("2024-03-29")}),
			}},
		{"unapproved and late extension", "only extension_unapproved (no stacking)",
			newTask("2024-03-01", "2024-03-15", "2024-03-15", newExtension("2024-03-18", "2024-03-29", "")), "2024-03-30",
			regulation.Findings{w(regulation.TaskExtensionUnapproved, "STC", details{"requested": date("2024-03-18"), "new_due": date("2024-03-29")})}},
		{"timely approved extension", "the deadline moves; no finding",
			newTask("2024-03-01", "2024-03-15", "2024-03-25", newExtension("2024-03-14", "2024-03-29", "p0")), "2024-03-30", nil},
		{"extension requested after as_of", "not happened yet: no finding, the original deadline holds",
			newTask("2024-03-01", "2024-03-15", "", newExtension("2024-03-21", "2024-03-29", "")), "2024-03-20",
			regulation.Findings{w(regulation.TaskOverdue, "STC", details{"deadline": date("2024-03-15"), "as_of": date("2024-03-20"), "late_days": 5, "late_workdays": 3})}},
		{"late extension against an extended deadline", "the deadline in force is the first extension's, 22/3",
			newTask("2024-03-01", "2024-03-15", "2024-03-22", newExtension("2024-03-14", "2024-03-22", "p0"), newExtension("2024-03-22", "2024-04-05", "p0")), "2024-04-10",
			regulation.Findings{w(regulation.TaskExtensionLate, "STC", details{"requested": date("2024-03-22"), "deadline": date("2024-03-22"), "new_due": date("2024-04-05"), "lead_workdays": 1})}},
		{"no deadline", "nothing to be late for",
			newTask("2024-03-01", "", ""), "2025-01-01", nil},
		{"known units and people", "the directory knows STC, SKHDT and p0",
			withChange(newTask("2024-03-01", "2024-03-15", "2024-03-14", newExtension("2024-03-05", "2024-03-20", "p0")),
				func(t *Task) { t.Coordinators = []regulation.UnitID{"SKHDT", "SXD"}; t.SourceDoc = "1272/UBND-KTTH" }),
			"2024-03-30", nil},
		{"assigned after as_of", "the task does not exist yet: no finding, not even due_soon",
			newTask("2024-03-18", "2024-03-20", ""), "2024-03-15", nil},
		{"assigned on as_of", "it exists from the day it is assigned: due soon",
			newTask("2024-03-15", "2024-03-20", ""), "2024-03-15",
			regulation.Findings{w(regulation.TaskDueSoon, "STC", details{"deadline": date("2024-03-20"), "workdays_left": 3})}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Check(tc.task, dir, rules, date(tc.asOf))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Check (-want +got), %s:\n%s", tc.reason, diff)
			}
		})
	}
}

func TestCheckInvalid(t *testing.T) {
	rules := regulation.KonTum2023()
	dir := taskDirectory(t)
	valid := newTask("2024-03-01", "2024-03-15", "2024-03-10", newExtension("2024-03-05", "2024-03-20", "p0"))
	tests := []struct {
		name, reason string
		task         Task
		dir          *regulation.Directory
		field        string
		problem      regulation.Problem
	}{
		{"missing id", "required", withChange(valid, func(t *Task) { t.ID = "" }), dir, "id", regulation.ProblemMissing},
		{"missing assigner", "required", withChange(valid, func(t *Task) { t.Assigner = AssignerUnknown }), dir, "assigner", regulation.ProblemMissing},
		{"assigner out of range", "not a value of the enum", withChange(valid, func(t *Task) { t.Assigner = 99 }), dir, "assigner", regulation.ProblemInvalidValue},
		{"bad source document", "regulation.ParseDocNumber refuses it", withChange(valid, func(t *Task) { t.SourceDoc = "công văn số 5" }), dir, "source_doc", regulation.ProblemInvalidValue},
		{"empty lead unit", "an id is never empty", withChange(valid, func(t *Task) { t.Lead = []regulation.UnitID{""} }), dir, "lead[0]", regulation.ProblemMissing},
		{"unknown lead unit", "not in the directory", withChange(valid, func(t *Task) { t.Lead = []regulation.UnitID{"STC", "SGTVT"} }), dir, "lead[1]", regulation.ProblemUnknownUnit},
		{"unknown coordinator", "not in the directory", withChange(valid, func(t *Task) { t.Coordinators = []regulation.UnitID{"SXD", "SYT"} }), dir, "coordinators[1]", regulation.ProblemUnknownUnit},
		{"empty coordinator", "an id is never empty", withChange(valid, func(t *Task) { t.Coordinators = []regulation.UnitID{""} }), dir, "coordinators[0]", regulation.ProblemMissing},
		{"missing assignment date", "required", withChange(valid, func(t *Task) { t.Assigned = calendar.Date{} }), dir, "assigned", regulation.ProblemMissing},
		{"due before assigned", "a due date before the assignment", withChange(valid, func(t *Task) { t.Due = date("2024-02-28") }), dir, "due", regulation.ProblemDateOrder},
		{"done before assigned", "impossible dates", withChange(valid, func(t *Task) { t.Done = date("2024-02-28") }), dir, "done", regulation.ProblemDateOrder},
		{"extension without a due date", "an extension moves a deadline", withChange(valid, func(t *Task) { t.Due = calendar.Date{} }), dir, "due", regulation.ProblemMissing},
		{"extension without request date", "required", withChange(valid, func(t *Task) { t.Extensions[0].Requested = calendar.Date{} }), dir, "extensions[0].requested", regulation.ProblemMissing},
		{"extension without new due date", "required", withChange(valid, func(t *Task) { t.Extensions[0].NewDue = calendar.Date{} }), dir, "extensions[0].new_due", regulation.ProblemMissing},
		{"extension requested before the assignment", "impossible dates", withChange(valid, func(t *Task) { t.Extensions[0].Requested = date("2024-02-01") }), dir, "extensions[0].requested", regulation.ProblemDateOrder},
		{"new due before the request", "an extension's new_due before requested",
			withChange(valid, func(t *Task) {
				t.Extensions = []Extension{t.Extensions[0], newExtension("2024-03-12", "2024-03-11", "p0")}
			}), dir, "extensions[1].new_due", regulation.ProblemDateOrder},
		{"unknown approver", "not a person of the directory", withChange(valid, func(t *Task) { t.Extensions[0].ApprovedBy = "p9" }), dir, "extensions[0].approved_by", regulation.ProblemUnknownPerson},
		{"assigned out of range", "year 0 is not a date of a document", withChange(valid, func(t *Task) { t.Assigned = calendar.NewDate(0, 12, 31) }), dir, "assigned", regulation.ProblemOutOfRange},
		{"due out of range", "after 9999-12-31", withChange(valid, func(t *Task) { t.Due = calendar.NewDate(10000, 1, 1) }), dir, "due", regulation.ProblemOutOfRange},
		{"done out of range", "after 9999-12-31", withChange(valid, func(t *Task) { t.Done = calendar.NewDate(10000, 1, 1) }), dir, "done", regulation.ProblemOutOfRange},
		{"new due out of range", "after 9999-12-31", withChange(valid, func(t *Task) { t.Extensions[0].NewDue = calendar.NewDate(10000, 1, 1) }), dir, "extensions[0].new_due", regulation.ProblemOutOfRange},
		{"first problem only", "one input.invalid per task, in field order",
			withChange(valid, func(t *Task) { t.ID = ""; t.Due = date("2024-01-01") }), dir, "id", regulation.ProblemMissing},
		{"assigned after as_of", "an invalid task is reported whatever its dates",
			withChange(valid, func(t *Task) { t.Assigned, t.Lead = date("2024-04-01"), []regulation.UnitID{"SYT"} }), dir, "lead[0]", regulation.ProblemUnknownUnit},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Check(tc.task, tc.dir, rules, date("2024-03-30"))
			want := regulation.Findings{regulation.InvalidInput(regulation.RecordKindTask, tc.task.ID, tc.field, tc.problem)}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Check (-want +got), %s:\n%s", tc.reason, diff)
			}
			if f, bad := validateTask(&tc.task, tc.dir, nil); !bad || f.path() != tc.field {
				t.Errorf("validateTask = %q, %t; want %q", f.path(), bad, tc.field)
			}
			if plainTask(&tc.task) {
				t.Errorf("plainTask reports an invalid task as plain")
			}
		})
	}
}

// TestCheckFindingsRender proves that every finding Check produces carries
// the catalogue's detail keys, renders both messages completely and has its
// citations.
func TestCheckFindingsRender(t *testing.T) {
	rules := regulation.KonTum2023()
	tasks := []Task{
		withChange(newTask("2024-03-01", "2024-03-15", "", newExtension("2024-03-15", "2024-03-29", "p0"), newExtension("2024-03-10", "2024-03-29", "")),
			func(t *Task) { t.Lead = nil }),
		newTask("2024-03-01", "2024-03-15", "2024-03-18"),
		newTask("2024-03-01", "2024-03-21", ""),
		withChange(newTask("2024-03-01", "2024-03-15", ""), func(t *Task) { t.ID = "" }),
	}
	seen := map[regulation.Code]bool{}
	dir := taskDirectory(t)
	for _, task := range tasks {
		for _, f := range Check(task, dir, rules, date("2024-03-20")) {
			seen[f.Code] = true
			if m := regulationtest.MissingDetails(f); m != nil {
				t.Errorf("%s lacks details %v", f.Code, m)
			}
			for _, l := range []regulation.Lang{regulation.Vietnamese, regulation.English} {
				if msg := f.Message(l); strings.Contains(msg, "?") || msg == "" {
					t.Errorf("%s message %s = %q", f.Code, l, msg)
				}
			}
			if f.Code != regulation.InputInvalid && len(f.Refs) == 0 {
				t.Errorf("%s has no citation", f.Code)
			}
		}
	}
	for _, c := range []regulation.Code{regulation.TaskLeadCount, regulation.TaskOverdue, regulation.TaskDoneLate,
		regulation.TaskDueSoon, regulation.TaskExtensionLate, regulation.TaskExtensionUnapproved, regulation.InputInvalid} {
		if !seen[c] {
			t.Errorf("no task produced %s", c)
		}
	}
}

// TestStatusAtNilRules: for StatusAt, unlike Check, a nil rule set is an
// empty one (see TestCheckArguments for Check), not a panic.
func TestStatusAtNilRules(t *testing.T) {
	task := newTask("2024-03-01", "2024-03-15", "")
	if got := task.StatusAt(nil, date("2024-03-20")); got != StatusOverdue {
		t.Errorf("StatusAt with nil rules = %s, want overdue", got)
	}
}

// knowingDirectory returns a directory that knows every unit and person
// the tasks name: checking against it is what a Summary without a
// directory does (no lookups).
func knowingDirectory(t testing.TB, tasks []Task) *regulation.Directory {
	t.Helper()
	var units []regulation.Unit
	var people []regulation.Person
	seenU := map[regulation.UnitID]bool{"": true}
	seenP := map[regulation.PersonID]bool{"": true}
	unit := func(u regulation.UnitID) {
		if !seenU[u] {
			seenU[u] = true
			units = append(units, regulation.Unit{ID: u, Name: "Unit " + string(u), Kind: regulation.UnitKindDepartment})
		}
	}
	units = append(units, regulation.Unit{ID: "UBND", Name: "Ủy ban nhân dân tỉnh", Kind: regulation.UnitKindPPC})
	seenU["UBND"] = true
	for _, task := range tasks {
		for _, u := range append(slices.Clone(task.Lead), task.Coordinators...) {
			unit(u)
		}
		for _, e := range task.Extensions {
			if !seenP[e.ApprovedBy] {
				seenP[e.ApprovedBy] = true
				people = append(people, regulation.Person{ID: e.ApprovedBy, Name: "Person " + string(e.ApprovedBy),
					Unit: "UBND", Position: regulation.PositionViceChairman})
			}
		}
	}
	dir, fs := regulation.NewDirectory(units, people, nil)
	require.Empty(t, fs)
	return dir
}

// TestValidationAgreesWithSummary proves that a Summary counts as invalid
// exactly the tasks that Check reports as input.invalid (with the same
// directory, or without one against a directory that knows every id), as
// outside the tasks that Check reports nothing about because they were not
// assigned yet, and counts the others under the status StatusAt gives.
func TestValidationAgreesWithSummary(t *testing.T) {
	rules := regulation.KonTum2023()
	dir := taskDirectory(t)
	asOf := date("2024-03-20")
	valid := newTask("2024-03-01", "2024-03-15", "2024-03-10", newExtension("2024-03-05", "2024-03-20", "p0"))
	tasks := []Task{
		valid,
		newTask("2024-03-01", "2024-03-15", ""),
		newTask("2024-03-01", "", ""),
		newTask("2024-03-20", "2024-03-25", ""), // assigned on as_of
		newTask("2024-03-21", "2024-03-25", ""), // assigned after as_of: outside
		withChange(valid, func(t *Task) { t.ID = "" }),
		withChange(valid, func(t *Task) { t.Assigner = 7 }),
		withChange(valid, func(t *Task) { t.SourceDoc = "1272/UBND-KTTH" }),
		withChange(valid, func(t *Task) { t.SourceDoc = "1272 UBND" }),
		withChange(valid, func(t *Task) { t.Lead = []regulation.UnitID{"NOPE"} }),
		withChange(valid, func(t *Task) { t.Lead = nil }),
		withChange(valid, func(t *Task) { t.Coordinators = []regulation.UnitID{"SXD", "NOPE"} }),
		withChange(valid, func(t *Task) { t.Due = date("2024-02-01") }),
		withChange(valid, func(t *Task) { t.Extensions[0].ApprovedBy = "p7" }),
		withChange(valid, func(t *Task) { t.Extensions[0].NewDue = date("2024-03-01") }),
		withChange(valid, func(t *Task) { t.Assigned, t.Due = date("2024-04-01"), date("2024-03-01") }), // invalid and after as_of
	}
	for _, tc := range []struct {
		name         string
		summary, chk *regulation.Directory
	}{
		{"with a directory", dir, dir},
		{"without a directory", nil, knowingDirectory(t, tasks)},
	} {
		s := NewSummary(rules, asOf, SummaryOptions{Directory: tc.summary})
		wantInvalid, wantOutside := 0, 0
		var want tally
		for _, task := range tasks {
			s.Add(task)
			switch fs := Check(task, tc.chk, rules, asOf); {
			case fs.Has(regulation.InputInvalid):
				wantInvalid++
			case task.Assigned.After(asOf):
				require.Empty(t, fs, "a task assigned after as_of gets no finding")
				wantOutside++
			default:
				want[task.StatusAt(rules, asOf)]++
			}
		}
		if s.Invalid() != wantInvalid || s.Outside() != wantOutside {
			t.Errorf("%s: Summary.Invalid = %d, Outside = %d; Check reports %d invalid, %d not assigned yet",
				tc.name, s.Invalid(), s.Outside(), wantInvalid, wantOutside)
		}
		if diff := cmp.Diff(want.counts(), s.Total()); diff != "" {
			t.Errorf("%s: total (-StatusAt +Summary):\n%s", tc.name, diff)
		}
	}
}

func TestAssignerText(t *testing.T) {
	tests := []struct {
		name, reason string
		a            Assigner
		text, en     string
	}{
		{"government", "the case-file name", AssignerGovernment, "government", "the Government"},
		{"prime minister", "the case-file name", AssignerPrimeMinister, "prime_minister", "the Prime Minister"},
		{"ppc", "the case-file name", AssignerPPC, "ppc", "the PPC"},
		{"ppc chairman", "the case-file name", AssignerPPCChairman, "ppc_chairman", "the PPC Chairman"},
		{"vice chairman", "the case-file name", AssignerViceChairman, "vice_chairman", "a PPC Vice-chairman"},
		{"other", "the case-file name", AssignerOther, "other", "another authority"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := tc.a.MarshalText()
			require.NoError(t, err)
			var back Assigner
			require.NoError(t, back.UnmarshalText(b))
			got := []string{tc.a.String(), string(b), back.String(), tc.a.Localize(regulation.English)}
			if diff := cmp.Diff([]string{tc.text, tc.text, tc.text, tc.en}, got); diff != "" {
				t.Errorf("texts (-want +got):\n%s", diff)
			}
			if tc.a.Localize(regulation.Vietnamese) == "" {
				t.Errorf("no Vietnamese name")
			}
		})
	}
	var a Assigner
	require.ErrorIs(t, a.UnmarshalText([]byte("chairman")), regulation.ErrUnknownValue)
	if got := Assigner(200).Localize(regulation.English); got != "%!Assigner(200)" {
		t.Errorf("Localize out of range = %q", got)
	}
}

// TestTaskJSON reads the task of the case-file example and writes it back.
func TestTaskJSON(t *testing.T) {
	const in = `{"id":"T1","title":"…","assigner":"ppc_chairman","source_doc":"1272/UBND-KTTH",` +
		`"lead":["STC"],"coordinators":["SKHDT"],"assigned":"2023-03-01","due":"2023-03-31","done":"2023-04-05",` +
		`"extensions":[{"requested":"2023-03-28","new_due":"2023-04-10","approved_by":"p0"}]}`
	var task Task
	require.NoError(t, json.Unmarshal([]byte(in), &task))
	want := Task{
		ID: "T1", Title: "…", Assigner: AssignerPPCChairman, SourceDoc: "1272/UBND-KTTH",
		Lead: []regulation.UnitID{"STC"}, Coordinators: []regulation.UnitID{"SKHDT"},
		Assigned: date("2023-03-01"), Due: date("2023-03-31"), Done: date("2023-04-05"),
		Extensions: []Extension{newExtension("2023-03-28", "2023-04-10", "p0")},
	}
	if diff := cmp.Diff(want, task); diff != "" {
		t.Errorf("decoded (-want +got):\n%s", diff)
	}
	out, err := json.Marshal(task)
	require.NoError(t, err)
	if string(out) != in {
		t.Errorf("encoded\n%s\nwant\n%s", out, in)
	}
	// Optional fields are left out when unset.
	out, err = json.Marshal(newTask("2023-03-01", "", ""))
	require.NoError(t, err)
	if want := `{"id":"T1","assigner":"ppc_chairman","lead":["STC"],"assigned":"2023-03-01"}`; string(out) != want {
		t.Errorf("encoded\n%s\nwant\n%s", out, want)
	}
	// The case-file example: the extension of 28/3 counts (approved, two
	// working days before 31/3, which is a Friday); done 5/4 is on time.
	if got := task.StatusAt(regulation.KonTum2023(), date("2024-01-08")); got != StatusDoneOnTime {
		t.Errorf("status of the example task = %s, want done_on_time", got)
	}
}
