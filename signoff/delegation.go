package signoff

import (
	"strconv"

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
	// DelegationMissing: a TL. or TUQ. signature names no delegation.
	DelegationMissing
	// DelegationUnusable: the delegation, or the one it passes on, is
	// itself input.invalid ([CheckDelegation] reports why).
	DelegationUnusable
	// DelegationWrongGrantee: the delegation was granted to someone else.
	DelegationWrongGrantee
	// DelegationRedelegated: the delegation passes on a TUQ., is a TUQ.
	// that passes something on, or passes on a delegation that was itself
	// passed on.
	DelegationRedelegated
	// DelegationBrokenChain: the delegation passes on one that its grantor
	// does not hold.
	DelegationBrokenChain
	// DelegationNotFromHead: the delegation at the root of the chain was
	// not granted by the head of the unit signed for.
	DelegationNotFromHead
	// DelegationNotYetValid: the signing date is before the validity of a
	// delegation of the chain.
	DelegationNotYetValid
	// DelegationExpired: the signing date is after the validity of a
	// delegation of the chain.
	DelegationExpired
	// DelegationOutOfScope: a delegation of the chain does not cover the
	// kind of record.
	DelegationOutOfScope
	// DelegationKindMismatch: the capacity does not match the delegation:
	// TL. under a TUQ. or the reverse, TL. or TUQ. under a delegation that
	// was passed on, KT. under one that was not, or a direct, TM. or Q.
	// signature that names a delegation.
	DelegationKindMismatch
)

var delegationProblems = regulation.NewEnumSet[DelegationProblem]("DelegationProblem",
	"missing", "unusable", "wrong_grantee", "redelegated", "broken_chain", "not_from_head",
	"not_yet_valid", "expired", "out_of_scope", "kind_mismatch")

var delegationProblemText = [...][2]string{
	{"lỗi không rõ", "unknown problem"},
	{"không có văn bản giao ký", "no delegation is given"},
	{"văn bản giao ký không hợp lệ", "the delegation record itself is not valid"},
	{"văn bản giao ký cho người khác", "it was granted to someone else"},
	{"ký thừa ủy quyền không được ủy quyền lại; ký thừa lệnh chỉ được giao lại một lần cho cấp phó", "it was passed on although it may not be (a TUQ. never, a TL. once, to a deputy)"},
	{"người giao lại không phải người được giao ký", "it was passed on by someone who did not hold it"},
	{"không do người đứng đầu đơn vị được ký thay giao", "it was not granted by the head of the unit signed for"},
	{"chưa có hiệu lực vào ngày ký", "it was not yet in force on the signing date"},
	{"đã hết hiệu lực vào ngày ký", "it had expired by the signing date"},
	{"không bao gồm loại biên bản này", "it does not cover this kind of record"},
	{"thẩm quyền ký không khớp với loại giao ký", "the capacity does not match the kind of delegation"},
}

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
	return localize(delegationProblemText[:], int(p), l, p.String())
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
	if l == regulation.English {
		return "none"
	}
	return "không có"
}

// MarshalText returns the id.
func (d delegationID) MarshalText() ([]byte, error) { return []byte(d), nil }

// CheckDelegation checks that the delegation d can be used: a non-empty id,
// a kind of TL or TUQ, a grantor and a grantee who are people of dir and not
// the same person, a non-empty scope of record kinds, both ends of the
// validity with ValidTo not before ValidFrom, and a Via, when given, that
// names another delegation of opts.Delegations without running in a circle.
// A delegation that cannot be used yields exactly one input.invalid finding
// (record kind delegation, subject the first field at fault, e.g. "valid_to"
// with problem date_order, "scope[1]"), as does a nil rules (subject
// "rules"); otherwise the result is empty.
//
// Whether a delegation is valid for a given signature (its grantor, its
// validity on the signing date, its scope, whether it was passed on) is
// judged by [Check] and [MaySign] for each signature that names it; asOf is
// accepted for symmetry with the other checks and does not change the
// result. CheckDelegation never panics and is safe for concurrent use.
func CheckDelegation(d Delegation, dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date, opts Options) regulation.Findings {
	if rules == nil {
		return regulation.Findings{regulation.InvalidInput(regulation.DelegationRecord, d.ID, "rules", regulation.ProblemMissing)}
	}
	if field, p := validateDelegation(&d, dir, opts.Delegations); p != regulation.ProblemUnknown {
		return regulation.Findings{regulation.InvalidInput(regulation.DelegationRecord, d.ID, field, p)}
	}
	return nil
}

