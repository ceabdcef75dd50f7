package regulation

import (
	"strconv"

	"github.com/quyche/quyche/regulation/calendar"
)

// This file is low-level API: the contract that every check of packages
// task, meeting and signoff follows, written once. Integrators call the
// checks, not these; they are exported because Go gives the domain packages
// no other way to share them.

// Exists reports whether a record that comes into being on born exists as
// of asOf: born is set and not after asOf. A task comes into being when it
// is assigned, a consultation when it is sent, a submission when it is
// received, a meeting or a record (biên bản) on its date, a delegation on
// the first day of its validity. A record that does not exist yet as of
// asOf gets no finding at all (not even rules.not_in_force) and is not
// counted in any summary; only its input.invalid finding, when it cannot
// be checked, is reported whatever its dates.
func Exists(born, asOf calendar.Date) bool { return !born.IsZero() && !born.After(asOf) }

// ReportingPeriod is a reporting period [From, To], both days included: it
// selects the records that come into being in it (for tasks, those
// assigned in it — "the tasks with a deadline assigned in 2023"). A zero
// From or To leaves that end open; the zero ReportingPeriod selects every
// record. A report over a period is judged as of To unless another date is
// given.
type ReportingPeriod struct {
	From calendar.Date `json:"from,omitzero"`
	To   calendar.Date `json:"to,omitzero"`
}

// IsZero reports whether p is open at both ends.
func (p ReportingPeriod) IsZero() bool { return p.From.IsZero() && p.To.IsZero() }

// Contains reports whether a record that comes into being on born lies in
// p. A zero born lies in no bounded period.
func (p ReportingPeriod) Contains(born calendar.Date) bool {
	if p.IsZero() {
		return true
	}
	return !born.IsZero() && (p.From.IsZero() || !born.Before(p.From)) && (p.To.IsZero() || !born.After(p.To))
}

// Valid reports whether p's ends are in order (or open).
func (p ReportingPeriod) Valid() bool {
	return p.From.IsZero() || p.To.IsZero() || !p.To.Before(p.From)
}

// String returns "2023-01-01..2023-12-31", with an empty side for an open
// end.
func (p ReportingPeriod) String() string {
	end := func(d calendar.Date) string {
		if d.IsZero() {
			return ""
		}
		return d.String()
	}
	return end(p.From) + ".." + end(p.To)
}

// Argument names: the subjects of the input.invalid findings that
// [CheckArguments] returns.
const (
	ArgAsOf      = "as_of"
	ArgRules     = "rules"
	ArgDirectory = "directory"
)

// CheckArguments applies the argument contract shared by every check
// (task.Check, task.CheckConsultation, task.CheckSubmission, meeting.Check,
// signoff.Check and signoff.CheckDelegation): a zero asOf, or one outside the
// years 0001–9999, yields input.invalid with subject "as_of"; a nil rule set,
// subject "rules"; a nil directory, subject "directory". It returns one
// finding per bad argument about the record of kind with id record, sorted,
// and nil when every argument is usable. There is no other meaning: a zero
// asOf is never "no cut-off", a nil directory never "no lookups".
func CheckArguments(kind RecordKind, record string, dir *Directory, rules *Rules, asOf calendar.Date) Findings {
	var fs Findings
	if p := DateProblem(asOf, calendar.Date{}, true); p != ProblemUnknown {
		fs = append(fs, InvalidInput(kind, record, ArgAsOf, p))
	}
	if dir == nil {
		fs = append(fs, InvalidInput(kind, record, ArgDirectory, ProblemMissing))
	}
	if rules == nil {
		fs = append(fs, InvalidInput(kind, record, ArgRules, ProblemMissing))
	}
	return fs // as_of, directory, rules: already in the order of Compare
}

// The dates a record may carry: the years that a "yyyy-mm-dd" date can
// hold. Outside them a date is out_of_range, so that date arithmetic never
// reaches the ends of what calendar.Date represents.
var (
	minDate = calendar.NewDate(1, 1, 1)
	maxDate = calendar.NewDate(9999, 12, 31)
)

// DateProblem returns what is wrong with the date d of a record: missing
// when it is zero and required, out_of_range when it is outside the years
// 0001–9999, date_order when it is before notBefore (a zero notBefore sets
// no bound); ProblemUnknown when nothing is wrong. An optional date that is
// zero is not a problem: it was not recorded.
func DateProblem(d, notBefore calendar.Date, required bool) Problem {
	switch {
	case d.IsZero():
		if required {
			return ProblemMissing
		}
	case d.Before(minDate) || d.After(maxDate):
		return ProblemOutOfRange
	case !notBefore.IsZero() && d.Before(notBefore):
		return ProblemDateOrder
	}
	return ProblemUnknown
}

