package task

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
)

// dates returns the dates written "yyyy-mm-dd".
func dates(ss ...string) []calendar.Date {
	ds := make([]calendar.Date, len(ss))
	for i, s := range ss {
		ds[i] = date(s)
	}
	return ds
}

// compareOptions compares findings, decisions and records field by field.
var compareOptions = cmp.Options{
	cmp.Comparer(func(a, b calendar.Date) bool { return a == b }),
}

// kontumDirectory is the directory of the table tests: a few Kon Tum units and the
// people who sign for them.
func kontumDirectory(t testing.TB) *regulation.Directory {
	t.Helper()
	units := []regulation.Unit{
		{ID: "UBND", Name: "Ủy ban nhân dân tỉnh Kon Tum", Kind: regulation.UnitKindPPC},
		{ID: "VP", Name: "Văn phòng UBND tỉnh", Kind: regulation.UnitKindPPCOffice},
		{ID: "STC", Name: "Sở Tài chính", Kind: regulation.UnitKindDepartment},
		{ID: "SKHDT", Name: "Sở Kế hoạch và Đầu tư", Kind: regulation.UnitKindDepartment},
		{ID: "SXD", Name: "Sở Xây dựng", Kind: regulation.UnitKindDepartment},
		{ID: "STP", Name: "Sở Tư pháp", Kind: regulation.UnitKindDepartment},
		{ID: "SGTVT", Name: "Sở Giao thông vận tải", Kind: regulation.UnitKindDepartment},
	}
	people := []regulation.Person{
		{ID: "p0", Name: "Chủ tịch", Unit: "UBND", Position: regulation.PositionChairman},
		{ID: "p1", Name: "Giám đốc Sở Tài chính", Unit: "STC", Position: regulation.PositionHead},
		{ID: "p2", Name: "Phó Giám đốc Sở Tài chính", Unit: "STC", Position: regulation.PositionDeputyHead},
		{ID: "p3", Name: "Trưởng phòng", Unit: "STC", Position: regulation.PositionDivisionHead},
		{ID: "p4", Name: "Quyền Giám đốc Sở Xây dựng", Unit: "SXD", Position: regulation.PositionActingHead},
		{ID: "p6", Name: "Chuyên viên", Unit: "STC", Position: regulation.PositionSpecialist},
	}
	dir, fs := regulation.NewDirectory(units, people, []regulation.PersonID{"p0", "p1"})
	require.Empty(t, fs, "the test directory is valid")
	return dir
}

// requireCalendar makes sure the rule set's calendar knows the 2024
// schedule that the boundary rows rely on.
func requireCalendar(t testing.TB, rules *regulation.Rules) {
	t.Helper()
	cal := rules.WorkCalendar()
	require.False(t, cal.IsWorkday(date("2024-04-18")), "Hùng Kings day 2024 is a day off")
	require.False(t, cal.IsWorkday(date("2024-04-29")), "Mon 29/4/2024 is a swapped rest day")
	require.False(t, cal.IsWorkday(date("2024-04-30")), "30/4/2024 is a holiday")
	require.True(t, cal.IsWorkday(date("2024-05-04")), "Sat 4/5/2024 is a working day")
}

// checkFindings verifies what every finding of a check must satisfy:
// sorted, complete details, messages that render in both languages, and
// the record they are about.
func checkFindings(t testing.TB, fs regulation.Findings, kind regulation.RecordKind, record string) {
	t.Helper()
	if !slices.IsSortedFunc(fs, regulation.Compare) {
		t.Errorf("findings are not sorted: %v", fs)
	}
	for _, f := range fs {
		if m := regulationtest.MissingDetails(f); len(m) > 0 {
			t.Errorf("%s %q lacks details %v", f.Code, f.Subject, m)
		}
		if f.Kind != kind || f.Record != record {
			t.Errorf("%s is about %s %q, want %s %q", f.Code, f.Kind, f.Record, kind, record)
		}
		if f.Severity != f.Code.Severity() {
			t.Errorf("%s has severity %s, want %s", f.Code, f.Severity, f.Code.Severity())
		}
		for _, l := range []regulation.Lang{regulation.Vietnamese, regulation.English} {
			if m := f.Message(l); m == "" || strings.Contains(m, "?") {
				t.Errorf("%s message in %s does not render: %q", f.Code, l, m)
			}
		}
	}
}

// consultFinding returns the finding of code about the consultation C1.
func consultFinding(rules *regulation.Rules, code regulation.Code, subject string, d regulation.Details) regulation.Finding {
	return rules.Finding(code, regulation.RecordKindConsultation, "C1", subject, d)
}

// badConsultation returns the input.invalid finding of the consultation id: a local
// fault for the optional dates (a reply's received, a reminder, resolved,
// escalated), else a structural one.
func badConsultation(id, field string, p regulation.Problem) regulation.Finding {
	if localField(field) {
		return regulation.LocalInvalidInput(regulation.RecordKindConsultation, id, field, p)
	}
	return regulation.InvalidInput(regulation.RecordKindConsultation, id, field, p)
}

// localField reports whether field is one of a consultation's optional
// dates, whose faults are local.
func localField(field string) bool {
	return field == "resolved" || field == "escalated" || strings.HasPrefix(field, "reminders[") ||
		strings.HasPrefix(field, "replies[") && strings.HasSuffix(field, ".received")
}

// newReply returns a reply; received "" means none.
func newReply(unit, received string, s Stance) Reply {
	return Reply{Unit: regulation.UnitID(unit), Received: date(received), Stance: s}
}

// newConsultation returns the consultation C1 of STC, sent on Mon 15/4/2024 with
// no stated deadline: the reply deadline is Fri 3/5/2024 (ten working days,
// across Hùng Kings day and the 29/4–1/5 break), the follow-up window ends on
// Tue 7/5/2024 (Sat 4/5 is a working day), and a disagreement must be
// settled by Thu 9/5/2024 when no reply came after the deadline.
func newConsultation(replies ...Reply) Consultation {
	return Consultation{ID: "C1", Task: "T1", Lead: "STC", Sent: date("2024-04-15"), Replies: replies}
}

