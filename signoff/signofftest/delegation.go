package signofftest

import (
	"github.com/quyche/quyche/regulation/calendar"
	rt "github.com/quyche/quyche/regulation/regulationtest"
	"github.com/quyche/quyche/signoff"
)

// Delegation returns the default delegation with overrides applied in
// order: "D1", by which the director of Finance lets the head of one of its
// divisions sign minutes by order (TL., thừa lệnh) during 2024:
//
//	Kind       signoff.CapacityTL
//	Grantor    regulationtest.FinanceHead
//	Grantee    regulationtest.FinanceDivisionHead
//	Scope      [signoff.KindMinutes]
//	ValidFrom  2024-01-01
//	ValidTo    2024-12-31
//
// signoff.CheckDelegation finds nothing in it (its grantee belongs to the
// granting unit; before 2024-01-01 it does not exist yet). A TL. signature
// under it
// is valid on minutes that are not inter-sectoral; on inter-sectoral
// minutes the division head is still below unit leadership
// (signoff.signer_level).
func Delegation(overrides ...func(*signoff.Delegation)) signoff.Delegation {
	d := signoff.Delegation{
		ID:        "D1",
		Kind:      signoff.CapacityTL,
		Grantor:   rt.FinanceHead,
		Grantee:   rt.FinanceDivisionHead,
		Scope:     []signoff.Kind{signoff.KindMinutes},
		ValidFrom: calendar.NewDate(2024, 1, 1),
		ValidTo:   calendar.NewDate(2024, 12, 31),
	}
	for _, o := range overrides {
		o(&d)
	}
	return d
}

// Options returns the options of signoff.Check and signoff.CheckDelegation
// that hold the delegations ds, keyed by their ids (a later one replaces an
// earlier one with the same id). Its Delegations also fit the Delegations
// of a signoff.Question. Without arguments it holds none.
func Options(ds ...signoff.Delegation) signoff.Options {
	m := make(map[string]signoff.Delegation, len(ds))
	for _, d := range ds {
		m[d.ID] = d
	}
	return signoff.Options{Delegations: m}
}
