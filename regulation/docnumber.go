package regulation

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// ErrInvalidDocNumber is the sentinel wrapped by every *DocNumberError.
var ErrInvalidDocNumber = errors.New("regulation: invalid document number")

// DocNumberError reports a text that is not a document number as official
// documents print it. It wraps ErrInvalidDocNumber.
type DocNumberError struct {
	Input  string // the text given, cut to 64 bytes
	Reason string // what is wrong, and what would make it readable
	// Suggestion is the number as ReadDocNumber reads the text ("746/QĐ-TTg"
	// for "746/QĐ – TTg"), or "" when the lenient reader cannot read it
	// either. Only ParseDocNumber sets it.
	Suggestion string
}

// Error returns "regulation: invalid document number "X": reason", followed
// by `; did you mean "Y"?` when there is a suggestion.
func (e *DocNumberError) Error() string {
	msg := "regulation: invalid document number " + strconv.Quote(e.Input) + ": " + e.Reason
	if e.Suggestion != "" {
		msg += "; did you mean " + strconv.Quote(e.Suggestion) + "?"
	}
	return msg
}

// Unwrap returns ErrInvalidDocNumber.
func (e *DocNumberError) Unwrap() error { return ErrInvalidDocNumber }

// DocForm is the layout a document number is printed in. The zero value is
// DocFormUnknown, which no parsed number has.
type DocForm uint8

// Layouts of document numbers.
const (
	DocFormUnknown DocForm = iota
	// DocFormDecree30 (decree30) is "number/[year/]symbol", the layout of
	// Decree 30/2020/NĐ-CP and of the decrees before it that used a slash:
	// 54/2023/QĐ-UBND, 56/UBND-KTTH, 77/2015/QH13, 12/CP (1995).
	DocFormDecree30
	// DocFormParty (party) is "number-TYPE/ISSUER", the layout of documents
	// of the Communist Party of Vietnam (số và ký hiệu văn bản của Đảng):
	// 57-NQ/TW, 97-QĐ/TW, 8011-CV/BTCTW; the Youth Union adds drafting units
	// after the issuer (367-QĐ/TWĐTN-VP).
	DocFormParty
	// DocFormLegacy (legacy) is "number-SYMBOL", the layout state documents
	// used before the slash: 178-CP (1994), 24-CT (1991), 04-TTg (1995). Its
	// symbol names the issuer (CP, TTg, HĐBT; CT is the Chairman of the
	// Council of Ministers) or, for 60-SL, the kind of act (sắc lệnh).
	DocFormLegacy
)

var docForms = DefineEnum[DocForm]("DocForm", []EnumValue{
	DocFormUnknown:  {"", Text{"không rõ", "unknown"}},
	DocFormDecree30: {"decree30", Text{"mẫu của Nghị định 30/2020/NĐ-CP", "layout of Decree 30/2020/NĐ-CP"}},
	DocFormParty:    {"party", Text{"mẫu văn bản của Đảng", "layout of Party documents"}},
	DocFormLegacy:   {"legacy", Text{"mẫu cũ, không có dấu gạch chéo", "legacy layout without a slash"}},
})

// String returns the snake_case name of f: "decree30", "party" or "legacy".
func (f DocForm) String() string { return docForms.String(f) }

