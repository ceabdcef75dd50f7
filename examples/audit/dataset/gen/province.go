package main

import (
	"fmt"
	"math/rand/v2"

	"github.com/quyche/quyche/regulation"
)

// unitDef describes one unit of the province (the Kon Tum PPC in 2023) and
// how many people the dataset gives it.
type unitDef struct {
	id       regulation.UnitID
	name     string
	kind     regulation.UnitKind
	acting   bool // led by an acting head (Quyền) instead of a head
	deputies int
	divs     int // division heads (trưởng phòng); as many division deputies, less one
	staff    int // specialists
	tasks    int // weight of the unit among the lead units of tasks; 0: never leads
	late     int // how prone the unit is to be late (weight, 10 = average)
	field    int // the Vice-chairman who oversees the unit: 0, 1 or 2
}

// unitDefs are the units of Kon Tum in 2023, with short ids made of their
// Vietnamese initials.
var unitDefs = []unitDef{
	{id: "UBND", name: "Ủy ban nhân dân tỉnh Kon Tum", kind: regulation.UnitKindPPC, deputies: 3},
	{id: "VP", name: "Văn phòng Ủy ban nhân dân tỉnh", kind: regulation.UnitKindPPCOffice, deputies: 3, divs: 6, staff: 9, tasks: 40, late: 4},
	{id: "SNV", name: "Sở Nội vụ", kind: regulation.UnitKindDepartment, deputies: 3, divs: 5, staff: 5, tasks: 45, late: 5, field: 2},
	{id: "STP", name: "Sở Tư pháp", kind: regulation.UnitKindDepartment, deputies: 2, divs: 4, staff: 4, tasks: 32, late: 3, field: 2},
	{id: "SKHDT", name: "Sở Kế hoạch và Đầu tư", kind: regulation.UnitKindDepartment, deputies: 3, divs: 5, staff: 6, tasks: 92, late: 16, field: 0},
	{id: "STC", name: "Sở Tài chính", kind: regulation.UnitKindDepartment, deputies: 3, divs: 5, staff: 6, tasks: 84, late: 9, field: 0},
	{id: "SCT", name: "Sở Công Thương", kind: regulation.UnitKindDepartment, deputies: 2, divs: 4, staff: 4, tasks: 42, late: 8, field: 0},
	{id: "SNNPTNT", name: "Sở Nông nghiệp và Phát triển nông thôn", kind: regulation.UnitKindDepartment, deputies: 3, divs: 5, staff: 6, tasks: 82, late: 17, field: 1},
	{id: "SGTVT", name: "Sở Giao thông vận tải", kind: regulation.UnitKindDepartment, deputies: 2, divs: 4, staff: 4, tasks: 52, late: 14, field: 0},
	{id: "SXD", name: "Sở Xây dựng", kind: regulation.UnitKindDepartment, deputies: 2, divs: 4, staff: 5, tasks: 60, late: 22, field: 0},
	{id: "STNMT", name: "Sở Tài nguyên và Môi trường", kind: regulation.UnitKindDepartment, deputies: 3, divs: 5, staff: 6, tasks: 78, late: 30, field: 1},
	{id: "STTTT", name: "Sở Thông tin và Truyền thông", kind: regulation.UnitKindDepartment, deputies: 2, divs: 4, staff: 4, tasks: 30, late: 5, field: 2},
	{id: "SLDTBXH", name: "Sở Lao động - Thương binh và Xã hội", kind: regulation.UnitKindDepartment, deputies: 3, divs: 4, staff: 5, tasks: 44, late: 8, field: 2},
	{id: "SVHTTDL", name: "Sở Văn hóa, Thể thao và Du lịch", kind: regulation.UnitKindDepartment, deputies: 2, divs: 4, staff: 4, tasks: 34, late: 7, field: 2},
	{id: "SKHCN", name: "Sở Khoa học và Công nghệ", kind: regulation.UnitKindDepartment, acting: true, deputies: 1, divs: 3, staff: 3, tasks: 20, late: 6, field: 2},
	{id: "SGDDT", name: "Sở Giáo dục và Đào tạo", kind: regulation.UnitKindDepartment, deputies: 3, divs: 4, staff: 5, tasks: 44, late: 6, field: 2},
	{id: "SYT", name: "Sở Y tế", kind: regulation.UnitKindDepartment, deputies: 3, divs: 4, staff: 5, tasks: 50, late: 12, field: 2},
	{id: "TTT", name: "Thanh tra tỉnh", kind: regulation.UnitKindDepartment, deputies: 2, divs: 4, staff: 4, tasks: 26, late: 3, field: 2},
	{id: "BDT", name: "Ban Dân tộc", kind: regulation.UnitKindBoard, deputies: 2, divs: 3, staff: 3, tasks: 22, late: 7, field: 1},
	{id: "BQLKKT", name: "Ban Quản lý Khu kinh tế tỉnh", kind: regulation.UnitKindBoard, deputies: 2, divs: 3, staff: 3, tasks: 26, late: 11, field: 0},
	{id: "TPKT", name: "Ủy ban nhân dân thành phố Kon Tum", kind: regulation.UnitKindDistrictPC, deputies: 3, divs: 4, staff: 4, tasks: 56, late: 12, field: 0},
	{id: "HDG", name: "Ủy ban nhân dân huyện Đăk Glei", kind: regulation.UnitKindDistrictPC, deputies: 2, divs: 3, staff: 3, tasks: 26, late: 9, field: 1},
	{id: "HNH", name: "Ủy ban nhân dân huyện Ngọc Hồi", kind: regulation.UnitKindDistrictPC, deputies: 2, divs: 3, staff: 3, tasks: 30, late: 5, field: 0},
	{id: "HDT", name: "Ủy ban nhân dân huyện Đăk Tô", kind: regulation.UnitKindDistrictPC, deputies: 2, divs: 3, staff: 3, tasks: 28, late: 6, field: 1},
	{id: "HKPL", name: "Ủy ban nhân dân huyện Kon Plông", kind: regulation.UnitKindDistrictPC, deputies: 2, divs: 3, staff: 3, tasks: 30, late: 10, field: 1},
	{id: "HKR", name: "Ủy ban nhân dân huyện Kon Rẫy", kind: regulation.UnitKindDistrictPC, deputies: 2, divs: 3, staff: 3, tasks: 22, late: 4, field: 1},
	{id: "HDH", name: "Ủy ban nhân dân huyện Đăk Hà", kind: regulation.UnitKindDistrictPC, deputies: 2, divs: 3, staff: 3, tasks: 30, late: 5, field: 0},
	{id: "HST", name: "Ủy ban nhân dân huyện Sa Thầy", kind: regulation.UnitKindDistrictPC, deputies: 2, divs: 3, staff: 3, tasks: 26, late: 13, field: 1},
	{id: "HTMR", name: "Ủy ban nhân dân huyện Tu Mơ Rông", kind: regulation.UnitKindDistrictPC, deputies: 2, divs: 3, staff: 3, tasks: 24, late: 20, field: 2},
	{id: "HIHD", name: "Ủy ban nhân dân huyện Ia H'Drai", kind: regulation.UnitKindDistrictPC, acting: true, deputies: 1, divs: 3, staff: 2, tasks: 18, late: 26, field: 0},
	{id: "CA", name: "Công an tỉnh", kind: regulation.UnitKindOther, deputies: 2},
	{id: "BCHQS", name: "Bộ Chỉ huy Quân sự tỉnh", kind: regulation.UnitKindOther, deputies: 2},
}

