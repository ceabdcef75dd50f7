package regulation

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation/calendar"
)

func d(y int, m time.Month, day int) calendar.Date { return calendar.NewDate(y, m, day) }

func TestExists(t *testing.T) {
	tests := []struct {
		born, asOf calendar.Date
		want       bool
		reason     string
	}{
		{d(2023, 6, 30), d(2023, 6, 30), true, "a record exists on the day it comes into being"},
		{d(2023, 6, 29), d(2023, 6, 30), true, "and every day after"},
		{d(2023, 7, 3), d(2023, 6, 30), false, "a dossier received 03/07 does not exist as of 30/06"},
		{calendar.Date{}, d(2023, 6, 30), false, "a record without its first date never comes into being"},
	}
	for _, tc := range tests {
		if got := Exists(tc.born, tc.asOf); got != tc.want {
			t.Errorf("Exists(%v, %v) = %v, want %v (%s)", tc.born, tc.asOf, got, tc.want, tc.reason)
		}
	}
}

func TestReportingPeriod(t *testing.T) {
	year := ReportingPeriod{From: d(2023, 1, 1), To: d(2023, 12, 31)}
	tests := []struct {
		p      ReportingPeriod
		born   calendar.Date
		want   bool
		reason string
	}{
		{year, d(2023, 1, 1), true, "From is included"},
		{year, d(2023, 12, 31), true, "To is included"},
		{year, d(2022, 12, 31), false, "before the period"},
		{year, d(2024, 1, 1), false, "after the period"},
		{year, calendar.Date{}, false, "an unset date lies in no bounded period"},
		{ReportingPeriod{To: d(2023, 6, 30)}, d(2000, 1, 1), true, "an open start"},
		{ReportingPeriod{From: d(2023, 6, 30)}, d(2099, 1, 1), true, "an open end"},
		{ReportingPeriod{}, calendar.Date{}, true, "the zero period selects every record"},
	}
	for _, tc := range tests {
		if got := tc.p.Contains(tc.born); got != tc.want {
			t.Errorf("%v.Contains(%v) = %v, want %v (%s)", tc.p, tc.born, got, tc.want, tc.reason)
		}
	}
	if got := year.String(); got != "2023-01-01..2023-12-31" {
		t.Errorf("String = %q", got)
	}
	if got := (ReportingPeriod{To: d(2023, 6, 30)}).String(); got != "..2023-06-30" {
		t.Errorf("String of an open start = %q", got)
	}
	if (ReportingPeriod{From: d(2023, 2, 1), To: d(2023, 1, 1)}).Valid() || !year.Valid() {
		t.Error("Valid: a reversed period is not valid, an ordered one is")
	}
}

func TestCheckArguments(t *testing.T) {
	dir, _ := NewDirectory(nil, nil, nil)
	rules := KonTum2023()
	asOf := d(2024, 1, 8)
	inv := func(field string, p Problem) Finding { return InvalidInput(RecordKindTask, "T1", field, p) }
	tests := []struct {
		name  string
		dir   *Directory
		rules *Rules
		asOf  calendar.Date
		want  Findings
	}{
		{"all usable", dir, rules, asOf, nil},
		{"zero as_of", dir, rules, calendar.Date{}, Findings{inv("as_of", ProblemMissing)}},
		{"as_of out of range", dir, rules, d(10000, 1, 1), Findings{inv("as_of", ProblemOutOfRange)}},
		{"nil rules", dir, nil, asOf, Findings{inv("rules", ProblemMissing)}},
		{"nil directory", nil, rules, asOf, Findings{inv("directory", ProblemMissing)}},
		{"everything missing, in order", nil, nil, calendar.Date{}, Findings{
			inv("as_of", ProblemMissing), inv("directory", ProblemMissing), inv("rules", ProblemMissing)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := CheckArguments(RecordKindTask, "T1", tc.dir, tc.rules, tc.asOf)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
			sorted := append(Findings(nil), got...)
			sorted.Sort()
			if !cmp.Equal(sorted, got) {
				t.Error("findings are not in the order of Compare")
			}
		})
	}
}

