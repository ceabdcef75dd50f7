// Package regulationtest provides a small, realistic province and go-cmp
// options for the tests of systems that embed quyche, in the manner of
// net/http/httptest. It sits beside package regulation, which it serves,
// so that imports keep pointing one way: it imports regulation and go-cmp,
// and only tests and the other test-helper packages (tasktest, meetingtest,
// signofftest) import it.
//
// # The province
//
// [Province] returns a fresh [regulation.Directory] of a small province with a
// unit of every kind (the PPC, its Office, three departments (sở), a board
// (ban), a district and a commune People's Committee, and the provincial
// police as an "other" unit), people in every position, and a PPC with
// seven members. Its ids are constants named from the caller's side —
// [Finance] is the unit "STC", [FinanceHead] its director "stc.head",
// [Chairman] the Chairman "ct" — so that a test reads as what it means:
//
//	dir := regulationtest.Province()
//	tk := task.Task{ID: "T1", Assigner: task.AssignerPPCChairman,
//		Lead: []regulation.UnitID{regulationtest.Finance}, …}
//	fs := task.Check(tk, dir, regulation.KonTum2023(), asOf)
//
// Each unit other than the PPC has a head, a deputy head, a division head,
// a division deputy and a specialist; [Construction] has an acting head
// instead of a head. [Units], [People] and [Members] return the tables
// behind the directory as fresh slices, for a test that needs a province
// with one more person or one unit less.
//
// # Comparing findings
//
// A test that asserts "this record yields exactly these findings" should not
// depend on the wording of messages, which may be improved at any time.
// [IgnoreMessages] makes go-cmp compare findings by code, severity, record
// kind, record, subject and citations, ignoring the details that messages are
// rendered from; [SortFindings] makes the comparison ignore order; [Want]
// writes an expected finding in one line:
//
//	rules := regulation.KonTum2023()
//	want := regulation.Findings{
//		regulationtest.Want(rules, regulation.TaskOverdue, regulation.RecordKindTask, "T1", regulationtest.Finance),
//	}
//	if diff := cmp.Diff(want, got, regulationtest.IgnoreMessages()); diff != "" {
//		t.Errorf("findings mismatch (-want +got):\n%s", diff)
//	}
//
// Everything here returns fresh values and is safe for concurrent use.
package regulationtest
