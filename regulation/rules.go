package regulation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"

	"github.com/quyche/quyche/regulation/calendar"
)

// Documents cited by the built-in rule set.
const (
	DocKonTumRegulation = "54/2023/QĐ-UBND" // QC: Kon Tum PPC working regulation, term 2021–2026
	DocLetter56         = "56/UBND-KTTH"    // L56: the Chairman's letter of 08/01/2024
	DocLocalGovLaw      = "77/2015/QH13"    // LGO: Law on Organisation of Local Government 2015
	DocDecree39         = "39/2022/NĐ-CP"   // ND39: the Government's working regulation
	DocDecision45       = "45/2018/QĐ-TTg"  // QD45: meeting regime of state administrative bodies
	DocDecree30         = "30/2020/NĐ-CP"   // ND30: document work
	DocCivilCode        = "91/2015/QH13"    // BLDS: Civil Code 2015
)

// Basis is the document that issues a rule set.
type Basis struct {
	Doc    string        `json:"doc"`    // document number, e.g. "54/2023/QĐ-UBND"
	Signed calendar.Date `json:"signed"` // date of signing
}

// Validity is the effective period of a rule set: From and To inclusive. A
// zero From or To leaves that end open.
type Validity struct {
	From calendar.Date `json:"from"`
	To   calendar.Date `json:"to,omitzero"`
}

// Contains reports whether d lies in the period.
func (v Validity) Contains(d calendar.Date) bool {
	return (v.From.IsZero() || !d.Before(v.From)) && (v.To.IsZero() || !d.After(v.To))
}

// Fraction is a ratio of two integers, such as a quorum of 2/3. Comparisons
// with it are integer arithmetic.
type Fraction struct {
	Num int `json:"num"`
	Den int `json:"den"`
}

// Reached reports whether part/whole ≥ f, computed as part×Den ≥ whole×Num.
func (f Fraction) Reached(part, whole int) bool {
	return int64(part)*int64(f.Den) >= int64(whole)*int64(f.Num)
}

// String returns "2/3".
func (f Fraction) String() string { return strconv.Itoa(f.Num) + "/" + strconv.Itoa(f.Den) }

// TaskRules are the parameters of the task.* rules.
type TaskRules struct {
	// DueSoon is the number of working days left at or under which an open
	// task gets task.due_soon.
	DueSoon int `json:"due_soon"`
	// ExtensionLead is the number of working days before the deadline in
	// force by which an extension must be requested (assumption, L).
	ExtensionLead int `json:"extension_lead"`
}

// ConsultRules are the parameters of the consult.* rules.
type ConsultRules struct {
	// ReplyDefault is the reply time in working days when the request
	// states none (assumption, L).
	ReplyDefault int `json:"reply_default"`
	// SilenceMeansAgreement turns consult.reply_missing into
	// consult.deemed_agreement.
	SilenceMeansAgreement bool `json:"silence_means_agreement"`
	// FollowUpWithin is the follow-up window in working days after the reply
	// deadline (assumption, L).
	FollowUpWithin int `json:"follow_up_within"`
	// EscalateWithin is the time in working days to resolve or escalate a
	// disagreement (assumption, L).
	EscalateWithin int `json:"escalate_within"`
}

// SubmissionRules are the parameters of the submission.* rules.
type SubmissionRules struct {
	// SummaryAbovePages: a dossier with more pages needs a summary.
	SummaryAbovePages int `json:"summary_above_pages"`
	// OfficeReturnWithin is the PPC Office's time to return a deficient
	// dossier, in working days after receipt.
	OfficeReturnWithin int `json:"office_return_within"`
	// Required lists the components each kind of submission must have.
	Required map[SubmissionKind][]Component `json:"required"`
	// RequiredWhenConsulted lists the components required in addition when
	// the linked consultation is in the case and has at least one reply
	// entry.
	RequiredWhenConsulted []Component `json:"required_when_consulted"`
}

// MeetingRules are the parameters of the meeting.* rules.
type MeetingRules struct {
	// Quorum is the share of all PPC members that a PPC session needs.
	Quorum Fraction `json:"quorum"`
	// InvitationLead is the minimum number of working days between a
	// non-urgent invitation and the meeting.
	InvitationLead int `json:"invitation_lead"`
	// DocumentsLead is the minimum number of calendar days between sending
	// a PPC session's documents and the session.
	DocumentsLead int `json:"documents_lead"`
	// ConclusionWithin is the time in working days to issue a conclusion
	// notice.
	ConclusionWithin int `json:"conclusion_within"`
}

