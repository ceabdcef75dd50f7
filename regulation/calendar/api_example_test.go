package calendar_test

import (
	"fmt"
	"time"

	"github.com/quyche/quyche/regulation/calendar"
)

// The examples of this file show the entry points of the package one by
// one: dates, periods and the queries of a calendar.

func ExampleNewDate() {
	fmt.Println(calendar.NewDate(2024, 2, 30)) // normalised like time.Date
	fmt.Println(calendar.NewDate(2024, 13, 1))
	var zero calendar.Date
	fmt.Printf("%q %v\n", zero.String(), zero.IsZero())
	// Output:
	// 2024-03-01
	// 2025-01-01
	// "" true
}

func ExampleMustParseDate() {
	d := calendar.MustParseDate("08/01/2024") // for literals only: it panics on a bad date
	fmt.Println(d, d.Format(), d.Weekday())
	// Output:
	// 2024-01-08 08/01/2024 Monday
}

func ExampleDate_Sub() {
	due, done := calendar.NewDate(2024, 3, 15), calendar.NewDate(2024, 3, 20)
	fmt.Println(done.Sub(due), due.Sub(done), done.After(due), due.Before(done), due.Compare(done))
	fmt.Println(due.AddDays(17), due.AddDays(-15))
	// Output:
	// 5 -5 true true -1
	// 2024-04-01 2024-02-29
}

func ExampleDate_Format() {
	d := calendar.NewDate(2024, 1, 8)
	y, m, day := d.Date()
	fmt.Println(d.Format(), d.String(), y, m, day, d.Year(), d.Month(), d.Day())
	// Output:
	// 08/01/2024 2024-01-08 2024 January 8 2024 January 8
}

func ExampleDate_Time() {
	d := calendar.NewDate(2024, 1, 8)
	t := d.Time() // 00:00 of the day in UTC+7
	fmt.Println(t.Format(time.RFC3339), calendar.DateOf(t.Add(23*time.Hour)) == d)
	// Output:
	// 2024-01-08T00:00:00+07:00 true
}

func ExampleZone() {
	t := time.Date(2024, 1, 7, 17, 30, 0, 0, time.UTC) // 00:30 on 8 January in Vietnam
	fmt.Println(t.In(calendar.Zone()).Format("2006-01-02 15:04 MST"), calendar.DateOf(t))
	// Output:
	// 2024-01-08 00:30 ICT 2024-01-08
}

func ExampleVietnam() {
	cal := calendar.Vietnam()
	for _, d := range []calendar.Date{calendar.NewDate(2024, 2, 9), calendar.NewDate(2024, 5, 4), calendar.NewDate(2024, 5, 6)} {
		fmt.Println(d, d.Weekday(), cal.IsWorkday(d))
	}
	fmt.Println(cal.Covers(calendar.NewDate(2099, 12, 31)), cal.Covers(calendar.NewDate(2100, 1, 1)))
	// Output:
	// 2024-02-09 Friday false
	// 2024-05-04 Saturday true
	// 2024-05-06 Monday true
	// true false
}

func ExampleCalendar_IsWorkday() {
	cal := calendar.Vietnam()
	fmt.Println(cal.IsWorkday(calendar.NewDate(2024, 4, 18)), cal.IsWorkday(calendar.NewDate(2024, 4, 19)))
	// Output:
	// false true
}

func ExampleCalendar_CountWorkdays() {
	cal := calendar.Vietnam()
	// Tết 2024 keeps Thursday 8 to Wednesday 14 February off.
	from, to := calendar.NewDate(2024, 2, 5), calendar.NewDate(2024, 2, 19)
	fmt.Println(cal.CountWorkdays(from, to), cal.CountWorkdays(to, from), to.Sub(from))
	// Output:
	// 5 -5 14
}

func ExampleCalendar_NextWorkday() {
	cal := calendar.Vietnam()
	sat := calendar.NewDate(2024, 2, 10) // Saturday, and Tết
	fmt.Println(cal.NextWorkday(sat), cal.PreviousWorkday(sat))
	mon := calendar.NewDate(2024, 3, 18) // a working day is its own next
	fmt.Println(cal.NextWorkday(mon), cal.PreviousWorkday(mon))
	// Output:
	// 2024-02-15 2024-02-07
	// 2024-03-18 2024-03-18
}

func ExampleCalendar_DayOff() {
	cal := calendar.Vietnam()
	r, off := cal.DayOff(calendar.NewDate(2024, 9, 3))
	fmt.Println(off, r.Kind, r.Vietnamese(), "/", r.English())
	_, off = cal.DayOff(calendar.NewDate(2024, 9, 4))
	fmt.Println(off)
	// Output:
	// true holiday Quốc khánh / National Day
	// false
}

func ExampleCalendar_Schedule() {
	cal := calendar.Vietnam()
	s, ok := cal.Schedule(2024)
	fmt.Println(ok, s.Year, len(s.Days) > 0)
	_, ok = cal.Schedule(2040)
	fmt.Println(ok)
	// Output:
	// true 2024 true
	// false
}

func ExampleCalendar_WithHoliday() {
	founding := calendar.Holiday{
		Name:  calendar.Name{VI: "Ngày thành lập tỉnh", EN: "Province Day"},
		Month: time.May, Day: 12, StartYear: 2030, Source: "example",
	}
	cal, err := calendar.Vietnam().WithHoliday(founding)
	if err != nil {
		fmt.Println(err)
		return
	}
	d := calendar.NewDate(2031, 5, 12) // a Monday
	fmt.Println(calendar.Vietnam().IsWorkday(d), cal.IsWorkday(d), len(cal.Additions().Holidays))
	// Output:
	// true false 1
}

func ExampleLeapMonth() {
	fmt.Println(calendar.LeapMonth(2023), calendar.LeapMonth(2024), calendar.LeapMonth(2025))
	// Output:
	// 2 0 6
}

func ExampleWorkingDays() {
	cal := calendar.Vietnam()
	sent := calendar.NewDate(2024, 2, 5)
	for _, p := range []calendar.Period{calendar.Days(10), calendar.WorkingDays(10), calendar.Weeks(1), calendar.Months(1), calendar.Years(1)} {
		fmt.Println(p, cal.Deadline(sent, p))
	}
	// Output:
	// 10 days 2024-02-15
	// 10 working_days 2024-02-26
	// 1 weeks 2024-02-15
	// 1 months 2024-03-05
	// 1 years 2025-02-05
}

func ExampleDeadlineExplanation_Vietnamese() {
	x := calendar.Vietnam().ExplainDeadline(calendar.NewDate(2024, 2, 5), calendar.Days(5))
	fmt.Println(x.Last, x.Due, x.Moved())
	fmt.Println(x.Vietnamese())
	fmt.Println(x.English())
	// Output:
	// 2024-02-10 2024-02-15 true
	// hạn 15/02/2024 (thời hạn kết thúc vào ngày nghỉ 10/02/2024, chuyển sang ngày làm việc tiếp theo; 10–14/02/2024: Tết Âm lịch, Labour Code 2019 Art. 112(1))
	// due 2024-02-15 (the period ends on 2024-02-10, a day off, moved to the next working day; 2024-02-10 to 2024-02-14: Lunar New Year (Tết), Labour Code 2019 Art. 112(1))
}