// MarshalText implements encoding.TextMarshaler.
func (f DocForm) MarshalText() ([]byte, error) { return docForms.Marshal(f) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// *EnumError.
func (f *DocForm) UnmarshalText(b []byte) (err error) { *f, err = docForms.Parse(b); return err }

// Localize returns the Vietnamese or English name of the layout f.
func (f DocForm) Localize(l Lang) string { return docForms.Localize(f, l) }

// DocNumber is the number and symbol (số, ký hiệu) of an official document:
//
//	56/UBND-KTTH             letter (công văn): number / issuer - drafting unit
//	570/SGDĐT-GDNN-QLCL      letter drafted by two units
//	54/2023/QĐ-UBND          legal document: number / year / type - issuer
//	1234/QĐ-UBND             other typed document: number / type - issuer
//	02/2011/TTLT-VPCP-BNV    joint document: type - issuer - co-issuers
//	30c/NQ-CP                a number with a letter
//	77/2015/QH13             law: number / year / issuing body
//	57-NQ/TW                 Party document: number - type / issuer
//	178-CP                   legacy state document: number - issuer
//
// A DocNumber holds a slice (CoIssuers), so compare numbers with Equal. The
// zero value is unset (IsZero).
type DocNumber struct {
	Number    int      // the running number, ≥ 1: 30 in "30c/NQ-CP"
	Suffix    string   // the letter after the number: "c" in "30c/NQ-CP"; "" mostly
	Year      int      // the year in the symbol, 0 when the symbol has none
	Type      string   // type abbreviation ("QĐ", "NĐ", "TTLT", "NQ"); "" for a letter, a law and the legacy form
	Issuer    string   // the (first) issuing body: "UBND", "CP", "VPCP", "QH13", "TW"
	CoIssuers []string // the other issuing bodies of a joint document: ["BNV"] in "02/2011/TTLT-VPCP-BNV"
	Drafter   string   // the drafting unit(s), joined by '-' as printed: "KTTH", "GDNN-QLCL", "CTL&BHXH"
	// Digits is how many digits the number was printed with, when that is
	// not the usual form (two digits below 10, as many as needed above):
	// 4 for "0205/KH-UBND", 1 for "8/HĐBT"; 0 for the usual form.
	Digits int
	Form   DocForm // the layout the number was printed in
}

// docProblem is why a text is not a number as printed, with the part at
// fault.
type docProblem struct {
	reason string
}

// maxParts bounds the parts of a symbol; a joint circular of more bodies
// than that is refused rather than misread.
const maxParts = 8

// ParseDocNumber parses a document number as official documents print it,
// with an optional leading "Số:" or "Số" (and spaces after it):
//
//	Decree 30 layout   56/UBND-KTTH, 9000/VPCP-TH, 54/2023/QĐ-UBND, 77/2015/QH13,
//	                   0205/KH-UBND, 30c/NQ-CP, 144/TTr-SNN&PTNT, 570/SGDĐT-GDNN-QLCL,
//	                   02/2011/TTLT-VPCP-BNV, 14/VBHN-BTC, 18/BCTĐ-STP, 630/CV-SLĐTBXH
//	Party layout       57-NQ/TW, 97-QĐ/TW, 70-TTr/ĐU, 8011-CV/BTCTW
//	legacy layout      178-CP, 60-SL, 167-HĐBT, 04-TTg
//
// The first part of a Decree 30 symbol is its type when it is a type
// abbreviation (QĐ, NĐ, TT, CT, TB, …); otherwise the number is a letter and
// that part is its issuer. Where a symbol fits both readings this is the
// reading Decree 30 implies: "348/CT-CS" is a directive (chỉ thị) of "CS",
// not a letter of a tax department abbreviated "CT"; "1044/TT-STC" is a
// circular in its symbol even where the text calls it a statement. A
// typed document's parts after the issuer are its drafting unit, except for a
// joint circular (TTLT), whose parts after the first issuer are co-issuers.
//
// ParseDocNumber never misreads: a text it cannot read exactly as printed
// fails with a *DocNumberError (wrapping ErrInvalidDocNumber) saying what is
// wrong and, when ReadDocNumber can read it, what the number would be
// ("en dash in the symbol", "no diacritic: QD read as QĐ", "missing hyphen
// after QĐ"). Among the refused: spaces around '/' and '-', dashes other
// than the hyphen, the look-alike Ð (U+00D0), a type or issuer written
// without its diacritics or in another case (QD, ND, Ttr, HDND, TTG), a type
// glued to its issuer (QĐUBND), a letter whose second part is an issuing
// body rather than a drafting unit (03/ĐN-UBND: "ĐN" is no type ParseDocNumber
// knows), a year before an untyped symbol of two parts (court judgments such
// as 12/2020/HS-ST are not read), a unit code with a hyphen inside
// (LĐ-TB&XH). It does not allocate for numbers without co-issuers.
func ParseDocNumber(s string) (DocNumber, error) {
	dn, p := parseDocNumber(s)
	if p == nil {
		return dn, nil
	}
	e := &DocNumberError{Input: cut64(s), Reason: p.reason}
	if read, repairs, err := readDocNumber(s); err == nil && len(repairs) > 0 {
		e.Reason = mainRepair(repairs).Message(English)
		if len(repairs) > 1 {
			e.Reason += " (and " + strconv.Itoa(len(repairs)-1) + " more)"
		}
		e.Suggestion = read.String()
	}
	return DocNumber{}, e
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

// mainRepair returns the repair that best says what is wrong: a wrong
// character before a misspelling, a misspelling before a stray space.
func mainRepair(rs []Repair) Repair {
	rank := func(k RepairKind) int {
		switch k {
		case RepairKindDash:
			return 0
		case RepairKindLookalike:
			return 1
		case RepairKindDiacritic:
			return 2
		case RepairKindCase:
			return 3
		case RepairKindHyphen:
			return 4
		case RepairKindSeparator:
			return 5
		case RepairKindSpace:
			return 6
		}
		return 7
	}
	best := rs[0]
	for _, r := range rs[1:] {
		if rank(r.Kind) < rank(best.Kind) {
			best = r
		}
	}
	return best
}

func cut64(s string) string {
	if len(s) > 64 {
		s = s[:64]
		for !utf8.ValidString(s) && len(s) > 0 {
			s = s[:len(s)-1]
		}
	}
	return s
}

func problem(reason string) *docProblem { return &docProblem{reason: reason} }

// parseDocNumber is the strict reader, without suggestions.
func parseDocNumber(s string) (DocNumber, *docProblem) {
	if !utf8.ValidString(s) {
		return DocNumber{}, problem("not valid UTF-8")
	}
	if rest, ok := strings.CutPrefix(s, "Số"); ok {
		rest = strings.TrimPrefix(rest, ":")
		s = strings.TrimLeft(rest, " ")
	}
	var dn DocNumber
	// The number: digits, then an optional letter.
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	digits := s[:i]
	if i == 0 || i > 7 {
		return DocNumber{}, problem("the number must be 1 to 7 digits")
	}
	n, _ := positiveInt(digits, 7)
	if n == 0 {
		return DocNumber{}, problem("the number must not be zero")
	}
	dn.Number = n
	if len(digits) != max(2, numDigits(n)) {
		dn.Digits = len(digits)
	}
	if i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		dn.Suffix = s[i : i+1]
		i++
	}
	if i == len(s) {
		return DocNumber{}, problem(`want "number/symbol", "number/year/symbol" or "number-TYPE/ISSUER"`)
	}
	sep, rest := s[i], s[i+1:]
	switch sep {
	case '/':
		dn.Form = DocFormDecree30
		return parseDecree30(dn, rest)
	case '-':
		if before, after, ok := strings.Cut(rest, "/"); ok {
			dn.Form = DocFormParty
			return parseParty(dn, before, after)
		}
		dn.Form = DocFormLegacy
		return parseLegacy(dn, rest)
	}
	return DocNumber{}, problem(separatorReason(s[i:]))
}

// separatorReason says what stands where '/' or '-' should follow the
// number.
func separatorReason(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r == ' ' || r == '\t' || r == '\u00a0':
		return "space after the number: want '/' or '-'"
	case isDashLike(r):
		return "a dash other than '-' after the number"
	}
	return "want '/' or '-' after the number, not " + strconv.QuoteRune(r)
}

