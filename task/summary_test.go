package task

import (
	"bytes"
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestRatePercent(t *testing.T) {
	tests := []struct {
		name, reason string
		r            Rate
		want         string
	}{
		{"letter 56", "222/1,206 is 18.407%: 18.4, not the letter's 18.5", Rate{222, 1206}, "18.4"},
		{"exact half", "1/8 is exactly 12.5%", Rate{1, 8}, "12.5"},
		{"half up", "1/16 is 6.25%: rounds up to 6.3", Rate{1, 16}, "6.3"},
		{"just under half", "1/2001 is 0.04998%: 0.0", Rate{1, 2001}, "0.0"},
		{"half of a tenth", "1/2000 is 0.05%: rounds up to 0.1", Rate{1, 2000}, "0.1"},
		{"zero", "none late", Rate{0, 5}, "0.0"},
		{"all", "every task late", Rate{7, 7}, "100.0"},
		{"two thirds", "66.666…%", Rate{2, 3}, "66.7"},
		{"one third", "33.333…%", Rate{1, 3}, "33.3"},
		{"more than all", "not a share, still exact", Rate{3, 2}, "150.0"},
		{"negative denominator", "sign normalised", Rate{1, -8}, "-12.5"},
		{"negative half", "half up is toward +∞: -6.25 → -6.2", Rate{-1, 16}, "-6.2"},
		{"huge", "no overflow", Rate{1 << 62, 1<<62 + 1}, "100.0"},
		{"no denominator", "undefined", Rate{3, 0}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.r.Percent(); got != tc.want {
				t.Errorf("%d/%d Percent = %q, want %q (%s)", tc.r.Num, tc.r.Den, got, tc.want, tc.reason)
			}
		})
	}
	b, err := json.Marshal(Rate{222, 1206})
	require.NoError(t, err)
	if want := `{"num":222,"den":1206,"percent":"18.4"}`; string(b) != want {
		t.Errorf("json = %s, want %s", b, want)
	}
	if got, want := (Rate{222, 1206}).String(), "222/1206 (18.4%)"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
}

// letter56Tasks builds the tasks of the findings-file example: 1,206 with a
// deadline (15 overdue, 207 done late, 40 in progress, 944 done on time) and
// 12 without, as of 2023-12-31.
func letter56Tasks() []Task {
	var ts []Task
	add := func(n int, due, done string) {
		for range n {
			t := newTask("2023-06-01", due, done)
			t.ID = "T" + strconv.Itoa(len(ts))
			ts = append(ts, t)
		}
	}
	add(15, "2023-12-15", "")            // overdue
	add(207, "2023-09-15", "2023-10-02") // done late
	add(40, "2024-01-31", "")            // in progress
	add(944, "2023-09-15", "2023-09-15") // done on time
	add(12, "", "")                      // no deadline
	return ts
}

// TestSummaryLetter56 reproduces the figure of letter 56/UBND-KTTH,
// footnote 1: 222 of 1,206 tasks with a deadline were late, 18.4%.
func TestSummaryLetter56(t *testing.T) {
	s := Summarize(letter56Tasks(), regulation.KonTum2023(), date("2023-12-31"))
	want := Counts{WithDeadline: 1206, Late: 222, Overdue: 15, DoneLate: 207, InProgress: 40, DoneOnTime: 944, NoDeadline: 12}
	if diff := cmp.Diff(want, s.Total()); diff != "" {
		t.Errorf("total (-want +got):\n%s", diff)
	}
	r, ok := s.Total().LateRate()
	if !ok || r != (Rate{222, 1206}) || r.Percent() != "18.4" {
		t.Errorf("late rate = %v, %t; want 222/1206 (18.4%%)", r, ok)
	}
	b, err := json.Marshal(s)
	require.NoError(t, err)
	var top map[string]any
	require.NoError(t, json.Unmarshal(b, &top))
	delete(top, "by_lead")
	delete(top, "by_assigner")
	wantTop := map[string]any{"as_of": "2023-12-31", "with_deadline": 1206.0, "late": 222.0, "overdue": 15.0, "done_late": 207.0,
		"in_progress": 40.0, "done_on_time": 944.0, "no_deadline": 12.0, "invalid": 0.0, "outside": 0.0,
		"late_rate": map[string]any{"num": 222.0, "den": 1206.0, "percent": "18.4"}}
	if diff := cmp.Diff(wantTop, top); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
}

