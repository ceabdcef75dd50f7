package signoff

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// sigCase is a row of the per-signature tables: one signature on a record
// of kind, inter-sectoral or not, dated testDate unless date is set.
type sigCase struct {
	name   string
	kind   Kind
	inter  bool
	date   calendar.Date
	sig    Signature
	want   []string
	reason string
}

// one builds a per-signature row on testDate.
func one(name string, kind Kind, inter bool, s Signature, reason string, want ...string) sigCase {
	return sigCase{name: name, kind: kind, inter: inter, sig: s, want: want, reason: reason}
}

// on sets the row's date.
func (c sigCase) on(date calendar.Date) sigCase { c.date = date; return c }

func (c sigCase) record() Record {
	date := c.date
	if date.IsZero() {
		date = testDate
	}
	return Record{ID: "R", Kind: c.kind, InterSectoral: c.inter, Date: date, Signatures: []Signature{c.sig}}
}

// sigCases cover each capacity and each per-signature code, with expired,
// out-of-scope and passed-on delegations.
var sigCases = []sigCase{
	// Direct.
	one("direct/head", KindMinutes, true, sig("gdstc", "STC", CapacityDirect, ""),
		"the head signs for their own unit"),
	one("direct/specialist inter-sectoral", KindMinutes, true, sig("cvstc", "STC", CapacityDirect, ""),
		"L56 fn. 2: a specialist signs inter-sectoral minutes",
		"signoff.signer_level STC specialist"),
	one("direct/specialist ordinary minutes", KindMinutes, false, sig("cvstc", "STC", CapacityDirect, ""),
		"the level rule covers inter-sectoral minutes only"),
	one("direct/division head inspection", KindInspectionRecord, false, sig("tpstc", "STC", CapacityDirect, ""),
		"every inspection record is under the level rule",
		"signoff.signer_level STC division_head"),
	one("direct/own unit by default", KindInspectionRecord, false, sig("cvsxd", "", CapacityDirect, ""),
		"a signature without for_unit is for the signer's own unit",
		"signoff.signer_level SXD specialist"),
	one("direct/outsider", KindMinutes, true, sig("gdstc", "SXD", CapacityDirect, ""),
		"the Director of Finance signs for Construction without a delegation",
		"signoff.signer_not_of_unit SXD STC"),
	one("direct/outsider specialist", KindInspectionRecord, true, sig("cvstc", "SXD", CapacityDirect, ""),
		"signer_not_of_unit only: the level is not reported on top",
		"signoff.signer_not_of_unit SXD STC"),
	one("direct/names a delegation", KindMinutes, false, sig("tpstc", "STC", CapacityDirect, "TL-GD-TP"),
		"a direct signature under a TL. delegation: the capacity should be TL.",
		"signoff.delegation_invalid STC kind_mismatch"),
	one("direct/vice-chairman for the PPC", KindInspectionRecord, true, sig("pct", "UBND", CapacityDirect, ""),
		"Vice-chairmen count as deputy heads of the PPC"),

	// TM.
	one("tm/chairman", KindMinutes, true, sig("ct", "UBND", CapacityTM, ""),
		"TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"),
	one("tm/vice-chairman", KindMinutes, true, sig("pct", "UBND", CapacityTM, ""),
		"a Vice-chairman signs KT. CHỦ TỊCH, not TM. in his own name",
		"signoff.capacity_invalid UBND tm"),
	one("tm/acting head", KindInspectionRecord, false, sig("qgdsxd", "SXD", CapacityTM, ""),
		"the acting head leads the unit"),
	one("tm/division head", KindInspectionRecord, false, sig("tpstc", "STC", CapacityTM, ""),
		"TM. by someone who does not lead the collective, and below leadership",
		"signoff.capacity_invalid STC tm", "signoff.signer_level STC division_head"),
	one("tm/other unit's head", KindMinutes, false, sig("gdstc", "UBND", CapacityTM, ""),
		"a department head does not sign on behalf of the PPC",
		"signoff.signer_not_of_unit UBND STC"),

	// KT.
	one("kt/deputy head", KindMinutes, true, sig("pgdstc", "STC", CapacityKT, ""),
		"KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"),
	one("kt/vice-chairman", KindInspectionRecord, true, sig("pct", "UBND", CapacityKT, ""),
		"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"),
	one("kt/division head", KindMinutes, true, sig("tpstc", "STC", CapacityKT, ""),
		"KT. by a non-deputy, below leadership",
		"signoff.capacity_invalid STC kt", "signoff.signer_level STC division_head"),
	one("kt/head", KindMinutes, false, sig("gdstc", "STC", CapacityKT, ""),
		"the head signs in their own right, not for themselves",
		"signoff.capacity_invalid STC kt"),
	one("kt/passed-on TL", KindInspectionRecord, true, sig("pcvp", "UBND", CapacityKT, "KT-CVP-PCVP"),
		"ND30 Art. 13(4): TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG; the Office is part of the PPC"),
	one("kt/passed-on TL without naming it", KindInspectionRecord, true, sig("pcvp", "UBND", CapacityKT, ""),
		"the Office's deputy chief is not of the PPC and names no delegation",
		"signoff.signer_not_of_unit UBND VP"),
	one("kt/passed-on TL to a division deputy", KindMinutes, false, sig("ppstc", "STC", CapacityKT, "TL-TP-PP"),
		"a division head holding TL. passes it to the division deputy"),
	one("kt/passed-on TL to a division deputy, inter-sectoral", KindMinutes, true, sig("ppstc", "STC", CapacityKT, "TL-TP-PP"),
		"valid, but below unit leadership whatever the capacity",
		"signoff.signer_level STC division_deputy"),
	one("kt/passed-on TL expired", KindInspectionRecord, false, sig("ppstc", "STC", CapacityKT, "TL-TP-PP"),
		"the pass-on ended on 31/12/2024; the division deputy belongs to the unit, so the delegation is reported",
		"signoff.delegation_invalid STC expired", "signoff.signer_level STC division_deputy").on(d(2025, 1, 6)),
	one("kt/passed back into the unit", KindMinutes, false, sig("pgdstc", "STC", CapacityKT, "TL-KHDT-PGD"),
		"Finance's deputy belongs to the unit, but the chain went through another department: the delegation is reported, and a KT. for an outsider",
		"signoff.capacity_invalid STC kt", "signoff.delegation_invalid STC grantee_outside_unit"),
	one("kt/passed on to a deputy outside the unit", KindMinutes, false, sig("pgdsxd", "STC", CapacityKT, "TL-TP-PGDSXD"),
		"a deputy director of Construction is no deputy in Finance: an outsider without a valid delegation",
		"signoff.signer_not_of_unit STC SXD"),
	one("kt/names a TL not passed on", KindMinutes, false, sig("tpstc", "STC", CapacityKT, "TL-GD-TP"),
		"the grantee of a TL. signs TL., not KT.; and is no deputy",
		"signoff.capacity_invalid STC kt", "signoff.delegation_invalid STC kind_mismatch"),
	one("kt/passed on twice", KindMinutes, false, sig("cvstc", "STC", CapacityKT, "TL-TP-PP-2"),
		"a TL. is passed on once, to a deputy",
		"signoff.capacity_invalid STC kt", "signoff.delegation_invalid STC redelegated"),
	one("kt/broken chain", KindMinutes, false, sig("ppstc", "STC", CapacityKT, "TL-BROKEN"),
		"the deputy director passes on a TL. granted to the division head (whose deputy the signer is)",
		"signoff.delegation_invalid STC broken_chain"),

	// Q.
	one("q/acting head", KindInspectionRecord, true, sig("qgdsxd", "SXD", CapacityQ, ""),
		"Q. GIÁM ĐỐC"),
	one("q/deputy head", KindInspectionRecord, true, sig("pgdsxd", "SXD", CapacityQ, ""),
		"Q. by someone who is not the acting head",
		"signoff.capacity_invalid SXD q"),
	one("q/outsider", KindInspectionRecord, true, sig("gdstc", "SXD", CapacityQ, ""),
		"the head of another unit",
		"signoff.signer_not_of_unit SXD STC"),

	// TL.
	one("tl/chief of the Office for the PPC", KindMinutes, true, sig("cvp", "UBND", CapacityTL, "TL-CT-CVP"),
		"TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG: the chief heads the Office, which is part of the PPC"),
	one("tl/head of another department", KindMinutes, false, sig("gdkhdt", "STC", CapacityTL, "TL-GD-GDKHDT"),
		"the Director of Finance cannot make the head of Planning and Investment sign for Finance",
		"signoff.signer_not_of_unit STC SKHDT"),
	one("tl/head of another department, inter-sectoral", KindMinutes, true, sig("gdkhdt", "STC", CapacityTL, "TL-GD-GDKHDT"),
		"signer_not_of_unit only: neither delegation_invalid nor anything else on top",
		"signoff.signer_not_of_unit STC SKHDT"),
	one("tl/specialist of another department", KindInspectionRecord, false, sig("cvsxd", "STC", CapacityTL, "TL-GD-CVSXD"),
		"a specialist of Construction under Finance's TL.: signer_not_of_unit only, not signer_level",
		"signoff.signer_not_of_unit STC SXD"),
	one("tl/outsider signs for their own unit", KindMinutes, false, sig("cvsxd", "SXD", CapacityTL, "TL-GD-CVSXD"),
		"for their own unit the signer belongs; Finance's head granted nothing for Construction",
		"signoff.delegation_invalid SXD not_from_head"),
	one("tl/empty scope", KindMinutes, false, sig("tpstc", "STC", CapacityTL, "TL-GD-TP-NONE"),
		"an empty scope is absent: the delegation covers no kind of record",
		"signoff.delegation_invalid STC out_of_scope"),
	one("tl/division head, ordinary minutes", KindMinutes, false, sig("tpstc", "STC", CapacityTL, "TL-GD-TP"),
		"a valid TL.; no level rule outside inter-sectoral minutes"),
	one("tl/division head, inter-sectoral minutes", KindMinutes, true, sig("tpstc", "STC", CapacityTL, "TL-GD-TP"),
		"issue 7: a division head signing TL. for a department is still below unit leadership",
		"signoff.signer_level STC division_head"),
	one("tl/no delegation", KindMinutes, false, sig("tpstc", "STC", CapacityTL, ""),
		"TL. without a delegation",
		"signoff.delegation_invalid STC missing"),
	one("tl/expired", KindMinutes, false, sig("tpstc", "STC", CapacityTL, "TL-GD-TP-OLD"),
		"the delegation ended on 31/12/2023",
		"signoff.delegation_invalid STC expired"),
	one("tl/not yet valid", KindMinutes, false, sig("tpstc", "STC", CapacityTL, "TL-GD-TP-LATER"),
		"the delegation starts on 01/06/2024",
		"signoff.delegation_invalid STC not_yet_valid"),
	one("tl/out of scope", KindInspectionRecord, false, sig("tpstc", "STC", CapacityTL, "TL-GD-TP-MIN"),
		"the delegation covers minutes only",
		"signoff.delegation_invalid STC out_of_scope", "signoff.signer_level STC division_head"),
	one("tl/valid on its last day", KindMinutes, false, sig("tpstc", "STC", CapacityTL, "TL-GD-TP-OLD"),
		"valid_to is inclusive").on(d(2023, 12, 31)),
	one("tl/valid on its first day", KindMinutes, false, sig("tpstc", "STC", CapacityTL, "TL-GD-TP-LATER"),
		"valid_from is inclusive").on(d(2024, 6, 1)),
	one("tl/not from the head", KindMinutes, false, sig("tpstc", "STC", CapacityTL, "TL-PGD-TP"),
		"granted by a deputy director",
		"signoff.delegation_invalid STC not_from_head"),
	one("tl/wrong grantee", KindMinutes, false, sig("pgdstc", "STC", CapacityTL, "TL-GD-TP"),
		"the delegation names the division head",
		"signoff.delegation_invalid STC wrong_grantee"),
	one("tl/unusable delegation", KindMinutes, false, sig("tpstc", "STC", CapacityTL, "TL-BAD"),
		"the delegation passes on an unknown one; CheckDelegation reports it",
		"signoff.delegation_invalid STC unusable"),
	one("tl/passed-on delegation", KindMinutes, false, sig("ppstc", "STC", CapacityTL, "TL-TP-PP"),
		"the deputy to whom a TL. was passed signs KT.",
		"signoff.delegation_invalid STC kind_mismatch"),
	one("tl/expired, outsider", KindMinutes, false, sig("cvp", "UBND", CapacityTL, "TL-CT-CVP-OLD"),
		"an outsider with an expired delegation: signer_not_of_unit only",
		"signoff.signer_not_of_unit UBND VP"),
	one("tl/under a TUQ.", KindMinutes, false, sig("tpstc", "STC", CapacityTL, "TUQ-GD-TP"),
		"he holds a valid TUQ. but signs TL.",
		"signoff.delegation_invalid STC kind_mismatch"),

	// TUQ.
	one("tuq/department head for the PPC", KindInspectionRecord, true, sig("gdstc", "UBND", CapacityTUQ, "TUQ-CT-GDSTC"),
		"TUQ. CHỦ TỊCH / GIÁM ĐỐC SỞ TÀI CHÍNH: a department is an agency of the PPC"),
	one("tuq/city chairman for the PPC", KindInspectionRecord, true, sig("ctpkt", "UBND", CapacityTUQ, "TUQ-CT-CTPKT"),
		"a city People's Committee is another level of government, not part of the PPC",
		"signoff.signer_not_of_unit UBND TPKT"),
	one("tuq/out of scope, outsider", KindMinutes, true, sig("gdstc", "UBND", CapacityTUQ, "TUQ-CT-GDSTC"),
		"the authorisation covers inspection records only: no valid delegation from the PPC",
		"signoff.signer_not_of_unit UBND STC"),
	one("tuq/expired, outsider", KindInspectionRecord, true, sig("gdstc", "UBND", CapacityTUQ, "TUQ-CT-GDSTC"),
		"the authorisation ended on 30/06/2024",
		"signoff.signer_not_of_unit UBND STC").on(d(2024, 8, 1)),
	one("tuq/re-delegated, outsider", KindInspectionRecord, true, sig("pgdstc", "UBND", CapacityTUQ, "TUQ-RE"),
		"a TUQ. may not be passed on",
		"signoff.signer_not_of_unit UBND STC"),
	one("tuq/inside the unit", KindMinutes, false, sig("tpstc", "STC", CapacityTUQ, "TUQ-GD-TP"),
		"a valid TUQ. inside the department"),
	one("tuq/re-delegated inside the unit", KindMinutes, false, sig("ppstc", "STC", CapacityTUQ, "TUQ-TP-PP"),
		"a TUQ. passed on",
		"signoff.delegation_invalid STC redelegated"),
	one("tuq/re-delegated, signed KT.", KindMinutes, false, sig("ppstc", "STC", CapacityKT, "TUQ-TP-PP"),
		"only a TL. may be passed to a deputy who signs KT.",
		"signoff.delegation_invalid STC redelegated"),
	one("tuq/no delegation", KindMinutes, false, sig("tpstc", "STC", CapacityTUQ, ""),
		"TUQ. without a delegation",
		"signoff.delegation_invalid STC missing"),
	one("tuq/under a TL.", KindMinutes, false, sig("tpstc", "STC", CapacityTUQ, "TL-GD-TP"),
		"a TL. does not allow TUQ.",
		"signoff.delegation_invalid STC kind_mismatch"),
}

