package task

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// This file reads the records of the package for what makes them
// uncheckable (structural faults) or switches off some rules (local faults
// of optional dates); see the contract in the package documentation. The
// checks, Decide and Summary all use it, so that they agree on what is
// input.invalid.

// taskFault is the first reason a task cannot be checked (every fault of a
// task is structural): the field at fault, as regulation.Path renders it
// from list, index and field ("lead[0]", "extensions[1].new_due", "due"),
// and the problem. It is kept unrendered so that a Summary counts an
// invalid task without allocating; Check reports it through a
// regulation.Validation.
type taskFault struct {
	list  string
	index int // -1 for a field that is not in a list
	field string
	p     regulation.Problem
}

// path renders the field path of f.
func (f taskFault) path() string { return regulation.Path(f.list, f.index, f.field) }

// docValid reports whether a source document number is valid:
// regulation.ParseDocNumber accepts it.
func docValid(s string) bool {
	_, err := regulation.ParseDocNumber(s)
	return err == nil
}

// validTask reports whether t can be checked: validateTask finds no fault.
// Most tasks of a stream are plain (see plainTask) and need no more than a
// few comparisons.
func validTask(t *Task, dir *regulation.Directory, docs *docMemo) bool {
	if dir == nil && plainTask(t) {
		return true
	}
	_, bad := validateTask(t, dir, docs)
	return !bad
}

// plainTask reports whether t is valid without anything to look up: it has
// an id, a known assigner, at most one lead unit, no source document, no
// coordinating units, no extensions, and dates in range and in order.
// False means "not plain", not "invalid": validateTask decides. Tests
// prove that every plain task is valid by validateTask. The order of its
// dates is combined without branches, for the reason and with the measured
// gain that statusFor states.
func plainTask(t *Task) bool {
	if t.ID == "" || uint8(t.Assigner-1) >= uint8(AssignerOther) || t.SourceDoc != "" ||
		len(t.Coordinators) != 0 || len(t.Extensions) != 0 || len(t.Lead) > 1 ||
		len(t.Lead) == 1 && t.Lead[0] == "" {
		return false
	}
	a := t.Assigned
	ordered := (bit(t.Due.IsZero()) | bit(!t.Due.Before(a))) & (bit(t.Done.IsZero()) | bit(!t.Done.Before(a)))
	later := t.Due
	if t.Done.After(later) {
		later = t.Done
	}
	return ordered != 0 && regulation.DateProblem(a, calendar.Date{}, true) == regulation.ProblemUnknown &&
		regulation.DateProblem(later, a, false) == regulation.ProblemUnknown
}

// validateTask returns the first reason t cannot be checked, in field order,
// and whether there is one. Check and Summary.Add both use it, so that
// what Check reports as input.invalid is exactly what a Summary counts as
// invalid. With a nil dir (which only a Summary passes), units and people
// are not looked up. It allocates nothing (docs aside, the first time it
// sees a document number); a nil docs parses every number.
func validateTask(t *Task, dir *regulation.Directory, docs *docMemo) (taskFault, bool) {
	bad := func(field string, p regulation.Problem) (taskFault, bool) {
		return taskFault{list: field, index: -1, p: p}, true
	}
	switch {
	case t.ID == "":
		return bad("id", regulation.ProblemMissing)
	case t.Assigner == AssignerUnknown:
		return bad("assigner", regulation.ProblemMissing)
	case int(t.Assigner) >= numAssigners:
		return bad("assigner", regulation.ProblemInvalidValue)
	case t.SourceDoc != "" && !docs.valid(t.SourceDoc):
		return bad("source_doc", regulation.ProblemInvalidValue)
	}
	if f, fault := validateUnits("lead", t.Lead, dir); fault {
		return f, true
	}
	if f, fault := validateUnits("coordinators", t.Coordinators, dir); fault {
		return f, true
	}
	if p := regulation.DateProblem(t.Assigned, calendar.Date{}, true); p != regulation.ProblemUnknown {
		return bad("assigned", p)
	}
	if p := regulation.DateProblem(t.Due, t.Assigned, false); p != regulation.ProblemUnknown {
		return bad("due", p)
	}
	if p := regulation.DateProblem(t.Done, t.Assigned, false); p != regulation.ProblemUnknown {
		return bad("done", p)
	}
	if len(t.Extensions) == 0 {
		return taskFault{}, false
	}
	if t.Due.IsZero() {
		// An extension moves a deadline: the task must have one.
		return bad("due", regulation.ProblemMissing)
	}
	for i := range t.Extensions {
		e := &t.Extensions[i]
		at := func(field string, p regulation.Problem) (taskFault, bool) {
			return taskFault{list: "extensions", index: i, field: field, p: p}, true
		}
		if p := regulation.DateProblem(e.Requested, t.Assigned, true); p != regulation.ProblemUnknown {
			return at("requested", p)
		}
		if p := regulation.DateProblem(e.NewDue, e.Requested, true); p != regulation.ProblemUnknown {
			return at("new_due", p)
		}
		if e.ApprovedBy != "" && dir != nil && !knownPerson(dir, e.ApprovedBy) {
			return at("approved_by", regulation.ProblemUnknownPerson)
		}
	}
	return taskFault{}, false
}

func validateUnits(list string, units []regulation.UnitID, dir *regulation.Directory) (taskFault, bool) {
	for i, u := range units {
		switch {
		case u == "":
			return taskFault{list: list, index: i, p: regulation.ProblemMissing}, true
		case dir != nil:
			if _, ok := dir.UnitIndex(u); !ok {
				return taskFault{list: list, index: i, p: regulation.ProblemUnknownUnit}, true
			}
		}
	}
	return taskFault{}, false
}

