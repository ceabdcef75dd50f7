package calendar

import (
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// d is the compact row constructor of the tests.
func d(y int, m time.Month, day int) Date { return NewDate(y, m, day) }

// The extreme ends of Date.
var (
	minDate = Date{n: math.MinInt32 + 1}
	maxDate = Date{n: math.MaxInt32}
)

func TestNewDate(t *testing.T) {
	tests := []struct {
		name   string
		year   int
		month  time.Month
		day    int
		want   string
		reason string
	}{
		{"plain", 2024, time.January, 8, "2024-01-08", "no normalisation needed"},
		{"day overflow", 2024, time.February, 30, "2024-03-01", "2024 is a leap year: 30 Feb is 1 Mar"},
		{"common year", 2023, time.February, 29, "2023-03-01", "2023 has no 29 Feb"},
		{"day zero", 2024, time.March, 0, "2024-02-29", "day 0 is the last day of the month before"},
		{"negative day", 2024, time.January, -30, "2023-12-01", "like time.Date"},
		{"month 13", 2023, 13, 1, "2024-01-01", "months carry into the year"},
		{"month 0", 2024, 0, 1, "2023-12-01", "month 0 is December of the year before"},
		{"month -13", 2024, -13, 15, "2022-11-15", "negative months carry backwards"},
		{"century", 1900, time.February, 29, "1900-03-01", "1900 is not a leap year"},
		{"400 years", 2000, time.February, 29, "2000-02-29", "2000 is a leap year"},
		{"epoch", 1970, time.January, 1, "1970-01-01", "day 0 of the Unix epoch"},
		{"year 1", 1, time.January, 1, "0001-01-01", "first year of the ISO form"},
		{"year 0", 0, time.December, 31, "0000-12-31", "proleptic Gregorian year 0"},
		{"negative year", -44, time.March, 15, "-0044-03-15", "years before 0 print with a sign"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := NewDate(tc.year, tc.month, tc.day)
			if diff := cmp.Diff(tc.want, got.String()); diff != "" {
				t.Errorf("NewDate(%d, %d, %d) (-want +got):\n%s\nreason: %s", tc.year, tc.month, tc.day, diff, tc.reason)
			}
			if want := time.Date(tc.year, tc.month, tc.day, 0, 0, 0, 0, time.UTC); got.Time().Format(time.DateOnly) != want.Format(time.DateOnly) && tc.year > 0 {
				t.Errorf("NewDate disagrees with time.Date: got %v, time.Date %v", got, want)
			}
		})
	}
}

