package calendar

import (
	"errors"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestTetAndHungKings(t *testing.T) {
	// Tết (lunar 1/1) and Hùng Kings day (lunar 10/3), as published
	// Vietnamese calendars give them.
	tests := []struct {
		year      int
		tet, hung Date
	}{
		{2020, d(2020, 1, 25), d(2020, 4, 2)},
		{2021, d(2021, 2, 12), d(2021, 4, 21)},
		{2022, d(2022, 2, 1), d(2022, 4, 10)},
		{2023, d(2023, 1, 22), d(2023, 4, 29)},
		{2024, d(2024, 2, 10), d(2024, 4, 18)},
		{2025, d(2025, 1, 29), d(2025, 4, 7)},
		{2026, d(2026, 2, 17), d(2026, 4, 26)},
		{2027, d(2027, 2, 6), d(2027, 4, 16)},
		{2028, d(2028, 1, 26), d(2028, 4, 4)},
		{2029, d(2029, 2, 13), d(2029, 4, 23)},
		{2030, d(2030, 2, 2), d(2030, 4, 12)},
		{2031, d(2031, 1, 23), d(2031, 4, 1)},
		{2032, d(2032, 2, 11), d(2032, 4, 19)},
		{2033, d(2033, 1, 31), d(2033, 4, 9)},
		{2034, d(2034, 2, 19), d(2034, 4, 28)},
		{2035, d(2035, 2, 8), d(2035, 4, 17)},
	}
	for _, tc := range tests {
		t.Run(strconv.Itoa(tc.year), func(t *testing.T) {
			for _, c := range []struct {
				lunar LunarDate
				want  Date
			}{
				{LunarDate{Year: tc.year, Month: 1, Day: 1}, tc.tet},
				{LunarDate{Year: tc.year, Month: 3, Day: 10}, tc.hung},
			} {
				got, err := FromLunar(c.lunar)
				require.NoError(t, err)
				if diff := cmp.Diff(c.want.String(), got.String()); diff != "" {
					t.Errorf("FromLunar(%v) (-want +got):\n%s\nreason: the published dates of Tết and Hùng Kings day", c.lunar, diff)
				}
				if diff := cmp.Diff(c.lunar, ToLunar(c.want)); diff != "" {
					t.Errorf("ToLunar(%v) (-want +got):\n%s\nreason: the published dates of Tết and Hùng Kings day", c.want, diff)
				}
			}
		})
	}
}

func TestVietnamDiffersFromChina(t *testing.T) {
	// Computed for UTC+7, the Vietnamese calendar sometimes
	// differs from the Chinese one (UTC+8).
	tests := []struct {
		name   string
		lunar  LunarDate
		want   Date
		reason string
	}{
		{"Tết 1985", LunarDate{Year: 1985, Month: 1, Day: 1}, d(1985, 1, 21), "China: 20 February 1985"},
		{"Tết 2007", LunarDate{Year: 2007, Month: 1, Day: 1}, d(2007, 2, 17), "China: 18 February 2007"},
		{"Tết 2030", LunarDate{Year: 2030, Month: 1, Day: 1}, d(2030, 2, 2), "China: 3 February 2030"},
		{"leap 8 of 1995", LunarDate{Year: 1995, Month: 8, Day: 1, Leap: true}, d(1995, 9, 24), "China: 25 September 1995"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := FromLunar(tc.lunar)
			require.NoError(t, err)
			if diff := cmp.Diff(tc.want.String(), got.String()); diff != "" {
				t.Errorf("FromLunar(%v) (-want +got):\n%s\nreason: %s", tc.lunar, diff, tc.reason)
			}
			if diff := cmp.Diff(tc.lunar, ToLunar(tc.want)); diff != "" {
				t.Errorf("ToLunar(%v) (-want +got):\n%s\nreason: %s", tc.want, diff, tc.reason)
			}
		})
	}
}

func TestLeapMonth(t *testing.T) {
	tests := []struct {
		year, want int
		reason     string
	}{
		{1995, 8, "leap month 8 starts on 24 September 1995 (25 September in China)"},
		{2017, 6, "tháng 6 nhuận 2017"},
		{2020, 4, "tháng 4 nhuận 2020"},
		{2023, 2, "tháng 2 nhuận 2023"},
		{2024, 0, "no leap month"},
		{2025, 6, "tháng 6 nhuận 2025"},
		{2026, 0, "no leap month"},
		{1899, 0, "outside 1900–2199"},
		{2200, 0, "outside 1900–2199"},
	}
	for _, tc := range tests {
		if got := LeapMonth(tc.year); got != tc.want {
			t.Errorf("LeapMonth(%d) = %d, want %d (%s)", tc.year, got, tc.want, tc.reason)
		}
	}
}

