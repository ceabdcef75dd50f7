package task

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// Action is what the PPC Office (Văn phòng UBND tỉnh) does with a dossier it
// receives (Article 24 of the Kon Tum regulation). The zero value is
// ActionUnknown: no action, or no decision possible.
type Action uint8

// Actions; the comment gives each one's name in the case file.
const (
	ActionUnknown Action = iota
	ActionReturn         // return: trả lại hồ sơ for the unit to complete
	ActionForward        // forward: chuyển trình to the PPC or its leaders
)

var actions = regulation.DefineEnum[Action]("Action", []regulation.EnumValue{
	ActionUnknown: {Label: regulation.Text{VI: "chưa xác định", EN: "undecided"}},
	ActionReturn:  {Name: "return", Label: regulation.Text{VI: "trả lại", EN: "return"}},
	ActionForward: {Name: "forward", Label: regulation.Text{VI: "chuyển trình", EN: "forward"}},
})

// String returns the snake_case name of a ("return", "forward"); "unknown"
// for the zero value.
func (a Action) String() string { return actions.String(a) }

// MarshalText implements encoding.TextMarshaler.
func (a Action) MarshalText() ([]byte, error) { return actions.Marshal(a) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is a
// *regulation.EnumError.
func (a *Action) UnmarshalText(b []byte) (err error) { *a, err = actions.Parse(b); return err }

// Localize returns the Vietnamese or English name of a: "trả lại" / "return",
// "chuyển trình" / "forward".
func (a Action) Localize(l regulation.Lang) string { return actions.Localize(a, l) }

// Office is the PPC Office's recorded action on a submission and its date.
// The zero value means the Office has not acted yet.
type Office struct {
	Action Action        `json:"action"`
	Date   calendar.Date `json:"date"`
}

// IsZero reports whether o records no action.
func (o Office) IsZero() bool { return o == Office{} }

// Decision is the PPC Office's decision on a dossier: return it when it is
// deficient, else forward it. Deadline is the last day to return it (the
// receipt date plus rules.Submission.OfficeReturnWithin working days).
// Deficiencies are the findings that make the dossier deficient (every
// submission.* violation except return_late and accepted_incomplete), sorted,
// with the submission as their record: a return lists them all, a forward
// has none.
//
// When the submission cannot be checked, Action is ActionUnknown, Deadline
// is zero and Deficiencies holds the input.invalid findings: one per bad
// argument of [Decide], or else the single fault of the submission.
type Decision struct {
	Action       Action
	Deadline     calendar.Date
	Deficiencies regulation.Findings
}

// DeficiencyList returns the deficiencies as short labels, "code" or
// "code: subject" ("submission.missing_component: opinions"), in the order of
// Deficiencies; an empty, non-nil slice when there are none. They are what
// the deficiencies detail of submission.office_decision writes in JSON
// ([Decision.Named] gives the detail itself).
func (d Decision) DeficiencyList() []string {
	list := make([]string, 0, len(d.Deficiencies))
	for _, f := range d.Deficiencies {
		s := string(f.Code)
		if f.Subject != "" {
			s += ": " + f.Subject
		}
		list = append(list, s)
	}
	return list
}

// Decide returns the PPC Office's decision on the submission s under rules,
// with dir the units and people of the case and opts the consultations, as of
// the day the dossier was received: an e-office system can call it when a
// dossier arrives. The dossier is deficient, and is to be returned, when:
//
//   - a component required by rules.Submission.Required for its kind is
//     missing (submission.missing_component, one per component; the opinions
//     and their synthesis of rules.Submission.RequiredWhenConsulted too when
//     the linked consultation is in opts and has at least one reply entry);
//     a summary listed there is never reported as a missing component;
//   - it has more than rules.Submission.SummaryAbovePages pages and no
//     summary (submission.missing_summary);
//   - it does not state the unit's own position (submission.no_own_position);
//   - a consulted unit of the linked consultation disagreed in a reply
//     received on or before the dossier, and the dossier does not report it
//     (submission.dissent_not_reported, one per unit);
//   - the signer is not unit leadership of the submitting unit
//     (submission.signer_level);
//   - the matter is the unit's own or another agency's
//     (submission.own_competence, submission.other_competence).
//
// A reply whose received date is impossible (outside the years 0001 to
// 9999, or before the consultation was sent) is not counted as dissent: when
// it came is unknown. [CheckConsultation] reports that date.
//
// A nil dir or a nil rules is input.invalid (subject "directory" or
// "rules"), as in the checks; a submission that cannot be checked (a
// structural fault, see [CheckSubmission]) too. The Office's action is not
// read: a fault of office.date does not change the decision. Decide never
// panics and does not change its inputs; see [Decision] for a submission
// that cannot be checked. [CheckSubmission] reports the same decision as a
// submission.office_decision finding.
func Decide(s Submission, dir *regulation.Directory, rules *regulation.Rules, opts SubmissionOptions) Decision {
	kind := regulation.RecordKindSubmission
	var args regulation.Findings // in the order of regulation.CheckArguments
	if dir == nil {
		args = append(args, regulation.InvalidInput(kind, s.ID, regulation.ArgDirectory, regulation.ProblemMissing))
	}
	if rules == nil {
		args = append(args, regulation.InvalidInput(kind, s.ID, regulation.ArgRules, regulation.ProblemMissing))
	}
	if len(args) > 0 {
		return Decision{Deficiencies: args}
	}
	if v, _ := s.validate(dir); !v.Checkable() {
		return Decision{Deficiencies: v.Findings()}
	}
	return decide(s, dir, rules, opts)
}
