package signoff

import (
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quyche/quyche/regulation"
)

// Repair is a change ReadBlock made to read a block; see regulation.Repair.
type Repair = regulation.Repair

// Block is a signature block as Decree 30/2020/NĐ-CP (Appendix I) lays it
// out under a document: an optional heading, the capacity lines, the
// signer's own title, an optional signature-status line and the signer's
// name, one per line:
//
//	TM. ỦY BAN NHÂN DÂN        TL. CHỦ TỊCH            TM. ỦY BAN NHÂN DÂN HUYỆN
//	KT. CHỦ TỊCH               CHÁNH VĂN PHÒNG         Q. CHỦ TỊCH
//	PHÓ CHỦ TỊCH                                       Võ Thị Tuyết
//
// The first reads Block{Collective: "ỦY BAN NHÂN DÂN", Capacity:
// CapacityKT, For: "CHỦ TỊCH", Title: "PHÓ CHỦ TỊCH"}; the second
// Block{Capacity: CapacityTL, For: "CHỦ TỊCH", Title: "CHÁNH VĂN PHÒNG"}; the
// third, an acting head who prints no title of their own,
// Block{Collective: "ỦY BAN NHÂN DÂN HUYỆN", Capacity: CapacityQ, For: "CHỦ
// TỊCH", Name: "Võ Thị Tuyết"}. A TL. grantee's deputy signing for them
// (Art. 13(4)) prints "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN
// PHÒNG": Block{ByOrderOf: "CHỦ TỊCH", Capacity: CapacityKT, For: "CHÁNH
// VĂN PHÒNG", Title: "PHÓ CHÁNH VĂN PHÒNG"}.
//
// The zero value is not a valid block. A Block is a small value; compare
// blocks with ==.
type Block struct {
	// Heading is a line printed above the capacity lines: "XÁC THỰC VĂN BẢN
	// HỢP NHẤT" (the certification of a consolidated text); "" mostly.
	Heading string
	// Collective is the collective signed on behalf of, after "TM." (e.g.
	// "ỦY BAN NHÂN DÂN"); "" when the block has no TM. line.
	Collective string
	// ByOrderOf is the position after an outer "TL." line when the deputy
	// of a TL. grantee signs KT. for them; "" otherwise. It is set only with
	// CapacityKT and without Collective.
	ByOrderOf string
	// Capacity is how the signer signs: CapacityDirect (no capacity line),
	// CapacityTM (a TM. line only), or CapacityKT, CapacityQ, CapacityTL,
	// CapacityTUQ (a line with that prefix, which may follow a TM. line for
	// KT. and Q.).
	Capacity Capacity
	// For is what the signer signs for: the position after "KT.", "Q.",
	// "TL." or "TUQ." (e.g. "CHỦ TỊCH"); "" for CapacityDirect and CapacityTM.
	For string
	// Title is the signer's own position (e.g. "PHÓ CHỦ TỊCH"), joined into
	// one line when printed over two. It is "" when the block prints no
	// title of its own, as Q. blocks and some TUQ. blocks do: the acting head
	// of "Q. CHỦ TỊCH" holds the position signed for.
	Title string
	// Status is the signature-status line as printed on a copy, e.g.
	// "(Đã ký)", "(ký, đóng dấu)", "(Ký tên, đóng dấu)"; "" when none. It is
	// never taken for a title or a name.
	Status string
	// Name is the signer's name, the last line; "" when the block has none.
	Name string
}

// ErrInvalidBlock is the sentinel wrapped by every *BlockError.
var ErrInvalidBlock = errors.New("signoff: invalid signature block")

// BlockError reports a text that is not a signature block. It wraps
// ErrInvalidBlock.
type BlockError struct {
	Line   int    // the line at fault, counted from 1 in the input; 0 for the block as a whole
	Reason string // what is wrong, e.g. "missing title"
}

// Error returns "signoff: invalid signature block: line N: reason".
func (e *BlockError) Error() string {
	if e.Line == 0 {
		return "signoff: invalid signature block: " + e.Reason
	}
	return "signoff: invalid signature block: line " + strconv.Itoa(e.Line) + ": " + e.Reason
}

// Unwrap returns ErrInvalidBlock.
func (e *BlockError) Unwrap() error { return ErrInvalidBlock }

// blockLine is a non-empty line of a block, with its number in the input.
type blockLine struct {
	n    int
	text string
}

// prefixes lists the capacities that print a prefix, in the order they are
// tried.
var prefixes = [...]Capacity{CapacityTM, CapacityKT, CapacityQ, CapacityTL, CapacityTUQ}

