package regulation_test

import (
	"errors"
	"fmt"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	rt "github.com/quyche/quyche/regulation/regulationtest"
)

// The examples of this file show the entry points of the package one by
// one: the catalogue, rule sets, findings, the directory and the
// vocabulary.

func ExampleCatalogue() {
	n := map[regulation.Severity]int{}
	for _, r := range regulation.Catalogue() {
		n[r.Severity]++
	}
	fmt.Println(len(regulation.Catalogue()), "rules:", n[regulation.Violation], "violations,", n[regulation.Warning], "warnings,", n[regulation.Info], "info")
	// Output:
	// 40 rules: 33 violations, 5 warnings, 2 info
}

func ExampleCodes() {
	codes := regulation.Codes()
	fmt.Println(codes[0], codes[len(codes)-1])
	// Output:
	// task.lead_count rules.not_in_force
}

func ExampleLookupRule() {
	r, ok := regulation.LookupRule(regulation.TaskOverdue)
	fmt.Println(ok, r.Severity, r.Details)
	fmt.Println(r.Message(regulation.English))
	_, ok = regulation.LookupRule("task.unknown")
	fmt.Println(ok)
	// Output:
	// true violation [deadline as_of late_days late_workdays]
	// the task is overdue: due {deadline}, not done as of {as_of}; {late_days|day|days} late ({late_workdays|working day|working days})
	// false
}

func ExampleCode_Family() {
	fmt.Println(regulation.MeetingNoQuorum.Family(), regulation.MeetingNoQuorum.Severity())
	// Output:
	// meeting violation
}

func ExampleRuleSetIDs() {
	for _, id := range regulation.RuleSetIDs() {
		r, _ := regulation.Lookup(id)
		fmt.Println(id, r.Province, r.Basis.Doc)
	}
	// Output:
	// kontum-2023 Kon Tum 54/2023/QĐ-UBND
}

func ExampleLookup() {
	rules, ok := regulation.Lookup("kontum-2023")
	fmt.Println(ok, rules.Province, rules.Effective.From, rules.Effective.To)
	_, ok = regulation.Lookup("hanoi-2099")
	fmt.Println(ok)
	// Output:
	// true Kon Tum 2023-10-14 2025-06-30
	// false
}

func ExampleRules_Validate() {
	rules := regulation.KonTum2023()
	rules.ID = ""
	rules.Meeting.Quorum = regulation.Fraction{Num: 3, Den: 2}
	err := rules.Validate()
	var re *regulation.RulesError
	fmt.Println(errors.Is(err, regulation.ErrInvalidRules), errors.As(err, &re), re.Field)
	fmt.Println(err)
	// Output:
	// true true id
	// regulation: invalid rule set: id: missing
	// regulation: invalid rule set: meeting.quorum: want 0 < num ≤ den ≤ 1000
}

func ExampleRules_Clone() {
	kt := regulation.KonTum2023()
	copied := kt.Clone()
	copied.Signoff.UnitSigners = append(copied.Signoff.UnitSigners[:0], regulation.PositionHead)
	fmt.Println(len(kt.Signoff.UnitSigners), len(copied.Signoff.UnitSigners))
	// Output:
	// 3 1
}

func ExampleRules_WorkCalendar() {
	rules := regulation.KonTum2023() // no calendar of its own: Vietnam's
	cal := rules.WorkCalendar()
	fmt.Println(cal == calendar.Vietnam(), cal.IsWorkday(calendar.NewDate(2024, 2, 12)))
	// Output:
	// true false
}

func ExampleRules_InForce() {
	rules := regulation.KonTum2023()
	fmt.Println(rules.InForce(calendar.NewDate(2024, 1, 8)), rules.InForce(calendar.NewDate(2025, 7, 1)))
	// Output:
	// true false
}

func ExampleRules_NotInForce() {
	rules := regulation.KonTum2023()
	f, ok := rules.NotInForce(regulation.RecordKindMeeting, "M1", calendar.NewDate(2023, 4, 3))
	fmt.Println(ok, f.Code, f.Severity)
	fmt.Println(f.Message(regulation.English))
	_, ok = rules.NotInForce(regulation.RecordKindMeeting, "M2", calendar.NewDate(2024, 4, 3))
	fmt.Println(ok)
	// Output:
	// true rules.not_in_force warning
	// the date 2023-04-03 is outside the period of rule set kontum-2023 (2023-10-14 – 2025-06-30); checked under it all the same
	// false
}

