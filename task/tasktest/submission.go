package tasktest

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
	"github.com/quyche/quyche/task"
)

// Submission returns the default submission with overrides applied in
// order:
//
//	ID            "S1"
//	Task          "T1"
//	From          regulationtest.Finance
//	To            task.AddresseePPCChairman
//	Kind          regulation.SubmissionKindProposal
//	Competence    task.CompetenceAddressee
//	Received      2024-03-20
//	Pages         8
//	Components    statement, draft, opinions, opinion_synthesis
//	OwnPosition   true
//	Consultation  "C1"
//	SignedBy      regulationtest.FinanceHead
//	Office        forwarded on 2024-03-22
//
// The dossier is complete, with or without the default [Consultation] among
// the options (see [SubmissionOptions]), so task.CheckSubmission finds
// nothing as of [AsOf] but the submission.office_decision that it always
// reports, an info finding whose action is forward.
func Submission(overrides ...func(*task.Submission)) task.Submission {
	s := task.Submission{
		ID:           "S1",
		Task:         "T1",
		From:         regulationtest.Finance,
		To:           task.AddresseePPCChairman,
		Kind:         regulation.SubmissionKindProposal,
		Competence:   task.CompetenceAddressee,
		Received:     calendar.NewDate(2024, 3, 20),
		Pages:        8,
		Components:   []regulation.Component{regulation.ComponentStatement, regulation.ComponentDraft, regulation.ComponentOpinions, regulation.ComponentOpinionSynthesis},
		OwnPosition:  true,
		Consultation: "C1",
		SignedBy:     regulationtest.FinanceHead,
		Office:       task.Office{Action: task.ActionForward, Date: calendar.NewDate(2024, 3, 22)},
	}
	for _, o := range overrides {
		o(&s)
	}
	return s
}

// SubmissionOptions returns the options of task.CheckSubmission and
// task.Decide that hold the consultations cs, keyed by their ids (a later
// one replaces an earlier one with the same id). Without arguments it holds
// none, which makes every linked consultation one outside the case.
func SubmissionOptions(cs ...task.Consultation) task.SubmissionOptions {
	m := make(map[string]task.Consultation, len(cs))
	for _, c := range cs {
		m[c.ID] = c
	}
	return task.SubmissionOptions{Consultations: m}
}
