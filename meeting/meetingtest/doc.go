// Package meetingtest builds realistic meeting records (cuộc họp) for the
// tests of systems that embed package meeting, in the manner of
// net/http/httptest. It sits beside package meeting, which it serves, so
// that imports keep pointing one way.
//
// [Meeting] returns a fresh record with sensible defaults that are valid and
// clean under regulation.KonTum2023, with the test province of
// regulationtest.Province, as of [AsOf]. A test changes what it is about in
// one line, with overrides: functions that change the default record in
// place, applied in order — the idiom of packages tasktest and signofftest
// too. [Without] is a ready-made override for the most common change, an
// attendee who did not come:
//
//	rules := regulation.KonTum2023()
//	m := meetingtest.Meeting(meetingtest.Without(regulationtest.ConstructionActingHead))
//	got := meeting.Check(m, regulationtest.Province(), rules, meetingtest.AsOf())
//	want := regulation.Findings{
//		regulationtest.Want(rules, regulation.MeetingAbsentUnreported, regulation.RecordKindMeeting, "M1", regulationtest.Construction),
//	}
//	if diff := cmp.Diff(want, got, regulationtest.IgnoreMessages()); diff != "" { … }
//
// Everything here returns fresh values (no slice is shared between two
// calls) and is safe for concurrent use.
package meetingtest
