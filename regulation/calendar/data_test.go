package calendar

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// schedule2027 is a made-up notice for 2027, to test adding one.
func schedule2027() Schedule {
	s := Schedule{Year: 2027, Source: "test notice"}
	for dd := 4; dd <= 10; dd++ {
		if x := d(2027, 2, dd); x.Weekday() != time.Saturday && x.Weekday() != time.Sunday {
			s.Days = append(s.Days, ScheduledDay{Date: x, Kind: DayKindHoliday, Name: nameTet()})
		}
	}
	s.Days = append(s.Days,
		ScheduledDay{Date: d(2027, 2, 11), Kind: DayKindSwap, Name: Name{VI: "Nghỉ hoán đổi", EN: "Swapped rest day"}},
		ScheduledDay{Date: d(2027, 2, 20), Kind: DayKindMakeUp, Name: Name{VI: "Làm bù", EN: "Make-up day"}, Note: "made up", Source: "test day source"},
	)
	return s
}

func TestWithSchedule(t *testing.T) {
	base := Vietnam()
	c, err := base.With(schedule2027())
	require.NoError(t, err)
	checkDays(t, c, BasisOfficial, []dayRow{
		{d(2027, 2, 4), DayKindHoliday, enTet, "listed: Thu 4/2/2027"},
		{d(2027, 2, 9), DayKindHoliday, enTet, "listed"},
		{d(2027, 2, 10), DayKindHoliday, enTet, "listed; the projection made it a compensation"},
		{d(2027, 2, 11), DayKindSwap, "Swapped rest day", "listed swap"},
		{d(2027, 2, 20), DayKindMakeUp, "Make-up day", "listed working Saturday"},
		{d(2027, 1, 1), DayKindWorkday, enWorkday, "not listed: an official schedule is complete for its year"},
		{d(2027, 9, 2), DayKindWorkday, enWorkday, "not listed: even National Day (the test notice is partial)"},
		{d(2027, 2, 13), DayKindWeekend, enWeekend, "a plain Saturday"},
	})
	// Other years are unchanged, and so is the base calendar.
	checkDays(t, c, BasisProjected, []dayRow{{d(2028, 1, 3), DayKindCompensation, compensated + enNewYear, "2028 is still projected"}})
	checkDays(t, base, BasisProjected, []dayRow{{d(2027, 2, 4), DayKindWorkday, enWorkday, "Vietnam() is not changed"}})
	// 17 weekdays in (3/2, 28/2], less 5 of Tết and 1 swap, plus 1 make-up Saturday.
	if got, want := c.CountWorkdays(d(2027, 2, 3), d(2027, 2, 28)), 12; got != want {
		t.Errorf("CountWorkdays in February 2027 = %d, want %d", got, want)
	}
	if diff := cmp.Diff(Additions{Schedules: []Schedule{schedule2027()}}, c.Additions(), cmp.Comparer(func(a, b Date) bool { return a == b })); diff != "" {
		t.Errorf("Additions (-want +got):\n%s", diff)
	}
	s, ok := c.Schedule(2027)
	require.True(t, ok)
	if len(s.Days) != len(schedule2027().Days) {
		t.Errorf("Schedule(2027) has %d days", len(s.Days))
	}
}

func TestWithReplacesSchedule(t *testing.T) {
	// Amend 2026 with the swap around Culture Day that was only proposed:
	// Mon 23/11/2026 off, made up on Sat 28/11/2026.
	base := Vietnam()
	s, ok := base.Schedule(2026)
	require.True(t, ok)
	const src = "test: the notice that confirms the swap"
	s.Days = append(s.Days,
		ScheduledDay{Date: d(2026, 11, 23), Kind: DayKindSwap, Name: Name{VI: "Nghỉ hoán đổi", EN: "Swapped rest day"}, Source: src},
		ScheduledDay{Date: d(2026, 11, 28), Kind: DayKindMakeUp, Name: Name{VI: "Làm bù", EN: "Make-up working day"}, Source: src})
	c, err := base.With(s)
	require.NoError(t, err)
	checkDays(t, c, BasisOfficial, []dayRow{
		{d(2026, 11, 23), DayKindSwap, "Swapped rest day", "added to the 2026 schedule"},
		{d(2026, 11, 24), DayKindHoliday, enCulture, "the built-in day is kept in the copy"},
		{d(2026, 11, 28), DayKindMakeUp, "Make-up working day", "added to the 2026 schedule"},
		{d(2026, 2, 16), DayKindHoliday, enTet, "the rest of 2026 is kept"},
	})
	for _, tc := range []struct {
		date   Date
		want   string
		reason string
	}{
		{d(2026, 11, 23), src, "the day's own source"},
		{d(2026, 11, 24), srcCulture, "the built-in day keeps its source"},
		{d(2026, 2, 16), src9441, "the built-in day keeps its source"},
	} {
		if got := c.Explain(tc.date).Source; got != tc.want {
			t.Errorf("Source(%v) = %q, want %q (%s)", tc.date, got, tc.want, tc.reason)
		}
	}
	checkDays(t, base, BasisOfficial, []dayRow{{d(2026, 11, 23), DayKindWorkday, enWorkday, "Vietnam() is not changed"}})
	if n := len(c.Additions().Schedules); n != 1 {
		t.Errorf("Additions has %d schedules, want 1", n)
	}
	// Replacing twice keeps one schedule per year.
	c2, err := c.With(s)
	require.NoError(t, err)
	if n := len(c2.Additions().Schedules); n != 1 {
		t.Errorf("Additions has %d schedules after a second With, want 1", n)
	}
	if c2.Version() != c.Version() {
		t.Errorf("the same additions give versions %q and %q", c.Version(), c2.Version())
	}
}