func TestReplyDeadline(t *testing.T) {
	kt := regulation.KonTum2023()
	requireCalendar(t, kt)
	slow := kt.Clone()
	slow.Consult.ReplyDefault = 15
	tests := []struct {
		name   string
		reason string
		c      Consultation
		rules  *regulation.Rules
		want   calendar.Date
	}{
		{"default", "ten working days after Mon 15/4/2024, skipping 18/4 and 27/4–1/5",
			newConsultation(), kt, date("2024-05-03")},
		{"default of another rule set", "the parameter, not a constant: 15 working days, Sat 4/5/2024 being one",
			newConsultation(), slow, date("2024-05-09")},
		{"stated", "the request's own deadline wins over the default",
			Consultation{Sent: date("2024-04-15"), Due: date("2024-04-25")}, kt, date("2024-04-25")},
		{"stated on a holiday", "30/4/2024 is a holiday, 1/5 too: the deadline moves to Thu 2/5 (BLDS Art. 148(5))",
			Consultation{Sent: date("2024-04-15"), Due: date("2024-04-30")}, kt, date("2024-05-02")},
		{"stated on a working Saturday", "Sat 4/5/2024 is a working day, so it stays",
			Consultation{Sent: date("2024-04-15"), Due: date("2024-05-04")}, kt, date("2024-05-04")},
		{"stated on a Sunday", "Sun 12/5/2024 moves to Mon 13/5",
			Consultation{Sent: date("2024-04-15"), Due: date("2024-05-12")}, kt, date("2024-05-13")},
		{"nothing to count from", "no sent date and no stated deadline", Consultation{}, kt, calendar.Date{}},
		{"no rule set", "a nil rule set gives no deadline rather than a panic", newConsultation(), nil, calendar.Date{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.c.ReplyDeadline(tc.rules)
			if diff := cmp.Diff(tc.want, got, compareOptions); diff != "" {
				t.Errorf("%s: ReplyDeadline (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestCheckConsultation(t *testing.T) {
	kt := regulation.KonTum2023()
	requireCalendar(t, kt)
	hcm := kt.Clone()
	hcm.ID = "hcm-example"
	hcm.Consult.SilenceMeansAgreement = true
	dir := kontumDirectory(t)

	deadline, windowEnd, escalateBy := date("2024-05-03"), date("2024-05-07"), date("2024-05-09")
	// late is the reply_late finding of SXD, days and working days late.
	late := func(received string, days, workdays int) regulation.Finding {
		return consultFinding(kt, regulation.ConsultReplyLate, "SXD", regulation.Details{"deadline": deadline, "received": date(received),
			"late_days": days, "late_workdays": workdays})
	}
	missing := func(unit, asOf string, days, workdays int) regulation.Finding {
		return consultFinding(kt, regulation.ConsultReplyMissing, unit, regulation.Details{"deadline": deadline, "as_of": date(asOf),
			"late_days": days, "late_workdays": workdays})
	}
	noFollowup := func(unit string) regulation.Finding {
		return consultFinding(kt, regulation.ConsultNoFollowup, unit, regulation.Details{"deadline": deadline, "window_end": windowEnd})
	}
	unclear := func(received string) regulation.Finding {
		return consultFinding(kt, regulation.ConsultStanceUnclear, "SXD", regulation.Details{"received": date(received)})
	}
	unresolved := func(since, by, asOf string, days, workdays int) regulation.Finding {
		return consultFinding(kt, regulation.ConsultUnresolvedDisagreement, "SKHDT", regulation.Details{"since": date(since), "escalate_by": date(by), "as_of": date(asOf),
			"late_days": days, "late_workdays": workdays})
	}
	with := func(c Consultation, f func(*Consultation)) Consultation { f(&c); return c }

	tests := []struct {
		name   string
		reason string
		c      Consultation
		rules  *regulation.Rules
		dir    *regulation.Directory
		asOf   string
		want   regulation.Findings
	}{
		// consult.reply_late
		{"reply on the deadline", "a deadline D runs until 24:00 of D (BLDS Art. 148(6))",
			newConsultation(newReply("SXD", "2024-05-03", StanceAgree)), kt, dir, "2024-06-03", nil},
		{"reply on the working Saturday after the deadline", "Sat 4/5/2024 is a working day: one working day late",
			newConsultation(newReply("SXD", "2024-05-04", StanceAgree)), kt, dir, "2024-06-03",
			regulation.Findings{late("2024-05-04", 1, 1)}},
		{"reply late across a weekend", "Mon 6/5 is the second working day after Fri 3/5 (Sat 4/5 worked)",
			newConsultation(newReply("SXD", "2024-05-06", StanceAgreeWithComments)), kt, dir, "2024-06-03",
			regulation.Findings{late("2024-05-06", 3, 2)}},
		{"stated deadline on a holiday", "due 30/4 (holiday) moves to Thu 2/5: a reply on 2/5 is on time",
			with(newConsultation(newReply("SXD", "2024-05-02", StanceAgree)), func(c *Consultation) { c.Due = date("2024-04-30") }),
			kt, dir, "2024-06-03", nil},
		{"stated deadline on a holiday, reply the day after", "due 30/4 moves to Thu 2/5; Fri 3/5 is one working day late",
			with(newConsultation(newReply("SXD", "2024-05-03", StanceAgree)), func(c *Consultation) { c.Due = date("2024-04-30") }),
			kt, dir, "2024-06-03",
			regulation.Findings{consultFinding(kt, regulation.ConsultReplyLate, "SXD", regulation.Details{"deadline": date("2024-05-02"), "received": date("2024-05-03"), "late_days": 1, "late_workdays": 1})}},

		// consult.reply_missing and consult.deemed_agreement
		{"no reply, as of the deadline", "the unit still has the whole deadline day",
			newConsultation(newReply("SXD", "", 0)), kt, dir, "2024-05-03", nil},
		{"no reply, the day after the deadline", "from D+1 a missing reply is late",
			newConsultation(newReply("SXD", "", 0)), kt, dir, "2024-05-04",
			regulation.Findings{missing("SXD", "2024-05-04", 1, 1)}},
		{"reply received after as_of", "a reply dated after as_of has not arrived yet as of as_of",
			newConsultation(newReply("SXD", "2024-05-10", StanceAgree)), kt, dir, "2024-05-06",
			regulation.Findings{missing("SXD", "2024-05-06", 3, 2)}},
		{"silence means agreement", "with SilenceMeansAgreement the missing reply is deemed agreement (info)",
			newConsultation(newReply("SXD", "", 0)), hcm, dir, "2024-05-04",
			regulation.Findings{hcm.Finding(regulation.ConsultDeemedAgreement, regulation.RecordKindConsultation, "C1", "SXD", regulation.Details{"deadline": deadline})}},

		// consult.stance_unclear
		{"stance unclear", "L56 fn. 2: answers that do not say whether the unit agrees",
			newConsultation(newReply("SXD", "2024-04-25", StanceUnclear)), kt, dir, "2024-06-03",
			regulation.Findings{unclear("2024-04-25")}},
		{"no stance", "a reply that records no stance says nothing either way",
			newConsultation(newReply("SXD", "2024-04-25", StanceUnknown)), kt, dir, "2024-06-03",
			regulation.Findings{unclear("2024-04-25")}},
		{"agree with comments", "a clear stance, even with comments",
			newConsultation(newReply("SXD", "2024-04-25", StanceAgreeWithComments)), kt, dir, "2024-06-03", nil},
		{"late and unclear", "both faults of one reply are reported",
			newConsultation(newReply("SXD", "2024-05-04", StanceUnclear)), kt, dir, "2024-06-03",
			regulation.Findings{late("2024-05-04", 1, 1), unclear("2024-05-04")}},

		// consult.no_followup
		{"no reminder", "the window (3/5, 7/5] is over on 8/5 and nobody chased the silent unit",
			newConsultation(newReply("SXD", "", 0), newReply("SKHDT", "2024-05-02", StanceAgree)), kt, dir, "2024-05-08",
			regulation.Findings{missing("SXD", "2024-05-08", 5, 4), noFollowup("SXD")}},
		{"reminder on the last day of the window", "Tue 7/5 is the third working day after 3/5 (Sat 4/5 worked)",
			with(newConsultation(newReply("SXD", "", 0)), func(c *Consultation) { c.Reminders = dates("2024-05-07") }),
			kt, dir, "2024-05-08", regulation.Findings{missing("SXD", "2024-05-08", 5, 4)}},
		{"reminder on the deadline", "reminders on or before the reply deadline are not follow-up",
			with(newConsultation(newReply("SXD", "", 0)), func(c *Consultation) { c.Reminders = dates("2024-04-25", "2024-05-03") }),
			kt, dir, "2024-05-08", regulation.Findings{missing("SXD", "2024-05-08", 5, 4), noFollowup("SXD")}},
		{"reminder after the window", "Wed 8/5 is one working day too late",
			with(newConsultation(newReply("SXD", "", 0)), func(c *Consultation) { c.Reminders = dates("2024-05-08") }),
			kt, dir, "2024-05-09", regulation.Findings{missing("SXD", "2024-05-09", 6, 5), noFollowup("SXD")}},
		{"window not over", "as of its last day the lead unit can still remind",
			newConsultation(newReply("SXD", "", 0)), kt, dir, "2024-05-07",
			regulation.Findings{missing("SXD", "2024-05-07", 4, 3)}},
		{"reply inside the window", "a reply by the end of the window ends the need to chase",
			newConsultation(newReply("SXD", "2024-05-07", StanceAgree)), kt, dir, "2024-06-03",
			regulation.Findings{late("2024-05-07", 4, 3)}},
		{"reply after the window", "still outstanding at the end of the window, with no reminder",
			newConsultation(newReply("SXD", "2024-05-08", StanceAgree)), kt, dir, "2024-06-03",
			regulation.Findings{late("2024-05-08", 5, 4), noFollowup("SXD")}},
		{"one finding per silent unit", "the subject is the coordinating unit",
			newConsultation(newReply("SXD", "", 0), newReply("SGTVT", "", 0)), kt, dir, "2024-05-08",
			regulation.Findings{missing("SGTVT", "2024-05-08", 5, 4), missing("SXD", "2024-05-08", 5, 4), noFollowup("SGTVT"), noFollowup("SXD")}},
		{"deemed agreement owes no follow-up", "under SilenceMeansAgreement the silent unit agreed at the deadline: no follow-up is owed for it",
			newConsultation(newReply("SXD", "", 0)), hcm, dir, "2024-05-08",
			regulation.Findings{
				hcm.Finding(regulation.ConsultDeemedAgreement, regulation.RecordKindConsultation, "C1", "SXD", regulation.Details{"deadline": deadline}),
			}},
		{"the same silence without the silence rule", "Kon Tum: missing and not chased",
			newConsultation(newReply("SXD", "", 0)), kt, dir, "2024-05-08",
			regulation.Findings{missing("SXD", "2024-05-08", 5, 4), noFollowup("SXD")}},
		{"late reply under the silence rule", "a reply after the window is still late and unclear; no follow-up was owed for the silent unit",
			newConsultation(newReply("SXD", "2024-05-08", StanceUnclear)), hcm, dir, "2024-06-03",
			regulation.Findings{
				hcm.Finding(regulation.ConsultReplyLate, regulation.RecordKindConsultation, "C1", "SXD", regulation.Details{"deadline": deadline, "received": date("2024-05-08"), "late_days": 5, "late_workdays": 4}),
				hcm.Finding(regulation.ConsultStanceUnclear, regulation.RecordKindConsultation, "C1", "SXD", regulation.Details{"received": date("2024-05-08")}),
			}},
		{"late reply under the silence rule, as of before it came", "deemed agreement at the deadline, no follow-up owed",
			newConsultation(newReply("SXD", "2024-05-08", StanceUnclear)), hcm, dir, "2024-05-07",
			regulation.Findings{hcm.Finding(regulation.ConsultDeemedAgreement, regulation.RecordKindConsultation, "C1", "SXD", regulation.Details{"deadline": deadline})}},

		// consult.unresolved_disagreement
		{"disagreement, as of the last day", "five working days after the deadline 3/5 is Thu 9/5",
			newConsultation(newReply("SKHDT", "2024-05-02", StanceDisagree)), kt, dir, "2024-05-09", nil},
		{"disagreement left open", "as of 10/5 it is neither resolved nor escalated by 9/5",
			newConsultation(newReply("SKHDT", "2024-05-02", StanceDisagree)), kt, dir, "2024-05-10",
			regulation.Findings{unresolved("2024-05-02", "2024-05-09", "2024-05-10", 1, 1)}},
		{"escalated on the last day", "escalated to the PPC on 9/5",
			with(newConsultation(newReply("SKHDT", "2024-05-02", StanceDisagree)), func(c *Consultation) { c.Escalated = escalateBy }),
			kt, dir, "2024-05-10", nil},
		{"resolved on the last day", "the units settled it on 9/5",
			with(newConsultation(newReply("SKHDT", "2024-05-02", StanceDisagree)), func(c *Consultation) { c.Resolved = escalateBy }),
			kt, dir, "2024-05-10", nil},
		{"escalated late", "escalating on 10/5 is one working day after 9/5",
			with(newConsultation(newReply("SKHDT", "2024-05-02", StanceDisagree)), func(c *Consultation) { c.Escalated = date("2024-05-10") }),
			kt, dir, "2024-05-13", regulation.Findings{unresolved("2024-05-02", "2024-05-09", "2024-05-13", 4, 2)}},
		{"counted from the last reply", "the last reply (6/5, late) is after the deadline: 13/5 is the fifth working day after it",
			newConsultation(newReply("SKHDT", "2024-05-02", StanceDisagree), newReply("SXD", "2024-05-06", StanceAgree)), kt, dir, "2024-05-13",
			regulation.Findings{late("2024-05-06", 3, 2)}},
		{"counted from the last reply, one day later", "as of 14/5 the time counted from 6/5 is over",
			newConsultation(newReply("SKHDT", "2024-05-02", StanceDisagree), newReply("SXD", "2024-05-06", StanceAgree)), kt, dir, "2024-05-14",
			regulation.Findings{late("2024-05-06", 3, 2), unresolved("2024-05-02", "2024-05-13", "2024-05-14", 1, 1)}},
		{"disagreement not yet received", "a disagreeing reply dated after as_of is not a disagreement yet",
			newConsultation(newReply("SKHDT", "2024-05-20", StanceDisagree)), kt, dir, "2024-05-06",
			regulation.Findings{consultFinding(kt, regulation.ConsultReplyMissing, "SKHDT", regulation.Details{"deadline": deadline, "as_of": date("2024-05-06"), "late_days": 3, "late_workdays": 2})}},

		// rules.not_in_force
		{"sent before the regulation", "Kon Tum 2023 is in force from 14/10/2023; the consultation is still checked",
			Consultation{ID: "C1", Lead: "STC", Sent: date("2023-10-02"), Due: date("2023-10-13"),
				Replies: []Reply{newReply("SXD", "2023-10-16", StanceAgree)}}, kt, dir, "2023-11-01",
			regulation.Findings{
				consultFinding(kt, regulation.ConsultReplyLate, "SXD", regulation.Details{"deadline": date("2023-10-13"), "received": date("2023-10-16"), "late_days": 3, "late_workdays": 1}),
				kt.Finding(regulation.RulesNotInForce, regulation.RecordKindConsultation, "C1", "", regulation.Details{
					"date": date("2023-10-02"), "rules": "kontum-2023", "from": kt.Effective.From, "to": kt.Effective.To}),
			}},

		// input.invalid
		{"missing id", "a record needs an id", with(newConsultation(), func(c *Consultation) { c.ID = "" }), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("", "id", regulation.ProblemMissing)}},
		{"missing lead", "the lead unit is required", with(newConsultation(), func(c *Consultation) { c.Lead = "" }), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "lead", regulation.ProblemMissing)}},
		{"unknown lead", "the lead unit must be a unit of the case", with(newConsultation(), func(c *Consultation) { c.Lead = "SYT" }), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "lead", regulation.ProblemUnknownUnit)}},
		{"no directory", "a nil directory is input.invalid, not \"no lookups\"",
			newConsultation(newReply("SYT", "2024-04-25", StanceAgree)), kt, nil, "2024-06-03",
			regulation.Findings{badConsultation("C1", "directory", regulation.ProblemMissing)}},
		{"missing sent date", "nothing to count from", with(newConsultation(), func(c *Consultation) { c.Sent = calendar.Date{} }), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "sent", regulation.ProblemMissing)}},
		{"sent date out of range", "year 10000 cannot be written yyyy-mm-dd", with(newConsultation(), func(c *Consultation) { c.Sent = calendar.NewDate(10000, 1, 3) }), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "sent", regulation.ProblemOutOfRange)}},
		{"due before sent", "a deadline before the request", with(newConsultation(), func(c *Consultation) { c.Due = date("2024-04-12") }), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "due", regulation.ProblemDateOrder)}},
		{"reply without unit", "every reply names its unit", newConsultation(newReply("SXD", "", 0), newReply("", "", 0)), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "replies[1].unit", regulation.ProblemMissing)}},
		{"reply of an unknown unit", "units come from the directory", newConsultation(newReply("SYT", "", 0)), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "replies[0].unit", regulation.ProblemUnknownUnit)}},
		{"unit consulted twice", "replies list every consulted unit once",
			newConsultation(newReply("SXD", "2024-04-20", StanceAgree), newReply("SKHDT", "", 0), newReply("SXD", "", 0)), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "replies[2].unit", regulation.ProblemDuplicateID)}},
		{"stance without a reply", "a unit that has not replied has no stance",
			newConsultation(newReply("SXD", "", StanceDisagree)), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "replies[0].stance", regulation.ProblemInvalidValue)}},
		{"stance out of range", "an enum value that has no name", newConsultation(newReply("SXD", "2024-04-20", Stance(9))), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "replies[0].stance", regulation.ProblemInvalidValue)}},
		{"reply before the request", "a reply cannot come before the request", newConsultation(newReply("SXD", "2024-04-12", StanceAgree)), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "replies[0].received", regulation.ProblemDateOrder)}},
		{"empty reminder", "a reminder without a date", with(newConsultation(), func(c *Consultation) { c.Reminders = []calendar.Date{{}} }), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "reminders[0]", regulation.ProblemMissing)}},
		{"reminder before the request", "nobody chases before asking", with(newConsultation(), func(c *Consultation) { c.Reminders = dates("2024-05-06", "2024-04-01") }), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "reminders[1]", regulation.ProblemDateOrder)}},
		{"resolved before the request", "impossible order", with(newConsultation(), func(c *Consultation) { c.Resolved = date("2024-04-01") }), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "resolved", regulation.ProblemDateOrder)}},
		{"escalated before the request", "impossible order", with(newConsultation(), func(c *Consultation) { c.Escalated = date("2024-04-01") }), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "escalated", regulation.ProblemDateOrder)}},
		{"no rule set", "a nil rule set is reported, not a panic", newConsultation(), nil, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "rules", regulation.ProblemMissing)}},
		{"no as_of", "every check is asked as of a date", newConsultation(), kt, dir, "",
			regulation.Findings{badConsultation("C1", "as_of", regulation.ProblemMissing)}},
		{"only the first fault", "an uncheckable record gets one input.invalid and nothing else",
			with(newConsultation(newReply("", "", 0)), func(c *Consultation) { c.Lead = "" }), kt, dir, "2024-06-03",
			regulation.Findings{badConsultation("C1", "lead", regulation.ProblemMissing)}},

		{"nothing wrong", "all replied on time with a clear stance",
			with(newConsultation(newReply("SXD", "2024-04-25", StanceAgree), newReply("SKHDT", "2024-05-03", StanceDisagree)),
				func(c *Consultation) { c.Escalated = date("2024-05-06") }), kt, dir, "2024-06-03", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			orig := cloneConsultation(tc.c)
			got := CheckConsultation(tc.c, tc.dir, tc.rules, date(tc.asOf))
			want := slices.Clone(tc.want)
			want.Sort() // the order itself is checked by checkFindings
			if diff := cmp.Diff(want, got, compareOptions); diff != "" {
				t.Errorf("%s: CheckConsultation (-want +got):\n%s", tc.reason, diff)
			}
			checkFindings(t, got, regulation.RecordKindConsultation, tc.c.ID)
			if diff := cmp.Diff(orig, tc.c, compareOptions); diff != "" {
				t.Errorf("CheckConsultation changed its input (-before +after):\n%s", diff)
			}
		})
	}
}