func knownPerson(dir *regulation.Directory, p regulation.PersonID) bool {
	_, ok := dir.PersonIndex(p)
	return ok
}

// localFaults records which optional dates of a consultation are at fault
// (local faults), so that CheckConsultation switches off the rules that
// read them and only those.
type localFaults struct {
	badReceived []bool // by reply index; nil when every reply date is usable
	anyReceived bool   // some reply date is at fault
	reminders   bool   // some reminder is at fault
	settled     bool   // resolved or escalated is at fault
}

// received reports whether the reply date of reply i is at fault.
func (l *localFaults) received(i int) bool { return l.badReceived != nil && l.badReceived[i] }

// validate reads c, with dir the units of the case (not nil), and returns
// its input problems: the first structural fault, which makes c
// uncheckable, and its local faults.
func (c Consultation) validate(dir *regulation.Directory) (regulation.Validation, localFaults) {
	v := regulation.NewValidation(regulation.RecordKindConsultation, c.ID)
	var l localFaults
	if c.ID == "" {
		v.Fault("id", regulation.ProblemMissing)
	}
	switch {
	case c.Lead == "":
		v.Fault("lead", regulation.ProblemMissing)
	case !knownUnit(dir, c.Lead):
		v.Fault("lead", regulation.ProblemUnknownUnit)
	}
	v.Date("sent", c.Sent, calendar.Date{})
	v.OptionalDate("due", c.Due, c.Sent)
	seen := make(map[regulation.UnitID]struct{}, len(c.Replies))
	for i, r := range c.Replies {
		field := func(name string) string { return regulation.Path("replies", i, name) }
		switch _, dup := seen[r.Unit]; {
		case r.Unit == "":
			v.Fault(field("unit"), regulation.ProblemMissing)
		case !knownUnit(dir, r.Unit):
			v.Fault(field("unit"), regulation.ProblemUnknownUnit)
		case dup:
			v.Fault(field("unit"), regulation.ProblemDuplicateID)
		}
		seen[r.Unit] = struct{}{}
		if !v.LocalDate(field("received"), r.Received, c.Sent) {
			if l.badReceived == nil {
				l.badReceived = make([]bool, len(c.Replies))
			}
			l.badReceived[i], l.anyReceived = true, true
		}
		if _, ok := stances.Name(r.Stance); r.Stance != StanceUnknown && (!ok || r.Received.IsZero()) {
			v.Fault(field("stance"), regulation.ProblemInvalidValue)
		}
	}
	for i, d := range c.Reminders {
		field := regulation.Path("reminders", i, "")
		switch {
		case d.IsZero():
			v.Local(field, regulation.ProblemMissing)
			l.reminders = true
		case !v.LocalDate(field, d, c.Sent):
			l.reminders = true
		}
	}
	if !v.LocalDate("resolved", c.Resolved, c.Sent) {
		l.settled = true
	}
	if !v.LocalDate("escalated", c.Escalated, c.Sent) {
		l.settled = true
	}
	return v, l
}

// knownUnit reports whether dir has the unit id.
func knownUnit(dir *regulation.Directory, id regulation.UnitID) bool {
	_, ok := dir.Unit(id)
	return ok
}

// validate reads s, with dir the units and people of the case (not nil),
// and returns its input problems, and whether the Office's action has a
// usable date (true when there is no action). The only local fault of a
// submission is its office.date.
func (s Submission) validate(dir *regulation.Directory) (v regulation.Validation, officeDated bool) {
	v = regulation.NewValidation(regulation.RecordKindSubmission, s.ID)
	// enum checks a required enum value: missing when zero, invalid when its
	// name is unknown.
	enum := func(field string, zero bool, marshal func() ([]byte, error)) {
		if zero {
			v.Fault(field, regulation.ProblemMissing)
		} else if _, err := marshal(); err != nil {
			v.Fault(field, regulation.ProblemInvalidValue)
		}
	}
	if s.ID == "" {
		v.Fault("id", regulation.ProblemMissing)
	}
	switch {
	case s.From == "":
		v.Fault("from", regulation.ProblemMissing)
	case !knownUnit(dir, s.From):
		v.Fault("from", regulation.ProblemUnknownUnit)
	}
	enum("to", s.To == AddresseeUnknown, s.To.MarshalText)
	enum("kind", s.Kind == regulation.SubmissionKindUnknown, s.Kind.MarshalText)
	enum("competence", s.Competence == CompetenceUnknown, s.Competence.MarshalText)
	v.Date("received", s.Received, calendar.Date{})
	if s.Pages < 0 {
		v.Fault("pages", regulation.ProblemNegative)
	}
	for i, c := range s.Components {
		enum(regulation.Path("components", i, ""), c == regulation.ComponentUnknown, c.MarshalText)
	}
	for i, u := range s.DissentReported {
		switch {
		case u == "":
			v.Fault(regulation.Path("dissent_reported", i, ""), regulation.ProblemMissing)
		case !knownUnit(dir, u):
			v.Fault(regulation.Path("dissent_reported", i, ""), regulation.ProblemUnknownUnit)
		}
	}
	switch _, known := dir.Person(s.SignedBy); {
	case s.SignedBy == "":
		v.Fault("signed_by", regulation.ProblemMissing)
	case !known:
		v.Fault("signed_by", regulation.ProblemUnknownPerson)
	}
	officeDated = true
	if !s.Office.IsZero() {
		enum("office.action", s.Office.Action == ActionUnknown, s.Office.Action.MarshalText)
		if s.Office.Date.IsZero() {
			v.Local("office.date", regulation.ProblemMissing)
			officeDated = false
		} else {
			officeDated = v.LocalDate("office.date", s.Office.Date, s.Received)
		}
	}
	return v, officeDated
}
