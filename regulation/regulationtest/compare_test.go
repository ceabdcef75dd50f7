package regulationtest_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	rt "github.com/quyche/quyche/regulation/regulationtest"
)

func d(y int, m time.Month, dd int) calendar.Date { return calendar.NewDate(y, m, dd) }

// replyLate is a complete consult.reply_late finding with its details.
func replyLate(rules *regulation.Rules) regulation.Finding {
	return rules.Finding(regulation.ConsultReplyLate, regulation.RecordKindConsultation, "C1", string(rt.Construction), regulation.Details{
		"deadline": d(2024, 3, 15), "received": d(2024, 3, 20), "late_workdays": 3,
	})
}

// TestIgnoreMessages proves that IgnoreMessages ignores what messages say
// but not what identifies a finding: code, severity, kind, record, subject,
// citations.
func TestIgnoreMessages(t *testing.T) {
	rules := regulation.KonTum2023()
	tests := []struct {
		name   string
		change func(*regulation.Finding)
		equal  bool
		reason string
	}{
		{"other details", func(f *regulation.Finding) {
			f.Details = regulation.Details{"deadline": d(2024, 3, 18), "received": d(2024, 3, 29), "late_workdays": 9}
		}, true, "details are what the message says"},
		{"no details", func(f *regulation.Finding) { f.Details = nil }, true, "Want writes findings without details"},
		{"empty refs", func(f *regulation.Finding) { f.Refs = []regulation.Ref{} }, false, "the base has refs: none is a difference"},
		{"other code", func(f *regulation.Finding) { f.Code = regulation.ConsultReplyMissing }, false, "codes are API"},
		{"other severity", func(f *regulation.Finding) { f.Severity = regulation.Warning }, false, "severity is not message text"},
		{"other kind", func(f *regulation.Finding) { f.Kind = regulation.RecordKindSubmission }, false, "the record kind identifies the record"},
		{"other record", func(f *regulation.Finding) { f.Record = "C2" }, false, "the finding is about another record"},
		{"other subject", func(f *regulation.Finding) { f.Subject = string(rt.HomeAffairs) }, false, "another unit is at fault"},
		{"other citation", func(f *regulation.Finding) {
			f.Refs = []regulation.Ref{{Doc: regulation.DocDecree39, Article: 15, Clause: 3}}
		}, false, "citations are compared"},
		{"extra citation", func(f *regulation.Finding) {
			f.Refs = append(append([]regulation.Ref(nil), f.Refs...), regulation.Ref{Doc: regulation.DocKonTumRegulation, Article: 20})
		}, false, "citations are compared as a list"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := replyLate(rules)
			require.NotEmpty(t, want.Refs, "the base finding carries citations")
			got := want
			tc.change(&got)
			require.False(t, cmp.Equal(want, got), "the change makes a difference without the option")

			if eq := cmp.Equal(want, got, rt.IgnoreMessages()); eq != tc.equal {
				t.Errorf("cmp.Equal with IgnoreMessages = %v; want %v (%s):\n%s",
					eq, tc.equal, tc.reason, cmp.Diff(want, got, rt.IgnoreMessages()))
			}
			// The same inside a list, as tests compare check results.
			ws, gs := regulation.Findings{want}, regulation.Findings{got}
			if eq := cmp.Equal(ws, gs, rt.IgnoreMessages()); eq != tc.equal {
				t.Errorf("cmp.Equal of Findings with IgnoreMessages = %v; want %v (%s)", eq, tc.equal, tc.reason)
			}
		})
	}
}

// TestIgnoreMessagesIgnoresMessageText makes sure the "other details" row
// above is about messages: the two findings render different messages in
// both languages and still compare equal.
func TestIgnoreMessagesIgnoresMessageText(t *testing.T) {
	rules := regulation.KonTum2023()
	a := replyLate(rules)
	b := a
	b.Details = regulation.Details{"deadline": d(2024, 3, 18), "received": d(2024, 3, 29), "late_workdays": 9}
	for _, l := range []regulation.Lang{regulation.Vietnamese, regulation.English} {
		require.NotEqual(t, a.Message(l), b.Message(l), "the messages differ in %s", l)
	}
	if diff := cmp.Diff(a, b, rt.IgnoreMessages()); diff != "" {
		t.Errorf("findings that differ only in their messages differ (-want +got):\n%s", diff)
	}
}

func TestIgnoreMessagesEquatesNilAndEmptyRefs(t *testing.T) {
	a := regulation.InvalidInput(regulation.RecordKindTask, "T1", "lead[0]", regulation.ProblemUnknownUnit)
	a.Refs = nil
	b := a
	b.Refs = []regulation.Ref{}
	require.False(t, cmp.Equal(a, b), "nil and empty differ without the option")
	if diff := cmp.Diff(a, b, rt.IgnoreMessages()); diff != "" {
		t.Errorf("nil and empty citations differ (-want +got):\n%s", diff)
	}
}

