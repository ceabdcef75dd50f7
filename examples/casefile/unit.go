package casefile

import (
	"slices"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/task"
)

// What concerns a unit. [Options.Unit] narrows a check to one unit; a
// finding concerns the unit when the unit owns its record, or when the
// finding is about the unit or one of its people, or when the finding is
// about the record as a whole (no subject, a field of the record) and the
// unit takes part in the record. Per kind of record:
//
//   - a task: every finding of a task the unit leads (one of its lead
//     units); the task summary counts only those tasks. Coordinating a task
//     does not make it the unit's.
//   - a consultation: every finding of a consultation the unit leads; of a
//     consultation it is consulted in (it has a reply entry), the findings
//     whose subject is the unit and those about the consultation as a whole.
//   - a submission: every finding of a submission the unit sends; the
//     findings whose subject is the unit (the dissent it voiced and the
//     dossier did not report, submission.dissent_not_reported); for the PPC
//     Office (a unit of kind ppc_office), the Office's own decisions and
//     faults on every dossier (submission.office_decision,
//     submission.return_late, submission.accepted_incomplete).
//   - a meeting: the findings whose subject is the unit or one of its people
//     (a PPC member who heads it), and the findings about the meeting as a
//     whole (quorum, invitation, documents, conclusion) of a meeting the
//     unit is invited to, chairs through one of its people, or attends or
//     is excused from through one of its people.
//   - a record (minutes, inspection record): the findings whose subject is
//     the unit or one of its people (the unit signed for, the chair, the
//     secretary), those that name one of its people as the signer (a person
//     of the unit signing for another unit), and the findings about the
//     record as a whole of a record the unit takes part in (listed in its
//     units, signed for it or by one of its people, chaired or kept by one
//     of its people).
//   - a delegation: every finding of a delegation granted by, or to, one of
//     the unit's people (its head, who grants it, or the grantee).
//
// A finding that a record is dated outside the rule set's period
// (rules.not_in_force) is kept whenever another finding of its record is.
// Records that could not be read at all (Case.Rejected) and problems of the
// directory itself (units, people, PPC members) name no unit: they are kept
// whatever the unit, so that no data problem is hidden from anyone; a
// duplicate id is kept when the duplicate record concerns the unit.
type scope struct {
	unit   regulation.UnitID
	dir    *regulation.Directory
	office bool // the unit is the PPC Office
}

func newScope(unit regulation.UnitID, dir *regulation.Directory) *scope {
	s := &scope{unit: unit, dir: dir}
	if u, ok := dir.Unit(unit); ok {
		s.office = u.Kind == regulation.UnitKindPPCOffice
	}
	return s
}

// all reports whether the check keeps everything (no unit).
func (s *scope) all() bool { return s.unit == "" }

// person reports whether the person id belongs to the unit.
func (s *scope) person(id regulation.PersonID) bool {
	p, ok := s.dir.Person(id)
	return ok && p.Unit == s.unit
}

// leads reports whether the unit leads t.
func (s *scope) leads(t *task.Task) bool { return s.all() || slices.Contains(t.Lead, s.unit) }

// keep returns the findings of found, all of one record, that concern the
// unit: all of them when the unit owns the record; else those whose subject
// is the unit or one of its people, those for which also says so, and, when
// the unit takes part in the record, those whose subject names no unit or
// person; rules.not_in_force with any other kept finding.
func (s *scope) keep(found regulation.Findings, owner, involved bool, also func(regulation.Finding) bool) regulation.Findings {
	if s.all() || owner || len(found) == 0 {
		return found
	}
	var out regulation.Findings
	var notInForce *regulation.Finding
	for i := range found {
		f := &found[i]
		if f.Code == regulation.RulesNotInForce {
			notInForce = f
			continue
		}
		ok := also != nil && also(*f)
		if u, named := s.dir.SubjectUnit(*f); named {
			ok = ok || u == s.unit
		} else {
			ok = ok || involved
		}
		if ok {
			out = append(out, *f)
		}
	}
	if len(out) > 0 && notInForce != nil {
		out = append(out, *notInForce)
	}
	return out
}

