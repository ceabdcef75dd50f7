package main

import (
	"time"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/meeting/meetingtest"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	rt "github.com/quyche/quyche/regulation/regulationtest"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/signoff/signofftest"
	"github.com/quyche/quyche/task"
	"github.com/quyche/quyche/task/tasktest"
)

// d is a date; at is a time in Vietnam (UTC+7).
func d(y int, m time.Month, day int) calendar.Date { return calendar.NewDate(y, m, day) }
func at(y int, m time.Month, day, h, min int) time.Time {
	return time.Date(y, m, day, h, min, 0, 0, calendar.Zone())
}

// defaultAsOf is the as-of date of every case that does not say otherwise:
// Friday 29/03/2024, the as-of date of the test builders.
var defaultAsOf = tasktest.AsOf()

// folders returns the cases of every code of the catalogue, in the order of
// regulation.Codes.
func folders() []folder {
	var fs []folder
	fs = append(fs, taskFolders()...)
	fs = append(fs, consultFolders()...)
	fs = append(fs, submissionFolders()...)
	fs = append(fs, meetingFolders()...)
	fs = append(fs, signoffFolders()...)
	fs = append(fs, otherFolders()...)
	return fs
}

// Tasks: the Chairman's task to Finance, assigned 01/03/2024, due 15/04/2024,
// without coordinators (they change nothing here).
func baseTask(o ...func(*task.Task)) task.Task {
	return tasktest.Task(append([]func(*task.Task){func(t *task.Task) { t.Coordinators = nil }}, o...)...)
}

func due(dd calendar.Date) func(*task.Task)  { return func(t *task.Task) { t.Due = dd } }
func done(dd calendar.Date) func(*task.Task) { return func(t *task.Task) { t.Done = dd } }
func ext(e task.Extension) func(*task.Task) {
	return func(t *task.Task) { t.Extensions = append(t.Extensions, e) }
}

func taskFolders() []folder {
	return []folder{{
		code:  regulation.TaskLeadCount,
		about: "a task has exactly one lead unit",
		records: []record{
			tk("pos-1", "no lead unit", baseTask(func(t *task.Task) { t.Lead = []regulation.UnitID{} })),
			tk("pos-2", "two lead units", baseTask(func(t *task.Task) { t.Lead = []regulation.UnitID{rt.Finance, rt.Construction} })),
			tk("neg-1", "one lead unit", baseTask()),
		},
	}, {
		code:  regulation.TaskOverdue,
		about: "not done and as_of is after the effective deadline",
		records: []record{
			tk("pos-1", "due 20/03/2024, not done as of 29/03/2024", baseTask(due(d(2024, 3, 20)))),
			tk("neg-1", "due 20/03/2024, done that day", baseTask(due(d(2024, 3, 20)), done(d(2024, 3, 20)))),
			tk("neg-2", "due on the as-of date itself: the deadline runs to 24:00 (BLDS Art. 148(6))", baseTask(due(d(2024, 3, 29)))),
		},
	}, {
		code:  regulation.TaskDoneLate,
		about: "done after the effective deadline",
		records: []record{
			tk("pos-1", "due Friday 15/03/2024, done Monday 18/03/2024", baseTask(due(d(2024, 3, 15)), done(d(2024, 3, 18)))),
			tk("neg-1", "due Saturday 16/03/2024, which moves to Monday 18/03/2024 (BLDS Art. 148(5)); done that Monday", baseTask(due(d(2024, 3, 16)), done(d(2024, 3, 18)))),
		},
	}, {
		code:  regulation.TaskDueSoon,
		about: "not done, deadline not passed, at most DueSoon (3) working days left",
		records: []record{
			tk("pos-1", "due Wednesday 03/04/2024: 3 working days left", baseTask(due(d(2024, 4, 3)))),
			tk("neg-1", "due Thursday 04/04/2024: 4 working days left", baseTask(due(d(2024, 4, 4)))),
			tk("neg-2", "due Wednesday 03/04/2024 but already done", baseTask(due(d(2024, 4, 3)), done(d(2024, 3, 28)))),
		},
	}, {
		code:  regulation.TaskExtensionLate,
		about: "an extension requested fewer than ExtensionLead (1) working days before the deadline in force is ignored",
		records: []record{
			tk("pos-1", "due 20/03/2024, extension to 30/04/2024 requested on the deadline itself: ignored, so the task is overdue",
				baseTask(due(d(2024, 3, 20)), ext(task.Extension{Requested: d(2024, 3, 20), NewDue: d(2024, 4, 30), ApprovedBy: rt.Chairman}))),
			tk("neg-1", "the same extension requested the day before the deadline: it counts",
				baseTask(due(d(2024, 3, 20)), ext(task.Extension{Requested: d(2024, 3, 19), NewDue: d(2024, 4, 30), ApprovedBy: rt.Chairman}))),
		},
	}, {
		code:  regulation.TaskExtensionUnapproved,
		about: "an extension without approval is ignored",
		records: []record{
			tk("pos-1", "due 20/03/2024, extension to 30/04/2024 requested in time but not approved: ignored, so the task is overdue",
				baseTask(due(d(2024, 3, 20)), ext(task.Extension{Requested: d(2024, 3, 15), NewDue: d(2024, 4, 30)}))),
			tk("neg-1", "the same extension approved by the Chairman",
				baseTask(due(d(2024, 3, 20)), ext(task.Extension{Requested: d(2024, 3, 15), NewDue: d(2024, 4, 30), ApprovedBy: rt.Chairman}))),
		},
	}}
}

