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
// signoff.signer_level, with subject unit and record opts.Record. A date
// outside the rule set's period adds rules.not_in_force, which does not
// refuse. Inputs that cannot be judged — an empty or unknown signer or unit,
// an unknown capacity or kind, a zero date, a delegation id missing from
// opts.Delegations, a nil rules — give one input.invalid reason whose
// subject is the argument ("signer", "unit", "capacity", "kind", "date",
// "delegation", "rules") and a refusal.
//
// MaySign never panics and is safe for concurrent use with the same dir,
// rules and opts.Delegations.
func MaySign(signer regulation.PersonID, unit regulation.UnitID, capacity Capacity, kind Kind, date calendar.Date,
	dir *regulation.Directory, rules *regulation.Rules, opts MaySignOptions) Answer {
	invalid := func(field string, p regulation.Problem) Answer {
		return Answer{Reasons: regulation.Findings{regulation.InvalidInput(regulation.MinutesRecord, opts.Record, field, p)}}
	}
	if rules == nil {
		return invalid("rules", regulation.ProblemMissing)
	}
	person, ok := dir.Person(signer)
	switch {
	case signer == "":
		return invalid("signer", regulation.ProblemMissing)
	case !ok:
		return invalid("signer", regulation.ProblemUnknownPerson)
	case unit == "":
		return invalid("unit", regulation.ProblemMissing)
	case !knownUnit(dir, unit):
		return invalid("unit", regulation.ProblemUnknownUnit)
	case capacity == CapacityUnknown:
		return invalid("capacity", regulation.ProblemMissing)
	case !capacity.valid():
		return invalid("capacity", regulation.ProblemInvalidValue)
	case kind == KindUnknown:
		return invalid("kind", regulation.ProblemMissing)
	case !kind.valid():
		return invalid("kind", regulation.ProblemInvalidValue)
	case date.IsZero():
		return invalid("date", regulation.ProblemMissing)
	}
	if opts.Delegation != "" {
		if _, ok := opts.Delegations[opts.Delegation]; !ok {
			return invalid("delegation", regulation.ProblemUnknownRecord)
		}
	}
	var fs regulation.Findings
	if f, ok := rules.NotInForce(regulation.MinutesRecord, opts.Record, date); ok {
		fs = append(fs, f)
	}
	s := signing{
		signer: person, unit: unit, capacity: capacity, delegation: opts.Delegation,
		kind: kind, date: date, level: opts.InterSectoral || kind == InspectionRecord,
	}
	fs = s.judge(fs, opts.Record, dir, rules, opts.Delegations)
	if len(fs) > 1 {
		fs.Sort()
	}
	return Answer{Allowed: fs.Err() == nil, Reasons: fs}
}
