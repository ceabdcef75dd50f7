package meeting

import (
	"time"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// Meeting is the record of one meeting (cuộc họp) chaired by the PPC or one
// of its leaders: who was invited at which level, who came for which unit,
// who reported an absence and who approved it, and the dates that bound its
// preparation and follow-up. Its JSON form is the "meetings" entry of a
// quyche.case/v1 file.
//
// Optional dates are the zero calendar.Date when not recorded, and an
// unrecorded date is not checked (except the conclusion notice, whose
// absence past its deadline is itself the fault). A wrong InvitationSent,
// DocumentsSent or ConclusionIssued is reported on its own and switches off
// only the rule that reads it (see [Check]). The zero Meeting is not a
// valid record: [Check] reports its missing id as input.invalid.
type Meeting struct {
	ID    string              `json:"id"`
	Kind  Kind                `json:"kind"`
	Chair regulation.PersonID `json:"chair"` // who chairs (chủ trì) the meeting
	Date  calendar.Date       `json:"date"`
	// Start is when the meeting starts; it must fall on Date in Vietnam
	// (UTC+7). When it is zero, an absence report counts as on time only if
	// filed before 00:00 (UTC+7) of Date.
	Start time.Time `json:"start,omitzero"`
	// Urgent exempts the invitation from the lead time of
	// meeting.invitation_late.
	Urgent           bool          `json:"urgent,omitempty"`
	InvitationSent   calendar.Date `json:"invitation_sent,omitzero"`
	DocumentsSent    calendar.Date `json:"documents_sent,omitzero"`    // PPC sessions: the session's documents
	NeedsConclusion  bool          `json:"needs_conclusion,omitempty"` // a conclusion notice (thông báo kết luận) must follow
	ConclusionIssued calendar.Date `json:"conclusion_issued,omitzero"`
	Invitations      []Invitation  `json:"invitations,omitempty"`
	Attendees        []Attendee    `json:"attendees,omitempty"`
	Absences         []Absence     `json:"absences,omitempty"`
}

// Invitation invites a unit to the meeting at a level: its head in person,
// or any member of its leadership.
type Invitation struct {
	Unit  regulation.UnitID `json:"unit"`
	Level Level             `json:"level"`
}

// Attendee is a person who attended. ForUnit is the unit they represent;
// empty means their own unit. A PPC member attends as a member whatever
// ForUnit says, and also represents their own unit. ApprovedBy is who
// approved a deputy attending in place of an invited head: it counts only
// when it is the meeting's chair, the Chairman or a Vice-chairman.
type Attendee struct {
	Person     regulation.PersonID `json:"person"`
	ForUnit    regulation.UnitID   `json:"for_unit,omitempty"`
	ApprovedBy regulation.PersonID `json:"approved_by,omitempty"`
}

// Absence is a reported absence (báo cáo vắng mặt) of a PPC member or of
// the head of an invited unit. Unit is the unit whose absence it reports;
// empty means the absent person's unit. Reported is when the report was
// filed (zero: not recorded, then its timeliness is not checked).
// ApprovedBy is who consented; for a PPC member at a PPC session only the
// Chairman's consent counts.
type Absence struct {
	Person     regulation.PersonID `json:"person"`
	Unit       regulation.UnitID   `json:"unit,omitempty"`
	Reported   time.Time           `json:"reported,omitzero"`
	ApprovedBy regulation.PersonID `json:"approved_by,omitempty"`
}

// Kind is the kind of a meeting. The zero value is KindUnknown, which a
// valid record never has.
type Kind uint8

// Meeting kinds; the comment gives each one's name in the quyche.case/v1
// format.
const (
	KindUnknown         Kind = iota
	KindRegular              // regular: phiên họp thường kỳ UBND tỉnh, monthly
	KindThematic             // thematic: phiên họp chuyên đề or bất thường
	KindWorking              // working: chaired by the Chairman or a Vice-chairman
	KindInterSectoral        // inter_sectoral: liên ngành
	KindFieldInspection      // field_inspection: kiểm tra thực địa
)

var kinds = regulation.DefineEnum[Kind]("Kind", []regulation.EnumValue{
	KindUnknown:         {Label: regulation.Text{VI: "không rõ", EN: "unknown"}},
	KindRegular:         {Name: "regular", Label: regulation.Text{VI: "phiên họp thường kỳ UBND tỉnh", EN: "regular PPC session"}},
	KindThematic:        {Name: "thematic", Label: regulation.Text{VI: "phiên họp chuyên đề UBND tỉnh", EN: "thematic PPC session"}},
	KindWorking:         {Name: "working", Label: regulation.Text{VI: "cuộc họp làm việc", EN: "working meeting"}},
	KindInterSectoral:   {Name: "inter_sectoral", Label: regulation.Text{VI: "cuộc họp liên ngành", EN: "inter-sectoral meeting"}},
	KindFieldInspection: {Name: "field_inspection", Label: regulation.Text{VI: "kiểm tra thực địa", EN: "field inspection"}},
})

// String returns the snake_case name of k; it never panics.
func (k Kind) String() string { return kinds.String(k) }

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return kinds.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is a
// *regulation.EnumError.
func (k *Kind) UnmarshalText(b []byte) (err error) { *k, err = kinds.Parse(b); return err }

// Localize returns the Vietnamese or English name of k.
func (k Kind) Localize(l regulation.Lang) string { return kinds.Localize(k, l) }

// IsSession reports whether k is a session (phiên họp) of the PPC — regular
// or thematic —, to which quorum, members' absences and documents lead time
// apply.
func (k Kind) IsSession() bool { return k == KindRegular || k == KindThematic }

func (k Kind) valid() bool { return kinds.Valid(k) }

// Level is the level at which an invitation names a unit's representative.
// The zero value is LevelUnknown, which a valid invitation never has.
type Level uint8

// Invitation levels; the comment gives each one's name in the
// quyche.case/v1 format.
const (
	LevelUnknown    Level = iota
	LevelHead             // head: the head in person (or the acting head)
	LevelLeadership       // leadership: the head, the acting head or a deputy head
)

var levels = regulation.DefineEnum[Level]("Level", []regulation.EnumValue{
	LevelUnknown:    {Label: regulation.Text{VI: "không rõ", EN: "unknown"}},
	LevelHead:       {Name: "head", Label: regulation.Text{VI: "mời người đứng đầu", EN: "head invited"}},
	LevelLeadership: {Name: "leadership", Label: regulation.Text{VI: "mời lãnh đạo đơn vị", EN: "unit leadership invited"}},
})

// String returns the snake_case name of l; it never panics.
func (l Level) String() string { return levels.String(l) }

// MarshalText implements encoding.TextMarshaler.
func (l Level) MarshalText() ([]byte, error) { return levels.Marshal(l) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is a
// *regulation.EnumError.
func (l *Level) UnmarshalText(b []byte) (err error) { *l, err = levels.Parse(b); return err }

// Localize returns the Vietnamese or English description of l, as messages
// show it.
func (l Level) Localize(lang regulation.Lang) string { return levels.Localize(l, lang) }

// MetBy reports whether a leader of the invited unit holding position p
// meets level l: the head or acting head (the Chairman for the PPC itself)
// meets both levels; a deputy head (a Vice-chairman for the PPC) meets only
// LevelLeadership.
func (l Level) MetBy(p regulation.Position) bool {
	switch l {
	case LevelHead:
		return p.IsHead()
	case LevelLeadership:
		return p.IsUnitLeader()
	}
	return false
}

func (l Level) valid() bool { return levels.Valid(l) }
