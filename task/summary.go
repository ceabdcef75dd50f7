package task

import (
	"cmp"
	"encoding/json"
	"math/big"
	"math/bits"
	"slices"
	"strconv"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// Counts are the numbers of tasks per status in one group of a [Summary].
// WithDeadline = InProgress + Overdue + DoneOnTime + DoneLate, and Late =
// Overdue + DoneLate (the figure of letter 56/UBND-KTTH, footnote 1). The
// json tags give the form of the "tasks" object of quyche.findings/v1.
type Counts struct {
	WithDeadline int `json:"with_deadline"`
	Late         int `json:"late"`
	Overdue      int `json:"overdue"`
	DoneLate     int `json:"done_late"`
	InProgress   int `json:"in_progress"`
	DoneOnTime   int `json:"done_on_time"`
	NoDeadline   int `json:"no_deadline"`
}

// Tasks returns the number of tasks counted: with a deadline or without.
func (c Counts) Tasks() int { return c.WithDeadline + c.NoDeadline }

// Of returns the number of tasks with status s; 0 for StatusUnknown or a
// value out of range.
func (c Counts) Of(s Status) int {
	switch s {
	case StatusNoDeadline:
		return c.NoDeadline
	case StatusInProgress:
		return c.InProgress
	case StatusOverdue:
		return c.Overdue
	case StatusDoneOnTime:
		return c.DoneOnTime
	case StatusDoneLate:
		return c.DoneLate
	}
	return 0
}

// LateRate returns Late / WithDeadline, and false when no task has a
// deadline.
func (c Counts) LateRate() (Rate, bool) {
	if c.WithDeadline == 0 {
		return Rate{}, false
	}
	return Rate{Num: c.Late, Den: c.WithDeadline}, true
}

// Rate is an exact fraction Num/Den, such as the share of tasks that are
// late (222/1206). The zero value has no meaning: a Rate comes with a
// non-zero Den.
type Rate struct {
	Num int `json:"num"`
	Den int `json:"den"`
}

// Percent returns the rate as a percentage rounded half up to one decimal,
// computed in exact integer arithmetic (no floating point): 222/1206 gives
// "18.4", 1/8 gives "12.5", 1/16 gives "6.3", 0/5 gives "0.0". Half up means
// toward +∞ for a negative rate: -1/16 gives "-6.2". A zero Den gives "".
func (r Rate) Percent() string {
	if r.Den == 0 {
		return ""
	}
	num, den := big.NewInt(int64(r.Num)), big.NewInt(int64(r.Den))
	if den.Sign() < 0 {
		num.Neg(num)
		den.Neg(den)
	}
	// tenths of a percent, rounded half up: ⌊(2000·num + den) / (2·den)⌋.
	n := new(big.Int).Mul(num, big.NewInt(2000))
	n.Add(n, den)
	d := new(big.Int).Mul(den, big.NewInt(2))
	t := n.Div(n, d) // Euclidean division: the floor for d > 0
	neg := t.Sign() < 0
	t.Abs(t)
	q, rem := new(big.Int).QuoRem(t, big.NewInt(10), new(big.Int))
	s := q.String() + "." + rem.String()
	if neg {
		s = "-" + s
	}
	return s
}

// String returns "222/1206 (18.4%)".
func (r Rate) String() string {
	return strconv.Itoa(r.Num) + "/" + strconv.Itoa(r.Den) + " (" + r.Percent() + "%)"
}

// MarshalJSON writes {"num":222,"den":1206,"percent":"18.4"}.
func (r Rate) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 48)
	b = append(b, `{"num":`...)
	b = strconv.AppendInt(b, int64(r.Num), 10)
	b = append(b, `,"den":`...)
	b = strconv.AppendInt(b, int64(r.Den), 10)
	b = append(b, `,"percent":`...)
	b = strconv.AppendQuote(b, r.Percent())
	return append(b, '}'), nil
}

// LeadRow is the line of a [Summary] for one lead unit. Unit "" holds the
// tasks that have not exactly one lead unit.
type LeadRow struct {
	Unit regulation.UnitID
	Counts
}

// AssignerRow is the line of a [Summary] for one assigner.
type AssignerRow struct {
	Assigner Assigner
	Counts
}

