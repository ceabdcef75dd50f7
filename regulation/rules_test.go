package regulation

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation/calendar"
)

func TestKonTum2023(t *testing.T) {
	r := KonTum2023()
	require.NoError(t, r.Validate())
	tests := []struct {
		date   calendar.Date
		in     bool
		reason string
	}{
		{calendar.NewDate(2023, 10, 13), false, "the day before entry into force (assumed ten days after signing)"},
		{calendar.NewDate(2023, 10, 14), true, "first day in force"},
		{calendar.NewDate(2025, 6, 30), true, "last day before the merger"},
		{calendar.NewDate(2025, 7, 1), false, "Kon Tum merged into Quảng Ngãi"},
	}
	for _, tc := range tests {
		if got := r.InForce(tc.date); got != tc.in {
			t.Errorf("InForce(%v) = %v (%s)", tc.date, got, tc.reason)
		}
		_, warn := r.NotInForce(RecordKindMeeting, "M1", tc.date)
		if warn == tc.in {
			t.Errorf("NotInForce(%v) = %v (%s)", tc.date, warn, tc.reason)
		}
	}
	if _, warn := r.NotInForce(RecordKindMeeting, "M1", calendar.Date{}); warn {
		t.Error("an unset date is not checked")
	}
	if r.WorkCalendar() != calendar.Vietnam() {
		t.Error("a nil Calendar means calendar.Vietnam()")
	}
	a, b := KonTum2023(), KonTum2023()
	a.Citations[TaskOverdue][0].Doc = "changed"
	a.Submission.Required[SubmissionKindProposal][0] = ComponentSummary
	if b.Citations[TaskOverdue][0].Doc == "changed" || b.Submission.Required[SubmissionKindProposal][0] == ComponentSummary {
		t.Error("KonTum2023 must return a fresh value each call")
	}
	if _, ok := Lookup("kontum-2023"); !ok {
		t.Error("Lookup(kontum-2023) failed")
	}
	if _, ok := Lookup("hanoi-2099"); ok {
		t.Error("Lookup of an unknown id succeeded")
	}
}

func TestRuleSetIDs(t *testing.T) {
	ids := RuleSetIDs()
	require.NotEmpty(t, ids)
	if !slices.IsSorted(ids) {
		t.Errorf("RuleSetIDs() = %q, want sorted", ids)
	}
	for _, id := range ids {
		r, ok := Lookup(id)
		if !ok {
			t.Errorf("Lookup(%q) fails for a listed id", id)
			continue
		}
		if r.ID != id {
			t.Errorf("Lookup(%q).ID = %q, want the id it was looked up by", id, r.ID)
		}
		require.NoError(t, r.Validate(), "built-in rule set %q", id)
	}
	ids[0] = "changed"
	if RuleSetIDs()[0] == "changed" {
		t.Error("RuleSetIDs must return a fresh slice each call")
	}
}

func TestRulesClone(t *testing.T) {
	a := KonTum2023()
	b := a.Clone()
	b.Citations[TaskOverdue][0].Doc = "x"
	b.Signoff.UnitSigners[0] = PositionSpecialist
	b.Submission.RequiredWhenConsulted[0] = ComponentDraft
	if diff := cmp.Diff(KonTum2023(), a, cmp.Comparer(func(x, y *calendar.Calendar) bool { return x == y })); diff != "" {
		t.Errorf("changing a clone changed the original (-want +got):\n%s", diff)
	}
}

func TestRulesJSONRoundTrip(t *testing.T) {
	r := KonTum2023()
	b, err := json.MarshalIndent(r, "", "  ")
	require.NoError(t, err)
	var back Rules
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(r, &back, cmp.Comparer(func(x, y *calendar.Calendar) bool { return x == y })); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestRulesJSONRejects(t *testing.T) {
	good, err := json.Marshal(KonTum2023())
	require.NoError(t, err)
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		require.NoError(t, json.Unmarshal(good, &m))
		f(m)
		b, err := json.Marshal(m)
		require.NoError(t, err)
		return b
	}
	tests := []struct {
		name   string
		in     []byte
		rules  bool // a *RulesError rather than a decoding error
		reason string
	}{
		{"schema", edit(func(m map[string]any) { m["schema"] = "quyche.rules/v0" }), true, "wrong schema"},
		{"unknown field", edit(func(m map[string]any) { m["quorum"] = 1 }), false, "a misspelt field must not be dropped silently"},
		{"quorum", edit(func(m map[string]any) { m["meeting"].(map[string]any)["quorum"] = map[string]any{"num": 3, "den": 2} }), true, "a quorum above 1"},
		{"negative", edit(func(m map[string]any) { m["consult"].(map[string]any)["reply_default"] = -1 }), true, "negative parameter"},
		{"no id", edit(func(m map[string]any) { m["id"] = "" }), true, "an id is required"},
		{"calendar", edit(func(m map[string]any) { m["calendar"] = map[string]any{"base": "china"} }), true, "unknown calendar"},
		{"citation code", edit(func(m map[string]any) { m["citations"].(map[string]any)["task.nope"] = []any{} }), true, "unknown code"},
		{"period", edit(func(m map[string]any) { m["effective"] = map[string]any{"from": "2025-01-01", "to": "2024-01-01"} }), true, "reversed period"},
		{"not json", []byte(`{"schema":`), false, "truncated"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r Rules
			err := json.Unmarshal(tc.in, &r)
			require.Error(t, err, tc.reason)
			if tc.rules {
				require.ErrorIs(t, err, ErrInvalidRules, tc.reason)
			}
		})
	}
}

