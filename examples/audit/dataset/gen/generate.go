package main

import (
	"github.com/quyche/quyche/examples/casefile"
	"math/rand/v2"
	"time"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// seed is the seed of every random stream; each part of the dataset draws
// from its own stream (seed, part), so that changing one part leaves the
// others as they were.
const seed = 20231231

// Streams, one per part of the dataset.
const (
	streamPeople uint64 = iota + 1
	streamTasks
	streamMeetings
	streamRecords
	streamConsultations
	streamSubmissions
)

// The year of the dataset and its as-of date.
var (
	yearStart = d(2023, 1, 1)
	asOf      = d(2023, 12, 31)
	// lastDay is the last working day of 2023: nothing recorded in the
	// dataset happens after it.
	lastDay = d(2023, 12, 29)
	// inForce is the first day of the Kon Tum regulation of 2023.
	inForce = d(2023, 10, 14)
)

// d is a short constructor for dates.
func d(y int, m time.Month, day int) calendar.Date { return calendar.NewDate(y, m, day) }

// gen holds what the parts of the generator share: the rule set (for its
// calendar and parameters), the province's units and people.
type gen struct {
	rules *regulation.Rules
	cal   *calendar.Calendar
	prov  *province
}

// generate builds the whole case file.
func generate() *caseFile {
	rules := regulation.KonTum2023()
	g := &gen{rules: rules, cal: rules.WorkCalendar()}
	g.prov = newProvince(newRand(streamPeople))
	c := &caseFile{casefile.Case{
		Schema:  casefile.Schema,
		RulesID: rules.ID,
		AsOf:    asOf,
		Units:   g.prov.units,
		People:  g.prov.people,
		Members: g.prov.members,
	}}
	c.Tasks = g.tasks(newRand(streamTasks))
	c.Consultations = g.consultations(newRand(streamConsultations), c.Tasks)
	c.Submissions = g.submissions(newRand(streamSubmissions), c.Consultations, c.Tasks)
	plans := g.meetings(newRand(streamMeetings))
	for _, p := range plans {
		c.Meetings = append(c.Meetings, p.m)
	}
	c.Records, c.Delegations = g.records(newRand(streamRecords), plans)
	return c
}

// newRand returns the random stream of one part of the dataset.
func newRand(stream uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, stream)) }

// between returns a random integer in [lo, hi]; lo when hi < lo.
func between(r *rand.Rand, lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + r.IntN(hi-lo+1)
}

// chance reports true with a probability of pct percent.
func chance(r *rand.Rand, pct int) bool { return r.IntN(100) < pct }

// pick returns a random element of xs, which must not be empty.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// weighted returns a random index of weights, each with a probability
// proportional to its (non-negative integer) weight; integers keep the
// draw the same on every platform.
func weighted(r *rand.Rand, weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	x := r.IntN(total)
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

// sample draws k distinct indexes of weights without replacement, each
// draw with a probability proportional to the weights left, and reports
// which were drawn.
func sample(r *rand.Rand, weights []int, k int) []bool {
	w := append([]int(nil), weights...)
	chosen := make([]bool, len(w))
	for range k {
		i := weighted(r, w)
		chosen[i] = true
		w[i] = 0
	}
	return chosen
}

// workdayIn returns a random working day in [from, to], or the first
// working day after to when there is none.
func (g *gen) workdayIn(r *rand.Rand, from, to calendar.Date) calendar.Date {
	n := g.cal.CountWorkdays(from.AddDays(-1), to)
	if n <= 0 {
		return g.cal.NextWorkday(to)
	}
	return g.cal.AddWorkdays(from.AddDays(-1), between(r, 1, n))
}

// monthWeights gives the share of the year's activity in each month:
// the final quarter, when letter 56/UBND-KTTH's regulation came into force,
// is the busiest.
var monthWeights = [12]int{5, 4, 6, 6, 6, 6, 6, 6, 7, 15, 17, 16}

// workdayOfYear returns a random working day of 2023 between from and to,
// its month drawn with monthWeights.
func (g *gen) workdayOfYear(r *rand.Rand, from, to calendar.Date) calendar.Date {
	var w []int
	var months []time.Month
	for m := from.Month(); m <= to.Month(); m++ {
		months = append(months, m)
		w = append(w, monthWeights[m-1])
	}
	for {
		m := months[weighted(r, w)]
		lo, hi := d(2023, m, 1), d(2023, m+1, 1).AddDays(-1)
		if lo.Before(from) {
			lo = from
		}
		if hi.After(to) {
			hi = to
		}
		if g.cal.CountWorkdays(lo.AddDays(-1), hi) > 0 {
			return g.workdayIn(r, lo, hi)
		}
	}
}

// maxDate returns the later of a and b.
func maxDate(a, b calendar.Date) calendar.Date {
	if a.After(b) {
		return a
	}
	return b
}

// minDate returns the earlier of a and b.
func minDate(a, b calendar.Date) calendar.Date {
	if a.Before(b) {
		return a
	}
	return b
}

// at returns the time of day h:m on date day in Vietnam.
func at(day calendar.Date, h, m int) time.Time {
	return time.Date(day.Year(), day.Month(), day.Day(), h, m, 0, 0, calendar.Zone())
}
