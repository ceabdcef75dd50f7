package main

// The prose of the catalogue: what no table of the code can say. Rules
// that the checks apply are stated here in words; the tests of packages
// task, meeting, signoff and examples/conformance hold the checks to them.

const intro = `quyche checks the records of a provincial People's Committee (PPC, *Ủy ban
nhân dân tỉnh*) against its working regulation (*Quy chế làm việc*). Each of the
%d checks below has a stable **code**, a **severity** (` + "`violation`" + `,
` + "`warning`" + ` or ` + "`info`" + `), the rule in words, what its findings name as
their **subject**, the **citations** its findings carry, the **parameters** of
the rule set it reads, the **details** its findings carry (the values the
decision rests on, from which the Vietnamese and English messages are
rendered) and how sure quyche is of it (**confidence**).

Codes are API: once released a code never changes meaning; new codes are
added, old ones retired, never reused. In Go the catalogue is
` + "`regulation.Catalogue()`" + ` and ` + "`regulation.LookupRule(code)`" + `.

Citations and parameter values are those of the built-in rule set
` + "`%s`" + ` — *%s*, issued with %s signed on %s, in force from %s to %s —
read from ` + "`regulation.KonTum2023()`" + ` and its JSON form
(` + "`quyche.rules/v1`" + `). A province derives its own rule set by changing the
parameters and citations of a copy (see ` + "`regulation.Rules`" + ` and the rules
format in [examples/casefile/FORMAT.md](../examples/casefile/FORMAT.md)).
`

const confidenceAfter = `A rule of confidence L is an assumption: its numbers are parameters of the rule
set, and the Go documentation of the parameter says so. Where the rule and its
number (or two sources) differ, the code's section says which is which.
`

