package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// attendMode is how an invited unit answers an invitation.
type attendMode uint8

const (
	modeHead           attendMode = iota // the head (or acting head) attends
	modeDeputy                           // a deputy head attends (level leadership)
	modeDeputyApproved                   // level head: the head reports the absence, a deputy attends with the chair's approval
	modeAbsentReported                   // nobody attends; the head reported the absence in time

	// Faults.
	modeBelow            // only a division head attends: meeting.attendee_level
	modeDeputyUnapproved // level head, a deputy attends without approval: meeting.substitute_unapproved
	modeAbsentUnreported // nobody attends, no report: meeting.absent_unreported
	modeReportLate       // nobody attends, the report came after the start: meeting.absence_report_late
)

// invite is an invitation with the way the unit answers it.
type invite struct {
	unit  regulation.UnitID
	level meeting.Level
	mode  attendMode
	rep   regulation.PersonID // who came for the unit (the main one); "" for nobody
}

// meetingPlan is a meeting being built.
type meetingPlan struct {
	m       meeting.Meeting
	invites []invite
	fault   meetingFault
	minutes bool // a working meeting that has minutes
	demo    int  // minutes: 1 + the index in demos of the delegated signature they show; 0 for none
	// absentMembers are the PPC members who miss a session, each with an
	// approved, timely report unless a fault says otherwise.
	absentMembers []regulation.Person
}

// meetingFault is the one fault a meeting is built with, if any.
type meetingFault uint8

const (
	mfNone meetingFault = iota
	mfAttendeeLevel
	mfSubstitute
	mfAbsentUnreported
	mfUnitReportLate
	mfMemberReportLate   // sessions
	mfNoQuorum           // sessions
	mfMemberAbsent       // sessions: no report at all
	mfMemberApprovedByVC // sessions: consent of a Vice-chairman, not the Chairman
	mfInvitationLate
	mfDocumentsLate // sessions
	mfConclusionLate
	mfConclusionMissing
)

// meetingFaults are how many meetings get each fault, and which meetings
// may.
var meetingFaults = []struct {
	f    meetingFault
	n    int
	kind func(meeting.Kind) bool
	by   calendar.Date // the meeting is on or before this day (zero: any)
}{
	{mfAttendeeLevel, 6, notSession, calendar.Date{}},
	{mfSubstitute, 5, notSession, calendar.Date{}},
	{mfAbsentUnreported, 4, notSession, calendar.Date{}},
	{mfUnitReportLate, 2, notSession, calendar.Date{}},
	{mfMemberReportLate, 2, meeting.Kind.IsSession, calendar.Date{}},
	{mfNoQuorum, 2, meeting.Kind.IsSession, calendar.Date{}},
	{mfMemberAbsent, 2, meeting.Kind.IsSession, calendar.Date{}},
	{mfMemberApprovedByVC, 2, meeting.Kind.IsSession, calendar.Date{}},
	{mfInvitationLate, 5, notSession, calendar.Date{}},
	{mfDocumentsLate, 3, meeting.Kind.IsSession, calendar.Date{}},
	{mfConclusionLate, 3, notSession, d(2023, 12, 12)},
	{mfConclusionMissing, 2, notSession, d(2023, 12, 15)},
}

func notSession(k meeting.Kind) bool { return !k.IsSession() }

// Meetings per month, by kind: the final quarter is the busiest.
var (
	thematicMonths  = []time.Month{3, 6, 8, 10, 10, 11, 11, 12, 12}
	workingPerMonth = [12]int{3, 3, 3, 3, 3, 3, 3, 3, 3, 13, 13, 13}
	interPerMonth   = [12]int{2, 2, 2, 2, 2, 2, 2, 2, 2, 8, 8, 8}
	fieldPerMonth   = [12]int{1, 1, 2, 1, 2, 1, 2, 2, 1, 7, 7, 7}
)

// workingMinutes is the number of working meetings that have minutes.
const workingMinutes = 22

