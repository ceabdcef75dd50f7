package regulation

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation/calendar"
)

func TestFindingsSortAndErr(t *testing.T) {
	f := func(kind RecordKind, rec string, c Code, subj string) Finding {
		return newFinding(c, kind, rec, subj, nil)
	}
	fs := Findings{
		f(RecordKindCase, "units", InputInvalid, "units[0].id"),
		f(RecordKindMeeting, "M1", MeetingNoQuorum, ""),
		f(RecordKindTask, "T2", TaskOverdue, "STC"),
		f(RecordKindTask, "T10", TaskOverdue, "STC"),
		f(RecordKindTask, "T1", TaskDueSoon, "SXD"),
		f(RecordKindTask, "T1", TaskDoneLate, "SXD"),
		f(RecordKindConsultation, "C1", ConsultReplyLate, "SXD"),
		f(RecordKindConsultation, "C1", ConsultReplyLate, "SKHDT"),
	}
	fs.Sort()
	var got []string
	for _, x := range fs {
		got = append(got, x.Kind.String()+"/"+x.Record+"/"+string(x.Code)+"/"+x.Subject)
	}
	want := []string{
		"task/T1/task.done_late/SXD",
		"task/T1/task.due_soon/SXD",
		"task/T10/task.overdue/STC", // byte-wise: "T10" < "T2"
		"task/T2/task.overdue/STC",
		"consultation/C1/consult.reply_late/SKHDT",
		"consultation/C1/consult.reply_late/SXD",
		"meeting/M1/meeting.no_quorum/",
		"case/units/input.invalid/units[0].id",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	err := fs.Err()
	require.ErrorIs(t, err, ErrViolations)
	var ve *ViolationsError
	require.ErrorAs(t, err, &ve)
	if ve.Count != 7 || ve.First.Record != "T1" || ve.First.Code != TaskDoneLate {
		t.Errorf("ViolationsError = %+v", ve)
	}
	if !fs.Has(TaskOverdue) || fs.Has(MeetingDocumentsLate) || fs.Count(TaskOverdue) != 2 {
		t.Error("Has/Count wrong")
	}
	warnOnly := Findings{f(RecordKindTask, "T1", TaskDueSoon, ""), f(RecordKindSubmission, "S1", SubmissionOfficeDecision, "")}
	if err := warnOnly.Err(); err != nil {
		t.Errorf("warnings and info are not violations: %v", err)
	}
	var empty Findings
	if empty.Err() != nil || empty.Has(TaskOverdue) {
		t.Error("the zero Findings is empty and ready to use")
	}
}

func TestFindingMessage(t *testing.T) {
	kt := KonTum2023()
	f := kt.Finding(ConsultReplyLate, RecordKindConsultation, "C1", "SKHDT", Details{
		"deadline": calendar.NewDate(2023, 3, 15), "received": calendar.NewDate(2023, 3, 20), "late_days": 5, "late_workdays": 3,
	})
	tests := []struct {
		lang   Lang
		want   string
		reason string
	}{
		{Vietnamese, "đơn vị phối hợp trả lời trễ: hạn 15/03/2023, nhận được 20/03/2023; trễ 5 ngày (3 ngày làm việc)", "Vietnamese dates are dd/mm/yyyy"},
		{English, "the coordinating unit replied late: due 2023-03-15, received 2023-03-20; 5 days late (3 working days)", "English dates are ISO"},
	}
	for _, tc := range tests {
		if got := f.Message(tc.lang); got != tc.want {
			t.Errorf("%v: %q, want %q (%s)", tc.lang, got, tc.want, tc.reason)
		}
	}
	if got := f.Citations(English); got != "Letter 56/UBND-KTTH, footnote 2" {
		t.Errorf("Citations = %q", got)
	}
	missing := newFinding(TaskOverdue, RecordKindTask, "T1", "", Details{"deadline": calendar.NewDate(2023, 1, 2)})
	if got := missing.Message(English); got != "the task is overdue: due 2023-01-02, not done as of ?; ? days late (? working days)" {
		t.Errorf("missing details render as ?: %q", got)
	}
	one := newFinding(TaskOverdue, RecordKindTask, "T1", "", Details{"deadline": calendar.NewDate(2023, 1, 2), "as_of": calendar.NewDate(2023, 1, 3), "late_days": 1, "late_workdays": 1})
	if got := one.Message(English); got != "the task is overdue: due 2023-01-02, not done as of 2023-01-03; 1 day late (1 working day)" {
		t.Errorf("singular: %q", got)
	}
	if got := newFinding("x.y", RecordKindTask, "T", "", nil).Message(English); got != "x.y" {
		t.Errorf("unknown code renders as itself: %q", got)
	}
}

func TestFormatValue(t *testing.T) {
	tm := time.Date(2023, 5, 10, 1, 30, 0, 0, time.UTC)
	tests := []struct {
		v      any
		lang   Lang
		want   string
		reason string
	}{
		{calendar.Date{}, Vietnamese, "chưa có", "an absent date"},
		{calendar.Date{}, English, "none", "an absent date"},
		{tm, Vietnamese, "08:30 10/05/2023", "times in UTC+7"},
		{tm, English, "2023-05-10 08:30", "times in UTC+7"},
		{[]string{"a", "b"}, English, "a, b", "lists"},
		{[]string{}, English, "none", "empty lists"},
		{[]string{}, Vietnamese, "không có", "empty lists"},
		{PositionSpecialist, Vietnamese, "chuyên viên", "localizers"},
		{true, English, "yes", "booleans"},
		{2.5, English, "2.5", "anything else through fmt"},
	}
	for _, tc := range tests {
		if got := FormatValue(tc.v, tc.lang); got != tc.want {
			t.Errorf("FormatValue(%#v, %v) = %q, want %q (%s)", tc.v, tc.lang, got, tc.want, tc.reason)
		}
	}
}

func TestFindingJSON(t *testing.T) {
	kt := KonTum2023()
	f := kt.Finding(ConsultReplyLate, RecordKindConsultation, "C1", "SKHDT", Details{
		"deadline": calendar.NewDate(2023, 3, 15), "received": calendar.NewDate(2023, 3, 20), "late_days": 5, "late_workdays": 3,
	})
	b, err := json.Marshal(f)
	require.NoError(t, err)
	want := `{"code":"consult.reply_late","severity":"violation","kind":"consultation","record":"C1","subject":"SKHDT",` +
		`"refs":[{"doc":"56/UBND-KTTH","part":"footnote 2"}],` +
		`"details":{"deadline":"2023-03-15","late_days":5,"late_workdays":3,"received":"2023-03-20"},` +
		`"message":{"vi":"đơn vị phối hợp trả lời trễ: hạn 15/03/2023, nhận được 20/03/2023; trễ 5 ngày (3 ngày làm việc)",` +
		`"en":"the coordinating unit replied late: due 2023-03-15, received 2023-03-20; 5 days late (3 working days)"}}`
	if string(b) != want {
		t.Errorf("JSON\n got %s\nwant %s", b, want)
	}
	var back Finding
	require.NoError(t, json.Unmarshal(b, &back))
	if back.Code != f.Code || back.Record != "C1" || back.Kind != RecordKindConsultation || !cmp.Equal(back.Refs, f.Refs) {
		t.Errorf("round trip: %+v", back)
	}
	empty, err := json.Marshal(newFinding(SubmissionNoOwnPosition, RecordKindSubmission, "S1", "", nil))
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(empty, &m))
	if _, ok := m["refs"].([]any); !ok {
		t.Errorf("refs must be a list even when empty: %s", empty)
	}
}