func parseDecree30(dn DocNumber, rest string) (DocNumber, *docProblem) {
	symbol := rest
	if yearText, after, hasYear := strings.Cut(rest, "/"); hasYear {
		if strings.Contains(after, "/") {
			return DocNumber{}, problem(`too many '/': want "number/symbol" or "number/year/symbol"`)
		}
		y, ok := positiveInt(yearText, 4)
		if !ok || len(yearText) != 4 || y < 1000 {
			return DocNumber{}, problem("the year must be 4 digits")
		}
		dn.Year = y
		symbol = after
	}
	var parts [maxParts]string
	np, p := splitSymbol(symbol, &parts)
	if p != nil {
		return DocNumber{}, p
	}
	if p := hyphenatedUnit(parts[:np]); p != nil {
		return DocNumber{}, p
	}
	if _, typed := docTypes[parts[0]]; typed {
		return typedSymbol(dn, symbol, parts[:np])
	}
	return letterSymbol(dn, symbol, parts[:np])
}

// typedSymbol reads the parts of the symbol of a typed document
// (TYPE-ISSUER[-DRAFTER…], or the issuers of a joint document) into dn.
func typedSymbol(dn DocNumber, symbol string, parts []string) (DocNumber, *docProblem) {
	first, np := parts[0], len(parts)
	if np == 1 {
		return DocNumber{}, problem("the type " + strconv.Quote(first) + " needs an issuer after it")
	}
	dn.Type, dn.Issuer = first, parts[1]
	if p := checkBody(parts[1]); p != nil {
		return DocNumber{}, p
	}
	if jointTypes[first] {
		if np > 2 {
			dn.CoIssuers = slices.Clone(parts[2:])
			for _, c := range dn.CoIssuers {
				if p := checkBody(c); p != nil {
					return DocNumber{}, p
				}
			}
		}
		return dn, nil
	}
	if np > 4 {
		return DocNumber{}, problem("more parts than a type, an issuer and two drafting units: " + strconv.Quote(symbol))
	}
	for _, d := range parts[2:] {
		_, misspelt := lookalikeIn(d, issuingBodies)
		if isIssuingBody(d) || misspelt {
			return DocNumber{}, problem(strconv.Quote(d) + " is an issuing body, not a drafting unit: only a joint circular (TTLT) lists several issuers")
		}
	}
	dn.Drafter = tailAfter(symbol, 2)
	return dn, nil
}

