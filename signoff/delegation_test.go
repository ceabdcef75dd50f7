package signoff

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

func TestCheckDelegation(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	dels := testDelegations()
	base := func() Delegation { return dels["TL-GD-TP"] }
	with := func(f func(*Delegation)) Delegation { x := base(); f(&x); return x }
	// A circle: C1 passes on C2, which passes on C1.
	circle := map[string]Delegation{
		"C1": del("C1", CapacityTL, "tpstc", "ppstc", allKinds, testDate, testDate, "C2"),
		"C2": del("C2", CapacityTL, "gdstc", "tpstc", allKinds, testDate, testDate, "C1"),
		"C3": del("C3", CapacityTL, "ppstc", "cvstc", allKinds, testDate, testDate, "C1"),
	}
	cases := []struct {
		name   string
		d      Delegation
		dels   map[string]Delegation
		want   []string
		reason string
	}{
		{"valid TL.", base(), dels, nil, "the Director lets a division head sign by order"},
		{"valid TUQ.", dels["TUQ-GD-TP"], dels, nil, "the Director of Finance authorises a division head"},
		{"valid pass-on", dels["TL-TP-PP"], dels, nil, "Finance's division head passes the TL. to the division deputy"},
		{"pass-on inside the Office", dels["KT-CVP-PCVP"], dels, nil,
			"the chief passes it to a deputy chief of the same Office; its root is reported on its own"},
		{"TL. to the head of another department", dels["TL-GD-GDKHDT"], dels,
			[]string{"signoff.delegation_invalid gdkhdt grantee_outside_unit"},
			"issue 13: the Director of Finance lets the head of Planning and Investment sign for Finance"},
		{"TL. to a specialist of another department", dels["TL-GD-CVSXD"], dels,
			[]string{"signoff.delegation_invalid cvsxd grantee_outside_unit"},
			"a specialist of Construction is no more of Finance than its head"},
		{"pass-on to a deputy outside the unit", dels["TL-TP-PGDSXD"], dels,
			[]string{"signoff.delegation_invalid pgdsxd grantee_outside_unit"},
			"the deputy must belong to the unit of the one who passes it on"},
		{"TL. to the Chief of the PPC Office", dels["TL-CT-CVP"], dels, nil,
			"TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG: the Office is part of the PPC"},
		{"TUQ. to a department head", dels["TUQ-CT-GDSTC"], dels, nil,
			"TUQ. CHỦ TỊCH / GIÁM ĐỐC SỞ: a department is an agency of the PPC"},
		{"TUQ. to a city chairman", dels["TUQ-CT-CTPKT"], dels,
			[]string{"signoff.delegation_invalid ctpkt grantee_outside_unit"},
			"a city People's Committee is another level of government, not part of the PPC"},
		{"expired, still judged", with(func(x *Delegation) { x.Grantee, x.ValidTo = "cvsxd", d(2024, 1, 31) }), dels,
			[]string{"signoff.delegation_invalid cvsxd grantee_outside_unit"},
			"a delegation that exists as of as_of is judged whether or not it is still in force"},
		{"passed-on TUQ. is valid input", dels["TUQ-RE"], dels, nil,
			"re-delegation is judged on each signature (delegation_invalid), not here"},
		{"id", with(func(x *Delegation) { x.ID = "" }), dels, []string{"input.invalid id missing"}, "id required"},
		{"kind missing", with(func(x *Delegation) { x.Kind = 0 }), dels, []string{"input.invalid kind missing"}, "kind required"},
		{"kind not a delegation", with(func(x *Delegation) { x.Kind = CapacityKT }), dels, []string{"input.invalid kind invalid_value"},
			"tl or tuq"},
		{"grantor missing", with(func(x *Delegation) { x.Grantor = "" }), dels, []string{"input.invalid grantor missing"}, "required"},
		{"grantor unknown", with(func(x *Delegation) { x.Grantor = "x" }), dels, []string{"input.invalid grantor unknown_person"}, "not in the case"},
		{"grantee missing", with(func(x *Delegation) { x.Grantee = "" }), dels, []string{"input.invalid grantee missing"}, "required"},
		{"grantee unknown", with(func(x *Delegation) { x.Grantee = "x" }), dels, []string{"input.invalid grantee unknown_person"}, "not in the case"},
		{"grantee is grantor", with(func(x *Delegation) { x.Grantee = x.Grantor }), dels, []string{"input.invalid grantee invalid_value"},
			"nobody delegates to themselves"},
		{"scope nil", with(func(x *Delegation) { x.Scope = nil }), dels, nil,
			"an absent scope covers no kind of record: signatures under it are out of scope, the delegation is not input.invalid"},
		{"scope empty", with(func(x *Delegation) { x.Scope = []Kind{} }), dels, nil, "an empty list is an absent list"},
		{"scope entry empty", with(func(x *Delegation) { x.Scope = []Kind{KindMinutes, 0} }), dels, []string{"input.invalid scope[1] missing"}, "an empty kind"},
		{"scope entry unknown", with(func(x *Delegation) { x.Scope = []Kind{5} }), dels, []string{"input.invalid scope[0] invalid_value"}, "no such kind"},
		{"valid_from", with(func(x *Delegation) { x.ValidFrom = calendar.Date{} }), dels, []string{"input.invalid valid_from missing"}, "required"},
		{"valid_to", with(func(x *Delegation) { x.ValidTo = calendar.Date{} }), dels, []string{"input.invalid valid_to missing"}, "required"},
		{"valid_to before valid_from", with(func(x *Delegation) { x.ValidTo = x.ValidFrom.AddDays(-1) }), dels,
			[]string{"input.invalid valid_to date_order"}, "an impossible period"},
		{"valid_to out of range", with(func(x *Delegation) { x.ValidTo = d(10000, 1, 1) }), dels,
			[]string{"input.invalid valid_to out_of_range"}, "years 0001–9999 only"},
		{"invalid before outside", with(func(x *Delegation) { x.Grantee, x.ValidTo = "cvsxd", calendar.Date{} }), dels,
			[]string{"input.invalid valid_to missing"}, "a delegation that cannot be used is not judged further"},
		{"one-day validity", with(func(x *Delegation) { x.ValidTo = x.ValidFrom }), dels, nil, "both ends are inclusive"},
		{"via unknown", with(func(x *Delegation) { x.Via = "NOPE" }), dels, []string{"input.invalid via unknown_record"}, "no such delegation"},
		{"via itself", with(func(x *Delegation) { x.Via = x.ID }), dels, []string{"input.invalid via invalid_value"}, "a delegation cannot pass itself on"},
		{"via circle", circle["C1"], circle, []string{"input.invalid via invalid_value"}, "C1 → C2 → C1"},
		{"via into a circle", circle["C3"], circle, []string{"input.invalid via invalid_value"}, "C3 → C1 → C2 → C1"},
		{"via without delegations", with(func(x *Delegation) { x.Via = "TL-CT-CVP" }), nil,
			[]string{"input.invalid via unknown_record"}, "the zero Options holds no delegation"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := CheckDelegation(tc.d, dir, rules, testDate, Options{Delegations: tc.dels})
			checkWellFormed(t, got)
			if diff := cmp.Diff(tc.want, briefs(got), cmpEmpty); diff != "" {
				t.Errorf("%s\nCheckDelegation (-want +got):\n%s", tc.reason, diff)
			}
			for _, f := range got {
				if f.Kind != regulation.RecordKindDelegation || f.Record != tc.d.ID {
					t.Errorf("finding about %v %q, want delegation %q", f.Kind, f.Record, tc.d.ID)
				}
			}
		})
	}
	t.Run("the test delegations", func(t *testing.T) {
		// As of the end of 2024 every test delegation exists; only TL-BAD
		// cannot be used, and only those that cross units are invalid.
		want := map[string]string{
			"TL-BAD":       "input.invalid via unknown_record",
			"TUQ-CT-CTPKT": "signoff.delegation_invalid ctpkt grantee_outside_unit",
			"TL-GD-GDKHDT": "signoff.delegation_invalid gdkhdt grantee_outside_unit",
			"TL-GD-CVSXD":  "signoff.delegation_invalid cvsxd grantee_outside_unit",
			"TL-TP-PGDSXD": "signoff.delegation_invalid pgdsxd grantee_outside_unit",
			"TL-KHDT-PGD":  "signoff.delegation_invalid pgdstc grantee_outside_unit",
		}
		for id, x := range dels {
			got := CheckDelegation(x, dir, rules, d(2024, 12, 31), Options{Delegations: dels})
			checkWellFormed(t, got)
			var w []string
			if want[id] != "" {
				w = []string{want[id]}
			}
			if diff := cmp.Diff(w, briefs(got), cmpEmpty); diff != "" {
				t.Errorf("%s (-want +got):\n%s", id, diff)
			}
		}
	})
}

