package calendar

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// dayRow is a row of the day tables: what Explain must say of a date.
type dayRow struct {
	date   Date
	kind   DayKind
	text   string // Reason.English(); "" when not checked
	reason string
}

func (r dayRow) name() string { return fmt.Sprintf("%v %s", r.date, r.date.Weekday().String()[:3]) }

// checkDays runs the rows against c, expecting basis for each.
func checkDays(t *testing.T, c *Calendar, basis Basis, rows []dayRow) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.name(), func(t *testing.T) {
			info := c.Explain(tc.date)
			// Sources are checked exactly in TestSources; here they must
			// only be there, wherever the statutory calendar answers.
			want := DayInfo{Date: tc.date, Workday: !tc.kind.IsOff(), Reason: info.Reason, Basis: basis, Source: info.Source}
			want.Reason.Kind = tc.kind
			if diff := cmp.Diff(want, info); diff != "" {
				t.Errorf("Explain(%v) (-want +got):\n%s\nreason: %s", tc.date, diff, tc.reason)
			}
			if c.statutory && c.added.IsZero() && info.Source == "" {
				t.Errorf("Explain(%v) has no source (%s)", tc.date, tc.reason)
			}
			if tc.text != "" {
				if diff := cmp.Diff(tc.text, info.Reason.English()); diff != "" {
					t.Errorf("Explain(%v).Reason.English() (-want +got):\n%s\nreason: %s", tc.date, diff, tc.reason)
				}
			}
			if got := c.IsWorkday(tc.date); got != want.Workday {
				t.Errorf("IsWorkday(%v) = %v, want %v (%s)", tc.date, got, want.Workday, tc.reason)
			}
			r, off := c.DayOff(tc.date)
			if off != tc.kind.IsOff() || (off && r != info.Reason) || (!off && r != Reason{}) {
				t.Errorf("DayOff(%v) = %v, %v; inconsistent with Explain %v", tc.date, r, off, info)
			}
		})
	}
}

const (
	enNewYear   = "New Year's Day"
	enTet       = "Lunar New Year (Tết)"
	enHung      = "Hùng Kings' Commemoration Day"
	enVictory   = "Reunification Day"
	enLabour    = "International Labour Day"
	enNational  = "National Day"
	enCulture   = "Vietnamese Culture Day"
	enWeekend   = "Weekly rest day"
	enWorkday   = "Working day"
	compensated = "Compensation for "
)

