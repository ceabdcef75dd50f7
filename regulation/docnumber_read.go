package regulation

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ReadDocNumber reads a document number as people type and scrape it, and
// returns it with each repair it made to read it; a number in a form
// ParseDocNumber reads is returned exactly as ParseDocNumber returns it, with
// no repairs. Beyond the printed forms it reads:
//
//	"Số :", "SỐ:", "số" and odd spacing before the number
//	spaces and line breaks around '/' and '-'     1717/QĐ- UBND, 84 /2004/TT-BTC
//	en and em dashes, the minus sign              746/QĐ – TTg
//	a space for the '/' after the number          2313 QĐ-BTP (84 QĐ/TWĐTN: '-')
//	a doubled slash, a hyphen after the year      38//2009/NĐ-CP, 20/2000-QĐ-TTg
//	the look-alike Ð (U+00D0) for Đ               102/2024/NÐ-CP
//	known types and issuing bodies without        320/2025/ND-CP, 12/QD-UBND,
//	  diacritics or in another case               22/Ttr-LDTBXH, 77/2014/tt-btc, QĐ-TTG
//	a type glued to a known issuing body          1961/QĐUBND, 01/2018/TTVPCP
//
// Only abbreviations in its lists are respelt: an unknown drafting unit
// written without diacritics is read as written. What it still cannot read
// fails with a *DocNumberError wrapping ErrInvalidDocNumber. The repairs
// come in the order they were made; ReadDocNumber never panics.
func ReadDocNumber(s string) (DocNumber, []Repair, error) {
	dn, repairs, err := readDocNumber(s)
	if err != nil {
		return DocNumber{}, nil, err
	}
	return dn, repairs, nil
}

func readDocNumber(s string) (DocNumber, []Repair, error) {
	if dn, p := parseDocNumber(s); p == nil {
		return dn, nil, nil
	}
	if !utf8.ValidString(s) {
		return DocNumber{}, nil, &DocNumberError{Input: cut64(s), Reason: "not valid UTF-8"}
	}
	r := reader{}
	t := r.trim(s)
	t = r.prefix(t)
	t = r.spaces(t)
	t = r.dashes(t)
	t = r.separators(t)
	t = r.symbol(t)
	dn, p := parseDocNumber(t)
	if p != nil {
		return DocNumber{}, nil, &DocNumberError{Input: cut64(s), Reason: p.reason}
	}
	return dn, r.repairs, nil
}

// reader applies the repairs of ReadDocNumber one after the other and
// records them.
type reader struct {
	repairs []Repair
}

func (r *reader) add(kind RepairKind, from, to string) {
	r.repairs = append(r.repairs, Repair{Kind: kind, From: from, To: to})
}

func isBlank(c rune) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0' }

// trim drops blanks around the text.
func (r *reader) trim(s string) string {
	t := strings.TrimFunc(s, isBlank)
	if t != s {
		r.add(RepairKindSpace, s, t)
	}
	return t
}

// prefix reads "Số" in any case and with or without diacritics, followed by
// blanks and an optional colon, and leaves the text after it.
func (r *reader) prefix(s string) string {
	word, rest := s, ""
	i := strings.IndexFunc(s, func(c rune) bool { return !unicode.IsLetter(c) })
	if i >= 0 {
		word, rest = s[:i], s[i:]
	} else {
		return s
	}
	if !foldEqual(word, "SO") {
		return s
	}
	after := strings.TrimLeftFunc(rest, isBlank)
	after = strings.TrimPrefix(after, ":")
	after = strings.TrimLeftFunc(after, isBlank)
	if after == "" || after[0] < '0' || after[0] > '9' {
		return s
	}
	written := s[:len(s)-len(after)]
	// "Số", then an optional colon, then spaces: the printed forms.
	between := strings.TrimPrefix(rest[:len(rest)-len(after)], ":")
	if word != "Số" || strings.Trim(between, " ") != "" {
		r.add(RepairKindPrefix, written, "Số: ")
	}
	return after
}

