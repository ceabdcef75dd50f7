package main

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/task"
)

// The submissions of the year.
const (
	submissionsN      = 72
	pendingClean      = 4 // received in the last days of December, not acted on yet: to forward
	pendingDeficient  = 3 // likewise, but deficient: to return
	linkedSubmissions = 40
)

// subPlan is a submission being built.
type subPlan struct {
	s         task.Submission
	deficient bool
	pending   bool
}

// submissionFaults are the deficiencies given to dossiers the Office has
// acted on, each to a distinct dossier.
var submissionFaults = []struct {
	name string
	n    int
}{
	{"missing_draft", 1}, {"missing_appraisal", 1}, {"missing_opinions", 1}, {"missing_statement", 1},
	{"missing_summary", 3}, {"no_own_position", 2}, {"dissent_not_reported", 2},
	{"signer_level", 2}, {"own_competence", 2}, {"other_competence", 2},
}

// submissions builds the dossiers submitted to the PPC, in order of
// receipt: some rest on a consultation of the case, some do not.
func (g *gen) submissions(r *rand.Rand, cs []task.Consultation, tasks []task.Task) []task.Submission {
	plans := g.linkedSubmissions(r, cs)
	plans = g.otherSubmissions(r, plans, tasks)
	g.deficiencies(r, plans, cs)
	g.officeActions(r, plans)
	slices.SortStableFunc(plans, func(a, b *subPlan) int { return a.s.Received.Compare(b.s.Received) })
	out := make([]task.Submission, len(plans))
	for i, p := range plans {
		p.s.ID = fmt.Sprintf("S%03d", i+1)
		out[i] = p.s
	}
	return out
}

// linkedSubmissions plans the dossiers that follow a consultation: every
// unit has replied, and any disagreement was settled — or left open (those
// dossiers may not report it). Consultations with a disagreement come
// first.
func (g *gen) linkedSubmissions(r *rand.Rand, cs []task.Consultation) []*subPlan {
	var plans []*subPlan
	order := r.Perm(len(cs))
	disagreed := func(i int) bool {
		return slices.ContainsFunc(cs[i].Replies, func(x task.Reply) bool { return x.Stance == task.StanceDisagree })
	}
	slices.SortStableFunc(order, func(i, j int) int {
		switch di, dj := disagreed(i), disagreed(j); {
		case di && !dj:
			return -1
		case dj && !di:
			return 1
		}
		return 0
	})
	for _, i := range order {
		if len(plans) == linkedSubmissions {
			break
		}
		c := &cs[i]
		if slices.ContainsFunc(c.Replies, func(x task.Reply) bool { return x.Received.IsZero() }) {
			continue
		}
		ready := maxDate(g.lastReply(c), maxDate(c.Resolved, c.Escalated))
		gap := between(r, 2, 8)
		if disagreed(i) && c.Resolved.IsZero() && c.Escalated.IsZero() {
			gap = between(r, 2, 5) // the unit goes ahead with the disagreement open
		}
		received := g.cal.AddWorkdays(ready, gap)
		if received.After(d(2023, 12, 22)) {
			continue
		}
		kind := pick(r, []regulation.SubmissionKind{regulation.SubmissionKindProposal, regulation.SubmissionKindProposal, regulation.SubmissionKindScheme, regulation.SubmissionKindDraftLegalDocument})
		p := g.newSubmission(r, c.Lead, kind, received)
		p.s.Task, p.s.Consultation = c.Task, c.ID
		p.s.Components = append(p.s.Components, regulation.ComponentOpinions, regulation.ComponentOpinionSynthesis)
		for _, rep := range c.Replies {
			if rep.Stance == task.StanceDisagree {
				p.s.DissentReported = append(p.s.DissentReported, rep.Unit)
			}
		}
		plans = append(plans, p)
	}
	return plans
}

// otherSubmissions adds to plans the dossiers that rest on no consultation
// of the case, up to submissionsN, the last ones received in the last days
// of the year (pending); some serve a task of their unit.
func (g *gen) otherSubmissions(r *rand.Rand, plans []*subPlan, tasks []task.Task) []*subPlan {
	leads := g.prov.leadUnits()
	for len(plans) < submissionsN {
		lead := pick(r, leads).def.id
		kinds := []regulation.SubmissionKind{regulation.SubmissionKindProposal, regulation.SubmissionKindProposal, regulation.SubmissionKindReport, regulation.SubmissionKindReport, regulation.SubmissionKindScheme, regulation.SubmissionKindDraftLegalDocument}
		var received calendar.Date
		pending := len(plans) >= submissionsN-pendingClean-pendingDeficient
		if pending {
			received = g.workdayIn(r, d(2023, 12, 27), lastDay)
		} else {
			received = g.workdayOfYear(r, d(2023, 1, 3), d(2023, 12, 22))
		}
		p := g.newSubmission(r, lead, pick(r, kinds), received)
		p.pending = pending
		if chance(r, 60) {
			var own []string
			for _, t := range tasks {
				if t.Lead[0] == lead && t.Assigned.Before(received) {
					own = append(own, t.ID)
				}
			}
			if len(own) > 0 {
				p.s.Task = own[len(own)-1-r.IntN(min(len(own), 10))]
			}
		}
		plans = append(plans, p)
	}
	return plans
}

