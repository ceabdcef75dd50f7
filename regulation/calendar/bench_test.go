package calendar

import (
	"math/rand/v2"
	"testing"
)

// benchN is the number of inputs the benchmarks cycle through (a power of 2).
const benchN = 1 << 10

// benchInputs returns pseudo-random dates in the covered range, their day
// indices, and small working-day counts, the same for every benchmark.
func benchInputs() (dates []Date, idx []int32, ns []int) {
	r := rand.New(rand.NewPCG(3, 4))
	for range benchN {
		i := r.Int32N(coverDays - 400)
		dates = append(dates, fromUnixDay(coverFirst+int64(i)))
		idx = append(idx, i)
		ns = append(ns, r.IntN(200)-100)
	}
	return dates, idx, ns
}

var (
	sinkInt  int
	sinkBool bool
	sinkDate Date
)

// BenchmarkReferencePrefixSum is the floor the working-day queries are
// measured against: a bare prefix-sum table indexed by day number.
func BenchmarkReferencePrefixSum(b *testing.B) {
	cum := make([]int32, coverDays+1)
	for i := range coverDays {
		cum[i+1] = cum[i]
		if !isWeekend(coverFirst + int64(i)) {
			cum[i+1]++
		}
	}
	_, idx, _ := benchInputs()
	s := 0
	for i := 0; b.Loop(); i++ {
		s += int(cum[idx[(i+1)&(benchN-1)]] - cum[idx[i&(benchN-1)]])
	}
	sinkInt = s
}

func BenchmarkCountWorkdays(b *testing.B) {
	c := Vietnam()
	dates, _, _ := benchInputs()
	s := 0
	for i := 0; b.Loop(); i++ {
		s += c.CountWorkdays(dates[i&(benchN-1)], dates[(i+1)&(benchN-1)])
	}
	sinkInt = s
}

func BenchmarkAddWorkdays(b *testing.B) {
	c := Vietnam()
	dates, _, ns := benchInputs()
	var x Date
	for i := 0; b.Loop(); i++ {
		x = c.AddWorkdays(dates[i&(benchN-1)], ns[i&(benchN-1)])
	}
	sinkDate = x
}

func BenchmarkIsWorkday(b *testing.B) {
	c := Vietnam()
	dates, _, _ := benchInputs()
	n := 0
	for i := 0; b.Loop(); i++ {
		if c.IsWorkday(dates[i&(benchN-1)]) {
			n++
		}
	}
	sinkInt = n
}

// BenchmarkCountWorkdaysFar measures the closed-form path outside the
// covered range.
func BenchmarkCountWorkdaysFar(b *testing.B) {
	c := Vietnam()
	dates, _, _ := benchInputs()
	s := 0
	for i := 0; b.Loop(); i++ {
		s += c.CountWorkdays(dates[i&(benchN-1)].AddDays(-40000), dates[(i+1)&(benchN-1)].AddDays(40000))
	}
	sinkInt = s
}

func BenchmarkDeadline(b *testing.B) {
	c := Vietnam()
	dates, _, ns := benchInputs()
	var x Date
	for i := 0; b.Loop(); i++ {
		x = c.Deadline(dates[i&(benchN-1)], Days(ns[i&(benchN-1)]))
	}
	sinkDate = x
}

func BenchmarkExplain(b *testing.B) {
	c := Vietnam()
	dates, _, _ := benchInputs()
	for i := 0; b.Loop(); i++ {
		sinkBool = c.Explain(dates[i&(benchN-1)]).Workday
	}
}

func BenchmarkToLunar(b *testing.B) {
	dates, _, _ := benchInputs()
	for i := 0; b.Loop(); i++ {
		sinkInt = ToLunar(dates[i&(benchN-1)]).Day
	}
}

// BenchmarkExplainDeadline measures the explaining form of Deadline, which
// may allocate: it lists the days behind each deadline.
func BenchmarkExplainDeadline(b *testing.B) {
	c := Vietnam()
	dates, _, ns := benchInputs()
	n := 0
	for i := 0; b.Loop(); i++ {
		n += len(c.ExplainDeadline(dates[i&(benchN-1)], WorkingDays(ns[i&(benchN-1)])).Days)
	}
	sinkInt = n
}

// BenchmarkExplainDeadlineText adds the bilingual text to the explanation.
func BenchmarkExplainDeadlineText(b *testing.B) {
	c := Vietnam()
	dates, _, ns := benchInputs()
	n := 0
	for i := 0; b.Loop(); i++ {
		e := c.ExplainDeadline(dates[i&(benchN-1)], WorkingDays(ns[i&(benchN-1)]))
		n += len(e.Vietnamese()) + len(e.English())
	}
	sinkInt = n
}

// BenchmarkExtend measures building a calendar from Vietnam() and one
// holiday added as data: the cost of decoding a rule set with calendar data.
func BenchmarkExtend(b *testing.B) {
	h := Holiday{Name: Name{VI: "Ngày lễ", EN: "Holiday"}, Month: 6, Day: 1, StartYear: 2030, Source: "bench"}
	for b.Loop() {
		c, err := Vietnam().WithHoliday(h)
		if err != nil {
			b.Fatal(err)
		}
		sinkInt = len(c.labels)
	}
}
