package calendar

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestAddWorkdays(t *testing.T) {
	c := Vietnam()
	tests := []struct {
		from   Date
		n      int
		want   Date
		reason string
	}{
		{d(2024, 2, 7), 1, d(2024, 2, 15), "Tết 8–14/2/2024 is skipped"},
		{d(2024, 5, 3), 1, d(2024, 5, 4), "Sat 4/5/2024 is a working Saturday"},
		{d(2024, 4, 26), 1, d(2024, 5, 2), "29/4 swapped, 30/4 and 1/5 holidays"},
		{d(2024, 4, 26), 0, d(2024, 4, 26), "zero returns d"},
		{d(2024, 2, 10), 0, d(2024, 2, 10), "zero returns d even on a day off"},
		{d(2024, 2, 15), -1, d(2024, 2, 7), "back over Tết"},
		{d(2024, 2, 10), -1, d(2024, 2, 7), "from a day off, back"},
		{d(2024, 2, 10), 1, d(2024, 2, 15), "from a day off, forward"},
		{d(2023, 4, 28), 1, d(2023, 5, 4), "the 2023 cascade: 29/4 – 3/5 off"},
		{d(2023, 5, 4), -1, d(2023, 4, 28), "the 2023 cascade, backwards"},
		{d(2023, 12, 29), 1, d(2024, 1, 2), "over New Year 2024"},
		{d(2013, 12, 27), 1, d(2013, 12, 30), "before the covered range: weekends only"},
		{d(2013, 12, 31), 1, d(2014, 1, 2), "into the covered range: 1/1/2014 is a holiday"},
		{d(2014, 1, 2), -1, d(2013, 12, 31), "out of the covered range, backwards"},
		{d(2099, 12, 31), 1, d(2100, 1, 1), "out of the covered range: 2100 has no holidays"},
		{d(2100, 1, 1), -1, d(2099, 12, 31), "back into the covered range"},
		{d(2100, 1, 1), 5, d(2100, 1, 8), "after the range: weekends only"},
		{d(1970, 1, 1), 1, d(1970, 1, 2), "Thursday to Friday"},
		{d(1970, 1, 2), 1, d(1970, 1, 5), "Friday to Monday"},
		{d(1970, 1, 3), -1, d(1970, 1, 2), "Saturday back to Friday"},
		{d(1969, 12, 29), -1, d(1969, 12, 26), "Monday back to Friday"},
		{d(2024, 1, 1), math.MaxInt, maxDate, "saturates"},
		{d(2024, 1, 1), math.MinInt, minDate, "saturates"},
		{maxDate, 1, maxDate, "already at the end"},
		{minDate, -1, minDate, "already at the start"},
	}
	for _, tc := range tests {
		t.Run(tc.reason, func(t *testing.T) {
			got := c.AddWorkdays(tc.from, tc.n)
			if diff := cmp.Diff(tc.want.String(), got.String()); diff != "" {
				t.Errorf("AddWorkdays(%v, %d) (-want +got):\n%s\nreason: %s", tc.from, tc.n, diff, tc.reason)
			}
		})
	}
}

func TestCountWorkdays(t *testing.T) {
	c := Vietnam()
	weekdays := func(a, b Date) int64 { return weekdaysBefore(b.unixDay()+1) - weekdaysBefore(a.unixDay()+1) }
	coveredOff := weekdays(d(2013, 12, 31), d(2099, 12, 31)) - int64(countLoop(c, d(2013, 12, 31), d(2099, 12, 31)))
	wholeRange := int(weekdays(minDate, maxDate) - coveredOff)
	tests := []struct {
		from, to Date
		want     int
		reason   string
	}{
		{d(2024, 2, 7), d(2024, 2, 15), 1, "only 15/2 is a working day in (7/2, 15/2]"},
		{d(2024, 2, 15), d(2024, 2, 7), -1, "antisymmetric"},
		{d(2024, 2, 7), d(2024, 2, 7), 0, "empty interval"},
		{d(2024, 2, 7), d(2024, 2, 8), 0, "8/2 is Tết"},
		{d(2024, 5, 3), d(2024, 5, 4), 1, "Sat 4/5/2024 is worked"},
		{d(2023, 12, 31), d(2024, 12, 31), 251, "2024: 262 weekdays, less 12 weekdays off, plus 1 make-up Saturday"},
		{d(2022, 12, 31), d(2023, 12, 31), 249, "2023: 260 weekdays less 11 weekdays off"},
		{d(2013, 12, 31), d(2014, 1, 3), 2, "1/1/2014 is a holiday: 2 and 3 January"},
		{d(2012, 12, 31), d(2013, 12, 31), 261, "2013 is not covered: weekdays only"},
		{d(2099, 12, 31), d(2100, 12, 31), 261, "2100 is not covered: weekdays only"},
		{minDate, maxDate, wholeRange, "the whole range of Date: weekdays, less the covered range's days off"},
	}
	for _, tc := range tests {
		t.Run(tc.reason, func(t *testing.T) {
			if got := c.CountWorkdays(tc.from, tc.to); got != tc.want {
				t.Errorf("CountWorkdays(%v, %v) = %d, want %d (%s)", tc.from, tc.to, got, tc.want, tc.reason)
			}
		})
	}
}

// countLoop and addLoop are the obvious loops the tables replace.
func countLoop(c *Calendar, from, to Date) int {
	if to.Before(from) {
		return -countLoop(c, to, from)
	}
	n := 0
	for x := from.AddDays(1); !x.After(to); x = x.AddDays(1) {
		if c.IsWorkday(x) {
			n++
		}
	}
	return n
}

