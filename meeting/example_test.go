package meeting_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// exampleDirectory is a small PPC: the Chairman, one Vice-chairman, and the
// Departments of Finance (STC) and Construction (SXD).
func exampleDirectory() *regulation.Directory {
	dir, _ := regulation.NewDirectory(
		[]regulation.Unit{
			{ID: "UBND", Name: "UBND tỉnh", Kind: regulation.UnitKindPPC},
			{ID: "STC", Name: "Sở Tài chính", Kind: regulation.UnitKindDepartment},
			{ID: "SXD", Name: "Sở Xây dựng", Kind: regulation.UnitKindDepartment},
		},
		[]regulation.Person{
			{ID: "p0", Name: "Nguyễn Văn A", Unit: "UBND", Position: regulation.PositionChairman},
			{ID: "p1", Name: "Trần Thị B", Unit: "UBND", Position: regulation.PositionViceChairman},
			{ID: "p2", Name: "Lê Văn C", Unit: "STC", Position: regulation.PositionHead},
			{ID: "p3", Name: "Phạm Văn D", Unit: "STC", Position: regulation.PositionDeputyHead},
			{ID: "p4", Name: "Hoàng Thị E", Unit: "SXD", Position: regulation.PositionHead},
			{ID: "p5", Name: "Vũ Văn G", Unit: "SXD", Position: regulation.PositionSpecialist},
		},
		[]regulation.PersonID{"p0", "p1", "p2"},
	)
	return dir
}

// A working meeting chaired by the Vice-chairman: the Department of Finance
// sends its deputy head without approval although the invitation named the
// head, the Department of Construction sends a specialist, and the
// invitation went out only two working days ahead.
func ExampleCheck() {
	ict := calendar.Zone()
	m := meeting.Meeting{
		ID:             "M7",
		Kind:           meeting.KindWorking,
		Chair:          "p1",
		Date:           calendar.NewDate(2024, 3, 13),
		Start:          time.Date(2024, 3, 13, 14, 0, 0, 0, ict),
		InvitationSent: calendar.NewDate(2024, 3, 11),
		Invitations: []meeting.Invitation{
			{Unit: "STC", Level: meeting.LevelHead},
			{Unit: "SXD", Level: meeting.LevelLeadership},
		},
		Attendees: []meeting.Attendee{{Person: "p1"}, {Person: "p3"}, {Person: "p5"}},
	}
	fs := meeting.Check(m, exampleDirectory(), regulation.KonTum2023(), calendar.NewDate(2024, 3, 29))
	for _, f := range fs {
		fmt.Printf("%s [%s] %s\n", f.Code, f.Subject, f.Message(regulation.English))
	}
	fmt.Println(fs.Err() != nil)
	// Output:
	// meeting.attendee_level [SXD] the invited unit (unit leadership invited) sent only people below unit leadership: Vũ Văn G (specialist)
	// meeting.invitation_late [] the invitation was sent on 2024-03-11, only 2 working days before the meeting on 2024-03-13 (at least 3 required)
	// meeting.substitute_unapproved [STC] the invitation named the head; the head was absent and Phạm Văn D (deputy head) attended instead without the chair's approval
	// true
}

// A regular PPC session of three members where only the Chairman came: the
// quorum of two thirds is missed, one member reported his absence too late
// and the other did not report at all. Messages come in Vietnamese too.
func ExampleCheck_session() {
	m := meeting.Meeting{
		ID: "PH-03", Kind: meeting.KindRegular, Chair: "p0",
		Date:      calendar.NewDate(2024, 3, 14),
		Start:     time.Date(2024, 3, 14, 8, 0, 0, 0, calendar.Zone()),
		Attendees: []meeting.Attendee{{Person: "p0"}},
		Absences: []meeting.Absence{
			{Person: "p2", Reported: time.Date(2024, 3, 14, 8, 30, 0, 0, calendar.Zone()), ApprovedBy: "p0"},
		},
	}
	fs := meeting.Check(m, exampleDirectory(), regulation.KonTum2023(), calendar.NewDate(2024, 3, 29))
	for _, f := range fs {
		fmt.Printf("%s [%s]\n  %s\n  %s\n", f.Code, f.Subject, f.Message(regulation.Vietnamese), f.Citations(regulation.English))
	}
	// Output:
	// meeting.absence_report_late [p2]
	//   báo cáo vắng mặt lúc 08:30 14/03/2024, không trước giờ họp 08:00 14/03/2024
	//   Art. 20, Decision 54/2023/QĐ-UBND
	// meeting.member_absent_unapproved [p1]
	//   thành viên UBND tỉnh Trần Thị B vắng mặt không được Chủ tịch UBND tỉnh đồng ý
	//   Art. 114(2), Law 77/2015/QH13
	// meeting.no_quorum []
	//   phiên họp không đủ 2/3 tổng số thành viên UBND tỉnh: 1/3 có mặt
	//   Art. 114(3), Law 77/2015/QH13
}

