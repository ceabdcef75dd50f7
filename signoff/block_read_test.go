package signoff

import (
	"encoding/json"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/quyche/quyche/regulation"
	"github.com/stretchr/testify/require"
)

// Sources of the rows below; testdata/blocks.json carries their addresses.
const (
	srcHauGiang454 = "Công văn 454/UBND-NCTH, UBND tỉnh Hậu Giang (2011), haugiang.gov.vn"
	srcHDNN58      = "Nghị quyết 58 NQ/HĐNN8, Hội đồng Nhà nước (1988), quochoi.vn"
	srcCT24        = "Quyết định 24-CT (1991), web copy on thuviennhadat.vn"
	srcBTNMT02     = "Quyết định 02/2006/QĐ-BTNMT (2006), thuvienluat.bepro.vn"
	srcDoan367     = "Quyết định 367-QĐ/TWĐTN-VP, Trung ương Đoàn (2013), 2mit.org"
	srcBGDDT7991   = "Công văn 7991/BGDĐT-GDTrH (Bộ GDĐT, 2024), text reproduced on GitHub"
	srcVBHN13      = "Văn bản hợp nhất 13/VBHN-BXD (2026), quoted on GitHub"
	srcDucHoa1026  = "Quyết định 1026/QĐ-UBND, UBND huyện Đức Hòa (2012), scanned"
	srcCTN212      = "Quyết định 212/QĐ-CTN, Chủ tịch nước (2010), scanned"
	srcCTN1815     = "Quyết định 1815/QĐ-CTN, Chủ tịch nước (2011), scanned copy"
	srcLongAn650   = "Công văn 650/CV-SLĐTBXH, Sở LĐTBXH Long An (2010), scanned, second copy"
	srcLongAn59    = "Quyết định 59/QĐ-SLĐTBXH, Sở LĐTBXH Long An (2010), scanned"
	srcTanThanh312 = "Tờ trình 312/TTr-LĐTB&XH, Tân Thạnh (2010), scanned with the seal"
	srcBenLuc298   = "Đề nghị 298/ĐN-LĐTB&XH, Bến Lức (2013), scanned"
	srcXacNhan     = "xác nhận of a ward chairman on a form 4c-AH (2010), scanned"
	srcIssue       = "example given in issue 17 (from the team's private corpus; not seen again here)"
	srcBuilt       = "constructed to pin a rule (no published source)"
)

