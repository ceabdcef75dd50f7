package meeting_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// FuzzCheck decodes arbitrary JSON into a Meeting, as the case file does,
// and checks it against the test directory: Check must not panic, must
// return sorted findings about that record, each with the catalogue's
// details and fully rendered messages, and an input.invalid finding must
// come alone.
func FuzzCheck(f *testing.F) {
	for _, m := range append(goldenMeetings(), session()) {
		b, err := json.Marshal(m)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"id":"M","kind":"thematic","chair":"pct1","date":"2024-02-08","urgent":true,` +
		`"invitations":[{"unit":"UBND","level":"head"},{"unit":"STC","level":"leadership"}],` +
		`"attendees":[{"person":"stc_cv","for_unit":"UBND","approved_by":"ct"}],` +
		`"absences":[{"person":"ct","unit":"STC","reported":"2024-02-08T07:59:59+07:00"}]}`))
	f.Add([]byte(`{"id":"M","kind":"regular","chair":"ct","date":"9999-12-31","start":"9999-12-31T23:59:59+07:00",` +
		`"needs_conclusion":true,"invitation_sent":"0001-01-01","documents_sent":"0001-01-01"}`))
	dir := directory(f)
	rules := regulation.KonTum2023()
	f.Fuzz(func(t *testing.T, b []byte) {
		var m meeting.Meeting
		if err := json.Unmarshal(b, &m); err != nil {
			return
		}
		for _, when := range []calendar.Date{asOf, {}} {
			fs := meeting.Check(m, dir, rules, when)
			for i, x := range fs {
				if x.Kind != regulation.MeetingRecord || x.Record != m.ID {
					t.Fatalf("finding %s about %v %q, want meeting %q", x.Code, x.Kind, x.Record, m.ID)
				}
				if i > 0 && regulation.Compare(fs[i-1], x) > 0 {
					t.Fatalf("findings not sorted at %d", i)
				}
				if miss := x.MissingDetails(); len(miss) > 0 {
					t.Fatalf("finding %s lacks details %v", x.Code, miss)
				}
				for _, l := range []regulation.Lang{regulation.Vietnamese, regulation.English} {
					if msg := x.Message(l); strings.Contains(msg, "?") {
						t.Fatalf("finding %s renders badly: %q", x.Code, msg)
					}
				}
				if x.Code == regulation.InputInvalid && len(fs) != 1 {
					t.Fatalf("input.invalid comes with %d other findings", len(fs)-1)
				}
			}
		}
	})
}