// validateDelegation returns the first field of d at fault and its problem,
// or ProblemUnknown when d can be used.
func validateDelegation(d *Delegation, dir *regulation.Directory, dels map[string]Delegation) (string, regulation.Problem) {
	switch {
	case d.ID == "":
		return "id", regulation.ProblemMissing
	case d.Kind == CapacityUnknown:
		return "kind", regulation.ProblemMissing
	case !d.Kind.delegated():
		return "kind", regulation.ProblemInvalidValue
	}
	if f, p := personField("grantor", d.Grantor, dir); p != regulation.ProblemUnknown {
		return f, p
	}
	if f, p := personField("grantee", d.Grantee, dir); p != regulation.ProblemUnknown {
		return f, p
	}
	if d.Grantee == d.Grantor {
		return "grantee", regulation.ProblemInvalidValue
	}
	if len(d.Scope) == 0 {
		return "scope", regulation.ProblemMissing
	}
	for i, k := range d.Scope {
		switch {
		case k == KindUnknown:
			return indexed("scope", i, ""), regulation.ProblemMissing
		case !k.valid():
			return indexed("scope", i, ""), regulation.ProblemInvalidValue
		}
	}
	switch {
	case d.ValidFrom.IsZero():
		return "valid_from", regulation.ProblemMissing
	case d.ValidTo.IsZero():
		return "valid_to", regulation.ProblemMissing
	case d.ValidTo.Before(d.ValidFrom):
		return "valid_to", regulation.ProblemDateOrder
	}
	if d.Via != "" {
		if d.Via == d.ID {
			return "via", regulation.ProblemInvalidValue
		}
		if _, ok := dels[d.Via]; !ok {
			return "via", regulation.ProblemUnknownRecord
		}
		// Follow the chain: it must end within len(dels) steps and never
		// come back to d.
		next := d.Via
		for steps := 0; next != ""; steps++ {
			n, ok := dels[next]
			if !ok {
				break // the link further down is at fault, not d
			}
			if n.Via == d.ID || steps > len(dels) {
				return "via", regulation.ProblemInvalidValue
			}
			next = n.Via
		}
	}
	return "", regulation.ProblemUnknown
}

// personField checks a required person id.
func personField(field string, id regulation.PersonID, dir *regulation.Directory) (string, regulation.Problem) {
	if id == "" {
		return field, regulation.ProblemMissing
	}
	if _, ok := dir.Person(id); !ok {
		return field, regulation.ProblemUnknownPerson
	}
	return "", regulation.ProblemUnknown
}

// indexed renders a field path such as "signatures[2].person".
func indexed(list string, i int, field string) string {
	s := list + "[" + strconv.Itoa(i) + "]"
	if field != "" {
		s += "." + field
	}
	return s
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
		g.problem = DelegationUnusable
		return g
	}
	if _, p := validateDelegation(&first, dir, dels); p != regulation.ProblemUnknown {
		g.problem = DelegationUnusable
		return g
	}
	links := [2]Delegation{first}
	n := 1
	if first.Via != "" {
		next := dels[first.Via] // exists: validateDelegation checked it
		if _, p := validateDelegation(&next, dir, dels); p != regulation.ProblemUnknown {
			g.problem = DelegationUnusable
			return g
		}
		links[1] = next
		n = 2
		g.passed = true
		if next.Via != "" || first.Kind == TUQ || next.Kind == TUQ {
			worst(DelegationRedelegated)
		}
		if first.Grantor != next.Grantee {
			worst(DelegationBrokenChain)
		}
	}
	g.root = links[n-1]
	g.holder, _ = dir.Person(g.root.Grantee)
	g.known = true
	if first.Grantee != signer {
		worst(DelegationWrongGrantee)
	}
	if grantor, _ := dir.Person(g.root.Grantor); grantor.Unit != unit || !grantor.Position.IsHead() {
		worst(DelegationNotFromHead)
	}
	for i := range n {
		d := &links[i]
		switch {
		case date.Before(d.ValidFrom):
			worst(DelegationNotYetValid)
		case date.After(d.ValidTo):
			worst(DelegationExpired)
		}
		if !d.inScope(kind) {
			worst(DelegationOutOfScope)
		}
	}
	return g
}
