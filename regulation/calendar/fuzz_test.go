package calendar

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2024-01-08", "08/01/2024", "29/02/2024", "2023-02-29", "0000-01-01", "9999-12-31",
		"", "2024-1-8", "8/1/2024", "2024/01/08", "+024-01-08", "31/04/2024", "２０２４-01-08",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, err := ParseDate(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidDate) {
				t.Fatalf("ParseDate(%q): error %v does not wrap ErrInvalidDate", s, err)
			}
			var de *DateError
			if !errors.As(err, &de) || len(de.Input) > 64 {
				t.Fatalf("ParseDate(%q): error %v is not a well-formed *DateError", s, err)
			}
			if !x.IsZero() {
				t.Fatalf("ParseDate(%q) = %v with an error", s, x)
			}
			return
		}
		// A valid text is one of the two canonical forms of its date.
		if s != x.String() && s != x.Format() {
			t.Fatalf("ParseDate(%q) = %v, whose forms are %q and %q", s, x, x.String(), x.Format())
		}
		for _, form := range []string{x.String(), x.Format()} {
			if y, err := ParseDate(form); err != nil || y != x {
				t.Fatalf("ParseDate(%q) = %v, %v; want %v", form, y, err, x)
			}
		}
		b, err := x.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", x, err)
		}
		var y Date
		if err := y.UnmarshalText(b); err != nil || y != x {
			t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", b, y, err, x)
		}
	})
}

func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"2024-02-10", "", "days", "working_days", "holiday", "make_up", "official", "not_covered", "unknown"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(name string, v interface {
			UnmarshalText([]byte) error
		}, marshal func() ([]byte, error)) {
			if err := v.UnmarshalText([]byte(s)); err != nil {
				if !errors.Is(err, ErrUnknownValue) && !errors.Is(err, ErrInvalidDate) {
					t.Fatalf("%s.UnmarshalText(%q): unexpected error %v", name, s, err)
				}
				return
			}
			b, err := marshal()
			if err != nil || string(b) != s {
				t.Fatalf("%s: UnmarshalText(%q) then MarshalText = %q, %v", name, s, b, err)
			}
		}
		var x Date
		check("Date", &x, func() ([]byte, error) { return x.MarshalText() })
		var u PeriodUnit
		check("PeriodUnit", &u, func() ([]byte, error) { return u.MarshalText() })
		var k DayKind
		check("DayKind", &k, func() ([]byte, error) { return k.MarshalText() })
		var b Basis
		check("Basis", &b, func() ([]byte, error) { return b.MarshalText() })
	})
}

