package casefile_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// d returns the date y-m-day.
func d(y int, m time.Month, day int) calendar.Date { return calendar.NewDate(y, m, day) }

func TestRuleSet(t *testing.T) {
	own := regulation.KonTum2023()
	own.ID = "own-2024"
	tests := []struct {
		name     string
		caseID   string
		settings casefile.Settings
		wantID   string
		wantErr  error // nil: no error
		refusal  bool  // the error is an *Error naming the file
		reason   string
	}{
		{"case's own", "kontum-2023", casefile.Settings{}, "kontum-2023", nil, false, "the built-in rule set the case names"},
		{"id overrides", "hanoi-2099", casefile.Settings{RulesID: "kontum-2023"}, "kontum-2023", nil, false, "a built-in id given as a setting wins over the case's"},
		{"own rule set", "hanoi-2099", casefile.Settings{Rules: own}, "own-2024", nil, false, "a rule set of the caller's own wins over the case's"},
		{"unknown case id", "hanoi-2099", casefile.Settings{}, "", casefile.ErrUnknownRules, true, "the case names no built-in rule set: the file is refused"},
		{"unknown setting id", "kontum-2023", casefile.Settings{RulesID: "hanoi-2099"}, "", casefile.ErrUnknownRules, false, "the setting names no built-in rule set: not the file's fault"},
		{"both", "kontum-2023", casefile.Settings{RulesID: "kontum-2023", Rules: own}, "", casefile.ErrSettings, false, "an id and a rule set contradict each other"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &casefile.Case{File: "case.json", RulesID: tc.caseID}
			r, err := c.RuleSet(tc.settings)
			if tc.wantErr == nil {
				require.NoError(t, err, tc.reason)
				if r.ID != tc.wantID {
					t.Errorf("rule set %q, want %q (%s)", r.ID, tc.wantID, tc.reason)
				}
				return
			}
			require.ErrorIs(t, err, tc.wantErr, tc.reason)
			var e *casefile.Error
			if got := errors.As(err, &e); got != tc.refusal {
				t.Errorf("refusal of the file: %v, want %v (%s)", got, tc.refusal, tc.reason)
			}
			if tc.refusal {
				require.ErrorIs(t, err, casefile.ErrRefused)
				if e.File != "case.json" || e.Line != 0 {
					t.Errorf("refusal %+v: want the file named, no position", e)
				}
			}
		})
	}
}

func TestAuditSettings(t *testing.T) {
	c, err := casefile.DecodeBytes([]byte(periodCase), "period.json")
	require.NoError(t, err)
	year := regulation.ReportingPeriod{From: d(2023, 1, 1), To: d(2023, 12, 31)}
	tests := []struct {
		name     string
		settings casefile.Settings
		asOf     calendar.Date
		period   regulation.ReportingPeriod
		wantErr  error
		reason   string
	}{
		{"nothing", casefile.Settings{}, d(2024, 1, 8), regulation.ReportingPeriod{}, nil, "the case's as_of, every record"},
		{"as of", casefile.Settings{AsOf: d(2023, 6, 30)}, d(2023, 6, 30), regulation.ReportingPeriod{}, nil, "-as-of alone"},
		{"period", casefile.Settings{From: year.From, To: year.To}, year.To, year, nil, "as of the end of the period"},
		{"open end", casefile.Settings{From: year.From}, d(2024, 1, 8), regulation.ReportingPeriod{From: year.From, To: d(2024, 1, 8)}, nil, "the period ends on the case's as_of"},
		{"reversed", casefile.Settings{From: year.To, To: year.From}, calendar.Date{}, regulation.ReportingPeriod{}, casefile.ErrPeriod, "a period that ends before it starts"},
		{"unknown rules", casefile.Settings{RulesID: "x"}, calendar.Date{}, regulation.ReportingPeriod{}, casefile.ErrUnknownRules, "Audit selects the rule set"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := c.Audit(tc.settings)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr, tc.reason)
				return
			}
			require.NoError(t, err, tc.reason)
			if a.AsOf != tc.asOf || a.Options.Period != tc.period || a.Rules.ID != "kontum-2023" || a.Case != c {
				t.Errorf("audit as of %v over %v under %s; want as of %v over %v (%s)", a.AsOf, a.Options.Period, a.Rules.ID, tc.asOf, tc.period, tc.reason)
			}
			// The audit writes what Case.WriteFindings writes with the same
			// arguments, and Check finds what it writes.
			var got, want bytes.Buffer
			tally, err := a.WriteFindings(&got)
			require.NoError(t, err)
			_, err = c.WriteFindings(&want, regulation.KonTum2023(), tc.asOf, casefile.Options{Period: tc.period})
			require.NoError(t, err)
			if diff := cmp.Diff(want.String(), got.String()); diff != "" {
				t.Errorf("Audit.WriteFindings differs from Case.WriteFindings (-want +got):\n%s", diff)
			}
			if res := a.Check(); res.Tally() != tally {
				t.Errorf("Check tallies %+v, WriteFindings %+v", res.Tally(), tally)
			}
		})
	}
}

