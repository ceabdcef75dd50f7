package main

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation/calendar"
)

// The calendar endpoints answer from calendar.Vietnam(), the civil-service
// calendar every built-in rule set uses.

// maxPeriod bounds the number of units of a deadline's period: beyond a
// few centuries no time limit means anything.
const maxPeriod = 100000

// textJSON is a text in Vietnamese and English.
type textJSON struct {
	VI string `json:"vi"`
	EN string `json:"en"`
}

// lunarJSON is a Vietnamese lunar date.
type lunarJSON struct {
	Year  int  `json:"year"`
	Month int  `json:"month"`
	Day   int  `json:"day"`
	Leap  bool `json:"leap"` // the month is a leap month
}

// dayJSON is what the calendar knows about a day.
type dayJSON struct {
	Date    calendar.Date    `json:"date"`
	Weekday string           `json:"weekday"` // "monday" … "sunday"
	Workday bool             `json:"workday"`
	Kind    calendar.DayKind `json:"kind"`
	Reason  textJSON         `json:"reason"`
	Basis   calendar.Basis   `json:"basis"`
	Source  string           `json:"source"`
}

func dayOf(info calendar.DayInfo) dayJSON {
	return dayJSON{
		Date: info.Date, Weekday: strings.ToLower(info.Date.Weekday().String()), Workday: info.Workday,
		Kind: info.Reason.Kind, Reason: textJSON{VI: info.Reason.Vietnamese(), EN: info.Reason.English()},
		Basis: info.Basis, Source: info.Source,
	}
}

// dayAnswer is the answer of GET /v1/calendar/days/{date}.
type dayAnswer struct {
	Calendar string `json:"calendar"` // the calendar's data version
	dayJSON
	Lunar *lunarJSON `json:"lunar,omitempty"` // absent outside 1900–2199
}

// day answers GET /v1/calendar/days/{date}.
func (s *server) day(w http.ResponseWriter, r *http.Request) {
	if _, e := query(r); e != nil {
		writeError(w, e)
		return
	}
	d, err := casefile.ParseSettingDate("date", r.PathValue("date"))
	if err != nil {
		writeError(w, &apiError{status: http.StatusBadRequest, code: codeBadParameter, message: err.Error()})
		return
	}
	cal := calendar.Vietnam()
	a := dayAnswer{Calendar: cal.Version(), dayJSON: dayOf(cal.Explain(d))}
	if l := calendar.ToLunar(d); l != (calendar.LunarDate{}) {
		a.Lunar = &lunarJSON{Year: l.Year, Month: l.Month, Day: l.Day, Leap: l.Leap}
	}
	writeJSON(w, http.StatusOK, a)
}

// deadlineAnswer is the answer of GET /v1/calendar/deadline.
type deadlineAnswer struct {
	Calendar string          `json:"calendar"`
	Event    calendar.Date   `json:"event"`
	Period   calendar.Period `json:"period"`
	// Last is the day the period ends on as counted; Due the deadline,
	// which differs when Last is a day off (Moved).
	Last  calendar.Date `json:"last"`
	Due   calendar.Date `json:"due"`
	Moved bool          `json:"moved"`
	// Days are the days that explain Due: the days off it rolled over, or
	// for working days the days off other than weekends it skipped and
	// the weekend days worked that it counted.
	Days        []dayJSON `json:"days"`
	Explanation textJSON  `json:"explanation"`
}

// periodParams are the query parameters of a deadline's period, with their
// units.
var periodParams = []struct {
	name string
	unit calendar.PeriodUnit
}{
	{"workdays", calendar.PeriodWorkingDays},
	{"days", calendar.PeriodDays},
	{"weeks", calendar.PeriodWeeks},
	{"months", calendar.PeriodMonths},
	{"years", calendar.PeriodYears},
}