// FuzzWorkdays checks the algebra of working days on any Date, near the
// covered range or far from it.
func FuzzWorkdays(f *testing.F) {
	near := func(x Date) int32 { return x.n }
	f.Add(near(d(2024, 2, 7)), near(d(2024, 2, 15)), 1)
	f.Add(near(d(2023, 4, 28)), near(d(2023, 5, 4)), 3)
	f.Add(near(d(2024, 5, 3)), near(d(2024, 5, 4)), -5)
	f.Add(near(d(2013, 12, 31)), near(d(2100, 1, 1)), 21000)
	f.Add(near(d(2099, 12, 30)), near(d(2014, 1, 2)), -22000)
	f.Add(int32(math.MaxInt32), int32(math.MinInt32), math.MaxInt)
	f.Add(int32(0), int32(1), math.MinInt)
	c := Vietnam()
	f.Fuzz(func(t *testing.T, an, bn int32, n int) {
		a, b := Date{n: max(an, math.MinInt32+1)}, Date{n: max(bn, math.MinInt32+1)}
		ab, ba := c.CountWorkdays(a, b), c.CountWorkdays(b, a)
		if ab != -ba {
			t.Fatalf("CountWorkdays(%v, %v) = %d but the reverse is %d", a, b, ab, ba)
		}
		if c.CountWorkdays(a, a) != 0 {
			t.Fatalf("CountWorkdays(%v, %v) != 0", a, a)
		}
		mid := fromUnixDay((a.unixDay() + b.unixDay()) / 2)
		if c.CountWorkdays(a, mid)+c.CountWorkdays(mid, b) != ab {
			t.Fatalf("CountWorkdays is not additive over %v, %v, %v", a, mid, b)
		}
		if (ab < 0) != b.Before(a) && ab != 0 {
			t.Fatalf("CountWorkdays(%v, %v) = %d has the wrong sign", a, b, ab)
		}

		x := c.AddWorkdays(a, n)
		if n == 0 {
			if x != a {
				t.Fatalf("AddWorkdays(%v, 0) = %v", a, x)
			}
			return
		}
		if x == minDate || x == maxDate {
			return // saturated at the end of the range of Date
		}
		if !c.IsWorkday(x) {
			t.Fatalf("AddWorkdays(%v, %d) = %v, not a working day", a, n, x)
		}
		if (n > 0) != x.After(a) {
			t.Fatalf("AddWorkdays(%v, %d) = %v, on the wrong side", a, n, x)
		}
		if got := c.CountWorkdays(a, x); n > 0 && got != n {
			t.Fatalf("CountWorkdays(%v, AddWorkdays(%v, %d) = %v) = %d", a, a, n, x, got)
		}
		if c.IsWorkday(a) {
			if got := c.CountWorkdays(a, x); got != n {
				t.Fatalf("workday %v: CountWorkdays(d, AddWorkdays(d, %d) = %v) = %d", a, n, x, got)
			}
			if back := c.AddWorkdays(x, -n); back != a {
				t.Fatalf("workday %v: AddWorkdays(AddWorkdays(d, %d), %d) = %v", a, n, -n, back)
			}
		}
		if n > 0 && c.NextWorkday(a.AddDays(1)) != c.AddWorkdays(a, 1) {
			t.Fatalf("NextWorkday(%v + 1) != AddWorkdays(%v, 1)", a, a)
		}
		if e := c.ExplainAddWorkdays(a, n); e.Due != x || len(e.Days) > coverDays {
			t.Fatalf("ExplainAddWorkdays(%v, %d) = %v with %d days; AddWorkdays says %v", a, n, e.Due, len(e.Days), x)
		}
	})
}

func FuzzDeadline(f *testing.F) {
	f.Add(d(2024, 2, 7).n, 1, uint8(PeriodWorkingDays))
	f.Add(d(2024, 4, 26).n, 3, uint8(PeriodDays))
	f.Add(d(2024, 1, 31).n, 1, uint8(PeriodMonths))
	f.Add(d(2024, 2, 29).n, -1, uint8(PeriodYears))
	f.Add(int32(math.MaxInt32), math.MaxInt, uint8(PeriodWeeks))
	f.Add(int32(0), 0, uint8(0))
	c := Vietnam()
	f.Fuzz(func(t *testing.T, en int32, n int, unit uint8) {
		event := Date{n: max(en, math.MinInt32+1)}
		p := Period{N: n, Unit: PeriodUnit(unit)}
		got := c.Deadline(event, p)
		e := c.ExplainDeadline(event, p)
		if e.Due != got {
			t.Fatalf("ExplainDeadline(%v, %v).Due = %v, Deadline says %v", event, p, e.Due, got)
		}
		for i, day := range e.Days {
			if day != c.Explain(day.Date) || (i > 0 && !e.Days[i-1].Date.Before(day.Date)) {
				t.Fatalf("ExplainDeadline(%v, %v): day %d is %+v", event, p, i, day)
			}
		}
		_, _ = e.Vietnamese(), e.English()
		if event.IsZero() || p.Unit == PeriodUnknown || p.Unit > PeriodYears {
			if !got.IsZero() {
				t.Fatalf("Deadline(%v, %v) = %v, want the zero Date", event, p, got)
			}
			return
		}
		if got == minDate || got == maxDate {
			return // saturated
		}
		if !c.IsWorkday(got) {
			t.Fatalf("Deadline(%v, %v) = %v, not a working day", event, p, got)
		}
		if n > 0 && !got.After(event) || n < 0 && !got.Before(event) {
			t.Fatalf("Deadline(%v, %v) = %v, on the wrong side", event, p, got)
		}
		if p.Unit == PeriodWorkingDays && n > 0 && c.CountWorkdays(event, got) != n {
			t.Fatalf("Deadline(%v, %v) = %v, not n working days later", event, p, got)
		}
	})
}

