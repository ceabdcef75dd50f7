package task

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// The contract that the three checks of the package share with the checks
// of packages meeting and signoff: the same answer to the same bad
// argument, when a record comes into being, and lateness in both units.

// ctChecks runs each check of the package on one record of its kind: a
// valid one, or one that cannot be checked when broken is set.
func ctChecks(broken bool) map[string]func(*regulation.Directory, *regulation.Rules, calendar.Date) regulation.Findings {
	tk := newTask("2024-03-01", "2024-03-15", "")
	c := newConsultation(newReply("SXD", "", 0))
	s := newSubmission()
	if broken {
		tk.Lead = []regulation.UnitID{""}
		c.Lead = ""
		s.SignedBy = ""
	}
	return map[string]func(*regulation.Directory, *regulation.Rules, calendar.Date) regulation.Findings{
		"task": func(dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) regulation.Findings {
			return Check(tk, dir, rules, asOf)
		},
		"consultation": func(dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) regulation.Findings {
			return CheckConsultation(c, dir, rules, asOf)
		},
		"submission": func(dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) regulation.Findings {
			return CheckSubmission(s, dir, rules, asOf, SubmissionOptions{Consultations: testConsultations()})
		},
	}
}

// TestCheckArguments runs every check through every bad argument and
// asserts the same answer: one input.invalid per bad argument, with the
// argument as subject, and nothing else — whether the record is valid or
// not.
func TestCheckArguments(t *testing.T) {
	kt := regulation.KonTum2023()
	dir := kontumDirectory(t)
	good := date("2024-06-03")
	tests := []struct {
		name, reason string
		dir          *regulation.Directory
		rules        *regulation.Rules
		asOf         calendar.Date
		want         []string // subjects of the input.invalid findings, with their problem
	}{
		{"zero as_of", "never \"no cut-off\"", dir, kt, calendar.Date{}, []string{"as_of missing"}},
		{"as_of in year 10000", "outside what a date of a record can be", dir, kt, calendar.NewDate(10000, 1, 1), []string{"as_of out_of_range"}},
		{"as_of in year 0", "outside what a date of a record can be", dir, kt, calendar.NewDate(0, 12, 31), []string{"as_of out_of_range"}},
		{"nil directory", "never \"no lookups\"", nil, kt, good, []string{"directory missing"}},
		{"nil rules", "never an empty rule set", dir, nil, good, []string{"rules missing"}},
		{"everything missing", "one finding per bad argument, sorted", nil, nil, calendar.Date{},
			[]string{"as_of missing", "directory missing", "rules missing"}},
	}
	for _, broken := range []bool{false, true} {
		for kind, check := range ctChecks(broken) {
			for _, tc := range tests {
				t.Run(kind+"/"+tc.name, func(t *testing.T) {
					var got []string
					for _, f := range check(tc.dir, tc.rules, tc.asOf) {
						if f.Code != regulation.InputInvalid {
							t.Errorf("%s: finding %s besides the arguments' (%s)", kind, f.Code, tc.reason)
							continue
						}
						got = append(got, f.Subject+" "+f.Details["problem"].(regulation.Problem).String())
					}
					if diff := cmp.Diff(tc.want, got); diff != "" {
						t.Errorf("%s, broken record %t (%s) (-want +got):\n%s", kind, broken, tc.reason, diff)
					}
				})
			}
		}
	}
	// Decide has no as-of date; its other arguments follow the same rule.
	for _, tc := range tests {
		want := slices.DeleteFunc(slices.Clone(tc.want), func(s string) bool { return strings.HasPrefix(s, "as_of ") })
		if len(want) == 0 {
			continue // only as_of was wrong
		}
		d := Decide(newSubmission(), tc.dir, tc.rules, SubmissionOptions{})
		var got []string
		for _, f := range d.Deficiencies {
			got = append(got, f.Subject+" "+f.Details["problem"].(regulation.Problem).String())
		}
		if diff := cmp.Diff(want, got); diff != "" || d.Action != ActionUnknown || !d.Deadline.IsZero() {
			t.Errorf("Decide, %s: %s by %s (-want +got):\n%s", tc.name, d.Action, d.Deadline, diff)
		}
	}
}

