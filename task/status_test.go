package task

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
)

// date returns the date written "2024-02-10"; "" gives the zero date.
func date(s string) calendar.Date {
	if s == "" {
		return calendar.Date{}
	}
	return calendar.MustParseDate(s)
}

// newTask returns the task "T1" assigned by the PPC Chairman to STC, with the
// given dates ("" for none) and extensions.
func newTask(assigned, due, done string, exts ...Extension) Task {
	return Task{
		ID: "T1", Assigner: AssignerPPCChairman, Lead: []regulation.UnitID{"STC"},
		Assigned: date(assigned), Due: date(due), Done: date(done), Extensions: exts,
	}
}

// newExtension returns an extension requested on requested to newDue, approved by
// approver ("" for not approved).
func newExtension(requested, newDue string, approver regulation.PersonID) Extension {
	return Extension{Requested: date(requested), NewDue: date(newDue), ApprovedBy: approver}
}

// Calendar facts used below (see the calendar package documentation): Fri 2024-03-15 and Mon 2024-03-18
// are working days; Tết 2024 keeps Thu 8/2 to Wed 14/2 off; 2023-09-01 (Fri)
// and 2023-09-04 (Mon) are National Day holidays, so a deadline of Sat
// 2023-09-02 moves to Tue 2023-09-05.
func TestStatusAt(t *testing.T) {
	rules := regulation.KonTum2023() // ExtensionLead 1
	dir := taskDirectory(t)
	tests := []struct {
		name, reason string
		task         Task
		asOf         string
		want         Status
		deadline     string // the effective deadline as of asOf, "" for none
	}{
		{"due today", "a deadline date means until 24:00 of that day (BLDS 148(6))",
			newTask("2024-03-01", "2024-03-15", ""), "2024-03-15", StatusInProgress, "2024-03-15"},
		{"due yesterday", "from D+1 the task is late, even on a Saturday",
			newTask("2024-03-01", "2024-03-15", ""), "2024-03-16", StatusOverdue, "2024-03-15"},
		{"due tomorrow", "the deadline has not passed",
			newTask("2024-03-01", "2024-03-15", ""), "2024-03-14", StatusInProgress, "2024-03-15"},
		{"done on the due date", "work done on D is on time",
			newTask("2024-03-01", "2024-03-15", "2024-03-15"), "2024-03-20", StatusDoneOnTime, "2024-03-15"},
		{"done the day after the due date", "from D+1 it is late",
			newTask("2024-03-01", "2024-03-15", "2024-03-16"), "2024-03-20", StatusDoneLate, "2024-03-15"},
		{"done before the assignment day's end", "done on the day assigned",
			newTask("2024-03-01", "2024-03-15", "2024-03-01"), "2024-03-01", StatusDoneOnTime, "2024-03-15"},
		{"done on as_of", "an event on as_of has happened",
			newTask("2024-03-01", "2024-03-15", "2024-03-18"), "2024-03-18", StatusDoneLate, "2024-03-15"},
		{"done after as_of, deadline passed", "an event after as_of has not happened yet",
			newTask("2024-03-01", "2024-03-15", "2024-03-20"), "2024-03-18", StatusOverdue, "2024-03-15"},
		{"done after as_of, deadline not passed", "an event after as_of has not happened yet",
			newTask("2024-03-01", "2024-03-15", "2024-03-20"), "2024-03-14", StatusInProgress, "2024-03-15"},
		{"due on Tết, done on the next working day", "due Sat 10/02/2024, done Thu 15/02/2024 is on time (BLDS 148(5))",
			newTask("2024-01-15", "2024-02-10", "2024-02-15"), "2024-03-01", StatusDoneOnTime, "2024-02-15"},
		{"due on Tết, done a day later", "the moved deadline is Thu 15/02; Fri 16/02 is late",
			newTask("2024-01-15", "2024-02-10", "2024-02-16"), "2024-03-01", StatusDoneLate, "2024-02-15"},
		{"due on Tết, as_of during the holiday", "the deadline has moved past as_of",
			newTask("2024-01-15", "2024-02-10", ""), "2024-02-14", StatusInProgress, "2024-02-15"},
		{"due on a Saturday before National Day, as_of Tuesday", "Sat 2/9/2023 moves past Mon 4/9 (holiday) to Tue 5/9",
			newTask("2023-08-01", "2023-09-02", ""), "2023-09-05", StatusInProgress, "2023-09-05"},
		{"due on a Saturday before National Day, as_of Wednesday", "the moved deadline has passed",
			newTask("2023-08-01", "2023-09-02", ""), "2023-09-06", StatusOverdue, "2023-09-05"},
		{"no due date", "no deadline, whatever else",
			newTask("2024-03-01", "", ""), "2024-12-31", StatusNoDeadline, ""},
		{"no due date, done", "no deadline even when done",
			newTask("2024-03-01", "", "2024-03-05"), "2024-12-31", StatusNoDeadline, ""},
		{"extension requested the working day before the deadline", "CountWorkdays(14/3, 15/3) = 1 ≥ ExtensionLead",
			newTask("2024-03-01", "2024-03-15", "", newExtension("2024-03-14", "2024-03-29", "p0")), "2024-03-20", StatusInProgress, "2024-03-29"},
		{"extension requested on the deadline", "requested on the deadline in force: late, ignored",
			newTask("2024-03-01", "2024-03-15", "", newExtension("2024-03-15", "2024-03-29", "p0")), "2024-03-20", StatusOverdue, "2024-03-15"},
		{"extension requested after the deadline", "late, ignored",
			newTask("2024-03-01", "2024-03-15", "", newExtension("2024-03-18", "2024-03-29", "p0")), "2024-03-20", StatusOverdue, "2024-03-15"},
		{"extension requested on the Friday for a Monday deadline", "CountWorkdays(Fri, Mon) = 1",
			newTask("2024-03-01", "2024-03-18", "", newExtension("2024-03-15", "2024-03-29", "p0")), "2024-03-20", StatusInProgress, "2024-03-29"},
		{"extension requested on a Saturday due date", "the deadline in force is Monday; (Sat, Mon] holds one working day",
			newTask("2024-03-01", "2024-03-16", "", newExtension("2024-03-16", "2024-03-29", "p0")), "2024-03-20", StatusInProgress, "2024-03-29"},
		{"unapproved extension", "ignored",
			newTask("2024-03-01", "2024-03-15", "", newExtension("2024-03-10", "2024-03-29", "")), "2024-03-20", StatusOverdue, "2024-03-15"},
		{"extension requested after as_of", "it has not happened yet as of 19/3",
			newTask("2024-03-01", "2024-03-29", "", newExtension("2024-03-20", "2024-04-30", "p0")), "2024-03-19", StatusInProgress, "2024-03-29"},
		{"extension requested before as_of", "the same extension, as of 1/4; Tue 30/4 is a holiday, moved to Thu 2/5",
			newTask("2024-03-01", "2024-03-29", "", newExtension("2024-03-20", "2024-04-30", "p0")), "2024-04-01", StatusInProgress, "2024-05-02"},
		{"extension to a day off", "the new deadline Sat 4/5/2024 is a working Saturday (the 2024 schedule)",
			newTask("2024-03-01", "2024-03-29", "2024-05-04", newExtension("2024-03-20", "2024-05-04", "p0")), "2024-06-01", StatusDoneOnTime, "2024-05-04"},
		{"extension to a holiday", "the new deadline Tue 30/4/2024 moves to Thu 2/5",
			newTask("2024-03-01", "2024-03-29", "2024-05-02", newExtension("2024-03-20", "2024-04-30", "p0")), "2024-06-01", StatusDoneOnTime, "2024-05-02"},
		{"extensions listed out of order", "processed in order of request: 10/3 (to 29/3), then 25/3 (to 15/4)",
			newTask("2024-03-01", "2024-03-15", "", newExtension("2024-03-25", "2024-04-15", "p0"), newExtension("2024-03-10", "2024-03-29", "p0")),
			"2024-04-10", StatusInProgress, "2024-04-15"},
		{"second extension judged by the first one's deadline", "requested on the extended deadline 22/3: late",
			newTask("2024-03-01", "2024-03-15", "", newExtension("2024-03-14", "2024-03-22", "p0"), newExtension("2024-03-22", "2024-04-05", "p0")),
			"2024-03-25", StatusOverdue, "2024-03-22"},
		{"second extension in time for the first one's deadline", "requested 20/3 for the extended deadline 22/3",
			newTask("2024-03-01", "2024-03-15", "", newExtension("2024-03-14", "2024-03-22", "p0"), newExtension("2024-03-20", "2024-04-05", "p0")),
			"2024-03-25", StatusInProgress, "2024-04-05"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			asOf := date(tc.asOf)
			if got := tc.task.StatusAt(rules, asOf); got != tc.want {
				t.Errorf("StatusAt(%s) = %s, want %s (%s)", tc.asOf, got, tc.want, tc.reason)
			}
			got, ok := tc.task.DeadlineAt(rules, asOf)
			if ok != (tc.deadline != "") || got != date(tc.deadline) {
				t.Errorf("DeadlineAt(%s) = %s, %t; want %q (%s)", tc.asOf, got, ok, tc.deadline, tc.reason)
			}
			// Check must agree with the status.
			fs := Check(tc.task, dir, rules, asOf)
			for code, st := range map[regulation.Code]Status{
				regulation.TaskOverdue: StatusOverdue, regulation.TaskDoneLate: StatusDoneLate,
			} {
				if fs.Has(code) != (tc.want == st) {
					t.Errorf("Check has %s = %t, want %t", code, fs.Has(code), tc.want == st)
				}
			}
		})
	}
}

