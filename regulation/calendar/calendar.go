package calendar

import (
	"cmp"
	"slices"
	"sync"
	"time"
)

// The range of civil dates a Calendar built from Vietnam() covers.
const (
	coverFirstYear = 2014
	coverLastYear  = 2099
	coverFirst     = 16071 // unix day of 2014-01-01
	coverLast      = 47481 // unix day of 2099-12-31
	coverDays      = coverLast - coverFirst + 1
)

// Calendar is a working-day calendar: which civil dates are working days,
// why the others are days off, and how many working days lie between two
// dates. Vietnam returns the civil-service calendar; With, WithHoliday and
// Extend derive new calendars from official schedules and holidays given as
// data.
//
// A Calendar covers the dates from 2014-01-01 to 2099-12-31: there it knows
// the holidays, their compensations and the official schedules. Outside that
// range only weekends are days off, and Explain says that the date is not
// covered. Every query takes constant time and allocates nothing, and no
// Date makes it panic, however far from the covered range.
//
// Every answer says where it comes from (DayInfo.Source), and a Calendar
// has a data version (Version) that names the facts it answers from.
//
// A Calendar is immutable: it is safe for concurrent use, and a *Calendar
// may be shared freely. The zero Calendar knows no holidays and covers no
// date: every weekday is a working day, no answer has a source and its
// version is empty; Extend on it builds a calendar from the given data
// alone, without the Vietnamese statutory holidays. Methods must not be
// called on a nil *Calendar.
type Calendar struct {
	statutory bool       // the Vietnamese statutory holidays apply
	days      []dayEntry // one per covered day; empty in the zero Calendar
	cum       []int32    // cum[i]: working days among days[:i]; len(days)+1 entries
	nth       []int32    // nth[k]: the index in days of the working day with cum k
	labels    []label    // labels[0] is the empty label
	week      string     // the source of the weekly rest; empty in the zero Calendar
	version   string     // see Version
	schedules []Schedule // official schedules, built-in or added, by year
	added     Additions  // what users added to the built-in data
}

// dayEntry is what a Calendar knows of one covered day.
type dayEntry struct {
	work  bool
	kind  DayKind
	basis Basis
	label uint16 // index in Calendar.labels
}

// label is the name of a covered day and the document its answer rests on.
type label struct {
	name   Name
	source string
}

// vietnam is the shared civil-service calendar, built on first use and
// never modified afterwards.
var vietnam = sync.OnceValue(func() *Calendar {
	return build(true, officialSchedules(), Additions{})
})

// Vietnam returns the working-day calendar of Vietnam's civil service:
// Monday to Friday (Decision 188/1999/QĐ-TTg), less the public holidays of
// the Labour Code (2012 until 2020, 2019 from 2021) with their
// compensations and, from 2026, Vietnamese Culture Day (24 November),
// following the official schedules of 2023 to 2026 and projecting the other
// years of 2014–2099 from the statutes. It returns one shared value, built
// on first use.
func Vietnam() *Calendar { return vietnam() }

// With returns a new Calendar that follows the official schedule s as well,
// in place of any schedule c has for the same year. It fails, leaving c as it
// is, with errors wrapping ErrInvalidSchedule when s is not valid (see
// Schedule and Extend).
func (c *Calendar) With(s Schedule) (*Calendar, error) {
	return c.Extend(Additions{Schedules: []Schedule{s}})
}

// WithHoliday returns a new Calendar that has the holiday h as well. It
// fails with errors wrapping ErrInvalidHoliday when h is not valid (see
// Extend).
func (c *Calendar) WithHoliday(h Holiday) (*Calendar, error) {
	return c.Extend(Additions{Holidays: []Holiday{h}})
}

// Extend returns a new Calendar with the holidays and official schedules of
// a added to those of c; a schedule replaces any schedule c has for the same
// year. c is not changed, and the new Calendar keeps no reference to a.
//
// It checks all of a and reports every problem at once, as errors joined by
// errors.Join, each a *HolidayError (wrapping ErrInvalidHoliday) or a
// *ScheduleError (wrapping ErrInvalidSchedule): a holiday needs a name in
// both languages, a month and a day that exist (a lunar day up to 30), and
// start and end years in order; a schedule needs a year in 2014–2099, and
// each of its days a date in that year (or December before, January after),
// a name in both languages and a kind: DayKindHoliday, DayKindCompensation or
// DayKindSwap for days off (the last two on weekdays), DayKindMakeUp for a worked
// weekend day; a date may be listed once, and a year have one schedule.
// Sources are not required, but every answer about a day added without one
// (and without a schedule's Source) has an empty DayInfo.Source.
func (c *Calendar) Extend(a Additions) (*Calendar, error) {
	if err := a.validate(); err != nil {
		return nil, err
	}
	added := c.added.clone()
	added.Holidays = append(added.Holidays, a.Holidays...)
	schedules := slices.Clone(c.schedules)
	for _, s := range a.Schedules {
		s = s.clone()
		added.Schedules = replaceSchedule(added.Schedules, s)
		schedules = replaceSchedule(schedules, s)
	}
	return build(c.statutory, schedules, added), nil
}

