package regulation

import "slices"

// UnitID is the id of a unit in a case, e.g. "STC".
type UnitID string

// PersonID is the id of a person in a case, e.g. "p1".
type PersonID string

// Unit is an agency under, or forming, the People's Committee: the PPC
// itself, its Office, a department (sở), a board (ban), a district People's
// Committee, …
type Unit struct {
	ID   UnitID   `json:"id"`
	Name string   `json:"name"`
	Kind UnitKind `json:"kind"`
}

// Person is an official with a position in one unit.
type Person struct {
	ID       PersonID `json:"id"`
	Name     string   `json:"name"`
	Unit     UnitID   `json:"unit"`
	Position Position `json:"position"`
}

// IsLeaderOf reports whether p is unit leadership (see
// [Position.IsUnitLeader]) of unit u.
func (p Person) IsLeaderOf(u UnitID) bool { return p.Unit == u && p.Position.IsUnitLeader() }

// Directory indexes the units, people and PPC members of a case. Build it
// once with [NewDirectory]; it is immutable afterwards and safe for
// concurrent use, and its lookups do not allocate. The zero value is an empty
// directory.
type Directory struct {
	units   []Unit
	people  []Person
	members []PersonID
	unitIx  map[UnitID]int32
	perIx   map[PersonID]int32
	member  []bool // by person index
	heads   []int32
	chair   int32 // person index of the Chairman plus one, 0 when none
}

// NewDirectory indexes units, people and the PPC's members. Entries that
// cannot be indexed (missing or duplicate ids, unknown kinds or positions, a
// person of an unknown unit, a member who is not a person of the case) are
// left out of the directory and each is reported as an input.invalid finding
// of record kind case, so that nothing is dropped silently; the directory
// holds everything else. NewDirectory copies its inputs.
func NewDirectory(units []Unit, people []Person, members []PersonID) (*Directory, Findings) {
	d := &Directory{
		unitIx: make(map[UnitID]int32, len(units)),
		perIx:  make(map[PersonID]int32, len(people)),
	}
	fs := d.indexUnits(units)
	fs = append(fs, d.indexPeople(people)...)
	fs = append(fs, d.indexMembers(members)...)
	fs.Sort()
	return d, fs
}

// indexUnits adds the units that can be indexed and reports the others.
func (d *Directory) indexUnits(units []Unit) Findings {
	var fs Findings
	for i, u := range units {
		field, prob := "", ProblemUnknown
		switch _, dup := d.unitIx[u.ID]; {
		case u.ID == "":
			field, prob = "id", ProblemMissing
		case u.Kind == UnitKindUnknown:
			field, prob = "kind", ProblemMissing
		case !unitKinds.Valid(u.Kind):
			field, prob = "kind", ProblemInvalidValue
		case dup:
			field, prob = "id", ProblemDuplicateID
		}
		if prob != ProblemUnknown {
			f := InvalidInput(RecordKindCase, "units", Path("units", i, field), prob)
			if prob == ProblemDuplicateID {
				f = f.withDetail("id", string(u.ID))
			}
			fs = append(fs, f)
			continue
		}
		d.unitIx[u.ID] = int32(len(d.units))
		d.units = append(d.units, u)
	}
	d.heads = make([]int32, len(d.units))
	for i := range d.heads {
		d.heads[i] = -1
	}
	return fs
}

// indexPeople adds the people who can be indexed, with the head of each
// unit and the Chairman, and reports the others. The units are indexed.
func (d *Directory) indexPeople(people []Person) Findings {
	var fs Findings
	for i, p := range people {
		field, prob := "", ProblemUnknown
		_, knownUnit := d.unitIx[p.Unit]
		_, dup := d.perIx[p.ID]
		switch {
		case p.ID == "":
			field, prob = "id", ProblemMissing
		case p.Unit == "":
			field, prob = "unit", ProblemMissing
		case p.Position == PositionUnknown:
			field, prob = "position", ProblemMissing
		case !positions.Valid(p.Position):
			field, prob = "position", ProblemInvalidValue
		case !knownUnit:
			field, prob = "unit", ProblemUnknownUnit
		case dup:
			field, prob = "id", ProblemDuplicateID
		}
		if prob != ProblemUnknown {
			fs = append(fs, InvalidInput(RecordKindCase, "people", Path("people", i, field), prob).withDetail("id", string(p.ID)))
			continue
		}
		ix := int32(len(d.people))
		d.perIx[p.ID] = ix
		d.people = append(d.people, p)
		if u := d.unitIx[p.Unit]; d.heads[u] < 0 && p.Position.IsHead() {
			d.heads[u] = ix
		}
		if d.chair == 0 && p.Position == PositionChairman {
			d.chair = ix + 1
		}
	}
	d.member = make([]bool, len(d.people))
	return fs
}

