package meetingtest_test

import (
	"fmt"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/meeting/meetingtest"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
)

// The default session is clean; one line sends the invitation late.
func ExampleMeeting() {
	rules := regulation.KonTum2023()
	dir := regulationtest.Province()

	fmt.Println(len(meeting.Check(meetingtest.Meeting(), dir, rules, meetingtest.AsOf())))

	m := meetingtest.Meeting(func(m *meeting.Meeting) { m.InvitationSent = calendar.NewDate(2024, 3, 13) })
	got := meeting.Check(m, dir, rules, meetingtest.AsOf())
	want := regulation.Findings{
		regulationtest.Want(rules, regulation.MeetingInvitationLate, regulation.RecordKindMeeting, "M1", ""),
	}
	fmt.Println(cmp.Diff(want, got, regulationtest.IgnoreMessages()) == "")
	// Output:
	// 0
	// true
}

// A deputy comes in place of the head the invitation named, without
// anyone's approval.
func ExampleMeeting_substitute() {
	m := meetingtest.Meeting(func(m *meeting.Meeting) {
		m.Attendees[7] = meeting.Attendee{Person: regulationtest.ConstructionDeputy}
	})
	for _, f := range meeting.Check(m, regulationtest.Province(), regulation.KonTum2023(), meetingtest.AsOf()) {
		fmt.Println(f.Code, f.Subject)
	}
	// Output:
	// meeting.substitute_unapproved SXD
}

func ExampleWithout() {
	m := meetingtest.Meeting(meetingtest.Without(regulationtest.PPCMember, regulationtest.BoardHead))
	for _, f := range meeting.Check(m, regulationtest.Province(), regulation.KonTum2023(), meetingtest.AsOf()) {
		fmt.Println(f.Code, f.Subject)
	}
	// Output:
	// meeting.absent_unreported BDT
	// meeting.member_absent_unapproved uv
}