// deficiencies gives the faults of submissionFaults to distinct dossiers
// received early enough for the Office to have acted by the end of the
// year, and faults to pendingDeficient of the pending dossiers.
func (g *gen) deficiencies(r *rand.Rand, plans []*subPlan, cs []task.Consultation) {
	byID := map[string]task.Consultation{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	for _, f := range submissionFaults {
		for range f.n {
			for _, i := range r.Perm(len(plans)) {
				p := plans[i]
				if p.deficient || p.pending || p.s.Received.After(d(2023, 12, 20)) || !g.subFault(r, p, f.name, byID) {
					continue
				}
				p.deficient = true
				break
			}
		}
	}
	k := 0
	for _, p := range plans {
		if p.pending && !p.deficient && k < pendingDeficient {
			g.subFault(r, p, []string{"missing_summary", "signer_level", "no_own_position"}[k], byID)
			p.deficient = true
			k++
		}
	}
}

// officeActions records the Office's actions: clean dossiers are
// forwarded; deficient ones returned in time, except three returned late,
// three forwarded all the same and one never acted on. Pending dossiers
// have no action yet.
func (g *gen) officeActions(r *rand.Rand, plans []*subPlan) {
	var deficient []*subPlan
	for _, p := range plans {
		if p.pending {
			continue
		}
		within := g.rules.Submission.OfficeReturnWithin
		act := g.cal.AddWorkdays(p.s.Received, between(r, 1, within))
		if p.deficient {
			deficient = append(deficient, p)
			p.s.Office = task.Office{Action: task.ActionReturn, Date: act}
		} else {
			p.s.Office = task.Office{Action: task.ActionForward, Date: act}
		}
	}
	// Late returns and the dossier never acted on come from those received
	// early enough for their return deadline to have passed clearly.
	early := func(p *subPlan) bool { return !p.s.Received.After(d(2023, 12, 13)) }
	j := 0
	for _, i := range r.Perm(len(deficient)) {
		p := deficient[i]
		switch {
		case j < 3 && early(p):
			p.s.Office.Date = g.cal.AddWorkdays(p.s.Received, between(r, 5, 8))
		case j == 3 && early(p):
			p.s.Office = task.Office{}
		case j >= 4 && j < 7:
			p.s.Office.Action = task.ActionForward
		default:
			continue
		}
		j++
	}
}

// newSubmission returns a clean dossier of kind from unit, received on
// day: the components its kind needs (a summary when it is long), the
// unit's own position, signed by the head or a deputy.
func (g *gen) newSubmission(r *rand.Rand, from regulation.UnitID, kind regulation.SubmissionKind, day calendar.Date) *subPlan {
	s := g.prov.byUnit[from]
	sub := task.Submission{From: from, Kind: kind, Competence: task.CompetenceAddressee, Received: day, OwnPosition: true}
	switch kind {
	case regulation.SubmissionKindProposal:
		sub.To, sub.Pages = task.AddresseeViceChairman, between(r, 6, 28)
		if chance(r, 40) {
			sub.To = task.AddresseePPCChairman
		}
	case regulation.SubmissionKindScheme:
		sub.To, sub.Pages = task.AddresseePPC, between(r, 18, 70)
	case regulation.SubmissionKindDraftLegalDocument:
		sub.To, sub.Pages = task.AddresseePPC, between(r, 9, 40)
	case regulation.SubmissionKindReport:
		sub.To, sub.Pages = task.AddresseePPCChairman, between(r, 4, 24)
		if chance(r, 50) {
			sub.To = task.AddresseeViceChairman
		}
	}
	sub.Components = append(sub.Components, g.rules.Submission.Required[kind]...)
	if sub.Pages > g.rules.Submission.SummaryAbovePages || chance(r, 15) {
		sub.Components = append(sub.Components, regulation.ComponentSummary)
	}
	sub.SignedBy = pick(r, s.leaders()).ID
	return &subPlan{s: sub}
}

// subFault gives p the deficiency named, and reports false when p does not
// lend itself to it.
func (g *gen) subFault(r *rand.Rand, p *subPlan, name string, cs map[string]task.Consultation) bool {
	s := &p.s
	without := func(c regulation.Component) bool {
		if !slices.Contains(s.Components, c) {
			return false
		}
		s.Components = slices.DeleteFunc(s.Components, func(x regulation.Component) bool { return x == c })
		return true
	}
	switch name {
	case "missing_draft":
		return (s.Kind == regulation.SubmissionKindProposal || s.Kind == regulation.SubmissionKindScheme) && without(regulation.ComponentDraft)
	case "missing_appraisal":
		return s.Kind == regulation.SubmissionKindDraftLegalDocument && without(regulation.ComponentAppraisalReport)
	case "missing_opinions":
		return s.Consultation != "" && without(regulation.ComponentOpinions) && without(regulation.ComponentOpinionSynthesis)
	case "missing_statement":
		return s.Kind != regulation.SubmissionKindReport && without(regulation.ComponentStatement)
	case "missing_summary":
		s.Pages = max(s.Pages, between(r, 14, 30))
		without(regulation.ComponentSummary)
		return true
	case "no_own_position":
		s.OwnPosition = false
		return true
	case "dissent_not_reported":
		c, ok := cs[s.Consultation]
		if !ok || len(s.DissentReported) == 0 || !c.Resolved.IsZero() || !c.Escalated.IsZero() {
			return false // only a disagreement left open goes unreported
		}
		s.DissentReported = nil
		return true
	case "signer_level":
		s.SignedBy = pick(r, g.prov.byUnit[s.From].divHeads).ID
		return true
	case "own_competence":
		s.Competence = task.CompetenceSubmitter
		return true
	case "other_competence":
		s.Competence = task.CompetenceOtherAgency
		return true
	}
	return false
}
