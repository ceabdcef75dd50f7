package calendar

import (
	"errors"
	"strconv"
	"sync"
)

// LunarDate is a date of the Vietnamese lunar calendar (âm lịch): the lunar
// year, the month number (1 to 12), the day of the month (1 to 30) and
// whether the month is a leap month (tháng nhuận), which repeats the number
// of the month before it.
//
// The zero value is unset: IsZero reports it. ToLunar returns it for dates
// outside the supported range.
type LunarDate struct {
	Year, Month, Day int
	Leap             bool // the month is a leap month
}

// IsZero reports whether l is the zero, unset LunarDate.
func (l LunarDate) IsZero() bool { return l == LunarDate{} }

// String returns l as "2024-01-10", with an "L" after the month number of a
// leap month ("1995-08L-01"); the zero LunarDate gives "".
func (l LunarDate) String() string {
	if l.IsZero() {
		return ""
	}
	b := make([]byte, 0, 12)
	b = appendPadded(b, l.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, l.Month, 2)
	if l.Leap {
		b = append(b, 'L')
	}
	b = append(b, '-')
	return string(appendPadded(b, l.Day, 2))
}

// ErrInvalidLunarDate is wrapped by a *LunarDateError for a lunar date that
// does not exist: a month outside 1 to 12, a day past the end of its month,
// or a leap month the year does not have.
var ErrInvalidLunarDate = errors.New("calendar: invalid lunar date")

// ErrOutOfRange is wrapped by errors about dates outside the range a
// conversion or a calendar supports.
var ErrOutOfRange = errors.New("calendar: date out of range")

// LunarDateError reports a lunar date that FromLunar cannot convert. Err is
// ErrInvalidLunarDate or ErrOutOfRange.
type LunarDateError struct {
	Date   LunarDate // the lunar date given
	Reason string    // what is wrong with it
	Err    error     // ErrInvalidLunarDate or ErrOutOfRange
}

// Error implements the error interface.
func (e *LunarDateError) Error() string {
	return "calendar: lunar date " + strconv.Quote(e.Date.String()) + ": " + e.Reason
}

// Unwrap returns e.Err.
func (e *LunarDateError) Unwrap() error { return e.Err }

// The lunar conversions support the civil dates from 1900-01-01 to
// 2199-12-31 (unix day numbers).
const (
	lunarFirstDay = -25567 // 1900-01-01
	lunarLastDay  = 84005  // 2199-12-31
)

// lunarMonth is one month of the precomputed lunar table.
type lunarMonth struct {
	start int32 // unix day of its first day
	year  int16 // lunar year
	month int8  // 1 to 12
	leap  bool
}

// lunarYear locates a lunar year in the table.
type lunarYear struct {
	first int32 // index in lunarTable.months of month 1
	leap  int8  // the number of the leap month, 0 if none
}

// lunarTable holds every lunar month from month 11 of 1898 to month 11 of
// 2200; the last month only marks the end of the one before it.
type lunarTable struct {
	months    []lunarMonth
	firstYear int // lunar year of years[0]
	years     []lunarYear
}

// lunar returns the shared lunar table, computed on first use. It is never
// modified afterwards.
var lunar = sync.OnceValue(buildLunarTable)

func buildLunarTable() *lunarTable {
	// New moons from mid-1898 to early 2201 (lunation 0 is January 1900).
	const kFirst, kLast = -20, 3730
	n := kLast - kFirst + 1
	start := make([]int64, n) // Julian day numbers of the month starts
	sector := make([]int, n)  // solar sector at the start of each month
	for i := range n {
		start[i] = newMoonDay(kFirst + i)
		sector[i] = solarSector(start[i])
	}

	// Month 11 is the month that contains the December solstice: it begins
	// before the sun reaches 270° (sector 9) and the next month after.
	var eleven []int
	for i := 0; i+1 < n; i++ {
		if sector[i] < 9 && sector[i+1] >= 9 {
			eleven = append(eleven, i)
		}
	}

	t := &lunarTable{}
	for c := 0; c+1 < len(eleven); c++ {
		a, b := eleven[c], eleven[c+1]
		gy, _, _ := civilFromDays(start[a] - julianUnixEpoch) // year of this month 11
		// With 13 months between two months 11, the first month after
		// the first month 11 without a principal term (its start and the
		// next month's start in the same sector) is the leap month.
		leapAt := -1
		if b-a == 13 {
			for off := 1; off <= 12; off++ {
				if sector[a+off] == sector[a+off+1] {
					leapAt = off
					break
				}
			}
		}
		for off := 0; off < b-a; off++ {
			num, leap := off+11, false
			if leapAt > 0 && off >= leapAt {
				num = off + 10
				leap = off == leapAt
			}
			if num > 12 {
				num -= 12
			}
			year := gy + 1
			if num >= 11 && off < 4 {
				year = gy
			}
			t.months = append(t.months, lunarMonth{
				start: int32(start[a+off] - julianUnixEpoch),
				year:  int16(year),
				month: int8(num),
				leap:  leap,
			})
		}
	}
	// The closing month 11, which only ends the month before it.
	last := eleven[len(eleven)-1]
	gy, _, _ := civilFromDays(start[last] - julianUnixEpoch)
	t.months = append(t.months, lunarMonth{
		start: int32(start[last] - julianUnixEpoch), year: int16(gy), month: 11,
	})

	// Index the years by their month 1.
	for i, m := range t.months[:len(t.months)-1] {
		if m.month == 1 && !m.leap {
			if len(t.years) == 0 {
				t.firstYear = int(m.year)
			}
			t.years = append(t.years, lunarYear{first: int32(i)})
		}
		if m.leap && len(t.years) > 0 && int(m.year) == t.firstYear+len(t.years)-1 {
			t.years[len(t.years)-1].leap = m.month
		}
	}
	return t
}

