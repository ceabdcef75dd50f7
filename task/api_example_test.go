package task_test

import (
	"fmt"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
	"github.com/quyche/quyche/task"
	"github.com/quyche/quyche/task/tasktest"
)

// The examples of this file show the entry points of the package one by
// one; the test province and records come from packages regulationtest and
// tasktest.

func ExampleTask_StatusAt() {
	rules := regulation.KonTum2023()
	t := tasktest.Task(func(t *task.Task) { t.Due = calendar.NewDate(2024, 3, 15) })
	for _, asOf := range []calendar.Date{calendar.NewDate(2024, 3, 15), calendar.NewDate(2024, 3, 18)} {
		st := t.StatusAt(rules, asOf)
		fmt.Println(asOf, st, st.IsLate(), st.Localize(regulation.Vietnamese))
	}
	// Output:
	// 2024-03-15 in_progress false đang thực hiện
	// 2024-03-18 overdue true quá hạn
}

func ExampleTask_EffectiveDeadline() {
	rules := regulation.KonTum2023()
	t := tasktest.Task(func(t *task.Task) {
		t.Due = calendar.NewDate(2024, 4, 15)
		t.Extensions = []task.Extension{{
			Requested: calendar.NewDate(2024, 4, 10), NewDue: calendar.NewDate(2024, 4, 27), ApprovedBy: regulationtest.Chairman,
		}}
	})
	final, _ := t.EffectiveDeadline(rules) // 27 April 2024 is a Saturday, then the 30 April and 1 May holidays
	before, _ := t.DeadlineAt(rules, calendar.NewDate(2024, 4, 9))
	fmt.Println(final, before)
	_, ok := tasktest.Task(func(t *task.Task) { t.Due = calendar.Date{} }).EffectiveDeadline(rules)
	fmt.Println(ok)
	// Output:
	// 2024-05-02 2024-04-15
	// false
}

func ExampleConsultation_ReplyDeadline() {
	rules := regulation.KonTum2023()
	c := tasktest.Consultation()
	fmt.Println(c.Sent, c.ReplyDeadline(rules))
	c.Due = calendar.NewDate(2024, 3, 16) // a Saturday: moved to Monday
	fmt.Println(c.ReplyDeadline(rules))
	// Output:
	// 2024-03-04 2024-03-15
	// 2024-03-18
}

func ExampleCheckSubmission() {
	rules := regulation.KonTum2023()
	s := tasktest.Submission(func(s *task.Submission) {
		s.Components = []regulation.Component{regulation.ComponentStatement} // the draft is missing
		s.Office = task.Office{}                                             // the Office has not acted
	})
	for _, f := range task.CheckSubmission(s, regulationtest.Province(), rules, tasktest.AsOf(), tasktest.SubmissionOptions()) {
		fmt.Printf("%s %s: %s\n", f.Code, f.Subject, f.Message(regulation.English))
	}
	// Output:
	// submission.missing_component draft: the dossier lacks a component: draft
	// submission.office_decision : PPC Office: return; return deadline 2024-03-25; deficiencies: missing draft
	// submission.return_late : the deficient dossier had to be returned by 2024-03-25; returned: none (as of 2024-03-29); 4 days late (4 working days)
}

func ExampleDecision_DeficiencyList() {
	s := tasktest.Submission(func(s *task.Submission) { s.OwnPosition = false; s.Components = nil })
	d := task.Decide(s, regulationtest.Province(), regulation.KonTum2023(), tasktest.SubmissionOptions())
	fmt.Println(d.Action, d.Deadline, d.DeficiencyList())
	// Output:
	// return 2024-03-25 [submission.missing_component: draft submission.missing_component: statement submission.no_own_position]
}

func ExampleNewSummary() {
	dir := regulationtest.Province()
	year := regulation.ReportingPeriod{From: calendar.NewDate(2024, 1, 1), To: calendar.NewDate(2024, 12, 31)}
	s := task.NewSummary(regulation.KonTum2023(), calendar.NewDate(2024, 4, 30), task.SummaryOptions{Directory: dir, Period: year})
	s.Add(tasktest.Task())                                                                                          // in progress, due 15 April: overdue
	s.Add(tasktest.Task(func(t *task.Task) { t.Done = calendar.NewDate(2024, 4, 12) }))                             // done on time
	s.Add(tasktest.Task(func(t *task.Task) { t.Lead = []regulation.UnitID{"nowhere"} }))                            // invalid: unknown unit
	s.Add(tasktest.Task(func(t *task.Task) { t.Assigned, t.Due = calendar.NewDate(2023, 12, 1), calendar.Date{} })) // outside the period
	s.AddInvalid()                                                                                                  // a record the decoder rejected
	fmt.Println(s.AsOf(), s.Period(), s.Total().Tasks(), s.Invalid(), s.Outside())
	// Output:
	// 2024-04-30 2024-01-01..2024-12-31 2 2 1
}

func ExampleSummary_Total() {
	d := calendar.MustParseDate
	s := task.Summarize([]task.Task{
		tasktest.Task(func(t *task.Task) { t.Due, t.Done = d("2024-03-15"), d("2024-03-20") }),
		tasktest.Task(func(t *task.Task) { t.Due = d("2024-03-15") }),
		tasktest.Task(func(t *task.Task) { t.Due, t.Done = d("2024-03-15"), d("2024-03-14") }),
		tasktest.Task(func(t *task.Task) { t.Due = calendar.Date{} }),
	}, regulation.KonTum2023(), tasktest.AsOf())
	c := s.Total()
	fmt.Printf("%+v\n", c)
	fmt.Println(c.Tasks(), c.Of(task.StatusOverdue), c.Of(task.StatusUnknown))
	if r, ok := c.LateRate(); ok {
		fmt.Println(r, r.Percent())
	}
	// Output:
	// {WithDeadline:3 Late:2 Overdue:1 DoneLate:1 InProgress:0 DoneOnTime:1 NoDeadline:1}
	// 4 1 0
	// 2/3 (66.7%) 66.7
}

func ExampleSummary_ByLead() {
	d := calendar.MustParseDate
	s := task.Summarize([]task.Task{
		tasktest.Task(func(t *task.Task) { t.Due = d("2024-03-15") }),
		tasktest.Task(func(t *task.Task) {
			t.Lead = []regulation.UnitID{regulationtest.Construction}
			t.Assigner = task.AssignerPPC
		}),
		tasktest.Task(func(t *task.Task) { t.Lead = nil }),
	}, regulation.KonTum2023(), tasktest.AsOf())
	for _, r := range s.ByLead() {
		fmt.Printf("%q: %d tasks, %d late\n", r.Unit, r.Tasks(), r.Late)
	}
	for _, r := range s.ByAssigner() {
		fmt.Printf("%s: %d tasks\n", r.Assigner.Localize(regulation.English), r.Tasks())
	}
	c, ok := s.Lead(regulationtest.Finance)
	fmt.Println(c.Overdue, ok)
	// Output:
	// "": 1 tasks, 0 late
	// "STC": 1 tasks, 1 late
	// "SXD": 1 tasks, 0 late
	// the PPC: 1 tasks
	// the PPC Chairman: 2 tasks
	// 1 true
}

func ExampleRate_Percent() {
	for _, r := range []task.Rate{{Num: 222, Den: 1206}, {Num: 1, Den: 8}, {Num: 1, Den: 16}, {Num: 0, Den: 5}} {
		fmt.Println(r, r.Percent())
	}
	// Output:
	// 222/1206 (18.4%) 18.4
	// 1/8 (12.5%) 12.5
	// 1/16 (6.3%) 6.3
	// 0/5 (0.0%) 0.0
}