// SignoffRules are the parameters of the signoff.* rules.
type SignoffRules struct {
	// UnitSigners are the positions that may sign inter-sectoral minutes and
	// field inspection records for a unit.
	UnitSigners []Position `json:"unit_signers"`
}

// Rules is a rule set: the working regulation of one province in one period,
// as data that the checks read. Build the built-in one with [KonTum2023] (a
// fresh value each call); derive another by changing the fields of a fresh
// value and giving it a new ID. A rule set must not be changed once checks
// use it; checks never change it, and then it is safe for concurrent use.
type Rules struct {
	ID        string   // e.g. "kontum-2023"
	Province  string   // e.g. "Kon Tum"
	Title     string   // the regulation's title
	Basis     Basis    // the issuing document
	Effective Validity // the period in force

	// Calendar is the working-day calendar; nil means calendar.Vietnam().
	Calendar *calendar.Calendar

	Task       TaskRules
	Consult    ConsultRules
	Submission SubmissionRules
	Meeting    MeetingRules
	Signoff    SignoffRules

	// Citations lists the references carried by the findings of each code.
	Citations map[Code][]Ref
}

// KonTum2023 returns the rule set of the Kon Tum PPC working regulation, term
// 2021–2026 (Decision 54/2023/QĐ-UBND of 04/10/2023), with the parameters
// and citations listed in regulation/CATALOGUE.md. It is in force from 2023-10-14 (an assumption: ten days after
// signing) to 2025-06-30 (the province merged into Quảng Ngãi on 2025-07-01).
// Each call returns a fresh value that the caller may change.
func KonTum2023() *Rules {
	qc := func(art int) Ref { return Ref{Doc: DocKonTumRegulation, Article: art} }
	l56 := func(part string) Ref { return Ref{Doc: DocLetter56, Part: part} }
	nd39 := func(art, clause int) Ref { return Ref{Doc: DocDecree39, Article: art, Clause: clause} }
	lgo := func(clause int) Ref { return Ref{Doc: DocLocalGovLaw, Article: 114, Clause: clause} }
	nd30 := Ref{Doc: DocDecree30, Article: 13}
	form19 := Ref{Doc: DocDecree30, Part: "Appendix III, form 1.9"}
	qd45 := Ref{Doc: DocDecision45}
	return &Rules{
		ID:        "kontum-2023",
		Province:  "Kon Tum",
		Title:     "Quy chế làm việc của UBND tỉnh Kon Tum nhiệm kỳ 2021–2026",
		Basis:     Basis{Doc: DocKonTumRegulation, Signed: calendar.NewDate(2023, 10, 4)},
		Effective: Validity{From: calendar.NewDate(2023, 10, 14), To: calendar.NewDate(2025, 6, 30)},
		Task:      TaskRules{DueSoon: 3, ExtensionLead: 1},
		Consult:   ConsultRules{ReplyDefault: 10, SilenceMeansAgreement: false, FollowUpWithin: 3, EscalateWithin: 5},
		Submission: SubmissionRules{
			SummaryAbovePages:  10,
			OfficeReturnWithin: 3,
			Required: map[SubmissionKind][]Component{
				SubmissionKindProposal:           {ComponentStatement, ComponentDraft},
				SubmissionKindScheme:             {ComponentStatement, ComponentDraft},
				SubmissionKindDraftLegalDocument: {ComponentStatement, ComponentDraft, ComponentAppraisalReport},
				SubmissionKindReport:             {ComponentReport},
			},
			RequiredWhenConsulted: []Component{ComponentOpinions, ComponentOpinionSynthesis},
		},
		Meeting: MeetingRules{Quorum: Fraction{2, 3}, InvitationLead: 3, DocumentsLead: 3, ConclusionWithin: 5},
		Signoff: SignoffRules{UnitSigners: []Position{PositionHead, PositionActingHead, PositionDeputyHead}},
		Citations: map[Code][]Ref{
			TaskLeadCount:           {nd39(2, 0)},
			TaskOverdue:             {l56("opening"), l56("footnote 1")},
			TaskDoneLate:            {l56("opening"), l56("footnote 1")},
			TaskDueSoon:             {l56("point 3")},
			TaskExtensionLate:       {{Doc: DocKonTumRegulation}},
			TaskExtensionUnapproved: {{Doc: DocKonTumRegulation}},

			ConsultReplyLate:              {l56("footnote 2")},
			ConsultReplyMissing:           {l56("footnote 2")},
			ConsultDeemedAgreement:        {l56("footnote 2")},
			ConsultStanceUnclear:          {l56("footnote 2")},
			ConsultNoFollowup:             {l56("footnote 2")},
			ConsultUnresolvedDisagreement: {l56("point 1(a)"), nd39(15, 3)},

			SubmissionMissingComponent:   {qc(23), nd39(13, 0)},
			SubmissionMissingSummary:     {nd39(13, 0)},
			SubmissionNoOwnPosition:      {l56("footnote 2"), qc(23)},
			SubmissionDissentNotReported: {nd39(13, 0), l56("point 1(a)")},
			SubmissionSignerLevel:        {nd39(13, 0), nd30},
			SubmissionOwnCompetence:      {l56("point 1(a)"), qc(22)},
			SubmissionOtherCompetence:    {l56("point 1(a)"), qc(22)},
			SubmissionOfficeDecision:     {qc(24), nd39(15, 2)},
			SubmissionReturnLate:         {qc(24), l56("point 3")},
			SubmissionAcceptedIncomplete: {qc(24), l56("point 3")},

			MeetingAttendeeLevel:          {qc(17), qc(20), l56("point 1")},
			MeetingSubstituteUnapproved:   {qc(20)},
			MeetingAbsentUnreported:       {qc(17), qc(20), l56("opening")},
			MeetingAbsenceReportLate:      {qc(20)},
			MeetingNoQuorum:               {lgo(3)},
			MeetingMemberAbsentUnapproved: {lgo(2)},
			MeetingInvitationLate:         {qd45},
			MeetingDocumentsLate:          {lgo(4)},
			MeetingConclusionLate:         {qd45},

			SignoffChairUnsigned:     {form19},
			SignoffSecretaryUnsigned: {form19},
			SignoffUnitUnsigned:      {l56("point 1")},
			SignoffSignerLevel:       {l56("footnote 2"), l56("point 1"), qc(20)},
			SignoffSignerNotOfUnit:   {nd30},
			SignoffCapacityInvalid:   {nd30},
			SignoffDelegationInvalid: {nd30},
		},
	}
}

