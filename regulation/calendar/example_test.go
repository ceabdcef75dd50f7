package calendar_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/quyche/quyche/regulation/calendar"
)

func Example() {
	cal := calendar.Vietnam()
	assigned := calendar.MustParseDate("07/02/2024")       // the eve of Tết 2024
	due := cal.Deadline(assigned, calendar.WorkingDays(1)) // Tết runs 8–14 February
	late := cal.CountWorkdays(due, calendar.MustParseDate("2024-02-20"))
	fmt.Println(due, late)
	// Output: 2024-02-15 3
}

func ExampleParseDate() {
	for _, s := range []string{"2024-01-08", "08/01/2024", "30/02/2024", "8/1/2024"} {
		d, err := calendar.ParseDate(s)
		if err != nil {
			var de *calendar.DateError
			fmt.Println(errors.Is(err, calendar.ErrInvalidDate), errors.As(err, &de) && de.Reason != "", err)
			continue
		}
		fmt.Println(d, d.Format(), d.Weekday())
	}
	// Output:
	// 2024-01-08 08/01/2024 Monday
	// 2024-01-08 08/01/2024 Monday
	// true true calendar: invalid date "30/02/2024": day out of range
	// true true calendar: invalid date "8/1/2024": want "yyyy-mm-dd" or "dd/mm/yyyy"
}

func ExampleDateOf() {
	// 17:30 UTC on 7 January is already 8 January in Vietnam.
	t := time.Date(2024, 1, 7, 17, 30, 0, 0, time.UTC)
	fmt.Println(calendar.DateOf(t))
	// Output: 2024-01-08
}

func ExampleToLunar() {
	fmt.Println(calendar.ToLunar(calendar.MustParseDate("2024-02-10"))) // Tết Giáp Thìn
	fmt.Println(calendar.ToLunar(calendar.MustParseDate("1995-09-24"))) // a leap month 8
	fmt.Println(calendar.ToLunar(calendar.MustParseDate("1985-01-21"))) // Tết 1985: China's is a month later
	// Output:
	// 2024-01-01
	// 1995-08L-01
	// 1985-01-01
}

func ExampleFromLunar() {
	hung, err := calendar.FromLunar(calendar.LunarDate{Year: 2026, Month: 3, Day: 10})
	fmt.Println(hung, hung.Weekday(), err)

	_, err = calendar.FromLunar(calendar.LunarDate{Year: 2024, Month: 4, Day: 1, Leap: true})
	fmt.Println(errors.Is(err, calendar.ErrInvalidLunarDate), err)
	// Output:
	// 2026-04-26 Sunday <nil>
	// true calendar: lunar date "2024-04L-01": no such leap month in that year
}

func ExampleCalendar_AddWorkdays() {
	cal := calendar.Vietnam()
	fri := calendar.MustParseDate("2024-04-26")
	fmt.Println(cal.AddWorkdays(fri, 1))  // Mon 29/4 swapped, 30/4 and 1/5 holidays
	fmt.Println(cal.AddWorkdays(fri, 2))  // Fri 3/5
	fmt.Println(cal.AddWorkdays(fri, 3))  // Sat 4/5 is a working Saturday
	fmt.Println(cal.AddWorkdays(fri, -1)) // Thu 25/4
	fmt.Println(cal.CountWorkdays(fri, calendar.MustParseDate("2024-05-06")))
	// Output:
	// 2024-05-02
	// 2024-05-03
	// 2024-05-04
	// 2024-04-25
	// 4
}

func ExampleCalendar_Deadline() {
	cal := calendar.Vietnam()
	fri := calendar.MustParseDate("2024-04-26")
	fmt.Println(cal.Deadline(fri, calendar.Days(3)))        // ends Mon 29/4, a day off: moved to Thu 2/5
	fmt.Println(cal.Deadline(fri, calendar.WorkingDays(3))) // the third working day after
	fmt.Println(cal.Deadline(calendar.MustParseDate("2024-01-31"), calendar.Months(1)))
	// Output:
	// 2024-05-02
	// 2024-05-04
	// 2024-02-29
}

