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
var deficiencyText = map[regulation.Code][2]string{
	regulation.SubmissionMissingComponent:   {"thiếu ", "missing "},
	regulation.SubmissionMissingSummary:     {"thiếu bản tóm tắt", "no summary"},
	regulation.SubmissionNoOwnPosition:      {"không nêu rõ quan điểm của đơn vị trình", "the submitting unit's position not stated"},
	regulation.SubmissionDissentNotReported: {"không báo cáo ý kiến không thống nhất của ", "dissent not reported: "},
	regulation.SubmissionSignerLevel:        {"người ký không phải lãnh đạo đơn vị: ", "not signed by unit leadership: "},
	regulation.SubmissionOwnCompetence:      {"vấn đề thuộc thẩm quyền của đơn vị trình", "within the submitting unit's own authority"},
	regulation.SubmissionOtherCompetence:    {"vấn đề thuộc thẩm quyền của cơ quan khác", "within another agency's authority"},
	regulation.InputInvalid:                 {"dữ liệu cần kiểm tra lại: ", "data to correct: "},
}

// Localize returns d in words in language l: "thiếu tờ trình" / "missing
// statement", "người ký không phải lãnh đạo đơn vị: Nguyễn Văn A (trưởng
// phòng)"; a code it has no words for reads as its label.
func (d Deficiency) Localize(l regulation.Lang) string {
	text, ok := deficiencyText[d.Code]
	if !ok {
		return d.Label()
	}
	s := text[0]
	if l == regulation.English {
		s = text[1]
	}
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
	if len(ds) == 0 {
		if l == regulation.English {
			return "none"
		}
		return "không có"
	}
	var b strings.Builder
	for i, d := range ds {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(d.Localize(l))
	}
	return b.String()
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