func TestDateProblem(t *testing.T) {
	tests := []struct {
		d, notBefore calendar.Date
		required     bool
		want         Problem
		reason       string
	}{
		{calendar.Date{}, calendar.Date{}, true, ProblemMissing, "a required date that is unset"},
		{calendar.Date{}, d(2023, 1, 1), false, ProblemUnknown, "an optional date that was not recorded"},
		{d(2023, 1, 1), d(2023, 1, 1), true, ProblemUnknown, "the same day is not before"},
		{d(2022, 12, 31), d(2023, 1, 1), false, ProblemDateOrder, "the day before"},
		{d(10000, 1, 1), calendar.Date{}, false, ProblemOutOfRange, "after the year 9999"},
		{d(0, 12, 31), calendar.Date{}, true, ProblemOutOfRange, "before the year 1"},
	}
	for _, tc := range tests {
		if got := DateProblem(tc.d, tc.notBefore, tc.required); got != tc.want {
			t.Errorf("DateProblem(%v, %v, %v) = %v, want %v (%s)", tc.d, tc.notBefore, tc.required, got, tc.want, tc.reason)
		}
	}
}

func TestPath(t *testing.T) {
	tests := []struct {
		list  string
		i     int
		field string
		want  string
	}{
		{"replies", 2, "unit", "replies[2].unit"},
		{"reminders", 0, "", "reminders[0]"},
		{"office", -1, "date", "office.date"},
		{"date", -1, "", "date"},
	}
	for _, tc := range tests {
		if got := Path(tc.list, tc.i, tc.field); got != tc.want {
			t.Errorf("Path(%q, %d, %q) = %q, want %q", tc.list, tc.i, tc.field, got, tc.want)
		}
	}
}

func TestValidation(t *testing.T) {
	inv := func(field string, p Problem) Finding { return InvalidInput(RecordKindMeeting, "M1", field, p) }
	local := func(field string, p Problem) Finding { return LocalInvalidInput(RecordKindMeeting, "M1", field, p) }
	t.Run("local faults only", func(t *testing.T) {
		v := NewValidation(RecordKindMeeting, "M1")
		require.True(t, v.LocalDate("invitation_sent", d(2023, 5, 11), calendar.Date{}))
		if v.LocalDate("conclusion_issued", d(2023, 5, 9), d(2023, 5, 10)) {
			t.Error("a conclusion before the meeting is not usable")
		}
		if !v.Checkable() {
			t.Error("a local fault leaves the record checkable")
		}
		want := Findings{local("conclusion_issued", ProblemDateOrder)}
		if diff := cmp.Diff(want, v.Findings()); diff != "" {
			t.Errorf("(-want +got)\n%s", diff)
		}
	})
	t.Run("local faults come in the order of Compare, not of the fields", func(t *testing.T) {
		v := NewValidation(RecordKindConsultation, "C1")
		v.Local("replies[0].received", ProblemDateOrder)
		v.Local("reminders[0]", ProblemDateOrder)
		lc := func(field string) Finding {
			return LocalInvalidInput(RecordKindConsultation, "C1", field, ProblemDateOrder)
		}
		want := Findings{lc("reminders[0]"), lc("replies[0].received")}
		if diff := cmp.Diff(want, v.Findings()); diff != "" {
			t.Errorf("(-want +got)\n%s", diff)
		}
	})
	t.Run("a structural fault hides the local ones and later faults", func(t *testing.T) {
		v := NewValidation(RecordKindMeeting, "M1")
		v.Local("documents_sent", ProblemDateOrder)
		v.Fault("chair", ProblemUnknownPerson)
		v.Fault("date", ProblemMissing)
		if v.Checkable() {
			t.Error("a structural fault makes the record uncheckable")
		}
		want := Findings{inv("chair", ProblemUnknownPerson)}
		if diff := cmp.Diff(want, v.Findings()); diff != "" {
			t.Errorf("(-want +got)\n%s", diff)
		}
	})
	t.Run("dates", func(t *testing.T) {
		v := NewValidation(RecordKindMeeting, "M1")
		require.True(t, v.OptionalDate("start", calendar.Date{}, calendar.Date{}), "an unrecorded optional date is usable")
		require.False(t, v.Date("date", calendar.Date{}, calendar.Date{}), "a required date must be set")
		want := Findings{inv("date", ProblemMissing)}
		if diff := cmp.Diff(want, v.Findings()); diff != "" {
			t.Errorf("(-want +got)\n%s", diff)
		}
	})
	t.Run("no fault allocates nothing", func(t *testing.T) {
		allocs := testing.AllocsPerRun(100, func() {
			v := NewValidation(RecordKindTask, "T1")
			v.Date("assigned", d(2023, 1, 2), calendar.Date{})
			v.OptionalDate("due", d(2023, 1, 9), d(2023, 1, 2))
			v.LocalDate("x", calendar.Date{}, calendar.Date{})
			if !v.Checkable() || len(v.Findings()) != 0 {
				t.Fatal("unexpected fault")
			}
		})
		if allocs != 0 {
			t.Errorf("%v allocations", allocs)
		}
	})
}

