package task

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
)

// newSubmission returns the submission S1: a complete proposal of STC to the PPC
// Chairman, signed by its director p1, received on Tue 16/4/2024, so that
// the Office must return it, if at all, by Mon 22/4/2024 (the third working
// day, Thu 18/4 being Hùng Kings day). Each change is applied in order.
func newSubmission(changes ...func(*Submission)) Submission {
	s := Submission{ID: "S1", Task: "T1", From: "STC", To: AddresseePPCChairman, Kind: regulation.SubmissionKindProposal,
		Competence: CompetenceAddressee, Received: date("2024-04-16"), Pages: 8,
		Components:  []regulation.Component{regulation.ComponentStatement, regulation.ComponentDraft},
		OwnPosition: true, SignedBy: "p1"}
	for _, c := range changes {
		c(&s)
	}
	return s
}

// Row changes of newSubmission.
func withComponents(cs ...regulation.Component) func(*Submission) {
	return func(s *Submission) { s.Components = cs }
}
func withOffice(a Action, day string) func(*Submission) {
	return func(s *Submission) { s.Office = Office{Action: a, Date: date(day)} }
}
func withConsultation(id string, dissent ...regulation.UnitID) func(*Submission) {
	return func(s *Submission) {
		s.Consultation = id
		s.DissentReported = dissent
		s.Components = append(slices.Clone(s.Components), regulation.ComponentOpinions, regulation.ComponentOpinionSynthesis)
	}
}
func withoutPosition(s *Submission) { s.OwnPosition = false }

// submissionFinding returns the finding of code about the submission S1.
func submissionFinding(rules *regulation.Rules, code regulation.Code, subject string, d regulation.Details) regulation.Finding {
	return rules.Finding(code, regulation.RecordKindSubmission, "S1", subject, d)
}

// badSubmission returns the input.invalid finding of the submission S1.
func badSubmission(field string, p regulation.Problem) regulation.Finding {
	if field == "office.date" { // the one optional date of a submission: a local fault
		return regulation.LocalInvalidInput(regulation.RecordKindSubmission, "S1", field, p)
	}
	return regulation.InvalidInput(regulation.RecordKindSubmission, "S1", field, p)
}

// testConsultations are the consultations of the submission tests' case.
func testConsultations() map[string]Consultation {
	c := func(id string, replies ...Reply) Consultation {
		return Consultation{ID: id, Lead: "STC", Sent: date("2024-04-01"), Replies: replies}
	}
	return map[string]Consultation{
		"C0": c("C0"),
		"C1": c("C1", newReply("SXD", "2024-04-09", StanceAgree), newReply("SKHDT", "2024-04-10", StanceDisagree)),
		"C2": c("C2", newReply("SXD", "2024-04-09", StanceAgree), newReply("SKHDT", "2024-04-17", StanceDisagree)),
		"C3": c("C3", newReply("SXD", "2024-04-09", StanceAgree), newReply("SKHDT", "2024-04-16", StanceDisagree),
			newReply("SGTVT", "2024-04-10", StanceDisagree), newReply("STP", "", 0)),
		"C4": c("C4", newReply("SXD", "2024-04-09", StanceAgreeWithComments)),
		"C5": c("C5", newReply("SXD", "2024-04-09", StanceAgree),
			Reply{Unit: "SKHDT", Received: calendar.NewDate(0, 4, 10), Stance: StanceDisagree}), // an impossible reply date

	}
}

