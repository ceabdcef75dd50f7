package meeting_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// This file tests the contract that Check shares with the other checks:
// its arguments, when a meeting exists, which faults stay local, and empty
// lists.

// invalid returns the expected input.invalid finding on field: a local
// fault for the meeting's optional dates, else a structural one.
func invalid(field string, p regulation.Problem) got {
	effect := regulation.InputEffectRecordNotChecked
	switch field {
	case "invitation_sent", "documents_sent", "conclusion_issued":
		effect = regulation.InputEffectRulesSkipped
	}
	return f(regulation.InputInvalid, field, regulation.Details{"field": field, "problem": p, "effect": effect})
}

func TestCheckArguments(t *testing.T) {
	dir, rules := directory(t), regulation.KonTum2023()
	tests := []struct {
		name   string
		reason string
		edit   func(*meeting.Meeting)
		dir    *regulation.Directory
		rules  *regulation.Rules
		asOf   calendar.Date
		want   []got
	}{
		{name: "all_usable", reason: "usable arguments: the clean session has no finding",
			dir: dir, rules: rules, asOf: asOf},
		{name: "zero_as_of", reason: "a zero as_of is input.invalid, never \"no cut-off\"",
			dir: dir, rules: rules,
			want: []got{invalid("as_of", regulation.ProblemMissing)}},
		{name: "as_of_after_9999", reason: "as_of outside the years 0001–9999",
			dir: dir, rules: rules, asOf: d(10000, 1, 1),
			want: []got{invalid("as_of", regulation.ProblemOutOfRange)}},
		{name: "as_of_before_year_1", reason: "as_of outside the years 0001–9999",
			dir: dir, rules: rules, asOf: d(0, 12, 31),
			want: []got{invalid("as_of", regulation.ProblemOutOfRange)}},
		{name: "nil_directory", reason: "a nil directory is input.invalid with subject directory, not an unknown chair",
			rules: rules, asOf: asOf,
			want: []got{invalid("directory", regulation.ProblemMissing)}},
		{name: "nil_rules", reason: "a nil rule set is input.invalid with subject rules",
			dir: dir, asOf: asOf,
			want: []got{invalid("rules", regulation.ProblemMissing)}},
		{name: "all_three", reason: "one finding per bad argument, sorted: as_of, directory, rules",
			want: []got{
				invalid("as_of", regulation.ProblemMissing),
				invalid("directory", regulation.ProblemMissing),
				invalid("rules", regulation.ProblemMissing),
			}},
		{name: "bad_argument_hides_findings", reason: "with a bad argument nothing about the record is reported",
			edit: func(m *meeting.Meeting) { without(m, stcHead, policeHead); m.InvitationSent = d(2024, 3, 13) },
			dir:  dir, rules: rules,
			want: []got{invalid("as_of", regulation.ProblemMissing)}},
		{name: "bad_argument_hides_invalid_record", reason: "the argument findings come alone, even for an uncheckable record",
			edit: func(m *meeting.Meeting) { m.Chair = "" },
			dir:  dir, asOf: asOf,
			want: []got{invalid("rules", regulation.ProblemMissing)}},
		{name: "bad_argument_hides_local_fault", reason: "the argument findings come alone, even with a faulty optional date",
			edit:  func(m *meeting.Meeting) { m.InvitationSent = d(2024, 3, 15) },
			rules: rules, asOf: asOf,
			want: []got{invalid("directory", regulation.ProblemMissing)}},
		{name: "bad_argument_without_id", reason: "the findings name the record's id, even an empty one",
			edit: func(m *meeting.Meeting) { m.ID = "" },
			dir:  dir, rules: rules,
			want: []got{invalid("as_of", regulation.ProblemMissing)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := session()
			if tc.edit != nil {
				tc.edit(&m)
			}
			fs := meeting.Check(m, tc.dir, tc.rules, tc.asOf)
			checkWellFormed(t, m, fs)
			if diff := cmp.Diff(tc.want, project(fs), cmpOpts); diff != "" {
				t.Errorf("%s\nCheck findings mismatch (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestCheckExistence(t *testing.T) {
	// troubled is the session of Thursday 14/03/2024 with an invitation two
	// working days ahead, documents one day ahead, no conclusion notice, and
	// nobody for STC nor the police director (a member), absences unreported.
	troubled := func(more ...func(*meeting.Meeting)) func(*meeting.Meeting) {
		return func(m *meeting.Meeting) {
			m.InvitationSent, m.DocumentsSent, m.ConclusionIssued = d(2024, 3, 12), d(2024, 3, 13), calendar.Date{}
			without(m, stcHead, policeHead)
			for _, e := range more {
				e(m)
			}
		}
	}
	held := []got{
		f(regulation.MeetingAbsentUnreported, "STC", regulation.Details{"level": meeting.LevelHead}),
		f(regulation.MeetingDocumentsLate, "", regulation.Details{"sent": d(2024, 3, 13), "date": d(2024, 3, 14), "days": 1, "required": 3}),
		f(regulation.MeetingInvitationLate, "", regulation.Details{"sent": d(2024, 3, 12), "date": d(2024, 3, 14), "workdays": 2, "required": 3}),
		f(regulation.MeetingMemberAbsentUnapproved, string(policeHead), regulation.Details{"member": member(policeHead)}),
	}
	// july2025 moves the clean session to Thursday 10/07/2025, after the Kon
	// Tum rule set ended (30/06/2025).
	july2025 := func(m *meeting.Meeting) {
		m.Date, m.Start, m.InvitationSent, m.DocumentsSent = d(2025, 7, 10), at(2025, 7, 10, 14, 0), d(2025, 7, 7), d(2025, 7, 7)
		m.ConclusionIssued = d(2025, 7, 17)
	}
	notInForce := func(date calendar.Date) got {
		return f(regulation.RulesNotInForce, "", regulation.Details{"date": date, "rules": "kontum-2023", "from": d(2023, 10, 14), "to": d(2025, 6, 30)})
	}
	runRows(t, []row{
		{name: "day_before", reason: "the meeting does not exist yet: only the invitation already sent, and late, is judged; not the documents also sent",
			asOf: asOfDate(d(2024, 3, 13)), edit: troubled(),
			want: []got{held[2]}},
		{name: "day_of", reason: "a meeting on as_of has been held: every rule runs; the conclusion is not due before 21/03",
			asOf: asOfDate(d(2024, 3, 14)), edit: troubled(),
			want: held},
		{name: "day_after", reason: "the day after, the same findings",
			asOf: asOfDate(d(2024, 3, 15)), edit: troubled(),
			want: held},
		{name: "after_conclusion_deadline", reason: "the day after the conclusion's deadline it is late too",
			asOf: asOfDate(d(2024, 3, 22)), edit: troubled(),
			want: []got{held[0],
				f(regulation.MeetingConclusionLate, "", regulation.Details{"deadline": d(2024, 3, 21), "issued": calendar.Date{},
					"as_of": d(2024, 3, 22), "late_days": 1, "late_workdays": 1}),
				held[1], held[2], held[3]}},
		{name: "day_before_outside_period", reason: "a meeting not held yet gets no rules.not_in_force either",
			asOf: asOfDate(d(2025, 7, 9)), edit: july2025},
		{name: "day_of_outside_period", reason: "held on as_of, outside the rule set's period: rules.not_in_force",
			asOf: asOfDate(d(2025, 7, 10)), edit: july2025,
			want: []got{notInForce(d(2025, 7, 10))}},
		{name: "before_rules_in_force", reason: "a meeting held before the period gets rules.not_in_force and is still checked",
			asOf: asOfDate(d(2023, 6, 30)),
			edit: func(m *meeting.Meeting) {
				m.Date, m.Start, m.InvitationSent, m.DocumentsSent = d(2023, 5, 10), at(2023, 5, 10, 8, 0), d(2023, 5, 4), d(2023, 5, 6)
				m.ConclusionIssued = d(2023, 5, 16)
				without(m, stcHead)
			},
			want: []got{held[0], notInForce(d(2023, 5, 10))}},
		{name: "day_before_local_faults", reason: "a meeting not held yet still gets the input.invalid of its faulty dates, and nothing else",
			asOf: asOfDate(d(2024, 3, 13)),
			edit: troubled(func(m *meeting.Meeting) { m.InvitationSent, m.DocumentsSent = d(2024, 3, 15), d(2024, 3, 16) }),
			want: []got{
				invalid("documents_sent", regulation.ProblemDateOrder),
				invalid("invitation_sent", regulation.ProblemDateOrder),
			}},
		{name: "day_before_structural_fault", reason: "an uncheckable record gets its input.invalid whatever its dates",
			asOf: asOfDate(d(2024, 3, 13)),
			edit: troubled(func(m *meeting.Meeting) { m.Attendees[0].Person = "ghost" }),
			want: []got{invalid("attendees[0].person", regulation.ProblemUnknownPerson)}},
		{name: "year_before", reason: "a meeting long after as_of: nothing",
			asOf: asOfDate(d(2023, 3, 14)), edit: troubled()},
	})
}

func TestCheckInvitationBeforeMeeting(t *testing.T) {
	// The session of Thursday 14/03/2024, not held yet as of Wednesday
	// 13/03, with nobody attending, documents late and no conclusion: only
	// meeting.invitation_late may be reported.
	notHeld := func(sent calendar.Date, urgent bool) func(*meeting.Meeting) {
		return func(m *meeting.Meeting) {
			m.Attendees, m.DocumentsSent, m.ConclusionIssued = nil, d(2024, 3, 13), calendar.Date{}
			m.InvitationSent, m.Urgent = sent, urgent
		}
	}
	late := func(sent calendar.Date, n int) got {
		return f(regulation.MeetingInvitationLate, "", regulation.Details{"sent": sent, "date": d(2024, 3, 14), "workdays": n, "required": 3})
	}
	wed := asOfDate(d(2024, 3, 13))
	runRows(t, []row{
		{name: "sent_before_as_of_late", reason: "sent Tue 12/03, two working days ahead: already late",
			asOf: wed, edit: notHeld(d(2024, 3, 12), false), want: []got{late(d(2024, 3, 12), 2)}},
		{name: "sent_on_as_of_late", reason: "boundary: sent on as_of itself counts as sent",
			asOf: wed, edit: notHeld(d(2024, 3, 13), false), want: []got{late(d(2024, 3, 13), 1)}},
		{name: "sent_after_as_of", reason: "sent Wed 13/03, as of Tue 12/03: not sent yet, nothing to judge",
			asOf: asOfDate(d(2024, 3, 12)), edit: notHeld(d(2024, 3, 13), false)},
		{name: "sent_in_time", reason: "sent Mon 11/03, three working days ahead: nothing",
			asOf: wed, edit: notHeld(d(2024, 3, 11), false)},
		{name: "urgent", reason: "an urgent meeting has no lead time, held or not",
			asOf: wed, edit: notHeld(d(2024, 3, 12), true)},
		{name: "not_recorded", reason: "no invitation date: nothing",
			asOf: wed, edit: notHeld(calendar.Date{}, false)},
		{name: "sent_after_meeting", reason: "an invitation dated after the meeting is a local fault: input.invalid, no invitation_late",
			asOf: wed, edit: notHeld(d(2024, 3, 15), false),
			want: []got{invalid("invitation_sent", regulation.ProblemDateOrder)}},
		{name: "sent_out_of_range", reason: "an invitation date before year 1 is a local fault",
			asOf: wed, edit: notHeld(d(0, 3, 1), false),
			want: []got{invalid("invitation_sent", regulation.ProblemOutOfRange)}},
	})
}

func TestCheckLocalFaults(t *testing.T) {
	// faulty is the session with every timing rule broken — invitation two
	// working days ahead, documents one day ahead, conclusion a day late —
	// nobody for STC, and four members away with the Chairman's consent, so
	// that the quorum is missed (5 of 9).
	approved := func(id regulation.PersonID) meeting.Absence {
		return meeting.Absence{Person: id, Reported: at(2024, 3, 13, 9, 0), ApprovedBy: chairman}
	}
	faulty := func(edit func(*meeting.Meeting)) func(*meeting.Meeting) {
		return func(m *meeting.Meeting) {
			m.InvitationSent, m.DocumentsSent, m.ConclusionIssued = d(2024, 3, 12), d(2024, 3, 13), d(2024, 3, 22)
			without(m, stcHead, vice2, vice3, policeHead, armyHead)
			m.Absences = []meeting.Absence{approved(vice2), approved(vice3), approved(policeHead), approved(armyHead)}
			edit(m)
		}
	}
	absent := f(regulation.MeetingAbsentUnreported, "STC", regulation.Details{"level": meeting.LevelHead})
	conclusion := f(regulation.MeetingConclusionLate, "", regulation.Details{
		"deadline": d(2024, 3, 21), "issued": d(2024, 3, 22), "as_of": asOf, "late_days": 1, "late_workdays": 1})
	documents := func(sent calendar.Date, days int) got {
		return f(regulation.MeetingDocumentsLate, "", regulation.Details{"sent": sent, "date": d(2024, 3, 14), "days": days, "required": 3})
	}
	invitation := func(sent calendar.Date, n int) got {
		return f(regulation.MeetingInvitationLate, "", regulation.Details{"sent": sent, "date": d(2024, 3, 14), "workdays": n, "required": 3})
	}
	noQuorum := f(regulation.MeetingNoQuorum, "", regulation.Details{"attending": 5, "members": 9, "quorum": "2/3"})
	docs, inv := documents(d(2024, 3, 13), 1), invitation(d(2024, 3, 12), 2)
	runRows(t, []row{
		{name: "no_fault", reason: "the baseline: every timing rule, the quorum and the composition fire",
			edit: faulty(func(*meeting.Meeting) {}),
			want: []got{absent, conclusion, docs, inv, noQuorum}},
		{name: "invitation_after_meeting", reason: "an invitation sent after the meeting: input.invalid switches off invitation_late only",
			edit: faulty(func(m *meeting.Meeting) { m.InvitationSent = d(2024, 3, 15) }),
			want: []got{invalid("invitation_sent", regulation.ProblemDateOrder), absent, conclusion, docs, noQuorum}},
		{name: "invitation_after_9999", reason: "an invitation date after year 9999: out_of_range, invitation_late off",
			edit: faulty(func(m *meeting.Meeting) { m.InvitationSent = d(10000, 1, 1) }),
			want: []got{invalid("invitation_sent", regulation.ProblemOutOfRange), absent, conclusion, docs, noQuorum}},
		{name: "invitation_before_year_1", reason: "an invitation date before year 1: out_of_range, invitation_late off",
			edit: faulty(func(m *meeting.Meeting) { m.InvitationSent = d(0, 6, 1) }),
			want: []got{invalid("invitation_sent", regulation.ProblemOutOfRange), absent, conclusion, docs, noQuorum}},
		{name: "invitation_on_meeting_day", reason: "boundary: sent on the day is possible, and late by 0 working days",
			edit: faulty(func(m *meeting.Meeting) { m.InvitationSent = d(2024, 3, 14) }),
			want: []got{absent, conclusion, docs, invitation(d(2024, 3, 14), 0), noQuorum}},
		{name: "documents_after_meeting", reason: "documents sent after the session: input.invalid switches off documents_late only",
			edit: faulty(func(m *meeting.Meeting) { m.DocumentsSent = d(2024, 3, 15) }),
			want: []got{invalid("documents_sent", regulation.ProblemDateOrder), absent, conclusion, inv, noQuorum}},
		{name: "documents_after_9999", reason: "a documents date after year 9999: out_of_range, documents_late off",
			edit: faulty(func(m *meeting.Meeting) { m.DocumentsSent = d(10000, 1, 1) }),
			want: []got{invalid("documents_sent", regulation.ProblemOutOfRange), absent, conclusion, inv, noQuorum}},
		{name: "documents_on_meeting_day", reason: "boundary: sent on the day is possible, and 0 days ahead",
			edit: faulty(func(m *meeting.Meeting) { m.DocumentsSent = d(2024, 3, 14) }),
			want: []got{absent, conclusion, documents(d(2024, 3, 14), 0), inv, noQuorum}},
		{name: "conclusion_before_meeting", reason: "a conclusion before the meeting: input.invalid switches off conclusion_late (not read as missing)",
			edit: faulty(func(m *meeting.Meeting) { m.ConclusionIssued = d(2024, 3, 13) }),
			want: []got{invalid("conclusion_issued", regulation.ProblemDateOrder), absent, docs, inv, noQuorum}},
		{name: "conclusion_after_9999", reason: "a conclusion date after year 9999: out_of_range, conclusion_late off",
			edit: faulty(func(m *meeting.Meeting) { m.ConclusionIssued = d(10000, 1, 1) }),
			want: []got{invalid("conclusion_issued", regulation.ProblemOutOfRange), absent, docs, inv, noQuorum}},
		{name: "conclusion_on_meeting_day", reason: "boundary: a conclusion on the day of the meeting is possible and in time",
			edit: faulty(func(m *meeting.Meeting) { m.ConclusionIssued = d(2024, 3, 14) }),
			want: []got{absent, docs, inv, noQuorum}},
		{name: "all_three", reason: "three local faults switch off the three timing rules; quorum and composition still run",
			edit: faulty(func(m *meeting.Meeting) {
				m.InvitationSent, m.DocumentsSent, m.ConclusionIssued = d(2024, 3, 15), d(2024, 3, 15), d(2024, 3, 13)
			}),
			want: []got{
				invalid("conclusion_issued", regulation.ProblemDateOrder),
				invalid("documents_sent", regulation.ProblemDateOrder),
				invalid("invitation_sent", regulation.ProblemDateOrder),
				absent, noQuorum,
			}},
		{name: "working_meeting_documents", reason: "a documents date is checked on every kind of meeting, though documents_late reads it only for sessions",
			edit: faulty(func(m *meeting.Meeting) { m.Kind, m.DocumentsSent = meeting.KindWorking, d(2024, 3, 15) }),
			want: []got{invalid("documents_sent", regulation.ProblemDateOrder), absent, conclusion, inv}},
		{name: "issue_example", reason: "an invitation dated after the meeting still leaves the missing quorum and the unreported absences reported",
			edit: func(m *meeting.Meeting) {
				m.InvitationSent = d(2024, 3, 15)
				without(m, stcHead, vice2, vice3, policeHead, armyHead)
			},
			want: []got{
				invalid("invitation_sent", regulation.ProblemDateOrder),
				absent,
				f(regulation.MeetingMemberAbsentUnapproved, string(policeHead), regulation.Details{"member": member(policeHead)}),
				f(regulation.MeetingMemberAbsentUnapproved, string(vice2), regulation.Details{"member": member(vice2)}),
				f(regulation.MeetingMemberAbsentUnapproved, string(vice3), regulation.Details{"member": member(vice3)}),
				f(regulation.MeetingMemberAbsentUnapproved, string(armyHead), regulation.Details{"member": member(armyHead)}),
				noQuorum,
			}},
	})
}

func TestCheckConclusionLateness(t *testing.T) {
	// A session on Wednesday 31/01/2024: five working days after it end on
	// Wednesday 07/02, the eve of Tết (08–14/02/2024 are days off).
	before := func(issued calendar.Date) func(*meeting.Meeting) {
		return func(m *meeting.Meeting) {
			m.Date, m.Start = d(2024, 1, 31), at(2024, 1, 31, 8, 0)
			m.InvitationSent, m.DocumentsSent, m.ConclusionIssued = d(2024, 1, 26), d(2024, 1, 26), issued
		}
	}
	late := func(issued, when calendar.Date, days, workdays int) []got {
		return []got{f(regulation.MeetingConclusionLate, "", regulation.Details{
			"deadline": d(2024, 2, 7), "issued": issued, "as_of": when, "late_days": days, "late_workdays": workdays})}
	}
	runRows(t, []row{
		{name: "on_deadline", reason: "issued Wed 07/02, the deadline: in time",
			edit: before(d(2024, 2, 7))},
		{name: "first_workday_after_tet", reason: "issued Thu 15/02: 8 calendar days but 1 working day late",
			edit: before(d(2024, 2, 15)), want: late(d(2024, 2, 15), asOf, 8, 1)},
		{name: "second_workday_after_tet", reason: "issued Fri 16/02: 9 calendar days, 2 working days late",
			edit: before(d(2024, 2, 16)), want: late(d(2024, 2, 16), asOf, 9, 2)},
		{name: "saturday_after_tet", reason: "issued Sat 17/02: 10 calendar days, still 2 working days late",
			edit: before(d(2024, 2, 17)), want: late(d(2024, 2, 17), asOf, 10, 2)},
		{name: "missing_during_tet", reason: "none as of Wed 14/02, the last day of Tết: late by 7 calendar days and 0 working days",
			asOf: asOfDate(d(2024, 2, 14)), edit: before(calendar.Date{}),
			want: late(calendar.Date{}, d(2024, 2, 14), 7, 0)},
		{name: "missing_after_tet", reason: "none as of Mon 19/02: late by 12 calendar days, 3 working days (15, 16, 19/02), to as_of",
			asOf: asOfDate(d(2024, 2, 19)), edit: before(calendar.Date{}),
			want: late(calendar.Date{}, d(2024, 2, 19), 12, 3)},
		{name: "issued_after_as_of", reason: "issued Tue 20/02, as of Fri 16/02: not issued yet, late to as_of by 9 days, 2 working days",
			asOf: asOfDate(d(2024, 2, 16)), edit: before(d(2024, 2, 20)),
			want: late(calendar.Date{}, d(2024, 2, 16), 9, 2)},
	})
}

func TestCheckEmptyLists(t *testing.T) {
	dir, rules := directory(t), regulation.KonTum2023()
	tests := []struct {
		name   string
		reason string
		empty  func(*meeting.Meeting)
		none   func(*meeting.Meeting)
	}{
		{"invitations", "no unit invited: nothing to judge on composition",
			func(m *meeting.Meeting) { m.Invitations = []meeting.Invitation{} },
			func(m *meeting.Meeting) { m.Invitations = nil }},
		{"attendees", "nobody listed: only the chair attends",
			func(m *meeting.Meeting) { m.Attendees = []meeting.Attendee{} },
			func(m *meeting.Meeting) { m.Attendees = nil }},
		{"absences", "no absence reported",
			func(m *meeting.Meeting) { without(m, stcHead); m.Absences = []meeting.Absence{} },
			func(m *meeting.Meeting) { without(m, stcHead); m.Absences = nil }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			empty, none := session(), session()
			tc.empty(&empty)
			tc.none(&none)
			got, want := meeting.Check(empty, dir, rules, asOf), meeting.Check(none, dir, rules, asOf)
			require.False(t, want.Has(regulation.InputInvalid), "an absent list is valid")
			if diff := cmp.Diff(project(want), project(got), cmpOpts); diff != "" {
				t.Errorf("%s: an empty list must read as an absent one (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
