package meeting_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// row is one case of the rule tables: session() changed by edit, checked as
// of asOf (the default asOf when nil) under KonTum2023 changed by rules.
type row struct {
	name   string
	reason string
	edit   func(*meeting.Meeting)
	asOf   *calendar.Date
	rules  func(*regulation.Rules)
	want   []got
}

// asOfDate returns a pointer to an as-of date for a row.
func asOfDate(x calendar.Date) *calendar.Date { return &x }

func runRows(t *testing.T, rows []row) {
	t.Helper()
	dir := directory(t)
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			m := session()
			if tc.edit != nil {
				tc.edit(&m)
			}
			rules := regulation.KonTum2023()
			if tc.rules != nil {
				tc.rules(rules)
			}
			when := asOf
			if tc.asOf != nil {
				when = *tc.asOf
			}
			fs := meeting.Check(m, dir, rules, when)
			checkWellFormed(t, m, fs)
			if diff := cmp.Diff(tc.want, project(fs), cmpOpts); diff != "" {
				t.Errorf("%s\nCheck findings mismatch (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestCheckComposition(t *testing.T) {
	stcDep := func(approvedBy regulation.PersonID) func(*meeting.Meeting) {
		return func(m *meeting.Meeting) {
			replace(m, stcHead, meeting.Attendee{Person: stcDeputy, ApprovedBy: approvedBy})
		}
	}
	noSTC := func(m *meeting.Meeting) { without(m, stcHead) }
	absence := func(a meeting.Absence) func(*meeting.Meeting) {
		return func(m *meeting.Meeting) { without(m, stcHead); m.Absences = append(m.Absences, a) }
	}
	unreported := f(regulation.MeetingAbsentUnreported, "STC", regulation.Details{"level": meeting.LevelHead})
	lateAt := func(when time.Time) got {
		return f(regulation.MeetingAbsenceReportLate, "STC", regulation.Details{"reported": when, "start": at(2024, 3, 14, 8, 0)})
	}
	runRows(t, []row{
		{name: "all_invited_heads_attend", reason: "QC Art. 17, 20: every invited unit sends the level it was invited at"},
		{name: "acting_head_meets_head", reason: "level head is met by the head or the acting head",
			edit: func(m *meeting.Meeting) {
				m.Invitations[2].Level = meeting.LevelHead
				replace(m, sxdDeputy, meeting.Attendee{Person: sxdActing})
			}},
		{name: "deputy_meets_leadership", reason: "level leadership is met by any unit leader; SXD sends its deputy (baseline)",
			edit: func(m *meeting.Meeting) { m.Invitations[2].Level = meeting.LevelLeadership }},
		{name: "head_meets_leadership", reason: "the head is unit leadership",
			edit: func(m *meeting.Meeting) { m.Invitations[1].Level = meeting.LevelLeadership }},
		{name: "deputy_without_approval", reason: "QC Art. 20: a deputy in place of an invited head needs the chair's approval",
			edit: stcDep(""),
			want: []got{f(regulation.MeetingSubstituteUnapproved, "STC", regulation.Details{"deputy": refs(stcDeputy)})}},
		{name: "deputy_approved_by_chair", reason: "QC Art. 20: approved by the chair",
			edit: stcDep(chairman)},
		{name: "deputy_approved_by_vice_chairman", reason: "a PPC leader may approve the substitute",
			edit: stcDep(vice2)},
		{name: "deputy_approved_by_chair_who_is_vice_chairman", reason: "the chair's approval counts whoever chairs",
			edit: func(m *meeting.Meeting) { m.Chair = vice1; stcDep(vice1)(m) }},
		{name: "deputy_approved_by_own_head", reason: "only the chair or a PPC leader can approve; the unit's head cannot",
			edit: stcDep(stcHead),
			want: []got{f(regulation.MeetingSubstituteUnapproved, "STC", regulation.Details{"deputy": refs(stcDeputy)})}},
		{name: "deputy_approved_by_ppc_member", reason: "a PPC member who is not a PPC leader cannot approve",
			edit: stcDep(officeHead),
			want: []got{f(regulation.MeetingSubstituteUnapproved, "STC", regulation.Details{"deputy": refs(stcDeputy)})}},
		{name: "two_deputies_one_approved", reason: "one approved substitute meets the invitation",
			edit: func(m *meeting.Meeting) {
				replace(m, stcHead, meeting.Attendee{Person: stcDeputy}, meeting.Attendee{Person: stcDeputy2, ApprovedBy: chairman})
			}},
		{name: "two_deputies_unapproved", reason: "the finding names every unapproved deputy",
			edit: func(m *meeting.Meeting) {
				replace(m, stcHead, meeting.Attendee{Person: stcDeputy}, meeting.Attendee{Person: stcDeputy2})
			},
			want: []got{f(regulation.MeetingSubstituteUnapproved, "STC", regulation.Details{"deputy": refs(stcDeputy, stcDeputy2)})}},
		{name: "deputy_and_specialist", reason: "precedence: a deputy attending makes it substitute_unapproved, not attendee_level",
			edit: func(m *meeting.Meeting) {
				replace(m, stcHead, meeting.Attendee{Person: stcStaff}, meeting.Attendee{Person: stcDeputy})
			},
			want: []got{f(regulation.MeetingSubstituteUnapproved, "STC", regulation.Details{"deputy": refs(stcDeputy)})}},
		{name: "division_head_at_leadership", reason: "L56 point 1: a division head is below unit leadership",
			edit: func(m *meeting.Meeting) {
				m.Invitations[1].Level = meeting.LevelLeadership
				replace(m, stcHead, meeting.Attendee{Person: stcDivHead})
			},
			want: []got{f(regulation.MeetingAttendeeLevel, "STC", regulation.Details{
				"level": meeting.LevelLeadership, "attendees": refs(stcDivHead)})}},
		{name: "specialists_at_head", reason: "only people below unit leadership: attendee_level names them all",
			edit: func(m *meeting.Meeting) {
				replace(m, stcHead, meeting.Attendee{Person: stcDivHead}, meeting.Attendee{Person: stcStaff, ForUnit: "STC"})
			},
			want: []got{f(regulation.MeetingAttendeeLevel, "STC", regulation.Details{
				"level": meeting.LevelHead, "attendees": refs(stcDivHead, stcStaff)})}},
		{name: "approval_does_not_lift_level", reason: "an approval lets a deputy replace the head, not a specialist",
			edit: func(m *meeting.Meeting) {
				replace(m, stcHead, meeting.Attendee{Person: stcStaff, ApprovedBy: chairman})
			},
			want: []got{f(regulation.MeetingAttendeeLevel, "STC", regulation.Details{
				"level": meeting.LevelHead, "attendees": refs(stcStaff)})}},
		{name: "leader_of_another_unit", reason: "a head attending for another unit is not that unit's leadership",
			edit: func(m *meeting.Meeting) { replace(m, stcHead, meeting.Attendee{Person: sytHead, ForUnit: "STC"}) },
			want: []got{f(regulation.MeetingAttendeeLevel, "STC", regulation.Details{
				"level": meeting.LevelHead, "attendees": refs(sytHead)})}},
		{name: "head_attends_for_other_unit", reason: "an attendee with for_unit represents that unit only (STC's head, not a member, sent for SXD)",
			edit: func(m *meeting.Meeting) {
				without(m, sxdDeputy)
				replace(m, stcHead, meeting.Attendee{Person: stcHead, ForUnit: "SXD"})
			},
			want: []got{
				unreported,
				f(regulation.MeetingAttendeeLevel, "SXD", regulation.Details{
					"level": meeting.LevelLeadership, "attendees": refs(stcHead)}),
			}},
		{name: "member_covers_own_unit", reason: "a PPC member who heads an invited unit covers both roles, whatever for_unit says",
			edit: func(m *meeting.Meeting) { replace(m, snvHead, meeting.Attendee{Person: snvHead, ForUnit: "UBND"}) }},
		{name: "absent_unreported", reason: "QC Art. 17, 20; L56: nobody came and nobody reported",
			edit: noSTC, want: []got{unreported}},
		{name: "absent_unreported_leadership", reason: "the finding carries the invitation's level",
			edit: func(m *meeting.Meeting) { without(m, hdhHead) },
			want: []got{f(regulation.MeetingAbsentUnreported, "HDH", regulation.Details{"level": meeting.LevelLeadership})}},
		{name: "absence_reported_day_before", reason: "QC Art. 20: reported before the start; no approval needed for a unit",
			edit: absence(meeting.Absence{Person: stcHead, Reported: at(2024, 3, 13, 16, 0)})},
		{name: "absence_reported_one_minute_before", reason: "boundary: 07:59 is before the 08:00 start",
			edit: absence(meeting.Absence{Person: stcHead, Reported: at(2024, 3, 14, 7, 59)})},
		{name: "absence_reported_at_start", reason: "boundary: a report at the start is late",
			edit: absence(meeting.Absence{Person: stcHead, Reported: at(2024, 3, 14, 8, 0)}),
			want: []got{lateAt(at(2024, 3, 14, 8, 0))}},
		{name: "absence_reported_after_meeting", reason: "QC Art. 20: reported after the meeting",
			edit: absence(meeting.Absence{Person: stcHead, Reported: at(2024, 3, 15, 9, 0)}),
			want: []got{lateAt(at(2024, 3, 15, 9, 0))}},
		{name: "absence_report_in_utc", reason: "times compare as instants: 00:59 UTC is 07:59 in Vietnam",
			edit: absence(meeting.Absence{Person: stcHead, Reported: time.Date(2024, 3, 14, 0, 59, 0, 0, time.UTC)})},
		{name: "absence_report_without_time", reason: "an unrecorded report time is not checked",
			edit: absence(meeting.Absence{Person: stcHead})},
		{name: "absence_reported_after_as_of", reason: "a report filed after as_of has not happened yet",
			edit: absence(meeting.Absence{Person: stcHead, Reported: at(2024, 3, 30, 9, 0)}),
			want: []got{unreported}},
		{name: "absence_names_unit", reason: "an absence that names the unit covers it, whoever files it",
			edit: absence(meeting.Absence{Person: sytHead, Unit: "STC", Reported: at(2024, 3, 13, 9, 0)})},
		{name: "absence_for_other_unit", reason: "an absence of another unit does not cover STC",
			edit: absence(meeting.Absence{Person: sytHead, Reported: at(2024, 3, 13, 9, 0)}),
			want: []got{unreported}},
		{name: "late_and_timely_reports", reason: "one timely report suffices",
			edit: func(m *meeting.Meeting) {
				without(m, stcHead)
				m.Absences = []meeting.Absence{
					{Person: stcDeputy, Unit: "STC", Reported: at(2024, 3, 14, 9, 0)},
					{Person: stcHead, Reported: at(2024, 3, 13, 9, 0)},
				}
			}},
		{name: "two_late_reports", reason: "the finding shows the earliest late report",
			edit: func(m *meeting.Meeting) {
				without(m, stcHead)
				m.Absences = []meeting.Absence{
					{Person: stcDeputy, Unit: "STC", Reported: at(2024, 3, 14, 9, 0)},
					{Person: stcHead, Reported: at(2024, 3, 14, 8, 30)},
				}
			},
			want: []got{lateAt(at(2024, 3, 14, 8, 30))}},
		{name: "specialist_with_timely_absence", reason: "precedence: someone below leadership attending is attendee_level even with a report",
			edit: func(m *meeting.Meeting) {
				replace(m, stcHead, meeting.Attendee{Person: stcStaff})
				m.Absences = []meeting.Absence{{Person: stcHead, Reported: at(2024, 3, 13, 9, 0)}}
			},
			want: []got{f(regulation.MeetingAttendeeLevel, "STC", regulation.Details{
				"level": meeting.LevelHead, "attendees": refs(stcStaff)})}},
		{name: "no_start_report_on_the_day", reason: "without a start, a report on the day is at or after 00:00 of the date",
			edit: func(m *meeting.Meeting) {
				m.Start = time.Time{}
				absence(meeting.Absence{Person: stcHead, Reported: at(2024, 3, 14, 0, 0)})(m)
			},
			want: []got{f(regulation.MeetingAbsenceReportLate, "STC", regulation.Details{
				"reported": at(2024, 3, 14, 0, 0), "start": at(2024, 3, 14, 0, 0)})}},
		{name: "no_start_report_the_evening_before", reason: "without a start, a report the day before is on time",
			edit: func(m *meeting.Meeting) {
				m.Start = time.Time{}
				absence(meeting.Absence{Person: stcHead, Reported: at(2024, 3, 13, 23, 59)})(m)
			}},
		{name: "unlisted_chair_heads_ppc", reason: "the chair attends the meeting they chair, listed or not",
			edit: func(m *meeting.Meeting) {
				without(m, chairman)
				m.Invitations = append(m.Invitations, meeting.Invitation{Unit: "UBND", Level: meeting.LevelHead})
			}},
		{name: "vice_chairman_for_ppc_at_leadership", reason: "for the PPC itself the Vice-chairmen are unit leadership",
			edit: func(m *meeting.Meeting) {
				m.Chair = vice1
				without(m, chairman)
				m.Invitations = append(m.Invitations, meeting.Invitation{Unit: "UBND", Level: meeting.LevelLeadership})
			}},
		{name: "working_meeting", reason: "composition applies to every kind of meeting",
			edit: func(m *meeting.Meeting) { m.Kind = meeting.KindWorking; noSTC(m) },
			want: []got{unreported}},
	})
}

func TestCheckMembers(t *testing.T) {
	approved := func(id regulation.PersonID) meeting.Absence {
		return meeting.Absence{Person: id, Reported: at(2024, 3, 13, 9, 0), ApprovedBy: chairman}
	}
	away := func(as []meeting.Absence, ids ...regulation.PersonID) func(*meeting.Meeting) {
		return func(m *meeting.Meeting) { without(m, ids...); m.Absences = as }
	}
	noQuorum := func(attending int) got {
		return f(regulation.MeetingNoQuorum, "", regulation.Details{"attending": attending, "members": 9, "quorum": "2/3"})
	}
	absentMember := func(id regulation.PersonID) got {
		return f(regulation.MeetingMemberAbsentUnapproved, string(id), regulation.Details{"member": member(id)})
	}
	three := []meeting.Absence{approved(vice3), approved(policeHead), approved(armyHead)}
	four := append([]meeting.Absence{approved(vice2)}, three...)
	runRows(t, []row{
		{name: "exactly_two_thirds", reason: "LGO Art. 114(3): 6 of 9 members is two thirds (6×3 ≥ 9×2)",
			edit: away(three, vice3, policeHead, armyHead)},
		{name: "below_two_thirds", reason: "LGO Art. 114(3): 5 of 9 is short (5×3 < 9×2)",
			edit: away(four, vice2, vice3, policeHead, armyHead),
			want: []got{noQuorum(5)}},
		{name: "quorum_is_a_parameter", reason: "a rule set with a quorum of 1/2 accepts 5 of 9",
			edit:  away(four, vice2, vice3, policeHead, armyHead),
			rules: func(r *regulation.Rules) { r.Meeting.Quorum = regulation.Fraction{Num: 1, Den: 2} }},
		{name: "quorum_half_short", reason: "with a quorum of 1/2, 4 of 9 is short (4×2 < 9×1)",
			edit:  away(append([]meeting.Absence{approved(vice1)}, four...), vice1, vice2, vice3, policeHead, armyHead),
			rules: func(r *regulation.Rules) { r.Meeting.Quorum = regulation.Fraction{Num: 1, Den: 2} },
			want:  []got{f(regulation.MeetingNoQuorum, "", regulation.Details{"attending": 4, "members": 9, "quorum": "1/2"})}},
		{name: "member_absent_without_report", reason: "LGO Art. 114(2): absent without the Chairman's consent",
			edit: away(nil, policeHead),
			want: []got{absentMember(policeHead)}},
		{name: "member_absence_approved", reason: "the Chairman consented in time",
			edit: away([]meeting.Absence{approved(policeHead)}, policeHead)},
		{name: "member_absence_not_approved", reason: "a report without consent is still an absence without consent",
			edit: away([]meeting.Absence{{Person: policeHead, Reported: at(2024, 3, 13, 9, 0)}}, policeHead),
			want: []got{absentMember(policeHead)}},
		{name: "member_absence_approved_by_vice_chairman", reason: "only the Chairman can consent to a member's absence",
			edit: away([]meeting.Absence{{Person: policeHead, Reported: at(2024, 3, 13, 9, 0), ApprovedBy: vice1}}, policeHead),
			want: []got{absentMember(policeHead)}},
		{name: "member_absence_approved_by_chair_not_chairman", reason: "the consent is the Chairman's even when a Vice-chairman chairs",
			edit: func(m *meeting.Meeting) {
				m.Chair = vice1
				away([]meeting.Absence{{Person: policeHead, Reported: at(2024, 3, 13, 9, 0), ApprovedBy: vice1}}, policeHead)(m)
			},
			want: []got{absentMember(policeHead)}},
		{name: "member_report_late", reason: "QC Art. 20: reported at the start; late report instead of unapproved",
			edit: away([]meeting.Absence{{Person: policeHead, Reported: at(2024, 3, 14, 8, 0), ApprovedBy: chairman}}, policeHead),
			want: []got{f(regulation.MeetingAbsenceReportLate, string(policeHead), regulation.Details{
				"reported": at(2024, 3, 14, 8, 0), "start": at(2024, 3, 14, 8, 0)})}},
		{name: "member_report_one_minute_before", reason: "boundary: 07:59 is on time",
			edit: away([]meeting.Absence{{Person: policeHead, Reported: at(2024, 3, 14, 7, 59), ApprovedBy: chairman}}, policeHead)},
		{name: "member_report_after_as_of", reason: "a report after as_of has not happened: no report",
			asOf: asOfDate(d(2024, 3, 14)),
			edit: func(m *meeting.Meeting) {
				m.NeedsConclusion = false
				away([]meeting.Absence{{Person: policeHead, Reported: at(2024, 3, 15, 7, 0), ApprovedBy: chairman}}, policeHead)(m)
			},
			want: []got{absentMember(policeHead)}},
		{name: "chairman_absent", reason: "the Chairman needs nobody's consent; a Vice-chairman chairs",
			edit: func(m *meeting.Meeting) { m.Chair = vice1; without(m, chairman) }},
		{name: "member_heading_invited_unit_absent", reason: "one person, two roles: the unit's absence and the member's",
			edit: away(nil, snvHead),
			want: []got{
				f(regulation.MeetingAbsentUnreported, "SNV", regulation.Details{"level": meeting.LevelHead}),
				absentMember(snvHead),
			}},
		{name: "member_heading_invited_unit_approved", reason: "the member's approved report covers the unit too",
			edit: away([]meeting.Absence{approved(snvHead)}, snvHead)},
		{name: "member_heading_invited_unit_late", reason: "a late report is late for the unit and for the member",
			edit: away([]meeting.Absence{{Person: snvHead, Reported: at(2024, 3, 14, 9, 0), ApprovedBy: chairman}}, snvHead),
			want: []got{
				f(regulation.MeetingAbsenceReportLate, "SNV", regulation.Details{"reported": at(2024, 3, 14, 9, 0), "start": at(2024, 3, 14, 8, 0)}),
				f(regulation.MeetingAbsenceReportLate, string(snvHead), regulation.Details{"reported": at(2024, 3, 14, 9, 0), "start": at(2024, 3, 14, 8, 0)}),
			}},
		{name: "member_deputy_substitute", reason: "an approved deputy covers the unit; the member's own absence still needs consent",
			edit: func(m *meeting.Meeting) {
				replace(m, snvHead, meeting.Attendee{Person: snvDeputy, ApprovedBy: chairman})
			},
			want: []got{absentMember(snvHead)}},
		{name: "member_attends_for_other_unit", reason: "a member present for another unit is present as a member",
			edit: func(m *meeting.Meeting) { replace(m, officeHead, meeting.Attendee{Person: officeHead, ForUnit: "HDH"}) }},
		{name: "thematic_session", reason: "thematic sessions are PPC sessions too",
			edit: func(m *meeting.Meeting) { m.Kind = meeting.KindThematic; away(nil, policeHead)(m) },
			want: []got{absentMember(policeHead)}},
		{name: "working_meeting_no_member_rules", reason: "quorum and members' absence apply to PPC sessions only",
			edit: func(m *meeting.Meeting) {
				m.Kind = meeting.KindWorking
				without(m, vice1, vice2, vice3, policeHead, armyHead, stpHead)
			}},
	})
}

func TestCheckTiming(t *testing.T) {
	inviteLate := func(sent calendar.Date, date calendar.Date, n int) got {
		return f(regulation.MeetingInvitationLate, "", regulation.Details{"sent": sent, "date": date, "workdays": n, "required": 3})
	}
	on := func(date calendar.Date, edit func(*meeting.Meeting)) func(*meeting.Meeting) {
		return func(m *meeting.Meeting) {
			m.Date, m.Start = date, time.Time{}
			m.InvitationSent, m.DocumentsSent, m.ConclusionIssued = calendar.Date{}, calendar.Date{}, calendar.Date{}
			m.NeedsConclusion = false
			edit(m)
		}
	}
	wed := d(2024, 3, 13)
	conclusionLate := func(issued, when calendar.Date, days, workdays int) got {
		return f(regulation.MeetingConclusionLate, "", regulation.Details{
			"deadline": d(2024, 3, 21), "issued": issued, "as_of": when, "late_days": days, "late_workdays": workdays})
	}
	runRows(t, []row{
		{name: "invitation_three_workdays_across_weekend", reason: "QD45: Fri 08/03 → Wed 13/03 is 3 working days (Mon, Tue, Wed)",
			edit: on(wed, func(m *meeting.Meeting) { m.InvitationSent = d(2024, 3, 8) })},
		{name: "invitation_saturday_before", reason: "Sat 09/03 → Wed 13/03 is still 3 working days",
			edit: on(wed, func(m *meeting.Meeting) { m.InvitationSent = d(2024, 3, 9) })},
		{name: "invitation_two_workdays", reason: "QD45: Mon 11/03 → Wed 13/03 is 2 working days",
			edit: on(wed, func(m *meeting.Meeting) { m.InvitationSent = d(2024, 3, 11) }),
			want: []got{inviteLate(d(2024, 3, 11), wed, 2)}},
		{name: "invitation_same_day", reason: "sent on the day: 0 working days",
			edit: on(wed, func(m *meeting.Meeting) { m.InvitationSent = wed }),
			want: []got{inviteLate(wed, wed, 0)}},
		{name: "invitation_across_tet", reason: "Tue 06/02/2024 → Fri 16/02/2024 is 3 working days: Wed 07, Thu 15, Fri 16 (Tết 08–14/02)",
			edit: on(d(2024, 2, 16), func(m *meeting.Meeting) { m.InvitationSent = d(2024, 2, 6) })},
		{name: "invitation_late_across_tet", reason: "Wed 07/02/2024 → Fri 16/02/2024 is only 2 working days, though 9 calendar days",
			edit: on(d(2024, 2, 16), func(m *meeting.Meeting) { m.InvitationSent = d(2024, 2, 7) }),
			want: []got{inviteLate(d(2024, 2, 7), d(2024, 2, 16), 2)}},
		{name: "invitation_urgent", reason: "an urgent meeting is exempt from the lead time",
			edit: on(wed, func(m *meeting.Meeting) { m.InvitationSent = wed; m.Urgent = true })},
		{name: "invitation_not_recorded", reason: "a missing invitation_sent is not checked",
			edit: on(wed, func(m *meeting.Meeting) { m.InvitationSent = calendar.Date{} })},
		{name: "invitation_lead_is_a_parameter", reason: "a rule set asking 5 working days",
			edit:  on(wed, func(m *meeting.Meeting) { m.InvitationSent = d(2024, 3, 8) }),
			rules: func(r *regulation.Rules) { r.Meeting.InvitationLead = 5 },
			want:  []got{f(regulation.MeetingInvitationLate, "", regulation.Details{"sent": d(2024, 3, 8), "date": wed, "workdays": 3, "required": 5})}},
		{name: "documents_three_days", reason: "LGO Art. 114(4): 11/03 → 14/03 is 3 days (baseline)"},
		{name: "documents_two_days", reason: "LGO Art. 114(4): 12/03 → 14/03 is 2 days",
			edit: func(m *meeting.Meeting) { m.DocumentsSent = d(2024, 3, 12) },
			want: []got{f(regulation.MeetingDocumentsLate, "", regulation.Details{"sent": d(2024, 3, 12), "date": d(2024, 3, 14), "days": 2, "required": 3})}},
		{name: "documents_calendar_days", reason: "calendar days, no rolling: Sun 10/03 → Wed 13/03 is 3 days",
			edit: on(wed, func(m *meeting.Meeting) { m.DocumentsSent = d(2024, 3, 10) })},
		{name: "documents_not_a_session", reason: "documents lead time applies to PPC sessions only",
			edit: func(m *meeting.Meeting) { m.Kind = meeting.KindInterSectoral; m.DocumentsSent = d(2024, 3, 14) }},
		{name: "documents_not_recorded", reason: "a missing documents_sent is not checked",
			edit: func(m *meeting.Meeting) { m.DocumentsSent = calendar.Date{} }},
		{name: "conclusion_on_deadline", reason: "QD45: 5 working days after Thu 14/03 is Thu 21/03 (baseline)"},
		{name: "conclusion_day_after_deadline", reason: "QD45: issued Fri 22/03",
			edit: func(m *meeting.Meeting) { m.ConclusionIssued = d(2024, 3, 22) },
			want: []got{conclusionLate(d(2024, 3, 22), asOf, 1, 1)}},
		{name: "conclusion_missing_on_deadline", reason: "as of the deadline itself nothing is late yet",
			asOf: asOfDate(d(2024, 3, 21)),
			edit: func(m *meeting.Meeting) { m.ConclusionIssued = calendar.Date{} }},
		{name: "conclusion_missing_after_deadline", reason: "QD45: none as of the day after the deadline; late from the deadline to as_of",
			asOf: asOfDate(d(2024, 3, 22)),
			edit: func(m *meeting.Meeting) { m.ConclusionIssued = calendar.Date{} },
			want: []got{conclusionLate(calendar.Date{}, d(2024, 3, 22), 1, 1)}},
		{name: "conclusion_issued_after_as_of", reason: "issued after as_of means not issued as of as_of: Thu 21/03 → Mon 25/03 is 4 days, 2 working days",
			asOf: asOfDate(d(2024, 3, 25)),
			edit: func(m *meeting.Meeting) { m.ConclusionIssued = d(2024, 3, 26) },
			want: []got{conclusionLate(calendar.Date{}, d(2024, 3, 25), 4, 2)}},
		{name: "conclusion_issued_after_weekend", reason: "issued Mon 25/03: 4 calendar days but 2 working days late",
			edit: func(m *meeting.Meeting) { m.ConclusionIssued = d(2024, 3, 25) },
			want: []got{conclusionLate(d(2024, 3, 25), asOf, 4, 2)}},
		{name: "conclusion_not_needed", reason: "no conclusion notice required",
			edit: func(m *meeting.Meeting) { m.NeedsConclusion = false; m.ConclusionIssued = calendar.Date{} }},
		{name: "conclusion_within_is_a_parameter", reason: "a rule set allowing 7 working days: deadline Mon 25/03",
			edit:  func(m *meeting.Meeting) { m.ConclusionIssued = d(2024, 3, 25) },
			rules: func(r *regulation.Rules) { r.Meeting.ConclusionWithin = 7 }},
	})
}
