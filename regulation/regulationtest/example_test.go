package regulationtest_test

import (
	"fmt"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
)

func ExampleProvince() {
	dir := regulationtest.Province()
	fmt.Println(dir.NumUnits(), "units,", dir.NumPeople(), "people,", len(dir.Members()), "PPC members")

	head, _ := dir.HeadOf(regulationtest.Construction)
	fmt.Println(head.ID, head.Position)

	p, _ := dir.Person(regulationtest.FinanceDivisionHead)
	fmt.Println(p.ID, p.Unit, p.Position, p.Position.IsUnitLeader())
	// Output:
	// 9 units, 45 people, 7 PPC members
	// sxd.acting_head acting_head
	// stc.div_head STC division_head false
}

// A test that needs one more person builds its own directory from the
// tables behind Province.
func ExamplePeople() {
	people := append(regulationtest.People(), regulation.Person{
		ID: "stc.deputy2", Name: "Trương Thị Vân", Unit: regulationtest.Finance, Position: regulation.PositionDeputyHead,
	})
	dir, problems := regulation.NewDirectory(regulationtest.Units(), people, regulationtest.Members())
	fmt.Println(len(problems), dir.NumPeople())
	// Output:
	// 0 46
}

// Findings that differ only in what their messages say are equal under
// IgnoreMessages; a different subject is not.
func ExampleIgnoreMessages() {
	rules := regulation.KonTum2023()
	got := regulation.Findings{
		rules.Finding(regulation.ConsultReplyLate, regulation.RecordKindConsultation, "C1", "SXD", regulation.Details{
			"deadline":      calendar.NewDate(2024, 3, 15),
			"received":      calendar.NewDate(2024, 3, 20),
			"late_workdays": 3,
		}),
	}
	want := regulation.Findings{
		regulationtest.Want(rules, regulation.ConsultReplyLate, regulation.RecordKindConsultation, "C1", regulationtest.Construction),
	}
	fmt.Println(cmp.Equal(want, got))
	fmt.Println(cmp.Equal(want, got, regulationtest.IgnoreMessages()))

	want[0].Subject = string(regulationtest.HomeAffairs)
	fmt.Println(cmp.Equal(want, got, regulationtest.IgnoreMessages()))
	// Output:
	// false
	// true
	// false
}

func ExampleSortFindings() {
	rules := regulation.KonTum2023()
	overdue := regulationtest.Want(rules, regulation.TaskOverdue, regulation.RecordKindTask, "T1", regulationtest.Finance)
	absent := regulationtest.Want(rules, regulation.MeetingAbsentUnreported, regulation.RecordKindMeeting, "M1", regulationtest.Board)

	want := regulation.Findings{absent, overdue}
	got := regulation.Findings{overdue, absent}
	fmt.Println(cmp.Equal(want, got, regulationtest.IgnoreMessages()))
	fmt.Println(cmp.Equal(want, got, regulationtest.IgnoreMessages(), regulationtest.SortFindings()))
	// Output:
	// false
	// true
}

func ExampleWant() {
	rules := regulation.KonTum2023()
	f := regulationtest.Want(rules, regulation.MeetingAttendeeLevel, regulation.RecordKindMeeting, "M1", regulationtest.Construction)
	fmt.Println(f.Code, f.Severity, f.Kind, f.Record, f.Subject)
	fmt.Println(f.Citations(regulation.English))
	// Output:
	// meeting.attendee_level violation meeting M1 SXD
	// Art. 17, Decision 54/2023/QĐ-UBND; Art. 20, Decision 54/2023/QĐ-UBND; Letter 56/UBND-KTTH, point 1
}
