package regulation

import (
	"slices"
	"strconv"
	"strings"
)

//go:generate go run ./internal/gencatalogue -o CATALOGUE.md

// Code is the stable code of a rule, e.g. "meeting.absent_unreported". Codes
// are API: once released a code never changes meaning; new codes are added,
// old ones retired, never reused.
type Code string

// Family returns the rule family of c, the part before the dot: "task",
// "consult", "submission", "meeting", "signoff", "input" or "rules".
func (c Code) Family() string {
	f, _, _ := strings.Cut(string(c), ".")
	return f
}

// The codes of the rule catalogue, by family. regulation/CATALOGUE.md states
// each rule in words, with its citations and parameters in Kon Tum's rule set.
const (
	TaskLeadCount           Code = "task.lead_count"
	TaskOverdue             Code = "task.overdue"
	TaskDoneLate            Code = "task.done_late"
	TaskDueSoon             Code = "task.due_soon"
	TaskExtensionLate       Code = "task.extension_late"
	TaskExtensionUnapproved Code = "task.extension_unapproved"

	ConsultReplyLate              Code = "consult.reply_late"
	ConsultReplyMissing           Code = "consult.reply_missing"
	ConsultDeemedAgreement        Code = "consult.deemed_agreement"
	ConsultStanceUnclear          Code = "consult.stance_unclear"
	ConsultNoFollowup             Code = "consult.no_followup"
	ConsultUnresolvedDisagreement Code = "consult.unresolved_disagreement"

	SubmissionMissingComponent   Code = "submission.missing_component"
	SubmissionMissingSummary     Code = "submission.missing_summary"
	SubmissionNoOwnPosition      Code = "submission.no_own_position"
	SubmissionDissentNotReported Code = "submission.dissent_not_reported"
	SubmissionSignerLevel        Code = "submission.signer_level"
	SubmissionOwnCompetence      Code = "submission.own_competence"
	SubmissionOtherCompetence    Code = "submission.other_competence"
	SubmissionOfficeDecision     Code = "submission.office_decision"
	SubmissionReturnLate         Code = "submission.return_late"
	SubmissionAcceptedIncomplete Code = "submission.accepted_incomplete"

	MeetingAttendeeLevel          Code = "meeting.attendee_level"
	MeetingSubstituteUnapproved   Code = "meeting.substitute_unapproved"
	MeetingAbsentUnreported       Code = "meeting.absent_unreported"
	MeetingAbsenceReportLate      Code = "meeting.absence_report_late"
	MeetingNoQuorum               Code = "meeting.no_quorum"
	MeetingMemberAbsentUnapproved Code = "meeting.member_absent_unapproved"
	MeetingInvitationLate         Code = "meeting.invitation_late"
	MeetingDocumentsLate          Code = "meeting.documents_late"
	MeetingConclusionLate         Code = "meeting.conclusion_late"

	SignoffChairUnsigned     Code = "signoff.chair_unsigned"
	SignoffSecretaryUnsigned Code = "signoff.secretary_unsigned"
	SignoffUnitUnsigned      Code = "signoff.unit_unsigned"
	SignoffSignerLevel       Code = "signoff.signer_level"
	SignoffSignerNotOfUnit   Code = "signoff.signer_not_of_unit"
	SignoffCapacityInvalid   Code = "signoff.capacity_invalid"
	SignoffDelegationInvalid Code = "signoff.delegation_invalid"

	InputInvalid    Code = "input.invalid"
	RulesNotInForce Code = "rules.not_in_force"
)

// Rule describes one code of the catalogue: its severity, the rule in
// words, what its findings name as their subject, the parameters of the rule
// set it reads, how sure quyche is of it, the detail keys its findings
// carry, and its message templates. Templates name details in braces,
// "{deadline}"; "{n|day|days}" writes the number n and the singular or
// plural word after it. The catalogue is rendered, with Kon Tum's citations
// and parameter values, as regulation/CATALOGUE.md.
type Rule struct {
	Code     Code
	Severity Severity
	// Statement is the rule in words, in English: when a finding of this
	// code is given, precisely enough to test. Parameters are named by their
	// paths in Params.
	Statement string
	// Subject says what the Subject of a finding of this code names.
	Subject string
	// Params lists the parameters of the rule set that the rule reads, as
	// paths in the rule set's JSON form (quyche.rules/v1), e.g.
	// "consult.reply_default"; nil when it reads none. Every check also
	// reads the rule set's working-day calendar.
	Params []string
	// Confidence says how sure quyche is that the rule reads the regulation
	// right; see [Confidence].
	Confidence Confidence
	// ConfidenceNote explains a confidence that differs between the rule and
	// its numbers or sources; "" when Confidence says it all.
	ConfidenceNote string
	Details        []string // the keys a finding of this code carries in Details
	vi, en         string
}