// TestCheckExistence: a record comes into being on its first date (a task
// when assigned, a consultation when sent, a submission when received). The
// day before, it gets no finding at all, not even rules.not_in_force; from
// that day, it is checked. A record that cannot be checked is reported
// whatever its dates.
func TestCheckExistence(t *testing.T) {
	kt := regulation.KonTum2023()
	dir := kontumDirectory(t)
	// Every record is born on Mon 2/10/2023, before Kon Tum 2023 came into
	// force (14/10/2023): the consultation and the submission then get
	// rules.not_in_force, which must not show before they exist.
	born := date("2023-10-02")
	tk := withChange(newTask("2023-10-02", "2023-10-02", ""), func(t *Task) { t.Lead = []regulation.UnitID{"STC", "SXD"} })
	c := Consultation{ID: "C1", Lead: "STC", Sent: born, Replies: []Reply{newReply("SXD", "", 0)}}
	s := newSubmission(func(s *Submission) { s.Received = born })
	codes := func(fs regulation.Findings) []string {
		var out []string
		for _, f := range fs {
			out = append(out, string(f.Code)+" "+f.Subject)
		}
		return out
	}
	tests := []struct {
		name, reason string
		check        func(asOf calendar.Date) regulation.Findings
		before, on   []string // the findings the day before and on the day the record is born
	}{
		{"task", "the day it is assigned it has two leads and is due that day",
			func(asOf calendar.Date) regulation.Findings { return Check(tk, dir, kt, asOf) },
			nil, []string{"task.due_soon ", "task.lead_count "}},
		{"consultation", "sent before the regulation came into force",
			func(asOf calendar.Date) regulation.Findings { return CheckConsultation(c, dir, kt, asOf) },
			nil, []string{"rules.not_in_force "}},
		{"submission", "received before the regulation came into force; the Office's decision is due",
			func(asOf calendar.Date) regulation.Findings {
				return CheckSubmission(s, dir, kt, asOf, SubmissionOptions{})
			},
			nil, []string{"rules.not_in_force ", "submission.office_decision "}},
		{"invalid task", "an unknown unit is reported whatever the dates",
			func(asOf calendar.Date) regulation.Findings {
				return Check(withChange(tk, func(t *Task) { t.Lead = []regulation.UnitID{"SYT"} }), dir, kt, asOf)
			},
			[]string{"input.invalid lead[0]"}, []string{"input.invalid lead[0]"}},
		{"invalid consultation", "an unknown unit is reported whatever the dates",
			func(asOf calendar.Date) regulation.Findings {
				bad := c
				bad.Replies = []Reply{newReply("SYT", "", 0)}
				return CheckConsultation(bad, dir, kt, asOf)
			},
			[]string{"input.invalid replies[0].unit"}, []string{"input.invalid replies[0].unit"}},
		{"invalid submission", "an unknown signer is reported whatever the dates",
			func(asOf calendar.Date) regulation.Findings {
				return CheckSubmission(newSubmission(func(s *Submission) { s.Received, s.SignedBy = born, "p99" }), dir, kt, asOf, SubmissionOptions{})
			},
			[]string{"input.invalid signed_by"}, []string{"input.invalid signed_by"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.before, codes(tc.check(born.AddDays(-1)))); diff != "" {
				t.Errorf("the day before (-want +got), %s:\n%s", tc.reason, diff)
			}
			if diff := cmp.Diff(tc.on, codes(tc.check(born))); diff != "" {
				t.Errorf("the day it is born (-want +got), %s:\n%s", tc.reason, diff)
			}
			if len(tc.check(born.AddDays(1))) == 0 {
				t.Errorf("the day after: no finding, want the record checked (%s)", tc.reason)
			}
		})
	}
}

