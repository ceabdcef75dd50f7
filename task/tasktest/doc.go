// Package tasktest builds realistic tasks (nhiệm vụ), consultations (lấy ý
// kiến) and submissions (hồ sơ trình) for the tests of systems that embed
// package task, in the manner of net/http/httptest. It sits beside package
// task, which it serves, so that imports keep pointing one way.
//
// Every builder returns a fresh record with sensible defaults that are valid
// and clean under regulation.KonTum2023, with the test province of
// regulationtest.Province, as of [AsOf]: the checks find nothing in them,
// except the submission.office_decision (info) that task.CheckSubmission
// reports for every submission, here a decision to forward. A test changes what it is about in
// one line, with overrides: functions that change the default record in
// place, applied in order. The same idiom serves packages meetingtest and
// signofftest.
//
//	rules := regulation.KonTum2023()
//	tk := tasktest.Task(func(t *task.Task) { t.Due = calendar.NewDate(2024, 3, 20) })
//	got := task.Check(tk, regulationtest.Province(), rules, tasktest.AsOf())
//	want := regulation.Findings{
//		regulationtest.Want(rules, regulation.TaskOverdue, regulation.RecordKindTask, "T1", regulationtest.Finance),
//	}
//	if diff := cmp.Diff(want, got, regulationtest.IgnoreMessages()); diff != "" { … }
//
// The defaults tell one story: the Chairman assigns the Department of
// Finance a task (T1) due on 15/04/2024; Finance consults Construction and
// Home Affairs (C1), who agree in time; and Finance's director submits a
// complete proposal (S1), which the PPC Office forwards. Each builder's doc
// comment lists its values, which are part of this package's contract.
//
// Everything here returns fresh values (no slice is shared between two
// calls) and is safe for concurrent use.
package tasktest
