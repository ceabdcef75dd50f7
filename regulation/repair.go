package regulation

import "strconv"

// RepairKind is the kind of a change a lenient reader (ReadDocNumber,
// signoff.ReadBlock) made to read a text that is not in the printed form.
// The zero value is RepairKindUnknown.
type RepairKind uint8

// Kinds of repairs, in the order a reader applies them.
const (
	RepairKindUnknown RepairKind = iota
	// RepairKindPrefix (prefix): "Số:" written otherwise ("Số :", "SỐ:", "số").
	RepairKindPrefix
	// RepairKindSpace (space): spaces around '/' or '-', before or after the
	// number, or a line break inside it ("1717/QĐ- UBND").
	RepairKindSpace
	// RepairKindDash (dash): an en dash, em dash or minus sign for '-'.
	RepairKindDash
	// RepairKindSeparator (separator): a space, a doubled slash or a hyphen
	// where '/' belongs ("2313 QĐ-BTP", "38//2009/NĐ-CP", "20/2000-QĐ-TTg").
	RepairKindSeparator
	// RepairKindLookalike (lookalike): the look-alike Ð (U+00D0) for Đ (U+0110).
	RepairKindLookalike
	// RepairKindDiacritic (diacritic): a known abbreviation without its
	// diacritics ("QD" for QĐ, "LDTBXH" for LĐTBXH).
	RepairKindDiacritic
	// RepairKindCase (case): a known abbreviation in another letter case ("Ttr"
	// for TTr, "TTG" for TTg, "tt" for TT).
	RepairKindCase
	// RepairKindHyphen (hyphen): a type run together with its issuer ("QĐUBND").
	RepairKindHyphen
	// RepairKindCapacity (capacity): a signing capacity written another way in a
	// signature block ("T/M" for TM., "KT" for KT.).
	RepairKindCapacity
)

var repairKinds = DefineEnum[RepairKind]("RepairKind", []EnumValue{
	RepairKindUnknown:   {"", Text{"sửa", "repair"}},
	RepairKindPrefix:    {"prefix", Text{"tiền tố 'Số:' viết khác mẫu", "'Số:' written another way"}},
	RepairKindSpace:     {"space", Text{"khoảng trắng thừa", "stray space"}},
	RepairKindDash:      {"dash", Text{"dấu gạch ngang không phải dấu '-'", "a dash that is not '-'"}},
	RepairKindSeparator: {"separator", Text{"dấu phân cách sai", "wrong separator"}},
	RepairKindLookalike: {"lookalike", Text{"chữ Ð (U+00D0) giống nhưng không phải chữ Đ", "look-alike letter Ð (U+00D0), not Đ"}},
	RepairKindDiacritic: {"diacritic", Text{"thiếu dấu", "no diacritic"}},
	RepairKindCase:      {"case", Text{"sai chữ hoa, chữ thường", "letter case"}},
	RepairKindHyphen:    {"hyphen", Text{"thiếu dấu gạch nối", "missing hyphen"}},
	RepairKindCapacity:  {"capacity", Text{"thẩm quyền ký viết khác mẫu", "signing capacity written another way"}},
})

// String returns the snake_case name of k.
func (k RepairKind) String() string { return repairKinds.String(k) }

// MarshalText implements encoding.TextMarshaler.
func (k RepairKind) MarshalText() ([]byte, error) { return repairKinds.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// *EnumError.
func (k *RepairKind) UnmarshalText(b []byte) (err error) { *k, err = repairKinds.Parse(b); return err }

// Localize returns the description of k in language l: "thiếu dấu" / "no
// diacritic".
func (k RepairKind) Localize(l Lang) string { return repairKinds.Localize(k, l) }

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
	readAs := Text{VI: " đọc là ", EN: " read as "}.In(l)
	return r.Kind.Localize(l) + ": " + strconv.Quote(r.From) + readAs + strconv.Quote(r.To)
}

// String returns the English message of r.
func (r Repair) String() string { return r.Message(English) }
