package meeting

import (
	"github.com/quyche/quyche/regulation"
)

// members applies the rules on PPC members at PPC sessions (LGO Art. 114):
// the quorum, and each member's absence. It runs only for a meeting held as
// of asOf.
func (c *checker) members(fs regulation.Findings) regulation.Findings {
	if !c.m.Kind.IsSession() {
		return fs
	}
	attending := 0
	for s := range c.mem.len() {
		st := c.mem.at(s)
		if st.present {
			attending++
			continue
		}
		id := c.dir.MemberAt(s)
		if id == c.chairman {
			continue // the Chairman needs nobody's consent
		}
		if st.absence == 0 {
			fs = append(fs, c.memberAbsent(id))
			continue
		}
		a := &c.m.Absences[st.absence-1]
		switch {
		case c.isLate(a):
			fs = append(fs, c.lateReport(string(id), a))
		case c.chairman == "" || a.ApprovedBy != c.chairman:
			fs = append(fs, c.memberAbsent(id))
		}
	}
	q := c.rules.Meeting.Quorum
	if !q.Reached(attending, c.mem.len()) {
		fs = append(fs, c.finding(regulation.MeetingNoQuorum, "", regulation.Details{
			"attending": attending, "members": c.mem.len(), "quorum": q.String(),
		}))
	}
	return fs
}

// memberAbsent returns meeting.member_absent_unapproved for member id.
func (c *checker) memberAbsent(id regulation.PersonID) regulation.Finding {
	return c.finding(regulation.MeetingMemberAbsentUnapproved, string(id), regulation.Details{"member": c.dir.PersonRef(id).NameOnly()})
}
