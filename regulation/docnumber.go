package regulation

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ErrInvalidDocNumber is the sentinel wrapped by every *DocNumberError.
var ErrInvalidDocNumber = errors.New("regulation: invalid document number")

// DocNumberError reports a text that is not a document number in the forms
// of Decree 30/2020/NĐ-CP. It wraps ErrInvalidDocNumber.
type DocNumberError struct {
	Input  string // the text given, cut to 64 bytes
	Reason string
}

func (e *DocNumberError) Error() string {
	return "regulation: invalid document number " + strconv.Quote(e.Input) + ": " + e.Reason
}

// Unwrap returns ErrInvalidDocNumber.
func (e *DocNumberError) Unwrap() error { return ErrInvalidDocNumber }

// DocNumber is the number and symbol (số, ký hiệu) of an official document
// as Decree 30/2020/NĐ-CP (Article 15, Appendix I) lays them out:
//
//	56/UBND-KTTH      letter (công văn): number / issuer - drafting unit
//	54/2023/QĐ-UBND   legal document: number / year / type - issuer
//	1234/QĐ-UBND      other typed document: number / type - issuer
//	77/2015/QH13      law: number / year / issuing body
//
// The zero value is unset (IsZero).
type DocNumber struct {
	Number  int    // the running number, ≥ 1 (written from "01")
	Year    int    // the year in the symbol, 0 when the symbol has none
	Type    string // type abbreviation of Appendix III ("QĐ", "NĐ", "TB", …), "" for a letter or a law
	Issuer  string // issuing body ("UBND", "CP", "VPCP", "QH13")
	Drafter string // drafting unit ("KTTH"), "" when absent
}

// docTypes are the type abbreviations of Decree 30/2020 (Appendix III) and of
// the legal documents named in the Law on Promulgation of Legal Documents,
// with their Vietnamese and English names.
var docTypes = map[string]bilingual{
	"NQ":   {"Nghị quyết", "Resolution"},
	"QĐ":   {"Quyết định", "Decision"},
	"NĐ":   {"Nghị định", "Decree"},
	"TT":   {"Thông tư", "Circular"},
	"TTLT": {"Thông tư liên tịch", "Joint Circular"},
	"CT":   {"Chỉ thị", "Directive"},
	"QC":   {"Quy chế", "Regulation"},
	"QyĐ":  {"Quy định", "Rules"},
	"TC":   {"Thông cáo", "Communiqué"},
	"TB":   {"Thông báo", "Notice"},
	"HD":   {"Hướng dẫn", "Guidance"},
	"CTr":  {"Chương trình", "Programme"},
	"KH":   {"Kế hoạch", "Plan"},
	"PA":   {"Phương án", "Option paper"},
	"ĐA":   {"Đề án", "Scheme"},
	"DA":   {"Dự án", "Project"},
	"BC":   {"Báo cáo", "Report"},
	"BB":   {"Biên bản", "Minutes"},
	"TTr":  {"Tờ trình", "Statement"},
	"HĐ":   {"Hợp đồng", "Contract"},
	"CĐ":   {"Công điện", "Official telegram"},
	"BGN":  {"Bản ghi nhớ", "Memorandum of understanding"},
	"BTT":  {"Bản thỏa thuận", "Agreement"},
	"GUQ":  {"Giấy ủy quyền", "Letter of authorisation"},
	"GM":   {"Giấy mời", "Invitation"},
	"GGT":  {"Giấy giới thiệu", "Letter of introduction"},
	"GNP":  {"Giấy nghỉ phép", "Leave permit"},
	"PG":   {"Phiếu gửi", "Dispatch slip"},
	"PC":   {"Phiếu chuyển", "Transfer slip"},
	"PB":   {"Phiếu báo", "Notification slip"},
}

var (
	letterName = bilingual{"Công văn", "Letter"}
	lawName    = bilingual{"Luật", "Law"}
)

