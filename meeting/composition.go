package meeting

import (
	"github.com/quyche/quyche/regulation"
)

// composition applies the rules on who attends for each invited unit
// (QC Art. 17 and 20): at most one finding per unit, by the precedence
// that Check documents. It runs only for a meeting held as of asOf.
func (c *checker) composition(fs regulation.Findings) regulation.Findings {
	for s := range c.inv.len() {
		st := c.inv.at(s)
		if st.met {
			continue
		}
		unit := c.m.Invitations[s].Unit
		switch {
		case st.level == LevelHead && st.deputy == approvedDeputy:
			// An approved substitute.
		case st.level == LevelHead && st.deputy == unapprovedDeputy:
			fs = append(fs, c.finding(regulation.MeetingSubstituteUnapproved, string(unit), regulation.Details{
				"deputy": c.representatives(unit, true),
			}))
		case st.rep:
			fs = append(fs, c.finding(regulation.MeetingAttendeeLevel, string(unit), regulation.Details{
				"level": st.level, "attendees": c.representatives(unit, false),
			}))
		case st.report == timelyReport:
			// Absent with a timely report: no approval is needed.
		case st.report == lateReport:
			fs = append(fs, c.lateReport(string(unit), &c.m.Absences[st.late]))
		default:
			fs = append(fs, c.finding(regulation.MeetingAbsentUnreported, string(unit), regulation.Details{
				"level": st.level,
			}))
		}
	}
	return fs
}

// representatives returns the people who attend for unit, in the order of
// the attendees (the unlisted chair last); with deputies set, only the
// unit's deputies who attend without a valid approval.
func (c *checker) representatives(unit regulation.UnitID, deputies bool) regulation.PersonRefs {
	var names regulation.PersonRefs
	add := func(id regulation.PersonID, forUnit regulation.UnitID, approvedBy regulation.PersonID) {
		p, ok := c.dir.Person(id)
		if !ok {
			return
		}
		rep := forUnit
		if rep == "" {
			rep = p.Unit
		}
		if rep != unit && (p.Unit != unit || !c.dir.IsMember(id)) {
			return
		}
		if deputies && (p.Unit != unit || !p.Position.IsDeputy() || c.approves(approvedBy)) {
			return
		}
		names = append(names, regulation.PersonRef{ID: id, Name: p.Name, Position: p.Position})
	}
	chairListed := false
	for _, a := range c.m.Attendees {
		add(a.Person, a.ForUnit, a.ApprovedBy)
		chairListed = chairListed || a.Person == c.m.Chair
	}
	if !chairListed {
		add(c.m.Chair, "", "")
	}
	return names
}

// approves reports whether id may approve a substitute: the chair, the
// Chairman or a Vice-chairman.
func (c *checker) approves(id regulation.PersonID) bool {
	if id == "" {
		return false
	}
	if id == c.m.Chair {
		return true
	}
	p, ok := c.dir.Person(id)
	return ok && isPPCLeader(p.Position)
}

// lateReport returns meeting.absence_report_late for absence a, filed for
// subject (a unit or a PPC member).
func (c *checker) lateReport(subject string, a *Absence) regulation.Finding {
	return c.finding(regulation.MeetingAbsenceReportLate, subject, regulation.Details{
		"reported": a.Reported, "start": c.start,
	})
}

// finding returns a finding of code about the meeting.
func (c *checker) finding(code regulation.Code, subject string, d regulation.Details) regulation.Finding {
	return c.rules.Finding(code, regulation.RecordKindMeeting, c.m.ID, subject, d)
}