// replaceSchedule puts s in list, sorted by year, in place of any schedule of
// its year.
func replaceSchedule(list []Schedule, s Schedule) []Schedule {
	i, found := slices.BinarySearchFunc(list, s.Year, func(e Schedule, y int) int { return cmp.Compare(e.Year, y) })
	if found {
		list[i] = s
		return list
	}
	return slices.Insert(list, i, s)
}

// Schedule returns a copy of the official schedule c follows for year, and
// whether it has one. Change the copy and pass it to With to amend a
// schedule.
func (c *Calendar) Schedule(year int) (Schedule, bool) {
	for _, s := range c.schedules {
		if s.Year == year {
			return s.clone(), true
		}
	}
	return Schedule{}, false
}

// Additions returns a copy of the data that users added to c (through With,
// WithHoliday and Extend): what a rule-set file must carry to rebuild c from
// Vietnam(). Schedules come sorted by year.
func (c *Calendar) Additions() Additions { return c.added.clone() }

// labelIndex interns the labels of a Calendar under construction.
type labelIndex map[label]uint16

// intern returns the index of l in c.labels, adding it if needed. The
// indices fit in 16 bits: a build interns a few statutory labels, at most one
// label per day of a projected year (a holiday added as data has one label
// for its days and its compensations, and one holiday applies per day), and
// at most 428 per schedule (its days lie from 1 December before to
// 31 January after, none twice): fewer than 37,000 over 2014–2099.
func (c *Calendar) intern(index labelIndex, l label) uint16 {
	if k, ok := index[l]; ok {
		return k
	}
	k := uint16(len(c.labels))
	c.labels = append(c.labels, l)
	index[l] = k
	return k
}

// build computes the tables of a Calendar: plain weeks, the projection of
// the years without an official schedule, the official schedules, then the
// working-day counts.
func build(statutory bool, schedules []Schedule, added Additions) *Calendar {
	c := &Calendar{statutory: statutory, schedules: schedules, added: added,
		days: make([]dayEntry, coverDays), labels: []label{{}}}
	if statutory {
		c.week = srcWeek
	}
	c.version = version(statutory, added)
	official := make(map[int]bool, len(schedules))
	for _, s := range schedules {
		official[s.Year] = true
	}
	index := labelIndex{{}: 0}
	c.plainWeeks(index, 0, coverDays, BasisProjected)
	occ, infos := c.projection(added.Holidays)
	c.project(index, occ, infos, official)
	c.applySchedules(index, schedules)
	c.count()
	return c
}

// plainWeeks makes the days [from, to) plain weeks of basis b.
func (c *Calendar) plainWeeks(index labelIndex, from, to int64, b Basis) {
	week := c.intern(index, label{source: c.week})
	for i := from; i < to; i++ {
		kind := DayKindWorkday
		if isWeekend(coverFirst + i) {
			kind = DayKindWeekend
		}
		c.days[i] = dayEntry{kind: kind, basis: b, label: week}
	}
}

// projection returns the holidays of the projection, in date order, one per
// day: the statutory ones (of a statutory calendar) and those added as data,
// with the infos the occurrences refer to. When two fall on one day, the one
// added last applies.
func (c *Calendar) projection(holidays []Holiday) ([]occurrence, []holidayInfo) {
	var infos []holidayInfo
	if c.statutory {
		infos = statutoryInfos()
	}
	first := int32(len(infos)) // the info of holidays[k] is first+k
	for _, h := range holidays {
		infos = append(infos, holidayInfo{name: h.Name, source: h.Source, compensated: !h.NoCompensation, compSource: h.Source})
	}
	occ := make([]occurrence, 0, (coverLastYear-coverFirstYear+2)*(12+len(holidays)))
	for y := coverFirstYear - 1; y <= coverLastYear; y++ {
		if c.statutory && y >= coverFirstYear {
			occ = statutoryHolidays(occ, y)
		}
		for k, h := range holidays {
			if day, ok := h.occurrence(y); ok {
				occ = append(occ, occurrence{day: day, rank: int32(k) + 1, info: first + int32(k)})
			}
		}
	}
	slices.SortFunc(occ, func(a, b occurrence) int {
		return cmp.Or(cmp.Compare(a.day, b.day), cmp.Compare(a.rank, b.rank))
	})
	out := occ[:0]
	for _, o := range occ {
		if n := len(out); n > 0 && out[n-1].day == o.day {
			out[n-1] = o
			continue
		}
		out = append(out, o)
	}
	return out, infos
}