// TestConsultationLocalFaults shows, for each optional date whose fault is
// local, the input.invalid finding on that field and exactly the rules it
// switches off, while every other rule of the consultation still runs.
func TestConsultationLocalFaults(t *testing.T) {
	kt := regulation.KonTum2023()
	requireCalendar(t, kt)
	hcm := kt.Clone()
	hcm.ID = "hcm-example"
	hcm.Consult.SilenceMeansAgreement = true
	dir := kontumDirectory(t)
	asOf := date("2024-05-20")
	deadline := date("2024-05-03")

	// The base: the deadline is Fri 3/5/2024 and the follow-up window ends on
	// Tue 7/5; SXD and STP never replied and nobody chased them; SKHDT
	// disagreed; SGTVT replied late (Mon 6/5) without a clear stance, so the
	// disagreement had to be settled by Mon 13/5. As of Mon 20/5 the silent
	// units are 17 days (12 working days) late and the disagreement 7 days
	// (5 working days).
	base := func(f func(*Consultation)) Consultation {
		c := newConsultation(newReply("SXD", "", 0), newReply("SKHDT", "2024-05-02", StanceDisagree),
			newReply("SGTVT", "2024-05-06", StanceUnclear), newReply("STP", "", 0))
		if f != nil {
			f(&c)
		}
		return c
	}
	type details = regulation.Details
	missing := func(rules *regulation.Rules, unit string) regulation.Finding {
		return consultFinding(rules, regulation.ConsultReplyMissing, unit, details{"deadline": deadline, "as_of": asOf, "late_days": 17, "late_workdays": 12})
	}
	deemed := func(unit string) regulation.Finding {
		return consultFinding(hcm, regulation.ConsultDeemedAgreement, unit, details{"deadline": deadline})
	}
	noFollowup := func(unit string) regulation.Finding {
		return consultFinding(kt, regulation.ConsultNoFollowup, unit, details{"deadline": deadline, "window_end": date("2024-05-07")})
	}
	late := func(rules *regulation.Rules) regulation.Finding {
		return consultFinding(rules, regulation.ConsultReplyLate, "SGTVT", details{"deadline": deadline, "received": date("2024-05-06"), "late_days": 3, "late_workdays": 2})
	}
	unclear := func(rules *regulation.Rules) regulation.Finding {
		return consultFinding(rules, regulation.ConsultStanceUnclear, "SGTVT", details{"received": date("2024-05-06")})
	}
	unresolved := consultFinding(kt, regulation.ConsultUnresolvedDisagreement, "SKHDT", details{"since": date("2024-05-02"),
		"escalate_by": date("2024-05-13"), "as_of": asOf, "late_days": 7, "late_workdays": 5})
	sgtvt := regulation.Findings{late(kt), unclear(kt)}
	silent := func(units ...string) regulation.Findings {
		var fs regulation.Findings
		for _, u := range units {
			fs = append(fs, missing(kt, u), noFollowup(u))
		}
		return fs
	}
	all := func(parts ...regulation.Findings) regulation.Findings { return slices.Concat(parts...) }
	bad := func(field string, p regulation.Problem) regulation.Findings {
		return regulation.Findings{badConsultation("C1", field, p)}
	}
	year10000 := calendar.NewDate(10000, 1, 1)

	tests := []struct {
		name   string
		reason string
		c      Consultation
		rules  *regulation.Rules
		want   regulation.Findings
	}{
		{"no fault", "every rule fires: two silent units unchased, a late unclear reply, an open disagreement",
			base(nil), kt, all(silent("SXD", "STP"), sgtvt, regulation.Findings{unresolved})},

		// replies[i].received
		{"a silent unit's reply date out of range", "off: SXD's reply_missing and no_followup, and unresolved_disagreement (its window reads every reply date); STP and SGTVT still judged",
			base(func(c *Consultation) { c.Replies[0].Received = year10000 }), kt,
			all(bad("replies[0].received", regulation.ProblemOutOfRange), silent("STP"), sgtvt)},
		{"a late reply dated before the request", "off: SGTVT's reply_late and stance_unclear, and unresolved_disagreement",
			base(func(c *Consultation) { c.Replies[2].Received = date("2024-04-10") }), kt,
			all(bad("replies[2].received", regulation.ProblemDateOrder), silent("SXD", "STP"))},
		{"the disagreeing reply dated in year 0", "off: unresolved_disagreement; the other units still judged",
			base(func(c *Consultation) { c.Replies[1].Received = calendar.NewDate(0, 6, 1) }), kt,
			all(bad("replies[1].received", regulation.ProblemOutOfRange), silent("SXD", "STP"), sgtvt)},
		{"a faulty reply date under the silence rule", "off for SXD: deemed_agreement; STP is deemed to agree, owed no follow-up",
			base(func(c *Consultation) { c.Replies[0].Received = year10000 }), hcm,
			all(bad("replies[0].received", regulation.ProblemOutOfRange), regulation.Findings{deemed("STP"), late(hcm), unclear(hcm)})},

		// reminders[i]
		{"a reminder without a date", "off: no_followup for every unit; the rest still runs",
			base(func(c *Consultation) { c.Reminders = []calendar.Date{{}} }), kt,
			all(bad("reminders[0]", regulation.ProblemMissing), regulation.Findings{missing(kt, "SXD"), missing(kt, "STP"), unresolved}, sgtvt)},
		{"a reminder before the request", "off: no_followup; an earlier reminder before the deadline would not have counted",
			base(func(c *Consultation) { c.Reminders = dates("2024-04-25", "2024-04-01") }), kt,
			all(bad("reminders[1]", regulation.ProblemDateOrder), regulation.Findings{missing(kt, "SXD"), missing(kt, "STP"), unresolved}, sgtvt)},
		{"a reminder out of range", "off: no_followup",
			base(func(c *Consultation) { c.Reminders = []calendar.Date{year10000} }), kt,
			all(bad("reminders[0]", regulation.ProblemOutOfRange), regulation.Findings{missing(kt, "SXD"), missing(kt, "STP"), unresolved}, sgtvt)},

		// resolved, escalated
		{"resolved before the request", "off: unresolved_disagreement only",
			base(func(c *Consultation) { c.Resolved = date("2024-04-01") }), kt,
			all(bad("resolved", regulation.ProblemDateOrder), silent("SXD", "STP"), sgtvt)},
		{"escalated out of range", "off: unresolved_disagreement only",
			base(func(c *Consultation) { c.Escalated = year10000 }), kt,
			all(bad("escalated", regulation.ProblemOutOfRange), silent("SXD", "STP"), sgtvt)},

		{"two local faults", "each is reported and switches off its own rules",
			base(func(c *Consultation) { c.Replies[3].Received = year10000; c.Escalated = date("2024-04-01") }), kt,
			all(bad("replies[3].received", regulation.ProblemOutOfRange), bad("escalated", regulation.ProblemDateOrder), silent("SXD"), sgtvt)},
		{"a structural fault hides the local ones", "an unknown unit makes the record uncheckable: one input.invalid",
			base(func(c *Consultation) { c.Replies[0].Received = year10000; c.Replies[3].Unit = "SYT" }), kt,
			bad("replies[3].unit", regulation.ProblemUnknownUnit)},
		{"sent after as_of, with a local fault", "the consultation does not exist yet: only its faulty date is reported",
			Consultation{ID: "C1", Lead: "STC", Sent: date("2024-05-21"), Replies: []Reply{newReply("SXD", "", 0)},
				Reminders: []calendar.Date{{}}}, kt,
			bad("reminders[0]", regulation.ProblemMissing)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := CheckConsultation(tc.c, dir, tc.rules, asOf)
			want := slices.Clone(tc.want)
			want.Sort()
			if diff := cmp.Diff(want, got, compareOptions); diff != "" {
				t.Errorf("%s: CheckConsultation (-want +got):\n%s", tc.reason, diff)
			}
			checkFindings(t, got, regulation.RecordKindConsultation, tc.c.ID)
		})
	}
}