func TestParseBlockPublished(t *testing.T) {
	cases := []struct {
		in     string
		want   Block
		reason string
		source string
	}{
		{"TM. ỦY BAN NHÂN DÂN HUYỆN\nQ. CHỦ TỊCH\nVõ Thị Tuyết",
			Block{Collective: "ỦY BAN NHÂN DÂN HUYỆN", Capacity: CapacityQ, For: "CHỦ TỊCH", Name: "Võ Thị Tuyết"},
			"a Q. block with the position on the capacity line and no title of its own", srcDucHoa1026},
		{"KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(Đã ký)\nLê Quang Hùng",
			Block{Capacity: CapacityKT, For: "BỘ TRƯỞNG", Title: "THỨ TRƯỞNG", Status: "(Đã ký)", Name: "Lê Quang Hùng"},
			"(Đã ký) is a status, never a name", "Thông tư 05/2022/TT-BXD, reproduced on GitHub"},
		{"CHỦ TỊCH\n(Ký tên, đóng dấu)\nNguyễn Văn Hải",
			Block{Capacity: CapacityDirect, Title: "CHỦ TỊCH", Status: "(Ký tên, đóng dấu)", Name: "Nguyễn Văn Hải"},
			"(Ký tên, đóng dấu) is a status, never a name", srcXacNhan},
		{"TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\nBÍ THƯ THƯỜNG TRỰC\n(đã ký)\nPhan Văn Mãi",
			Block{Collective: "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", Capacity: CapacityTM, Title: "BÍ THƯ THƯỜNG TRỰC", Status: "(đã ký)", Name: "Phan Văn Mãi"},
			"a status line in lower case", srcDoan367},
		{"CHỦ TỊCH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNguyễn Minh Triết",
			Block{Capacity: CapacityDirect, Title: "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Name: "Nguyễn Minh Triết"},
			"the President's title over two lines", srcCTN212},
		{"CHỦ TỊCH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐã ký\nTrương Tấn Sang",
			Block{Capacity: CapacityDirect, Title: "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Status: "Đã ký", Name: "Trương Tấn Sang"},
			"a status without brackets", srcCTN1815},
		{"TM. HỘI ĐỒNG NHÀ NƯỚC\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nChủ tịch\nVÕ CHÍ CÔNG",
			Block{Collective: "HỘI ĐỒNG NHÀ NƯỚC NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Capacity: CapacityTM, Title: "Chủ tịch", Name: "VÕ CHÍ CÔNG"},
			"a collective over two lines; a name in capitals after a family name", srcHDNN58},
		{"CỤC TRƯỞNG CỤC\nCHUYỂN ĐỔI SỐ QUỐC GIA\nLê Văn A",
			Block{Capacity: CapacityDirect, Title: "CỤC TRƯỞNG CỤC CHUYỂN ĐỔI SỐ QUỐC GIA", Name: "Lê Văn A"},
			"a head of a unit whose name is on the next line", srcIssue},
		{"CỤC TRƯỞNG CỤC\nCHUYỂN ĐỔI SỐ QUỐC GIA",
			Block{Capacity: CapacityDirect, Title: "CỤC TRƯỞNG CỤC CHUYỂN ĐỔI SỐ QUỐC GIA"},
			"the same title over two lines without a name", srcIssue},
		{"GIÁM ĐỐC SỞ TÀI CHÍNH\nKIÊM CHÁNH VĂN PHÒNG\nNgô Văn Hải",
			Block{Capacity: CapacityDirect, Title: "GIÁM ĐỐC SỞ TÀI CHÍNH KIÊM CHÁNH VĂN PHÒNG", Name: "Ngô Văn Hải"},
			"a person with two titles: a second line beginning KIÊM joins the first", srcBuilt},
		{"XÁC THỰC VĂN BẢN HỢP NHẤT\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Sinh",
			Block{Heading: "XÁC THỰC VĂN BẢN HỢP NHẤT", Capacity: CapacityKT, For: "BỘ TRƯỞNG", Title: "THỨ TRƯỞNG", Name: "Nguyễn Văn Sinh"},
			"a heading above the capacity lines", srcVBHN13},
		{"TL. BỘ TRƯỞNG\nKT. VỤ TRƯỞNG VỤ GIÁO DỤC TRUNG HỌC\nPHÓ VỤ TRƯỞNG\n(đã ký)\nĐỗ Đức Quế",
			Block{ByOrderOf: "BỘ TRƯỞNG", Capacity: CapacityKT, For: "VỤ TRƯỞNG VỤ GIÁO DỤC TRUNG HỌC", Title: "PHÓ VỤ TRƯỞNG", Status: "(đã ký)", Name: "Đỗ Đức Quế"},
			"a TL. grantee's deputy signing for them", srcBGDDT7991},
		{"KT.BỘ TRƯỞNG\n\nTHỨ TRƯỞNG\n\nPhạm Khôi Nguyên",
			Block{Capacity: CapacityKT, For: "BỘ TRƯỞNG", Title: "THỨ TRƯỞNG", Name: "Phạm Khôi Nguyên"},
			"no space after the dot", srcBTNMT02},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			got, err := ParseBlock(tc.in)
			require.NoError(t, err, "%s (%s)", tc.reason, tc.source)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseBlock (-want +got) [%s]:\n%s", tc.source, diff)
			}
			again, err := ParseBlock(got.String())
			require.NoError(t, err)
			if again != got {
				t.Errorf("round trip: %+v, want %+v", again, got)
			}
			read, repairs, err := ReadBlock(tc.in)
			require.NoError(t, err)
			require.Empty(t, repairs)
			if read != got {
				t.Errorf("ReadBlock = %+v, want the strict reading %+v", read, got)
			}
		})
	}
}