// spaces removes blanks around '/', '-' and the other dashes.
func (r *reader) spaces(s string) string {
	if strings.IndexFunc(s, isBlank) < 0 {
		return s
	}
	runes := []rune(s)
	n := len(runes)
	skipBlanks := func(i int) int {
		for i < n && isBlank(runes[i]) {
			i++
		}
		return i
	}
	var b strings.Builder
	for i := 0; i < n; {
		c := runes[i]
		switch {
		case isBlank(c):
			j := skipBlanks(i)
			if j < n && isSeparator(runes[j]) {
				k := skipBlanks(j + 1)
				r.add(RepairKindSpace, string(runes[i:k]), string(runes[j]))
				b.WriteRune(runes[j])
				i = k
				continue
			}
			b.WriteString(string(runes[i:j]))
			i = j
		case isSeparator(c):
			k := skipBlanks(i + 1)
			if k > i+1 {
				r.add(RepairKindSpace, string(runes[i:k]), string(c))
			}
			b.WriteRune(c)
			i = k
		default:
			b.WriteRune(c)
			i++
		}
	}
	return b.String()
}

func isSeparator(c rune) bool { return c == '/' || c == '-' || isDashLike(c) }

// dashes replaces the dashes that are not '-'.
func (r *reader) dashes(s string) string {
	if strings.IndexFunc(s, isDashLike) < 0 {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		if isDashLike(c) {
			r.add(RepairKindDash, string(c), "-")
			c = '-'
		}
		b.WriteRune(c)
	}
	return b.String()
}

// separators repairs what stands between the number, the year and the
// symbol: a blank for the separator, a doubled slash, a hyphen after the year.
func (r *reader) separators(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i == len(s) {
		return s
	}
	num := s[:i]
	if s[i] >= 'a' && s[i] <= 'z' && i+1 < len(s) && !isLetterByte(s[i+1]) {
		i++
		num = s[:i]
	}
	rest := s[i:]
	// "2313 QĐ-BTP": blanks between the number and a letter.
	if t := strings.TrimLeftFunc(rest, isBlank); t != rest && t != "" {
		c, _ := utf8.DecodeRuneInString(t)
		if isVietnameseLetter(c) || c == 'Ð' || c == 'ð' {
			sep := "/"
			if typ, _, ok := strings.Cut(t, "/"); ok && !strings.Contains(typ, "-") {
				if _, party := lookalikeParty(typ); party {
					sep = "-"
				}
			}
			word, _, _ := strings.Cut(t, "-")
			word, _, _ = strings.Cut(word, "/")
			r.add(RepairKindSeparator, num+rest[:len(rest)-len(t)]+word, num+sep+word)
			rest = sep + t
		}
	}
	// "38//2009": a doubled slash.
	if strings.HasPrefix(rest, "//") {
		r.add(RepairKindSeparator, num+"//", num+"/")
		rest = rest[1:]
	}
	// "20/2000-QĐ-TTg" and "15-2012-QĐ-UBND": a hyphen after the year.
	if len(rest) > 6 && (rest[0] == '/' || rest[0] == '-') && allDigits(rest[1:5]) && rest[5] == '-' {
		year := rest[1:5]
		typ, _, _ := strings.Cut(rest[6:], "-")
		if y := year[0:2]; (y == "19" || y == "20") && isTypeLike(typ) {
			from := num + rest[:6]
			rest = "/" + year + "/" + rest[6:]
			r.add(RepairKindSeparator, from, num+rest[:6])
		}
	}
	return num + rest
}

func isLetterByte(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= utf8.RuneSelf
}

// isTypeLike reports whether s is a type abbreviation, possibly misspelt.
func isTypeLike(s string) bool {
	if _, ok := docTypes[s]; ok {
		return true
	}
	_, ok := lookalike(fixLookalikeLetters(s), docTypes)
	return ok
}

// lookalikeParty returns the Party type s is or misspells.
func lookalikeParty(s string) (string, bool) {
	if _, ok := partyTypes[s]; ok {
		return s, true
	}
	return lookalike(fixLookalikeLetters(s), partyTypes)
}

