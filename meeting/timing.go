package meeting

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// invitation applies the lead time of the invitation (QD45), if it was sent
// as of asOf and its date has no local fault. It is the one rule that also
// runs for a meeting not held yet: an invitation already sent may already be
// late.
func (c *checker) invitation(fs regulation.Findings) regulation.Findings {
	m, p := &c.m, &c.rules.Meeting
	sent := m.InvitationSent
	if m.Urgent || !c.invitationOK || sent.IsZero() || !c.happened(sent) {
		return fs
	}
	if n := c.rules.WorkCalendar().CountWorkdays(sent, m.Date); n < p.InvitationLead {
		fs = append(fs, c.finding(regulation.MeetingInvitationLate, "", regulation.Details{
			"sent": sent, "date": m.Date, "workdays": n, "required": p.InvitationLead,
		}))
	}
	return fs
}

// documents applies the lead time of a PPC session's documents (LGO Art.
// 114(4)), in calendar days, if they were sent as of asOf and their date
// has no local fault.
func (c *checker) documents(fs regulation.Findings) regulation.Findings {
	m, p := &c.m, &c.rules.Meeting
	sent := m.DocumentsSent
	if !m.Kind.IsSession() || !c.documentsOK || sent.IsZero() || !c.happened(sent) {
		return fs
	}
	if n := m.Date.Sub(sent); n < p.DocumentsLead {
		fs = append(fs, c.finding(regulation.MeetingDocumentsLate, "", regulation.Details{
			"sent": sent, "date": m.Date, "days": n, "required": p.DocumentsLead,
		}))
	}
	return fs
}

// conclusion applies the deadline of the conclusion notice (QD45) when one
// is needed and its date has no local fault: a notice issued after the
// deadline is late by the days from the deadline to its issue; a notice not
// issued as of asOf, by the days from the deadline to asOf.
func (c *checker) conclusion(fs regulation.Findings) regulation.Findings {
	m, p, cal := &c.m, &c.rules.Meeting, c.rules.WorkCalendar()
	if !m.NeedsConclusion || !c.conclusionOK {
		return fs
	}
	deadline := cal.AddWorkdays(m.Date, p.ConclusionWithin)
	issued := m.ConclusionIssued
	if !issued.IsZero() && !c.happened(issued) {
		issued = calendar.Date{} // not issued yet as of asOf
	}
	when := issued
	if when.IsZero() {
		when = c.asOf
	}
	if !when.After(deadline) {
		return fs
	}
	days, workdays := regulation.Lateness(cal, deadline, when)
	return append(fs, c.finding(regulation.MeetingConclusionLate, "", regulation.Details{
		"deadline": deadline, "issued": issued, "as_of": c.asOf,
		"late_days": days, "late_workdays": workdays,
	}))
}
