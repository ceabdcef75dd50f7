package calendar

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCultureDay checks Vietnamese Culture Day (24 November) year by year:
// a working day before 2026, a day off from 2026 (Resolution 28/2026/QH16
// Art. 2), and never compensated when it falls on a weekend, since it is
// not a holiday of Labour Code Art. 112(1).
func TestCultureDay(t *testing.T) {
	c := Vietnam()
	culture := Reason{Kind: DayKindHoliday, Name: nameCulture()}
	workday := Reason{Kind: DayKindWorkday}
	tests := []struct {
		date   Date
		want   DayInfo // Date is filled in
		reason string
	}{
		{d(2025, 11, 24), DayInfo{Workday: true, Reason: workday, Basis: BasisOfficial, Source: srcWeek},
			"Mon 24/11/2025: before the resolution, a plain working day of the 2025 schedule"},
		{d(2026, 11, 24), DayInfo{Reason: culture, Basis: BasisOfficial, Source: srcCulture},
			"Tue 24/11/2026: the first Culture Day, in the 2026 schedule"},
		{d(2026, 11, 23), DayInfo{Workday: true, Reason: workday, Basis: BasisOfficial, Source: srcWeek},
			"Mon 23/11/2026: the proposed swap is not embedded"},
		{d(2026, 11, 28), DayInfo{Reason: Reason{Kind: DayKindWeekend}, Basis: BasisOfficial, Source: srcWeek},
			"Sat 28/11/2026: the proposed make-up Saturday is not embedded"},
		{d(2027, 11, 24), DayInfo{Reason: culture, Basis: BasisProjected, Source: srcCulture},
			"Wed 24/11/2027: projected, no 2027 notice yet"},
		{d(2028, 11, 24), DayInfo{Reason: culture, Basis: BasisProjected, Source: srcCulture},
			"Fri 24/11/2028: projected"},
		{d(2029, 11, 24), DayInfo{Reason: culture, Basis: BasisProjected, Source: srcCulture},
			"Sat 24/11/2029: a weekend day, named"},
		{d(2029, 11, 26), DayInfo{Workday: true, Reason: workday, Basis: BasisProjected, Source: srcWeek},
			"Mon 26/11/2029: no compensation, Culture Day is not in Labour Code Art. 112(1)"},
		{d(2030, 11, 24), DayInfo{Reason: culture, Basis: BasisProjected, Source: srcCulture},
			"Sun 24/11/2030: a weekend day, named"},
		{d(2030, 11, 25), DayInfo{Workday: true, Reason: workday, Basis: BasisProjected, Source: srcWeek},
			"Mon 25/11/2030: no compensation"},
		{d(2031, 11, 24), DayInfo{Reason: culture, Basis: BasisProjected, Source: srcCulture},
			"Mon 24/11/2031: back on a weekday"},
		{d(2099, 11, 24), DayInfo{Reason: culture, Basis: BasisProjected, Source: srcCulture},
			"Tue 24/11/2099: to the end of the covered range"},
		{d(2100, 11, 24), DayInfo{Workday: true, Reason: workday, Basis: BasisNotCovered, Source: srcWeek},
			"Wed 24/11/2100: not covered, only weekends are off"},
	}
	for _, tc := range tests {
		t.Run(tc.date.String(), func(t *testing.T) {
			tc.want.Date = tc.date
			if diff := cmp.Diff(tc.want, c.Explain(tc.date)); diff != "" {
				t.Errorf("Explain(%v) (-want +got):\n%s\nreason: %s", tc.date, diff, tc.reason)
			}
		})
	}
}