func fixLookalikeLetters(s string) string {
	return strings.NewReplacer("Ð", "Đ", "ð", "đ").Replace(s)
}

// symbol respells the parts of the symbol: look-alike letters, known types
// and issuing bodies without diacritics or in another case, a type glued to
// its issuer.
func (r *reader) symbol(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	if i == 0 || i >= len(s) {
		return s
	}
	head, sep, rest := s[:i], s[i], s[i+1:]
	switch sep {
	case '/':
		year := ""
		if y, after, ok := strings.Cut(rest, "/"); ok && allDigits(y) {
			year, rest = y+"/", after
		}
		return head + "/" + year + r.decree30Symbol(rest)
	case '-':
		if typ, after, ok := strings.Cut(rest, "/"); ok {
			typ = r.letters(typ)
			if w, ok := lookalike(typ, partyTypes); ok {
				r.add(respellKind(typ, w), typ, w)
				typ = w
			}
			parts := strings.Split(after, "-")
			for k, p := range parts {
				p = r.letters(p)
				if k == 0 {
					p = r.body(p, partyBodies)
				} else {
					p = r.body(p, issuingBodies)
				}
				parts[k] = p
			}
			return head + "-" + typ + "/" + strings.Join(parts, "-")
		}
		return head + "-" + r.body(r.letters(rest), issuingBodies)
	}
	return s
}

func (r *reader) decree30Symbol(symbol string) string {
	parts := strings.Split(symbol, "-")
	for k := range parts {
		parts[k] = r.letters(parts[k])
	}
	parts = r.innerSpaces(parts)
	first := parts[0]
	_, typed := docTypes[first]
	switch {
	case typed:
	case isIssuingBody(first):
	default:
		if w, ok := lookalike(first, docTypes); ok {
			r.add(respellKind(first, w), first, w)
			parts[0], typed = w, true
		} else if t, body, ok := gluedType(first); ok {
			r.add(RepairKindHyphen, first, t+"-"+body)
			parts = append([]string{t, body}, parts[1:]...)
			typed = true
		}
	}
	for k := range parts {
		if k == 0 && typed {
			continue
		}
		parts[k] = r.body(parts[k], issuingBodies)
	}
	return strings.Join(parts, "-")
}

// innerSpaces repairs a part with a space inside when the space splits a
// known issuing body ("BGD ĐT" for BGDĐT) or stands for the hyphen between a
// type and a known issuing body ("CV SLĐTB&XH"). Other spaces stay, and the
// strict reader refuses them.
func (r *reader) innerSpaces(parts []string) []string {
	var out []string
	for _, p := range parts {
		if strings.IndexFunc(p, isBlank) < 0 {
			out = append(out, p)
			continue
		}
		joined := strings.Join(strings.FieldsFunc(p, isBlank), "")
		if isIssuingBody(joined) {
			r.add(RepairKindSpace, p, joined)
			out = append(out, joined)
			continue
		}
		if words := strings.FieldsFunc(p, isBlank); len(words) == 2 {
			if _, typed := docTypes[words[0]]; typed && (isIssuingBody(words[1]) || partyBodyOrKnown(words[1])) {
				r.add(RepairKindSeparator, p, words[0]+"-"+words[1])
				out = append(out, words[0], words[1])
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

func partyBodyOrKnown(s string) bool {
	_, ok := lookalikeIn(s, issuingBodies)
	return ok
}

// letters replaces the look-alike Ð and ð.
func (r *reader) letters(p string) string {
	if !strings.ContainsAny(p, "Ðð") {
		return p
	}
	q := fixLookalikeLetters(p)
	r.add(RepairKindLookalike, p, q)
	return q
}

// body respells p when it misspells one of bodies.
func (r *reader) body(p string, bodies []string) string {
	w, ok := lookalikeIn(p, bodies)
	if !ok {
		return p
	}
	r.add(respellKind(p, w), p, w)
	return w
}

// respellKind is the kind of repair that turns from into to.
func respellKind(from, to string) RepairKind {
	if strings.EqualFold(from, to) {
		return RepairKindCase
	}
	return RepairKindDiacritic
}
