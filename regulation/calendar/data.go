package calendar

import (
	"errors"
	"slices"
	"strconv"
	"time"
)

// Name is the name of a holiday or of a scheduled day, in Vietnamese and in
// English. The zero value is an empty name.
type Name struct {
	VI string `json:"vi"` // Vietnamese
	EN string `json:"en"` // English
}

// IsZero reports whether n is the empty name.
func (n Name) IsZero() bool { return n == Name{} }

// Holiday is a public holiday added to a Calendar as data: a day off that
// the statutes create, tracked from the year it takes force. It falls every
// year on the same solar date, or on the same lunar date when Lunar is set.
//
// A holiday applies in the years from StartYear to EndYear (both included;
// zero means no limit) that have no official schedule: an official schedule
// is complete for its year (see Schedule). For a lunar holiday the years are
// lunar years, and a day 30 that a month lacks that year falls on its 29th.
// When it falls on a weekly rest day it is compensated on the next working
// day (nghỉ bù), like the holidays of the Labour Code, unless NoCompensation
// is set: Vietnamese Culture Day, for one, is not compensated. When two
// holidays fall on one day, the one added last applies: a holiday added as
// data takes the place of a built-in one on its day (with its own name,
// source and compensation).
//
// Source names the document the holiday rests on, language-neutral, e.g.
// "Resolution 28/2026/QH16 Art. 2"; Explain reports it for the holiday's
// days and their compensations. The zero value is not a valid holiday:
// Extend rejects it.
type Holiday struct {
	Name           Name       `json:"name"`                      // required, in both languages
	Month          time.Month `json:"month"`                     // 1 to 12
	Day            int        `json:"day"`                       // 1 to 31 (solar) or 1 to 30 (lunar)
	Lunar          bool       `json:"lunar,omitempty"`           // Month and Day are a lunar date
	StartYear      int        `json:"start_year,omitempty"`      // first year, 0 for no limit
	EndYear        int        `json:"end_year,omitempty"`        // last year, 0 for no limit
	NoCompensation bool       `json:"no_compensation,omitempty"` // not compensated when on a weekly rest day
	Source         string     `json:"source,omitempty"`          // the document it rests on
}

// appliesIn reports whether h applies in year y.
func (h Holiday) appliesIn(y int) bool {
	return (h.StartYear == 0 || y >= h.StartYear) && (h.EndYear == 0 || y <= h.EndYear)
}

// ScheduledDay is a day of an official schedule: a day off (DayKindHoliday,
// DayKindCompensation or DayKindSwap) or a weekend day that is worked (DayKindMakeUp).
// The zero value is not valid: Extend rejects it.
type ScheduledDay struct {
	Date Date    `json:"date"`
	Kind DayKind `json:"kind"`
	// Name names the day, in both languages: the holiday for DayKindHoliday,
	// the holiday compensated for DayKindCompensation (Reason adds "nghỉ bù"),
	// the occasion for DayKindSwap and DayKindMakeUp.
	Name Name   `json:"name"`
	Note string `json:"note,omitempty"` // e.g. a confidence level
	// Source names the document the day rests on, language-neutral (a
	// document number, an article: "9441/TB-BNV"); empty, the schedule's
	// Source stands for it.
	Source string `json:"source,omitempty"`
}

// Schedule is the official schedule of a year: the notices of the Ministry
// of Home Affairs (formerly Labour) and the Government's dispatches that fix
// the days of Tết and of the other holidays, their compensations and the
// swapped days.
//
// A schedule is complete for its year: in that year a day is off exactly
// when it is a weekend day not listed as DayKindMakeUp, or a listed day off;
// the statutory projection and added holidays do not apply. It may list a
// weekend holiday (to name it), and days of December of the year before or
// January of the year after (a New Year swap often crosses the year). When
// two schedules list one date, the later year's entry wins. The zero value
// has no valid year: Extend rejects it.
type Schedule struct {
	Year int `json:"year"`
	// Source names the notices the schedule comes from; Explain reports it
	// for the listed days that have no Source of their own.
	Source string         `json:"source,omitempty"`
	Days   []ScheduledDay `json:"days"`
}

// source returns the source of day, a day s lists: its own, or the
// schedule's.
func (s Schedule) source(day ScheduledDay) string {
	if day.Source != "" {
		return day.Source
	}
	return s.Source
}

// clone returns a deep copy of s.
func (s Schedule) clone() Schedule {
	s.Days = slices.Clone(s.Days)
	return s
}

// Additions is calendar data added to a Calendar by its users: official
// schedules (a new year's notice, an amended schedule) and new holidays,
// each with the source it comes from. Its JSON form is the one rule-set
// files carry (a schedule lists every day of its year that differs from a
// plain week; "…" stands for the rest here):
//
//	{"holidays": [{"name": {"vi": "Ngày lễ mới", "en": "New holiday"},
//	               "month": 6, "day": 1, "start_year": 2030, "no_compensation": true,
//	               "source": "Law …/2029/QH16 Art. 1"}],
//	 "schedules": [{"year": 2027, "source": "…/TB-BNV",
//	                "days": [{"date": "2027-02-05", "kind": "holiday",
//	                          "name": {"vi": "Tết Âm lịch", "en": "Lunar New Year (Tết)"}}, …]}]}
//
// The zero value adds nothing.
type Additions struct {
	Holidays  []Holiday  `json:"holidays,omitempty"`
	Schedules []Schedule `json:"schedules,omitempty"`
}

