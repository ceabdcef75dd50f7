package signofftest

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	rt "github.com/quyche/quyche/regulation/regulationtest"
	"github.com/quyche/quyche/signoff"
)

// AsOf returns the as-of date of the defaults, Friday 29/03/2024, inside the
// period of regulation.KonTum2023 and after the default record was drawn
// up.
func AsOf() calendar.Date { return calendar.NewDate(2024, 3, 29) }

// Record returns the default record with overrides applied in order: the
// minutes "R1" of an inter-sectoral (liên ngành) meeting held on Wednesday
// 20/03/2024, in which Finance, Construction and Home Affairs took part,
// chaired by a Vice-chairman with a specialist of the PPC Office as
// secretary:
//
//	Kind           signoff.KindMinutes
//	InterSectoral  true
//	Date           2024-03-20
//	Units          [regulationtest.Finance, regulationtest.Construction, regulationtest.HomeAffairs]
//	Chair          regulationtest.ViceChairman1
//	Secretary      regulationtest.OfficeSpecialist
//	Signatures     [0] regulationtest.ViceChairman1, direct (as chair)
//	               [1] regulationtest.OfficeSpecialist, direct (as secretary)
//	               [2] regulationtest.FinanceHead for Finance, direct
//	               [3] regulationtest.ConstructionActingHead for Construction, Q.
//	               [4] regulationtest.HomeAffairsHead for Home Affairs, direct
//
// Each unit is signed for by its head (or acting head), so signoff.Check
// finds nothing as of [AsOf], with or without the default [Delegation].
func Record(overrides ...func(*signoff.Record)) signoff.Record {
	r := signoff.Record{
		ID:            "R1",
		Kind:          signoff.KindMinutes,
		InterSectoral: true,
		Date:          calendar.NewDate(2024, 3, 20),
		Units:         []regulation.UnitID{rt.Finance, rt.Construction, rt.HomeAffairs},
		Chair:         rt.ViceChairman1,
		Secretary:     rt.OfficeSpecialist,
		Signatures: []signoff.Signature{
			{Person: rt.ViceChairman1, Capacity: signoff.CapacityDirect},
			{Person: rt.OfficeSpecialist, Capacity: signoff.CapacityDirect},
			{Person: rt.FinanceHead, ForUnit: rt.Finance, Capacity: signoff.CapacityDirect},
			{Person: rt.ConstructionActingHead, ForUnit: rt.Construction, Capacity: signoff.CapacityQ},
			{Person: rt.HomeAffairsHead, ForUnit: rt.HomeAffairs, Capacity: signoff.CapacityDirect},
		},
	}
	for _, o := range overrides {
		o(&r)
	}
	return r
}