// goldenTasks is the fixture of the golden summary: three units, four
// assigners, every status, tasks without exactly one lead, invalid tasks,
// a task assigned after the summary's date.
func goldenTasks() []Task {
	lead := func(t Task, a Assigner, id string, units ...regulation.UnitID) Task {
		t.ID, t.Assigner, t.Lead = id, a, units
		return t
	}
	return []Task{
		lead(newTask("2023-03-01", "2023-03-31", "2023-03-30"), AssignerPPCChairman, "T01", "STC"),
		lead(newTask("2023-03-01", "2023-03-31", "2023-04-05"), AssignerPPCChairman, "T02", "STC"),
		lead(newTask("2023-03-01", "2023-03-31", "2023-04-05", newExtension("2023-03-28", "2023-04-10", "p0")), AssignerPPCChairman, "T03", "STC"),
		lead(newTask("2023-11-01", "2023-12-15", ""), AssignerPrimeMinister, "T04", "STC"),
		lead(newTask("2023-11-01", "2024-01-15", ""), AssignerGovernment, "T05", "SXD"),
		lead(newTask("2023-11-01", "2023-12-29", "2024-01-03"), AssignerGovernment, "T06", "SXD"),
		lead(newTask("2023-02-01", "", "2023-05-01"), AssignerOther, "T07", "SXD"),
		lead(newTask("2023-09-01", "2023-09-02", "2023-09-05"), AssignerPPC, "T08", "SKHDT"),
		lead(newTask("2023-09-01", "2023-09-02", "2023-09-06"), AssignerPPC, "T09", "SKHDT"),
		lead(newTask("2023-09-01", "2023-10-31", "2023-10-31"), AssignerViceChairman, "T14", "SKHDT"),
		lead(newTask("2023-05-01", "2023-06-30", ""), AssignerPPCChairman, "T10"),
		lead(newTask("2023-05-01", "2023-12-29", "2023-12-20"), AssignerPPC, "T11", "STC", "SXD"),
		lead(newTask("2023-05-01", "2023-04-30", ""), AssignerPPC, "T12", "STC"),     // invalid: due before assigned
		lead(newTask("2023-05-01", "2023-06-30", ""), AssignerUnknown, "T13", "STC"), // invalid: no assigner
		lead(newTask("2024-01-02", "2024-01-31", ""), AssignerPPC, "T15", "SKHDT"),   // assigned after as_of: outside
	}
}

// TestSummaryGolden compares the JSON of a summary with
// testdata/summary_golden.json; run with -update to rewrite it.
func TestSummaryGolden(t *testing.T) {
	s := Summarize(goldenTasks(), regulation.KonTum2023(), date("2023-12-31"))
	got, err := json.MarshalIndent(s, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	path := filepath.Join("testdata", "summary_golden.json")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("summary JSON (-%s +got):\n%s", path, diff)
	}
	// The pointer and the value marshal the same.
	byPtr, err := json.MarshalIndent(&s, "", "  ")
	require.NoError(t, err)
	if !bytes.Equal(byPtr, got[:len(got)-1]) {
		t.Errorf("*Summary marshals differently:\n%s", byPtr)
	}
	checkSummaryAddsUp(t, &s)
}