// Lookup returns a fresh copy of the built-in rule set with id, and whether
// there is one. The built-in sets are those [RuleSetIDs] lists:
// "kontum-2023".
func Lookup(id string) (*Rules, bool) {
	switch id {
	case "kontum-2023":
		return KonTum2023(), true
	}
	return nil, false
}

// RuleSetIDs returns the ids of the built-in rule sets, sorted: every id
// that [Lookup] finds, so that a program can list them (a fresh slice each
// call).
func RuleSetIDs() []string { return []string{"kontum-2023"} }

// Clone returns a deep copy of r that may be changed freely.
func (r *Rules) Clone() *Rules {
	c := *r
	c.Submission.Required = make(map[SubmissionKind][]Component, len(r.Submission.Required))
	for k, v := range r.Submission.Required {
		c.Submission.Required[k] = slices.Clone(v)
	}
	c.Submission.RequiredWhenConsulted = slices.Clone(r.Submission.RequiredWhenConsulted)
	c.Signoff.UnitSigners = slices.Clone(r.Signoff.UnitSigners)
	c.Citations = make(map[Code][]Ref, len(r.Citations))
	for k, v := range r.Citations {
		c.Citations[k] = slices.Clone(v)
	}
	return &c
}

// WorkCalendar returns the rule set's working-day calendar: r.Calendar, or
// calendar.Vietnam() when it is nil.
func (r *Rules) WorkCalendar() *calendar.Calendar {
	if r.Calendar != nil {
		return r.Calendar
	}
	return calendar.Vietnam()
}

