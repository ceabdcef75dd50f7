package meetingtest_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/meeting/meetingtest"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	rt "github.com/quyche/quyche/regulation/regulationtest"
)

func d(y int, m time.Month, dd int) calendar.Date { return calendar.NewDate(y, m, dd) }

// at returns hh:mm of y-m-dd in Vietnam.
func at(y int, m time.Month, dd, hh, mm int) time.Time {
	return time.Date(y, m, dd, hh, mm, 0, 0, calendar.Zone())
}

func TestAsOfIsInForce(t *testing.T) {
	if rules := regulation.KonTum2023(); !rules.InForce(meetingtest.AsOf()) {
		t.Errorf("AsOf %s is outside the period of %s", meetingtest.AsOf(), rules.ID)
	}
}

func TestMeeting(t *testing.T) {
	rules := regulation.KonTum2023()
	want := func(c regulation.Code, subject string) regulation.Finding {
		return rt.Want(rules, c, regulation.RecordKindMeeting, "M1", subject)
	}
	both := func(os ...func(*meeting.Meeting)) func(*meeting.Meeting) {
		return func(m *meeting.Meeting) {
			for _, o := range os {
				o(m)
			}
		}
	}
	tests := []struct {
		name     string
		override func(*meeting.Meeting)
		want     regulation.Findings
		reason   string
	}{
		{"default", func(*meeting.Meeting) {}, nil, "every invitation met, quorum, all in time"},
		{"head absent", meetingtest.Without(rt.ConstructionActingHead), regulation.Findings{want(regulation.MeetingAbsentUnreported, "SXD")}, "nobody came for Construction, no report"},
		{"head absent, reported", both(meetingtest.Without(rt.ConstructionActingHead), func(m *meeting.Meeting) {
			m.Absences = []meeting.Absence{{Person: rt.ConstructionActingHead, Reported: at(2024, 3, 13, 16, 0)}}
		}), nil, "an invited unit's timely report needs no approval"},
		{"deputy instead of head", func(m *meeting.Meeting) { m.Attendees[7] = meeting.Attendee{Person: rt.ConstructionDeputy} }, regulation.Findings{want(regulation.MeetingSubstituteUnapproved, "SXD")}, "QC Art. 20"},
		{"deputy approved by the chair", func(m *meeting.Meeting) {
			m.Attendees[7] = meeting.Attendee{Person: rt.ConstructionDeputy, ApprovedBy: rt.Chairman}
		}, nil, "the chair approved the substitute"},
		{"deputy at leadership level", func(m *meeting.Meeting) { m.Attendees[9] = meeting.Attendee{Person: rt.DistrictDeputy} }, nil, "a deputy meets level leadership"},
		{"specialist", func(m *meeting.Meeting) { m.Attendees[8] = meeting.Attendee{Person: rt.BoardSpecialist} }, regulation.Findings{want(regulation.MeetingAttendeeLevel, "BDT")}, "below unit leadership"},
		{"member absent", meetingtest.Without(rt.PPCMember), regulation.Findings{want(regulation.MeetingMemberAbsentUnapproved, "uv")}, "LGO Art. 114(2)"},
		{"member absent with consent", both(meetingtest.Without(rt.PPCMember), func(m *meeting.Meeting) {
			m.Absences = []meeting.Absence{{Person: rt.PPCMember, Reported: at(2024, 3, 13, 9, 0), ApprovedBy: rt.Chairman}}
		}), nil, "the Chairman consented in time"},
		{"member reported late", both(meetingtest.Without(rt.PPCMember), func(m *meeting.Meeting) {
			m.Absences = []meeting.Absence{{Person: rt.PPCMember, Reported: at(2024, 3, 14, 8, 30), ApprovedBy: rt.Chairman}}
		}), regulation.Findings{want(regulation.MeetingAbsenceReportLate, "uv")}, "reported after the start"},
		{"no quorum", meetingtest.Without(rt.ViceChairman1, rt.ViceChairman2, rt.PPCMember), regulation.Findings{
			want(regulation.MeetingNoQuorum, ""),
			want(regulation.MeetingMemberAbsentUnapproved, "pct1"),
			want(regulation.MeetingMemberAbsentUnapproved, "pct2"),
			want(regulation.MeetingMemberAbsentUnapproved, "uv"),
		}, "4 of 7 members is less than 2/3"},
		{"invitation late", func(m *meeting.Meeting) { m.InvitationSent = d(2024, 3, 13) }, regulation.Findings{want(regulation.MeetingInvitationLate, "")}, "one working day before"},
		{"urgent", func(m *meeting.Meeting) { m.Urgent, m.InvitationSent = true, d(2024, 3, 13) }, nil, "an urgent invitation has no lead time"},
		{"documents late", func(m *meeting.Meeting) { m.DocumentsSent = d(2024, 3, 12) }, regulation.Findings{want(regulation.MeetingDocumentsLate, "")}, "two days before"},
		{"no conclusion", func(m *meeting.Meeting) { m.ConclusionIssued = calendar.Date{} }, regulation.Findings{want(regulation.MeetingConclusionLate, "")}, "none by 21/03, as of 29/03"},
		{"working meeting", func(m *meeting.Meeting) { m.Kind = meeting.KindWorking }, nil, "not a session; still clean"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := meeting.Check(meetingtest.Meeting(tc.override), rt.Province(), rules, meetingtest.AsOf())
			if diff := cmp.Diff(tc.want, got, rt.IgnoreMessages(), rt.SortFindings()); diff != "" {
				t.Errorf("meeting.Check (%s) (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestWithout(t *testing.T) {
	m := meetingtest.Meeting()
	shared := m // shares the attendees
	meetingtest.Without(rt.FinanceHead, rt.BoardHead, "nobody")(&m)
	var got []regulation.PersonID
	for _, a := range m.Attendees {
		got = append(got, a.Person)
	}
	want := []regulation.PersonID{
		rt.Chairman, rt.ViceChairman1, rt.ViceChairman2, rt.OfficeHead, rt.HomeAffairsHead, rt.PPCMember,
		rt.ConstructionActingHead, rt.DistrictHead,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("attendees after Without (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(meetingtest.Meeting(), shared); diff != "" {
		t.Errorf("Without changed a copy that shared the attendees (-want +got):\n%s", diff)
	}
}

func TestOverridesApplyInOrder(t *testing.T) {
	got := meetingtest.Meeting(
		meetingtest.Without(rt.BoardHead),
		func(m *meeting.Meeting) {
			m.Attendees = append(m.Attendees, meeting.Attendee{Person: rt.BoardHead, ForUnit: rt.Board})
		},
	)
	if last := got.Attendees[len(got.Attendees)-1]; last.ForUnit != rt.Board || len(got.Attendees) != 10 {
		t.Errorf("the second override did not see the first: last attendee %+v, %d attendees", last, len(got.Attendees))
	}
}

func TestMeetingIsFresh(t *testing.T) {
	m := meetingtest.Meeting()
	m.Invitations[0].Unit, m.Attendees[0].Person = "X", "X"
	if n := meetingtest.Meeting(); n.Invitations[0].Unit == "X" || n.Attendees[0].Person == "X" {
		t.Error("Meeting shares its slices between calls")
	}
}