// SummaryOptions are the optional inputs of [NewSummary].
type SummaryOptions struct {
	// Directory, when set, is used to look up the units and people that
	// tasks name: a task naming an unknown one is invalid, as [Check] with
	// the same directory reports. When nil, units and people are not looked
	// up. This differs from the checks, for which a nil directory is
	// input.invalid: a summary of a stream of tasks may have no directory
	// at hand.
	Directory *regulation.Directory

	// Period, when set, is the reporting period of the summary: only the
	// valid tasks assigned in it are counted ("the tasks with a deadline
	// assigned in 2023"), as of the summary's as-of date, usually the end of
	// the period. The other valid tasks are counted by [Summary.Outside]. A
	// period whose To is before its From holds no task. The zero period
	// selects every task.
	Period regulation.ReportingPeriod
}

// Summary counts tasks per status as of a date: in total, per lead unit and
// per assigner (the figures of letter 56/UBND-KTTH, footnote 1). It is an
// accumulator: [Summary.Add] takes one task at a time, so that a stream of
// tasks never has to be held in memory; its memory grows with the number of
// distinct lead units, not with the number of tasks. Tasks that [Check]
// would report as input.invalid are left out and counted by
// [Summary.Invalid], whatever their dates. Valid tasks that do not exist yet
// as of the summary's date (assigned after it) or that were assigned
// outside its reporting period ([SummaryOptions].Period) are left out and
// counted by [Summary.Outside]: nothing is dropped silently. As of the zero
// date no task exists yet, so a summary as of the zero date counts every
// valid task as outside. A Summary does not detect duplicate task ids: that
// needs memory per task, and belongs to whoever reads the list.
//
// Build one with [NewSummary] (or [Summarize] over a slice). The zero
// Summary is ready to use, as one with a nil rule set (the Vietnam calendar,
// every parameter zero) as of the zero date, which counts no task. A
// Summary is not safe for concurrent use; do not copy one between calls to
// Add.
type Summary struct {
	cal        *calendar.Calendar
	extLead    int // rules.Task.ExtensionLead
	asOf       calendar.Date
	period     regulation.ReportingPeriod
	dir        *regulation.Directory
	ready      bool
	invalid    int
	outside    int // valid tasks not assigned yet as of asOf, or outside period
	byAssigner [numAssigners]tally
	units      tkUnitTable // lead unit → index in rows and leads
	rows       []tally
	leads      []regulation.UnitID
	docs       docMemo
	rolls      *tkRollCache // allocated by init, so that copies stay small
}

// tally counts tasks by Status.
type tally [numStatuses]int

func (t *tally) counts() Counts {
	c := Counts{
		Overdue:    t[StatusOverdue],
		DoneLate:   t[StatusDoneLate],
		InProgress: t[StatusInProgress],
		DoneOnTime: t[StatusDoneOnTime],
		NoDeadline: t[StatusNoDeadline],
	}
	c.Late = c.Overdue + c.DoneLate
	c.WithDeadline = c.Late + c.InProgress + c.DoneOnTime
	return c
}

// NewSummary returns an empty summary of tasks as of asOf under rules. A nil
// rules is an empty rule set: the Vietnam calendar, every parameter zero. A
// zero asOf counts no task: none exists yet (see [Summary]).
func NewSummary(rules *regulation.Rules, asOf calendar.Date, opts SummaryOptions) *Summary {
	s := &Summary{asOf: asOf, dir: opts.Directory, period: opts.Period}
	s.init(rules)
	return s
}

func (s *Summary) init(rules *regulation.Rules) {
	rules = rulesOrEmpty(rules)
	s.cal = rules.WorkCalendar()
	s.extLead = rules.Task.ExtensionLead
	s.rolls = new(tkRollCache)
	s.ready = true
}

// Summarize returns the summary of tasks as of asOf under rules: the
// convenience of [NewSummary] and [Summary.Add] over a slice, without a
// directory. It returns the Summary by value, ready to read or to Add more
// tasks to.
func Summarize(tasks []Task, rules *regulation.Rules, asOf calendar.Date) Summary {
	s := NewSummary(rules, asOf, SummaryOptions{})
	for i := range tasks {
		s.add(&tasks[i])
	}
	return *s
}

// Add counts one task. An invalid task (see [Check]) is counted as invalid
// only; a valid task assigned after the summary's as-of date, or outside its
// reporting period, as outside only. Add allocates nothing per task, except
// the first time a lead unit or a source document number appears (a
// summary remembers the validity of up to 4096 distinct numbers of up to 64
// bytes; others are parsed each time) and for a task with more than 16
// extensions out of order.
func (s *Summary) Add(t Task) { s.add(&t) }