// headings are the lines a block may print above its capacity lines.
var headings = [...]string{"XÁC THỰC VĂN BẢN HỢP NHẤT"}

// stateName is the rest of the title of the President and of the collective
// of the old Council of State, printed on a line of its own.
const stateName = "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"

// ParseBlock parses a signature block laid out as in Decree 30/2020/NĐ-CP:
// lines separated by "\n", in this order:
//
//	XÁC THỰC VĂN BẢN HỢP NHẤT     optional heading
//	TM. <collective>              optional, on behalf of a collective
//	TL. <position>                optional, only before a KT. line, without TM.
//	KT.|Q.|TL.|TUQ. <position>    optional (after TM.: only KT. or Q.)
//	<title>                       the signer's own position
//	(Đã ký)                       optional signature-status line, anywhere after the capacity lines
//	<name>                        optional
//
// Spaces are trimmed and runs of white space inside a line become one space;
// empty lines (the room left for the signature) are skipped. The last line is
// the name when it reads as a person's name: words in title case ("Võ Thị
// Tuyết"), or in capitals after a common family name ("VÕ CHÍ CÔNG"), and no
// word of a position (CHỦ, TỊCH, TRƯỞNG, GIÁM, ĐỐC, …). The title may be
// missing only after Q. or TUQ.; it may run over two lines when the split is
// evident — "CỤC TRƯỞNG CỤC" / "CHUYỂN ĐỔI SỐ QUỐC GIA" (a "<unit> TRƯỞNG
// <unit>" line asks for the unit's name), a second line beginning "KIÊM"
// (a person holding a second position: the two read as one Title,
// "GIÁM ĐỐC KIÊM …") and the state's name "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA
// VIỆT NAM" after the President's "CHỦ TỊCH" or after a TM. line. A title
// printed on one line with a comma between two positions ("BỘ TRƯỞNG, CHỦ
// NHIỆM") is one Title as printed.
//
// ParseBlock never misreads. Prefixes are upper case with their dot ("KT.",
// the space after it optional); a line whose first word is a prefix in
// another case, without its dot or with a slash ("kt.", "KT", "T/M"), a
// prefix with nothing after it, a capacity line out of place, a missing
// title, two lines that could be a title over two lines or a title and a
// name in capitals, more lines than that, a line with characters no title or
// name has ('*'), two status lines, invalid UTF-8 and control characters are
// errors (*BlockError, wrapping ErrInvalidBlock); ReadBlock reads the
// common misspellings of prefixes. ParseBlock never panics.
func ParseBlock(s string) (Block, error) {
	lines, err := splitBlock(s)
	if err != nil {
		return Block{}, err
	}
	for _, l := range lines {
		if c, _, ok := prefixLike(l.text); ok {
			reason := "capacity prefix not in upper case with its dot"
			if strings.Contains(strings.Fields(l.text)[0], "/") {
				reason = "capacity written with a slash: want " + c.Prefix()
			}
			return Block{}, &BlockError{Line: l.n, Reason: reason}
		}
	}
	return parseLines(lines)
}

// parseLines reads checked lines into a Block: first the heading and the
// capacity lines, then the signer's lines.
func parseLines(lines []blockLine) (Block, error) {
	if len(lines) == 0 {
		return Block{}, &BlockError{Reason: "empty block"}
	}
	b, i, err := parseCapacity(lines)
	if err != nil {
		return Block{}, err
	}
	return parseSigner(b, lines[i:])
}

// parseCapacity reads the heading and the capacity lines at the start of
// lines (TM. with its collective, an outer TL. over KT., the capacity
// line) and returns the block so far and the index of the first line after
// them.
func parseCapacity(lines []blockLine) (Block, int, error) {
	var b Block
	i := 0
	if len(lines) > 1 && isHeading(lines[0].text) {
		b.Heading = lines[0].text
		i++
	}
	capLine := func(i int) (Capacity, string, bool) {
		if i >= len(lines) {
			return CapacityUnknown, "", false
		}
		return splitPrefix(lines[i].text)
	}
	if c, rest, ok := capLine(i); ok && c == CapacityTM {
		b.Collective, b.Capacity = rest, CapacityTM
		i++
		if i < len(lines) && lines[i].text == stateName {
			b.Collective += " " + stateName
			i++
		}
	}
	if c, rest, ok := capLine(i); ok && c == CapacityTL && b.Collective == "" {
		if c2, _, ok2 := capLine(i + 1); ok2 && c2 == CapacityKT {
			b.ByOrderOf = rest
			i++
		}
	}
	if c, rest, ok := capLine(i); ok {
		switch {
		case c == CapacityTM:
			return Block{}, 0, &BlockError{Line: lines[i].n, Reason: "TM. must be the first line"}
		case b.Collective != "" && c != CapacityKT && c != CapacityQ:
			return Block{}, 0, &BlockError{Line: lines[i].n, Reason: "only KT. or Q. may follow TM."}
		}
		b.Capacity, b.For = c, rest
		i++
	}
	if b.Capacity == CapacityUnknown {
		b.Capacity = CapacityDirect
	}
	return b, i, nil
}