// memberUnits are the units whose heads sit on the PPC besides its
// Chairman and Vice-chairmen (the Kon Tum PPC in 2023).
var memberUnits = []regulation.UnitID{"SNV", "STP", "SKHDT", "STC", "VP", "TTT", "CA", "BCHQS"}

// staff are the people of one unit by rank.
type staff struct {
	def        unitDef
	head       regulation.Person // the head, acting head or (for the PPC) the Chairman
	deputies   []regulation.Person
	divHeads   []regulation.Person
	divDeputy  []regulation.Person
	specialist []regulation.Person
}

// leaders returns the head and the deputies.
func (s *staff) leaders() []regulation.Person {
	return append([]regulation.Person{s.head}, s.deputies...)
}

// province is the directory of the dataset: units, people, PPC members.
type province struct {
	units   []regulation.Unit
	people  []regulation.Person
	members []regulation.PersonID
	staff   []*staff // in the order of unitDefs
	byUnit  map[regulation.UnitID]*staff
	byID    map[regulation.PersonID]regulation.Person
}

// chairman and viceChairmen of the PPC.
func (p *province) chairman() regulation.Person { return p.byUnit["UBND"].head }

func (p *province) viceChairmen() []regulation.Person { return p.byUnit["UBND"].deputies }

// vc returns the Vice-chairman who oversees unit u.
func (p *province) vc(u regulation.UnitID) regulation.Person {
	return p.viceChairmen()[p.byUnit[u].def.field]
}

