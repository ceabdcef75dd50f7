package task_test

import (
	"fmt"
	"testing"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/task"
)

func TestRateFormat(t *testing.T) {
	tests := []struct {
		rate   task.Rate
		vi, en string
		reason string
	}{
		{task.Rate{Num: 222, Den: 1206}, "18,4%", "18.4%", "the letter's figure, 18.408…%, rounded half up"},
		{task.Rate{Num: 1, Den: 1}, "100,0%", "100.0%", "a whole rate keeps its decimal"},
		{task.Rate{Num: 0, Den: 5}, "0,0%", "0.0%", "nothing late"},
		{task.Rate{Num: 1, Den: 16}, "6,3%", "6.3%", "half up"},
		{task.Rate{Num: -1, Den: 16}, "-6,2%", "-6.2%", "half up is toward +∞ for a negative rate"},
		{task.Rate{Num: 12345, Den: 10}, "123450,0%", "123450.0%", "no thousands separator: the figure is read as a number"},
		{task.Rate{Num: 3, Den: 0}, "", "", "no denominator, no rate"},
	}
	for _, tc := range tests {
		if got := tc.rate.Format(regulation.Vietnamese); got != tc.vi {
			t.Errorf("%d/%d: vi %q, want %q (%s)", tc.rate.Num, tc.rate.Den, got, tc.vi, tc.reason)
		}
		if got := tc.rate.Format(regulation.English); got != tc.en {
			t.Errorf("%d/%d: en %q, want %q (%s)", tc.rate.Num, tc.rate.Den, got, tc.en, tc.reason)
		}
	}
}

func ExampleRate_Format() {
	r := task.Rate{Num: 222, Den: 1206}
	fmt.Println(r.Format(regulation.Vietnamese), r.Format(regulation.English))
	// Output:
	// 18,4% 18.4%
}
