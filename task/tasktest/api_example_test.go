package tasktest_test

import (
	"fmt"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/regulationtest"
	"github.com/quyche/quyche/task"
	"github.com/quyche/quyche/task/tasktest"
)

// As of the date of the defaults the default task is in progress.
func ExampleAsOf() {
	fmt.Println(tasktest.AsOf(), tasktest.Task().StatusAt(regulation.KonTum2023(), tasktest.AsOf()))
	// Output:
	// 2024-03-29 in_progress
}

// SubmissionOptions puts the default consultation in the case, so that the
// default submission's link to it is followed.
func ExampleSubmissionOptions() {
	opts := tasktest.SubmissionOptions(tasktest.Consultation())
	_, linked := opts.Consultations[tasktest.Submission().Consultation]
	fmt.Println(len(opts.Consultations), linked)
	fs := task.CheckSubmission(tasktest.Submission(), regulationtest.Province(), regulation.KonTum2023(), tasktest.AsOf(), opts)
	for _, f := range fs {
		fmt.Println(f.Code, f.Details["action"])
	}
	// Output:
	// 1 true
	// submission.office_decision forward
}
