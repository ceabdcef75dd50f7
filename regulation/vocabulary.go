package regulation

// Lang is the language of a rendered message.
type Lang uint8

// The languages quyche renders messages in. The zero value is Vietnamese.
const (
	Vietnamese Lang = iota
	English
)

var langNames = [...]string{"vi", "en"}

// String returns the language tag, "vi" or "en".
func (l Lang) String() string {
	if int(l) < len(langNames) {
		return langNames[l]
	}
	return "vi"
}

// ParseLang returns the language of the tag "vi" or "en".
func ParseLang(s string) (Lang, error) {
	switch s {
	case "vi":
		return Vietnamese, nil
	case "en":
		return English, nil
	}
	return Vietnamese, &EnumError{Type: "Lang", Value: s}
}

// Localizer is a value that renders itself in a language. Message rendering
// uses it for detail values (positions, problems, actions) so that a finding
// reads naturally in Vietnamese and in English.
type Localizer interface {
	Localize(Lang) string
}

// UnitKind is the kind of a unit (đơn vị). The zero value is UnitKindUnknown.
type UnitKind uint8

// Unit kinds; the comment gives each one's name in the case file.
const (
	UnitKindUnknown    UnitKind = iota
	UnitKindPPC                 // ppc: the People's Committee itself (Ủy ban nhân dân tỉnh)
	UnitKindPPCOffice           // ppc_office: Văn phòng UBND tỉnh
	UnitKindDepartment          // department: sở
	UnitKindBoard               // board: ban
	UnitKindDistrictPC          // district_pc: UBND huyện, thị xã, thành phố
	UnitKindCommunePC           // commune_pc: UBND xã, phường, thị trấn
	UnitKindOther               // other
)

var unitKinds = DefineEnum[UnitKind]("UnitKind", []EnumValue{
	UnitKindUnknown:    {"", Text{"không rõ", "unknown"}},
	UnitKindPPC:        {"ppc", Text{"Ủy ban nhân dân tỉnh", "Provincial People's Committee"}},
	UnitKindPPCOffice:  {"ppc_office", Text{"Văn phòng UBND tỉnh", "PPC Office"}},
	UnitKindDepartment: {"department", Text{"sở", "department"}},
	UnitKindBoard:      {"board", Text{"ban", "board"}},
	UnitKindDistrictPC: {"district_pc", Text{"UBND cấp huyện", "district People's Committee"}},
	UnitKindCommunePC:  {"commune_pc", Text{"UBND cấp xã", "commune People's Committee"}},
	UnitKindOther:      {"other", Text{"đơn vị khác", "other unit"}},
})

// String returns the snake_case name of k.
func (k UnitKind) String() string { return unitKinds.String(k) }