// project marks the holidays occ (in date order, one per day), then the
// cascade of their compensations, leaving the years with an official
// schedule alone.
func (c *Calendar) project(index labelIndex, occ []occurrence, infos []holidayInfo, official map[int]bool) {
	marked := occ[:0] // the holidays marked, in date order
	for _, o := range occ {
		i := o.day - coverFirst
		if i < 0 || i >= coverDays || official[yearOf(o.day)] {
			continue // not covered, or ruled by a schedule
		}
		info := &infos[o.info]
		c.days[i].kind = DayKindHoliday
		c.days[i].label = c.intern(index, label{info.name, info.source})
		marked = append(marked, o)
	}
	for _, o := range marked {
		info := &infos[o.info]
		if !info.compensated || !isWeekend(o.day) {
			continue
		}
		// The next plain working day: past weekends, other holidays and
		// earlier compensations.
		j := o.day - coverFirst + 1
		for j < coverDays && c.days[j].kind != DayKindWorkday {
			j++
		}
		if j < coverDays && !official[yearOf(coverFirst+j)] {
			c.days[j].kind = DayKindCompensation
			c.days[j].label = c.intern(index, label{info.name, info.compSource})
		}
	}
}

// applySchedules resets the year of each schedule to plain weeks, then
// applies every schedule's days, the later year's last.
func (c *Calendar) applySchedules(index labelIndex, schedules []Schedule) {
	for _, s := range schedules {
		first := NewDate(s.Year, time.January, 1).unixDay() - coverFirst
		last := NewDate(s.Year, time.December, 31).unixDay() - coverFirst
		c.plainWeeks(index, first, last+1, BasisOfficial)
	}
	for _, s := range schedules {
		for _, day := range s.Days {
			c.days[day.Date.unixDay()-coverFirst] = dayEntry{kind: day.Kind, basis: BasisOfficial,
				label: c.intern(index, label{day.Name, s.source(day)})}
		}
	}
}

// count computes which days are working days, the working-day counts and
// their inverse.
func (c *Calendar) count() {
	c.cum = make([]int32, len(c.days)+1)
	for i := range c.days {
		e := &c.days[i]
		e.work = !e.kind.IsOff()
		c.cum[i+1] = c.cum[i]
		if e.work {
			c.cum[i+1]++
		}
	}
	c.nth = make([]int32, 0, c.cum[len(c.days)])
	for i, e := range c.days {
		if e.work {
			c.nth = append(c.nth, int32(i))
		}
	}
}

// occurrence returns the unix day of h in year y (a lunar year for a lunar
// holiday), if h applies then.
func (h Holiday) occurrence(y int) (int64, bool) {
	if !h.appliesIn(y) {
		return 0, false
	}
	if !h.Lunar {
		if h.Day > daysIn(y, h.Month) {
			return 0, false // 29 February in a common year
		}
		return NewDate(y, h.Month, h.Day).unixDay(), true
	}
	d, err := FromLunar(LunarDate{Year: y, Month: int(h.Month), Day: h.Day})
	if err != nil && h.Day == 30 {
		d, err = FromLunar(LunarDate{Year: y, Month: int(h.Month), Day: 29})
	}
	if err != nil {
		return 0, false
	}
	return d.unixDay(), true
}

// yearOf returns the civil year of the unix day u.
func yearOf(u int64) int {
	y, _, _ := civilFromDays(u)
	return int(y)
}

