package meeting

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// read validates the record into c.v and, in the same pass, resolves every
// id once through the directory and gathers what the rules need. It stops
// at the first structural fault and reports whether the record can be
// checked; the local faults of the optional dates are left in c.v.
func (c *checker) read() bool {
	return c.readHeading() && c.readInvitations() && c.readAttendees() && c.readAbsences()
}

// readHeading validates the fields of the meeting itself — id, kind,
// chair, date and start, structural; the dates of the invitation, the
// documents and the conclusion notice, local — and sets up the state of the
// PPC members.
func (c *checker) readHeading() bool {
	m, dir, v := &c.m, c.dir, &c.v
	switch {
	case m.ID == "":
		v.Fault("id", regulation.ProblemMissing)
	case m.Kind == KindUnknown:
		v.Fault("kind", regulation.ProblemMissing)
	case !m.Kind.valid():
		v.Fault("kind", regulation.ProblemInvalidValue)
	case m.Chair == "":
		v.Fault("chair", regulation.ProblemMissing)
	}
	if !v.Checkable() {
		return false
	}
	chair, ok := dir.PersonIndex(m.Chair)
	if !ok {
		v.Fault("chair", regulation.ProblemUnknownPerson)
		return false
	}
	c.chair = int32(chair)
	if !v.Date("date", m.Date, calendar.Date{}) {
		return false
	}
	if !m.Start.IsZero() && calendar.DateOf(m.Start) != m.Date {
		v.Fault("start", regulation.ProblemInvalidValue)
		return false
	}
	c.invitationOK = c.sentForMeeting("invitation_sent", m.InvitationSent)
	c.documentsOK = c.sentForMeeting("documents_sent", m.DocumentsSent)
	c.conclusionOK = v.LocalDate("conclusion_issued", m.ConclusionIssued, m.Date)

	c.start = m.Start
	if c.start.IsZero() {
		c.start = m.Date.Time()
	}
	if p, ok := dir.Chairman(); ok {
		c.chairman = p.ID
	}
	for k := range dir.NumMembers() {
		pi, _ := dir.PersonIndex(dir.MemberAt(k)) // the directory holds its members
		if c.memIx.add(int32(pi)) {
			c.mem.push(memberState{})
		}
	}
	return true
}

// sentForMeeting checks the optional date d of field, on which something
// was sent out for the meeting: it cannot be after the meeting (date_order)
// nor outside the years 0001–9999 (out_of_range). A fault is local: it
// reports whether the rule that reads d may run.
func (c *checker) sentForMeeting(field string, d calendar.Date) bool {
	if !c.v.LocalDate(field, d, calendar.Date{}) {
		return false
	}
	if d.After(c.m.Date) {
		c.v.Local(field, regulation.ProblemDateOrder)
		return false
	}
	return true
}

// readInvitations validates the invitations: each names a known unit, once,
// at a known level.
func (c *checker) readInvitations() bool {
	m, dir, v := &c.m, c.dir, &c.v
	for i := range m.Invitations {
		in := &m.Invitations[i]
		if in.Unit == "" {
			v.Fault(regulation.Path("invitations", i, "unit"), regulation.ProblemMissing)
			return false
		}
		u, ok := dir.UnitIndex(in.Unit)
		switch {
		case !ok:
			v.Fault(regulation.Path("invitations", i, "unit"), regulation.ProblemUnknownUnit)
		case in.Level == LevelUnknown:
			v.Fault(regulation.Path("invitations", i, "level"), regulation.ProblemMissing)
		case !in.Level.valid():
			v.Fault(regulation.Path("invitations", i, "level"), regulation.ProblemInvalidValue)
		case !c.invIx.add(int32(u)):
			v.Fault(regulation.Path("invitations", i, "unit"), regulation.ProblemDuplicateID)
		}
		if !v.Checkable() {
			return false
		}
		c.inv.push(invitationState{level: in.Level})
	}
	return true
}

// readAttendees validates the attendees — a known person, listed once, a
// known unit attended for, a known approver — and records whom each one
// represents. The chair attends, listed or not.
func (c *checker) readAttendees() bool {
	m, dir, v := &c.m, c.dir, &c.v
	for i := range m.Attendees {
		a := &m.Attendees[i]
		if a.Person == "" {
			v.Fault(regulation.Path("attendees", i, "person"), regulation.ProblemMissing)
			return false
		}
		pi, ok := dir.PersonIndex(a.Person)
		switch {
		case !ok:
			v.Fault(regulation.Path("attendees", i, "person"), regulation.ProblemUnknownPerson)
			return false
		case !c.attended.add(int32(pi)):
			v.Fault(regulation.Path("attendees", i, "person"), regulation.ProblemDuplicateID)
			return false
		}
		forUnit := -1
		if a.ForUnit != "" {
			if forUnit, ok = dir.UnitIndex(a.ForUnit); !ok {
				v.Fault(regulation.Path("attendees", i, "for_unit"), regulation.ProblemUnknownUnit)
				return false
			}
		}
		approved := false
		if a.ApprovedBy != "" {
			ai, ok := dir.PersonIndex(a.ApprovedBy)
			if !ok {
				v.Fault(regulation.Path("attendees", i, "approved_by"), regulation.ProblemUnknownPerson)
				return false
			}
			approved = ai == int(c.chair) || isPPCLeader(dir.PersonAt(ai).Position)
		}
		p := dir.PersonAt(pi)
		own, _ := dir.UnitIndex(p.Unit) // the directory holds every person's unit
		c.attend(int32(pi), &p, int32(own), int32(forUnit), approved)
	}
	if !c.attended.has(c.chair) {
		p := dir.PersonAt(int(c.chair))
		own, _ := dir.UnitIndex(p.Unit)
		c.attend(c.chair, &p, int32(own), -1, false)
	}
	return true
}

// readAbsences validates the absence reports — a known person, reported
// once, a known unit reported for, a known approver — and records them.
func (c *checker) readAbsences() bool {
	m, dir, v := &c.m, c.dir, &c.v
	for i := range m.Absences {
		a := &m.Absences[i]
		if a.Person == "" {
			v.Fault(regulation.Path("absences", i, "person"), regulation.ProblemMissing)
			return false
		}
		pi, ok := dir.PersonIndex(a.Person)
		switch {
		case !ok:
			v.Fault(regulation.Path("absences", i, "person"), regulation.ProblemUnknownPerson)
			return false
		case !c.reported.add(int32(pi)):
			v.Fault(regulation.Path("absences", i, "person"), regulation.ProblemDuplicateID)
			return false
		}
		var u int
		if a.Unit != "" {
			if u, ok = dir.UnitIndex(a.Unit); !ok {
				v.Fault(regulation.Path("absences", i, "unit"), regulation.ProblemUnknownUnit)
				return false
			}
		} else {
			u, _ = dir.UnitIndex(dir.PersonAt(pi).Unit)
		}
		if a.ApprovedBy != "" {
			if _, ok := dir.PersonIndex(a.ApprovedBy); !ok {
				v.Fault(regulation.Path("absences", i, "approved_by"), regulation.ProblemUnknownPerson)
				return false
			}
		}
		c.absent(i, int32(pi), int32(u))
	}
	return true
}

// isPPCLeader reports whether p leads the PPC (Chairman or Vice-chairman),
// whose approval lets a deputy attend in place of an invited head.
func isPPCLeader(p regulation.Position) bool {
	return p == regulation.PositionChairman || p == regulation.PositionViceChairman
}
