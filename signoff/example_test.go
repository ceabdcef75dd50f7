package signoff_test

import (
	"fmt"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/signoff"
)

// exampleDirectory is a small Kon Tum: the PPC, its Office, two departments.
func exampleDirectory() *regulation.Directory {
	dir, _ := regulation.NewDirectory(
		[]regulation.Unit{
			{ID: "UBND", Name: "Ủy ban nhân dân tỉnh Kon Tum", Kind: regulation.UnitKindPPC},
			{ID: "VP", Name: "Văn phòng UBND tỉnh", Kind: regulation.UnitKindPPCOffice},
			{ID: "STC", Name: "Sở Tài chính", Kind: regulation.UnitKindDepartment},
			{ID: "SXD", Name: "Sở Xây dựng", Kind: regulation.UnitKindDepartment},
		},
		[]regulation.Person{
			{ID: "p0", Name: "Trần Minh An", Unit: "UBND", Position: regulation.PositionChairman},
			{ID: "p1", Name: "Lê Thị Bình", Unit: "UBND", Position: regulation.PositionViceChairman},
			{ID: "p2", Name: "Phạm Văn Cường", Unit: "VP", Position: regulation.PositionHead},
			{ID: "p3", Name: "Huỳnh Thị Giang", Unit: "VP", Position: regulation.PositionSpecialist},
			{ID: "p4", Name: "Ngô Văn Hải", Unit: "STC", Position: regulation.PositionHead},
			{ID: "p5", Name: "Đỗ Văn Khánh", Unit: "STC", Position: regulation.PositionDivisionHead},
			{ID: "p6", Name: "Tạ Thị Quỳnh", Unit: "SXD", Position: regulation.PositionSpecialist},
		},
		nil)
	return dir
}

// exampleDelegations: the Director of Finance lets a division head of
// Finance sign minutes by order (TL.) during 2024.
func exampleDelegations() map[string]signoff.Delegation {
	return map[string]signoff.Delegation{
		"D2": {ID: "D2", Kind: signoff.CapacityTL, Grantor: "p4", Grantee: "p5", Scope: []signoff.Kind{signoff.KindMinutes},
			ValidFrom: calendar.NewDate(2024, 1, 1), ValidTo: calendar.NewDate(2024, 12, 31)},
	}
}

func ExampleCheck() {
	dir := exampleDirectory()
	rules := regulation.KonTum2023()
	// Minutes of an inter-sectoral meeting chaired by a Vice-chairman, who
	// also signs for the PPC (KT. CHỦ TỊCH): a division head signs for
	// Finance by order, Construction sends a specialist, and the secretary
	// forgot.
	r := signoff.Record{
		ID: "BB-12", Kind: signoff.KindMinutes, InterSectoral: true, Date: calendar.NewDate(2024, 3, 12),
		Units: []regulation.UnitID{"UBND", "STC", "SXD"}, Chair: "p1", Secretary: "p3",
		Signatures: []signoff.Signature{
			{Person: "p1", ForUnit: "UBND", Capacity: signoff.CapacityKT},
			{Person: "p5", ForUnit: "STC", Capacity: signoff.CapacityTL, Delegation: "D2"},
			{Person: "p6", Capacity: signoff.CapacityDirect},
		},
	}
	fs := signoff.Check(r, dir, rules, calendar.NewDate(2024, 3, 31), signoff.Options{Delegations: exampleDelegations()})
	for _, f := range fs {
		fmt.Printf("%s %s: %s\n", f.Code, f.Subject, f.Message(regulation.English))
	}
	// Output:
	// signoff.secretary_unsigned p3: the minutes lack the signature of the secretary, Huỳnh Thị Giang (specialist)
	// signoff.signer_level STC: Đỗ Văn Khánh (division head) signed for the unit, not its head or a deputy head
	// signoff.signer_level SXD: Tạ Thị Quỳnh (specialist) signed for the unit, not its head or a deputy head
}

