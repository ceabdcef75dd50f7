// Package meeting checks the records of meetings (cuộc họp) chaired by a
// provincial People's Committee (PPC, Ủy ban nhân dân tỉnh) or its leaders
// against the meeting.* rules of a rule set: who was invited at which level,
// who came for which unit, who reported an absence (báo cáo vắng mặt) and
// who approved it, whether a PPC session had its quorum, and whether the
// invitation, the session documents and the conclusion notice (thông báo
// kết luận) came in time.
//
// This is point 6 of the Chairman's letter 56/UBND-KTTH: units do not send
// their head or deputy head to meetings as the invitation requires
// (Articles 17 and 20 of the Kon Tum working regulation, Decision
// 54/2023/QĐ-UBND), and do not report their absence. The national texts
// behind the other rules are the Law on Organisation of Local Government
// 2015, Article 114 (quorum of two thirds, members' absence, session
// documents), and Decision 45/2018/QĐ-TTg (invitation lead time,
// conclusion notice).
//
// A [Meeting] is a plain record whose JSON form is the "meetings" entry of a
// quyche.case/v1 file. [Check] takes it with its context — the
// [regulation.Directory] of units, people and PPC members, the
// [regulation.Rules] and the as-of date — and returns every finding at
// once, sorted:
//
//	fs := meeting.Check(m, dir, regulation.KonTum2023(), calendar.NewDate(2024, 3, 29))
//	for _, f := range fs {
//		fmt.Println(f.Code, f.Subject, f.Message(regulation.English))
//	}
//	// meeting.substitute_unapproved STC the invitation named the head; the head was absent and …
//	if err := fs.Err(); err != nil { … } // some finding is a violation
//
// Every number the rules use (the quorum as an integer fraction, the lead
// times, the time to issue a conclusion) is a parameter of the rule set
// (regulation.MeetingRules), and working days come from the rule set's
// calendar, so holidays and swapped days count as Vietnam's civil service
// counts them. Check never reads the clock, never panics, does not allocate
// when a typical record is valid, and is safe for concurrent use.
package meeting
