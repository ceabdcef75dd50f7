package meetingtest

import (
	"slices"
	"time"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	rt "github.com/quyche/quyche/regulation/regulationtest"
)

// AsOf returns the as-of date of the default meeting, Friday 29/03/2024,
// inside the period of regulation.KonTum2023 and after the deadline of the
// conclusion notice.
func AsOf() calendar.Date { return calendar.NewDate(2024, 3, 29) }

// Meeting returns the default meeting record with overrides applied in
// order: the regular session (phiên họp thường kỳ) "M1" of the PPC, chaired
// by regulationtest.Chairman on Thursday 14/03/2024 at 08:00 (UTC+7), not
// urgent, with
//
//	InvitationSent    2024-03-11 (3 working days before)
//	DocumentsSent     2024-03-11 (3 days before)
//	NeedsConclusion   true
//	ConclusionIssued  2024-03-21 (5 working days after)
//	Invitations       [0] regulationtest.Finance at level head
//	                  [1] regulationtest.Construction at level head
//	                  [2] regulationtest.Board at level head
//	                  [3] regulationtest.District at level leadership
//	Attendees         [0–6] the seven PPC members of regulationtest.Members,
//	                        in that order
//	                  [7] regulationtest.ConstructionActingHead
//	                  [8] regulationtest.BoardHead
//	                  [9] regulationtest.DistrictHead
//
// and no absence. Every invited unit is met by its head (Finance's director
// is a PPC member), all members attend, and everything is sent in time, so
// meeting.Check finds nothing as of [AsOf].
func Meeting(overrides ...func(*meeting.Meeting)) meeting.Meeting {
	m := meeting.Meeting{
		ID:               "M1",
		Kind:             meeting.KindRegular,
		Chair:            rt.Chairman,
		Date:             calendar.NewDate(2024, 3, 14),
		Start:            time.Date(2024, 3, 14, 8, 0, 0, 0, calendar.Zone()),
		InvitationSent:   calendar.NewDate(2024, 3, 11),
		DocumentsSent:    calendar.NewDate(2024, 3, 11),
		NeedsConclusion:  true,
		ConclusionIssued: calendar.NewDate(2024, 3, 21),
		Invitations: []meeting.Invitation{
			{Unit: rt.Finance, Level: meeting.LevelHead},
			{Unit: rt.Construction, Level: meeting.LevelHead},
			{Unit: rt.Board, Level: meeting.LevelHead},
			{Unit: rt.District, Level: meeting.LevelLeadership},
		},
	}
	for _, id := range rt.Members() {
		m.Attendees = append(m.Attendees, meeting.Attendee{Person: id})
	}
	m.Attendees = append(m.Attendees,
		meeting.Attendee{Person: rt.ConstructionActingHead},
		meeting.Attendee{Person: rt.BoardHead},
		meeting.Attendee{Person: rt.DistrictHead},
	)
	for _, o := range overrides {
		o(&m)
	}
	return m
}

// Without returns an override that removes the people ids from the
// attendees of a meeting, keeping the others in order in a new slice (the
// old one, which a copy of the record may share, is left as it was).
// It records no absence report: add one to m.Absences when the test needs
// it. The chair attends the meeting they chair whether listed or not (see
// meeting.Check), so removing the chair changes nothing.
func Without(ids ...regulation.PersonID) func(*meeting.Meeting) {
	return func(m *meeting.Meeting) {
		kept := make([]meeting.Attendee, 0, len(m.Attendees))
		for _, a := range m.Attendees {
			if !slices.Contains(ids, a.Person) {
				kept = append(kept, a)
			}
		}
		m.Attendees = kept
	}
}
