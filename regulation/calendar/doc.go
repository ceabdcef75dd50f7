// Package calendar holds the dates and working days of Vietnam's civil
// service: civil dates in UTC+7 ([Date]), the Vietnamese lunar calendar
// ([ToLunar], [FromLunar]), the public holidays and official schedules
// ([Vietnam]), working-day arithmetic ([Calendar.AddWorkdays],
// [Calendar.CountWorkdays]) and the Civil Code's counting of time limits
// ([Calendar.Deadline], Bộ luật Dân sự 2015, Articles 144–148).
//
// # Civil dates
//
// A [Date] is a day, not an instant: [DateOf] converts an instant to the date
// it falls on in Vietnam (UTC+7, a fixed zone, so the system's time-zone
// database is never read). [ParseDate] reads both the ISO form of JSON
// ("2024-02-08") and the form of Vietnamese documents ("08/02/2024").
//
// # Lunar calendar
//
// The lunar calendar follows the rules of the modern Chinese calendar,
// computed for the 105°E meridian (UTC+7) with Hồ Ngọc Đức's astronomical
// algorithm, which is why Tết sometimes falls a day or a month away from
// China's (21 January 1985, 17 February 2007). Conversions cover
// 1900–2199.
//
// # Working days
//
// [Vietnam] returns the civil-service calendar: Saturdays and Sundays are
// weekly rest days, the public holidays of the Labour Code are days off and
// those that fall on a weekend are compensated on the next working day, and
// the official schedules of 2023 to 2026 (with their swapped days and
// make-up Saturdays) are built in. Other years of 2014–2099 are projected
// from the statutes; [Calendar.Explain] says why a day is off and whether
// the answer is official or projected. New official schedules and holidays
// are data ([Schedule], [Holiday], [Additions]), added with [Calendar.With],
// [Calendar.WithHoliday] and [Calendar.Extend], each giving a new calendar.
//
// Working-day queries take constant time and allocate nothing: the counts of
// working days are precomputed once per calendar. Calendars are immutable
// and safe for concurrent use; every function of the package is safe for
// concurrent use.
//
// # Example
//
//	cal := calendar.Vietnam()
//	assigned := calendar.MustParseDate("07/02/2024")       // the eve of Tết 2024
//	due := cal.Deadline(assigned, calendar.WorkingDays(1)) // 2024-02-15
//	late := cal.CountWorkdays(due, calendar.MustParseDate("2024-02-20"))
//	fmt.Println(due, late) // 2024-02-15 3
package calendar