// checkSummaryAddsUp checks that the rows of s add up to its total.
func checkSummaryAddsUp(t testing.TB, s *Summary) {
	t.Helper()
	var byLead, byAssigner Counts
	sum := func(acc *Counts, c Counts) {
		acc.WithDeadline += c.WithDeadline
		acc.Late += c.Late
		acc.Overdue += c.Overdue
		acc.DoneLate += c.DoneLate
		acc.InProgress += c.InProgress
		acc.DoneOnTime += c.DoneOnTime
		acc.NoDeadline += c.NoDeadline
	}
	for _, r := range s.ByLead() {
		sum(&byLead, r.Counts)
		if r.Tasks() == 0 {
			t.Errorf("empty lead row %q", r.Unit)
		}
	}
	for _, r := range s.ByAssigner() {
		sum(&byAssigner, r.Counts)
	}
	total := s.Total()
	if total != byLead || total != byAssigner {
		t.Errorf("total %+v, by lead %+v, by assigner %+v", total, byLead, byAssigner)
	}
	if total.Late != total.Overdue+total.DoneLate ||
		total.WithDeadline != total.Late+total.InProgress+total.DoneOnTime {
		t.Errorf("inconsistent counts %+v", total)
	}
}

func TestSummaryRows(t *testing.T) {
	s := NewSummary(regulation.KonTum2023(), date("2024-01-01"), SummaryOptions{})
	for i, u := range []regulation.UnitID{"b", "A", "", "a", "STC", "b"} {
		task := newTask("2023-03-01", "2023-03-31", "")
		task.ID = "T" + strconv.Itoa(i)
		task.Lead = []regulation.UnitID{u}
		if u == "" {
			task.Lead = nil
		}
		task.Assigner = Assigner(6 - i%3)
		s.Add(task)
	}
	var units []regulation.UnitID
	for _, r := range s.ByLead() {
		units = append(units, r.Unit)
	}
	if diff := cmp.Diff([]regulation.UnitID{"", "A", "STC", "a", "b"}, units); diff != "" {
		t.Errorf("lead order, byte-wise (-want +got):\n%s", diff)
	}
	var assigners []Assigner
	for _, r := range s.ByAssigner() {
		assigners = append(assigners, r.Assigner)
	}
	if diff := cmp.Diff([]Assigner{AssignerPPCChairman, AssignerViceChairman, AssignerOther}, assigners); diff != "" {
		t.Errorf("assigner order, enum order (-want +got):\n%s", diff)
	}
	if c, ok := s.Lead("b"); !ok || c.Overdue != 2 {
		t.Errorf("Lead(b) = %+v, %t; want 2 overdue", c, ok)
	}
	if _, ok := s.Lead("SXD"); ok {
		t.Errorf("Lead(SXD) found, want none")
	}
}

func TestSummaryDirectory(t *testing.T) {
	rules := regulation.KonTum2023()
	task := newTask("2023-03-01", "2023-03-31", "")
	task.Lead = []regulation.UnitID{"SGTVT"}
	with := NewSummary(rules, date("2024-01-01"), SummaryOptions{Directory: taskDirectory(t)})
	with.Add(task)
	without := NewSummary(rules, date("2024-01-01"), SummaryOptions{})
	without.Add(task)
	if with.Invalid() != 1 || with.Total().Tasks() != 0 || len(with.ByLead()) != 0 {
		t.Errorf("with a directory: invalid %d, total %+v; want the unknown unit invalid", with.Invalid(), with.Total())
	}
	if without.Invalid() != 0 || without.Total().Overdue != 1 {
		t.Errorf("without a directory: invalid %d, total %+v; want counted", without.Invalid(), without.Total())
	}
}

func TestSummaryEmpty(t *testing.T) {
	s := Summarize(nil, regulation.KonTum2023(), date("2024-01-01"))
	got, err := json.Marshal(s)
	require.NoError(t, err)
	want := `{"as_of":"2024-01-01","with_deadline":0,"late":0,"overdue":0,"done_late":0,"in_progress":0,"done_on_time":0,` +
		`"no_deadline":0,"invalid":0,"outside":0,"late_rate":null,"by_lead":[],"by_assigner":[]}`
	if string(got) != want {
		t.Errorf("empty summary JSON\n%s\nwant\n%s", got, want)
	}
	if _, ok := s.Total().LateRate(); ok {
		t.Errorf("LateRate of nothing: ok")
	}
}

