package casefile

import (
	"errors"
	"fmt"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/task"
)

// Result is what checking a case gives: every finding in the order of
// the rule catalogue, and the task summary.
type Result struct {
	Findings  regulation.Findings
	Tasks     *task.Summary
	Directory *regulation.Directory // the case's units and people
}

// Tally returns how many findings of r are of each kind.
func (r Result) Tally() Tally {
	var t Tally
	for _, f := range r.Findings {
		t.Add(f)
	}
	return t
}

// Tally counts findings by what they mean for a reader: breaches of the
// regulation (violations other than input.invalid), data problems
// (input.invalid: records that could not be checked), warnings and
// information. A data problem keeps severity violation in the findings
// format and in regulation.Findings.Err, so that no program ignores it, but
// it is not a breach of the regulation. The zero value counts nothing.
type Tally struct {
	Violations   int // violations of the regulation, input.invalid excluded
	DataProblems int // input.invalid findings
	Warnings     int
	Info         int
}

// Add counts f.
func (t *Tally) Add(f regulation.Finding) {
	switch {
	case f.Code == regulation.InputInvalid:
		t.DataProblems++
	case f.Severity == regulation.Violation:
		t.Violations++
	case f.Severity == regulation.Warning:
		t.Warnings++
	case f.Severity == regulation.Info:
		t.Info++
	}
}

// Options are the optional inputs of [Case.CheckWith] and [Case.RunWith].
// The zero value checks every record that exists as of the as-of date.
type Options struct {
	// Period, when set, selects the records that come into being in it:
	// tasks assigned, consultations sent, submissions received, meetings
	// and records dated, delegations valid from a day in [From, To]. The
	// others get no finding and the task summary does not count them;
	// records that cannot be checked get their input.invalid finding
	// whatever their dates, so that nothing is dropped silently. A
	// reversed period selects nothing. Records that are only context (the
	// consultation a submission links to, the delegation a signature rests
	// on) are used whatever their dates.
	Period regulation.ReportingPeriod

	// Unit, when set, keeps only what concerns that unit: the findings
	// about it, its people and the records it owns or takes part in, and,
	// in the task summary, the tasks it leads (see "What concerns a unit"
	// in unit.go, summarised here: tasks it leads; consultations it leads,
	// or the part about it in those it is consulted in; submissions it
	// sends, and for the PPC Office the Office's decisions on every
	// dossier; meetings it is invited to, and what is said of it or its
	// people; records it signs, is signed for or takes part in;
	// delegations granted by or to its people). Records that could not be
	// read at all and problems of the directory name no unit: they are kept
	// whatever the unit, so that no data problem is hidden. A unit the case
	// does not have selects nothing else.
	Unit regulation.UnitID
}

// ErrPeriod is the sentinel wrapped by the error of [Case.Scope] for a
// reversed period.
var ErrPeriod = errors.New("casefile: the period ends before it starts")

// Scope returns the as-of date and the options of a check of c asked for
// with an as-of date and a reporting period [from, to], any of them zero
// when not given — the audit program's -as-of, -from and -to. A period is
// asked for when from or to is given; its end defaults to the case's
// as_of. The check is as of asOf when given, else as of the end of the
// period, else as of the case's as_of. A period that ends before it starts
// is an error wrapping ErrPeriod.
func (c *Case) Scope(asOf, from, to calendar.Date) (calendar.Date, Options, error) {
	var opts Options
	if !from.IsZero() || !to.IsZero() {
		if to.IsZero() {
			to = c.AsOf
		}
		opts.Period = regulation.ReportingPeriod{From: from, To: to}
		if !opts.Period.Valid() {
			return asOf, opts, fmt.Errorf("%w: from %s is after the end of the period %s", ErrPeriod, from, to)
		}
	}
	switch {
	case !asOf.IsZero():
	case !to.IsZero():
		asOf = to
	default:
		asOf = c.AsOf
	}
	return asOf, opts, nil
}