func TestCheckSubmission(t *testing.T) {
	kt := regulation.KonTum2023()
	requireCalendar(t, kt)
	summaryRequired := kt.Clone()
	summaryRequired.Submission.Required[regulation.SubmissionKindProposal] = []regulation.Component{regulation.ComponentStatement, regulation.ComponentDraft, regulation.ComponentSummary}
	dir := kontumDirectory(t)
	opts := SubmissionOptions{Consultations: testConsultations()}
	deadline := date("2024-04-22")

	decision := func(rules *regulation.Rules, a Action, deadline calendar.Date, list ...string) regulation.Finding {
		return rules.Finding(regulation.SubmissionOfficeDecision, regulation.RecordKindSubmission, "S1", "",
			regulation.Details{"action": a, "deadline": deadline, "deficiencies": deficiencies(dir, list...)})
	}
	forward := decision(kt, ActionForward, deadline)
	ret := func(list ...string) regulation.Finding { return decision(kt, ActionReturn, deadline, list...) }
	missing := func(c regulation.Component) regulation.Finding {
		return submissionFinding(kt, regulation.SubmissionMissingComponent, c.String(), regulation.Details{"component": c})
	}
	noPosition := submissionFinding(kt, regulation.SubmissionNoOwnPosition, "", nil)
	retNoPosition := ret("submission.no_own_position")
	signer := func(id string, p regulation.Position) regulation.Finding {
		return submissionFinding(kt, regulation.SubmissionSignerLevel, id, regulation.Details{"position": p})
	}
	dissent := func(unit, cons string) regulation.Finding {
		return submissionFinding(kt, regulation.SubmissionDissentNotReported, unit, regulation.Details{"consultation": cons})
	}
	returnLate := func(deadline, returned, asOf string, days, workdays int) regulation.Finding {
		return submissionFinding(kt, regulation.SubmissionReturnLate, "", regulation.Details{"deadline": date(deadline), "returned": date(returned), "as_of": date(asOf),
			"late_days": days, "late_workdays": workdays})
	}
	accepted := func(forwarded string, list ...string) regulation.Finding {
		return submissionFinding(kt, regulation.SubmissionAcceptedIncomplete, "", regulation.Details{"forwarded": date(forwarded), "deficiencies": deficiencies(dir, list...)})
	}

	tests := []struct {
		name   string
		reason string
		s      Submission
		rules  *regulation.Rules
		dir    *regulation.Directory
		asOf   string
		want   regulation.Findings
	}{
		// submission.missing_component
		{"complete proposal", "statement and draft, signed by the director: forward",
			newSubmission(), kt, dir, "2024-04-16", regulation.Findings{forward}},
		{"proposal without its draft", "a proposal carries the draft it proposes (ND39 Art. 13)",
			newSubmission(withComponents(regulation.ComponentStatement)), kt, dir, "2024-04-16",
			regulation.Findings{missing(regulation.ComponentDraft), ret("submission.missing_component: draft")}},
		{"empty scheme", "one finding per missing component",
			newSubmission(func(s *Submission) { s.Kind = regulation.SubmissionKindScheme; s.Components = nil }), kt, dir, "2024-04-16",
			regulation.Findings{missing(regulation.ComponentDraft), missing(regulation.ComponentStatement),
				ret("submission.missing_component: draft", "submission.missing_component: statement")}},
		{"draft legal document without appraisal", "the Department of Justice's appraisal report is required",
			newSubmission(func(s *Submission) { s.Kind = regulation.SubmissionKindDraftLegalDocument }), kt, dir, "2024-04-16",
			regulation.Findings{missing(regulation.ComponentAppraisalReport), ret("submission.missing_component: appraisal_report")}},
		{"report", "a report needs the report, not a statement",
			newSubmission(func(s *Submission) { s.Kind = regulation.SubmissionKindReport }, withComponents(regulation.ComponentReport)),
			kt, dir, "2024-04-16", regulation.Findings{forward}},
		{"report sent as a statement", "the report itself is missing",
			newSubmission(func(s *Submission) { s.Kind = regulation.SubmissionKindReport }, withComponents(regulation.ComponentStatement)),
			kt, dir, "2024-04-16", regulation.Findings{missing(regulation.ComponentReport), ret("submission.missing_component: report")}},
		{"consulted without the opinions", "the linked consultation is in the case and has replies",
			newSubmission(func(s *Submission) { s.Consultation = "C4" }), kt, dir, "2024-04-16",
			regulation.Findings{missing(regulation.ComponentOpinions), missing(regulation.ComponentOpinionSynthesis),
				ret("submission.missing_component: opinion_synthesis", "submission.missing_component: opinions")}},
		{"consulted with the opinions", "opinions and their synthesis are there",
			newSubmission(withConsultation("C4")), kt, dir, "2024-04-16", regulation.Findings{forward}},
		{"consultation outside the case", "not in the case: opinions are not required",
			newSubmission(func(s *Submission) { s.Consultation = "C99" }), kt, dir, "2024-04-16", regulation.Findings{forward}},
		{"consultation without replies", "opinions are required only when someone was consulted",
			newSubmission(func(s *Submission) { s.Consultation = "C0" }), kt, dir, "2024-04-16", regulation.Findings{forward}},
		{"summary in the required table, short dossier", "a missing summary is reported only as missing_summary",
			newSubmission(), summaryRequired, dir, "2024-04-16", regulation.Findings{decision(summaryRequired, ActionForward, deadline)}},
		{"summary in the required table, long dossier", "a missing summary is reported only as missing_summary",
			newSubmission(func(s *Submission) { s.Pages = 12 }), summaryRequired, dir, "2024-04-16",
			regulation.Findings{
				summaryRequired.Finding(regulation.SubmissionMissingSummary, regulation.RecordKindSubmission, "S1", "", regulation.Details{"pages": 12, "limit": 10}),
				decision(summaryRequired, ActionReturn, deadline, "submission.missing_summary"),
			}},

		// submission.missing_summary
		{"ten pages", "SummaryAbovePages = 10: a summary is needed above ten pages",
			newSubmission(func(s *Submission) { s.Pages = 10 }), kt, dir, "2024-04-16", regulation.Findings{forward}},
		{"eleven pages", "over the limit without a summary",
			newSubmission(func(s *Submission) { s.Pages = 11 }), kt, dir, "2024-04-16",
			regulation.Findings{submissionFinding(kt, regulation.SubmissionMissingSummary, "", regulation.Details{"pages": 11, "limit": 10}),
				ret("submission.missing_summary")}},
		{"eleven pages with a summary", "the summary is there",
			newSubmission(func(s *Submission) { s.Pages = 11 }, withComponents(regulation.ComponentStatement, regulation.ComponentDraft, regulation.ComponentSummary)),
			kt, dir, "2024-04-16", regulation.Findings{forward}},

		// submission.no_own_position
		{"no own position", "L56 fn. 2: the lead unit must say what it proposes",
			newSubmission(withoutPosition), kt, dir, "2024-04-16", regulation.Findings{noPosition, retNoPosition}},

		// submission.dissent_not_reported
		{"dissent not reported", "SKHDT disagreed on 10/4 and the dossier says nothing",
			newSubmission(withConsultation("C1")), kt, dir, "2024-04-16",
			regulation.Findings{dissent("SKHDT", "C1"), ret("submission.dissent_not_reported: SKHDT")}},
		{"dissent reported", "the dossier reports SKHDT's disagreement",
			newSubmission(withConsultation("C1", "SKHDT")), kt, dir, "2024-04-16", regulation.Findings{forward}},
		{"another unit's dissent reported", "reporting SXD does not report SKHDT",
			newSubmission(withConsultation("C1", "SXD")), kt, dir, "2024-04-16",
			regulation.Findings{dissent("SKHDT", "C1"), ret("submission.dissent_not_reported: SKHDT")}},
		{"dissent after the dossier", "SKHDT disagreed on 17/4, after the dossier was received on 16/4",
			newSubmission(withConsultation("C2")), kt, dir, "2024-05-20", regulation.Findings{forward}},
		{"dissent on the day of the dossier", "received on 16/4, the same day: it counts",
			newSubmission(withConsultation("C3", "SGTVT")), kt, dir, "2024-04-16",
			regulation.Findings{dissent("SKHDT", "C3"), ret("submission.dissent_not_reported: SKHDT")}},
		{"dissent with a reply date in year 0", "when SKHDT's reply came is unknown: it is not counted (the consultation reports the date)",
			newSubmission(withConsultation("C5")), kt, dir, "2024-04-16", regulation.Findings{forward}},
		{"dissent outside the case", "the consultation is not in the case: dissent is not checked",
			newSubmission(withConsultation("C99")), kt, dir, "2024-04-16", regulation.Findings{forward}},

		// submission.signer_level
		{"signed by the deputy head", "a deputy head is unit leadership",
			newSubmission(func(s *Submission) { s.SignedBy = "p2" }), kt, dir, "2024-04-16", regulation.Findings{forward}},
		{"signed by the acting head", "SXD's acting director signs for SXD",
			newSubmission(func(s *Submission) { s.From = "SXD"; s.SignedBy = "p4" }), kt, dir, "2024-04-16", regulation.Findings{forward}},
		{"signed by a division head", "below unit leadership (ND30 Art. 13)",
			newSubmission(func(s *Submission) { s.SignedBy = "p3" }), kt, dir, "2024-04-16",
			regulation.Findings{signer("p3", regulation.PositionDivisionHead), ret("submission.signer_level: p3")}},
		{"signed by a specialist", "below unit leadership",
			newSubmission(func(s *Submission) { s.SignedBy = "p6" }), kt, dir, "2024-04-16",
			regulation.Findings{signer("p6", regulation.PositionSpecialist), ret("submission.signer_level: p6")}},
		{"signed by another unit's head", "SXD's acting director does not lead STC",
			newSubmission(func(s *Submission) { s.SignedBy = "p4" }), kt, dir, "2024-04-16",
			regulation.Findings{signer("p4", regulation.PositionActingHead), ret("submission.signer_level: p4")}},
		{"signed by the Chairman", "the PPC's Chairman is not STC's leadership",
			newSubmission(func(s *Submission) { s.SignedBy = "p0" }), kt, dir, "2024-04-16",
			regulation.Findings{signer("p0", regulation.PositionChairman), ret("submission.signer_level: p0")}},
		{"no directory", "a nil directory is input.invalid, not \"no lookups\"",
			newSubmission(func(s *Submission) { s.SignedBy = "p3" }), kt, nil, "2024-04-16", regulation.Findings{badSubmission("directory", regulation.ProblemMissing)}},

		// submission.own_competence, submission.other_competence
		{"own competence", "L56 point 1(a): decide what is within your own authority",
			newSubmission(func(s *Submission) { s.Competence = CompetenceSubmitter }), kt, dir, "2024-04-16",
			regulation.Findings{submissionFinding(kt, regulation.SubmissionOwnCompetence, "", nil), ret("submission.own_competence")}},
		{"other competence", "L56 point 1(a): not another agency's matters",
			newSubmission(func(s *Submission) { s.Competence = CompetenceOtherAgency }), kt, dir, "2024-04-16",
			regulation.Findings{submissionFinding(kt, regulation.SubmissionOtherCompetence, "", nil), ret("submission.other_competence")}},

		// The Office's action: submission.return_late, submission.accepted_incomplete
		{"returned on the third working day", "16/4 + 3 working days, skipping Hùng Kings day 18/4, is Mon 22/4",
			newSubmission(withoutPosition, withOffice(ActionReturn, "2024-04-22")), kt, dir, "2024-05-20",
			regulation.Findings{noPosition, retNoPosition}},
		{"returned on the fourth working day", "Tue 23/4 is after the return deadline",
			newSubmission(withoutPosition, withOffice(ActionReturn, "2024-04-23")), kt, dir, "2024-05-20",
			regulation.Findings{noPosition, retNoPosition, returnLate("2024-04-22", "2024-04-23", "2024-05-20", 1, 1)}},
		{"no action, as of the deadline", "the Office still has the whole day",
			newSubmission(withoutPosition), kt, dir, "2024-04-22", regulation.Findings{noPosition, retNoPosition}},
		{"no action, the day after the deadline", "absence of the return past the deadline is itself the fault",
			newSubmission(withoutPosition), kt, dir, "2024-04-23",
			regulation.Findings{noPosition, retNoPosition, returnLate("2024-04-22", "", "2024-04-23", 1, 1)}},
		{"return dated after as_of, deadline not passed", "as of 22/4 the return of 23/4 has not happened and is not late yet",
			newSubmission(withoutPosition, withOffice(ActionReturn, "2024-04-23")), kt, dir, "2024-04-22",
			regulation.Findings{noPosition, retNoPosition}},
		{"return dated after as_of, deadline passed", "as of 23/4 the return of 24/4 has not happened",
			newSubmission(withoutPosition, withOffice(ActionReturn, "2024-04-24")), kt, dir, "2024-04-23",
			regulation.Findings{noPosition, retNoPosition, returnLate("2024-04-22", "", "2024-04-23", 1, 1)}},
		{"deficient dossier forwarded", "Art. 24: the Office must return it",
			newSubmission(withoutPosition, withOffice(ActionForward, "2024-04-17")), kt, dir, "2024-05-20",
			regulation.Findings{noPosition, retNoPosition, accepted("2024-04-17", "submission.no_own_position")}},
		{"deficient dossier forwarded late", "accepted_incomplete, not also return_late",
			newSubmission(withoutPosition, withOffice(ActionForward, "2024-04-25")), kt, dir, "2024-05-20",
			regulation.Findings{noPosition, retNoPosition, accepted("2024-04-25", "submission.no_own_position")}},
		{"returned on a working Saturday", "received Fri 26/4: Thu 2/5, Fri 3/5, Sat 4/5 (worked) is the third working day",
			newSubmission(withoutPosition, func(s *Submission) { s.Received = date("2024-04-26") }, withOffice(ActionReturn, "2024-05-04")),
			kt, dir, "2024-05-20",
			regulation.Findings{noPosition, decision(kt, ActionReturn, date("2024-05-04"), "submission.no_own_position")}},
		{"returned after the holidays", "Mon 6/5 is one working day after Sat 4/5",
			newSubmission(withoutPosition, func(s *Submission) { s.Received = date("2024-04-26") }, withOffice(ActionReturn, "2024-05-06")),
			kt, dir, "2024-05-20",
			regulation.Findings{noPosition, decision(kt, ActionReturn, date("2024-05-04"), "submission.no_own_position"),
				returnLate("2024-05-04", "2024-05-06", "2024-05-20", 2, 1)}},
		{"complete dossier returned", "no rule covers returning a complete dossier; the decision still says forward",
			newSubmission(withOffice(ActionReturn, "2024-04-30")), kt, dir, "2024-05-20", regulation.Findings{forward}},
		{"complete dossier without action", "nothing is late for a complete dossier",
			newSubmission(), kt, dir, "2024-05-20", regulation.Findings{forward}},

		// rules.not_in_force
		{"received after the merger", "Kon Tum 2023 ends on 30/6/2025; the dossier is still checked",
			newSubmission(func(s *Submission) { s.Received = date("2025-07-02") }), kt, dir, "2025-07-02",
			regulation.Findings{decision(kt, ActionForward, date("2025-07-07")),
				kt.Finding(regulation.RulesNotInForce, regulation.RecordKindSubmission, "S1", "", regulation.Details{
					"date": date("2025-07-02"), "rules": "kontum-2023", "from": kt.Effective.From, "to": kt.Effective.To})}},

		// input.invalid
		{"missing id", "a record needs an id", newSubmission(func(s *Submission) { s.ID = "" }), kt, dir, "2024-04-16",
			regulation.Findings{regulation.InvalidInput(regulation.RecordKindSubmission, "", "id", regulation.ProblemMissing)}},
		{"missing from", "the submitting unit is required", newSubmission(func(s *Submission) { s.From = "" }), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("from", regulation.ProblemMissing)}},
		{"unknown from", "a unit of the case", newSubmission(func(s *Submission) { s.From = "SYT" }), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("from", regulation.ProblemUnknownUnit)}},
		{"missing addressee", "to is required", newSubmission(func(s *Submission) { s.To = AddresseeUnknown }), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("to", regulation.ProblemMissing)}},
		{"addressee out of range", "no such addressee", newSubmission(func(s *Submission) { s.To = Addressee(9) }), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("to", regulation.ProblemInvalidValue)}},
		{"missing kind", "kind is required", newSubmission(func(s *Submission) { s.Kind = regulation.SubmissionKindUnknown }), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("kind", regulation.ProblemMissing)}},
		{"kind out of range", "no such kind", newSubmission(func(s *Submission) { s.Kind = regulation.SubmissionKind(77) }), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("kind", regulation.ProblemInvalidValue)}},
		{"missing competence", "competence is required", newSubmission(func(s *Submission) { s.Competence = CompetenceUnknown }), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("competence", regulation.ProblemMissing)}},
		{"missing received date", "nothing to count the return from", newSubmission(func(s *Submission) { s.Received = calendar.Date{} }), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("received", regulation.ProblemMissing)}},
		{"received date out of range", "year 0 cannot be checked", newSubmission(func(s *Submission) { s.Received = calendar.NewDate(0, 12, 31) }), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("received", regulation.ProblemOutOfRange)}},
		{"negative pages", "a count cannot be negative", newSubmission(func(s *Submission) { s.Pages = -1 }), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("pages", regulation.ProblemNegative)}},
		{"empty component", "a component without a name", newSubmission(withComponents(regulation.ComponentStatement, 0)), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("components[1]", regulation.ProblemMissing)}},
		{"component out of range", "no such component", newSubmission(withComponents(regulation.Component(42))), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("components[0]", regulation.ProblemInvalidValue)}},
		{"empty dissenting unit", "a reported dissent names its unit", newSubmission(func(s *Submission) { s.DissentReported = []regulation.UnitID{""} }), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("dissent_reported[0]", regulation.ProblemMissing)}},
		{"unknown dissenting unit", "a unit of the case", newSubmission(func(s *Submission) { s.DissentReported = []regulation.UnitID{"SXD", "SYT"} }), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("dissent_reported[1]", regulation.ProblemUnknownUnit)}},
		{"missing signer", "signed_by is required", newSubmission(func(s *Submission) { s.SignedBy = "" }), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("signed_by", regulation.ProblemMissing)}},
		{"unknown signer", "a person of the case", newSubmission(func(s *Submission) { s.SignedBy = "p99" }), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("signed_by", regulation.ProblemUnknownPerson)}},
		{"unknown ids without a directory", "the argument is reported, nothing about the record",
			newSubmission(func(s *Submission) { s.From = "SYT"; s.SignedBy = "p99" }), kt, nil, "2024-04-16",
			regulation.Findings{badSubmission("directory", regulation.ProblemMissing)}},
		{"office date without action", "an action needs both fields", newSubmission(withOffice(ActionUnknown, "2024-04-17")), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("office.action", regulation.ProblemMissing)}},
		{"office action out of range", "no such action", newSubmission(withOffice(Action(5), "2024-04-17")), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("office.action", regulation.ProblemInvalidValue)}},
		{"office action without date", "a local fault: reported, and the decision still comes", newSubmission(withOffice(ActionReturn, "")), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("office.date", regulation.ProblemMissing), forward}},
		{"office action before receipt", "the Office cannot act before it receives the dossier: a local fault", newSubmission(withOffice(ActionForward, "2024-04-15")), kt, dir, "2024-04-16",
			regulation.Findings{badSubmission("office.date", regulation.ProblemDateOrder), forward}},

		// Local fault: office.date switches off return_late and accepted_incomplete only.
		{"deficient dossier forwarded on an impossible date", "off: accepted_incomplete; the deficiency and the decision still come",
			newSubmission(withoutPosition, withOffice(ActionForward, "2024-04-15")), kt, dir, "2024-05-20",
			regulation.Findings{badSubmission("office.date", regulation.ProblemDateOrder), noPosition, retNoPosition}},
		{"deficient dossier returned without a date", "off: return_late — when it was returned is unknown",
			newSubmission(withoutPosition, withOffice(ActionReturn, "")), kt, dir, "2024-05-20",
			regulation.Findings{badSubmission("office.date", regulation.ProblemMissing), noPosition, retNoPosition}},
		{"deficient dossier returned in year 10000", "off: return_late",
			newSubmission(withoutPosition, func(s *Submission) { s.Office = Office{Action: ActionReturn, Date: calendar.NewDate(10000, 1, 1)} }), kt, dir, "2024-05-20",
			regulation.Findings{badSubmission("office.date", regulation.ProblemOutOfRange), noPosition, retNoPosition}},
		{"the same dossier never acted on", "without an office action, return_late fires: the fault above is what switched it off",
			newSubmission(withoutPosition), kt, dir, "2024-05-20",
			regulation.Findings{noPosition, retNoPosition, returnLate("2024-04-22", "", "2024-05-20", 28, 18)}},

		// Existence: a submission comes into being when it is received.
		{"received the day after as_of", "it does not exist yet: no finding, not even office_decision",
			newSubmission(withoutPosition), kt, dir, "2024-04-15", nil},
		{"received on as_of", "it exists from the day it is received",
			newSubmission(withoutPosition), kt, dir, "2024-04-16", regulation.Findings{noPosition, retNoPosition}},
		{"received after as_of, with a faulty office date", "only the local input.invalid",
			newSubmission(withoutPosition, withOffice(ActionReturn, "2024-04-15")), kt, dir, "2024-04-15",
			regulation.Findings{badSubmission("office.date", regulation.ProblemDateOrder)}},
		{"received after as_of, uncheckable", "an input.invalid is reported whatever the dates",
			newSubmission(func(s *Submission) { s.SignedBy = "p99" }), kt, dir, "2024-04-01",
			regulation.Findings{badSubmission("signed_by", regulation.ProblemUnknownPerson)}},
		{"no rule set", "reported, not a panic", newSubmission(), nil, dir, "2024-04-16",
			regulation.Findings{badSubmission("rules", regulation.ProblemMissing)}},
		{"no as_of", "every check is asked as of a date", newSubmission(), kt, dir, "",
			regulation.Findings{badSubmission("as_of", regulation.ProblemMissing)}},

		{"many faults at once", "all deficiencies are listed, sorted by code and subject",
			newSubmission(withoutPosition, withComponents(regulation.ComponentStatement), withConsultation("C3"), func(s *Submission) {
				s.Pages, s.SignedBy, s.Competence = 30, "p3", CompetenceSubmitter
			}, withOffice(ActionForward, "2024-04-19")), kt, dir, "2024-05-20",
			regulation.Findings{
				dissent("SGTVT", "C3"), dissent("SKHDT", "C3"), missing(regulation.ComponentDraft),
				submissionFinding(kt, regulation.SubmissionMissingSummary, "", regulation.Details{"pages": 30, "limit": 10}),
				noPosition, submissionFinding(kt, regulation.SubmissionOwnCompetence, "", nil), signer("p3", regulation.PositionDivisionHead),
				ret("submission.dissent_not_reported: SGTVT", "submission.dissent_not_reported: SKHDT",
					"submission.missing_component: draft", "submission.missing_summary", "submission.no_own_position",
					"submission.own_competence", "submission.signer_level: p3"),
				accepted("2024-04-19", "submission.dissent_not_reported: SGTVT", "submission.dissent_not_reported: SKHDT",
					"submission.missing_component: draft", "submission.missing_summary", "submission.no_own_position",
					"submission.own_competence", "submission.signer_level: p3"),
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			orig := cloneSubmission(tc.s)
			asOf := date(tc.asOf)
			got := CheckSubmission(tc.s, tc.dir, tc.rules, asOf, opts)
			want := slices.Clone(tc.want)
			want.Sort() // the order itself is checked by checkFindings
			if diff := cmp.Diff(want, got, compareOptions); diff != "" {
				t.Errorf("%s: CheckSubmission (-want +got):\n%s", tc.reason, diff)
			}
			checkFindings(t, got, regulation.RecordKindSubmission, tc.s.ID)
			if diff := cmp.Diff(orig, tc.s, compareOptions); diff != "" {
				t.Errorf("CheckSubmission changed its input (-before +after):\n%s", diff)
			}
			// The check reports the decision Decide gives, whenever the dossier
			// was received by as_of.
			if !got.Has(regulation.SubmissionOfficeDecision) || asOf.Before(tc.s.Received) {
				return
			}
			dec := Decide(tc.s, tc.dir, tc.rules, opts)
			i := slices.IndexFunc(got, func(f regulation.Finding) bool { return f.Code == regulation.SubmissionOfficeDecision })
			d := got[i].Details
			if diff := cmp.Diff([]any{d["action"], d["deadline"], d["deficiencies"]},
				[]any{dec.Action, dec.Deadline, dec.Named(tc.dir)}, compareOptions); diff != "" {
				t.Errorf("office_decision differs from Decide (-check +Decide):\n%s", diff)
			}
		})
	}
}

