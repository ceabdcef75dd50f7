package meeting_test

import (
	"fmt"
	"testing"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
)

// benchCase is a regular session on 14/03/2024 (inside the Kon Tum rule
// set's period) with n invited departments and nine PPC members: the
// Chairman, three Vice-chairmen and the heads of the first five
// departments.
type benchCase struct {
	dir     *regulation.Directory
	rules   *regulation.Rules
	valid   meeting.Meeting // no finding
	invalid meeting.Meeting // findings of most meeting.* codes
}

func newBenchCase(tb testing.TB, n int) benchCase {
	tb.Helper()
	us := []regulation.Unit{{ID: "UBND", Name: "UBND tỉnh", Kind: regulation.UnitKindPPC}}
	ps := []regulation.Person{
		{ID: "ct", Name: "Chủ tịch", Unit: "UBND", Position: regulation.PositionChairman},
		{ID: "pct1", Name: "Phó Chủ tịch 1", Unit: "UBND", Position: regulation.PositionViceChairman},
		{ID: "pct2", Name: "Phó Chủ tịch 2", Unit: "UBND", Position: regulation.PositionViceChairman},
		{ID: "pct3", Name: "Phó Chủ tịch 3", Unit: "UBND", Position: regulation.PositionViceChairman},
	}
	mem := []regulation.PersonID{"ct", "pct1", "pct2", "pct3"}
	valid := session()
	valid.Invitations, valid.Attendees = nil, nil
	for _, id := range mem {
		valid.Attendees = append(valid.Attendees, meeting.Attendee{Person: id})
	}
	for i := range n {
		u := regulation.UnitID(fmt.Sprintf("S%02d", i+1))
		head := regulation.PersonID(fmt.Sprintf("gd%02d", i+1))
		us = append(us, regulation.Unit{ID: u, Name: "Sở " + string(u), Kind: regulation.UnitKindDepartment})
		ps = append(ps,
			regulation.Person{ID: head, Name: "Giám đốc " + string(u), Unit: u, Position: regulation.PositionHead},
			regulation.Person{ID: head + "p", Name: "Phó Giám đốc " + string(u), Unit: u, Position: regulation.PositionDeputyHead},
			regulation.Person{ID: head + "c", Name: "Chuyên viên " + string(u), Unit: u, Position: regulation.PositionSpecialist},
		)
		if i < 5 {
			mem = append(mem, head)
		}
		level := meeting.LevelHead
		if i%2 == 1 {
			level = meeting.LevelLeadership
		}
		valid.Invitations = append(valid.Invitations, meeting.Invitation{Unit: u, Level: level})
		valid.Attendees = append(valid.Attendees, meeting.Attendee{Person: head})
	}
	dir, fs := regulation.NewDirectory(us, ps, mem)
	if len(fs) != 0 {
		tb.Fatalf("bench directory: %v", fs)
	}

	invalid := valid
	invalid.Attendees = nil
	invalid.InvitationSent, invalid.DocumentsSent, invalid.ConclusionIssued = d(2024, 3, 12), d(2024, 3, 13), d(2024, 3, 25)
	for i, a := range valid.Attendees {
		k := i - len(valid.Attendees) + n // department number - 1, or < 0 for PPC leaders
		switch {
		case k < 0 && a.Person == "pct3":
			// absent without report
		case k >= 0 && k%5 == 1:
			invalid.Attendees = append(invalid.Attendees, meeting.Attendee{Person: a.Person + "c"}) // a specialist
		case k >= 0 && k%5 == 2:
			invalid.Attendees = append(invalid.Attendees, meeting.Attendee{Person: a.Person + "p"}) // a deputy, no approval
		case k >= 0 && k%5 == 3:
			invalid.Absences = append(invalid.Absences, meeting.Absence{Person: a.Person, Reported: at(2024, 3, 14, 9, 0)})
		case k >= 0 && k%5 == 4:
			// absent without report
		default:
			invalid.Attendees = append(invalid.Attendees, a)
		}
	}
	return benchCase{dir: dir, rules: regulation.KonTum2023(), valid: valid, invalid: invalid}
}