// Cal returns r.WorkCalendar().
//
// Deprecated: use WorkCalendar.
func (r *Rules) Cal() *calendar.Calendar { return r.WorkCalendar() }

// InForce reports whether the rule set is in force on d.
func (r *Rules) InForce(d calendar.Date) bool { return r.Effective.Contains(d) }

// Finding returns a finding of code c about the record of kind with id
// record, with the catalogue's severity and the rule set's citations of c.
// The finding's Refs are its own copy: changing them changes neither the
// rule set nor other findings.
func (r *Rules) Finding(c Code, kind RecordKind, record, subject string, details Details) Finding {
	f := newFinding(c, kind, record, subject, details)
	f.Refs = slices.Clone(r.Citations[c])
	return f
}

// NotInForce returns the rules.not_in_force warning for a record of kind
// dated d, and false when the rule set is in force on d (or d is unset).
func (r *Rules) NotInForce(kind RecordKind, record string, d calendar.Date) (Finding, bool) {
	if d.IsZero() || r.InForce(d) {
		return Finding{}, false
	}
	return r.Finding(RulesNotInForce, kind, record, "", Details{
		"date": d, "rules": r.ID, "from": r.Effective.From, "to": r.Effective.To,
	}), true
}

// ErrInvalidRules is the sentinel wrapped by every *RulesError.
var ErrInvalidRules = errors.New("regulation: invalid rule set")

// RulesError reports a rule set that cannot be used. It wraps
// ErrInvalidRules and, when the problem comes from elsewhere (a calendar
// addition that calendar.Extend refuses), that error too, so that errors.As
// finds a *calendar.ScheduleError or *calendar.HolidayError through it.
type RulesError struct {
	Field  string // the field at fault, e.g. "meeting.quorum"
	Reason string
	Err    error // the underlying error, or nil
}

func (e *RulesError) Error() string {
	return "regulation: invalid rule set: " + e.Field + ": " + e.Reason
}

// Unwrap returns ErrInvalidRules and the underlying error, if any.
func (e *RulesError) Unwrap() []error {
	if e.Err != nil {
		return []error{ErrInvalidRules, e.Err}
	}
	return []error{ErrInvalidRules}
}

// Limits of the parameters of a rule set that [Rules.Validate] accepts.
const (
	// MaxParameterDays bounds every parameter counted in days or pages:
	// ten years of days is beyond any working regulation.
	MaxParameterDays = 3660
	// MaxQuorumDenominator bounds the denominator of the quorum.
	MaxQuorumDenominator = 1000
)

// Validate reports every problem that makes r unusable — a missing id, a
// parameter out of range, an impossible quorum, a reversed period, an
// unknown submission kind, component, position or code — as errors joined
// by errors.Join, each a *RulesError; nil when r is usable.
func (r *Rules) Validate() error {
	var errs []error
	bad := func(field, reason string) { errs = append(errs, &RulesError{Field: field, Reason: reason}) }
	if r.ID == "" {
		bad("id", "missing")
	}
	if !r.Effective.From.IsZero() && !r.Effective.To.IsZero() && r.Effective.To.Before(r.Effective.From) {
		bad("effective", "ends before it starts")
	}
	for _, p := range []struct {
		name string
		v    int
	}{
		{"task.due_soon", r.Task.DueSoon},
		{"task.extension_lead", r.Task.ExtensionLead},
		{"consult.reply_default", r.Consult.ReplyDefault},
		{"consult.follow_up_within", r.Consult.FollowUpWithin},
		{"consult.escalate_within", r.Consult.EscalateWithin},
		{"submission.summary_above_pages", r.Submission.SummaryAbovePages},
		{"submission.office_return_within", r.Submission.OfficeReturnWithin},
		{"meeting.invitation_lead", r.Meeting.InvitationLead},
		{"meeting.documents_lead", r.Meeting.DocumentsLead},
		{"meeting.conclusion_within", r.Meeting.ConclusionWithin},
	} {
		if p.v < 0 || p.v > MaxParameterDays {
			bad(p.name, "out of range 0–"+strconv.Itoa(MaxParameterDays))
		}
	}
	if q := r.Meeting.Quorum; q.Num <= 0 || q.Den <= 0 || q.Num > q.Den || q.Den > MaxQuorumDenominator {
		bad("meeting.quorum", "want 0 < num ≤ den ≤ "+strconv.Itoa(MaxQuorumDenominator))
	}
	for _, k := range slices.Sorted(maps.Keys(r.Submission.Required)) {
		if !submissionKinds.Valid(k) {
			bad("submission.required", "unknown submission kind "+strconv.Itoa(int(k)))
		}
		for _, c := range r.Submission.Required[k] {
			if !components.Valid(c) {
				bad("submission.required", "unknown component "+strconv.Itoa(int(c)))
			}
		}
	}
	for _, c := range r.Submission.RequiredWhenConsulted {
		if !components.Valid(c) {
			bad("submission.required_when_consulted", "unknown component "+strconv.Itoa(int(c)))
		}
	}
	for _, p := range r.Signoff.UnitSigners {
		if !positions.Valid(p) {
			bad("signoff.unit_signers", "unknown position "+strconv.Itoa(int(p)))
		}
	}
	for _, c := range slices.Sorted(maps.Keys(r.Citations)) {
		if _, ok := ruleIndex(c); !ok {
			bad("citations", "unknown code "+strconv.Quote(string(c)))
		}
	}
	return errors.Join(errs...)
}

