package calendar

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSources checks the document each kind of answer cites.
func TestSources(t *testing.T) {
	c := Vietnam()
	const notices = "notices of the Ministry of Labour / Ministry of Home Affairs and Government dispatches"
	tests := []struct {
		date   Date
		want   string
		reason string
	}{
		// 2026: the notices and dispatches whose numbers are known.
		{d(2026, 2, 16), "9441/TB-BNV", "Tết 2026: MOHA notice 9441/TB-BNV"},
		{d(2026, 2, 20), "9441/TB-BNV", "Tết 2026, last day"},
		{d(2026, 8, 22), "9441/TB-BNV", "National Day 2026: the make-up Saturday"},
		{d(2026, 8, 31), "9441/TB-BNV", "National Day 2026: the swapped Monday"},
		{d(2026, 9, 1), "9441/TB-BNV", "National Day 2026: the adjacent day"},
		{d(2026, 9, 2), "9441/TB-BNV", "National Day 2026"},
		{d(2026, 1, 2), "12729/VPCP-KGVX", "the New Year 2026 swap: Government Office dispatch"},
		{d(2026, 1, 10), "12729/VPCP-KGVX", "the New Year 2026 make-up Saturday"},
		{d(2026, 4, 30), "3383/BNV-CVL", "30/4/2026: MOHA letter, no swap"},
		{d(2026, 5, 1), "3383/BNV-CVL", "1/5/2026: MOHA letter, no swap"},
		{d(2026, 11, 24), "Resolution 28/2026/QH16 Art. 2", "Culture Day 2026"},
		// 2026 days without a known notice number: the statute.
		{d(2026, 1, 1), srcLC2019, "New Year 2026: the holiday itself rests on the Labour Code"},
		{d(2026, 4, 26), srcLC2019, "Hùng Kings 2026 on a Sunday"},
		{d(2026, 4, 27), srcLC2019Comp, "its compensation"},
		// 2023–2025: no numbers known, the statute or the year's notices.
		{d(2023, 1, 2), srcLC2019Comp, "a compensation of 2023"},
		{d(2024, 2, 8), srcLC2019, "Tết 2024"},
		{d(2024, 4, 29), notices, "the 2024 swap rests on the year's notices alone"},
		{d(2024, 5, 4), notices, "the 2024 make-up Saturday"},
		{d(2025, 5, 2), notices, "the 2025 swap"},
		// Plain days, official or projected or not covered.
		{d(2024, 3, 4), srcWeek, "a plain Monday of an official year"},
		{d(2024, 3, 9), srcWeek, "a plain Saturday"},
		{d(2027, 6, 15), srcWeek, "a plain projected Tuesday"},
		{d(2100, 1, 2), srcWeek, "not covered: the weekly rest still applies"},
		// Projection: the Labour Code of the year.
		{d(2017, 9, 2), srcLC2012, "2017: Labour Code 2012"},
		{d(2017, 9, 4), srcLC2012, "2017 compensation: Labour Code 2012"},
		{d(2021, 9, 3), srcLC2019, "2021: Labour Code 2019"},
		{d(2027, 2, 5), srcLC2019, "Tết 2027, projected"},
		{d(2027, 2, 10), srcLC2019Comp, "a projected compensation"},
		{d(2027, 11, 24), srcCulture, "Culture Day 2027, projected"},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, c.Explain(tc.date).Source); diff != "" {
			t.Errorf("Explain(%v).Source (-want +got):\n%s\nreason: %s", tc.date, diff, tc.reason)
		}
	}
}

// TestSourcesEverywhere asserts that every answer of Vietnam() over the
// whole covered range has a source: in particular every official day of
// 2023–2026 and every projected holiday and compensation; and that each
// kind of day cites a document of its kind.
func TestSourcesEverywhere(t *testing.T) {
	c := Vietnam()
	var official, projectedOff int
	for x := d(coverFirstYear, 1, 1); x.Year() <= coverLastYear; x = x.AddDays(1) {
		info := c.Explain(x)
		if info.Source == "" {
			t.Fatalf("Explain(%v) = %+v has no source", x, info)
		}
		switch {
		case info.Basis == BasisOfficial:
			official++
		case info.Reason.Kind == DayKindHoliday || info.Reason.Kind == DayKindCompensation:
			projectedOff++
			lc2012 := x.Year() < 2021 // no 2020 holiday is compensated in 2021
			want := map[DayKind]string{DayKindHoliday: srcLC2019, DayKindCompensation: srcLC2019Comp}[info.Reason.Kind]
			switch {
			case info.Reason.Name == nameCulture():
				want = srcCulture
			case lc2012:
				want = srcLC2012
			}
			if info.Source != want {
				t.Errorf("%v (%v): source %q, want %q", x, info.Reason, info.Source, want)
			}
		case info.Reason.Kind == DayKindWorkday || info.Reason.Kind == DayKindWeekend:
			if info.Source != srcWeek {
				t.Errorf("%v (%v): source %q, want %q", x, info.Reason, info.Source, srcWeek)
			}
		}
	}
	// 2023–2026: 365·3 + 366 days (2024 is a leap year), all official.
	if official != 3*365+366 {
		t.Errorf("%d official days, want %d", official, 3*365+366)
	}
	if projectedOff < 82*11 {
		t.Errorf("only %d projected holidays and compensations in 82 projected years", projectedOff)
	}
	// Every listed day of the built-in schedules has its own source.
	for _, s := range officialSchedules() {
		if s.Source == "" {
			t.Errorf("schedule %d has no source", s.Year)
		}
		for _, day := range s.Days {
			if s.source(day) == "" {
				t.Errorf("%v has no source", day.Date)
			}
		}
	}
}

// TestSourcesOfData checks that data a user adds carries its own source,
// and the schedule's when a day has none.
func TestSourcesOfData(t *testing.T) {
	name := Name{VI: "Ngày", EN: "Day"}
	c, err := Vietnam().Extend(Additions{Schedules: []Schedule{{Year: 2027, Source: "schedule source", Days: []ScheduledDay{
		{Date: d(2027, 2, 5), Kind: DayKindHoliday, Name: name, Source: "day source"},
		{Date: d(2027, 2, 8), Kind: DayKindHoliday, Name: name},
	}}}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		date   Date
		want   string
		reason string
	}{
		{d(2027, 2, 5), "day source", "a day's own source overrides the schedule's"},
		{d(2027, 2, 8), "schedule source", "a day without a source has the schedule's"},
		{d(2027, 2, 9), srcWeek, "an unlisted weekday of an official year is a plain working day"},
	}
	for _, tc := range tests {
		if got := c.Explain(tc.date).Source; got != tc.want {
			t.Errorf("Source(%v) = %q, want %q (%s)", tc.date, got, tc.want, tc.reason)
		}
	}
	var zero Calendar
	if got := zero.Explain(d(2024, 2, 10)).Source; got != "" {
		t.Errorf("the zero Calendar cites %q; it knows no documents", got)
	}
	bare, err := zero.WithHoliday(Holiday{Name: name, Month: 6, Day: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := bare.Explain(d(2024, 6, 3)).Source; got != "" {
		t.Errorf("a holiday added without a source: %q, want it empty", got)
	}
}