// meetings builds the meetings of the year, in order of date.
func (g *gen) meetings(r *rand.Rand) []*meetingPlan {
	var plans []*meetingPlan
	add := func(k meeting.Kind, day calendar.Date) {
		plans = append(plans, &meetingPlan{m: meeting.Meeting{Kind: k, Date: day}})
	}
	monthEnd := func(m time.Month) calendar.Date {
		return minDate(d(2023, m+1, 1).AddDays(-1), lastDay)
	}
	for m := time.January; m <= time.December; m++ {
		add(meeting.KindRegular, g.workdayIn(r, d(2023, m, 20), minDate(d(2023, m, 28), d(2023, 12, 27))))
		for range workingPerMonth[m-1] {
			add(meeting.KindWorking, g.workdayIn(r, d(2023, m, 1), monthEnd(m)))
		}
		for range interPerMonth[m-1] {
			add(meeting.KindInterSectoral, g.workdayIn(r, d(2023, m, 1), monthEnd(m)))
		}
		for range fieldPerMonth[m-1] {
			add(meeting.KindFieldInspection, g.workdayIn(r, d(2023, m, 1), monthEnd(m)))
		}
	}
	for _, m := range thematicMonths {
		add(meeting.KindThematic, g.workdayIn(r, d(2023, m, 3), minDate(d(2023, m, 28), d(2023, 12, 27))))
	}
	slices.SortStableFunc(plans, func(a, b *meetingPlan) int { return a.m.Date.Compare(b.m.Date) })
	for i, p := range plans {
		p.m.ID = fmt.Sprintf("M%03d", i+1)
	}

	for _, p := range plans {
		g.prepare(r, p)
	}
	g.assignFaults(r, plans)
	g.chooseMinutes(r, plans)
	for _, p := range plans {
		g.compose(r, p)
	}
	return plans
}

// prepare sets the chair, the timing and the invitations of a clean
// meeting, and the PPC members absent from a session.
func (g *gen) prepare(r *rand.Rand, p *meetingPlan) {
	g.chooseChair(r, &p.m)
	g.schedule(r, &p.m)
	g.invite(r, p)
	g.absentees(r, p)
}

// chooseChair sets who chairs m: the Chairman for a session, a
// Vice-chairman (or the Chairman) for a working meeting, the head of a
// department or board (or a Vice-chairman) otherwise.
func (g *gen) chooseChair(r *rand.Rand, m *meeting.Meeting) {
	prov := g.prov
	vcs := prov.viceChairmen()
	var hosts []*staff // departments and boards that may host a meeting
	for _, s := range prov.leadUnits() {
		if k := s.def.kind; k == regulation.UnitKindDepartment || k == regulation.UnitKindBoard {
			hosts = append(hosts, s)
		}
	}
	switch m.Kind {
	case meeting.KindRegular, meeting.KindThematic:
		m.Chair = prov.chairman().ID
	case meeting.KindWorking:
		m.Chair = pick(r, vcs).ID
		if chance(r, 30) {
			m.Chair = prov.chairman().ID
		}
	case meeting.KindInterSectoral:
		m.Chair = pick(r, hosts).head.ID
		if chance(r, 40) {
			m.Chair = pick(r, vcs).ID
		}
	case meeting.KindFieldInspection:
		m.Chair = pick(r, hosts).head.ID
		if chance(r, 50) {
			m.Chair = pick(r, vcs).ID
		}
	}
}

// schedule sets the start of m, when its invitation and documents went out,
// and whether a conclusion notice is needed and when it was issued.
func (g *gen) schedule(r *rand.Rand, m *meeting.Meeting) {
	hour := 8
	if !m.Kind.IsSession() && chance(r, 30) {
		hour = 14
	}
	m.Start = at(m.Date, hour, 0)
	if !m.Kind.IsSession() && m.Kind != meeting.KindFieldInspection && chance(r, 8) {
		m.Urgent = true
		m.InvitationSent = g.cal.AddWorkdays(m.Date, -1)
	} else {
		m.InvitationSent = g.cal.AddWorkdays(m.Date, -between(r, 3, 7))
	}
	if m.Kind.IsSession() {
		m.DocumentsSent = m.Date.AddDays(-between(r, 4, 8))
	}
	switch m.Kind {
	case meeting.KindRegular, meeting.KindThematic:
		m.NeedsConclusion = true
	case meeting.KindWorking:
		m.NeedsConclusion = chance(r, 80)
	case meeting.KindInterSectoral:
		m.NeedsConclusion = chance(r, 50)
	case meeting.KindFieldInspection:
		m.NeedsConclusion = chance(r, 60)
	}
	if m.NeedsConclusion {
		if issued := g.cal.AddWorkdays(m.Date, between(r, 1, 5)); !issued.After(asOf) {
			m.ConclusionIssued = issued
		}
	}
}

