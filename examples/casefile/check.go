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
	sum := c.Run(rules, asOf, func(f regulation.Finding) { fs = append(fs, f) })
	dir, _ := c.Directory()
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
	var fs regulation.Findings
	seen := newIDSet(len(c.Tasks))
	for i := range c.Tasks {
		t := c.Tasks[i]
		if dup, ok := seen.duplicate(regulation.TaskRecord, t.ID, "tasks", i); ok {
			fs = append(fs, dup)
			sum.AddInvalid()
			continue
		}
		sum.Add(t)
		fs = append(fs, task.Check(t, dir, rules, asOf)...)
	}
	for range rejected[regulation.TaskRecord] {
		sum.AddInvalid()
	}
	flush(regulation.TaskRecord, fs)

	fs = fs[:0]
	consultations := make(map[string]task.Consultation, len(c.Consultations))
	seen = newIDSet(len(c.Consultations))
	for i, x := range c.Consultations {
		if dup, ok := seen.duplicate(regulation.ConsultationRecord, x.ID, "consultations", i); ok {
			fs = append(fs, dup)
			continue
		}
		consultations[x.ID] = x
		fs = append(fs, task.CheckConsultation(x, dir, rules, asOf)...)
	}
	flush(regulation.ConsultationRecord, fs)

	fs = fs[:0]
	seen = newIDSet(len(c.Submissions))
	subOpts := task.SubmissionOptions{Consultations: consultations}
	for i, x := range c.Submissions {
		if dup, ok := seen.duplicate(regulation.SubmissionRecord, x.ID, "submissions", i); ok {
			fs = append(fs, dup)
			continue
		}
		fs = append(fs, task.CheckSubmission(x, dir, rules, asOf, subOpts)...)
	}
	flush(regulation.SubmissionRecord, fs)

	fs = fs[:0]
	seen = newIDSet(len(c.Meetings))
	for i, x := range c.Meetings {
		if dup, ok := seen.duplicate(regulation.MeetingRecord, x.ID, "meetings", i); ok {
			fs = append(fs, dup)
			continue
		}
		fs = append(fs, meeting.Check(x, dir, rules, asOf)...)
	}
	flush(regulation.MeetingRecord, fs)

	delegations := make(map[string]signoff.Delegation, len(c.Delegations))
	var delFindings regulation.Findings
	delDup := make([]bool, len(c.Delegations))
	seen = newIDSet(len(c.Delegations))
	for i, x := range c.Delegations {
		if dup, ok := seen.duplicate(regulation.DelegationRecord, x.ID, "delegations", i); ok {
			delFindings = append(delFindings, dup)
			delDup[i] = true
			continue
		}
		delegations[x.ID] = x
	}
	sigOpts := signoff.Options{Delegations: delegations}

	fs = fs[:0]
	seen = newIDSet(len(c.Records))
	for i, x := range c.Records {
		if dup, ok := seen.duplicate(regulation.MinutesRecord, x.ID, "records", i); ok {
			fs = append(fs, dup)
			continue
		}
		fs = append(fs, signoff.Check(x, dir, rules, asOf, sigOpts)...)
	}
	flush(regulation.MinutesRecord, fs)

	for i, x := range c.Delegations {
		if delDup[i] {
			continue
		}
		delFindings = append(delFindings, signoff.CheckDelegation(x, dir, rules, asOf, sigOpts)...)
	}
	flush(regulation.DelegationRecord, delFindings)

	flush(regulation.CaseRecord, dirFindings)
	return sum
}

// idSet finds ids repeated within one list.
type idSet map[string]struct{}

func newIDSet(n int) idSet { return make(idSet, n) }

// duplicate reports the input.invalid finding for the record at index i of
// list when its (non-empty) id was seen before, and records it otherwise.
func (s idSet) duplicate(kind regulation.RecordKind, id, list string, i int) (regulation.Finding, bool) {
	if id == "" {
		return regulation.Finding{}, false
	}
	if _, dup := s[id]; dup {
		f := regulation.InvalidInput(kind, id, "id", regulation.ProblemDuplicateID)
		f.Details["index"] = i
		f.Details["list"] = list
		return f, true
	}
	s[id] = struct{}{}
	return regulation.Finding{}, false
}