// cloneConsultation returns a deep copy of c.
func cloneConsultation(c Consultation) Consultation {
	c.Replies = slices.Clone(c.Replies)
	c.Reminders = slices.Clone(c.Reminders)
	return c
}

func TestEnumText(t *testing.T) {
	type enum interface {
		String() string
		MarshalText() ([]byte, error)
		Localize(regulation.Lang) string
	}
	tests := []struct {
		name   string
		reason string
		v      enum
		parse  func([]byte) (enum, error)
		text   string
		vi, en string
	}{
		{"stance", "the case-file names", StanceAgreeWithComments,
			func(b []byte) (enum, error) { var v Stance; err := v.UnmarshalText(b); return v, err },
			"agree_with_comments", "thống nhất, có góp ý", "agree with comments"},
		{"stance unclear", "the case-file names", StanceUnclear,
			func(b []byte) (enum, error) { var v Stance; err := v.UnmarshalText(b); return v, err },
			"unclear", "không nêu rõ ý kiến", "unclear"},
		{"addressee", "the case-file names", AddresseePPCChairman,
			func(b []byte) (enum, error) { var v Addressee; err := v.UnmarshalText(b); return v, err },
			"ppc_chairman", "Chủ tịch UBND tỉnh", "the PPC Chairman"},
		{"competence", "the case-file names", CompetenceOtherAgency,
			func(b []byte) (enum, error) { var v Competence; err := v.UnmarshalText(b); return v, err },
			"other_agency", "thuộc thẩm quyền của cơ quan khác", "within another agency's authority"},
		{"action return", "the issue's wording", ActionReturn,
			func(b []byte) (enum, error) { var v Action; err := v.UnmarshalText(b); return v, err },
			"return", "trả lại", "return"},
		{"action forward", "the issue's wording", ActionForward,
			func(b []byte) (enum, error) { var v Action; err := v.UnmarshalText(b); return v, err },
			"forward", "chuyển trình", "forward"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := tc.v.MarshalText()
			require.NoError(t, err)
			got, err := tc.parse(b)
			require.NoError(t, err)
			if diff := cmp.Diff([]string{tc.text, tc.text, tc.vi, tc.en},
				[]string{string(b), got.String(), got.Localize(regulation.Vietnamese), got.Localize(regulation.English)}); diff != "" {
				t.Errorf("%s: text forms (-want +got):\n%s", tc.reason, diff)
			}
			_, err = tc.parse([]byte("Agree"))
			require.ErrorIs(t, err, regulation.ErrUnknownValue)
		})
	}
	if diff := cmp.Diff([]string{"unknown", "%!Stance(9)", "%!Action(7)"},
		[]string{Stance(0).String(), Stance(9).String(), Action(7).String()}); diff != "" {
		t.Errorf("String of the zero and out-of-range values never panics (-want +got):\n%s", diff)
	}
	if _, err := Stance(9).MarshalText(); err == nil {
		t.Errorf("MarshalText of Stance(9) succeeded; want an *EnumError")
	}
}

