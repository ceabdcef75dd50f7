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
		u(PPC, "Ủy ban nhân dân tỉnh", regulation.PPC),
		u(Office, "Văn phòng Ủy ban nhân dân tỉnh", regulation.PPCOffice),
		u(HomeAffairs, "Sở Nội vụ", regulation.Department),
		u(Finance, "Sở Tài chính", regulation.Department),
		u(Construction, "Sở Xây dựng", regulation.Department),
		u(Board, "Ban Dân tộc", regulation.Board),
		u(District, "Ủy ban nhân dân huyện Đăk Hà", regulation.DistrictPC),
		u(Commune, "Ủy ban nhân dân xã Đăk Mar", regulation.CommunePC),
		u(Police, "Công an tỉnh", regulation.OtherUnit),
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
		p(Chairman, "Nguyễn Văn An", PPC, regulation.Chairman),
		p(ViceChairman1, "Trần Thị Bình", PPC, regulation.ViceChairman),
		p(ViceChairman2, "Lê Quốc Cường", PPC, regulation.ViceChairman),
		p(PPCMember, "Phạm Đức Dũng", PPC, regulation.PPCMember),

		p(OfficeHead, "Hoàng Minh Giang", Office, regulation.Head),
		p(OfficeDeputy, "Huỳnh Thị Hà", Office, regulation.DeputyHead),
		p(OfficeDivisionHead, "Phan Văn Hải", Office, regulation.DivisionHead),
		p(OfficeDivisionDeputy, "Vũ Thị Hạnh", Office, regulation.DivisionDeputy),
		p(OfficeSpecialist, "Võ Thanh Hùng", Office, regulation.Specialist),
		p(OfficeClerk, "Đặng Thị Khánh", Office, regulation.OtherPosition),

		p(HomeAffairsHead, "Bùi Quang Long", HomeAffairs, regulation.Head),
		p(HomeAffairsDeputy, "Đỗ Thị Mai", HomeAffairs, regulation.DeputyHead),
		p(HomeAffairsDivisionHead, "Hồ Văn Nam", HomeAffairs, regulation.DivisionHead),
		p(HomeAffairsDivisionDeputy, "Ngô Thị Nga", HomeAffairs, regulation.DivisionDeputy),
		p(HomeAffairsSpecialist, "Dương Hữu Phúc", HomeAffairs, regulation.Specialist),

		p(FinanceHead, "Lý Văn Quang", Finance, regulation.Head),
		p(FinanceDeputy, "Mai Thị Sương", Finance, regulation.DeputyHead),
		p(FinanceDivisionHead, "Tạ Minh Sơn", Finance, regulation.DivisionHead),
		p(FinanceDivisionDeputy, "Châu Thị Tâm", Finance, regulation.DivisionDeputy),
		p(FinanceSpecialist, "Kiều Văn Thắng", Finance, regulation.Specialist),

		p(ConstructionActingHead, "La Thị Thảo", Construction, regulation.ActingHead),
		p(ConstructionDeputy, "Cao Văn Trung", Construction, regulation.DeputyHead),
		p(ConstructionDivisionHead, "Lâm Thị Uyên", Construction, regulation.DivisionHead),
		p(ConstructionDivisionDeputy, "Tô Đức Vinh", Construction, regulation.DivisionDeputy),
		p(ConstructionSpecialist, "Âu Thị Xuân", Construction, regulation.Specialist),

		p(BoardHead, "Y Bình", Board, regulation.Head),
		p(BoardDeputy, "A Thị Yến", Board, regulation.DeputyHead),
		p(BoardDivisionHead, "Đinh Văn Chiến", Board, regulation.DivisionHead),
		p(BoardDivisionDeputy, "Rơ Châm Hlin", Board, regulation.DivisionDeputy),
		p(BoardSpecialist, "Siu Thị Dơn", Board, regulation.Specialist),

		p(DistrictHead, "Trịnh Công Định", District, regulation.Head),
		p(DistrictDeputy, "Lương Thị Hiền", District, regulation.DeputyHead),
		p(DistrictDivisionHead, "Khổng Văn Kiên", District, regulation.DivisionHead),
		p(DistrictDivisionDeputy, "Quách Thị Liên", District, regulation.DivisionDeputy),
		p(DistrictSpecialist, "Văn Minh Lộc", District, regulation.Specialist),

		p(CommuneHead, "A Nhung", Commune, regulation.Head),
		p(CommuneDeputy, "Y Phương", Commune, regulation.DeputyHead),
		p(CommuneDivisionHead, "Lò Văn Quý", Commune, regulation.DivisionHead),
		p(CommuneDivisionDeputy, "Hà Thị Sen", Commune, regulation.DivisionDeputy),
		p(CommuneSpecialist, "Nông Văn Tài", Commune, regulation.Specialist),

		p(PoliceHead, "Thái Quốc Toàn", Police, regulation.Head),
		p(PoliceDeputy, "Giáp Văn Tú", Police, regulation.DeputyHead),
		p(PoliceDivisionHead, "Ninh Thị Uyển", Police, regulation.DivisionHead),
		p(PoliceDivisionDeputy, "Mạc Văn Việt", Police, regulation.DivisionDeputy),
		p(PoliceSpecialist, "Diệp Thị Yên", Police, regulation.Specialist),
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
