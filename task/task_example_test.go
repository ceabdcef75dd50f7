package task_test

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/task"
)

// exampleDirectory is the directory of the examples: the PPC and its
// Chairman p0, the Departments of Finance (STC) and Construction (SXD).
func exampleDirectory() *regulation.Directory {
	dir, _ := regulation.NewDirectory(
		[]regulation.Unit{
			{ID: "UBND", Name: "Ủy ban nhân dân tỉnh", Kind: regulation.UnitKindPPC},
			{ID: "STC", Name: "Sở Tài chính", Kind: regulation.UnitKindDepartment},
			{ID: "SXD", Name: "Sở Xây dựng", Kind: regulation.UnitKindDepartment},
		},
		[]regulation.Person{{ID: "p0", Name: "Nguyễn Văn A", Unit: "UBND", Position: regulation.PositionChairman}},
		[]regulation.PersonID{"p0"})
	return dir
}

// A task due on Saturday 10 February 2024, in the Tết holiday, may be done
// on the next working day; an extension asked for on the deadline does not
// count. Lateness is given in days and in working days.
func ExampleCheck() {
	rules := regulation.KonTum2023()
	dir := exampleDirectory()
	t := task.Task{
		ID:       "T7",
		Assigner: task.AssignerPPCChairman,
		Lead:     []regulation.UnitID{"STC"},
		Assigned: calendar.NewDate(2024, 1, 15),
		Due:      calendar.NewDate(2024, 2, 10),
		Done:     calendar.NewDate(2024, 2, 20),
		Extensions: []task.Extension{{
			Requested:  calendar.NewDate(2024, 2, 15),
			NewDue:     calendar.NewDate(2024, 2, 29),
			ApprovedBy: "p0",
		}},
	}
	asOf := calendar.NewDate(2024, 3, 1)
	fmt.Println(t.StatusAt(rules, asOf))
	for _, f := range task.Check(t, dir, rules, asOf) {
		fmt.Printf("%s %s: %s\n", f.Code, f.Subject, f.Message(regulation.English))
	}
	// Output:
	// done_late
	// task.done_late STC: the task was done late: due 2024-02-15, done 2024-02-20; 5 days late (3 working days)
	// task.extension_late STC: the extension requested on 2024-02-15 (to 2024-02-29) came too late: the deadline in force was 2024-02-15 and requests must come at least 1 working day before it; the extension is ignored
}

// Every argument is required: a missing as-of date or directory is
// reported, never taken as "no cut-off" or "no lookups". A task assigned
// after the as-of date does not exist yet and gets no finding.
func ExampleCheck_arguments() {
	rules := regulation.KonTum2023()
	t := task.Task{ID: "T8", Assigner: task.AssignerPPC, Lead: []regulation.UnitID{"SXD"},
		Assigned: calendar.NewDate(2024, 3, 4), Due: calendar.NewDate(2024, 3, 8)}
	for _, f := range task.Check(t, nil, rules, calendar.Date{}) {
		fmt.Println(f.Code, f.Subject)
	}
	fmt.Println(len(task.Check(t, exampleDirectory(), rules, calendar.NewDate(2024, 3, 1))), "findings as of 1 March")
	fmt.Println(task.Check(t, exampleDirectory(), rules, calendar.NewDate(2024, 3, 11))[0].Code, "as of 11 March")
	// Output:
	// input.invalid as_of
	// input.invalid directory
	// 0 findings as of 1 March
	// task.overdue as of 11 March
}

