package calendar

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// info is a DayInfo of Vietnam() for a row of expectations.
func info(x Date, kind DayKind, name Name, basis Basis, source string) DayInfo {
	return DayInfo{Date: x, Workday: !kind.IsOff(), Reason: Reason{Kind: kind, Name: name}, Basis: basis, Source: source}
}

func TestExplainDeadline(t *testing.T) {
	c := Vietnam()
	const notices = "notices of the Ministry of Labour / Ministry of Home Affairs and Government dispatches"
	swap2024 := Name{VI: "Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 04/05/2024)",
		EN: "Swapped rest day for 30 April – 1 May (made up on Saturday 4 May 2024)"}
	makeUp2024 := Name{VI: "Làm bù cho thứ Hai 29/04/2024", EN: "Make-up working day for Monday 29 April 2024"}
	tests := []struct {
		event  Date
		period Period
		last   Date
		due    Date
		days   []DayInfo
		vi, en string
		reason string
	}{
		{d(2024, 2, 7), WorkingDays(1), d(2024, 2, 15), d(2024, 2, 15),
			[]DayInfo{
				info(d(2024, 2, 8), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
				info(d(2024, 2, 9), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
				info(d(2024, 2, 10), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
				info(d(2024, 2, 11), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
				info(d(2024, 2, 12), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
				info(d(2024, 2, 13), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
				info(d(2024, 2, 14), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
			},
			"hạn 15/02/2024 (08–14/02/2024: Tết Âm lịch, Labour Code 2019 Art. 112(1))",
			"due 2024-02-15 (2024-02-08 to 2024-02-14: Lunar New Year (Tết), Labour Code 2019 Art. 112(1))",
			"Tết 2024 skipped: the seven days the schedule lists, one range"},
		{d(2026, 2, 12), WorkingDays(2), d(2026, 2, 23), d(2026, 2, 23),
			[]DayInfo{
				info(d(2026, 2, 16), DayKindHoliday, nameTet(), BasisOfficial, src9441),
				info(d(2026, 2, 17), DayKindHoliday, nameTet(), BasisOfficial, src9441),
				info(d(2026, 2, 18), DayKindHoliday, nameTet(), BasisOfficial, src9441),
				info(d(2026, 2, 19), DayKindHoliday, nameTet(), BasisOfficial, src9441),
				info(d(2026, 2, 20), DayKindHoliday, nameTet(), BasisOfficial, src9441),
			},
			"hạn 23/02/2026 (16–20/02/2026: Tết Âm lịch, 9441/TB-BNV)",
			"due 2026-02-23 (2026-02-16 to 2026-02-20: Lunar New Year (Tết), 9441/TB-BNV)",
			"Tết 2026: weekly rest days are not listed in a count of working days"},
		{d(2024, 5, 3), WorkingDays(1), d(2024, 5, 4), d(2024, 5, 4),
			[]DayInfo{info(d(2024, 5, 4), DayKindMakeUp, makeUp2024, BasisOfficial, notices)},
			"hạn 04/05/2024 (04/05/2024: Làm bù cho thứ Hai 29/04/2024, " + notices + ")",
			"due 2024-05-04 (2024-05-04: Make-up working day for Monday 29 April 2024, " + notices + ")",
			"a working Saturday counted is listed"},
		{d(2024, 4, 26), Days(3), d(2024, 4, 29), d(2024, 5, 2),
			[]DayInfo{
				info(d(2024, 4, 29), DayKindSwap, swap2024, BasisOfficial, notices),
				info(d(2024, 4, 30), DayKindHoliday, nameVictory(), BasisOfficial, srcLC2019),
				info(d(2024, 5, 1), DayKindHoliday, nameLabour(), BasisOfficial, srcLC2019),
			},
			"hạn 02/05/2024 (thời hạn kết thúc vào ngày nghỉ 29/04/2024, chuyển sang ngày làm việc tiếp theo; " +
				"29/04/2024: Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 04/05/2024), " + notices + "; " +
				"30/04/2024: Ngày Chiến thắng, Labour Code 2019 Art. 112(1); 01/05/2024: Ngày Quốc tế lao động, Labour Code 2019 Art. 112(1))",
			"due 2024-05-02 (the period ends on 2024-04-29, a day off, moved to the next working day; " +
				"2024-04-29: Swapped rest day for 30 April – 1 May (made up on Saturday 4 May 2024), " + notices + "; " +
				"2024-04-30: Reunification Day, Labour Code 2019 Art. 112(1); 2024-05-01: International Labour Day, Labour Code 2019 Art. 112(1))",
			"3 days from Fri 26/4/2024 roll over the swap and two holidays"},
		{d(2024, 3, 7), Days(2), d(2024, 3, 9), d(2024, 3, 11),
			[]DayInfo{
				info(d(2024, 3, 9), DayKindWeekend, Name{}, BasisOfficial, srcWeek),
				info(d(2024, 3, 10), DayKindWeekend, Name{}, BasisOfficial, srcWeek),
			},
			"hạn 11/03/2024 (thời hạn kết thúc vào ngày nghỉ 09/03/2024, chuyển sang ngày làm việc tiếp theo; 09–10/03/2024: Nghỉ hằng tuần, Decision 188/1999/QĐ-TTg)",
			"due 2024-03-11 (the period ends on 2024-03-09, a day off, moved to the next working day; 2024-03-09 to 2024-03-10: Weekly rest day, Decision 188/1999/QĐ-TTg)",
			"a roll over a weekend lists the weekly rest days"},
		{d(2024, 2, 15), Days(-3), d(2024, 2, 12), d(2024, 2, 7),
			[]DayInfo{
				info(d(2024, 2, 8), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
				info(d(2024, 2, 9), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
				info(d(2024, 2, 10), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
				info(d(2024, 2, 11), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
				info(d(2024, 2, 12), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
			},
			"hạn 07/02/2024 (thời hạn kết thúc vào ngày nghỉ 12/02/2024, chuyển về ngày làm việc liền trước; 08–12/02/2024: Tết Âm lịch, Labour Code 2019 Art. 112(1))",
			"due 2024-02-07 (the period ends on 2024-02-12, a day off, moved to the previous working day; 2024-02-08 to 2024-02-12: Lunar New Year (Tết), Labour Code 2019 Art. 112(1))",
			"a negative limit rolls back"},
		{d(2026, 11, 20), WorkingDays(2), d(2026, 11, 25), d(2026, 11, 25),
			[]DayInfo{info(d(2026, 11, 24), DayKindHoliday, nameCulture(), BasisOfficial, srcCulture)},
			"hạn 25/11/2026 (24/11/2026: Ngày Văn hóa Việt Nam, Resolution 28/2026/QH16 Art. 2)",
			"due 2026-11-25 (2026-11-24: Vietnamese Culture Day, Resolution 28/2026/QH16 Art. 2)",
			"Culture Day 2026 skipped"},
		{d(2027, 2, 4), WorkingDays(1), d(2027, 2, 12), d(2027, 2, 12),
			[]DayInfo{
				info(d(2027, 2, 5), DayKindHoliday, nameTet(), BasisProjected, srcLC2019),
				info(d(2027, 2, 6), DayKindHoliday, nameTet(), BasisProjected, srcLC2019),
				info(d(2027, 2, 7), DayKindHoliday, nameTet(), BasisProjected, srcLC2019),
				info(d(2027, 2, 8), DayKindHoliday, nameTet(), BasisProjected, srcLC2019),
				info(d(2027, 2, 9), DayKindHoliday, nameTet(), BasisProjected, srcLC2019),
				info(d(2027, 2, 10), DayKindCompensation, nameTet(), BasisProjected, srcLC2019Comp),
				info(d(2027, 2, 11), DayKindCompensation, nameTet(), BasisProjected, srcLC2019Comp),
			},
			"hạn 12/02/2027 (05–09/02/2027: Tết Âm lịch, Labour Code 2019 Art. 112(1); 10–11/02/2027: Nghỉ bù Tết Âm lịch, Labour Code 2019 Art. 111(3))",
			"due 2027-02-12 (2027-02-05 to 2027-02-09: Lunar New Year (Tết), Labour Code 2019 Art. 112(1); 2027-02-10 to 2027-02-11: Compensation for Lunar New Year (Tết), Labour Code 2019 Art. 111(3))",
			"2027 is projected and says so; holidays and compensations are separate runs"},
		{d(2024, 3, 4), WorkingDays(5), d(2024, 3, 11), d(2024, 3, 11), nil,
			"hạn 11/03/2024", "due 2024-03-11", "a plain week: nothing to explain"},
		{d(2024, 2, 10), WorkingDays(0), d(2024, 2, 10), d(2024, 2, 15),
			[]DayInfo{
				info(d(2024, 2, 10), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
				info(d(2024, 2, 11), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
				info(d(2024, 2, 12), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
				info(d(2024, 2, 13), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
				info(d(2024, 2, 14), DayKindHoliday, nameTet(), BasisOfficial, srcLC2019),
			},
			"hạn 15/02/2024 (thời hạn kết thúc vào ngày nghỉ 10/02/2024, chuyển sang ngày làm việc tiếp theo; 10–14/02/2024: Tết Âm lịch, Labour Code 2019 Art. 112(1))",
			"due 2024-02-15 (the period ends on 2024-02-10, a day off, moved to the next working day; 2024-02-10 to 2024-02-14: Lunar New Year (Tết), Labour Code 2019 Art. 112(1))",
			"zero working days on a day off: the roll"},
		{d(2029, 12, 28), Days(3), d(2029, 12, 31), d(2029, 12, 31), nil,
			"hạn 31/12/2029", "due 2029-12-31", "no roll, and days off inside a limit in days are not listed"},
		{Date{}, Days(3), Date{}, Date{}, nil, "không có hạn", "no deadline", "zero event: no deadline"},
		{d(2024, 2, 1), Period{N: 3}, Date{}, Date{}, nil, "không có hạn", "no deadline", "unknown unit: no deadline"},
	}
	for _, tc := range tests {
		t.Run(tc.reason, func(t *testing.T) {
			got := c.ExplainDeadline(tc.event, tc.period)
			want := DeadlineExplanation{Event: tc.event, Period: tc.period, Last: tc.last, Due: tc.due, Days: tc.days, Version: dataVersion}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ExplainDeadline(%v, %v) (-want +got):\n%s\nreason: %s", tc.event, tc.period, diff, tc.reason)
			}
			if got.Due != c.Deadline(tc.event, tc.period) {
				t.Errorf("Due %v differs from Deadline %v", got.Due, c.Deadline(tc.event, tc.period))
			}
			if diff := cmp.Diff(tc.vi, got.Vietnamese()); diff != "" {
				t.Errorf("Vietnamese (-want +got):\n%s\nreason: %s", diff, tc.reason)
			}
			if diff := cmp.Diff(tc.en, got.English()); diff != "" {
				t.Errorf("English (-want +got):\n%s\nreason: %s", diff, tc.reason)
			}
			if got.String() != got.English() {
				t.Errorf("String() != English()")
			}
		})
	}
}

func TestExplainAddWorkdays(t *testing.T) {
	c := Vietnam()
	tests := []struct {
		from   Date
		n      int
		due    Date
		days   []Date
		reason string
	}{
		{d(2026, 11, 20), 2, d(2026, 11, 25), []Date{d(2026, 11, 24)}, "Culture Day 2026"},
		{d(2026, 11, 25), -2, d(2026, 11, 20), []Date{d(2026, 11, 24)}, "backwards over Culture Day"},
		{d(2024, 2, 10), 0, d(2024, 2, 10), nil, "zero returns d and explains nothing"},
		{d(2029, 11, 23), 1, d(2029, 11, 26), []Date{d(2029, 11, 24)}, "Saturday Culture Day 2029 is named, with no compensation"},
		{d(2023, 4, 28), 1, d(2023, 5, 4), []Date{d(2023, 4, 29), d(2023, 4, 30), d(2023, 5, 1), d(2023, 5, 2), d(2023, 5, 3)}, "the 2023 cascade"},
		{d(2013, 12, 27), 5, d(2014, 1, 6), []Date{d(2014, 1, 1)}, "from outside the covered range into it"},
		{d(2100, 1, 1), 300, c.AddWorkdays(d(2100, 1, 1), 300), nil, "outside the covered range nothing differs from plain weeks"},
		{d(2014, 1, 1), 1 << 40, maxDate, nil, "saturated: the listing stays within the covered range"},
	}
	for _, tc := range tests {
		t.Run(tc.reason, func(t *testing.T) {
			got := c.ExplainAddWorkdays(tc.from, tc.n)
			if got.Due != tc.due || got.Due != c.AddWorkdays(tc.from, tc.n) || got.Last != got.Due ||
				got.Period != WorkingDays(tc.n) || got.Event != tc.from || got.Version != dataVersion {
				t.Errorf("ExplainAddWorkdays(%v, %d) = %+v, want due %v (%s)", tc.from, tc.n, got, tc.due, tc.reason)
			}
			if tc.days == nil {
				if tc.n < 1<<30 && len(got.Days) != 0 {
					t.Errorf("listed %d days, want none (%s)", len(got.Days), tc.reason)
				}
				return
			}
			var dates []Date
			for _, x := range got.Days {
				dates = append(dates, x.Date)
			}
			if diff := cmp.Diff(tc.days, dates); diff != "" {
				t.Errorf("days (-want +got):\n%s\nreason: %s", diff, tc.reason)
			}
		})
	}
}

// TestExplainingFormsAgree checks the explaining forms against the fast
// ones and the listed days against the calendar, on random inputs.
func TestExplainingFormsAgree(t *testing.T) {
	c := Vietnam()
	r := rand.New(rand.NewPCG(5, 6))
	lo, hi := d(2013, 6, 1).unixDay(), d(2100, 6, 1).unixDay()
	for range 2000 {
		event := fromUnixDay(lo + r.Int64N(hi-lo))
		p := Period{N: r.IntN(120) - 40, Unit: PeriodUnit(1 + r.IntN(5))}
		e := c.ExplainDeadline(event, p)
		if e.Due != c.Deadline(event, p) {
			t.Fatalf("ExplainDeadline(%v, %v).Due = %v, Deadline says %v", event, p, e.Due, c.Deadline(event, p))
		}
		checkListed(t, c, e)
		n := r.IntN(200) - 100
		a := c.ExplainAddWorkdays(event, n)
		if a.Due != c.AddWorkdays(event, n) {
			t.Fatalf("ExplainAddWorkdays(%v, %d).Due = %v, AddWorkdays says %v", event, n, a.Due, c.AddWorkdays(event, n))
		}
		checkListed(t, c, a)
	}
}

// checkListed checks the days of e: in date order, each as Explain says,
// off days in a roll; days off other than weekly rest or worked weekend days
// in a count, and every such day between the event and the due date listed.
func checkListed(t *testing.T, c *Calendar, e DeadlineExplanation) {
	t.Helper()
	for i, x := range e.Days {
		if x != c.Explain(x.Date) {
			t.Fatalf("%+v: listed %+v, Explain says %+v", e, x, c.Explain(x.Date))
		}
		if i > 0 && !e.Days[i-1].Date.Before(x.Date) {
			t.Fatalf("%+v: days out of order", e)
		}
		if e.Moved() && x.Workday {
			t.Fatalf("%+v: a working day in a roll", e)
		}
	}
	if e.Moved() || e.Period.Unit != PeriodWorkingDays || e.Due.IsZero() {
		return
	}
	a, b := e.Event.AddDays(1), e.Due // (event, due]
	if e.Due.Before(e.Event) {
		a, b = e.Due, e.Event.AddDays(-1) // [due, event)
	}
	want := 0
	for x := a; !x.After(b); x = x.AddDays(1) {
		info := c.Explain(x)
		weekend := isWeekend(x.unixDay())
		if (!info.Workday && info.Reason.Kind != DayKindWeekend) || (info.Workday && weekend) {
			want++
		}
	}
	if len(e.Days) != want {
		t.Fatalf("%+v: %d days listed, %d differ from a plain week", e, len(e.Days), want)
	}
}

func TestRanges(t *testing.T) {
	tests := []struct {
		a, b   Date
		vi, en string
		reason string
	}{
		{d(2024, 2, 8), d(2024, 2, 8), "08/02/2024", "2024-02-08", "one day"},
		{d(2024, 2, 8), d(2024, 2, 14), "08–14/02/2024", "2024-02-08 to 2024-02-14", "one month"},
		{d(2025, 1, 30), d(2025, 2, 2), "30/01–02/02/2025", "2025-01-30 to 2025-02-02", "across a month"},
		{d(2029, 12, 31), d(2030, 1, 1), "31/12/2029–01/01/2030", "2029-12-31 to 2030-01-01", "across a year"},
	}
	for _, tc := range tests {
		if got := rangeVI(tc.a, tc.b); got != tc.vi {
			t.Errorf("rangeVI = %q, want %q (%s)", got, tc.vi, tc.reason)
		}
		if got := rangeEN(tc.a, tc.b); got != tc.en {
			t.Errorf("rangeEN = %q, want %q (%s)", got, tc.en, tc.reason)
		}
	}
	// A run across a year, of a user's swap listed in the next year's
	// schedule, with no source: written without one.
	name := Name{VI: "Nghỉ hoán đổi", EN: "Swap"}
	c, err := Vietnam().With(Schedule{Year: 2030, Days: []ScheduledDay{
		{Date: d(2029, 12, 31), Kind: DayKindSwap, Name: name},
		{Date: d(2030, 1, 1), Kind: DayKindSwap, Name: name},
	}})
	if err != nil {
		t.Fatal(err)
	}
	e := c.ExplainAddWorkdays(d(2029, 12, 28), 1)
	if got, want := e.Vietnamese(), "hạn 02/01/2030 (31/12/2029–01/01/2030: Nghỉ hoán đổi)"; got != want {
		t.Errorf("Vietnamese = %q, want %q", got, want)
	}
	// A schedule that lists Tết on weekdays only: one run across the
	// weekend, since weekly rest days are not listed in a count; a run
	// ends at a working day.
	s := Schedule{Year: 2027, Source: "test notice"}
	for _, dd := range []int{4, 5, 8, 9, 10, 12} {
		s.Days = append(s.Days, ScheduledDay{Date: d(2027, 2, dd), Kind: DayKindHoliday, Name: nameTet()})
	}
	c, err = Vietnam().With(s)
	if err != nil {
		t.Fatal(err)
	}
	e = c.ExplainAddWorkdays(d(2027, 2, 3), 2)
	if got, want := e.Vietnamese(), "hạn 15/02/2027 (04–10/02/2027: Tết Âm lịch, test notice; 12/02/2027: Tết Âm lịch, test notice)"; got != want {
		t.Errorf("Vietnamese = %q, want %q", got, want)
	}
}

// TestFastPathsAllocateNothing guards the promise of the package doc: the
// working-day queries and Explain allocate nothing.
func TestFastPathsAllocateNothing(t *testing.T) {
	c := Vietnam()
	dates, _, ns := benchInputs()
	far := d(2200, 1, 1)
	queries := []struct {
		name string
		f    func(i int)
	}{
		{"IsWorkday", func(i int) { sinkBool = c.IsWorkday(dates[i]) }},
		{"AddWorkdays", func(i int) { sinkDate = c.AddWorkdays(dates[i], ns[i]) }},
		{"AddWorkdays far", func(i int) { sinkDate = c.AddWorkdays(far, ns[i]) }},
		{"CountWorkdays", func(i int) { sinkInt = c.CountWorkdays(dates[i], dates[(i+1)%benchN]) }},
		{"CountWorkdays far", func(i int) { sinkInt = c.CountWorkdays(far, dates[i]) }},
		{"Deadline", func(i int) { sinkDate = c.Deadline(dates[i], WorkingDays(ns[i])) }},
		{"Deadline months", func(i int) { sinkDate = c.Deadline(dates[i], Months(ns[i])) }},
		{"Explain", func(i int) { sinkBool = c.Explain(dates[i]).Source != "" }},
		{"Version", func(i int) { sinkBool = c.Version() != "" }},
	}
	for _, q := range queries {
		i := 0
		if n := testing.AllocsPerRun(500, func() { q.f(i % benchN); i++ }); n != 0 {
			t.Errorf("%s: %v allocations per call, want 0", q.name, n)
		}
	}
}
