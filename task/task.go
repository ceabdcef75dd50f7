package task

import (
	"slices"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// Assigner is who assigned a task (cơ quan, người giao nhiệm vụ). The zero
// value is AssignerUnknown, which a valid task never has.
type Assigner uint8

// Assigners, as named in rules.md, in the order summaries list them.
const (
	AssignerUnknown       Assigner = iota
	AssignerGovernment             // government: Chính phủ
	AssignerPrimeMinister          // prime_minister: Thủ tướng Chính phủ
	AssignerPPC                    // ppc: Ủy ban nhân dân tỉnh, collectively
	AssignerPPCChairman            // ppc_chairman: Chủ tịch UBND tỉnh
	AssignerViceChairman           // vice_chairman: Phó Chủ tịch UBND tỉnh
	AssignerOther                  // other: any other authority
)

// tkNumAssigners is the number of Assigner values, AssignerUnknown included.
const tkNumAssigners = int(AssignerOther) + 1

var tkAssigners = regulation.NewEnumSet[Assigner]("Assigner",
	"government", "prime_minister", "ppc", "ppc_chairman", "vice_chairman", "other")

var tkAssignerText = [...]tkText{
	{"không rõ", "unknown"},
	{"Chính phủ", "the Government"},
	{"Thủ tướng Chính phủ", "the Prime Minister"},
	{"UBND tỉnh", "the PPC"},
	{"Chủ tịch UBND tỉnh", "the PPC Chairman"},
	{"Phó Chủ tịch UBND tỉnh", "a PPC Vice-chairman"},
	{"cơ quan khác", "another authority"},
}

// String returns the snake_case name of a, "unknown" for AssignerUnknown and
// "%!Assigner(n)" for a value out of range. It never panics.
func (a Assigner) String() string { return tkAssigners.String(a) }

// MarshalText implements encoding.TextMarshaler; a value out of range is an
// error wrapping regulation.ErrUnknownValue.
func (a Assigner) MarshalText() ([]byte, error) { return tkAssigners.Marshal(a) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is a
// *regulation.EnumError.
func (a *Assigner) UnmarshalText(b []byte) (err error) { *a, err = tkAssigners.Parse(b); return err }

// Localize returns the Vietnamese or English name of a.
func (a Assigner) Localize(l regulation.Lang) string {
	if int(a) < len(tkAssignerText) {
		return tkAssignerText[a].in(l)
	}
	return a.String()
}

// tkText is a pair of texts, Vietnamese first.
type tkText struct{ vi, en string }

func (t tkText) in(l regulation.Lang) string {
	if l == regulation.English {
		return t.en
	}
	return t.vi
}

// Task is a task (nhiệm vụ) assigned to a lead unit (đơn vị chủ trì), with
// the coordinating units (đơn vị phối hợp) that help it, its deadline and
// the extensions (gia hạn) asked for. It is the record of the "tasks" list of
// a case file (api.md), decoded field by field from its json tags.
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
	rules = tkRulesOrEmpty(rules)
	return tkDeadline(&t, rules.Cal(), rules.Task.ExtensionLead, calendar.Date{}, false, nil)
}

// DeadlineAt is like [Task.EffectiveDeadline] as of asOf: extensions
// requested after asOf have not happened yet and are left out.
func (t Task) DeadlineAt(rules *regulation.Rules, asOf calendar.Date) (calendar.Date, bool) {
	rules = tkRulesOrEmpty(rules)
	return tkDeadline(&t, rules.Cal(), rules.Task.ExtensionLead, asOf, true, nil)
}

// tkEmptyRules stands in for a nil rule set: the Vietnam calendar, every
// parameter zero, no citations. It is never changed.
var tkEmptyRules = &regulation.Rules{}

func tkRulesOrEmpty(r *regulation.Rules) *regulation.Rules {
	if r == nil {
		return tkEmptyRules
	}
	return r
}

// tkOutcome is what became of an extension that had happened as of the date
// asked about.
type tkOutcome uint8

const (
	tkExtApplied    tkOutcome = iota + 1 // approved and timely: the deadline moves
	tkExtUnapproved                      // no approval: ignored
	tkExtLate                            // approved but too late: ignored
)

// tkDeadline returns the effective deadline of t, rolled to a working day,
// and false when t has no deadline. With bounded, extensions requested after
// asOf are left out. visit, when not nil, is told the outcome of each
// extension considered, in order of request, with the deadline in force
// (rolled) when it was requested. It allocates nothing unless t has more
// than tkSelectMax extensions out of order.
func tkDeadline(t *Task, cal *calendar.Calendar, lead int, asOf calendar.Date, bounded bool,
	visit func(i int, inForce calendar.Date, o tkOutcome)) (calendar.Date, bool) {
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
		o := tkExtApplied
		switch {
		case e.ApprovedBy == "":
			o = tkExtUnapproved
		case !e.Requested.Before(inForce) || cal.CountWorkdays(e.Requested, inForce) < lead:
			o = tkExtLate
		default:
			cur = e.NewDue
		}
		if visit != nil {
			visit(i, inForce, o)
		}
	}
	tkInRequestOrder(t.Extensions, step)
	return cal.NextWorkday(cur), true
}

