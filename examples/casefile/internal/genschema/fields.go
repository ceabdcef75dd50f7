package main

import (
	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation"
)

// The field-meaning table: what every member of the three formats means.
// The schemas' descriptions and FORMAT.md are both written from it, so
// they cannot disagree; the generator fails when a member of the Go types
// has no entry here.

// fieldDoc describes one member of an object: its meaning, and what the Go
// type alone does not say.
type fieldDoc struct {
	desc     string
	id       bool     // a non-empty identifier
	min, max *int     // bounds of an integer
	enum     []string // the values allowed here, a subset of the enum type's
	pattern  string   // the form of a string
	openDate bool     // a date, or "" for an open end
	konst    any      // the one value allowed (the schema member)
	// A member with no Go field of its own: an object of a form (form), a
	// list of them (listOf), or a string (text).
	form, listOf string
	text         bool
	nullable     bool // a form that may be null
}

// defNames names the $defs of Go types whose own name would be ambiguous.
var defNames = map[string]string{
	"meeting.Kind":               "meeting_kind",
	"meeting.Level":              "invitation_level",
	"signoff.Kind":               "signoff_kind",
	"task.Action":                "office_action",
	"regulation.ReportingPeriod": "period",
	"calendar.Name":              "day_name",
}

// defDocs describes each format and each of its $defs.
var defDocs = map[string]string{
	// The case file.
	"case":             "A case file: the records an e-office or task-tracking system exports for an audit, with the directory of units and people they name, the rule set to check them under and the date to check them as of. Every list may be absent, which means empty. An unknown member anywhere refuses the file; a bad value inside a record makes that record input.invalid and the rest is still checked.",
	"date":             "A civil date in Vietnam (UTC+7), written yyyy-mm-dd. A date that fits the pattern but does not exist (2023-02-30) is a bad value.",
	"time":             "An instant, written in RFC 3339 with seconds and an offset from UTC: 2023-05-10T08:00:00+07:00.",
	"unit_id":          "The id of a unit listed in the case's units.",
	"person_id":        "The id of a person listed in the case's people.",
	"unit":             "A unit (đơn vị): a department, a board, a district People's Committee, the PPC itself or its Office.",
	"unit_kind":        "The kind of a unit.",
	"person":           "A person, in the one unit and position they hold.",
	"position":         "The position a person holds in their unit. Unit leadership is head, acting_head and deputy_head; for the PPC itself, chairman and vice_chairman.",
	"task":             "A task (nhiệm vụ) assigned by a document to a lead unit, with coordinating units, a due date and extensions.",
	"assigner":         "Who assigned a task.",
	"extension":        "A request to extend a task's deadline (gia hạn). It counts only when approved and requested in time.",
	"consultation":     "A request by a lead unit for the written opinions of coordinating units (lấy ý kiến), with their replies.",
	"reply":            "The reply of one consulted unit; an entry without received is a unit that has not replied.",
	"stance":           "What a reply says: agreement, agreement with comments, disagreement, or nothing clear.",
	"submission":       "A dossier (hồ sơ trình) that a unit submits to the PPC, its Chairman or a Vice-chairman, and what the PPC Office did with it.",
	"addressee":        "Whom a submission is addressed to.",
	"submission_kind":  "The kind of a submission.",
	"competence":       "Whose authority (thẩm quyền) the submitted matter falls under.",
	"component":        "A component of a submission dossier.",
	"office":           "What the PPC Office (Văn phòng UBND tỉnh) did with a dossier, and when.",
	"office_action":    "The PPC Office's action on a dossier.",
	"meeting":          "A meeting (cuộc họp): who was invited, who attended, who reported an absence, and its timing.",
	"meeting_kind":     "The kind of a meeting. PPC sessions are regular and thematic.",
	"invitation":       "An invited unit and the level of the person it must send.",
	"invitation_level": "Whom an invitation asks a unit to send: its head (or acting head), or any leader of the unit.",
	"attendee":         "A person who attended a meeting, and the unit they attended for.",
	"absence":          "A reported absence from a meeting: of an invited unit's head, or of a PPC member from a PPC session.",
	"record":           "Minutes of a meeting or a record of an inspection (biên bản), with its signatures.",
	"signoff_kind":     "The kind of a record.",
	"signature":        "A signature on a record: who signed, for which unit, in which capacity, under which delegation.",
	"capacity":         "The capacity in which someone signs (thẩm quyền ký): in their own right, or with the prefix TM., KT., Q., TL. or TUQ.",
	"delegation":       "A written delegation of signing (TL. by order, TUQ. by authorisation) from a grantor to a grantee, for some kinds of record, for a period.",

	// Findings.
	"findings":     "The findings of an audit of a case: what they were computed with, every finding in order, and the task summary. Objects may gain members in later versions of the format: a reader ignores the members it does not know.",
	"period":       "A reporting period, both days included; an absent end is open.",
	"finding":      "One problem found in one record (or, for an info code, one decision), with its citations and the values it rests on. Its severity and the details it carries follow from its code.",
	"code":         "The code of a rule of the catalogue (regulation/CATALOGUE.md).",
	"severity":     "How serious a finding is.",
	"record_kind":  "The kind of record a finding is about; case is the file as a whole (its directory of units and people). Findings are sorted by record kind in this order.",
	"ref":          "A citation of a legal text: a document and, inside it, an article, clause and point, or a part that numbers cannot say. Zero members are left out.",
	"details":      "The values the finding rests on — the computed deadline, the dates compared, the parameter used, the counts — keyed by the names the catalogue lists for the code. Values are strings (dates as yyyy-mm-dd, enum names), integers, booleans or lists of strings.",
	"message":      "The finding's message, rendered from its details. Prose: it may be reworded in any release.",
	"task_summary": "The task summary as of the findings' date: counts of valid tasks per status, in total, per lead unit and per assigner, and the late rate.",
	"lead_row":     "The counts of the tasks of one lead unit.",
	"assigner_row": "The counts of the tasks of one assigner.",
	"rate":         "An exact fraction, with its percentage rounded half up to one decimal.",

	// Rule sets.
	"rules":            "A rule set: the working regulation of one province in one period, as data — its parameters, its calendar and the citations of each code. An unknown member anywhere refuses the file, as does a rule set that is not usable (a missing id, a parameter out of range, an impossible quorum).",
	"basis":            "The document that issues the rule set.",
	"validity":         "The period in which the rule set is in force, both days included.",
	"calendar":         "The working-day calendar: the built-in Vietnam calendar plus the holidays and official schedules the province adds as data.",
	"holiday":          "A public holiday added to the calendar: every year on the same solar (or lunar) date, from a first to a last year. Compensated on the next working day when it falls on a weekend, unless no_compensation.",
	"day_name":         "A name in Vietnamese and in English.",
	"schedule":         "The official schedule of one year: it lists every day of the year (and of the edges of the years around it) that differs from a plain Monday-to-Friday week. A year with a schedule follows it and nothing else.",
	"scheduled_day":    "A day of an official schedule.",
	"task_rules":       "The parameters of the task.* rules.",
	"consult_rules":    "The parameters of the consult.* rules.",
	"submission_rules": "The parameters of the submission.* rules.",
	"meeting_rules":    "The parameters of the meeting.* rules.",
	"signoff_rules":    "The parameters of the signoff.* rules.",
	"fraction":         "A ratio of two integers.",
}

