package regulation

import "testing"

func TestRefText(t *testing.T) {
	tests := []struct {
		ref    Ref
		vi, en string
		reason string
	}{
		{Ref{Doc: "54/2023/QĐ-UBND", Article: 20}, "Điều 20 Quyết định 54/2023/QĐ-UBND", "Art. 20, Decision 54/2023/QĐ-UBND", "the issue's own example"},
		{Ref{Doc: "77/2015/QH13", Article: 114, Clause: 3}, "khoản 3 Điều 114 Luật 77/2015/QH13", "Art. 114(3), Law 77/2015/QH13", "clause"},
		{Ref{Doc: "39/2022/NĐ-CP", Article: 15, Clause: 3, Point: "a"}, "điểm a khoản 3 Điều 15 Nghị định 39/2022/NĐ-CP", "Art. 15(3)(a), Decree 39/2022/NĐ-CP", "point"},
		{Ref{Doc: "56/UBND-KTTH", Part: "footnote 2"}, "Công văn 56/UBND-KTTH, chú thích 2", "Letter 56/UBND-KTTH, footnote 2", "a footnote of a letter"},
		{Ref{Doc: "56/UBND-KTTH", Part: "point 1, third dash"}, "Công văn 56/UBND-KTTH, mục 1, gạch đầu dòng thứ ba", "Letter 56/UBND-KTTH, point 1, third dash", "a dash of a point"},
		{Ref{Doc: "30/2020/NĐ-CP", Part: "Appendix III, form 1.9"}, "Nghị định 30/2020/NĐ-CP, Phụ lục III, mẫu 1.9", "Decree 30/2020/NĐ-CP, Appendix III, form 1.9", "a form of an appendix"},
		{Ref{Doc: "56/UBND-KTTH", Part: "opening"}, "Công văn 56/UBND-KTTH, phần mở đầu", "Letter 56/UBND-KTTH, opening", "the opening"},
		{Ref{Doc: "45/2018/QĐ-TTg"}, "Quyết định 45/2018/QĐ-TTg", "Decision 45/2018/QĐ-TTg", "a whole document"},
		{Ref{}, "", "", "the zero Ref renders empty"},
	}
	for _, tc := range tests {
		t.Run(tc.en, func(t *testing.T) {
			if got := tc.ref.Text(Vietnamese); got != tc.vi {
				t.Errorf("vi = %q, want %q (%s)", got, tc.vi, tc.reason)
			}
			if got := tc.ref.Text(English); got != tc.en {
				t.Errorf("en = %q, want %q (%s)", got, tc.en, tc.reason)
			}
		})
	}
}
