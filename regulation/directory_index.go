package regulation

// This file is low-level API: the dense indexes of a Directory, for the
// checks of packages task, meeting and signoff, which keep per-unit and
// per-person state in slices (or bit sets) instead of maps so that checking
// a valid record allocates nothing. Integrators look people and units up by
// id ([Directory.Person], [Directory.Unit]); these are exported only
// because Go gives the domain packages no other way to reach them.

// UnitIndex returns the dense index (0 ≤ i < NumUnits) of the unit id, so
// that checks can keep per-unit state in slices instead of maps. It is
// low-level API, for the checks of quyche.
func (d *Directory) UnitIndex(id UnitID) (int, bool) {
	if d == nil {
		return 0, false
	}
	ix, ok := d.unitIx[id]
	return int(ix), ok
}

// PersonIndex returns the dense index (0 ≤ i < NumPeople) of the person id.
// It is low-level API, for the checks of quyche.
func (d *Directory) PersonIndex(id PersonID) (int, bool) {
	if d == nil {
		return 0, false
	}
	ix, ok := d.perIx[id]
	return int(ix), ok
}

// UnitAt returns the unit of dense index i; it panics when i is out of range,
// like a slice index. It is low-level API, for the checks of quyche.
func (d *Directory) UnitAt(i int) Unit { return d.units[i] }

// PersonAt returns the person of dense index i; it panics when i is out of
// range, like a slice index. It is low-level API, for the checks of quyche.
func (d *Directory) PersonAt(i int) Person { return d.people[i] }

// MemberAt returns the i-th of the PPC's members (0 ≤ i < NumMembers), in
// the order given to NewDirectory, without copying the list as Members
// does; it panics when i is out of range, like a slice index. It is
// low-level API, for the checks of quyche.
func (d *Directory) MemberAt(i int) PersonID { return d.members[i] }