// indexMembers records the PPC's members and reports the entries that name
// no person of the directory, or one already listed. The people are
// indexed.
func (d *Directory) indexMembers(members []PersonID) Findings {
	var fs Findings
	for i, m := range members {
		ix, ok := d.perIx[m]
		switch {
		case m == "":
			fs = append(fs, InvalidInput(RecordKindCase, "ppc_members", Path("ppc_members", i, ""), ProblemMissing))
		case !ok:
			fs = append(fs, InvalidInput(RecordKindCase, "ppc_members", Path("ppc_members", i, ""), ProblemUnknownPerson).withDetail("id", string(m)))
		case d.member[ix]:
			fs = append(fs, InvalidInput(RecordKindCase, "ppc_members", Path("ppc_members", i, ""), ProblemDuplicateID).withDetail("id", string(m)))
		default:
			d.member[ix] = true
			d.members = append(d.members, m)
		}
	}
	return fs
}

// Unit returns the unit with id and whether it exists.
func (d *Directory) Unit(id UnitID) (Unit, bool) {
	if d == nil {
		return Unit{}, false
	}
	ix, ok := d.unitIx[id]
	if !ok {
		return Unit{}, false
	}
	return d.units[ix], true
}

// Person returns the person with id and whether they exist.
func (d *Directory) Person(id PersonID) (Person, bool) {
	if d == nil {
		return Person{}, false
	}
	ix, ok := d.perIx[id]
	if !ok {
		return Person{}, false
	}
	return d.people[ix], true
}

// NumUnits returns the number of units.
func (d *Directory) NumUnits() int {
	if d == nil {
		return 0
	}
	return len(d.units)
}

// NumPeople returns the number of people.
func (d *Directory) NumPeople() int {
	if d == nil {
		return 0
	}
	return len(d.people)
}

// NumMembers returns the number of the PPC's members.
func (d *Directory) NumMembers() int {
	if d == nil {
		return 0
	}
	return len(d.members)
}

// Units returns the units in the order given to NewDirectory, as a fresh
// slice that the caller may change.
func (d *Directory) Units() []Unit {
	if d == nil {
		return nil
	}
	return slices.Clone(d.units)
}

// People returns the people in the order given to NewDirectory, as a fresh
// slice that the caller may change.
func (d *Directory) People() []Person {
	if d == nil {
		return nil
	}
	return slices.Clone(d.people)
}

// Members returns the PPC's members (Ủy viên UBND tỉnh, including the
// Chairman and Vice-chairmen when listed) in the order given, as a fresh
// slice that the caller may change.
func (d *Directory) Members() []PersonID {
	if d == nil {
		return nil
	}
	return slices.Clone(d.members)
}

// IsMember reports whether the person id is a member of the PPC.
func (d *Directory) IsMember(id PersonID) bool {
	if d == nil {
		return false
	}
	ix, ok := d.perIx[id]
	return ok && d.member[ix]
}

// HeadOf returns the head of unit u: the first person of the unit whose
// position is head, acting head or (for the PPC) chairman.
func (d *Directory) HeadOf(u UnitID) (Person, bool) {
	if d == nil {
		return Person{}, false
	}
	ix, ok := d.unitIx[u]
	if !ok || d.heads[ix] < 0 {
		return Person{}, false
	}
	return d.people[d.heads[ix]], true
}

// Chairman returns the Chairman of the PPC: the first person whose position
// is chairman.
func (d *Directory) Chairman() (Person, bool) {
	if d == nil {
		return Person{}, false
	}
	if d.chair == 0 {
		return Person{}, false
	}
	return d.people[d.chair-1], true
}
