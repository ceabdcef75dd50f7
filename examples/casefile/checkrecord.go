package casefile

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/task"
)

// ErrCheckKind is the sentinel wrapped by the error of [Case.CheckRecord]
// for a kind of record it does not check.
var ErrCheckKind = errors.New("casefile: no check of one record of this kind")

// recordLists names the record lists of a case file by kind, in the order
// of the file's fields.
var recordLists = []struct {
	kind regulation.RecordKind
	name string
}{
	{regulation.RecordKindTask, "tasks"},
	{regulation.RecordKindConsultation, "consultations"},
	{regulation.RecordKindSubmission, "submissions"},
	{regulation.RecordKindMeeting, "meetings"},
	{regulation.RecordKindRecord, "records"},
	{regulation.RecordKindDelegation, "delegations"},
}

// checkContext is, for each kind of record CheckRecord checks, the kind of
// records that are its context (RecordKindUnknown: none).
var checkContext = map[regulation.RecordKind]regulation.RecordKind{
	regulation.RecordKindTask:         regulation.RecordKindUnknown,
	regulation.RecordKindConsultation: regulation.RecordKindUnknown,
	regulation.RecordKindSubmission:   regulation.RecordKindConsultation, // the consultations a submission links to
	regulation.RecordKindMeeting:      regulation.RecordKindUnknown,
	regulation.RecordKindRecord:       regulation.RecordKindDelegation, // the delegations signatures rest on
}

// CheckKinds returns the kinds of record [Case.CheckRecord] checks: task,
// consultation, submission, meeting and record (minutes).
func CheckKinds() []regulation.RecordKind {
	return []regulation.RecordKind{regulation.RecordKindTask, regulation.RecordKindConsultation,
		regulation.RecordKindSubmission, regulation.RecordKindMeeting, regulation.RecordKindRecord}
}

// count returns how many records of kind c holds, those the decoder
// rejected included.
func (c *Case) count(kind regulation.RecordKind) int {
	n := 0
	for _, f := range c.Rejected {
		if f.Kind == kind {
			n++
		}
	}
	switch kind {
	case regulation.RecordKindTask:
		n += len(c.Tasks)
	case regulation.RecordKindConsultation:
		n += len(c.Consultations)
	case regulation.RecordKindSubmission:
		n += len(c.Submissions)
	case regulation.RecordKindMeeting:
		n += len(c.Meetings)
	case regulation.RecordKindRecord:
		n += len(c.Records)
	case regulation.RecordKindDelegation:
		n += len(c.Delegations)
	}
	return n
}

// CheckRecord checks one record — what a workflow step asks before it moves
// on ("may this person sign these minutes?", "is this dossier
// complete?") — and returns its findings in the order of the rule catalogue.
// The case holds exactly one record of kind, in its list ("tasks",
// "consultations", "submissions", "meetings" or "records"), with its
// context: the units, people and PPC members, and for a submission the
// consultations it links to, for minutes the delegations their signatures
// rest on. The context is not checked, but what of it cannot be used is
// reported (input.invalid of the directory, of a context record that could
// not be decoded or repeats an id), so that nothing is dropped silently.
// As in the audit, an input.invalid finding of a decoded case names where
// its record starts in the file (detail "position").
//
// A case that holds no record of kind, more than one, or records that are
// not the context of kind is refused with an *Error. A kind other than
// those [CheckKinds] lists is an error wrapping ErrCheckKind.
func (c *Case) CheckRecord(kind regulation.RecordKind, rules *regulation.Rules, asOf calendar.Date) (regulation.Findings, error) {
	ctx, ok := checkContext[kind]
	if !ok {
		return nil, fmt.Errorf("%w: %s (kinds: %s)", ErrCheckKind, kind, kindNames(CheckKinds()))
	}
	for _, l := range recordLists {
		n := c.count(l.kind)
		switch {
		case l.kind == kind && n != 1:
			return nil, &Error{File: c.File, Problem: fmt.Sprintf("a check of one %s: want exactly one record in %q, got %d", kind, l.name, n)}
		case l.kind != kind && l.kind != ctx && n > 0:
			return nil, &Error{File: c.File, Problem: fmt.Sprintf("a check of one %s: %q is not part of it (%s); leave it out", kind, l.name, contextText(kind, ctx))}
		}
	}

	dir, fs := c.Directory()
	fs = append(fs, c.Rejected...)
	switch kind {
	case regulation.RecordKindTask:
		for _, x := range c.Tasks {
			fs = append(fs, task.Check(x, dir, rules, asOf)...)
		}
	case regulation.RecordKindConsultation:
		for _, x := range c.Consultations {
			fs = append(fs, task.CheckConsultation(x, dir, rules, asOf)...)
		}
	case regulation.RecordKindSubmission:
		consultations, dups := unique(regulation.RecordKindConsultation, "consultations", c.Consultations, consultationID)
		fs = append(fs, dups...)
		opts := task.SubmissionOptions{Consultations: byID(consultations, consultationID)}
		for _, x := range c.Submissions {
			fs = append(fs, task.CheckSubmission(x, dir, rules, asOf, opts)...)
		}
	case regulation.RecordKindMeeting:
		for _, x := range c.Meetings {
			fs = append(fs, meeting.Check(x, dir, rules, asOf)...)
		}
	case regulation.RecordKindRecord:
		delegations, dups := unique(regulation.RecordKindDelegation, "delegations", c.Delegations, delegationID)
		fs = append(fs, dups...)
		opts := signoff.Options{Delegations: byID(delegations, delegationID)}
		for _, x := range c.Records {
			fs = append(fs, signoff.Check(x, dir, rules, asOf, opts)...)
		}
	}
	c.locate(fs)
	fs.Sort()
	return fs, nil
}

// WriteRecordFindings checks the one record of kind in c with its context
// ([Case.CheckRecord]) and writes its findings to w as quyche.findings/v1:
// the header (rule set, as-of date, calendar version), the findings in
// order, and "tasks": null, as a check of one record has no task summary.
// It returns the tally of the findings; the errors are CheckRecord's and
// the writer's.
func (c *Case) WriteRecordFindings(w io.Writer, kind regulation.RecordKind, rules *regulation.Rules, asOf calendar.Date) (Tally, error) {
	var t Tally
	fs, err := c.CheckRecord(kind, rules, asOf)
	if err != nil {
		return t, err
	}
	enc := NewEncoder(w)
	if err := enc.BeginHeader(Header{Rules: rules.ID, AsOf: asOf, Calendar: rules.WorkCalendar().Version()}); err != nil {
		return t, err
	}
	for _, f := range fs {
		t.Add(f)
		if err := enc.Add(f); err != nil {
			return t, err
		}
	}
	return t, enc.End(nil)
}

// contextText says what the context of a check of kind is.
func contextText(kind, ctx regulation.RecordKind) string {
	if ctx == regulation.RecordKindUnknown {
		return "its context is the units, people and PPC members"
	}
	for _, l := range recordLists {
		if l.kind == ctx {
			return fmt.Sprintf("the context of a %s is the units, people, PPC members and %q", kind, l.name)
		}
	}
	return ""
}

func kindNames(kinds []regulation.RecordKind) string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = k.String()
	}
	return strings.Join(names, ", ")
}
