package regulation

import (
	"slices"
	"strings"
)

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

// The codes of the rule catalogue (rules.md), by family.
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

// Rule describes one code of the catalogue: its severity, its confidence, the
// detail keys its findings carry, and its message templates. Templates name
// details in braces, "{deadline}"; "{n|day|days}" writes the number n and the
// singular or plural word after it.
type Rule struct {
	Code       Code
	Severity   Severity
	Confidence string   // "H", "M", "L" or "" (rules.md); L means the number is an assumption
	Details    []string // the keys a finding of this code carries in Details
	vi, en     string
}

// Message returns the message template of r in language l.
func (r Rule) Message(l Lang) string {
	if l == English {
		return r.en
	}
	return r.vi
}

// catalogue lists every rule in the order of rules.md.
var catalogue = [...]Rule{
	{TaskLeadCount, Violation, "H", []string{"leads"},
		"nhiệm vụ có {leads} đơn vị chủ trì; mỗi nhiệm vụ phải có đúng một đơn vị chủ trì",
		"the task has {leads} lead units; a task must have exactly one"},
	{TaskOverdue, Violation, "H", []string{"deadline", "as_of", "late_days", "late_workdays"},
		"nhiệm vụ quá hạn: hạn {deadline}, đến {as_of} chưa hoàn thành; trễ {late_days} ngày ({late_workdays} ngày làm việc)",
		"the task is overdue: due {deadline}, not done as of {as_of}; {late_days|day|days} late ({late_workdays|working day|working days})"},
	{TaskDoneLate, Violation, "H", []string{"deadline", "done", "late_days", "late_workdays"},
		"nhiệm vụ hoàn thành trễ hạn: hạn {deadline}, hoàn thành {done}; trễ {late_days} ngày ({late_workdays} ngày làm việc)",
		"the task was done late: due {deadline}, done {done}; {late_days|day|days} late ({late_workdays|working day|working days})"},
	{TaskDueSoon, Warning, "", []string{"deadline", "workdays_left"},
		"nhiệm vụ sắp đến hạn: hạn {deadline}, còn {workdays_left} ngày làm việc",
		"the task is due soon: due {deadline}, {workdays_left|working day|working days} left"},
	{TaskExtensionLate, Violation, "L", []string{"requested", "deadline", "new_due", "lead_workdays"},
		"đề nghị gia hạn ngày {requested} (đến {new_due}) không kịp thời: hạn đang có hiệu lực là {deadline}, phải đề nghị trước ít nhất {lead_workdays} ngày làm việc; không tính gia hạn này",
		"the extension requested on {requested} (to {new_due}) came too late: the deadline in force was {deadline} and requests must come at least {lead_workdays|working day|working days} before it; the extension is ignored"},
	{TaskExtensionUnapproved, Warning, "L", []string{"requested", "new_due"},
		"đề nghị gia hạn ngày {requested} (đến {new_due}) chưa được phê duyệt; không tính gia hạn này",
		"the extension requested on {requested} (to {new_due}) was not approved; it is ignored"},

	{ConsultReplyLate, Violation, "H", []string{"deadline", "received", "late_days", "late_workdays"},
		"đơn vị phối hợp trả lời trễ: hạn {deadline}, nhận được {received}; trễ {late_days} ngày ({late_workdays} ngày làm việc)",
		"the coordinating unit replied late: due {deadline}, received {received}; {late_days|day|days} late ({late_workdays|working day|working days})"},
	{ConsultReplyMissing, Violation, "H", []string{"deadline", "as_of", "late_days", "late_workdays"},
		"đơn vị phối hợp chưa trả lời: hạn {deadline}, đến {as_of} chưa có ý kiến; trễ {late_days} ngày ({late_workdays} ngày làm việc)",
		"the coordinating unit has not replied: due {deadline}, no reply as of {as_of}; {late_days|day|days} late ({late_workdays|working day|working days})"},
	{ConsultDeemedAgreement, Info, "L", []string{"deadline"},
		"đơn vị phối hợp không trả lời đến hạn {deadline}; được coi là thống nhất",
		"the coordinating unit did not reply by {deadline}; it is deemed to agree"},
	{ConsultStanceUnclear, Violation, "H", []string{"received"},
		"ý kiến nhận ngày {received} không nêu rõ thống nhất hay không thống nhất",
		"the reply received on {received} does not say whether the unit agrees or disagrees"},
	{ConsultNoFollowup, Warning, "L", []string{"deadline", "window_end"},
		"đơn vị chủ trì không đôn đốc đơn vị phối hợp chưa trả lời sau hạn {deadline} (đến {window_end})",
		"the lead unit did not remind the coordinating unit, still silent after the deadline {deadline}, by {window_end}"},
	{ConsultUnresolvedDisagreement, Violation, "L", []string{"since", "escalate_by", "as_of", "late_days", "late_workdays"},
		"ý kiến không thống nhất (từ {since}) chưa được giải quyết hoặc báo cáo UBND tỉnh, Chủ tịch UBND tỉnh chậm nhất {escalate_by}; đến {as_of} vẫn chưa, trễ {late_days} ngày ({late_workdays} ngày làm việc)",
		"the disagreement (since {since}) was neither resolved nor escalated to the PPC or its Chairman by {escalate_by}; still not as of {as_of}, {late_days|day|days} late ({late_workdays|working day|working days})"},

	{SubmissionMissingComponent, Violation, "M", []string{"component"},
		"hồ sơ trình thiếu thành phần: {component}",
		"the dossier lacks a component: {component}"},
	{SubmissionMissingSummary, Violation, "M", []string{"pages", "limit"},
		"hồ sơ trình {pages} trang (trên {limit} trang) nhưng không có bản tóm tắt",
		"the dossier has {pages} pages (over {limit}) but no summary"},
	{SubmissionNoOwnPosition, Violation, "M", nil,
		"đơn vị trình không nêu rõ quan điểm của mình",
		"the submitting unit does not state its own position"},
	{SubmissionDissentNotReported, Violation, "M", []string{"consultation"},
		"đơn vị này không thống nhất (lấy ý kiến {consultation}) nhưng tờ trình không báo cáo ý kiến khác nhau",
		"this unit disagreed (consultation {consultation}) but the submission does not report the dissent"},
	{SubmissionSignerLevel, Violation, "H", []string{"position"},
		"hồ sơ trình do {position} ký, không phải người đứng đầu hoặc cấp phó của đơn vị trình",
		"the submission is signed by a {position}, not by the head or a deputy head of the submitting unit"},
	{SubmissionOwnCompetence, Violation, "H", nil,
		"vấn đề thuộc thẩm quyền của đơn vị trình; đơn vị phải tự giải quyết, không trình UBND tỉnh, Chủ tịch UBND tỉnh",
		"the matter is within the submitting unit's own authority; it must decide, not submit to the PPC or its Chairman"},
	{SubmissionOtherCompetence, Violation, "H", nil,
		"vấn đề thuộc thẩm quyền của cơ quan khác",
		"the matter belongs to another agency"},
	{SubmissionOfficeDecision, Info, "M", []string{"action", "deadline", "deficiencies"},
		"Văn phòng UBND tỉnh: {action}; hạn trả lại hồ sơ {deadline}; thiếu sót: {deficiencies}",
		"PPC Office: {action}; return deadline {deadline}; deficiencies: {deficiencies}"},
	{SubmissionReturnLate, Violation, "M", []string{"deadline", "returned", "as_of", "late_days", "late_workdays"},
		"hồ sơ thiếu sót phải được trả lại chậm nhất {deadline}; ngày trả lại: {returned} (tính đến {as_of}); trễ {late_days} ngày ({late_workdays} ngày làm việc)",
		"the deficient dossier had to be returned by {deadline}; returned: {returned} (as of {as_of}); {late_days|day|days} late ({late_workdays|working day|working days})"},
	{SubmissionAcceptedIncomplete, Violation, "H", []string{"forwarded", "deficiencies"},
		"Văn phòng UBND tỉnh chuyển trình ngày {forwarded} hồ sơ thiếu sót thay vì trả lại: {deficiencies}",
		"the PPC Office forwarded a deficient dossier on {forwarded} instead of returning it: {deficiencies}"},

	{MeetingAttendeeLevel, Violation, "H", []string{"level", "attendees"},
		"đơn vị được mời ({level}) chỉ cử người dưới cấp lãnh đạo đơn vị dự họp: {attendees}",
		"the invited unit ({level}) sent only people below unit leadership: {attendees}"},
	{MeetingSubstituteUnapproved, Violation, "M", []string{"deputy"},
		"giấy mời ghi người đứng đầu; người đứng đầu vắng và {deputy} dự thay khi chưa được chủ trì cuộc họp đồng ý",
		"the invitation named the head; the head was absent and {deputy} attended instead without the chair's approval"},
	{MeetingAbsentUnreported, Violation, "H", []string{"level"},
		"đơn vị được mời ({level}) không có người dự họp đúng thành phần và không báo cáo vắng mặt",
		"the invited unit ({level}) had nobody of the required level at the meeting and did not report the absence"},
	{MeetingAbsenceReportLate, Violation, "M", []string{"reported", "start"},
		"báo cáo vắng mặt lúc {reported}, không trước giờ họp {start}",
		"the absence was reported at {reported}, not before the meeting started at {start}"},
	{MeetingNoQuorum, Violation, "H", []string{"attending", "members", "quorum"},
		"phiên họp không đủ {quorum} tổng số thành viên UBND tỉnh: {attending}/{members} có mặt",
		"the session lacked {quorum} of all PPC members: {attending} of {members} present"},
	{MeetingMemberAbsentUnapproved, Violation, "H", []string{"member"},
		"thành viên UBND tỉnh {member} vắng mặt không được Chủ tịch UBND tỉnh đồng ý",
		"PPC member {member} was absent without the Chairman's consent"},
	{MeetingInvitationLate, Violation, "H", []string{"sent", "date", "workdays", "required"},
		"giấy mời gửi ngày {sent}, chỉ {workdays} ngày làm việc trước cuộc họp ngày {date} (phải ít nhất {required})",
		"the invitation was sent on {sent}, only {workdays|working day|working days} before the meeting on {date} (at least {required} required)"},
	{MeetingDocumentsLate, Warning, "M", []string{"sent", "date", "days", "required"},
		"tài liệu phiên họp gửi ngày {sent}, chỉ {days} ngày trước phiên họp ngày {date} (phải ít nhất {required} ngày)",
		"the session documents were sent on {sent}, only {days|day|days} before the session on {date} (at least {required} required)"},
	{MeetingConclusionLate, Violation, "H", []string{"deadline", "issued", "as_of", "late_days", "late_workdays"},
		"thông báo kết luận cuộc họp phải ban hành chậm nhất {deadline}; ngày ban hành: {issued} (tính đến {as_of}); trễ {late_days} ngày ({late_workdays} ngày làm việc)",
		"the conclusion notice was due by {deadline}; issued: {issued} (as of {as_of}); {late_days|day|days} late ({late_workdays|working day|working days})"},

	{SignoffChairUnsigned, Violation, "H", []string{"chair"},
		"biên bản thiếu chữ ký của người chủ trì {chair}",
		"the minutes lack the signature of the chair, {chair}"},
	{SignoffSecretaryUnsigned, Violation, "H", []string{"secretary"},
		"biên bản thiếu chữ ký của thư ký {secretary}",
		"the minutes lack the signature of the secretary, {secretary}"},
	{SignoffUnitUnsigned, Violation, "M", nil,
		"biên bản liên ngành thiếu chữ ký của đơn vị tham gia này",
		"the inter-sectoral record lacks the signature of this participating unit"},
	{SignoffSignerLevel, Violation, "H", []string{"signer", "position"},
		"{signer} ({position}) ký thay đơn vị, không phải người đứng đầu hoặc cấp phó của đơn vị",
		"{signer} ({position}) signed for the unit, not its head or a deputy head"},
	{SignoffSignerNotOfUnit, Violation, "H", []string{"signer", "signer_unit"},
		"{signer} thuộc {signer_unit}, không thuộc đơn vị được ký thay và không có ủy quyền hợp lệ",
		"{signer} belongs to {signer_unit}, not to the unit signed for, and holds no valid delegation from it"},
	{SignoffCapacityInvalid, Violation, "H", []string{"signer", "capacity", "position"},
		"thẩm quyền ký {capacity} không phù hợp với chức vụ của {signer} ({position})",
		"the signing capacity {capacity} does not fit the position of {signer} ({position})"},
	{SignoffDelegationInvalid, Violation, "H", []string{"signer", "capacity", "delegation", "problem"},
		"giao ký cho {signer} ký {capacity} không hợp lệ (văn bản giao ký: {delegation}): {problem}",
		"no valid delegation lets {signer} sign {capacity} (delegation: {delegation}): {problem}"},

	{InputInvalid, Violation, "", []string{"field", "problem", "effect"},
		"dữ liệu cần kiểm tra lại: trường {field}: {problem}; {effect}",
		"data to correct: field {field}: {problem}; {effect}"},
	{RulesNotInForce, Warning, "", []string{"date", "rules", "from", "to"},
		"ngày {date} nằm ngoài thời gian hiệu lực của bộ quy tắc {rules} ({from} – {to}); vẫn kiểm tra theo bộ quy tắc này",
		"the date {date} is outside the period of rule set {rules} ({from} – {to}); checked under it all the same"},
}

// Catalogue returns every rule of the catalogue in the order of rules.md. The
// slice is a fresh copy.
func Catalogue() []Rule { return slices.Clone(catalogue[:]) }

// Codes returns every code of the catalogue in the order of rules.md.
func Codes() []Code {
	cs := make([]Code, len(catalogue))
	for i, r := range catalogue {
		cs[i] = r.Code
	}
	return cs
}

// LookupRule returns the catalogue entry of code c.
func LookupRule(c Code) (Rule, bool) {
	i, ok := ruleIndex(c)
	if !ok {
		return Rule{}, false
	}
	return catalogue[i], true
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