// leadUnits returns the units that lead tasks, consult and submit.
func (p *province) leadUnits() []*staff {
	var us []*staff
	for _, s := range p.staff {
		if s.def.tasks > 0 {
			us = append(us, s)
		}
	}
	return us
}

// newProvince builds the units and people. People get ids p001, p002, … in
// the order of unitDefs and rank.
func newProvince(r *rand.Rand) *province {
	p := &province{byUnit: map[regulation.UnitID]*staff{}, byID: map[regulation.PersonID]regulation.Person{}}
	names := newNamer(r)
	add := func(u regulation.UnitID, pos regulation.Position) regulation.Person {
		person := regulation.Person{
			ID:       regulation.PersonID(fmt.Sprintf("p%03d", len(p.people)+1)),
			Name:     names.next(),
			Unit:     u,
			Position: pos,
		}
		p.people = append(p.people, person)
		p.byID[person.ID] = person
		return person
	}
	for _, def := range unitDefs {
		p.units = append(p.units, regulation.Unit{ID: def.id, Name: def.name, Kind: def.kind})
		s := &staff{def: def}
		headPos, deputyPos := regulation.PositionHead, regulation.PositionDeputyHead
		switch {
		case def.kind == regulation.UnitKindPPC:
			headPos, deputyPos = regulation.PositionChairman, regulation.PositionViceChairman
		case def.acting:
			headPos = regulation.PositionActingHead
		}
		s.head = add(def.id, headPos)
		for range def.deputies {
			s.deputies = append(s.deputies, add(def.id, deputyPos))
		}
		for range def.divs {
			s.divHeads = append(s.divHeads, add(def.id, regulation.PositionDivisionHead))
		}
		for range max(def.divs-1, 0) {
			s.divDeputy = append(s.divDeputy, add(def.id, regulation.PositionDivisionDeputy))
		}
		for range def.staff {
			s.specialist = append(s.specialist, add(def.id, regulation.PositionSpecialist))
		}
		p.staff = append(p.staff, s)
		p.byUnit[def.id] = s
	}
	p.members = append(p.members, p.chairman().ID)
	for _, vc := range p.viceChairmen() {
		p.members = append(p.members, vc.ID)
	}
	for _, u := range memberUnits {
		p.members = append(p.members, p.byUnit[u].head.ID)
	}
	return p
}

// Name parts. Given names are chosen so that no generated name is that of a
// real official of the province; people are generated, never real.
var (
	familyNames = []string{
		"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh",
		"Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương",
		"Lương", "Tạ", "Mai", "Cao", "Đoàn", "La", "Kiều", "Thái",
	}
	maleMiddle   = []string{"Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Xuân", "Công", "Đình", "Trọng", "Quốc", "Duy", "Bá", "Tiến"}
	femaleMiddle = []string{"Thị", "Thị", "Thị", "Thu", "Hồng", "Thanh", "Kim", "Minh", "Ngọc", "Bích"}
	maleGiven    = []string{
		"An", "Bảo", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Định", "Giang", "Hải", "Hiếu", "Hoàng",
		"Huy", "Hưng", "Khải", "Khánh", "Kiên", "Lâm", "Lộc", "Long", "Lực", "Mạnh", "Nam", "Nghĩa",
		"Nhân", "Phong", "Phúc", "Quân", "Quý", "Sáng", "Tài", "Tâm", "Thắng", "Thịnh", "Thông",
		"Toàn", "Trí", "Trung", "Tường", "Vĩnh", "Việt", "Vương",
	}
	femaleGiven = []string{
		"Anh", "Châu", "Diệp", "Dung", "Duyên", "Hạnh", "Hằng", "Hiền", "Huệ", "Hương", "Lan",
		"Liên", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phượng", "Quyên", "Thảo",
		"Thủy", "Trâm", "Uyên", "Vân", "Xuân", "Yến",
	}
)

// namer draws Vietnamese names, each used once.
type namer struct {
	r    *rand.Rand
	used map[string]bool
}

func newNamer(r *rand.Rand) *namer { return &namer{r: r, used: map[string]bool{}} }

// next returns a new name: family, middle and given name, a woman's about
// one time in three.
func (n *namer) next() string {
	for {
		middle, given := maleMiddle, maleGiven
		if chance(n.r, 35) {
			middle, given = femaleMiddle, femaleGiven
		}
		name := pick(n.r, familyNames) + " " + pick(n.r, middle) + " " + pick(n.r, given)
		if !n.used[name] {
			n.used[name] = true
			return name
		}
	}
}
