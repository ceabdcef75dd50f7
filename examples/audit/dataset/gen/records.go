package main

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/signoff"
)

// delegations returns the written delegations of signing power (TL., TUQ.)
// of the year: the Chairman's TL. to the Chief of the PPC Office, who passes
// it on to a deputy, and the TL. and TUQ. of department heads to division
// heads. One (SXD's) expired at the end of June.
func (g *gen) delegations() []signoff.Delegation {
	prov := g.prov
	both := []signoff.Kind{signoff.KindMinutes, signoff.KindInspectionRecord}
	minutes := []signoff.Kind{signoff.KindMinutes}
	headOf := func(u regulation.UnitID) regulation.PersonID { return prov.byUnit[u].head.ID }
	divHead := func(u regulation.UnitID, i int) regulation.PersonID { return prov.byUnit[u].divHeads[i].ID }
	return []signoff.Delegation{
		{ID: "D01", Kind: signoff.CapacityTL, Grantor: prov.chairman().ID, Grantee: headOf("VP"), Scope: both, ValidFrom: d(2023, 1, 3), ValidTo: d(2023, 12, 31)},
		{ID: "D02", Kind: signoff.CapacityTL, Grantor: headOf("VP"), Grantee: prov.byUnit["VP"].deputies[0].ID, Scope: minutes, ValidFrom: d(2023, 1, 3), ValidTo: d(2023, 12, 31), Via: "D01"},
		{ID: "D03", Kind: signoff.CapacityTUQ, Grantor: headOf("STNMT"), Grantee: divHead("STNMT", 0), Scope: minutes, ValidFrom: d(2023, 7, 3), ValidTo: d(2023, 12, 31)},
		{ID: "D04", Kind: signoff.CapacityTUQ, Grantor: headOf("SXD"), Grantee: divHead("SXD", 0), Scope: minutes, ValidFrom: d(2023, 1, 3), ValidTo: d(2023, 6, 30)},
		{ID: "D05", Kind: signoff.CapacityTL, Grantor: headOf("SKHDT"), Grantee: divHead("SKHDT", 0), Scope: both, ValidFrom: d(2023, 10, 2), ValidTo: d(2024, 9, 30)},
		{ID: "D06", Kind: signoff.CapacityTL, Grantor: headOf("SGTVT"), Grantee: divHead("SGTVT", 0), Scope: minutes, ValidFrom: d(2023, 1, 3), ValidTo: d(2023, 12, 31)},
		{ID: "D07", Kind: signoff.CapacityTUQ, Grantor: headOf("STC"), Grantee: divHead("STC", 0), Scope: minutes, ValidFrom: d(2023, 4, 3), ValidTo: d(2024, 3, 29)},
		{ID: "D08", Kind: signoff.CapacityTL, Grantor: headOf("SNNPTNT"), Grantee: divHead("SNNPTNT", 1), Scope: minutes, ValidFrom: d(2023, 2, 1), ValidTo: d(2023, 12, 29)},
	}
}

// demo is a signature under a delegation that the minutes of a working
// meeting show: most valid, three not (signoff.delegation_invalid: an
// expired TUQ., a TL. that names no delegation, a TL. under a TUQ.).
type demo struct {
	unit       regulation.UnitID // the unit signed for
	signer     regulation.Person
	capacity   signoff.Capacity
	delegation string
}

// demos returns the delegated signatures, in the order the minutes show
// them.
func (g *gen) demos() []demo {
	prov := g.prov
	div := func(u regulation.UnitID, i int) regulation.Person { return prov.byUnit[u].divHeads[i] }
	return []demo{
		{"UBND", prov.byUnit["VP"].head, signoff.CapacityTL, "D01"},
		{"STNMT", div("STNMT", 0), signoff.CapacityTUQ, "D03"},
		{"SXD", div("SXD", 0), signoff.CapacityTUQ, "D04"}, // expired on 30/06
		{"SKHDT", div("SKHDT", 0), signoff.CapacityTL, "D05"},
		{"UBND", prov.byUnit["VP"].deputies[0], signoff.CapacityKT, "D02"}, // TL. passed on to a deputy
		{"SGTVT", div("SGTVT", 0), signoff.CapacityTL, "D06"},
		{"SCT", div("SCT", 0), signoff.CapacityTL, ""}, // names no delegation
		{"STC", div("STC", 0), signoff.CapacityTUQ, "D07"},
		{"SNNPTNT", div("SNNPTNT", 1), signoff.CapacityTL, "D08"},
		{"STC", div("STC", 0), signoff.CapacityTL, "D07"}, // TL. under a TUQ.
	}
}

