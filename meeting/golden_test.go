package meeting_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenMeetings returns meetings that together produce every code of the
// meeting package, rules.not_in_force and input.invalid.
func goldenMeetings() []meeting.Meeting {
	ph := session()
	ph.ID = "PH-2024-03"
	ph.InvitationSent, ph.DocumentsSent, ph.ConclusionIssued = d(2024, 3, 12), d(2024, 3, 12), d(2024, 3, 22)
	without(&ph, vice3, stpHead, policeHead, armyHead, sxdDeputy)
	replace(&ph, stcHead, meeting.Attendee{Person: stcDeputy})
	replace(&ph, hdhHead, meeting.Attendee{Person: hdhStaff})
	ph.Absences = []meeting.Absence{
		{Person: vice3, Reported: at(2024, 3, 12, 10, 0), ApprovedBy: chairman},
		{Person: stpHead, Reported: at(2024, 3, 13, 15, 0), ApprovedBy: chairman},
		{Person: armyHead, Reported: at(2024, 3, 14, 8, 15), ApprovedBy: chairman},
		{Person: sxdDeputy, Unit: "SXD", Reported: at(2024, 3, 14, 8, 5)},
	}

	lv := meeting.Meeting{
		ID: "LV-2024-07", Kind: meeting.KindWorking, Chair: vice2,
		Date: d(2024, 2, 7), Start: at(2024, 2, 7, 14, 0), Urgent: true, InvitationSent: d(2024, 2, 7),
		NeedsConclusion: true,
		Invitations: []meeting.Invitation{
			{Unit: "SNV", Level: meeting.LevelLeadership},
			{Unit: "SYT", Level: meeting.LevelHead},
		},
		Attendees: []meeting.Attendee{{Person: vice2}, {Person: sytHead}},
	}

	old := session()
	old.ID = "PH-2023-05"
	old.Date, old.Start, old.InvitationSent, old.DocumentsSent = d(2023, 5, 10), time.Time{}, d(2023, 5, 4), d(2023, 5, 6)
	old.ConclusionIssued = d(2023, 5, 16)

	bad := session()
	bad.ID = "X-1"
	bad.Attendees[4].Person = "ghost"

	// A thematic session whose invitation date is after the session: a local
	// fault, so its documents, quorum, members and composition are judged.
	th := session()
	th.ID, th.Kind = "TH-2024-03", meeting.KindThematic
	th.Date, th.Start, th.InvitationSent, th.DocumentsSent = d(2024, 3, 20), at(2024, 3, 20, 8, 0), d(2024, 3, 21), d(2024, 3, 18)
	th.NeedsConclusion, th.ConclusionIssued = false, calendar.Date{}
	without(&th, vice3, officeHead, policeHead, armyHead, stcHead)
	th.Absences = []meeting.Absence{
		{Person: vice3, Reported: at(2024, 3, 19, 9, 0), ApprovedBy: chairman},
		{Person: officeHead, Reported: at(2024, 3, 19, 9, 0), ApprovedBy: chairman},
		{Person: policeHead, Reported: at(2024, 3, 19, 9, 0), ApprovedBy: chairman},
	}

	// A session after the as-of date, with nobody listed yet: it does not
	// exist yet, and only its invitation, already sent and late, is judged.
	next := session()
	next.ID = "PH-2024-04"
	next.Date, next.Start, next.InvitationSent, next.DocumentsSent = d(2024, 4, 2), at(2024, 4, 2, 8, 0), d(2024, 3, 29), d(2024, 3, 29)
	next.ConclusionIssued, next.Attendees = calendar.Date{}, nil

	return []meeting.Meeting{ph, lv, old, bad, th, next}
}

func TestGoldenFindings(t *testing.T) {
	dir := directory(t)
	rules := regulation.KonTum2023()
	var all regulation.Findings
	for _, m := range goldenMeetings() {
		fs := meeting.Check(m, dir, rules, asOf)
		checkWellFormed(t, m, fs)
		all = append(all, fs...)
	}
	all.Sort()
	for _, c := range []regulation.Code{
		regulation.MeetingAttendeeLevel, regulation.MeetingSubstituteUnapproved, regulation.MeetingAbsentUnreported,
		regulation.MeetingAbsenceReportLate, regulation.MeetingNoQuorum, regulation.MeetingMemberAbsentUnapproved,
		regulation.MeetingInvitationLate, regulation.MeetingDocumentsLate, regulation.MeetingConclusionLate,
		regulation.RulesNotInForce, regulation.InputInvalid,
	} {
		if !all.Has(c) {
			t.Errorf("the golden meetings produce no %s", c)
		}
	}
	got, err := json.MarshalIndent(all, "", "  ")
	if err != nil {
		t.Fatalf("marshal findings: %v", err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "golden_findings.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("findings differ from %s (run go test -run TestGoldenFindings -update and review the diff):\n%s", path, got)
	}
}

// TestGoldenRoundTrip decodes the golden file back into findings: the
// format is quyche.findings/v1 and keeps codes, subjects and citations.
func TestGoldenRoundTrip(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "golden_findings.json"))
	if err != nil {
		t.Skip("no golden file yet")
	}
	var fs regulation.Findings
	if err := json.Unmarshal(b, &fs); err != nil {
		t.Fatalf("decode golden findings: %v", err)
	}
	if len(fs) == 0 {
		t.Fatal("the golden file holds no finding")
	}
	for _, f := range fs {
		if f.Kind != regulation.RecordKindMeeting || f.Severity != f.Code.Severity() {
			t.Errorf("golden finding %s/%s: kind %v severity %v", f.Code, f.Subject, f.Kind, f.Severity)
		}
	}
}
