package signoff

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// DelegationProblem says why a signature's delegation is not valid: the
// "problem" detail of signoff.delegation_invalid. When several apply, the
// first in the order of the constants is reported. The zero value is
// DelegationProblemUnknown, which no finding carries.
type DelegationProblem uint8

// Delegation problems, from the first reported.
const (
	DelegationProblemUnknown DelegationProblem = iota
	// DelegationProblemMissing: a TL. or TUQ. signature names no delegation.
	DelegationProblemMissing
	// DelegationProblemUnusable: the delegation, or the one it passes on, is
	// itself input.invalid ([CheckDelegation] reports why).
	DelegationProblemUnusable
	// DelegationProblemWrongGrantee: the delegation was granted to someone else.
	DelegationProblemWrongGrantee
	// DelegationProblemRedelegated: the delegation passes on a TUQ., is a TUQ.
	// that passes something on, or passes on a delegation that was itself
	// passed on.
	DelegationProblemRedelegated
	// DelegationProblemBrokenChain: the delegation passes on one that its grantor
	// does not hold.
	DelegationProblemBrokenChain
	// DelegationProblemNotFromHead: the delegation at the root of the chain was
	// not granted by the head of the unit signed for.
	DelegationProblemNotFromHead
	// DelegationProblemNotYetValid: the signing date is before the validity of a
	// delegation of the chain.
	DelegationProblemNotYetValid
	// DelegationProblemExpired: the signing date is after the validity of a
	// delegation of the chain.
	DelegationProblemExpired
	// DelegationProblemOutOfScope: a delegation of the chain does not cover the
	// kind of record.
	DelegationProblemOutOfScope
	// DelegationProblemKindMismatch: the capacity does not match the delegation:
	// TL. under a TUQ. or the reverse, TL. or TUQ. under a delegation that
	// was passed on, KT. under one that was not, or a direct, TM. or Q.
	// signature that names a delegation.
	DelegationProblemKindMismatch
	// DelegationProblemGranteeOutsideUnit: the grantee of a delegation of the
	// chain does not belong to the unit of its grantor (the granting unit,
	// or, for a pass-on, the unit of the one who passes it on). It is also
	// the problem [CheckDelegation] reports on such a delegation.
	DelegationProblemGranteeOutsideUnit
)

var delegationProblems = regulation.DefineEnum[DelegationProblem]("DelegationProblem", []regulation.EnumValue{
	DelegationProblemUnknown: {Label: regulation.Text{VI: "lỗi không rõ", EN: "unknown problem"}},
	DelegationProblemMissing: {Name: "missing", Label: regulation.Text{
		VI: "không có văn bản giao ký", EN: "no delegation is given"}},
	DelegationProblemUnusable: {Name: "unusable", Label: regulation.Text{
		VI: "văn bản giao ký không hợp lệ", EN: "the delegation record itself is not valid"}},
	DelegationProblemWrongGrantee: {Name: "wrong_grantee", Label: regulation.Text{
		VI: "văn bản giao ký cho người khác", EN: "it was granted to someone else"}},
	DelegationProblemRedelegated: {Name: "redelegated", Label: regulation.Text{
		VI: "ký thừa ủy quyền không được ủy quyền lại; ký thừa lệnh chỉ được giao lại một lần cho cấp phó",
		EN: "it was passed on although it may not be (a TUQ. never, a TL. once, to a deputy)"}},
	DelegationProblemBrokenChain: {Name: "broken_chain", Label: regulation.Text{
		VI: "người giao lại không phải người được giao ký", EN: "it was passed on by someone who did not hold it"}},
	DelegationProblemNotFromHead: {Name: "not_from_head", Label: regulation.Text{
		VI: "không do người đứng đầu đơn vị được ký thay giao", EN: "it was not granted by the head of the unit signed for"}},
	DelegationProblemNotYetValid: {Name: "not_yet_valid", Label: regulation.Text{
		VI: "chưa có hiệu lực vào ngày ký", EN: "it was not yet in force on the signing date"}},
	DelegationProblemExpired: {Name: "expired", Label: regulation.Text{
		VI: "đã hết hiệu lực vào ngày ký", EN: "it had expired by the signing date"}},
	DelegationProblemOutOfScope: {Name: "out_of_scope", Label: regulation.Text{
		VI: "không bao gồm loại biên bản này", EN: "it does not cover this kind of record"}},
	DelegationProblemKindMismatch: {Name: "kind_mismatch", Label: regulation.Text{
		VI: "thẩm quyền ký không khớp với loại giao ký", EN: "the capacity does not match the kind of delegation"}},
	DelegationProblemGranteeOutsideUnit: {Name: "grantee_outside_unit", Label: regulation.Text{
		VI: "người được giao ký không thuộc đơn vị giao ký", EN: "grantee outside the unit"}},
})

