package task

import (
	"math/rand/v2"
	"strconv"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// The benchmark data: a province-year of tasks, 60 lead units, 6 assigners,
// dates over 2023, summarised as of 2023-12-31.

var benchAsOf = calendar.NewDate(2023, 12, 31)

// benchUnits returns the 60 lead units: Kon Tum's 30 units (2023)
// and 30 more with ids of the same shape.
func benchUnits() []regulation.UnitID {
	units := []regulation.UnitID{"UBND", "VP", "SNV", "STP", "SKHDT", "STC", "SCT", "SNNPTNT",
		"SGTVT", "SXD", "STNMT", "STTTT", "SLDTBXH", "SVHTTDL", "SKHCN", "SGDDT", "SYT", "TTT",
		"BDT", "BQLKKT", "TPKT", "HDG", "HNH", "HDT", "HKPL", "HKR", "HDH", "HST", "HTMR", "HIHD"}
	for i := len(units); i < 60; i++ {
		units = append(units, regulation.UnitID("DV"+strconv.Itoa(i)))
	}
	return units
}

// benchOptions says which optional fields the generated tasks carry.
type benchOptions struct {
	full bool // source documents and coordinating units
}

// benchTasks generates n tasks from a fixed seed: about 97% with one lead
// unit (2% with none, 1% with two), 95% with a due date 5 to 60 days after
// the assignment, 80% done (some late, some after as-of), 3% with
// extensions (some unapproved, some late). Lead lists are allocated per
// task, as a decoder would; unit ids are shared.
func benchTasks(n int, o benchOptions) []Task {
	r := rand.New(rand.NewPCG(2023, 56))
	units := benchUnits()
	docs := make([]string, 500)
	for i := range docs {
		docs[i] = strconv.Itoa(i+1) + "/UBND-KTTH"
	}
	start := calendar.NewDate(2023, 1, 1)
	ts := make([]Task, n)
	for i := range ts {
		t := Task{
			ID:       "T" + strconv.Itoa(i),
			Assigner: Assigner(1 + r.IntN(numAssigners-1)),
			Assigned: start.AddDays(r.IntN(365)),
		}
		switch k := r.IntN(100); {
		case k < 2:
			t.Lead = []regulation.UnitID{}
		case k < 3:
			t.Lead = []regulation.UnitID{units[r.IntN(60)], units[r.IntN(60)]}
		default:
			t.Lead = []regulation.UnitID{units[r.IntN(60)]}
		}
		if r.IntN(100) < 95 {
			t.Due = t.Assigned.AddDays(5 + r.IntN(56))
		}
		if r.IntN(100) < 80 {
			base := t.Due
			if base.IsZero() {
				base = t.Assigned.AddDays(30)
			}
			t.Done = base.AddDays(r.IntN(36) - 25)
			if t.Done.Before(t.Assigned) {
				t.Done = t.Assigned
			}
		}
		if !t.Due.IsZero() && r.IntN(100) < 3 {
			e := Extension{Requested: t.Due.AddDays(-r.IntN(6)), NewDue: t.Due.AddDays(15)}
			if e.Requested.Before(t.Assigned) {
				e.Requested = t.Assigned
			}
			if r.IntN(4) > 0 {
				e.ApprovedBy = "p0"
			}
			t.Extensions = []Extension{e}
		}
		if o.full {
			t.SourceDoc = docs[r.IntN(len(docs))]
			t.Coordinators = []regulation.UnitID{units[r.IntN(60)], units[r.IntN(60)]}
		}
		ts[i] = t
	}
	return ts
}

// compactTask is a task reduced to what the summary needs, for the reference
// loop: the due date after extensions (zero when none), the done date, the
// index of the lead unit (noLead when not exactly one) and the assigner.
type compactTask struct {
	due, done calendar.Date
	lead      uint8
	assigner  Assigner
}

const noLead = 255

// compactOf reduces tasks to compactTask, with the lead units in order of
// first appearance.
func compactOf(ts []Task, rules *regulation.Rules) ([]compactTask, []regulation.UnitID) {
	var units []regulation.UnitID
	index := map[regulation.UnitID]uint8{}
	cs := make([]compactTask, len(ts))
	for i := range ts {
		t := &ts[i]
		c := compactTask{done: t.Done, assigner: t.Assigner, lead: noLead}
		if !t.Due.IsZero() {
			c.due = t.Due
			if len(t.Extensions) > 0 {
				c.due, _ = t.DeadlineAt(rules, benchAsOf)
			}
		}
		if len(t.Lead) == 1 {
			ix, ok := index[t.Lead[0]]
			if !ok {
				ix = uint8(len(units))
				index[t.Lead[0]] = ix
				units = append(units, t.Lead[0])
			}
			c.lead = ix
		}
		cs[i] = c
	}
	return cs, units
}

// referenceLoop is the hand-written one-pass loop that BenchmarkSummarize is
// measured against: statuses counted per lead index and per assigner over
// compact structs. It returns the counts per status in total, per lead
// index (noLead last) and per assigner.
func referenceLoop(cs []compactTask, cal *calendar.Calendar, asOf calendar.Date) (total [6]int, byLead [256][6]int, byAssigner [8][6]int) {
	for i := range cs {
		c := &cs[i]
		var st Status
		if c.due.IsZero() {
			st = StatusNoDeadline
		} else {
			deadline := cal.NextWorkday(c.due)
			if !c.done.IsZero() && !c.done.After(asOf) {
				if c.done.After(deadline) {
					st = StatusDoneLate
				} else {
					st = StatusDoneOnTime
				}
			} else if asOf.After(deadline) {
				st = StatusOverdue
			} else {
				st = StatusInProgress
			}
		}
		total[st]++
		byLead[c.lead][st]++
		byAssigner[c.assigner][st]++
	}
	return total, byLead, byAssigner
}

// TestReferenceAgrees proves that the reference loop of the benchmark
// computes the same figures as Summarize, so that the comparison is fair.
func TestReferenceAgrees(t *testing.T) {
	rules := regulation.KonTum2023()
	ts := benchTasks(20000, benchOptions{})
	cs, units := compactOf(ts, rules)
	total, byLead, byAssigner := referenceLoop(cs, rules.WorkCalendar(), benchAsOf)
	s := Summarize(ts, rules, benchAsOf)
	counts := func(n [6]int) Counts { t := tally(n); return t.counts() }

	if diff := cmp.Diff(counts(total), s.Total()); diff != "" {
		t.Errorf("total (-reference +Summarize):\n%s", diff)
	}
	want := map[regulation.UnitID]Counts{"": counts(byLead[noLead])}
	for i, u := range units {
		want[u] = counts(byLead[i])
	}
	got := map[regulation.UnitID]Counts{}
	for _, r := range s.ByLead() {
		got[r.Unit] = r.Counts
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("by lead (-reference +Summarize):\n%s", diff)
	}
	for _, r := range s.ByAssigner() {
		if diff := cmp.Diff(counts(byAssigner[r.Assigner]), r.Counts); diff != "" {
			t.Errorf("assigner %s (-reference +Summarize):\n%s", r.Assigner, diff)
		}
	}
	if s.Invalid() != 0 || s.Total().Tasks() != len(ts) || len(s.ByLead()) != 61 || len(s.ByAssigner()) != 6 {
		t.Errorf("invalid %d, tasks %d of %d, %d lead rows, %d assigner rows; want 0, all, 61, 6",
			s.Invalid(), s.Total().Tasks(), len(ts), len(s.ByLead()), len(s.ByAssigner()))
	}
}

var (
	benchData = map[benchKey][]Task{}
	benchMu   sync.Mutex
	sink      int
)

type benchKey struct {
	n int
	o benchOptions
}

func benchTasksCached(n int, o benchOptions) []Task {
	benchMu.Lock()
	defer benchMu.Unlock()
	k := benchKey{n, o}
	if ts, ok := benchData[k]; ok {
		return ts
	}
	ts := benchTasks(n, o)
	benchData[k] = ts
	return ts
}

var benchSizes = []int{1000, 1000000}

// BenchmarkSummarize measures Summarize over tasks with the fields of the
// issue: id, assigner, lead, assigned, due, done, a few extensions.
func BenchmarkSummarize(b *testing.B) {
	rules := regulation.KonTum2023()
	for _, n := range benchSizes {
		b.Run("tasks="+strconv.Itoa(n), func(b *testing.B) {
			ts := benchTasksCached(n, benchOptions{})
			b.ReportAllocs()
			for b.Loop() {
				s := Summarize(ts, rules, benchAsOf)
				sink += s.invalid
			}
		})
	}
}

// BenchmarkSummarizeWithoutRollCache is BenchmarkSummarize with a summary
// that asks the calendar for every deadline instead of its roll cache: the
// benchmark that shows what the cache is worth (see rollCache).
func BenchmarkSummarizeWithoutRollCache(b *testing.B) {
	rules := regulation.KonTum2023()
	for _, n := range benchSizes {
		b.Run("tasks="+strconv.Itoa(n), func(b *testing.B) {
			ts := benchTasksCached(n, benchOptions{})
			b.ReportAllocs()
			for b.Loop() {
				s := NewSummary(rules, benchAsOf, SummaryOptions{})
				s.rolls = nil
				for i := range ts {
					s.add(&ts[i])
				}
				sink += s.invalid
			}
		})
	}
}

// BenchmarkSummarizeFull is BenchmarkSummarize with a source document and
// two coordinating units on every task.
func BenchmarkSummarizeFull(b *testing.B) {
	rules := regulation.KonTum2023()
	for _, n := range benchSizes {
		b.Run("tasks="+strconv.Itoa(n), func(b *testing.B) {
			ts := benchTasksCached(n, benchOptions{full: true})
			b.ReportAllocs()
			for b.Loop() {
				s := Summarize(ts, rules, benchAsOf)
				sink += s.invalid
			}
		})
	}
}

// BenchmarkSummarizeReference is the hand-written loop over compact structs
// that BenchmarkSummarize is compared with.
func BenchmarkSummarizeReference(b *testing.B) {
	rules := regulation.KonTum2023()
	cal := rules.WorkCalendar()
	for _, n := range benchSizes {
		b.Run("tasks="+strconv.Itoa(n), func(b *testing.B) {
			cs, _ := compactOf(benchTasksCached(n, benchOptions{}), rules)
			b.ReportAllocs()
			for b.Loop() {
				total, _, _ := referenceLoop(cs, cal, benchAsOf)
				sink += total[StatusOverdue]
			}
		})
	}
}

// plainLoop is the loop an integrator would write without a Summary:
// StatusAt per task (after leaving out the tasks not assigned yet as of
// asOf) and Go maps per lead unit and per assigner. BenchmarkSummarize must
// stay at least 1.33× faster than it.
func plainLoop(ts []Task, rules *regulation.Rules, asOf calendar.Date) (total [numStatuses]int,
	byLead map[regulation.UnitID]*[numStatuses]int, byAssigner map[Assigner]*[numStatuses]int) {
	byLead = map[regulation.UnitID]*[numStatuses]int{}
	byAssigner = map[Assigner]*[numStatuses]int{}
	for i := range ts {
		t := &ts[i]
		if t.Assigned.After(asOf) {
			continue
		}
		st := t.StatusAt(rules, asOf)
		var unit regulation.UnitID
		if len(t.Lead) == 1 {
			unit = t.Lead[0]
		}
		l, ok := byLead[unit]
		if !ok {
			l = new([numStatuses]int)
			byLead[unit] = l
		}
		a, ok := byAssigner[t.Assigner]
		if !ok {
			a = new([numStatuses]int)
			byAssigner[t.Assigner] = a
		}
		total[st]++
		l[st]++
		a[st]++
	}
	return total, byLead, byAssigner
}

// TestPlainLoopAgrees proves that the plain loop of the benchmark computes
// the same figures as Summarize, so that the comparison is fair.
func TestPlainLoopAgrees(t *testing.T) {
	rules := regulation.KonTum2023()
	ts := benchTasks(20000, benchOptions{})
	total, byLead, byAssigner := plainLoop(ts, rules, benchAsOf)
	s := Summarize(ts, rules, benchAsOf)
	counts := func(n [numStatuses]int) Counts { t := tally(n); return t.counts() }
	if diff := cmp.Diff(counts(total), s.Total()); diff != "" {
		t.Errorf("total (-plain loop +Summarize):\n%s", diff)
	}
	want := map[regulation.UnitID]Counts{}
	for u, n := range byLead {
		want[u] = counts(*n)
	}
	got := map[regulation.UnitID]Counts{}
	for _, r := range s.ByLead() {
		got[r.Unit] = r.Counts
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("by lead (-plain loop +Summarize):\n%s", diff)
	}
	wantA := map[Assigner]Counts{}
	for a, n := range byAssigner {
		wantA[a] = counts(*n)
	}
	gotA := map[Assigner]Counts{}
	for _, r := range s.ByAssigner() {
		gotA[r.Assigner] = r.Counts
	}
	if diff := cmp.Diff(wantA, gotA); diff != "" {
		t.Errorf("by assigner (-plain loop +Summarize):\n%s", diff)
	}
}

// BenchmarkSummarizePlainLoop is the plain loop an integrator would write
// (plainLoop), which BenchmarkSummarize must beat by at least 1.33×.
func BenchmarkSummarizePlainLoop(b *testing.B) {
	rules := regulation.KonTum2023()
	for _, n := range benchSizes {
		b.Run("tasks="+strconv.Itoa(n), func(b *testing.B) {
			ts := benchTasksCached(n, benchOptions{})
			b.ReportAllocs()
			for b.Loop() {
				total, _, _ := plainLoop(ts, rules, benchAsOf)
				sink += total[StatusOverdue]
			}
		})
	}
}