// letterSymbol reads the parts of the symbol of an untyped document — a
// letter, ISSUER[-DRAFTER…], or a law, QH13 — into dn.
func letterSymbol(dn DocNumber, symbol string, parts []string) (DocNumber, *docProblem) {
	first, np := parts[0], len(parts)
	if p := checkNotType(first); p != nil {
		return DocNumber{}, p
	}
	if np >= 2 && dn.Year != 0 {
		return DocNumber{}, problem(strconv.Quote(first) + " is not a document type: a number with a year names a type (54/2023/QĐ-UBND) or is a law (77/2015/QH13)")
	}
	if p := checkBody(first); p != nil {
		return DocNumber{}, p
	}
	if np >= 2 && isIssuingBody(parts[1]) {
		return DocNumber{}, problem("unknown document type " + strconv.Quote(first) + ": " + strconv.Quote(parts[1]) + " is an issuing body, not a drafting unit")
	}
	if np > 3 {
		return DocNumber{}, problem("more parts than an issuer and two drafting units: " + strconv.Quote(symbol))
	}
	for _, d := range parts[1:] {
		if notDrafter[d] {
			return DocNumber{}, problem(strconv.Quote(d) + " is a document type, not a drafting unit: want TYPE-ISSUER")
		}
		if isIssuingBody(d) {
			return DocNumber{}, problem(strconv.Quote(d) + " is an issuing body, not a drafting unit")
		}
		if w, ok := lookalikeIn(d, issuingBodies); ok {
			return DocNumber{}, problem(strconv.Quote(d) + " (" + w + ") is an issuing body, not a drafting unit")
		}
	}
	dn.Issuer = first
	if np >= 2 {
		dn.Drafter = tailAfter(symbol, 1)
	}
	return dn, nil
}

// notDrafter are type abbreviations that never name a drafting unit: a
// letter symbol "UB-QĐ" has its parts the wrong way round and is refused.
var notDrafter = map[string]bool{"QĐ": true, "NĐ": true, "NQ": true, "TTLT": true, "QyĐ": true, "CV": true}