// TestLatenessAcrossTet2026 gives every code that reports a delay a delay
// across Tết 2026 (Mon 16 to Fri 20/02/2026 off): from Thu 12/02/2026 to
// Mon 23/02/2026 is 11 days but 2 working days (Fri 13 and Mon 23), in the
// details and in both messages.
func TestLatenessAcrossTet2026(t *testing.T) {
	kt := regulation.KonTum2023()
	dir := kontumDirectory(t)
	deadline, later := date("2026-02-12"), date("2026-02-23")
	must := func(ok bool, what string) {
		t.Helper()
		if !ok {
			t.Fatalf("calendar: %s", what)
		}
	}
	cal := kt.WorkCalendar()
	must(!cal.IsWorkday(date("2026-02-16")) && !cal.IsWorkday(date("2026-02-20")), "Tết 2026 keeps 16–20/02 off")
	must(cal.AddWorkdays(date("2026-02-05"), 5) == deadline, "five working days after Thu 5/2/2026 is Thu 12/2")
	must(cal.AddWorkdays(date("2026-02-09"), 3) == deadline, "three working days after Mon 9/2/2026 is Thu 12/2")

	tests := []struct {
		name, reason string
		code         regulation.Code
		fs           regulation.Findings
	}{
		{"task done late", "deadline → done", regulation.TaskDoneLate,
			Check(newTask("2026-01-05", "2026-02-12", "2026-02-23"), dir, kt, date("2026-03-02"))},
		{"task overdue", "deadline → as_of", regulation.TaskOverdue,
			Check(newTask("2026-01-05", "2026-02-12", ""), dir, kt, later)},
		{"reply late", "deadline → received", regulation.ConsultReplyLate,
			CheckConsultation(Consultation{ID: "C1", Lead: "STC", Sent: date("2026-02-02"), Due: deadline,
				Replies: []Reply{newReply("SXD", "2026-02-23", StanceAgree)}}, dir, kt, date("2026-03-02"))},
		{"reply missing", "deadline → as_of", regulation.ConsultReplyMissing,
			CheckConsultation(Consultation{ID: "C1", Lead: "STC", Sent: date("2026-02-02"), Due: deadline,
				Replies: []Reply{newReply("SXD", "", 0)}}, dir, kt, later)},
		{"unresolved disagreement", "escalate_by (reply deadline Thu 5/2 + 5 working days) → as_of",
			regulation.ConsultUnresolvedDisagreement,
			CheckConsultation(Consultation{ID: "C1", Lead: "STC", Sent: date("2026-02-02"), Due: date("2026-02-05"),
				Replies: []Reply{newReply("SKHDT", "2026-02-05", StanceDisagree)}}, dir, kt, later)},
		{"not returned", "return deadline (Mon 9/2 + 3 working days) → as_of", regulation.SubmissionReturnLate,
			CheckSubmission(newSubmission(withoutPosition, func(s *Submission) { s.Received = date("2026-02-09") }), dir, kt, later, SubmissionOptions{})},
		{"returned late", "return deadline → the return", regulation.SubmissionReturnLate,
			CheckSubmission(newSubmission(withoutPosition, func(s *Submission) { s.Received = date("2026-02-09") }, withOffice(ActionReturn, "2026-02-23")),
				dir, kt, date("2026-03-02"), SubmissionOptions{})},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := slices.IndexFunc(tc.fs, func(f regulation.Finding) bool { return f.Code == tc.code })
			if i < 0 {
				t.Fatalf("no %s among %v (%s)", tc.code, tc.fs, tc.reason)
			}
			f := tc.fs[i]
			d := f.Details
			if diff := cmp.Diff([]any{11, 2}, []any{d["late_days"], d["late_workdays"]}); diff != "" {
				t.Errorf("%s late_days, late_workdays (-want +got), %s:\n%s", tc.code, tc.reason, diff)
			}
			from := "deadline" // the day the lateness counts from
			if tc.code == regulation.ConsultUnresolvedDisagreement {
				from = "escalate_by"
			}
			if d[from] != deadline {
				t.Errorf("%s %s = %v, want %s", tc.code, from, d[from], deadline)
			}
			vi, en := f.Message(regulation.Vietnamese), f.Message(regulation.English)
			if !strings.Contains(vi, "trễ 11 ngày (2 ngày làm việc)") || !strings.Contains(en, "11 days late (2 working days)") {
				t.Errorf("%s messages do not give both units:\n%s\n%s", tc.code, vi, en)
			}
		})
	}
}
