package regulation_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation"
)

func namesDirectory(t testing.TB) *regulation.Directory {
	t.Helper()
	dir, fs := regulation.NewDirectory(
		[]regulation.Unit{
			{ID: "STC", Name: "Sở Tài chính", Kind: regulation.UnitKindDepartment},
			{ID: "NONAME", Kind: regulation.UnitKindBoard},
		},
		[]regulation.Person{
			{ID: "p1", Name: "Nguyễn Văn A", Unit: "STC", Position: regulation.PositionDivisionHead},
			{ID: "p2", Unit: "STC", Position: regulation.PositionSpecialist},
		},
		[]regulation.PersonID{"p1"},
	)
	require.Empty(t, fs)
	return dir
}

func TestNamesRender(t *testing.T) {
	dir := namesDirectory(t)
	tests := []struct {
		value  regulation.Localizer
		vi, en string
		text   string // MarshalText
		reason string
	}{
		{dir.PersonRef("p1"), "Nguyễn Văn A (trưởng phòng)", "Nguyễn Văn A (division head)", "p1",
			"a known person shows name and position; the id is what is archived"},
		{dir.PersonRef("p1").NameOnly(), "Nguyễn Văn A", "Nguyễn Văn A", "p1",
			"for messages that show the position apart"},
		{dir.PersonRef("p2"), "p2", "p2", "p2", "a person without a name shows as the id"},
		{dir.PersonRef("p9"), "p9", "p9", "p9", "an unknown person shows as the id"},
		{dir.UnitRef("STC"), "Sở Tài chính", "Sở Tài chính", "STC", "a unit shows its name in both languages"},
		{dir.UnitRef("NONAME"), "NONAME", "NONAME", "NONAME", "a unit without a name shows as the id"},
		{dir.UnitRef("XX"), "XX", "XX", "XX", "an unknown unit shows as the id"},
		{(*regulation.Directory)(nil).PersonRef("p1"), "p1", "p1", "p1", "a nil directory knows nobody"},
	}
	for _, tc := range tests {
		if got := tc.value.Localize(regulation.Vietnamese); got != tc.vi {
			t.Errorf("%v: vi %q, want %q (%s)", tc.value, got, tc.vi, tc.reason)
		}
		if got := tc.value.Localize(regulation.English); got != tc.en {
			t.Errorf("%v: en %q, want %q (%s)", tc.value, got, tc.en, tc.reason)
		}
		b, err := json.Marshal(tc.value)
		require.NoError(t, err)
		if want, _ := json.Marshal(tc.text); string(b) != string(want) {
			t.Errorf("%v: JSON %s, want %s (%s)", tc.value, b, want, tc.reason)
		}
	}
}

func TestPersonRefsInDetails(t *testing.T) {
	dir := namesDirectory(t)
	tests := []struct {
		refs   regulation.PersonRefs
		vi     string
		json   string
		reason string
	}{
		{regulation.PersonRefs{dir.PersonRef("p1"), dir.PersonRef("p9")}, "Nguyễn Văn A (trưởng phòng), p9", `["p1","p9"]`,
			"names joined, ids in JSON"},
		{regulation.PersonRefs{}, "không có", `[]`, "an empty list says so"},
	}
	for _, tc := range tests {
		f := regulation.KonTum2023().Finding(regulation.MeetingAttendeeLevel, regulation.RecordKindMeeting, "M1", "STC",
			regulation.Details{"attendees": tc.refs, "level": "leadership"})
		b, err := json.Marshal(f)
		require.NoError(t, err)
		var out struct {
			Details struct {
				Attendees json.RawMessage `json:"attendees"`
			} `json:"details"`
			Message struct {
				Vi string `json:"vi"`
			} `json:"message"`
		}
		require.NoError(t, json.Unmarshal(b, &out))
		if string(out.Details.Attendees) != tc.json {
			t.Errorf("details.attendees = %s, want %s (%s)", out.Details.Attendees, tc.json, tc.reason)
		}
		if want := "đơn vị được mời (leadership) chỉ cử người dưới cấp lãnh đạo đơn vị dự họp: " + tc.vi; out.Message.Vi != want {
			t.Errorf("message %q, want %q (%s)", out.Message.Vi, want, tc.reason)
		}
	}
}