// officialRows lists every day of the official schedules of 2023–2026 that
// differs from a plain Monday-to-Friday week (the years' notices), plus the weekend
// holidays the schedules name.
var officialRows = []dayRow{
	// 2023
	{d(2023, 1, 1), DayKindHoliday, enNewYear, "Sunday: a holiday on a weekly rest day"},
	{d(2023, 1, 2), DayKindCompensation, compensated + enNewYear, "1/1 was Sunday"},
	{d(2023, 1, 20), DayKindHoliday, enTet, "Tết 2023: Fri 20/1"},
	{d(2023, 1, 21), DayKindHoliday, enTet, "Tết 2023: Saturday, 30 Tết"},
	{d(2023, 1, 22), DayKindHoliday, enTet, "Tết 2023: Sunday, 1 Tết"},
	{d(2023, 1, 23), DayKindHoliday, enTet, "Tết 2023: Mon 23/1 – Thu 26/1"},
	{d(2023, 1, 24), DayKindHoliday, enTet, "Tết 2023: Mon 23/1 – Thu 26/1"},
	{d(2023, 1, 25), DayKindHoliday, enTet, "Tết 2023: Mon 23/1 – Thu 26/1"},
	{d(2023, 1, 26), DayKindHoliday, enTet, "Tết 2023: Mon 23/1 – Thu 26/1"},
	{d(2023, 4, 29), DayKindHoliday, enHung, "Hùng Kings on Saturday 29/4"},
	{d(2023, 4, 30), DayKindHoliday, enVictory, "30/4 on Sunday"},
	{d(2023, 5, 1), DayKindHoliday, enLabour, "Mon 1/5"},
	{d(2023, 5, 2), DayKindCompensation, compensated + enHung, "cascade: Sat 29/4 compensated on Tue 2/5"},
	{d(2023, 5, 3), DayKindCompensation, compensated + enVictory, "cascade: Sun 30/4 compensated on Wed 3/5"},
	{d(2023, 9, 1), DayKindHoliday, enNational, "the day adjacent to 2/9: Fri 1/9"},
	{d(2023, 9, 2), DayKindHoliday, enNational, "2/9 on Saturday"},
	{d(2023, 9, 4), DayKindCompensation, compensated + enNational, "2/9 compensated on Mon 4/9"},
	// 2024
	{d(2024, 1, 1), DayKindHoliday, enNewYear, "Mon 1/1"},
	{d(2024, 2, 8), DayKindHoliday, enTet, "Tết 2024: Thu 8/2 – Fri 9/2"},
	{d(2024, 2, 9), DayKindHoliday, enTet, "Tết 2024: Thu 8/2 – Fri 9/2"},
	{d(2024, 2, 10), DayKindHoliday, enTet, "Tết 2024: Saturday, 1 Tết"},
	{d(2024, 2, 11), DayKindHoliday, enTet, "Tết 2024: Sunday, 2 Tết"},
	{d(2024, 2, 12), DayKindHoliday, enTet, "Tết 2024: Mon 12/2 – Wed 14/2"},
	{d(2024, 2, 13), DayKindHoliday, enTet, "Tết 2024: Mon 12/2 – Wed 14/2"},
	{d(2024, 2, 14), DayKindHoliday, enTet, "Tết 2024: Mon 12/2 – Wed 14/2"},
	{d(2024, 4, 18), DayKindHoliday, enHung, "Hùng Kings: Thu 18/4"},
	{d(2024, 4, 29), DayKindSwap, "", "Mon 29/4 swapped with Sat 4/5"},
	{d(2024, 4, 30), DayKindHoliday, enVictory, "Tue 30/4"},
	{d(2024, 5, 1), DayKindHoliday, enLabour, "Wed 1/5"},
	{d(2024, 5, 4), DayKindMakeUp, "", "Sat 4/5 worked for Mon 29/4"},
	{d(2024, 9, 2), DayKindHoliday, enNational, "Mon 2/9"},
	{d(2024, 9, 3), DayKindHoliday, enNational, "the day adjacent to 2/9: Tue 3/9"},
	// 2025
	{d(2025, 1, 1), DayKindHoliday, enNewYear, "Wed 1/1"},
	{d(2025, 1, 27), DayKindHoliday, enTet, "Tết 2025: Mon 27/1 – Fri 31/1"},
	{d(2025, 1, 28), DayKindHoliday, enTet, "Tết 2025: Mon 27/1 – Fri 31/1"},
	{d(2025, 1, 29), DayKindHoliday, enTet, "Tết 2025: Mon 27/1 – Fri 31/1"},
	{d(2025, 1, 30), DayKindHoliday, enTet, "Tết 2025: Mon 27/1 – Fri 31/1"},
	{d(2025, 1, 31), DayKindHoliday, enTet, "Tết 2025: Mon 27/1 – Fri 31/1"},
	{d(2025, 4, 7), DayKindHoliday, enHung, "Hùng Kings: Mon 7/4"},
	{d(2025, 4, 26), DayKindMakeUp, "", "Sat 26/4 worked for Fri 2/5"},
	{d(2025, 4, 30), DayKindHoliday, enVictory, "Wed 30/4"},
	{d(2025, 5, 1), DayKindHoliday, enLabour, "Thu 1/5"},
	{d(2025, 5, 2), DayKindSwap, "", "Fri 2/5 swapped with Sat 26/4"},
	{d(2025, 9, 1), DayKindHoliday, enNational, "the day adjacent to 2/9: Mon 1/9"},
	{d(2025, 9, 2), DayKindHoliday, enNational, "Tue 2/9"},
	// 2026
	{d(2026, 1, 1), DayKindHoliday, enNewYear, "Thu 1/1"},
	{d(2026, 1, 2), DayKindSwap, "", "Fri 2/1 swapped with Sat 10/1 (confidence M)"},
	{d(2026, 1, 10), DayKindMakeUp, "", "Sat 10/1 worked for Fri 2/1 (confidence M)"},
	{d(2026, 2, 16), DayKindHoliday, enTet, "Tết 2026: Mon 16/2 – Fri 20/2"},
	{d(2026, 2, 17), DayKindHoliday, enTet, "Tết 2026: Mon 16/2 – Fri 20/2"},
	{d(2026, 2, 18), DayKindHoliday, enTet, "Tết 2026: Mon 16/2 – Fri 20/2"},
	{d(2026, 2, 19), DayKindHoliday, enTet, "Tết 2026: Mon 16/2 – Fri 20/2"},
	{d(2026, 2, 20), DayKindHoliday, enTet, "Tết 2026: Mon 16/2 – Fri 20/2"},
	{d(2026, 4, 26), DayKindHoliday, enHung, "Hùng Kings on Sunday 26/4"},
	{d(2026, 4, 27), DayKindCompensation, compensated + enHung, "Sun 26/4 compensated on Mon 27/4"},
	{d(2026, 4, 30), DayKindHoliday, enVictory, "Thu 30/4"},
	{d(2026, 5, 1), DayKindHoliday, enLabour, "Fri 1/5"},
	{d(2026, 8, 22), DayKindMakeUp, "", "Sat 22/8 worked for Mon 31/8"},
	{d(2026, 8, 31), DayKindSwap, "", "Mon 31/8 swapped with Sat 22/8"},
	{d(2026, 9, 1), DayKindHoliday, enNational, "the day adjacent to 2/9: Tue 1/9"},
	{d(2026, 9, 2), DayKindHoliday, enNational, "Wed 2/9"},
	{d(2026, 11, 24), DayKindHoliday, enCulture, "Vietnamese Culture Day, first observed Tue 24/11/2026"},
}

