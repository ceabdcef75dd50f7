package regulationtest

import (
	"fmt"

	"github.com/quyche/quyche/regulation"
)

// The units of the test province, one of every kind.
const (
	PPC          regulation.UnitID = "UBND" // Ủy ban nhân dân tỉnh: the People's Committee itself (ppc)
	Office       regulation.UnitID = "VP"   // Văn phòng UBND tỉnh: the PPC Office (ppc_office)
	HomeAffairs  regulation.UnitID = "SNV"  // Sở Nội vụ: Department of Home Affairs (department)
	Finance      regulation.UnitID = "STC"  // Sở Tài chính: Department of Finance (department)
	Construction regulation.UnitID = "SXD"  // Sở Xây dựng: Department of Construction (department), led by an acting head
	Board        regulation.UnitID = "BDT"  // Ban Dân tộc: Board of Ethnic Affairs (board)
	District     regulation.UnitID = "HDH"  // UBND huyện Đăk Hà: a district People's Committee (district_pc)
	Commune      regulation.UnitID = "XDM"  // UBND xã Đăk Mar: a commune People's Committee (commune_pc)
	Police       regulation.UnitID = "CA"   // Công an tỉnh: the provincial police (other)
)

// The leaders of the PPC. The Chairman, both Vice-chairmen and [PPCMember]
// are members of the PPC.
const (
	Chairman      regulation.PersonID = "ct"   // Chủ tịch UBND tỉnh (chairman)
	ViceChairman1 regulation.PersonID = "pct1" // Phó Chủ tịch UBND tỉnh (vice_chairman)
	ViceChairman2 regulation.PersonID = "pct2" // Phó Chủ tịch UBND tỉnh (vice_chairman)
	// PPCMember is a member of the PPC (Ủy viên UBND tỉnh) who heads no unit
	// of the province, with position ppc_member and unit PPC.
	PPCMember regulation.PersonID = "uv"
)

// The people of the PPC Office. OfficeHead (Chánh Văn phòng) is a member of
// the PPC; OfficeClerk holds the position other.
const (
	OfficeHead           regulation.PersonID = "vp.head"
	OfficeDeputy         regulation.PersonID = "vp.deputy"
	OfficeDivisionHead   regulation.PersonID = "vp.div_head"
	OfficeDivisionDeputy regulation.PersonID = "vp.div_deputy"
	OfficeSpecialist     regulation.PersonID = "vp.specialist"
	OfficeClerk          regulation.PersonID = "vp.clerk"
)

// The people of the Department of Home Affairs. HomeAffairsHead is a member
// of the PPC.
const (
	HomeAffairsHead           regulation.PersonID = "snv.head"
	HomeAffairsDeputy         regulation.PersonID = "snv.deputy"
	HomeAffairsDivisionHead   regulation.PersonID = "snv.div_head"
	HomeAffairsDivisionDeputy regulation.PersonID = "snv.div_deputy"
	HomeAffairsSpecialist     regulation.PersonID = "snv.specialist"
)

// The people of the Department of Finance. FinanceHead is a member of the
// PPC.
const (
	FinanceHead           regulation.PersonID = "stc.head"
	FinanceDeputy         regulation.PersonID = "stc.deputy"
	FinanceDivisionHead   regulation.PersonID = "stc.div_head"
	FinanceDivisionDeputy regulation.PersonID = "stc.div_deputy"
	FinanceSpecialist     regulation.PersonID = "stc.specialist"
)

// The people of the Department of Construction, which has an acting head
// (Quyền Giám đốc, signs "Q.") and no head.
const (
	ConstructionActingHead     regulation.PersonID = "sxd.acting_head"
	ConstructionDeputy         regulation.PersonID = "sxd.deputy"
	ConstructionDivisionHead   regulation.PersonID = "sxd.div_head"
	ConstructionDivisionDeputy regulation.PersonID = "sxd.div_deputy"
	ConstructionSpecialist     regulation.PersonID = "sxd.specialist"
)

// The people of the Board of Ethnic Affairs.
const (
	BoardHead           regulation.PersonID = "bdt.head"
	BoardDeputy         regulation.PersonID = "bdt.deputy"
	BoardDivisionHead   regulation.PersonID = "bdt.div_head"
	BoardDivisionDeputy regulation.PersonID = "bdt.div_deputy"
	BoardSpecialist     regulation.PersonID = "bdt.specialist"
)

