package calendar

import "time"

// Names of the statutory holidays, as the Labour Code 2019 (Art. 112) and
// Resolution 28/2026/QH16 write them, and in English.
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
	cultureVI   = "Ngày Văn hóa Việt Nam"
	cultureEN   = "Vietnamese Culture Day"
)

func nameNewYear() Name   { return Name{VI: newYearVI, EN: newYearEN} }
func nameTet() Name       { return Name{VI: tetVI, EN: tetEN} }
func nameHungKings() Name { return Name{VI: hungKingsVI, EN: hungKingsEN} }
func nameVictory() Name   { return Name{VI: victoryVI, EN: victoryEN} }
func nameLabour() Name    { return Name{VI: labourVI, EN: labourEN} }
func nameNational() Name  { return Name{VI: nationalVI, EN: nationalEN} }
func nameCulture() Name   { return Name{VI: cultureVI, EN: cultureEN} }

// The sources the built-in facts cite: document numbers and articles,
// language-neutral.
const (
	srcWeek       = "Decision 188/1999/QĐ-TTg"       // the weekly rest on Saturday and Sunday
	srcLC2012     = "Labour Code 2012 Art. 115"      // holidays and compensations, 2014–2020
	srcLC2019     = "Labour Code 2019 Art. 112(1)"   // holidays from 2021
	srcLC2019Comp = "Labour Code 2019 Art. 111(3)"   // compensations from 2021
	srcCulture    = "Resolution 28/2026/QH16 Art. 2" // Vietnamese Culture Day from 2026
	src9441       = "9441/TB-BNV"                    // MOHA notice of 16/10/2025: Tết and National Day 2026
	src12729      = "12729/VPCP-KGVX"                // Government Office dispatch of 25/12/2025: New Year 2026
	src3383       = "3383/BNV-CVL"                   // MOHA letter of 10/04/2026: no swap around 30/4/2026
)

// occurrence is one day of a holiday in the projection.
type occurrence struct {
	day  int64 // unix day
	rank int32 // 0 for a statutory holiday, 1 + its index for one added as data
	info int32 // index of the holiday's holidayInfo
}

// holidayInfo is what the projection marks on the days of a holiday.
type holidayInfo struct {
	name        Name
	source      string // the document the holiday rests on
	compensated bool   // compensated when it falls on a weekly rest day
	compSource  string // the document the compensation rests on
}

// labourCode returns the sources of the Labour Code in force in year y for
// a holiday and for its compensation: 2012 (Art. 115) until 2020, 2019
// (Art. 112(1) and Art. 111(3)) from 2021.
func labourCode(y int) (holiday, compensation string) {
	if y < 2021 {
		return srcLC2012, srcLC2012
	}
	return srcLC2019, srcLC2019Comp
}

// statutoryRule is one holiday of the statutes, as data: its name, the
// years it applies in, where it falls and what it rests on.
type statutoryRule struct {
	name Name
	from int // the first civil year it applies in; 0: every covered year
	// days appends the rule's days in the civil year y to dst.
	days func(dst []int64, y int) []int64
	// culture marks Vietnamese Culture Day: it rests on Resolution
	// 28/2026/QH16, not on the Labour Code, and is not compensated.
	culture bool
}

// statutoryRules are the public holidays of the Labour Codes 2012 (Art. 115,
// until 2020) and 2019 (Art. 112(1), from 2021), and Vietnamese Culture Day
// (Resolution 28/2026/QH16 Art. 2, from 2026), as the projection applies
// them. Tết is projected as the last day of the lunar year and lunar days 1
// to 4 of month 1; the day adjacent to 2 September is 3 September when
// 2 September is a Sunday, Monday or Thursday, else 1 September.
var statutoryRules = []statutoryRule{
	{name: nameNewYear(), days: solarDay(time.January, 1)},
	{name: nameTet(), days: tetDays},
	{name: nameHungKings(), days: lunarDay(3, 10)},
	{name: nameVictory(), days: solarDay(time.April, 30)},
	{name: nameLabour(), days: solarDay(time.May, 1)},
	{name: nameNational(), days: nationalAdjacentDay, from: 2021},
	{name: nameNational(), days: solarDay(time.September, 2)},
	{name: nameCulture(), days: solarDay(time.November, 24), from: 2026, culture: true},
}

// solarDay returns the rule of a holiday on day d of month m.
func solarDay(m time.Month, d int) func([]int64, int) []int64 {
	return func(dst []int64, y int) []int64 { return append(dst, NewDate(y, m, d).unixDay()) }
}