// apiExample is the case-file example of the format: a consultation and a
// submission in their JSON form.
const apiExample = `{
  "consultations": [{"id": "C1", "task": "T1", "lead": "STC", "sent": "2023-03-05", "due": "2023-03-15",
                     "replies": [{"unit": "SKHDT", "received": "2023-03-20", "stance": "disagree"},
                                 {"unit": "SXD"}],
                     "reminders": ["2023-03-16"], "resolved": null, "escalated": "2023-03-27"}],
  "submissions": [{"id": "S1", "task": "T1", "from": "STC", "to": "ppc_chairman", "kind": "proposal",
                   "competence": "addressee", "received": "2023-04-01", "pages": 12,
                   "components": ["statement", "draft", "opinions", "opinion_synthesis", "summary"],
                   "own_position": true, "consultation": "C1", "dissent_reported": ["SKHDT"],
                   "signed_by": "p1", "office": {"action": "return", "date": "2023-04-06"}}]
}`

func TestJSONForm(t *testing.T) {
	var got struct {
		Consultations []Consultation `json:"consultations"`
		Submissions   []Submission   `json:"submissions"`
	}
	dec := json.NewDecoder(strings.NewReader(apiExample))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&got), "the case-file example decodes field by field")
	wantC := Consultation{ID: "C1", Task: "T1", Lead: "STC", Sent: date("2023-03-05"), Due: date("2023-03-15"),
		Replies:   []Reply{newReply("SKHDT", "2023-03-20", StanceDisagree), newReply("SXD", "", 0)},
		Reminders: dates("2023-03-16"), Escalated: date("2023-03-27")}
	wantS := Submission{ID: "S1", Task: "T1", From: "STC", To: AddresseePPCChairman, Kind: regulation.SubmissionKindProposal,
		Competence: CompetenceAddressee, Received: date("2023-04-01"), Pages: 12,
		Components: []regulation.Component{regulation.ComponentStatement, regulation.ComponentDraft, regulation.ComponentOpinions,
			regulation.ComponentOpinionSynthesis, regulation.ComponentSummary},
		OwnPosition: true, Consultation: "C1", DissentReported: []regulation.UnitID{"SKHDT"}, SignedBy: "p1",
		Office: Office{Action: ActionReturn, Date: date("2023-04-06")}}
	if diff := cmp.Diff([]Consultation{wantC}, got.Consultations, compareOptions); diff != "" {
		t.Errorf("consultation (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Submission{wantS}, got.Submissions, compareOptions); diff != "" {
		t.Errorf("submission (-want +got):\n%s", diff)
	}

	tests := []struct {
		name   string
		reason string
		v      any
		want   string
	}{
		{"consultation", "optional fields are left out when unset",
			Consultation{ID: "C2", Lead: "STC", Sent: date("2024-04-15"), Replies: []Reply{newReply("SXD", "", 0)}},
			`{"id":"C2","lead":"STC","sent":"2024-04-15","replies":[{"unit":"SXD"}]}`},
		{"submission without office action", "no office object when the Office has not acted",
			Submission{ID: "S2", From: "STC", To: AddresseePPC, Kind: regulation.SubmissionKindReport, Competence: CompetenceAddressee,
				Received: date("2024-04-16"), Components: []regulation.Component{regulation.ComponentReport}, SignedBy: "p1"},
			`{"id":"S2","from":"STC","to":"ppc","kind":"report","competence":"addressee","received":"2024-04-16","components":["report"],"own_position":false,"signed_by":"p1"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.v)
			require.NoError(t, err)
			if diff := cmp.Diff(tc.want, string(b)); diff != "" {
				t.Errorf("%s: JSON (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// updating reports whether the test run was asked to rewrite the golden
// files with -update. The flag is registered in consult_example_test.go
// unless another file of the test binary already did.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// goldenCase is the realistic case of the golden tests, read from
// testdata/consult_case.json: Kon Tum units and officials, and the
// consultations and submissions of a few spring-2024 matters.
type goldenCase struct {
	AsOf          calendar.Date       `json:"as_of"`
	Units         []regulation.Unit   `json:"units"`
	People        []regulation.Person `json:"people"`
	Consultations []Consultation      `json:"consultations"`
	Submissions   []Submission        `json:"submissions"`
}

// loadGoldenCase reads the golden case and builds its directory.
func loadGoldenCase(t *testing.T) (goldenCase, *regulation.Directory) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "consult_case.json"))
	require.NoError(t, err)
	var c goldenCase
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&c))
	dir, fs := regulation.NewDirectory(c.Units, c.People, nil)
	require.Empty(t, fs, "the golden case's directory is valid")
	return c, dir
}

// checkGolden compares fs, rendered as JSON, with the golden file name, or
// rewrites it under -update.
func checkGolden(t *testing.T, name string, fs regulation.Findings) {
	t.Helper()
	got, err := json.MarshalIndent(fs, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	path := filepath.Join("testdata", name)
	if updating() {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got); run go test -update if the change is intended:\n%s", path, diff)
	}
}

func TestConsultationGolden(t *testing.T) {
	c, dir := loadGoldenCase(t)
	rules := regulation.KonTum2023()
	requireCalendar(t, rules)
	var all regulation.Findings
	for _, cons := range c.Consultations {
		fs := CheckConsultation(cons, dir, rules, c.AsOf)
		checkFindings(t, fs, regulation.RecordKindConsultation, cons.ID)
		all = append(all, fs...)
	}
	all.Sort()
	for _, code := range []regulation.Code{regulation.ConsultReplyLate, regulation.ConsultReplyMissing,
		regulation.ConsultStanceUnclear, regulation.ConsultNoFollowup, regulation.ConsultUnresolvedDisagreement,
		regulation.RulesNotInForce} {
		if !all.Has(code) {
			t.Errorf("the golden case shows no %s", code)
		}
	}
	checkGolden(t, "consult_golden.json", all)
}

// FuzzCheckConsultation checks consultations built from arbitrary ids and
// dates: no panic, sorted findings, complete details.
func FuzzCheckConsultation(f *testing.F) {
	f.Add("C1", "STC", int32(100), int32(0), int32(140), []byte{1, 0, 5, 1, 2, 0, 0, 0, 3, 0, 30, 3})
	f.Add("C1", "STC", int32(100), int32(110), int32(200), []byte{1, 0, 12, 3, 2, 0, 0, 0, 0, 0, 20, 4, 255, 0, 3, 0})
	f.Add("", "SYT", int32(-2147483647), int32(2147483647), int32(0), []byte{7, 255, 255, 9})
	f.Add("C9", "STC", int32(3000000), int32(0), int32(3000100), []byte{1, 128, 0, 1})
	dir := kontumDirectory(f)
	rules := regulation.KonTum2023()
	units := []regulation.UnitID{"", "SXD", "SKHDT", "SGTVT", "STP", "SYT"}
	base := date("2024-01-01")
	at := func(off int32) calendar.Date {
		if off == 0 {
			return calendar.Date{}
		}
		return base.AddDays(int(off))
	}
	f.Fuzz(func(t *testing.T, id, lead string, sent, due, asOf int32, data []byte) {
		c := Consultation{ID: id, Lead: regulation.UnitID(lead), Sent: at(sent), Due: at(due)}
		// Replies take four bytes each: unit, received offset (two bytes,
		// signed, from sent), stance. A unit byte of 255 starts the dates
		// of reminders, resolution and escalation, two bytes each.
		for len(data) >= 4 && data[0] != 255 {
			off := int16(uint16(data[1])<<8 | uint16(data[2]))
			r := Reply{Unit: units[int(data[0])%len(units)], Stance: Stance(data[3] % 6)}
			if off != 0 {
				r.Received = c.Sent.AddDays(int(off))
			}
			c.Replies = append(c.Replies, r)
			data = data[4:]
		}
		var dates []calendar.Date
		for len(data) >= 3 {
			dates = append(dates, c.Sent.AddDays(int(int16(uint16(data[1])<<8|uint16(data[2])))))
			data = data[3:]
		}
		switch {
		case len(dates) >= 2:
			c.Resolved, c.Escalated, c.Reminders = dates[0], dates[1], dates[2:]
		case len(dates) == 1:
			c.Reminders = dates
		}
		kind := regulation.RecordKindConsultation
		// Without a directory: the argument findings, and nothing else.
		want := regulation.CheckArguments(kind, c.ID, nil, rules, at(asOf))
		if got := CheckConsultation(c, nil, rules, at(asOf)); !slices.Equal(codesAndSubjects(want), codesAndSubjects(got)) {
			t.Fatalf("nil directory: %v, want %v", got, want)
		}
		fs := CheckConsultation(c, dir, rules, at(asOf))
		if !slices.IsSortedFunc(fs, regulation.Compare) {
			t.Fatalf("findings not sorted: %v", fs)
		}
		for _, f := range fs {
			if m := regulationtest.MissingDetails(f); len(m) > 0 {
				t.Fatalf("%s lacks details %v", f.Code, m)
			}
			if f.Record != c.ID || f.Kind != kind {
				t.Fatalf("%s is about %s %q", f.Code, f.Kind, f.Record)
			}
			// A consultation sent after as_of does not exist yet: at most its
			// input.invalid findings.
			if !regulation.Exists(c.Sent, at(asOf)) && f.Code != regulation.InputInvalid {
				t.Fatalf("%s about a consultation sent %s, after as_of %s", f.Code, c.Sent, at(asOf))
			}
		}
	})
}

// codesAndSubjects lists the code and subject of each finding, to compare
// findings in fuzz targets.
func codesAndSubjects(fs regulation.Findings) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = string(f.Code) + " " + f.Subject
	}
	return out
}