// Confidence says how sure quyche is that a rule reads the regulation
// right. It is a string ("H", "M", "L" or ""), so that it compares with
// string constants as before it had a type of its own.
type Confidence string

// Confidence levels.
const (
	// ConfidenceNotApplicable: the code is not a reading of the regulation
	// (a reminder, a data problem, a rule set out of its period).
	ConfidenceNotApplicable Confidence = ""
	// ConfidenceHigh (H): read in the source text, or in a faithful
	// restatement of it.
	ConfidenceHigh Confidence = "H"
	// ConfidenceMedium (M): strongly implied by several sources, or by the
	// texts of other provinces, but not read in Kon Tum's own text.
	ConfidenceMedium Confidence = "M"
	// ConfidenceLow (L): typical practice, not verified. Such a rule's
	// numbers are always parameters of the rule set, and the parameter's
	// doc comment says that it is an assumption.
	ConfidenceLow Confidence = "L"
)

// Meaning returns what c means, in English, in a sentence.
func (c Confidence) Meaning() string {
	switch c {
	case ConfidenceHigh:
		return "read in the source text, or in a faithful restatement of it"
	case ConfidenceMedium:
		return "strongly implied by several sources or by other provinces' texts, not read in Kon Tum's own text"
	case ConfidenceLow:
		return "typical practice, not verified: an assumption, and its numbers are parameters of the rule set"
	case ConfidenceNotApplicable:
		return "not a reading of the regulation"
	}
	return "unknown confidence " + strconv.Quote(string(c))
}

// Message returns the message template of r in language l.
func (r Rule) Message(l Lang) string {
	if l == English {
		return r.en
	}
	return r.vi
}

// What the subject of a finding names, per code.
const (
	subjectTaskLead     = "the lead unit of the task when it has exactly one; empty otherwise"
	subjectCoordinating = "the coordinating (consulted) unit"
	subjectNone         = "empty: the finding is about the record as a whole"
	subjectComponent    = "the missing component"
	subjectDissenter    = "the unit whose dissent is not reported"
	subjectSigner       = "the person who signed the submission"
	subjectInvited      = "the invited unit"
	subjectAbsence      = "the invited unit, or the PPC member, whose absence was reported late"
	subjectMember       = "the absent PPC member"
	subjectChair        = "the chair of the minutes"
	subjectSecretary    = "the secretary of the minutes"
	subjectUnitSigned   = "the unit signed for"
	subjectUnsigned     = "the participating unit that did not sign"
	subjectDelegation   = "the unit signed for; for the finding on a delegation itself, its grantee"
	subjectField        = "the field at fault, as a path inside the record (\"extensions[0].new_due\"), or the argument (\"as_of\", \"rules\", \"directory\")"
)