// Consultations: Finance consults Construction and Home Affairs by a request
// sent Monday 04/03/2024. With a stated deadline it is Friday 15/03/2024;
// without one it is ReplyDefault working days after sending: Monday
// 18/03/2024 under Kon Tum's 10, Monday 25/03/2024 under 15.
func baseConsultation(o ...func(*task.Consultation)) task.Consultation {
	return tasktest.Consultation(o...)
}

func noDue(c *task.Consultation) { c.Due = calendar.Date{} }

// lateRequest is a request sent Monday 18/03/2024 without a deadline:
// Construction agreed on 20/03, Home Affairs has not replied, and the 10
// working days end on Monday 01/04/2024, after the as-of date.
func lateRequest() task.Consultation {
	return baseConsultation(noDue, func(c *task.Consultation) { c.Sent = d(2024, 3, 18) },
		reply(0, d(2024, 3, 20), task.StanceAgree), noReply(1))
}
func reply(i int, received calendar.Date, s task.Stance) func(*task.Consultation) {
	return func(c *task.Consultation) { c.Replies[i].Received, c.Replies[i].Stance = received, s }
}
func noReply(i int) func(*task.Consultation) { return reply(i, calendar.Date{}, task.StanceUnknown) }
func reminders(ds ...calendar.Date) func(*task.Consultation) {
	return func(c *task.Consultation) { c.Reminders = ds }
}