// The people of the district People's Committee (its Chairman is its head).
const (
	DistrictHead           regulation.PersonID = "hdh.head"
	DistrictDeputy         regulation.PersonID = "hdh.deputy"
	DistrictDivisionHead   regulation.PersonID = "hdh.div_head"
	DistrictDivisionDeputy regulation.PersonID = "hdh.div_deputy"
	DistrictSpecialist     regulation.PersonID = "hdh.specialist"
)

// The people of the commune People's Committee.
const (
	CommuneHead           regulation.PersonID = "xdm.head"
	CommuneDeputy         regulation.PersonID = "xdm.deputy"
	CommuneDivisionHead   regulation.PersonID = "xdm.div_head"
	CommuneDivisionDeputy regulation.PersonID = "xdm.div_deputy"
	CommuneSpecialist     regulation.PersonID = "xdm.specialist"
)

// The people of the provincial police.
const (
	PoliceHead           regulation.PersonID = "ca.head"
	PoliceDeputy         regulation.PersonID = "ca.deputy"
	PoliceDivisionHead   regulation.PersonID = "ca.div_head"
	PoliceDivisionDeputy regulation.PersonID = "ca.div_deputy"
	PoliceSpecialist     regulation.PersonID = "ca.specialist"
)

// Province returns a fresh directory of the test province: the units of
// [Units], the people of [People] and the PPC members of [Members]. Each call
// builds a new directory, so a test may hand it to code under test without
// fear of sharing. Province panics only if its own tables are broken,
// which this package's tests rule out.
func Province() *regulation.Directory {
	dir, fs := regulation.NewDirectory(Units(), People(), Members())
	if len(fs) > 0 {
		panic(fmt.Sprintf("regulationtest: the test province is invalid (a must-not-happen: its tables are literals): %s %s: %s",
			fs[0].Code, fs[0].Subject, fs[0].Message(regulation.English)))
	}
	return dir
}

// Units returns the units of the test province, a fresh slice in this order:
// [PPC], [Office], [HomeAffairs], [Finance], [Construction], [Board],
// [District], [Commune], [Police].
func Units() []regulation.Unit {
	u := func(id regulation.UnitID, name string, k regulation.UnitKind) regulation.Unit {
		return regulation.Unit{ID: id, Name: name, Kind: k}
	}
	return []regulation.Unit{
		u(PPC, "Ủy ban nhân dân tỉnh", regulation.UnitKindPPC),
		u(Office, "Văn phòng Ủy ban nhân dân tỉnh", regulation.UnitKindPPCOffice),
		u(HomeAffairs, "Sở Nội vụ", regulation.UnitKindDepartment),
		u(Finance, "Sở Tài chính", regulation.UnitKindDepartment),
		u(Construction, "Sở Xây dựng", regulation.UnitKindDepartment),
		u(Board, "Ban Dân tộc", regulation.UnitKindBoard),
		u(District, "Ủy ban nhân dân huyện Đăk Hà", regulation.UnitKindDistrictPC),
		u(Commune, "Ủy ban nhân dân xã Đăk Mar", regulation.UnitKindCommunePC),
		u(Police, "Công an tỉnh", regulation.UnitKindOther),
	}
}