// weekday returns the day of the week of the unix day u.
func weekday(u int64) time.Weekday {
	w := (u + 4) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// isWeekend reports whether the unix day u is a Saturday or a Sunday.
func isWeekend(u int64) bool {
	w := weekday(u)
	return w == time.Saturday || w == time.Sunday
}

// covered reports whether the unix day u is in the covered range.
func covered(u int64) bool { return u >= coverFirst && u <= coverLast }

// weekdaysBefore returns the number of weekdays (Monday to Friday) in
// [0, u) for u ≥ 0, and minus the number in [u, 0) for u < 0, where day 0 is
// 1970-01-01.
func weekdaysBefore(u int64) int64 {
	y := u + 3 // days since Monday 1969-12-29
	q, r := y/7, y%7
	if r < 0 {
		q, r = q-1, r+7
	}
	return 5*q + min(r, 5) - 3
}

// weekdayAt returns the weekday u with weekdaysBefore(u) == k.
func weekdayAt(k int64) int64 {
	k += 3
	q, r := k/5, k%5
	if r < 0 {
		q, r = q-1, r+5
	}
	return 7*q + r - 3
}

// before returns the working days in [2014-01-01, u), or minus those in
// [u, 2014-01-01) when u is earlier.
func (c *Calendar) before(u int64) int64 {
	if i := u - coverFirst; uint64(i) < uint64(len(c.cum)) {
		return int64(c.cum[i])
	}
	return c.beforeFar(u)
}

// beforeFar is before for a day outside the tables.
func (c *Calendar) beforeFar(u int64) int64 {
	if u < coverFirst || len(c.cum) == 0 {
		return weekdaysBefore(u) - weekdaysBefore(coverFirst)
	}
	end := int64(len(c.cum) - 1) // the day after the tables
	return int64(c.cum[end]) + weekdaysBefore(u) - weekdaysBefore(coverFirst+end)
}

// workdayAt returns the working day u with before(u) == k.
func (c *Calendar) workdayAt(k int64) int64 {
	if uint64(k) < uint64(len(c.nth)) {
		return coverFirst + int64(c.nth[k])
	}
	if k < 0 || len(c.cum) == 0 {
		return weekdayAt(k + weekdaysBefore(coverFirst))
	}
	end := int64(len(c.cum) - 1)
	return weekdayAt(k - int64(c.cum[end]) + weekdaysBefore(coverFirst+end))
}

// Covers reports whether c knows the holidays of d: whether d is in
// 2014-01-01 to 2099-12-31 (never, for the zero Calendar).
func (c *Calendar) Covers(d Date) bool {
	return uint64(d.unixDay()-coverFirst) < uint64(len(c.days))
}

// IsWorkday reports whether d is a working day.
func (c *Calendar) IsWorkday(d Date) bool {
	u := d.unixDay()
	if i := u - coverFirst; uint64(i) < uint64(len(c.days)) {
		return c.days[i].work
	}
	return !isWeekend(u)
}

// AddWorkdays returns the n-th working day after d: the working day w with
// CountWorkdays(d, w) == n. For n < 0 it returns the |n|-th working day
// before d (d itself not counted), and for n == 0 it returns d, working day
// or not. Results beyond the range of Date saturate at its ends.
func (c *Calendar) AddWorkdays(d Date, n int) Date {
	// Fast path: d and the result inside the tables.
	i := int64(d.n) - (epochOffset + coverFirst) // index of d in c.days
	var k int64                                  // index of the result in c.nth
	switch {
	case n > 0 && uint64(i+1) < uint64(len(c.cum)):
		k = int64(c.cum[i+1]) + int64(n) - 1
	case n < 0 && uint64(i) < uint64(len(c.cum)):
		k = int64(c.cum[i]) + int64(n)
	default:
		return c.addFar(d, n)
	}
	if uint64(k) < uint64(len(c.nth)) {
		return Date{n: c.nth[k] + (epochOffset + coverFirst)}
	}
	return c.addFar(d, n)
}

// addFar is AddWorkdays when d or the result is outside the tables.
func (c *Calendar) addFar(d Date, n int) Date {
	u := d.unixDay()
	var k int64
	switch {
	case n > 0:
		k = c.before(u+1) + clampSpan(int64(n)) - 1
	case n < 0:
		k = c.before(u) + clampSpan(int64(n))
	default:
		return d
	}
	return fromUnixDay(c.workdayAt(k))
}

// CountWorkdays returns the number of working days in (from, to]: after
// from, up to and including to. When to is before from it returns minus the
// count in (to, from], so that CountWorkdays(a, b) == -CountWorkdays(b, a).
func (c *Calendar) CountWorkdays(from, to Date) int {
	// Fast path: both days inside the tables; cum[i] counts the working
	// days before day i, so the day after from has index i.
	i := int64(from.n) - (epochOffset + coverFirst - 1)
	j := int64(to.n) - (epochOffset + coverFirst - 1)
	if uint64(i) < uint64(len(c.cum)) && uint64(j) < uint64(len(c.cum)) {
		return int(c.cum[j]) - int(c.cum[i])
	}
	return c.countFar(from, to)
}

// countFar is CountWorkdays when from or to is outside the tables.
func (c *Calendar) countFar(from, to Date) int {
	return clampInt(c.before(to.unixDay()+1) - c.before(from.unixDay()+1))
}

// NextWorkday returns d if it is a working day, else the first working day
// after d.
func (c *Calendar) NextWorkday(d Date) Date {
	if c.IsWorkday(d) {
		return d
	}
	return c.AddWorkdays(d, 1)
}

// PreviousWorkday returns d if it is a working day, else the last working
// day before d.
func (c *Calendar) PreviousWorkday(d Date) Date {
	if c.IsWorkday(d) {
		return d
	}
	return c.AddWorkdays(d, -1)
}
