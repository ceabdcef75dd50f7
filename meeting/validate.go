package meeting

import (
	"strconv"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// read validates the record and, in the same pass, resolves every id once
// through the directory and gathers what the rules need. It returns the
// input.invalid finding of the first field at fault, and true, when the
// record cannot be checked.
func (c *checker) read() (regulation.Finding, bool) {
	m, dir := &c.m, c.dir
	switch {
	case m.ID == "":
		return c.invalid("id", -1, "", regulation.ProblemMissing)
	case m.Kind == KindUnknown:
		return c.invalid("kind", -1, "", regulation.ProblemMissing)
	case !m.Kind.valid():
		return c.invalid("kind", -1, "", regulation.ProblemInvalidValue)
	case m.Chair == "":
		return c.invalid("chair", -1, "", regulation.ProblemMissing)
	}
	chair, ok := dir.PersonIndex(m.Chair)
	if !ok {
		return c.invalid("chair", -1, "", regulation.ProblemUnknownPerson)
	}
	c.chair = int32(chair)
	switch {
	case m.Date.IsZero():
		return c.invalid("date", -1, "", regulation.ProblemMissing)
	case !m.Start.IsZero() && calendar.DateOf(m.Start) != m.Date:
		return c.invalid("start", -1, "", regulation.ProblemInvalidValue)
	case !m.InvitationSent.IsZero() && m.InvitationSent.After(m.Date):
		return c.invalid("invitation_sent", -1, "", regulation.ProblemDateOrder)
	case !m.DocumentsSent.IsZero() && m.DocumentsSent.After(m.Date):
		return c.invalid("documents_sent", -1, "", regulation.ProblemDateOrder)
	case !m.ConclusionIssued.IsZero() && m.ConclusionIssued.Before(m.Date):
		return c.invalid("conclusion_issued", -1, "", regulation.ProblemDateOrder)
	}
	c.held = c.happened(m.Date)
	c.start = m.Start
	if c.start.IsZero() {
		c.start = m.Date.Time()
	}
	if p, ok := dir.Chairman(); ok {
		c.chairman = p.ID
	}

	for _, id := range dir.Members() {
		pi, _ := dir.PersonIndex(id) // the directory holds its members
		if c.memIx.add(int32(pi)) {
			c.mem.push(memberState{})
		}
	}

	for i := range m.Invitations {
		in := &m.Invitations[i]
		if in.Unit == "" {
			return c.invalid("invitations", i, "unit", regulation.ProblemMissing)
		}
		u, ok := dir.UnitIndex(in.Unit)
		switch {
		case !ok:
			return c.invalid("invitations", i, "unit", regulation.ProblemUnknownUnit)
		case in.Level == LevelUnknown:
			return c.invalid("invitations", i, "level", regulation.ProblemMissing)
		case !in.Level.valid():
			return c.invalid("invitations", i, "level", regulation.ProblemInvalidValue)
		case !c.invIx.add(int32(u)):
			return c.invalid("invitations", i, "unit", regulation.ProblemDuplicateID)
		}
		c.inv.push(invitationState{level: in.Level})
	}

	for i := range m.Attendees {
		a := &m.Attendees[i]
		if a.Person == "" {
			return c.invalid("attendees", i, "person", regulation.ProblemMissing)
		}
		pi, ok := dir.PersonIndex(a.Person)
		switch {
		case !ok:
			return c.invalid("attendees", i, "person", regulation.ProblemUnknownPerson)
		case !c.attended.add(int32(pi)):
			return c.invalid("attendees", i, "person", regulation.ProblemDuplicateID)
		}
		forUnit := -1
		if a.ForUnit != "" {
			if forUnit, ok = dir.UnitIndex(a.ForUnit); !ok {
				return c.invalid("attendees", i, "for_unit", regulation.ProblemUnknownUnit)
			}
		}
		approved := false
		if a.ApprovedBy != "" {
			ai, ok := dir.PersonIndex(a.ApprovedBy)
			if !ok {
				return c.invalid("attendees", i, "approved_by", regulation.ProblemUnknownPerson)
			}
			approved = ai == chair || isPPCLeader(dir.PersonAt(ai).Position)
		}
		p := dir.PersonAt(pi)
		own, _ := dir.UnitIndex(p.Unit) // the directory holds every person's unit
		c.attend(int32(pi), &p, int32(own), int32(forUnit), approved)
	}
	if !c.attended.has(c.chair) {
		p := dir.PersonAt(chair)
		own, _ := dir.UnitIndex(p.Unit)
		c.attend(c.chair, &p, int32(own), -1, false)
	}

	for i := range m.Absences {
		a := &m.Absences[i]
		if a.Person == "" {
			return c.invalid("absences", i, "person", regulation.ProblemMissing)
		}
		pi, ok := dir.PersonIndex(a.Person)
		switch {
		case !ok:
			return c.invalid("absences", i, "person", regulation.ProblemUnknownPerson)
		case !c.reported.add(int32(pi)):
			return c.invalid("absences", i, "person", regulation.ProblemDuplicateID)
		}
		var u int
		if a.Unit != "" {
			if u, ok = dir.UnitIndex(a.Unit); !ok {
				return c.invalid("absences", i, "unit", regulation.ProblemUnknownUnit)
			}
		} else {
			u, _ = dir.UnitIndex(dir.PersonAt(pi).Unit)
		}
		if a.ApprovedBy != "" {
			if _, ok := dir.PersonIndex(a.ApprovedBy); !ok {
				return c.invalid("absences", i, "approved_by", regulation.ProblemUnknownPerson)
			}
		}
		c.absent(i, int32(pi), int32(u))
	}
	return regulation.Finding{}, false
}

// isPPCLeader reports whether p leads the PPC (Chairman or Vice-chairman),
// whose approval lets a deputy attend in place of an invited head.
func isPPCLeader(p regulation.Position) bool {
	return p == regulation.Chairman || p == regulation.ViceChairman
}

// invalid returns the input.invalid finding for field, or for
// list[i].field when i ≥ 0.
func (c *checker) invalid(list string, i int, field string, p regulation.Problem) (regulation.Finding, bool) {
	path := list
	if i >= 0 {
		path += "[" + strconv.Itoa(i) + "]"
		if field != "" {
			path += "." + field
		}
	}
	return regulation.InvalidInput(regulation.MeetingRecord, c.m.ID, path, p), true
}