func (s *Summary) add(t *Task) {
	if !s.ready {
		s.init(nil)
	}
	if !validTask(t, s.dir, &s.docs) {
		s.invalid++
		return
	}
	if !regulation.Exists(t.Assigned, s.asOf) || !s.period.Contains(t.Assigned) {
		s.outside++
		return
	}
	var st Status
	switch {
	case t.Due.IsZero():
		st = StatusNoDeadline
	case len(t.Extensions) == 0:
		// The roll cache, inlined: see tkRollCache.next.
		c, i := s.rolls, uint(t.Due.Sub(tkRollEpoch))%tkRollSlots
		deadline := c.rolled[i]
		if c.due[i] != t.Due {
			deadline = c.next(s.cal, t.Due)
		}
		st = statusFor(t, deadline, s.asOf)
	default:
		st = statusOf(t, s.cal, s.extLead, s.asOf)
	}
	s.byAssigner[t.Assigner][st]++ // validateTask checked the range
	var unit regulation.UnitID
	if len(t.Lead) == 1 {
		unit = t.Lead[0]
	}
	// tkUnitTable.get, inlined for ids of 1 to 8 bytes.
	ix := -1
	if n, u := len(unit), &s.units; uint(n-1) < 8 && len(u.slots) > 0 {
		key, mask := tkPackHead(unit)|tkPackTail(unit)<<32, uint64(len(u.slots)-1) // tkPack, inlined
		for i := u.slot(key, uint8(n)); ; i = (i + 1) & mask {
			sl := &u.slots[i]
			if sl.key == key && sl.n == uint8(n) {
				ix = int(sl.ix)
				break
			}
			if sl.n == 0 {
				break
			}
		}
	}
	if ix < 0 {
		ix = s.rowSlow(unit)
	}
	s.rows[ix][st]++
}

// rowSlow returns the index in s.rows of the lead unit, adding a row the
// first time the unit appears.
func (s *Summary) rowSlow(unit regulation.UnitID) int {
	ix, ok := s.units.get(unit)
	if !ok {
		ix = len(s.rows)
		s.units.put(unit, ix)
		s.rows = append(s.rows, tally{})
		s.leads = append(s.leads, unit)
	}
	return ix
}

// AsOf returns the date the summary is as of.
func (s Summary) AsOf() calendar.Date { return s.asOf }

// Period returns the reporting period of the summary; the zero period
// when it selects every task.
func (s Summary) Period() regulation.ReportingPeriod { return s.period }

// Total returns the counts over all valid tasks.
func (s Summary) Total() Counts {
	var t tally
	for a := range s.byAssigner {
		for st, n := range s.byAssigner[a] {
			t[st] += n
		}
	}
	return t.counts()
}

// Invalid returns the number of tasks left out because they cannot be
// checked (input.invalid).
func (s Summary) Invalid() int { return s.invalid }

// Outside returns the number of valid tasks left out because they do not
// exist yet as of the summary's date (assigned after it) or were assigned
// outside its reporting period.
func (s Summary) Outside() int { return s.outside }

// Lead returns the counts of the tasks led by unit ("" for the tasks that
// have not exactly one lead unit), and false when there is none.
func (s Summary) Lead(unit regulation.UnitID) (Counts, bool) {
	ix, ok := s.units.get(unit)
	if !ok {
		return Counts{}, false
	}
	return s.rows[ix].counts(), true
}

// ByLead returns one row per lead unit that has tasks, sorted by unit id
// compared byte-wise (so the row "" of tasks without exactly one lead unit
// comes first). The slice is fresh.
func (s Summary) ByLead() []LeadRow {
	rows := make([]LeadRow, 0, len(s.rows))
	for ix, unit := range s.leads {
		rows = append(rows, LeadRow{Unit: unit, Counts: s.rows[ix].counts()})
	}
	slices.SortFunc(rows, func(a, b LeadRow) int { return cmp.Compare(a.Unit, b.Unit) })
	return rows
}

// ByAssigner returns one row per assigner that has tasks, in the order of
// the Assigner constants. The slice is fresh.
func (s Summary) ByAssigner() []AssignerRow {
	var rows []AssignerRow
	for a := AssignerGovernment; int(a) < numAssigners; a++ {
		c := s.byAssigner[a].counts()
		if c.Tasks() > 0 {
			rows = append(rows, AssignerRow{Assigner: a, Counts: c})
		}
	}
	return rows
}

