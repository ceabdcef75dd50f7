package meeting_test

import (
	"fmt"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
)

func ExampleLevel_MetBy() {
	for _, p := range []regulation.Position{regulation.PositionHead, regulation.PositionDeputyHead, regulation.PositionDivisionHead} {
		fmt.Println(p, meeting.LevelHead.MetBy(p), meeting.LevelLeadership.MetBy(p))
	}
	// Output:
	// head true true
	// deputy_head false true
	// division_head false false
}

func ExampleKind_IsSession() {
	for _, k := range []meeting.Kind{meeting.KindRegular, meeting.KindThematic, meeting.KindWorking} {
		fmt.Println(k, k.IsSession(), k.Localize(regulation.Vietnamese))
	}
	// Output:
	// regular true phiên họp thường kỳ UBND tỉnh
	// thematic true phiên họp chuyên đề UBND tỉnh
	// working false cuộc họp làm việc
}
