package main

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/task"
)

// consultationsN is the number of consultations of the year.
const consultationsN = 90

// consultFault is the one fault a consultation is built with, if any.
type consultFault uint8

const (
	cfNone              consultFault = iota
	cfReplyLate                      // a reply after the deadline, within the follow-up window
	cfReplyVeryLate                  // a reply after the window, no reminder: also no_followup
	cfMissingReminded                // no reply, a reminder in the window
	cfMissingNoReminder              // no reply, no reminder: also no_followup
	cfUnclear                        // a reply that states no clear position
	cfNoStance                       // a reply without a stance
	cfUnresolved                     // a unit disagreed; nobody resolved or escalated it
	cfSettled                        // a unit disagreed; resolved or escalated in time (clean)
)

// consultFaults are how many consultations get each fault.
var consultFaults = []struct {
	f consultFault
	n int
}{
	{cfReplyLate, 4}, {cfReplyVeryLate, 1}, {cfMissingReminded, 2}, {cfMissingNoReminder, 2},
	{cfUnclear, 2}, {cfNoStance, 1}, {cfUnresolved, 3}, {cfSettled, 5},
}

// frequentCoordinators are the units consulted on most matters.
var frequentCoordinators = []regulation.UnitID{"STP", "STC", "SKHDT", "SNV", "STNMT"}

// consultations builds the consultations of the year, in order of sending.
func (g *gen) consultations(r *rand.Rand, tasks []task.Task) []task.Consultation {
	leads := g.prov.leadUnits()
	w := make([]int, len(leads))
	for i, s := range leads {
		w[i] = s.def.tasks
		if s.def.kind == regulation.UnitKindDistrictPC {
			w[i] /= 3
		}
	}
	cs := make([]task.Consultation, consultationsN)
	for i := range cs {
		c := &cs[i]
		c.Lead = leads[weighted(r, w)].def.id
		c.Sent = g.workdayOfYear(r, d(2023, 1, 3), d(2023, 12, 27))
		n := between(r, 2, 6)
		for len(c.Replies) < n {
			u := leads[weighted(r, w)].def.id
			if chance(r, 35) {
				u = pick(r, frequentCoordinators)
			}
			if u != c.Lead && !slices.ContainsFunc(c.Replies, func(x task.Reply) bool { return x.Unit == u }) {
				c.Replies = append(c.Replies, task.Reply{Unit: u})
			}
		}
		switch x := r.IntN(100); {
		case x < 25:
			c.Due = g.cal.AddWorkdays(c.Sent, between(r, 5, 10))
		case x < 55:
			c.Due = c.Sent.AddDays(between(r, 7, 14)) // may fall on a day off
		}
		deadline := c.ReplyDeadline(g.rules)
		for j := range c.Replies {
			rep := &c.Replies[j]
			got := g.cal.AddWorkdays(c.Sent, between(r, 1, g.cal.CountWorkdays(c.Sent, deadline)))
			if got.After(lastDay) {
				continue // not replied yet; the deadline has not passed
			}
			rep.Received, rep.Stance = got, task.StanceAgree
			if chance(r, 42) {
				rep.Stance = task.StanceAgreeWithComments
			}
		}
		if chance(r, 20) {
			if rem := g.cal.AddWorkdays(deadline, -2); rem.After(c.Sent) && !rem.After(lastDay) {
				c.Reminders = []calendar.Date{rem} // before the deadline: no follow-up yet
			}
		}
		if chance(r, 70) {
			var own []string
			for _, t := range tasks {
				if t.Lead[0] == c.Lead && !t.Assigned.After(c.Sent) && t.Assigned.After(c.Sent.AddDays(-90)) {
					own = append(own, t.ID)
				}
			}
			if len(own) > 0 {
				c.Task = pick(r, own)
			}
		}
	}
	slices.SortStableFunc(cs, func(a, b task.Consultation) int { return a.Sent.Compare(b.Sent) })
	for i := range cs {
		cs[i].ID = fmt.Sprintf("C%03d", i+1)
	}

	used := make([]bool, len(cs))
	for _, cf := range consultFaults {
		var before, after []int
		for i := range cs {
			switch {
			case used[i] || !g.consultFits(&cs[i], cf.f):
			case cs[i].Sent.Before(inForce):
				before = append(before, i)
			default:
				after = append(after, i)
			}
		}
		for k := range cf.n {
			from := &after
			if k < cf.n/3 && len(before) > 0 || len(after) == 0 {
				from = &before
			}
			j := r.IntN(len(*from))
			i := (*from)[j]
			*from = slices.Delete(*from, j, j+1)
			used[i] = true
			g.consultFault(r, &cs[i], cf.f)
		}
	}
	return cs
}

// lastReply returns the later of c's deadline and its last reply.
func (g *gen) lastReply(c *task.Consultation) calendar.Date {
	last := c.ReplyDeadline(g.rules)
	for _, rep := range c.Replies {
		last = maxDate(last, rep.Received)
	}
	return last
}

// consultFits reports whether fault f can be given to c with clear margins
// as of asOf.
func (g *gen) consultFits(c *task.Consultation, f consultFault) bool {
	deadline := c.ReplyDeadline(g.rules)
	for _, rep := range c.Replies {
		if rep.Received.IsZero() {
			return false
		}
	}
	p := g.rules.Consult
	switch f {
	case cfReplyLate, cfMissingReminded, cfMissingNoReminder:
		return g.cal.AddWorkdays(deadline, p.FollowUpWithin).Before(lastDay)
	case cfReplyVeryLate:
		return !g.cal.AddWorkdays(deadline, p.FollowUpWithin+3).After(lastDay)
	case cfUnresolved:
		// Early enough that the unit submits its dossier well before the
		// end of the year, with the disagreement still open.
		return !g.cal.AddWorkdays(g.lastReply(c), p.EscalateWithin+5).After(d(2023, 12, 15))
	case cfSettled:
		return g.cal.AddWorkdays(g.lastReply(c), p.EscalateWithin).Before(lastDay)
	}
	return true
}

// consultFault changes a clean consultation so that it has fault f.
func (g *gen) consultFault(r *rand.Rand, c *task.Consultation, f consultFault) {
	deadline := c.ReplyDeadline(g.rules)
	rep := &c.Replies[r.IntN(len(c.Replies))]
	p := g.rules.Consult
	switch f {
	case cfReplyLate:
		rep.Received = g.cal.AddWorkdays(deadline, between(r, 1, p.FollowUpWithin))
	case cfReplyVeryLate:
		rep.Received = g.cal.AddWorkdays(deadline, p.FollowUpWithin+3)
		c.Reminders = nil
	case cfMissingReminded:
		rep.Received, rep.Stance = calendar.Date{}, task.StanceUnknown
		c.Reminders = []calendar.Date{g.cal.AddWorkdays(deadline, between(r, 1, p.FollowUpWithin))}
	case cfMissingNoReminder:
		rep.Received, rep.Stance = calendar.Date{}, task.StanceUnknown
		c.Reminders = nil
	case cfUnclear:
		rep.Stance = task.StanceUnclear
	case cfNoStance:
		rep.Stance = task.StanceUnknown
	case cfUnresolved:
		rep.Stance = task.StanceDisagree
	case cfSettled:
		rep.Stance = task.StanceDisagree
		settled := g.cal.AddWorkdays(g.lastReply(c), between(r, 1, p.EscalateWithin))
		if chance(r, 50) {
			c.Resolved = settled
		} else {
			c.Escalated = settled
		}
	}
}
