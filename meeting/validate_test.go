package meeting_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

func TestCheckInvalid(t *testing.T) {
	dir := directory(t)
	bad := func(field string, p regulation.Problem) []got { return []got{invalid(field, p)} }
	tests := []struct {
		name   string
		reason string
		edit   func(*meeting.Meeting)
		want   []got
	}{
		{"missing_id", "the id is required",
			func(m *meeting.Meeting) { m.ID = "" }, bad("id", regulation.ProblemMissing)},
		{"missing_kind", "the kind is required",
			func(m *meeting.Meeting) { m.Kind = meeting.KindUnknown }, bad("kind", regulation.ProblemMissing)},
		{"kind_out_of_range", "an enum value outside the set",
			func(m *meeting.Meeting) { m.Kind = 42 }, bad("kind", regulation.ProblemInvalidValue)},
		{"missing_chair", "the chair is required",
			func(m *meeting.Meeting) { m.Chair = "" }, bad("chair", regulation.ProblemMissing)},
		{"unknown_chair", "the chair must be a person of the case",
			func(m *meeting.Meeting) { m.Chair = "nobody" }, bad("chair", regulation.ProblemUnknownPerson)},
		{"missing_date", "the date is required",
			func(m *meeting.Meeting) { m.Date = calendar.Date{} }, bad("date", regulation.ProblemMissing)},
		{"start_on_another_day", "18:00 UTC on 14/03 is 01:00 on 15/03 in Vietnam",
			func(m *meeting.Meeting) { m.Start = time.Date(2024, 3, 14, 18, 0, 0, 0, time.UTC) }, bad("start", regulation.ProblemInvalidValue)},
		{"date_after_year_9999", "a date outside the years 0001–9999 cannot be checked",
			func(m *meeting.Meeting) { m.Date, m.Start = d(10000, 1, 6), time.Time{} }, bad("date", regulation.ProblemOutOfRange)},
		{"date_before_year_1", "a date outside the years 0001–9999 cannot be checked",
			func(m *meeting.Meeting) { m.Date, m.Start = d(0, 12, 31), time.Time{} }, bad("date", regulation.ProblemOutOfRange)},
		{"invitation_missing_unit", "the invitation unit is required",
			func(m *meeting.Meeting) { m.Invitations[1].Unit = "" }, bad("invitations[1].unit", regulation.ProblemMissing)},
		{"invitation_unknown_unit", "the unit must be in the case",
			func(m *meeting.Meeting) { m.Invitations[1].Unit = "SXX" }, bad("invitations[1].unit", regulation.ProblemUnknownUnit)},
		{"invitation_duplicate_unit", "a unit is invited once",
			func(m *meeting.Meeting) { m.Invitations[3].Unit = "STC" }, bad("invitations[3].unit", regulation.ProblemDuplicateID)},
		{"invitation_missing_level", "the invitation level is required",
			func(m *meeting.Meeting) { m.Invitations[0].Level = meeting.LevelUnknown }, bad("invitations[0].level", regulation.ProblemMissing)},
		{"invitation_level_out_of_range", "an enum value outside the set",
			func(m *meeting.Meeting) { m.Invitations[0].Level = 7 }, bad("invitations[0].level", regulation.ProblemInvalidValue)},
		{"attendee_missing_person", "the attendee person is required",
			func(m *meeting.Meeting) { m.Attendees[2].Person = "" }, bad("attendees[2].person", regulation.ProblemMissing)},
		{"attendee_unknown_person", "the person must be in the case",
			func(m *meeting.Meeting) { m.Attendees[2].Person = "ghost" }, bad("attendees[2].person", regulation.ProblemUnknownPerson)},
		{"attendee_listed_twice", "a person attends once",
			func(m *meeting.Meeting) { m.Attendees[3].Person = vice1 }, bad("attendees[3].person", regulation.ProblemDuplicateID)},
		{"attendee_unknown_for_unit", "for_unit must be a unit of the case",
			func(m *meeting.Meeting) { m.Attendees[9].ForUnit = "SXX" }, bad("attendees[9].for_unit", regulation.ProblemUnknownUnit)},
		{"attendee_unknown_approver", "approved_by must be a person of the case",
			func(m *meeting.Meeting) { m.Attendees[9].ApprovedBy = "ghost" }, bad("attendees[9].approved_by", regulation.ProblemUnknownPerson)},
		{"absence_missing_person", "the absence person is required",
			func(m *meeting.Meeting) { m.Absences = []meeting.Absence{{Unit: "STC"}} }, bad("absences[0].person", regulation.ProblemMissing)},
		{"absence_unknown_person", "the person must be in the case",
			func(m *meeting.Meeting) { m.Absences = []meeting.Absence{{Person: "ghost"}} }, bad("absences[0].person", regulation.ProblemUnknownPerson)},
		{"absence_listed_twice", "a person's absence is reported once",
			func(m *meeting.Meeting) { m.Absences = []meeting.Absence{{Person: stcHead}, {Person: stcHead}} }, bad("absences[1].person", regulation.ProblemDuplicateID)},
		{"absence_unknown_unit", "unit must be a unit of the case",
			func(m *meeting.Meeting) { m.Absences = []meeting.Absence{{Person: stcHead, Unit: "SXX"}} }, bad("absences[0].unit", regulation.ProblemUnknownUnit)},
		{"absence_unknown_approver", "approved_by must be a person of the case",
			func(m *meeting.Meeting) { m.Absences = []meeting.Absence{{Person: stcHead, ApprovedBy: "ghost"}} }, bad("absences[0].approved_by", regulation.ProblemUnknownPerson)},
		{"first_field_wins", "one input.invalid per record, for the first field at fault; no rule is checked",
			func(m *meeting.Meeting) {
				m.Kind = 0
				m.Attendees = nil
				m.Invitations[0].Unit = ""
			}, bad("kind", regulation.ProblemMissing)},
		{"structural_hides_local", "a structural fault is reported alone, without the local faults of the optional dates",
			func(m *meeting.Meeting) {
				m.InvitationSent, m.ConclusionIssued = d(2024, 3, 15), d(2024, 3, 13)
				m.Absences = []meeting.Absence{{Person: stcHead, Unit: "SXX"}}
			}, bad("absences[0].unit", regulation.ProblemUnknownUnit)},
		{"invalid_record_outside_period", "an invalid record gets no rules.not_in_force either",
			func(m *meeting.Meeting) {
				m.Date, m.Start, m.Attendees[0].Person = d(2022, 1, 5), time.Time{}, ""
				m.InvitationSent, m.DocumentsSent, m.ConclusionIssued = calendar.Date{}, calendar.Date{}, calendar.Date{}
			},
			bad("attendees[0].person", regulation.ProblemMissing)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := session()
			tc.edit(&m)
			fs := meeting.Check(m, dir, regulation.KonTum2023(), asOf)
			checkWellFormed(t, m, fs)
			if diff := cmp.Diff(tc.want, project(fs), cmpOpts); diff != "" {
				t.Errorf("%s\nCheck findings mismatch (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// TestCheckWithoutChairman covers a directory that names no Chairman: no
// consent to a member's absence can be valid.
func TestCheckWithoutChairman(t *testing.T) {
	ps := people()[1:] // without the Chairman
	dir, fs := regulation.NewDirectory(units(), ps, members[1:])
	if len(fs) != 0 {
		t.Fatalf("directory: %v", fs)
	}
	tests := []struct {
		name   string
		reason string
		abs    []meeting.Absence
		want   []got
	}{
		{"approved_by_chair", "the chair is not the Chairman", []meeting.Absence{{Person: policeHead, ApprovedBy: vice1}},
			[]got{f(regulation.MeetingMemberAbsentUnapproved, string(policeHead), regulation.Details{"member": member(policeHead)})}},
		{"not_approved", "no consent at all", []meeting.Absence{{Person: policeHead}},
			[]got{f(regulation.MeetingMemberAbsentUnapproved, string(policeHead), regulation.Details{"member": member(policeHead)})}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := session()
			m.Chair = vice1
			without(&m, chairman, policeHead)
			m.Absences = tc.abs
			fs := meeting.Check(m, dir, regulation.KonTum2023(), asOf)
			checkWellFormed(t, m, fs)
			if diff := cmp.Diff(tc.want, project(fs), cmpOpts); diff != "" {
				t.Errorf("%s\nCheck findings mismatch (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