func TestParseSettingDate(t *testing.T) {
	tests := []struct {
		value  string
		want   calendar.Date
		ok     bool
		reason string
	}{
		{"2024-02-07", d(2024, 2, 7), true, "ISO"},
		{"07/02/2024", d(2024, 2, 7), true, "as Vietnamese documents write it"},
		{"2024-02-30", calendar.Date{}, false, "no such day"},
		{"7/2/2024", calendar.Date{}, false, "day and month take two digits"},
		{"", calendar.Date{}, false, "empty"},
	}
	for _, tc := range tests {
		t.Run(tc.value, func(t *testing.T) {
			got, err := casefile.ParseSettingDate("as_of", tc.value)
			if !tc.ok {
				require.ErrorIs(t, err, calendar.ErrInvalidDate, tc.reason)
				var se *casefile.SettingError
				require.ErrorAs(t, err, &se)
				if se.Name != "as_of" || se.Value != tc.value || se.Want != "a date written yyyy-mm-dd or dd/mm/yyyy" {
					t.Errorf("error %+v: want the setting, the value and the accepted forms (%s)", se, tc.reason)
				}
				return
			}
			require.NoError(t, err, tc.reason)
			if got != tc.want {
				t.Errorf("got %v, want %v (%s)", got, tc.want, tc.reason)
			}
		})
	}
}

func TestReadRules(t *testing.T) {
	good, err := json.Marshal(regulation.KonTum2023())
	require.NoError(t, err)
	tests := []struct {
		name      string
		in        string
		line, col int   // position of the refusal; 0: none
		wantErr   error // besides ErrRefused
		reason    string
	}{
		{"empty", "", 1, 1, nil, "nothing to read"},
		{"syntax", "{\"schema\":\n  \"quyche.rules/v1\",, }", 2, 21, nil, "a syntax error names its line and column"},
		{"wrong schema", `{"schema": "quyche.rules/v0"}`, 0, 0, regulation.ErrInvalidRules, "another version"},
		{"unknown field", `{"schema": "quyche.rules/v1", "idd": "x"}`, 0, 0, nil, "a misspelt parameter would be dropped"},
		{"invalid", string(bytes.Replace(good, []byte(`"id":"kontum-2023"`), []byte(`"id":""`), 1)), 0, 0, regulation.ErrInvalidRules, "a rule set without an id fails Validate"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := casefile.ReadRules([]byte(tc.in), "rules.json")
			require.ErrorIs(t, err, casefile.ErrRefused, tc.reason)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr, tc.reason)
			}
			var e *casefile.Error
			require.ErrorAs(t, err, &e)
			if e.File != "rules.json" || e.Line != tc.line || e.Column != tc.col || e.Problem == "" {
				t.Errorf("refusal %+v, want rules.json at %d:%d with a problem (%s)", e, tc.line, tc.col, tc.reason)
			}
		})
	}
	r, err := casefile.ReadRules(good, "rules.json")
	require.NoError(t, err)
	if diff := cmp.Diff(regulation.KonTum2023().Task, r.Task); diff != "" || r.ID != "kontum-2023" {
		t.Errorf("the built-in rule set does not read back as itself: id %q (-want +got):\n%s", r.ID, diff)
	}
}

func TestOutcome(t *testing.T) {
	tests := []struct {
		tally  casefile.Tally
		want   casefile.Outcome
		text   string
		reason string
	}{
		{casefile.Tally{}, casefile.OutcomeClean, "clean", "no finding"},
		{casefile.Tally{Warnings: 3, Info: 2}, casefile.OutcomeClean, "clean", "warnings and information are not violations"},
		{casefile.Tally{Violations: 1}, casefile.OutcomeViolations, "violations", "a violation"},
		{casefile.Tally{Violations: 1, DataProblems: 4}, casefile.OutcomeViolations, "violations", "violations win over data problems"},
		{casefile.Tally{DataProblems: 1, Warnings: 1}, casefile.OutcomeDataProblems, "data_problems", "records that could not be checked, nothing violated"},
	}
	for _, tc := range tests {
		got := tc.tally.Outcome()
		if got != tc.want || got.String() != tc.text {
			t.Errorf("%+v: %v, want %v (%s)", tc.tally, got, tc.text, tc.reason)
		}
		b, err := got.MarshalText()
		require.NoError(t, err)
		var back casefile.Outcome
		require.NoError(t, back.UnmarshalText(b))
		if back != got {
			t.Errorf("%v does not read back: %v", got, back)
		}
	}
	var o casefile.Outcome
	require.ErrorIs(t, o.UnmarshalText([]byte("fine")), regulation.ErrUnknownValue)
	if casefile.OutcomeUnknown.String() != "unknown" {
		t.Errorf("the zero Outcome prints %q", casefile.OutcomeUnknown.String())
	}
}