const conventions = `These hold for every code; the sections below do not repeat them.

- **Dates.** A date without a time of day is a civil date in Vietnam (UTC+7).
  A deadline on day D lasts until the end of D: what is done on D is on time,
  from D+1 it is late (Civil Code Art. 148(6)). Times of day (an absence
  report, the start of a meeting) carry their offset from UTC.
- **Counting time limits.** A limit in working days counts from the day after
  the event: "within N working days of E" ends on the N-th working day after
  E (Civil Code Art. 147). A limit in calendar days ends on E+N, moved to the
  next working day when that day is a day off (Art. 148(5)). A fixed deadline
  that falls on a day off moves to the next working day: a task due on
  Saturday 10/02/2024 (Tết) and done on Thursday 15/02/2024 is on time. "At
  least N working days before D" means that the working days after the day of
  sending, up to and including D, number at least N; "at least N calendar days
  before D" means that D minus the day of sending is at least N, with no
  moving. Working days are those of the rule set's calendar: weekends, public
  holidays, their compensation days and swapped days are off, make-up
  Saturdays are worked.
- **As of a date.** Every check is made as of a date that the caller gives;
  nothing reads the clock. An event dated after the as-of date has not
  happened yet. An optional date that is absent was not recorded: a rule that
  needs it does not fire, except where absence past a deadline is itself the
  fault (` + "`consult.reply_missing`, `submission.return_late`, `meeting.conclusion_late`" + `).
- **When a record exists.** A record comes into being on its first date: a
  task when it is assigned, a consultation when it is sent, a submission when
  it is received, a meeting or a record (minutes, inspection record) on its
  date, a delegation on the first day of its validity. As of an earlier date
  it does not exist: it gets no finding at all (not even
  ` + "`rules.not_in_force`" + `), is not counted in the task summary and is not
  shown in a report. Two exceptions: a record that cannot be checked still
  gets its ` + "`input.invalid`" + ` whatever its dates, so that nothing is dropped
  silently; and an invitation already sent by the as-of date for a later
  meeting may already be judged ` + "`meeting.invitation_late`" + ` (and nothing else
  about that meeting).
- **Reporting periods.** A period from one day to another, both included,
  selects the records that come into being in it (for tasks: those assigned in
  it) and judges them as of its last day unless another as-of date is given.
  Records that serve only as context (the consultation a submission names, the
  delegation a signature rests on) are used whatever their dates. The embedded
  Kon Tum year taken as the period 2023-01-01 to 2023-12-31 gives 222 late
  tasks of 1,206 with a deadline.
- **The arguments of a check.** Every check (` + "`task.Check`, `task.CheckConsultation`,\n  `task.CheckSubmission`, `meeting.Check`, `signoff.Check`, `signoff.CheckDelegation`" + `)
  takes the record, the directory of units and people, the rule set and the
  as-of date, and follows one contract: a zero (or out-of-range) as-of date
  yields ` + "`input.invalid`" + ` with subject ` + "`as_of`" + `, a missing rule set subject
  ` + "`rules`" + `, a missing directory subject ` + "`directory`" + ` — one finding per bad
  argument, and nothing else. A zero as-of date never means "no cut-off".
- **Structural faults.** A record that cannot be checked — a missing, unknown
  or duplicate id (ids are unique within their list, not across lists), an
  unknown unit or person, an unknown enum value, a value of the wrong type, an
  impossible required date, a task's due date before its assignment, a
  negative count — gets one ` + "`input.invalid`" + ` finding naming the first field at
  fault (detail ` + "`effect`" + ` = ` + "`record_not_checked`" + `) and nothing else. The rest
  of the case is still checked. An invalid task is counted as ` + "`invalid`" + ` by the
  task summary, not among the tasks with a deadline.
- **Local faults.** A fault confined to one optional date — a meeting's
  invitation, documents or conclusion date, a reply's date of receipt, a
  consultation's reminders, resolution or escalation, the date of the PPC
  Office's action — that is impossible or in an impossible order (an
  invitation sent after the meeting, a conclusion before it) gets
  ` + "`input.invalid`" + ` on that field (detail ` + "`effect`" + ` = ` + "`rules_skipped`" + `) and switches
  off only the rules that read that field. Every other rule of the record
  still runs: the quorum of a meeting whose invitation date is wrong is still
  checked.
- **Empty lists are absent lists**, everywhere. Minutes with an empty list of
  signatures have no signature: they get ` + "`signoff.chair_unsigned`" + ` and
  ` + "`signoff.secretary_unsigned`" + ` (and ` + "`signoff.unit_unsigned`" + ` per unit when
  inter-sectoral), not ` + "`input.invalid`" + `. A task with an empty list of lead
  units gets ` + "`task.lead_count`" + `.
- **Lateness in both units.** Wherever a finding reports lateness it gives it
  in calendar days (detail ` + "`late_days`" + `) and in working days
  (` + "`late_workdays`" + `), in the details and in the message ("trễ 11 ngày (2 ngày
  làm việc)"), so that a delay across Tết is not misread.
- **Data problems are not violations of the regulation.** ` + "`input.invalid`" + ` keeps
  severity ` + "`violation`" + ` in the findings and in ` + "`Findings.Err`" + `, so that no program
  ignores it; but reports list data problems apart and never count them among
  the breaches of the regulation, and the audit program exits with status 3
  (not 1) when data problems are all it found wrong.
- **The rule set's period.** A consultation, submission, meeting or record
  dated outside the rule set's effective period gets ` + "`rules.not_in_force`" + ` (a
  warning) and is checked all the same. Tasks do not: their deadlines come
  from the document that assigned them, whichever regulation was in force.
- **Order.** Every finding carries the kind of its record: ` + "`task`, `consultation`,\n  `submission`, `meeting`, `record`, `delegation`" + `, or ` + "`case`" + ` (the file as a whole:
  its directory of units and people). Findings are sorted by record kind in
  that order, then by record id, code and subject, compared byte by byte, so
  that output is stable.
- **Citations** belong to the rule set: a citation names a document and,
  inside it, an article, clause and point, or a part that numbers cannot say
  ("footnote 2", "opening", "Appendix III, form 1.9"). ` + "`input.invalid`" + ` and
  ` + "`rules.not_in_force`" + ` carry none.
- **Findings do not stack.** Where several codes could describe one fault,
  the precedence stated in the family's section below picks one.
`

const rulings = `Questions raised while the checks were built, and how they were settled:

- **Silence and follow-up.** When silence counts as agreement
  (` + "`consult.silence_means_agreement`" + `), a unit that has not replied by the
  deadline is deemed to agree at the deadline and no follow-up is owed, so
  ` + "`consult.no_followup`" + ` does not fire; a reply that arrives late is still judged
  by ` + "`consult.reply_late`" + ` and ` + "`consult.stance_unclear`" + `.
- **Dissent and the dossier.** A disagreeing reply counts for
  ` + "`submission.dissent_not_reported`" + ` only when it was received on or before the day
  the dossier was received: the dossier cannot report dissent that came later.
- **Who is present at a meeting.** The chair always counts as present, listed
  or not. A leader meets an invitation's level only for their own unit. The
  Chairman's own absence from a session needs nobody's consent.
- **Meetings after the as-of date** get no finding, except an
  ` + "`meeting.invitation_late`" + ` that is already known (see "When a record exists").
- **Extensions of tasks** (` + "`task.extension_late`, `task.extension_unapproved`" + `)
  cite Decision 54/2023/QĐ-UBND as a whole: the article is not known, because
  the text of the decision is not available; their confidence stays L.
`