// invite draws the units invited to p's meeting and how each answers: a
// field inspection always invites a district.
func (g *gen) invite(r *rand.Rand, p *meetingPlan) {
	m, prov := &p.m, g.prov
	chairUnit := prov.byID[m.Chair].Unit
	var pool []*staff
	for _, s := range prov.leadUnits() {
		switch {
		case s.def.id == chairUnit || s.def.id == "VP":
		case m.Kind.IsSession() && slices.Contains(memberUnits, s.def.id):
		default:
			pool = append(pool, s)
		}
	}
	n := 0
	switch m.Kind {
	case meeting.KindRegular, meeting.KindThematic:
		n = between(r, 4, 7)
	case meeting.KindWorking:
		n = between(r, 2, 5)
	case meeting.KindInterSectoral:
		n = between(r, 3, 6)
	case meeting.KindFieldInspection:
		n = between(r, 3, 5)
	}
	for _, i := range r.Perm(len(pool))[:n] {
		s := pool[i]
		level := meeting.LevelLeadership
		switch m.Kind {
		case meeting.KindRegular, meeting.KindThematic:
			if chance(r, 80) {
				level = meeting.LevelHead
			}
		case meeting.KindWorking:
			if chance(r, 40) {
				level = meeting.LevelHead
			}
		case meeting.KindInterSectoral:
			if chance(r, 15) {
				level = meeting.LevelHead
			}
		}
		p.invites = append(p.invites, invite{unit: s.def.id, level: level, mode: cleanMode(r, level, len(s.deputies) > 0)})
	}
	if m.Kind == meeting.KindFieldInspection && !slices.ContainsFunc(p.invites, func(in invite) bool {
		return prov.byUnit[in.unit].def.kind == regulation.UnitKindDistrictPC
	}) {
		// A field inspection goes to a district: invite one.
		for _, i := range r.Perm(len(pool)) {
			if s := pool[i]; s.def.kind == regulation.UnitKindDistrictPC {
				p.invites[0] = invite{unit: s.def.id, level: meeting.LevelLeadership, mode: cleanMode(r, meeting.LevelLeadership, true)}
				break
			}
		}
	}
}

// absentees draws the PPC members absent from a session.
func (g *gen) absentees(r *rand.Rand, p *meetingPlan) {
	m, prov := &p.m, g.prov
	if m.Kind.IsSession() {
		var others []regulation.Person
		for _, id := range prov.members {
			if id != m.Chair {
				others = append(others, prov.byID[id])
			}
		}
		for _, i := range r.Perm(len(others))[:between(r, 0, 2)] {
			p.absentMembers = append(p.absentMembers, others[i])
		}
	}
}

// cleanMode draws how a unit answers an invitation at level without fault.
func cleanMode(r *rand.Rand, level meeting.Level, deputies bool) attendMode {
	x := r.IntN(100)
	switch {
	case !deputies:
		if x < 92 {
			return modeHead
		}
		return modeAbsentReported
	case level == meeting.LevelHead:
		switch {
		case x < 72:
			return modeHead
		case x < 92:
			return modeDeputyApproved
		}
		return modeAbsentReported
	}
	switch {
	case x < 35:
		return modeHead
	case x < 95:
		return modeDeputy
	}
	return modeAbsentReported
}

// assignFaults gives the faults of meetingFaults to distinct meetings,
// about a third of them before the regulation came into force.
func (g *gen) assignFaults(r *rand.Rand, plans []*meetingPlan) {
	for _, mf := range meetingFaults {
		var before, after []*meetingPlan
		for _, p := range plans {
			switch {
			case p.fault != mfNone || !mf.kind(p.m.Kind):
			case !mf.by.IsZero() && p.m.Date.After(mf.by):
			case unitFault(mf.f) && len(p.invites) == 0:
			case p.m.Date.Before(inForce):
				before = append(before, p)
			default:
				after = append(after, p)
			}
		}
		nBefore := mf.n / 3
		for k := range mf.n {
			from := &after
			if k < nBefore && len(before) > 0 || len(after) == 0 {
				from = &before
			}
			i := r.IntN(len(*from))
			p := (*from)[i]
			*from = slices.Delete(*from, i, i+1)
			p.fault = mf.f
			g.applyFault(r, p)
		}
	}
}

// unitFault reports whether f is about an invited unit.
func unitFault(f meetingFault) bool {
	return f == mfAttendeeLevel || f == mfSubstitute || f == mfAbsentUnreported || f == mfUnitReportLate
}