func TestEffectiveDeadline(t *testing.T) {
	rules := regulation.KonTum2023()
	tests := []struct {
		name, reason string
		task         Task
		want         string // "" for no deadline
	}{
		{"no due date", "no deadline", newTask("2024-03-01", "", ""), ""},
		{"working day", "unchanged", newTask("2024-03-01", "2024-03-15", ""), "2024-03-15"},
		{"day off", "moved to the next working day", newTask("2024-01-15", "2024-02-10", ""), "2024-02-15"},
		{"every recorded extension", "EffectiveDeadline has no as-of date",
			newTask("2024-03-01", "2024-03-29", "", newExtension("2024-03-20", "2024-04-30", "p0")), "2024-05-02"},
		{"late and unapproved extensions ignored", "only the approved, timely one counts",
			newTask("2024-03-01", "2024-03-29", "", newExtension("2024-03-20", "2024-04-30", ""), newExtension("2024-03-29", "2024-05-30", "p0")), "2024-03-29"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.task.EffectiveDeadline(rules)
			if ok != (tc.want != "") || got != date(tc.want) {
				t.Errorf("EffectiveDeadline = %s, %t; want %q (%s)", got, ok, tc.want, tc.reason)
			}
		})
	}
}

// TestExtensionLeadParameter shows that the lead time is the rule set's
// parameter, not a constant.
func TestExtensionLeadParameter(t *testing.T) {
	task := newTask("2024-03-01", "2024-03-15", "", newExtension("2024-03-13", "2024-03-29", "p0"))
	tests := []struct {
		name, reason string
		lead         int
		want         string
	}{
		{"lead 1", "two working days before (13/3 → 15/3) is enough", 1, "2024-03-29"},
		{"lead 2", "exactly two working days", 2, "2024-03-29"},
		{"lead 3", "two working days are not enough", 3, "2024-03-15"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rules := regulation.KonTum2023()
			rules.Task.ExtensionLead = tc.lead
			got, _ := task.EffectiveDeadline(rules)
			if got != date(tc.want) {
				t.Errorf("EffectiveDeadline = %s, want %s (%s)", got, tc.want, tc.reason)
			}
		})
	}
}