func consultFolders() []folder {
	silence := regulation.KonTum2023()
	silence.ID = "kontum-2023-silence"
	silence.Title += " (conformance variant: silence counts as agreement)"
	silence.Consult.SilenceMeansAgreement = true

	return []folder{{
		code:  regulation.ConsultReplyLate,
		about: "a reply arrived after the reply deadline",
		records: []record{
			cs("pos-1", "deadline stated 15/03/2024; Construction replied 19/03/2024",
				baseConsultation(reply(0, d(2024, 3, 19), task.StanceAgree))),
			cs("pos-2", "no deadline stated, so 10 working days (18/03/2024); Construction replied 20/03/2024",
				baseConsultation(noDue, reply(0, d(2024, 3, 20), task.StanceAgree))),
			cs("neg-1", "Construction replied on the stated deadline", baseConsultation(reply(0, d(2024, 3, 15), task.StanceAgree))),
			cs("neg-2", "no deadline stated; Construction replied on the 10th working day",
				baseConsultation(noDue, reply(0, d(2024, 3, 18), task.StanceAgree))),
		},
	}, {
		code:  regulation.ConsultReplyMissing,
		about: "no reply and as_of is after the reply deadline (unless silence counts as agreement)",
		records: []record{
			cs("pos-1", "no deadline stated (10 working days: 18/03/2024); Home Affairs never replied; reminded 19/03 and 26/03",
				baseConsultation(noDue, noReply(1), reminders(d(2024, 3, 19), d(2024, 3, 26)))),
			cs("pos-2", "deadline stated 15/03/2024; Home Affairs never replied; reminded 18/03",
				baseConsultation(noReply(1), reminders(d(2024, 3, 18)))),
			cs("neg-1", "sent 18/03/2024 without a deadline; Home Affairs has not replied, but the 10 working days end 01/04/2024, after the as-of date",
				lateRequest()),
			cs("neg-2", "the twin of pos-2 in which Home Affairs replied on 14/03", baseConsultation(reminders(d(2024, 3, 18)))),
		},
	}, {
		code:  regulation.ConsultDeemedAgreement,
		about: "no reply past the deadline counts as agreement (info) when the rule set says silence means agreement",
		rules: silence,
		records: []record{
			cs("pos-1", "deadline stated 15/03/2024; Home Affairs never replied; reminded 18/03",
				baseConsultation(noReply(1), reminders(d(2024, 3, 18)))),
			cs("neg-1", "the twin of pos-1 in which Home Affairs replied", baseConsultation(reminders(d(2024, 3, 18)))),
			cs("neg-2", "sent 18/03/2024 without a deadline; Home Affairs has not replied, but the 10 working days end 01/04/2024, after the as-of date",
				lateRequest()),
		},
	}, {
		code:  regulation.ConsultStanceUnclear,
		about: "a reply does not state agree or disagree",
		records: []record{
			cs("pos-1", "Construction's reply is unclear", baseConsultation(reply(0, d(2024, 3, 12), task.StanceUnclear))),
			cs("pos-2", "Construction's reply states no stance at all", baseConsultation(reply(0, d(2024, 3, 12), task.StanceUnknown))),
			cs("neg-1", "Construction agrees with comments", baseConsultation(reply(0, d(2024, 3, 12), task.StanceAgreeWithComments))),
		},
	}, {
		code:  regulation.ConsultNoFollowup,
		about: "a reply was still outstanding at the end of the follow-up window (FollowUpWithin = 3 working days) and no reminder was sent in it",
		records: []record{
			cs("pos-1", "deadline stated 15/03/2024 (window ends 20/03); Construction never replied; no reminder",
				baseConsultation(noReply(0))),
			cs("pos-2", "deadline stated 15/03/2024 (window ends 20/03); Construction replied 22/03; no reminder",
				baseConsultation(reply(0, d(2024, 3, 22), task.StanceAgree))),
			cs("pos-3", "no deadline stated (18/03/2024, window ends 21/03); Construction replied 22/03; no reminder",
				baseConsultation(noDue, reply(0, d(2024, 3, 22), task.StanceAgree))),
			cs("neg-1", "the twin of pos-1 with a reminder on 18/03, inside the window",
				baseConsultation(noReply(0), reminders(d(2024, 3, 18)))),
			cs("neg-2", "deadline stated 15/03/2024; Construction replied 20/03, the last day of the window",
				baseConsultation(reply(0, d(2024, 3, 20), task.StanceAgree))),
		},
	}, {
		code:  regulation.ConsultUnresolvedDisagreement,
		about: "a unit disagreed and, more than EscalateWithin (5) working days after the later of the last reply and the deadline, the matter is neither resolved nor escalated",
		records: []record{
			cs("pos-1", "deadline stated 15/03/2024; Construction disagrees; neither resolved nor escalated by 22/03",
				baseConsultation(reply(0, d(2024, 3, 12), task.StanceDisagree))),
			cs("pos-2", "no deadline stated (18/03/2024); Construction disagrees; neither resolved nor escalated by 25/03",
				baseConsultation(noDue, reply(0, d(2024, 3, 12), task.StanceDisagree))),
			cs("neg-1", "the twin of pos-1 escalated to the Chairman on 21/03",
				baseConsultation(reply(0, d(2024, 3, 12), task.StanceDisagree), func(c *task.Consultation) { c.Escalated = d(2024, 3, 21) })),
			cs("neg-2", "the twin of pos-1 resolved on 22/03, the last day",
				baseConsultation(reply(0, d(2024, 3, 12), task.StanceDisagree), func(c *task.Consultation) { c.Resolved = d(2024, 3, 22) })),
		},
	}}
}

// Submissions: Finance's director submits a proposal to the Chairman,
// received Wednesday 20/03/2024, with a statement and a draft and no
// consultation behind it; the PPC Office must return a deficient dossier by
// Monday 25/03/2024 (OfficeReturnWithin = 3 working days).
func baseSubmission(o ...func(*task.Submission)) task.Submission {
	return tasktest.Submission(append([]func(*task.Submission){func(s *task.Submission) {
		s.Consultation = ""
		s.Components = []regulation.Component{regulation.ComponentStatement, regulation.ComponentDraft}
	}}, o...)...)
}

func office(a task.Action, dd calendar.Date) func(*task.Submission) {
	return func(s *task.Submission) { s.Office = task.Office{Action: a, Date: dd} }
}
func returned(s *task.Submission) {
	s.Office = task.Office{Action: task.ActionReturn, Date: d(2024, 3, 22)}
}
func noPosition(s *task.Submission) { s.OwnPosition = false }
func noOffice(s *task.Submission)   { s.Office = task.Office{} }
func consulted(s *task.Submission)  { s.Consultation = "c-1" }
func components(cs ...regulation.Component) func(*task.Submission) {
	return func(s *task.Submission) { s.Components = cs }
}

// disputed is a consultation in which Construction disagreed and the matter
// was escalated in time: clean itself, it gives a submission a dissent to
// report.
func disputed() record {
	return cs("c-1", "context: Construction disagreed (12/03/2024) and Finance escalated on 18/03",
		baseConsultation(reply(0, d(2024, 3, 12), task.StanceDisagree), func(c *task.Consultation) { c.Escalated = d(2024, 3, 18) }))
}