// Directory indexes the case's units, people and PPC members, with an
// input.invalid finding for each entry it could not index.
func (c *Case) Directory() (*regulation.Directory, regulation.Findings) {
	return regulation.NewDirectory(c.Units, c.People, c.Members)
}

// Check checks every record of the case under rules as of asOf and returns
// all findings, sorted, with the task summary. It is [Case.CheckWith]
// without options.
func (c *Case) Check(rules *regulation.Rules, asOf calendar.Date) Result {
	return c.CheckWith(rules, asOf, Options{})
}

// CheckWith checks every record of the case selected by opts under rules as
// of asOf and returns all findings, sorted, with the task summary. It is
// [Case.RunWith] collecting into a slice.
func (c *Case) CheckWith(rules *regulation.Rules, asOf calendar.Date, opts Options) Result {
	var fs regulation.Findings
	sum, dir := c.run(rules, asOf, opts, func(f regulation.Finding) { fs = append(fs, f) })
	return Result{Findings: fs, Tasks: sum, Directory: dir}
}

// Run checks every record of the case under rules as of asOf and hands each
// finding to emit; it is [Case.RunWith] without options.
func (c *Case) Run(rules *regulation.Rules, asOf calendar.Date, emit func(regulation.Finding)) *task.Summary {
	sum, _ := c.run(rules, asOf, Options{}, emit)
	return sum
}

// RunWith checks every record of the case selected by opts under rules as of
// asOf and hands each finding to emit, in the order of the rule catalogue
// (record kind, record id, code, subject), one record kind at a time, so
// that a caller can stream them out. It returns the task summary. Records
// whose id repeats an earlier one in the same list are reported as
// input.invalid (subject "id") and not checked further; invalid tasks,
// including those in Rejected, count as invalid in the summary.
//
// Every check of quyche applies as of asOf: a record that comes into being
// after asOf does not exist yet and gets no finding (only its input.invalid
// when it cannot be checked).
func (c *Case) RunWith(rules *regulation.Rules, asOf calendar.Date, opts Options, emit func(regulation.Finding)) *task.Summary {
	sum, _ := c.run(rules, asOf, opts, emit)
	return sum
}

