package casefile_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// unitCase has records of several units: tasks led by one unit or two,
// consultations where a unit leads or is consulted, a dossier the PPC
// Office returned, meetings a unit is invited to (one before the rule set
// came into force), minutes signed for a unit by a person of another, and
// a delegation from one unit's head to a person of another unit, and a task
// that cannot be read (T6), which every unit sees.
const unitCase = `
{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-08",
"units": [
  {"id": "UBND", "name": "Ủy ban nhân dân tỉnh", "kind": "ppc"},
  {"id": "VP", "name": "Văn phòng UBND tỉnh", "kind": "ppc_office"},
  {"id": "STC", "name": "Sở Tài chính", "kind": "department"},
  {"id": "SXD", "name": "Sở Xây dựng", "kind": "department"},
  {"id": "SKHDT", "name": "Sở Kế hoạch và Đầu tư", "kind": "department"}],
"people": [
  {"id": "ct", "name": "Trần Chủ Tịch", "unit": "UBND", "position": "chairman"},
  {"id": "vp1", "name": "Vũ Văn Phòng", "unit": "VP", "position": "head"},
  {"id": "stc1", "name": "Bùi Tài Chính", "unit": "STC", "position": "head"},
  {"id": "stc2", "name": "Tạ Chuyên Viên", "unit": "STC", "position": "specialist"},
  {"id": "sxd1", "name": "Lâm Xây Dựng", "unit": "SXD", "position": "head"},
  {"id": "sxd2", "name": "Hà Trưởng Phòng", "unit": "SXD", "position": "division_head"},
  {"id": "kh1", "name": "Châu Kế Hoạch", "unit": "SKHDT", "position": "head"}],
"ppc_members": ["ct", "stc1"],
"tasks": [
  {"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-10-20", "due": "2023-11-01"},
  {"id": "T2", "assigner": "ppc", "lead": ["SXD"], "assigned": "2023-10-20", "due": "2023-11-01"},
  {"id": "T3", "assigner": "ppc", "lead": ["STC", "SXD"], "assigned": "2023-10-20", "due": "2023-11-01", "done": "2023-10-30"},
  {"id": "T4", "assigner": "ppc", "lead": ["SXD"], "coordinators": ["STC"], "assigned": "2023-10-20", "due": "2023-11-01"},
  {"id": "T5", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-10-20", "due": "2023-10-01"},
  {"id": "T6", "assigner": 7, "lead": ["STC"], "assigned": "2023-10-20"}],
"consultations": [
  {"id": "C1", "lead": "STC", "sent": "2023-10-20", "due": "2023-10-27", "replies": [{"unit": "SXD", "received": "2023-11-03", "stance": "agree"}]},
  {"id": "C2", "lead": "SKHDT", "sent": "2023-10-20", "due": "2023-10-27", "replies": [{"unit": "STC"}, {"unit": "SXD", "received": "2023-10-25", "stance": "agree"}], "reminders": ["2023-10-30"]}],
"submissions": [
  {"id": "S1", "from": "STC", "to": "ppc", "kind": "proposal", "competence": "addressee", "received": "2023-11-06",
   "components": ["statement"], "own_position": true, "signed_by": "stc2", "office": {"action": "return", "date": "2023-11-07"}}],
"meetings": [
  {"id": "M0", "kind": "working", "chair": "ct", "date": "2023-06-01", "invitations": [{"unit": "SXD", "level": "head"}], "attendees": [{"person": "ct"}, {"person": "sxd2"}]},
  {"id": "M1", "kind": "working", "chair": "ct", "date": "2023-11-15", "invitation_sent": "2023-11-14", "invitations": [{"unit": "SXD", "level": "head"}], "attendees": [{"person": "ct"}, {"person": "sxd2"}]}],
"records": [
  {"id": "R1", "kind": "minutes", "inter_sectoral": true, "date": "2023-11-15", "units": ["STC", "SXD"], "chair": "ct", "secretary": "vp1",
   "signatures": [{"person": "ct", "capacity": "direct"}, {"person": "vp1", "capacity": "direct"}, {"person": "stc2", "for_unit": "STC", "capacity": "direct"}]},
  {"id": "R2", "kind": "minutes", "date": "2023-11-16", "units": ["SKHDT"],
   "signatures": [{"person": "sxd1", "for_unit": "SKHDT", "capacity": "direct"}]}],
"delegations": [
  {"id": "D1", "kind": "tl", "grantor": "stc1", "grantee": "sxd2", "scope": ["minutes"], "valid_from": "2023-11-01", "valid_to": "2023-12-31"}]
}
`

