package signoff

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestParseBlock(t *testing.T) {
	cases := []struct {
		name   string
		in     string
		want   Block
		print  string // the layout String gives; "" means in itself
		reason string
	}{
		{"TM. and KT.", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
			Block{Collective: "ỦY BAN NHÂN DÂN", Capacity: CapacityKT, For: "CHỦ TỊCH", Title: "PHÓ CHỦ TỊCH"}, "",
			"ND30 App. I: a Vice-chairman signs for the Chairman on behalf of the PPC"},
		{"TM.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
			Block{Collective: "ỦY BAN NHÂN DÂN", Capacity: CapacityTM, Title: "CHỦ TỊCH"}, "",
			"the Chairman on behalf of the PPC"},
		{"TM. and Q.", "TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
			Block{Collective: "ỦY BAN NHÂN DÂN", Capacity: CapacityQ, For: "CHỦ TỊCH", Title: "PHÓ CHỦ TỊCH"}, "",
			"an acting chairman on behalf of the PPC"},
		{"TL.", "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG",
			Block{Capacity: CapacityTL, For: "CHỦ TỊCH", Title: "CHÁNH VĂN PHÒNG"}, "",
			"ND30 Art. 13(4): by order"},
		{"TL. then KT.", "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG",
			Block{ByOrderOf: "CHỦ TỊCH", Capacity: CapacityKT, For: "CHÁNH VĂN PHÒNG", Title: "PHÓ CHÁNH VĂN PHÒNG"}, "",
			"ND30 Art. 13(4): the TL. grantee's deputy signs for them"},
		{"TUQ.", "TUQ. CHỦ TỊCH\nGIÁM ĐỐC SỞ TÀI CHÍNH\nNgô Văn Hải",
			Block{Capacity: CapacityTUQ, For: "CHỦ TỊCH", Title: "GIÁM ĐỐC SỞ TÀI CHÍNH", Name: "Ngô Văn Hải"}, "",
			"ND30 Art. 13(5): by authorisation, with the name"},
		{"KT.", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", Block{Capacity: CapacityKT, For: "GIÁM ĐỐC", Title: "PHÓ GIÁM ĐỐC"}, "",
			"a deputy director"},
		{"Q.", "Q. GIÁM ĐỐC\nLý Thị Nga", Block{Capacity: CapacityQ, For: "GIÁM ĐỐC", Name: "Lý Thị Nga"}, "",
			"an acting head prints no title of their own: the line is the name (it read as the title before)"},
		{"direct", "GIÁM ĐỐC", Block{Capacity: CapacityDirect, Title: "GIÁM ĐỐC"}, "", "no capacity line"},
		{"direct with name", "CHỦ TỌA\nTrần Minh An", Block{Capacity: CapacityDirect, Title: "CHỦ TỌA", Name: "Trần Minh An"}, "",
			"the chair of minutes, form 1.9"},
		{"room for the signature", "\n  KT. CHỦ TỊCH \r\n\tPHÓ CHỦ TỊCH\n\n\n\nLê  Thị   Bình\n",
			Block{Capacity: CapacityKT, For: "CHỦ TỊCH", Title: "PHÓ CHỦ TỊCH", Name: "Lê Thị Bình"},
			"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Thị Bình",
			"blank lines, CRLF and runs of spaces are layout"},
		{"no space after the dot", "KT.CHỦ TỊCH\nPHÓ CHỦ TỊCH", Block{Capacity: CapacityKT, For: "CHỦ TỊCH", Title: "PHÓ CHỦ TỊCH"},
			"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "a common typing slip reads unambiguously"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseBlock(tc.in)
			require.NoError(t, err, tc.reason)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nParseBlock (-want +got):\n%s", tc.reason, diff)
			}
			print := tc.print
			if print == "" {
				print = tc.in
			}
			if diff := cmp.Diff(print, got.String()); diff != "" {
				t.Errorf("String (-want +got):\n%s", diff)
			}
			again, err := ParseBlock(got.String())
			require.NoError(t, err)
			if again != got {
				t.Errorf("round trip: %+v, want %+v", again, got)
			}
		})
	}
}