// TestExtensionsManyOutOfOrder covers a task with more extensions than
// inRequestOrder orders without allocating: they are processed in order of
// request, ties in list order.
func TestExtensionsManyOutOfOrder(t *testing.T) {
	rules := regulation.KonTum2023()
	base := date("2024-01-02")
	task := newTask("2024-01-02", "2024-12-31", "")
	// Extensions requested on days 40, 39, …, 1 after 2 Jan, each moving the
	// deadline a day later than the previous; the last one processed (day
	// 40) sets it, whatever the list order.
	for i := 40; i >= 1; i-- {
		task.Extensions = append(task.Extensions, Extension{
			Requested: base.AddDays(i), NewDue: date("2024-12-31").AddDays(i), ApprovedBy: "p0",
		})
	}
	// A tie on the last day: list order decides, so this one comes last.
	task.Extensions = append(task.Extensions, Extension{Requested: base.AddDays(40), NewDue: date("2025-03-03"), ApprovedBy: "p0"})
	got, _ := task.EffectiveDeadline(rules)
	if want := date("2025-03-03"); got != want {
		t.Errorf("EffectiveDeadline = %s, want %s", got, want)
	}
	var order []int
	inRequestOrder(task.Extensions, func(i int) { order = append(order, i) })
	want := []int{39, 38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20,
		19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 40}
	if diff := cmp.Diff(want, order); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
}