// TestLunarRoundTrip walks every day of 1900–2199: ToLunar and FromLunar are
// inverse, lunar days follow each other, months have 29 or 30 days, years
// 12 or 13 months, and Tết falls between 21 January and 20 February.
func TestLunarRoundTrip(t *testing.T) {
	first, last := d(1900, 1, 1), d(2199, 12, 31)
	prev := ToLunar(first.AddDays(-1))
	if !prev.IsZero() {
		t.Fatalf("ToLunar(1899-12-31) = %v, want the zero LunarDate (out of range)", prev)
	}
	prev = ToLunar(first)
	monthsInYear := 0
	for x := first.AddDays(1); !x.After(last); x = x.AddDays(1) {
		l := ToLunar(x)
		back, err := FromLunar(l)
		if err != nil || back != x {
			t.Fatalf("FromLunar(ToLunar(%v) = %v) = %v, %v", x, l, back, err)
		}
		switch {
		case l.Year == prev.Year && l.Month == prev.Month && l.Leap == prev.Leap && l.Day == prev.Day+1:
			// The next day of the month.
		case l.Day == 1 && (prev.Day == 29 || prev.Day == 30):
			// A new month: the next number, or the leap month repeating it.
			wantMonth, wantYear := prev.Month+1, prev.Year
			if l.Leap {
				wantMonth = prev.Month
			}
			if wantMonth == 13 {
				wantMonth, wantYear = 1, prev.Year+1
			}
			if l.Month != wantMonth || l.Year != wantYear || (l.Leap && prev.Leap) {
				t.Fatalf("%v: month %v follows %v", x, l, prev)
			}
			if l.Leap && LeapMonth(l.Year) != l.Month {
				t.Errorf("%v: leap month %d but LeapMonth(%d) = %d", x, l.Month, l.Year, LeapMonth(l.Year))
			}
			// The last day of the month exists, the day after does not.
			if _, err := FromLunar(LunarDate{Year: prev.Year, Month: prev.Month, Day: prev.Day + 1, Leap: prev.Leap}); prev.Day == 29 && !errorsIsInvalid(err) {
				t.Errorf("FromLunar(day 30 of %v, a month of 29 days): err = %v, want ErrInvalidLunarDate", prev, err)
			}
			monthsInYear++
			if l.Month == 1 && !l.Leap {
				if x.Year() >= 1901 && monthsInYear != 12 && monthsInYear != 13 {
					t.Errorf("lunar year %d has %d months", prev.Year, monthsInYear)
				}
				if want := 12 + min(LeapMonth(prev.Year), 1); x.Year() >= 1901 && monthsInYear != want {
					t.Errorf("lunar year %d has %d months, LeapMonth says %d", prev.Year, monthsInYear, LeapMonth(prev.Year))
				}
				monthsInYear = 0
				if x.Before(d(x.Year(), 1, 21)) || x.After(d(x.Year(), 2, 20)) {
					t.Errorf("Tết %d on %v, outside 21 January – 20 February", l.Year, x)
				}
			}
		default:
			t.Fatalf("%v: lunar %v follows %v", x, l, prev)
		}
		prev = l
	}
	if l := ToLunar(last.AddDays(1)); !l.IsZero() {
		t.Errorf("ToLunar(2200-01-01) = %v, want the zero LunarDate (out of range)", l)
	}
}

func errorsIsInvalid(err error) bool {
	var le *LunarDateError
	return err != nil && errors.As(err, &le) && le.Err == ErrInvalidLunarDate
}

