package signoff

import (
	"maps"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

func TestAsk(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	dels := testDelegations()
	on := func(signer regulation.PersonID, unit regulation.UnitID, c Capacity, k Kind, delegation string, inter bool) Question {
		return Question{Signer: signer, Unit: unit, Capacity: c, Kind: k, Date: testDate,
			Delegation: delegation, Delegations: dels, InterSectoral: inter, Record: "BB-7"}
	}
	cases := []struct {
		name    string
		q       Question
		allowed bool
		want    []string
		reason  string
	}{
		{"deputy signs KT.", on("pgdstc", "STC", CapacityKT, KindMinutes, "", true), true, nil,
			"KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"},
		{"specialist, inter-sectoral", on("cvstc", "STC", CapacityDirect, KindMinutes, "", true), false,
			[]string{"signoff.signer_level STC specialist"}, "L56: head or deputy head only"},
		{"specialist, ordinary minutes", on("cvstc", "STC", CapacityDirect, KindMinutes, "", false), true, nil,
			"no level rule outside inter-sectoral minutes and inspection records"},
		{"division head TL., inspection", on("tpstc", "STC", CapacityTL, KindInspectionRecord, "TL-GD-TP", false), false,
			[]string{"signoff.signer_level STC division_head"}, "the level rule applies whatever the capacity"},
		{"chief of the Office TL. for the PPC", on("cvp", "UBND", CapacityTL, KindInspectionRecord, "TL-CT-CVP", true), true,
			nil, "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG: the Office is part of the PPC"},
		{"city chairman TUQ. for the PPC", on("ctpkt", "UBND", CapacityTUQ, KindInspectionRecord, "TUQ-CT-CTPKT", true), false,
			[]string{"signoff.signer_not_of_unit UBND TPKT"},
			"a city People's Committee is not part of the PPC: the grantee is outside the granting unit"},
		{"TL. to the head of another department", on("gdkhdt", "STC", CapacityTL, KindMinutes, "TL-GD-GDKHDT", false), false,
			[]string{"signoff.signer_not_of_unit STC SKHDT"}, "grantee outside the granting unit: signer_not_of_unit only"},
		{"TL. to a specialist of another department", on("cvsxd", "STC", CapacityTL, KindInspectionRecord, "TL-GD-CVSXD", true), false,
			[]string{"signoff.signer_not_of_unit STC SXD"}, "signer_not_of_unit only, not signer_level on top"},
		{"pass-on to a deputy outside the unit", on("pgdsxd", "STC", CapacityKT, KindMinutes, "TL-TP-PGDSXD", false), false,
			[]string{"signoff.signer_not_of_unit STC SXD"}, "the deputy must belong to the unit of the one who passes it on"},
		{"empty scope", on("tpstc", "STC", CapacityTL, KindMinutes, "TL-GD-TP-NONE", false), false,
			[]string{"signoff.delegation_invalid STC out_of_scope"}, "a delegation with an empty scope covers no kind of record"},
		{"expired TL.", on("tpstc", "STC", CapacityTL, KindMinutes, "TL-GD-TP-OLD", false), false,
			[]string{"signoff.delegation_invalid STC expired"}, "ended on 31/12/2023"},
		{"TUQ. out of scope", on("gdstc", "UBND", CapacityTUQ, KindMinutes, "TUQ-CT-GDSTC", false), false,
			[]string{"signoff.signer_not_of_unit UBND STC"}, "covers inspection records only"},
		{"TUQ. passed on", on("ppstc", "STC", CapacityTUQ, KindMinutes, "TUQ-TP-PP", false), false,
			[]string{"signoff.delegation_invalid STC redelegated"}, "a TUQ. may not be passed on"},
		{"outsider", on("gdkhdt", "STC", CapacityDirect, KindMinutes, "", false), false,
			[]string{"signoff.signer_not_of_unit STC SKHDT"}, "not of the unit, no delegation"},
		{"outside the rule set's period", Question{Signer: "pgdstc", Unit: "STC", Capacity: CapacityKT, Kind: KindMinutes, Date: d(2025, 7, 2)}, true,
			[]string{"rules.not_in_force "}, "a warning does not refuse"},
		{"unknown signer", on("x", "STC", CapacityKT, KindMinutes, "", false), false,
			[]string{"input.invalid signer unknown_person"}, "cannot be judged"},
		{"no signer", on("", "STC", CapacityKT, KindMinutes, "", false), false,
			[]string{"input.invalid signer missing"}, "cannot be judged"},
		{"unknown unit", on("pgdstc", "SYT", CapacityKT, KindMinutes, "", false), false,
			[]string{"input.invalid unit unknown_unit"}, "cannot be judged"},
		{"no unit", on("pgdstc", "", CapacityKT, KindMinutes, "", false), false,
			[]string{"input.invalid unit missing"}, "the unit is required"},
		{"no capacity", on("pgdstc", "STC", 0, KindMinutes, "", false), false,
			[]string{"input.invalid capacity missing"}, "cannot be judged"},
		{"bad capacity", on("pgdstc", "STC", 99, KindMinutes, "", false), false,
			[]string{"input.invalid capacity invalid_value"}, "cannot be judged"},
		{"no kind", on("pgdstc", "STC", CapacityKT, 0, "", false), false,
			[]string{"input.invalid kind missing"}, "cannot be judged"},
		{"bad kind", on("pgdstc", "STC", CapacityKT, 7, "", false), false,
			[]string{"input.invalid kind invalid_value"}, "cannot be judged"},
		{"no date", Question{Signer: "pgdstc", Unit: "STC", Capacity: CapacityKT, Kind: KindMinutes}, false,
			[]string{"input.invalid date missing"}, "cannot be judged"},
		{"unknown delegation", on("tpstc", "STC", CapacityTL, KindMinutes, "D404", false), false,
			[]string{"input.invalid delegation unknown_record"}, "cannot be judged"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Ask(tc.q, dir, rules)
			checkWellFormed(t, got.Reasons)
			if got.Allowed != tc.allowed {
				t.Errorf("%s: Allowed = %v, want %v", tc.reason, got.Allowed, tc.allowed)
			}
			if diff := cmp.Diff(tc.want, briefs(got.Reasons), cmpEmpty); diff != "" {
				t.Errorf("%s\nReasons (-want +got):\n%s", tc.reason, diff)
			}
			for _, f := range got.Reasons {
				if f.Record != tc.q.Record {
					t.Errorf("finding %s has record %q, want %q", f.Code, f.Record, tc.q.Record)
				}
			}
		})
	}
	t.Run("nil rules", func(t *testing.T) {
		got := Ask(Question{Signer: "pgdstc", Unit: "STC", Capacity: CapacityKT, Kind: KindMinutes, Date: testDate}, dir, nil)
		if got.Allowed || !slices.Equal(briefs(got.Reasons), []string{"input.invalid rules missing"}) {
			t.Errorf("Ask with nil rules = %+v, want a refusal for rules", got)
		}
	})
}