// TestSummaryZeroValue: the zero Summary counts with an empty rule set as
// of the zero date, before which no task exists: a valid task is outside,
// an invalid one invalid, and its JSON has no as_of.
func TestSummaryZeroValue(t *testing.T) {
	var s Summary
	s.Add(newTask("2023-03-01", "2023-03-31", "2023-04-03"))
	s.Add(Task{})
	if s.Total().Tasks() != 0 || s.Outside() != 1 || s.Invalid() != 1 || !s.AsOf().IsZero() {
		t.Errorf("zero Summary: total %+v, outside %d, invalid %d; want nothing counted, 1 outside, 1 invalid",
			s.Total(), s.Outside(), s.Invalid())
	}
	b, err := json.Marshal(s)
	require.NoError(t, err)
	var top map[string]any
	require.NoError(t, json.Unmarshal(b, &top))
	if _, ok := top["as_of"]; ok {
		t.Errorf("zero Summary JSON has an as_of: %s", b)
	}
	if _, ok := top["period"]; ok {
		t.Errorf("zero Summary JSON has a period: %s", b)
	}
}

// TestSummaryAddAllocs proves that Add allocates nothing per task once its
// lead unit is known, whatever the task's status, extensions or source
// document.
func TestSummaryAddAllocs(t *testing.T) {
	rules := regulation.KonTum2023()
	s := NewSummary(rules, date("2023-12-31"), SummaryOptions{Directory: taskDirectory(t)})
	tasks := append(goldenTasks(), withChange(newTask("2023-03-01", "2023-03-31", "", newExtension("2023-03-30", "2023-04-30", ""), newExtension("2023-03-10", "2023-04-10", "p0")),
		func(t *Task) { t.SourceDoc = "1272/UBND-KTTH"; t.Coordinators = []regulation.UnitID{"SXD"} }),
		newTask("2024-02-01", "2024-02-29", "")) // assigned after as_of: outside
	for _, task := range tasks {
		s.Add(task) // learn the units and the document
	}
	for _, task := range tasks {
		if n := testing.AllocsPerRun(50, func() { s.Add(task) }); n != 0 {
			t.Errorf("Add(%s) allocates %.0f times", task.ID, n)
		}
	}
}