// Path renders the path of a field inside a record: Path("replies", 2,
// "unit") is "replies[2].unit", Path("reminders", 0, "") is "reminders[0]".
// A negative index gives list alone: Path("office", -1, "date") is
// "office.date", Path("date", -1, "") is "date".
func Path(list string, i int, field string) string {
	s := list
	if i >= 0 {
		s += "[" + strconv.Itoa(i) + "]"
	}
	if field != "" {
		s += "." + field
	}
	return s
}

// Validation gathers the input problems of one record while a check reads
// it. There are two kinds:
//
//   - A structural fault — a missing or unknown id, unit or person, an
//     unknown enum value, a duplicate, an impossible required date — makes
//     the record uncheckable: the check reports that one input.invalid
//     finding (the first fault found, in the order of the record's fields)
//     and nothing else.
//   - A local fault is confined to one optional date (a meeting's
//     invitation, documents or conclusion date, a reply's receipt, a
//     reminder, an office action's date, …): the check reports
//     input.invalid on that field, switches off only the rules that read it,
//     and runs every other rule of the record.
//
// Build one with [NewValidation]; the zero value reports under record kind
// unknown. A Validation that records no fault allocates nothing.
type Validation struct {
	kind   RecordKind
	record string
	fault  Finding // the first structural fault; valid when bad
	bad    bool
	local  Findings
}

// NewValidation returns an empty validation of the record of kind with id
// record.
func NewValidation(kind RecordKind, record string) Validation {
	return Validation{kind: kind, record: record}
}

// Fault records a structural fault of field (a path such as
// "attendees[1].person"). Only the first structural fault is reported.
func (v *Validation) Fault(field string, p Problem) {
	if !v.bad {
		v.fault, v.bad = InvalidInput(v.kind, v.record, field, p), true
	}
}

// Local records a local fault of field: the check must not apply the rules
// that read that field.
func (v *Validation) Local(field string, p Problem) {
	v.local = append(v.local, LocalInvalidInput(v.kind, v.record, field, p))
}

// LocalInvalidInput returns the input.invalid finding of a local fault: the
// optional field of a record of kind is wrong, and only the rules that read
// it were not applied (its "effect" detail is rules_skipped).
func LocalInvalidInput(kind RecordKind, record, field string, p Problem) Finding {
	f := InvalidInput(kind, record, field, p)
	f.Details["effect"] = InputEffectRulesSkipped
	return f
}

// Date checks the required date d of field (not before notBefore when that
// is set) and records a structural fault when it is wrong. It reports
// whether d is usable.
func (v *Validation) Date(field string, d, notBefore calendar.Date) bool {
	if p := DateProblem(d, notBefore, true); p != ProblemUnknown {
		v.Fault(field, p)
		return false
	}
	return true
}

// OptionalDate checks the optional date d of field as [Validation.Date]
// does; an unrecorded (zero) date is usable. The fault it records is
// structural.
func (v *Validation) OptionalDate(field string, d, notBefore calendar.Date) bool {
	if p := DateProblem(d, notBefore, false); p != ProblemUnknown {
		v.Fault(field, p)
		return false
	}
	return true
}

// LocalDate checks the optional date d of field as [Validation.OptionalDate]
// does, but records a local fault: it reports whether the rules that read
// d may run. An unrecorded (zero) date is usable.
func (v *Validation) LocalDate(field string, d, notBefore calendar.Date) bool {
	if p := DateProblem(d, notBefore, false); p != ProblemUnknown {
		v.Local(field, p)
		return false
	}
	return true
}

// Checkable reports whether no structural fault was recorded: the record
// can be checked.
func (v *Validation) Checkable() bool { return !v.bad }

// Findings returns the input.invalid findings to report: the structural
// fault alone when there is one, else every local fault (possibly none), in
// the order of [Compare], so that a check may return them as they are.
func (v *Validation) Findings() Findings {
	if v.bad {
		return Findings{v.fault}
	}
	v.local.Sort()
	return v.local
}

// Lateness returns how late when is against deadline in both units that
// findings give: calendar days (when − deadline, the "late_days" detail) and
// working days of cal in (deadline, when] (the "late_workdays" detail), so
// that a delay across Tết is not misread. Both are zero or negative when
// when is not after deadline.
func Lateness(cal *calendar.Calendar, deadline, when calendar.Date) (days, workdays int) {
	return when.Sub(deadline), cal.CountWorkdays(deadline, when)
}