const documentsIntro = `The full text of Decision 54/2023/QĐ-UBND is not available: what quyche knows
of it comes from letter 56/UBND-KTTH, which names its Articles 17, 20 and
22–27, and from the national texts it must conform to. Citations render in
English and in Vietnamese as ` + "`regulation.Ref.Text`" + ` gives them.
`

// document is a document cited by the built-in rule set or by the
// conventions, with what it is.
type document struct{ doc, title string }

// documentTitles lists the documents the catalogue may cite, the province's
// own first.
var documentTitles = []document{
	{"54/2023/QĐ-UBND", "the working regulation of the Kon Tum PPC, term 2021–2026"},
	{"56/UBND-KTTH", "the PPC Chairman's letter of 08/01/2024 that enforces the regulation"},
	{"77/2015/QH13", "the Law on Organisation of Local Government 2015"},
	{"39/2022/NĐ-CP", "the Government's working regulation"},
	{"45/2018/QĐ-TTg", "the meeting regime of state administrative bodies"},
	{"30/2020/NĐ-CP", "document work: numbers, signature capacities, forms of documents"},
	{"91/2015/QH13", "the Civil Code 2015, which counts time limits (Articles 147–148)"},
}

const parametersIntro = "Every number of the rules is a parameter of the rule set, named by its path in\n" +
	"the rule set's JSON form. The values are Kon Tum's; what each parameter means is\n" +
	"in the rules format of [FORMAT.md](../examples/casefile/FORMAT.md#rule-sets-quycherulesv1).\n" +
	"Every check also reads the rule set's working-day calendar (`calendar`).\n"

// family is a section of the catalogue: the codes of one family, with what
// they share.
type family struct {
	name  string // the part of the code before the dot
	title string
	intro string
}

