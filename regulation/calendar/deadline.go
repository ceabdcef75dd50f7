package calendar

import (
	"strconv"
	"time"
)

// PeriodUnit is the unit in which a time limit is stated. The zero value,
// PeriodUnknown, is unset.
type PeriodUnit uint8

const (
	// PeriodUnknown is the zero, unset PeriodUnit.
	PeriodUnknown PeriodUnit = iota
	// PeriodDays counts calendar days (ngày).
	PeriodDays
	// PeriodWorkingDays counts working days (ngày làm việc).
	PeriodWorkingDays
	// PeriodWeeks counts weeks (tuần).
	PeriodWeeks
	// PeriodMonths counts months (tháng).
	PeriodMonths
	// PeriodYears counts years (năm).
	PeriodYears
)

var periodUnits = enum[PeriodUnit]{"PeriodUnit", []string{
	PeriodDays:        "days",
	PeriodWorkingDays: "working_days",
	PeriodWeeks:       "weeks",
	PeriodMonths:      "months",
	PeriodYears:       "years",
}}

// String returns the snake_case name of u ("days", "working_days"),
// "unknown" for PeriodUnknown and "%!PeriodUnit(9)" for a value out of
// range.
func (u PeriodUnit) String() string { return periodUnits.string(u) }

// MarshalText implements encoding.TextMarshaler: "" for PeriodUnknown, an
// *EnumError for a value out of range.
func (u PeriodUnit) MarshalText() ([]byte, error) { return periodUnits.marshal(u) }

// UnmarshalText implements encoding.TextUnmarshaler: "" gives
// PeriodUnknown, and a text that String does not return for a known value an
// *EnumError.
func (u *PeriodUnit) UnmarshalText(text []byte) (err error) {
	*u, err = periodUnits.parse(text)
	return err
}

// Period is a time limit: N units. Its JSON form is {"n": 10, "unit":
// "working_days"}. The zero value is unset: Deadline gives the zero Date
// for it.
type Period struct {
	N    int        `json:"n"`
	Unit PeriodUnit `json:"unit"`
}

// Days returns a period of n calendar days.
func Days(n int) Period { return Period{N: n, Unit: PeriodDays} }

// WorkingDays returns a period of n working days.
func WorkingDays(n int) Period { return Period{N: n, Unit: PeriodWorkingDays} }

// Weeks returns a period of n weeks.
func Weeks(n int) Period { return Period{N: n, Unit: PeriodWeeks} }

// Months returns a period of n months.
func Months(n int) Period { return Period{N: n, Unit: PeriodMonths} }

// Years returns a period of n years.
func Years(n int) Period { return Period{N: n, Unit: PeriodYears} }

// String returns p as "10 working_days".
func (p Period) String() string { return strconv.Itoa(p.N) + " " + p.Unit.String() }

// Deadline returns the last day of the time limit p that starts with the
// event on date event, counted as the Civil Code 2015 does (Articles
// 147–148): the day of the event is not counted; a limit in days ends on
// event+N, in weeks on the same weekday N weeks later, in months or years on
// the corresponding day, or on the last day of the month when that month has
// no such day (31 January + 1 month is 28 or 29 February); when that day is a
// day off, the limit ends on the next working day. A limit in working days
// ends on the N-th working day after the event.
//
// A limit of zero units ends on the event day, or the next working day when
// it is a day off. A negative N counts back from the event, moving a day off
// to the previous working day. Deadline returns the zero Date for a zero
// event and for an unknown unit. Results beyond the range of Date saturate at
// its ends.
func (c *Calendar) Deadline(event Date, p Period) Date {
	if event.IsZero() {
		return Date{}
	}
	n := clampSpan(int64(p.N))
	u := event.unixDay()
	var last Date
	switch p.Unit {
	case PeriodDays:
		last = fromUnixDay(u + n)
	case PeriodWorkingDays:
		last = c.AddWorkdays(event, int(n))
	case PeriodWeeks:
		last = fromUnixDay(u + 7*n)
	case PeriodMonths:
		last = addMonths(event, n)
	case PeriodYears:
		last = addMonths(event, 12*n)
	default:
		return Date{}
	}
	if n < 0 {
		return c.PreviousWorkday(last)
	}
	return c.NextWorkday(last)
}

// addMonths returns the day corresponding to d n months later, or the last
// day of that month when it has no such day. n is at most 12·maxSpan.
func addMonths(d Date, n int64) Date {
	y, m, day := civilFromDays(d.unixDay())
	months := y*12 + (m - 1) + n
	ny := floorDiv(months, 12)
	nm := months - ny*12 + 1
	ny = max(-1<<26, min(ny, 1<<26)) // far beyond the range of Date
	day = min(day, int64(daysIn(int(ny), time.Month(nm))))
	return fromUnixDay(daysFromCivil(ny, nm, day))
}