// lunarDay returns the rule of a holiday on lunar day d of month m.
func lunarDay(m, d int) func([]int64, int) []int64 {
	return func(dst []int64, y int) []int64 {
		if x, err := FromLunar(LunarDate{Year: y, Month: m, Day: d}); err == nil {
			dst = append(dst, x.unixDay())
		}
		return dst
	}
}

// tetDays appends the five projected days of Tết: the last day of the lunar
// year before and lunar days 1 to 4 of year y.
func tetDays(dst []int64, y int) []int64 {
	if tet, err := FromLunar(LunarDate{Year: y, Month: 1, Day: 1}); err == nil {
		for off := int64(-1); off <= 3; off++ {
			dst = append(dst, tet.unixDay()+off)
		}
	}
	return dst
}

// nationalAdjacentDay appends the day adjacent to 2 September of year y.
func nationalAdjacentDay(dst []int64, y int) []int64 {
	switch NewDate(y, time.September, 2).Weekday() {
	case time.Sunday, time.Monday, time.Thursday:
		return append(dst, NewDate(y, time.September, 3).unixDay())
	}
	return append(dst, NewDate(y, time.September, 1).unixDay())
}

// statutoryInfos returns the holidayInfo of each statutory rule under each
// Labour Code: index 2·r for rule r before 2021, 2·r+1 from 2021.
func statutoryInfos() []holidayInfo {
	infos := make([]holidayInfo, 0, 2*len(statutoryRules))
	for _, r := range statutoryRules {
		for _, y := range []int{2020, 2021} {
			info := holidayInfo{name: r.name, compensated: true}
			info.source, info.compSource = labourCode(y)
			if r.culture {
				info = holidayInfo{name: r.name, source: srcCulture}
			}
			infos = append(infos, info)
		}
	}
	return infos
}

// statutoryHolidays appends the statutory holidays of the civil year y
// (from 2014) to dst, referring to the infos of statutoryInfos.
func statutoryHolidays(dst []occurrence, y int) []occurrence {
	var days [8]int64
	period := int32(0)
	if y >= 2021 {
		period = 1
	}
	for r, rule := range statutoryRules {
		if y < rule.from {
			continue
		}
		for _, u := range rule.days(days[:0], y) {
			dst = append(dst, occurrence{day: u, info: 2*int32(r) + period})
		}
	}
	return dst
}

