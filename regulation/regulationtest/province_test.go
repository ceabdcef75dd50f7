package regulationtest_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation"
	rt "github.com/quyche/quyche/regulation/regulationtest"
)

func TestProvinceIsClean(t *testing.T) {
	_, fs := regulation.NewDirectory(rt.Units(), rt.People(), rt.Members())
	if diff := cmp.Diff(regulation.Findings(nil), fs); diff != "" {
		t.Fatalf("the tables of the test province are not a clean directory (-want +got):\n%s", diff)
	}
	a, b := rt.Province(), rt.Province()
	if a == b {
		t.Error("Province returned the same directory twice; want a fresh one per call")
	}
	if a.NumUnits() != len(rt.Units()) || a.NumPeople() != len(rt.People()) {
		t.Errorf("Province has %d units and %d people; want %d and %d",
			a.NumUnits(), a.NumPeople(), len(rt.Units()), len(rt.People()))
	}
}

// TestProvinceHasEveryKindAndPosition walks the enums until their String
// says a value is out of range, so that a kind or position added to package
// regulation later makes this test ask for it in the province.
func TestProvinceHasEveryKindAndPosition(t *testing.T) {
	dir := rt.Province()
	kinds := map[regulation.UnitKind]int{}
	for _, u := range dir.Units() {
		kinds[u.Kind]++
	}
	for k := regulation.UnitKind(1); !strings.HasPrefix(k.String(), "%!"); k++ {
		if kinds[k] == 0 {
			t.Errorf("no unit of kind %s", k)
		}
	}
	positions := map[regulation.Position]int{}
	for _, p := range dir.People() {
		positions[p.Position]++
	}
	for p := regulation.Position(1); !strings.HasPrefix(p.String(), "%!"); p++ {
		if positions[p] == 0 {
			t.Errorf("nobody holds the position %s", p)
		}
	}
	if positions[regulation.PositionActingHead] != 1 {
		t.Errorf("%d acting heads; want exactly one unit led by an acting head", positions[regulation.PositionActingHead])
	}
}

// TestPeopleAreWhatTheirNamesSay checks each exported person id against the
// unit and position its name promises.
func TestPeopleAreWhatTheirNamesSay(t *testing.T) {
	type row struct {
		id   regulation.PersonID
		unit regulation.UnitID
		pos  regulation.Position
	}
	staff := func(u regulation.UnitID, head regulation.Position, ids ...regulation.PersonID) []row {
		pos := []regulation.Position{head, regulation.PositionDeputyHead, regulation.PositionDivisionHead, regulation.PositionDivisionDeputy, regulation.PositionSpecialist}
		var rows []row
		for i, id := range ids {
			rows = append(rows, row{id, u, pos[i]})
		}
		return rows
	}
	rows := []row{
		{rt.Chairman, rt.PPC, regulation.PositionChairman},
		{rt.ViceChairman1, rt.PPC, regulation.PositionViceChairman},
		{rt.ViceChairman2, rt.PPC, regulation.PositionViceChairman},
		{rt.PPCMember, rt.PPC, regulation.PositionPPCMember},
		{rt.OfficeClerk, rt.Office, regulation.PositionOther},
	}
	rows = append(rows, staff(rt.Office, regulation.PositionHead, rt.OfficeHead, rt.OfficeDeputy, rt.OfficeDivisionHead, rt.OfficeDivisionDeputy, rt.OfficeSpecialist)...)
	rows = append(rows, staff(rt.HomeAffairs, regulation.PositionHead, rt.HomeAffairsHead, rt.HomeAffairsDeputy, rt.HomeAffairsDivisionHead, rt.HomeAffairsDivisionDeputy, rt.HomeAffairsSpecialist)...)
	rows = append(rows, staff(rt.Finance, regulation.PositionHead, rt.FinanceHead, rt.FinanceDeputy, rt.FinanceDivisionHead, rt.FinanceDivisionDeputy, rt.FinanceSpecialist)...)
	rows = append(rows, staff(rt.Construction, regulation.PositionActingHead, rt.ConstructionActingHead, rt.ConstructionDeputy, rt.ConstructionDivisionHead, rt.ConstructionDivisionDeputy, rt.ConstructionSpecialist)...)
	rows = append(rows, staff(rt.Board, regulation.PositionHead, rt.BoardHead, rt.BoardDeputy, rt.BoardDivisionHead, rt.BoardDivisionDeputy, rt.BoardSpecialist)...)
	rows = append(rows, staff(rt.District, regulation.PositionHead, rt.DistrictHead, rt.DistrictDeputy, rt.DistrictDivisionHead, rt.DistrictDivisionDeputy, rt.DistrictSpecialist)...)
	rows = append(rows, staff(rt.Commune, regulation.PositionHead, rt.CommuneHead, rt.CommuneDeputy, rt.CommuneDivisionHead, rt.CommuneDivisionDeputy, rt.CommuneSpecialist)...)
	rows = append(rows, staff(rt.Police, regulation.PositionHead, rt.PoliceHead, rt.PoliceDeputy, rt.PoliceDivisionHead, rt.PoliceDivisionDeputy, rt.PoliceSpecialist)...)

	dir := rt.Province()
	if len(rows) != dir.NumPeople() {
		t.Errorf("%d exported person ids for %d people; want one constant per person", len(rows), dir.NumPeople())
	}
	for _, r := range rows {
		t.Run(string(r.id), func(t *testing.T) {
			p, ok := dir.Person(r.id)
			require.True(t, ok, "the person is in the province")
			if p.Unit != r.unit || p.Position != r.pos {
				t.Errorf("%s is %s of %s; want %s of %s", r.id, p.Position, p.Unit, r.pos, r.unit)
			}
			if p.Name == "" {
				t.Errorf("%s has no name", r.id)
			}
		})
	}
}

