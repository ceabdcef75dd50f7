package task

import (
	"slices"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// Assigner is who assigned a task (cơ quan, người giao nhiệm vụ). The zero
// value is AssignerUnknown, which a valid task never has.
type Assigner uint8

// Assigners, in the order summaries list them; the comment gives each one's
// name in the case file.
const (
	AssignerUnknown       Assigner = iota
	AssignerGovernment             // government: Chính phủ
	AssignerPrimeMinister          // prime_minister: Thủ tướng Chính phủ
	AssignerPPC                    // ppc: Ủy ban nhân dân tỉnh, collectively
	AssignerPPCChairman            // ppc_chairman: Chủ tịch UBND tỉnh
	AssignerViceChairman           // vice_chairman: Phó Chủ tịch UBND tỉnh
	AssignerOther                  // other: any other authority
)

// numAssigners is the number of Assigner values, AssignerUnknown included.
const numAssigners = int(AssignerOther) + 1

var assigners = regulation.DefineEnum[Assigner]("Assigner", []regulation.EnumValue{
	AssignerUnknown:       {Label: regulation.Text{VI: "không rõ", EN: "unknown"}},
	AssignerGovernment:    {Name: "government", Label: regulation.Text{VI: "Chính phủ", EN: "the Government"}},
	AssignerPrimeMinister: {Name: "prime_minister", Label: regulation.Text{VI: "Thủ tướng Chính phủ", EN: "the Prime Minister"}},
	AssignerPPC:           {Name: "ppc", Label: regulation.Text{VI: "UBND tỉnh", EN: "the PPC"}},
	AssignerPPCChairman:   {Name: "ppc_chairman", Label: regulation.Text{VI: "Chủ tịch UBND tỉnh", EN: "the PPC Chairman"}},
	AssignerViceChairman:  {Name: "vice_chairman", Label: regulation.Text{VI: "Phó Chủ tịch UBND tỉnh", EN: "a PPC Vice-chairman"}},
	AssignerOther:         {Name: "other", Label: regulation.Text{VI: "cơ quan khác", EN: "another authority"}},
})

// String returns the snake_case name of a, "unknown" for AssignerUnknown and
// "%!Assigner(n)" for a value out of range. It never panics.
func (a Assigner) String() string { return assigners.String(a) }

// MarshalText implements encoding.TextMarshaler; a value out of range is an
// error wrapping regulation.ErrUnknownValue.
func (a Assigner) MarshalText() ([]byte, error) { return assigners.Marshal(a) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is a
// *regulation.EnumError.
func (a *Assigner) UnmarshalText(b []byte) (err error) { *a, err = assigners.Parse(b); return err }

// Localize returns the Vietnamese or English name of a.
func (a Assigner) Localize(l regulation.Lang) string { return assigners.Localize(a, l) }

// Task is a task (nhiệm vụ) assigned to a lead unit (đơn vị chủ trì), with
// the coordinating units (đơn vị phối hợp) that help it, its deadline and
// the extensions (gia hạn) asked for. It is the record of the "tasks" list of
// a case file (quyche.case/v1, see examples/casefile/FORMAT.md), decoded
// field by field from its json tags.
//
// Lead is a list so that a task with no lead unit, or with two, can be
// represented and reported (task.lead_count). A zero Due means the task has
// no deadline; a zero Done means it is not done.
type Task struct {
	ID           string              `json:"id"`
	Title        string              `json:"title,omitempty"`
	Assigner     Assigner            `json:"assigner"`
	SourceDoc    string              `json:"source_doc,omitempty"` // number of the assigning document, e.g. "1272/UBND-KTTH"
	Lead         []regulation.UnitID `json:"lead"`
	Coordinators []regulation.UnitID `json:"coordinators,omitempty"`
	Assigned     calendar.Date       `json:"assigned"`
	Due          calendar.Date       `json:"due,omitzero"`
	Done         calendar.Date       `json:"done,omitzero"`
	Extensions   []Extension         `json:"extensions,omitempty"`
}

// Extension is a request to extend a task's deadline (gia hạn) to NewDue,
// made on Requested. An empty ApprovedBy means it was not approved.
//
// An extension counts only when it is approved and was requested at least
// rules.Task.ExtensionLead working days before the deadline then in force
// (that deadline moved to the next working day when it is a day off), and
// before that deadline: CountWorkdays(Requested, deadline) ≥ ExtensionLead.
// Otherwise it is ignored and reported (task.extension_unapproved,
// task.extension_late).
type Extension struct {
	Requested  calendar.Date       `json:"requested"`
	NewDue     calendar.Date       `json:"new_due"`
	ApprovedBy regulation.PersonID `json:"approved_by,omitempty"`
}

// EffectiveDeadline returns the deadline of t after every recorded extension
// that counts (approved and timely; see [Extension]), moved to the next
// working day of the rule set's calendar when it falls on a day off (Civil
// Code Art. 148(5)), and false when t has no deadline. It ignores as-of
// dates: use [Task.DeadlineAt] to leave out extensions requested after a
// given date. For a task that [Check] reports as input.invalid the result is
// unspecified, but it never panics. A nil rules is an empty rule set: the
// Vietnam calendar, every parameter zero.
func (t Task) EffectiveDeadline(rules *regulation.Rules) (calendar.Date, bool) {
	rules = rulesOrEmpty(rules)
	return effectiveDeadline(&t, rules.WorkCalendar(), rules.Task.ExtensionLead, calendar.Date{}, false, nil)
}

// DeadlineAt is like [Task.EffectiveDeadline] as of asOf: extensions
// requested after asOf have not happened yet and are left out.
func (t Task) DeadlineAt(rules *regulation.Rules, asOf calendar.Date) (calendar.Date, bool) {
	rules = rulesOrEmpty(rules)
	return effectiveDeadline(&t, rules.WorkCalendar(), rules.Task.ExtensionLead, asOf, true, nil)
}

// emptyRules stands in for a nil rule set: the Vietnam calendar, every
// parameter zero, no citations. It is never changed.
var emptyRules = &regulation.Rules{}

func rulesOrEmpty(r *regulation.Rules) *regulation.Rules {
	if r == nil {
		return emptyRules
	}
	return r
}

// outcome is what became of an extension that had happened as of the date
// asked about.
type outcome uint8

const (
	extensionApplied    outcome = iota + 1 // approved and timely: the deadline moves
	extensionUnapproved                    // no approval: ignored
	extensionLate                          // approved but too late: ignored
)

// effectiveDeadline returns the effective deadline of t, rolled to a working day,
// and false when t has no deadline. With bounded, extensions requested after
// asOf are left out. visit, when not nil, is told the outcome of each
// extension considered, in order of request, with the deadline in force
// (rolled) when it was requested. It allocates nothing unless t has more
// than 8 extensions.
func effectiveDeadline(t *Task, cal *calendar.Calendar, lead int, asOf calendar.Date, bounded bool,
	visit func(i int, inForce calendar.Date, o outcome)) (calendar.Date, bool) {
	if t.Due.IsZero() {
		return calendar.Date{}, false
	}
	if len(t.Extensions) == 0 {
		return cal.NextWorkday(t.Due), true
	}
	cur := t.Due
	step := func(i int) {
		e := &t.Extensions[i]
		if bounded && e.Requested.After(asOf) {
			return // not requested yet as of asOf
		}
		inForce := cal.NextWorkday(cur)
		o := extensionApplied
		switch {
		case e.ApprovedBy == "":
			o = extensionUnapproved
		case !e.Requested.Before(inForce) || cal.CountWorkdays(e.Requested, inForce) < lead:
			o = extensionLate
		default:
			cur = e.NewDue
		}
		if visit != nil {
			visit(i, inForce, o)
		}
	}
	inRequestOrder(t.Extensions, step)
	return cal.NextWorkday(cur), true
}

// inRequestOrder calls f with the index of each extension in order of
// Requested; extensions requested on the same day keep their order. It
// allocates nothing for up to 8 extensions.
func inRequestOrder(es []Extension, f func(i int)) {
	var buf [8]int
	order := buf[:0]
	for i := range es {
		order = append(order, i)
	}
	slices.SortStableFunc(order, func(i, j int) int { return es[i].Requested.Compare(es[j].Requested) })
	for _, i := range order {
		f(i)
	}
}

// taskSubject is the subject of the task.* findings of t: its lead unit when
// it has exactly one, else "".
func taskSubject(t *Task) string {
	if len(t.Lead) == 1 {
		return string(t.Lead[0])
	}
	return ""
}

// Check checks one task as of asOf under rules, with dir the units and
// people of the case, and returns all its findings, sorted (see
// regulation.Findings.Sort):
//
//   - input.invalid, one per bad argument and nothing else, when asOf is
//     zero or outside the years 0001 to 9999 (subject "as_of"), dir is nil
//     ("directory") or rules is nil ("rules"): there is no default for any
//     of them;
//   - input.invalid, alone, when the task cannot be checked: a missing id,
//     assigner or assignment date, an unknown assigner, a source document
//     number that regulation.ParseDocNumber refuses, an empty unit or one
//     that dir does not know in lead or coordinators ("lead[0]"), an
//     approver who is not a person of dir, a due or done date before the
//     assignment, extensions on a task without a due date, an extension
//     without dates, requested before the assignment or moving the deadline
//     to before its request, a date outside the years 0001 to 9999
//     (out_of_range). Every fault of a task is structural: it has no
//     optional date whose fault could stay local. This finding is reported
//     whatever the task's dates;
//   - nothing else when the task is assigned after asOf: it does not exist
//     yet as of asOf (see regulation.Exists);
//   - task.lead_count when the task has not exactly one lead unit;
//   - task.extension_unapproved and task.extension_late for each extension
//     requested on or before asOf that does not count (see [Extension]);
//     an extension requested after asOf has not happened yet;
//   - task.overdue, task.done_late or task.due_soon from the task's status
//     as of asOf (see [Task.StatusAt]). The lateness of task.overdue (from
//     the deadline to asOf) and of task.done_late (from the deadline to the
//     done date) is given in calendar days and in working days of the rule
//     set's calendar (details late_days and late_workdays), so that a delay
//     across Tết is not misread. due_soon when the task is not done and at
//     most rules.Task.DueSoon working days are left (zero included).
//
// The subject of task.* findings is the lead unit when there is exactly one,
// else "". The rule set's effective period does not matter: a task's
// deadline comes from the document that assigned it. Check never panics and
// does not change its inputs.
func Check(t Task, dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) regulation.Findings {
	kind := regulation.RecordKindTask
	if fs := regulation.CheckArguments(kind, t.ID, dir, rules, asOf); len(fs) > 0 {
		return fs
	}
	v := regulation.NewValidation(kind, t.ID)
	if f, bad := validateTask(&t, dir, nil); bad {
		v.Fault(f.path(), f.p)
	}
	if !v.Checkable() || !regulation.Exists(t.Assigned, asOf) {
		return v.Findings()
	}
	var fs regulation.Findings
	subject := taskSubject(&t)
	finding := func(c regulation.Code, d regulation.Details) {
		fs = append(fs, rules.Finding(c, kind, t.ID, subject, d))
	}
	if len(t.Lead) != 1 {
		finding(regulation.TaskLeadCount, regulation.Details{"leads": len(t.Lead)})
	}
	cal := rules.WorkCalendar()
	deadline, ok := effectiveDeadline(&t, cal, rules.Task.ExtensionLead, asOf, true,
		func(i int, inForce calendar.Date, o outcome) {
			e := t.Extensions[i]
			switch o {
			case extensionUnapproved:
				finding(regulation.TaskExtensionUnapproved, regulation.Details{
					"requested": e.Requested, "new_due": e.NewDue,
				})
			case extensionLate:
				finding(regulation.TaskExtensionLate, regulation.Details{
					"requested": e.Requested, "deadline": inForce, "new_due": e.NewDue,
					"lead_workdays": rules.Task.ExtensionLead,
				})
			}
		})
	if ok {
		switch statusFor(&t, deadline, asOf) {
		case StatusDoneLate:
			days, workdays := regulation.Lateness(cal, deadline, t.Done)
			finding(regulation.TaskDoneLate, regulation.Details{
				"deadline": deadline, "done": t.Done, "late_days": days, "late_workdays": workdays,
			})
		case StatusOverdue:
			days, workdays := regulation.Lateness(cal, deadline, asOf)
			finding(regulation.TaskOverdue, regulation.Details{
				"deadline": deadline, "as_of": asOf, "late_days": days, "late_workdays": workdays,
			})
		case StatusInProgress:
			if left := cal.CountWorkdays(asOf, deadline); left >= 0 && left <= rules.Task.DueSoon {
				finding(regulation.TaskDueSoon, regulation.Details{
					"deadline": deadline, "workdays_left": left,
				})
			}
		}
	}
	fs.Sort()
	return fs
}