// parseSigner reads the lines after the capacity lines of b — title lines,
// a status line, the name — into b, and checks the capacity lines' text.
func parseSigner(b Block, lines []blockLine) (Block, error) {
	var rest []blockLine
	for _, l := range lines {
		if _, _, ok := splitPrefix(l.text); ok {
			return Block{}, &BlockError{Line: l.n, Reason: "capacity line out of place"}
		}
		if isHeading(l.text) {
			return Block{}, &BlockError{Line: l.n, Reason: "heading out of place"}
		}
		if isStatus(l.text) {
			if b.Status != "" {
				return Block{}, &BlockError{Line: l.n, Reason: "two signature-status lines"}
			}
			b.Status = l.text
			continue
		}
		if r, ok := strangeRune(l.text); ok {
			return Block{}, &BlockError{Line: l.n, Reason: "unexpected " + strconv.QuoteRune(r) + ": not a title or a name"}
		}
		rest = append(rest, l)
	}
	for _, t := range []string{b.Collective, b.ByOrderOf, b.For} {
		if r, ok := strangeRune(t); ok {
			return Block{}, &BlockError{Reason: "unexpected " + strconv.QuoteRune(r) + " in a capacity line"}
		}
	}
	if n := len(rest); n > 0 && isName(rest[n-1].text) {
		b.Name = rest[n-1].text
		rest = rest[:n-1]
	}
	switch len(rest) {
	case 0:
		if b.Capacity != CapacityQ && b.Capacity != CapacityTUQ {
			return Block{}, &BlockError{Reason: "missing title"}
		}
		if b.Name == "" {
			return Block{}, &BlockError{Reason: "missing title and name"}
		}
	case 1:
		b.Title = rest[0].text
		if isName(b.Title) {
			return Block{}, &BlockError{Line: rest[0].n, Reason: "a name where the title belongs"}
		}
	case 2:
		first, second := rest[0].text, rest[1].text
		if !titleContinues(first, second) {
			return Block{}, &BlockError{Line: rest[1].n, Reason: "two lines after the capacity lines: a title over two lines, or a title and a name not written as a name"}
		}
		b.Title = first + " " + second
	default:
		return Block{}, &BlockError{Line: rest[2].n, Reason: "more than a title and a name after the capacity lines"}
	}
	return b, nil
}

// titleContinues reports whether second evidently continues the title
// begun on first.
func titleContinues(first, second string) bool {
	if second == stateName || strings.HasPrefix(second, "KIÊM ") {
		return true
	}
	words := strings.Fields(first)
	// "CỤC TRƯỞNG CỤC", "VỤ TRƯỞNG VỤ", "TỔNG CỤC TRƯỞNG TỔNG CỤC": the head
	// of a unit whose name is on the next line.
	for k := 1; k < len(words); k++ {
		if words[k] == "TRƯỞNG" {
			unit := strings.Join(words[:k], " ")
			if strings.HasSuffix(first, " TRƯỞNG "+unit) && isUpper(second) && !isName(second) {
				return true
			}
		}
	}
	return false
}

// splitBlock returns the non-empty lines of s, normalised, and checks each
// for invalid UTF-8, control characters and a prefix with nothing after it.
func splitBlock(s string) ([]blockLine, error) {
	var lines []blockLine
	for n := 1; ; n++ {
		line, more, found := strings.Cut(s, "\n")
		if !utf8.ValidString(line) {
			return nil, &BlockError{Line: n, Reason: "invalid UTF-8"}
		}
		text := strings.Join(strings.Fields(line), " ")
		if strings.IndexFunc(text, unicode.IsControl) >= 0 {
			return nil, &BlockError{Line: n, Reason: "control character"}
		}
		if text != "" {
			if _, rest, ok := splitPrefix(text); ok && rest == "" {
				return nil, &BlockError{Line: n, Reason: "nothing after the capacity prefix"}
			}
			lines = append(lines, blockLine{n: n, text: text})
		}
		if !found {
			return lines, nil
		}
		s = more
	}
}

