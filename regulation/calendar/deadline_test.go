package calendar

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestDeadline(t *testing.T) {
	c := Vietnam()
	tests := []struct {
		event  Date
		period Period
		want   Date
		reason string
	}{
		// Worked examples of the Civil Code's counting on the 2024 calendar.
		{d(2024, 2, 7), WorkingDays(1), d(2024, 2, 15), "assigned Wed 7/2/2024 within 1 working day (Tết 8–14/2)"},
		{d(2024, 4, 26), Days(3), d(2024, 5, 2), "3 days from Fri 26/4/2024 end Mon 29/4 (swap), then 30/4 and 1/5 are holidays"},
		{d(2024, 5, 3), WorkingDays(1), d(2024, 5, 4), "1 working day from Fri 3/5/2024 is the working Saturday 4/5"},
		// Art. 147: the event day is not counted; Art. 148(1): days.
		{d(2024, 3, 4), Days(1), d(2024, 3, 5), "Mon + 1 day = Tue"},
		{d(2024, 3, 7), Days(2), d(2024, 3, 11), "Thu + 2 days = Sat, a day off: Mon"},
		{d(2024, 2, 5), Days(5), d(2024, 2, 15), "Mon + 5 days = Sat 10/2, Tết: Thu 15/2"},
		{d(2024, 2, 1), Days(0), d(2024, 2, 1), "zero days: the event day"},
		{d(2024, 2, 10), Days(0), d(2024, 2, 15), "zero days on a day off: the next working day"},
		// Working days.
		{d(2024, 3, 1), WorkingDays(10), d(2024, 3, 15), "Fri + 10 working days = Fri two weeks later"},
		{d(2023, 4, 27), WorkingDays(3), d(2023, 5, 5), "over the 2023 cascade: 28/4, then 4/5 and 5/5"},
		// Art. 148(2): weeks.
		{d(2024, 3, 6), Weeks(1), d(2024, 3, 13), "Wed + 1 week = Wed"},
		{d(2024, 2, 3), Weeks(1), d(2024, 2, 15), "Sat 3/2 + 1 week = Sat 10/2, Tết: Thu 15/2"},
		// Art. 148(3)–(4): months and years, corresponding day or end of month.
		{d(2024, 1, 31), Months(1), d(2024, 2, 29), "no 31 February: the last day, 29/2/2024 (Thu)"},
		{d(2023, 1, 31), Months(1), d(2023, 2, 28), "no 29 February 2023: 28/2 (Tue)"},
		{d(2024, 3, 15), Months(1), d(2024, 4, 15), "corresponding day, a Monday"},
		{d(2024, 3, 18), Months(1), d(2024, 4, 19), "18/4/2024 is Hùng Kings: next working day 19/4"},
		{d(2023, 12, 30), Months(2), d(2024, 2, 29), "30 February does not exist: 29/2/2024"},
		{d(2024, 3, 29), Months(1), d(2024, 5, 2), "29/4/2024 swap, 30/4, 1/5 holidays: Thu 2/5"},
		{d(2024, 2, 29), Years(1), d(2025, 2, 28), "no 29/2/2025: the last day of February (Fri)"},
		{d(2024, 4, 30), Years(1), d(2025, 5, 5), "30/4/2025 Wed holiday, 1/5 holiday, 2/5 swap, weekend: Mon 5/5"},
		{d(2024, 6, 3), Months(-1), d(2024, 5, 3), "negative: one month back"},
		{d(2024, 5, 14), Days(-10), d(2024, 5, 4), "negative: Sat 4/5 is worked, so no move"},
		{d(2024, 2, 15), Days(-3), d(2024, 2, 7), "negative: 12/2 is Tết, move back to Wed 7/2"},
		{d(2024, 2, 15), WorkingDays(-1), d(2024, 2, 7), "negative working days"},
		// Unset inputs.
		{Date{}, Days(3), Date{}, "zero event: zero Date"},
		{d(2024, 2, 1), Period{N: 3}, Date{}, "unknown unit: zero Date"},
		{d(2024, 2, 1), Period{N: 3, Unit: 99}, Date{}, "invalid unit: zero Date"},
	}
	for _, tc := range tests {
		t.Run(tc.reason, func(t *testing.T) {
			got := c.Deadline(tc.event, tc.period)
			if diff := cmp.Diff(tc.want.String(), got.String()); diff != "" {
				t.Errorf("Deadline(%v, %v) (-want +got):\n%s\nreason: %s", tc.event, tc.period, diff, tc.reason)
			}
		})
	}
}

