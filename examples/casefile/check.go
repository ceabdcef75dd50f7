package casefile

import (
	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/task"
)

// Result is what checking a case gives: every finding in the order of
// rules.md, and the task summary.
type Result struct {
	Findings  regulation.Findings
	Tasks     *task.Summary
	Directory *regulation.Directory // the case's units and people
}

// Directory indexes the case's units, people and PPC members, with an
// input.invalid finding for each entry it could not index.
func (c *Case) Directory() (*regulation.Directory, regulation.Findings) {
	return regulation.NewDirectory(c.Units, c.People, c.Members)
}

// Check checks every record of the case under rules as of asOf and returns
// all findings, sorted, with the task summary. It is Run collecting into a
// slice.
func (c *Case) Check(rules *regulation.Rules, asOf calendar.Date) Result {
	var fs regulation.Findings
	sum, dir := c.run(rules, asOf, func(f regulation.Finding) { fs = append(fs, f) })
	return Result{Findings: fs, Tasks: sum, Directory: dir}
}

// Run checks every record of the case under rules as of asOf and hands each
// finding to emit, in the order of rules.md (record kind, record id, code,
// subject), one record kind at a time, so that a caller can stream them out.
// It returns the task summary. Records whose id repeats an earlier one in
// the same list are reported as input.invalid (subject "id") and not checked
// further; invalid tasks, including those in Rejected, count as invalid in
// the summary.
func (c *Case) Run(rules *regulation.Rules, asOf calendar.Date, emit func(regulation.Finding)) *task.Summary {
	sum, _ := c.run(rules, asOf, emit)
	return sum
}

// run is Run, also returning the directory it built.
func (c *Case) run(rules *regulation.Rules, asOf calendar.Date, emit func(regulation.Finding)) (*task.Summary, *regulation.Directory) {
	dir, dirFindings := c.Directory()
	rejected := map[regulation.RecordKind]regulation.Findings{}
	for _, f := range c.Rejected {
		rejected[f.Kind] = append(rejected[f.Kind], f)
	}
	flush := func(kind regulation.RecordKind, fs regulation.Findings) {
		fs = append(fs, rejected[kind]...)
		fs.Sort()
		for _, f := range fs {
			emit(f)
		}
	}

	sum := task.NewSummary(rules, asOf, task.SummaryOptions{Directory: dir})
	tasks, fs := unique(regulation.TaskRecord, "tasks", c.Tasks, func(x task.Task) string { return x.ID })
	for range len(fs) + len(rejected[regulation.TaskRecord]) {
		sum.AddInvalid()
	}
	for _, t := range tasks {
		sum.Add(t)
		fs = append(fs, task.Check(t, dir, rules, asOf)...)
	}
	flush(regulation.TaskRecord, fs)

	consultations, fs := unique(regulation.ConsultationRecord, "consultations", c.Consultations, func(x task.Consultation) string { return x.ID })
	byID := make(map[string]task.Consultation, len(consultations))
	for _, x := range consultations {
		byID[x.ID] = x
		fs = append(fs, task.CheckConsultation(x, dir, rules, asOf)...)
	}
	flush(regulation.ConsultationRecord, fs)

	submissions, fs := unique(regulation.SubmissionRecord, "submissions", c.Submissions, func(x task.Submission) string { return x.ID })
	subOpts := task.SubmissionOptions{Consultations: byID}
	for _, x := range submissions {
		fs = append(fs, task.CheckSubmission(x, dir, rules, asOf, subOpts)...)
	}
	flush(regulation.SubmissionRecord, fs)

	meetings, fs := unique(regulation.MeetingRecord, "meetings", c.Meetings, func(x meeting.Meeting) string { return x.ID })
	for _, x := range meetings {
		fs = append(fs, meeting.Check(x, dir, rules, asOf)...)
	}
	flush(regulation.MeetingRecord, fs)

	// Records need the delegations; their findings come after the records'.
	delegations, delFindings := unique(regulation.DelegationRecord, "delegations", c.Delegations, func(x signoff.Delegation) string { return x.ID })
	sigOpts := signoff.Options{Delegations: make(map[string]signoff.Delegation, len(delegations))}
	for _, x := range delegations {
		sigOpts.Delegations[x.ID] = x
	}
	records, fs := unique(regulation.MinutesRecord, "records", c.Records, func(x signoff.Record) string { return x.ID })
	for _, x := range records {
		fs = append(fs, signoff.Check(x, dir, rules, asOf, sigOpts)...)
	}
	flush(regulation.MinutesRecord, fs)

	for _, x := range delegations {
		delFindings = append(delFindings, signoff.CheckDelegation(x, dir, rules, asOf, sigOpts)...)
	}
	flush(regulation.DelegationRecord, delFindings)

	flush(regulation.CaseRecord, dirFindings)
	return sum, dir
}

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
