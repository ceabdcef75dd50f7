package regulation

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestParseDocNumber(t *testing.T) {
	tests := []struct {
		in     string
		want   DocNumber
		reason string
	}{
		{"56/UBND-KTTH", DocNumber{Number: 56, Issuer: "UBND", Drafter: "KTTH"}, "letter: issuer and drafting unit"},
		{"54/2023/QĐ-UBND", DocNumber{Number: 54, Year: 2023, Type: "QĐ", Issuer: "UBND"}, "legal document with year"},
		{"9000/VPCP-TH", DocNumber{Number: 9000, Issuer: "VPCP", Drafter: "TH"}, "Government Office letter"},
		{"Số: 9000/VPCP-TH", DocNumber{Number: 9000, Issuer: "VPCP", Drafter: "TH"}, "leading Số: as printed"},
		{"Số 56/UBND-KTTH", DocNumber{Number: 56, Issuer: "UBND", Drafter: "KTTH"}, "leading Số without colon"},
		{"39/2022/NĐ-CP", DocNumber{Number: 39, Year: 2022, Type: "NĐ", Issuer: "CP"}, "decree"},
		{"45/2018/QĐ-TTg", DocNumber{Number: 45, Year: 2018, Type: "QĐ", Issuer: "TTg"}, "issuer with lower case"},
		{"77/2015/QH13", DocNumber{Number: 77, Year: 2015, Issuer: "QH13"}, "law: issuing body only"},
		{"9441/TB-BNV", DocNumber{Number: 9441, Type: "TB", Issuer: "BNV"}, "notice without year"},
		{"123/TTr-SNV", DocNumber{Number: 123, Type: "TTr", Issuer: "SNV"}, "statement, mixed-case type"},
		{"12/QĐ-UBND-VP", DocNumber{Number: 12, Type: "QĐ", Issuer: "UBND", Drafter: "VP"}, "typed document with drafting unit"},
		{"01/2024/QĐ-UBND", DocNumber{Number: 1, Year: 2024, Type: "QĐ", Issuer: "UBND"}, "Decree 30 numbers from 01"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseDocNumber(tc.in)
			require.NoError(t, err, tc.reason)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseDocNumber(%q) mismatch (-want +got) [%s]:\n%s", tc.in, tc.reason, diff)
			}
		})
	}
}

func TestParseDocNumberRejects(t *testing.T) {
	tests := []struct {
		in     string
		reason string
	}{
		{"", "empty"},
		{"56", "no symbol"},
		{"/UBND-KTTH", "no number"},
		{"0/UBND", "number zero"},
		{"00/UBND", "number zero with a leading zero"},
		{"56/0999/QĐ-UBND", "year below 1000"},
		{"56/UBND-", "empty symbol part"},
		{"56/23/QĐ-UBND", "two-digit year"},
		{"56/2023/QĐ", "type without issuer"},
		{"56/a/b/c", "four parts"},
		{"56/UBND KTTH", "space in symbol"},
		{"56/X-Y-Z", "three-part symbol without a known type"},
		{"56/A-B-C-D", "too many symbol parts"},
		{"12345678/UBND", "number too long"},
		{"56/UBND-\xff", "invalid UTF-8"},
		{" 56/UBND-KTTH", "leading space"},
	}
	for _, tc := range tests {
		t.Run(tc.reason, func(t *testing.T) {
			_, err := ParseDocNumber(tc.in)
			require.ErrorIs(t, err, ErrInvalidDocNumber, tc.reason)
			var de *DocNumberError
			require.ErrorAs(t, err, &de)
		})
	}
}

func TestDocNumberTypeName(t *testing.T) {
	tests := []struct {
		in     string
		vi, en string
		reason string
	}{
		{"54/2023/QĐ-UBND", "Quyết định", "Decision", "QĐ"},
		{"56/UBND-KTTH", "Công văn", "Letter", "no type: a letter"},
		{"77/2015/QH13", "Luật", "Law", "National Assembly"},
		{"39/2022/NĐ-CP", "Nghị định", "Decree", "NĐ"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			n := MustParseDocNumber(tc.in)
			if got := n.TypeName(Vietnamese); got != tc.vi {
				t.Errorf("vi = %q, want %q (%s)", got, tc.vi, tc.reason)
			}
			if got := n.TypeName(English); got != tc.en {
				t.Errorf("en = %q, want %q (%s)", got, tc.en, tc.reason)
			}
		})
	}
}

func FuzzParseDocNumber(f *testing.F) {
	for _, s := range []string{"56/UBND-KTTH", "54/2023/QĐ-UBND", "Số: 9000/VPCP-TH", "77/2015/QH13", "1/a", "Số:", "//", "9/TB-BNV-VP"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseDocNumber(s)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidDocNumber)
			return
		}
		// What parses prints in canonical form, which parses to the same number.
		back, err := ParseDocNumber(n.String())
		require.NoError(t, err, "re-parsing %q (from %q)", n.String(), s)
		if back != n {
			t.Fatalf("round trip of %q: %+v != %+v", s, back, n)
		}
		_ = n.TypeName(Vietnamese)
	})
}

func TestDocNumberString(t *testing.T) {
	for _, s := range []string{"56/UBND-KTTH", "54/2023/QĐ-UBND", "01/2024/QĐ-UBND", "77/2015/QH13", "9441/TB-BNV", "12/QĐ-UBND-VP"} {
		if got := MustParseDocNumber(s).String(); got != s {
			t.Errorf("String() = %q, want %q: canonical forms print as written", got, s)
		}
	}
	if got := MustParseDocNumber("Số: 9000/VPCP-TH").String(); got != "9000/VPCP-TH" {
		t.Errorf("the Số: prefix is not part of the number: %q", got)
	}
}

func TestParseDocNumberDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := ParseDocNumber("Số: 54/2023/QĐ-UBND"); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("ParseDocNumber allocates %v times on valid input; task summaries parse one per task", allocs)
	}
}