func BenchmarkCheck(b *testing.B) {
	for _, n := range []int{20} {
		c := newBenchCase(b, n)
		b.Run(fmt.Sprintf("units=%d", n), func(b *testing.B) {
			b.Run("valid", func(b *testing.B) {
				if fs := meeting.Check(c.valid, c.dir, c.rules, asOf); len(fs) != 0 {
					b.Fatalf("valid case has findings: %v", fs)
				}
				b.ReportAllocs()
				for b.Loop() {
					meeting.Check(c.valid, c.dir, c.rules, asOf)
				}
			})
			b.Run("invalid", func(b *testing.B) {
				if fs := meeting.Check(c.invalid, c.dir, c.rules, asOf); len(fs) == 0 {
					b.Fatal("invalid case has no finding")
				}
				b.ReportAllocs()
				for b.Loop() {
					meeting.Check(c.invalid, c.dir, c.rules, asOf)
				}
			})
		})
	}
}

// referenceComposition is the speed reference: the composition rule alone,
// hand-written over string ids — each attendee looked up once, then matched
// against the invitations by unit id. It returns the number of invited
// units whose level is not met.
func referenceComposition(m *meeting.Meeting, dir *regulation.Directory) int {
	var met [64]bool
	for _, a := range m.Attendees {
		p, ok := dir.Person(a.Person)
		if !ok {
			continue
		}
		unit := a.ForUnit
		if unit == "" {
			unit = p.Unit
		}
		for i, in := range m.Invitations {
			if in.Unit == unit {
				met[i] = met[i] || p.Unit == unit && in.Level.MetBy(p.Position)
				break
			}
		}
	}
	missing := 0
	for i := range m.Invitations {
		if !met[i] {
			missing++
		}
	}
	return missing
}

func BenchmarkReference(b *testing.B) {
	for _, n := range []int{20} {
		c := newBenchCase(b, n)
		b.Run(fmt.Sprintf("units=%d", n), func(b *testing.B) {
			if got := referenceComposition(&c.valid, c.dir); got != 0 {
				b.Fatalf("reference finds %d units unmet in the valid case", got)
			}
			b.ReportAllocs()
			for b.Loop() {
				referenceComposition(&c.valid, c.dir)
			}
		})
	}
}

// TestCheckValidDoesNotAllocate guards the speed target: a valid meeting
// with no finding is checked without allocating.
func TestCheckValidDoesNotAllocate(t *testing.T) {
	c := newBenchCase(t, 20)
	if n := testing.AllocsPerRun(100, func() { meeting.Check(c.valid, c.dir, c.rules, asOf) }); n != 0 {
		t.Errorf("Check of a valid meeting allocates %v times per run, want 0", n)
	}
}

// TestBenchCases makes sure the benchmarks measure what they claim: the
// valid case has no finding, the invalid one has findings of most codes.
func TestBenchCases(t *testing.T) {
	c := newBenchCase(t, 20)
	if fs := meeting.Check(c.valid, c.dir, c.rules, asOf); len(fs) != 0 {
		t.Errorf("valid bench case has findings: %v", fs)
	}
	fs := meeting.Check(c.invalid, c.dir, c.rules, asOf)
	checkWellFormed(t, c.invalid, fs)
	for _, code := range []regulation.Code{
		regulation.MeetingAttendeeLevel, regulation.MeetingSubstituteUnapproved, regulation.MeetingAbsentUnreported,
		regulation.MeetingAbsenceReportLate, regulation.MeetingMemberAbsentUnapproved, regulation.MeetingInvitationLate,
		regulation.MeetingDocumentsLate, regulation.MeetingConclusionLate, regulation.MeetingNoQuorum,
	} {
		if !fs.Has(code) {
			t.Errorf("invalid bench case lacks %s", code)
		}
	}
	if got := referenceComposition(&c.invalid, c.dir); got == 0 {
		t.Error("the reference finds nothing wrong in the invalid case")
	}
}