// builtRecord is a record with what its faults need to know.
type builtRecord struct {
	rec      signoff.Record
	plan     *meetingPlan
	unitSigs []int // indexes of the signatures for invited units (not the chair's)
	clean    bool  // no fault so far
}

// recordFault changes a clean record so that it breaks a signoff.* rule,
// and reports false when the record does not lend itself to it.
type recordFault struct {
	name  string
	n     int
	apply func(r *rand.Rand, b *builtRecord) bool
}

// records builds the minutes of inter-sectoral meetings and of some working
// meetings, and the records of field inspections, with the delegations
// their signatures rest on.
func (g *gen) records(r *rand.Rand, plans []*meetingPlan) ([]signoff.Record, []signoff.Delegation) {
	var built []*builtRecord
	for _, p := range plans {
		if b := g.record(p); b != nil {
			built = append(built, b)
		}
	}
	for _, f := range g.recordFaults() {
		var before, after []*builtRecord
		for _, b := range built {
			switch {
			case !b.clean:
			case b.rec.Date.Before(inForce):
				before = append(before, b)
			default:
				after = append(after, b)
			}
		}
		done := 0
		try := func(bs []*builtRecord, want int) {
			for _, i := range r.Perm(len(bs)) {
				if done == want {
					return
				}
				if f.apply(r, bs[i]) {
					bs[i].clean = false
					done++
				}
			}
		}
		try(before, f.n/3)
		try(after, f.n)
		try(before, f.n)
	}
	out := make([]signoff.Record, len(built))
	for i, b := range built {
		b.rec.ID = fmt.Sprintf("R%03d", i+1)
		out[i] = b.rec
	}
	return out, g.delegations()
}

// record builds the record of meeting p, or nil when it has none.
func (g *gen) record(p *meetingPlan) *builtRecord {
	m := &p.m
	prov := g.prov
	chair := prov.byID[m.Chair]
	b := &builtRecord{plan: p, clean: p.fault != mfAttendeeLevel && p.demo == 0}
	rec := &b.rec
	rec.Meeting, rec.Date = m.ID, m.Date
	switch {
	case m.Kind == meeting.KindInterSectoral:
		rec.Kind, rec.InterSectoral = signoff.KindMinutes, true
	case m.Kind == meeting.KindFieldInspection:
		rec.Kind, rec.InterSectoral = signoff.KindInspectionRecord, true
	case m.Kind == meeting.KindWorking && p.minutes:
		rec.Kind = signoff.KindMinutes
	default:
		return nil
	}
	sign := func(s signoff.Signature) { rec.Signatures = append(rec.Signatures, s) }

	// The chair.
	switch {
	case rec.Kind == signoff.KindMinutes:
		rec.Chair, rec.Secretary = chair.ID, g.secretary(p).ID
		if rec.InterSectoral && chair.Unit != "UBND" {
			rec.Units = append(rec.Units, chair.Unit)
			sign(signoff.Signature{Person: chair.ID, ForUnit: chair.Unit, Capacity: signoff.CapacityDirect})
		} else {
			sign(signoff.Signature{Person: chair.ID, Capacity: signoff.CapacityDirect})
		}
		sign(signoff.Signature{Person: rec.Secretary, Capacity: signoff.CapacityDirect})
	default: // an inspection record: the team's leader signs for their unit
		rec.Units = append(rec.Units, chair.Unit)
		sign(signoff.Signature{Person: chair.ID, ForUnit: chair.Unit, Capacity: capacityOf(chair, false)})
	}
	if !rec.InterSectoral {
		if p.demo > 0 {
			dm := g.demos()[p.demo-1]
			sign(signoff.Signature{Person: dm.signer.ID, ForUnit: dm.unit, Capacity: dm.capacity, Delegation: dm.delegation})
		}
		return b
	}

	// Each participating unit, by the person who came for it.
	for _, in := range p.invites {
		if in.rep == "" {
			continue
		}
		rep := prov.byID[in.rep]
		district := prov.byUnit[in.unit].def.kind == regulation.UnitKindDistrictPC
		rec.Units = append(rec.Units, in.unit)
		b.unitSigs = append(b.unitSigs, len(rec.Signatures))
		sign(signoff.Signature{Person: rep.ID, ForUnit: in.unit, Capacity: capacityOf(rep, district && rec.Kind == signoff.KindInspectionRecord)})
	}
	return b
}

