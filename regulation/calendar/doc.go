// Package calendar holds the dates and working days of Vietnam's civil
// service: civil dates in UTC+7 ([Date]), the Vietnamese lunar calendar
// ([ToLunar], [FromLunar]), the public holidays and official schedules
// ([Vietnam]), working-day arithmetic ([Calendar.AddWorkdays],
// [Calendar.CountWorkdays]) and the Civil Code's counting of time limits
// ([Calendar.Deadline], Bộ luật Dân sự 2015, Articles 144–148), each answer
// with the document it rests on and the version of the facts it used.
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
// weekly rest days (Decision 188/1999/QĐ-TTg), the public holidays of the
// Labour Code are days off and those that fall on a weekend are compensated
// on the next working day (nghỉ bù, Labour Code 2019 Art. 111(3)), and the
// official schedules of 2023 to 2026 (with their swapped days and make-up
// Saturdays) are built in. Other years of 2014–2099 are projected from the
// statutes; [Calendar.Explain] says why a day is off and whether the answer
// is official or projected. 2027 is projected until its notice is added as
// data. New official schedules and holidays are data ([Schedule],
// [Holiday], [Additions]), added with [Calendar.With],
// [Calendar.WithHoliday] and [Calendar.Extend], each giving a new calendar.
//
// # Vietnamese Culture Day
//
// Vietnamese Culture Day (Ngày Văn hóa Việt Nam), 24 November, is a paid day
// off from 2026 (National Assembly Resolution 28/2026/QH16, Art. 2, in force
// 1 July 2026); before 2026 it is a working day. It is in the official
// schedule of 2026 (Tuesday 24 November) and projected from 2027. It is not
// a holiday of Labour Code Art. 112(1), so it is not compensated: when it
// falls on a weekend (first in 2029) no weekday is given instead. A swap
// around 24 November 2026 (Monday 23 off, Saturday 28 worked) was only
// proposed and is not built in; once confirmed, a user adds it to the 2026
// schedule as data (see the example of [Calendar.With]).
//
// # Provenance and versions
//
// Every answer says where it comes from: [DayInfo] carries the Source of
// the answer, language-neutral — the year's notice or dispatch for a day of
// an official schedule where its number is known ("9441/TB-BNV" for Tết and
// National Day 2026, "12729/VPCP-KGVX" for the New Year 2026 swap,
// "3383/BNV-CVL" for 30 April and 1 May 2026), otherwise the statute
// ("Labour Code 2019 Art. 112(1)", "Labour Code 2012 Art. 115" before 2021,
// "Labour Code 2019 Art. 111(3)" for a compensation, "Resolution
// 28/2026/QH16 Art. 2" for Culture Day, "Decision 188/1999/QĐ-TTg" for
// plain weeks), and for data a user added, the source given with it
// ([ScheduledDay], [Schedule] and [Holiday] carry one). Where no document
// number is known the source is the statute, or the schedule's description
// of the year's notices: no number is ever made up.
//
// [Calendar.Version] names the facts a calendar answers from, so that a
// stored deadline can say which facts it used: "vn-2026.2" for the facts
// built into [Vietnam], which changes whenever they change, and
// "vn-2026.2+user.<hash>" for a calendar extended with data, the hash
// telling different additions apart.
//
// # Deadlines that explain themselves
//
// [Calendar.ExplainDeadline] and [Calendar.ExplainAddWorkdays] give the
// same answers as [Calendar.Deadline] and [Calendar.AddWorkdays] with their
// reasons: the days off skipped, or rolled over when a period ends on a day
// off, each with its reason and source, and a short text in Vietnamese and
// English for a message ("hạn 25/11/2026 (24/11/2026: Ngày Văn hóa Việt Nam,
// Resolution 28/2026/QH16 Art. 2)").
//
// Working-day queries take constant time and allocate nothing: the counts of
// working days are precomputed once per calendar (the explaining forms
// allocate). Calendars are immutable and safe for concurrent use; every
// function of the package is safe for concurrent use.
//
// # Example
//
//	cal := calendar.Vietnam()
//	assigned := calendar.MustParseDate("07/02/2024")       // the eve of Tết 2024
//	due := cal.Deadline(assigned, calendar.WorkingDays(1)) // 2024-02-15
//	late := cal.CountWorkdays(due, calendar.MustParseDate("2024-02-20"))
//	fmt.Println(due, late) // 2024-02-15 3
package calendar
