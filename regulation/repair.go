package regulation

import "strconv"

// RepairKind is the kind of a change a lenient reader (ReadDocNumber,
// signoff.ReadBlock) made to read a text that is not in the printed form.
// The zero value is RepairKindUnknown.
type RepairKind uint8

// Kinds of repairs, in the order a reader applies them.
const (
	RepairKindUnknown RepairKind = iota
	// RepairPrefix (prefix): "Số:" written otherwise ("Số :", "SỐ:", "số").
	RepairPrefix
	// RepairSpace (space): spaces around '/' or '-', before or after the
	// number, or a line break inside it ("1717/QĐ- UBND").
	RepairSpace
	// RepairDash (dash): an en dash, em dash or minus sign for '-'.
	RepairDash
	// RepairSeparator (separator): a space, a doubled slash or a hyphen
	// where '/' belongs ("2313 QĐ-BTP", "38//2009/NĐ-CP", "20/2000-QĐ-TTg").
	RepairSeparator
	// RepairLookalike (lookalike): the look-alike Ð (U+00D0) for Đ (U+0110).
	RepairLookalike
	// RepairDiacritic (diacritic): a known abbreviation without its
	// diacritics ("QD" for QĐ, "LDTBXH" for LĐTBXH).
	RepairDiacritic
	// RepairCase (case): a known abbreviation in another letter case ("Ttr"
	// for TTr, "TTG" for TTg, "tt" for TT).
	RepairCase
	// RepairHyphen (hyphen): a type run together with its issuer ("QĐUBND").
	RepairHyphen
	// RepairCapacity (capacity): a signing capacity written another way in a
	// signature block ("T/M" for TM., "KT" for KT.).
	RepairCapacity
)

var repairKinds = NewEnumSet[RepairKind]("RepairKind",
	"prefix", "space", "dash", "separator", "lookalike", "diacritic", "case", "hyphen", "capacity")

// String returns the snake_case name of k.
func (k RepairKind) String() string { return repairKinds.String(k) }

// MarshalText implements encoding.TextMarshaler.
func (k RepairKind) MarshalText() ([]byte, error) { return repairKinds.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// *EnumError.
func (k *RepairKind) UnmarshalText(b []byte) (err error) { *k, err = repairKinds.Parse(b); return err }

var repairKindText = [...]bilingual{
	{"sửa", "repair"},
	{"tiền tố 'Số:' viết khác mẫu", "'Số:' written another way"},
	{"khoảng trắng thừa", "stray space"},
	{"dấu gạch ngang không phải dấu '-'", "a dash that is not '-'"},
	{"dấu phân cách sai", "wrong separator"},
	{"chữ Ð (U+00D0) giống nhưng không phải chữ Đ", "look-alike letter Ð (U+00D0), not Đ"},
	{"thiếu dấu", "no diacritic"},
	{"sai chữ hoa, chữ thường", "letter case"},
	{"thiếu dấu gạch nối", "missing hyphen"},
	{"thẩm quyền ký viết khác mẫu", "signing capacity written another way"},
}

// Localize returns the description of k in language l: "thiếu dấu" / "no
// diacritic".
func (k RepairKind) Localize(l Lang) string {
	if int(k) < len(repairKindText) {
		return repairKindText[k].in(l)
	}
	return k.String()
}

// Repair is one change a lenient reader made to read a text: what was
// written (From), what it was read as (To), and why (Kind). A check can turn
// repairs into a warning such as "misformatted, read as 746/QĐ-TTg". A
// Repair is a small value; compare repairs with ==.
type Repair struct {
	Kind RepairKind
	From string // the text as written: "QD", " – ", "T/M"
	To   string // the text as read: "QĐ", "-", "TM."
}

// Message returns the repair in language l:
//
//	Vietnamese: thiếu dấu: "QD" đọc là "QĐ"
//	English:    no diacritic: "QD" read as "QĐ"
func (r Repair) Message(l Lang) string {
	if l == English {
		return r.Kind.Localize(l) + ": " + strconv.Quote(r.From) + " read as " + strconv.Quote(r.To)
	}
	return r.Kind.Localize(l) + ": " + strconv.Quote(r.From) + " đọc là " + strconv.Quote(r.To)
}

// String returns the English message of r.
func (r Repair) String() string { return r.Message(English) }