// familyDay is a made-up holiday for the tests (28 June, Vietnamese Family
// Day, is not a day off).
func familyDay() Holiday {
	return Holiday{Name: Name{VI: "Ngày Gia đình Việt Nam", EN: "Vietnamese Family Day"}, Month: time.June, Day: 28,
		StartYear: 2027, Source: "test: a made-up law"}
}

func TestWithHoliday(t *testing.T) {
	family := familyDay()
	c, err := Vietnam().WithHoliday(family)
	require.NoError(t, err)
	checkDays(t, c, BasisProjected, []dayRow{
		{d(2027, 6, 28), DayKindHoliday, "Vietnamese Family Day", "Monday in 2027"},
		{d(2031, 6, 28), DayKindHoliday, "Vietnamese Family Day", "Saturday in 2031"},
		{d(2031, 6, 30), DayKindCompensation, "Compensation for Vietnamese Family Day", "compensated on Monday"},
	})
	for _, x := range []Date{d(2027, 6, 28), d(2031, 6, 28), d(2031, 6, 30)} {
		if got := c.Explain(x).Source; got != family.Source {
			t.Errorf("Source(%v) = %q, want the holiday's %q", x, got, family.Source)
		}
	}
	checkDays(t, c, BasisOfficial, []dayRow{
		{d(2026, 6, 29), DayKindWorkday, enWorkday, "2026 has an official schedule: holidays do not apply (and 28/6/2026 is a Sunday)"},
	})
	checkDays(t, c, BasisProjected, []dayRow{
		{d(2022, 6, 28), DayKindWorkday, enWorkday, "before the start year"},
	})
	// Without compensation, like Culture Day.
	family.NoCompensation = true
	cNo, err := Vietnam().WithHoliday(family)
	require.NoError(t, err)
	checkDays(t, cNo, BasisProjected, []dayRow{
		{d(2031, 6, 28), DayKindHoliday, "Vietnamese Family Day", "Saturday in 2031"},
		{d(2031, 6, 30), DayKindWorkday, enWorkday, "no compensation"},
	})
	// A lunar holiday, limited in time: the full moon of the first month.
	lantern := Holiday{Name: Name{VI: "Rằm tháng Giêng", EN: "Lantern Festival"}, Month: 1, Day: 15, Lunar: true, StartYear: 2030, EndYear: 2030}
	c2, err := c.WithHoliday(lantern)
	require.NoError(t, err)
	full, err := FromLunar(LunarDate{Year: 2030, Month: 1, Day: 15})
	require.NoError(t, err)
	if r, off := c2.DayOff(full); !off || r.Name != lantern.Name {
		t.Errorf("DayOff(%v) = %v, %v; want the Lantern Festival", full, r, off)
	}
	next, err := FromLunar(LunarDate{Year: 2031, Month: 1, Day: 15})
	require.NoError(t, err)
	if r, _ := c2.DayOff(next); r.Name == lantern.Name {
		t.Errorf("the Lantern Festival applies after its end year")
	}
	if got := c2.Additions().Holidays; len(got) != 2 {
		t.Errorf("Additions has %d holidays, want 2", len(got))
	}
	// Lunar day 30 falls on day 29 in a month of 29 days: 12/2024 has 29.
	eve := Holiday{Name: Name{VI: "Ba mươi Tết", EN: "New Year's Eve"}, Month: 12, Day: 30, Lunar: true}
	c3, err := (&Calendar{}).WithHoliday(eve)
	require.NoError(t, err)
	if r, off := c3.DayOff(d(2025, 1, 28)); !off || r.Name != eve.Name {
		t.Errorf("lunar 30/12/2024 should fall on 29/12 = 28/1/2025, got %v, %v", r, off)
	}
	// 29 February only in leap years.
	leap := Holiday{Name: Name{VI: "Ngày nhuận", EN: "Leap day"}, Month: time.February, Day: 29}
	c4, err := (&Calendar{}).WithHoliday(leap)
	require.NoError(t, err)
	if _, off := c4.DayOff(d(2028, 2, 29)); !off {
		t.Errorf("29/2/2028 should be off")
	}
	if got := c4.CountWorkdays(d(2027, 1, 1), d(2027, 12, 31)); got != 260 {
		t.Errorf("2027 without a 29 February: %d working days after 1/1, want 260", got)
	}
}

