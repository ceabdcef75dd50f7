package meeting_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
)

// d returns the civil date y-m-dd.
func d(y int, m time.Month, dd int) calendar.Date { return calendar.NewDate(y, m, dd) }

// at returns hh:mm of y-m-dd in Vietnam.
func at(y int, m time.Month, dd, hh, mm int) time.Time {
	return time.Date(y, m, dd, hh, mm, 0, 0, calendar.Zone())
}

// The people of the test directory.
const (
	chairman   regulation.PersonID = "ct"     // Chairman, a member
	vice1      regulation.PersonID = "pct1"   // Vice-chairman, a member
	vice2      regulation.PersonID = "pct2"   // Vice-chairman, a member
	vice3      regulation.PersonID = "pct3"   // Vice-chairman, a member
	snvHead    regulation.PersonID = "snv_gd" // head of SNV, a member
	snvDeputy  regulation.PersonID = "snv_pgd"
	stpHead    regulation.PersonID = "stp_gd" // head of STP, a member
	officeHead regulation.PersonID = "vp_cvp" // head of the PPC Office, a member
	policeHead regulation.PersonID = "ca_gd"  // police director, a member
	armyHead   regulation.PersonID = "qs_cht" // military commander, a member
	stcHead    regulation.PersonID = "stc_gd"
	stcDeputy  regulation.PersonID = "stc_pgd"
	stcDeputy2 regulation.PersonID = "stc_pgd2"
	stcDivHead regulation.PersonID = "stc_tp"
	stcStaff   regulation.PersonID = "stc_cv"
	sxdActing  regulation.PersonID = "sxd_q"
	sxdDeputy  regulation.PersonID = "sxd_pgd"
	sytHead    regulation.PersonID = "syt_gd"
	hdhHead    regulation.PersonID = "hdh_ct"
	hdhStaff   regulation.PersonID = "hdh_cv"
)

// members lists the PPC's nine members.
var members = []regulation.PersonID{chairman, vice1, vice2, vice3, snvHead, stpHead, officeHead, policeHead, armyHead}

func units() []regulation.Unit {
	return []regulation.Unit{
		{ID: "UBND", Name: "Ủy ban nhân dân tỉnh", Kind: regulation.UnitKindPPC},
		{ID: "VP", Name: "Văn phòng UBND tỉnh", Kind: regulation.UnitKindPPCOffice},
		{ID: "SNV", Name: "Sở Nội vụ", Kind: regulation.UnitKindDepartment},
		{ID: "STP", Name: "Sở Tư pháp", Kind: regulation.UnitKindDepartment},
		{ID: "STC", Name: "Sở Tài chính", Kind: regulation.UnitKindDepartment},
		{ID: "SXD", Name: "Sở Xây dựng", Kind: regulation.UnitKindDepartment},
		{ID: "SYT", Name: "Sở Y tế", Kind: regulation.UnitKindDepartment},
		{ID: "HDH", Name: "UBND huyện Đăk Hà", Kind: regulation.UnitKindDistrictPC},
		{ID: "CA", Name: "Công an tỉnh", Kind: regulation.UnitKindOther},
		{ID: "QS", Name: "Bộ Chỉ huy Quân sự tỉnh", Kind: regulation.UnitKindOther},
	}
}

func people() []regulation.Person {
	p := func(id regulation.PersonID, name string, unit regulation.UnitID, pos regulation.Position) regulation.Person {
		return regulation.Person{ID: id, Name: name, Unit: unit, Position: pos}
	}
	return []regulation.Person{
		p(chairman, "Trần Chủ Tịch", "UBND", regulation.PositionChairman),
		p(vice1, "Lê Phó Một", "UBND", regulation.PositionViceChairman),
		p(vice2, "Phạm Phó Hai", "UBND", regulation.PositionViceChairman),
		p(vice3, "Võ Phó Ba", "UBND", regulation.PositionViceChairman),
		p(snvHead, "Đỗ Nội Vụ", "SNV", regulation.PositionHead),
		p(snvDeputy, "Ngô Phó Nội Vụ", "SNV", regulation.PositionDeputyHead),
		p(stpHead, "Hồ Tư Pháp", "STP", regulation.PositionHead),
		p(officeHead, "Vũ Văn Phòng", "VP", regulation.PositionHead),
		p(policeHead, "Đinh Công An", "CA", regulation.PositionHead),
		p(armyHead, "Lý Quân Sự", "QS", regulation.PositionHead),
		p(stcHead, "Bùi Tài Chính", "STC", regulation.PositionHead),
		p(stcDeputy, "Đặng Phó Tài Chính", "STC", regulation.PositionDeputyHead),
		p(stcDeputy2, "Mai Phó Tài Chính", "STC", regulation.PositionDeputyHead),
		p(stcDivHead, "Hà Trưởng Phòng", "STC", regulation.PositionDivisionHead),
		p(stcStaff, "Tạ Chuyên Viên", "STC", regulation.PositionSpecialist),
		p(sxdActing, "Lâm Quyền Xây Dựng", "SXD", regulation.PositionActingHead),
		p(sxdDeputy, "Cao Phó Xây Dựng", "SXD", regulation.PositionDeputyHead),
		p(sytHead, "Châu Y Tế", "SYT", regulation.PositionHead),
		p(hdhHead, "Kiều Đăk Hà", "HDH", regulation.PositionHead),
		p(hdhStaff, "Âu Chuyên Viên", "HDH", regulation.PositionSpecialist),
	}
}