// rateJSON renders a late rate, null when there is none.
func rateJSON(c Counts) *Rate {
	if r, ok := c.LateRate(); ok {
		return &r
	}
	return nil
}

// MarshalJSON writes the summary as the "tasks" object of
// quyche.findings/v1 (api.md): "as_of" (left out for the zero date),
// "period" ({"from": …, "to": …}, an open end left out; no "period" when
// the summary has none), the counts, "invalid", "outside", "late_rate" (null
// when no task has a deadline), "by_lead" and "by_assigner" (empty lists,
// not null, when there are no rows), each row with its counts and late
// rate. A date outside the years 0001 to 9999 cannot be written: it is an
// error.
func (s Summary) MarshalJSON() ([]byte, error) {
	type leadJSON struct {
		Unit regulation.UnitID `json:"unit"`
		Counts
		LateRate *Rate `json:"late_rate"`
	}
	type assignerJSON struct {
		Assigner Assigner `json:"assigner"`
		Counts
		LateRate *Rate `json:"late_rate"`
	}
	total := s.Total()
	j := struct {
		AsOf   calendar.Date               `json:"as_of,omitzero"`
		Period *regulation.ReportingPeriod `json:"period,omitempty"`
		Counts
		Invalid    int            `json:"invalid"`
		Outside    int            `json:"outside"`
		LateRate   *Rate          `json:"late_rate"`
		ByLead     []leadJSON     `json:"by_lead"`
		ByAssigner []assignerJSON `json:"by_assigner"`
	}{AsOf: s.asOf, Counts: total, Invalid: s.invalid, Outside: s.outside, LateRate: rateJSON(total),
		ByLead: []leadJSON{}, ByAssigner: []assignerJSON{}}
	if !s.period.IsZero() {
		j.Period = &s.period
	}
	for _, r := range s.ByLead() {
		j.ByLead = append(j.ByLead, leadJSON{Unit: r.Unit, Counts: r.Counts, LateRate: rateJSON(r.Counts)})
	}
	for _, r := range s.ByAssigner() {
		j.ByAssigner = append(j.ByAssigner, assignerJSON{Assigner: r.Assigner, Counts: r.Counts, LateRate: rateJSON(r.Counts)})
	}
	return json.Marshal(j)
}

// tkRollCache remembers the working day on or after each due date it was
// asked about (calendar.Calendar.NextWorkday), in a direct-mapped table: the
// tasks of a summary share few due dates (a few hundred a year), and a hit
// is one comparison instead of a calendar query.
type tkRollCache struct {
	due, rolled [tkRollSlots]calendar.Date // a zero due marks a free slot
}

const tkRollSlots = 1024

// tkRollEpoch is any fixed date: slots are days from it, modulo tkRollSlots.
var tkRollEpoch = calendar.NewDate(2000, 1, 1)

// next returns cal.NextWorkday(d) for a non-zero d; the cache must always
// be used with the same calendar.
func (c *tkRollCache) next(cal *calendar.Calendar, d calendar.Date) calendar.Date {
	i := uint(d.Sub(tkRollEpoch)) % tkRollSlots
	if c.due[i] == d {
		return c.rolled[i]
	}
	n := cal.NextWorkday(d)
	c.due[i], c.rolled[i] = d, n
	return n
}

// docMemoMax bounds the number of document numbers a Summary remembers,
// and docMemoLen their length, so that its memory does not grow with the
// number of tasks.
const (
	docMemoMax = 4096
	docMemoLen = 64
)

// docMemo remembers whether source document numbers are valid, so that a
// summary parses each distinct number once (tasks share their assigning
// documents). Its answers are those of docValid; a nil *docMemo
// remembers nothing.
type docMemo struct{ m map[string]bool }

func (d *docMemo) valid(s string) bool {
	if d == nil {
		return docValid(s)
	}
	if ok, hit := d.m[s]; hit {
		return ok
	}
	ok := docValid(s)
	if len(s) <= docMemoLen && len(d.m) < docMemoMax {
		if d.m == nil {
			d.m = make(map[string]bool)
		}
		d.m[s] = ok
	}
	return ok
}

// tkUnitTable maps unit ids to dense indexes. Summary.Add looks up one unit
// per task, so the table is built for that: ids of up to 8 bytes (all the
// ids of kontum.md) are packed into an integer key and found in an
// open-addressing table without hashing or comparing strings; longer ids go
// to a map. The zero value is an empty table.
type tkUnitTable struct {
	slots []tkUnitSlot // power-of-two length; n == 0 marks a free slot
	used  int
	shift uint // 64 - log2(len(slots))
	empty int  // index of "" plus one; 0 when absent
	long  map[regulation.UnitID]int
}