// TestHolidayOverridesStatutory adds, as data, the holiday a Labour Code
// amendment listing Culture Day in Art. 112(1) would make (hypothetical):
// on its day it takes the place of the built-in one, with its source and
// its compensation.
func TestHolidayOverridesStatutory(t *testing.T) {
	const src = "test: a hypothetical Labour Code amendment"
	amended := Holiday{Name: nameCulture(), Month: time.November, Day: 24, StartYear: 2029, Source: src}
	c, err := Vietnam().WithHoliday(amended)
	require.NoError(t, err)
	tests := []struct {
		date   Date
		kind   DayKind
		source string
		reason string
	}{
		{d(2028, 11, 24), DayKindHoliday, srcCulture, "before the amendment: the built-in holiday"},
		{d(2029, 11, 24), DayKindHoliday, src, "Saturday: the added holiday applies"},
		{d(2029, 11, 26), DayKindCompensation, src, "and it is compensated on Monday"},
		{d(2030, 11, 25), DayKindCompensation, src, "Sun 24/11/2030 compensated on Monday"},
	}
	for _, tc := range tests {
		info := c.Explain(tc.date)
		if info.Reason.Kind != tc.kind || info.Source != tc.source || info.Reason.Name != nameCulture() {
			t.Errorf("Explain(%v) = %+v, want %v from %q (%s)", tc.date, info, tc.kind, tc.source, tc.reason)
		}
	}
	if !Vietnam().IsWorkday(d(2029, 11, 26)) {
		t.Errorf("Vietnam() must not change")
	}
}

