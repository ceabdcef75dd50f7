package calendar_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
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
	for _, s := range []string{"2023-05-02", "2024-04-29", "2026-02-16", "2026-11-24", "2027-02-10", "2029-11-24", "2100-01-04"} {
		info := cal.Explain(calendar.MustParseDate(s))
		fmt.Printf("%s workday=%v %s (%s) [%s; %s]\n", s, info.Workday, info.Reason.English(), info.Reason.Vietnamese(), info.Basis, info.Source)
	}
	// Output:
	// 2023-05-02 workday=false Compensation for Hùng Kings' Commemoration Day (Nghỉ bù Giỗ Tổ Hùng Vương) [official; Labour Code 2019 Art. 111(3)]
	// 2024-04-29 workday=false Swapped rest day for 30 April – 1 May (made up on Saturday 4 May 2024) (Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 04/05/2024)) [official; notices of the Ministry of Labour / Ministry of Home Affairs and Government dispatches]
	// 2026-02-16 workday=false Lunar New Year (Tết) (Tết Âm lịch) [official; 9441/TB-BNV]
	// 2026-11-24 workday=false Vietnamese Culture Day (Ngày Văn hóa Việt Nam) [official; Resolution 28/2026/QH16 Art. 2]
	// 2027-02-10 workday=false Compensation for Lunar New Year (Tết) (Nghỉ bù Tết Âm lịch) [projected; Labour Code 2019 Art. 111(3)]
	// 2029-11-24 workday=false Vietnamese Culture Day (Ngày Văn hóa Việt Nam) [projected; Resolution 28/2026/QH16 Art. 2]
	// 2100-01-04 workday=true Working day (Ngày làm việc) [not_covered; Decision 188/1999/QĐ-TTg]
}

func ExampleCalendar_ExplainDeadline() {
	cal := calendar.Vietnam()
	// A task assigned on the eve of Tết 2024, due within 1 working day.
	e := cal.ExplainDeadline(calendar.MustParseDate("2024-02-07"), calendar.WorkingDays(1))
	fmt.Println(e.Vietnamese())
	fmt.Println(e.English())
	// A limit of 3 days that ends on a day off moves to the next working day.
	e = cal.ExplainDeadline(calendar.MustParseDate("2026-04-27"), calendar.Days(3))
	fmt.Println(e.Vietnamese())
	fmt.Println(e.Moved(), e.Last, e.Due, len(e.Days), e.Version)
	// Output:
	// hạn 15/02/2024 (08–14/02/2024: Tết Âm lịch, Labour Code 2019 Art. 112(1))
	// due 2024-02-15 (2024-02-08 to 2024-02-14: Lunar New Year (Tết), Labour Code 2019 Art. 112(1))
	// hạn 04/05/2026 (thời hạn kết thúc vào ngày nghỉ 30/04/2026, chuyển sang ngày làm việc tiếp theo; 30/04/2026: Ngày Chiến thắng, 3383/BNV-CVL; 01/05/2026: Ngày Quốc tế lao động, 3383/BNV-CVL; 02–03/05/2026: Nghỉ hằng tuần, Decision 188/1999/QĐ-TTg)
	// true 2026-04-30 2026-05-04 4 vn-2026.2
}

func ExampleCalendar_ExplainAddWorkdays() {
	cal := calendar.Vietnam()
	// Two working days after Fri 20/11/2026: Mon 23/11, then Culture Day.
	e := cal.ExplainAddWorkdays(calendar.MustParseDate("2026-11-20"), 2)
	fmt.Println(e.Due)
	fmt.Println(e.Vietnamese())
	fmt.Println(e.English())
	for _, day := range e.Days {
		fmt.Println(day.Date, day.Reason, day.Basis, day.Source)
	}
	// Output:
	// 2026-11-25
	// hạn 25/11/2026 (24/11/2026: Ngày Văn hóa Việt Nam, Resolution 28/2026/QH16 Art. 2)
	// due 2026-11-25 (2026-11-24: Vietnamese Culture Day, Resolution 28/2026/QH16 Art. 2)
	// 2026-11-24 Vietnamese Culture Day official Resolution 28/2026/QH16 Art. 2
}