// officialSchedules returns the official schedules built into Vietnam(),
// freshly built: those of 2023 to 2026. Each day cites the most precise
// document known for it: the year's notice or dispatch where its number is
// known, otherwise the statute the day rests on (the schedule's Source
// names the year's notices as a whole, and stands for the swapped and
// make-up days that rest on nothing else).
func officialSchedules() []Schedule {
	d := func(y int, m time.Month, dd int, kind DayKind, name Name, source string) ScheduledDay {
		return ScheduledDay{Date: NewDate(y, m, dd), Kind: kind, Name: name, Source: source}
	}
	span := func(y int, m time.Month, from, to int, name Name, source string) []ScheduledDay {
		var days []ScheduledDay
		for dd := from; dd <= to; dd++ {
			days = append(days, d(y, m, dd, DayKindHoliday, name, source))
		}
		return days
	}
	const medium = "confidence M"
	const notices = "notices of the Ministry of Labour / Ministry of Home Affairs and Government dispatches"

	s2023 := Schedule{Year: 2023, Source: notices}
	s2023.Days = append(s2023.Days,
		d(2023, time.January, 1, DayKindHoliday, nameNewYear(), srcLC2019),
		d(2023, time.January, 2, DayKindCompensation, nameNewYear(), srcLC2019Comp))
	s2023.Days = append(s2023.Days, span(2023, time.January, 20, 26, nameTet(), srcLC2019)...)
	s2023.Days = append(s2023.Days,
		d(2023, time.April, 29, DayKindHoliday, nameHungKings(), srcLC2019),
		d(2023, time.April, 30, DayKindHoliday, nameVictory(), srcLC2019),
		d(2023, time.May, 1, DayKindHoliday, nameLabour(), srcLC2019),
		d(2023, time.May, 2, DayKindCompensation, nameHungKings(), srcLC2019Comp),
		d(2023, time.May, 3, DayKindCompensation, nameVictory(), srcLC2019Comp),
		d(2023, time.September, 1, DayKindHoliday, nameNational(), srcLC2019),
		d(2023, time.September, 2, DayKindHoliday, nameNational(), srcLC2019),
		d(2023, time.September, 4, DayKindCompensation, nameNational(), srcLC2019Comp))

	s2024 := Schedule{Year: 2024, Source: notices}
	s2024.Days = append(s2024.Days, d(2024, time.January, 1, DayKindHoliday, nameNewYear(), srcLC2019))
	s2024.Days = append(s2024.Days, span(2024, time.February, 8, 14, nameTet(), srcLC2019)...)
	s2024.Days = append(s2024.Days,
		d(2024, time.April, 18, DayKindHoliday, nameHungKings(), srcLC2019),
		d(2024, time.April, 29, DayKindSwap, Name{
			VI: "Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 04/05/2024)",
			EN: "Swapped rest day for 30 April – 1 May (made up on Saturday 4 May 2024)"}, ""),
		d(2024, time.April, 30, DayKindHoliday, nameVictory(), srcLC2019),
		d(2024, time.May, 1, DayKindHoliday, nameLabour(), srcLC2019),
		d(2024, time.May, 4, DayKindMakeUp, Name{
			VI: "Làm bù cho thứ Hai 29/04/2024",
			EN: "Make-up working day for Monday 29 April 2024"}, ""),
		d(2024, time.September, 2, DayKindHoliday, nameNational(), srcLC2019),
		d(2024, time.September, 3, DayKindHoliday, nameNational(), srcLC2019))

	s2025 := Schedule{Year: 2025, Source: notices}
	s2025.Days = append(s2025.Days, d(2025, time.January, 1, DayKindHoliday, nameNewYear(), srcLC2019))
	s2025.Days = append(s2025.Days, span(2025, time.January, 27, 31, nameTet(), srcLC2019)...)
	s2025.Days = append(s2025.Days,
		d(2025, time.April, 7, DayKindHoliday, nameHungKings(), srcLC2019),
		d(2025, time.April, 26, DayKindMakeUp, Name{
			VI: "Làm bù cho thứ Sáu 02/05/2025",
			EN: "Make-up working day for Friday 2 May 2025"}, ""),
		d(2025, time.April, 30, DayKindHoliday, nameVictory(), srcLC2019),
		d(2025, time.May, 1, DayKindHoliday, nameLabour(), srcLC2019),
		d(2025, time.May, 2, DayKindSwap, Name{
			VI: "Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 26/04/2025)",
			EN: "Swapped rest day for 30 April – 1 May (made up on Saturday 26 April 2025)"}, ""),
		d(2025, time.September, 1, DayKindHoliday, nameNational(), srcLC2019),
		d(2025, time.September, 2, DayKindHoliday, nameNational(), srcLC2019))

	s2026 := Schedule{Year: 2026,
		Source: "MOHA notice 9441/TB-BNV of 16/10/2025; Government Office dispatch 12729/VPCP-KGVX of 25/12/2025; " +
			"MOHA letter 3383/BNV-CVL of 10/04/2026; Resolution 28/2026/QH16"}
	newYearSwap := d(2026, time.January, 2, DayKindSwap, Name{
		VI: "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)",
		EN: "Swapped rest day for New Year (made up on Saturday 10 January 2026)"}, src12729)
	newYearSwap.Note = medium
	newYearMakeUp := d(2026, time.January, 10, DayKindMakeUp, Name{
		VI: "Làm bù cho thứ Sáu 02/01/2026",
		EN: "Make-up working day for Friday 2 January 2026"}, src12729)
	newYearMakeUp.Note = medium
	s2026.Days = append(s2026.Days,
		d(2026, time.January, 1, DayKindHoliday, nameNewYear(), srcLC2019), newYearSwap, newYearMakeUp)
	s2026.Days = append(s2026.Days, span(2026, time.February, 16, 20, nameTet(), src9441)...)
	s2026.Days = append(s2026.Days,
		d(2026, time.April, 26, DayKindHoliday, nameHungKings(), srcLC2019),
		d(2026, time.April, 27, DayKindCompensation, nameHungKings(), srcLC2019Comp),
		d(2026, time.April, 30, DayKindHoliday, nameVictory(), src3383),
		d(2026, time.May, 1, DayKindHoliday, nameLabour(), src3383),
		d(2026, time.August, 22, DayKindMakeUp, Name{
			VI: "Làm bù cho thứ Hai 31/08/2026",
			EN: "Make-up working day for Monday 31 August 2026"}, src9441),
		d(2026, time.August, 31, DayKindSwap, Name{
			VI: "Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)",
			EN: "Swapped rest day for National Day (made up on Saturday 22 August 2026)"}, src9441),
		d(2026, time.September, 1, DayKindHoliday, nameNational(), src9441),
		d(2026, time.September, 2, DayKindHoliday, nameNational(), src9441),
		d(2026, time.November, 24, DayKindHoliday, nameCulture(), srcCulture))

	return []Schedule{s2023, s2024, s2025, s2026}
}