// applyFault changes a clean meeting plan so that it has its fault.
func (g *gen) applyFault(r *rand.Rand, p *meetingPlan) {
	m := &p.m
	var in *invite
	if len(p.invites) > 0 {
		in = &p.invites[r.IntN(len(p.invites))]
	}
	switch p.fault {
	case mfAttendeeLevel:
		in.mode = modeBelow
	case mfSubstitute:
		// A unit whose head was invited sends a deputy, unasked.
		for _, i := range r.Perm(len(p.invites)) {
			if len(g.prov.byUnit[p.invites[i].unit].deputies) > 0 {
				in = &p.invites[i]
				break
			}
		}
		in.level, in.mode = meeting.LevelHead, modeDeputyUnapproved
	case mfAbsentUnreported:
		in.mode = modeAbsentUnreported
	case mfUnitReportLate:
		in.mode = modeReportLate
	case mfNoQuorum:
		// Five members away with the Chairman's consent: 7 of 12 attend.
		var others []regulation.Person
		for _, id := range g.prov.members {
			if id != m.Chair {
				others = append(others, g.prov.byID[id])
			}
		}
		p.absentMembers = nil
		for _, i := range r.Perm(len(others))[:5] {
			p.absentMembers = append(p.absentMembers, others[i])
		}
	case mfMemberReportLate, mfMemberAbsent, mfMemberApprovedByVC:
		if len(p.absentMembers) == 0 {
			for _, id := range g.prov.members {
				if id != m.Chair {
					p.absentMembers = append(p.absentMembers, g.prov.byID[id])
					break
				}
			}
		}
	case mfInvitationLate:
		m.Urgent = false
		m.InvitationSent = g.cal.AddWorkdays(m.Date, -between(r, 1, 2))
	case mfDocumentsLate:
		m.DocumentsSent = m.Date.AddDays(-between(r, 1, 2))
	case mfConclusionLate:
		m.NeedsConclusion = true
		m.ConclusionIssued = g.cal.AddWorkdays(m.Date, between(r, 7, 10))
	case mfConclusionMissing:
		m.NeedsConclusion = true
		m.ConclusionIssued = calendar.Date{}
	}
}

// chooseMinutes picks the working meetings chaired by the PPC's leaders
// that have minutes; the ones in force that show a delegated signature
// invite the unit that signs.
func (g *gen) chooseMinutes(r *rand.Rand, plans []*meetingPlan) {
	var before, after []*meetingPlan
	for _, p := range plans {
		if p.m.Kind != meeting.KindWorking || p.fault != mfNone {
			continue
		}
		if p.m.Date.Before(inForce) {
			before = append(before, p)
		} else {
			after = append(after, p)
		}
	}
	demos := g.demos()
	nAfter := workingMinutes * 2 / 3
	var chosen []*meetingPlan
	for _, i := range r.Perm(len(after))[:nAfter] {
		chosen = append(chosen, after[i])
	}
	slices.SortFunc(chosen, func(a, b *meetingPlan) int { return a.m.Date.Compare(b.m.Date) })
	for k, p := range chosen {
		p.minutes = true
		if k >= len(demos) {
			continue
		}
		p.demo = k + 1
		u := demos[k].unit
		if u == "UBND" {
			continue
		}
		i := slices.IndexFunc(p.invites, func(in invite) bool { return in.unit == u })
		if i < 0 {
			i = 0
			p.invites = slices.DeleteFunc(p.invites, func(in invite) bool { return in.unit == u })
		}
		p.invites[i] = invite{unit: u, level: meeting.LevelLeadership, mode: modeDeputy}
	}
	for _, i := range r.Perm(len(before))[:workingMinutes-nAfter] {
		before[i].minutes = true
	}
}

// compose writes the invitations, attendees and absences of a meeting from
// its plan.
func (g *gen) compose(r *rand.Rand, p *meetingPlan) {
	g.composeMembers(r, p)
	m := &p.m
	if g.prov.byID[m.Chair].Unit == "UBND" && !m.Kind.IsSession() {
		// The PPC Office serves the meetings of the PPC's leaders.
		m.Attendees = append(m.Attendees, meeting.Attendee{Person: pick(r, g.prov.byUnit["VP"].deputies).ID})
	}
	m.Attendees = append(m.Attendees, meeting.Attendee{Person: g.secretary(p).ID})
	g.composeInvitees(r, p)
}

// timelyReport draws the time of an absence report filed in time for m:
// mostly the afternoon before, else shortly before the start.
func (g *gen) timelyReport(r *rand.Rand, m *meeting.Meeting) time.Time {
	if chance(r, 70) {
		return at(g.cal.AddWorkdays(m.Date, -1), between(r, 14, 16), between(r, 0, 59))
	}
	return m.Start.Add(-time.Duration(between(r, 30, 90)) * time.Minute)
}

