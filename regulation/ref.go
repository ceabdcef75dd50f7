package regulation

import (
	"strconv"
	"strings"
)

// Ref is a citation of a legal text: a document, and inside it an article,
// clause and point, or a part that numbers cannot say ("footnote 2",
// "opening", "point 1(a)", "Appendix III, form 1.9"). The zero value is an
// empty citation (IsZero).
type Ref struct {
	Doc     string `json:"doc,omitempty"`     // document number, e.g. "54/2023/QĐ-UBND"
	Article int    `json:"article,omitempty"` // 0 when the citation is to a whole document or a point of a letter
	Clause  int    `json:"clause,omitempty"`
	Point   string `json:"point,omitempty"`
	Part    string `json:"part,omitempty"`
}

// IsZero reports whether r is the zero Ref.
func (r Ref) IsZero() bool { return r == Ref{} }

// String returns the English rendering of r.
func (r Ref) String() string { return r.Text(English) }

// Text renders r in language l, following each language's legal usage:
//
//	Vietnamese: "điểm a khoản 1 Điều 20 Quyết định 54/2023/QĐ-UBND"
//	English:    "Art. 20(1)(a), Decision 54/2023/QĐ-UBND"
//
// A Part comes after the document: "Công văn 56/UBND-KTTH, chú thích 2" /
// "Letter 56/UBND-KTTH, footnote 2".
func (r Ref) Text(l Lang) string {
	var doc string
	if r.Doc != "" {
		name := letterName.In(l)
		if dn, err := ParseDocNumber(r.Doc); err == nil {
			name = dn.TypeName(l)
		}
		doc = name + " " + r.Doc
	}
	var b strings.Builder
	if l == English {
		if r.Article != 0 {
			b.WriteString("Art. ")
			b.WriteString(strconv.Itoa(r.Article))
			if r.Clause != 0 {
				b.WriteString("(" + strconv.Itoa(r.Clause) + ")")
			}
			if r.Point != "" {
				b.WriteString("(" + r.Point + ")")
			}
		}
		if doc != "" {
			if b.Len() > 0 {
				b.WriteString(", ")
			}
			b.WriteString(doc)
		}
		if r.Part != "" {
			if b.Len() > 0 {
				b.WriteString(", ")
			}
			b.WriteString(r.Part)
		}
		return b.String()
	}
	if r.Point != "" {
		b.WriteString("điểm " + r.Point)
	}
	if r.Clause != 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("khoản " + strconv.Itoa(r.Clause))
	}
	if r.Article != 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("Điều " + strconv.Itoa(r.Article))
	}
	if doc != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(doc)
	}
	if r.Part != "" {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(partVietnamese(r.Part))
	}
	return b.String()
}

// partWords translates the words that citation parts are made of; numbers
// and letters pass through.
var partWords = strings.NewReplacer(
	"footnotes", "chú thích",
	"footnote", "chú thích",
	"fn.", "chú thích",
	"opening", "phần mở đầu",
	"points", "mục",
	"point", "mục",
	"Appendix", "Phụ lục",
	"appendix", "phụ lục",
	"form", "mẫu",
	"first dash", "gạch đầu dòng thứ nhất",
	"second dash", "gạch đầu dòng thứ hai",
	"third dash", "gạch đầu dòng thứ ba",
	"dash", "gạch đầu dòng",
)

func partVietnamese(p string) string { return partWords.Replace(p) }
