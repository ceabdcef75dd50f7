package regulation

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// This file holds the vocabulary of document symbols (ký hiệu): the type
// abbreviations of state and Party documents, the issuing bodies a reader
// can recognise when they are misspelt, and the letter folding that compares
// symbols without their diacritics.

// docTypes are the type abbreviations of state documents in the layout of
// Decree 30/2020/NĐ-CP (Appendix III), of the legal documents named in the
// Law on Promulgation of Legal Documents, and a few more that published
// documents print, with their Vietnamese and English names.
var docTypes = map[string]Text{
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
	// Seen in published documents, each checked against a real one:
	// 14/VBHN-BTC, 03/VBHN-VPQH (consolidated texts, văn bản hợp nhất);
	// 18/BCTĐ-STP (an appraisal report of a Department of Justice, cited in
	// Hải Phòng's Decision 30/2018/QĐ-UBND); 295/SL-CAT-PX15 (a copy by
	// transcription, bản sao lục, Appendix III); 630/CV-SLĐTBXH and
	// 33/CV-LĐTBXH: letters that print "CV" although Decree 30 gives
	// letters no type; 1339/GP-UBND (a mining permit, giấy phép, of the
	// Yên Bái PPC of 20/7/2017, cited in a published permit file).
	"VBHN": {"Văn bản hợp nhất", "Consolidated text"},
	"GP":   {"Giấy phép", "Permit"},
	"BCTĐ": {"Báo cáo thẩm định", "Appraisal report"},
	"SL":   {"Bản sao lục", "Transcribed copy"},
	"CV":   {"Công văn", "Letter"},
}

// jointTypes are the types whose symbol lists several issuing bodies, the
// first being the drafting one: 02/2011/TTLT-VPCP-BNV.
var jointTypes = map[string]bool{"TTLT": true}

// partyTypes are the type abbreviations of documents of the Communist Party
// of Vietnam, printed "57-NQ/TW". Party documents name "QĐ" both a decision
// and a regulation (quy định, 97-QĐ/TW).
var partyTypes = map[string]Text{
	"NQ":  {"Nghị quyết", "Resolution"},
	"QĐ":  {"Quyết định, Quy định", "Decision or Regulation"},
	"CT":  {"Chỉ thị", "Directive"},
	"KL":  {"Kết luận", "Conclusion"},
	"QC":  {"Quy chế", "Regulation"},
	"HD":  {"Hướng dẫn", "Guidance"},
	"TB":  {"Thông báo", "Notice"},
	"BC":  {"Báo cáo", "Report"},
	"KH":  {"Kế hoạch", "Plan"},
	"CTr": {"Chương trình", "Programme"},
	"TTr": {"Tờ trình", "Statement"},
	"CV":  {"Công văn", "Letter"},
}

// issuingBodies are abbreviations of bodies that issue documents in their
// own name: ministries, the Government and its Office, People's Councils and
// Committees, provincial departments and district offices. They serve two
// ends: a misspelt one is recognised ("HDND", "TTG", "LDTBXH"), and a letter
// symbol whose second part is one of them is not taken for "issuer-drafting
// unit", since a drafting unit is a division inside the issuer, never an
// issuing body ("03/ĐN-UBND" is refused rather than read as a letter of "ĐN").
var issuingBodies = []string{
	"UBND", "HĐND", "CP", "TTg", "CTN", "QH", "UBTVQH", "VPCP", "VPQH", "VPCTN",
	"BNV", "BTC", "BTP", "BCA", "BQP", "BCT", "BYT", "BXD", "BGDĐT", "BKHĐT",
	"BLĐTBXH", "BNN", "BTNMT", "BTTTT", "BGTVT", "BVHTTDL", "BKHCN", "BNG",
	"NHNN", "TTCP", "KTNN", "TANDTC", "VKSNDTC", "TCT",
	"SNV", "STC", "STP", "SXD", "SYT", "SCT", "SGDĐT", "SKHĐT", "SLĐTBXH",
	"STNMT", "SNN", "SGTVT", "SVHTTDL", "STTTT", "SKHCN",
	"LĐTBXH", "LĐTB&XH", "SLĐTB&XH",
}

// partyBodies are issuing bodies of Party documents recognised when
// misspelt: "DU" for ĐU (đảng ủy).
var partyBodies = []string{"TW", "TU", "HU", "ĐU", "BTCTW", "VPTW"}

