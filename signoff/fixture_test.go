package signoff

import (
	"encoding"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
)

// d builds a date for test tables.
func d(y int, m time.Month, day int) calendar.Date { return calendar.NewDate(y, m, day) }

// testDate is the signing date of most test records: Tuesday 12/03/2024,
// inside the Kon Tum 2023 rule set's period.
var testDate = d(2024, 3, 12)

// testDirectory is a small Kon Tum: the PPC, its Office, three departments
// and a city, with people at every level.
func testDirectory(t testing.TB) *regulation.Directory {
	t.Helper()
	unit := func(id regulation.UnitID, name string, k regulation.UnitKind) regulation.Unit {
		return regulation.Unit{ID: id, Name: name, Kind: k}
	}
	person := func(id regulation.PersonID, name string, u regulation.UnitID, p regulation.Position) regulation.Person {
		return regulation.Person{ID: id, Name: name, Unit: u, Position: p}
	}
	dir, fs := regulation.NewDirectory(
		[]regulation.Unit{
			unit("UBND", "Ủy ban nhân dân tỉnh Kon Tum", regulation.UnitKindPPC),
			unit("VP", "Văn phòng Ủy ban nhân dân tỉnh", regulation.UnitKindPPCOffice),
			unit("STC", "Sở Tài chính", regulation.UnitKindDepartment),
			unit("SXD", "Sở Xây dựng", regulation.UnitKindDepartment),
			unit("SKHDT", "Sở Kế hoạch và Đầu tư", regulation.UnitKindDepartment),
			unit("TPKT", "Ủy ban nhân dân thành phố Kon Tum", regulation.UnitKindDistrictPC),
		},
		[]regulation.Person{
			person("ct", "Trần Minh An", "UBND", regulation.PositionChairman),
			person("pct", "Lê Thị Bình", "UBND", regulation.PositionViceChairman),
			person("cvp", "Phạm Văn Cường", "VP", regulation.PositionHead),
			person("pcvp", "Võ Thị Dung", "VP", regulation.PositionDeputyHead),
			person("tpvp", "Đặng Quốc Em", "VP", regulation.PositionDivisionHead),
			person("cvvp", "Huỳnh Thị Giang", "VP", regulation.PositionSpecialist),
			person("gdstc", "Ngô Văn Hải", "STC", regulation.PositionHead),
			person("pgdstc", "Bùi Thị Hoa", "STC", regulation.PositionDeputyHead),
			person("tpstc", "Đỗ Văn Khánh", "STC", regulation.PositionDivisionHead),
			person("ppstc", "Hồ Thị Lan", "STC", regulation.PositionDivisionDeputy),
			person("cvstc", "Dương Văn Minh", "STC", regulation.PositionSpecialist),
			person("qgdsxd", "Lý Thị Nga", "SXD", regulation.PositionActingHead),
			person("pgdsxd", "Mai Văn Phúc", "SXD", regulation.PositionDeputyHead),
			person("cvsxd", "Tạ Thị Quỳnh", "SXD", regulation.PositionSpecialist),
			person("gdkhdt", "Châu Văn Sơn", "SKHDT", regulation.PositionHead),
			person("pgdkhdt", "Kiều Thị Tâm", "SKHDT", regulation.PositionDeputyHead),
			person("ctpkt", "La Văn Uy", "TPKT", regulation.PositionHead),
		},
		[]regulation.PersonID{"ct", "pct", "cvp", "gdstc", "gdkhdt"},
	)
	if len(fs) != 0 {
		t.Fatalf("test directory: %v", fs)
	}
	return dir
}

var (
	allKinds    = []Kind{KindMinutes, KindInspectionRecord}
	minutesOnly = []Kind{KindMinutes}
	inspOnly    = []Kind{KindInspectionRecord}
)

// del builds a delegation for test tables.
func del(id string, k Capacity, grantor, grantee regulation.PersonID, scope []Kind, from, to calendar.Date, via string) Delegation {
	return Delegation{ID: id, Kind: k, Grantor: grantor, Grantee: grantee, Scope: scope, ValidFrom: from, ValidTo: to, Via: via}
}