// TestYearTotals counts the working days of 2026–2030 (from 1 January to
// 31 December) and derives each total by hand from the rules: weekdays of
// the year, less the weekdays off (holidays on weekdays, compensations,
// swaps), plus the Saturdays worked.
func TestYearTotals(t *testing.T) {
	c := Vietnam()
	tests := []struct {
		year   int
		want   int
		reason string
	}{
		// 2026 begins on a Thursday, 365 days: 52 weeks and a Thursday,
		// 260+1 = 261 weekdays. Official weekdays off: Thu 1/1, Fri 2/1
		// (swap), Tết Mon 16/2 – Fri 20/2 (5), Mon 27/4 (compensation),
		// Thu 30/4, Fri 1/5, Mon 31/8 (swap), Tue 1/9, Wed 2/9, Tue 24/11
		// (Culture Day): 2+5+1+2+3+1 = 14. Saturdays worked: 10/1, 22/8 (2).
		// 261 − 14 + 2 = 249 (250 before Culture Day).
		{2026, 249, "official schedule with Culture Day"},
		// 2027 begins on a Friday: 261 weekdays. Projected: Fri 1/1; Tết
		// (Tết Sat 6/2): Fri 5/2, Mon 8/2, Tue 9/2, and Sat 6/2, Sun 7/2
		// compensated on Wed 10/2, Thu 11/2 (5); Hùng Kings Fri 16/4;
		// Fri 30/4; Sat 1/5 compensated on Mon 3/5; Thu 2/9 and the adjacent
		// Fri 3/9 (2); Wed 24/11. 1+5+1+1+1+2+1 = 12. 261 − 12 = 249.
		{2027, 249, "projected, Culture Day on a Wednesday"},
		// 2028 begins on a Saturday, 366 days: 52 weeks, a Saturday and a
		// Sunday, 260 weekdays. Projected: Sat 1/1 compensated on Mon 3/1;
		// Tết (Wed 26/1): Tue 25/1 – Fri 28/1 (4), Sat 29/1 compensated on
		// Mon 31/1 (1); Hùng Kings Tue 4/4; Sun 30/4 compensated past Mon
		// 1/5 on Tue 2/5 (2 weekdays off); Sat 2/9 with the adjacent Fri 1/9,
		// compensated on Mon 4/9 (2); Fri 24/11. 1+5+1+2+2+1 = 12.
		// 260 − 12 = 248.
		{2028, 248, "projected, leap year, Culture Day on a Friday"},
		// 2029 begins on a Monday: 261 weekdays. Projected: Mon 1/1; Tết
		// (Tue 13/2): Mon 12/2 – Fri 16/2 (5); Hùng Kings Mon 23/4; Mon 30/4,
		// Tue 1/5 (2); Sun 2/9 with the adjacent Mon 3/9, compensated on
		// Tue 4/9 (2); Sat 24/11, not compensated (0). 1+5+1+2+2 = 11.
		// 261 − 11 = 250.
		{2029, 250, "projected, Culture Day on a Saturday: no weekday off"},
		// 2030 begins on a Tuesday: 261 weekdays. Projected: Tue 1/1; Tết
		// (Sat 2/2): Fri 1/2, Mon 4/2, Tue 5/2, and Sat 2/2, Sun 3/2
		// compensated on Wed 6/2, Thu 7/2 (5); Hùng Kings Fri 12/4; Tue 30/4,
		// Wed 1/5 (2); Mon 2/9 with the adjacent Tue 3/9 (2); Sun 24/11, not
		// compensated (0). 1+5+1+2+2 = 11. 261 − 11 = 250.
		{2030, 250, "projected, Culture Day on a Sunday: no weekday off"},
	}
	for _, tc := range tests {
		got := c.CountWorkdays(d(tc.year-1, 12, 31), d(tc.year, 12, 31))
		if got != tc.want {
			t.Errorf("working days in %d = %d, want %d (%s)", tc.year, got, tc.want, tc.reason)
		}
		if loop := countLoop(c, d(tc.year-1, 12, 31), d(tc.year, 12, 31)); loop != got {
			t.Errorf("working days in %d: tables %d, loop %d", tc.year, got, loop)
		}
	}
}

// TestAcrossCultureDay checks deadlines and counts that cross 24 November.
func TestAcrossCultureDay(t *testing.T) {
	c := Vietnam()
	adds := []struct {
		from   Date
		n      int
		want   Date
		reason string
	}{
		{d(2026, 11, 20), 2, d(2026, 11, 25), "Fri 20/11/2026: Mon 23/11, then Tue 24/11 is off: Wed 25/11"},
		{d(2026, 11, 23), 1, d(2026, 11, 25), "Mon 23/11/2026 + 1 working day skips Culture Day"},
		{d(2026, 11, 25), -1, d(2026, 11, 23), "backwards over Culture Day"},
		{d(2025, 11, 21), 2, d(2025, 11, 25), "2025: 24/11 is still a working day"},
		{d(2027, 11, 23), 1, d(2027, 11, 25), "2027, projected: Wed 24/11 skipped"},
		{d(2029, 11, 23), 1, d(2029, 11, 26), "2029: Saturday Culture Day, Mon 26/11 is a working day"},
	}
	for _, tc := range adds {
		if got := c.AddWorkdays(tc.from, tc.n); got != tc.want {
			t.Errorf("AddWorkdays(%v, %d) = %v, want %v (%s)", tc.from, tc.n, got, tc.want, tc.reason)
		}
	}
	deadlines := []struct {
		event  Date
		period Period
		want   Date
		reason string
	}{
		{d(2026, 11, 23), Days(1), d(2026, 11, 25), "a limit of 1 day ending on Culture Day moves to Wed 25/11/2026"},
		{d(2026, 11, 17), Weeks(1), d(2026, 11, 25), "a week from Tue 17/11/2026 ends on Culture Day"},
		{d(2026, 10, 24), Months(1), d(2026, 11, 25), "a month from 24/10/2026 ends on Culture Day"},
		{d(2026, 11, 10), WorkingDays(10), d(2026, 11, 25), "10 working days from Tue 10/11/2026: 11–13, 16–20, 23, 25/11"},
		{d(2029, 11, 23), Days(1), d(2029, 11, 26), "Sat 24/11/2029 moves to Monday, a working day"},
	}
	for _, tc := range deadlines {
		if got := c.Deadline(tc.event, tc.period); got != tc.want {
			t.Errorf("Deadline(%v, %v) = %v, want %v (%s)", tc.event, tc.period, got, tc.want, tc.reason)
		}
	}
	if got := c.CountWorkdays(d(2026, 11, 20), d(2026, 11, 27)); got != 4 {
		t.Errorf("CountWorkdays(20/11/2026, 27/11/2026) = %d, want 4: 23, 25, 26, 27 (24 is Culture Day)", got)
	}
}