func submissionFolders() []folder {
	all := components(regulation.ComponentStatement, regulation.ComponentDraft, regulation.ComponentOpinions, regulation.ComponentOpinionSynthesis)
	return []folder{{
		code:  regulation.SubmissionMissingComponent,
		about: "a required component is missing (one finding per component)",
		records: []record{
			cs("c-1", "context: the consultation behind pos-3, with replies", baseConsultation()),
			sb("pos-1", "a proposal without its draft; returned in time", baseSubmission(components(regulation.ComponentStatement), returned)),
			sb("pos-2", "a draft legal document without the Department of Justice's appraisal report; returned in time",
				baseSubmission(func(s *task.Submission) { s.Kind = regulation.SubmissionKindDraftLegalDocument }, returned)),
			sb("pos-3", "its consultation c-1 is in the case and has replies, but the opinions and their synthesis are missing; returned in time",
				baseSubmission(consulted, returned)),
			sb("neg-1", "statement and draft; its consultation c-9 is not in the case, so opinions are not required",
				baseSubmission(func(s *task.Submission) { s.Consultation = "c-9" })),
			sb("neg-2", "the twin of pos-3 with opinions and synthesis", baseSubmission(consulted, all)),
		},
	}, {
		code:  regulation.SubmissionMissingSummary,
		about: "more than SummaryAbovePages (10) pages without a summary",
		records: []record{
			sb("pos-1", "12 pages, no summary; returned in time", baseSubmission(func(s *task.Submission) { s.Pages = 12 }, returned)),
			sb("neg-1", "12 pages with a summary",
				baseSubmission(func(s *task.Submission) { s.Pages = 12 }, components(regulation.ComponentStatement, regulation.ComponentDraft, regulation.ComponentSummary))),
			sb("neg-2", "10 pages, no summary", baseSubmission(func(s *task.Submission) { s.Pages = 10 })),
		},
	}, {
		code:  regulation.SubmissionNoOwnPosition,
		about: "the lead unit does not state its own position",
		records: []record{
			sb("pos-1", "no position of its own; returned in time", baseSubmission(noPosition, returned)),
			sb("neg-1", "states its position", baseSubmission()),
		},
	}, {
		code:  regulation.SubmissionDissentNotReported,
		about: "a consulted unit disagreed but the submission does not report that dissent",
		records: []record{
			disputed(),
			sb("pos-1", "Construction's disagreement in c-1 is not reported; returned in time", baseSubmission(consulted, all, returned)),
			sb("neg-1", "the twin of pos-1 that reports it",
				baseSubmission(consulted, all, func(s *task.Submission) { s.DissentReported = []regulation.UnitID{rt.Construction} })),
		},
	}, {
		code:  regulation.SubmissionSignerLevel,
		about: "not signed by the head, acting head or deputy head of the submitting unit",
		records: []record{
			sb("pos-1", "signed by a division head; returned in time",
				baseSubmission(func(s *task.Submission) { s.SignedBy = rt.FinanceDivisionHead }, returned)),
			sb("neg-1", "signed by the deputy director", baseSubmission(func(s *task.Submission) { s.SignedBy = rt.FinanceDeputy })),
		},
	}, {
		code:  regulation.SubmissionOwnCompetence,
		about: "the matter is within the submitting unit's own authority",
		records: []record{
			sb("pos-1", "Finance could decide this itself; returned in time",
				baseSubmission(func(s *task.Submission) { s.Competence = task.CompetenceSubmitter }, returned)),
			sb("neg-1", "the Chairman decides", baseSubmission()),
		},
	}, {
		code:  regulation.SubmissionOtherCompetence,
		about: "the matter belongs to another agency",
		records: []record{
			sb("pos-1", "another agency decides this; returned in time",
				baseSubmission(func(s *task.Submission) { s.Competence = task.CompetenceOtherAgency }, returned)),
			sb("neg-1", "the Chairman decides", baseSubmission()),
		},
	}, {
		code:  regulation.SubmissionOfficeDecision,
		about: "the PPC Office's decision on every dossier it can read: return (with the deficiencies) or forward",
		records: []record{
			sb("pos-1", "a complete dossier: forward", baseSubmission()),
			sb("pos-2", "a dossier without a position of its own: return", baseSubmission(noPosition, returned)),
			sb("neg-1", "signed by someone who is not in the case: it cannot be checked (input.invalid), so no decision",
				baseSubmission(func(s *task.Submission) { s.SignedBy = "nobody" })),
		},
	}, {
		code:  regulation.SubmissionReturnLate,
		about: "a deficient dossier returned after the return deadline (25/03/2024), or not acted on when as_of is past it",
		records: []record{
			sb("pos-1", "deficient, returned 27/03", baseSubmission(noPosition, office(task.ActionReturn, d(2024, 3, 27)))),
			sb("pos-2", "deficient, no action by the Office as of 29/03", baseSubmission(noPosition, noOffice)),
			sb("neg-1", "deficient, returned on the last day, 25/03", baseSubmission(noPosition, office(task.ActionReturn, d(2024, 3, 25)))),
			sb("neg-2", "deficient and forwarded on 27/03: accepted_incomplete takes precedence",
				baseSubmission(noPosition, office(task.ActionForward, d(2024, 3, 27)))),
		},
	}, {
		code:  regulation.SubmissionAcceptedIncomplete,
		about: "the Office forwarded a deficient dossier instead of returning it",
		records: []record{
			sb("pos-1", "deficient, forwarded", baseSubmission(noPosition)),
			sb("neg-1", "complete, forwarded", baseSubmission()),
			sb("neg-2", "deficient, returned", baseSubmission(noPosition, returned)),
		},
	}}
}