// cloneSubmission returns a deep copy of s.
func cloneSubmission(s Submission) Submission {
	s.Components = slices.Clone(s.Components)
	s.DissentReported = slices.Clone(s.DissentReported)
	return s
}

func TestDecide(t *testing.T) {
	kt := regulation.KonTum2023()
	requireCalendar(t, kt)
	slow := kt.Clone()
	slow.Submission.OfficeReturnWithin = 5
	dir := kontumDirectory(t)
	opts := SubmissionOptions{Consultations: testConsultations()}

	type decision struct {
		Action   Action
		Deadline calendar.Date
		List     []string
	}
	tests := []struct {
		name   string
		reason string
		s      Submission
		rules  *regulation.Rules
		want   decision
	}{
		{"complete", "forward; the return deadline is 22/4 across Hùng Kings day",
			newSubmission(), kt, decision{ActionForward, date("2024-04-22"), []string{}}},
		{"deficient", "return, with every deficiency, code and subject",
			newSubmission(withoutPosition, withComponents(regulation.ComponentStatement), func(s *Submission) { s.SignedBy = "p6" }), kt,
			decision{ActionReturn, date("2024-04-22"), []string{"submission.missing_component: draft",
				"submission.no_own_position", "submission.signer_level: p6"}}},
		{"deadline on a working Saturday", "received Fri 26/4/2024: the third working day is Sat 4/5",
			newSubmission(func(s *Submission) { s.Received = date("2024-04-26") }), kt,
			decision{ActionForward, date("2024-05-04"), []string{}}},
		{"another rule set", "OfficeReturnWithin is a parameter: five working days",
			newSubmission(), slow, decision{ActionForward, date("2024-04-24"), []string{}}},
		{"dissent received with the dossier", "SKHDT's disagreement of 16/4 was known when the dossier arrived",
			newSubmission(withConsultation("C3", "SGTVT")), kt,
			decision{ActionReturn, date("2024-04-22"), []string{"submission.dissent_not_reported: SKHDT"}}},
		{"dissent received after the dossier", "the Office judges the dossier as it arrived",
			newSubmission(withConsultation("C2")), kt, decision{ActionForward, date("2024-04-22"), []string{}}},
		{"cannot be checked", "no decision, and the reason why",
			newSubmission(func(s *Submission) { s.Kind = 0 }), kt, decision{ActionUnknown, calendar.Date{}, []string{"input.invalid: kind"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Decide(tc.s, dir, tc.rules, opts)
			got := decision{d.Action, d.Deadline, d.DeficiencyList()}
			if diff := cmp.Diff(tc.want, got, compareOptions); diff != "" {
				t.Errorf("%s: Decide (-want +got):\n%s", tc.reason, diff)
			}
			if (d.Action == ActionForward) != (len(d.Deficiencies) == 0) {
				t.Errorf("Decide gave %s with %d deficiencies", d.Action, len(d.Deficiencies))
			}
			if d.Action != ActionUnknown {
				checkFindings(t, d.Deficiencies, regulation.RecordKindSubmission, tc.s.ID)
			}
		})
	}
}

func TestSubmissionGolden(t *testing.T) {
	c, dir := loadGoldenCase(t)
	rules := regulation.KonTum2023()
	requireCalendar(t, rules)
	opts := SubmissionOptions{Consultations: make(map[string]Consultation, len(c.Consultations))}
	for _, cons := range c.Consultations {
		opts.Consultations[cons.ID] = cons
	}
	var all regulation.Findings
	for _, s := range c.Submissions {
		fs := CheckSubmission(s, dir, rules, c.AsOf, opts)
		checkFindings(t, fs, regulation.RecordKindSubmission, s.ID)
		all = append(all, fs...)
	}
	all.Sort()
	for _, code := range []regulation.Code{regulation.SubmissionMissingComponent, regulation.SubmissionMissingSummary,
		regulation.SubmissionNoOwnPosition, regulation.SubmissionDissentNotReported, regulation.SubmissionSignerLevel,
		regulation.SubmissionOwnCompetence, regulation.SubmissionOtherCompetence, regulation.SubmissionOfficeDecision,
		regulation.SubmissionReturnLate, regulation.SubmissionAcceptedIncomplete} {
		if !all.Has(code) {
			t.Errorf("the golden case shows no %s", code)
		}
	}
	checkGolden(t, "submission_golden.json", all)
}

// FuzzCheckSubmission checks submissions built from arbitrary ids, dates and
// values: no panic, sorted findings, complete details, and a decision that
// agrees with Decide.
func FuzzCheckSubmission(f *testing.F) {
	f.Add("S1", "STC", "p1", "C1", uint8(2), uint8(1), uint8(1), int32(100), int32(140), 12, true, []byte{1, 3, 4}, uint8(1), int32(3))
	f.Add("S1", "STC", "p3", "C3", uint8(1), uint8(3), uint8(2), int32(106), int32(106), 40, false, []byte{1, 6}, uint8(2), int32(1))
	f.Add("", "SYT", "p99", "", uint8(9), uint8(9), uint8(9), int32(-2147483647), int32(2147483647), -5, false, []byte{0, 200}, uint8(7), int32(-3))
	f.Add("S2", "SXD", "p4", "C0", uint8(3), uint8(4), uint8(3), int32(3000000), int32(3000001), 0, true, []byte{}, uint8(0), int32(0))
	dir := kontumDirectory(f)
	rules := regulation.KonTum2023()
	cons := testConsultations()
	opts := SubmissionOptions{Consultations: cons}
	base := date("2024-01-01")
	at := func(off int32) calendar.Date {
		if off == 0 {
			return calendar.Date{}
		}
		return base.AddDays(int(off))
	}
	f.Fuzz(func(t *testing.T, id, from, signer, consultation string, to, kind, competence uint8,
		received, asOf int32, pages int, own bool, components []byte, action uint8, officeAfter int32) {
		s := Submission{ID: id, From: regulation.UnitID(from), To: Addressee(to), Kind: regulation.SubmissionKind(kind),
			Competence: Competence(competence), Received: at(received), Pages: pages, OwnPosition: own,
			Consultation: consultation, SignedBy: regulation.PersonID(signer),
			DissentReported: []regulation.UnitID{"SXD"}}
		for _, b := range components {
			s.Components = append(s.Components, regulation.Component(b%9))
		}
		if action != 0 {
			s.Office = Office{Action: Action(action % 4), Date: s.Received.AddDays(int(officeAfter))}
		}
		record := regulation.RecordKindSubmission
		// Without a directory: the argument findings, and nothing else.
		want := regulation.CheckArguments(record, s.ID, nil, rules, at(asOf))
		if got := CheckSubmission(s, nil, rules, at(asOf), opts); !slices.Equal(codesAndSubjects(want), codesAndSubjects(got)) {
			t.Fatalf("nil directory: %v, want %v", got, want)
		}
		if dec := Decide(s, nil, rules, opts); dec.Action != ActionUnknown ||
			!slices.Equal(codesAndSubjects(dec.Deficiencies), []string{"input.invalid directory"}) {
			t.Fatalf("Decide with a nil directory: %s, %v", dec.Action, dec.Deficiencies)
		}
		fs := CheckSubmission(s, dir, rules, at(asOf), opts)
		if !slices.IsSortedFunc(fs, regulation.Compare) {
			t.Fatalf("findings not sorted: %v", fs)
		}
		for _, f := range fs {
			if m := regulationtest.MissingDetails(f); len(m) > 0 {
				t.Fatalf("%s lacks details %v", f.Code, m)
			}
			if f.Record != s.ID || f.Kind != record {
				t.Fatalf("%s is about %s %q", f.Code, f.Kind, f.Record)
			}
			// A submission received after as_of does not exist yet: at most its
			// input.invalid findings.
			if !regulation.Exists(s.Received, at(asOf)) && f.Code != regulation.InputInvalid {
				t.Fatalf("%s about a submission received %s, after as_of %s", f.Code, s.Received, at(asOf))
			}
		}
		if fs.Has(regulation.SubmissionReturnLate) && fs.Has(regulation.SubmissionAcceptedIncomplete) {
			t.Fatalf("return_late and accepted_incomplete together: %v", fs)
		}
		dec := Decide(s, dir, rules, opts)
		if (dec.Action == ActionForward) != (len(dec.Deficiencies) == 0) {
			t.Fatalf("Decide gave %s with %d deficiencies", dec.Action, len(dec.Deficiencies))
		}
		if fs.Has(regulation.SubmissionOfficeDecision) && dec.Action == ActionUnknown {
			t.Fatalf("CheckSubmission decided, Decide could not: %v, %v", fs, dec.Deficiencies)
		}
	})
}

// deficiencies returns the deficiencies detail of the labels "code" or
// "code: subject", each subject named from dir as the check names it.
func deficiencies(dir *regulation.Directory, labels ...string) Deficiencies {
	out := Deficiencies{}
	for _, l := range labels {
		code, subject, _ := strings.Cut(l, ": ")
		d := Deficiency{Code: regulation.Code(code), Subject: subject}
		if subject != "" {
			d.Named = dir.Subject(regulation.Finding{Code: d.Code, Kind: regulation.RecordKindSubmission, Subject: subject})
		}
		out = append(out, d)
	}
	return out
}
