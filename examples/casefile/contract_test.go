package casefile_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/meeting/meetingtest"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/signoff/signofftest"
	"github.com/quyche/quyche/task"
	"github.com/quyche/quyche/task/tasktest"
)

// aCheck is one of quyche's checks with a valid record of its kind, its
// first date, and the kind and id of its findings.
type aCheck struct {
	name  string
	kind  regulation.RecordKind
	id    string
	born  calendar.Date
	check func(dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) regulation.Findings
}

// allChecks lists every check of quyche with a valid record of the test
// province (regulationtest.Province).
func allChecks() []aCheck {
	t := tasktest.Task()
	c := tasktest.Consultation()
	s := tasktest.Submission()
	m := meetingtest.Meeting()
	r := signofftest.Record()
	d := signofftest.Delegation()
	cons := task.SubmissionOptions{Consultations: map[string]task.Consultation{c.ID: c}}
	dels := signofftest.Options(d)
	return []aCheck{
		{"task.Check", regulation.RecordKindTask, t.ID, t.Assigned, func(dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) regulation.Findings {
			return task.Check(t, dir, rules, asOf)
		}},
		{"task.CheckConsultation", regulation.RecordKindConsultation, c.ID, c.Sent, func(dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) regulation.Findings {
			return task.CheckConsultation(c, dir, rules, asOf)
		}},
		{"task.CheckSubmission", regulation.RecordKindSubmission, s.ID, s.Received, func(dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) regulation.Findings {
			return task.CheckSubmission(s, dir, rules, asOf, cons)
		}},
		{"meeting.Check", regulation.RecordKindMeeting, m.ID, m.Date, func(dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) regulation.Findings {
			return meeting.Check(m, dir, rules, asOf)
		}},
		{"signoff.Check", regulation.RecordKindRecord, r.ID, r.Date, func(dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) regulation.Findings {
			return signoff.Check(r, dir, rules, asOf, dels)
		}},
		{"signoff.CheckDelegation", regulation.RecordKindDelegation, d.ID, d.ValidFrom, func(dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) regulation.Findings {
			return signoff.CheckDelegation(d, dir, rules, asOf, dels)
		}},
	}
}

// TestOneArgumentContract runs every check through every bad argument and
// asserts the same answer from all: input.invalid on the argument, nothing
// else, whatever the package.
func TestOneArgumentContract(t *testing.T) {
	dir := regulationtest.Province()
	rules := regulation.KonTum2023()
	asOf := tasktest.AsOf()
	args := []struct {
		name   string
		dir    *regulation.Directory
		rules  *regulation.Rules
		asOf   calendar.Date
		fields []string // the subjects of the input.invalid findings, in order
		reason string
	}{
		{"zero as_of", dir, rules, calendar.Date{}, []string{"as_of"}, "a zero as_of is never \"no cut-off\""},
		{"as_of out of range", dir, rules, calendar.NewDate(10000, 1, 1), []string{"as_of"}, "outside the years 0001–9999"},
		{"nil rules", dir, nil, asOf, []string{"rules"}, "no rule set, no judgement"},
		{"nil directory", nil, rules, asOf, []string{"directory"}, "a nil directory never means \"skip lookups\""},
		{"everything missing", nil, nil, calendar.Date{}, []string{"as_of", "directory", "rules"}, "every bad argument at once"},
	}
	for _, c := range allChecks() {
		for _, a := range args {
			t.Run(c.name+"/"+a.name, func(t *testing.T) {
				want := regulation.CheckArguments(c.kind, c.id, a.dir, a.rules, a.asOf)
				got := c.check(a.dir, a.rules, a.asOf)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s (-want +got):\n%s", a.reason, diff)
				}
				var fields []string
				for _, f := range got {
					if f.Code != regulation.InputInvalid || f.Kind != c.kind || f.Record != c.id {
						t.Errorf("%s: unexpected %s %s %s", a.reason, f.Code, f.Kind, f.Record)
					}
					fields = append(fields, f.Subject)
				}
				if diff := cmp.Diff(a.fields, fields); diff != "" {
					t.Errorf("subjects (-want +got):\n%s", diff)
				}
			})
		}
	}
}

// TestOneExistenceContract asserts that no check reports anything about a
// record as of the day before it comes into being, and that every check
// sees it on that day.
func TestOneExistenceContract(t *testing.T) {
	dir := regulationtest.Province()
	rules := regulation.KonTum2023()
	for _, c := range allChecks() {
		t.Run(c.name, func(t *testing.T) {
			if fs := c.check(dir, rules, c.born.AddDays(-1)); len(fs) != 0 {
				t.Errorf("as of the day before %v: %v; a record that does not exist yet gets no finding", c.born, fs)
			}
			for _, f := range c.check(dir, rules, c.born) {
				if f.Code == regulation.InputInvalid {
					t.Errorf("the test record is valid: %v", f)
				}
			}
		})
	}
}
