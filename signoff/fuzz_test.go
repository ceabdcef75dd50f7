package signoff

import (
	"encoding/json"
	"testing"

	"github.com/quyche/quyche/regulation"
)

// FuzzCheck decodes arbitrary JSON into a Record and checks it: Check must
// not panic, must return well-formed, sorted findings, an input.invalid
// finding must come alone, and a record dated after as_of gets nothing
// else.
func FuzzCheck(f *testing.F) {
	for _, r := range goldenRecords() {
		b, err := json.Marshal(r)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"id": "R1", "kind": "minutes", "meeting": "M1", "inter_sectoral": true, "date": "2023-05-10",
		"units": ["STC", "SXD"], "chair": "p0", "secretary": "p9",
		"signatures": [{"person": "p3", "for_unit": "STC", "capacity": "kt"}]}`))
	f.Add([]byte(`{"id":"R","kind":"inspection_record","date":"2024-03-12","signatures":[{"person":"pcvp","for_unit":"UBND","capacity":"kt","delegation":"TL-TP-PP-2"}]}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"id":"R","kind":"minutes","inter_sectoral":true,"date":"2024-03-12","units":["STC"],"chair":"pct","signatures":[]}`))
	f.Add([]byte(`{"id":"R","kind":"minutes","date":"2024-03-12","signatures":[{"person":"gdkhdt","for_unit":"STC","capacity":"tl","delegation":"TL-GD-GDKHDT"}]}`))
	dir := testDirectory(f)
	rules := regulation.KonTum2023()
	opts := Options{Delegations: testDelegations()}
	f.Fuzz(func(t *testing.T, data []byte) {
		var r Record
		if json.Unmarshal(data, &r) != nil {
			return
		}
		asOf := d(2025, 12, 31)
		fs := Check(r, dir, rules, asOf, opts)
		checkWellFormed(t, fs)
		for _, x := range fs {
			if x.Record != r.ID || x.Kind != regulation.RecordKindRecord {
				t.Fatalf("finding about %v %q, want record %q", x.Kind, x.Record, r.ID)
			}
		}
		if fs.Has(regulation.InputInvalid) && len(fs) != 1 {
			t.Fatalf("input.invalid with other findings: %v", briefs(fs))
		}
		if r.Date.After(asOf) && len(fs) != 0 && !fs.Has(regulation.InputInvalid) {
			t.Fatalf("a record dated %v after as_of %v has findings: %v", r.Date, asOf, briefs(fs))
		}
		if _, err := json.Marshal(fs); err != nil {
			t.Fatalf("findings do not marshal: %v", err)
		}
	})
}