// tkSelectMax is the number of extensions up to which tkInRequestOrder
// orders them without allocating.
const tkSelectMax = 16

// tkInRequestOrder calls f with the index of each extension in order of
// Requested; extensions requested on the same day keep their order.
func tkInRequestOrder(es []Extension, f func(i int)) {
	byRequest := func(a, b Extension) int { return a.Requested.Compare(b.Requested) }
	if slices.IsSortedFunc(es, byRequest) {
		for i := range es {
			f(i)
		}
		return
	}
	less := func(i, j int) bool {
		c := es[i].Requested.Compare(es[j].Requested)
		return c < 0 || c == 0 && i < j
	}
	if len(es) > tkSelectMax {
		ix := make([]int, len(es))
		for i := range ix {
			ix[i] = i
		}
		slices.SortStableFunc(ix, func(i, j int) int { return es[i].Requested.Compare(es[j].Requested) })
		for _, i := range ix {
			f(i)
		}
		return
	}
	prev := -1
	for range es {
		next := -1
		for j := range es {
			if (prev < 0 || less(prev, j)) && (next < 0 || less(j, next)) {
				next = j
			}
		}
		f(next)
		prev = next
	}
}

// tkFault is the first reason a task cannot be checked (every fault of a
// task is structural): the field at fault, as regulation.Path renders it
// from list, index and field ("lead[0]", "extensions[1].new_due", "due"),
// and the problem. It is kept unrendered so that a Summary counts an
// invalid task without allocating; Check reports it through a
// regulation.Validation.
type tkFault struct {
	list  string
	index int // -1 for a field that is not in a list
	field string
	p     regulation.Problem
}

// path renders the field path of f.
func (f tkFault) path() string { return regulation.Path(f.list, f.index, f.field) }

// tkDocValid reports whether a source document number is valid:
// regulation.ParseDocNumber accepts it.
func tkDocValid(s string) bool {
	_, err := regulation.ParseDocNumber(s)
	return err == nil
}

// tkValidate returns the first reason t cannot be checked, in field order,
// and whether there is one. Check and Summary.Add both use it, so that
// what Check reports as input.invalid is exactly what a Summary counts as
// invalid. With a nil dir (which only a Summary passes), units and people
// are not looked up. It allocates nothing (docs aside, the first time it
// sees a document number); a nil docs parses every number.
//
// Most tasks of a stream are plain (see tkPlain) and need no more than a
// few comparisons.
func tkValidate(t *Task, dir *regulation.Directory, docs *tkDocMemo) (tkFault, bool) {
	if dir == nil && tkPlain(t) {
		return tkFault{}, false
	}
	return tkValidateFull(t, dir, docs)
}

// tkValid is tkValidate for a Summary, which needs no fault: it reports
// whether t can be checked. Plain tasks cost a few comparisons and no copy
// of a fault.
func tkValid(t *Task, dir *regulation.Directory, docs *tkDocMemo) bool {
	if dir == nil && tkPlain(t) {
		return true
	}
	_, bad := tkValidateFull(t, dir, docs)
	return !bad
}

// tkPlain reports whether t is valid without anything to look up: it has
// an id, a known assigner, at most one lead unit, no source document, no
// coordinating units, no extensions, and dates in range and in order.
// False means "not plain", not "invalid": tkValidateFull decides. Tests
// prove that every plain task is valid by tkValidateFull.
func tkPlain(t *Task) bool {
	if t.ID == "" || uint8(t.Assigner-1) >= uint8(AssignerOther) || t.SourceDoc != "" ||
		len(t.Coordinators) != 0 || len(t.Extensions) != 0 || len(t.Lead) > 1 ||
		len(t.Lead) == 1 && t.Lead[0] == "" {
		return false
	}
	// The order of the dates, combined without branches: whether a task is
	// done or has a due date is as unpredictable as its status. Then the
	// range: Assigned, and the later of Due and Done (both are on or after
	// Assigned, so only their upper bound is left to check).
	a := t.Assigned
	ordered := (tkBit(t.Due.IsZero()) | tkBit(!t.Due.Before(a))) & (tkBit(t.Done.IsZero()) | tkBit(!t.Done.Before(a)))
	later := t.Due
	if t.Done.After(later) {
		later = t.Done
	}
	return ordered != 0 && regulation.DateProblem(a, calendar.Date{}, true) == regulation.ProblemUnknown &&
		regulation.DateProblem(later, a, false) == regulation.ProblemUnknown
}