func TestParseBlockErrors(t *testing.T) {
	cases := []struct {
		name   string
		in     string
		line   int
		reason string
	}{
		{"empty", "", 0, "nothing to read"},
		{"blank", " \n\t\n", 0, "only layout"},
		{"prefix only", "KT.\nPHÓ CHỦ TỊCH", 1, "KT. for whom?"},
		{"missing title", "KT. CHỦ TỊCH", 0, "the signer's title is required"},
		{"TM. only", "TM. ỦY BAN NHÂN DÂN", 0, "the title is required after TM."},
		{"TM. twice", "TM. ỦY BAN NHÂN DÂN\nTM. HỘI ĐỒNG\nCHỦ TỊCH", 2, "TM. comes once, first"},
		{"TM. then TL.", "TM. ỦY BAN NHÂN DÂN\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG", 2, "only KT. or Q. follow TM."},
		{"TM. then TUQ.", "TM. ỦY BAN NHÂN DÂN\nTUQ. CHỦ TỊCH\nGIÁM ĐỐC", 2, "only KT. or Q. follow TM."},
		{"two capacity lines", "KT. CHỦ TỊCH\nQ. CHỦ TỊCH\nPHÓ CHỦ TỊCH", 2, "KT. is not combined with Q."},
		{"TL. then Q.", "TL. CHỦ TỊCH\nQ. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", 2, "only KT. passes on a TL."},
		{"capacity after title", "PHÓ CHỦ TỊCH\nKT. CHỦ TỊCH", 2, "the capacity comes first"},
		{"too many lines", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nỦY VIÊN\nLê Thị Bình", 3, "a title and a name at most"},
		{"lower-case prefix", "kt. chủ tịch\nphó chủ tịch", 1, "would otherwise be read as a title"},
		{"mixed-case prefix", "Kt. Chủ tịch\nPhó Chủ tịch", 1, "would otherwise be read as a title"},
		{"prefix without dot", "KT CHỦ TỊCH\nPHÓ CHỦ TỊCH", 1, "would otherwise be read as a title"},
		{"lower-case prefix glued", "tl.chủ tịch\nchánh văn phòng", 1, "would otherwise be read as a title"},
		{"invalid UTF-8", "KT. CH\xffỦ TỊCH\nPHÓ CHỦ TỊCH", 1, "not text"},
		{"control character", "KT. CHỦ TỊCH\nPHÓ\x00 CHỦ TỊCH", 2, "not text"},
		{"name with prefix", "GIÁM ĐỐC\nTL. X", 2, "a capacity line out of place"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, err := ParseBlock(tc.in)
			require.ErrorIs(t, err, ErrInvalidBlock, tc.reason)
			var be *BlockError
			require.ErrorAs(t, err, &be)
			if be.Line != tc.line {
				t.Errorf("%s: Line = %d, want %d (%v)", tc.reason, be.Line, tc.line, err)
			}
			if b != (Block{}) {
				t.Errorf("a failed parse returns the zero Block, got %+v", b)
			}
		})
	}
}

func TestBlockString(t *testing.T) {
	cases := []struct {
		name   string
		b      Block
		want   string
		reason string
	}{
		{"TM. and KT.", Block{Collective: "ỦY BAN NHÂN DÂN", Capacity: CapacityKT, For: "CHỦ TỊCH", Title: "PHÓ CHỦ TỊCH", Name: "Lê Thị Bình"},
			"TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Thị Bình", "ND30 layout"},
		{"TL.", Block{Capacity: CapacityTL, For: "CHỦ TỊCH", Title: "CHÁNH VĂN PHÒNG"}, "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG", "ND30 layout"},
		{"zero", Block{}, "", "prints nothing much, never panics"},
		{"TM. without collective", Block{Capacity: CapacityTM, Title: "CHỦ TỊCH"}, "TM.\nCHỦ TỊCH", "does not read back"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.b.String()); diff != "" {
				t.Errorf("%s\nString (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestBlockErrorMessage(t *testing.T) {
	_, err := ParseBlock("KT.\nX")
	var be *BlockError
	require.ErrorAs(t, err, &be)
	if !strings.HasPrefix(err.Error(), "signoff: invalid signature block: line 1: ") || !errors.Is(err, ErrInvalidBlock) {
		t.Errorf("error %q does not follow the package's error form", err)
	}
}

// FuzzParseBlock checks that ParseBlock never panics, rejects invalid UTF-8,
// and that whatever it accepts prints and parses back to the same Block.
func FuzzParseBlock(f *testing.F) {
	for _, s := range []string{
		"TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
		"TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG",
		"TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nVõ Thị Dung",
		"TUQ. CHỦ TỊCH\nGIÁM ĐỐC",
		"Q.GIÁM ĐỐC\n\n\nLý Thị Nga",
		"CHỦ TỌA",
		"TM.KT. X\nY",
		"kt. x\ny",
		"\xff",
		"XÁC THỰC VĂN BẢN HỢP NHẤT\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(Đã ký)\nNguyễn Văn Sinh",
		"TM. ỦY BAN NHÂN DÂN HUYỆN\nQ. CHỦ TỊCH\nVõ Thị Tuyết",
		"CỤC TRƯỞNG CỤC\nCHUYỂN ĐỔI SỐ QUỐC GIA\nLê Văn A",
		"TM. HỘI ĐỒNG NHÀ NƯỚC\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nChủ tịch\nVÕ CHÍ CÔNG",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseBlock(s)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidBlock)
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("ParseBlock accepted invalid UTF-8 %q", s)
		}
		if b.Capacity == CapacityUnknown || (b.Title == "" && (b.Name == "" || (b.Capacity != CapacityQ && b.Capacity != CapacityTUQ))) {
			t.Fatalf("ParseBlock(%q) = %+v without capacity, or without a title where one is printed", s, b)
		}
		again, err := ParseBlock(b.String())
		if err != nil {
			t.Fatalf("ParseBlock(%q) = %+v, whose String %q does not parse: %v", s, b, b.String(), err)
		}
		if again != b {
			t.Fatalf("round trip of %q: %+v, then %+v", s, b, again)
		}
		if again.String() != b.String() {
			t.Fatalf("String is not stable: %q, then %q", b.String(), again.String())
		}
	})
}
