package tasktest_test

import (
	"fmt"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
	"github.com/quyche/quyche/task"
	"github.com/quyche/quyche/task/tasktest"
)

// The default task is clean; one line makes it overdue, and the test
// compares the findings without depending on their messages.
func ExampleTask() {
	rules := regulation.KonTum2023()
	dir := regulationtest.Province()

	fmt.Println(len(task.Check(tasktest.Task(), dir, rules, tasktest.AsOf())))

	overdue := tasktest.Task(func(t *task.Task) { t.Due = calendar.NewDate(2024, 3, 20) })
	got := task.Check(overdue, dir, rules, tasktest.AsOf())
	want := regulation.Findings{
		regulationtest.Want(rules, regulation.TaskOverdue, regulation.RecordKindTask, "T1", regulationtest.Finance),
	}
	fmt.Println(cmp.Diff(want, got, regulationtest.IgnoreMessages()) == "")
	fmt.Println(got[0].Code, got[0].Subject)
	// Output:
	// 0
	// true
	// task.overdue STC
}

func ExampleConsultation() {
	c := tasktest.Consultation(func(c *task.Consultation) { c.Replies[1].Stance = task.StanceUnclear })
	for _, f := range task.CheckConsultation(c, regulationtest.Province(), regulation.KonTum2023(), tasktest.AsOf()) {
		fmt.Println(f.Code, f.Subject)
	}
	// Output:
	// consult.stance_unclear SNV
}

// A submission whose linked consultation is in the case must carry the
// opinions and their synthesis; the default one does.
func ExampleSubmission() {
	rules := regulation.KonTum2023()
	opts := tasktest.SubmissionOptions(tasktest.Consultation())
	s := tasktest.Submission(func(s *task.Submission) { s.Components = s.Components[:2] }) // statement and draft only
	for _, f := range task.CheckSubmission(s, regulationtest.Province(), rules, tasktest.AsOf(), opts) {
		fmt.Printf("%s %s %q\n", f.Severity, f.Code, f.Subject)
	}
	// Output:
	// violation submission.accepted_incomplete ""
	// violation submission.missing_component "opinion_synthesis"
	// violation submission.missing_component "opinions"
	// info submission.office_decision ""
}