// TestSummaryExistenceAndPeriod: a summary counts only the valid tasks that
// exist as of its date and were assigned in its reporting period; it counts
// the other valid tasks as outside and the invalid ones as invalid,
// whatever their dates.
func TestSummaryExistenceAndPeriod(t *testing.T) {
	rules := regulation.KonTum2023()
	task := func(id, assigned string) Task {
		t := newTask(assigned, "", "")
		t.ID = id
		return t
	}
	invalid := func(id, assigned string) Task {
		t := task(id, assigned)
		t.Assigner = AssignerUnknown
		return t
	}
	tasks := []Task{
		task("A", "2022-12-31"),
		task("B", "2023-01-01"),
		task("C", "2023-06-30"),
		task("D", "2023-07-01"),
		task("E", "2023-12-31"),
		task("F", "2024-01-01"),
		invalid("X", "2022-06-01"),
		invalid("Y", "2023-06-01"),
		invalid("Z", "2024-06-01"),
	}
	year := regulation.ReportingPeriod{From: date("2023-01-01"), To: date("2023-12-31")}
	tests := []struct {
		name, reason          string
		asOf                  string
		period                regulation.ReportingPeriod
		counted, outside, bad int
	}{
		{"as of the end of 2023", "F is not assigned yet", "2023-12-31", regulation.ReportingPeriod{}, 5, 1, 3},
		{"as of 30/6/2023", "a task assigned on as_of exists; D, E and F do not yet", "2023-06-30", regulation.ReportingPeriod{}, 3, 3, 3},
		{"as of 29/6/2023", "C is assigned the day after", "2023-06-29", regulation.ReportingPeriod{}, 2, 4, 3},
		{"as of the zero date", "no task exists yet", "", regulation.ReportingPeriod{}, 0, 6, 3},
		{"the year 2023", "A and F are outside the period, both ends included", "2023-12-31", year, 4, 2, 3},
		{"the year 2023 as of 2024", "F exists but is outside the period", "2024-06-30", year, 4, 2, 3},
		{"the year 2023 as of 30/6", "D and E are in the period but not assigned yet", "2023-06-30", year, 2, 4, 3},
		{"open start", "everything up to 30/6/2023", "2024-06-30", regulation.ReportingPeriod{To: date("2023-06-30")}, 3, 3, 3},
		{"open end", "everything from 1/7/2023", "2024-06-30", regulation.ReportingPeriod{From: date("2023-07-01")}, 3, 3, 3},
		{"reversed period", "a period that ends before it starts holds no task",
			"2024-06-30", regulation.ReportingPeriod{From: date("2023-12-31"), To: date("2023-01-01")}, 0, 6, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := NewSummary(rules, date(tc.asOf), SummaryOptions{Period: tc.period})
			for _, task := range tasks {
				s.Add(task)
			}
			got := []int{s.Total().Tasks(), s.Outside(), s.Invalid()}
			if diff := cmp.Diff([]int{tc.counted, tc.outside, tc.bad}, got); diff != "" {
				t.Errorf("counted, outside, invalid (-want +got), %s:\n%s", tc.reason, diff)
			}
			if s.Period() != tc.period || s.AsOf() != date(tc.asOf) {
				t.Errorf("Period, AsOf = %v, %s; want %v, %s", s.Period(), s.AsOf(), tc.period, tc.asOf)
			}
			checkSummaryAddsUp(t, s)
		})
	}
}

// TestSummaryLetter56Period: the figure of letter 56 over the period
// 2023-01-01..2023-12-31 is still 222/1,206 when the list also holds tasks
// assigned before and after the year; those are counted as outside.
func TestSummaryLetter56Period(t *testing.T) {
	tasks := letter56Tasks()
	for i, assigned := range []string{"2022-11-15", "2022-12-31", "2024-01-01", "2024-02-10"} {
		task := newTask(assigned, "2024-03-01", "")
		task.ID = "X" + strconv.Itoa(i)
		tasks = append(tasks, task)
	}
	s := NewSummary(regulation.KonTum2023(), date("2024-03-31"),
		SummaryOptions{Period: regulation.ReportingPeriod{From: date("2023-01-01"), To: date("2023-12-31")}})
	for _, task := range tasks {
		s.Add(task)
	}
	// As of 31/3/2024 the 40 tasks due 31/1/2024 are overdue too.
	want := Counts{WithDeadline: 1206, Late: 262, Overdue: 55, DoneLate: 207, InProgress: 0, DoneOnTime: 944, NoDeadline: 12}
	if diff := cmp.Diff(want, s.Total()); diff != "" || s.Outside() != 4 {
		t.Errorf("outside %d, want 4; total (-want +got):\n%s", s.Outside(), diff)
	}
	s = NewSummary(regulation.KonTum2023(), date("2023-12-31"),
		SummaryOptions{Period: regulation.ReportingPeriod{From: date("2023-01-01"), To: date("2023-12-31")}})
	for _, task := range tasks {
		s.Add(task)
	}
	if r, _ := s.Total().LateRate(); r != (Rate{222, 1206}) || s.Outside() != 4 {
		t.Errorf("as of the end of the period: late rate %v, outside %d; want 222/1206, 4", r, s.Outside())
	}
}