func TestExtendRejects(t *testing.T) {
	name := Name{VI: "Ngày", EN: "Day"}
	tests := []struct {
		add    Additions
		want   error
		count  int
		reason string
	}{
		{Additions{Holidays: []Holiday{{Month: 1, Day: 1}}}, ErrInvalidHoliday, 1, "no name"},
		{Additions{Holidays: []Holiday{{Name: Name{VI: "Ngày"}, Month: 1, Day: 1}}}, ErrInvalidHoliday, 1, "no English name"},
		{Additions{Holidays: []Holiday{{Name: name, Month: 13, Day: 1}}}, ErrInvalidHoliday, 1, "month 13"},
		{Additions{Holidays: []Holiday{{Name: name, Month: 2, Day: 30}}}, ErrInvalidHoliday, 1, "30 February"},
		{Additions{Holidays: []Holiday{{Name: name, Month: 1, Day: 31, Lunar: true}}}, ErrInvalidHoliday, 1, "lunar day 31"},
		{Additions{Holidays: []Holiday{{Name: name, Month: 1, Day: 1, StartYear: 2030, EndYear: 2029}}}, ErrInvalidHoliday, 1, "end before start"},
		{Additions{Holidays: []Holiday{{Name: name, Month: 1, Day: 1, StartYear: -1}}}, ErrInvalidHoliday, 1, "negative year"},
		{Additions{Holidays: []Holiday{{}, {Month: 14}}}, ErrInvalidHoliday, 4, "all problems at once"},
		{Additions{Schedules: []Schedule{{Year: 2013}}}, ErrInvalidSchedule, 1, "year before 2014"},
		{Additions{Schedules: []Schedule{{Year: 2100}}}, ErrInvalidSchedule, 1, "year after 2099"},
		{Additions{Schedules: []Schedule{{Year: 2027}, {Year: 2027}}}, ErrInvalidSchedule, 1, "two schedules for one year"},
		{Additions{Schedules: []Schedule{{Year: 2027, Days: []ScheduledDay{{Kind: DayKindHoliday, Name: name}}}}}, ErrInvalidSchedule, 1, "no date"},
		{Additions{Schedules: []Schedule{{Year: 2027, Days: []ScheduledDay{{Date: d(2028, 3, 1), Kind: DayKindHoliday, Name: name}}}}}, ErrInvalidSchedule, 1, "date far from the year"},
		{Additions{Schedules: []Schedule{{Year: 2014, Days: []ScheduledDay{{Date: d(2013, 12, 31), Kind: DayKindSwap, Name: name}}}}}, ErrInvalidSchedule, 1, "date before the covered range"},
		{Additions{Schedules: []Schedule{{Year: 2027, Days: []ScheduledDay{{Date: d(2027, 3, 1), Name: name}}}}}, ErrInvalidSchedule, 1, "no kind"},
		{Additions{Schedules: []Schedule{{Year: 2027, Days: []ScheduledDay{{Date: d(2027, 3, 1), Kind: DayKindWeekend, Name: name}}}}}, ErrInvalidSchedule, 1, "kind weekend"},
		{Additions{Schedules: []Schedule{{Year: 2027, Days: []ScheduledDay{{Date: d(2027, 3, 6), Kind: DayKindSwap, Name: name}}}}}, ErrInvalidSchedule, 1, "swap on a Saturday"},
		{Additions{Schedules: []Schedule{{Year: 2027, Days: []ScheduledDay{{Date: d(2027, 3, 7), Kind: DayKindCompensation, Name: name}}}}}, ErrInvalidSchedule, 1, "compensation on a Sunday"},
		{Additions{Schedules: []Schedule{{Year: 2027, Days: []ScheduledDay{{Date: d(2027, 3, 1), Kind: DayKindMakeUp, Name: name}}}}}, ErrInvalidSchedule, 1, "make-up day on a Monday"},
		{Additions{Schedules: []Schedule{{Year: 2027, Days: []ScheduledDay{{Date: d(2027, 3, 1), Kind: DayKindHoliday}}}}}, ErrInvalidSchedule, 1, "no name"},
		{Additions{Schedules: []Schedule{{Year: 2027, Days: []ScheduledDay{
			{Date: d(2027, 3, 1), Kind: DayKindHoliday, Name: name},
			{Date: d(2027, 3, 1), Kind: DayKindSwap, Name: name},
		}}}}, ErrInvalidSchedule, 1, "date listed twice"},
	}
	for _, tc := range tests {
		t.Run(tc.reason, func(t *testing.T) {
			c, err := Vietnam().Extend(tc.add)
			require.ErrorIs(t, err, tc.want)
			if c != nil {
				t.Errorf("Extend returned a calendar with an error")
			}
			var n int
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var se *ScheduleError
				var he *HolidayError
				if errors.As(e, &se) || errors.As(e, &he) {
					n++
				}
				if e.Error() == "" {
					t.Errorf("empty error message")
				}
			}
			if n != tc.count {
				t.Errorf("Extend reported %d problems, want %d: %v", n, tc.count, err)
			}
		})
	}
}

func TestScheduleAcrossYears(t *testing.T) {
	// A New Year swap across the year: Mon 31/12/2029 off, made up on
	// Sat 5/1/2030, in the 2030 schedule.
	name := Name{VI: "Nghỉ hoán đổi", EN: "Swap"}
	c, err := Vietnam().With(Schedule{Year: 2030, Days: []ScheduledDay{
		{Date: d(2029, 12, 31), Kind: DayKindSwap, Name: name},
		{Date: d(2030, 1, 1), Kind: DayKindHoliday, Name: nameNewYear()},
		{Date: d(2030, 1, 5), Kind: DayKindMakeUp, Name: name},
	}})
	require.NoError(t, err)
	checkDays(t, c, BasisOfficial, []dayRow{
		{d(2029, 12, 31), DayKindSwap, "Swap", "listed in the 2030 schedule"},
		{d(2030, 1, 5), DayKindMakeUp, "Swap", "listed"},
	})
	checkDays(t, c, BasisProjected, []dayRow{
		{d(2029, 12, 28), DayKindWorkday, enWorkday, "the rest of 2029 is still projected"},
	})
}