func TestCheckWithUnit(t *testing.T) {
	c, err := casefile.DecodeBytes([]byte(unitCase), "unit.json")
	require.NoError(t, err)
	rules := regulation.KonTum2023()
	asOf := calendar.NewDate(2024, 1, 8)
	tests := []struct {
		unit      regulation.UnitID
		want      []string // kind/record/code/subject
		due, late int      // the task summary
		reason    string
	}{
		{"STC", []string{
			"task/T1/task.overdue/STC", "task/T3/task.lead_count/", "task/T5/input.invalid/due", "task/T6/input.invalid/assigner",
			"consultation/C1/consult.no_followup/SXD", "consultation/C1/consult.reply_late/SXD",
			"consultation/C2/consult.reply_missing/STC",
			"submission/S1/submission.missing_component/draft", "submission/S1/submission.office_decision/",
			"submission/S1/submission.signer_level/stc2",
			"record/R1/signoff.signer_level/STC",
			"delegation/D1/signoff.delegation_invalid/sxd2",
		}, 2, 1, "its tasks (one shared), its consultation whole and its late reply to another, its dossier, " +
			"the minutes signed for it, the delegation its head granted; not SXD's unsigned part of R1 nor the task it coordinates"},
		{"SXD", []string{
			"task/T2/task.overdue/SXD", "task/T3/task.lead_count/", "task/T4/task.overdue/SXD", "task/T6/input.invalid/assigner",
			"consultation/C1/consult.no_followup/SXD", "consultation/C1/consult.reply_late/SXD",
			"meeting/M0/meeting.attendee_level/SXD", "meeting/M0/rules.not_in_force/",
			"meeting/M1/meeting.attendee_level/SXD", "meeting/M1/meeting.invitation_late/",
			"record/R1/signoff.unit_unsigned/SXD", "record/R2/signoff.signer_not_of_unit/SKHDT",
			"delegation/D1/signoff.delegation_invalid/sxd2",
		}, 3, 2, "what is said of it in others' records, the meetings it is invited to (with the rule set's period), " +
			"its head signing for another unit, the delegation to one of its people; not STC's silence in C2 where it was consulted too"},
		{"SKHDT", []string{
			"task/T6/input.invalid/assigner",
			"consultation/C2/consult.reply_missing/STC", "record/R2/signoff.signer_not_of_unit/SKHDT",
		}, 0, 0, "the consultation it leads, the minutes signed for it"},
		{"VP", []string{"task/T6/input.invalid/assigner", "submission/S1/submission.office_decision/"}, 0, 0,
			"the Office's decisions on dossiers; its secretary signed R1, so R1's findings about other units are not its"},
		{"UBND", []string{"task/T6/input.invalid/assigner", "meeting/M1/meeting.invitation_late/"}, 0, 0,
			"the meeting its Chairman chairs, as a whole; M0's finding is about SXD, so its rules.not_in_force goes too"},
		{"XX", []string{"task/T6/input.invalid/assigner"}, 0, 0, "a unit the case does not have selects nothing but the records that could not be read"},
	}
	for _, tc := range tests {
		t.Run(string(tc.unit), func(t *testing.T) {
			res := c.CheckWith(rules, asOf, casefile.Options{Unit: tc.unit})
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.Kind.String()+"/"+f.Record+"/"+string(f.Code)+"/"+f.Subject)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s: findings (-want +got):\n%s", tc.reason, diff)
			}
			total := res.Tasks.Total()
			if total.WithDeadline != tc.due || total.Late != tc.late {
				t.Errorf("summary: %d late of %d, want %d of %d: only the tasks %s leads", total.Late, total.WithDeadline, tc.late, tc.due, tc.unit)
			}
		})
	}
	// Every finding of the whole check concerns some unit, or is about the
	// directory or a record that could not be read.
	all := c.CheckWith(rules, asOf, casefile.Options{})
	var union []string
	for _, u := range c.Units {
		for _, f := range c.CheckWith(rules, asOf, casefile.Options{Unit: u.ID}).Findings {
			union = append(union, f.Kind.String()+"/"+f.Record+"/"+string(f.Code)+"/"+f.Subject)
		}
	}
	for _, f := range all.Findings {
		if !slices.Contains(union, f.Kind.String()+"/"+f.Record+"/"+string(f.Code)+"/"+f.Subject) {
			t.Errorf("%s on %s %s concerns no unit", f.Code, f.Kind, f.Record)
		}
	}
}

func TestInvalidInputPosition(t *testing.T) {
	in := `{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-08",
"units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"},
          {"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
"people": [{"id": "p1", "name": "A", "unit": "STC", "position": "head"},
  {"id": "p2", "name": "B", "unit": "SXD", "position": "head"}],
"tasks": [
  {"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-10-20", "due": "2023-10-01"},
    {"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-10-20"},
  {"id": "T2", "assigner": "nobody", "lead": ["STC"], "assigned": "2023-10-20"},
  {"id": "T3", "assigner": "ppc", "lead": ["SXD"], "assigned": "2023-10-20"}]}`
	c, err := casefile.DecodeBytes([]byte(in), "pos.json")
	require.NoError(t, err)
	res := c.Check(regulation.KonTum2023(), calendar.NewDate(2024, 1, 8))
	var got []string
	for _, f := range res.Findings {
		if f.Code == regulation.InputInvalid {
			pos, _ := f.Details["position"].(string)
			got = append(got, f.Record+"/"+f.Subject+" at "+pos)
		}
	}
	want := []string{
		"T1/due at 7:3",      // found by the check: where the record starts
		"T1/id at 8:5",       // a duplicate: the duplicate's own position
		"T2/assigner at 9:3", // rejected by the decoder
		"T3/lead[0] at 10:3",
		"people/people[1].unit at 5:3", // the directory: the entry of its list
		"units/units[1].id at 3:11",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("input.invalid positions (-want +got):\n%s", diff)
	}
}
