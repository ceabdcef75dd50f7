package calendar

import "time"

// Names of the statutory holidays, as the Labour Code 2019 (Art. 112) writes
// them, and in English.
const (
	newYearVI   = "Tết Dương lịch"
	newYearEN   = "New Year's Day"
	tetVI       = "Tết Âm lịch"
	tetEN       = "Lunar New Year (Tết)"
	hungKingsVI = "Giỗ Tổ Hùng Vương"
	hungKingsEN = "Hùng Kings' Commemoration Day"
	victoryVI   = "Ngày Chiến thắng"
	victoryEN   = "Reunification Day"
	labourVI    = "Ngày Quốc tế lao động"
	labourEN    = "International Labour Day"
	nationalVI  = "Quốc khánh"
	nationalEN  = "National Day"
)

func nameNewYear() Name   { return Name{VI: newYearVI, EN: newYearEN} }
func nameTet() Name       { return Name{VI: tetVI, EN: tetEN} }
func nameHungKings() Name { return Name{VI: hungKingsVI, EN: hungKingsEN} }
func nameVictory() Name   { return Name{VI: victoryVI, EN: victoryEN} }
func nameLabour() Name    { return Name{VI: labourVI, EN: labourEN} }
func nameNational() Name  { return Name{VI: nationalVI, EN: nationalEN} }

// occurrence is one day of a holiday in the projection.
type occurrence struct {
	day  int64 // unix day
	name Name
}

// statutoryHolidays appends the public holidays of the civil year y (from
// 2014) as projected from the Labour Codes: 2012 (Art. 115) until 2020 and
// 2019 (Art. 112) from 2021. Tết is projected as the last day of the lunar
// year and lunar days 1 to 4 of month 1; the day adjacent to 2 September is
// 3 September when 2 September is a Sunday, Monday or Thursday, else
// 1 September.
func statutoryHolidays(dst []occurrence, y int) []occurrence {
	solar := func(m time.Month, d int, n Name) {
		dst = append(dst, occurrence{NewDate(y, m, d).unixDay(), n})
	}
	solar(time.January, 1, nameNewYear())
	if tet, err := FromLunar(LunarDate{Year: y, Month: 1, Day: 1}); err == nil {
		for off := -1; off <= 3; off++ {
			dst = append(dst, occurrence{tet.unixDay() + int64(off), nameTet()})
		}
	}
	if hung, err := FromLunar(LunarDate{Year: y, Month: 3, Day: 10}); err == nil {
		dst = append(dst, occurrence{hung.unixDay(), nameHungKings()})
	}
	solar(time.April, 30, nameVictory())
	solar(time.May, 1, nameLabour())
	national := NewDate(y, time.September, 2)
	if y >= 2021 {
		switch national.Weekday() {
		case time.Sunday, time.Monday, time.Thursday:
			solar(time.September, 3, nameNational())
		default:
			solar(time.September, 1, nameNational())
		}
	}
	solar(time.September, 2, nameNational())
	return dst
}