// TestDelegationGranteeOutsideUnit compares the complete finding on a
// delegation whose grantee is outside the granting unit, and its message.
func TestDelegationGranteeOutsideUnit(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	dels := testDelegations()
	got := CheckDelegation(dels["TL-GD-GDKHDT"], dir, rules, testDate, Options{Delegations: dels})
	want := regulation.Findings{{
		Code: regulation.SignoffDelegationInvalid, Severity: regulation.Violation, Kind: regulation.RecordKindDelegation,
		Record: "TL-GD-GDKHDT", Subject: "gdkhdt", Refs: rules.Citations[regulation.SignoffDelegationInvalid],
		Details: regulation.Details{"signer": regulation.PersonRef{ID: "gdkhdt", Name: "Châu Văn Sơn", Position: regulation.PositionHead}, "capacity": CapacityTL, "delegation": delegationID("TL-GD-GDKHDT"),
			"problem": DelegationProblemGranteeOutsideUnit},
	}}
	checkWellFormed(t, got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CheckDelegation (-want +got):\n%s", diff)
	}
	msgs := map[regulation.Lang]string{
		regulation.Vietnamese: "giao ký cho Châu Văn Sơn (người đứng đầu) ký TL. (thừa lệnh) không hợp lệ (văn bản giao ký: TL-GD-GDKHDT): " +
			"người được giao ký không thuộc đơn vị giao ký",
		regulation.English: "no valid delegation lets Châu Văn Sơn (head) sign TL. (by order) (delegation: TL-GD-GDKHDT): grantee outside the unit",
	}
	for l, w := range msgs {
		if len(got) == 1 {
			if diff := cmp.Diff(w, got[0].Message(l)); diff != "" {
				t.Errorf("Message(%v) (-want +got):\n%s", l, diff)
			}
		}
	}
}

