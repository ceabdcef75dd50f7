package task

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// Addressee is whom a submission is addressed to. The zero value is
// AddresseeUnknown.
type Addressee uint8

// Addressees, as named in rules.md.
const (
	AddresseeUnknown      Addressee = iota
	AddresseePPC                    // ppc: the People's Committee collectively (UBND tỉnh)
	AddresseePPCChairman            // ppc_chairman: Chủ tịch UBND tỉnh
	AddresseeViceChairman           // vice_chairman: Phó Chủ tịch UBND tỉnh
)

var csAddressees = regulation.NewEnumSet[Addressee]("Addressee",
	"ppc", "ppc_chairman", "vice_chairman")

var csAddresseeText = [...][2]string{
	{"không rõ", "unknown"},
	{"UBND tỉnh", "the PPC"},
	{"Chủ tịch UBND tỉnh", "the PPC Chairman"},
	{"Phó Chủ tịch UBND tỉnh", "a PPC Vice-chairman"},
}

// String returns the snake_case name of a; "unknown" for the zero value.
func (a Addressee) String() string { return csAddressees.String(a) }

// MarshalText implements encoding.TextMarshaler.
func (a Addressee) MarshalText() ([]byte, error) { return csAddressees.Marshal(a) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is a
// *regulation.EnumError.
func (a *Addressee) UnmarshalText(b []byte) (err error) { *a, err = csAddressees.Parse(b); return err }

// Localize returns the Vietnamese or English name of a.
func (a Addressee) Localize(l regulation.Lang) string {
	return csLocalize(csAddresseeText[:], uint8(a), l, a.String())
}

// Competence says whose authority (thẩm quyền) the submitted matter falls
// under. The zero value is CompetenceUnknown.
type Competence uint8

// Competences, as named in rules.md.
const (
	CompetenceUnknown     Competence = iota
	CompetenceAddressee              // addressee: the PPC or its Chairman decides
	CompetenceSubmitter              // submitter: the submitting unit could decide itself
	CompetenceOtherAgency            // other_agency: the matter belongs to another agency
)

var csCompetences = regulation.NewEnumSet[Competence]("Competence",
	"addressee", "submitter", "other_agency")

var csCompetenceText = [...][2]string{
	{"không rõ", "unknown"},
	{"thuộc thẩm quyền của cấp trình", "within the addressee's authority"},
	{"thuộc thẩm quyền của đơn vị trình", "within the submitting unit's authority"},
	{"thuộc thẩm quyền của cơ quan khác", "within another agency's authority"},
}

// String returns the snake_case name of c; "unknown" for the zero value.
func (c Competence) String() string { return csCompetences.String(c) }

// MarshalText implements encoding.TextMarshaler.
func (c Competence) MarshalText() ([]byte, error) { return csCompetences.Marshal(c) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is a
// *regulation.EnumError.
func (c *Competence) UnmarshalText(b []byte) (err error) {
	*c, err = csCompetences.Parse(b)
	return err
}

// Localize returns the Vietnamese or English description of c.
func (c Competence) Localize(l regulation.Lang) string {
	return csLocalize(csCompetenceText[:], uint8(c), l, c.String())
}

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
//     after it;
//   - submission.accepted_incomplete: the dossier is deficient and the
//     Office forwarded it (then never also return_late);
//   - rules.not_in_force when Received is outside the rule set's period.
//
// A dissent counts when the disagreeing reply was received on or before both
// asOf and the day the dossier was received: the Office judges the dossier as
// it arrived. An Office action dated after asOf has not happened yet.
//
// A submission that cannot be checked (see [Decide]) yields a single
// input.invalid finding naming the first field at fault, and nothing else; so
// does a zero asOf. CheckSubmission never panics and does not change its
// inputs.
func CheckSubmission(s Submission, dir *regulation.Directory, rules *regulation.Rules, asOf calendar.Date, opts SubmissionOptions) regulation.Findings {
	kind := regulation.SubmissionRecord
	if f, ok := s.csValidate(dir, rules); !ok {
		return regulation.Findings{f}
	}
	if asOf.IsZero() {
		return regulation.Findings{regulation.InvalidInput(kind, s.ID, "as_of", regulation.ProblemMissing)}
	}
	if p := csDateProblem(asOf, calendar.Date{}); p != regulation.ProblemUnknown {
		return regulation.Findings{regulation.InvalidInput(kind, s.ID, "as_of", p)}
	}
	var fs regulation.Findings
	if f, ok := rules.NotInForce(kind, s.ID, s.Received); ok {
		fs = append(fs, f)
	}
	cutoff := asOf
	if s.Received.Before(cutoff) {
		cutoff = s.Received
	}
	dec := csDecide(s, dir, rules, opts, cutoff)
	fs = append(fs, dec.Deficiencies...)
	list := dec.DeficiencyList()
	fs = append(fs, rules.Finding(regulation.SubmissionOfficeDecision, kind, s.ID, "", regulation.Details{
		"action": dec.Action, "deadline": dec.Deadline, "deficiencies": list,
	}))
	office := s.Office
	if office.Date.After(asOf) {
		office = Office{}
	}
	if dec.Action == ActionReturn {
		switch {
		case office.Action == ActionForward:
			fs = append(fs, rules.Finding(regulation.SubmissionAcceptedIncomplete, kind, s.ID, "", regulation.Details{
				"forwarded": office.Date, "deficiencies": list,
			}))
		case office.Action == ActionReturn && office.Date.After(dec.Deadline),
			office.IsZero() && asOf.After(dec.Deadline):
			fs = append(fs, rules.Finding(regulation.SubmissionReturnLate, kind, s.ID, "", regulation.Details{
				"deadline": dec.Deadline, "returned": office.Date, "as_of": asOf,
			}))
		}
	}
	fs.Sort()
	return fs
}

// csDecide finds the deficiencies of the valid submission s, counting the
// dissent of replies received on or before cutoff, and decides.
func csDecide(s Submission, dir *regulation.Directory, rules *regulation.Rules, opts SubmissionOptions, cutoff calendar.Date) Decision {
	kind := regulation.SubmissionRecord
	p := rules.Submission
	var fs regulation.Findings
	add := func(c regulation.Code, subject string, d regulation.Details) {
		fs = append(fs, rules.Finding(c, kind, s.ID, subject, d))
	}
	has := func(c regulation.Component) bool {
		for _, x := range s.Components {
			if x == c {
				return true
			}
		}
		return false
	}

	cons, linked := opts.Consultations[s.Consultation]
	linked = linked && s.Consultation != ""
	required := p.Required[s.Kind]
	if linked && len(cons.Replies) > 0 {
		required = append(required[:len(required):len(required)], p.RequiredWhenConsulted...)
	}
	var reported []regulation.Component
	for _, c := range required {
		// A missing summary is reported only as missing_summary.
		if c == regulation.Summary || has(c) || csContains(reported, c) {
			continue
		}
		reported = append(reported, c)
		add(regulation.SubmissionMissingComponent, c.String(), regulation.Details{"component": c})
	}
	if s.Pages > p.SummaryAbovePages && !has(regulation.Summary) {
		add(regulation.SubmissionMissingSummary, "", regulation.Details{"pages": s.Pages, "limit": p.SummaryAbovePages})
	}
	if !s.OwnPosition {
		add(regulation.SubmissionNoOwnPosition, "", nil)
	}
	if linked {
		var dissenters []regulation.UnitID
		for _, r := range cons.Replies {
			if r.Stance != StanceDisagree || r.Received.IsZero() || r.Received.After(cutoff) || r.Unit == "" {
				continue
			}
			if csContains(s.DissentReported, r.Unit) || csContains(dissenters, r.Unit) {
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
	d := Decision{Action: ActionForward, Deadline: rules.Cal().AddWorkdays(s.Received, p.OfficeReturnWithin)}
	if len(fs) > 0 {
		d.Action, d.Deficiencies = ActionReturn, fs
	}
	return d
}

// csContains reports whether xs holds x.
func csContains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// csValidate returns the input.invalid finding of the first field of s that
// makes it uncheckable, and false; or true when s can be checked.
func (s Submission) csValidate(dir *regulation.Directory, rules *regulation.Rules) (regulation.Finding, bool) {
	bad := func(field string, p regulation.Problem) (regulation.Finding, bool) {
		return regulation.InvalidInput(regulation.SubmissionRecord, s.ID, field, p), false
	}
	// enum returns the problem of a required enum value: missing when zero,
	// invalid when its name is unknown.
	enum := func(zero bool, marshal func() ([]byte, error)) regulation.Problem {
		if zero {
			return regulation.ProblemMissing
		}
		if _, err := marshal(); err != nil {
			return regulation.ProblemInvalidValue
		}
		return regulation.ProblemUnknown
	}
	if rules == nil {
		return bad("rules", regulation.ProblemMissing)
	}
	if s.ID == "" {
		return bad("id", regulation.ProblemMissing)
	}
	if s.From == "" {
		return bad("from", regulation.ProblemMissing)
	}
	if dir != nil && !csKnownUnit(dir, s.From) {
		return bad("from", regulation.ProblemUnknownUnit)
	}
	if p := enum(s.To == AddresseeUnknown, s.To.MarshalText); p != regulation.ProblemUnknown {
		return bad("to", p)
	}
	if p := enum(s.Kind == regulation.SubmissionKindUnknown, s.Kind.MarshalText); p != regulation.ProblemUnknown {
		return bad("kind", p)
	}
	if p := enum(s.Competence == CompetenceUnknown, s.Competence.MarshalText); p != regulation.ProblemUnknown {
		return bad("competence", p)
	}
	if s.Received.IsZero() {
		return bad("received", regulation.ProblemMissing)
	}
	if p := csDateProblem(s.Received, calendar.Date{}); p != regulation.ProblemUnknown {
		return bad("received", p)
	}
	if s.Pages < 0 {
		return bad("pages", regulation.ProblemNegative)
	}
	for i, c := range s.Components {
		if p := enum(c == regulation.ComponentUnknown, c.MarshalText); p != regulation.ProblemUnknown {
			return bad(csField("components", i, ""), p)
		}
	}
	for i, u := range s.DissentReported {
		switch {
		case u == "":
			return bad(csField("dissent_reported", i, ""), regulation.ProblemMissing)
		case dir != nil && !csKnownUnit(dir, u):
			return bad(csField("dissent_reported", i, ""), regulation.ProblemUnknownUnit)
		}
	}
	if s.SignedBy == "" {
		return bad("signed_by", regulation.ProblemMissing)
	}
	if dir != nil {
		if _, ok := dir.Person(s.SignedBy); !ok {
			return bad("signed_by", regulation.ProblemUnknownPerson)
		}
	}
	if !s.Office.IsZero() {
		if p := enum(s.Office.Action == ActionUnknown, s.Office.Action.MarshalText); p != regulation.ProblemUnknown {
			return bad("office.action", p)
		}
		if s.Office.Date.IsZero() {
			return bad("office.date", regulation.ProblemMissing)
		}
		if p := csDateProblem(s.Office.Date, s.Received); p != regulation.ProblemUnknown {
			return bad("office.date", p)
		}
	}
	return regulation.Finding{}, true
}
