package regulation

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

func testDirectory(t testing.TB) *Directory {
	t.Helper()
	d, fs := NewDirectory(
		[]Unit{{"UBND", "Ủy ban nhân dân tỉnh", UnitKindPPC}, {"STC", "Sở Tài chính", UnitKindDepartment}, {"SXD", "Sở Xây dựng", UnitKindDepartment}},
		[]Person{
			{"p0", "Chủ tịch", "UBND", PositionChairman},
			{"p1", "Giám đốc STC", "STC", PositionHead},
			{"p2", "Phó Giám đốc STC", "STC", PositionDeputyHead},
			{"p3", "Chuyên viên STC", "STC", PositionSpecialist},
			{"p4", "Quyền Giám đốc SXD", "SXD", PositionActingHead},
		},
		[]PersonID{"p0", "p1"},
	)
	if len(fs) != 0 {
		t.Fatalf("unexpected findings: %v", fs)
	}
	return d
}

func TestDirectoryLookups(t *testing.T) {
	d := testDirectory(t)
	if u, ok := d.Unit("STC"); !ok || u.Kind != UnitKindDepartment {
		t.Errorf("Unit(STC) = %v, %v", u, ok)
	}
	if _, ok := d.Unit("NOPE"); ok {
		t.Error("Unit(NOPE) found")
	}
	if h, ok := d.HeadOf("STC"); !ok || h.ID != "p1" {
		t.Errorf("HeadOf(STC) = %v, %v", h, ok)
	}
	if h, ok := d.HeadOf("SXD"); !ok || h.ID != "p4" {
		t.Errorf("HeadOf(SXD) = %v, %v: an acting head heads the unit", h, ok)
	}
	if c, ok := d.Chairman(); !ok || c.ID != "p0" {
		t.Errorf("Chairman() = %v, %v", c, ok)
	}
	if !d.IsMember("p1") || d.IsMember("p2") || d.IsMember("zz") {
		t.Error("IsMember wrong")
	}
	if i, ok := d.PersonIndex("p3"); !ok || d.PersonAt(i).ID != "p3" {
		t.Errorf("PersonIndex(p3) = %d, %v", i, ok)
	}
	if d.NumUnits() != 3 || d.NumPeople() != 5 || len(d.Members()) != 2 {
		t.Errorf("sizes %d %d %d", d.NumUnits(), d.NumPeople(), len(d.Members()))
	}
	p, _ := d.Person("p2")
	if !p.IsLeaderOf("STC") || p.IsLeaderOf("SXD") {
		t.Error("IsLeaderOf wrong")
	}
}

func TestDirectoryLookupsDoNotAllocate(t *testing.T) {
	d := testDirectory(t)
	id := PersonID("p3")
	u := UnitID("STC")
	allocs := testing.AllocsPerRun(100, func() {
		d.Person(id)
		d.Unit(u)
		d.IsMember(id)
		d.HeadOf(u)
		d.UnitIndex(u)
		d.MemberAt(0)
	})
	if allocs != 0 {
		t.Errorf("lookups allocate %v times", allocs)
	}
}

func TestDirectoryZeroAndNil(t *testing.T) {
	var zero Directory
	var nilDir *Directory
	for name, d := range map[string]*Directory{"zero": &zero, "nil": nilDir} {
		if _, ok := d.Unit("x"); ok {
			t.Errorf("%s: Unit found", name)
		}
		if _, ok := d.Chairman(); ok {
			t.Errorf("%s: Chairman found", name)
		}
		if _, ok := d.HeadOf("x"); ok {
			t.Errorf("%s: HeadOf found", name)
		}
		if d.IsMember("x") || d.NumPeople() != 0 {
			t.Errorf("%s: not empty", name)
		}
	}
}

func TestNewDirectoryReportsBadEntries(t *testing.T) {
	d, fs := NewDirectory(
		[]Unit{{"STC", "Sở Tài chính", UnitKindDepartment}, {"STC", "again", UnitKindDepartment}, {"", "no id", UnitKindBoard}, {"X", "no kind", 0}, {"Y", "bad kind", 42}},
		[]Person{
			{"p1", "A", "STC", PositionHead},
			{"p1", "dup", "STC", PositionSpecialist},
			{"p2", "B", "NOPE", PositionHead},
			{"p3", "C", "STC", 0},
			{"", "D", "STC", PositionHead},
		},
		[]PersonID{"p1", "p1", "ghost", ""},
	)
	type row struct {
		Record, Subject string
		Problem         Problem
	}
	var got []row
	for _, f := range fs {
		if f.Code != InputInvalid || f.Kind != RecordKindCase {
			t.Errorf("unexpected finding %+v", f)
		}
		got = append(got, row{f.Record, f.Subject, f.Details["problem"].(Problem)})
	}
	want := []row{
		{"people", "people[1].id", ProblemDuplicateID},
		{"people", "people[2].unit", ProblemUnknownUnit},
		{"people", "people[3].position", ProblemMissing},
		{"people", "people[4].id", ProblemMissing},
		{"ppc_members", "ppc_members[1]", ProblemDuplicateID},
		{"ppc_members", "ppc_members[2]", ProblemUnknownPerson},
		{"ppc_members", "ppc_members[3]", ProblemMissing},
		{"units", "units[1].id", ProblemDuplicateID},
		{"units", "units[2].id", ProblemMissing},
		{"units", "units[3].kind", ProblemMissing},
		{"units", "units[4].kind", ProblemInvalidValue},
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("findings mismatch (-want +got):\n%s", diff)
	}
	if d.NumUnits() != 1 || d.NumPeople() != 1 || len(d.Members()) != 1 {
		t.Errorf("directory keeps the good entries: %d units, %d people, %d members", d.NumUnits(), d.NumPeople(), len(d.Members()))
	}
}

// TestDirectoryListsAreCopies proves that the lists a Directory hands out
// are the caller's: changing them does not change the directory.
func TestDirectoryListsAreCopies(t *testing.T) {
	d := testDirectory(t)
	units, people, members := d.Units(), d.People(), d.Members()
	require.NotEmpty(t, units)
	require.NotEmpty(t, people)
	require.NotEmpty(t, members)
	units[0].Name, people[0].Position, members[0] = "changed", PositionSpecialist, "changed"
	if d.Units()[0].Name == "changed" || d.People()[0].Position == PositionSpecialist || d.Members()[0] == "changed" {
		t.Error("changing a returned list changed the directory")
	}
	if d.NumMembers() != len(members) {
		t.Errorf("NumMembers = %d, want %d", d.NumMembers(), len(members))
	}
	for i, m := range d.Members() {
		if d.MemberAt(i) != m {
			t.Errorf("MemberAt(%d) = %q, want %q", i, d.MemberAt(i), m)
		}
	}
	var nilDir *Directory
	if nilDir.Units() != nil || nilDir.People() != nil || nilDir.Members() != nil || nilDir.NumMembers() != 0 {
		t.Error("a nil directory lists nothing")
	}
}
