package calendar

import "strings"

// DeadlineExplanation is a deadline with its reasons: the days that made it
// fall where it does, each with its reason and source, so that a message can
// say "hạn 15/02/2024 (08–14/02/2024: Tết Âm lịch, …)". ExplainDeadline and
// ExplainAddWorkdays return it. The zero value explains nothing: its Due is
// the zero Date.
type DeadlineExplanation struct {
	Event  Date   // the day of the event, not counted
	Period Period // the time limit; WorkingDays(n) for ExplainAddWorkdays
	// Last is the day the period ends on as counted, before a day off moves
	// it to a working day: Event+N days, weeks, months or years; for a limit
	// in working days, the N-th working day (Due itself), or Event for zero
	// working days.
	Last Date
	// Due is the deadline: Deadline(Event, Period), or AddWorkdays(Event, n)
	// for ExplainAddWorkdays. It differs from Last when Last is a day off.
	Due Date
	// Days lists the days that explain Due, in date order. When Due differs
	// from Last, these are the days off from Last to Due (weekly rest days
	// included). For a limit in working days they are the days between Event
	// and Due (Due included) that differ from a plain week: the days off
	// other than weekly rest days (holidays, compensations, swapped days),
	// which the count skipped, and the weekend days worked (DayKindMakeUp),
	// which it counted.
	Days []DayInfo
	// Version is the Version of the calendar that gave the answer.
	Version string
}

// Moved reports whether the period ended on a day off and the deadline moved
// to a working day (Civil Code 2015 Art. 148(5)).
func (e DeadlineExplanation) Moved() bool { return e.Last != e.Due }

// ExplainDeadline returns Deadline(event, p) with its reasons: the days off
// it skipped or rolled over, with their reasons and sources. It may
// allocate; Deadline does not.
func (c *Calendar) ExplainDeadline(event Date, p Period) DeadlineExplanation {
	e := DeadlineExplanation{Event: event, Period: p, Due: c.Deadline(event, p), Version: c.version}
	if e.Due.IsZero() {
		return e
	}
	n := clampSpan(int64(p.N))
	switch p.Unit {
	case PeriodDays:
		e.Last = fromUnixDay(event.unixDay() + n)
	case PeriodWorkingDays:
		e.Last = event
		if n != 0 {
			e.Last = c.AddWorkdays(event, int(n))
		}
	case PeriodWeeks:
		e.Last = fromUnixDay(event.unixDay() + 7*n)
	case PeriodMonths:
		e.Last = addMonths(event, n)
	case PeriodYears:
		e.Last = addMonths(event, 12*n)
	}
	if e.Moved() {
		e.Days = c.daysOff(e.Last, e.Due)
	} else if p.Unit == PeriodWorkingDays {
		e.Days = c.counted(event, e.Due)
	}
	return e
}

// ExplainAddWorkdays returns AddWorkdays(d, n) with its reasons: the days
// off other than weekly rest days that the count skipped and the weekend
// days it counted, with their reasons and sources. Its Period is
// WorkingDays(n), and its Last is its Due. It may allocate; AddWorkdays does
// not.
func (c *Calendar) ExplainAddWorkdays(d Date, n int) DeadlineExplanation {
	due := c.AddWorkdays(d, n)
	return DeadlineExplanation{Event: d, Period: WorkingDays(n), Last: due, Due: due,
		Days: c.counted(d, due), Version: c.version}
}

// daysOff returns the days off from last towards due, due excluded, in date
// order: the days a deadline rolled over.
func (c *Calendar) daysOff(last, due Date) []DayInfo {
	lo, hi := last.unixDay(), due.unixDay()-1 // forward: [last, due)
	if hi < lo {
		lo, hi = hi+2, lo // backward: (due, last]
	}
	var out []DayInfo
	for u := lo; u <= hi; u++ {
		if info := c.Explain(fromUnixDay(u)); !info.Workday {
			out = append(out, info)
		}
	}
	return out
}

// counted returns, in date order, the days between from and to (from
// excluded, to included; or the reverse when to is before from) that differ
// from a plain week: days off other than weekly rest days, and worked
// weekend days. Outside the covered range no day differs, so only the
// covered days are looked at.
func (c *Calendar) counted(from, to Date) []DayInfo {
	lo, hi := from.unixDay()+1, to.unixDay() // (from, to]
	if to.Before(from) {
		lo, hi = to.unixDay(), from.unixDay()-1 // [to, from)
	}
	lo, hi = max(lo, coverFirst), min(hi, coverFirst+int64(len(c.days))-1)
	var out []DayInfo
	for u := lo; u <= hi; u++ {
		if e := c.days[u-coverFirst]; (!e.work && e.kind != DayKindWeekend) || (e.work && isWeekend(u)) {
			out = append(out, c.Explain(fromUnixDay(u)))
		}
	}
	return out
}