func TestCheckAll(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	ds := []Delegation{
		del("D1", CapacityTL, "gdstc", "tpstc", allKinds, d(2024, 1, 1), d(2024, 12, 31), ""),
		del("D1", CapacityTL, "gdstc", "cvstc", allKinds, d(2024, 1, 1), d(2024, 12, 31), ""),
		del("D2", CapacityTUQ, "ct", "gdstc", allKinds, d(2024, 1, 1), d(2023, 12, 31), ""),
		del("", CapacityTUQ, "ct", "gdstc", allKinds, d(2024, 1, 1), d(2024, 12, 31), ""),
		del("D3", CapacityTL, "gdstc", "gdkhdt", allKinds, d(2024, 1, 1), d(2024, 12, 31), ""),
	}
	rs := []Record{
		{ID: "R1", Kind: KindMinutes, Date: testDate, Signatures: []Signature{sig("tpstc", "STC", CapacityTL, "D1")}},
		{ID: "R1", Kind: KindMinutes, Date: testDate, Signatures: []Signature{sig("cvstc", "STC", CapacityTL, "D1")}},
		{ID: "R2", Kind: KindInspectionRecord, Date: testDate, Signatures: []Signature{sig("gdstc", "UBND", CapacityTUQ, "D2")}},
		{ID: "R3", Kind: KindInspectionRecord, Date: testDate, Signatures: []Signature{sig("cvstc", "", CapacityDirect, "")}},
		{Kind: KindMinutes, Date: testDate, Signatures: []Signature{sig("cvstc", "", CapacityDirect, "")}},
		{ID: "R4", Kind: KindMinutes, Date: testDate, Signatures: []Signature{sig("gdkhdt", "STC", CapacityTL, "D3")}},
	}
	want := []string{
		"input.invalid id missing", // the record without id
		"input.invalid id duplicate_id",
		"signoff.signer_not_of_unit UBND STC",
		"signoff.signer_level STC specialist",
		"signoff.signer_not_of_unit STC SKHDT", // R4: the signature under D3, signer_not_of_unit only
		"input.invalid id missing",             // the delegation without id
		"input.invalid id duplicate_id",
		"input.invalid valid_to date_order",
		"signoff.delegation_invalid gdkhdt grantee_outside_unit", // D3 itself
	}
	got := CheckAll(rs, ds, dir, rules, testDate)
	checkWellFormed(t, got)
	if diff := cmp.Diff(want, briefs(got)); diff != "" {
		t.Errorf("CheckAll (-want +got):\n%s", diff)
	}
	if len(got) == len(want) && (got[1].Record != "R1" || got[6].Record != "D1") {
		t.Errorf("duplicates name their id: %q, %q", got[1].Record, got[6].Record)
	}
}

