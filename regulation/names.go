package regulation

import "strings"

// PersonRef names a person in a finding's details: JSON and text
// marshalling keep the id (an archive keeps what the case file says), while
// a message shows the name and, when Position is known, the position:
// "Nguyễn Văn A (trưởng phòng)". A person the directory does not know shows
// as the id. Build it with [Directory.PersonRef].
type PersonRef struct {
	ID       PersonID
	Name     string   // "" when the directory does not know the person
	Position Position // PositionUnknown: the message shows no position
}

// MarshalText implements encoding.TextMarshaler: the id.
func (p PersonRef) MarshalText() ([]byte, error) { return []byte(p.ID), nil }

// String returns the id.
func (p PersonRef) String() string { return string(p.ID) }

// Localize returns the name with the position in language l,
// "Nguyễn Văn A (trưởng phòng)" / "Nguyễn Văn A (division head)"; the name
// alone when the position is unknown; the id when the name is unknown.
func (p PersonRef) Localize(l Lang) string {
	if p.Name == "" {
		return string(p.ID)
	}
	if p.Position == PositionUnknown {
		return p.Name
	}
	return p.Name + " (" + p.Position.Localize(l) + ")"
}

// NameOnly returns p without its position, for messages that show the
// position apart ("{signer} ({position}) ký thay đơn vị").
func (p PersonRef) NameOnly() PersonRef {
	p.Position = PositionUnknown
	return p
}

// PersonRefs is a list of people in a finding's details: JSON writes the
// list of ids, a message the names joined by ", " ("không có" / "none" for
// an empty list).
type PersonRefs []PersonRef

// Localize returns the names of ps in language l, joined by ", ".
func (ps PersonRefs) Localize(l Lang) string { return JoinLocalized(ps, ", ", l) }

// JoinLocalized renders each item of a list in language l and joins them
// with sep; an empty list reads "không có" / "none". It is low-level API:
// the list types of findings' details use it to render themselves.
func JoinLocalized[T Localizer](items []T, sep string, l Lang) string {
	if len(items) == 0 {
		return Text{"không có", "none"}.In(l)
	}
	var b strings.Builder
	for i, x := range items {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(x.Localize(l))
	}
	return b.String()
}

// UnitRef names a unit in a finding's details: JSON and text marshalling
// keep the id, a message shows the unit's name ("Sở Tài chính"); a unit the
// directory does not know shows as the id. Build it with
// [Directory.UnitRef].
type UnitRef struct {
	ID   UnitID
	Name string // "" when the directory does not know the unit
}

// MarshalText implements encoding.TextMarshaler: the id.
func (u UnitRef) MarshalText() ([]byte, error) { return []byte(u.ID), nil }

// String returns the id.
func (u UnitRef) String() string { return string(u.ID) }

// Localize returns the unit's name (names are the same in both languages),
// or its id when the name is unknown.
func (u UnitRef) Localize(Lang) string {
	if u.Name == "" {
		return string(u.ID)
	}
	return u.Name
}

// PersonRef returns the detail value that names the person id: with the
// person's name and position when d knows them, the id alone otherwise. It
// does not allocate.
func (d *Directory) PersonRef(id PersonID) PersonRef {
	if p, ok := d.Person(id); ok {
		return PersonRef{ID: id, Name: p.Name, Position: p.Position}
	}
	return PersonRef{ID: id}
}

// UnitRef returns the detail value that names the unit id: with the unit's
// name when d knows it, the id alone otherwise. It does not allocate.
func (d *Directory) UnitRef(id UnitID) UnitRef {
	if u, ok := d.Unit(id); ok {
		return UnitRef{ID: id, Name: u.Name}
	}
	return UnitRef{ID: id}
}

// subjectKind is what the subject of a finding names.
type subjectKind uint8

const (
	namesText         subjectKind = iota // as written: a field path, or empty
	namesUnit                            // a unit
	namesPerson                          // a person
	namesUnitOrPerson                    // a unit or a PPC member
	namesComponent                       // a dossier component
)

// subjectOf returns what the subject of a finding of code c on a record of
// kind names (see [Directory.Subject]).
func subjectOf(c Code, kind RecordKind) subjectKind {
	switch c {
	case SubmissionSignerLevel, MeetingMemberAbsentUnapproved, SignoffChairUnsigned, SignoffSecretaryUnsigned:
		return namesPerson
	case MeetingAbsenceReportLate:
		return namesUnitOrPerson
	case SubmissionMissingComponent:
		return namesComponent
	case SignoffDelegationInvalid:
		if kind == RecordKindDelegation {
			return namesPerson
		}
		return namesUnit
	case InputInvalid, RulesNotInForce:
		return namesText
	}
	switch c.Family() {
	case "task", "consult", "meeting", "signoff", "submission":
		return namesUnit
	}
	return namesText
}

// Subject returns the subject of f as people read it, as a value that
// renders itself in either language: a [PersonRef] (with the position) when
// the subject is a person, a [UnitRef] when it is a unit, a [Component] for
// submission.missing_component, and otherwise the subject as written (a
// field path for input.invalid). A subject the directory does not know
// renders as written. What the subject of each code is: the coordinating
// unit for consult.*, the lead unit for task.*, the invited unit for
// meeting.* (the member for meeting.member_absent_unapproved, the unit or
// the member for meeting.absence_report_late), the unit signed for in
// signoff.* (the chair or the secretary for signoff.chair_unsigned and
// signoff.secretary_unsigned, the grantee for a delegation's
// signoff.delegation_invalid), the signer for submission.signer_level, the
// dissenting unit for submission.dissent_not_reported, the component for
// submission.missing_component.
func (d *Directory) Subject(f Finding) Localizer {
	if f.Subject == "" {
		return plainText("")
	}
	switch subjectOf(f.Code, f.Kind) {
	case namesUnit:
		return d.UnitRef(UnitID(f.Subject))
	case namesPerson:
		return d.PersonRef(PersonID(f.Subject))
	case namesUnitOrPerson:
		if _, ok := d.Unit(UnitID(f.Subject)); ok {
			return d.UnitRef(UnitID(f.Subject))
		}
		return d.PersonRef(PersonID(f.Subject))
	case namesComponent:
		var c Component
		if c.UnmarshalText([]byte(f.Subject)) == nil && c != ComponentUnknown {
			return c
		}
	}
	return plainText(f.Subject)
}

// SubjectUnit returns the unit the subject of f is or belongs to — the unit
// itself, or the unit of the person — and false when the subject names
// neither a unit nor a person of d.
func (d *Directory) SubjectUnit(f Finding) (UnitID, bool) {
	switch s := d.Subject(f).(type) {
	case UnitRef:
		if _, ok := d.Unit(s.ID); ok {
			return s.ID, true
		}
	case PersonRef:
		if p, ok := d.Person(s.ID); ok {
			return p.Unit, true
		}
	}
	return "", false
}

// plainText is a text that reads the same in every language.
type plainText string

func (t plainText) Localize(Lang) string { return string(t) }
