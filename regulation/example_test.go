package regulation_test

import (
	"fmt"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// A province derives its own rule set from Kon Tum's without touching
// quyche's code: copy, change the parameters and citations, give a new id.
func ExampleKonTum2023_derive() {
	hcm := regulation.KonTum2023() // a fresh value: ours to change
	hcm.ID = "hcm-example"
	hcm.Province = "Thành phố Hồ Chí Minh"
	hcm.Consult.SilenceMeansAgreement = true // silence counts as agreement
	hcm.Consult.ReplyDefault = 15            // working days
	hcm.Citations[regulation.ConsultDeemedAgreement] = []regulation.Ref{{Doc: "01/2099/QĐ-UBND", Article: 9}}
	if err := hcm.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	kt := regulation.KonTum2023()
	fmt.Println(kt.ID, kt.Consult.ReplyDefault, kt.Consult.SilenceMeansAgreement)
	fmt.Println(hcm.ID, hcm.Consult.ReplyDefault, hcm.Consult.SilenceMeansAgreement)
	fmt.Println(hcm.Citations[regulation.ConsultDeemedAgreement][0].Text(regulation.English))
	// Output:
	// kontum-2023 10 false
	// hcm-example 15 true
	// Art. 9, Decision 01/2099/QĐ-UBND
}

func ExampleParseDocNumber() {
	n, err := regulation.ParseDocNumber("Số: 54/2023/QĐ-UBND")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Number, n.Year, n.Type, n.Issuer)
	fmt.Println(n.TypeName(regulation.Vietnamese), n)
	_, err = regulation.ParseDocNumber("54/23/QĐ-UBND")
	fmt.Println(err)
	// Output:
	// 54 2023 QĐ UBND
	// Quyết định 54/2023/QĐ-UBND
	// regulation: invalid document number "54/23/QĐ-UBND": the year must be 4 digits
}

func ExampleRef_Text() {
	r := regulation.Ref{Doc: "54/2023/QĐ-UBND", Article: 20}
	fmt.Println(r.Text(regulation.Vietnamese))
	fmt.Println(r.Text(regulation.English))
	// Output:
	// Điều 20 Quyết định 54/2023/QĐ-UBND
	// Art. 20, Decision 54/2023/QĐ-UBND
}

func ExampleRules_Finding() {
	rules := regulation.KonTum2023()
	f := rules.Finding(regulation.ConsultReplyLate, regulation.RecordKindConsultation, "C1", "SKHDT", regulation.Details{
		"deadline": calendar.NewDate(2023, 3, 15), "received": calendar.NewDate(2023, 3, 20), "late_days": 5, "late_workdays": 3,
	})
	fmt.Println(f.Severity, f.Code, f.Subject)
	fmt.Println(f.Message(regulation.English))
	fmt.Println(f.Citations(regulation.Vietnamese))
	// Output:
	// violation consult.reply_late SKHDT
	// the coordinating unit replied late: due 2023-03-15, received 2023-03-20; 5 days late (3 working days)
	// Công văn 56/UBND-KTTH, chú thích 2
}

func ExampleNewDirectory() {
	dir, problems := regulation.NewDirectory(
		[]regulation.Unit{{ID: "STC", Name: "Sở Tài chính", Kind: regulation.UnitKindDepartment}},
		[]regulation.Person{
			{ID: "p1", Name: "Nguyễn Văn A", Unit: "STC", Position: regulation.PositionHead},
			{ID: "p2", Name: "Trần Thị B", Unit: "SXD", Position: regulation.PositionSpecialist},
		},
		nil,
	)
	head, _ := dir.HeadOf("STC")
	fmt.Println(head.Name, head.Position.Localize(regulation.Vietnamese))
	for _, f := range problems {
		fmt.Println(f.Code, f.Subject, "-", f.Message(regulation.English))
	}
	// Output:
	// Nguyễn Văn A người đứng đầu
	// input.invalid people[1].unit - data to correct: field people[1].unit: no such unit in the case; the record was not checked
}