// run is RunWith, also returning the directory it built.
func (c *Case) run(rules *regulation.Rules, asOf calendar.Date, opts Options, emit func(regulation.Finding)) (*task.Summary, *regulation.Directory) {
	dir, dirFindings := c.Directory()
	sc := newScope(opts.Unit, dir)
	rejected := map[regulation.RecordKind]regulation.Findings{}
	for _, f := range c.Rejected {
		rejected[f.Kind] = append(rejected[f.Kind], f)
	}
	flush := func(kind regulation.RecordKind, fs regulation.Findings) {
		fs = append(fs, rejected[kind]...)
		c.locate(fs)
		fs.Sort()
		for _, f := range fs {
			emit(f)
		}
	}
	// selected keeps the findings of a record that comes into being on
	// born when born lies in the period; input.invalid always.
	selected := func(fs regulation.Findings, found regulation.Findings, born calendar.Date) regulation.Findings {
		if opts.Period.Contains(born) {
			return append(fs, found...)
		}
		for _, f := range found {
			if f.Code == regulation.InputInvalid {
				fs = append(fs, f)
			}
		}
		return fs
	}

	sum := task.NewSummary(rules, asOf, task.SummaryOptions{Directory: dir, Period: opts.Period})
	tasks, fs := unique(regulation.RecordKindTask, "tasks", c.Tasks, func(x task.Task) string { return x.ID })
	fs = sc.duplicates(fs, func(i int) bool { return sc.leads(&c.Tasks[i]) })
	for range len(fs) + len(rejected[regulation.RecordKindTask]) {
		sum.AddInvalid()
	}
	for i := range tasks {
		t := tasks[i]
		if !sc.leads(&t) {
			continue
		}
		sum.Add(t)
		fs = selected(fs, task.Check(t, dir, rules, asOf), t.Assigned)
	}
	flush(regulation.RecordKindTask, fs)

	consultations, fs := unique(regulation.RecordKindConsultation, "consultations", c.Consultations, consultationID)
	fs = sc.duplicates(fs, func(i int) bool { return takesPart(sc.inConsultation(&c.Consultations[i])) })
	for _, x := range consultations {
		fs = selected(fs, sc.consultation(&x, task.CheckConsultation(x, dir, rules, asOf)), x.Sent)
	}
	flush(regulation.RecordKindConsultation, fs)

	submissions, fs := unique(regulation.RecordKindSubmission, "submissions", c.Submissions, func(x task.Submission) string { return x.ID })
	fs = sc.duplicates(fs, func(i int) bool { return takesPart(sc.inSubmission(&c.Submissions[i])) })
	subOpts := task.SubmissionOptions{Consultations: byID(consultations, consultationID)}
	for _, x := range submissions {
		fs = selected(fs, sc.submission(&x, task.CheckSubmission(x, dir, rules, asOf, subOpts)), x.Received)
	}
	flush(regulation.RecordKindSubmission, fs)

	meetings, fs := unique(regulation.RecordKindMeeting, "meetings", c.Meetings, func(x meeting.Meeting) string { return x.ID })
	fs = sc.duplicates(fs, func(i int) bool { return takesPart(sc.inMeeting(&c.Meetings[i])) })
	for _, x := range meetings {
		fs = selected(fs, sc.meeting(&x, meeting.Check(x, dir, rules, asOf)), x.Date)
	}
	flush(regulation.RecordKindMeeting, fs)

	// Records need the delegations; their findings come after the records'.
	delegations, delFindings := unique(regulation.RecordKindDelegation, "delegations", c.Delegations, delegationID)
	delFindings = sc.duplicates(delFindings, func(i int) bool { return takesPart(sc.inDelegation(&c.Delegations[i])) })
	sigOpts := signoff.Options{Delegations: byID(delegations, delegationID)}
	records, fs := unique(regulation.RecordKindRecord, "records", c.Records, func(x signoff.Record) string { return x.ID })
	fs = sc.duplicates(fs, func(i int) bool { return takesPart(sc.inRecord(&c.Records[i])) })
	for _, x := range records {
		fs = selected(fs, sc.record(&x, signoff.Check(x, dir, rules, asOf, sigOpts)), x.Date)
	}
	flush(regulation.RecordKindRecord, fs)

	for _, x := range delegations {
		delFindings = selected(delFindings, sc.delegation(&x, signoff.CheckDelegation(x, dir, rules, asOf, sigOpts)), x.ValidFrom)
	}
	flush(regulation.RecordKindDelegation, delFindings)

	flush(regulation.RecordKindCase, dirFindings)
	return sum, dir
}

// byID maps the records recs, whose ids are unique, by id.
func byID[T any](recs []T, id func(T) string) map[string]T {
	m := make(map[string]T, len(recs))
	for _, x := range recs {
		m[id(x)] = x
	}
	return m
}

func consultationID(x task.Consultation) string { return x.ID }
func delegationID(x signoff.Delegation) string  { return x.ID }

// unique returns the records of list whose (non-empty) id has not been seen
// earlier in it, in order, and an input.invalid finding (subject "id") for
// each record that repeats an id.
func unique[T any](kind regulation.RecordKind, list string, recs []T, id func(T) string) ([]T, regulation.Findings) {
	seen := make(map[string]struct{}, len(recs))
	var out []T // a copy, made only once a duplicate shows up
	var dups regulation.Findings
	for i, x := range recs {
		key := id(x)
		if _, dup := seen[key]; dup && key != "" {
			f := regulation.InvalidInput(kind, key, "id", regulation.ProblemDuplicateID)
			f.Details["index"] = i
			f.Details["list"] = list
			dups = append(dups, f)
			if out == nil {
				out = append(make([]T, 0, len(recs)-1), recs[:i]...)
			}
			continue
		}
		seen[key] = struct{}{}
		if out != nil {
			out = append(out, x)
		}
	}
	if out == nil {
		return recs, dups
	}
	return out, dups
}
