// Package task checks the work that a provincial People's Committee (PPC)
// hands out and the advice that comes back to it: tasks (nhiệm vụ) assigned
// by the Government, the Prime Minister, the PPC and its leaders, the
// consultations (lấy ý kiến) a lead unit (đơn vị chủ trì) holds with
// coordinating units (đơn vị phối hợp), and the submissions (hồ sơ trình)
// it sends to the PPC. The rules are the task.*, consult.* and submission.*
// codes of the rule catalogue (regulation.Catalogue, listed in
// regulation/CATALOGUE.md), with the parameters of a [regulation.Rules].
//
// # Tasks
//
// A [Task] has a due date, a done date and extensions (gia hạn). Its status
// as of a date ([Task.StatusAt]) follows the conventions of the Civil Code
// (Art. 147–148): a due date means until 24:00 of that day, a due
// date on a day off moves to the next working day, and whatever is recorded
// after the as-of date has not happened yet. An extension counts only when
// it is approved and requested in time ([Extension]).
//
// [Check] returns every finding about one task: input.invalid for a task
// that cannot be checked, task.lead_count, task.overdue, task.done_late,
// task.due_soon, task.extension_late and task.extension_unapproved.
//
// A [Summary] answers the first complaint of letter 56/UBND-KTTH: how many
// tasks with a deadline are late (overdue or done late), in total, per lead
// unit and per assigner, as an exact fraction and a percentage rounded half
// up to one decimal (222/1,206 → 18.4%), over a reporting period when one is
// given ([SummaryOptions].Period: the tasks assigned in it). It is an
// accumulator: tasks are added one at a time, so a stream of any length fits
// in memory that grows only with the number of units.
//
//	rules := regulation.KonTum2023()
//	asOf := calendar.NewDate(2023, 12, 31)
//	s := task.NewSummary(rules, asOf, task.SummaryOptions{Directory: dir})
//	for t := range stream { // stream is an iter.Seq[task.Task], e.g. a decoder
//		s.Add(t)
//	}
//	if r, ok := s.Total().LateRate(); ok {
//		fmt.Printf("late: %d/%d (%s%%)\n", r.Num, r.Den, r.Percent())
//	}
//
// # What every check does
//
// [Check], [CheckConsultation] and [CheckSubmission] follow one contract,
// the same as the checks of packages meeting and signoff:
//
//   - Every argument is required. A zero as-of date (or one outside the
//     years 0001 to 9999), a nil directory or a nil rule set yields
//     input.invalid with subject "as_of", "directory" or "rules", and
//     nothing else: there is no "no cut-off" and no "no lookups".
//   - A record that cannot be checked (a missing or unknown id, unit or
//     person, an unknown enum value, a duplicate, an impossible required
//     date) yields one input.invalid finding naming the first field at
//     fault, whatever its dates.
//   - A record comes into being on its first date: a task when it is
//     assigned, a consultation when it is sent, a submission when it is
//     received. As of an earlier date it does not exist: it gets no finding
//     at all and a [Summary] does not count it.
//   - A fault confined to an optional date — a reply's receipt, a reminder,
//     the resolution or escalation of a disagreement, the date of the PPC
//     Office's action — is local: it is reported as input.invalid on that
//     field and switches off only the rules that read it. Each check's
//     documentation says which.
//   - Every delay is given in calendar days and in working days.
//
// Nothing here reads the clock: the rule set, the directory of units and
// people and the as-of date are always arguments. Checks never panic on
// their input and never change their arguments; rule sets and directories
// may be shared between goroutines, summaries may not.
package task