// tkValidateFull is tkValidate for every task.
func tkValidateFull(t *Task, dir *regulation.Directory, docs *tkDocMemo) (tkFault, bool) {
	bad := func(field string, p regulation.Problem) (tkFault, bool) {
		return tkFault{list: field, index: -1, p: p}, true
	}
	switch {
	case t.ID == "":
		return bad("id", regulation.ProblemMissing)
	case t.Assigner == AssignerUnknown:
		return bad("assigner", regulation.ProblemMissing)
	case int(t.Assigner) >= tkNumAssigners:
		return bad("assigner", regulation.ProblemInvalidValue)
	case t.SourceDoc != "" && !docs.valid(t.SourceDoc):
		return bad("source_doc", regulation.ProblemInvalidValue)
	}
	if f, fault := tkValidateUnits("lead", t.Lead, dir); fault {
		return f, true
	}
	if f, fault := tkValidateUnits("coordinators", t.Coordinators, dir); fault {
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
		return tkFault{}, false
	}
	if t.Due.IsZero() {
		// An extension moves a deadline: the task must have one.
		return bad("due", regulation.ProblemMissing)
	}
	for i := range t.Extensions {
		e := &t.Extensions[i]
		at := func(field string, p regulation.Problem) (tkFault, bool) {
			return tkFault{list: "extensions", index: i, field: field, p: p}, true
		}
		if p := regulation.DateProblem(e.Requested, t.Assigned, true); p != regulation.ProblemUnknown {
			return at("requested", p)
		}
		if p := regulation.DateProblem(e.NewDue, e.Requested, true); p != regulation.ProblemUnknown {
			return at("new_due", p)
		}
		if e.ApprovedBy != "" && dir != nil && !tkKnownPerson(dir, e.ApprovedBy) {
			return at("approved_by", regulation.ProblemUnknownPerson)
		}
	}
	return tkFault{}, false
}

func tkValidateUnits(list string, units []regulation.UnitID, dir *regulation.Directory) (tkFault, bool) {
	for i, u := range units {
		switch {
		case u == "":
			return tkFault{list: list, index: i, p: regulation.ProblemMissing}, true
		case dir != nil:
			if _, ok := dir.UnitIndex(u); !ok {
				return tkFault{list: list, index: i, p: regulation.ProblemUnknownUnit}, true
			}
		}
	}
	return tkFault{}, false
}

func tkKnownPerson(dir *regulation.Directory, p regulation.PersonID) bool {
	_, ok := dir.PersonIndex(p)
	return ok
}

// tkSubject is the subject of the task.* findings of t: its lead unit when
// it has exactly one, else "".
func tkSubject(t *Task) string {
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
	if f, bad := tkValidate(&t, dir, nil); bad {
		v.Fault(f.path(), f.p)
	}
	if !v.Checkable() || !regulation.Exists(t.Assigned, asOf) {
		return v.Findings()
	}
	var fs regulation.Findings
	subject := tkSubject(&t)
	finding := func(c regulation.Code, d regulation.Details) {
		fs = append(fs, rules.Finding(c, kind, t.ID, subject, d))
	}
	if len(t.Lead) != 1 {
		finding(regulation.TaskLeadCount, regulation.Details{"leads": len(t.Lead)})
	}
	cal := rules.Cal()
	deadline, ok := tkDeadline(&t, cal, rules.Task.ExtensionLead, asOf, true,
		func(i int, inForce calendar.Date, o tkOutcome) {
			e := t.Extensions[i]
			switch o {
			case tkExtUnapproved:
				finding(regulation.TaskExtensionUnapproved, regulation.Details{
					"requested": e.Requested, "new_due": e.NewDue,
				})
			case tkExtLate:
				finding(regulation.TaskExtensionLate, regulation.Details{
					"requested": e.Requested, "deadline": inForce, "new_due": e.NewDue,
					"lead_workdays": rules.Task.ExtensionLead,
				})
			}
		})
	if ok {
		switch tkStatusFor(&t, deadline, asOf) {
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
