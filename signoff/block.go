package signoff

import (
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Block is a signature block as Decree 30/2020/NĐ-CP (Appendix I) lays it
// out under a document: the capacity lines, the signer's own title, and
// optionally the signer's name, one per line:
//
//	TM. ỦY BAN NHÂN DÂN        TL. CHỦ TỊCH            TL. CHỦ TỊCH
//	KT. CHỦ TỊCH               CHÁNH VĂN PHÒNG         KT. CHÁNH VĂN PHÒNG
//	PHÓ CHỦ TỊCH                                       PHÓ CHÁNH VĂN PHÒNG
//
// The first reads Block{Collective: "ỦY BAN NHÂN DÂN", Capacity: KT, For:
// "CHỦ TỊCH", Title: "PHÓ CHỦ TỊCH"}; the second Block{Capacity: TL, For:
// "CHỦ TỊCH", Title: "CHÁNH VĂN PHÒNG"}; the third, a TL. grantee's deputy
// signing for them (Art. 13(4)), Block{ByOrderOf: "CHỦ TỊCH", Capacity: KT,
// For: "CHÁNH VĂN PHÒNG", Title: "PHÓ CHÁNH VĂN PHÒNG"}.
//
// The zero value is not a valid block. A Block is a small value; compare
// blocks with ==.
type Block struct {
	// Collective is the collective signed on behalf of, after "TM." (e.g.
	// "ỦY BAN NHÂN DÂN"); "" when the block has no TM. line.
	Collective string
	// ByOrderOf is the position after an outer "TL." line when the deputy
	// of a TL. grantee signs KT. for them; "" otherwise. It is set only with
	// Capacity KT and without Collective.
	ByOrderOf string
	// Capacity is how the signer signs: Direct (no capacity line), TM (a
	// TM. line only), or KT, Q, TL, TUQ (a line with that prefix, which may
	// follow a TM. line for KT and Q).
	Capacity Capacity
	// For is the position signed for after "KT.", "Q.", "TL." or "TUQ."
	// (e.g. "CHỦ TỊCH"); "" for Direct and TM.
	For string
	// Title is the signer's own position (e.g. "PHÓ CHỦ TỊCH").
	Title string
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
var prefixes = [...]Capacity{TM, KT, Q, TL, TUQ}

// ParseBlock parses a signature block laid out as in Decree 30/2020/NĐ-CP:
// lines separated by "\n", in this order:
//
//	TM. <collective>              optional, on behalf of a collective
//	TL. <position>                optional, only before a KT. line, without TM.
//	KT.|Q.|TL.|TUQ. <position>    optional (after TM.: only KT. or Q.)
//	<title>                       required: the signer's own position
//	<name>                        optional
//
// Spaces are trimmed and runs of white space inside a line become one space;
// empty lines (the room left for the signature) are skipped. Prefixes are
// upper case with their dot ("KT.", the space after it optional); a line
// whose first word is a prefix in another case or without its dot, a prefix
// with nothing after it, a capacity line out of place, a missing title, more
// than two lines after the capacity lines, invalid UTF-8 and control
// characters are errors (*BlockError, wrapping ErrInvalidBlock). ParseBlock
// never panics.
func ParseBlock(s string) (Block, error) {
	lines, err := splitBlock(s)
	if err != nil {
		return Block{}, err
	}
	if len(lines) == 0 {
		return Block{}, &BlockError{Reason: "empty block"}
	}
	var b Block
	i := 0
	capLine := func(i int) (Capacity, string, bool) {
		if i >= len(lines) {
			return CapacityUnknown, "", false
		}
		return splitPrefix(lines[i].text)
	}
	if c, rest, ok := capLine(i); ok && c == TM {
		b.Collective, b.Capacity = rest, TM
		i++
	}
	if c, rest, ok := capLine(i); ok && c == TL && b.Collective == "" {
		if c2, _, ok2 := capLine(i + 1); ok2 && c2 == KT {
			b.ByOrderOf = rest
			i++
		}
	}
	if c, rest, ok := capLine(i); ok {
		switch {
		case c == TM:
			return Block{}, &BlockError{Line: lines[i].n, Reason: "TM. must be the first line"}
		case b.Collective != "" && c != KT && c != Q:
			return Block{}, &BlockError{Line: lines[i].n, Reason: "only KT. or Q. may follow TM."}
		}
		b.Capacity, b.For = c, rest
		i++
	}
	if b.Capacity == CapacityUnknown {
		b.Capacity = Direct
	}
	rest := lines[i:]
	if len(rest) == 0 {
		return Block{}, &BlockError{Reason: "missing title"}
	}
	if len(rest) > 2 {
		return Block{}, &BlockError{Line: rest[2].n, Reason: "more than a title and a name after the capacity lines"}
	}
	for _, l := range rest {
		if _, _, ok := splitPrefix(l.text); ok {
			return Block{}, &BlockError{Line: l.n, Reason: "capacity line out of place"}
		}
	}
	b.Title = rest[0].text
	if len(rest) == 2 {
		b.Name = rest[1].text
	}
	return b, nil
}

// splitBlock returns the non-empty lines of s, normalised, and checks each
// for invalid UTF-8, control characters and malformed prefixes.
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
			if malformedPrefix(text) {
				return nil, &BlockError{Line: n, Reason: "capacity prefix not in upper case with its dot"}
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

// malformedPrefix reports whether the first word of text looks like a
// capacity prefix but is not one: "kt.", "Kt.", "KT" (a signature block
// would otherwise be misread, the prefix taken for the title).
func malformedPrefix(text string) bool {
	if _, _, ok := splitPrefix(text); ok {
		return false
	}
	word, _, _ := strings.Cut(text, " ")
	// A word such as "kt.chủ" carries the rest of the line after the dot.
	if i := strings.IndexByte(word, '.'); i >= 0 {
		word = word[:i+1]
	}
	w := strings.ToUpper(strings.TrimSuffix(word, "."))
	for _, c := range prefixes {
		if w == strings.TrimSuffix(c.Prefix(), ".") {
			return true
		}
	}
	return false
}

// String returns the block laid out as Decree 30/2020/NĐ-CP prints it, one
// line per part, separated by "\n", without a final newline:
//
//	TM. ỦY BAN NHÂN DÂN
//	KT. CHỦ TỊCH
//	PHÓ CHỦ TỊCH
//
// For a Block returned by [ParseBlock], ParseBlock(b.String()) returns b
// again. A Block that ParseBlock could not have returned (a TM block
// without Collective, a Title that starts with a prefix, …) prints all the
// same, but does not read back.
func (b Block) String() string {
	var s strings.Builder
	line := func(text string) {
		if s.Len() > 0 {
			s.WriteByte('\n')
		}
		s.WriteString(text)
	}
	if b.Collective != "" || b.Capacity == TM {
		line(join(TM.Prefix(), b.Collective))
	}
	if b.ByOrderOf != "" {
		line(join(TL.Prefix(), b.ByOrderOf))
	}
	switch b.Capacity {
	case KT, Q, TL, TUQ:
		line(join(b.Capacity.Prefix(), b.For))
	}
	line(b.Title)
	if b.Name != "" {
		line(b.Name)
	}
	return s.String()
}

func join(prefix, text string) string {
	if text == "" {
		return prefix
	}
	return prefix + " " + text
}