// hyphenatedUnits are unit codes printed with a hyphen inside ("Phòng
// LĐ-TB&XH"): in a symbol they cannot be told from an issuer followed by a
// drafting unit, so a number that holds one is refused.
var hyphenatedUnits = [...][2]string{
	{"LĐ", "TB&XH"}, {"LĐ", "TBXH"}, {"LD", "TB&XH"}, {"LD", "TBXH"},
	{"SLĐ", "TB&XH"}, {"SLĐ", "TBXH"}, {"SLD", "TB&XH"}, {"SLD", "TBXH"},
}

// issuingBodySet holds issuingBodies for exact look-ups.
var issuingBodySet = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(issuingBodies))
	for _, b := range issuingBodies {
		m[b] = true
	}
	return m
})

// isIssuingBody reports whether s is one of issuingBodies exactly, allowing
// the National Assembly's term number ("QH13", "UBTVQH14").
func isIssuingBody(s string) bool {
	if issuingBodySet()[s] {
		return true
	}
	for _, b := range [...]string{"QH", "UBTVQH"} {
		if strings.HasPrefix(s, b) && allDigits(s[len(b):]) {
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// vietnameseLetters lists every lower-case Vietnamese letter with a
// diacritic, grouped by the plain letter it folds to.
var vietnameseLetters = [...]struct {
	base    rune
	letters string
}{
	{'a', "àáảãạăằắẳẵặâầấẩẫậ"},
	{'e', "èéẻẽẹêềếểễệ"},
	{'i', "ìíỉĩị"},
	{'o', "òóỏõọôồốổỗộơờớởỡợ"},
	{'u', "ùúủũụưừứửữự"},
	{'y', "ỳýỷỹỵ"},
	{'d', "đ"},
}

// letterFolds maps each Vietnamese letter with a diacritic, in both cases,
// to its upper-case plain letter. Built once, never changed.
var letterFolds = sync.OnceValue(func() map[rune]rune {
	m := make(map[rune]rune, 140)
	for _, g := range vietnameseLetters {
		for _, r := range g.letters {
			m[r] = unicode.ToUpper(g.base)
			m[unicode.ToUpper(r)] = unicode.ToUpper(g.base)
		}
	}
	return m
})

// isVietnameseLetter reports whether r is a letter of the Vietnamese
// alphabet (with or without diacritics) or one of the Latin letters f, j, w,
// z that abbreviations use.
func isVietnameseLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z')
	}
	_, ok := letterFolds()[r]
	return ok
}

// foldRune returns r upper-cased and without its diacritics; the look-alike
// Ð (U+00D0, Icelandic eth) and ð fold to D as Đ does.
func foldRune(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return r - 'a' + 'A'
	case r < utf8.RuneSelf:
		return r
	case r == 'Ð' || r == 'ð':
		return 'D'
	}
	if f, ok := letterFolds()[r]; ok {
		return f
	}
	return unicode.ToUpper(r)
}

// foldEqual reports whether a and b are the same letters once case and
// diacritics are set aside. It does not allocate.
func foldEqual(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if foldRune(ra) != foldRune(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

// sameLettersOtherCase reports whether a and b differ only in letter case.
func sameLettersOtherCase(a, b string) bool {
	return a != b && strings.EqualFold(a, b)
}

// lookalike returns the entry of words that s misspells — s differs from it
// only by letter case, missing diacritics or the look-alike Ð — and whether
// exactly one entry fits. An exact entry wins, and an entry that differs only
// by case is preferred to one that needs diacritics.
func lookalike[T any](s string, words map[string]T) (string, bool) {
	if _, ok := words[s]; ok {
		return s, false
	}
	var byCase, byFold string
	nCase, nFold := 0, 0
	for w := range words {
		switch {
		case sameLettersOtherCase(s, w):
			byCase = w
			nCase++
		case foldEqual(s, w):
			byFold = w
			nFold++
		}
	}
	switch {
	case nCase == 1:
		return byCase, true
	case nCase == 0 && nFold == 1:
		return byFold, true
	}
	return "", false
}

// lookalikeIn is lookalike over a list. The two loops stay apart: a shared
// loop over an iterator allocates on every call, and the strict parser calls
// them on valid numbers, which must not allocate.
func lookalikeIn(s string, words []string) (string, bool) {
	var byCase, byFold string
	nCase, nFold := 0, 0
	for _, w := range words {
		switch {
		case s == w:
			return s, false
		case sameLettersOtherCase(s, w):
			byCase = w
			nCase++
		case foldEqual(s, w):
			byFold = w
			nFold++
		}
	}
	switch {
	case nCase == 1:
		return byCase, true
	case nCase == 0 && nFold == 1:
		return byFold, true
	}
	return "", false
}