func TestDirectorySubject(t *testing.T) {
	dir := namesDirectory(t)
	f := func(c regulation.Code, kind regulation.RecordKind, subject string) regulation.Finding {
		return regulation.Finding{Code: c, Severity: c.Severity(), Kind: kind, Record: "R1", Subject: subject}
	}
	tests := []struct {
		f      regulation.Finding
		vi     string
		unit   regulation.UnitID
		reason string
	}{
		{f(regulation.TaskOverdue, regulation.RecordKindTask, "STC"), "Sở Tài chính", "STC", "task.*: the lead unit"},
		{f(regulation.ConsultReplyLate, regulation.RecordKindConsultation, "STC"), "Sở Tài chính", "STC", "consult.*: the coordinating unit"},
		{f(regulation.SubmissionSignerLevel, regulation.RecordKindSubmission, "p1"), "Nguyễn Văn A (trưởng phòng)", "STC",
			"submission.signer_level: the signer, who belongs to a unit"},
		{f(regulation.SubmissionMissingComponent, regulation.RecordKindSubmission, "appraisal_report"), "báo cáo thẩm định của Sở Tư pháp", "",
			"submission.missing_component: the component in words"},
		{f(regulation.MeetingAbsenceReportLate, regulation.RecordKindMeeting, "STC"), "Sở Tài chính", "STC", "a unit's late report"},
		{f(regulation.MeetingAbsenceReportLate, regulation.RecordKindMeeting, "p1"), "Nguyễn Văn A (trưởng phòng)", "STC", "a member's late report"},
		{f(regulation.SignoffChairUnsigned, regulation.RecordKindRecord, "p1"), "Nguyễn Văn A (trưởng phòng)", "STC", "the chair"},
		{f(regulation.SignoffDelegationInvalid, regulation.RecordKindRecord, "STC"), "Sở Tài chính", "STC", "on a record: the unit signed for"},
		{f(regulation.SignoffDelegationInvalid, regulation.RecordKindDelegation, "p1"), "Nguyễn Văn A (trưởng phòng)", "STC",
			"on a delegation: the grantee"},
		{f(regulation.InputInvalid, regulation.RecordKindTask, "lead[0]"), "lead[0]", "", "input.invalid: the field as written"},
		{f(regulation.TaskOverdue, regulation.RecordKindTask, "XX"), "XX", "", "an unknown unit as written"},
		{f(regulation.MeetingNoQuorum, regulation.RecordKindMeeting, ""), "", "", "no subject"},
	}
	for _, tc := range tests {
		if got := dir.Subject(tc.f).Localize(regulation.Vietnamese); got != tc.vi {
			t.Errorf("Subject(%s %q) = %q, want %q (%s)", tc.f.Code, tc.f.Subject, got, tc.vi, tc.reason)
		}
		u, ok := dir.SubjectUnit(tc.f)
		if diff := cmp.Diff(tc.unit, u); diff != "" || ok != (tc.unit != "") {
			t.Errorf("SubjectUnit(%s %q) = %q, %v; want %q (%s)", tc.f.Code, tc.f.Subject, u, ok, tc.unit, tc.reason)
		}
	}
}

func TestRecordKindLocalize(t *testing.T) {
	for _, k := range []regulation.RecordKind{regulation.RecordKindTask, regulation.RecordKindConsultation, regulation.RecordKindSubmission,
		regulation.RecordKindMeeting, regulation.RecordKindRecord, regulation.RecordKindDelegation, regulation.RecordKindCase} {
		vi, en := k.Localize(regulation.Vietnamese), k.Localize(regulation.English)
		if vi == "" || en == "" || vi == en {
			t.Errorf("%s: vi %q, en %q; want a Vietnamese and an English name", k, vi, en)
		}
	}
	if got := regulation.RecordKind(99).Localize(regulation.Vietnamese); got != "%!RecordKind(99)" {
		t.Errorf("out of range: %q", got)
	}
}

func ExampleDirectory_PersonRef() {
	dir, _ := regulation.NewDirectory(
		[]regulation.Unit{{ID: "STC", Name: "Sở Tài chính", Kind: regulation.UnitKindDepartment}},
		[]regulation.Person{{ID: "p1", Name: "Nguyễn Văn A", Unit: "STC", Position: regulation.PositionDivisionHead}},
		nil,
	)
	rules := regulation.KonTum2023()
	f := rules.Finding(regulation.SignoffChairUnsigned, regulation.RecordKindRecord, "R1", "p1",
		regulation.Details{"chair": dir.PersonRef("p1")})
	fmt.Println(f.Message(regulation.Vietnamese))
	fmt.Println(f.Message(regulation.English))
	b, _ := json.Marshal(f.Details)
	fmt.Println(string(b))
	fmt.Println(dir.Subject(f).Localize(regulation.English))
	// Output:
	// biên bản thiếu chữ ký của người chủ trì Nguyễn Văn A (trưởng phòng)
	// the minutes lack the signature of the chair, Nguyễn Văn A (division head)
	// {"chair":"p1"}
	// Nguyễn Văn A (division head)
}

func ExampleJoinLocalized() {
	dir, _ := regulation.NewDirectory(
		[]regulation.Unit{{ID: "STC", Name: "Sở Tài chính", Kind: regulation.UnitKindDepartment}},
		[]regulation.Person{
			{ID: "p1", Name: "Nguyễn Văn A", Unit: "STC", Position: regulation.PositionDivisionHead},
			{ID: "p2", Name: "Trần Thị B", Unit: "STC", Position: regulation.PositionSpecialist},
		},
		nil,
	)
	people := []regulation.PersonRef{dir.PersonRef("p1"), dir.PersonRef("p2")}
	fmt.Println(regulation.JoinLocalized(people, ", ", regulation.Vietnamese))
	fmt.Println(regulation.JoinLocalized([]regulation.PersonRef{}, ", ", regulation.English))
	// Output:
	// Nguyễn Văn A (trưởng phòng), Trần Thị B (chuyên viên)
	// none
}
