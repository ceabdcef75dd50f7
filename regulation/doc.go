// Package regulation is quyche's shared vocabulary for the working
// regulation (Quy chế làm việc) of a Vietnamese provincial People's Committee
// (PPC, Ủy ban nhân dân tỉnh): units, positions and people ([Directory]),
// citations of legal texts ([Ref]), document numbers in the forms of Decree
// 30/2020/NĐ-CP ([DocNumber]), the rule catalogue ([Code], [Rule]), findings
// with bilingual messages ([Finding], [Findings]) and versioned, per-province
// rule sets ([Rules]).
//
// The built-in rule set is Kon Tum's, term 2021–2026, issued with Decision
// 54/2023/QĐ-UBND and enforced by the Chairman's letter 56/UBND-KTTH. Every
// number in it is a parameter, and every finding carries its citations:
//
//	rules := regulation.KonTum2023()
//	hcm := rules.Clone()
//	hcm.ID = "hcm-example"
//	hcm.Consult.SilenceMeansAgreement = true
//	hcm.Consult.ReplyDefault = 15
//
// The checks themselves live in packages task, meeting and signoff; they all
// take the rule set and the "as of" date as arguments and never read the
// clock.
//
// The rule catalogue is written out in CATALOGUE.md, beside this package's
// source (regulation/CATALOGUE.md in the module): every code with its
// severity, the rule in words, its subject, its citations and the values of
// the parameters it reads in the Kon Tum rule set, its confidence, and the
// conventions that every check shares (as-of dates, when a record exists,
// reporting periods, data problems, order of findings, precedence). It is
// generated from [Catalogue] and [KonTum2023] by go generate. The JSON forms
// (case files, findings, rule sets) are described in
// examples/casefile/FORMAT.md, with a JSON Schema for each.
//
// Rule sets, directories and the catalogue are safe for concurrent use once
// built, as long as nobody changes them.
//
// # Enumerations and names
//
// Every closed set of quyche ([Position], [UnitKind], task.Status,
// signoff.Capacity, …) is a typed enumeration with an Unknown zero value.
// Its text form, in the case and findings files, is a snake_case name
// ("deputy_head"); the zero value is written as "" and an unknown name is
// an [*EnumError] wrapping [ErrUnknownValue]. String never panics (a value
// out of range prints as "%!Position(13)", as time.Month does), and
// Localize gives the value's label in Vietnamese or English, as messages
// show it.
//
// Constants are named after their type, then their value (TypeValue):
// [PositionHead], [UnitKindDepartment], [ComponentSummary],
// [SubmissionKindReport], [RecordKindTask], task.StatusOverdue,
// meeting.KindRegular, signoff.CapacityKT, calendar.DayKindHoliday. The
// exceptions are names that the contract of quyche fixes: [Severity]'s
// [Info], [Warning] and [Violation], [Lang]'s [Vietnamese] and [English],
// and calendar's PeriodUnknown, PeriodDays, …; rule codes ([Code]) are
// named after their text, family then rule ([TaskOverdue] is
// "task.overdue"). Names used before this convention remain as deprecated
// aliases, so that code written against them keeps building.
package regulation