// deadline answers GET /v1/calendar/deadline?event=DATE&workdays=N (or
// days, weeks, months, years): the deadline of a time limit that starts
// with an event, counted as the Civil Code does, with the days that explain
// it.
func (s *server) deadline(w http.ResponseWriter, r *http.Request) {
	names := []string{"event"}
	for _, p := range periodParams {
		names = append(names, p.name)
	}
	q, e := query(r, names...)
	if e != nil {
		writeError(w, e)
		return
	}
	event, e := requiredDate(q, "event")
	if e != nil {
		writeError(w, e)
		return
	}
	var p calendar.Period
	var given []string
	for _, pp := range periodParams {
		v, ok := q[pp.name]
		if !ok {
			continue
		}
		given = append(given, pp.name)
		n, err := strconv.Atoi(v)
		if err != nil || n < -maxPeriod || n > maxPeriod {
			writeError(w, &apiError{status: http.StatusBadRequest, code: codeBadParameter,
				message: pp.name + ": want a whole number from -" + strconv.Itoa(maxPeriod) + " to " + strconv.Itoa(maxPeriod) + ", got " + quote(v)})
			return
		}
		p = calendar.Period{N: n, Unit: pp.unit}
	}
	if len(given) != 1 {
		writeError(w, &apiError{status: http.StatusBadRequest, code: codeBadParameter,
			message: "give the period with exactly one of workdays, days, weeks, months or years; got " + list(given)})
		return
	}
	cal := calendar.Vietnam()
	x := cal.ExplainDeadline(event, p)
	if !inRange(x.Last) || !inRange(x.Due) {
		writeError(w, &apiError{status: http.StatusBadRequest, code: codeBadParameter,
			message: "the deadline falls outside the years 0001–9999"})
		return
	}
	a := deadlineAnswer{Calendar: x.Version, Event: x.Event, Period: x.Period, Last: x.Last, Due: x.Due, Moved: x.Moved(),
		Days: make([]dayJSON, len(x.Days)), Explanation: textJSON{VI: x.Vietnamese(), EN: x.English()}}
	for i, info := range x.Days {
		a.Days[i] = dayOf(info)
	}
	writeJSON(w, http.StatusOK, a)
}

// inRange reports whether d can be written as yyyy-mm-dd.
func inRange(d calendar.Date) bool { return d.Year() >= 1 && d.Year() <= 9999 }

// requiredDate returns the date of query parameter name, which must be
// given.
func requiredDate(q map[string]string, name string) (calendar.Date, *apiError) {
	v, ok := q[name]
	if !ok {
		return calendar.Date{}, &apiError{status: http.StatusBadRequest, code: codeBadParameter,
			message: name + ": missing; want a date written yyyy-mm-dd or dd/mm/yyyy"}
	}
	d, err := casefile.ParseSettingDate(name, v)
	if err != nil {
		return d, &apiError{status: http.StatusBadRequest, code: codeBadParameter, message: err.Error()}
	}
	return d, nil
}

// workdaysAnswer is the answer of GET /v1/calendar/workdays.
type workdaysAnswer struct {
	Calendar string        `json:"calendar"`
	From     calendar.Date `json:"from"`
	To       calendar.Date `json:"to"`
	Workdays int           `json:"workdays"` // working days in (from, to]; negative when to is before from
	Days     int           `json:"days"`     // calendar days from from to to
}

// workdays answers GET /v1/calendar/workdays?from=DATE&to=DATE.
func (s *server) workdays(w http.ResponseWriter, r *http.Request) {
	q, e := query(r, "from", "to")
	if e != nil {
		writeError(w, e)
		return
	}
	from, e := requiredDate(q, "from")
	if e != nil {
		writeError(w, e)
		return
	}
	to, e := requiredDate(q, "to")
	if e != nil {
		writeError(w, e)
		return
	}
	cal := calendar.Vietnam()
	writeJSON(w, http.StatusOK, workdaysAnswer{Calendar: cal.Version(), From: from, To: to,
		Workdays: cal.CountWorkdays(from, to), Days: to.Sub(from)})
}