func ExampleCalendar_Version() {
	cal := calendar.Vietnam()
	fmt.Println(cal.Version())
	// Data added to the calendar shows in its version.
	more, err := cal.WithHoliday(calendar.Holiday{
		Name:  calendar.Name{VI: "Ngày lễ ví dụ", EN: "Example holiday"},
		Month: time.June, Day: 1, StartYear: 2030, Source: "example"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.HasPrefix(more.Version(), cal.Version()+"+user."), len(more.Version()))
	var zero calendar.Calendar
	fmt.Printf("%q\n", zero.Version())
	// Output:
	// vn-2026.2
	// true 27
	// ""
}

// A swap around Culture Day 2026 (Monday 23/11 off, Saturday 28/11 worked)
// was proposed but is not built in. Once a notice confirms it, a user adds it
// to the 2026 schedule as data, with its source.
func ExampleCalendar_With() {
	base := calendar.Vietnam()
	s, _ := base.Schedule(2026) // a copy of the built-in schedule
	const confirmed = "the notice that confirms the swap (its number)"
	s.Days = append(s.Days,
		calendar.ScheduledDay{Date: calendar.MustParseDate("2026-11-23"), Kind: calendar.DayKindSwap, Source: confirmed,
			Name: calendar.Name{VI: "Nghỉ hoán đổi dịp Ngày Văn hóa Việt Nam (làm bù thứ Bảy 28/11/2026)",
				EN: "Swapped rest day for Vietnamese Culture Day (made up on Saturday 28 November 2026)"}},
		calendar.ScheduledDay{Date: calendar.MustParseDate("2026-11-28"), Kind: calendar.DayKindMakeUp, Source: confirmed,
			Name: calendar.Name{VI: "Làm bù cho thứ Hai 23/11/2026", EN: "Make-up working day for Monday 23 November 2026"}},
	)
	cal, err := base.With(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, day := range []string{"2026-11-23", "2026-11-24", "2026-11-28"} {
		info := cal.Explain(calendar.MustParseDate(day))
		fmt.Println(day, info.Workday, info.Basis, info.Source)
	}
	fmt.Println(cal.ExplainAddWorkdays(calendar.MustParseDate("2026-11-20"), 2).Vietnamese())
	fmt.Println(base.AddWorkdays(calendar.MustParseDate("2026-11-20"), 2)) // Vietnam() is unchanged

	// A mistake is reported, and no calendar is built.
	s.Days[len(s.Days)-1].Date = calendar.MustParseDate("2026-11-27")
	_, err = base.With(s)
	fmt.Println(errors.Is(err, calendar.ErrInvalidSchedule), err)
	// Output:
	// 2026-11-23 false official the notice that confirms the swap (its number)
	// 2026-11-24 false official Resolution 28/2026/QH16 Art. 2
	// 2026-11-28 true official the notice that confirms the swap (its number)
	// hạn 26/11/2026 (23/11/2026: Nghỉ hoán đổi dịp Ngày Văn hóa Việt Nam (làm bù thứ Bảy 28/11/2026), the notice that confirms the swap (its number); 24/11/2026: Ngày Văn hóa Việt Nam, Resolution 28/2026/QH16 Art. 2)
	// 2026-11-25
	// true calendar: invalid schedule 2026 at 2026-11-27: make-up working day on a weekday
}

func ExampleCalendar_Extend() {
	// Rule-set files carry calendar data as JSON: here the 2027 notice, once
	// it is published (2027 is projected until then). A schedule lists every
	// day of its year that differs from a plain week; each day may cite its
	// own source, else the schedule's applies.
	const data = `{"schedules": [{"year": 2027, "source": "example: the 2027 notice", "days": [
	  {"date": "2027-01-01", "kind": "holiday", "name": {"vi": "Tết Dương lịch", "en": "New Year's Day"}},
	  {"date": "2027-02-04", "kind": "holiday", "name": {"vi": "Tết Âm lịch", "en": "Lunar New Year (Tết)"}},
	  {"date": "2027-02-05", "kind": "holiday", "name": {"vi": "Tết Âm lịch", "en": "Lunar New Year (Tết)"}},
	  {"date": "2027-02-06", "kind": "holiday", "name": {"vi": "Tết Âm lịch", "en": "Lunar New Year (Tết)"}},
	  {"date": "2027-02-07", "kind": "holiday", "name": {"vi": "Tết Âm lịch", "en": "Lunar New Year (Tết)"}},
	  {"date": "2027-02-08", "kind": "holiday", "name": {"vi": "Tết Âm lịch", "en": "Lunar New Year (Tết)"}},
	  {"date": "2027-02-09", "kind": "holiday", "name": {"vi": "Tết Âm lịch", "en": "Lunar New Year (Tết)"}},
	  {"date": "2027-02-10", "kind": "holiday", "name": {"vi": "Tết Âm lịch", "en": "Lunar New Year (Tết)"}},
	  {"date": "2027-04-16", "kind": "holiday", "name": {"vi": "Giỗ Tổ Hùng Vương", "en": "Hùng Kings' Commemoration Day"}},
	  {"date": "2027-04-30", "kind": "holiday", "name": {"vi": "Ngày Chiến thắng", "en": "Reunification Day"}},
	  {"date": "2027-05-01", "kind": "holiday", "name": {"vi": "Ngày Quốc tế lao động", "en": "International Labour Day"}},
	  {"date": "2027-05-03", "kind": "compensation", "name": {"vi": "Ngày Quốc tế lao động", "en": "International Labour Day"}},
	  {"date": "2027-09-02", "kind": "holiday", "name": {"vi": "Quốc khánh", "en": "National Day"}},
	  {"date": "2027-09-03", "kind": "holiday", "name": {"vi": "Quốc khánh", "en": "National Day"}},
	  {"date": "2027-11-24", "kind": "holiday", "name": {"vi": "Ngày Văn hóa Việt Nam", "en": "Vietnamese Culture Day"},
	   "source": "Resolution 28/2026/QH16 Art. 2"}]}]}`
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
	for _, day := range []string{"2027-02-04", "2027-02-11", "2027-11-24"} {
		info := cal.Explain(calendar.MustParseDate(day))
		fmt.Println(day, info.Workday, info.Reason, info.Basis, info.Source)
	}
	fmt.Println(calendar.Vietnam().Explain(calendar.MustParseDate("2027-02-11")).Basis)
	// Output:
	// 2027-02-04 false Lunar New Year (Tết) official example: the 2027 notice
	// 2027-02-11 true Working day official Decision 188/1999/QĐ-TTg
	// 2027-11-24 false Vietnamese Culture Day official Resolution 28/2026/QH16 Art. 2
	// projected
}