func TestParseBlockRefusesPublished(t *testing.T) {
	cases := []struct {
		in     string
		reason string
		source string
	}{
		{"Nguyễn Khánh\n(Đã ký)", "a name and a status, no title: not a whole block", srcCT24},
		{"GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn Ghim", "two titles that do not join: the KT. line was lost", srcLongAn59},
		{"TRƯỞNG PHÒNG\nPHÒNG\nLAO ĐỘNG\nNguyễn Sĩ Khoa", "the words of a seal read as lines", srcTanThanh312},
		{"TM. ỦY BAN NHÂN DÂN HUYỆN\nQ. CHỦ TỊCH\n* Võ Thị Tuyết", "a '*' before the name: not taken for a title", srcDucHoa1026},
		{"PHÒNG LĐ – TBXH HUYỆN\nKT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\nPhạm Xuân Hải", "an unknown line above the capacity line", srcBenLuc298},
		{"KT GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn Ghim", "KT without its dot (ReadBlock reads it)", srcLongAn650},
		{"T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "T/M for TM. (it read as a title and a name before)", srcBuilt},
		{"KT. CHỦ TỊCH\nNguyễn Văn A", "a name where the deputy's title belongs", srcBuilt},
		{"GIÁM ĐỐC\nNguyễn Văn A\nTrần Văn B", "a name where the title belongs", srcBuilt},
		{"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\n(Đã ký)\nLê Văn A", "two status lines", srcBuilt},
		{"Q. CHỦ TỊCH", "Q. with neither title nor name", srcBuilt},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			b, err := ParseBlock(tc.in)
			require.ErrorIs(t, err, ErrInvalidBlock, "%s (%s)", tc.reason, tc.source)
			var be *BlockError
			require.ErrorAs(t, err, &be)
			require.Equal(t, Block{}, b)
		})
	}
}

func TestReadBlock(t *testing.T) {
	cases := []struct {
		in      string
		want    Block
		repairs []Repair
		reason  string
		source  string
	}{
		{"KT GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn Ghim",
			Block{Capacity: CapacityKT, For: "GIÁM ĐỐC", Title: "PHÓ GIÁM ĐỐC", Name: "Nguyễn Văn Ghim"},
			[]Repair{{Kind: regulation.RepairKindCapacity, From: "KT", To: "KT."}},
			"a capacity without its dot", srcLongAn650},
		{"T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A",
			Block{Collective: "ỦY BAN NHÂN DÂN", Capacity: CapacityTM, Title: "CHỦ TỊCH", Name: "Nguyễn Văn A"},
			[]Repair{{Kind: regulation.RepairKindCapacity, From: "T/M", To: "TM."}},
			"T/M", srcIssue},
		{"T/M ỦY BAN NHÂN DÂN\nK/T CHỦ TỊCH\nPHÓ CHỦ TỊCH",
			Block{Collective: "ỦY BAN NHÂN DÂN", Capacity: CapacityKT, For: "CHỦ TỊCH", Title: "PHÓ CHỦ TỊCH"},
			[]Repair{{Kind: regulation.RepairKindCapacity, From: "T/M", To: "TM."}, {Kind: regulation.RepairKindCapacity, From: "K/T", To: "KT."}},
			"T/M and K/T", srcIssue},
		{"kt. chủ tịch\nphó chủ tịch",
			Block{Capacity: CapacityKT, For: "chủ tịch", Title: "phó chủ tịch"},
			[]Repair{{Kind: regulation.RepairKindCapacity, From: "kt.", To: "KT."}},
			"a prefix in lower case: the rest is kept as written", srcBuilt},
		{"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", Block{Capacity: CapacityKT, For: "CHỦ TỊCH", Title: "PHÓ CHỦ TỊCH"}, nil,
			"a printed block needs no repair", srcHauGiang454},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			got, repairs, err := ReadBlock(tc.in)
			require.NoError(t, err, "%s (%s)", tc.reason, tc.source)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ReadBlock (-want +got) [%s]:\n%s", tc.source, diff)
			}
			if diff := cmp.Diff(tc.repairs, repairs); diff != "" {
				t.Errorf("repairs (-want +got):\n%s", diff)
			}
			again, err := ParseBlock(got.String())
			require.NoError(t, err)
			if again != got {
				t.Errorf("ParseBlock(String()) = %+v, want %+v", again, got)
			}
		})
	}
}

func TestReadBlockRefuses(t *testing.T) {
	cases := []struct {
		in, reason, source string
	}{
		{"GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn Ghim", "no repair restores a lost KT.", srcLongAn59},
		{"T/M\nCHỦ TỊCH", "nothing after T/M", srcBuilt},
		{"15 GIÁM ĐỐC\nĐỖ GIÁM ĐỐC\nNguyễn Văn Ghim", "a garbled scan", "Quyết định 64/QĐ-SLĐTBXH Long An (2012), scanned"},
		{"\xff", "invalid UTF-8", srcBuilt},
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			_, repairs, err := ReadBlock(tc.in)
			require.ErrorIs(t, err, ErrInvalidBlock, "%s (%s)", tc.reason, tc.source)
			require.Nil(t, repairs)
		})
	}
}