// IsZero reports whether a adds nothing.
func (a Additions) IsZero() bool { return len(a.Holidays) == 0 && len(a.Schedules) == 0 }

// clone returns a deep copy of a.
func (a Additions) clone() Additions {
	out := Additions{Holidays: slices.Clone(a.Holidays)}
	for _, s := range a.Schedules {
		out.Schedules = append(out.Schedules, s.clone())
	}
	return out
}

// ErrInvalidSchedule is wrapped by every *ScheduleError.
var ErrInvalidSchedule = errors.New("calendar: invalid schedule")

// ScheduleError reports a problem in a Schedule given to a Calendar. It
// wraps ErrInvalidSchedule.
type ScheduleError struct {
	Year   int    // the schedule's year
	Date   Date   // the day at fault; zero for the schedule as a whole
	Reason string // what is wrong
}

// Error implements the error interface.
func (e *ScheduleError) Error() string {
	s := "calendar: invalid schedule " + strconv.Itoa(e.Year)
	if !e.Date.IsZero() {
		s += " at " + e.Date.String()
	}
	return s + ": " + e.Reason
}

// Unwrap returns ErrInvalidSchedule.
func (e *ScheduleError) Unwrap() error { return ErrInvalidSchedule }

// ErrInvalidHoliday is wrapped by every *HolidayError.
var ErrInvalidHoliday = errors.New("calendar: invalid holiday")

// HolidayError reports a problem in a Holiday given to a Calendar. It wraps
// ErrInvalidHoliday.
type HolidayError struct {
	Name   Name   // the holiday's name
	Reason string // what is wrong
}

// Error implements the error interface.
func (e *HolidayError) Error() string {
	name := e.Name.EN
	if name == "" {
		name = e.Name.VI
	}
	return "calendar: invalid holiday " + strconv.Quote(name) + ": " + e.Reason
}

// Unwrap returns ErrInvalidHoliday.
func (e *HolidayError) Unwrap() error { return ErrInvalidHoliday }

// validate returns every problem of h, or nil.
func (h Holiday) validate() []error {
	var errs []error
	bad := func(reason string) { errs = append(errs, &HolidayError{Name: h.Name, Reason: reason}) }
	if h.Name.VI == "" || h.Name.EN == "" {
		bad("name needs both a Vietnamese and an English form")
	}
	maxDay := 30
	if !h.Lunar && h.Month >= time.January && h.Month <= time.December {
		maxDay = daysIn(2024, h.Month) // a leap year: 29 February is allowed
	}
	switch {
	case h.Month < time.January || h.Month > time.December:
		bad("month out of range")
	case h.Day < 1 || h.Day > maxDay:
		bad("day out of range")
	}
	switch {
	case h.StartYear < 0 || h.EndYear < 0:
		bad("negative year")
	case h.EndYear != 0 && h.EndYear < h.StartYear:
		bad("end year before start year")
	}
	return errs
}

// validate returns every problem of s, or nil.
func (s Schedule) validate() []error {
	var errs []error
	bad := func(d Date, reason string) {
		errs = append(errs, &ScheduleError{Year: s.Year, Date: d, Reason: reason})
	}
	if s.Year < coverFirstYear || s.Year > coverLastYear {
		bad(Date{}, "year outside "+strconv.Itoa(coverFirstYear)+"–"+strconv.Itoa(coverLastYear))
		return errs
	}
	first := NewDate(s.Year-1, time.December, 1)
	last := NewDate(s.Year+1, time.January, 31)
	seen := make(map[Date]bool, len(s.Days))
	for _, day := range s.Days {
		d := day.Date
		if d.IsZero() {
			bad(d, "day without a date")
			continue
		}
		if seen[d] {
			bad(d, "date listed twice")
		}
		seen[d] = true
		switch {
		case d.Before(first) || d.After(last):
			bad(d, "date too far from the schedule's year")
		case !covered(d.unixDay()):
			bad(d, "date outside the covered range")
		}
		weekend := isWeekend(d.unixDay())
		switch day.Kind {
		case DayKindHoliday:
		case DayKindCompensation, DayKindSwap:
			if weekend {
				bad(d, day.Kind.String()+" on a weekend day")
			}
		case DayKindMakeUp:
			if !weekend {
				bad(d, "make-up working day on a weekday")
			}
		default:
			bad(d, "kind must be holiday, compensation, swap or make_up, not "+day.Kind.String())
		}
		if day.Name.VI == "" || day.Name.EN == "" {
			bad(d, "name needs both a Vietnamese and an English form")
		}
	}
	return errs
}

// validate returns every problem of a, joined, or nil.
func (a Additions) validate() error {
	var errs []error
	for _, h := range a.Holidays {
		errs = append(errs, h.validate()...)
	}
	years := make(map[int]bool, len(a.Schedules))
	for _, s := range a.Schedules {
		if years[s.Year] {
			errs = append(errs, &ScheduleError{Year: s.Year, Reason: "two schedules for one year"})
		}
		years[s.Year] = true
		errs = append(errs, s.validate()...)
	}
	return errors.Join(errs...)
}