// TestAskAgreesWithCheck judges every combination of signer, unit,
// capacity, delegation, kind, inter-sectoral flag and date both ways: the
// reasons of Ask must be exactly the findings Check gives a record with
// that one signature.
func TestAskAgreesWithCheck(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	dels := testDelegations()
	delIDs := []string{""}
	for id := range dels {
		delIDs = append(delIDs, id)
	}
	slices.Sort(delIDs)
	dates := []calendar.Date{testDate, d(2023, 6, 1), d(2024, 8, 1), d(2025, 7, 2)}
	seen := map[regulation.Code]int{}
	n := 0
	// Signatures under a delegation whose grantee is outside its grantor's
	// unit: by the outsider (signer_not_of_unit only), and by someone of the
	// unit through such a chain (delegation_invalid grantee_outside_unit).
	outsiderOnly, outsideOnSignature := 0, 0
	for _, p := range dir.People() {
		for _, u := range dir.Units() {
			for _, c := range capacities.Values() {
				for _, del := range delIDs {
					for _, k := range kinds.Values() {
						for _, inter := range []bool{false, true} {
							for _, date := range dates {
								n++
								r := Record{ID: "R", Kind: k, InterSectoral: inter, Date: date, Units: []regulation.UnitID{u.ID},
									Signatures: []Signature{{Person: p.ID, ForUnit: u.ID, Capacity: c, Delegation: del}}}
								want := Check(r, dir, rules, date, Options{Delegations: dels})
								got := Ask(Question{Signer: p.ID, Unit: u.ID, Capacity: c, Kind: k, Date: date,
									Delegation: del, Delegations: dels, InterSectoral: inter, Record: "R"}, dir, rules)
								if !sameFindings(want, got.Reasons) {
									diff := cmp.Diff(want, got.Reasons)
									t.Fatalf("%s for %s %v %q on %v %v inter=%v: Check and Ask disagree (-Check +Ask):\n%s",
										p.ID, u.ID, c, del, k, date, inter, diff)
								}
								if got.Allowed != (want.Err() == nil) {
									t.Fatalf("%s for %s %v %q: Allowed = %v with reasons %v", p.ID, u.ID, c, del, got.Allowed, briefs(got.Reasons))
								}
								for _, f := range want {
									seen[f.Code]++
									if f.Details["problem"] == DelegationProblemGranteeOutsideUnit {
										outsideOnSignature++
									}
								}
								if x, ok := dels[del]; ok && p.Unit != u.ID && x.Grantee == p.ID && isOutsider(dir, x) &&
									slices.Equal(briefs(want), []string{"signoff.signer_not_of_unit " + string(u.ID) + " " + string(p.Unit)}) {
									outsiderOnly++
								}
							}
						}
					}
				}
			}
		}
	}
	// The grid must exercise every per-signature code, or agreement proves
	// little.
	for _, c := range []regulation.Code{regulation.SignoffSignerLevel, regulation.SignoffSignerNotOfUnit,
		regulation.SignoffCapacityInvalid, regulation.SignoffDelegationInvalid, regulation.RulesNotInForce} {
		if seen[c] == 0 {
			t.Errorf("the grid of %d signatures never produced %s", n, c)
		}
	}
	if outsiderOnly == 0 || outsideOnSignature == 0 {
		t.Errorf("the grid never judged a delegation with a grantee outside the unit: %d outsiders, %d delegation_invalid",
			outsiderOnly, outsideOnSignature)
	}
	if seen[regulation.InputInvalid] != 0 || seen[regulation.SignoffUnitUnsigned] != 0 {
		t.Errorf("the grid should hold valid, signed records only: %v", seen)
	}
}