// monthOf returns the index of the month that contains the unix day u,
// which must be inside the table.
func (t *lunarTable) monthOf(u int64) int {
	i := int(float64(u-int64(t.months[0].start)) / synodicMonth)
	i = max(0, min(i, len(t.months)-2))
	for i > 0 && int64(t.months[i].start) > u {
		i--
	}
	for i+2 < len(t.months) && int64(t.months[i+1].start) <= u {
		i++
	}
	return i
}

// ToLunar returns the Vietnamese lunar date of d, computed for the UTC+7
// meridian. It supports the dates from 1900-01-01 to 2199-12-31 and returns
// the zero LunarDate for any other date.
func ToLunar(d Date) LunarDate {
	u := d.unixDay()
	if u < lunarFirstDay || u > lunarLastDay {
		return LunarDate{}
	}
	t := lunar()
	m := t.months[t.monthOf(u)]
	return LunarDate{
		Year:  int(m.year),
		Month: int(m.month),
		Day:   int(u-int64(m.start)) + 1,
		Leap:  m.leap,
	}
}

// FromLunar returns the civil date of the Vietnamese lunar date l. It fails
// with a *LunarDateError wrapping ErrInvalidLunarDate when l does not exist
// (a month outside 1 to 12, a day 30 in a month of 29 days, a leap month that
// the year does not have), and wrapping ErrOutOfRange when l is outside the
// supported range, whose civil dates run from 1900-01-01 to 2199-12-31.
func FromLunar(l LunarDate) (Date, error) {
	fail := func(reason string, err error) (Date, error) {
		return Date{}, &LunarDateError{Date: l, Reason: reason, Err: err}
	}
	switch {
	case l.Month < 1 || l.Month > 12:
		return fail("month out of range", ErrInvalidLunarDate)
	case l.Day < 1 || l.Day > 30:
		return fail("day out of range", ErrInvalidLunarDate)
	}
	t := lunar()
	y := l.Year - t.firstYear
	if l.Year < t.firstYear || y >= len(t.years) {
		return fail("year outside 1900–2199", ErrOutOfRange)
	}
	info := t.years[y]
	if l.Leap && int(info.leap) != l.Month {
		return fail("no such leap month in that year", ErrInvalidLunarDate)
	}
	i := int(info.first) + l.Month - 1
	if info.leap != 0 && (l.Month > int(info.leap) || l.Leap) {
		i++
	}
	if i+1 >= len(t.months) {
		return fail("year outside 1900–2199", ErrOutOfRange)
	}
	m := t.months[i]
	if int(m.year) != l.Year || int(m.month) != l.Month || m.leap != l.Leap {
		// Unreachable with a consistent table; reported, never a panic.
		return fail("month not found", ErrInvalidLunarDate)
	}
	if length := int(t.months[i+1].start - m.start); l.Day > length {
		return fail("day past the end of the month", ErrInvalidLunarDate)
	}
	u := int64(m.start) + int64(l.Day) - 1
	if u < lunarFirstDay || u > lunarLastDay {
		return fail("outside 1900-01-01 to 2199-12-31", ErrOutOfRange)
	}
	return fromUnixDay(u), nil
}

// LeapMonth returns the number of the leap month of the lunar year, or 0
// when the year has none or is outside 1900–2199.
func LeapMonth(year int) int {
	t := lunar()
	y := year - t.firstYear
	if year < 1900 || year > 2199 || y < 0 || y >= len(t.years) {
		return 0
	}
	return int(t.years[y].leap)
}