func TestFraction(t *testing.T) {
	q := Fraction{2, 3}
	tests := []struct {
		part, whole int
		want        bool
		reason      string
	}{
		{6, 9, true, "exactly two thirds"},
		{5, 9, false, "one short"},
		{9, 9, true, "all"},
		{0, 0, true, "nothing of nothing"},
		{7, 10, true, "7×3=21 ≥ 20"},
		{6, 10, false, "6×3=18 < 20"},
	}
	for _, tc := range tests {
		if got := q.Reached(tc.part, tc.whole); got != tc.want {
			t.Errorf("Reached(%d, %d) = %v (%s)", tc.part, tc.whole, got, tc.reason)
		}
	}
	if q.String() != "2/3" {
		t.Errorf("String = %q", q.String())
	}
}

func TestRulesJSONCarriesCalendarAdditions(t *testing.T) {
	// A made-up holiday (Vietnamese Culture Day, 24/11, is built in from
	// 2026, so it no longer serves here), with its source and without
	// compensation, as a rule-set file carries it.
	family := calendar.Holiday{Name: calendar.Name{VI: "Ngày Gia đình Việt Nam", EN: "Vietnamese Family Day"},
		Month: 6, Day: 28, StartYear: 2027, NoCompensation: true, Source: "test: a made-up law"}
	cal, err := calendar.Vietnam().WithHoliday(family)
	require.NoError(t, err)
	r := KonTum2023()
	r.ID = "kontum-2023-family"
	r.Calendar = cal
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var back Rules
	require.NoError(t, json.Unmarshal(b, &back))
	day := calendar.NewDate(2027, 6, 28) // a Monday
	if back.WorkCalendar().IsWorkday(day) || !calendar.Vietnam().IsWorkday(day) {
		t.Errorf("the added holiday must survive the JSON round trip, and only there")
	}
	if got := back.WorkCalendar().Explain(day).Source; got != family.Source {
		t.Errorf("the holiday's source after the round trip = %q, want %q", got, family.Source)
	}
	if !back.WorkCalendar().IsWorkday(calendar.NewDate(2031, 6, 30)) {
		t.Errorf("Sat 28/6/2031: no compensation on Mon 30/6/2031 after the round trip")
	}
	if back.WorkCalendar().Version() != cal.Version() {
		t.Errorf("calendar version after the round trip = %q, want %q", back.WorkCalendar().Version(), cal.Version())
	}
	bad := []byte(`{"schema":"quyche.rules/v1","id":"x","calendar":{"base":"vietnam","holidays":[{"month":13,"day":1}]},` +
		`"meeting":{"quorum":{"num":2,"den":3}}}`)
	require.ErrorIs(t, json.Unmarshal(bad, &back), ErrInvalidRules, "an impossible holiday is refused")
}

// TestFindingRefsAreCopies proves that a finding's citations are its own:
// changing them changes neither the rule set nor the next finding.
func TestFindingRefsAreCopies(t *testing.T) {
	rules := KonTum2023()
	f := rules.Finding(TaskOverdue, RecordKindTask, "T1", "STC", nil)
	require.NotEmpty(t, f.Refs)
	want := rules.Citations[TaskOverdue][0]
	f.Refs[0].Doc = "changed"
	if got := rules.Citations[TaskOverdue][0]; got != want {
		t.Errorf("the rule set's citation changed to %v", got)
	}
	if got := rules.Finding(TaskOverdue, RecordKindTask, "T2", "STC", nil).Refs[0]; got != want {
		t.Errorf("the next finding cites %v, want %v", got, want)
	}
	if got := rules.Finding(InputInvalid, RecordKindTask, "T1", "id", nil).Refs; got != nil {
		t.Errorf("a code without citations gets %v, want nil", got)
	}
}