var families = []family{
	{"task", "Tasks (nhiệm vụ)", `Package ` + "`task`" + `. A task is assigned by a document, with a lead unit and an
optional due date. As of a date its status is ` + "`no_deadline`" + `, ` + "`in_progress`" + ` (not
done, deadline not passed), ` + "`overdue`" + ` (not done, deadline passed),
` + "`done_on_time`" + ` or ` + "`done_late`" + `. Its **effective deadline** is the new due date of
the last extension that counts — approved, and requested at least
` + "`task.extension_lead`" + ` working days before the deadline then in force —
else its due date, moved to the next working day when it falls on a day off.
Extensions are taken in the order they were requested.

The task summary (the figure of letter 56/UBND-KTTH, footnote 1) counts the
valid tasks that have a deadline (` + "`with_deadline`" + `) and the late ones
(` + "`late`" + ` = ` + "`overdue`" + ` + ` + "`done_late`" + `); the late rate is late / with_deadline,
given as the exact fraction and as a percentage rounded half up to one
decimal (222/1,206 gives 18.4), and null when no task has a deadline. It
groups the tasks by lead unit (a task without exactly one lead unit under the
unit "") and by assigner, and counts invalid tasks apart. It is an
accumulator: a stream of tasks never has to be held in memory.
`},
	{"consult", "Consultations (lấy ý kiến)", `Package ` + "`task`" + `. A lead unit asks coordinating units (*đơn vị phối hợp*) for
written opinions. The replies list every consulted unit once; an entry
without a date of receipt is a unit that has not replied, and has no stance.
A stance is ` + "`agree`, `agree_with_comments`, `disagree`" + ` or ` + "`unclear`" + ` (a reply that
does not say which). The **reply deadline** is the one stated in the request,
moved to the next working day when it falls on a day off; when the request
states none, it is ` + "`consult.reply_default`" + ` working days after the request was
sent. The subject of every finding is the coordinating unit.

Precedence: a unit silent past the deadline gets ` + "`consult.reply_missing`" + ` or,
when silence counts as agreement, ` + "`consult.deemed_agreement`" + ` — never both.
`},
	{"submission", "Submissions (hồ sơ trình)", `Package ` + "`task`" + `. A unit submits a dossier to the PPC, its Chairman or a
Vice-chairman: a ` + "`proposal`" + ` (a statement with a draft decision or document),
a ` + "`scheme`" + ` (*đề án*), a ` + "`draft_legal_document`" + ` or a ` + "`report`" + `. Its components
are the ` + "`statement`" + ` (*tờ trình*), ` + "`report`, `draft`, `opinions`" + ` (the consulted
units' written opinions), ` + "`opinion_synthesis`" + ` (*bảng tổng hợp, tiếp thu, giải
trình*), ` + "`summary`" + ` and ` + "`appraisal_report`" + ` (the Department of Justice's
appraisal). The PPC Office (*Văn phòng UBND tỉnh*) returns the dossier or
forwards it, on a date; no Office action recorded means none yet.

A dossier is **deficient** when any violation of this family other than
` + "`submission.return_late`" + ` and ` + "`submission.accepted_incomplete`" + ` applies to it.
Precedence: a deficient dossier that was forwarded gets
` + "`submission.accepted_incomplete`" + `, not ` + "`submission.return_late`" + `.
`},
	{"meeting", "Meetings (cuộc họp)", `Package ` + "`meeting`" + `. A meeting is a ` + "`regular`" + ` session of the PPC (monthly), a
` + "`thematic`" + ` (or extraordinary) session, a ` + "`working`" + ` meeting chaired by the
Chairman or a Vice-chairman, an ` + "`inter_sectoral`" + ` meeting or a
` + "`field_inspection`" + `; **PPC sessions** are the regular and thematic ones. An
invitation names a unit and a level: ` + "`head`" + ` (met by the head or the acting head)
or ` + "`leadership`" + ` (met by any leader of the unit). **Unit leadership** is the head,
the acting head and the deputy heads; for the PPC itself, the Chairman and the
Vice-chairmen. An attendee represents the unit they attend for, by default
their own; a PPC member who attends also represents their own unit. The chair
always counts as present.

Precedence, per invited unit, at most one finding: someone who meets the
level attends — nothing; the head was invited and only a deputy head attends —
` + "`meeting.substitute_unapproved`" + ` without approval, else nothing; only people
below unit leadership attend — ` + "`meeting.attendee_level`" + `; nobody attends —
` + "`meeting.absent_unreported`" + ` without an absence report,
` + "`meeting.absence_report_late`" + ` when the report came at or after the start, else
nothing (an invited unit's absence report needs no approval). PPC members, at
sessions only: absent without a timely report approved by the Chairman —
` + "`meeting.member_absent_unapproved`" + `; reported at or after the start —
` + "`meeting.absence_report_late`" + ` instead. A missing invitation or documents date
is not checked.
`},
	{"signoff", "Minutes and records (biên bản)", `Package ` + "`signoff`" + `. A record is ` + "`minutes`" + ` of a meeting (*biên bản họp*) or an
` + "`inspection_record`" + ` (*biên bản kiểm tra*); it may be inter-sectoral (several
units take part). Only minutes have a chair and a secretary. A signature is
made in a capacity (Decree 30/2020/NĐ-CP Art. 13): ` + "`direct`" + ` (in one's own
right), ` + "`tm`" + ` (TM., on behalf of a collective), ` + "`kt`" + ` (KT., a deputy signs for
the head), ` + "`q`" + ` (Q., the acting head), ` + "`tl`" + ` (TL., by order) or ` + "`tuq`" + ` (TUQ., by
written authorisation). A signature without a unit, by the chair or the
secretary of minutes, is their signature in that role; any other signature is
for the unit it names, or for the signer's own unit.

A delegation (TL. or TUQ.) names its grantor, its grantee, its scope (kinds of
record) and its validity. It is valid for a signature when its grantee is the
signer, it (or the delegation it passes on) was granted by the head of the
unit signed for, each grantee belongs to the unit of whoever granted it, and
it is in force on the record's date and covers its kind. A TL. grantee may
pass signing on once, to their deputy, who then signs KT.; a TUQ. grantee may
not pass it on.

Precedence, per signature: a signer who neither belongs to the unit nor holds
a valid delegation from its head gets ` + "`signoff.signer_not_of_unit`" + ` only;
otherwise ` + "`signoff.delegation_invalid`, `signoff.capacity_invalid`" + ` and
` + "`signoff.signer_level`" + ` are each checked.
`},
	{"input", "Data problems", `Every package. A record that quyche cannot check is reported, never dropped:
see "Structural faults" and "Local faults" above. The field at fault is named
as a path inside the record, and the details say what is wrong with it
(` + "`problem`" + `) and what that did to the checking of the record (` + "`effect`" + `).
`},
	{"rules", "Rule sets", `Package ` + "`regulation`" + `. A rule set has an effective period; records dated outside
it are still checked under it, with a warning.
`},
}
