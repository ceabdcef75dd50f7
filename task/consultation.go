package task

import (
	"strconv"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// Stance is what a coordinating unit's reply says about the matter it was
// consulted on. The zero value is StanceUnknown: the reply states no stance
// (or there is no reply yet).
type Stance uint8

// Stances, as named in rules.md.
const (
	StanceUnknown           Stance = iota
	StanceAgree                    // agree: thống nhất
	StanceAgreeWithComments        // agree_with_comments: thống nhất, có góp ý
	StanceDisagree                 // disagree: không thống nhất
	StanceUnclear                  // unclear: the reply does not say whether the unit agrees
)

var csStances = regulation.NewEnumSet[Stance]("Stance",
	"agree", "agree_with_comments", "disagree", "unclear")

var csStanceText = [...][2]string{
	{"không rõ", "unknown"},
	{"thống nhất", "agree"},
	{"thống nhất, có góp ý", "agree with comments"},
	{"không thống nhất", "disagree"},
	{"không nêu rõ ý kiến", "unclear"},
}

// String returns the snake_case name of s ("agree", …); "unknown" for the
// zero value.
func (s Stance) String() string { return csStances.String(s) }

// MarshalText implements encoding.TextMarshaler.
func (s Stance) MarshalText() ([]byte, error) { return csStances.Marshal(s) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is a
// *regulation.EnumError.
func (s *Stance) UnmarshalText(b []byte) (err error) { *s, err = csStances.Parse(b); return err }

// Localize returns the Vietnamese or English name of s.
func (s Stance) Localize(l regulation.Lang) string {
	return csLocalize(csStanceText[:], uint8(s), l, s.String())
}

// csLocalize picks the text of value v in language l from a table of
// Vietnamese/English pairs, falling back to def for values out of range.
func csLocalize(table [][2]string, v uint8, l regulation.Lang, def string) string {
	if int(v) >= len(table) {
		return def
	}
	if l == regulation.English {
		return table[v][1]
	}
	return table[v][0]
}

// Reply is the entry of one consulted, coordinating unit (đơn vị phối hợp)
// in a consultation. A reply without Received is a unit that has not replied;
// it then has no Stance.
type Reply struct {
	Unit     regulation.UnitID `json:"unit"`
	Received calendar.Date     `json:"received,omitzero"` // zero: no reply
	Stance   Stance            `json:"stance,omitempty"`  // zero: the reply states none
}

// Consultation is a written request for opinions (lấy ý kiến) sent by a lead
// unit (đơn vị chủ trì) to coordinating units (đơn vị phối hợp), with every
// consulted unit's reply, the lead unit's reminders (đôn đốc) and how a
// disagreement ended (resolved between the units, or escalated to the PPC or
// its Chairman).
//
// Optional dates are zero when not recorded. Replies lists every consulted
// unit once.
type Consultation struct {
	ID        string            `json:"id"`
	Task      string            `json:"task,omitempty"` // the task it serves; may be outside the case
	Lead      regulation.UnitID `json:"lead"`
	Sent      calendar.Date     `json:"sent"`
	Due       calendar.Date     `json:"due,omitzero"` // the reply deadline stated in the request
	Replies   []Reply           `json:"replies"`
	Reminders []calendar.Date   `json:"reminders,omitempty"`
	Resolved  calendar.Date     `json:"resolved,omitzero"`
	Escalated calendar.Date     `json:"escalated,omitzero"`
}

// ReplyDeadline returns the reply deadline of c under rules: the deadline
// stated in the request (Due), moved to the next working day when it falls on
// a day off (Civil Code Art. 148(5)); else rules.Consult.ReplyDefault working
// days after Sent. It returns the zero Date when neither Due nor Sent is set,
// or when rules is nil.
func (c Consultation) ReplyDeadline(rules *regulation.Rules) calendar.Date {
	if rules == nil {
		return calendar.Date{}
	}
	cal := rules.Cal()
	switch {
	case !c.Due.IsZero():
		return cal.NextWorkday(c.Due)
	case !c.Sent.IsZero():
		return cal.AddWorkdays(c.Sent, rules.Consult.ReplyDefault)
	}
	return calendar.Date{}
}

// CheckConsultation checks the consultation c as of asOf under rules, with
// dir the units of the case, and returns all its findings, sorted:
//
//   - consult.reply_late: a reply arrived after the reply deadline
//     ([Consultation.ReplyDeadline]);
//   - consult.reply_missing: no reply and asOf is after the deadline, or
//     consult.deemed_agreement (info) instead when
//     rules.Consult.SilenceMeansAgreement;
//   - consult.stance_unclear: a reply with stance unclear, or with no stance;
//   - consult.no_followup: a reply was still outstanding at the end of the
//     follow-up window (the deadline, exclusive, to rules.Consult.FollowUpWithin
//     working days after it), the window is over as of asOf, and no reminder
//     is dated inside it;
//   - consult.unresolved_disagreement: a unit disagreed and, as of asOf, more
//     than rules.Consult.EscalateWithin working days have passed since the
//     later of the last reply and the deadline without the matter being
//     resolved or escalated by then;
//   - rules.not_in_force when Sent is outside the rule set's period.
//
// The subject of each consult.* finding is the coordinating unit. Events
// dated after asOf (replies, reminders, resolution, escalation) have not
// happened yet as of asOf.
//
// A consultation that cannot be checked (missing id, lead or sent date; an
// unknown or repeated unit; a stance without a reply date or out of range; a
// date before Sent or outside years 1–9999) yields a single input.invalid
// finding naming the first field at fault, and nothing else. Units are looked
// up only when dir is not nil. A nil rules or a zero asOf also yields
// input.invalid (field "rules" or "as_of"). CheckConsultation never panics
// and does not change its inputs.
func CheckConsultation(c Consultation, dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) regulation.Findings {
	kind := regulation.ConsultationRecord
	if f, ok := c.csValidate(dir, rules, asOf); !ok {
		return regulation.Findings{f}
	}
	var fs regulation.Findings
	if f, ok := rules.NotInForce(kind, c.ID, c.Sent); ok {
		fs = append(fs, f)
	}
	cal := rules.Cal()
	p := rules.Consult
	deadline := c.ReplyDeadline(rules)
	windowEnd := cal.AddWorkdays(deadline, p.FollowUpWithin)
	followedUp := false
	for _, r := range c.Reminders {
		if r.After(deadline) && !r.After(windowEnd) && !r.After(asOf) {
			followedUp = true
			break
		}
	}
	// received returns the date of r as of asOf, zero when not received.
	received := func(r Reply) calendar.Date {
		if r.Received.After(asOf) {
			return calendar.Date{}
		}
		return r.Received
	}
	last := deadline // the later of the last reply received and the deadline
	for _, r := range c.Replies {
		if got := received(r); got.After(last) {
			last = got
		}
	}
	escalateBy := cal.AddWorkdays(last, p.EscalateWithin)
	settled := func(d calendar.Date) bool { return !d.IsZero() && !d.After(escalateBy) && !d.After(asOf) }
	disagreementOpen := asOf.After(escalateBy) && !settled(c.Resolved) && !settled(c.Escalated)

	for _, r := range c.Replies {
		unit := string(r.Unit)
		got := received(r)
		if got.IsZero() {
			if asOf.After(deadline) {
				if p.SilenceMeansAgreement {
					fs = append(fs, rules.Finding(regulation.ConsultDeemedAgreement, kind, c.ID, unit,
						regulation.Details{"deadline": deadline}))
				} else {
					fs = append(fs, rules.Finding(regulation.ConsultReplyMissing, kind, c.ID, unit,
						regulation.Details{"deadline": deadline, "as_of": asOf}))
				}
			}
		} else {
			if got.After(deadline) {
				fs = append(fs, rules.Finding(regulation.ConsultReplyLate, kind, c.ID, unit, regulation.Details{
					"deadline": deadline, "received": got, "late_workdays": cal.CountWorkdays(deadline, got),
				}))
			}
			if r.Stance == StanceUnknown || r.Stance == StanceUnclear {
				fs = append(fs, rules.Finding(regulation.ConsultStanceUnclear, kind, c.ID, unit,
					regulation.Details{"received": got}))
			}
			if r.Stance == StanceDisagree && disagreementOpen {
				fs = append(fs, rules.Finding(regulation.ConsultUnresolvedDisagreement, kind, c.ID, unit,
					regulation.Details{"since": got, "escalate_by": escalateBy, "as_of": asOf}))
			}
		}
		outstanding := got.IsZero() || got.After(windowEnd)
		if outstanding && asOf.After(windowEnd) && !followedUp {
			fs = append(fs, rules.Finding(regulation.ConsultNoFollowup, kind, c.ID, unit,
				regulation.Details{"deadline": deadline, "window_end": windowEnd}))
		}
	}
	fs.Sort()
	return fs
}

// csMinDate and csMaxDate bound the dates the checks accept: the years a
// "yyyy-mm-dd" date can carry. Outside them a record is input.invalid
// (out_of_range), so that date arithmetic never reaches the ends of the
// representable range.
var (
	csMinDate = calendar.NewDate(1, 1, 1)
	csMaxDate = calendar.NewDate(9999, 12, 31)
)

// csDateProblem returns the problem of an optional date d that must not be
// before min (when min is set): out of range, date order, or none.
func csDateProblem(d, min calendar.Date) regulation.Problem {
	switch {
	case d.IsZero():
		return regulation.ProblemUnknown
	case d.Before(csMinDate) || d.After(csMaxDate):
		return regulation.ProblemOutOfRange
	case !min.IsZero() && d.Before(min):
		return regulation.ProblemDateOrder
	}
	return regulation.ProblemUnknown
}

// csField renders a field path such as "replies[2].unit"; sub may be empty.
func csField(list string, i int, sub string) string {
	s := list + "[" + strconv.Itoa(i) + "]"
	if sub != "" {
		s += "." + sub
	}
	return s
}

// csValidate returns the input.invalid finding of the first field of c that
// makes it uncheckable, and false; or true when c can be checked.
func (c Consultation) csValidate(dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) (regulation.Finding, bool) {
	kind := regulation.ConsultationRecord
	bad := func(field string, p regulation.Problem) (regulation.Finding, bool) {
		return regulation.InvalidInput(kind, c.ID, field, p), false
	}
	if rules == nil {
		return bad("rules", regulation.ProblemMissing)
	}
	if asOf.IsZero() {
		return bad("as_of", regulation.ProblemMissing)
	}
	if p := csDateProblem(asOf, calendar.Date{}); p != regulation.ProblemUnknown {
		return bad("as_of", p)
	}
	if c.ID == "" {
		return bad("id", regulation.ProblemMissing)
	}
	if c.Lead == "" {
		return bad("lead", regulation.ProblemMissing)
	}
	if dir != nil {
		if _, ok := dir.Unit(c.Lead); !ok {
			return bad("lead", regulation.ProblemUnknownUnit)
		}
	}
	if c.Sent.IsZero() {
		return bad("sent", regulation.ProblemMissing)
	}
	if p := csDateProblem(c.Sent, calendar.Date{}); p != regulation.ProblemUnknown {
		return bad("sent", p)
	}
	if p := csDateProblem(c.Due, c.Sent); p != regulation.ProblemUnknown {
		return bad("due", p)
	}
	seen := make(map[regulation.UnitID]struct{}, len(c.Replies))
	for i, r := range c.Replies {
		switch {
		case r.Unit == "":
			return bad(csField("replies", i, "unit"), regulation.ProblemMissing)
		case dir != nil && !csKnownUnit(dir, r.Unit):
			return bad(csField("replies", i, "unit"), regulation.ProblemUnknownUnit)
		}
		if _, dup := seen[r.Unit]; dup {
			return bad(csField("replies", i, "unit"), regulation.ProblemDuplicateID)
		}
		seen[r.Unit] = struct{}{}
		if p := csDateProblem(r.Received, c.Sent); p != regulation.ProblemUnknown {
			return bad(csField("replies", i, "received"), p)
		}
		if _, ok := csStances.Name(r.Stance); r.Stance != StanceUnknown && (!ok || r.Received.IsZero()) {
			return bad(csField("replies", i, "stance"), regulation.ProblemInvalidValue)
		}
	}
	for i, d := range c.Reminders {
		if d.IsZero() {
			return bad(csField("reminders", i, ""), regulation.ProblemMissing)
		}
		if p := csDateProblem(d, c.Sent); p != regulation.ProblemUnknown {
			return bad(csField("reminders", i, ""), p)
		}
	}
	if p := csDateProblem(c.Resolved, c.Sent); p != regulation.ProblemUnknown {
		return bad("resolved", p)
	}
	if p := csDateProblem(c.Escalated, c.Sent); p != regulation.ProblemUnknown {
		return bad("escalated", p)
	}
	return regulation.Finding{}, true
}

// csKnownUnit reports whether dir has the unit id.
func csKnownUnit(dir *regulation.Directory, id regulation.UnitID) bool {
	_, ok := dir.Unit(id)
	return ok
}