// corpusBlock is an entry of testdata/blocks.json.
type corpusBlock struct {
	Source string `json:"source"`
	Text   string `json:"text"`
	Note   string `json:"note"`
	Want   struct {
		Heading    string   `json:"heading"`
		Collective string   `json:"collective"`
		ByOrderOf  string   `json:"byOrderOf"`
		Capacity   Capacity `json:"capacity"`
		For        string   `json:"for"`
		Title      string   `json:"title"`
		Status     string   `json:"status"`
		Name       string   `json:"name"`
	} `json:"want"`
}

func (c corpusBlock) want() Block {
	w := c.Want
	return Block{Heading: w.Heading, Collective: w.Collective, ByOrderOf: w.ByOrderOf, Capacity: w.Capacity,
		For: w.For, Title: w.Title, Status: w.Status, Name: w.Name}
}

// TestBlockCorpus reads every block of testdata/blocks.json with ParseBlock
// and ReadBlock and compares each reading with the clerk's. A misreading (a
// block accepted with other fields, or a text that is not a whole block
// accepted as one) by either reader fails the test; refusals are counted.
// Run with -v for the counts.
func TestBlockCorpus(t *testing.T) {
	data, err := os.ReadFile("testdata/blocks.json")
	require.NoError(t, err)
	var file struct {
		Blocks []corpusBlock `json:"blocks"`
	}
	require.NoError(t, json.Unmarshal(data, &file))
	if len(file.Blocks) < 30 {
		t.Fatalf("the corpus has %d blocks, want at least 30", len(file.Blocks))
	}
	const (
		right = iota
		misread
		refused
	)
	judge := func(c corpusBlock, got Block, err error) int {
		want := c.want()
		switch {
		case err != nil && want.Capacity == CapacityUnknown:
			return right // not a whole block, rightly refused
		case err != nil:
			return refused
		case got == want:
			return right
		}
		return misread
	}
	var strict, lenient [3]int
	for i, c := range file.Blocks {
		require.NotEmpty(t, c.Source, "block %d cites its source", i)
		got, err := ParseBlock(c.Text)
		vs := judge(c, got, err)
		strict[vs]++
		if vs == misread {
			t.Errorf("block %d: ParseBlock(%q) misreads: %+v, want %+v (%s)", i, c.Text, got, c.want(), c.Source)
		}
		read, repairs, err := ReadBlock(c.Text)
		vl := judge(c, read, err)
		lenient[vl]++
		if vl == misread {
			t.Errorf("block %d: ReadBlock(%q) misreads: %+v, want %+v (%s)", i, c.Text, read, c.want(), c.Source)
		}
		if vs == right && len(repairs) != 0 {
			t.Errorf("block %d: ReadBlock repairs a block ParseBlock reads: %v", i, repairs)
		}
	}
	t.Logf("%d real signature blocks", len(file.Blocks))
	t.Logf("ParseBlock: right %d, misread %d, refused %d", strict[right], strict[misread], strict[refused])
	t.Logf("ReadBlock:  right %d, misread %d, refused %d", lenient[right], lenient[misread], lenient[refused])
}

// FuzzReadBlock checks that ReadBlock never panics, that it repairs exactly
// what ParseBlock refuses, and that what it reads prints as a block
// ParseBlock reads back to the same Block.
func FuzzReadBlock(f *testing.F) {
	for _, s := range []string{
		"T/M ỦY BAN NHÂN DÂN\nK/T CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nLê Văn A",
		"KT GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn Ghim",
		"kt.chủ tịch\nphó chủ tịch",
		"T/UQ CHỦ TỊCH\nGIÁM ĐỐC",
		"TM. ỦY BAN NHÂN DÂN HUYỆN\nQ. CHỦ TỊCH\nVõ Thị Tuyết",
		"T/M\nX",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, repairs, err := ReadBlock(s)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidBlock)
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("ReadBlock accepted invalid UTF-8 %q", s)
		}
		strict, serr := ParseBlock(s)
		if (serr == nil) != (len(repairs) == 0) {
			t.Fatalf("ReadBlock(%q): %d repairs, ParseBlock error %v", s, len(repairs), serr)
		}
		if serr == nil && strict != b {
			t.Fatalf("ReadBlock(%q) = %+v, ParseBlock %+v", s, b, strict)
		}
		again, err := ParseBlock(b.String())
		if err != nil {
			t.Fatalf("ReadBlock(%q) = %+v, whose String %q does not parse: %v", s, b, b.String(), err)
		}
		if again != b {
			t.Fatalf("round trip of %q: %+v, then %+v", s, b, again)
		}
	})
}
