package task_test

import (
	"flag"
	"fmt"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/task"
)

// The golden tests of package task read -update through flag.Lookup. It is
// registered here, after every package-level variable of the test binary
// has been initialised, unless another test file registered it already.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata")
	}
}

func ExampleCheckConsultation() {
	rules := regulation.KonTum2023()
	// The Department of Finance asks three departments for their opinion on
	// Monday 4 March 2024, to be given by Wednesday 13 March.
	c := task.Consultation{
		ID:   "C-2024-07",
		Lead: "STC",
		Sent: calendar.MustParseDate("2024-03-04"),
		Due:  calendar.MustParseDate("2024-03-13"),
		Replies: []task.Reply{
			{Unit: "SKHDT", Received: calendar.MustParseDate("2024-03-12"), Stance: task.StanceAgree},
			{Unit: "SXD", Received: calendar.MustParseDate("2024-03-15"), Stance: task.StanceUnclear},
			{Unit: "SGTVT"}, // no reply
		},
	}
	fmt.Println("reply deadline:", c.ReplyDeadline(rules))
	dir, _ := regulation.NewDirectory([]regulation.Unit{
		{ID: "STC", Name: "Sở Tài chính", Kind: regulation.UnitKindDepartment},
		{ID: "SKHDT", Name: "Sở Kế hoạch và Đầu tư", Kind: regulation.UnitKindDepartment},
		{ID: "SXD", Name: "Sở Xây dựng", Kind: regulation.UnitKindDepartment},
		{ID: "SGTVT", Name: "Sở Giao thông vận tải", Kind: regulation.UnitKindDepartment},
	}, nil, nil)
	for _, f := range task.CheckConsultation(c, dir, rules, calendar.MustParseDate("2024-03-22")) {
		fmt.Printf("%s %s: %s\n", f.Code, f.Subject, f.Message(regulation.English))
	}
	// Output:
	// reply deadline: 2024-03-13
	// consult.no_followup SGTVT: the lead unit did not remind the coordinating unit, still silent after the deadline 2024-03-13, by 2024-03-18
	// consult.reply_late SXD: the coordinating unit replied late: due 2024-03-13, received 2024-03-15; 2 days late (2 working days)
	// consult.reply_missing SGTVT: the coordinating unit has not replied: due 2024-03-13, no reply as of 2024-03-22; 9 days late (7 working days)
	// consult.stance_unclear SXD: the reply received on 2024-03-15 does not say whether the unit agrees or disagrees
}

// A reply date before the request is a fault of that date alone: it is
// reported, the rules that read it are switched off for that unit, and the
// rest of the consultation is still checked.
func ExampleCheckConsultation_localFault() {
	rules := regulation.KonTum2023()
	dir, _ := regulation.NewDirectory([]regulation.Unit{
		{ID: "STC", Name: "Sở Tài chính", Kind: regulation.UnitKindDepartment},
		{ID: "SKHDT", Name: "Sở Kế hoạch và Đầu tư", Kind: regulation.UnitKindDepartment},
		{ID: "SXD", Name: "Sở Xây dựng", Kind: regulation.UnitKindDepartment},
	}, nil, nil)
	c := task.Consultation{
		ID: "C-2024-08", Lead: "STC",
		Sent: calendar.MustParseDate("2024-03-04"), Due: calendar.MustParseDate("2024-03-13"),
		Replies: []task.Reply{
			{Unit: "SKHDT", Received: calendar.MustParseDate("2024-02-28"), Stance: task.StanceUnclear}, // before the request
			{Unit: "SXD", Received: calendar.MustParseDate("2024-03-15"), Stance: task.StanceAgree},
		},
	}
	for _, f := range task.CheckConsultation(c, dir, rules, calendar.MustParseDate("2024-03-22")) {
		fmt.Println(f.Code, f.Subject)
	}
	// Output:
	// consult.reply_late SXD
	// input.invalid replies[0].received
}

func ExampleDecide() {
	rules := regulation.KonTum2023()
	dir, _ := regulation.NewDirectory(
		[]regulation.Unit{{ID: "STC", Name: "Sở Tài chính", Kind: regulation.UnitKindDepartment}},
		[]regulation.Person{{ID: "stc-tp", Name: "Trần Thị B", Unit: "STC", Position: regulation.PositionDivisionHead}},
		nil)
	// A 14-page proposal reaches the PPC Office on Wednesday 6 March 2024
	// without its draft or a summary, signed by a division head.
	s := task.Submission{
		ID: "S-2024-031", From: "STC", To: task.AddresseePPCChairman, Kind: regulation.SubmissionKindProposal,
		Competence: task.CompetenceAddressee, Received: calendar.MustParseDate("2024-03-06"), Pages: 14,
		Components:  []regulation.Component{regulation.ComponentStatement},
		OwnPosition: true, SignedBy: "stc-tp",
	}
	d := task.Decide(s, dir, rules, task.SubmissionOptions{})
	fmt.Printf("%s by %s\n", d.Action.Localize(regulation.English), d.Deadline)
	for _, f := range d.Deficiencies {
		fmt.Println("-", f.Message(regulation.Vietnamese))
	}
	// Output:
	// return by 2024-03-11
	// - hồ sơ trình thiếu thành phần: dự thảo
	// - hồ sơ trình 14 trang (trên 10 trang) nhưng không có bản tóm tắt
	// - hồ sơ trình do trưởng phòng ký, không phải người đứng đầu hoặc cấp phó của đơn vị trình
}