func addLoop(c *Calendar, x Date, n int) Date {
	for ; n > 0; x = x.AddDays(1) {
		if c.IsWorkday(x.AddDays(1)) {
			n--
		}
	}
	for ; n < 0; x = x.AddDays(-1) {
		if c.IsWorkday(x.AddDays(-1)) {
			n++
		}
	}
	return x
}

// TestWorkdaysAgainstLoops compares the O(1) arithmetic with loops on random
// dates around and across the covered range.
func TestWorkdaysAgainstLoops(t *testing.T) {
	c := Vietnam()
	r := rand.New(rand.NewPCG(1, 2))
	lo, hi := d(2013, 6, 1).unixDay(), d(2100, 6, 1).unixDay()
	day := func() Date { return fromUnixDay(lo + r.Int64N(hi-lo)) }
	for range 2000 {
		a := day()
		b := a.AddDays(r.IntN(800) - 400)
		if got, want := c.CountWorkdays(a, b), countLoop(c, a, b); got != want {
			t.Fatalf("CountWorkdays(%v, %v) = %d, loop says %d", a, b, got, want)
		}
		n := r.IntN(600) - 300
		if got, want := c.AddWorkdays(a, n), addLoop(c, a, n); got != want {
			t.Fatalf("AddWorkdays(%v, %d) = %v, loop says %v", a, n, got, want)
		}
	}
}

// TestWorkdayTables checks the tables against each other, day by day.
func TestWorkdayTables(t *testing.T) {
	c := Vietnam()
	for i, e := range c.days {
		if got := c.cum[i+1] - c.cum[i]; (got == 1) != e.work {
			t.Fatalf("day %d: cum step %d, work %v", i, got, e.work)
		}
		if e.work && c.nth[c.cum[i]] != int32(i) {
			t.Fatalf("day %d: nth[%d] = %d", i, c.cum[i], c.nth[c.cum[i]])
		}
		if e.kind == DayKindUnknown || e.basis == BasisUnknown {
			t.Fatalf("day %d: unset kind or basis", i)
		}
	}
	if len(c.nth) != int(c.cum[len(c.cum)-1]) {
		t.Errorf("len(nth) = %d, total %d", len(c.nth), c.cum[len(c.cum)-1])
	}
}

func TestWeekdayArithmetic(t *testing.T) {
	// weekdayAt inverts weekdaysBefore on weekdays, across day 0.
	for u := int64(-30); u <= 30; u++ {
		if isWeekend(u) {
			continue
		}
		if got := weekdayAt(weekdaysBefore(u)); got != u {
			t.Errorf("weekdayAt(weekdaysBefore(%d)) = %d", u, got)
		}
		if weekdaysBefore(u+1) != weekdaysBefore(u)+1 {
			t.Errorf("weekdaysBefore does not step on weekday %d", u)
		}
	}
	if weekdaysBefore(0) != 0 {
		t.Errorf("weekdaysBefore(0) = %d", weekdaysBefore(0))
	}
}

func TestNextPreviousWorkday(t *testing.T) {
	c := Vietnam()
	tests := []struct {
		date, next, prev Date
		reason           string
	}{
		{d(2024, 2, 10), d(2024, 2, 15), d(2024, 2, 7), "Tết 2024"},
		{d(2024, 2, 15), d(2024, 2, 15), d(2024, 2, 15), "a working day is its own answer"},
		{d(2024, 5, 4), d(2024, 5, 4), d(2024, 5, 4), "a working Saturday"},
		{d(2100, 1, 2), d(2100, 1, 4), d(2100, 1, 1), "outside the range"},
	}
	for _, tc := range tests {
		if got := c.NextWorkday(tc.date); got != tc.next {
			t.Errorf("NextWorkday(%v) = %v, want %v (%s)", tc.date, got, tc.next, tc.reason)
		}
		if got := c.PreviousWorkday(tc.date); got != tc.prev {
			t.Errorf("PreviousWorkday(%v) = %v, want %v (%s)", tc.date, got, tc.prev, tc.reason)
		}
	}
}

func TestExtremesNeverPanic(t *testing.T) {
	c := Vietnam()
	dates := []Date{minDate, minDate.AddDays(1), maxDate, maxDate.AddDays(-1), {}, d(2024, 2, 10)}
	ns := []int{math.MinInt, math.MinInt + 1, -1 << 40, -1, 0, 1, 1 << 40, math.MaxInt}
	for _, x := range dates {
		for _, y := range dates {
			_ = c.CountWorkdays(x, y)
		}
		for _, n := range ns {
			_ = c.AddWorkdays(x, n)
			for _, u := range []PeriodUnit{PeriodUnknown, PeriodDays, PeriodWorkingDays, PeriodWeeks, PeriodMonths, PeriodYears, 99} {
				_ = c.Deadline(x, Period{N: n, Unit: u})
			}
		}
		_, _ = c.NextWorkday(x), c.PreviousWorkday(x)
		_, _ = c.Explain(x), ToLunar(x)
	}
}

// TestConcurrentUse shares calendars between goroutines (run with -race).
func TestConcurrentUse(t *testing.T) {
	done := make(chan Date)
	for g := range 8 {
		go func() {
			c := Vietnam()
			c2, err := c.WithHoliday(Holiday{Name: Name{VI: "Ngày", EN: "Day"}, Month: time.June, Day: 1 + g})
			if err != nil {
				panic(err)
			}
			x := d(2024, 1, 1)
			for i := range 200 {
				x = c.AddWorkdays(x, i%7-3)
				_ = c2.CountWorkdays(x, d(2030, 1, 1))
				_ = ToLunar(x)
				_ = c.Explain(x)
			}
			done <- x
		}()
	}
	for range 8 {
		<-done
	}
}
