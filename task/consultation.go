package task

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// Stance is what a coordinating unit's reply says about the matter it was
// consulted on. The zero value is StanceUnknown: the reply states no stance
// (or there is no reply yet).
type Stance uint8

// Stances; the comment gives each one's name in the case file.
const (
	StanceUnknown           Stance = iota
	StanceAgree                    // agree: thống nhất
	StanceAgreeWithComments        // agree_with_comments: thống nhất, có góp ý
	StanceDisagree                 // disagree: không thống nhất
	StanceUnclear                  // unclear: the reply does not say whether the unit agrees
)

var stances = regulation.DefineEnum[Stance]("Stance", []regulation.EnumValue{
	StanceUnknown:           {Label: regulation.Text{VI: "không rõ", EN: "unknown"}},
	StanceAgree:             {Name: "agree", Label: regulation.Text{VI: "thống nhất", EN: "agree"}},
	StanceAgreeWithComments: {Name: "agree_with_comments", Label: regulation.Text{VI: "thống nhất, có góp ý", EN: "agree with comments"}},
	StanceDisagree:          {Name: "disagree", Label: regulation.Text{VI: "không thống nhất", EN: "disagree"}},
	StanceUnclear:           {Name: "unclear", Label: regulation.Text{VI: "không nêu rõ ý kiến", EN: "unclear"}},
})

// String returns the snake_case name of s ("agree", …); "unknown" for the
// zero value.
func (s Stance) String() string { return stances.String(s) }

