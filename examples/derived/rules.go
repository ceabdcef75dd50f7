package derived

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// ID is the id of the example rule set.
const ID = "example-derived-2024"

// Decision is the number of the (fictional) decision that issues the
// example province's working regulation, which its rule set cites.
const Decision = "12/2024/QĐ-UBND"

// File is the name of the rule set's quyche.rules/v1 file in this folder,
// for the audit program's -rules flag.
const File = ID + ".rules.json"

// Rules returns the rule set of Example Province (Tỉnh Ví Dụ), a fictional
// province whose working regulation, issued with Decision 12/2024/QĐ-UBND
// on 05/01/2024 and in force from 15/01/2024 with no end date yet, takes
// Kon Tum's rules with three differences:
//
//   - silence counts as agreement: a coordinating unit (đơn vị phối hợp)
//     that has not replied by the deadline is deemed to agree
//     (consult.deemed_agreement, info) instead of being at fault
//     (consult.reply_missing);
//   - a request for opinions that states no deadline gives 15 working days
//     to reply instead of 10;
//   - the consult.* rules cite the province's own regulation, Articles 9
//     and 10, instead of letter 56/UBND-KTTH; the other rules keep Kon
//     Tum's citations, which a real province would replace the same way.
//
// It is built from regulation.KonTum2023 by changing fields, as any
// derived rule set is. Each call returns a fresh value that the caller may
// change.
func Rules() *regulation.Rules {
	r := regulation.KonTum2023()
	r.ID = ID
	r.Province = "Tỉnh Ví Dụ (Example Province)"
	r.Title = "Quy chế làm việc của UBND tỉnh Ví Dụ nhiệm kỳ 2021–2026"
	r.Basis = regulation.Basis{Doc: Decision, Signed: calendar.NewDate(2024, 1, 5)}
	r.Effective = regulation.Validity{From: calendar.NewDate(2024, 1, 15)}

	r.Consult.SilenceMeansAgreement = true
	r.Consult.ReplyDefault = 15

	own := func(article, clause int) regulation.Ref {
		return regulation.Ref{Doc: Decision, Article: article, Clause: clause}
	}
	r.Citations[regulation.ConsultReplyLate] = []regulation.Ref{own(9, 2)}
	r.Citations[regulation.ConsultReplyMissing] = []regulation.Ref{own(9, 3)}
	r.Citations[regulation.ConsultDeemedAgreement] = []regulation.Ref{own(9, 3)}
	r.Citations[regulation.ConsultStanceUnclear] = []regulation.Ref{own(9, 4)}
	r.Citations[regulation.ConsultNoFollowup] = []regulation.Ref{own(10, 1)}
	r.Citations[regulation.ConsultUnresolvedDisagreement] = []regulation.Ref{
		own(10, 2),
		{Doc: regulation.DocDecree39, Article: 15, Clause: 3},
	}
	return r
}