func FuzzLunar(f *testing.F) {
	f.Add(2024, 1, 1, false)
	f.Add(1995, 8, 1, true)
	f.Add(2199, 11, 30, false)
	f.Add(1899, 12, 1, false)
	f.Add(math.MinInt, math.MaxInt, 0, true)
	f.Fuzz(func(t *testing.T, y, m, day int, leap bool) {
		l := LunarDate{Year: y, Month: m, Day: day, Leap: leap}
		x, err := FromLunar(l)
		if err != nil {
			if !errors.Is(err, ErrInvalidLunarDate) && !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("FromLunar(%v): unexpected error %v", l, err)
			}
			return
		}
		if back := ToLunar(x); back != l {
			t.Fatalf("ToLunar(FromLunar(%v) = %v) = %v", l, x, back)
		}
	})
}

// FuzzAdditionsJSON decodes calendar data as a rule-set file carries it and
// extends the Vietnamese calendar with it.
func FuzzAdditionsJSON(f *testing.F) {
	f.Add([]byte(`{"holidays": [{"name": {"vi": "Ngày Văn hóa Việt Nam", "en": "Vietnam Culture Day"}, "month": 11, "day": 24, "start_year": 2027}]}`))
	f.Add([]byte(`{"schedules": [{"year": 2027, "days": [{"date": "2027-02-05", "kind": "holiday", "name": {"vi": "Tết", "en": "Tết"}}, {"date": "2027-02-20", "kind": "make_up", "name": {"vi": "Làm bù", "en": "Make-up"}}]}]}`))
	f.Add([]byte(`{"holidays": [{"name": {"vi": "Rằm", "en": "Full moon"}, "month": 12, "day": 30, "lunar": true}]}`))
	f.Add([]byte(`{"schedules": [{"year": 2099, "days": [{"date": "2100-01-01", "kind": "swap", "name": {"vi": "x", "en": "x"}}]}]}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"holidays": [{"name": {"vi": "Ngày lễ mới", "en": "New holiday"}, "month": 6, "day": 1, "start_year": 2030, "no_compensation": true, "source": "Law …/2029/QH16 Art. 1"}], "schedules": [{"year": 2027, "source": "…/TB-BNV", "days": [{"date": "2027-02-05", "kind": "holiday", "name": {"vi": "Tết", "en": "Tết"}, "source": "x"}]}]}`))
	c := Vietnam()
	f.Fuzz(func(t *testing.T, data []byte) {
		var a Additions
		if err := json.Unmarshal(data, &a); err != nil {
			return
		}
		got, err := c.Extend(a)
		if err != nil {
			if !errors.Is(err, ErrInvalidSchedule) && !errors.Is(err, ErrInvalidHoliday) {
				t.Fatalf("Extend: unexpected error %v", err)
			}
			return
		}
		// The result is a consistent calendar.
		for _, s := range a.Schedules {
			for _, day := range s.Days {
				info := got.Explain(day.Date)
				if info.Basis != BasisOfficial || info.Workday != !day.Kind.IsOff() {
					t.Fatalf("%v listed as %v, explained as %+v", day.Date, day.Kind, info)
				}
			}
		}
		first, last := d(2014, 1, 1), d(2099, 12, 31)
		if n := got.CountWorkdays(first.AddDays(-1), last); n != len(got.nth) {
			t.Fatalf("CountWorkdays over the covered range = %d, tables say %d", n, len(got.nth))
		}
		// The data round-trips through JSON with its sources, and gives the
		// same calendar version again.
		b, err := json.Marshal(got.Additions())
		if err != nil {
			t.Fatalf("Marshal(Additions): %v", err)
		}
		var back Additions
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Unmarshal(%s): %v", b, err)
		}
		again, err := c.Extend(back)
		if err != nil {
			t.Fatalf("Extend of the round-tripped data: %v", err)
		}
		if again.Version() != got.Version() || (a.IsZero() != (got.Version() == c.Version())) {
			t.Fatalf("versions %q and %q after a JSON round trip of %s", got.Version(), again.Version(), b)
		}
	})
}