func TestLateness(t *testing.T) {
	cal := calendar.Vietnam()
	tests := []struct {
		deadline, when calendar.Date
		days, workdays int
		reason         string
	}{
		{d(2026, 2, 12), d(2026, 2, 23), 11, 2, "across Tết 2026 (16–20/02 off): 11 days but 2 working days"},
		{d(2024, 1, 8), d(2024, 1, 8), 0, 0, "on the deadline: not late"},
		{d(2024, 1, 8), d(2024, 1, 9), 1, 1, "one day late"},
	}
	for _, tc := range tests {
		days, wd := Lateness(cal, tc.deadline, tc.when)
		if days != tc.days || wd != tc.workdays {
			t.Errorf("Lateness(%v, %v) = %d, %d; want %d, %d (%s)", tc.deadline, tc.when, days, wd, tc.days, tc.workdays, tc.reason)
		}
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	r := KonTum2023()
	r.ID = ""
	r.Task.DueSoon = -1
	r.Meeting.Quorum = Fraction{3, 2}
	err := r.Validate()
	require.ErrorIs(t, err, ErrInvalidRules)
	var fields []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var re *RulesError
		require.ErrorAs(t, e, &re)
		fields = append(fields, re.Field)
	}
	if diff := cmp.Diff([]string{"id", "task.due_soon", "meeting.quorum"}, fields); diff != "" {
		t.Errorf("fields (-want +got)\n%s", diff)
	}
}

func TestRulesErrorWrapsCalendarError(t *testing.T) {
	file := `{"schema":"quyche.rules/v1","id":"x","province":"","title":"","basis":{"doc":"","signed":"2023-01-01"},
"effective":{"from":"2023-01-01"},"calendar":{"base":"vietnam","schedules":[{"year":1900,"days":[]}]},
"task":{"due_soon":3,"extension_lead":1},"consult":{"reply_default":10,"silence_means_agreement":false,"follow_up_within":3,"escalate_within":5},
"submission":{"summary_above_pages":10,"office_return_within":3,"required":{},"required_when_consulted":[]},
"meeting":{"quorum":{"num":2,"den":3},"invitation_lead":3,"documents_lead":3,"conclusion_within":5},
"signoff":{"unit_signers":["head"]},"citations":{}}`
	var r Rules
	err := r.UnmarshalJSON([]byte(file))
	require.ErrorIs(t, err, ErrInvalidRules)
	var se *calendar.ScheduleError
	require.ErrorAs(t, err, &se, "errors.As finds the calendar's own error through the rule-set error")
	if se.Year != 1900 {
		t.Errorf("ScheduleError.Year = %d", se.Year)
	}
	if !errors.Is(err, calendar.ErrInvalidSchedule) {
		t.Error("errors.Is finds the calendar's sentinel")
	}
}