// String returns the snake_case name of p.
func (p DelegationProblem) String() string { return delegationProblems.String(p) }

// MarshalText implements encoding.TextMarshaler.
func (p DelegationProblem) MarshalText() ([]byte, error) { return delegationProblems.Marshal(p) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is a
// *regulation.EnumError.
func (p *DelegationProblem) UnmarshalText(b []byte) (err error) {
	*p, err = delegationProblems.Parse(b)
	return err
}

// Localize returns the Vietnamese or English description of p.
func (p DelegationProblem) Localize(l regulation.Lang) string {
	return delegationProblems.Localize(p, l)
}

// delegationID is the "delegation" detail of signoff.delegation_invalid: the
// id the signature names, rendered as "không có" / "none" when it names none.
// It marshals as the id itself.
type delegationID string

// Localize renders the id, or "không có" / "none" for the empty id.
func (d delegationID) Localize(l regulation.Lang) string {
	if d != "" {
		return string(d)
	}
	return regulation.Text{VI: "không có", EN: "none"}.In(l)
}

// MarshalText returns the id.
func (d delegationID) MarshalText() ([]byte, error) { return []byte(d), nil }

// CheckDelegation checks the delegation d under rules, with the people of
// dir and the other delegations of opts, as of asOf, and returns its
// findings sorted (record kind delegation, record d.ID).
//
// The arguments come first, as in [Check]: a zero asOf (or one outside the
// years 0001–9999), a nil rules and a nil dir each yield input.invalid with
// subject "as_of", "rules" or "directory", and nothing else.
//
// A delegation that cannot be used — a missing id; a kind other than TL or
// TUQ; a grantor or grantee who is missing or not a person of dir, or one
// person as both; a scope entry that is no kind of record; a missing
// ValidFrom or ValidTo, one outside the years 0001–9999, or a ValidTo before
// ValidFrom; a Via that names no other delegation of opts.Delegations or
// runs in a circle — yields exactly one input.invalid finding, for the first
// field at fault (e.g. "valid_to" with problem date_order, "scope[1]"), and
// nothing else, whatever its dates. An empty Scope is no fault: the
// delegation covers no kind of record, so a signature under it gets
// signoff.delegation_invalid (out_of_scope). A delegation has no optional
// date, so no fault switches off only some rules.
//
// A delegation comes into being on its ValidFrom: one that starts after asOf
// does not exist yet and gets no finding but its input.invalid. Otherwise,
// when its grantee does not belong to the unit of its grantor (for a
// pass-on, the unit of the one who passes it on), it gets
// signoff.delegation_invalid with subject the grantee and details signer
// (the grantee), capacity (its Kind), delegation (d.ID) and problem
// [DelegationProblemGranteeOutsideUnit]. Delegations are not judged against the
// rule set's period (no rules.not_in_force).
//
// Whether a delegation is valid for a given signature (its grantor, its
// validity on the signing date, its scope, whether it was passed on) is
// judged by [Check] and [Ask] for each signature that names it.
// CheckDelegation never panics and is safe for concurrent use.
func CheckDelegation(d Delegation, dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date, opts Options) regulation.Findings {
	const kind = regulation.RecordKindDelegation
	if fs := regulation.CheckArguments(kind, d.ID, dir, rules, asOf); len(fs) != 0 {
		return fs
	}
	v := regulation.NewValidation(kind, d.ID)
	validateDelegation(&v, &d, dir, opts.Delegations)
	if !v.Checkable() || !regulation.Exists(d.ValidFrom, asOf) {
		return v.Findings()
	}
	if grantee, ok := outsider(&d, dir); ok {
		return regulation.Findings{rules.Finding(regulation.SignoffDelegationInvalid, kind, d.ID, string(grantee.ID),
			regulation.Details{
				"signer": dir.PersonRef(grantee.ID), "capacity": d.Kind, "delegation": delegationID(d.ID),
				"problem": DelegationProblemGranteeOutsideUnit,
			})}
	}
	return nil
}

// outsider returns the grantee of d and true when the grantee does not
// belong to the granting unit — for a delegation from a unit's head, the
// grantor's unit; for a pass-on, the unit of the one who passes it on. The
// People's Committee itself (unit kind ppc) is made of its Office and the
// agencies under it (departments and boards): a delegation by the Chairman
// to the Chief of the PPC Office (TL. CHỦ TỊCH) or to a department's
// director (TUQ. CHỦ TỊCH) stays inside the PPC. District People's
// Committees are another level of government, not part of the PPC. d has
// been validated: both are people of dir.
func outsider(d *Delegation, dir *regulation.Directory) (regulation.Person, bool) {
	grantor, _ := dir.Person(d.Grantor)
	grantee, _ := dir.Person(d.Grantee)
	return grantee, !belongsTo(grantee.Unit, grantor.Unit, dir)
}

// belongsTo reports whether unit u is unit of, or part of it: the PPC's
// Office, departments and boards are part of the PPC.
func belongsTo(u, of regulation.UnitID, dir *regulation.Directory) bool {
	if u == of {
		return true
	}
	parent, _ := dir.Unit(of)
	if parent.Kind != regulation.UnitKindPPC {
		return false
	}
	unit, _ := dir.Unit(u)
	switch unit.Kind {
	case regulation.UnitKindPPCOffice, regulation.UnitKindDepartment, regulation.UnitKindBoard:
		return true
	}
	return false
}

// validateDelegation records in v the first structural fault of d, in the
// order of its fields. An empty Scope is no fault.
func validateDelegation(v *regulation.Validation, d *Delegation, dir *regulation.Directory, dels map[string]Delegation) {
	switch {
	case d.ID == "":
		v.Fault("id", regulation.ProblemMissing)
	case d.Kind == CapacityUnknown:
		v.Fault("kind", regulation.ProblemMissing)
	case !d.Kind.delegated():
		v.Fault("kind", regulation.ProblemInvalidValue)
	}
	if !personField(v, "grantor", d.Grantor, dir) || !personField(v, "grantee", d.Grantee, dir) {
		return
	}
	if d.Grantee == d.Grantor {
		v.Fault("grantee", regulation.ProblemInvalidValue)
	}
	for i, k := range d.Scope {
		switch {
		case k == KindUnknown:
			v.Fault(regulation.Path("scope", i, ""), regulation.ProblemMissing)
		case !k.valid():
			v.Fault(regulation.Path("scope", i, ""), regulation.ProblemInvalidValue)
		}
	}
	if !v.Date("valid_from", d.ValidFrom, calendar.Date{}) || !v.Date("valid_to", d.ValidTo, d.ValidFrom) {
		return
	}
	if d.Via == "" || !v.Checkable() {
		return
	}
	if d.Via == d.ID {
		v.Fault("via", regulation.ProblemInvalidValue)
		return
	}
	if _, ok := dels[d.Via]; !ok {
		v.Fault("via", regulation.ProblemUnknownRecord)
		return
	}
	// Follow the chain: it must end within len(dels) steps and never come
	// back to d.
	next := d.Via
	for steps := 0; next != ""; steps++ {
		n, ok := dels[next]
		if !ok {
			break // the link further down is at fault, not d
		}
		if n.Via == d.ID || steps > len(dels) {
			v.Fault("via", regulation.ProblemInvalidValue)
			return
		}
		next = n.Via
	}
}

// usable reports whether d has no structural fault: whether it can be
// judged for a signature that names it.
func usable(d *Delegation, dir *regulation.Directory, dels map[string]Delegation) bool {
	v := regulation.NewValidation(regulation.RecordKindDelegation, d.ID)
	validateDelegation(&v, d, dir, dels)
	return v.Checkable()
}

// personField records in v a fault of the required person id of field, and
// reports whether id names a person of dir.
func personField(v *regulation.Validation, field string, id regulation.PersonID, dir *regulation.Directory) bool {
	if id == "" {
		v.Fault(field, regulation.ProblemMissing)
		return false
	}
	if _, ok := dir.Person(id); !ok {
		v.Fault(field, regulation.ProblemUnknownPerson)
		return false
	}
	return true
}

// grant is what the delegation named by a signature gives its signer.
type grant struct {
	root    Delegation        // the delegation at the root of the chain (the one from the unit's head)
	holder  regulation.Person // the grantee of root; a KT. pass-on signs for them
	passed  bool              // the signer holds it through a pass-on (Via)
	known   bool              // root and holder are known (the chain could be read)
	problem DelegationProblem // the first problem, DelegationProblemUnknown when valid
}

// resolve judges the delegation id named by a signature of signer for unit
// on a record of kind dated date: who granted it, whether it reached the
// signer, and whether it is in force and in scope on that date.
func resolve(id string, signer regulation.PersonID, unit regulation.UnitID, kind Kind, date calendar.Date,
	dir *regulation.Directory, dels map[string]Delegation) grant {
	var g grant
	worst := func(p DelegationProblem) {
		if g.problem == DelegationProblemUnknown || p < g.problem {
			g.problem = p
		}
	}
	first, ok := dels[id]
	if !ok {
		g.problem = DelegationProblemUnusable
		return g
	}
	if !usable(&first, dir, dels) {
		g.problem = DelegationProblemUnusable
		return g
	}
	links := [2]Delegation{first}
	n := 1
	if first.Via != "" {
		next := dels[first.Via] // exists: validateDelegation checked it
		if !usable(&next, dir, dels) {
			g.problem = DelegationProblemUnusable
			return g
		}
		links[1] = next
		n = 2
		g.passed = true
		if next.Via != "" || first.Kind == CapacityTUQ || next.Kind == CapacityTUQ {
			worst(DelegationProblemRedelegated)
		}
		if first.Grantor != next.Grantee {
			worst(DelegationProblemBrokenChain)
		}
	}
	g.root = links[n-1]
	g.holder, _ = dir.Person(g.root.Grantee)
	g.known = true
	if first.Grantee != signer {
		worst(DelegationProblemWrongGrantee)
	}
	if grantor, _ := dir.Person(g.root.Grantor); grantor.Unit != unit || !grantor.Position.IsHead() {
		worst(DelegationProblemNotFromHead)
	}
	for i := range n {
		d := &links[i]
		switch {
		case date.Before(d.ValidFrom):
			worst(DelegationProblemNotYetValid)
		case date.After(d.ValidTo):
			worst(DelegationProblemExpired)
		}
		if !d.inScope(kind) {
			worst(DelegationProblemOutOfScope)
		}
		if _, out := outsider(d, dir); out {
			worst(DelegationProblemGranteeOutsideUnit)
		}
	}
	return g
}
