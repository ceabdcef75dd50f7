package signoff

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// MaySignOptions are the optional inputs of [MaySign]. The zero value
// describes a signature without delegation on a record that is not
// inter-sectoral.
type MaySignOptions struct {
	// Delegation is the id of the delegation the signer would sign under:
	// required for TL. and TUQ., and for KT. by the deputy to whom a TL.
	// grantee passed signing.
	Delegation string
	// Delegations holds the delegations of the case by id, as in [Options].
	Delegations map[string]Delegation
	// InterSectoral says that the record is inter-sectoral (liên ngành):
	// then, as for every inspection record, the signer's level is checked.
	InterSectoral bool
	// Record is the id of the record, carried by the findings; it may be
	// empty.
	Record string
}

// Answer is the answer of [MaySign].
type Answer struct {
	// Allowed is false exactly when Reasons holds a violation.
	Allowed bool
	// Reasons holds every finding about the signature, sorted: the
	// violations that refuse it, and warnings (rules.not_in_force) that do
	// not. It is empty when the signature is allowed without remark.
	Reasons regulation.Findings
}

// MaySign answers whether signer may sign a record of kind, dated date, for
// unit in capacity, under rules, with the people and units of dir: the
// question an e-office system asks before it lets someone put their
// signature on minutes or an inspection record.
//
// The answer is judged exactly as [Check] judges a signature with ForUnit
// set on such a record (the same code decides both), so the reasons are the
// findings Check would report for it: signoff.signer_not_of_unit,
// signoff.delegation_invalid, signoff.capacity_invalid and
// signoff.signer_level, with subject unit and record opts.Record. A
// delegation whose grantee is outside the granting unit lets nobody sign
// for that unit: the outsider gets signoff.signer_not_of_unit. A date
// outside the rule set's period adds rules.not_in_force, which does not
// refuse.
//
// Arguments that cannot be judged give a refusal whose reasons are
// input.invalid findings with the argument as subject: a nil dir
// ("directory") and a nil rules ("rules"), each reported; otherwise the
// first of an empty or unknown signer ("signer") or unit ("unit"), an
// unknown capacity ("capacity") or kind ("kind"), a zero date or one
// outside the years 0001–9999 ("date"), a delegation id missing from
// opts.Delegations ("delegation"). The date is the signing date, not an
// as-of date: MaySign judges the signature as if it were made on date.
//
// MaySign never panics and is safe for concurrent use with the same dir,
// rules and opts.Delegations.
func MaySign(signer regulation.PersonID, unit regulation.UnitID, capacity Capacity, kind Kind, date calendar.Date,
	dir *regulation.Directory, rules *regulation.Rules, opts MaySignOptions) Answer {
	invalid := func(field string, p regulation.Problem) regulation.Finding {
		return regulation.InvalidInput(regulation.RecordKindRecord, opts.Record, field, p)
	}
	refuse := func(field string, p regulation.Problem) Answer {
		return Answer{Reasons: regulation.Findings{invalid(field, p)}}
	}
	var args regulation.Findings
	if dir == nil {
		args = append(args, invalid(regulation.ArgDirectory, regulation.ProblemMissing))
	}
	if rules == nil {
		args = append(args, invalid(regulation.ArgRules, regulation.ProblemMissing))
	}
	if len(args) != 0 {
		return Answer{Reasons: args} // "directory" before "rules": sorted
	}
	person, ok := dir.Person(signer)
	switch {
	case signer == "":
		return refuse("signer", regulation.ProblemMissing)
	case !ok:
		return refuse("signer", regulation.ProblemUnknownPerson)
	case unit == "":
		return refuse("unit", regulation.ProblemMissing)
	case !knownUnit(dir, unit):
		return refuse("unit", regulation.ProblemUnknownUnit)
	case capacity == CapacityUnknown:
		return refuse("capacity", regulation.ProblemMissing)
	case !capacity.valid():
		return refuse("capacity", regulation.ProblemInvalidValue)
	case kind == KindUnknown:
		return refuse("kind", regulation.ProblemMissing)
	case !kind.valid():
		return refuse("kind", regulation.ProblemInvalidValue)
	}
	if p := regulation.DateProblem(date, calendar.Date{}, true); p != regulation.ProblemUnknown {
		return refuse("date", p)
	}
	if opts.Delegation != "" {
		if _, ok := opts.Delegations[opts.Delegation]; !ok {
			return refuse("delegation", regulation.ProblemUnknownRecord)
		}
	}
	var fs regulation.Findings
	if f, ok := rules.NotInForce(regulation.RecordKindRecord, opts.Record, date); ok {
		fs = append(fs, f)
	}
	s := signing{
		signer: person, unit: unit, capacity: capacity, delegation: opts.Delegation,
		kind: kind, date: date, level: opts.InterSectoral || kind == KindInspectionRecord,
	}
	fs = s.judge(fs, opts.Record, dir, rules, opts.Delegations)
	if len(fs) > 1 {
		fs.Sort()
	}
	return Answer{Allowed: fs.Err() == nil, Reasons: fs}
}
