// Package signoff checks who signs minutes of meetings (biên bản họp) and
// records of field inspections (biên bản kiểm tra), and in which capacity.
//
// Letter 56/UBND-KTTH of the Kon Tum PPC complains that the minutes of
// inter-sectoral (liên ngành) meetings and of field inspections are signed by
// specialists or division heads instead of the head or a deputy head of each
// unit. Decree 30/2020/NĐ-CP (Art. 13, Appendix I) says who signs in which
// capacity ([Capacity]): in their own right, TM. (thay mặt, on behalf of a
// collective), KT. (ký thay, a deputy for the head), Q. (quyền, the acting
// head), TL. (thừa lệnh, by order) and TUQ. (thừa ủy quyền, by written
// authorisation, limited in time and scope, never passed on).
//
// A [Record] lists its signatures; a [Delegation] is the written grant
// behind a TL. or TUQ. signature. [Check] returns the signoff.* findings for
// one record and [CheckDelegation] checks a delegation (its grantee must
// belong to the granting unit). Both take the same arguments in the same
// way: a zero as-of date, a nil rule set or a nil directory is
// input.invalid, and a record or delegation that comes into being after the
// as-of date gets no finding yet. A whole case — tasks, meetings, records,
// delegations — is checked by the casefile package of quyche's examples
// (Case.Check).
//
// [Ask] answers, before the fact, whether someone may sign a record for a
// unit in a capacity ([Question]), and why not: it is what an e-office
// system calls before it lets the signature through, and it judges a
// signature with the very code Check uses. [ParseBlock] reads a signature
// block laid out as Decree 30 prints it ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ
// TỊCH / PHÓ CHỦ TỊCH") into a [Block], whose String prints it back.
//
//	answer := signoff.Ask(signoff.Question{
//		Signer: "p7", Unit: "STC", Capacity: signoff.CapacityTL,
//		Kind: signoff.KindInspectionRecord, Date: date,
//		Delegation: "D2", Delegations: dels,
//	}, dir, regulation.KonTum2023())
//	if !answer.Allowed {
//		for _, f := range answer.Reasons {
//			fmt.Println(f.Message(regulation.Vietnamese))
//		}
//	}
//
// Nothing here reads the clock: the rule set, the directory of people and
// units, and the as-of date are arguments. Checks never panic and return all
// their findings at once, sorted; all functions are safe for concurrent use
// as long as nobody changes their arguments.
package signoff