func TestSortFindings(t *testing.T) {
	rules := regulation.KonTum2023()
	overdue := rt.Want(rules, regulation.TaskOverdue, regulation.RecordKindTask, "T1", rt.Finance)
	late := rt.Want(rules, regulation.ConsultReplyLate, regulation.RecordKindConsultation, "C1", rt.Construction)
	missing := rt.Want(rules, regulation.ConsultReplyMissing, regulation.RecordKindConsultation, "C1", rt.HomeAffairs)
	opts := cmp.Options{rt.IgnoreMessages(), rt.SortFindings()}
	tests := []struct {
		name      string
		want, got regulation.Findings
		equal     bool
		reason    string
	}{
		{"same order", regulation.Findings{overdue, late}, regulation.Findings{overdue, late}, true, "nothing to sort"},
		{"reversed", regulation.Findings{late, missing, overdue}, regulation.Findings{overdue, late, missing}, true, "order is ignored"},
		{"other finding", regulation.Findings{late, overdue}, regulation.Findings{overdue, missing}, false, "sorting does not equate different findings"},
		{"one more", regulation.Findings{overdue, late}, regulation.Findings{overdue, late, late}, false, "duplicates count"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if eq := cmp.Equal(tc.want, tc.got, opts); eq != tc.equal {
				t.Errorf("cmp.Equal with SortFindings = %v; want %v (%s):\n%s", eq, tc.equal, tc.reason, cmp.Diff(tc.want, tc.got, opts))
			}
		})
	}
	require.False(t, cmp.Equal(regulation.Findings{late, overdue}, regulation.Findings{overdue, late}, rt.IgnoreMessages()),
		"without SortFindings, order counts")
	// A plain slice of findings is sorted too.
	if !cmp.Equal([]regulation.Finding{late, overdue}, []regulation.Finding{overdue, late}, opts) {
		t.Error("SortFindings does not sort a []regulation.Finding")
	}
}

func TestWant(t *testing.T) {
	rules := regulation.KonTum2023()
	tests := []struct {
		name   string
		got    regulation.Finding
		want   regulation.Finding
		reason string
	}{
		{
			name:   "unit subject",
			got:    rt.Want(rules, regulation.TaskOverdue, regulation.RecordKindTask, "T1", rt.Finance),
			want:   rules.Finding(regulation.TaskOverdue, regulation.RecordKindTask, "T1", "STC", nil),
			reason: "the rule set's citations and the catalogue's severity",
		},
		{
			name:   "person subject",
			got:    rt.Want(rules, regulation.MeetingMemberAbsentUnapproved, regulation.RecordKindMeeting, "M1", rt.PPCMember),
			want:   rules.Finding(regulation.MeetingMemberAbsentUnapproved, regulation.RecordKindMeeting, "M1", "uv", nil),
			reason: "a person id is a subject too",
		},
		{
			name:   "field subject",
			got:    rt.Want(rules, regulation.InputInvalid, regulation.RecordKindTask, "T1", "lead[0]"),
			want:   regulation.Finding{Code: regulation.InputInvalid, Severity: regulation.Violation, Kind: regulation.RecordKindTask, Record: "T1", Subject: "lead[0]"},
			reason: "input.invalid carries no citation",
		},
		{
			name:   "nil rules",
			got:    rt.Want(nil, regulation.TaskOverdue, regulation.RecordKindTask, "T1", rt.Finance),
			want:   regulation.Finding{Code: regulation.TaskOverdue, Severity: regulation.Violation, Kind: regulation.RecordKindTask, Record: "T1", Subject: "STC"},
			reason: "no rule set, no citations",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.got); diff != "" {
				t.Errorf("Want (%s) (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
	// Want matches what a check produces, details and all, under IgnoreMessages.
	if diff := cmp.Diff(rt.Want(rules, regulation.ConsultReplyLate, regulation.RecordKindConsultation, "C1", rt.Construction),
		replyLate(rules), rt.IgnoreMessages()); diff != "" {
		t.Errorf("Want against a full finding (-want +got):\n%s", diff)
	}
}

func TestMissingDetails(t *testing.T) {
	rules := regulation.KonTum2023()
	tests := []struct {
		name   string
		f      regulation.Finding
		want   []string
		reason string
	}{
		{"some missing", rules.Finding(regulation.TaskOverdue, regulation.RecordKindTask, "T1", "", regulation.Details{"deadline": d(2023, 1, 2)}),
			[]string{"as_of", "late_days", "late_workdays"}, "in catalogue order"},
		{"complete", replyLate(rules), []string{"late_days"}, "replyLate leaves late_days out"},
		{"no details needed", rules.Finding(regulation.SubmissionNoOwnPosition, regulation.RecordKindSubmission, "S1", "", nil), nil, "the code needs no detail"},
		{"unknown code", regulation.Finding{Code: "x.y"}, nil, "a code outside the catalogue lists nothing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, rt.MissingDetails(tc.f)); diff != "" {
				t.Errorf("MissingDetails (-want +got):\n%s\nreason: %s", diff, tc.reason)
			}
		})
	}
}