// The parts the unit takes in each kind of record: whether it owns the
// record, and whether it takes part in it.

func (s *scope) inConsultation(x *task.Consultation) (owner, involved bool) {
	return x.Lead == s.unit, slices.ContainsFunc(x.Replies, func(r task.Reply) bool { return r.Unit == s.unit })
}

func (s *scope) inSubmission(x *task.Submission) (owner, involved bool) {
	return x.From == s.unit, false
}

func (s *scope) inMeeting(x *meeting.Meeting) (owner, involved bool) {
	return false, s.person(x.Chair) ||
		slices.ContainsFunc(x.Invitations, func(i meeting.Invitation) bool { return i.Unit == s.unit }) ||
		slices.ContainsFunc(x.Attendees, func(a meeting.Attendee) bool { return a.ForUnit == s.unit || s.person(a.Person) }) ||
		slices.ContainsFunc(x.Absences, func(a meeting.Absence) bool { return a.Unit == s.unit || s.person(a.Person) })
}

func (s *scope) inRecord(x *signoff.Record) (owner, involved bool) {
	return false, slices.Contains(x.Units, s.unit) || s.person(x.Chair) || s.person(x.Secretary) ||
		slices.ContainsFunc(x.Signatures, func(g signoff.Signature) bool { return g.ForUnit == s.unit || s.person(g.Person) })
}

func (s *scope) inDelegation(x *signoff.Delegation) (owner, involved bool) {
	return s.person(x.Grantor) || s.person(x.Grantee), false
}

// takesPart reports whether the unit owns or takes part in a record.
func takesPart(owner, involved bool) bool { return owner || involved }

func (s *scope) consultation(x *task.Consultation, found regulation.Findings) regulation.Findings {
	if s.all() || len(found) == 0 {
		return found
	}
	owner, involved := s.inConsultation(x)
	return s.keep(found, owner, involved, nil)
}

// officeCodes are the findings on a submission that judge the PPC Office.
var officeCodes = []regulation.Code{
	regulation.SubmissionOfficeDecision, regulation.SubmissionReturnLate, regulation.SubmissionAcceptedIncomplete,
}

func (s *scope) submission(x *task.Submission, found regulation.Findings) regulation.Findings {
	if s.all() || len(found) == 0 {
		return found
	}
	owner, involved := s.inSubmission(x)
	return s.keep(found, owner, involved, func(f regulation.Finding) bool {
		return s.office && slices.Contains(officeCodes, f.Code)
	})
}

func (s *scope) meeting(x *meeting.Meeting, found regulation.Findings) regulation.Findings {
	if s.all() || len(found) == 0 {
		return found
	}
	owner, involved := s.inMeeting(x)
	return s.keep(found, owner, involved, nil)
}

func (s *scope) record(x *signoff.Record, found regulation.Findings) regulation.Findings {
	if s.all() || len(found) == 0 {
		return found
	}
	owner, involved := s.inRecord(x)
	return s.keep(found, owner, involved, func(f regulation.Finding) bool {
		p, ok := f.Details["signer"].(regulation.PersonRef)
		return ok && s.person(p.ID)
	})
}

func (s *scope) delegation(x *signoff.Delegation, found regulation.Findings) regulation.Findings {
	if s.all() || len(found) == 0 {
		return found
	}
	owner, involved := s.inDelegation(x)
	return s.keep(found, owner, involved, nil)
}

// duplicates keeps the input.invalid findings of repeated ids (detail
// "index") whose record, at that index of the list, the unit owns or takes
// part in.
func (s *scope) duplicates(fs regulation.Findings, concerns func(i int) bool) regulation.Findings {
	if s.all() {
		return fs
	}
	var out regulation.Findings
	for _, f := range fs {
		if i, ok := f.Details["index"].(int); ok && concerns(i) {
			out = append(out, f)
		}
	}
	return out
}