func TestOfficialSchedules(t *testing.T) {
	checkDays(t, Vietnam(), BasisOfficial, officialRows)
}

// TestOfficialSchedulesExact checks that in 2023–2026 nothing but the listed
// days differs from a plain Monday-to-Friday week.
func TestOfficialSchedulesExact(t *testing.T) {
	c := Vietnam()
	listed := make(map[Date]bool)
	for _, r := range officialRows {
		listed[r.date] = true
	}
	for x := d(2023, 1, 1); x.Year() <= 2026; x = x.AddDays(1) {
		info := c.Explain(x)
		if info.Basis != BasisOfficial {
			t.Errorf("%v: basis %v, want official", x, info.Basis)
		}
		plain := x.Weekday() != time.Saturday && x.Weekday() != time.Sunday
		if info.Workday != plain && !listed[x] {
			t.Errorf("%v (%v): workday = %v, a change no official schedule lists (%v)", x, x.Weekday(), info.Workday, info.Reason)
		}
	}
}

func TestProjection(t *testing.T) {
	rows := []dayRow{
		// Labour Code 2012 (2014–2020): no day adjacent to 2 September.
		{d(2014, 1, 1), DayKindHoliday, enNewYear, "first covered day"},
		{d(2017, 9, 1), DayKindWorkday, enWorkday, "2017: no adjacent day before 2021"},
		{d(2017, 9, 2), DayKindHoliday, enNational, "2/9/2017 on Saturday"},
		{d(2017, 9, 4), DayKindCompensation, compensated + enNational, "compensated on Monday"},
		{d(2019, 9, 2), DayKindHoliday, enNational, "Mon 2/9/2019"},
		{d(2019, 9, 3), DayKindWorkday, enWorkday, "2019: no adjacent day before 2021"},
		{d(2020, 9, 1), DayKindWorkday, enWorkday, "2020: no adjacent day before 2021"},
		{d(2020, 9, 3), DayKindWorkday, enWorkday, "2020: no adjacent day before 2021"},
		// Labour Code 2019: the adjacent day.
		{d(2021, 9, 2), DayKindHoliday, enNational, "Thu 2/9/2021"},
		{d(2021, 9, 3), DayKindHoliday, enNational, "Thursday: the adjacent day is 3/9"},
		{d(2022, 9, 1), DayKindHoliday, enNational, "Friday: the adjacent day is 1/9"},
		{d(2022, 9, 2), DayKindHoliday, enNational, "Fri 2/9/2022"},
		{d(2028, 9, 1), DayKindHoliday, enNational, "Saturday: the adjacent day is Fri 1/9"},
		{d(2028, 9, 2), DayKindHoliday, enNational, "2/9/2028 on Saturday"},
		{d(2028, 9, 4), DayKindCompensation, compensated + enNational, "Sat 2/9 compensated on Mon 4/9"},
		{d(2029, 9, 3), DayKindHoliday, enNational, "Sunday: the adjacent day is Mon 3/9"},
		{d(2029, 9, 4), DayKindCompensation, compensated + enNational, "Sun 2/9 compensated past the adjacent day"},
		{d(2030, 9, 3), DayKindHoliday, enNational, "Monday: the adjacent day is Tue 3/9"},
		{d(2031, 9, 1), DayKindHoliday, enNational, "Tuesday: the adjacent day is Mon 1/9"},
		{d(2031, 9, 3), DayKindWorkday, enWorkday, "Tuesday: not 3/9"},
		{d(2032, 9, 3), DayKindHoliday, enNational, "Thursday: the adjacent day is Fri 3/9"},
		{d(2037, 9, 1), DayKindHoliday, enNational, "Wednesday: the adjacent day is Tue 1/9"},
		// Tết: the last day of the lunar year and lunar days 1 to 4.
		{d(2027, 2, 4), DayKindWorkday, enWorkday, "28 Chạp 2027 is not off"},
		{d(2027, 2, 5), DayKindHoliday, enTet, "Fri 5/2/2027, the last day of the lunar year"},
		{d(2027, 2, 6), DayKindHoliday, enTet, "Tết 2027 on Saturday"},
		{d(2027, 2, 7), DayKindHoliday, enTet, "2 Tết on Sunday"},
		{d(2027, 2, 8), DayKindHoliday, enTet, "3 Tết"},
		{d(2027, 2, 9), DayKindHoliday, enTet, "4 Tết"},
		{d(2027, 2, 10), DayKindCompensation, compensated + enTet, "Sat 6/2 compensated after 4 Tết"},
		{d(2027, 2, 11), DayKindCompensation, compensated + enTet, "Sun 7/2 compensated next"},
		{d(2027, 2, 12), DayKindWorkday, enWorkday, "back to work"},
		{d(2034, 2, 18), DayKindHoliday, enTet, "Sat 18/2/2034, the last day of the lunar year"},
		{d(2034, 2, 23), DayKindCompensation, compensated + enTet, "Sat 18/2 compensated after 4 Tết"},
		{d(2034, 2, 24), DayKindCompensation, compensated + enTet, "Sun 19/2 compensated next"},
		// Cascades of the spring holidays.
		{d(2028, 1, 3), DayKindCompensation, compensated + enNewYear, "1/1/2028 on Saturday"},
		{d(2028, 4, 30), DayKindHoliday, enVictory, "Sunday"},
		{d(2028, 5, 1), DayKindHoliday, enLabour, "Monday"},
		{d(2028, 5, 2), DayKindCompensation, compensated + enVictory, "Sun 30/4 compensated past 1/5"},
		{d(2033, 4, 9), DayKindHoliday, enHung, "Hùng Kings 2033 on Saturday"},
		{d(2033, 4, 11), DayKindCompensation, compensated + enHung, "compensated on Monday"},
		{d(2033, 5, 2), DayKindCompensation, compensated + enVictory, "Sat 30/4/2033 compensated on Monday"},
		{d(2033, 5, 3), DayKindCompensation, compensated + enLabour, "Sun 1/5/2033 compensated on Tuesday"},
		{d(2034, 1, 2), DayKindCompensation, compensated + enNewYear, "1/1/2034 on Sunday"},
		{d(2034, 5, 2), DayKindCompensation, compensated + enVictory, "Sun 30/4/2034 past Mon 1/5"},
		// Plain days.
		{d(2027, 6, 15), DayKindWorkday, enWorkday, "a plain Tuesday"},
		{d(2027, 6, 19), DayKindWeekend, enWeekend, "a plain Saturday: no swap is projected"},
		{d(2099, 12, 31), DayKindWorkday, enWorkday, "last covered day, a Thursday"},
	}
	checkDays(t, Vietnam(), BasisProjected, rows)
}

