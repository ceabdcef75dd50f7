package meeting_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
)

// TestCheckLargeMeetings checks meetings whose lists outgrow the state kept
// on the stack (up to 32 keys scanned and 32 values kept in place, see
// inline in state.go): the results must follow the same rules. The
// invalid bench case repeats a pattern of five departments (head /
// specialist / deputy / late report / absent), with every second
// department invited at level leadership, where a deputy is enough.
func TestCheckLargeMeetings(t *testing.T) {
	valid := func(c benchCase) meeting.Meeting { return c.valid }
	invalid := func(c benchCase) meeting.Meeting { return c.invalid }
	tests := []struct {
		name    string
		reason  string
		units   int
		meeting func(benchCase) meeting.Meeting
		want    map[regulation.Code]int
	}{
		{"valid_20", "everything on the stack", 20, valid, map[regulation.Code]int{}},
		{"valid_100", "invitations and attendees spill to the heap", 100, valid, map[regulation.Code]int{}},
		{"invalid_20", "the pattern four times", 20, invalid, map[regulation.Code]int{
			regulation.MeetingAttendeeLevel: 4, regulation.MeetingSubstituteUnapproved: 2,
			regulation.MeetingAbsenceReportLate: 4 + 1, regulation.MeetingAbsentUnreported: 4,
			regulation.MeetingMemberAbsentUnapproved: 4, regulation.MeetingNoQuorum: 1,
			regulation.MeetingInvitationLate: 1, regulation.MeetingDocumentsLate: 1, regulation.MeetingConclusionLate: 1,
		}},
		{"invalid_100", "the pattern twenty times, past the stack", 100, invalid, map[regulation.Code]int{
			regulation.MeetingAttendeeLevel: 20, regulation.MeetingSubstituteUnapproved: 10,
			regulation.MeetingAbsenceReportLate: 20 + 1, regulation.MeetingAbsentUnreported: 20,
			regulation.MeetingMemberAbsentUnapproved: 4, regulation.MeetingNoQuorum: 1,
			regulation.MeetingInvitationLate: 1, regulation.MeetingDocumentsLate: 1, regulation.MeetingConclusionLate: 1,
		}},
		{"duplicate_invitation_beyond_scan", "a duplicate invitation found through the map", 100,
			func(c benchCase) meeting.Meeting {
				m := c.valid
				m.Invitations = append([]meeting.Invitation(nil), m.Invitations...)
				m.Invitations[99].Unit = m.Invitations[40].Unit
				return m
			},
			map[regulation.Code]int{regulation.InputInvalid: 1}},
		{"duplicate_attendee_beyond_scan", "a duplicate attendee found through the map", 100,
			func(c benchCase) meeting.Meeting {
				m := c.valid
				m.Attendees = append([]meeting.Attendee(nil), m.Attendees...)
				m.Attendees[90].Person = m.Attendees[70].Person
				return m
			},
			map[regulation.Code]int{regulation.InputInvalid: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newBenchCase(t, tc.units)
			m := tc.meeting(c)
			fs := meeting.Check(m, c.dir, c.rules, asOf)
			checkWellFormed(t, m, fs)
			got := map[regulation.Code]int{}
			for _, f := range fs {
				got[f.Code]++
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nfindings per code (-want +got):\n%s\n%v", tc.reason, diff, fs)
			}
		})
	}
}
