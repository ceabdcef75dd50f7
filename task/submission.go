package task

import (
	"slices"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// Addressee is whom a submission is addressed to. The zero value is
// AddresseeUnknown.
type Addressee uint8

// Addressees; the comment gives each one's name in the case file.
const (
	AddresseeUnknown      Addressee = iota
	AddresseePPC                    // ppc: the People's Committee collectively (UBND tỉnh)
	AddresseePPCChairman            // ppc_chairman: Chủ tịch UBND tỉnh
	AddresseeViceChairman           // vice_chairman: Phó Chủ tịch UBND tỉnh
)

var addressees = regulation.DefineEnum[Addressee]("Addressee", []regulation.EnumValue{
	AddresseeUnknown:      {Label: regulation.Text{VI: "không rõ", EN: "unknown"}},
	AddresseePPC:          {Name: "ppc", Label: regulation.Text{VI: "UBND tỉnh", EN: "the PPC"}},
	AddresseePPCChairman:  {Name: "ppc_chairman", Label: regulation.Text{VI: "Chủ tịch UBND tỉnh", EN: "the PPC Chairman"}},
	AddresseeViceChairman: {Name: "vice_chairman", Label: regulation.Text{VI: "Phó Chủ tịch UBND tỉnh", EN: "a PPC Vice-chairman"}},
})

// String returns the snake_case name of a; "unknown" for the zero value.
func (a Addressee) String() string { return addressees.String(a) }

// MarshalText implements encoding.TextMarshaler.
func (a Addressee) MarshalText() ([]byte, error) { return addressees.Marshal(a) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is a
// *regulation.EnumError.
func (a *Addressee) UnmarshalText(b []byte) (err error) { *a, err = addressees.Parse(b); return err }

// Localize returns the Vietnamese or English name of a.
func (a Addressee) Localize(l regulation.Lang) string { return addressees.Localize(a, l) }

// Competence says whose authority (thẩm quyền) the submitted matter falls
// under. The zero value is CompetenceUnknown.
type Competence uint8

// Competences; the comment gives each one's name in the case file.
const (
	CompetenceUnknown     Competence = iota
	CompetenceAddressee              // addressee: the PPC or its Chairman decides
	CompetenceSubmitter              // submitter: the submitting unit could decide itself
	CompetenceOtherAgency            // other_agency: the matter belongs to another agency
)

var competences = regulation.DefineEnum[Competence]("Competence", []regulation.EnumValue{
	CompetenceUnknown:     {Label: regulation.Text{VI: "không rõ", EN: "unknown"}},
	CompetenceAddressee:   {Name: "addressee", Label: regulation.Text{VI: "thuộc thẩm quyền của cấp trình", EN: "within the addressee's authority"}},
	CompetenceSubmitter:   {Name: "submitter", Label: regulation.Text{VI: "thuộc thẩm quyền của đơn vị trình", EN: "within the submitting unit's authority"}},
	CompetenceOtherAgency: {Name: "other_agency", Label: regulation.Text{VI: "thuộc thẩm quyền của cơ quan khác", EN: "within another agency's authority"}},
})

// String returns the snake_case name of c; "unknown" for the zero value.
func (c Competence) String() string { return competences.String(c) }

// MarshalText implements encoding.TextMarshaler.
func (c Competence) MarshalText() ([]byte, error) { return competences.Marshal(c) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is a
// *regulation.EnumError.
func (c *Competence) UnmarshalText(b []byte) (err error) {
	*c, err = competences.Parse(b)
	return err
}

// Localize returns the Vietnamese or English description of c.
func (c Competence) Localize(l regulation.Lang) string { return competences.Localize(c, l) }

// Submission is a dossier (hồ sơ trình) sent by a unit to the PPC, its
// Chairman or a Vice-chairman, as the PPC Office (Văn phòng UBND tỉnh)
// received it, with the Office's action on it. Pages is the dossier's length
// (0 when not recorded); Consultation is the id of the consultation the
// submission rests on, if any; DissentReported lists the consulted units
// whose disagreement the submission reports; a zero Office means the Office
// has not acted yet.
type Submission struct {
	ID              string                    `json:"id"`
	Task            string                    `json:"task,omitempty"`
	From            regulation.UnitID         `json:"from"`
	To              Addressee                 `json:"to"`
	Kind            regulation.SubmissionKind `json:"kind"`
	Competence      Competence                `json:"competence"`
	Received        calendar.Date             `json:"received"`
	Pages           int                       `json:"pages,omitempty"`
	Components      []regulation.Component    `json:"components"`
	OwnPosition     bool                      `json:"own_position"`
	Consultation    string                    `json:"consultation,omitempty"`
	DissentReported []regulation.UnitID       `json:"dissent_reported,omitempty"`
	SignedBy        regulation.PersonID       `json:"signed_by"`
	Office          Office                    `json:"office,omitzero"`
}

// SubmissionOptions holds the optional inputs of [CheckSubmission] and
// [Decide]. The zero value means a case without consultations.
type SubmissionOptions struct {
	// Consultations are the consultations of the case, by id. A submission
	// whose linked consultation is not in the map is treated as consulting
	// outside the case: the opinions and their synthesis are not required,
	// and dissent is not checked.
	Consultations map[string]Consultation
}

// CheckSubmission checks the submission s as of asOf under rules, with dir
// the units and people of the case and opts the consultations, and returns
// all its findings, sorted:
//
//   - the deficiencies of the dossier, as [Decide] finds them
//     (submission.missing_component, missing_summary, no_own_position,
//     dissent_not_reported, signer_level, own_competence, other_competence);
//   - submission.office_decision (info): what the PPC Office must do —
//     return, listing every deficiency, or forward — and the return deadline;
//   - submission.return_late: the dossier is deficient and was returned
//     after the return deadline, or the Office has not acted and asOf is
//     after it; its lateness runs from the return deadline to the return, or
//     to asOf when the dossier has not been returned, in calendar days and
//     in working days (details late_days and late_workdays);
//   - submission.accepted_incomplete: the dossier is deficient and the
//     Office forwarded it (then never also return_late);
//   - rules.not_in_force when Received is outside the rule set's period.
//
// A dissent counts when the disagreeing reply was received on or before the
// day the dossier was received (so on or before asOf): the Office judges the
// dossier as it arrived. An Office action dated after asOf has not happened
// yet.
//
// The arguments come first: a zero asOf or one outside the years 0001 to
// 9999, a nil dir or a nil rules yields input.invalid with subject "as_of",
// "directory" or "rules", one per bad argument, and nothing else.
//
// A submission that cannot be checked (see [Decide]) yields a single
// input.invalid finding naming the first field at fault, and nothing else,
// whatever its dates. A submission received after asOf does not exist yet:
// it gets no other finding than the input.invalid of a faulty office.date.
//
// A fault confined to office.date — missing while the Office's action is
// given, outside the years 0001 to 9999, or before Received — is local: it
// yields input.invalid on "office.date" and switches off return_late and
// accepted_incomplete, which read it; the deficiencies and the
// office_decision finding still come. CheckSubmission never panics and does
// not change its inputs.
func CheckSubmission(s Submission, dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date, opts SubmissionOptions) regulation.Findings {
	kind := regulation.RecordKindSubmission
	if fs := regulation.CheckArguments(kind, s.ID, dir, rules, asOf); len(fs) > 0 {
		return fs
	}
	v, officeDated := s.validate(dir)
	if !v.Checkable() || !regulation.Exists(s.Received, asOf) {
		return v.Findings()
	}
	fs := v.Findings()
	if f, ok := rules.NotInForce(kind, s.ID, s.Received); ok {
		fs = append(fs, f)
	}
	dec := decide(s, dir, rules, opts)
	fs = append(fs, dec.Deficiencies...)
	list := dec.Named(dir)
	fs = append(fs, rules.Finding(regulation.SubmissionOfficeDecision, kind, s.ID, "", regulation.Details{
		"action": dec.Action, "deadline": dec.Deadline, "deficiencies": list,
	}))
	office := s.Office
	if office.Date.After(asOf) {
		office = Office{}
	}
	if dec.Action == ActionReturn && officeDated {
		late := func(when calendar.Date) {
			days, workdays := regulation.Lateness(rules.WorkCalendar(), dec.Deadline, when)
			fs = append(fs, rules.Finding(regulation.SubmissionReturnLate, kind, s.ID, "", regulation.Details{
				"deadline": dec.Deadline, "returned": office.Date, "as_of": asOf,
				"late_days": days, "late_workdays": workdays,
			}))
		}
		switch {
		case office.Action == ActionForward:
			fs = append(fs, rules.Finding(regulation.SubmissionAcceptedIncomplete, kind, s.ID, "", regulation.Details{
				"forwarded": office.Date, "deficiencies": list,
			}))
		case office.Action == ActionReturn && office.Date.After(dec.Deadline):
			late(office.Date)
		case office.IsZero() && asOf.After(dec.Deadline):
			late(asOf)
		}
	}
	fs.Sort()
	return fs
}

// decide finds the deficiencies of the valid submission s, counting the
// dissent of replies received on or before the dossier, and decides.
func decide(s Submission, dir *regulation.Directory, rules *regulation.Rules, opts SubmissionOptions) Decision {
	kind := regulation.RecordKindSubmission
	p := rules.Submission
	var fs regulation.Findings
	add := func(c regulation.Code, subject string, d regulation.Details) {
		fs = append(fs, rules.Finding(c, kind, s.ID, subject, d))
	}
	has := func(c regulation.Component) bool { return slices.Contains(s.Components, c) }

	cons, linked := opts.Consultations[s.Consultation]
	linked = linked && s.Consultation != ""
	required := p.Required[s.Kind]
	if linked && len(cons.Replies) > 0 {
		required = append(required[:len(required):len(required)], p.RequiredWhenConsulted...)
	}
	var reported []regulation.Component
	for _, c := range required {
		// A missing summary is reported only as missing_summary.
		if c == regulation.ComponentSummary || has(c) || slices.Contains(reported, c) {
			continue
		}
		reported = append(reported, c)
		add(regulation.SubmissionMissingComponent, c.String(), regulation.Details{"component": c})
	}
	if s.Pages > p.SummaryAbovePages && !has(regulation.ComponentSummary) {
		add(regulation.SubmissionMissingSummary, "", regulation.Details{"pages": s.Pages, "limit": p.SummaryAbovePages})
	}
	if !s.OwnPosition {
		add(regulation.SubmissionNoOwnPosition, "", nil)
	}
	if linked {
		var dissenters []regulation.UnitID
		for _, r := range cons.Replies {
			if r.Stance != StanceDisagree || r.Received.IsZero() || r.Received.After(s.Received) || r.Unit == "" ||
				regulation.DateProblem(r.Received, cons.Sent, false) != regulation.ProblemUnknown {
				continue
			}
			if slices.Contains(s.DissentReported, r.Unit) || slices.Contains(dissenters, r.Unit) {
				continue
			}
			dissenters = append(dissenters, r.Unit)
			add(regulation.SubmissionDissentNotReported, string(r.Unit), regulation.Details{"consultation": s.Consultation})
		}
	}
	if signer, ok := dir.Person(s.SignedBy); ok && !signer.IsLeaderOf(s.From) {
		add(regulation.SubmissionSignerLevel, string(s.SignedBy), regulation.Details{"position": signer.Position})
	}
	switch s.Competence {
	case CompetenceSubmitter:
		add(regulation.SubmissionOwnCompetence, "", nil)
	case CompetenceOtherAgency:
		add(regulation.SubmissionOtherCompetence, "", nil)
	}
	fs.Sort()
	d := Decision{Action: ActionForward, Deadline: rules.WorkCalendar().AddWorkdays(s.Received, p.OfficeReturnWithin)}
	if len(fs) > 0 {
		d.Action, d.Deficiencies = ActionReturn, fs
	}
	return d
}
