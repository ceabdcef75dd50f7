package main

import "github.com/quyche/quyche/regulation"

// codeTitles are the short titles the report gives each rule, in
// Vietnamese and English; the code itself stays as the reference that the
// JSON findings and the spreadsheets carry.
var codeTitles = map[regulation.Code][2]string{
	regulation.TaskLeadCount:           {"Nhiệm vụ không có đúng một đơn vị chủ trì", "Task without exactly one lead unit"},
	regulation.TaskOverdue:             {"Nhiệm vụ quá hạn", "Overdue tasks"},
	regulation.TaskDoneLate:            {"Nhiệm vụ hoàn thành trễ hạn", "Tasks done late"},
	regulation.TaskDueSoon:             {"Nhiệm vụ sắp đến hạn", "Tasks due soon"},
	regulation.TaskExtensionLate:       {"Đề nghị gia hạn không kịp thời", "Extension requested too late"},
	regulation.TaskExtensionUnapproved: {"Gia hạn chưa được phê duyệt", "Extension not approved"},

	regulation.ConsultReplyLate:              {"Đơn vị phối hợp trả lời trễ", "Coordinating unit replied late"},
	regulation.ConsultReplyMissing:           {"Đơn vị phối hợp chưa trả lời", "Coordinating unit has not replied"},
	regulation.ConsultDeemedAgreement:        {"Không trả lời, được coi là thống nhất", "No reply, deemed to agree"},
	regulation.ConsultStanceUnclear:          {"Ý kiến không nêu rõ thống nhất hay không", "Reply does not say whether it agrees"},
	regulation.ConsultNoFollowup:             {"Đơn vị chủ trì không đôn đốc", "Lead unit did not follow up"},
	regulation.ConsultUnresolvedDisagreement: {"Ý kiến khác nhau chưa được giải quyết hoặc báo cáo", "Disagreement neither resolved nor escalated"},

	regulation.SubmissionMissingComponent:   {"Hồ sơ trình thiếu thành phần", "Dossier lacks a component"},
	regulation.SubmissionMissingSummary:     {"Hồ sơ trình thiếu bản tóm tắt", "Dossier lacks a summary"},
	regulation.SubmissionNoOwnPosition:      {"Đơn vị trình không nêu quan điểm", "Submitting unit states no position"},
	regulation.SubmissionDissentNotReported: {"Không báo cáo ý kiến không thống nhất", "Dissent not reported"},
	regulation.SubmissionSignerLevel:        {"Hồ sơ trình không do lãnh đạo đơn vị ký", "Dossier not signed by unit leadership"},
	regulation.SubmissionOwnCompetence:      {"Trình vấn đề thuộc thẩm quyền của mình", "Matter within the unit's own authority"},
	regulation.SubmissionOtherCompetence:    {"Trình vấn đề thuộc thẩm quyền cơ quan khác", "Matter within another agency's authority"},
	regulation.SubmissionOfficeDecision:     {"Quyết định của Văn phòng UBND tỉnh về hồ sơ", "PPC Office's decision on a dossier"},
	regulation.SubmissionReturnLate:         {"Văn phòng trả lại hồ sơ thiếu sót chậm", "Deficient dossier returned late"},
	regulation.SubmissionAcceptedIncomplete: {"Văn phòng chuyển trình hồ sơ thiếu sót", "Deficient dossier forwarded"},

	regulation.MeetingAttendeeLevel:          {"Cử người dự họp không đúng thành phần", "Attendee below the level invited"},
	regulation.MeetingSubstituteUnapproved:   {"Cấp phó dự thay khi chưa được đồng ý", "Deputy attended without approval"},
	regulation.MeetingAbsentUnreported:       {"Vắng họp không báo cáo", "Absent without a report"},
	regulation.MeetingAbsenceReportLate:      {"Báo cáo vắng mặt muộn", "Absence reported late"},
	regulation.MeetingNoQuorum:               {"Phiên họp không đủ số thành viên", "Session without quorum"},
	regulation.MeetingMemberAbsentUnapproved: {"Thành viên UBND tỉnh vắng mặt không được đồng ý", "PPC member absent without consent"},
	regulation.MeetingInvitationLate:         {"Giấy mời gửi muộn", "Invitation sent late"},
	regulation.MeetingDocumentsLate:          {"Tài liệu phiên họp gửi muộn", "Session documents sent late"},
	regulation.MeetingConclusionLate:         {"Thông báo kết luận ban hành muộn", "Conclusion notice late"},

	regulation.SignoffChairUnsigned:     {"Biên bản thiếu chữ ký người chủ trì", "Minutes unsigned by the chair"},
	regulation.SignoffSecretaryUnsigned: {"Biên bản thiếu chữ ký thư ký", "Minutes unsigned by the secretary"},
	regulation.SignoffUnitUnsigned:      {"Biên bản liên ngành thiếu chữ ký đơn vị", "Inter-sectoral record unsigned by a unit"},
	regulation.SignoffSignerLevel:       {"Người ký biên bản không phải lãnh đạo đơn vị", "Record signed below unit leadership"},
	regulation.SignoffSignerNotOfUnit:   {"Người ký không thuộc đơn vị được ký thay", "Signer not of the unit signed for"},
	regulation.SignoffCapacityInvalid:   {"Thẩm quyền ký không phù hợp chức vụ", "Signing capacity does not fit the position"},
	regulation.SignoffDelegationInvalid: {"Giao ký không hợp lệ", "Invalid delegation"},

	regulation.InputInvalid:    {"Dữ liệu cần kiểm tra lại", "Data to correct"},
	regulation.RulesNotInForce: {"Bản ghi ngoài thời gian hiệu lực của bộ quy tắc", "Record outside the rule set's period"},
}

// Title returns the title of code c in the report's language, the code
// itself for a code without one.
func (r *report) Title(c regulation.Code) string {
	if t, ok := codeTitles[c]; ok {
		return r.T(t[0], t[1])
	}
	return string(c)
}