func TestPeriodUnitText(t *testing.T) {
	for u := PeriodDays; u <= PeriodYears; u++ {
		b, err := u.MarshalText()
		require.NoError(t, err)
		var back PeriodUnit
		require.NoError(t, back.UnmarshalText(b))
		if back != u || string(b) != u.String() {
			t.Errorf("%v: text %q gives %v", u, b, back)
		}
	}
	tests := []struct {
		unit PeriodUnit
		want string
	}{
		{PeriodUnknown, "unknown"},
		{PeriodWorkingDays, "working_days"},
		{PeriodUnit(200), "%!PeriodUnit(200)"},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, tc.unit.String()); diff != "" {
			t.Errorf("String (-want +got):\n%s", diff)
		}
	}
	// The zero value is unset: it marshals as "" and "" reads back as it.
	b, err := PeriodUnknown.MarshalText()
	require.NoError(t, err)
	if string(b) != "" {
		t.Errorf("PeriodUnknown.MarshalText = %q, want \"\"", b)
	}
	u := PeriodDays
	require.NoError(t, u.UnmarshalText(nil))
	if u != PeriodUnknown {
		t.Errorf(`UnmarshalText("") = %v, want PeriodUnknown`, u)
	}
	_, err = PeriodUnit(200).MarshalText()
	require.ErrorIs(t, err, ErrUnknownValue)
	for _, s := range []string{"unknown", "Days", "working days", "day"} {
		var u PeriodUnit
		err := u.UnmarshalText([]byte(s))
		require.ErrorIs(t, err, ErrUnknownValue, "UnmarshalText(%q)", s)
		var ee *EnumError
		require.ErrorAs(t, err, &ee)
		if ee.Type != "PeriodUnit" || ee.Value != s {
			t.Errorf("EnumError = %+v", ee)
		}
	}
}

func TestPeriodJSON(t *testing.T) {
	b, err := json.Marshal(WorkingDays(10))
	require.NoError(t, err)
	if diff := cmp.Diff(`{"n":10,"unit":"working_days"}`, string(b)); diff != "" {
		t.Errorf("json.Marshal (-want +got):\n%s", diff)
	}
	var p Period
	require.NoError(t, json.Unmarshal(b, &p))
	if p != WorkingDays(10) {
		t.Errorf("round trip = %v", p)
	}
	if got := Months(2).String(); got != "2 months" {
		t.Errorf("String = %q", got)
	}
	for _, p := range []Period{Days(1), WorkingDays(2), Weeks(3), Months(4), Years(5)} {
		if p.Unit == PeriodUnknown || p.N == 0 {
			t.Errorf("constructor gave %v", p)
		}
	}
}

func TestDayKindAndBasisText(t *testing.T) {
	for k := DayKindWorkday; k <= DayKindMakeUp; k++ {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back DayKind
		require.NoError(t, back.UnmarshalText(b))
		if back != k {
			t.Errorf("%v round trip = %v", k, back)
		}
	}
	for b := BasisOfficial; b <= BasisNotCovered; b++ {
		text, err := b.MarshalText()
		require.NoError(t, err)
		var back Basis
		require.NoError(t, back.UnmarshalText(text))
		if back != b {
			t.Errorf("%v round trip = %v", b, back)
		}
	}
	// Out of range: an error, and String in the manner of time.Month.
	_, err := DayKind(42).MarshalText()
	require.ErrorIs(t, err, ErrUnknownValue)
	_, err = Basis(42).MarshalText()
	require.ErrorIs(t, err, ErrUnknownValue)
	// The zero value marshals as "", and "" reads back as the zero value.
	for _, m := range []interface{ MarshalText() ([]byte, error) }{DayKindUnknown, BasisUnknown} {
		text, err := m.MarshalText()
		require.NoError(t, err)
		if len(text) != 0 {
			t.Errorf("%T zero value marshals as %q, want \"\"", m, text)
		}
	}
	k, b := DayKindHoliday, BasisOfficial
	require.NoError(t, k.UnmarshalText([]byte{}))
	require.NoError(t, b.UnmarshalText([]byte{}))
	if k != DayKindUnknown || b != BasisUnknown {
		t.Errorf(`UnmarshalText("") = %v, %v; want the zero values`, k, b)
	}
	require.ErrorIs(t, k.UnmarshalText([]byte("weekday")), ErrUnknownValue)
	require.ErrorIs(t, b.UnmarshalText([]byte("unknown")), ErrUnknownValue)
	for _, tc := range []struct{ got, want string }{
		{DayKind(42).String(), "%!DayKind(42)"},
		{Basis(42).String(), "%!Basis(42)"},
		{DayKindUnknown.String(), "unknown"},
		{BasisUnknown.String(), "unknown"},
		{DayKindMakeUp.String(), "make_up"},
		{BasisNotCovered.String(), "not_covered"},
	} {
		if tc.got != tc.want {
			t.Errorf("String = %q, want %q", tc.got, tc.want)
		}
	}
}