func TestNewDateSaturates(t *testing.T) {
	tests := []struct {
		name   string
		year   int
		month  time.Month
		day    int
		want   Date
		reason string
	}{
		{"max year", math.MaxInt, time.January, 1, maxDate, "far beyond 2.9 million years AD"},
		{"min year", math.MinInt, time.January, 1, minDate, "far beyond 8.8 million years BC"},
		{"max day", 2024, time.January, math.MaxInt, maxDate, "a huge day count saturates"},
		{"min day", 2024, time.January, math.MinInt, minDate, "a huge negative day count saturates"},
		{"max month", 2024, math.MaxInt, 1, maxDate, "a huge month count saturates"},
		{"min month", 2024, math.MinInt, 1, minDate, "a huge negative month count saturates"},
		{"max year, min day", math.MaxInt, time.January, math.MinInt, maxDate, "the years outweigh the days"},
		{"cancelling", 1 << 40, time.January, -(1 << 40) * 366, minDate, "2^40 years less 366·2^40 days is far in the past"},
		{"cancelling back", 1 << 40, 1 - (1<<40)*12, 1, d(0, time.January, 1), "months exactly cancel the years"},
		{"just inside", 5_000_000, time.January, 1, d(5_000_000, time.January, 1), "inside the range: exact"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := NewDate(tc.year, tc.month, tc.day)
			if diff := cmp.Diff(tc.want.String(), got.String()); diff != "" {
				t.Errorf("NewDate(%d, %d, %d) (-want +got):\n%s\nreason: %s", tc.year, tc.month, tc.day, diff, tc.reason)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in     string
		want   Date
		reason string
	}{
		{"2024-01-08", d(2024, 1, 8), "ISO form, as JSON carries it"},
		{"08/01/2024", d(2024, 1, 8), "dd/mm/yyyy, as Vietnamese documents write it"},
		{"29/02/2024", d(2024, 2, 29), "leap day"},
		{"2000-02-29", d(2000, 2, 29), "leap day of a 400-year"},
		{"0001-01-01", d(1, 1, 1), "first year allowed"},
		{"31/12/9999", d(9999, 12, 31), "last day allowed"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseDate(tc.in)
			require.NoError(t, err)
			if diff := cmp.Diff(tc.want.String(), got.String()); diff != "" {
				t.Errorf("ParseDate(%q) (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}

func TestParseDateRejects(t *testing.T) {
	tests := []struct {
		in     string
		reason string
	}{
		{"", "empty"},
		{"2024-1-08", "one-digit month"},
		{"2024-01-8", "one-digit day"},
		{"8/1/2024", "one-digit day and month"},
		{"08/01/24", "two-digit year"},
		{"2024/01/08", "ISO order with slashes"},
		{"08-01-2024", "dmy order with dashes"},
		{"08/01-2024", "mixed separators"},
		{"2024-01-08T00:00:00Z", "a time, not a date"},
		{" 2024-01-08", "leading space"},
		{"2024-01-08 ", "trailing space"},
		{"+024-01-08", "sign in the year"},
		{"2024-00-10", "month 0"},
		{"2024-13-10", "month 13"},
		{"2024-02-30", "30 February"},
		{"2023-02-29", "29 February of a common year"},
		{"1900-02-29", "1900 is not a leap year"},
		{"31/04/2024", "April has 30 days"},
		{"00/01/2024", "day 0"},
		{"0000-01-01", "year 0"},
		{"２０２４-01-08", "full-width digits"},
		{"2024-0a-08", "letter in the month"},
	}
	for _, tc := range tests {
		t.Run(tc.reason, func(t *testing.T) {
			got, err := ParseDate(tc.in)
			require.ErrorIs(t, err, ErrInvalidDate, "ParseDate(%q): %s", tc.in, tc.reason)
			var de *DateError
			require.ErrorAs(t, err, &de)
			if diff := cmp.Diff(tc.in, de.Input); diff != "" {
				t.Errorf("DateError.Input (-want +got):\n%s", diff)
			}
			if !got.IsZero() {
				t.Errorf("ParseDate(%q) = %v with an error, want the zero Date", tc.in, got)
			}
		})
	}
}

func TestDateErrorCutsInput(t *testing.T) {
	long := string(make([]byte, 1000))
	_, err := ParseDate(long)
	var de *DateError
	require.ErrorAs(t, err, &de)
	if got := len(de.Input); got != 64 {
		t.Errorf("len(DateError.Input) = %d, want 64", got)
	}
}

func TestDateOf(t *testing.T) {
	tests := []struct {
		name   string
		t      time.Time
		want   Date
		reason string
	}{
		{"UTC evening", time.Date(2024, 1, 7, 16, 59, 59, 0, time.UTC), d(2024, 1, 7), "23:59:59 in Vietnam"},
		{"UTC 17:00", time.Date(2024, 1, 7, 17, 0, 0, 0, time.UTC), d(2024, 1, 8), "midnight in Vietnam: the next day"},
		{"ICT midnight", time.Date(2024, 1, 8, 0, 0, 0, 0, Zone()), d(2024, 1, 8), "already in UTC+7"},
		{"New York", time.Date(2024, 1, 7, 12, 30, 0, 0, time.FixedZone("EST", -5*3600)), d(2024, 1, 8), "17:30 UTC is 00:30 in Vietnam"},
		{"Tokyo", time.Date(2024, 1, 1, 1, 0, 0, 0, time.FixedZone("JST", 9*3600)), d(2023, 12, 31), "01:00 JST is 23:00 the day before in Vietnam"},
		{"year end", time.Date(2023, 12, 31, 17, 0, 0, 0, time.UTC), d(2024, 1, 1), "New Year starts 7 hours earlier in Vietnam"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := DateOf(tc.t)
			if diff := cmp.Diff(tc.want.String(), got.String()); diff != "" {
				t.Errorf("DateOf(%v) (-want +got):\n%s\nreason: %s", tc.t, diff, tc.reason)
			}
		})
	}
}

func TestDateTime(t *testing.T) {
	got := d(2024, 1, 8).Time()
	want := time.Date(2024, 1, 8, 0, 0, 0, 0, Zone())
	if !got.Equal(want) {
		t.Errorf("Time() = %v, want %v", got, want)
	}
	if DateOf(got) != d(2024, 1, 8) {
		t.Errorf("DateOf(Time()) = %v, want 2024-01-08", DateOf(got))
	}
}

func TestDateText(t *testing.T) {
	type doc struct {
		Due  Date  `json:"due"`
		Done *Date `json:"done,omitempty"`
	}
	in := doc{Due: d(2024, 2, 15)}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	if diff := cmp.Diff(`{"due":"2024-02-15"}`, string(b)); diff != "" {
		t.Errorf("json.Marshal (-want +got):\n%s", diff)
	}
	var out doc
	require.NoError(t, json.Unmarshal(b, &out))
	if out.Due != in.Due {
		t.Errorf("round trip: got %v, want %v", out.Due, in.Due)
	}

	// The zero Date marshals as "" and back.
	b, err = json.Marshal(doc{})
	require.NoError(t, err)
	if diff := cmp.Diff(`{"due":""}`, string(b)); diff != "" {
		t.Errorf("zero Date (-want +got):\n%s", diff)
	}
	require.NoError(t, json.Unmarshal(b, &out))
	if !out.Due.IsZero() {
		t.Errorf("unmarshalled \"\" = %v, want the zero Date", out.Due)
	}

	// JSON carries the ISO form only, strictly.
	for _, bad := range []string{`{"due":"15/02/2024"}`, `{"due":"2024-02-30"}`, `{"due":"2024-2-15"}`} {
		err := json.Unmarshal([]byte(bad), &out)
		require.ErrorIs(t, err, ErrInvalidDate, "json.Unmarshal(%s)", bad)
	}

	// Years the ISO form cannot carry fail to marshal.
	for _, far := range []Date{d(10000, 1, 1), d(0, 12, 31), maxDate, minDate} {
		_, err := far.MarshalText()
		require.ErrorIs(t, err, ErrInvalidDate, "MarshalText(%v)", far)
	}
}

func TestDateFormat(t *testing.T) {
	tests := []struct {
		date     Date
		iso, dmy string
	}{
		{d(2024, 1, 8), "2024-01-08", "08/01/2024"},
		{d(999, 12, 31), "0999-12-31", "31/12/0999"},
		{Date{}, "", ""},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.iso, tc.date.String()); diff != "" {
			t.Errorf("String (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(tc.dmy, tc.date.Format()); diff != "" {
			t.Errorf("Format (-want +got):\n%s", diff)
		}
	}
}

func TestWeekday(t *testing.T) {
	tests := []struct {
		date   Date
		want   time.Weekday
		reason string
	}{
		{d(1970, 1, 1), time.Thursday, "Unix epoch"},
		{d(1969, 12, 31), time.Wednesday, "negative day numbers"},
		{d(2024, 2, 10), time.Saturday, "Tết 2024"},
		{d(2023, 4, 29), time.Saturday, "Hùng Kings 2023"},
		{d(2026, 4, 26), time.Sunday, "Hùng Kings 2026"},
		{d(1, 1, 1), time.Monday, "proleptic Gregorian 0001-01-01"},
	}
	for _, tc := range tests {
		if got := tc.date.Weekday(); got != tc.want {
			t.Errorf("%v.Weekday() = %v, want %v (%s)", tc.date, got, tc.want, tc.reason)
		}
		if y, m, dd := tc.date.Date(); tc.date.Weekday() != time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).Weekday() {
			t.Errorf("%v.Weekday() disagrees with time", tc.date)
		}
	}
	// Every weekday value is in range, even at the extremes.
	for _, x := range []Date{minDate, maxDate, {}} {
		if w := x.Weekday(); w < time.Sunday || w > time.Saturday {
			t.Errorf("%v.Weekday() = %d", x, w)
		}
	}
}

func TestAddDaysSub(t *testing.T) {
	tests := []struct {
		from   Date
		n      int
		want   Date
		reason string
	}{
		{d(2024, 2, 28), 1, d(2024, 2, 29), "leap day"},
		{d(2024, 2, 28), 2, d(2024, 3, 1), "past the leap day"},
		{d(2024, 1, 1), -1, d(2023, 12, 31), "back over the year"},
		{d(2024, 1, 1), 366, d(2025, 1, 1), "2024 has 366 days"},
		{d(2024, 1, 1), 0, d(2024, 1, 1), "zero"},
		{d(2024, 1, 1), math.MaxInt, maxDate, "saturates, no overflow"},
		{d(2024, 1, 1), math.MinInt, minDate, "saturates, no overflow"},
		{maxDate, 1, maxDate, "already at the end"},
		{minDate, -1, minDate, "already at the start"},
	}
	for _, tc := range tests {
		got := tc.from.AddDays(tc.n)
		if diff := cmp.Diff(tc.want.String(), got.String()); diff != "" {
			t.Errorf("%v.AddDays(%d) (-want +got):\n%s\nreason: %s", tc.from, tc.n, diff, tc.reason)
		}
	}
	if got := d(2024, 3, 1).Sub(d(2024, 2, 1)); got != 29 {
		t.Errorf("Sub across February 2024 = %d, want 29", got)
	}
	if got := d(2024, 2, 1).Sub(d(2024, 3, 1)); got != -29 {
		t.Errorf("Sub backwards = %d, want -29", got)
	}
	if got, want := maxDate.Sub(minDate), math.MaxUint32-1; got != want {
		t.Errorf("maxDate.Sub(minDate) = %d, want %d", got, want)
	}
	a, b := d(2024, 1, 1), d(2024, 1, 2)
	if !a.Before(b) || a.After(b) || !b.After(a) || a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 {
		t.Errorf("ordering of %v and %v is wrong", a, b)
	}
	if (Date{}).IsZero() != true || a.IsZero() {
		t.Errorf("IsZero is wrong")
	}
}

func TestMustParseDatePanics(t *testing.T) {
	require.Panics(t, func() { MustParseDate("2024-02-30") })
	if got := MustParseDate("30/04/2024"); got != d(2024, 4, 30) {
		t.Errorf("MustParseDate = %v", got)
	}
}
