package meeting_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
)

// localRules maps each optional date whose fault stays local to the rule
// that reads it, and that the fault switches off.
var localRules = map[string]regulation.Code{
	"invitation_sent":   regulation.MeetingInvitationLate,
	"documents_sent":    regulation.MeetingDocumentsLate,
	"conclusion_issued": regulation.MeetingConclusionLate,
}

// FuzzCheck decodes arbitrary JSON into a Meeting, as the case file does,
// and checks it against the test directory as of the tests' date, of the
// day before the meeting and of a zero date. Check must not panic and must
// return sorted findings about that record, each with the catalogue's
// details and fully rendered messages; a zero as-of must yield input.invalid
// "as_of" alone; a structural input.invalid must come alone; a local one
// must switch off the rule that reads its field; and a meeting after the
// as-of date must get nothing but input.invalid and
// meeting.invitation_late.
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
	f.Add([]byte(`{"id":"M","kind":"regular","chair":"ct","date":"2024-03-14","needs_conclusion":true,` +
		`"invitation_sent":"2024-03-15","documents_sent":"2024-03-16","conclusion_issued":"2024-03-13"}`))
	dir := directory(f)
	rules := regulation.KonTum2023()
	f.Fuzz(func(t *testing.T, b []byte) {
		var m meeting.Meeting
		if err := json.Unmarshal(b, &m); err != nil {
			return
		}
		dates := []calendar.Date{asOf, {}}
		if eve := m.Date.AddDays(-1); !m.Date.IsZero() && regulation.DateProblem(eve, calendar.Date{}, true) == regulation.ProblemUnknown {
			dates = append(dates, eve)
		}
		for _, when := range dates {
			fs := meeting.Check(m, dir, rules, when)
			checkFuzzFindings(t, m, when, fs)
		}
	})
}

// checkFuzzFindings verifies the findings fs of m as of when.
func checkFuzzFindings(t *testing.T, m meeting.Meeting, when calendar.Date, fs regulation.Findings) {
	t.Helper()
	if when.IsZero() {
		if len(fs) != 1 || fs[0].Code != regulation.InputInvalid || fs[0].Subject != "as_of" {
			t.Fatalf("a zero as_of gives %v, want input.invalid as_of alone", fs)
		}
		return
	}
	structural := false
	for i, x := range fs {
		if x.Kind != regulation.RecordKindMeeting || x.Record != m.ID {
			t.Fatalf("finding %s about %v %q, want meeting %q", x.Code, x.Kind, x.Record, m.ID)
		}
		if i > 0 && regulation.Compare(fs[i-1], x) > 0 {
			t.Fatalf("findings not sorted at %d", i)
		}
		if miss := regulationtest.MissingDetails(x); len(miss) > 0 {
			t.Fatalf("finding %s lacks details %v", x.Code, miss)
		}
		for _, l := range []regulation.Lang{regulation.Vietnamese, regulation.English} {
			if msg := x.Message(l); strings.Contains(msg, "?") {
				t.Fatalf("finding %s renders badly: %q", x.Code, msg)
			}
		}
		if x.Code != regulation.InputInvalid {
			continue
		}
		if off, local := localRules[x.Subject]; !local {
			structural = true
		} else if fs.Has(off) {
			t.Fatalf("a local fault of %s leaves %s on", x.Subject, off)
		}
	}
	if structural && len(fs) != 1 {
		t.Fatalf("a structural input.invalid comes with %d other findings", len(fs)-1)
	}
	if m.Date.After(when) {
		for _, x := range fs {
			if x.Code != regulation.InputInvalid && x.Code != regulation.MeetingInvitationLate {
				t.Fatalf("a meeting after as_of gets %s", x.Code)
			}
		}
	}
}
