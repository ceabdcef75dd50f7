package signoff

import (
	"slices"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// signing is one signature to judge, already validated: who signs, for which
// unit, in which capacity, under which delegation, on which record. [Check]
// and [Ask] both judge signatures through it, so they cannot disagree.
type signing struct {
	signer     regulation.Person
	unit       regulation.UnitID // the unit signed for
	capacity   Capacity
	delegation string // the id of the delegation named, "" when none
	kind       Kind
	date       calendar.Date
	level      bool // signoff.signer_level applies (inter-sectoral minutes, inspection records)
}

// judge appends to fs the findings of s on the record with id record, in
// the precedence [Check] documents: a signer who neither belongs to the unit nor
// holds a valid delegation from its head gets signoff.signer_not_of_unit
// only; otherwise signoff.delegation_invalid, signoff.capacity_invalid and
// signoff.signer_level are each checked.
func (s *signing) judge(fs regulation.Findings, record string, dir *regulation.Directory, rules *regulation.Rules,
	dels map[string]Delegation) regulation.Findings {
	const kind = regulation.RecordKindRecord
	subject, signer := string(s.unit), dir.PersonRef(s.signer.ID)
	var g grant
	if s.delegation != "" {
		g = resolve(s.delegation, s.signer.ID, s.unit, s.kind, s.date, dir, dels)
	}
	holds := s.delegation != "" && g.problem == DelegationProblemUnknown
	if s.signer.Unit != s.unit && !holds {
		return append(fs, rules.Finding(regulation.SignoffSignerNotOfUnit, kind, record, subject, regulation.Details{
			"signer": signer, "signer_unit": dir.UnitRef(s.signer.Unit),
		}))
	}
	problem := g.problem
	if problem == DelegationProblemUnknown {
		problem = s.use(&g)
	}
	if problem != DelegationProblemUnknown {
		fs = append(fs, rules.Finding(regulation.SignoffDelegationInvalid, kind, record, subject, regulation.Details{
			"signer": signer, "capacity": s.capacity, "delegation": delegationID(s.delegation), "problem": problem,
		}))
	}
	if !s.fits(&g) {
		fs = append(fs, rules.Finding(regulation.SignoffCapacityInvalid, kind, record, subject, regulation.Details{
			"signer": signer.NameOnly(), "capacity": s.capacity, "position": s.signer.Position,
		}))
	}
	if s.level && !unitSigner(rules, s.signer.Position) {
		fs = append(fs, rules.Finding(regulation.SignoffSignerLevel, kind, record, subject, regulation.Details{
			"signer": signer.NameOnly(), "position": s.signer.Position,
		}))
	}
	return fs
}

// use returns the problem of using the delegation g (valid in itself, or
// absent) in the signature's capacity: TL. and TUQ. need a delegation of
// their own kind that was not passed on; KT. names a delegation only when
// the signer is the deputy to whom a TL. grantee passed signing; direct, TM.
// and Q. signatures name none.
func (s *signing) use(g *grant) DelegationProblem {
	switch s.capacity {
	case CapacityTL, CapacityTUQ:
		switch {
		case s.delegation == "":
			return DelegationProblemMissing
		case g.passed || g.root.Kind != s.capacity:
			return DelegationProblemKindMismatch
		}
	case CapacityKT:
		if s.delegation != "" && (!g.passed || g.root.Kind != CapacityTL) {
			return DelegationProblemKindMismatch
		}
	default:
		if s.delegation != "" {
			return DelegationProblemKindMismatch
		}
	}
	return DelegationProblemUnknown
}

// fits reports whether the capacity fits the signer's position (signoff.
// capacity_invalid): TM. by the head who leads the collective signed for
// (for the PPC, its Chairman); KT. by a deputy head of the unit signed for,
// or, under a TL. passed on, by the deputy of the TL. grantee (their deputy
// head, or the deputy of a division head); Q. by the acting head of the unit
// signed for. Direct, TL. and TUQ. signatures have no constraint of
// position; their delegation is judged by use and resolve.
func (s *signing) fits(g *grant) bool {
	p := s.signer
	switch s.capacity {
	case CapacityTM:
		return p.Unit == s.unit && p.Position.IsHead()
	case CapacityQ:
		return p.Unit == s.unit && p.Position == regulation.PositionActingHead
	case CapacityKT:
		if s.delegation != "" && g.known && g.passed {
			return p.Unit == g.holder.Unit && deputyOf(p.Position, g.holder.Position)
		}
		return p.Unit == s.unit && p.Position.IsDeputy()
	}
	return true
}

// deputyOf reports whether position p is the deputy of position h: a deputy
// head (or Vice-chairman) of a head, or a division deputy of a division head.
func deputyOf(p, h regulation.Position) bool {
	return (h.IsHead() && p.IsDeputy()) ||
		(h == regulation.PositionDivisionHead && p == regulation.PositionDivisionDeputy)
}

// unitSigner reports whether a person in position p may sign inter-sectoral
// minutes and inspection records for a unit (rules.Signoff.UnitSigners). The
// PPC's Chairman counts as its head and its Vice-chairmen as deputy heads.
func unitSigner(rules *regulation.Rules, p regulation.Position) bool {
	signers := rules.Signoff.UnitSigners
	if slices.Contains(signers, p) {
		return true
	}
	switch p {
	case regulation.PositionChairman:
		return slices.Contains(signers, regulation.PositionHead)
	case regulation.PositionViceChairman:
		return slices.Contains(signers, regulation.PositionDeputyHead)
	}
	return false
}