// RulesSchema is the schema name of the JSON form of a rule set.
const RulesSchema = "quyche.rules/v1"

// calendarJSON is the calendar of a rule-set file: the built-in Vietnam
// calendar plus the schedules and holidays the province added as data.
type calendarJSON struct {
	Base string `json:"base"` // "vietnam"
	calendar.Additions
}

type rulesJSON struct {
	Schema     string          `json:"schema"`
	ID         string          `json:"id"`
	Province   string          `json:"province"`
	Title      string          `json:"title"`
	Basis      Basis           `json:"basis"`
	Effective  Validity        `json:"effective"`
	Calendar   calendarJSON    `json:"calendar"`
	Task       TaskRules       `json:"task"`
	Consult    ConsultRules    `json:"consult"`
	Submission SubmissionRules `json:"submission"`
	Meeting    MeetingRules    `json:"meeting"`
	Signoff    SignoffRules    `json:"signoff"`
	Citations  map[Code][]Ref  `json:"citations"`
}

// MarshalJSON writes r in the form quyche.rules/v1. The calendar is written
// as the built-in Vietnam calendar plus what was added to it as data
// (calendar.Calendar.Additions).
func (r *Rules) MarshalJSON() ([]byte, error) {
	cal := calendarJSON{Base: "vietnam"}
	if r.Calendar != nil {
		cal.Additions = r.Calendar.Additions()
	}
	j := rulesJSON{
		Schema: RulesSchema, ID: r.ID, Province: r.Province, Title: r.Title, Basis: r.Basis,
		Effective: r.Effective, Calendar: cal,
		Task: r.Task, Consult: r.Consult, Submission: r.Submission, Meeting: r.Meeting,
		Signoff: r.Signoff, Citations: r.Citations,
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads a rule set in the form quyche.rules/v1. Unknown fields,
// a wrong schema and a rule set that fails [Rules.Validate] are errors.
func (r *Rules) UnmarshalJSON(b []byte) error {
	var j rulesJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return fmt.Errorf("regulation: reading rule set: %w", err)
	}
	if j.Schema != RulesSchema {
		return &RulesError{Field: "schema", Reason: "want " + strconv.Quote(RulesSchema) + ", got " + strconv.Quote(j.Schema)}
	}
	if j.Calendar.Base != "vietnam" {
		return &RulesError{Field: "calendar.base", Reason: `only "vietnam" is known`}
	}
	v := Rules{
		ID: j.ID, Province: j.Province, Title: j.Title, Basis: j.Basis, Effective: j.Effective,
		Task: j.Task, Consult: j.Consult, Submission: j.Submission, Meeting: j.Meeting,
		Signoff: j.Signoff, Citations: maps.Clone(j.Citations),
	}
	if !j.Calendar.Additions.IsZero() {
		cal, err := calendar.Vietnam().Extend(j.Calendar.Additions)
		if err != nil {
			return &RulesError{Field: "calendar", Reason: err.Error(), Err: err}
		}
		v.Calendar = cal
	}
	if err := v.Validate(); err != nil {
		return err
	}
	*r = v
	return nil
}
