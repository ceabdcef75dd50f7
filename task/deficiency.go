package task

import (
	"encoding/json"
	"strings"

	"github.com/quyche/quyche/regulation"
)

// Deficiency is one deficiency of a dossier in the PPC Office's decision:
// the code of the finding that makes the dossier deficient, the finding's
// subject as written (a component, a unit or person id, a field), and the
// subject named for people (a [regulation.Component], a
// [regulation.UnitRef] or a [regulation.PersonRef]; nil when the finding
// has no subject).
type Deficiency struct {
	Code    regulation.Code
	Subject string
	Named   regulation.Localizer
}

// Label returns the short label of d that JSON keeps: "code" or
// "code: subject" ("submission.missing_component: opinions").
func (d Deficiency) Label() string {
	if d.Subject == "" {
		return string(d.Code)
	}
	return string(d.Code) + ": " + d.Subject
}

// deficiencyText holds, per code, what a message says of a deficiency in
// Vietnamese and English; the subject, named, follows when the text ends
// with a colon or a space.
var deficiencyText = map[regulation.Code]regulation.Text{
	regulation.SubmissionMissingComponent:   {VI: "thiếu ", EN: "missing "},
	regulation.SubmissionMissingSummary:     {VI: "thiếu bản tóm tắt", EN: "no summary"},
	regulation.SubmissionNoOwnPosition:      {VI: "không nêu rõ quan điểm của đơn vị trình", EN: "the submitting unit's position not stated"},
	regulation.SubmissionDissentNotReported: {VI: "không báo cáo ý kiến không thống nhất của ", EN: "dissent not reported: "},
	regulation.SubmissionSignerLevel:        {VI: "người ký không phải lãnh đạo đơn vị: ", EN: "not signed by unit leadership: "},
	regulation.SubmissionOwnCompetence:      {VI: "vấn đề thuộc thẩm quyền của đơn vị trình", EN: "within the submitting unit's own authority"},
	regulation.SubmissionOtherCompetence:    {VI: "vấn đề thuộc thẩm quyền của cơ quan khác", EN: "within another agency's authority"},
	regulation.InputInvalid:                 {VI: "dữ liệu cần kiểm tra lại: ", EN: "data to correct: "},
}

// Localize returns d in words in language l: "thiếu tờ trình" / "missing
// statement", "người ký không phải lãnh đạo đơn vị: Nguyễn Văn A (trưởng
// phòng)"; a code it has no words for reads as its label.
func (d Deficiency) Localize(l regulation.Lang) string {
	text, ok := deficiencyText[d.Code]
	if !ok {
		return d.Label()
	}
	s := text.In(l)
	if strings.HasSuffix(s, " ") {
		if d.Named != nil {
			return s + d.Named.Localize(l)
		}
		return s + d.Subject
	}
	return s
}

// Deficiencies is the deficiencies detail of submission.office_decision and
// submission.accepted_incomplete. JSON writes the list of labels of
// [Decision.DeficiencyList], so that an archive keeps codes and ids; a
// message reads them in words, joined by "; " ("không có" / "none" when
// there are none).
type Deficiencies []Deficiency

// Labels returns the label of each deficiency, in order; an empty, non-nil
// slice when there are none.
func (ds Deficiencies) Labels() []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.Label()
	}
	return out
}

// MarshalJSON writes the labels, ["submission.missing_component: opinions",
// …].
func (ds Deficiencies) MarshalJSON() ([]byte, error) { return json.Marshal(ds.Labels()) }

// Localize returns the deficiencies in words in language l, joined by "; ".
func (ds Deficiencies) Localize(l regulation.Lang) string {
	return regulation.JoinLocalized(ds, "; ", l)
}

// Named returns the deficiencies of d as the deficiencies detail of its
// findings, with their subjects named from dir (ids when dir does not know
// them).
func (d Decision) Named(dir *regulation.Directory) Deficiencies {
	out := make(Deficiencies, len(d.Deficiencies))
	for i, f := range d.Deficiencies {
		out[i] = Deficiency{Code: f.Code, Subject: f.Subject}
		if f.Subject != "" {
			out[i].Named = dir.Subject(f)
		}
	}
	return out
}