func TestEnums(t *testing.T) {
	t.Run("kind", func(t *testing.T) {
		for _, k := range kinds.Values() {
			b, err := k.MarshalText()
			require.NoError(t, err)
			var back Kind
			require.NoError(t, back.UnmarshalText(b))
			if back != k || k.Localize(regulation.English) == k.String() {
				t.Errorf("%v: round trip %v, localized %q", k, back, k.Localize(regulation.English))
			}
		}
		var k Kind
		require.ErrorIs(t, k.UnmarshalText([]byte("biên bản")), regulation.ErrUnknownValue)
	})
	t.Run("capacity", func(t *testing.T) {
		want := map[Capacity][2]string{
			CapacityDirect: {"direct", ""}, CapacityTM: {"tm", "TM."}, CapacityKT: {"kt", "KT."}, CapacityQ: {"q", "Q."}, CapacityTL: {"tl", "TL."}, CapacityTUQ: {"tuq", "TUQ."},
		}
		for c, w := range want {
			b, err := c.MarshalText()
			require.NoError(t, err)
			var back Capacity
			require.NoError(t, back.UnmarshalText(b))
			if got := [2]string{string(b), c.Prefix()}; got != w || back != c {
				t.Errorf("%v: text and prefix %q, want %q; round trip %v", c, got, w, back)
			}
		}
		if got := Capacity(42).String(); got != "%!Capacity(42)" {
			t.Errorf("String of an out-of-range capacity = %q", got)
		}
		if got := Capacity(42).Prefix(); got != "" {
			t.Errorf("Prefix of an out-of-range capacity = %q", got)
		}
		var c Capacity
		require.ErrorIs(t, c.UnmarshalText([]byte("KT.")), regulation.ErrUnknownValue)
	})
	t.Run("problem", func(t *testing.T) {
		for _, p := range delegationProblems.Values() {
			b, err := p.MarshalText()
			require.NoError(t, err)
			var back DelegationProblem
			require.NoError(t, back.UnmarshalText(b))
			if back != p || p.Localize(regulation.Vietnamese) == p.String() {
				t.Errorf("%v: round trip %v, localized %q", p, back, p.Localize(regulation.Vietnamese))
			}
		}
		if got := DelegationProblem(200).Localize(regulation.English); got != "%!DelegationProblem(200)" {
			t.Errorf("Localize out of range = %q", got)
		}
	})
}

// TestJSON decodes the records and delegations of the case-file example
// example and writes them back.
func TestJSON(t *testing.T) {
	const recordJSON = `{"id": "R1", "kind": "minutes", "meeting": "M1", "inter_sectoral": true, "date": "2023-05-10",
               "units": ["STC", "SXD"], "chair": "p0", "secretary": "p9",
               "signatures": [{"person": "p3", "for_unit": "STC", "capacity": "kt"}]}`
	const delegationJSON = `{"id": "D1", "kind": "tuq", "grantor": "p1", "grantee": "p5", "scope": ["minutes"],
                   "valid_from": "2023-01-01", "valid_to": "2023-12-31"}`
	var r Record
	require.NoError(t, json.Unmarshal([]byte(recordJSON), &r))
	wantR := Record{ID: "R1", Kind: KindMinutes, Meeting: "M1", InterSectoral: true, Date: d(2023, 5, 10),
		Units: []regulation.UnitID{"STC", "SXD"}, Chair: "p0", Secretary: "p9",
		Signatures: []Signature{{Person: "p3", ForUnit: "STC", Capacity: CapacityKT}}}
	if diff := cmp.Diff(wantR, r); diff != "" {
		t.Errorf("record (-want +got):\n%s", diff)
	}
	var dl Delegation
	require.NoError(t, json.Unmarshal([]byte(delegationJSON), &dl))
	wantD := Delegation{ID: "D1", Kind: CapacityTUQ, Grantor: "p1", Grantee: "p5", Scope: []Kind{KindMinutes},
		ValidFrom: d(2023, 1, 1), ValidTo: d(2023, 12, 31)}
	if diff := cmp.Diff(wantD, dl); diff != "" {
		t.Errorf("delegation (-want +got):\n%s", diff)
	}
	b, err := json.Marshal(wantR)
	require.NoError(t, err)
	want := `{"id":"R1","kind":"minutes","meeting":"M1","inter_sectoral":true,"date":"2023-05-10","units":["STC","SXD"],` +
		`"chair":"p0","secretary":"p9","signatures":[{"person":"p3","for_unit":"STC","capacity":"kt"}]}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("marshalled record (-want +got):\n%s", diff)
	}
	b, err = json.Marshal(wantD)
	require.NoError(t, err)
	want = `{"id":"D1","kind":"tuq","grantor":"p1","grantee":"p5","scope":["minutes"],"valid_from":"2023-01-01","valid_to":"2023-12-31"}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("marshalled delegation (-want +got):\n%s", diff)
	}
	var bad Record
	err = json.Unmarshal([]byte(`{"id":"R","kind":"minutes","signatures":[{"person":"p","capacity":"KT."}]}`), &bad)
	var enumErr *regulation.EnumError
	if !errors.As(err, &enumErr) {
		t.Errorf("an unknown capacity decodes with %v, want a *regulation.EnumError", err)
	}
}