func TestNotCovered(t *testing.T) {
	rows := []dayRow{
		{d(2013, 12, 31), DayKindWorkday, enWorkday, "the day before the covered range"},
		{d(2013, 1, 1), DayKindWorkday, enWorkday, "New Year 2013: not covered, a plain Tuesday"},
		{d(2100, 1, 1), DayKindWorkday, enWorkday, "the day after the covered range, a Friday"},
		{d(2100, 1, 2), DayKindWeekend, enWeekend, "only weekends are days off"},
		{d(1975, 4, 30), DayKindWorkday, enWorkday, "long before"},
	}
	checkDays(t, Vietnam(), BasisNotCovered, rows)
	// The extremes: a weekday or a weekend day, never a panic.
	for _, x := range []Date{minDate, maxDate, {}} {
		info := Vietnam().Explain(x)
		weekend := x.Weekday() == time.Saturday || x.Weekday() == time.Sunday
		if info.Basis != BasisNotCovered || info.Workday == weekend || (info.Reason.Kind == DayKindWeekend) != weekend {
			t.Errorf("Explain(%v) = %+v", x, info)
		}
	}
	c := Vietnam()
	for _, x := range []Date{d(2013, 12, 31), d(2100, 1, 1), minDate, maxDate, {}} {
		if c.Covers(x) {
			t.Errorf("Covers(%v) = true, want false", x)
		}
	}
	for _, x := range []Date{d(2014, 1, 1), d(2024, 2, 10), d(2099, 12, 31)} {
		if !c.Covers(x) {
			t.Errorf("Covers(%v) = false, want true", x)
		}
	}
}