// catalogue lists every rule, by family.
var catalogue = [...]Rule{
	{
		Code: TaskLeadCount, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "A task names exactly one lead unit (đơn vị chủ trì). A task with no lead unit, or with two or more, gets this finding, and its statistics go under the lead unit \"\".",
		Subject:   subjectTaskLead,
		Details:   []string{"leads"},
		vi:        "nhiệm vụ có {leads} đơn vị chủ trì; mỗi nhiệm vụ phải có đúng một đơn vị chủ trì",
		en:        "the task has {leads} lead units; a task must have exactly one",
	},
	{
		Code: TaskOverdue, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "The task is not done and the as-of date is after its effective deadline. The effective deadline is the new due date of the last extension that counts (approved, and requested in time: see task.extension_late), else the original due date; either is moved to the next working day when it falls on a day off. A task without a due date has no deadline and is never overdue.",
		Subject:   subjectTaskLead,
		Params:    []string{"task.extension_lead"},
		Details:   []string{"deadline", "as_of", "late_days", "late_workdays"},
		vi:        "nhiệm vụ quá hạn: hạn {deadline}, đến {as_of} chưa hoàn thành; trễ {late_days} ngày ({late_workdays} ngày làm việc)",
		en:        "the task is overdue: due {deadline}, not done as of {as_of}; {late_days|day|days} late ({late_workdays|working day|working days})",
	},
	{
		Code: TaskDoneLate, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "The task was done after its effective deadline (see task.overdue). Work done on the deadline day is on time; from the next day it is late.",
		Subject:   subjectTaskLead,
		Params:    []string{"task.extension_lead"},
		Details:   []string{"deadline", "done", "late_days", "late_workdays"},
		vi:        "nhiệm vụ hoàn thành trễ hạn: hạn {deadline}, hoàn thành {done}; trễ {late_days} ngày ({late_workdays} ngày làm việc)",
		en:        "the task was done late: due {deadline}, done {done}; {late_days|day|days} late ({late_workdays|working day|working days})",
	},
	{
		Code: TaskDueSoon, Severity: Warning, Confidence: ConfidenceNotApplicable,
		Statement: "The task is not done, its effective deadline (see task.overdue) has not passed, and at most task.due_soon working days are left from the as-of date to the deadline (zero included). A reminder, not a breach.",
		Subject:   subjectTaskLead,
		Params:    []string{"task.due_soon", "task.extension_lead"},
		Details:   []string{"deadline", "workdays_left"},
		vi:        "nhiệm vụ sắp đến hạn: hạn {deadline}, còn {workdays_left} ngày làm việc",
		en:        "the task is due soon: due {deadline}, {workdays_left|working day|working days} left",
	},
	{
		Code: TaskExtensionLate, Severity: Violation, Confidence: ConfidenceLow,
		Statement:      "An approved extension was requested on or after the deadline then in force, or fewer than task.extension_lead working days before it (working days counted after the request, up to and including that deadline). The extension does not count: the deadline stays where it was. Extensions are judged in the order they were requested; one finding per late extension requested on or before the as-of date.",
		Subject:        subjectTaskLead,
		Params:         []string{"task.extension_lead"},
		ConfidenceNote: "The article of the Kon Tum regulation is not known: the citation is to the decision as a whole.",
		Details:        []string{"requested", "deadline", "new_due", "lead_workdays"},
		vi:             "đề nghị gia hạn ngày {requested} (đến {new_due}) không kịp thời: hạn đang có hiệu lực là {deadline}, phải đề nghị trước ít nhất {lead_workdays} ngày làm việc; không tính gia hạn này",
		en:             "the extension requested on {requested} (to {new_due}) came too late: the deadline in force was {deadline} and requests must come at least {lead_workdays|working day|working days} before it; the extension is ignored",
	},
	{
		Code: TaskExtensionUnapproved, Severity: Warning, Confidence: ConfidenceLow,
		Statement:      "An extension names nobody who approved it. It does not count: the deadline stays where it was. An unapproved extension is not also judged late. One finding per such extension requested on or before the as-of date.",
		Subject:        subjectTaskLead,
		ConfidenceNote: "The article of the Kon Tum regulation is not known: the citation is to the decision as a whole.",
		Details:        []string{"requested", "new_due"},
		vi:             "đề nghị gia hạn ngày {requested} (đến {new_due}) chưa được phê duyệt; không tính gia hạn này",
		en:             "the extension requested on {requested} (to {new_due}) was not approved; it is ignored",
	},
	{
		Code: ConsultReplyLate, Severity: Violation, Confidence: ConfidenceHigh,
		Statement:      "A coordinating unit replied after the reply deadline. The reply deadline is the one stated in the request, moved to the next working day when it falls on a day off; when the request states none, it is consult.reply_default working days after the request was sent.",
		Subject:        subjectCoordinating,
		Params:         []string{"consult.reply_default"},
		ConfidenceNote: "The rule is read in the letter (H); the default reply time used when a request states none is an assumption (L).",
		Details:        []string{"deadline", "received", "late_days", "late_workdays"},
		vi:             "đơn vị phối hợp trả lời trễ: hạn {deadline}, nhận được {received}; trễ {late_days} ngày ({late_workdays} ngày làm việc)",
		en:             "the coordinating unit replied late: due {deadline}, received {received}; {late_days|day|days} late ({late_workdays|working day|working days})",
	},
	{
		Code: ConsultReplyMissing, Severity: Violation, Confidence: ConfidenceHigh,
		Statement:      "A consulted unit has not replied and the as-of date is after the reply deadline (see consult.reply_late). When consult.silence_means_agreement is true the unit is deemed to agree instead: consult.deemed_agreement, and not this code.",
		Subject:        subjectCoordinating,
		Params:         []string{"consult.reply_default", "consult.silence_means_agreement"},
		ConfidenceNote: "The rule is read in the letter (H); whether silence counts as agreement is a provincial choice, a parameter (L).",
		Details:        []string{"deadline", "as_of", "late_days", "late_workdays"},
		vi:             "đơn vị phối hợp chưa trả lời: hạn {deadline}, đến {as_of} chưa có ý kiến; trễ {late_days} ngày ({late_workdays} ngày làm việc)",
		en:             "the coordinating unit has not replied: due {deadline}, no reply as of {as_of}; {late_days|day|days} late ({late_workdays|working day|working days})",
	},
	{
		Code: ConsultDeemedAgreement, Severity: Info, Confidence: ConfidenceLow,
		Statement: "Only when consult.silence_means_agreement is true: a consulted unit has not replied and the as-of date is after the reply deadline (see consult.reply_late), so it is deemed to agree as of that deadline. Information, not a breach; Kon Tum's rule set never gives it.",
		Subject:   subjectCoordinating,
		Params:    []string{"consult.reply_default", "consult.silence_means_agreement"},
		Details:   []string{"deadline"},
		vi:        "đơn vị phối hợp không trả lời đến hạn {deadline}; được coi là thống nhất",
		en:        "the coordinating unit did not reply by {deadline}; it is deemed to agree",
	},
	{
		Code: ConsultStanceUnclear, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "A reply was received but does not say whether the unit agrees or disagrees: its stance is unclear, or it states none.",
		Subject:   subjectCoordinating,
		Details:   []string{"received"},
		vi:        "ý kiến nhận ngày {received} không nêu rõ thống nhất hay không thống nhất",
		en:        "the reply received on {received} does not say whether the unit agrees or disagrees",
	},
	{
		Code: ConsultNoFollowup, Severity: Warning, Confidence: ConfidenceLow,
		Statement:      "The follow-up window runs from the day after the reply deadline (see consult.reply_late) to consult.follow_up_within working days after it. The rule fires for a unit whose reply was still outstanding at the end of the window (no reply, or one received after it), once the window is over as of the as-of date, when the lead unit sent no reminder dated inside the window. Reminders dated on or before the deadline do not count. When consult.silence_means_agreement is true no follow-up is owed and the rule does not fire.",
		Subject:        subjectCoordinating,
		Params:         []string{"consult.reply_default", "consult.follow_up_within", "consult.silence_means_agreement"},
		ConfidenceNote: "The duty to follow up is read in the letter (H); the length of the window is an assumption (L).",
		Details:        []string{"deadline", "window_end"},
		vi:             "đơn vị chủ trì không đôn đốc đơn vị phối hợp chưa trả lời sau hạn {deadline} (đến {window_end})",
		en:             "the lead unit did not remind the coordinating unit, still silent after the deadline {deadline}, by {window_end}",
	},
	{
		Code: ConsultUnresolvedDisagreement, Severity: Violation, Confidence: ConfidenceLow,
		Statement:      "A unit disagreed, and the matter was neither resolved nor escalated to the PPC or its Chairman within consult.escalate_within working days after the later of the last reply received and the reply deadline (see consult.reply_late); the as-of date is past that last day. A resolution or escalation dated after that day, or after the as-of date, does not count. One finding per disagreeing unit.",
		Subject:        subjectCoordinating,
		Params:         []string{"consult.reply_default", "consult.escalate_within"},
		ConfidenceNote: "The duty to resolve or escalate is read in the letter and Decree 39/2022 (H); the number of days is an assumption (L).",
		Details:        []string{"since", "escalate_by", "as_of", "late_days", "late_workdays"},
		vi:             "ý kiến không thống nhất (từ {since}) chưa được giải quyết hoặc báo cáo UBND tỉnh, Chủ tịch UBND tỉnh chậm nhất {escalate_by}; đến {as_of} vẫn chưa, trễ {late_days} ngày ({late_workdays} ngày làm việc)",
		en:             "the disagreement (since {since}) was neither resolved nor escalated to the PPC or its Chairman by {escalate_by}; still not as of {as_of}, {late_days|day|days} late ({late_workdays|working day|working days})",
	},
	{
		Code: SubmissionMissingComponent, Severity: Violation, Confidence: ConfidenceMedium,
		Statement:      "A component that the submission's kind requires is not in the dossier: one finding per missing component. submission.required lists the components per kind; submission.required_when_consulted adds the consulted units' opinions and their synthesis when the consultation the submission names is in the case and lists at least one reply entry. A missing summary is never reported here, only as submission.missing_summary.",
		Subject:        subjectComponent,
		Params:         []string{"submission.required", "submission.required_when_consulted"},
		ConfidenceNote: "Decree 39/2022 Art. 13 is read (H); that the Kon Tum article says the same is inferred (M).",
		Details:        []string{"component"},
		vi:             "hồ sơ trình thiếu thành phần: {component}",
		en:             "the dossier lacks a component: {component}",
	},
	{
		Code: SubmissionMissingSummary, Severity: Violation, Confidence: ConfidenceMedium,
		Statement:      "The dossier has more than submission.summary_above_pages pages and no summary component.",
		Subject:        subjectNone,
		Params:         []string{"submission.summary_above_pages"},
		ConfidenceNote: "Decree 39/2022 Art. 13 is read (H); the threshold's application in Kon Tum is inferred (M).",
		Details:        []string{"pages", "limit"},
		vi:             "hồ sơ trình {pages} trang (trên {limit} trang) nhưng không có bản tóm tắt",
		en:             "the dossier has {pages} pages (over {limit}) but no summary",
	},
	{
		Code: SubmissionNoOwnPosition, Severity: Violation, Confidence: ConfidenceMedium,
		Statement: "The submitting (lead) unit does not state its own position on the matter it submits.",
		Subject:   subjectNone,
		vi:        "đơn vị trình không nêu rõ quan điểm của mình",
		en:        "the submitting unit does not state its own position",
	},
	{
		Code: SubmissionDissentNotReported, Severity: Violation, Confidence: ConfidenceMedium,
		Statement: "A unit of the consultation the submission names disagreed, in a reply received on or before the day the dossier was received, and the submission does not list that unit among the dissent it reports. Dissent that arrives after the dossier is not held against it. One finding per unit.",
		Subject:   subjectDissenter,
		Details:   []string{"consultation"},
		vi:        "đơn vị này không thống nhất (lấy ý kiến {consultation}) nhưng tờ trình không báo cáo ý kiến khác nhau",
		en:        "this unit disagreed (consultation {consultation}) but the submission does not report the dissent",
	},
	{
		Code: SubmissionSignerLevel, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "The submission is not signed by unit leadership of the submitting unit: its head, acting head or a deputy head (for the PPC itself, the Chairman or a Vice-chairman).",
		Subject:   subjectSigner,
		Details:   []string{"position"},
		vi:        "hồ sơ trình do {position} ký, không phải người đứng đầu hoặc cấp phó của đơn vị trình",
		en:        "the submission is signed by a {position}, not by the head or a deputy head of the submitting unit",
	},
	{
		Code: SubmissionOwnCompetence, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "The matter is within the submitting unit's own authority (competence \"submitter\"): the unit must decide it, not submit it.",
		Subject:   subjectNone,
		vi:        "vấn đề thuộc thẩm quyền của đơn vị trình; đơn vị phải tự giải quyết, không trình UBND tỉnh, Chủ tịch UBND tỉnh",
		en:        "the matter is within the submitting unit's own authority; it must decide, not submit to the PPC or its Chairman",
	},
	{
		Code: SubmissionOtherCompetence, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "The matter belongs to another agency (competence \"other_agency\"): it must not be submitted to the PPC or its Chairman.",
		Subject:   subjectNone,
		vi:        "vấn đề thuộc thẩm quyền của cơ quan khác",
		en:        "the matter belongs to another agency",
	},
	{
		Code: SubmissionOfficeDecision, Severity: Info, Confidence: ConfidenceMedium,
		Statement: "The PPC Office's decision on every dossier it can check: return it when it is deficient, listing each deficiency, else forward it; with the last day to return it, submission.office_return_within working days after the dossier was received. A dossier is deficient when any violation of the submission.* codes applies to it other than submission.return_late and submission.accepted_incomplete. Information, not a breach.",
		Subject:   subjectNone,
		Params:    []string{"submission.office_return_within"},
		Details:   []string{"action", "deadline", "deficiencies"},
		vi:        "Văn phòng UBND tỉnh: {action}; hạn trả lại hồ sơ {deadline}; thiếu sót: {deficiencies}",
		en:        "PPC Office: {action}; return deadline {deadline}; deficiencies: {deficiencies}",
	},
	{
		Code: SubmissionReturnLate, Severity: Violation, Confidence: ConfidenceMedium,
		Statement: "A deficient dossier (see submission.office_decision) was returned after the last day to return it, or has no Office action at all and the as-of date is past that day. A deficient dossier that was forwarded gets submission.accepted_incomplete instead.",
		Subject:   subjectNone,
		Params:    []string{"submission.office_return_within"},
		Details:   []string{"deadline", "returned", "as_of", "late_days", "late_workdays"},
		vi:        "hồ sơ thiếu sót phải được trả lại chậm nhất {deadline}; ngày trả lại: {returned} (tính đến {as_of}); trễ {late_days} ngày ({late_workdays} ngày làm việc)",
		en:        "the deficient dossier had to be returned by {deadline}; returned: {returned} (as of {as_of}); {late_days|day|days} late ({late_workdays|working day|working days})",
	},
	{
		Code: SubmissionAcceptedIncomplete, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "The PPC Office forwarded a deficient dossier (see submission.office_decision) instead of returning it. This takes precedence over submission.return_late.",
		Subject:   subjectNone,
		Details:   []string{"forwarded", "deficiencies"},
		vi:        "Văn phòng UBND tỉnh chuyển trình ngày {forwarded} hồ sơ thiếu sót thay vì trả lại: {deficiencies}",
		en:        "the PPC Office forwarded a deficient dossier on {forwarded} instead of returning it: {deficiencies}",
	},
	{
		Code: MeetingAttendeeLevel, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "An invited unit is represented only by people below its leadership (or by people of other units): nobody attends for it who meets the invitation's level, and no deputy stands in for an invited head.",
		Subject:   subjectInvited,
		Details:   []string{"level", "attendees"},
		vi:        "đơn vị được mời ({level}) chỉ cử người dưới cấp lãnh đạo đơn vị dự họp: {attendees}",
		en:        "the invited unit ({level}) sent only people below unit leadership: {attendees}",
	},
	{
		Code: MeetingSubstituteUnapproved, Severity: Violation, Confidence: ConfidenceMedium,
		Statement: "The invitation names the unit's head, the head (or acting head) does not attend, and a deputy head attends in their place without the approval of the meeting's chair, the Chairman or a Vice-chairman. One approved deputy is enough.",
		Subject:   subjectInvited,
		Details:   []string{"deputy"},
		vi:        "giấy mời ghi người đứng đầu; người đứng đầu vắng và {deputy} dự thay khi chưa được chủ trì cuộc họp đồng ý",
		en:        "the invitation named the head; the head was absent and {deputy} attended instead without the chair's approval",
	},
	{
		Code: MeetingAbsentUnreported, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "Nobody attends for an invited unit, and there is no report of its absence.",
		Subject:   subjectInvited,
		Details:   []string{"level"},
		vi:        "đơn vị được mời ({level}) không có người dự họp đúng thành phần và không báo cáo vắng mặt",
		en:        "the invited unit ({level}) had nobody of the required level at the meeting and did not report the absence",
	},
	{
		Code: MeetingAbsenceReportLate, Severity: Violation, Confidence: ConfidenceMedium,
		Statement: "An absence was reported at or after the start of the meeting, for an invited unit that nobody attended for, or for a PPC member absent from a PPC session. A report before the start is in time; for an invited unit it needs no approval.",
		Subject:   subjectAbsence,
		Details:   []string{"reported", "start"},
		vi:        "báo cáo vắng mặt lúc {reported}, không trước giờ họp {start}",
		en:        "the absence was reported at {reported}, not before the meeting started at {start}",
	},
	{
		Code: MeetingNoQuorum, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "A PPC session (regular or thematic) is attended by fewer than meeting.quorum of all PPC members: with a quorum num/den, it needs attending × den ≥ members × num. The chair counts as present.",
		Subject:   subjectNone,
		Params:    []string{"meeting.quorum"},
		Details:   []string{"attending", "members", "quorum"},
		vi:        "phiên họp không đủ {quorum} tổng số thành viên UBND tỉnh: {attending}/{members} có mặt",
		en:        "the session lacked {quorum} of all PPC members: {attending} of {members} present",
	},
	{
		Code: MeetingMemberAbsentUnapproved, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "A PPC member misses a PPC session without an absence report, reported before the start, that the Chairman approved. The Chairman's own absence needs nobody's consent (he still counts against the quorum). A report at or after the start gives meeting.absence_report_late instead.",
		Subject:   subjectMember,
		Details:   []string{"member"},
		vi:        "thành viên UBND tỉnh {member} vắng mặt không được Chủ tịch UBND tỉnh đồng ý",
		en:        "PPC member {member} was absent without the Chairman's consent",
	},
	{
		Code: MeetingInvitationLate, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "A non-urgent meeting's invitation was sent fewer than meeting.invitation_lead working days before the meeting: counting the working days after the day it was sent, up to and including the meeting's date. An invitation already sent for a meeting after the as-of date is judged too.",
		Subject:   subjectNone,
		Params:    []string{"meeting.invitation_lead"},
		Details:   []string{"sent", "date", "workdays", "required"},
		vi:        "giấy mời gửi ngày {sent}, chỉ {workdays} ngày làm việc trước cuộc họp ngày {date} (phải ít nhất {required})",
		en:        "the invitation was sent on {sent}, only {workdays|working day|working days} before the meeting on {date} (at least {required} required)",
	},
	{
		Code: MeetingDocumentsLate, Severity: Warning, Confidence: ConfidenceMedium,
		Statement: "A PPC session's documents were sent fewer than meeting.documents_lead calendar days before the session (the session's date minus the sending date, with no moving for days off). Not checked when the sending date is not recorded.",
		Subject:   subjectNone,
		Params:    []string{"meeting.documents_lead"},
		Details:   []string{"sent", "date", "days", "required"},
		vi:        "tài liệu phiên họp gửi ngày {sent}, chỉ {days} ngày trước phiên họp ngày {date} (phải ít nhất {required} ngày)",
		en:        "the session documents were sent on {sent}, only {days|day|days} before the session on {date} (at least {required} required)",
	},
	{
		Code: MeetingConclusionLate, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "A meeting that needs a conclusion notice got it after meeting.conclusion_within working days after the meeting's date, or has none and the as-of date is past that last day.",
		Subject:   subjectNone,
		Params:    []string{"meeting.conclusion_within"},
		Details:   []string{"deadline", "issued", "as_of", "late_days", "late_workdays"},
		vi:        "thông báo kết luận cuộc họp phải ban hành chậm nhất {deadline}; ngày ban hành: {issued} (tính đến {as_of}); trễ {late_days} ngày ({late_workdays} ngày làm việc)",
		en:        "the conclusion notice was due by {deadline}; issued: {issued} (as of {as_of}); {late_days|day|days} late ({late_workdays|working day|working days})",
	},
	{
		Code: SignoffChairUnsigned, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "Minutes lack a signature by their chair. Any signature of the chair's counts, whatever unit it is for.",
		Subject:   subjectChair,
		Details:   []string{"chair"},
		vi:        "biên bản thiếu chữ ký của người chủ trì {chair}",
		en:        "the minutes lack the signature of the chair, {chair}",
	},
	{
		Code: SignoffSecretaryUnsigned, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "Minutes lack a signature by their secretary. Any signature of the secretary's counts.",
		Subject:   subjectSecretary,
		Details:   []string{"secretary"},
		vi:        "biên bản thiếu chữ ký của thư ký {secretary}",
		en:        "the minutes lack the signature of the secretary, {secretary}",
	},
	{
		Code: SignoffUnitUnsigned, Severity: Violation, Confidence: ConfidenceMedium,
		Statement: "An inter-sectoral record (minutes or inspection record, marked inter-sectoral) has no signature for one of its participating units. A signature that is itself at fault still counts for its unit: the other signoff.* codes report it.",
		Subject:   subjectUnsigned,
		vi:        "biên bản liên ngành thiếu chữ ký của đơn vị tham gia này",
		en:        "the inter-sectoral record lacks the signature of this participating unit",
	},
	{
		Code: SignoffSignerLevel, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "In inter-sectoral minutes or an inspection record, a unit is signed for by someone whose own position is not in signoff.unit_signers, whatever the capacity in which they sign.",
		Subject:   subjectUnitSigned,
		Params:    []string{"signoff.unit_signers"},
		Details:   []string{"signer", "position"},
		vi:        "{signer} ({position}) ký thay đơn vị, không phải người đứng đầu hoặc cấp phó của đơn vị",
		en:        "{signer} ({position}) signed for the unit, not its head or a deputy head",
	},
	{
		Code: SignoffSignerNotOfUnit, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "A signature is for a unit that the signer does not belong to, and the signer holds no valid delegation from that unit's head. When this code applies, no other signoff.* code is given for that signature.",
		Subject:   subjectUnitSigned,
		Details:   []string{"signer", "signer_unit"},
		vi:        "{signer} thuộc {signer_unit}, không thuộc đơn vị được ký thay và không có ủy quyền hợp lệ",
		en:        "{signer} belongs to {signer_unit}, not to the unit signed for, and holds no valid delegation from it",
	},
	{
		Code: SignoffCapacityInvalid, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "The capacity does not fit the signer: KT. by someone who is not a deputy head, Q. by someone who is not the acting head, TM. by someone who does not head the collective.",
		Subject:   subjectUnitSigned,
		Details:   []string{"signer", "capacity", "position"},
		vi:        "thẩm quyền ký {capacity} không phù hợp với chức vụ của {signer} ({position})",
		en:        "the signing capacity {capacity} does not fit the position of {signer} ({position})",
	},
	{
		Code: SignoffDelegationInvalid, Severity: Violation, Confidence: ConfidenceHigh,
		Statement: "A signature by order (TL.) or by authorisation (TUQ.) names no delegation, or one that is not valid for it: expired or not yet in force on the record's date, not covering the kind of record, not granted by the head of the unit signed for, granted to a person outside the granting unit, or passed on when it may not be. A delegation granted to a person outside the granting unit also gets this finding itself (record kind delegation, subject the grantee).",
		Subject:   subjectDelegation,
		Details:   []string{"signer", "capacity", "delegation", "problem"},
		vi:        "giao ký cho {signer} ký {capacity} không hợp lệ (văn bản giao ký: {delegation}): {problem}",
		en:        "no valid delegation lets {signer} sign {capacity} (delegation: {delegation}): {problem}",
	},
	{
		Code: InputInvalid, Severity: Violation, Confidence: ConfidenceNotApplicable,
		Statement: "A record, or a field of it, cannot be checked: a missing or duplicate id, an unknown unit or person, an unknown enum value, a value of the wrong type, an impossible date, dates in an impossible order, a negative count; or an argument of the check is missing (a zero as-of date, no rule set, no directory). A record that cannot be checked at all gets one such finding, naming the first field at fault, and nothing else; a fault confined to an optional date gets one finding on that field and switches off only the rules that read it. A data problem, not a breach of the regulation.",
		Subject:   subjectField,
		Details:   []string{"field", "problem", "effect"},
		vi:        "dữ liệu cần kiểm tra lại: trường {field}: {problem}; {effect}",
		en:        "data to correct: field {field}: {problem}; {effect}",
	},
	{
		Code: RulesNotInForce, Severity: Warning, Confidence: ConfidenceNotApplicable,
		Statement: "A consultation, submission, meeting or record (minutes, inspection record) is dated outside the rule set's effective period. It is still checked under the rule set. Tasks are never judged this way: their deadlines come from the document that assigned them.",
		Subject:   subjectNone,
		Params:    []string{"effective"},
		Details:   []string{"date", "rules", "from", "to"},
		vi:        "ngày {date} nằm ngoài thời gian hiệu lực của bộ quy tắc {rules} ({from} – {to}); vẫn kiểm tra theo bộ quy tắc này",
		en:        "the date {date} is outside the period of rule set {rules} ({from} – {to}); checked under it all the same",
	},
}