// ParseDocNumber parses a document number such as "56/UBND-KTTH",
// "54/2023/QĐ-UBND", "9000/VPCP-TH" or "Số: 9000/VPCP-TH" (the leading "Số:"
// or "Số" is optional; spaces around the parts are not allowed). It fails with
// a *DocNumberError, wrapping ErrInvalidDocNumber, on any other form.
func ParseDocNumber(s string) (DocNumber, error) {
	in := s
	if !utf8.ValidString(s) {
		return DocNumber{}, docErr(in, "not valid UTF-8")
	}
	if rest, ok := strings.CutPrefix(s, "Số"); ok {
		rest = strings.TrimPrefix(rest, ":")
		s = strings.TrimLeft(rest, " ")
	}
	first, rest, ok := strings.Cut(s, "/")
	if !ok {
		return DocNumber{}, docErr(in, `want "number/symbol" or "number/year/symbol"`)
	}
	var dn DocNumber
	n, ok := positiveInt(first, 7)
	if !ok || n == 0 {
		return DocNumber{}, docErr(in, "the number must be 1 to 7 digits, not zero")
	}
	dn.Number = n
	symbol := rest
	if yearText, after, hasYear := strings.Cut(rest, "/"); hasYear {
		if strings.Contains(after, "/") {
			return DocNumber{}, docErr(in, `want "number/symbol" or "number/year/symbol"`)
		}
		y, ok := positiveInt(yearText, 4)
		if !ok || len(yearText) != 4 || y < 1000 {
			return DocNumber{}, docErr(in, "the year must be 4 digits")
		}
		dn.Year = y
		symbol = after
	}
	// The symbol has one to three parts joined by '-'.
	var fields [3]string
	nf := 0
	for part := range strings.SplitSeq(symbol, "-") {
		if nf == len(fields) {
			return DocNumber{}, docErr(in, "too many parts in the symbol")
		}
		if !symbolPart(part) {
			return DocNumber{}, docErr(in, "the symbol must be letters and digits joined by '-'")
		}
		fields[nf] = part
		nf++
	}
	switch {
	case nf == 1:
		// "77/2015/QH13": a law or other document of a body that needs no type.
		if _, typed := docTypes[fields[0]]; typed {
			return DocNumber{}, docErr(in, "a type abbreviation needs an issuer")
		}
		dn.Issuer = fields[0]
	default:
		if _, typed := docTypes[fields[0]]; typed {
			dn.Type, dn.Issuer, dn.Drafter = fields[0], fields[1], fields[2]
		} else {
			if nf == 3 {
				return DocNumber{}, docErr(in, "unknown document type "+strconv.Quote(fields[0]))
			}
			dn.Issuer, dn.Drafter = fields[0], fields[1]
		}
	}
	return dn, nil
}

// MustParseDocNumber is like ParseDocNumber but panics on error. It is meant
// for literals in tables and tests only.
func MustParseDocNumber(s string) DocNumber {
	dn, err := ParseDocNumber(s)
	if err != nil {
		panic(err) // Must…: meant for literals only
	}
	return dn
}

func docErr(s, reason string) error {
	if len(s) > 64 {
		s = s[:64]
	}
	return &DocNumberError{Input: s, Reason: reason}
}

// positiveInt parses 1 to maxDigits decimal digits (leading zeros allowed:
// Decree 30 numbers documents from "01").
func positiveInt(s string, maxDigits int) (int, bool) {
	if len(s) == 0 || len(s) > maxDigits {
		return 0, false
	}
	v, ok := 0, true
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, ok
}

// symbolPart reports whether s is a non-empty run of letters (Vietnamese
// included) and digits.
func symbolPart(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		case r == 'Đ' || r == 'đ':
		case r > 0x7f && isVietnameseLetter(r):
		default:
			return false
		}
	}
	return true
}

func isVietnameseLetter(r rune) bool {
	// Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional
	// hold every precomposed Vietnamese letter.
	return (r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7) || (r >= 0x1EA0 && r <= 0x1EF9)
}

// IsZero reports whether n is the zero, unset DocNumber.
func (n DocNumber) IsZero() bool { return n == DocNumber{} }

// String returns the number in its written form, e.g. "54/2023/QĐ-UBND";
// numbers below 10 are written with two digits ("01/UBND-VP"), as Decree 30
// numbers documents from 01.
func (n DocNumber) String() string {
	if n.IsZero() {
		return ""
	}
	var b strings.Builder
	if n.Number < 10 {
		b.WriteByte('0')
	}
	b.WriteString(strconv.Itoa(n.Number))
	b.WriteByte('/')
	if n.Year != 0 {
		b.WriteString(strconv.Itoa(n.Year))
		b.WriteByte('/')
	}
	if n.Type != "" {
		b.WriteString(n.Type)
		b.WriteByte('-')
	}
	b.WriteString(n.Issuer)
	if n.Drafter != "" {
		b.WriteByte('-')
		b.WriteString(n.Drafter)
	}
	return b.String()
}

// MarshalText implements encoding.TextMarshaler with the written form.
func (n DocNumber) MarshalText() ([]byte, error) { return []byte(n.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseDocNumber; an
// empty text gives the zero DocNumber.
func (n *DocNumber) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*n = DocNumber{}
		return nil
	}
	v, err := ParseDocNumber(string(b))
	if err != nil {
		return err
	}
	*n = v
	return nil
}

// TypeName returns the name of the document's type in language l:
// "Quyết định" / "Decision" for QĐ, "Công văn" / "Letter" for a document whose
// symbol names no type, "Luật" / "Law" for a number issued by the National
// Assembly (issuer "QH…").
func (n DocNumber) TypeName(l Lang) string {
	if t, ok := docTypes[n.Type]; ok {
		return t.in(l)
	}
	if strings.HasPrefix(n.Issuer, "QH") && n.Drafter == "" {
		return lawName.in(l)
	}
	return letterName.in(l)
}