// Meetings: a working meeting (not a PPC session) chaired by a Vice-chairman
// on Thursday 14/03/2024 at 08:00, inviting the Board's head and the
// district's leadership; or a PPC session of the seven members only.
func workingMeeting(o ...func(*meeting.Meeting)) meeting.Meeting {
	return meetingtest.Meeting(append([]func(*meeting.Meeting){func(m *meeting.Meeting) {
		m.Kind = meeting.KindWorking
		m.Chair = rt.ViceChairman1
		m.DocumentsSent = calendar.Date{}
		m.Invitations = []meeting.Invitation{
			{Unit: rt.Board, Level: meeting.LevelHead},
			{Unit: rt.District, Level: meeting.LevelLeadership},
		}
		m.Attendees = []meeting.Attendee{{Person: rt.ViceChairman1}, {Person: rt.BoardHead}, {Person: rt.DistrictHead}}
	}}, o...)...)
}

func session(o ...func(*meeting.Meeting)) meeting.Meeting {
	return meetingtest.Meeting(append([]func(*meeting.Meeting){func(m *meeting.Meeting) {
		m.Invitations = nil
		m.Attendees = m.Attendees[:7]
	}}, o...)...)
}

func attend(as ...meeting.Attendee) func(*meeting.Meeting) {
	return func(m *meeting.Meeting) { m.Attendees = append(m.Attendees, as...) }
}
func absence(as ...meeting.Absence) func(*meeting.Meeting) {
	return func(m *meeting.Meeting) { m.Absences = append(m.Absences, as...) }
}

