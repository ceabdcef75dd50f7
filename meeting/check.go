package meeting

import (
	"time"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// Check checks the meeting record m under rules, with the units, people and
// PPC members of dir, as of asOf, and returns all its findings sorted with
// [regulation.Findings.Sort] (record kind meeting, record m.ID).
//
// A record that cannot be checked — a missing id, kind, chair or date, an
// unknown kind or level, an id that names no unit or person of dir, a unit
// invited twice, a person listed twice among the attendees or the absences,
// a start on another day than Date, an invitation or documents sent after
// the meeting, a conclusion issued before it — yields exactly one
// input.invalid finding, for the first field at fault, and nothing else.
// A nil rules is reported the same way, with subject "rules".
//
// Otherwise a meeting dated outside the rule set's period gets
// rules.not_in_force and is checked all the same; then the meeting.* rules
// of rules.md apply:
//
//   - Composition, per invited unit, at most one finding: someone of the
//     unit's leadership meeting the invitation's level attends → nothing; the
//     head was invited and only a deputy attends → meeting.substitute_unapproved
//     unless one such deputy's approved_by is the chair, the Chairman or a
//     Vice-chairman; only people below the unit's leadership (or people of
//     other units) attend for it → meeting.attendee_level; nobody attends →
//     meeting.absent_unreported without an absence report for the unit,
//     meeting.absence_report_late when the only reports came at or after the
//     start. A leader meets a level only for their own unit: whoever attends
//     "for" another unit counts there as below its leadership.
//   - PPC sessions (regular, thematic): fewer than rules.Meeting.Quorum of
//     all of dir's members attending → meeting.no_quorum; each absent member
//     without a timely absence report approved by the Chairman →
//     meeting.member_absent_unapproved, or meeting.absence_report_late when
//     the report came at or after the start. The Chairman needs nobody's
//     consent: his own absence yields no member finding (he still counts
//     against the quorum). Without a Chairman in dir no consent is valid.
//   - Timing: meeting.invitation_late, meeting.documents_late (sessions
//     only) and meeting.conclusion_late, with the parameters of
//     rules.Meeting and the working days of rules.Cal().
//
// Who attends: each attendee represents their ForUnit, or their own unit
// when ForUnit is empty; a PPC member also represents their own unit
// whatever ForUnit says, so a member who heads an invited unit covers both
// roles, and an absence of theirs (Unit empty) covers both. The chair
// attends the meeting they chair, listed or not. An absent person who is
// both the head of an invited unit and a PPC member can thus get one unit
// finding (subject the unit) and one member finding (subject the member).
//
// As of asOf: anything dated after asOf has not happened. An absence
// reported (in Vietnam) after asOf is no report; an invitation, documents
// or conclusion notice dated after asOf were not sent. A meeting dated after
// asOf has not been held: only its validity, the rule set's period and the
// lead times of an invitation or documents already sent are checked. A zero
// asOf sets no cut-off: everything recorded has happened and nothing
// missing is overdue yet.
//
// Check does not allocate when the record is valid and has no finding, as
// long as it has at most 32 invitations and dir has at most 32 PPC members
// and 4,096 people; larger ones are checked all the same, with some state
// on the heap. It never panics and is safe for concurrent use with the same
// dir and rules.
func Check(m Meeting, dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) regulation.Findings {
	if rules == nil {
		return regulation.Findings{regulation.InvalidInput(regulation.MeetingRecord, m.ID, "rules", regulation.ProblemMissing)}
	}
	c := checker{m: m, dir: dir, rules: rules, asOf: asOf}
	if f, bad := c.read(); bad {
		return regulation.Findings{f}
	}
	var fs regulation.Findings
	if f, ok := rules.NotInForce(regulation.MeetingRecord, m.ID, m.Date); ok {
		fs = append(fs, f)
	}
	fs = c.composition(fs)
	fs = c.members(fs)
	fs = c.timing(fs)
	if len(fs) > 1 {
		fs.Sort()
	}
	return fs
}

// Deputy states of an invited unit (level head).
const (
	noDeputy uint8 = iota
	unapprovedDeputy
	approvedDeputy
)

// Absence report states, from the worst.
const (
	noReport uint8 = iota
	lateReport
	timelyReport
)

// invitationState is what the attendees and absences say about one invited
// unit; it is indexed like Meeting.Invitations.
type invitationState struct {
	level  Level
	met    bool  // a leader of the unit meeting the level attends
	rep    bool  // someone attends for the unit
	deputy uint8 // level head: a deputy of the unit attends, with or without approval
	report uint8 // the best absence report for the unit
	late   int32 // index in Meeting.Absences of the earliest late report
}

// memberState is what the attendees and absences say about one PPC member,
// indexed like Directory.Members.
type memberState struct {
	present bool
	absence int32 // index in Meeting.Absences plus one; 0 when none was reported as of asOf
}

// checker holds the state of one Check call.
type checker struct {
	m     Meeting
	dir   *regulation.Directory
	rules *regulation.Rules
	asOf  calendar.Date

	held     bool      // the meeting is on or before asOf
	start    time.Time // the start, or 00:00 of the date
	chair    int32     // person index of the chair
	chairman regulation.PersonID

	// The state lives in place: a checker holds no pointer into itself, so
	// that it stays on the stack.
	inv      vec[invitationState] // by invitation
	invIx    slots                // unit index → invitation
	mem      vec[memberState]     // by member, as dir.Members
	memIx    slots                // person index → member
	attended bitset               // person indexes of the attendees
	reported bitset               // person indexes of the absent
}

// happened reports whether an event on d has happened as of asOf.
func (c *checker) happened(d calendar.Date) bool {
	return c.asOf.IsZero() || !d.After(c.asOf)
}

// attend records that person pi (p, of unit index own) attends for unit
// index forUnit (-1: their own unit), with a valid substitution approval or
// not.
func (c *checker) attend(pi int32, p *regulation.Person, own, forUnit int32, approved bool) {
	ms := c.memIx.find(pi)
	if ms >= 0 {
		c.mem.at(int(ms)).present = true
	}
	rep := own
	if forUnit >= 0 {
		rep = forUnit
	}
	c.represent(rep, p, own, approved)
	if ms >= 0 && rep != own {
		c.represent(own, p, own, approved)
	}
}

// represent records that p, of unit index own, attends for unit index u.
func (c *checker) represent(u int32, p *regulation.Person, own int32, approved bool) {
	s := c.invIx.find(u)
	if s < 0 {
		return
	}
	st := c.inv.at(int(s))
	st.rep = true
	if own != u || !p.Position.IsUnitLeader() {
		return
	}
	switch {
	case st.level.MetBy(p.Position):
		st.met = true
	case p.Position.IsDeputy() && approved:
		st.deputy = approvedDeputy
	case p.Position.IsDeputy() && st.deputy == noDeputy:
		st.deputy = unapprovedDeputy
	}
}

// absent records absence i of person pi reporting for unit index u.
func (c *checker) absent(i int, pi, u int32) {
	a := &c.m.Absences[i]
	if !a.Reported.IsZero() && !c.happened(calendar.DateOf(a.Reported)) {
		return // reported after asOf: no report yet
	}
	late := c.isLate(a)
	if s := c.invIx.find(u); s >= 0 {
		st := c.inv.at(int(s))
		switch {
		case !late:
			st.report = timelyReport
		case st.report == noReport,
			st.report == lateReport && a.Reported.Before(c.m.Absences[st.late].Reported):
			st.report, st.late = lateReport, int32(i)
		}
	}
	if ms := c.memIx.find(pi); ms >= 0 {
		c.mem.at(int(ms)).absence = int32(i) + 1
	}
}

// isLate reports whether absence a was reported at or after the start.
func (c *checker) isLate(a *Absence) bool {
	return !a.Reported.IsZero() && !a.Reported.Before(c.start)
}