func parseParty(dn DocNumber, typ, rest string) (DocNumber, *docProblem) {
	if _, ok := partyTypes[typ]; !ok {
		if w, ok := lookalike(typ, partyTypes); ok {
			return DocNumber{}, problem(lookalikeReason(typ, w))
		}
		return DocNumber{}, problem("unknown Party document type " + strconv.Quote(typ))
	}
	if strings.Contains(rest, "/") {
		return DocNumber{}, problem(`too many '/': want "number-TYPE/ISSUER"`)
	}
	var parts [maxParts]string
	np, p := splitSymbol(rest, &parts)
	if p != nil {
		return DocNumber{}, p
	}
	if w, ok := lookalikeIn(parts[0], partyBodies); ok {
		return DocNumber{}, problem(lookalikeReason(parts[0], w))
	}
	dn.Type, dn.Issuer = typ, parts[0]
	if np > 1 {
		dn.Drafter = tailAfter(rest, 1)
	}
	return dn, nil
}

func parseLegacy(dn DocNumber, symbol string) (DocNumber, *docProblem) {
	var parts [maxParts]string
	np, p := splitSymbol(symbol, &parts)
	if p != nil {
		return DocNumber{}, p
	}
	if np != 1 {
		return DocNumber{}, problem(`want "number-ISSUER" (178-CP) or "number-TYPE/ISSUER" (57-NQ/TW)`)
	}
	if _, typed := docTypes[parts[0]]; typed && parts[0] != "CT" && parts[0] != "SL" {
		return DocNumber{}, problem("the type " + strconv.Quote(parts[0]) + " needs an issuer: want 12/" + parts[0] + "-ISSUER")
	}
	if p := checkBody(parts[0]); p != nil {
		return DocNumber{}, p
	}
	dn.Issuer = parts[0]
	return dn, nil
}

// splitSymbol splits a symbol at '-' into parts and checks each.
func splitSymbol(symbol string, parts *[maxParts]string) (int, *docProblem) {
	n := 0
	for {
		part, rest, more := strings.Cut(symbol, "-")
		if n == len(parts) {
			return 0, problem("too many parts in the symbol")
		}
		if p := checkPart(part); p != nil {
			return 0, p
		}
		parts[n] = part
		n++
		if !more {
			return n, nil
		}
		symbol = rest
	}
}

// checkPart checks that part is letters (Vietnamese included) and digits,
// with '&' inside ("SNN&PTNT"), and at least one letter.
func checkPart(part string) *docProblem {
	if part == "" {
		return problem("empty part in the symbol")
	}
	if len(part) > 32 {
		return problem("a part of the symbol is longer than 32 bytes")
	}
	letters, lower := 0, 0
	prevAmp := true // no '&' first
	for _, r := range part {
		switch {
		case r >= '0' && r <= '9':
			prevAmp = false
		case r == '&':
			if prevAmp {
				return problem("'&' must join two unit codes, as in SNN&PTNT")
			}
			prevAmp = true
		case r == 'Ð' || r == 'ð':
			return problem("Ð (U+00D0) is a look-alike of Đ (U+0110)")
		case isVietnameseLetter(r):
			letters++
			if r >= 'a' && r <= 'z' || (r > 0x7f && r != 'Đ' && isLowerVietnamese(r)) {
				lower++
			}
			prevAmp = false
		case r == ' ' || r == '\t' || r == '\u00a0':
			return problem("space in the symbol")
		case isDashLike(r):
			return problem("dash " + strconv.QuoteRune(r) + " in the symbol: want '-'")
		default:
			return problem("unexpected " + strconv.QuoteRune(r) + " in the symbol")
		}
	}
	if prevAmp {
		return problem("'&' must join two unit codes, as in SNN&PTNT")
	}
	if letters == 0 {
		return problem("a part of the symbol must have letters, not only digits")
	}
	if lower == letters && letters > 1 {
		return problem(strconv.Quote(part) + " is in lower case")
	}
	return nil
}