func ExampleInvalidInput() {
	f := regulation.InvalidInput(regulation.RecordKindTask, "T7", "extensions[0].new_due", regulation.ProblemDateOrder)
	fmt.Println(f.Code, f.Severity, f.Subject)
	fmt.Println(f.Message(regulation.English))
	// Output:
	// input.invalid violation extensions[0].new_due
	// data to correct: field extensions[0].new_due: the date is out of order with the date it depends on; the record was not checked
}

func ExampleFinding_Message() {
	rules := regulation.KonTum2023()
	f := rules.Finding(regulation.ConsultReplyLate, regulation.RecordKindConsultation, "C1", "SKHDT", regulation.Details{
		"deadline": calendar.NewDate(2023, 3, 15), "received": calendar.NewDate(2023, 3, 20),
		"late_days": 5, "late_workdays": 3,
	})
	fmt.Println(f.Message(regulation.Vietnamese))
	fmt.Println(f.Message(regulation.English))
	// Output:
	// đơn vị phối hợp trả lời trễ: hạn 15/03/2023, nhận được 20/03/2023; trễ 5 ngày (3 ngày làm việc)
	// the coordinating unit replied late: due 2023-03-15, received 2023-03-20; 5 days late (3 working days)
}

func ExampleFinding_Citations() {
	rules := regulation.KonTum2023()
	f := rules.Finding(regulation.MeetingAbsentUnreported, regulation.RecordKindMeeting, "M1", "STC", nil)
	fmt.Println(f.Citations(regulation.Vietnamese))
	fmt.Println(f.Citations(regulation.English))
	// Output:
	// Điều 17 Quyết định 54/2023/QĐ-UBND; Điều 20 Quyết định 54/2023/QĐ-UBND; Công văn 56/UBND-KTTH, phần mở đầu
	// Art. 17, Decision 54/2023/QĐ-UBND; Art. 20, Decision 54/2023/QĐ-UBND; Letter 56/UBND-KTTH, opening
}

func ExampleFindings_Sort() {
	rules := regulation.KonTum2023()
	fs := regulation.Findings{
		rules.Finding(regulation.MeetingNoQuorum, regulation.RecordKindMeeting, "M1", "", nil),
		rules.Finding(regulation.TaskOverdue, regulation.RecordKindTask, "T2", "STC", nil),
		rules.Finding(regulation.TaskDueSoon, regulation.RecordKindTask, "T10", "SXD", nil),
	}
	fs.Sort() // by record kind, record id (byte-wise), code, subject
	for _, f := range fs {
		fmt.Println(f.Kind, f.Record, f.Code)
	}
	fmt.Println(regulation.Compare(fs[0], fs[1]) < 0)
	// Output:
	// task T10 task.due_soon
	// task T2 task.overdue
	// meeting M1 meeting.no_quorum
	// true
}

func ExampleFindings_Err() {
	rules := regulation.KonTum2023()
	fs := regulation.Findings{
		rules.Finding(regulation.TaskDueSoon, regulation.RecordKindTask, "T1", "STC", nil),
	}
	fmt.Println(fs.Err())
	fs = append(fs, rules.Finding(regulation.TaskOverdue, regulation.RecordKindTask, "T2", "STC", nil))
	err := fs.Err()
	var ve *regulation.ViolationsError
	fmt.Println(errors.Is(err, regulation.ErrViolations), errors.As(err, &ve), ve.Count)
	fmt.Println(err)
	// Output:
	// <nil>
	// true true 1
	// regulation: 1 violation(s), first task.overdue in task "T2"
}

func ExampleFindings_Has() {
	rules := regulation.KonTum2023()
	fs := regulation.Findings{
		rules.Finding(regulation.TaskOverdue, regulation.RecordKindTask, "T1", "STC", nil),
		rules.Finding(regulation.TaskOverdue, regulation.RecordKindTask, "T2", "SXD", nil),
	}
	fmt.Println(fs.Has(regulation.TaskOverdue), fs.Has(regulation.TaskDoneLate), fs.Count(regulation.TaskOverdue))
	// Output:
	// true false 2
}

func ExampleFormatValue() {
	d := calendar.NewDate(2024, 2, 8)
	for _, v := range []any{d, calendar.Date{}, true, []string{}, regulation.PositionDeputyHead} {
		fmt.Printf("%s | %s\n", regulation.FormatValue(v, regulation.Vietnamese), regulation.FormatValue(v, regulation.English))
	}
	// Output:
	// 08/02/2024 | 2024-02-08
	// chưa có | none
	// có | yes
	// không có | none
	// cấp phó của người đứng đầu | deputy head
}

func ExampleParseLang() {
	l, err := regulation.ParseLang("en")
	fmt.Println(l, err, l == regulation.English)
	_, err = regulation.ParseLang("fr")
	fmt.Println(errors.Is(err, regulation.ErrUnknownValue))
	// Output:
	// en <nil> true
	// true
}