// A meeting record decodes from the "meetings" entry of a quyche.case/v1
// file with encoding/json.
func ExampleMeeting() {
	const record = `{"id": "M1", "kind": "regular", "chair": "p0", "date": "2024-03-14",
		"start": "2024-03-14T08:00:00+07:00", "invitation_sent": "2024-03-11",
		"needs_conclusion": true, "conclusion_issued": "2024-03-22",
		"invitations": [{"unit": "STC", "level": "head"}],
		"attendees": [{"person": "p0"}, {"person": "p1"}, {"person": "p3", "for_unit": "STC", "approved_by": "p0"}],
		"absences": [{"person": "p2", "reported": "2024-03-13T16:00:00+07:00", "approved_by": "p0"}]}`
	var m meeting.Meeting
	dec := json.NewDecoder(strings.NewReader(record))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Kind, m.Kind.IsSession(), m.Date, m.Invitations[0].Level, len(m.Attendees))
	for _, f := range meeting.Check(m, exampleDirectory(), regulation.KonTum2023(), calendar.NewDate(2024, 3, 29)) {
		fmt.Println(f.Code, f.Message(regulation.English))
	}
	// Output:
	// regular true 2024-03-14 head 3
	// meeting.conclusion_late the conclusion notice was due by 2024-03-21; issued: 2024-03-22 (as of 2024-03-29); 1 day late (1 working day)
}

// An invalid record yields one input.invalid finding naming the field at
// fault, and is not checked further.
func ExampleCheck_invalid() {
	m := meeting.Meeting{
		ID: "M9", Kind: meeting.KindWorking, Chair: "p0", Date: calendar.NewDate(2024, 3, 14),
		Invitations: []meeting.Invitation{{Unit: "STC", Level: meeting.LevelHead}, {Unit: "SYT", Level: meeting.LevelHead}},
	}
	for _, f := range meeting.Check(m, exampleDirectory(), regulation.KonTum2023(), calendar.NewDate(2024, 3, 29)) {
		fmt.Println(f.Code, f.Subject, f.Details["problem"])
	}
	// Output:
	// input.invalid invitations[1].unit unknown_unit
}

// An invitation dated after the session is a fault of that date alone: it
// is reported as input.invalid and only meeting.invitation_late, which
// reads it, is switched off. The missing quorum and the members' absences
// are still found.
func ExampleCheck_localFault() {
	m := meeting.Meeting{
		ID: "PH-04", Kind: meeting.KindRegular, Chair: "p0",
		Date:           calendar.NewDate(2024, 4, 11),
		InvitationSent: calendar.NewDate(2024, 4, 12),
		Attendees:      []meeting.Attendee{{Person: "p0"}},
	}
	for _, f := range meeting.Check(m, exampleDirectory(), regulation.KonTum2023(), calendar.NewDate(2024, 4, 30)) {
		fmt.Println(f.Code, f.Subject)
	}
	// Output:
	// input.invalid invitation_sent
	// meeting.member_absent_unapproved p1
	// meeting.member_absent_unapproved p2
	// meeting.no_quorum
}

// A meeting dated after the as-of date has not been held: it gets no
// finding, except meeting.invitation_late for an invitation already sent
// too late.
func ExampleCheck_notHeldYet() {
	m := meeting.Meeting{
		ID: "PH-05", Kind: meeting.KindRegular, Chair: "p0",
		Date:           calendar.NewDate(2024, 5, 9),
		InvitationSent: calendar.NewDate(2024, 5, 7),
		DocumentsSent:  calendar.NewDate(2024, 5, 8),
	}
	for _, f := range meeting.Check(m, exampleDirectory(), regulation.KonTum2023(), calendar.NewDate(2024, 5, 8)) {
		fmt.Println(f.Code, f.Message(regulation.English))
	}
	// Output:
	// meeting.invitation_late the invitation was sent on 2024-05-07, only 2 working days before the meeting on 2024-05-09 (at least 3 required)
}
