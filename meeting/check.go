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
// Arguments: a zero asOf, or one outside the years 0001–9999, yields
// input.invalid with subject "as_of"; a nil dir, subject "directory"; a nil
// rules, subject "rules" (see [regulation.CheckArguments]). Check then
// returns those findings and nothing else.
//
// Structural faults make the record uncheckable: a missing id, kind, chair
// or date, a date outside the years 0001–9999, an unknown kind or level, an
// id that names no unit or person of dir, a unit invited twice, a person
// listed twice among the attendees or the absences, a start on another day
// than Date. The record then yields exactly one input.invalid finding, for
// the first field at fault, and nothing else, whatever its dates.
//
// Local faults stay in their field: an InvitationSent or DocumentsSent
// after the meeting's Date (date_order), a ConclusionIssued before it
// (date_order), or any of the three outside the years 0001–9999
// (out_of_range), yields input.invalid on that field and switches off only
// the rule that reads it — invitation_sent switches off
// meeting.invitation_late, documents_sent meeting.documents_late,
// conclusion_issued meeting.conclusion_late. Every other rule still runs:
// a meeting whose invitation date is wrong still gets its missing quorum
// and its unreported absences.
//
// Existence: a meeting comes into being on its Date (see
// [regulation.Exists]). A meeting dated after asOf has not been held and
// does not exist yet as of asOf: it gets no finding at all — not even
// rules.not_in_force — except its input.invalid findings and
// meeting.invitation_late when a late invitation was sent on or before
// asOf.
//
// Otherwise a meeting dated outside the rule set's period gets
// rules.not_in_force and is checked all the same; then the meeting.* rules
// apply:
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
//   - Timing: meeting.invitation_late (a non-urgent invitation sent fewer
//     than rules.Meeting.InvitationLead working days before the meeting),
//     meeting.documents_late (sessions only: documents sent fewer than
//     rules.Meeting.DocumentsLead calendar days before) and
//     meeting.conclusion_late (a conclusion notice that is needed and was
//     not issued within rules.Meeting.ConclusionWithin working days after
//     the meeting), with the working days of rules.WorkCalendar().
//     meeting.conclusion_late gives its delay in calendar days ("late_days")
//     and in working days ("late_workdays"), from the deadline to the issue
//     date, or to asOf when no notice was issued by then.
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
// or conclusion notice dated after asOf were not sent.
//
// Check does not allocate when the record is valid and has no finding, as
// long as it has at most 32 invitations and dir has at most 32 PPC members
// and 4,096 people; larger ones are checked all the same, with some state
// on the heap. It never panics and is safe for concurrent use with the same
// dir and rules.
func Check(m Meeting, dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) regulation.Findings {
	if fs := regulation.CheckArguments(regulation.RecordKindMeeting, m.ID, dir, rules, asOf); len(fs) > 0 {
		return fs
	}
	c := checker{m: m, dir: dir, rules: rules, asOf: asOf, v: regulation.NewValidation(regulation.RecordKindMeeting, m.ID)}
	if !c.read() {
		return c.v.Findings()
	}
	fs := c.v.Findings() // the local faults, if any
	if !regulation.Exists(m.Date, asOf) {
		// Not held yet: only an invitation already sent can be judged.
		fs = c.invitation(fs)
	} else {
		if f, ok := rules.NotInForce(regulation.RecordKindMeeting, m.ID, m.Date); ok {
			fs = append(fs, f)
		}
		fs = c.composition(fs)
		fs = c.members(fs)
		fs = c.invitation(fs)
		fs = c.documents(fs)
		fs = c.conclusion(fs)
	}
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

	v        regulation.Validation // the input problems of m
	start    time.Time             // the start, or 00:00 of the date
	chair    int32                 // person index of the chair
	chairman regulation.PersonID

	// Whether the optional dates are usable: a local fault switches off the
	// rule that reads the date.
	invitationOK, documentsOK, conclusionOK bool

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
func (c *checker) happened(d calendar.Date) bool { return !d.After(c.asOf) }

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