// People returns the people of the test province, a fresh slice: the
// Chairman, the two Vice-chairmen and [PPCMember] of the PPC, then the
// people of each other unit in the order of [Units], from the head (or
// acting head) down to the specialist, and [OfficeClerk] last among the
// Office's people. The names are made up.
func People() []regulation.Person {
	p := func(id regulation.PersonID, name string, u regulation.UnitID, pos regulation.Position) regulation.Person {
		return regulation.Person{ID: id, Name: name, Unit: u, Position: pos}
	}
	return []regulation.Person{
		p(Chairman, "Nguyễn Văn An", PPC, regulation.PositionChairman),
		p(ViceChairman1, "Trần Thị Bình", PPC, regulation.PositionViceChairman),
		p(ViceChairman2, "Lê Quốc Cường", PPC, regulation.PositionViceChairman),
		p(PPCMember, "Phạm Đức Dũng", PPC, regulation.PositionPPCMember),

		p(OfficeHead, "Hoàng Minh Giang", Office, regulation.PositionHead),
		p(OfficeDeputy, "Huỳnh Thị Hà", Office, regulation.PositionDeputyHead),
		p(OfficeDivisionHead, "Phan Văn Hải", Office, regulation.PositionDivisionHead),
		p(OfficeDivisionDeputy, "Vũ Thị Hạnh", Office, regulation.PositionDivisionDeputy),
		p(OfficeSpecialist, "Võ Thanh Hùng", Office, regulation.PositionSpecialist),
		p(OfficeClerk, "Đặng Thị Khánh", Office, regulation.PositionOther),

		p(HomeAffairsHead, "Bùi Quang Long", HomeAffairs, regulation.PositionHead),
		p(HomeAffairsDeputy, "Đỗ Thị Mai", HomeAffairs, regulation.PositionDeputyHead),
		p(HomeAffairsDivisionHead, "Hồ Văn Nam", HomeAffairs, regulation.PositionDivisionHead),
		p(HomeAffairsDivisionDeputy, "Ngô Thị Nga", HomeAffairs, regulation.PositionDivisionDeputy),
		p(HomeAffairsSpecialist, "Dương Hữu Phúc", HomeAffairs, regulation.PositionSpecialist),

		p(FinanceHead, "Lý Văn Quang", Finance, regulation.PositionHead),
		p(FinanceDeputy, "Mai Thị Sương", Finance, regulation.PositionDeputyHead),
		p(FinanceDivisionHead, "Tạ Minh Sơn", Finance, regulation.PositionDivisionHead),
		p(FinanceDivisionDeputy, "Châu Thị Tâm", Finance, regulation.PositionDivisionDeputy),
		p(FinanceSpecialist, "Kiều Văn Thắng", Finance, regulation.PositionSpecialist),

		p(ConstructionActingHead, "La Thị Thảo", Construction, regulation.PositionActingHead),
		p(ConstructionDeputy, "Cao Văn Trung", Construction, regulation.PositionDeputyHead),
		p(ConstructionDivisionHead, "Lâm Thị Uyên", Construction, regulation.PositionDivisionHead),
		p(ConstructionDivisionDeputy, "Tô Đức Vinh", Construction, regulation.PositionDivisionDeputy),
		p(ConstructionSpecialist, "Âu Thị Xuân", Construction, regulation.PositionSpecialist),

		p(BoardHead, "Y Bình", Board, regulation.PositionHead),
		p(BoardDeputy, "A Thị Yến", Board, regulation.PositionDeputyHead),
		p(BoardDivisionHead, "Đinh Văn Chiến", Board, regulation.PositionDivisionHead),
		p(BoardDivisionDeputy, "Rơ Châm Hlin", Board, regulation.PositionDivisionDeputy),
		p(BoardSpecialist, "Siu Thị Dơn", Board, regulation.PositionSpecialist),

		p(DistrictHead, "Trịnh Công Định", District, regulation.PositionHead),
		p(DistrictDeputy, "Lương Thị Hiền", District, regulation.PositionDeputyHead),
		p(DistrictDivisionHead, "Khổng Văn Kiên", District, regulation.PositionDivisionHead),
		p(DistrictDivisionDeputy, "Quách Thị Liên", District, regulation.PositionDivisionDeputy),
		p(DistrictSpecialist, "Văn Minh Lộc", District, regulation.PositionSpecialist),

		p(CommuneHead, "A Nhung", Commune, regulation.PositionHead),
		p(CommuneDeputy, "Y Phương", Commune, regulation.PositionDeputyHead),
		p(CommuneDivisionHead, "Lò Văn Quý", Commune, regulation.PositionDivisionHead),
		p(CommuneDivisionDeputy, "Hà Thị Sen", Commune, regulation.PositionDivisionDeputy),
		p(CommuneSpecialist, "Nông Văn Tài", Commune, regulation.PositionSpecialist),

		p(PoliceHead, "Thái Quốc Toàn", Police, regulation.PositionHead),
		p(PoliceDeputy, "Giáp Văn Tú", Police, regulation.PositionDeputyHead),
		p(PoliceDivisionHead, "Ninh Thị Uyển", Police, regulation.PositionDivisionHead),
		p(PoliceDivisionDeputy, "Mạc Văn Việt", Police, regulation.PositionDivisionDeputy),
		p(PoliceSpecialist, "Diệp Thị Yên", Police, regulation.PositionSpecialist),
	}
}

// Members returns the members of the PPC (Ủy viên UBND tỉnh), a fresh slice
// of seven: [Chairman], [ViceChairman1], [ViceChairman2], [OfficeHead],
// [HomeAffairsHead], [FinanceHead] and [PPCMember]. A PPC session has its
// quorum of two thirds with five of them.
func Members() []regulation.PersonID {
	return []regulation.PersonID{
		Chairman, ViceChairman1, ViceChairman2, OfficeHead, HomeAffairsHead, FinanceHead, PPCMember,
	}
}
