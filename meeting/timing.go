package meeting

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// timing applies the lead times of the invitation and the session
// documents (of those sent as of asOf) and the deadline of the conclusion
// notice.
func (c *checker) timing(fs regulation.Findings) regulation.Findings {
	m, p, cal := &c.m, &c.rules.Meeting, c.rules.Cal()
	if sent := m.InvitationSent; !m.Urgent && !sent.IsZero() && c.happened(sent) {
		if n := cal.CountWorkdays(sent, m.Date); n < p.InvitationLead {
			fs = append(fs, c.finding(regulation.MeetingInvitationLate, "", regulation.Details{
				"sent": sent, "date": m.Date, "workdays": n, "required": p.InvitationLead,
			}))
		}
	}
	if sent := m.DocumentsSent; m.Kind.IsSession() && !sent.IsZero() && c.happened(sent) {
		if n := m.Date.Sub(sent); n < p.DocumentsLead {
			fs = append(fs, c.finding(regulation.MeetingDocumentsLate, "", regulation.Details{
				"sent": sent, "date": m.Date, "days": n, "required": p.DocumentsLead,
			}))
		}
	}
	if m.NeedsConclusion && c.held {
		deadline := cal.AddWorkdays(m.Date, p.ConclusionWithin)
		issued := m.ConclusionIssued
		if !issued.IsZero() && !c.happened(issued) {
			issued = calendar.Date{} // not issued yet as of asOf
		}
		late := issued.After(deadline) || issued.IsZero() && !c.asOf.IsZero() && c.asOf.After(deadline)
		if late {
			fs = append(fs, c.finding(regulation.MeetingConclusionLate, "", regulation.Details{
				"deadline": deadline, "issued": issued, "as_of": c.asOf,
			}))
		}
	}
	return fs
}