// capacityOf returns the capacity in which p signs for their own unit:
// the head in their own right (TM. for a district People's Committee on an
// inspection record, on behalf of the collective), the acting head Q., a
// deputy KT.; others sign in their own right.
func capacityOf(p regulation.Person, collective bool) signoff.Capacity {
	switch {
	case p.Position == regulation.PositionHead && collective:
		return signoff.CapacityTM
	case p.Position == regulation.PositionActingHead:
		return signoff.CapacityQ
	case p.Position.IsDeputy():
		return signoff.CapacityKT
	}
	return signoff.CapacityDirect
}

// recordFaults are the faults given to clean records: how many, and how.
func (g *gen) recordFaults() []recordFault {
	prov := g.prov
	unitSig := func(r *rand.Rand, b *builtRecord, ok func(signoff.Signature) bool) int {
		var ix []int
		for _, i := range b.unitSigs {
			if ok(b.rec.Signatures[i]) {
				ix = append(ix, i)
			}
		}
		if len(ix) == 0 {
			return -1
		}
		return pick(r, ix)
	}
	position := func(s signoff.Signature) regulation.Position { return prov.byID[s.Person].Position }
	remove := func(b *builtRecord, i int) {
		b.rec.Signatures = slices.Delete(b.rec.Signatures, i, i+1)
	}
	return []recordFault{
		{"chair_unsigned", 3, func(r *rand.Rand, b *builtRecord) bool {
			// The chair, a leader of the PPC, did not sign the minutes.
			if b.rec.Kind != signoff.KindMinutes || b.plan.demo > 0 || prov.byID[b.rec.Chair].Unit != "UBND" {
				return false
			}
			remove(b, 0)
			return true
		}},
		{"secretary_unsigned", 3, func(r *rand.Rand, b *builtRecord) bool {
			if b.rec.Kind != signoff.KindMinutes || b.plan.demo > 0 {
				return false
			}
			remove(b, 1)
			return true
		}},
		{"unit_unsigned", 4, func(r *rand.Rand, b *builtRecord) bool {
			if len(b.unitSigs) < 2 {
				return false
			}
			remove(b, pick(r, b.unitSigs))
			return true
		}},
		{"signer_level", 3, func(r *rand.Rand, b *builtRecord) bool {
			// A division head signs for the unit, in their own right.
			i := unitSig(r, b, func(signoff.Signature) bool { return true })
			if i < 0 {
				return false
			}
			s := &b.rec.Signatures[i]
			s.Person, s.Capacity = pick(r, prov.byUnit[s.ForUnit].divHeads).ID, signoff.CapacityDirect
			return true
		}},
		{"signer_not_of_unit", 2, func(r *rand.Rand, b *builtRecord) bool {
			// A deputy chief of the PPC Office signs for a district.
			i := unitSig(r, b, func(s signoff.Signature) bool {
				return prov.byUnit[s.ForUnit].def.kind == regulation.UnitKindDistrictPC
			})
			if i < 0 {
				return false
			}
			s := &b.rec.Signatures[i]
			s.Person, s.Capacity = pick(r, prov.byUnit["VP"].deputies).ID, signoff.CapacityDirect
			return true
		}},
		{"capacity_invalid:kt_by_head", 1, func(r *rand.Rand, b *builtRecord) bool {
			i := unitSig(r, b, func(s signoff.Signature) bool { return position(s) == regulation.PositionHead })
			if i < 0 {
				return false
			}
			b.rec.Signatures[i].Capacity = signoff.CapacityKT
			return true
		}},
		{"capacity_invalid:q_by_deputy", 1, func(r *rand.Rand, b *builtRecord) bool {
			i := unitSig(r, b, func(s signoff.Signature) bool { return position(s) == regulation.PositionDeputyHead })
			if i < 0 {
				return false
			}
			b.rec.Signatures[i].Capacity = signoff.CapacityQ
			return true
		}},
		{"capacity_invalid:tm_by_deputy", 1, func(r *rand.Rand, b *builtRecord) bool {
			if b.rec.Kind != signoff.KindInspectionRecord {
				return false
			}
			i := unitSig(r, b, func(s signoff.Signature) bool {
				return position(s) == regulation.PositionDeputyHead && prov.byUnit[s.ForUnit].def.kind == regulation.UnitKindDistrictPC
			})
			if i < 0 {
				return false
			}
			b.rec.Signatures[i].Capacity = signoff.CapacityTM
			return true
		}},
	}
}