// splitPrefix splits a capacity line into its capacity and what follows the
// prefix; ok is false when the line does not start with a prefix.
func splitPrefix(text string) (c Capacity, rest string, ok bool) {
	for _, c := range prefixes {
		if p := c.Prefix(); strings.HasPrefix(text, p) {
			return c, strings.TrimSpace(text[len(p):]), true
		}
	}
	return CapacityUnknown, "", false
}

// slashPrefixes are capacities written with a slash instead of a dot.
var slashPrefixes = map[string]Capacity{"T/M": CapacityTM, "K/T": CapacityKT, "T/L": CapacityTL, "T/UQ": CapacityTUQ}

// prefixLike returns the capacity a line's first word spells in a way other
// than its printed prefix ("kt.", "Kt.", "KT", "T/M"), and the rest of the
// line: a block would otherwise be misread, the prefix taken for a title.
func prefixLike(text string) (Capacity, string, bool) {
	if _, _, ok := splitPrefix(text); ok {
		return CapacityUnknown, "", false
	}
	word, after, _ := strings.Cut(text, " ")
	// A word such as "kt.chủ" carries the rest of the line after the dot.
	if i := strings.IndexByte(word, '.'); i >= 0 {
		after = strings.TrimSpace(word[i+1:] + " " + after)
		word = word[:i+1]
	}
	if c, ok := slashPrefixes[strings.ToUpper(strings.TrimSuffix(word, "."))]; ok {
		return c, after, true
	}
	w := strings.ToUpper(strings.TrimSuffix(word, "."))
	for _, c := range prefixes {
		if w == strings.TrimSuffix(c.Prefix(), ".") {
			return c, after, true
		}
	}
	return CapacityUnknown, "", false
}

func isHeading(text string) bool {
	for _, h := range headings {
		if text == h {
			return true
		}
	}
	return false
}

// statusWords are the words of a signature-status line.
var statusWords = map[string]bool{
	"đã": true, "ký": true, "tên": true, "đóng": true, "dấu": true, "chữ": true,
	"và": true, "ghi": true, "rõ": true, "họ": true, "chức": true, "vụ": true,
}

// isStatus reports whether text is a signature-status line: "(Đã ký)",
// "(ký)", "(ký, đóng dấu)", "(Ký tên, đóng dấu)", "(Chữ ký, dấu)", or "Đã
// ký" without brackets.
func isStatus(text string) bool {
	inner, bracketed := strings.CutPrefix(text, "(")
	if bracketed {
		var ok bool
		if inner, ok = strings.CutSuffix(inner, ")"); !ok {
			return false
		}
	}
	words := strings.FieldsFunc(strings.ToLower(inner), func(r rune) bool { return r == ' ' || r == ',' })
	if len(words) == 0 {
		return false
	}
	signed := false
	for _, w := range words {
		if !statusWords[w] {
			return false
		}
		if w == "ký" || w == "dấu" {
			signed = true
		}
	}
	if !bracketed {
		return strings.EqualFold(inner, "đã ký") || strings.EqualFold(inner, "ký tên, đóng dấu")
	}
	return signed
}

// strangeRune returns a character of text that no title, collective or name
// holds: anything but letters, digits, spaces and , . & - ' / ( ).
func strangeRune(text string) (rune, bool) {
	for _, r := range text {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r), r == ' ':
		case strings.ContainsRune(",.&-'/()", r):
		default:
			return r, true
		}
	}
	return 0, false
}

// positionWords are words of titles that no Vietnamese personal name has.
var positionWords = map[string]bool{
	"PHÓ": true, "TRƯỞNG": true, "CHỦ": true, "TỊCH": true, "GIÁM": true, "ĐỐC": true,
	"CHÁNH": true, "THỦ": true, "TƯỚNG": true, "CỤC": true, "VỤ": true, "SỞ": true,
	"ỦY": true, "UỶ": true, "NHIỆM": true, "TỔNG": true, "HIỆU": true, "BỘ": true,
	"THỨ": true, "VIỆN": true, "BAN": true, "PHÒNG": true, "BÍ": true, "QUYỀN": true,
	"KIÊM": true, "NƯỚC": true, "ĐỒNG": true,
}

