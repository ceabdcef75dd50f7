package signofftest_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	rt "github.com/quyche/quyche/regulation/regulationtest"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/signoff/signofftest"
)

func d(y int, m time.Month, dd int) calendar.Date { return calendar.NewDate(y, m, dd) }

func TestAsOfIsInForce(t *testing.T) {
	if rules := regulation.KonTum2023(); !rules.InForce(signofftest.AsOf()) {
		t.Errorf("AsOf %s is outside the period of %s", signofftest.AsOf(), rules.ID)
	}
}

func TestRecord(t *testing.T) {
	rules := regulation.KonTum2023()
	want := func(c regulation.Code, subject string) regulation.Finding {
		return rt.Want(rules, c, regulation.RecordKindRecord, "R1", subject)
	}
	tl := signoff.Signature{Person: rt.FinanceDivisionHead, ForUnit: rt.Finance, Capacity: signoff.CapacityTL, Delegation: "D1"}
	withD1 := signofftest.Options(signofftest.Delegation())
	tests := []struct {
		name     string
		override func(*signoff.Record)
		opts     signoff.Options
		want     regulation.Findings
		reason   string
	}{
		{"default", func(*signoff.Record) {}, signofftest.Options(), nil, "heads sign for their units"},
		{"default with a delegation", func(*signoff.Record) {}, withD1, nil, "an unused delegation changes nothing"},
		{"chair unsigned", func(r *signoff.Record) { r.Signatures = r.Signatures[1:] }, signofftest.Options(), regulation.Findings{want(regulation.SignoffChairUnsigned, "pct1")}, "ND30 App. III form 1.9"},
		{"secretary unsigned", func(r *signoff.Record) { r.Signatures[1] = r.Signatures[0] }, signofftest.Options(), regulation.Findings{want(regulation.SignoffSecretaryUnsigned, "vp.specialist")}, "ND30 App. III form 1.9"},
		{"unit unsigned", func(r *signoff.Record) { r.Units = append(r.Units, rt.Board) }, signofftest.Options(), regulation.Findings{want(regulation.SignoffUnitUnsigned, "BDT")}, "L56 point 1"},
		{"division head signs", func(r *signoff.Record) { r.Signatures[2].Person = rt.FinanceDivisionHead }, signofftest.Options(), regulation.Findings{want(regulation.SignoffSignerLevel, "STC")}, "L56 fn. 2: below unit leadership"},
		{"division head, not inter-sectoral", func(r *signoff.Record) { r.InterSectoral, r.Signatures[2].Person = false, rt.FinanceDivisionHead }, signofftest.Options(), nil, "the level is checked in inter-sectoral minutes only"},
		{"deputy signs KT.", func(r *signoff.Record) {
			r.Signatures[2] = signoff.Signature{Person: rt.FinanceDeputy, ForUnit: rt.Finance, Capacity: signoff.CapacityKT}
		}, signofftest.Options(), nil, "a deputy signs for the head"},
		{"acting head signs KT.", func(r *signoff.Record) { r.Signatures[3].Capacity = signoff.CapacityKT }, signofftest.Options(), regulation.Findings{want(regulation.SignoffCapacityInvalid, "SXD")}, "KT. by someone who is not a deputy"},
		{"signer of another unit", func(r *signoff.Record) { r.Signatures[2].Person = rt.ConstructionDeputy }, signofftest.Options(), regulation.Findings{want(regulation.SignoffSignerNotOfUnit, "STC")}, "ND30 Art. 13"},
		{"TL. under D1", func(r *signoff.Record) { r.InterSectoral, r.Signatures[2] = false, tl }, withD1, nil, "the default delegation covers minutes"},
		{"TL. under D1, inter-sectoral", func(r *signoff.Record) { r.Signatures[2] = tl }, withD1, regulation.Findings{want(regulation.SignoffSignerLevel, "STC")}, "a delegation does not raise the signer's level"},
		{"TL. under an expired D1", func(r *signoff.Record) { r.InterSectoral, r.Signatures[2] = false, tl },
			signofftest.Options(signofftest.Delegation(func(dl *signoff.Delegation) { dl.ValidTo = d(2024, 3, 19) })),
			regulation.Findings{want(regulation.SignoffDelegationInvalid, "STC")}, "expired the day before"},
		{"TL. without a delegation", func(r *signoff.Record) {
			r.InterSectoral, r.Signatures[2] = false, signoff.Signature{Person: rt.FinanceDivisionHead, ForUnit: rt.Finance, Capacity: signoff.CapacityTL}
		}, withD1, regulation.Findings{want(regulation.SignoffDelegationInvalid, "STC")}, "TL. names no delegation"},
		{"nobody signed", func(r *signoff.Record) { r.Signatures = []signoff.Signature{} }, signofftest.Options(), regulation.Findings{
			want(regulation.SignoffChairUnsigned, "pct1"), want(regulation.SignoffSecretaryUnsigned, "vp.specialist"),
			want(regulation.SignoffUnitUnsigned, "STC"), want(regulation.SignoffUnitUnsigned, "SXD"), want(regulation.SignoffUnitUnsigned, "SNV"),
		}, "an empty list is an absent list: unsigned, not input.invalid"},
		{"TL. under D1 granted to another department", func(r *signoff.Record) {
			r.InterSectoral, r.Signatures[2] = false, signoff.Signature{Person: rt.ConstructionDivisionHead, ForUnit: rt.Finance, Capacity: signoff.CapacityTL, Delegation: "D1"}
		}, signofftest.Options(signofftest.Delegation(func(dl *signoff.Delegation) { dl.Grantee = rt.ConstructionDivisionHead })),
			regulation.Findings{want(regulation.SignoffSignerNotOfUnit, "STC")}, "the grantee is outside Finance: signer_not_of_unit only"},
		{"drawn up after as_of", func(r *signoff.Record) { r.Date = signofftest.AsOf().AddDays(1); r.Signatures = nil }, signofftest.Options(), nil,
			"the record does not exist yet as of AsOf"},
		{"inspection record", func(r *signoff.Record) {
			r.Kind, r.Chair, r.Secretary, r.Signatures = signoff.KindInspectionRecord, "", "", r.Signatures[2:]
		}, signofftest.Options(), nil, "an inspection record has no chair or secretary"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := signoff.Check(signofftest.Record(tc.override), rt.Province(), rules, signofftest.AsOf(), tc.opts)
			if diff := cmp.Diff(tc.want, got, rt.IgnoreMessages(), rt.SortFindings()); diff != "" {
				t.Errorf("signoff.Check (%s) (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestDelegation(t *testing.T) {
	rules := regulation.KonTum2023()
	tests := []struct {
		name     string
		override func(*signoff.Delegation)
		want     regulation.Findings
		reason   string
	}{
		{"default", func(*signoff.Delegation) {}, nil, "a valid TL. by the head of Finance"},
		{"reversed validity", func(d *signoff.Delegation) { d.ValidTo = d.ValidFrom.AddDays(-1) }, regulation.Findings{
			rt.Want(rules, regulation.InputInvalid, regulation.RecordKindDelegation, "D1", "valid_to"),
		}, "valid_to before valid_from"},
		{"grantee of another department", func(d *signoff.Delegation) { d.Grantee = rt.ConstructionDivisionHead }, regulation.Findings{
			rt.Want(rules, regulation.SignoffDelegationInvalid, regulation.RecordKindDelegation, "D1", rt.ConstructionDivisionHead),
		}, "a TL. grantee must belong to the granting unit"},
		{"granted after as_of", func(d *signoff.Delegation) {
			d.Grantee, d.ValidFrom = rt.ConstructionDivisionHead, signofftest.AsOf().AddDays(1)
		}, nil, "a delegation that starts after AsOf does not exist yet"},
		{"empty scope", func(d *signoff.Delegation) { d.Scope = nil }, nil, "an empty scope covers no kind of record; it is not input.invalid"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dl := signofftest.Delegation(tc.override)
			got := signoff.CheckDelegation(dl, rt.Province(), rules, signofftest.AsOf(), signofftest.Options(dl))
			if diff := cmp.Diff(tc.want, got, rt.IgnoreMessages()); diff != "" {
				t.Errorf("signoff.CheckDelegation (%s) (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestAskUnderDefaultDelegation(t *testing.T) {
	ans := signoff.Ask(signoff.Question{Signer: rt.FinanceDivisionHead, Unit: rt.Finance, Capacity: signoff.CapacityTL,
		Kind: signoff.KindMinutes, Date: d(2024, 3, 20), Delegation: "D1",
		Delegations: signofftest.Options(signofftest.Delegation()).Delegations}, rt.Province(), regulation.KonTum2023())
	if !ans.Allowed || len(ans.Reasons) != 0 {
		t.Errorf("Ask under D1 = %v with %d reasons; want allowed without remark", ans.Allowed, len(ans.Reasons))
	}
}

func TestOptions(t *testing.T) {
	d1 := signofftest.Delegation()
	d2 := signofftest.Delegation(func(d *signoff.Delegation) { d.ID = "D2" })
	d1b := signofftest.Delegation(func(d *signoff.Delegation) { d.Kind = signoff.CapacityTUQ })
	want := signoff.Options{Delegations: map[string]signoff.Delegation{"D1": d1b, "D2": d2}}
	if diff := cmp.Diff(want, signofftest.Options(d1, d2, d1b)); diff != "" {
		t.Errorf("Options (a later delegation replaces an earlier one) (-want +got):\n%s", diff)
	}
}

func TestOverridesApplyInOrder(t *testing.T) {
	got := signofftest.Record(
		func(r *signoff.Record) { r.ID = "first" },
		func(r *signoff.Record) { r.ID += "+second" },
	)
	if got.ID != "first+second" {
		t.Errorf("ID = %q; want %q", got.ID, "first+second")
	}
}

func TestBuildersAreFresh(t *testing.T) {
	r := signofftest.Record()
	r.Units[0], r.Signatures[0].Person = "X", "X"
	dl := signofftest.Delegation()
	dl.Scope[0] = signoff.KindInspectionRecord
	if n := signofftest.Record(); n.Units[0] == "X" || n.Signatures[0].Person == "X" {
		t.Error("Record shares its slices between calls")
	}
	if signofftest.Delegation().Scope[0] != signoff.KindMinutes {
		t.Error("Delegation shares its scope between calls")
	}
}