// testDelegations are the delegations of the test case, by id.
func testDelegations() map[string]Delegation {
	y2024 := [2]calendar.Date{d(2024, 1, 1), d(2024, 12, 31)}
	ds := []Delegation{
		// The Chairman lets the Chief of the PPC Office sign by order (TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG).
		// The Office (VP) is not the PPC (UBND) in the directory: the grantee is outside the granting unit.
		del("TL-CT-CVP", CapacityTL, "ct", "cvp", allKinds, d(2023, 10, 14), d(2025, 6, 30), ""),
		// ... who passes it to the Office's deputy chief (TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG), inside the Office.
		del("KT-CVP-PCVP", CapacityTL, "cvp", "pcvp", allKinds, y2024[0], y2024[1], "TL-CT-CVP"),
		// An older grant to the Chief of the Office, expired.
		del("TL-CT-CVP-OLD", CapacityTL, "ct", "cvp", allKinds, d(2022, 1, 1), d(2022, 12, 31), ""),
		// The Chairman authorises the Director of Finance for inspection records, first half of 2024
		// (again a grantee outside the PPC).
		del("TUQ-CT-GDSTC", CapacityTUQ, "ct", "gdstc", inspOnly, d(2024, 1, 1), d(2024, 6, 30), ""),
		del("TUQ-CT-CTPKT", CapacityTUQ, "ct", "ctpkt", inspOnly, d(2024, 1, 1), d(2024, 6, 30), ""),
		// ... who may not pass it on.
		del("TUQ-RE", CapacityTUQ, "gdstc", "pgdstc", inspOnly, d(2024, 1, 1), d(2024, 6, 30), "TUQ-CT-GDSTC"),
		// The Director of Finance lets people of other departments sign for Finance by order:
		// the head of Planning and Investment, and a specialist of Construction.
		del("TL-GD-GDKHDT", CapacityTL, "gdstc", "gdkhdt", allKinds, y2024[0], y2024[1], ""),
		del("TL-GD-CVSXD", CapacityTL, "gdstc", "cvsxd", allKinds, y2024[0], y2024[1], ""),
		// Finance's division head passes the Director's TL. to a deputy director of Construction.
		del("TL-TP-PGDSXD", CapacityTL, "tpstc", "pgdsxd", allKinds, y2024[0], y2024[1], "TL-GD-TP"),
		// The head of Planning and Investment passes Finance's TL. back to Finance's deputy director.
		del("TL-KHDT-PGD", CapacityTL, "gdkhdt", "pgdstc", allKinds, y2024[0], y2024[1], "TL-GD-GDKHDT"),
		// A TL. inside Finance whose scope is empty: it covers no kind of record.
		del("TL-GD-TP-NONE", CapacityTL, "gdstc", "tpstc", nil, y2024[0], y2024[1], ""),
		// Inside the Department of Finance: the Director lets a division head sign by order.
		del("TL-GD-TP", CapacityTL, "gdstc", "tpstc", allKinds, y2024[0], y2024[1], ""),
		del("TL-GD-TP-OLD", CapacityTL, "gdstc", "tpstc", minutesOnly, d(2023, 1, 1), d(2023, 12, 31), ""),
		del("TL-GD-TP-LATER", CapacityTL, "gdstc", "tpstc", minutesOnly, d(2024, 6, 1), d(2024, 12, 31), ""),
		del("TL-GD-TP-MIN", CapacityTL, "gdstc", "tpstc", minutesOnly, y2024[0], y2024[1], ""),
		del("TL-PGD-TP", CapacityTL, "pgdstc", "tpstc", allKinds, y2024[0], y2024[1], ""),
		// The division head passes signing to the division deputy (KT.), once.
		del("TL-TP-PP", CapacityTL, "tpstc", "ppstc", allKinds, y2024[0], y2024[1], "TL-GD-TP"),
		del("TL-TP-PP-2", CapacityTL, "ppstc", "cvstc", allKinds, y2024[0], y2024[1], "TL-TP-PP"),
		// A deputy passes on what only the division head holds.
		del("TL-BROKEN", CapacityTL, "pgdstc", "ppstc", allKinds, y2024[0], y2024[1], "TL-GD-TP"),
		// A TUQ. inside the department, and its forbidden pass-on.
		del("TUQ-GD-TP", CapacityTUQ, "gdstc", "tpstc", allKinds, y2024[0], y2024[1], ""),
		del("TUQ-TP-PP", CapacityTUQ, "tpstc", "ppstc", allKinds, y2024[0], y2024[1], "TUQ-GD-TP"),
		// A delegation that is itself input.invalid: it passes on an unknown one.
		del("TL-BAD", CapacityTL, "gdstc", "tpstc", allKinds, y2024[0], y2024[1], "NOPE"),
	}
	m := make(map[string]Delegation, len(ds))
	for _, x := range ds {
		m[x.ID] = x
	}
	return m
}

// sig builds a signature.
func sig(p regulation.PersonID, u regulation.UnitID, c Capacity, delegation string) Signature {
	return Signature{Person: p, ForUnit: u, Capacity: c, Delegation: delegation}
}

// brief renders a finding compactly for table tests: code, subject and the
// detail that tells findings of one code apart.
func brief(f regulation.Finding) string {
	s := string(f.Code) + " " + f.Subject
	key := ""
	switch f.Code {
	case regulation.SignoffDelegationInvalid, regulation.InputInvalid:
		key = "problem"
	case regulation.SignoffCapacityInvalid:
		key = "capacity"
	case regulation.SignoffSignerLevel:
		key = "position"
	case regulation.SignoffSignerNotOfUnit:
		key = "signer_unit"
	}
	switch v := f.Details[key].(type) {
	case encoding.TextMarshaler:
		b, _ := v.MarshalText()
		s += " " + string(b)
	case string:
		s += " " + v
	}
	return s
}

func briefs(fs regulation.Findings) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		out = append(out, brief(f))
	}
	return out
}

// checkWellFormed fails t when a finding lacks a detail its code lists, when
// a message does not render completely, or when fs is not sorted.
func checkWellFormed(t testing.TB, fs regulation.Findings) {
	t.Helper()
	for _, f := range fs {
		if m := regulationtest.MissingDetails(f); len(m) != 0 {
			t.Errorf("%s %s: missing details %v", f.Code, f.Subject, m)
		}
		for _, l := range []regulation.Lang{regulation.Vietnamese, regulation.English} {
			if msg := f.Message(l); strings.Contains(msg, "?") || msg == string(f.Code) {
				t.Errorf("%s %s: message %q does not render", f.Code, f.Subject, msg)
			}
		}
		if f.Severity == regulation.SeverityUnknown {
			t.Errorf("%s: no severity", f.Code)
		}
		if f.Code != regulation.InputInvalid && f.Code != regulation.RulesNotInForce && len(f.Refs) == 0 {
			t.Errorf("%s: no citation", f.Code)
		}
	}
	if !slices.IsSortedFunc(fs, regulation.Compare) {
		t.Errorf("findings not sorted: %v", briefs(fs))
	}
}