func ExampleCalendar_Explain() {
	cal := calendar.Vietnam()
	for _, s := range []string{"2023-05-02", "2024-04-29", "2024-05-04", "2027-02-10", "2100-01-04"} {
		info := cal.Explain(calendar.MustParseDate(s))
		fmt.Printf("%s workday=%v %s (%s) [%s]\n", s, info.Workday, info.Reason.English(), info.Reason.Vietnamese(), info.Basis)
	}
	// Output:
	// 2023-05-02 workday=false Compensation for Hùng Kings' Commemoration Day (Nghỉ bù Giỗ Tổ Hùng Vương) [official]
	// 2024-04-29 workday=false Swapped rest day for 30 April – 1 May (made up on Saturday 4 May 2024) (Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 04/05/2024)) [official]
	// 2024-05-04 workday=true Make-up working day for Monday 29 April 2024 (Làm bù cho thứ Hai 29/04/2024) [official]
	// 2027-02-10 workday=false Compensation for Lunar New Year (Tết) (Nghỉ bù Tết Âm lịch) [projected]
	// 2100-01-04 workday=true Working day (Ngày làm việc) [not_covered]
}

func ExampleCalendar_With() {
	// The 2027 notice, once published, is added as data.
	tet := calendar.Name{VI: "Tết Âm lịch", EN: "Lunar New Year (Tết)"}
	s := calendar.Schedule{Year: 2027, Source: "notice for 2027"}
	for _, day := range []string{"2027-02-04", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10"} {
		s.Days = append(s.Days, calendar.ScheduledDay{Date: calendar.MustParseDate(day), Kind: calendar.KindHoliday, Name: tet})
	}
	s.Days = append(s.Days, calendar.ScheduledDay{
		Date: calendar.MustParseDate("2027-02-20"), Kind: calendar.KindMakeUp,
		Name: calendar.Name{VI: "Làm bù", EN: "Make-up working day"},
	})
	cal, err := calendar.Vietnam().With(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, day := range []string{"2027-02-04", "2027-02-11", "2027-02-20"} {
		info := cal.Explain(calendar.MustParseDate(day))
		fmt.Println(day, info.Workday, info.Reason, info.Basis)
	}
	// Vietnam() itself is unchanged.
	fmt.Println(calendar.Vietnam().Explain(calendar.MustParseDate("2027-02-11")).Reason)

	// A mistake is reported, and no calendar is built.
	s.Days[0].Kind = calendar.KindMakeUp
	_, err = calendar.Vietnam().With(s)
	fmt.Println(errors.Is(err, calendar.ErrInvalidSchedule), err)
	// Output:
	// 2027-02-04 false Lunar New Year (Tết) official
	// 2027-02-11 true Working day official
	// 2027-02-20 true Make-up working day official
	// Compensation for Lunar New Year (Tết)
	// true calendar: invalid schedule 2027 at 2027-02-04: make-up working day on a weekday
}

func ExampleCalendar_Extend() {
	// Rule-set files carry calendar data as JSON.
	const data = `{"holidays": [{"name": {"vi": "Ngày Văn hóa Việt Nam", "en": "Vietnam Culture Day"},
	                             "month": 11, "day": 24, "start_year": 2027}]}`
	var add calendar.Additions
	if err := json.Unmarshal([]byte(data), &add); err != nil {
		fmt.Println(err)
		return
	}
	cal, err := calendar.Vietnam().Extend(add)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, day := range []string{"2026-11-24", "2027-11-24", "2029-11-26"} {
		info := cal.Explain(calendar.MustParseDate(day))
		fmt.Println(day, info.Workday, info.Reason, info.Basis)
	}
	// Output:
	// 2026-11-24 true Working day official
	// 2027-11-24 false Vietnam Culture Day projected
	// 2029-11-26 false Compensation for Vietnam Culture Day projected
}