func ExampleAsk() {
	dir := exampleDirectory()
	rules := regulation.KonTum2023()
	// May the division head sign Finance's minutes by order (TL.)?
	q := signoff.Question{
		Signer: "p5", Unit: "STC", Capacity: signoff.CapacityTL, Kind: signoff.KindMinutes,
		Date: calendar.NewDate(2024, 3, 12), Delegation: "D2", Delegations: exampleDelegations(),
	}
	a := signoff.Ask(q, dir, rules)
	fmt.Println("ordinary minutes:", a.Allowed)

	// Not an inspection record: the delegation covers minutes only, and the
	// level rule covers every inspection record.
	q.Kind = signoff.KindInspectionRecord
	a = signoff.Ask(q, dir, rules)
	fmt.Println("inspection record:", a.Allowed)
	for _, f := range a.Reasons {
		fmt.Println(" ", f.Message(regulation.Vietnamese))
	}
	// Output:
	// ordinary minutes: true
	// inspection record: false
	//   giao ký cho Đỗ Văn Khánh (trưởng phòng) ký TL. (thừa lệnh) không hợp lệ (văn bản giao ký: D2): không bao gồm loại biên bản này
	//   Đỗ Văn Khánh (trưởng phòng) ký thay đơn vị, không phải người đứng đầu hoặc cấp phó của đơn vị
}

func ExampleCheckDelegation() {
	dir := exampleDirectory()
	rules := regulation.KonTum2023()
	// The Director of Finance lets a specialist of Construction sign
	// Finance's minutes by order: the grantee is outside the granting unit.
	d := signoff.Delegation{ID: "D9", Kind: signoff.CapacityTL, Grantor: "p4", Grantee: "p6",
		Scope: []signoff.Kind{signoff.KindMinutes}, ValidFrom: calendar.NewDate(2024, 1, 1), ValidTo: calendar.NewDate(2024, 12, 31)}
	opts := signoff.Options{Delegations: map[string]signoff.Delegation{"D9": d}}
	for _, f := range signoff.CheckDelegation(d, dir, rules, calendar.NewDate(2024, 3, 31), opts) {
		fmt.Printf("%s %s %s: %s\n", f.Kind, f.Record, f.Subject, f.Message(regulation.English))
	}
	// Nor may the specialist sign for Finance under it.
	a := signoff.Ask(signoff.Question{Signer: "p6", Unit: "STC", Capacity: signoff.CapacityTL, Kind: signoff.KindMinutes,
		Date: calendar.NewDate(2024, 3, 12), Delegation: "D9", Delegations: opts.Delegations}, dir, rules)
	for _, f := range a.Reasons {
		fmt.Printf("%s %s: %s\n", f.Code, f.Subject, f.Message(regulation.English))
	}
	// As of a day before it was granted, the delegation does not exist yet.
	fmt.Println(len(signoff.CheckDelegation(d, dir, rules, calendar.NewDate(2023, 12, 31), opts)))
	// Output:
	// delegation D9 p6: no valid delegation lets Tạ Thị Quỳnh (specialist) sign TL. (by order) (delegation: D9): grantee outside the unit
	// signoff.signer_not_of_unit STC: Tạ Thị Quỳnh (specialist) belongs to Sở Xây dựng, not to the unit signed for, and holds no valid delegation from it
	// 0
}

func ExampleParseBlock() {
	b, err := signoff.ParseBlock("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nLê Thị Bình")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("capacity %v for %q on behalf of %q, signed by the %s %s\n", b.Capacity, b.For, b.Collective, b.Title, b.Name)
	fmt.Println(b)

	_, err = signoff.ParseBlock("kt. chủ tịch\nphó chủ tịch")
	fmt.Println(err)
	// Output:
	// capacity kt for "CHỦ TỊCH" on behalf of "ỦY BAN NHÂN DÂN", signed by the PHÓ CHỦ TỊCH Lê Thị Bình
	// TM. ỦY BAN NHÂN DÂN
	// KT. CHỦ TỊCH
	// PHÓ CHỦ TỊCH
	// Lê Thị Bình
	// signoff: invalid signature block: line 1: capacity prefix not in upper case with its dot
}