func TestCheckSignature(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	opts := Options{Delegations: testDelegations()}
	for _, tc := range sigCases {
		t.Run(tc.name, func(t *testing.T) {
			got := Check(tc.record(), dir, rules, d(2025, 6, 30), opts)
			checkWellFormed(t, got)
			if diff := cmp.Diff(tc.want, briefs(got), cmpEmpty); diff != "" {
				t.Errorf("%s\nCheck (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// cmpEmpty treats nil and empty slices alike.
var cmpEmpty = cmp.FilterValues(func(a, b []string) bool { return len(a) == 0 && len(b) == 0 }, cmp.Ignore())

// recCase is a row of the record-level table.
type recCase struct {
	name   string
	r      Record
	want   []string
	reason string
}

func rec(name string, r Record, reason string, want ...string) recCase {
	if r.ID == "" {
		r.ID = "R"
	}
	if r.Date.IsZero() {
		r.Date = testDate
	}
	return recCase{name: name, r: r, want: want, reason: reason}
}

func TestCheckRecord(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	opts := Options{Delegations: testDelegations()}
	chairSig := sig("pct", "", CapacityDirect, "")
	secSig := sig("cvvp", "", CapacityDirect, "")
	cases := []recCase{
		rec("minutes/complete", Record{Kind: KindMinutes, InterSectoral: true, Units: []regulation.UnitID{"STC", "SXD"},
			Chair: "pct", Secretary: "cvvp", Signatures: []Signature{
				chairSig, secSig, sig("pgdstc", "STC", CapacityKT, ""), sig("qgdsxd", "SXD", CapacityQ, "")}},
			"form 1.9: chair, secretary and each participating unit sign"),
		rec("minutes/chair unsigned", Record{Kind: KindMinutes, Chair: "pct", Secretary: "cvvp",
			Signatures: []Signature{secSig}},
			"the chair did not sign",
			"signoff.chair_unsigned pct"),
		rec("minutes/secretary unsigned", Record{Kind: KindMinutes, Chair: "pct", Secretary: "cvvp",
			Signatures: []Signature{chairSig}},
			"the secretary did not sign",
			"signoff.secretary_unsigned cvvp"),
		rec("minutes/neither", Record{Kind: KindMinutes, Chair: "pct", Secretary: "cvvp",
			Signatures: []Signature{sig("gdstc", "", CapacityDirect, "")}},
			"both findings at once",
			"signoff.chair_unsigned pct", "signoff.secretary_unsigned cvvp"),
		rec("minutes/no chair recorded", Record{Kind: KindMinutes, Signatures: []Signature{sig("gdstc", "", CapacityDirect, "")}},
			"a chair who is not recorded is not checked"),
		rec("minutes/chair signs for a unit", Record{Kind: KindMinutes, InterSectoral: true, Units: []regulation.UnitID{"STC"},
			Chair: "gdstc", Signatures: []Signature{sig("gdstc", "STC", CapacityDirect, "")}},
			"any signature by the chair counts as the chair's; with for_unit it also covers the unit"),
		rec("minutes/chair's role signature covers no unit", Record{Kind: KindMinutes, InterSectoral: true,
			Units: []regulation.UnitID{"STC", "SXD"}, Chair: "gdstc",
			Signatures: []Signature{sig("gdstc", "", CapacityDirect, ""), sig("pgdsxd", "SXD", CapacityKT, "")}},
			"without for_unit the chair signs in that role, not for the unit",
			"signoff.unit_unsigned STC"),
		rec("minutes/secretary below leadership", Record{Kind: KindMinutes, InterSectoral: true, Units: []regulation.UnitID{"SXD"},
			Chair: "pct", Secretary: "cvvp", Signatures: []Signature{chairSig, secSig, sig("pgdsxd", "", CapacityKT, "")}},
			"the secretary's role signature is not under the level rule"),
		rec("minutes/secretary signs for the unit", Record{Kind: KindMinutes, InterSectoral: true, Units: []regulation.UnitID{"VP"},
			Chair: "pct", Secretary: "cvvp", Signatures: []Signature{chairSig, sig("cvvp", "VP", CapacityDirect, "")}},
			"with for_unit the secretary signs for the Office, below its leadership",
			"signoff.signer_level VP specialist"),
		rec("minutes/chair in the wrong capacity", Record{Kind: KindMinutes, Chair: "pct",
			Signatures: []Signature{sig("pct", "", CapacityTM, "")}},
			"a role signature's capacity is judged against the signer's own unit",
			"signoff.capacity_invalid UBND tm"),
		rec("inter-sectoral/unit unsigned", Record{Kind: KindInspectionRecord, InterSectoral: true,
			Units:      []regulation.UnitID{"STC", "SXD", "SKHDT"},
			Signatures: []Signature{sig("gdstc", "", CapacityDirect, ""), sig("pgdkhdt", "SKHDT", CapacityKT, "")}},
			"L56 point 1: Construction took part and did not sign",
			"signoff.unit_unsigned SXD"),
		rec("inter-sectoral/faulty signature still covers", Record{Kind: KindInspectionRecord, InterSectoral: true,
			Units:      []regulation.UnitID{"STC", "SXD"},
			Signatures: []Signature{sig("cvstc", "", CapacityDirect, ""), sig("gdkhdt", "SXD", CapacityDirect, "")}},
			"the unit is signed for; the signature's own faults are reported instead",
			"signoff.signer_level STC specialist", "signoff.signer_not_of_unit SXD SKHDT"),
		rec("inter-sectoral/flag off", Record{Kind: KindInspectionRecord, Units: []regulation.UnitID{"STC", "SXD"},
			Signatures: []Signature{sig("gdstc", "", CapacityDirect, "")}},
			"without inter_sectoral, units are not each required to sign"),
		rec("inter-sectoral/several findings", Record{Kind: KindMinutes, InterSectoral: true,
			Units: []regulation.UnitID{"STC", "SXD", "TPKT"}, Chair: "ct", Secretary: "cvvp",
			Signatures: []Signature{secSig, sig("tpstc", "STC", CapacityTL, "TL-GD-TP-OLD"), sig("cvsxd", "", CapacityDirect, "")}},
			"all findings at once, sorted by code then subject",
			"signoff.chair_unsigned ct", "signoff.delegation_invalid STC expired",
			"signoff.signer_level STC division_head", "signoff.signer_level SXD specialist",
			"signoff.unit_unsigned TPKT"),
		rec("rules/not in force", Record{Kind: KindInspectionRecord, Date: d(2025, 8, 1),
			Signatures: []Signature{sig("cvstc", "", CapacityDirect, "")}},
			"after the Kon Tum merger: warned, and checked all the same",
			"rules.not_in_force ", "signoff.signer_level STC specialist"),
		rec("empty/minutes with signatures: []", Record{Kind: KindMinutes, InterSectoral: true,
			Units: []regulation.UnitID{"STC", "SXD"}, Chair: "pct", Secretary: "cvvp", Signatures: []Signature{}},
			"an empty list is an absent list: nobody signed, which is not input.invalid",
			"signoff.chair_unsigned pct", "signoff.secretary_unsigned cvvp",
			"signoff.unit_unsigned STC", "signoff.unit_unsigned SXD"),
		rec("empty/minutes with signatures nil", Record{Kind: KindMinutes, InterSectoral: true,
			Units: []regulation.UnitID{"STC", "SXD", "TPKT"}, Chair: "pct", Secretary: "cvvp"},
			"no signature list at all: the same answer as an empty one, one unit_unsigned per unit",
			"signoff.chair_unsigned pct", "signoff.secretary_unsigned cvvp",
			"signoff.unit_unsigned STC", "signoff.unit_unsigned SXD", "signoff.unit_unsigned TPKT"),
		rec("empty/ordinary minutes unsigned", Record{Kind: KindMinutes, Units: []regulation.UnitID{"STC"},
			Chair: "pct", Secretary: "cvvp", Signatures: []Signature{}},
			"not inter-sectoral: only the chair and the secretary are owed",
			"signoff.chair_unsigned pct", "signoff.secretary_unsigned cvvp"),
		rec("empty/inter-sectoral inspection record unsigned", Record{Kind: KindInspectionRecord, InterSectoral: true,
			Units: []regulation.UnitID{"STC", "SXD"}, Signatures: []Signature{}},
			"an inspection record has no chair or secretary; each participating unit is owed",
			"signoff.unit_unsigned STC", "signoff.unit_unsigned SXD"),
		rec("empty/inspection record, not inter-sectoral", Record{Kind: KindInspectionRecord, Units: []regulation.UnitID{"STC"}},
			"no rule names who must sign an inspection record that is not inter-sectoral"),
		rec("empty/units nil", Record{Kind: KindInspectionRecord, InterSectoral: true, Signatures: []Signature{sig("gdstc", "", CapacityDirect, "")}},
			"inter-sectoral without units: no unit is owed a signature"),
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Check(tc.r, dir, rules, d(2025, 12, 31), opts)
			checkWellFormed(t, got)
			if diff := cmp.Diff(tc.want, briefs(got), cmpEmpty); diff != "" {
				t.Errorf("%s\nCheck (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestCheckInvalid(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	opts := Options{Delegations: testDelegations()}
	good := func() Record {
		return Record{ID: "R", Kind: KindMinutes, Date: testDate, Units: []regulation.UnitID{"STC"}, Chair: "pct",
			Secretary: "cvvp", Signatures: []Signature{sig("pct", "", CapacityDirect, ""), sig("cvvp", "", CapacityDirect, "")}}
	}
	with := func(f func(*Record)) Record { r := good(); f(&r); return r }
	cases := []struct {
		name   string
		r      Record
		want   string
		reason string
	}{
		{"id", with(func(r *Record) { r.ID = "" }), "input.invalid id missing", "id required"},
		{"kind missing", with(func(r *Record) { r.Kind = KindUnknown }), "input.invalid kind missing", "kind required"},
		{"kind out of range", with(func(r *Record) { r.Kind = 9 }), "input.invalid kind invalid_value", "only two kinds"},
		{"date", with(func(r *Record) { r.Date = calendar.Date{} }), "input.invalid date missing", "date required"},
		{"unit empty", with(func(r *Record) { r.Units = []regulation.UnitID{"STC", ""} }), "input.invalid units[1] missing", "an empty id"},
		{"unit unknown", with(func(r *Record) { r.Units = []regulation.UnitID{"SYT"} }), "input.invalid units[0] unknown_unit", "not in the case"},
		{"unit twice", with(func(r *Record) { r.Units = []regulation.UnitID{"STC", "SXD", "STC"} }), "input.invalid units[2] duplicate_id", "listed twice"},
		{"chair unknown", with(func(r *Record) { r.Chair = "nobody" }), "input.invalid chair unknown_person", "not in the case"},
		{"secretary unknown", with(func(r *Record) { r.Secretary = "nobody" }), "input.invalid secretary unknown_person", "not in the case"},
		{"chair is secretary", with(func(r *Record) { r.Secretary = "pct" }), "input.invalid secretary invalid_value", "one person, two roles"},
		{"chair on inspection record", with(func(r *Record) { r.Kind = KindInspectionRecord; r.Secretary = "" }),
			"input.invalid chair invalid_value", "only minutes have a chair and a secretary"},
		{"secretary on inspection record", with(func(r *Record) { r.Kind = KindInspectionRecord; r.Chair = "" }),
			"input.invalid secretary invalid_value", "only minutes have a secretary"},
		{"date out of range", with(func(r *Record) { r.Date = d(10000, 1, 1) }), "input.invalid date out_of_range", "years 0001–9999 only"},
		{"signer missing", with(func(r *Record) { r.Signatures[1].Person = "" }), "input.invalid signatures[1].person missing", "person required"},
		{"signer unknown", with(func(r *Record) { r.Signatures[0].Person = "x" }), "input.invalid signatures[0].person unknown_person", "not in the case"},
		{"for_unit unknown", with(func(r *Record) { r.Signatures[0].ForUnit = "X" }), "input.invalid signatures[0].for_unit unknown_unit", "not in the case"},
		{"capacity missing", with(func(r *Record) { r.Signatures[0].Capacity = 0 }), "input.invalid signatures[0].capacity missing", "capacity required"},
		{"capacity out of range", with(func(r *Record) { r.Signatures[0].Capacity = 42 }), "input.invalid signatures[0].capacity invalid_value", "no such capacity"},
		{"delegation unknown", with(func(r *Record) { r.Signatures[1].Delegation = "D404" }), "input.invalid signatures[1].delegation unknown_record", "no such delegation"},
		{"first field wins", with(func(r *Record) { r.Date = calendar.Date{}; r.Units[0] = "X" }), "input.invalid date missing", "one finding, for the first field at fault"},
		{"id before date", with(func(r *Record) { r.ID = ""; r.Date = calendar.Date{} }), "input.invalid id missing", "fields in order: id first"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Check(tc.r, dir, rules, testDate, opts)
			checkWellFormed(t, got)
			if diff := cmp.Diff([]string{tc.want}, briefs(got)); diff != "" {
				t.Errorf("%s\nCheck (-want +got):\n%s", tc.reason, diff)
			}
			if len(got) == 1 && got[0].Record != tc.r.ID {
				t.Errorf("record = %q, want %q", got[0].Record, tc.r.ID)
			}
		})
	}
	t.Run("good", func(t *testing.T) {
		if got := Check(good(), dir, rules, testDate, opts); len(got) != 0 {
			t.Errorf("the base record has findings: %v", briefs(got))
		}
	})
}

// TestCheckFindings compares one complete finding per code: severity,
// citations of the rule set and every detail.
func TestCheckFindings(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	opts := Options{Delegations: testDelegations()}
	r := Record{ID: "BB-01", Kind: KindMinutes, InterSectoral: true, Date: testDate,
		Units: []regulation.UnitID{"STC", "SXD", "SKHDT", "TPKT"}, Chair: "ct", Secretary: "cvvp",
		Signatures: []Signature{
			sig("tpstc", "STC", CapacityTL, "TL-GD-TP-OLD"),
			sig("pgdsxd", "SXD", CapacityQ, ""),
			sig("gdstc", "SKHDT", CapacityDirect, ""),
		}}
	f := func(c regulation.Code, subject string, details regulation.Details) regulation.Finding {
		return regulation.Finding{Code: c, Severity: regulation.Violation, Kind: regulation.RecordKindRecord,
			Record: "BB-01", Subject: subject, Refs: rules.Citations[c], Details: details}
	}
	// People and units are named in details by id, name and position (a
	// position the message shows apart is left out).
	type pr = regulation.PersonRef
	tpstc := pr{ID: "tpstc", Name: "Đỗ Văn Khánh", Position: regulation.PositionDivisionHead}
	want := regulation.Findings{
		f(regulation.SignoffCapacityInvalid, "SXD", regulation.Details{"signer": pr{ID: "pgdsxd", Name: "Mai Văn Phúc"},
			"capacity": CapacityQ, "position": regulation.PositionDeputyHead}),
		f(regulation.SignoffChairUnsigned, "ct", regulation.Details{"chair": pr{ID: "ct", Name: "Trần Minh An", Position: regulation.PositionChairman}}),
		f(regulation.SignoffDelegationInvalid, "STC", regulation.Details{"signer": tpstc, "capacity": CapacityTL,
			"delegation": delegationID("TL-GD-TP-OLD"), "problem": DelegationProblemExpired}),
		f(regulation.SignoffSecretaryUnsigned, "cvvp", regulation.Details{"secretary": pr{ID: "cvvp", Name: "Huỳnh Thị Giang", Position: regulation.PositionSpecialist}}),
		f(regulation.SignoffSignerLevel, "STC", regulation.Details{"signer": tpstc.NameOnly(), "position": regulation.PositionDivisionHead}),
		f(regulation.SignoffSignerNotOfUnit, "SKHDT", regulation.Details{"signer": pr{ID: "gdstc", Name: "Ngô Văn Hải", Position: regulation.PositionHead},
			"signer_unit": regulation.UnitRef{ID: "STC", Name: "Sở Tài chính"}}),
		f(regulation.SignoffUnitUnsigned, "TPKT", nil),
	}
	got := Check(r, dir, rules, testDate, opts)
	checkWellFormed(t, got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Check (-want +got):\n%s", diff)
	}
	for _, c := range []regulation.Code{regulation.SignoffChairUnsigned, regulation.SignoffSecretaryUnsigned,
		regulation.SignoffUnitUnsigned, regulation.SignoffSignerLevel, regulation.SignoffSignerNotOfUnit,
		regulation.SignoffCapacityInvalid} {
		if !got.Has(c) {
			t.Errorf("no %s in the sample", c)
		}
	}
}

// TestDelegationMessage checks the rendering of the delegation detail.
func TestDelegationMessage(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	r := Record{ID: "R", Kind: KindMinutes, Date: testDate, Signatures: []Signature{sig("tpstc", "STC", CapacityTL, "")}}
	got := Check(r, dir, rules, testDate, Options{})
	if len(got) != 1 {
		t.Fatalf("got %v, want one delegation_invalid", briefs(got))
	}
	want := map[regulation.Lang]string{
		regulation.Vietnamese: "giao ký cho Đỗ Văn Khánh (trưởng phòng) ký TL. (thừa lệnh) không hợp lệ (văn bản giao ký: không có): không có văn bản giao ký",
		regulation.English:    "no valid delegation lets Đỗ Văn Khánh (division head) sign TL. (by order) (delegation: none): no delegation is given",
	}
	for l, w := range want {
		if diff := cmp.Diff(w, got[0].Message(l)); diff != "" {
			t.Errorf("Message(%v) (-want +got):\n%s", l, diff)
		}
	}
}