// The figure of letter 56/UBND-KTTH, footnote 1, and its rows per lead unit
// and per assigner.
func ExampleSummarize() {
	d := calendar.MustParseDate
	tasks := []task.Task{
		{ID: "T1", Assigner: task.AssignerPPCChairman, Lead: []regulation.UnitID{"STC"},
			Assigned: d("2023-03-01"), Due: d("2023-03-31"), Done: d("2023-03-30")},
		{ID: "T2", Assigner: task.AssignerPPCChairman, Lead: []regulation.UnitID{"STC"},
			Assigned: d("2023-03-01"), Due: d("2023-03-31"), Done: d("2023-04-05")},
		{ID: "T3", Assigner: task.AssignerPrimeMinister, Lead: []regulation.UnitID{"SXD"},
			Assigned: d("2023-10-02"), Due: d("2023-12-15")},
		{ID: "T4", Assigner: task.AssignerGovernment, Lead: []regulation.UnitID{"SXD"},
			Assigned: d("2023-11-01"), Due: d("2024-01-15")},
		{ID: "T5", Assigner: task.AssignerPPC, Lead: []regulation.UnitID{"STC", "SXD"},
			Assigned: d("2023-05-01"), Due: d("2023-06-30"), Done: d("2023-06-29")},
		{ID: "T6", Assigner: task.AssignerPPC, Lead: []regulation.UnitID{"STC"},
			Assigned: d("2023-05-01"), Due: d("2023-04-30")}, // due before assigned: invalid
	}
	s := task.Summarize(tasks, regulation.KonTum2023(), d("2023-12-31"))

	total := s.Total()
	r, _ := total.LateRate()
	fmt.Printf("late %d/%d = %s%% (overdue %d, done late %d), invalid %d\n",
		r.Num, r.Den, r.Percent(), total.Overdue, total.DoneLate, s.Invalid())
	for _, row := range s.ByLead() {
		fmt.Printf("lead %-4q late %d of %d\n", row.Unit, row.Late, row.WithDeadline)
	}
	for _, row := range s.ByAssigner() {
		fmt.Printf("%-14s late %d of %d\n", row.Assigner, row.Late, row.WithDeadline)
	}
	b, _ := json.Marshal(task.Rate{Num: 222, Den: 1206})
	fmt.Println(string(b))
	// Output:
	// late 2/5 = 40.0% (overdue 1, done late 1), invalid 1
	// lead ""   late 0 of 1
	// lead "STC" late 1 of 2
	// lead "SXD" late 1 of 2
	// government     late 0 of 1
	// prime_minister late 1 of 1
	// ppc            late 0 of 1
	// ppc_chairman   late 1 of 2
	// {"num":222,"den":1206,"percent":"18.4"}
}

// A summary over a reporting period counts the tasks assigned in it, as of
// its last day; the others are counted apart, not dropped.
func ExampleSummary_Outside() {
	d := calendar.MustParseDate
	year := regulation.ReportingPeriod{From: d("2023-01-01"), To: d("2023-12-31")}
	s := task.NewSummary(regulation.KonTum2023(), year.To, task.SummaryOptions{Period: year})
	for i, assigned := range []string{"2022-12-20", "2023-03-01", "2023-11-15", "2024-01-03"} {
		s.Add(task.Task{ID: fmt.Sprint("T", i), Assigner: task.AssignerPPC, Lead: []regulation.UnitID{"STC"},
			Assigned: d(assigned), Due: d(assigned).AddDays(30)})
	}
	fmt.Println("counted", s.Total().Tasks(), "outside", s.Outside())
	b, _ := json.Marshal(s)
	fmt.Println(string(b[:strings.Index(string(b), `"with_deadline"`)]))
	// Output:
	// counted 2 outside 2
	// {"as_of":"2023-12-31","period":{"from":"2023-01-01","to":"2023-12-31"},
}

// A Summary takes one task at a time, so a stream of tasks never has to be
// held in memory.
func ExampleSummary_Add() {
	rules := regulation.KonTum2023()
	s := task.NewSummary(rules, calendar.NewDate(2023, 12, 31), task.SummaryOptions{})
	for i := range 1206 {
		t := task.Task{
			ID: fmt.Sprint("T", i), Assigner: task.AssignerPPCChairman, Lead: []regulation.UnitID{"STC"},
			Assigned: calendar.NewDate(2023, 6, 1), Due: calendar.NewDate(2023, 9, 15),
			Done: calendar.NewDate(2023, 9, 15),
		}
		if i < 222 {
			t.Done = calendar.NewDate(2023, 10, 2) // done late
		}
		s.Add(t)
	}
	r, _ := s.Total().LateRate()
	fmt.Println(r)
	// Output: 222/1206 (18.4%)
}