func TestCoverConstants(t *testing.T) {
	require.Equal(t, int64(coverFirst), d(coverFirstYear, 1, 1).unixDay())
	require.Equal(t, int64(coverLast), d(coverLastYear, 12, 31).unixDay())
	if coverDays > 1<<15 {
		t.Errorf("coverDays = %d", coverDays)
	}
}

// TestCascade builds a calendar from the statutory holidays of spring 2023
// alone, without the official schedule, to check the compensation rule on
// the example of 2023: Sat 29/4 Hùng Kings, Sun 30/4, Mon 1/5 →
// Tue 2/5 and Wed 3/5 off.
func TestCascade(t *testing.T) {
	c, err := (&Calendar{}).Extend(Additions{Holidays: []Holiday{
		{Name: nameHungKings(), Month: 3, Day: 10, Lunar: true},
		{Name: nameVictory(), Month: time.April, Day: 30},
		{Name: nameLabour(), Month: time.May, Day: 1},
		{Name: Name{VI: "Ngày trùng", EN: "Same day"}, Month: time.May, Day: 1, StartYear: 2023, EndYear: 2023},
	}})
	require.NoError(t, err)
	checkDays(t, c, BasisProjected, []dayRow{
		{d(2023, 4, 28), DayKindWorkday, enWorkday, "Friday before"},
		{d(2023, 4, 29), DayKindHoliday, enHung, "lunar 10/3 on Saturday"},
		{d(2023, 4, 30), DayKindHoliday, enVictory, "Sunday"},
		{d(2023, 5, 1), DayKindHoliday, "Same day", "Monday; a second holiday on one day counts once, and the one added last applies (changed with user data overriding built-in holidays)"},
		{d(2023, 5, 2), DayKindCompensation, compensated + enHung, "first compensation, past the 1/5 holiday"},
		{d(2023, 5, 3), DayKindCompensation, compensated + enVictory, "second compensation cascades past the first"},
		{d(2023, 5, 4), DayKindWorkday, enWorkday, "no third compensation: 1/5 was a Monday"},
	})
}