func meetingFolders() []folder {
	without := meetingtest.Without
	return []folder{{
		code:  regulation.MeetingAttendeeLevel,
		about: "an invited unit is represented only by people below unit leadership",
		records: []record{
			mt("pos-1", "the Board's head is invited; only its division head comes", workingMeeting(without(rt.BoardHead), attend(meeting.Attendee{Person: rt.BoardDivisionHead}))),
			mt("pos-2", "the district's leadership is invited; only a specialist comes", workingMeeting(without(rt.DistrictHead), attend(meeting.Attendee{Person: rt.DistrictSpecialist}))),
			mt("neg-1", "the district's leadership is invited; its deputy comes", workingMeeting(without(rt.DistrictHead), attend(meeting.Attendee{Person: rt.DistrictDeputy}))),
		},
	}, {
		code:  regulation.MeetingSubstituteUnapproved,
		about: "the head is invited, is absent, and a deputy attends without the chair's (or a PPC leader's) approval",
		records: []record{
			mt("pos-1", "the Board's deputy comes instead of its head, unapproved", workingMeeting(without(rt.BoardHead), attend(meeting.Attendee{Person: rt.BoardDeputy}))),
			mt("neg-1", "the same, approved by the chair", workingMeeting(without(rt.BoardHead), attend(meeting.Attendee{Person: rt.BoardDeputy, ApprovedBy: rt.ViceChairman1}))),
		},
	}, {
		code:  regulation.MeetingAbsentUnreported,
		about: "an invited unit has no attendee of the required level and no absence report",
		records: []record{
			mt("pos-1", "nobody from the Board, no report", workingMeeting(without(rt.BoardHead))),
			mt("neg-1", "nobody from the Board; its head reported the absence the day before",
				workingMeeting(without(rt.BoardHead), absence(meeting.Absence{Person: rt.BoardHead, Reported: at(2024, 3, 13, 16, 0)}))),
		},
	}, {
		code:  regulation.MeetingAbsenceReportLate,
		about: "the absence report was filed at or after the start of the meeting",
		records: []record{
			mt("pos-1", "the Board's head reported the absence at 08:00, the start",
				workingMeeting(without(rt.BoardHead), absence(meeting.Absence{Person: rt.BoardHead, Reported: at(2024, 3, 14, 8, 0)}))),
			mt("neg-1", "reported at 07:59",
				workingMeeting(without(rt.BoardHead), absence(meeting.Absence{Person: rt.BoardHead, Reported: at(2024, 3, 14, 7, 59)}))),
		},
	}, {
		code:  regulation.MeetingNoQuorum,
		about: "a PPC session attended by fewer than Quorum (2/3) of all PPC members",
		records: []record{
			mt("pos-1", "4 of 7 members attend; the other 3 reported in time with the Chairman's approval",
				session(without(rt.ViceChairman2, rt.PPCMember, rt.OfficeHead), absence(
					meeting.Absence{Person: rt.ViceChairman2, Reported: at(2024, 3, 12, 9, 0), ApprovedBy: rt.Chairman},
					meeting.Absence{Person: rt.PPCMember, Reported: at(2024, 3, 12, 9, 0), ApprovedBy: rt.Chairman},
					meeting.Absence{Person: rt.OfficeHead, Reported: at(2024, 3, 12, 9, 0), ApprovedBy: rt.Chairman}))),
			mt("neg-1", "5 of 7 attend (5×3 ≥ 7×2); the other 2 reported in time with the Chairman's approval",
				session(without(rt.ViceChairman2, rt.PPCMember), absence(
					meeting.Absence{Person: rt.ViceChairman2, Reported: at(2024, 3, 12, 9, 0), ApprovedBy: rt.Chairman},
					meeting.Absence{Person: rt.PPCMember, Reported: at(2024, 3, 12, 9, 0), ApprovedBy: rt.Chairman}))),
		},
	}, {
		code:  regulation.MeetingMemberAbsentUnapproved,
		about: "a PPC member misses a PPC session without the Chairman's consent",
		records: []record{
			mt("pos-1", "a member is absent without any report", session(without(rt.PPCMember))),
			mt("pos-2", "a member is absent with a Vice-chairman's approval, not the Chairman's",
				session(without(rt.PPCMember), absence(meeting.Absence{Person: rt.PPCMember, Reported: at(2024, 3, 12, 9, 0), ApprovedBy: rt.ViceChairman1}))),
			mt("neg-1", "the same with the Chairman's approval",
				session(without(rt.PPCMember), absence(meeting.Absence{Person: rt.PPCMember, Reported: at(2024, 3, 12, 9, 0), ApprovedBy: rt.Chairman}))),
		},
	}, {
		code:  regulation.MeetingInvitationLate,
		about: "a non-urgent invitation sent fewer than InvitationLead (3) working days before the meeting",
		records: []record{
			mt("pos-1", "invited Tuesday 12/03 for Thursday 14/03: 2 working days", workingMeeting(func(m *meeting.Meeting) { m.InvitationSent = d(2024, 3, 12) })),
			mt("pos-2", "a meeting on Tuesday 02/04, after as_of (Friday 29/03), invited that Friday: 2 working days, already late, and nothing else is judged yet",
				workingMeeting(func(m *meeting.Meeting) {
					m.Date, m.Start = d(2024, 4, 2), at(2024, 4, 2, 8, 0)
					m.InvitationSent, m.ConclusionIssued = d(2024, 3, 29), calendar.Date{}
				})),
			mt("neg-1", "invited Monday 11/03: 3 working days", workingMeeting()),
			mt("neg-2", "invited Wednesday 13/03, but the meeting is urgent",
				workingMeeting(func(m *meeting.Meeting) { m.InvitationSent, m.Urgent = d(2024, 3, 13), true })),
		},
	}, {
		code:  regulation.MeetingDocumentsLate,
		about: "a PPC session's documents sent fewer than DocumentsLead (3) calendar days before it",
		records: []record{
			mt("pos-1", "documents sent 12/03 for the session of 14/03: 2 days", session(func(m *meeting.Meeting) { m.DocumentsSent = d(2024, 3, 12) })),
			mt("neg-1", "documents sent 11/03: 3 days", session()),
			mt("neg-2", "documents sent 12/03 for a working meeting, which is not a PPC session",
				workingMeeting(func(m *meeting.Meeting) { m.DocumentsSent = d(2024, 3, 12) })),
		},
	}, {
		code:  regulation.MeetingConclusionLate,
		about: "the conclusion notice issued after ConclusionWithin (5) working days (21/03/2024), or missing when as_of is past that day",
		records: []record{
			mt("pos-1", "issued 22/03", workingMeeting(func(m *meeting.Meeting) { m.ConclusionIssued = d(2024, 3, 22) })),
			mt("pos-2", "not issued as of 29/03", workingMeeting(func(m *meeting.Meeting) { m.ConclusionIssued = calendar.Date{} })),
			mt("neg-1", "issued 21/03, the last day", workingMeeting()),
			mt("neg-2", "none issued, none needed",
				workingMeeting(func(m *meeting.Meeting) { m.ConclusionIssued, m.NeedsConclusion = calendar.Date{}, false })),
		},
	}}
}