// isOutsider reports whether the grantee of x is outside its grantor's unit.
func isOutsider(dir *regulation.Directory, x Delegation) bool {
	grantor, _ := dir.Person(x.Grantor)
	grantee, _ := dir.Person(x.Grantee)
	return grantor.Unit != grantee.Unit
}

// sameFindings is a fast equality of findings for large grids; cmp.Diff
// explains a difference.
func sameFindings(a, b regulation.Findings) bool {
	return slices.EqualFunc(a, b, func(x, y regulation.Finding) bool {
		return x.Code == y.Code && x.Severity == y.Severity && x.Kind == y.Kind && x.Record == y.Record &&
			x.Subject == y.Subject && slices.Equal(x.Refs, y.Refs) &&
			maps.EqualFunc(x.Details, y.Details, func(v, w any) bool { return v == w })
	})
}

// TestMaySignIsAsk proves that the deprecated MaySign still answers as Ask
// does, its positional arguments and options being the question's fields.
func TestMaySignIsAsk(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	dels := testDelegations()
	for _, q := range []Question{
		{Signer: "tpstc", Unit: "STC", Capacity: CapacityTL, Kind: KindInspectionRecord, Date: testDate,
			Delegation: "TL-GD-TP", Delegations: dels, InterSectoral: true, Record: "BB-1"},
		{Signer: "cvstc", Unit: "STC", Capacity: CapacityDirect, Kind: KindMinutes, Date: testDate, InterSectoral: true},
		{Signer: "", Unit: "STC", Capacity: CapacityKT, Kind: KindMinutes, Date: testDate},
	} {
		got := MaySign(q.Signer, q.Unit, q.Capacity, q.Kind, q.Date, dir, rules, MaySignOptions{
			Delegation: q.Delegation, Delegations: q.Delegations, InterSectoral: q.InterSectoral, Record: q.Record})
		if diff := cmp.Diff(Ask(q, dir, rules), got); diff != "" {
			t.Errorf("%+v: (-Ask +MaySign):\n%s", q, diff)
		}
	}
}