// lateReport draws the time of an absence report filed after m started.
func lateReport(r *rand.Rand, m *meeting.Meeting) time.Time {
	return m.Start.Add(time.Duration(between(r, 20, 90)) * time.Minute)
}

// composeMembers writes the PPC members who attend a session and the
// absences of the others, with the plan's fault on the first absence.
func (g *gen) composeMembers(r *rand.Rand, p *meetingPlan) {
	m, prov := &p.m, g.prov
	if !m.Kind.IsSession() {
		return
	}
	for _, id := range prov.members {
		if id == m.Chair || slices.ContainsFunc(p.absentMembers, func(a regulation.Person) bool { return a.ID == id }) {
			continue
		}
		m.Attendees = append(m.Attendees, meeting.Attendee{Person: id})
	}
	for k, a := range p.absentMembers {
		abs := meeting.Absence{Person: a.ID, Reported: g.timelyReport(r, m), ApprovedBy: m.Chair}
		if k == 0 {
			switch p.fault {
			case mfMemberReportLate:
				abs.Reported = lateReport(r, m)
			case mfMemberApprovedByVC:
				abs.ApprovedBy = prov.viceChairmen()[0].ID
				if a.ID == abs.ApprovedBy {
					abs.ApprovedBy = prov.viceChairmen()[1].ID
				}
			case mfMemberAbsent:
				continue // no report at all
			}
		}
		m.Absences = append(m.Absences, abs)
	}
}

// composeInvitees writes the invitations of p's meeting and, by each
// invited unit's mode, who attends for it and which absence it reports.
func (g *gen) composeInvitees(r *rand.Rand, p *meetingPlan) {
	m, prov := &p.m, g.prov
	attend := func(a meeting.Attendee) { m.Attendees = append(m.Attendees, a) }
	var dm *demo
	if p.demo > 0 {
		dm = &g.demos()[p.demo-1]
	}
	for i := range p.invites {
		in := &p.invites[i]
		s := prov.byUnit[in.unit]
		m.Invitations = append(m.Invitations, meeting.Invitation{Unit: in.unit, Level: in.level})
		deputy := func() regulation.Person {
			if len(s.deputies) == 0 {
				return s.head
			}
			return pick(r, s.deputies)
		}
		accompany := func() {
			if dm != nil && dm.unit == in.unit {
				attend(meeting.Attendee{Person: dm.signer.ID})
				return
			}
			if chance(r, 30) && len(s.specialist) > 0 {
				attend(meeting.Attendee{Person: pick(r, s.specialist).ID})
			}
		}
		switch in.mode {
		case modeHead:
			in.rep = s.head.ID
			attend(meeting.Attendee{Person: in.rep})
			accompany()
		case modeDeputy:
			in.rep = deputy().ID
			attend(meeting.Attendee{Person: in.rep})
			accompany()
		case modeDeputyApproved:
			m.Absences = append(m.Absences, meeting.Absence{Person: s.head.ID, Reported: g.timelyReport(r, m), ApprovedBy: m.Chair})
			in.rep = deputy().ID
			attend(meeting.Attendee{Person: in.rep, ApprovedBy: m.Chair})
			accompany()
		case modeAbsentReported:
			abs := meeting.Absence{Person: s.head.ID, Reported: g.timelyReport(r, m)}
			if chance(r, 50) {
				abs.ApprovedBy = m.Chair
			}
			m.Absences = append(m.Absences, abs)
		case modeBelow:
			in.rep = pick(r, s.divHeads).ID
			attend(meeting.Attendee{Person: in.rep})
			if chance(r, 50) && len(s.specialist) > 0 {
				attend(meeting.Attendee{Person: pick(r, s.specialist).ID})
			}
		case modeDeputyUnapproved:
			in.rep = deputy().ID
			attend(meeting.Attendee{Person: in.rep})
		case modeAbsentUnreported:
		case modeReportLate:
			m.Absences = append(m.Absences, meeting.Absence{Person: s.head.ID, Reported: lateReport(r, m)})
		}
	}
}

// secretary returns the secretary of a meeting: a specialist of the PPC
// Office for the meetings of the PPC's leaders, else of the chair's unit.
// It is the same person for the same meeting.
func (g *gen) secretary(p *meetingPlan) regulation.Person {
	u := g.prov.byID[p.m.Chair].Unit
	if u == "UBND" {
		u = "VP"
	}
	s := g.prov.byUnit[u]
	n := 0
	for _, c := range p.m.ID {
		n = n*31 + int(c)
	}
	return s.specialist[n%len(s.specialist)]
}