// officialSchedules returns the official schedules built into Vietnam(),
// freshly built: those of 2023 to 2026 (calendar.md).
func officialSchedules() []Schedule {
	d := func(y int, m time.Month, dd int, kind DayKind, name Name) ScheduledDay {
		return ScheduledDay{Date: NewDate(y, m, dd), Kind: kind, Name: name}
	}
	span := func(y int, m time.Month, from, to int, name Name) []ScheduledDay {
		var days []ScheduledDay
		for dd := from; dd <= to; dd++ {
			days = append(days, d(y, m, dd, KindHoliday, name))
		}
		return days
	}
	const medium = "confidence M"
	const sources = "notices of the Ministry of Labour / Ministry of Home Affairs and Government dispatches"

	s2023 := Schedule{Year: 2023, Source: sources}
	s2023.Days = append(s2023.Days,
		d(2023, time.January, 1, KindHoliday, nameNewYear()),
		d(2023, time.January, 2, KindCompensation, nameNewYear()))
	s2023.Days = append(s2023.Days, span(2023, time.January, 20, 26, nameTet())...)
	s2023.Days = append(s2023.Days,
		d(2023, time.April, 29, KindHoliday, nameHungKings()),
		d(2023, time.April, 30, KindHoliday, nameVictory()),
		d(2023, time.May, 1, KindHoliday, nameLabour()),
		d(2023, time.May, 2, KindCompensation, nameHungKings()),
		d(2023, time.May, 3, KindCompensation, nameVictory()),
		d(2023, time.September, 1, KindHoliday, nameNational()),
		d(2023, time.September, 2, KindHoliday, nameNational()),
		d(2023, time.September, 4, KindCompensation, nameNational()))

	s2024 := Schedule{Year: 2024, Source: sources}
	s2024.Days = append(s2024.Days, d(2024, time.January, 1, KindHoliday, nameNewYear()))
	s2024.Days = append(s2024.Days, span(2024, time.February, 8, 14, nameTet())...)
	s2024.Days = append(s2024.Days,
		d(2024, time.April, 18, KindHoliday, nameHungKings()),
		d(2024, time.April, 29, KindSwap, Name{
			VI: "Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 04/05/2024)",
			EN: "Swapped rest day for 30 April – 1 May (made up on Saturday 4 May 2024)"}),
		d(2024, time.April, 30, KindHoliday, nameVictory()),
		d(2024, time.May, 1, KindHoliday, nameLabour()),
		d(2024, time.May, 4, KindMakeUp, Name{
			VI: "Làm bù cho thứ Hai 29/04/2024",
			EN: "Make-up working day for Monday 29 April 2024"}),
		d(2024, time.September, 2, KindHoliday, nameNational()),
		d(2024, time.September, 3, KindHoliday, nameNational()))

	s2025 := Schedule{Year: 2025, Source: sources}
	s2025.Days = append(s2025.Days, d(2025, time.January, 1, KindHoliday, nameNewYear()))
	s2025.Days = append(s2025.Days, span(2025, time.January, 27, 31, nameTet())...)
	s2025.Days = append(s2025.Days,
		d(2025, time.April, 7, KindHoliday, nameHungKings()),
		d(2025, time.April, 26, KindMakeUp, Name{
			VI: "Làm bù cho thứ Sáu 02/05/2025",
			EN: "Make-up working day for Friday 2 May 2025"}),
		d(2025, time.April, 30, KindHoliday, nameVictory()),
		d(2025, time.May, 1, KindHoliday, nameLabour()),
		d(2025, time.May, 2, KindSwap, Name{
			VI: "Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 26/04/2025)",
			EN: "Swapped rest day for 30 April – 1 May (made up on Saturday 26 April 2025)"}),
		d(2025, time.September, 1, KindHoliday, nameNational()),
		d(2025, time.September, 2, KindHoliday, nameNational()))

	s2026 := Schedule{Year: 2026,
		Source: sources + " (MOHA notice 9441/TB-BNV of 16/10/2025; " +
			"Government Office dispatch 12729/VPCP-KGVX of 25/12/2025)"}
	newYearSwap := d(2026, time.January, 2, KindSwap, Name{
		VI: "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)",
		EN: "Swapped rest day for New Year (made up on Saturday 10 January 2026)"})
	newYearSwap.Note = medium
	newYearMakeUp := d(2026, time.January, 10, KindMakeUp, Name{
		VI: "Làm bù cho thứ Sáu 02/01/2026",
		EN: "Make-up working day for Friday 2 January 2026"})
	newYearMakeUp.Note = medium
	s2026.Days = append(s2026.Days,
		d(2026, time.January, 1, KindHoliday, nameNewYear()), newYearSwap, newYearMakeUp)
	s2026.Days = append(s2026.Days, span(2026, time.February, 16, 20, nameTet())...)
	s2026.Days = append(s2026.Days,
		d(2026, time.April, 26, KindHoliday, nameHungKings()),
		d(2026, time.April, 27, KindCompensation, nameHungKings()),
		d(2026, time.April, 30, KindHoliday, nameVictory()),
		d(2026, time.May, 1, KindHoliday, nameLabour()),
		d(2026, time.August, 22, KindMakeUp, Name{
			VI: "Làm bù cho thứ Hai 31/08/2026",
			EN: "Make-up working day for Monday 31 August 2026"}),
		d(2026, time.August, 31, KindSwap, Name{
			VI: "Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)",
			EN: "Swapped rest day for National Day (made up on Saturday 22 August 2026)"}),
		d(2026, time.September, 1, KindHoliday, nameNational()),
		d(2026, time.September, 2, KindHoliday, nameNational()))

	return []Schedule{s2023, s2024, s2025, s2026}
}
