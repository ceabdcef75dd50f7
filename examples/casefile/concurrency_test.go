package casefile

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// TestConcurrentChecks holds one rule set, one calendar and one decoded case
// under use from many goroutines at once; run with -race. Every goroutine
// must get the same findings as a lone run.
func TestConcurrentChecks(t *testing.T) {
	in := caseWith(`"units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}, {"id": "UBND", "name": "UBND", "kind": "ppc"}],
"people": [{"id": "p0", "name": "Chủ tịch", "unit": "UBND", "position": "chairman"}, {"id": "p1", "name": "A", "unit": "STC", "position": "head"}, {"id": "p2", "name": "B", "unit": "STC", "position": "specialist"}],
"ppc_members": ["p0", "p1"],
"tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-12-01"},
          {"id": "T2", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2024-02-08", "done": "2024-02-15"}],
"meetings": [{"id": "M1", "kind": "regular", "chair": "p0", "date": "2023-12-12", "invitation_sent": "2023-12-11",
              "invitations": [{"unit": "STC", "level": "head"}], "attendees": [{"person": "p0"}, {"person": "p2"}]}],
"records": [{"id": "R1", "kind": "inspection_record", "inter_sectoral": true, "date": "2023-12-12", "units": ["STC"],
             "signatures": [{"person": "p2", "for_unit": "STC", "capacity": "direct"}]}]`)
	c, err := DecodeBytes([]byte(in), "case.json")
	require.NoError(t, err)
	rules := regulation.KonTum2023()
	rules.Calendar = calendar.Vietnam()
	asOf := calendar.NewDate(2024, 3, 1)
	want := c.Check(rules, asOf).Findings
	require.NotEmpty(t, want, "the case must produce findings for the test to mean anything")
	var wg sync.WaitGroup
	errs := make(chan string, 32)
	for g := range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cal := rules.WorkCalendar()
			for i := range 200 {
				d := asOf.AddDays(g*7 + i)
				if n := cal.CountWorkdays(d, cal.AddWorkdays(d, 5)); n != 5 && cal.IsWorkday(d) {
					errs <- "calendar algebra broke under concurrency"
					return
				}
			}
			if diff := cmp.Diff(want, c.Check(rules, asOf).Findings); diff != "" {
				errs <- diff
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