func TestAdditionsJSON(t *testing.T) {
	family := familyDay()
	family.NoCompensation = true
	in := Additions{
		Holidays:  []Holiday{family, {Name: Name{VI: "Rằm", EN: "Full moon"}, Month: 1, Day: 15, Lunar: true, EndYear: 2040}},
		Schedules: []Schedule{schedule2027()},
	}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	var out Additions
	require.NoError(t, json.Unmarshal(b, &out))
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	// The sources and the compensation flag are in the JSON, by name.
	for _, key := range []string{`"source":"test: a made-up law"`, `"no_compensation":true`, `"source":"test day source"`, `"source":"test notice"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON %s lacks %s", b, key)
		}
	}
	c1, err := Vietnam().Extend(in)
	require.NoError(t, err)
	c2, err := Vietnam().Extend(out)
	require.NoError(t, err)
	if c1.Version() != c2.Version() || c1.Explain(d(2027, 2, 20)).Source != "test day source" {
		t.Errorf("the decoded data builds another calendar: %q, %q", c1.Version(), c2.Version())
	}

	const doc = `{"holidays": [{"name": {"vi": "Ngày lễ mới", "en": "New holiday"},
	               "month": 6, "day": 1, "start_year": 2030, "no_compensation": true,
	               "source": "Law …/2029/QH16 Art. 1"}],
	 "schedules": [{"year": 2027, "source": "…/TB-BNV",
	                "days": [{"date": "2027-02-05", "kind": "holiday",
	                          "name": {"vi": "Tết Âm lịch", "en": "Lunar New Year (Tết)"}}]}]}`
	var fromDoc Additions
	require.NoError(t, json.Unmarshal([]byte(doc), &fromDoc))
	c, err := Vietnam().Extend(fromDoc)
	require.NoError(t, err)
	if info := c.Explain(d(2027, 2, 5)); info.Workday || info.Reason.Kind != DayKindHoliday || info.Source != "…/TB-BNV" {
		t.Errorf("the documented JSON example: 5/2/2027 is %+v", info)
	}
	// 1/6/2030 is a Saturday: named, not compensated.
	if info := c.Explain(d(2030, 6, 1)); info.Reason.Name.EN != "New holiday" || info.Source != "Law …/2029/QH16 Art. 1" || !c.IsWorkday(d(2030, 6, 3)) {
		t.Errorf("the documented JSON example: 1/6/2030 is %+v", info)
	}
	var bad Additions
	require.ErrorIs(t, json.Unmarshal([]byte(`{"schedules": [{"year": 2027, "days": [{"date": "2027-02-05", "kind": "day_off"}]}]}`), &bad), ErrUnknownValue)
	require.ErrorIs(t, json.Unmarshal([]byte(`{"schedules": [{"year": 2027, "days": [{"date": "05/02/2027", "kind": "holiday"}]}]}`), &bad), ErrInvalidDate)
}

func TestExtendCopiesInput(t *testing.T) {
	s := schedule2027()
	c, err := Vietnam().With(s)
	require.NoError(t, err)
	s.Days[0].Kind = DayKindMakeUp // the caller changes its data afterwards
	if got, _ := c.Schedule(2027); got.Days[0].Kind != DayKindHoliday {
		t.Errorf("the calendar kept a reference to the caller's schedule")
	}
	add := c.Additions()
	add.Schedules[0].Days[0].Kind = DayKindMakeUp
	if got, _ := c.Schedule(2027); got.Days[0].Kind != DayKindHoliday {
		t.Errorf("Additions returned shared data")
	}
}

// TestManyDistinctNames builds the calendar with the most distinct labels
// data can give: a schedule for every covered year that lists every day it
// may (1 December before to 31 January after) under its own name and
// source. The labels stay within 16-bit indices and every day keeps its own
// name and source.
func TestManyDistinctNames(t *testing.T) {
	var add Additions
	for y := coverFirstYear; y <= coverLastYear; y++ {
		s := Schedule{Year: y}
		for x := d(y-1, 12, 1); !x.After(d(y+1, 1, 31)); x = x.AddDays(1) {
			if !covered(x.unixDay()) {
				continue
			}
			name := fmt.Sprintf("%d/%v", y, x)
			s.Days = append(s.Days, ScheduledDay{Date: x, Kind: DayKindHoliday, Name: Name{VI: name, EN: name}, Source: "s" + name})
		}
		add.Schedules = append(add.Schedules, s)
	}
	c, err := (&Calendar{}).Extend(add)
	require.NoError(t, err)
	if len(c.labels) > 1<<16 || len(c.labels) < 36000 {
		t.Fatalf("%d labels", len(c.labels))
	}
	// Every day is named by the latest schedule that lists it: a December
	// day by the next year's.
	for x := d(coverFirstYear, 1, 1); x.Year() <= coverLastYear; x = x.AddDays(1) {
		y := x.Year()
		if x.Month() == time.December && y < coverLastYear {
			y++
		}
		name := fmt.Sprintf("%d/%v", y, x)
		if info := c.Explain(x); info.Reason.Name.EN != name || info.Source != "s"+name {
			t.Fatalf("%v: %+v, want %s", x, info, name)
		}
	}
}