// dayGroup is a run of listed days with the same reason and source.
type dayGroup struct {
	first, last Date
	reason      Reason
	source      string
}

// groups joins the days of e into runs: days with the same reason and
// source, consecutive or separated only by weekend days that are not listed
// (weekly rest days, which a count in working days does not list).
func (e DeadlineExplanation) groups() []dayGroup {
	var out []dayGroup
	for _, info := range e.Days {
		if n := len(out); n > 0 {
			g := &out[n-1]
			if g.reason == info.Reason && g.source == info.Source && onlyWeekendsBetween(g.last, info.Date) {
				g.last = info.Date
				continue
			}
		}
		out = append(out, dayGroup{info.Date, info.Date, info.Reason, info.Source})
	}
	return out
}

// onlyWeekendsBetween reports whether every day strictly between a and b
// (a before b) is a Saturday or a Sunday.
func onlyWeekendsBetween(a, b Date) bool {
	for u := a.unixDay() + 1; u < b.unixDay(); u++ {
		if !isWeekend(u) {
			return false
		}
	}
	return true
}

// Vietnamese describes e in Vietnamese, short enough for a message:
// "hạn 25/11/2026 (24/11/2026: Ngày Văn hóa Việt Nam, Resolution
// 28/2026/QH16 Art. 2)". Runs of days with the same reason and source are
// written as one range ("16–20/02/2026: Tết Âm lịch, 9441/TB-BNV"), each
// followed by its source; dates are written dd/mm/yyyy. When the period ended on a day off, the text says so
// first.
func (e DeadlineExplanation) Vietnamese() string {
	if e.Due.IsZero() {
		return "không có hạn"
	}
	var parts []string
	if e.Moved() {
		move := "chuyển sang ngày làm việc tiếp theo"
		if e.Due.Before(e.Last) {
			move = "chuyển về ngày làm việc liền trước"
		}
		parts = append(parts, "thời hạn kết thúc vào ngày nghỉ "+e.Last.Format()+", "+move)
	}
	for _, g := range e.groups() {
		parts = append(parts, groupText(g.reason.Vietnamese(), rangeVI(g.first, g.last), g.source))
	}
	return withParts("hạn "+e.Due.Format(), parts)
}

// English describes e in English, short enough for a message:
// "due 2026-11-25 (2026-11-24: Vietnamese Culture Day, Resolution
// 28/2026/QH16 Art. 2)". Runs of days with the same reason and source are
// written as one range ("2026-02-16 to 2026-02-20: Lunar New Year (Tết),
// 9441/TB-BNV"), each followed by its source; dates are written yyyy-mm-dd. When the period ended on a day off, the text says
// so first.
func (e DeadlineExplanation) English() string {
	if e.Due.IsZero() {
		return "no deadline"
	}
	var parts []string
	if e.Moved() {
		dir := "next"
		if e.Due.Before(e.Last) {
			dir = "previous"
		}
		parts = append(parts, "the period ends on "+e.Last.String()+", a day off, moved to the "+dir+" working day")
	}
	for _, g := range e.groups() {
		parts = append(parts, groupText(g.reason.English(), rangeEN(g.first, g.last), g.source))
	}
	return withParts("due "+e.Due.String(), parts)
}

// String returns the English description of e.
func (e DeadlineExplanation) String() string { return e.English() }

// groupText writes a run of days: its dates, its reason and its source.
func groupText(reason, dates, source string) string {
	s := dates + ": " + reason
	if source != "" {
		s += ", " + source
	}
	return s
}

// withParts appends the parts to head, in parentheses and separated by
// semicolons.
func withParts(head string, parts []string) string {
	if len(parts) == 0 {
		return head
	}
	return head + " (" + strings.Join(parts, "; ") + ")"
}

// rangeVI writes the days from a to b as Vietnamese documents do:
// "08–14/02/2024", "30/01–02/02/2025", "31/12/2029–01/01/2030", or one date.
func rangeVI(a, b Date) string {
	if a == b {
		return a.Format()
	}
	ay, am, _ := a.Date()
	by, bm, _ := b.Date()
	full := a.Format() // dd/mm/yyyy
	switch {
	case ay == by && am == bm:
		return full[:2] + "–" + b.Format()
	case ay == by:
		return full[:5] + "–" + b.Format()
	}
	return full + "–" + b.Format()
}

// rangeEN writes the days from a to b in ISO form: "2024-02-08 to
// 2024-02-14", or one date.
func rangeEN(a, b Date) string {
	if a == b {
		return a.String()
	}
	return a.String() + " to " + b.String()
}