func isLowerVietnamese(r rune) bool {
	return strings.ContainsRune("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ", r)
}

// isDashLike reports whether r is a dash or hyphen other than '-'.
func isDashLike(r rune) bool {
	switch r {
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
		return true
	}
	return false
}

// checkNotType refuses a first part that misspells a type or glues a type
// to its issuer.
func checkNotType(first string) *docProblem {
	if isIssuingBody(first) {
		return nil
	}
	if w, ok := lookalike(first, docTypes); ok {
		return problem(lookalikeReason(first, w))
	}
	if t, body, ok := gluedType(first); ok {
		return problem("missing hyphen after " + t + " in " + strconv.Quote(first) + " (" + t + "-" + body + ")")
	}
	return nil
}

// checkBody refuses an issuer or co-issuer that misspells a known issuing
// body: "HDND" for HĐND, "TTG" for TTg.
func checkBody(s string) *docProblem {
	if isIssuingBody(s) {
		return nil
	}
	if w, ok := lookalikeIn(s, issuingBodies); ok {
		return problem(lookalikeReason(s, w))
	}
	return nil
}

// lookalikeReason explains how s misspells w.
func lookalikeReason(s, w string) string {
	switch {
	case strings.ContainsAny(s, "Ðð"):
		return "look-alike Ð (U+00D0) in " + strconv.Quote(s) + ": did you mean " + w + "?"
	case strings.EqualFold(s, w):
		return "letter case: did you mean " + w + " for " + strconv.Quote(s) + "?"
	}
	return "no diacritic: did you mean " + w + " for " + strconv.Quote(s) + "?"
}

// gluedType reports whether part is a type abbreviation run together with a
// known issuing body ("QĐUBND", "TTVPCP", "NQCP"), allowing the misspellings
// lookalike recognises in either half.
func gluedType(part string) (typ, body string, ok bool) {
	for _, t := range typesLongestFirst() {
		for cut := 1; cut < len(part); cut++ {
			if !utf8.RuneStart(part[cut]) {
				continue
			}
			head, tail := part[:cut], part[cut:]
			if head != t && !(foldEqual(head, t) && lookalikeFits(head, t)) {
				continue
			}
			b := tail
			if !isIssuingBody(tail) {
				w, fits := lookalikeIn(tail, issuingBodies)
				if !fits {
					continue
				}
				b = w
			}
			return t, b, true
		}
	}
	return "", "", false
}