func TestHeadsAndMembers(t *testing.T) {
	dir := rt.Province()
	tests := []struct {
		name   string
		unit   regulation.UnitID
		head   regulation.PersonID
		reason string
	}{
		{"ppc", rt.PPC, rt.Chairman, "the Chairman heads the PPC"},
		{"office", rt.Office, rt.OfficeHead, "Chánh Văn phòng"},
		{"home affairs", rt.HomeAffairs, rt.HomeAffairsHead, "a department with a head"},
		{"finance", rt.Finance, rt.FinanceHead, "a department with a head"},
		{"construction", rt.Construction, rt.ConstructionActingHead, "the acting head leads a unit without a head"},
		{"board", rt.Board, rt.BoardHead, "Trưởng ban"},
		{"district", rt.District, rt.DistrictHead, "Chủ tịch UBND huyện"},
		{"commune", rt.Commune, rt.CommuneHead, "Chủ tịch UBND xã"},
		{"police", rt.Police, rt.PoliceHead, "an other unit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, ok := dir.HeadOf(tc.unit)
			if !ok || h.ID != tc.head {
				t.Errorf("HeadOf(%s) = %s, %v; want %s (%s)", tc.unit, h.ID, ok, tc.head, tc.reason)
			}
		})
	}
	if diff := cmp.Diff(rt.Members(), dir.Members()); diff != "" {
		t.Errorf("members (-want +got):\n%s", diff)
	}
	if c, ok := dir.Chairman(); !ok || c.ID != rt.Chairman {
		t.Errorf("Chairman() = %s, %v; want %s", c.ID, ok, rt.Chairman)
	}
	q := regulation.KonTum2023().Meeting.Quorum
	if n := len(rt.Members()); !q.Reached(5, n) || q.Reached(4, n) {
		t.Errorf("a quorum of %s of %d members; the doc comment of Members promises five", q, n)
	}
}

func TestTablesAreFresh(t *testing.T) {
	u, p, m := rt.Units(), rt.People(), rt.Members()
	u[0].Name, p[0].Position, m[0] = "changed", regulation.PositionSpecialist, "changed"
	if rt.Units()[0].Name == "changed" || rt.People()[0].Position == regulation.PositionSpecialist || rt.Members()[0] == "changed" {
		t.Error("a change to a returned table showed in the next call; want fresh slices")
	}
	dir := rt.Province()
	if c, _ := dir.Chairman(); c.ID != rt.Chairman {
		t.Errorf("Province after changing returned tables: Chairman %q; want %q", c.ID, rt.Chairman)
	}
}