// MarshalText implements encoding.TextMarshaler.
func (s Stance) MarshalText() ([]byte, error) { return stances.Marshal(s) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is a
// *regulation.EnumError.
func (s *Stance) UnmarshalText(b []byte) (err error) { *s, err = stances.Parse(b); return err }

// Localize returns the Vietnamese or English name of s.
func (s Stance) Localize(l regulation.Lang) string { return stances.Localize(s, l) }

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
	cal := rules.WorkCalendar()
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
//     is dated inside it. Under rules.Consult.SilenceMeansAgreement a unit
//     that had not replied by the deadline is deemed to agree at the
//     deadline and no follow-up is owed for it, so no_followup does not fire
//     (a late reply is still judged as reply_late and stance_unclear);
//   - consult.unresolved_disagreement: a unit disagreed and, as of asOf, more
//     than rules.Consult.EscalateWithin working days have passed since the
//     later of the last reply and the deadline without the matter being
//     resolved or escalated by then;
//   - rules.not_in_force when Sent is outside the rule set's period.
//
// reply_late, reply_missing and unresolved_disagreement give their lateness
// in calendar days and in working days (details late_days and
// late_workdays): from the deadline to the reply, from the deadline to
// asOf, and from the last day to settle the disagreement to asOf.
//
// The subject of each consult.* finding is the coordinating unit. Events
// dated after asOf (replies, reminders, resolution, escalation) have not
// happened yet as of asOf.
//
// The arguments come first: a zero asOf or one outside the years 0001 to
// 9999, a nil dir or a nil rules yields input.invalid with subject "as_of",
// "directory" or "rules", one per bad argument, and nothing else.
//
// A consultation that cannot be checked (missing id, lead or sent date; a
// lead or replying unit that dir does not know, a unit consulted twice; a
// stance out of range or given without a reply date; a stated deadline
// before Sent or outside the years 0001 to 9999) yields a single
// input.invalid finding naming the first field at fault, and nothing else,
// whatever its dates. A consultation sent after asOf does not exist yet: it
// gets no other finding than the input.invalid of its faulty dates below.
//
// A fault confined to one optional date (impossible, outside the years 0001
// to 9999, or before Sent) is local: it yields input.invalid on that field
// and switches off only the rules that read it; every other rule still
// runs:
//
//   - replies[i].received switches off, for that unit, reply_late,
//     reply_missing, deemed_agreement, stance_unclear and no_followup, and
//     unresolved_disagreement for the whole consultation (its escalation
//     window runs from the last reply received);
//   - reminders[i] (also when it has no date) switches off no_followup;
//   - resolved and escalated switch off unresolved_disagreement.
//
// CheckConsultation never panics and does not change its inputs.
func CheckConsultation(c Consultation, dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date) regulation.Findings {
	kind := regulation.RecordKindConsultation
	if fs := regulation.CheckArguments(kind, c.ID, dir, rules, asOf); len(fs) > 0 {
		return fs
	}
	v, bad := c.validate(dir)
	if !v.Checkable() || !regulation.Exists(c.Sent, asOf) {
		return v.Findings()
	}
	fs := v.Findings()
	if f, ok := rules.NotInForce(kind, c.ID, c.Sent); ok {
		fs = append(fs, f)
	}
	tl := c.timeline(rules, asOf, &bad)
	for i, r := range c.Replies {
		if bad.received(i) {
			continue // its reply date is at fault: every rule of this unit reads it
		}
		fs = tl.judge(fs, c.ID, r)
	}
	fs.Sort()
	return fs
}

// consultTimeline is what the rules of a consultation compare the replies
// with, as of a date: the reply deadline, the follow-up window, the time
// to settle a disagreement, and what happened by then.
type consultTimeline struct {
	rules      *regulation.Rules
	asOf       calendar.Date
	deadline   calendar.Date // the reply deadline
	windowEnd  calendar.Date // the end of the follow-up window
	escalateBy calendar.Date // the last day to resolve or escalate a disagreement
	followedUp bool          // a reminder is dated inside the window, as of asOf
	// disagreementOpen: as of asOf the time to settle is over and the
	// matter was neither resolved nor escalated in it.
	disagreementOpen bool
	// followUpOwed: the lead unit owes a follow-up to units that did not
	// reply (not when silence means agreement, nor when a reminder's date
	// is at fault).
	followUpOwed bool
}

// timeline computes the timeline of c as of asOf under rules, with bad the
// local faults of c, which switch off what reads a faulty date.
func (c *Consultation) timeline(rules *regulation.Rules, asOf calendar.Date, bad *localFaults) consultTimeline {
	cal := rules.WorkCalendar()
	p := rules.Consult
	tl := consultTimeline{rules: rules, asOf: asOf, deadline: c.ReplyDeadline(rules)}
	tl.windowEnd = cal.AddWorkdays(tl.deadline, p.FollowUpWithin)
	for _, r := range c.Reminders {
		if r.After(tl.deadline) && !r.After(tl.windowEnd) && !r.After(asOf) {
			tl.followedUp = true
			break
		}
	}
	last := tl.deadline // the later of the last reply received and the deadline
	for i, r := range c.Replies {
		if got := tl.received(r); !bad.received(i) && got.After(last) {
			last = got
		}
	}
	tl.escalateBy = cal.AddWorkdays(last, p.EscalateWithin)
	settled := func(d calendar.Date) bool { return !d.IsZero() && !d.After(tl.escalateBy) && !d.After(asOf) }
	tl.disagreementOpen = !bad.anyReceived && !bad.settled &&
		asOf.After(tl.escalateBy) && !settled(c.Resolved) && !settled(c.Escalated)
	// No follow-up is owed for a unit deemed to agree (silent at the
	// deadline), and none can be judged when a reminder's date is at fault.
	tl.followUpOwed = !p.SilenceMeansAgreement && !bad.reminders
	return tl
}

// received returns the date of r as of asOf, zero when not received.
func (tl *consultTimeline) received(r Reply) calendar.Date {
	if r.Received.After(tl.asOf) {
		return calendar.Date{}
	}
	return r.Received
}

// judge appends to fs the consult.* findings about the reply r of the
// consultation with id record, whose reply date has no local fault.
func (tl *consultTimeline) judge(fs regulation.Findings, record string, r Reply) regulation.Findings {
	rules, asOf, cal := tl.rules, tl.asOf, tl.rules.WorkCalendar()
	add := func(code regulation.Code, d regulation.Details) {
		fs = append(fs, rules.Finding(code, regulation.RecordKindConsultation, record, string(r.Unit), d))
	}
	got := tl.received(r)
	switch {
	case got.IsZero() && !asOf.After(tl.deadline):
		// Not due yet.
	case got.IsZero() && rules.Consult.SilenceMeansAgreement:
		add(regulation.ConsultDeemedAgreement, regulation.Details{"deadline": tl.deadline})
	case got.IsZero():
		days, workdays := regulation.Lateness(cal, tl.deadline, asOf)
		add(regulation.ConsultReplyMissing, regulation.Details{
			"deadline": tl.deadline, "as_of": asOf, "late_days": days, "late_workdays": workdays,
		})
	default:
		if got.After(tl.deadline) {
			days, workdays := regulation.Lateness(cal, tl.deadline, got)
			add(regulation.ConsultReplyLate, regulation.Details{
				"deadline": tl.deadline, "received": got, "late_days": days, "late_workdays": workdays,
			})
		}
		if r.Stance == StanceUnknown || r.Stance == StanceUnclear {
			add(regulation.ConsultStanceUnclear, regulation.Details{"received": got})
		}
		if r.Stance == StanceDisagree && tl.disagreementOpen {
			days, workdays := regulation.Lateness(cal, tl.escalateBy, asOf)
			add(regulation.ConsultUnresolvedDisagreement, regulation.Details{
				"since": got, "escalate_by": tl.escalateBy, "as_of": asOf,
				"late_days": days, "late_workdays": workdays,
			})
		}
	}
	outstanding := got.IsZero() || got.After(tl.windowEnd)
	if outstanding && tl.followUpOwed && asOf.After(tl.windowEnd) && !tl.followedUp {
		add(regulation.ConsultNoFollowup, regulation.Details{"deadline": tl.deadline, "window_end": tl.windowEnd})
	}
	return fs
}