// Records: the minutes of an inter-sectoral meeting on Wednesday 20/03/2024
// chaired by a Vice-chairman, in which Finance and Construction took part,
// each signed for by its head (Construction's acting head signs Q.).
func baseRecord(o ...func(*signoff.Record)) signoff.Record {
	return signofftest.Record(append([]func(*signoff.Record){func(r *signoff.Record) {
		r.Units = r.Units[:2]
		r.Signatures = r.Signatures[:4]
	}}, o...)...)
}

// sig changes the signature at index i.
func sig(i int, s signoff.Signature) func(*signoff.Record) {
	return func(r *signoff.Record) { r.Signatures[i] = s }
}

// drop removes the signature at index i.
func drop(i int) func(*signoff.Record) {
	return func(r *signoff.Record) {
		r.Signatures = append(r.Signatures[:i:i], r.Signatures[i+1:]...)
	}
}

// ownMinutes makes the record the minutes of a meeting of Finance alone, not
// inter-sectoral.
func ownMinutes(r *signoff.Record) {
	r.InterSectoral = false
	r.Units = []regulation.UnitID{rt.Finance}
	r.Signatures = r.Signatures[:3]
}

func signoffFolders() []folder {
	return []folder{{
		code:  regulation.SignoffChairUnsigned,
		about: "minutes lack the chair's signature",
		records: []record{
			rc("pos-1", "the chair did not sign", baseRecord(drop(0))),
			raw(rc("pos-2", `"signatures": [] — an empty list is an absent list: nobody signed, so the chair, the secretary and both units did not`,
				baseRecord(func(r *signoff.Record) { r.Signatures = nil })), `"signatures":null`, `"signatures":[]`),
			rc("neg-1", "everyone signed", baseRecord()),
		},
	}, {
		code:  regulation.SignoffSecretaryUnsigned,
		about: "minutes lack the secretary's signature",
		records: []record{
			rc("pos-1", "the secretary did not sign", baseRecord(drop(1))),
			rc("neg-1", "everyone signed", baseRecord()),
		},
	}, {
		code:  regulation.SignoffUnitUnsigned,
		about: "an inter-sectoral record lacks the signature of a participating unit",
		records: []record{
			rc("pos-1", "Construction did not sign", baseRecord(drop(3))),
			rc("neg-1", "both units signed", baseRecord()),
		},
	}, {
		code:  regulation.SignoffSignerLevel,
		about: "in inter-sectoral minutes, a unit is signed for by someone below unit leadership",
		records: []record{
			rc("pos-1", "Finance's division head signs for Finance", baseRecord(sig(2, signoff.Signature{Person: rt.FinanceDivisionHead, ForUnit: rt.Finance, Capacity: signoff.CapacityDirect}))),
			rc("neg-1", "Finance's deputy director signs KT. for Finance", baseRecord(sig(2, signoff.Signature{Person: rt.FinanceDeputy, ForUnit: rt.Finance, Capacity: signoff.CapacityKT}))),
		},
	}, {
		code:  regulation.SignoffSignerNotOfUnit,
		about: "the signer does not belong to the unit signed for and holds no valid delegation from it",
		records: []record{
			rc("pos-1", "Construction's deputy signs for Finance", baseRecord(sig(2, signoff.Signature{Person: rt.ConstructionDeputy, ForUnit: rt.Finance, Capacity: signoff.CapacityKT}))),
			rc("neg-1", "Finance's director signs for Finance", baseRecord()),
		},
	}, {
		code:  regulation.SignoffCapacityInvalid,
		about: "the capacity does not fit the signer (KT. by a non-deputy, Q. by a non-acting head, TM. by someone who does not lead the collective)",
		records: []record{
			rc("pos-1", "Finance's director signs KT., which only a deputy may", baseRecord(sig(2, signoff.Signature{Person: rt.FinanceHead, ForUnit: rt.Finance, Capacity: signoff.CapacityKT}))),
			rc("neg-1", "Finance's deputy director signs KT.", baseRecord(sig(2, signoff.Signature{Person: rt.FinanceDeputy, ForUnit: rt.Finance, Capacity: signoff.CapacityKT}))),
		},
	}, {
		code:  regulation.SignoffDelegationInvalid,
		about: "TL. or TUQ. without a delegation, or under one that is expired, out of scope, not granted by the unit's head, or re-delegated",
		records: []record{
			dl("d-1", "context: Finance's director lets its division head sign minutes by order (TL.) during 2024", signofftest.Delegation()),
			dl("d-2", "context: the same, expired on 29/02/2024", signofftest.Delegation(func(x *signoff.Delegation) { x.ValidTo = d(2024, 2, 29) })),
			rc("pos-1", "minutes of Finance's own meeting signed TL. by its division head without a delegation",
				baseRecord(ownMinutes, sig(2, signoff.Signature{Person: rt.FinanceDivisionHead, ForUnit: rt.Finance, Capacity: signoff.CapacityTL}))),
			rc("pos-2", "the same under the expired delegation d-2",
				baseRecord(ownMinutes, sig(2, signoff.Signature{Person: rt.FinanceDivisionHead, ForUnit: rt.Finance, Capacity: signoff.CapacityTL, Delegation: "d-2"}))),
			dl("pos-3", "Finance's director lets Construction's division head sign by order: the grantee is outside the granting unit",
				signofftest.Delegation(func(x *signoff.Delegation) { x.Grantee = rt.ConstructionDivisionHead })),
			rc("neg-2", "Construction's division head signs TL. for Finance under pos-3: someone of another unit without a valid delegation gets signoff.signer_not_of_unit only, not this code",
				baseRecord(ownMinutes, sig(2, signoff.Signature{Person: rt.ConstructionDivisionHead, ForUnit: rt.Finance, Capacity: signoff.CapacityTL, Delegation: "pos-3"}))),
			rc("neg-1", "the same under d-1",
				baseRecord(ownMinutes, sig(2, signoff.Signature{Person: rt.FinanceDivisionHead, ForUnit: rt.Finance, Capacity: signoff.CapacityTL, Delegation: "d-1"}))),
		},
	}}
}