// typesLongestFirst lists the keys of docTypes, longest first, then in
// byte order, so that gluedType tries them in a fixed order.
var typesLongestFirst = sync.OnceValue(func() []string {
	ts := make([]string, 0, len(docTypes))
	for t := range docTypes {
		ts = append(ts, t)
	}
	slices.SortFunc(ts, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	return ts
})

// lookalikeFits reports whether t is the one type head misspells.
func lookalikeFits(head, t string) bool {
	w, ok := lookalike(head, docTypes)
	return ok && w == t
}

// tailAfter returns symbol after its first k '-'.
func tailAfter(symbol string, k int) string {
	for ; k > 0; k-- {
		i := strings.IndexByte(symbol, '-')
		if i < 0 {
			return ""
		}
		symbol = symbol[i+1:]
	}
	return symbol
}

// hyphenatedUnit refuses a symbol holding a unit code with a hyphen inside.
func hyphenatedUnit(parts []string) *docProblem {
	for i := 0; i+1 < len(parts); i++ {
		for _, u := range hyphenatedUnits {
			if parts[i] == u[0] && parts[i+1] == u[1] {
				return problem(strconv.Quote(u[0]+"-"+u[1]) + " is one unit code with a hyphen inside: cannot tell the issuer from a drafting unit")
			}
		}
	}
	return nil
}

// numDigits returns how many decimal digits n > 0 has.
func numDigits(n int) int {
	d := 1
	for ; n >= 10; n /= 10 {
		d++
	}
	return d
}

// positiveInt parses 1 to maxDigits decimal digits (leading zeros allowed:
// Decree 30 numbers documents from "01").
func positiveInt(s string, maxDigits int) (int, bool) {
	if len(s) == 0 || len(s) > maxDigits {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

// IsZero reports whether n is the zero, unset DocNumber.
func (n DocNumber) IsZero() bool {
	return n.Number == 0 && n.Suffix == "" && n.Year == 0 && n.Type == "" && n.Issuer == "" &&
		len(n.CoIssuers) == 0 && n.Drafter == "" && n.Digits == 0 && n.Form == DocFormUnknown
}

// Equal reports whether n and m are the same number, field by field (a nil
// and an empty CoIssuers are equal).
func (n DocNumber) Equal(m DocNumber) bool {
	return n.Number == m.Number && n.Suffix == m.Suffix && n.Year == m.Year && n.Type == m.Type &&
		n.Issuer == m.Issuer && slices.Equal(n.CoIssuers, m.CoIssuers) && n.Drafter == m.Drafter &&
		n.Digits == m.Digits && n.Form == m.Form
}

// String returns the number as it was printed, without "Số:":
// "54/2023/QĐ-UBND", "0205/KH-UBND", "30c/NQ-CP", "57-NQ/TW", "178-CP".
// Numbers below 10 print with two digits ("01/UBND-VP") unless Digits says
// otherwise. A DocNumber with Form DocFormUnknown prints in the Decree 30
// layout. For a DocNumber that ParseDocNumber returned,
// ParseDocNumber(n.String()) returns n again.
func (n DocNumber) String() string {
	if n.IsZero() {
		return ""
	}
	var b strings.Builder
	num := strconv.Itoa(n.Number)
	width := max(2, len(num))
	if n.Digits > 0 {
		width = n.Digits
	}
	for i := len(num); i < width; i++ {
		b.WriteByte('0')
	}
	b.WriteString(num)
	b.WriteString(n.Suffix)
	switch n.Form {
	case DocFormParty:
		b.WriteByte('-')
		b.WriteString(n.Type)
		b.WriteByte('/')
		b.WriteString(n.Issuer)
		if n.Drafter != "" {
			b.WriteByte('-')
			b.WriteString(n.Drafter)
		}
		return b.String()
	case DocFormLegacy:
		b.WriteByte('-')
		b.WriteString(n.Issuer)
		return b.String()
	}
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
	for _, c := range n.CoIssuers {
		b.WriteByte('-')
		b.WriteString(c)
	}
	if n.Drafter != "" {
		b.WriteByte('-')
		b.WriteString(n.Drafter)
	}
	return b.String()
}

// MarshalText implements encoding.TextMarshaler with the printed form.
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

var (
	letterName   = Text{"Công văn", "Letter"}
	lawName      = Text{"Luật", "Law"}
	documentName = Text{"Văn bản", "Document"}
	sacLenhName  = Text{"Sắc lệnh", "Presidential decree"}
)

// TypeName returns the name of the document's type in language l:
// "Quyết định" / "Decision" for QĐ, "Công văn" / "Letter" for a document whose
// symbol names no type, "Luật" / "Law" for a number issued by the National
// Assembly (issuer "QH…"), the Party's names for Party documents, and
// "Văn bản" / "Document" for a legacy number, whose symbol names no type
// (but "Sắc lệnh" for 60-SL).
func (n DocNumber) TypeName(l Lang) string {
	switch n.Form {
	case DocFormParty:
		if t, ok := partyTypes[n.Type]; ok {
			return t.In(l)
		}
	case DocFormLegacy:
		if n.Issuer == "SL" {
			return sacLenhName.In(l)
		}
		return documentName.In(l)
	}
	if t, ok := docTypes[n.Type]; ok {
		return t.In(l)
	}
	if strings.HasPrefix(n.Issuer, "QH") && n.Drafter == "" {
		return lawName.In(l)
	}
	if n.Type == "" && n.Year != 0 {
		return documentName.In(l)
	}
	return letterName.In(l)
}
