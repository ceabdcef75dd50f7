package meetingtest_test

import (
	"fmt"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/meeting/meetingtest"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/regulationtest"
)

// The default meeting was held before the as-of date of the defaults and
// checks clean as of it.
func ExampleAsOf() {
	m := meetingtest.Meeting()
	fmt.Println(m.Date, meetingtest.AsOf(), m.Date.Before(meetingtest.AsOf()))
	fmt.Println(len(meeting.Check(m, regulationtest.Province(), regulation.KonTum2023(), meetingtest.AsOf())))
	// Output:
	// 2024-03-14 2024-03-29 true
	// 0
}