func otherFolders() []folder {
	valid := rc("neg-2", "the twin of pos-3 with a capacity that exists", baseRecord())
	bad := raw(rc("pos-3", `a signature's capacity is "boss", which is not a capacity: the decoder rejects the record`, baseRecord()),
		`"capacity":"direct"`, `"capacity":"boss"`)

	notInForce := regulation.RulesNotInForce
	return []folder{{
		code:  regulation.InputInvalid,
		about: "a data problem: a record that cannot be checked gets one finding naming the field at fault and nothing else; a fault confined to an optional date gets input.invalid on that field and switches off only the rules that read it",
		records: []record{
			tk("pos-1", "due 20/02/2024, before its assignment on 01/03/2024", baseTask(due(d(2024, 2, 20)))),
			mt("pos-2", "chaired by someone who is not in the case", workingMeeting(func(m *meeting.Meeting) { m.Chair = "nobody" })),
			bad,
			mt("pos-4", "a session whose invitation is dated 15/03, after the session of 14/03: input.invalid on invitation_sent only; its missing quorum and the absent members are still reported",
				session(meetingtest.Without(rt.ViceChairman2, rt.PPCMember, rt.OfficeHead), func(m *meeting.Meeting) { m.InvitationSent = d(2024, 3, 15) })),
			tk("neg-1", "the twin of pos-1, due 20/03/2024: it is overdue, but it can be checked", baseTask(due(d(2024, 3, 20)))),
			valid,
		},
	}, {
		code:  notInForce,
		about: "a meeting, record, consultation or submission dated outside the rule set's effective period (14/10/2023–30/06/2025); it is still checked",
		asOf:  d(2025, 8, 29),
		records: []record{
			mt("pos-1", "a working meeting on 20/09/2023, before the rule set came into force", workingMeeting(func(m *meeting.Meeting) {
				m.Date, m.Start = d(2023, 9, 20), at(2023, 9, 20, 8, 0)
				m.InvitationSent, m.ConclusionIssued = d(2023, 9, 15), d(2023, 9, 27)
			})),
			mt("pos-2", "a working meeting on 10/07/2025, after Kon Tum merged into Quảng Ngãi", workingMeeting(func(m *meeting.Meeting) {
				m.Date, m.Start = d(2025, 7, 10), at(2025, 7, 10, 8, 0)
				m.InvitationSent, m.ConclusionIssued = d(2025, 7, 7), d(2025, 7, 17)
			})),
			mt("neg-1", "the same meeting on 14/03/2024", workingMeeting()),
			mt("neg-2", "a working meeting on 10/09/2025, after as_of (29/08/2025): it has not been held, so it gets no finding at all, not even this one",
				workingMeeting(func(m *meeting.Meeting) {
					m.Date, m.Start = d(2025, 9, 10), at(2025, 9, 10, 8, 0)
					m.InvitationSent, m.ConclusionIssued = d(2025, 9, 3), calendar.Date{}
				})),
		},
	}}
}