func TestZeroCalendar(t *testing.T) {
	var c Calendar
	if c.Covers(d(2024, 2, 12)) {
		t.Errorf("the zero Calendar covers nothing")
	}
	if !c.IsWorkday(d(2024, 2, 12)) || c.IsWorkday(d(2024, 2, 10)) {
		t.Errorf("the zero Calendar: only weekends are off")
	}
	if got := c.CountWorkdays(d(2024, 1, 1), d(2024, 12, 31)); got != 261 {
		t.Errorf("the zero Calendar: %d working days after 1/1/2024 in 2024, want 261", got)
	}
	if got := c.AddWorkdays(d(2024, 2, 9), 1); got != d(2024, 2, 12) {
		t.Errorf("the zero Calendar: AddWorkdays(Fri 9/2/2024, 1) = %v", got)
	}
	if _, ok := c.Schedule(2024); ok {
		t.Errorf("the zero Calendar has no schedule")
	}
}

func TestExplainTexts(t *testing.T) {
	c := Vietnam()
	tests := []struct {
		date   Date
		vi, en string
	}{
		{d(2023, 5, 2), "Nghỉ bù Giỗ Tổ Hùng Vương", "Compensation for Hùng Kings' Commemoration Day"},
		{d(2024, 9, 2), "Quốc khánh", "National Day"},
		{d(2024, 2, 12), "Tết Âm lịch", "Lunar New Year (Tết)"},
		{d(2024, 4, 29), "Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 04/05/2024)", "Swapped rest day for 30 April – 1 May (made up on Saturday 4 May 2024)"},
		{d(2024, 5, 4), "Làm bù cho thứ Hai 29/04/2024", "Make-up working day for Monday 29 April 2024"},
		{d(2024, 5, 5), "Nghỉ hằng tuần", "Weekly rest day"},
		{d(2024, 5, 6), "Ngày làm việc", "Working day"},
	}
	for _, tc := range tests {
		r := c.Explain(tc.date).Reason
		if diff := cmp.Diff(tc.vi, r.Vietnamese()); diff != "" {
			t.Errorf("%v Vietnamese (-want +got):\n%s", tc.date, diff)
		}
		if diff := cmp.Diff(tc.en, r.English()); diff != "" {
			t.Errorf("%v English (-want +got):\n%s", tc.date, diff)
		}
		if r.String() != r.English() {
			t.Errorf("String() != English()")
		}
	}
	// Unnamed days of the named kinds still read well.
	for _, r := range []Reason{{Kind: DayKindHoliday}, {Kind: DayKindSwap}, {Kind: DayKindMakeUp}} {
		if r.Vietnamese() == "" || r.English() == "" {
			t.Errorf("%v: empty description", r.Kind)
		}
	}
	if (Reason{}).English() != "" || (Reason{Kind: 99}).Vietnamese() != "" {
		t.Errorf("unset reasons have no description")
	}
}

func TestVietnamShared(t *testing.T) {
	c, again := Vietnam(), Vietnam()
	if c != again {
		t.Errorf("Vietnam() builds a new value each call; want one shared value")
	}
	s, ok := c.Schedule(2024)
	require.True(t, ok)
	s.Days[0].Kind = DayKindSwap // changing the copy does not change c
	if got := c.Explain(d(2024, 1, 1)).Reason.Kind; got != DayKindHoliday {
		t.Errorf("Schedule returned shared data: 1/1/2024 is now %v", got)
	}
	if _, ok := c.Schedule(2027); ok {
		t.Errorf("Vietnam() has no schedule for 2027")
	}
	if !c.Additions().IsZero() {
		t.Errorf("Vietnam().Additions() = %v, want nothing", c.Additions())
	}
}