// Catalogue returns every rule of the catalogue, by family, in the order of
// the constants. The slice and the rules' lists are fresh copies.
func Catalogue() []Rule {
	rs := make([]Rule, len(catalogue))
	for i, r := range catalogue {
		rs[i] = r.clone()
	}
	return rs
}

// clone returns a copy of r that shares no slice with it.
func (r Rule) clone() Rule {
	r.Params = slices.Clone(r.Params)
	r.Details = slices.Clone(r.Details)
	return r
}

// Codes returns every code of the catalogue in the order of [Catalogue].
func Codes() []Code {
	cs := make([]Code, len(catalogue))
	for i, r := range catalogue {
		cs[i] = r.Code
	}
	return cs
}

// LookupRule returns the catalogue entry of code c, a copy, and whether c is
// in the catalogue.
func LookupRule(c Code) (Rule, bool) {
	i, ok := ruleIndex(c)
	if !ok {
		return Rule{}, false
	}
	return catalogue[i].clone(), true
}

// ruleIndexes maps each code to its position in catalogue; immutable.
var ruleIndexes = func() map[Code]int {
	m := make(map[Code]int, len(catalogue))
	for i, r := range catalogue {
		m[r.Code] = i
	}
	return m
}()

func ruleIndex(c Code) (int, bool) {
	i, ok := ruleIndexes[c]
	return i, ok
}

// Severity returns the severity of c from the catalogue, SeverityUnknown for
// a code that is not in it.
func (c Code) Severity() Severity {
	if i, ok := ruleIndex(c); ok {
		return catalogue[i].Severity
	}
	return SeverityUnknown
}
