package task

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// Status is where a task stands as of a date. The zero value is
// StatusUnknown, which no task has once its status is computed.
type Status uint8

// Statuses; the comment gives each one's name in the case and findings
// files.
const (
	StatusUnknown    Status = iota
	StatusNoDeadline        // no_deadline: the task has no due date
	StatusInProgress        // in_progress: not done, the deadline has not passed
	StatusOverdue           // overdue: not done, the deadline has passed (quá hạn)
	StatusDoneOnTime        // done_on_time: done on or before the deadline
	StatusDoneLate          // done_late: done after the deadline (trễ hạn)
)

// numStatuses is the number of Status values, StatusUnknown included.
const numStatuses = int(StatusDoneLate) + 1

var statuses = regulation.DefineEnum[Status]("Status", []regulation.EnumValue{
	StatusUnknown:    {Label: regulation.Text{VI: "không rõ", EN: "unknown"}},
	StatusNoDeadline: {Name: "no_deadline", Label: regulation.Text{VI: "không có thời hạn", EN: "no deadline"}},
	StatusInProgress: {Name: "in_progress", Label: regulation.Text{VI: "đang thực hiện", EN: "in progress"}},
	StatusOverdue:    {Name: "overdue", Label: regulation.Text{VI: "quá hạn", EN: "overdue"}},
	StatusDoneOnTime: {Name: "done_on_time", Label: regulation.Text{VI: "hoàn thành đúng hạn", EN: "done on time"}},
	StatusDoneLate:   {Name: "done_late", Label: regulation.Text{VI: "hoàn thành trễ hạn", EN: "done late"}},
})

// String returns the snake_case name of s, "unknown" for StatusUnknown and
// "%!Status(n)" for a value out of range. It never panics.
func (s Status) String() string { return statuses.String(s) }

// MarshalText implements encoding.TextMarshaler; a value out of range is an
// error wrapping regulation.ErrUnknownValue.
func (s Status) MarshalText() ([]byte, error) { return statuses.Marshal(s) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is a
// *regulation.EnumError.
func (s *Status) UnmarshalText(b []byte) (err error) { *s, err = statuses.Parse(b); return err }

// Localize returns the Vietnamese or English name of s.
func (s Status) Localize(l regulation.Lang) string { return statuses.Localize(s, l) }

// IsLate reports whether s counts as late in the task summary (the figure of
// letter 56/UBND-KTTH, footnote 1): overdue or done late.
func (s Status) IsLate() bool { return s == StatusOverdue || s == StatusDoneLate }

// StatusAt returns the status of t as of asOf under rules, following the
// conventions of the Civil Code (Art. 147–148) for time limits:
//
//   - the deadline is the effective deadline as of asOf (see
//     [Task.DeadlineAt]): a due date means until 24:00 of that day, and a
//     due date on a day off moves to the next working day;
//   - a Done date after asOf has not happened yet: the task is not done as
//     of asOf;
//   - not done: overdue when asOf is after the deadline, else in progress;
//     done: late when done after the deadline, else on time.
//
// A task without a due date has StatusNoDeadline, done or not. StatusAt
// does not ask whether the task exists as of asOf: a task assigned after
// asOf gets the status it would have, although [Check] reports nothing
// about it and a [Summary] does not count it. For a task that [Check]
// reports as input.invalid the result is unspecified, but it never panics.
// A nil rules is an empty rule set: the Vietnam calendar, every parameter
// zero.
func (t Task) StatusAt(rules *regulation.Rules, asOf calendar.Date) Status {
	rules = rulesOrEmpty(rules)
	return statusOf(&t, rules.WorkCalendar(), rules.Task.ExtensionLead, asOf)
}

// statusOf computes the status of t as of asOf; it allocates nothing for
// tasks with at most 8 extensions.
func statusOf(t *Task, cal *calendar.Calendar, lead int, asOf calendar.Date) Status {
	deadline, ok := effectiveDeadline(t, cal, lead, asOf, true, nil)
	if !ok {
		return StatusNoDeadline
	}
	return statusFor(t, deadline, asOf)
}

// statusFor is the status of a task with a deadline (already rolled to a
// working day) as of asOf. It is written without data-dependent branches,
// as plainTask is: whether a task of a stream is done, and late, is
// unpredictable, and a mispredicted branch costs more than the arithmetic.
// The two together pay their way: written with && and if, they made
// BenchmarkSummarize about 1.2× slower on a million tasks (68 ms against
// 57 ms, medians of 7 alternated runs, December 2026), and the plain loop
// of BenchmarkSummarizePlainLoop, which uses them through StatusAt, slower
// too.
func statusFor(t *Task, deadline, asOf calendar.Date) Status {
	done := bit(!t.Done.IsZero()) & bit(!t.Done.After(asOf)) // no && : no branch
	ref := asOf                                              // the day compared with the deadline
	if done != 0 {
		ref = t.Done
	}
	// in_progress, overdue, done_on_time, done_late = 2 + late + 2×done.
	return StatusInProgress + Status(bit(ref.After(deadline))) + 2*Status(done)
}

// bit is 1 for true and 0 for false; the compiler makes it a SETcc, not a
// branch.
func bit(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}