// TestSummaryJSONPeriod: the summary's JSON says which date and period it
// covers (an open end left out) and how many tasks it left outside.
func TestSummaryJSONPeriod(t *testing.T) {
	tests := []struct {
		name, reason string
		period       regulation.ReportingPeriod
		want         string // the JSON up to "with_deadline"
	}{
		{"no period", "no period object", regulation.ReportingPeriod{},
			`{"as_of":"2023-12-31",`},
		{"closed period", "both ends", regulation.ReportingPeriod{From: date("2023-01-01"), To: date("2023-12-31")},
			`{"as_of":"2023-12-31","period":{"from":"2023-01-01","to":"2023-12-31"},`},
		{"open start", "from left out", regulation.ReportingPeriod{To: date("2023-06-30")},
			`{"as_of":"2023-12-31","period":{"to":"2023-06-30"},`},
		{"open end", "to left out", regulation.ReportingPeriod{From: date("2023-07-01")},
			`{"as_of":"2023-12-31","period":{"from":"2023-07-01"},`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := NewSummary(regulation.KonTum2023(), date("2023-12-31"), SummaryOptions{Period: tc.period})
			s.Add(newTask("2023-03-01", "2023-03-31", "2023-03-30"))
			s.Add(newTask("2023-09-01", "2023-09-29", "2023-10-02"))
			s.Add(newTask("2024-01-02", "2024-01-31", "")) // not assigned yet
			b, err := json.Marshal(s)
			require.NoError(t, err)
			head, _, ok := bytes.Cut(b, []byte(`"with_deadline"`))
			if !ok || string(head) != tc.want {
				t.Errorf("JSON starts %s, want %s (%s)", head, tc.want, tc.reason)
			}
			var top map[string]any
			require.NoError(t, json.Unmarshal(b, &top))
			if want := float64(s.Outside()); top["outside"] != want || want < 1 {
				t.Errorf(`"outside" = %v, want %v (at least the task assigned after as_of)`, top["outside"], want)
			}
		})
	}
	// A date that cannot be written is an error, not a panic or a wrong text.
	s := NewSummary(regulation.KonTum2023(), calendar.NewDate(10000, 1, 1), SummaryOptions{})
	if _, err := json.Marshal(s); err == nil {
		t.Errorf("JSON of a summary as of year 10000: no error")
	}
}

// TestSummaryJSONValueAndPointer proves that a Summary marshals the same
// from a value (what Summarize returns) and from a pointer: MarshalJSON has
// a value receiver so that encoding/json finds it on both.
func TestSummaryJSONValueAndPointer(t *testing.T) {
	s := Summarize(goldenTasks(), regulation.KonTum2023(), date("2023-12-31"))
	byValue, err := json.Marshal(s)
	require.NoError(t, err)
	byPointer, err := json.Marshal(&s)
	require.NoError(t, err)
	if diff := cmp.Diff(string(byPointer), string(byValue)); diff != "" {
		t.Errorf("json.Marshal of a value (-pointer +value):\n%s", diff)
	}
	if len(byValue) < 100 {
		t.Errorf("json.Marshal(s) = %s; want the whole summary", byValue)
	}
}

// TestRollCache compares the roll cache of a Summary with the calendar,
// over dates that share slots, and a nil cache too.
func TestRollCache(t *testing.T) {
	cal := regulation.KonTum2023().WorkCalendar()
	r := rand.New(rand.NewPCG(3, 4))
	var c rollCache
	var none *rollCache
	base := date("2014-01-01")
	for range 20000 {
		d := base.AddDays(r.IntN(4 * rollSlots))
		want := cal.NextWorkday(d)
		if got := c.next(cal, d); got != want {
			t.Fatalf("next(%s) = %s, want %s", d, got, want)
		}
		if got := none.next(cal, d); got != want {
			t.Fatalf("nil cache: next(%s) = %s, want %s", d, got, want)
		}
	}
}
