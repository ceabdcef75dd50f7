package signoff

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// Question is what [Ask] answers: may Signer sign a record of Kind, dated
// Date, for Unit in Capacity? Signer, Unit, Capacity, Kind and Date are
// required; the other fields are optional, and their zero values describe a
// signature without delegation on a record that is not inter-sectoral.
type Question struct {
	Signer   regulation.PersonID // who would sign
	Unit     regulation.UnitID   // the unit signed for
	Capacity Capacity            // in which capacity
	Kind     Kind                // the kind of record
	Date     calendar.Date       // the signing date

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

// Answer is the answer of [Ask].
type Answer struct {
	// Allowed is false exactly when Reasons holds a violation.
	Allowed bool
	// Reasons holds every finding about the signature, sorted: the
	// violations that refuse it, and warnings (rules.not_in_force) that do
	// not. It is empty when the signature is allowed without remark.
	Reasons regulation.Findings
}

// Ask answers the question q under rules, with the people and units of dir:
// may q.Signer sign a record of q.Kind, dated q.Date, for q.Unit in
// q.Capacity? It is the question an e-office system asks before it lets
// someone put their signature on minutes or an inspection record.
//
// The answer is judged exactly as [Check] judges a signature with ForUnit
// set on such a record (the same code decides both), so the reasons are the
// findings Check would report for it: signoff.signer_not_of_unit,
// signoff.delegation_invalid, signoff.capacity_invalid and
// signoff.signer_level, with subject q.Unit and record q.Record. A
// delegation whose grantee is outside the granting unit lets nobody sign
// for that unit: the outsider gets signoff.signer_not_of_unit. A date
// outside the rule set's period adds rules.not_in_force, which does not
// refuse.
//
// A question that cannot be judged gives a refusal whose reasons are
// input.invalid findings with the field as subject: a nil dir
// ("directory") and a nil rules ("rules"), each reported; otherwise the
// first of an empty or unknown signer ("signer") or unit ("unit"), an
// unknown capacity ("capacity") or kind ("kind"), a zero date or one
// outside the years 0001–9999 ("date"), a delegation id missing from
// q.Delegations ("delegation"). The date is the signing date, not an as-of
// date: Ask judges the signature as if it were made on q.Date.
//
// Ask never panics and is safe for concurrent use with the same dir, rules
// and q.Delegations.
func Ask(q Question, dir *regulation.Directory, rules *regulation.Rules) Answer {
	invalid := func(field string, p regulation.Problem) regulation.Finding {
		return regulation.InvalidInput(regulation.RecordKindRecord, q.Record, field, p)
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
	person, ok := dir.Person(q.Signer)
	switch {
	case q.Signer == "":
		return refuse("signer", regulation.ProblemMissing)
	case !ok:
		return refuse("signer", regulation.ProblemUnknownPerson)
	case q.Unit == "":
		return refuse("unit", regulation.ProblemMissing)
	case !knownUnit(dir, q.Unit):
		return refuse("unit", regulation.ProblemUnknownUnit)
	case q.Capacity == CapacityUnknown:
		return refuse("capacity", regulation.ProblemMissing)
	case !q.Capacity.valid():
		return refuse("capacity", regulation.ProblemInvalidValue)
	case q.Kind == KindUnknown:
		return refuse("kind", regulation.ProblemMissing)
	case !q.Kind.valid():
		return refuse("kind", regulation.ProblemInvalidValue)
	}
	if p := regulation.DateProblem(q.Date, calendar.Date{}, true); p != regulation.ProblemUnknown {
		return refuse("date", p)
	}
	if q.Delegation != "" {
		if _, ok := q.Delegations[q.Delegation]; !ok {
			return refuse("delegation", regulation.ProblemUnknownRecord)
		}
	}
	var fs regulation.Findings
	if f, ok := rules.NotInForce(regulation.RecordKindRecord, q.Record, q.Date); ok {
		fs = append(fs, f)
	}
	s := signing{
		signer: person, unit: q.Unit, capacity: q.Capacity, delegation: q.Delegation,
		kind: q.Kind, date: q.Date, level: q.InterSectoral || q.Kind == KindInspectionRecord,
	}
	fs = s.judge(fs, q.Record, dir, rules, q.Delegations)
	if len(fs) > 1 {
		fs.Sort()
	}
	return Answer{Allowed: fs.Err() == nil, Reasons: fs}
}

// MaySignOptions are the optional inputs of [MaySign].
//
// Deprecated: use [Question], whose fields of the same names they are.
type MaySignOptions struct {
	Delegation    string
	Delegations   map[string]Delegation
	InterSectoral bool
	Record        string
}

// MaySign answers whether signer may sign a record of kind, dated date, for
// unit in capacity: it is [Ask] with the question in positional arguments.
//
// Deprecated: use Ask, whose [Question] names each of these values.
func MaySign(signer regulation.PersonID, unit regulation.UnitID, capacity Capacity, kind Kind, date calendar.Date,
	dir *regulation.Directory, rules *regulation.Rules, opts MaySignOptions) Answer {
	return Ask(Question{
		Signer: signer, Unit: unit, Capacity: capacity, Kind: kind, Date: date,
		Delegation: opts.Delegation, Delegations: opts.Delegations,
		InterSectoral: opts.InterSectoral, Record: opts.Record,
	}, dir, rules)
}
