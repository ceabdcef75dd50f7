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

// bilingual is a pair of texts, Vietnamese first.
type bilingual struct{ vi, en string }

func (b bilingual) in(l Lang) string {
	if l == English {
		return b.en
	}
	return b.vi
}

// UnitKind is the kind of a unit (đơn vị). The zero value is UnitKindUnknown.
type UnitKind uint8

// Unit kinds, as named in rules.md.
const (
	UnitKindUnknown UnitKind = iota
	PPC                      // ppc: the People's Committee itself (Ủy ban nhân dân tỉnh)
	PPCOffice                // ppc_office: Văn phòng UBND tỉnh
	Department               // department: sở
	Board                    // board: ban
	DistrictPC               // district_pc: UBND huyện, thị xã, thành phố
	CommunePC                // commune_pc: UBND xã, phường, thị trấn
	OtherUnit                // other
)

var unitKinds = NewEnumSet[UnitKind]("UnitKind",
	"ppc", "ppc_office", "department", "board", "district_pc", "commune_pc", "other")

// String returns the snake_case name of k.
func (k UnitKind) String() string { return unitKinds.String(k) }

// MarshalText implements encoding.TextMarshaler.
func (k UnitKind) MarshalText() ([]byte, error) { return unitKinds.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// *EnumError.
func (k *UnitKind) UnmarshalText(b []byte) (err error) { *k, err = unitKinds.Parse(b); return err }

// Position is the position a person holds in their unit. The zero value is
// PositionUnknown.
type Position uint8

// Positions, as named in rules.md.
const (
	PositionUnknown Position = iota
	Chairman                 // chairman: Chủ tịch UBND tỉnh
	ViceChairman             // vice_chairman: Phó Chủ tịch UBND tỉnh
	PPCMember                // ppc_member: Ủy viên UBND tỉnh
	Head                     // head: người đứng đầu (Giám đốc sở, Trưởng ban, Chánh Văn phòng, Chủ tịch UBND huyện)
	ActingHead               // acting_head: Quyền (signs "Q.")
	DeputyHead               // deputy_head: cấp phó của người đứng đầu
	DivisionHead             // division_head: Trưởng phòng
	DivisionDeputy           // division_deputy: Phó Trưởng phòng
	Specialist               // specialist: chuyên viên
	OtherPosition            // other
)

var positions = NewEnumSet[Position]("Position",
	"chairman", "vice_chairman", "ppc_member", "head", "acting_head", "deputy_head",
	"division_head", "division_deputy", "specialist", "other")

var positionText = [...]bilingual{
	{"không rõ", "unknown"},
	{"Chủ tịch UBND tỉnh", "PPC Chairman"},
	{"Phó Chủ tịch UBND tỉnh", "PPC Vice-chairman"},
	{"Ủy viên UBND tỉnh", "PPC member"},
	{"người đứng đầu", "head"},
	{"quyền người đứng đầu", "acting head"},
	{"cấp phó của người đứng đầu", "deputy head"},
	{"trưởng phòng", "division head"},
	{"phó trưởng phòng", "division deputy"},
	{"chuyên viên", "specialist"},
	{"chức vụ khác", "other position"},
}

// String returns the snake_case name of p.
func (p Position) String() string { return positions.String(p) }

// MarshalText implements encoding.TextMarshaler.
func (p Position) MarshalText() ([]byte, error) { return positions.Marshal(p) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// *EnumError.
func (p *Position) UnmarshalText(b []byte) (err error) { *p, err = positions.Parse(b); return err }

// Localize returns the Vietnamese or English title of p.
func (p Position) Localize(l Lang) string {
	if int(p) < len(positionText) {
		return positionText[p].in(l)
	}
	return p.String()
}

// IsUnitLeader reports whether p is unit leadership (lãnh đạo đơn vị): the
// head, the acting head or a deputy head of a unit, or, for the PPC itself,
// the Chairman or a Vice-chairman.
func (p Position) IsUnitLeader() bool {
	switch p {
	case Head, ActingHead, DeputyHead, Chairman, ViceChairman:
		return true
	}
	return false
}

// IsHead reports whether p is the head of a unit in its own right or as
// acting head (the PPC's Chairman heads the PPC).
func (p Position) IsHead() bool {
	switch p {
	case Head, ActingHead, Chairman:
		return true
	}
	return false
}

// IsDeputy reports whether p is a deputy of a unit's head (a deputy head, or
// a Vice-chairman for the PPC).
func (p Position) IsDeputy() bool { return p == DeputyHead || p == ViceChairman }

// Severity says how serious a finding is. The zero value is SeverityUnknown.
type Severity uint8

// Severities, from the least serious.
const (
	SeverityUnknown Severity = iota
	Info                     // info: what to do, no fault
	Warning                  // warning: a risk or a reminder
	Violation                // violation: a rule was broken
)

var severities = NewEnumSet[Severity]("Severity", "info", "warning", "violation")

var severityText = [...]bilingual{
	{"không rõ", "unknown"}, {"thông tin", "info"}, {"cảnh báo", "warning"}, {"vi phạm", "violation"},
}

// String returns "info", "warning" or "violation".
func (s Severity) String() string { return severities.String(s) }

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return severities.Marshal(s) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) (err error) { *s, err = severities.Parse(b); return err }

// Localize returns the Vietnamese or English name of s.
func (s Severity) Localize(l Lang) string {
	if int(s) < len(severityText) {
		return severityText[s].in(l)
	}
	return s.String()
}

// RecordKind is the kind of record a finding is about. Findings sort by
// record kind in the order of the constants. The zero value is
// RecordKindUnknown.
type RecordKind uint8

// Record kinds, in the order findings are sorted.
const (
	RecordKindUnknown  RecordKind = iota
	TaskRecord                    // task
	ConsultationRecord            // consultation
	SubmissionRecord              // submission
	MeetingRecord                 // meeting
	MinutesRecord                 // record: minutes or inspection records (biên bản)
	DelegationRecord              // delegation
	CaseRecord                    // case: the case file as a whole (units, people, header)
)

var recordKinds = NewEnumSet[RecordKind]("RecordKind",
	"task", "consultation", "submission", "meeting", "record", "delegation", "case")

// String returns the snake_case name of k.
func (k RecordKind) String() string { return recordKinds.String(k) }

// MarshalText implements encoding.TextMarshaler.
func (k RecordKind) MarshalText() ([]byte, error) { return recordKinds.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *RecordKind) UnmarshalText(b []byte) (err error) { *k, err = recordKinds.Parse(b); return err }

var recordKindText = [...]bilingual{
	{"bản ghi không rõ loại", "record of unknown kind"},
	{"nhiệm vụ", "task"},
	{"lấy ý kiến", "consultation"},
	{"hồ sơ trình", "submission"},
	{"cuộc họp", "meeting"},
	{"biên bản", "record"},
	{"văn bản giao ký", "delegation"},
	{"hồ sơ", "case file"},
}

// Localize returns the Vietnamese or English name of k: "nhiệm vụ" / "task",
// "biên bản" / "record", ….
func (k RecordKind) Localize(l Lang) string {
	if int(k) < len(recordKindText) {
		return recordKindText[k].in(l)
	}
	return k.String()
}

// SubmissionKind is the kind of a submission (hồ sơ trình). It lives here,
// not in package task, because the rule set's table of required components
// is keyed by it. The zero value is SubmissionKindUnknown.
type SubmissionKind uint8

// Submission kinds, as named in rules.md.
const (
	SubmissionKindUnknown SubmissionKind = iota
	Proposal                             // proposal: tờ trình with a draft decision or document
	Scheme                               // scheme: đề án
	DraftLegalDocument                   // draft_legal_document: dự thảo văn bản quy phạm pháp luật
	ReportSubmission                     // report: báo cáo
)

var submissionKinds = NewEnumSet[SubmissionKind]("SubmissionKind",
	"proposal", "scheme", "draft_legal_document", "report")

// String returns the snake_case name of k.
func (k SubmissionKind) String() string { return submissionKinds.String(k) }

// MarshalText implements encoding.TextMarshaler.
func (k SubmissionKind) MarshalText() ([]byte, error) { return submissionKinds.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *SubmissionKind) UnmarshalText(b []byte) (err error) {
	*k, err = submissionKinds.Parse(b)
	return err
}

// Component is a component of a submission dossier. The zero value is
// ComponentUnknown.
type Component uint8

// Dossier components, as named in rules.md.
const (
	ComponentUnknown Component = iota
	Statement                  // statement: tờ trình
	ReportComponent            // report: báo cáo
	Draft                      // draft: dự thảo
	Opinions                   // opinions: written opinions of the consulted units
	OpinionSynthesis           // opinion_synthesis: bảng tổng hợp, tiếp thu, giải trình
	Summary                    // summary: tóm tắt
	AppraisalReport            // appraisal_report: báo cáo thẩm định of the Department of Justice
)

var components = NewEnumSet[Component]("Component",
	"statement", "report", "draft", "opinions", "opinion_synthesis", "summary", "appraisal_report")

var componentText = [...]bilingual{
	{"không rõ", "unknown"},
	{"tờ trình", "statement"},
	{"báo cáo", "report"},
	{"dự thảo", "draft"},
	{"ý kiến của các đơn vị được lấy ý kiến", "written opinions of the consulted units"},
	{"bảng tổng hợp, tiếp thu, giải trình ý kiến", "synthesis of and response to the opinions"},
	{"bản tóm tắt", "summary"},
	{"báo cáo thẩm định của Sở Tư pháp", "appraisal report of the Department of Justice"},
}

// String returns the snake_case name of c.
func (c Component) String() string { return components.String(c) }

// MarshalText implements encoding.TextMarshaler.
func (c Component) MarshalText() ([]byte, error) { return components.Marshal(c) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Component) UnmarshalText(b []byte) (err error) { *c, err = components.Parse(b); return err }

// Localize returns the Vietnamese or English name of c.
func (c Component) Localize(l Lang) string {
	if int(c) < len(componentText) {
		return componentText[c].in(l)
	}
	return c.String()
}

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

var problems = NewEnumSet[Problem]("Problem",
	"missing", "invalid_value", "unknown_unit", "unknown_person", "duplicate_id",
	"date_order", "negative", "out_of_range", "unknown_record")

var problemText = [...]bilingual{
	{"lỗi không rõ", "unknown problem"},
	{"thiếu giá trị bắt buộc", "a required value is missing"},
	{"giá trị không hợp lệ", "the value is not valid"},
	{"không có đơn vị này trong hồ sơ", "no such unit in the case"},
	{"không có người này trong hồ sơ", "no such person in the case"},
	{"mã bị trùng trong danh sách", "the id is used twice in its list"},
	{"ngày không đúng thứ tự với ngày liên quan", "the date is out of order with the date it depends on"},
	{"số âm", "the number is negative"},
	{"giá trị ngoài phạm vi hỗ trợ", "the value is out of the supported range"},
	{"không có bản ghi này trong hồ sơ", "no such record in the case"},
}

// String returns the snake_case name of p.
func (p Problem) String() string { return problems.String(p) }

// MarshalText implements encoding.TextMarshaler.
func (p Problem) MarshalText() ([]byte, error) { return problems.Marshal(p) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *Problem) UnmarshalText(b []byte) (err error) { *p, err = problems.Parse(b); return err }

// Localize returns the Vietnamese or English description of p.
func (p Problem) Localize(l Lang) string {
	if int(p) < len(problemText) {
		return problemText[p].in(l)
	}
	return p.String()
}