var days = regulation.MaxParameterDays

// fieldDocs describes each member, as "def.member".
var fieldDocs = map[string]fieldDoc{
	// The case file.
	"case.schema":        {desc: "The format: always " + casefile.Schema + ".", konst: casefile.Schema},
	"case.rules":         {desc: "The id of the rule set to check the case under, e.g. kontum-2023 (the audit program's -rules FILE overrides it).", id: true},
	"case.as_of":         {desc: "The date the case is checked as of: events after it have not happened yet."},
	"case.units":         {desc: "Every unit the records name."},
	"case.people":        {desc: "Every person the records name."},
	"case.ppc_members":   {desc: "All members of the PPC, for the quorum and attendance of PPC sessions."},
	"case.tasks":         {desc: "The tasks."},
	"case.consultations": {desc: "The consultations of coordinating units."},
	"case.submissions":   {desc: "The submission dossiers."},
	"case.meetings":      {desc: "The meetings."},
	"case.records":       {desc: "The minutes and inspection records."},
	"case.delegations":   {desc: "The delegations of signing that signatures rest on."},

	"unit.id":   {desc: "The unit's id, unique among the units."},
	"unit.name": {desc: "The unit's name."},
	"unit.kind": {desc: "The unit's kind."},

	"person.id":       {desc: "The person's id, unique among the people."},
	"person.name":     {desc: "The person's name."},
	"person.unit":     {desc: "The unit the person belongs to."},
	"person.position": {desc: "The person's position in that unit."},

	"task.id":           {desc: "The task's id, unique among the tasks.", id: true},
	"task.title":        {desc: "What the task is."},
	"task.assigner":     {desc: "Who assigned the task."},
	"task.source_doc":   {desc: "The number of the assigning document as official documents print it, e.g. 1272/UBND-KTTH; a number that cannot be read makes the task input.invalid."},
	"task.lead":         {desc: "The lead unit (đơn vị chủ trì). A list, so that none or several can be reported (task.lead_count): a task has exactly one."},
	"task.coordinators": {desc: "The coordinating units (đơn vị phối hợp)."},
	"task.assigned":     {desc: "The date the task was assigned: it exists from then on."},
	"task.due":          {desc: "The due date; absent, the task has no deadline."},
	"task.done":         {desc: "The date the task was done; absent, it is not done."},
	"task.extensions":   {desc: "The requests to extend the deadline."},

	"extension.requested":   {desc: "The date of the request."},
	"extension.new_due":     {desc: "The due date requested."},
	"extension.approved_by": {desc: "Who approved the extension; absent, it was not approved."},

	"consultation.id":        {desc: "The consultation's id, unique among the consultations.", id: true},
	"consultation.task":      {desc: "The id of the task the consultation serves; it may name a task outside the file.", id: true},
	"consultation.lead":      {desc: "The lead unit that asks for opinions."},
	"consultation.sent":      {desc: "The date the request was sent: the consultation exists from then on."},
	"consultation.due":       {desc: "The reply deadline stated in the request; absent, the rule set's default applies (consult.reply_default working days after sent)."},
	"consultation.replies":   {desc: "One entry per consulted unit, replied or not."},
	"consultation.reminders": {desc: "The dates the lead unit reminded the units that had not replied."},
	"consultation.resolved":  {desc: "The date a disagreement was resolved."},
	"consultation.escalated": {desc: "The date a disagreement was escalated to the PPC or its Chairman."},

	"reply.unit":     {desc: "The consulted unit."},
	"reply.received": {desc: "The date the reply was received; absent, the unit has not replied (and then no stance)."},
	"reply.stance":   {desc: "What the reply says; absent on a received reply, it says nothing clear."},

	"submission.id":               {desc: "The submission's id, unique among the submissions.", id: true},
	"submission.task":             {desc: "The id of the task the dossier serves; it may name a task outside the file.", id: true},
	"submission.from":             {desc: "The submitting (lead) unit."},
	"submission.to":               {desc: "Whom the dossier is addressed to."},
	"submission.kind":             {desc: "The kind of dossier."},
	"submission.competence":       {desc: "Whose authority the matter falls under."},
	"submission.received":         {desc: "The date the PPC Office received the dossier: it exists from then on."},
	"submission.pages":            {desc: "The number of pages; absent or 0 when not counted.", min: ptr(0)},
	"submission.components":       {desc: "The components the dossier holds."},
	"submission.own_position":     {desc: "Whether the submitting unit states its own position."},
	"submission.consultation":     {desc: "The id of the consultation that gathered the opinions on the matter.", id: true},
	"submission.dissent_reported": {desc: "The units whose disagreement the dossier reports."},
	"submission.signed_by":        {desc: "The person who signed the dossier."},
	"submission.office":           {desc: "What the PPC Office did with the dossier; absent, nothing yet."},

	"office.action": {desc: "Returned to the submitting unit, or forwarded for decision."},
	"office.date":   {desc: "The date of the action."},

	"meeting.id":                {desc: "The meeting's id, unique among the meetings.", id: true},
	"meeting.kind":              {desc: "The kind of meeting."},
	"meeting.chair":             {desc: "Who chairs the meeting (chủ trì); the chair always counts as present."},
	"meeting.date":              {desc: "The date of the meeting: it exists from then on."},
	"meeting.start":             {desc: "When the meeting starts; absence reports at or after it are late."},
	"meeting.urgent":            {desc: "An urgent meeting, whose invitation lead time is not checked; absent, false."},
	"meeting.invitation_sent":   {desc: "The date the invitations were sent."},
	"meeting.documents_sent":    {desc: "The date a PPC session's documents were sent."},
	"meeting.needs_conclusion":  {desc: "Whether a conclusion notice (thông báo kết luận) must follow; absent, false."},
	"meeting.conclusion_issued": {desc: "The date the conclusion notice was issued."},
	"meeting.invitations":       {desc: "The invited units, each with a level."},
	"meeting.attendees":         {desc: "The people who attended (the chair need not be listed)."},
	"meeting.absences":          {desc: "The absences that were reported."},

	"invitation.unit":  {desc: "The invited unit."},
	"invitation.level": {desc: "Whom the unit must send."},

	"attendee.person":      {desc: "Who attended."},
	"attendee.for_unit":    {desc: "The unit they attended for; absent, their own. A PPC member also represents their own unit."},
	"attendee.approved_by": {desc: "Who approved a deputy attending in the head's place (the chair, the Chairman or a Vice-chairman)."},

	"absence.person":      {desc: "The absent person: a PPC member, or the head of an invited unit."},
	"absence.unit":        {desc: "The unit whose absence is reported; absent, the person's unit."},
	"absence.reported":    {desc: "When the absence was reported; absent, not recorded."},
	"absence.approved_by": {desc: "Who approved the absence (for a PPC member, it must be the Chairman)."},

	"record.id":             {desc: "The record's id, unique among the records.", id: true},
	"record.kind":           {desc: "Minutes or an inspection record."},
	"record.meeting":        {desc: "The id of the meeting minuted; it may name a meeting outside the file.", id: true},
	"record.inter_sectoral": {desc: "Whether several units take part, each of which must sign; absent, false."},
	"record.date":           {desc: "The date the record was drawn up and signed: it exists from then on."},
	"record.units":          {desc: "The participating units."},
	"record.chair":          {desc: "The chair of the meeting (minutes only)."},
	"record.secretary":      {desc: "The secretary of the meeting (minutes only)."},
	"record.signatures":     {desc: "The signatures on the record; none is an unsigned record, not a data problem."},

	"signature.person":     {desc: "Who signed."},
	"signature.for_unit":   {desc: "The unit signed for. Absent: the chair or the secretary of minutes signs in that role; anyone else signs for their own unit."},
	"signature.capacity":   {desc: "The capacity in which they signed."},
	"signature.delegation": {desc: "The id of the delegation the signature rests on (TL., TUQ., or KT. under a TL. passed on).", id: true},

	"delegation.id":         {desc: "The delegation's id, unique among the delegations.", id: true},
	"delegation.kind":       {desc: "By order (tl) or by authorisation (tuq).", enum: []string{"tl", "tuq"}},
	"delegation.grantor":    {desc: "Who delegates: for a valid delegation, the head of the unit signed for (or, when passed on, the grantee of the delegation named by via)."},
	"delegation.grantee":    {desc: "Who may sign; they must belong to the grantor's unit."},
	"delegation.scope":      {desc: "The kinds of record the grantee may sign."},
	"delegation.valid_from": {desc: "The first day of validity: the delegation exists from then on."},
	"delegation.valid_to":   {desc: "The last day of validity, included."},
	"delegation.via":        {desc: "The id of the delegation this one passes on: a TL. grantee may pass signing to their deputy, a TUQ. grantee may not.", id: true},

	// Findings.
	"findings.schema":   {desc: "The format: always " + casefile.FindingsSchema + ".", konst: casefile.FindingsSchema},
	"findings.rules":    {desc: "The id of the rule set the findings were computed under."},
	"findings.as_of":    {desc: "The date the findings are as of."},
	"findings.period":   {desc: "The reporting period: only the records that come into being in it were checked. Absent, every record."},
	"findings.calendar": {desc: "The data version of the working-day calendar the deadlines were computed with."},
	"findings.unit":     {desc: "The unit the audit was narrowed to: only the findings that concern it, and only the tasks it leads in the summary. Absent, the whole case."},
	"findings.findings": {desc: "Every finding, sorted by record kind, record id, code and subject (byte-wise).",
		listOf: "finding"},
	"findings.tasks": {desc: "The task summary; null when the case was not summarised.",
		form: "task_summary", nullable: true},

	"period.from": {desc: "The first day."},
	"period.to":   {desc: "The last day."},

	"finding.code":     {desc: "The rule's code."},
	"finding.severity": {desc: "The severity, which the code fixes."},
	"finding.kind":     {desc: "The kind of the record the finding is about."},
	"finding.record":   {desc: "The id of the record (for kind case, the list at fault: units, people or ppc_members)."},
	"finding.subject":  {desc: "Who or what inside the record is at fault, as the catalogue says per code (a unit, a person, a component, a field); empty when the finding is about the record as a whole."},
	"finding.refs":     {desc: "The citations, from the rule set; none for input.invalid and rules.not_in_force."},
	"finding.details":  {desc: "The values the finding rests on."},
	"finding.message":  {desc: "The message in Vietnamese and in English.", form: "message"},

	"message.vi": {desc: "In Vietnamese.", text: true},
	"message.en": {desc: "In English.", text: true},

	"ref.doc":     {desc: "The document number as printed, e.g. 54/2023/QĐ-UBND."},
	"ref.article": {desc: "The article; absent when the citation is to a whole document or to a part of a letter.", min: ptr(0)},
	"ref.clause":  {desc: "The clause of the article.", min: ptr(0)},
	"ref.point":   {desc: "The point of the clause, e.g. a."},
	"ref.part":    {desc: "What numbers cannot say: footnote 2, opening, point 1(a), Appendix III, form 1.9."},

	"task_summary.as_of":         {desc: "The date the tasks are counted as of."},
	"task_summary.period":        {desc: "The reporting period: only the tasks assigned in it are counted."},
	"task_summary.with_deadline": {desc: "Valid tasks with a deadline: in_progress + overdue + done_on_time + done_late.", min: ptr(0)},
	"task_summary.late":          {desc: "Late tasks: overdue + done_late.", min: ptr(0)},
	"task_summary.overdue":       {desc: "Not done, deadline passed.", min: ptr(0)},
	"task_summary.done_late":     {desc: "Done after the deadline.", min: ptr(0)},
	"task_summary.in_progress":   {desc: "Not done, deadline not passed.", min: ptr(0)},
	"task_summary.done_on_time":  {desc: "Done by the deadline.", min: ptr(0)},
	"task_summary.no_deadline":   {desc: "Valid tasks without a deadline.", min: ptr(0)},
	"task_summary.invalid":       {desc: "Tasks that could not be checked (input.invalid), whatever their dates.", min: ptr(0)},
	"task_summary.outside":       {desc: "Valid tasks left out: assigned after the as-of date or outside the period.", min: ptr(0)},
	"task_summary.late_rate":     {desc: "late / with_deadline; null when no task has a deadline."},
	"task_summary.by_lead":       {desc: "One row per lead unit that has tasks, sorted by unit id byte-wise; the tasks without exactly one lead unit are under the unit \"\", which comes first."},
	"task_summary.by_assigner":   {desc: "One row per assigner that has tasks, in the order of the assigner enumeration."},

	"lead_row.unit":          {desc: "The lead unit; \"\" for the tasks that have not exactly one.", text: true},
	"lead_row.with_deadline": {desc: "As in the total.", min: ptr(0)},
	"lead_row.late":          {desc: "As in the total.", min: ptr(0)},
	"lead_row.overdue":       {desc: "As in the total.", min: ptr(0)},
	"lead_row.done_late":     {desc: "As in the total.", min: ptr(0)},
	"lead_row.in_progress":   {desc: "As in the total.", min: ptr(0)},
	"lead_row.done_on_time":  {desc: "As in the total.", min: ptr(0)},
	"lead_row.no_deadline":   {desc: "As in the total.", min: ptr(0)},
	"lead_row.late_rate":     {desc: "late / with_deadline; null when no task of the row has a deadline."},

	"assigner_row.assigner":      {desc: "The assigner."},
	"assigner_row.with_deadline": {desc: "As in the total.", min: ptr(0)},
	"assigner_row.late":          {desc: "As in the total.", min: ptr(0)},
	"assigner_row.overdue":       {desc: "As in the total.", min: ptr(0)},
	"assigner_row.done_late":     {desc: "As in the total.", min: ptr(0)},
	"assigner_row.in_progress":   {desc: "As in the total.", min: ptr(0)},
	"assigner_row.done_on_time":  {desc: "As in the total.", min: ptr(0)},
	"assigner_row.no_deadline":   {desc: "As in the total.", min: ptr(0)},
	"assigner_row.late_rate":     {desc: "late / with_deadline; null when no task of the row has a deadline."},

	"rate.num":     {desc: "The numerator."},
	"rate.den":     {desc: "The denominator, never 0."},
	"rate.percent": {desc: "num / den as a percentage rounded half up to one decimal: 222/1206 is 18.4.", pattern: `^-?[0-9]+\.[0-9]$`},

	// Rule sets.
	"rules.schema":     {desc: "The format: always " + regulation.RulesSchema + ".", konst: regulation.RulesSchema},
	"rules.id":         {desc: "The rule set's id, which case files name (e.g. kontum-2023); a derived rule set needs a new one.", id: true},
	"rules.province":   {desc: "The province."},
	"rules.title":      {desc: "The regulation's title."},
	"rules.basis":      {desc: "The issuing document."},
	"rules.effective":  {desc: "The period in force: records dated outside it get rules.not_in_force."},
	"rules.calendar":   {desc: "The working-day calendar.", form: "calendar"},
	"rules.task":       {desc: "The parameters of the task rules."},
	"rules.consult":    {desc: "The parameters of the consultation rules."},
	"rules.submission": {desc: "The parameters of the submission rules."},
	"rules.meeting":    {desc: "The parameters of the meeting rules."},
	"rules.signoff":    {desc: "The parameters of the signing rules."},
	"rules.citations":  {desc: "The citations that the findings of each code carry; a code without an entry carries none."},

	"basis.doc":    {desc: "The document's number, e.g. 54/2023/QĐ-UBND."},
	"basis.signed": {desc: "The date it was signed."},

	"validity.from": {desc: "The first day in force; \"\" leaves the start open.", openDate: true},
	"validity.to":   {desc: "The last day in force; absent, open."},

	"calendar.base":      {desc: "The calendar the additions extend: the built-in one of Vietnam (official schedules 2023–2026, projected from the statutes for 2014–2099).", konst: "vietnam"},
	"calendar.holidays":  {desc: "Holidays added as data."},
	"calendar.schedules": {desc: "Official schedules added as data, at most one per year."},

	"holiday.name":            {desc: "Its name in both languages."},
	"holiday.month":           {desc: "The month, 1 to 12 (lunar when lunar).", min: ptr(1), max: ptr(12)},
	"holiday.day":             {desc: "The day of the month (a lunar day 30 that a month lacks falls on its 29th).", min: ptr(1), max: ptr(31)},
	"holiday.lunar":           {desc: "Whether month and day are a lunar date; absent, false."},
	"holiday.start_year":      {desc: "The first year it applies; absent or 0, no limit.", min: ptr(0)},
	"holiday.end_year":        {desc: "The last year it applies; absent or 0, no limit.", min: ptr(0)},
	"holiday.no_compensation": {desc: "Not compensated when it falls on a weekend; absent, false."},
	"holiday.source":          {desc: "The document it rests on."},

	"day_name.vi": {desc: "In Vietnamese."},
	"day_name.en": {desc: "In English."},

	"schedule.year":   {desc: "The year the schedule rules."},
	"schedule.source": {desc: "The notices it comes from."},
	"schedule.days":   {desc: "Every day that differs from a plain week."},

	"scheduled_day.date":   {desc: "The day."},
	"scheduled_day.kind":   {desc: "What the day is: a holiday, a compensation day off for a holiday on a weekend, a working day swapped for rest, or a weekend day worked to make up for one (make_up).", enum: []string{"holiday", "compensation", "swap", "make_up"}},
	"scheduled_day.name":   {desc: "Its name in both languages: the holiday, the holiday compensated, or the occasion."},
	"scheduled_day.note":   {desc: "A note, e.g. a confidence level."},
	"scheduled_day.source": {desc: "The document it rests on; absent, the schedule's source."},

	"task_rules.due_soon":       {desc: "task.due_soon fires when at most this many working days are left.", min: ptr(0), max: &days},
	"task_rules.extension_lead": {desc: "An extension counts only when requested at least this many working days before the deadline in force (an assumption in Kon Tum's rule set).", min: ptr(0), max: &days},

	"consult_rules.reply_default":           {desc: "The reply time, in working days after the request, when the request states none (an assumption in Kon Tum's rule set).", min: ptr(0), max: &days},
	"consult_rules.silence_means_agreement": {desc: "Whether a unit silent past the deadline is deemed to agree (consult.deemed_agreement) rather than in breach (consult.reply_missing)."},
	"consult_rules.follow_up_within":        {desc: "The follow-up window, in working days after the reply deadline (an assumption in Kon Tum's rule set).", min: ptr(0), max: &days},
	"consult_rules.escalate_within":         {desc: "The time to resolve or escalate a disagreement, in working days (an assumption in Kon Tum's rule set).", min: ptr(0), max: &days},

	"submission_rules.summary_above_pages":     {desc: "A dossier with more pages needs a summary.", min: ptr(0), max: &days},
	"submission_rules.office_return_within":    {desc: "The PPC Office's time to return a deficient dossier, in working days after receipt.", min: ptr(0), max: &days},
	"submission_rules.required":                {desc: "The components each kind of submission must hold."},
	"submission_rules.required_when_consulted": {desc: "The components required in addition when the consultation the submission names is in the case and lists at least one reply."},

	"meeting_rules.quorum":            {desc: "The share of all PPC members a PPC session needs: attending × den ≥ members × num."},
	"meeting_rules.invitation_lead":   {desc: "The minimum number of working days between a non-urgent invitation and the meeting.", min: ptr(0), max: &days},
	"meeting_rules.documents_lead":    {desc: "The minimum number of calendar days between sending a PPC session's documents and the session.", min: ptr(0), max: &days},
	"meeting_rules.conclusion_within": {desc: "The time to issue a conclusion notice, in working days after the meeting.", min: ptr(0), max: &days},

	"signoff_rules.unit_signers": {desc: "The positions that may sign inter-sectoral minutes and inspection records for a unit."},

	"fraction.num": {desc: "The numerator, at least 1 and at most den.", min: ptr(1)},
	"fraction.den": {desc: "The denominator.", min: ptr(1), max: ptr(regulation.MaxQuorumDenominator)},
}