func TestFromLunarRejects(t *testing.T) {
	tests := []struct {
		lunar  LunarDate
		want   error
		reason string
	}{
		{LunarDate{Year: 2024, Month: 0, Day: 1}, ErrInvalidLunarDate, "month 0"},
		{LunarDate{Year: 2024, Month: 13, Day: 1}, ErrInvalidLunarDate, "month 13"},
		{LunarDate{Year: 2024, Month: 1, Day: 0}, ErrInvalidLunarDate, "day 0"},
		{LunarDate{Year: 2024, Month: 1, Day: 31}, ErrInvalidLunarDate, "no lunar month has 31 days"},
		{LunarDate{Year: 2024, Month: 4, Day: 1, Leap: true}, ErrInvalidLunarDate, "2024 has no leap month"},
		{LunarDate{Year: 2023, Month: 3, Day: 1, Leap: true}, ErrInvalidLunarDate, "2023's leap month is 2"},
		{LunarDate{Year: 1899, Month: 6, Day: 1}, ErrOutOfRange, "before 1900-01-01"},
		{LunarDate{Year: 1899, Month: 11, Day: 29}, ErrOutOfRange, "the day before 1900-01-01"},
		{LunarDate{Year: 2200, Month: 1, Day: 1}, ErrOutOfRange, "after 2199-12-31"},
		{LunarDate{Year: 2199, Month: 12, Day: 1}, ErrOutOfRange, "its month starts in 2200"},
		{LunarDate{Year: -5, Month: 1, Day: 1}, ErrOutOfRange, "far out of range"},
		{LunarDate{Year: 1 << 40, Month: 1, Day: 1}, ErrOutOfRange, "far out of range"},
		{LunarDate{}, ErrInvalidLunarDate, "the zero LunarDate"},
	}
	for _, tc := range tests {
		t.Run(tc.reason, func(t *testing.T) {
			got, err := FromLunar(tc.lunar)
			require.ErrorIs(t, err, tc.want)
			var le *LunarDateError
			require.ErrorAs(t, err, &le)
			if diff := cmp.Diff(tc.lunar, le.Date); diff != "" {
				t.Errorf("LunarDateError.Date (-want +got):\n%s", diff)
			}
			if !got.IsZero() {
				t.Errorf("FromLunar(%v) = %v with an error, want the zero Date", tc.lunar, got)
			}
		})
	}
}

func TestLunarEnds(t *testing.T) {
	tests := []struct {
		date   Date
		want   LunarDate
		reason string
	}{
		{d(1900, 1, 1), LunarDate{Year: 1899, Month: 12, Day: 1}, "first supported day"},
		{d(1900, 1, 31), LunarDate{Year: 1900, Month: 1, Day: 1}, "Tết 1900"},
		{d(1899, 12, 31), LunarDate{}, "out of range: zero"},
		{d(2200, 1, 1), LunarDate{}, "out of range: zero"},
		{Date{}, LunarDate{}, "the zero Date"},
		{minDate, LunarDate{}, "extreme"},
		{maxDate, LunarDate{}, "extreme"},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, ToLunar(tc.date)); diff != "" {
			t.Errorf("ToLunar(%v) (-want +got):\n%s\nreason: %s", tc.date, diff, tc.reason)
		}
	}
	last := ToLunar(d(2199, 12, 31))
	if got, err := FromLunar(last); err != nil || got != d(2199, 12, 31) {
		t.Errorf("FromLunar(%v) = %v, %v; want 2199-12-31", last, got, err)
	}
}

func TestLunarDateString(t *testing.T) {
	tests := []struct {
		l    LunarDate
		want string
	}{
		{LunarDate{Year: 2024, Month: 3, Day: 10}, "2024-03-10"},
		{LunarDate{Year: 1995, Month: 8, Day: 1, Leap: true}, "1995-08L-01"},
		{LunarDate{}, ""},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, tc.l.String()); diff != "" {
			t.Errorf("String (-want +got):\n%s", diff)
		}
	}
}

func TestLunarTableShape(t *testing.T) {
	tab := lunar()
	if got, want := tab.firstYear, 1899; got != want {
		t.Errorf("first lunar year = %d, want %d", got, want)
	}
	// Month starts are about a lunation apart, and every unix day below
	// fits in the int32 fields.
	for i := 1; i < len(tab.months); i++ {
		if n := tab.months[i].start - tab.months[i-1].start; n != 29 && n != 30 {
			t.Fatalf("month %d has %d days", i-1, n)
		}
	}
	if ToLunar(d(1900, 1, 1)).IsZero() || lunarFirstDay != d(1900, 1, 1).unixDay() || lunarLastDay != d(2199, 12, 31).unixDay() {
		t.Errorf("lunar range constants are wrong")
	}
}