// familyNames are common Vietnamese family names, in capitals.
var familyNames = map[string]bool{
	"NGUYỄN": true, "TRẦN": true, "LÊ": true, "PHẠM": true, "HOÀNG": true, "HUỲNH": true,
	"PHAN": true, "VŨ": true, "VÕ": true, "ĐẶNG": true, "BÙI": true, "ĐỖ": true, "HỒ": true,
	"NGÔ": true, "DƯƠNG": true, "LÝ": true, "ĐINH": true, "ĐÀO": true, "ĐOÀN": true,
	"TRỊNH": true, "LƯU": true, "MAI": true, "TRƯƠNG": true, "HÀ": true, "LÂM": true,
	"TÔ": true, "CAO": true, "LƯƠNG": true, "VƯƠNG": true, "TẠ": true, "TỐNG": true,
	"CHU": true, "PHÙNG": true, "KIỀU": true, "THÁI": true, "QUÁCH": true, "LỤC": true,
	"TĂNG": true, "NÔNG": true, "LỮ": true, "TRIỆU": true, "MẠC": true, "KHỔNG": true,
	"DIỆP": true, "TÔN": true, "LÃ": true, "NGHIÊM": true, "THÂN": true, "BẠCH": true,
	"LA": true, "VI": true, "LIỆU": true,
}

// isName reports whether text reads as a person's name: two to six words of
// letters, none of them a word of a position, in title case ("Võ Thị
// Tuyết") or in capitals after a common family name ("VÕ CHÍ CÔNG").
func isName(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	titleCase, upper := true, true
	for _, w := range words {
		if positionWords[strings.ToUpper(w)] {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '\'' {
				return false
			}
		}
		first, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) || strings.ToLower(w[size:]) != w[size:] {
			titleCase = false
		}
		if strings.ToUpper(w) != w {
			upper = false
		}
	}
	return (titleCase && !upper) || (upper && familyNames[words[0]])
}

func isUpper(text string) bool { return strings.ToUpper(text) == text }

// String returns the block laid out as Decree 30/2020/NĐ-CP prints it, one
// line per part, separated by "\n", without a final newline:
//
//	TM. ỦY BAN NHÂN DÂN
//	KT. CHỦ TỊCH
//	PHÓ CHỦ TỊCH
//	(Đã ký)
//	Lê Thị Bình
//
// A title read from two lines prints on one. For a Block returned by
// [ParseBlock] or [ReadBlock], ParseBlock(b.String()) returns b again. A
// Block that ParseBlock could not have returned (a TM block without
// Collective, a Title that starts with a prefix, …) prints all the same, but
// does not read back.
func (b Block) String() string {
	var s strings.Builder
	line := func(text string) {
		if s.Len() > 0 {
			s.WriteByte('\n')
		}
		s.WriteString(text)
	}
	if b.Heading != "" {
		line(b.Heading)
	}
	if b.Collective != "" || b.Capacity == CapacityTM {
		line(join(CapacityTM.Prefix(), b.Collective))
	}
	if b.ByOrderOf != "" {
		line(join(CapacityTL.Prefix(), b.ByOrderOf))
	}
	switch b.Capacity {
	case CapacityKT, CapacityQ, CapacityTL, CapacityTUQ:
		line(join(b.Capacity.Prefix(), b.For))
	}
	if b.Title != "" {
		line(b.Title)
	}
	if b.Status != "" {
		line(b.Status)
	}
	if b.Name != "" {
		line(b.Name)
	}
	return s.String()
}

// ReadBlock reads a signature block as people type and scrape it, and
// returns it with each repair it made; a block ParseBlock reads is returned
// exactly as ParseBlock returns it, with no repairs. Beyond the printed
// layout it reads a capacity written with a slash ("T/M", "K/T", "T/L",
// "T/UQ"), without its dot ("KT GIÁM ĐỐC") or in another case ("Kt."), each
// reported as a regulation.RepairKindCapacity. Everything else is read as
// ParseBlock reads it; what it still cannot read fails with a *BlockError
// wrapping ErrInvalidBlock. ReadBlock never panics.
func ReadBlock(s string) (Block, []Repair, error) {
	b, strictErr := ParseBlock(s)
	if strictErr == nil {
		return b, nil, nil
	}
	lines, err := splitBlock(s)
	if err != nil {
		return Block{}, nil, err
	}
	var repairs []Repair
	for i, l := range lines {
		c, after, ok := prefixLike(l.text)
		if !ok {
			continue
		}
		if after == "" {
			return Block{}, nil, &BlockError{Line: l.n, Reason: "nothing after the capacity prefix"}
		}
		written := strings.TrimSuffix(l.text, after)
		written = strings.TrimSpace(written)
		repairs = append(repairs, Repair{Kind: regulation.RepairKindCapacity, From: written, To: c.Prefix()})
		lines[i].text = c.Prefix() + " " + after
	}
	if len(repairs) == 0 {
		return Block{}, nil, strictErr
	}
	b, err = parseLines(lines)
	if err != nil {
		return Block{}, nil, err
	}
	return b, repairs, nil
}

func join(prefix, text string) string {
	if text == "" {
		return prefix
	}
	return prefix + " " + text
}
