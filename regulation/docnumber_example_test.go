package regulation_test

import (
	"errors"
	"fmt"

	"github.com/quyche/quyche/regulation"
)

func ExampleReadDocNumber() {
	// As scraped from a web page: an en dash with spaces around it.
	n, repairs, err := regulation.ReadDocNumber("746/QĐ – TTg")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n, n.TypeName(regulation.English))
	for _, r := range repairs {
		fmt.Println(r.Message(regulation.Vietnamese))
	}

	// ParseDocNumber refuses the same text, and says what it would read.
	_, err = regulation.ParseDocNumber("320/2025/ND-CP")
	var de *regulation.DocNumberError
	if errors.As(err, &de) {
		fmt.Println(de.Reason, "→", de.Suggestion)
	}
	// Output:
	// 746/QĐ-TTg Decision
	// khoảng trắng thừa: " – " đọc là "–"
	// dấu gạch ngang không phải dấu '-': "–" đọc là "-"
	// no diacritic: "ND" read as "NĐ" → 320/2025/NĐ-CP
}

func ExampleDocNumber_forms() {
	for _, s := range []string{"Số: 02/2011/TTLT-VPCP-BNV", "30c/NQ-CP", "57-NQ/TW", "178-CP", "0205/KH-UBND"} {
		n := regulation.MustParseDocNumber(s)
		fmt.Printf("%-22s %-8v type %-4q issuer %-5q co-issuers %q\n", n, n.Form, n.Type, n.Issuer, n.CoIssuers)
	}
	// Output:
	// 02/2011/TTLT-VPCP-BNV  decree30 type "TTLT" issuer "VPCP" co-issuers ["BNV"]
	// 30c/NQ-CP              decree30 type "NQ" issuer "CP"  co-issuers []
	// 57-NQ/TW               party    type "NQ" issuer "TW"  co-issuers []
	// 178-CP                 legacy   type ""   issuer "CP"  co-issuers []
	// 0205/KH-UBND           decree30 type "KH" issuer "UBND" co-issuers []
}
