package signoff

import (
	"slices"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// Options are the optional inputs of [Check] and [CheckDelegation]. The
// zero value holds no delegation.
type Options struct {
	// Delegations holds the delegations of the case by id (the key is
	// authoritative), whatever their dates: a signature is judged by the
	// validity of its delegation on the signing date. A signature or a Via
	// that names an id missing from it is input.invalid.
	Delegations map[string]Delegation
}

// Check checks the signatures of the record r under rules, with the units
// and people of dir and the delegations of opts, as of asOf, and returns all
// its findings sorted with [regulation.Findings.Sort] (record kind record,
// record r.ID).
//
// The arguments come first: a zero asOf (or one outside the years
// 0001–9999), a nil rules and a nil dir each yield input.invalid with
// subject "as_of", "rules" or "directory", and then Check returns those
// findings and nothing else. There is no hidden meaning: a zero asOf is not
// "no cut-off".
//
// A record that cannot be checked — a missing id, kind or date, a date
// outside the years 0001–9999, a signature without person or capacity; an
// unknown kind or capacity; a unit listed twice; an id that names no unit,
// person or delegation of the case; a chair or secretary on an inspection
// record, or one person as both — yields exactly one input.invalid finding,
// for the first field at fault (e.g. "signatures[2].for_unit"), and nothing
// else, whatever its date. A record has no optional date, so every fault is
// of that kind: none switches off only some of the rules.
//
// A record comes into being on its Date: a record dated after asOf does not
// exist yet as of asOf and gets no finding at all, not even
// rules.not_in_force. Otherwise a record dated outside the rule set's
// period gets rules.not_in_force and is checked all the same, under the
// signoff.* rules:
//
//   - Minutes: signoff.chair_unsigned (subject the chair) and
//     signoff.secretary_unsigned (subject the secretary) when no signature
//     is by that person. Any signature of theirs counts, so a chair who signs
//     with ForUnit signs both as chair and for that unit. Minutes with no
//     signature at all (Signatures nil or empty: an empty list is an absent
//     list) are unsigned, not input.invalid.
//   - A signature without ForUnit by the chair or the secretary of minutes
//     is a signature in that role: it is not for a unit, and neither covers
//     a unit nor is subject to signoff.signer_level; its capacity and
//     delegation are judged as for the signer's own unit. Any other
//     signature is for its ForUnit, or for the signer's own unit.
//   - Inter-sectoral records (InterSectoral set; the flag, not the number
//     of units, says so), minutes and inspection records alike:
//     signoff.unit_unsigned for each of Units that no signature is for. A
//     signature that is itself at fault still counts: the codes below
//     report it.
//   - Each signature for a unit, in this order of precedence: a signer
//     who neither belongs to the unit nor holds a valid delegation from its
//     head gets signoff.signer_not_of_unit only. Otherwise:
//     signoff.delegation_invalid when a TL. or TUQ. names no delegation, or
//     one that fails (see [DelegationProblem]); signoff.capacity_invalid
//     when KT. is not signed by a deputy, Q. not by the acting head, TM. not
//     by the head of the collective; and, in inter-sectoral minutes and in
//     every inspection record (the rule's "field inspection record"),
//     signoff.signer_level when the signer's own position is not among
//     rules.Signoff.UnitSigners, whatever the capacity: a division head who
//     signs TL. for a department is still below its leadership. The PPC's
//     Chairman and Vice-chairmen count as its head and deputy heads.
//
// A delegation is valid for a signature when it names the signer as
// grantee, its root (the delegation it passes on, or itself) was granted by
// the head of the unit signed for, each grantee belongs to the unit of
// whoever granted it to them, and every delegation of the chain is in force
// on r.Date and covers r.Kind. A TL. grantee may pass signing on once, to
// their deputy, by a TL. delegation whose Via names theirs; the deputy then
// signs KT. naming that pass-on. Nothing else may be passed on. The
// delegations of opts serve whatever their own dates: what counts is their
// validity on r.Date. A signature under a delegation whose grantee is
// outside the granting unit is by someone who neither belongs to the unit
// nor holds a valid delegation: it gets signoff.signer_not_of_unit only
// ([CheckDelegation] reports the delegation itself).
//
// Subjects are unit and person ids; details name the signer by id. Check
// never panics and is safe for concurrent use with the same dir, rules and
// opts.
func Check(r Record, dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date, opts Options) regulation.Findings {
	const kind = regulation.RecordKindRecord
	if fs := regulation.CheckArguments(kind, r.ID, dir, rules, asOf); len(fs) != 0 {
		return fs
	}
	v := regulation.NewValidation(kind, r.ID)
	validateRecord(&v, &r, dir, opts.Delegations)
	if !v.Checkable() || !regulation.Exists(r.Date, asOf) {
		return v.Findings()
	}
	var fs regulation.Findings // a record has no local fault to carry over
	if f, ok := rules.NotInForce(kind, r.ID, r.Date); ok {
		fs = append(fs, f)
	}
	if r.Kind == KindMinutes {
		if r.Chair != "" && !signedBy(&r, r.Chair) {
			fs = append(fs, rules.Finding(regulation.SignoffChairUnsigned, kind, r.ID, string(r.Chair),
				regulation.Details{"chair": dir.PersonRef(r.Chair)}))
		}
		if r.Secretary != "" && !signedBy(&r, r.Secretary) {
			fs = append(fs, rules.Finding(regulation.SignoffSecretaryUnsigned, kind, r.ID, string(r.Secretary),
				regulation.Details{"secretary": dir.PersonRef(r.Secretary)}))
		}
	}
	level := r.InterSectoral || r.Kind == KindInspectionRecord
	for i := range r.Signatures {
		sig := &r.Signatures[i]
		signer, _ := dir.Person(sig.Person)
		unit, role := signedFor(&r, sig, signer)
		s := signing{
			signer: signer, unit: unit, capacity: sig.Capacity, delegation: sig.Delegation,
			kind: r.Kind, date: r.Date, level: level && !role,
		}
		fs = s.judge(fs, r.ID, dir, rules, opts.Delegations)
	}
	if r.InterSectoral {
		for _, u := range r.Units {
			if !coveredUnit(&r, dir, u) {
				fs = append(fs, rules.Finding(regulation.SignoffUnitUnsigned, kind, r.ID, string(u), nil))
			}
		}
	}
	if len(fs) > 1 {
		fs.Sort()
	}
	return fs
}

// signedFor returns the unit a signature is for and whether it is the
// chair's or the secretary's signature in that role (then the unit is the
// signer's own, for judging its capacity).
func signedFor(r *Record, sig *Signature, signer regulation.Person) (regulation.UnitID, bool) {
	if sig.ForUnit != "" {
		return sig.ForUnit, false
	}
	role := r.Kind == KindMinutes && sig.Person != "" && (sig.Person == r.Chair || sig.Person == r.Secretary)
	return signer.Unit, role
}

// signedBy reports whether some signature of r is by person p.
func signedBy(r *Record, p regulation.PersonID) bool {
	for i := range r.Signatures {
		if r.Signatures[i].Person == p {
			return true
		}
	}
	return false
}

// coveredUnit reports whether some signature of r, other than a signature in
// the role of chair or secretary, is for unit u.
func coveredUnit(r *Record, dir *regulation.Directory, u regulation.UnitID) bool {
	for i := range r.Signatures {
		sig := &r.Signatures[i]
		signer, _ := dir.Person(sig.Person)
		if unit, role := signedFor(r, sig, signer); !role && unit == u {
			return true
		}
	}
	return false
}

// validateRecord records in v the structural faults of r, the first in the
// order of its fields. Signatures nil or empty are no fault: the record is
// unsigned.
func validateRecord(v *regulation.Validation, r *Record, dir *regulation.Directory, dels map[string]Delegation) {
	switch {
	case r.ID == "":
		v.Fault("id", regulation.ProblemMissing)
	case r.Kind == KindUnknown:
		v.Fault("kind", regulation.ProblemMissing)
	case !r.Kind.valid():
		v.Fault("kind", regulation.ProblemInvalidValue)
	}
	if !v.Date("date", r.Date, calendar.Date{}) {
		return
	}
	for i, u := range r.Units {
		switch {
		case u == "":
			v.Fault(regulation.Path("units", i, ""), regulation.ProblemMissing)
		case !knownUnit(dir, u):
			v.Fault(regulation.Path("units", i, ""), regulation.ProblemUnknownUnit)
		case slices.Contains(r.Units[:i], u):
			v.Fault(regulation.Path("units", i, ""), regulation.ProblemDuplicateID)
		}
	}
	for _, role := range [...]struct {
		field string
		id    regulation.PersonID
	}{{"chair", r.Chair}, {"secretary", r.Secretary}} {
		switch {
		case role.id == "":
		case r.Kind != KindMinutes:
			v.Fault(role.field, regulation.ProblemInvalidValue)
		default:
			if _, ok := dir.Person(role.id); !ok {
				v.Fault(role.field, regulation.ProblemUnknownPerson)
			}
		}
	}
	if r.Secretary != "" && r.Secretary == r.Chair {
		v.Fault("secretary", regulation.ProblemInvalidValue)
	}
	for i := range r.Signatures {
		if !v.Checkable() {
			return
		}
		validateSignature(v, i, &r.Signatures[i], dir, dels)
	}
}

// validateSignature records in v the first structural fault of sig, the
// signature at index i.
func validateSignature(v *regulation.Validation, i int, sig *Signature, dir *regulation.Directory, dels map[string]Delegation) {
	field := func(name string) string { return regulation.Path("signatures", i, name) }
	if !personField(v, field("person"), sig.Person, dir) {
		return
	}
	if sig.ForUnit != "" && !knownUnit(dir, sig.ForUnit) {
		v.Fault(field("for_unit"), regulation.ProblemUnknownUnit)
	}
	switch {
	case sig.Capacity == CapacityUnknown:
		v.Fault(field("capacity"), regulation.ProblemMissing)
	case !sig.Capacity.valid():
		v.Fault(field("capacity"), regulation.ProblemInvalidValue)
	}
	if sig.Delegation != "" {
		if _, ok := dels[sig.Delegation]; !ok {
			v.Fault(field("delegation"), regulation.ProblemUnknownRecord)
		}
	}
}

func knownUnit(dir *regulation.Directory, u regulation.UnitID) bool {
	_, ok := dir.UnitIndex(u)
	return ok
}

// CheckAll checks the records and delegations of one case as of asOf: each
// delegation with [CheckDelegation] and each record with [Check], signatures
// naming delegations by id among delegations (all of them, whatever their
// dates: a delegation serves by its validity on the signing date). Bad
// arguments are reported once for the case as a whole (record kind case,
// empty record id; subjects "as_of", "directory", "rules"), and nothing
// else is checked. An id used twice within its list makes the later entry
// input.invalid (subject "id", problem duplicate_id), whatever its dates,
// and it is not checked further; the first keeps the id. The findings of all
// records and delegations come back together, sorted.
//
// Deprecated: check a whole case with the casefile package of quyche's
// examples (Case.Check, Case.Run), the one supported way: it checks every
// kind of record, not only records and delegations, reports duplicate ids
// of every list the same way (with their list and index), selects a
// reporting period and streams findings out. To check records one by one,
// call [Check] and [CheckDelegation] with [Options].
func CheckAll(records []Record, delegations []Delegation, dir *regulation.Directory, rules *regulation.Rules,
	asOf calendar.Date) regulation.Findings {
	if fs := regulation.CheckArguments(regulation.RecordKindCase, "", dir, rules, asOf); len(fs) != 0 {
		return fs
	}
	opts := Options{Delegations: make(map[string]Delegation, len(delegations))}
	var fs regulation.Findings
	skip := make([]bool, len(delegations))
	for i, d := range delegations {
		if d.ID == "" {
			continue
		}
		if _, dup := opts.Delegations[d.ID]; dup {
			fs = append(fs, regulation.InvalidInput(regulation.RecordKindDelegation, d.ID, "id", regulation.ProblemDuplicateID))
			skip[i] = true
			continue
		}
		opts.Delegations[d.ID] = d
	}
	for i, d := range delegations {
		if !skip[i] {
			fs = append(fs, CheckDelegation(d, dir, rules, asOf, opts)...)
		}
	}
	seen := make(map[string]bool, len(records))
	for _, r := range records {
		if r.ID != "" && seen[r.ID] {
			fs = append(fs, regulation.InvalidInput(regulation.RecordKindRecord, r.ID, "id", regulation.ProblemDuplicateID))
			continue
		}
		seen[r.ID] = true
		fs = append(fs, Check(r, dir, rules, asOf, opts)...)
	}
	fs.Sort()
	return fs
}