// MarshalText implements encoding.TextMarshaler.
func (k UnitKind) MarshalText() ([]byte, error) { return unitKinds.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// *EnumError.
func (k *UnitKind) UnmarshalText(b []byte) (err error) { *k, err = unitKinds.Parse(b); return err }

// Localize returns the Vietnamese or English name of k: "sở" / "department".
func (k UnitKind) Localize(l Lang) string { return unitKinds.Localize(k, l) }

// Position is the position a person holds in their unit. The zero value is
// PositionUnknown.
type Position uint8

// Positions; the comment gives each one's name in the case file.
const (
	PositionUnknown        Position = iota
	PositionChairman                // chairman: Chủ tịch UBND tỉnh
	PositionViceChairman            // vice_chairman: Phó Chủ tịch UBND tỉnh
	PositionPPCMember               // ppc_member: Ủy viên UBND tỉnh
	PositionHead                    // head: người đứng đầu (Giám đốc sở, Trưởng ban, Chánh Văn phòng, Chủ tịch UBND huyện)
	PositionActingHead              // acting_head: Quyền (signs "Q.")
	PositionDeputyHead              // deputy_head: cấp phó của người đứng đầu
	PositionDivisionHead            // division_head: Trưởng phòng
	PositionDivisionDeputy          // division_deputy: Phó Trưởng phòng
	PositionSpecialist              // specialist: chuyên viên
	PositionOther                   // other
)

var positions = DefineEnum[Position]("Position", []EnumValue{
	PositionUnknown:        {"", Text{"không rõ", "unknown"}},
	PositionChairman:       {"chairman", Text{"Chủ tịch UBND tỉnh", "PPC Chairman"}},
	PositionViceChairman:   {"vice_chairman", Text{"Phó Chủ tịch UBND tỉnh", "PPC Vice-chairman"}},
	PositionPPCMember:      {"ppc_member", Text{"Ủy viên UBND tỉnh", "PPC member"}},
	PositionHead:           {"head", Text{"người đứng đầu", "head"}},
	PositionActingHead:     {"acting_head", Text{"quyền người đứng đầu", "acting head"}},
	PositionDeputyHead:     {"deputy_head", Text{"cấp phó của người đứng đầu", "deputy head"}},
	PositionDivisionHead:   {"division_head", Text{"trưởng phòng", "division head"}},
	PositionDivisionDeputy: {"division_deputy", Text{"phó trưởng phòng", "division deputy"}},
	PositionSpecialist:     {"specialist", Text{"chuyên viên", "specialist"}},
	PositionOther:          {"other", Text{"chức vụ khác", "other position"}},
})

// String returns the snake_case name of p.
func (p Position) String() string { return positions.String(p) }

// MarshalText implements encoding.TextMarshaler.
func (p Position) MarshalText() ([]byte, error) { return positions.Marshal(p) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// *EnumError.
func (p *Position) UnmarshalText(b []byte) (err error) { *p, err = positions.Parse(b); return err }

// Localize returns the Vietnamese or English title of p.
func (p Position) Localize(l Lang) string { return positions.Localize(p, l) }

// IsUnitLeader reports whether p is unit leadership (lãnh đạo đơn vị): the
// head, the acting head or a deputy head of a unit, or, for the PPC itself,
// the Chairman or a Vice-chairman.
func (p Position) IsUnitLeader() bool {
	switch p {
	case PositionHead, PositionActingHead, PositionDeputyHead, PositionChairman, PositionViceChairman:
		return true
	}
	return false
}

// IsHead reports whether p is the head of a unit in its own right or as
// acting head (the PPC's Chairman heads the PPC).
func (p Position) IsHead() bool {
	switch p {
	case PositionHead, PositionActingHead, PositionChairman:
		return true
	}
	return false
}

// IsDeputy reports whether p is a deputy of a unit's head (a deputy head, or
// a Vice-chairman for the PPC).
func (p Position) IsDeputy() bool { return p == PositionDeputyHead || p == PositionViceChairman }

// Severity says how serious a finding is. The zero value is SeverityUnknown.
//
// Its constants are the exception to the rule that enumeration constants
// are named after their type: the contract of quyche fixes the names Info,
// Warning and Violation.
type Severity uint8

// Severities, from the least serious.
const (
	SeverityUnknown Severity = iota
	Info                     // info: what to do, no fault
	Warning                  // warning: a risk or a reminder
	Violation                // violation: a rule was broken
)

var severities = DefineEnum[Severity]("Severity", []EnumValue{
	SeverityUnknown: {"", Text{"không rõ", "unknown"}},
	Info:            {"info", Text{"thông tin", "info"}},
	Warning:         {"warning", Text{"cảnh báo", "warning"}},
	Violation:       {"violation", Text{"vi phạm", "violation"}},
})

// String returns "info", "warning" or "violation".
func (s Severity) String() string { return severities.String(s) }

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return severities.Marshal(s) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) (err error) { *s, err = severities.Parse(b); return err }

// Localize returns the Vietnamese or English name of s.
func (s Severity) Localize(l Lang) string { return severities.Localize(s, l) }

// RecordKind is the kind of record a finding is about. Findings sort by
// record kind in the order of the constants. The zero value is
// RecordKindUnknown.
type RecordKind uint8

// Record kinds, in the order findings are sorted.
const (
	RecordKindUnknown      RecordKind = iota
	RecordKindTask                    // task
	RecordKindConsultation            // consultation
	RecordKindSubmission              // submission
	RecordKindMeeting                 // meeting
	RecordKindRecord                  // record: minutes or an inspection record (biên bản)
	RecordKindDelegation              // delegation
	RecordKindCase                    // case: the case file as a whole (units, people, header)
)

var recordKinds = DefineEnum[RecordKind]("RecordKind", []EnumValue{
	RecordKindUnknown:      {"", Text{"không rõ", "unknown"}},
	RecordKindTask:         {"task", Text{"nhiệm vụ", "task"}},
	RecordKindConsultation: {"consultation", Text{"lấy ý kiến", "consultation"}},
	RecordKindSubmission:   {"submission", Text{"hồ sơ trình", "submission"}},
	RecordKindMeeting:      {"meeting", Text{"cuộc họp", "meeting"}},
	RecordKindRecord:       {"record", Text{"biên bản", "record"}},
	RecordKindDelegation:   {"delegation", Text{"văn bản giao ký", "delegation"}},
	RecordKindCase:         {"case", Text{"hồ sơ kiểm tra", "case file"}},
})

// String returns the snake_case name of k.
func (k RecordKind) String() string { return recordKinds.String(k) }

// MarshalText implements encoding.TextMarshaler.
func (k RecordKind) MarshalText() ([]byte, error) { return recordKinds.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *RecordKind) UnmarshalText(b []byte) (err error) { *k, err = recordKinds.Parse(b); return err }

// Localize returns the Vietnamese or English name of k: "nhiệm vụ" / "task",
// "biên bản" / "record", ….
func (k RecordKind) Localize(l Lang) string { return recordKinds.Localize(k, l) }

// SubmissionKind is the kind of a submission (hồ sơ trình). It lives here,
// not in package task, because the rule set's table of required components
// is keyed by it. The zero value is SubmissionKindUnknown.
type SubmissionKind uint8

// Submission kinds; the comment gives each one's name in the case file.
const (
	SubmissionKindUnknown            SubmissionKind = iota
	SubmissionKindProposal                          // proposal: tờ trình with a draft decision or document
	SubmissionKindScheme                            // scheme: đề án
	SubmissionKindDraftLegalDocument                // draft_legal_document: dự thảo văn bản quy phạm pháp luật
	SubmissionKindReport                            // report: báo cáo
)

var submissionKinds = DefineEnum[SubmissionKind]("SubmissionKind", []EnumValue{
	SubmissionKindUnknown:            {"", Text{"không rõ", "unknown"}},
	SubmissionKindProposal:           {"proposal", Text{"tờ trình", "proposal"}},
	SubmissionKindScheme:             {"scheme", Text{"đề án", "scheme"}},
	SubmissionKindDraftLegalDocument: {"draft_legal_document", Text{"dự thảo văn bản quy phạm pháp luật", "draft legal document"}},
	SubmissionKindReport:             {"report", Text{"báo cáo", "report"}},
})

// String returns the snake_case name of k.
func (k SubmissionKind) String() string { return submissionKinds.String(k) }

// MarshalText implements encoding.TextMarshaler.
func (k SubmissionKind) MarshalText() ([]byte, error) { return submissionKinds.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *SubmissionKind) UnmarshalText(b []byte) (err error) {
	*k, err = submissionKinds.Parse(b)
	return err
}

// Localize returns the Vietnamese or English name of k: "đề án" / "scheme".
func (k SubmissionKind) Localize(l Lang) string { return submissionKinds.Localize(k, l) }

// Component is a component of a submission dossier. The zero value is
// ComponentUnknown.
type Component uint8

// Dossier components; the comment gives each one's name in the case file.
const (
	ComponentUnknown          Component = iota
	ComponentStatement                  // statement: tờ trình
	ComponentReport                     // report: báo cáo
	ComponentDraft                      // draft: dự thảo
	ComponentOpinions                   // opinions: written opinions of the consulted units
	ComponentOpinionSynthesis           // opinion_synthesis: bảng tổng hợp, tiếp thu, giải trình
	ComponentSummary                    // summary: tóm tắt
	ComponentAppraisalReport            // appraisal_report: báo cáo thẩm định of the Department of Justice
)

var components = DefineEnum[Component]("Component", []EnumValue{
	ComponentUnknown:          {"", Text{"không rõ", "unknown"}},
	ComponentStatement:        {"statement", Text{"tờ trình", "statement"}},
	ComponentReport:           {"report", Text{"báo cáo", "report"}},
	ComponentDraft:            {"draft", Text{"dự thảo", "draft"}},
	ComponentOpinions:         {"opinions", Text{"ý kiến của các đơn vị được lấy ý kiến", "written opinions of the consulted units"}},
	ComponentOpinionSynthesis: {"opinion_synthesis", Text{"bảng tổng hợp, tiếp thu, giải trình ý kiến", "synthesis of and response to the opinions"}},
	ComponentSummary:          {"summary", Text{"bản tóm tắt", "summary"}},
	ComponentAppraisalReport:  {"appraisal_report", Text{"báo cáo thẩm định của Sở Tư pháp", "appraisal report of the Department of Justice"}},
})

// String returns the snake_case name of c.
func (c Component) String() string { return components.String(c) }

// MarshalText implements encoding.TextMarshaler.
func (c Component) MarshalText() ([]byte, error) { return components.Marshal(c) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Component) UnmarshalText(b []byte) (err error) { *c, err = components.Parse(b); return err }

// Localize returns the Vietnamese or English name of c.
func (c Component) Localize(l Lang) string { return components.Localize(c, l) }

// Problem says why a record could not be checked (input.invalid). The zero
// value is ProblemUnknown.
type Problem uint8

// Problems of input records.
const (
	ProblemUnknown       Problem = iota
	ProblemMissing               // missing: a required field is absent or empty
	ProblemInvalidValue          // invalid_value: wrong type, unknown enum value, impossible date
	ProblemUnknownUnit           // unknown_unit: the id names no unit of the case
	ProblemUnknownPerson         // unknown_person: the id names no person of the case
	ProblemDuplicateID           // duplicate_id: the id is used twice in its list
	ProblemDateOrder             // date_order: a date is out of order with the date it depends on (an invitation after the meeting, a reply before the request)
	ProblemNegative              // negative: a count is negative
	ProblemOutOfRange            // out_of_range: a value is outside what quyche supports
	ProblemUnknownRecord         // unknown_record: the id names no record of the case where one is required
)

var problems = DefineEnum[Problem]("Problem", []EnumValue{
	ProblemUnknown:       {"", Text{"lỗi không rõ", "unknown problem"}},
	ProblemMissing:       {"missing", Text{"thiếu giá trị bắt buộc", "a required value is missing"}},
	ProblemInvalidValue:  {"invalid_value", Text{"giá trị không hợp lệ", "the value is not valid"}},
	ProblemUnknownUnit:   {"unknown_unit", Text{"không có đơn vị này trong hồ sơ", "no such unit in the case"}},
	ProblemUnknownPerson: {"unknown_person", Text{"không có người này trong hồ sơ", "no such person in the case"}},
	ProblemDuplicateID:   {"duplicate_id", Text{"mã bị trùng trong danh sách", "the id is used twice in its list"}},
	ProblemDateOrder:     {"date_order", Text{"ngày không đúng thứ tự với ngày liên quan", "the date is out of order with the date it depends on"}},
	ProblemNegative:      {"negative", Text{"số âm", "the number is negative"}},
	ProblemOutOfRange:    {"out_of_range", Text{"giá trị ngoài phạm vi hỗ trợ", "the value is out of the supported range"}},
	ProblemUnknownRecord: {"unknown_record", Text{"không có bản ghi này trong hồ sơ", "no such record in the case"}},
})

// String returns the snake_case name of p.
func (p Problem) String() string { return problems.String(p) }

// MarshalText implements encoding.TextMarshaler.
func (p Problem) MarshalText() ([]byte, error) { return problems.Marshal(p) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *Problem) UnmarshalText(b []byte) (err error) { *p, err = problems.Parse(b); return err }

// Localize returns the Vietnamese or English description of p.
func (p Problem) Localize(l Lang) string { return problems.Localize(p, l) }