// ref names the test person id as details do: id, name and position,
// taken from people().
func ref(id regulation.PersonID) regulation.PersonRef {
	for _, p := range people() {
		if p.ID == id {
			return regulation.PersonRef{ID: id, Name: p.Name, Position: p.Position}
		}
	}
	return regulation.PersonRef{ID: id}
}

// refs names the test people ids as a list detail does.
func refs(ids ...regulation.PersonID) regulation.PersonRefs {
	out := regulation.PersonRefs{}
	for _, id := range ids {
		out = append(out, ref(id))
	}
	return out
}

// member names a PPC member as meeting.member_absent_unapproved does: the
// name alone.
func member(id regulation.PersonID) regulation.PersonRef { return ref(id).NameOnly() }

// directory returns the test directory: the PPC with nine members, four
// departments, a district and the police and army.
func directory(tb testing.TB) *regulation.Directory {
	tb.Helper()
	dir, fs := regulation.NewDirectory(units(), people(), members)
	require.Empty(tb, fs, "the test directory is clean")
	return dir
}

// asOf is the as-of date of the tests: two weeks after the session.
var asOf = d(2024, 3, 29)

// session returns a valid regular PPC session on Thursday 14/03/2024 at
// 08:00, with no finding: all nine members attend, SNV (its head, a member)
// and STC are invited at level head, SXD and HDH at level leadership, and
// the invitation, documents and conclusion notice are on time.
func session() meeting.Meeting {
	return meeting.Meeting{
		ID:               "M1",
		Kind:             meeting.KindRegular,
		Chair:            chairman,
		Date:             d(2024, 3, 14),
		Start:            at(2024, 3, 14, 8, 0),
		InvitationSent:   d(2024, 3, 11),
		DocumentsSent:    d(2024, 3, 11),
		NeedsConclusion:  true,
		ConclusionIssued: d(2024, 3, 21),
		Invitations: []meeting.Invitation{
			{Unit: "SNV", Level: meeting.LevelHead},
			{Unit: "STC", Level: meeting.LevelHead},
			{Unit: "SXD", Level: meeting.LevelLeadership},
			{Unit: "HDH", Level: meeting.LevelLeadership},
		},
		Attendees: []meeting.Attendee{
			{Person: chairman}, {Person: vice1}, {Person: vice2}, {Person: vice3},
			{Person: snvHead}, {Person: stpHead}, {Person: officeHead},
			{Person: policeHead}, {Person: armyHead},
			{Person: stcHead}, {Person: sxdDeputy}, {Person: hdhHead},
		},
	}
}

// without removes the attendees ids from m.
func without(m *meeting.Meeting, ids ...regulation.PersonID) {
	var kept []meeting.Attendee
	for _, a := range m.Attendees {
		drop := false
		for _, id := range ids {
			drop = drop || a.Person == id
		}
		if !drop {
			kept = append(kept, a)
		}
	}
	m.Attendees = kept
}

// replace replaces the attendee id with the attendees as.
func replace(m *meeting.Meeting, id regulation.PersonID, as ...meeting.Attendee) {
	without(m, id)
	m.Attendees = append(m.Attendees, as...)
}

// got is the part of a finding that the tables compare.
type got struct {
	Code    regulation.Code
	Subject string
	Details regulation.Details
}

// f returns an expected finding.
func f(code regulation.Code, subject string, details regulation.Details) got {
	return got{Code: code, Subject: subject, Details: details}
}

// project keeps the compared part of fs.
func project(fs regulation.Findings) []got {
	var out []got
	for _, x := range fs {
		out = append(out, got{Code: x.Code, Subject: x.Subject, Details: x.Details})
	}
	return out
}

// cmpOpts compares calendar dates by value and times as instants.
var cmpOpts = cmp.Options{
	cmp.Comparer(func(a, b calendar.Date) bool { return a == b }),
	cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) }),
}

// checkWellFormed verifies what every finding of Check must satisfy: the
// record kind, the record id, sorted order, the catalogue's detail keys,
// citations for the meeting.* codes, and messages that render fully in
// both languages.
func checkWellFormed(t *testing.T, m meeting.Meeting, fs regulation.Findings) {
	t.Helper()
	for i, x := range fs {
		if x.Kind != regulation.RecordKindMeeting || x.Record != m.ID {
			t.Errorf("finding %d (%s) has kind %v record %q, want meeting %q", i, x.Code, x.Kind, x.Record, m.ID)
		}
		if i > 0 && regulation.Compare(fs[i-1], x) > 0 {
			t.Errorf("findings not sorted at %d: %s/%s after %s/%s", i, x.Code, x.Subject, fs[i-1].Code, fs[i-1].Subject)
		}
		if miss := regulationtest.MissingDetails(x); len(miss) > 0 {
			t.Errorf("finding %s lacks details %v", x.Code, miss)
		}
		if x.Code.Family() == "meeting" && len(x.Refs) == 0 {
			t.Errorf("finding %s has no citation", x.Code)
		}
		if x.Severity != x.Code.Severity() {
			t.Errorf("finding %s has severity %v, want %v", x.Code, x.Severity, x.Code.Severity())
		}
		for _, l := range []regulation.Lang{regulation.Vietnamese, regulation.English} {
			if msg := x.Message(l); strings.Contains(msg, "?") || msg == string(x.Code) {
				t.Errorf("finding %s renders badly in %v: %q", x.Code, l, msg)
			}
		}
	}
}