type tkUnitSlot struct {
	key uint64 // the bytes of the id, see tkPack
	n   uint8  // the length of the id, 1 to 8
	ix  int32
}

// tkPack returns the bytes of an id of 1 to 8 bytes as an integer key: the
// first four and the last four bytes, overlapping or repeated for shorter
// ids, so that (key, length) determines the id. Indexes are clamped rather
// than branched on, so that ids of varying length cost the same.
func tkPack(s regulation.UnitID) uint64 { return tkPackHead(s) | tkPackTail(s)<<32 }

// tkPackHead packs the first four bytes of s (the last one repeated when s
// is shorter); tkPackTail the last four (the first one repeated). The byte
// positions come from a table by length, so that ids of varying length
// cost the same, without branches; split in two, each is small enough for
// the compiler to inline.
func tkPackHead(s regulation.UnitID) uint64 {
	p := &tkPackPos[len(s)&7]
	return uint64(s[p[0]]) | uint64(s[p[1]])<<8 | uint64(s[p[2]])<<16 | uint64(s[p[3]])<<24
}

func tkPackTail(s regulation.UnitID) uint64 {
	p := &tkPackPos[len(s)&7]
	return uint64(s[p[4]]) | uint64(s[p[5]])<<8 | uint64(s[p[6]])<<16 | uint64(s[p[7]])<<24
}

// tkPackPos lists, for ids of length n (index n mod 8, so 0 stands for 8),
// the positions of the bytes that tkPack reads: min(k, n-1) for k = 0..3,
// then max(n-4+k, 0).
var tkPackPos = [8][8]uint8{
	{0, 1, 2, 3, 4, 5, 6, 7}, // 8
	{0, 0, 0, 0, 0, 0, 0, 0}, // 1
	{0, 1, 1, 1, 0, 0, 0, 1}, // 2
	{0, 1, 2, 2, 0, 0, 1, 2}, // 3
	{0, 1, 2, 3, 0, 1, 2, 3}, // 4
	{0, 1, 2, 3, 1, 2, 3, 4}, // 5
	{0, 1, 2, 3, 2, 3, 4, 5}, // 6
	{0, 1, 2, 3, 3, 4, 5, 6}, // 7
}

func (u *tkUnitTable) slot(key uint64, n uint8) uint64 {
	return ((key ^ uint64(n)) * 0x9E3779B97F4A7C15) >> u.shift
}

func (u *tkUnitTable) get(id regulation.UnitID) (int, bool) {
	switch n := len(id); {
	case n == 0:
		return max(u.empty-1, 0), u.empty > 0
	case n <= 8:
		if len(u.slots) == 0 {
			return 0, false
		}
		key, mask := tkPack(id), uint64(len(u.slots)-1)
		for i := u.slot(key, uint8(n)); ; i = (i + 1) & mask {
			sl := &u.slots[i]
			if sl.key == key && sl.n == uint8(n) {
				return int(sl.ix), true
			}
			if sl.n == 0 {
				return 0, false
			}
		}
	}
	ix, ok := u.long[id]
	return ix, ok
}

// put adds id, which must not be in the table, with index ix.
func (u *tkUnitTable) put(id regulation.UnitID, ix int) {
	switch n := len(id); {
	case n == 0:
		u.empty = ix + 1
	case n <= 8:
		if 8*(u.used+1) > len(u.slots) { // at most an eighth full: most lookups hit the first slot
			u.grow()
		}
		u.insert(tkUnitSlot{key: tkPack(id), n: uint8(n), ix: int32(ix)})
		u.used++
	default:
		if u.long == nil {
			u.long = make(map[regulation.UnitID]int)
		}
		u.long[id] = ix
	}
}

func (u *tkUnitTable) insert(s tkUnitSlot) {
	mask := uint64(len(u.slots) - 1)
	i := u.slot(s.key, s.n)
	for u.slots[i].n != 0 {
		i = (i + 1) & mask
	}
	u.slots[i] = s
}

func (u *tkUnitTable) grow() {
	old := u.slots
	size := max(64, 2*len(old))
	u.slots = make([]tkUnitSlot, size)
	u.shift = uint(64 - bits.TrailingZeros(uint(size)))
	for _, s := range old {
		if s.n != 0 {
			u.insert(s)
		}
	}
}