func TestInRequestOrder(t *testing.T) {
	tests := []struct {
		name, reason string
		requested    []string
		want         []int
	}{
		{"empty", "nothing to visit", nil, nil},
		{"sorted", "list order", []string{"2024-01-01", "2024-01-02"}, []int{0, 1}},
		{"reversed", "by date", []string{"2024-01-02", "2024-01-01"}, []int{1, 0}},
		{"ties keep list order", "stable", []string{"2024-01-03", "2024-01-01", "2024-01-03", "2024-01-01"}, []int{1, 3, 0, 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			es := make([]Extension, len(tc.requested))
			for i, r := range tc.requested {
				es[i].Requested = date(r)
			}
			var got []int
			inRequestOrder(es, func(i int) { got = append(got, i) })
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("order (-want +got), %s:\n%s", tc.reason, diff)
			}
		})
	}
}

func TestStatusText(t *testing.T) {
	tests := []struct {
		name, reason string
		s            Status
		text         string
		vi, en       string
	}{
		{"no deadline", "the case-file name", StatusNoDeadline, "no_deadline", "không có thời hạn", "no deadline"},
		{"in progress", "the case-file name", StatusInProgress, "in_progress", "đang thực hiện", "in progress"},
		{"overdue", "the case-file name", StatusOverdue, "overdue", "quá hạn", "overdue"},
		{"done on time", "the case-file name", StatusDoneOnTime, "done_on_time", "hoàn thành đúng hạn", "done on time"},
		{"done late", "the case-file name", StatusDoneLate, "done_late", "hoàn thành trễ hạn", "done late"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := tc.s.MarshalText()
			require.NoError(t, err)
			var back Status
			require.NoError(t, back.UnmarshalText(b))
			got := []string{tc.s.String(), string(b), back.String(), tc.s.Localize(regulation.Vietnamese), tc.s.Localize(regulation.English)}
			want := []string{tc.text, tc.text, tc.text, tc.vi, tc.en}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("texts (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("out of range", func(t *testing.T) {
		if got := Status(42).String(); got != "%!Status(42)" {
			t.Errorf("String = %q", got)
		}
		_, err := Status(42).MarshalText()
		require.ErrorIs(t, err, regulation.ErrUnknownValue)
		var s Status
		require.ErrorIs(t, s.UnmarshalText([]byte("late")), regulation.ErrUnknownValue)
		var e *regulation.EnumError
		require.True(t, errors.As(s.UnmarshalText([]byte("late")), &e))
	})
	t.Run("json", func(t *testing.T) {
		b, err := json.Marshal(map[string]Status{"s": StatusDoneLate})
		require.NoError(t, err)
		if got := string(b); got != `{"s":"done_late"}` {
			t.Errorf("json = %s", got)
		}
	})
}

// FuzzStatus checks invariants on tasks built from random dates and
// extensions: nothing panics; Check agrees with StatusAt and with a
// Summary (invalid, not assigned yet, or counted under its status); a
// summary's rows add up to its total.
func FuzzStatus(f *testing.F) {
	f.Add(int16(0), int16(14), int16(14), int16(14), int16(13), int16(28), true, uint8(1), uint8(4))
	f.Add(int16(40), int16(0), int16(-1), int16(3), int16(3), int16(1), false, uint8(0), uint8(1))
	f.Add(int16(-4000), int16(20), int16(21), int16(30), int16(19), int16(-2), true, uint8(2), uint8(9))
	f.Add(int16(22000), int16(-1), int16(0), int16(0), int16(0), int16(0), true, uint8(1), uint8(0))
	rules := regulation.KonTum2023()
	dir, dfs := regulation.NewDirectory(
		[]regulation.Unit{{ID: "UBND", Name: "UBND", Kind: regulation.UnitKindPPC},
			{ID: "U", Name: "U", Kind: regulation.UnitKindDepartment}, {ID: "Ux", Name: "Ux", Kind: regulation.UnitKindDepartment},
			{ID: "Uxx", Name: "Uxx", Kind: regulation.UnitKindDepartment}},
		[]regulation.Person{{ID: "p0", Name: "p0", Unit: "UBND", Position: regulation.PositionChairman},
			{ID: "p1", Name: "p1", Unit: "UBND", Position: regulation.PositionViceChairman}},
		nil)
	require.Empty(f, dfs)
	base := date("2024-01-01")
	f.Fuzz(func(t *testing.T, assigned, due, done, asOf, requested, newDue int16, approved bool, leads, assigner uint8) {
		a := base.AddDays(int(assigned))
		task := Task{ID: "T", Assigner: Assigner(assigner % 8), Assigned: a}
		if assigner >= 200 {
			task.Assigned = calendar.NewDate(int(assigner)*50-800, 1, 1) // around the year limits
		}
		for i := range int(leads % 4) {
			task.Lead = append(task.Lead, regulation.UnitID("U"+strings.Repeat("x", i)))
		}
		// Offsets of -1 leave a date out.
		if due >= 0 {
			task.Due = a.AddDays(int(due) - 5)
		}
		if done >= 0 {
			task.Done = a.AddDays(int(done) - 5)
		}
		if requested >= 0 {
			e := Extension{Requested: a.AddDays(int(requested) - 5), NewDue: a.AddDays(int(requested) + int(newDue))}
			if approved {
				e.ApprovedBy = "p0"
			}
			task.Extensions = []Extension{e, {Requested: e.Requested.AddDays(-3), NewDue: e.NewDue.AddDays(7), ApprovedBy: "p1"}}
		}
		at := a.AddDays(int(asOf))

		st := task.StatusAt(rules, at)
		fs := Check(task, dir, rules, at)
		s := NewSummary(rules, at, SummaryOptions{Directory: dir})
		s.Add(task)
		s.Add(task)

		invalid := fs.Has(regulation.InputInvalid)
		if _, bad := validateTask(&task, dir, nil); bad != invalid || plainTask(&task) && bad {
			t.Fatalf("plainTask %t, validateTask %t, Check %v", plainTask(&task), bad, fs)
		}
		if invalid {
			if len(fs) != 1 || s.Invalid() != 2 || s.Outside() != 0 || s.Total().Tasks() != 0 {
				t.Fatalf("invalid task: findings %v, summary invalid %d, outside %d, total %+v", fs, s.Invalid(), s.Outside(), s.Total())
			}
			return
		}
		if task.Assigned.After(at) {
			if len(fs) != 0 || s.Outside() != 2 || s.Invalid() != 0 || s.Total().Tasks() != 0 {
				t.Fatalf("task assigned after as_of: findings %v, summary outside %d, invalid %d, total %+v",
					fs, s.Outside(), s.Invalid(), s.Total())
			}
			return
		}
		if s.Invalid() != 0 || s.Outside() != 0 || s.Total().Of(st) != 2 || s.Total().Tasks() != 2 {
			t.Fatalf("status %s: summary %+v, invalid %d", st, s.Total(), s.Invalid())
		}
		if fs.Has(regulation.TaskOverdue) != (st == StatusOverdue) || fs.Has(regulation.TaskDoneLate) != (st == StatusDoneLate) {
			t.Fatalf("status %s but findings %v", st, fs)
		}
		if fs.Has(regulation.TaskDueSoon) && st != StatusInProgress {
			t.Fatalf("due_soon with status %s", st)
		}
		deadline, ok := task.DeadlineAt(rules, at)
		if ok != (st != StatusNoDeadline) {
			t.Fatalf("DeadlineAt ok = %t with status %s", ok, st)
		}
		if ok && !rules.WorkCalendar().IsWorkday(deadline) && rules.WorkCalendar().Covers(deadline) {
			t.Fatalf("deadline %s is not a working day", deadline)
		}
		switch st {
		case StatusOverdue:
			if !at.After(deadline) {
				t.Fatalf("overdue as of %s with deadline %s", at, deadline)
			}
		case StatusInProgress:
			if at.After(deadline) {
				t.Fatalf("in progress as of %s with deadline %s", at, deadline)
			}
		}
		for _, f := range fs {
			if m := regulationtest.MissingDetails(f); m != nil {
				t.Fatalf("%s lacks details %v", f.Code, m)
			}
		}
		checkSummaryAddsUp(t, s)
	})
}