func ExampleText_In() {
	t := regulation.Text{VI: "quá hạn", EN: "overdue"}
	fmt.Println(t.In(regulation.Vietnamese), "/", t.In(regulation.English))
	// Output:
	// quá hạn / overdue
}

func ExamplePosition_IsUnitLeader() {
	for _, p := range []regulation.Position{regulation.PositionHead, regulation.PositionDeputyHead, regulation.PositionDivisionHead} {
		fmt.Println(p, p.IsUnitLeader(), p.IsHead(), p.IsDeputy(), p.Localize(regulation.Vietnamese))
	}
	// Output:
	// head true true false người đứng đầu
	// deputy_head true false true cấp phó của người đứng đầu
	// division_head false false false trưởng phòng
}

func ExampleMustParseDocNumber() {
	n := regulation.MustParseDocNumber("07/2013/TTLT-BGDĐT-BNV-BTC")
	fmt.Println(n.Type, n.Issuer, n.CoIssuers, n.TypeName(regulation.English))
	// Output:
	// TTLT BGDĐT [BNV BTC] Joint Circular
}

func ExampleDocNumber_TypeName() {
	for _, s := range []string{"54/2023/QĐ-UBND", "56/UBND-KTTH", "77/2015/QH13", "57-NQ/TW"} {
		n := regulation.MustParseDocNumber(s)
		fmt.Printf("%s: %s / %s\n", s, n.TypeName(regulation.Vietnamese), n.TypeName(regulation.English))
	}
	// Output:
	// 54/2023/QĐ-UBND: Quyết định / Decision
	// 56/UBND-KTTH: Công văn / Letter
	// 77/2015/QH13: Luật / Law
	// 57-NQ/TW: Nghị quyết / Resolution
}

func ExampleRepair_Message() {
	_, repairs, err := regulation.ReadDocNumber("54/2023/QD-UBND")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range repairs {
		fmt.Println(r.Message(regulation.Vietnamese))
		fmt.Println(r.Message(regulation.English))
	}
	// Output:
	// thiếu dấu: "QD" đọc là "QĐ"
	// no diacritic: "QD" read as "QĐ"
}

func ExampleReportingPeriod_Contains() {
	year := regulation.ReportingPeriod{From: calendar.NewDate(2023, 1, 1), To: calendar.NewDate(2023, 12, 31)}
	fmt.Println(year, year.Valid(), year.Contains(calendar.NewDate(2023, 6, 1)), year.Contains(calendar.NewDate(2024, 1, 1)))
	var all regulation.ReportingPeriod
	fmt.Println(all.IsZero(), all.Contains(calendar.NewDate(1999, 1, 1)))
	// Output:
	// 2023-01-01..2023-12-31 true true false
	// true true
}

func ExampleValidity_Contains() {
	v := regulation.KonTum2023().Effective
	fmt.Println(v.Contains(calendar.NewDate(2023, 10, 14)), v.Contains(calendar.NewDate(2023, 10, 13)))
	// Output:
	// true false
}

func ExampleFraction_Reached() {
	q := regulation.KonTum2023().Meeting.Quorum
	fmt.Println(q, q.Reached(10, 15), q.Reached(9, 15))
	// Output:
	// 2/3 true false
}

func ExampleDirectory_HeadOf() {
	dir := rt.Province()
	head, _ := dir.HeadOf(rt.Finance)
	acting, _ := dir.HeadOf(rt.Construction)
	chair, _ := dir.Chairman()
	fmt.Println(head.ID, head.Position, "|", acting.ID, acting.Position, "|", chair.ID)
	// Output:
	// stc.head head | sxd.acting_head acting_head | ct
}

func ExampleDirectory_Person() {
	dir := rt.Province()
	p, ok := dir.Person(rt.FinanceDeputy)
	fmt.Println(ok, p.Unit, p.Position, p.IsLeaderOf(rt.Finance), dir.IsMember(rt.FinanceHead))
	u, ok := dir.Unit(rt.District)
	fmt.Println(ok, u.Kind, u.Kind.Localize(regulation.Vietnamese))
	_, ok = dir.Person("nobody")
	fmt.Println(ok)
	// Output:
	// true STC deputy_head true true
	// true district_pc UBND cấp huyện
	// false
}

func ExampleDirectory_Members() {
	dir := rt.Province()
	members := dir.Members() // a fresh copy: the caller may change it
	fmt.Println(len(members), dir.NumMembers(), dir.NumUnits(), dir.NumPeople(), len(dir.Units()), len(dir.People()))
	// Output:
	// 7 7 9 45 9 45
}
