package signoff

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenRecords are a realistic quarter of minutes and inspection records in
// the test directory's Kon Tum.
func goldenRecords() []Record {
	units := func(us ...regulation.UnitID) []regulation.UnitID { return us }
	return []Record{
		{ID: "BB-2024-011", Kind: KindMinutes, Meeting: "H-2024-011", InterSectoral: true, Date: d(2024, 1, 18),
			Units: units("STC", "SXD", "SKHDT"), Chair: "pct", Secretary: "cvvp",
			Signatures: []Signature{
				sig("pct", "", CapacityDirect, ""), sig("cvvp", "", CapacityDirect, ""),
				sig("pgdstc", "STC", CapacityKT, ""), sig("qgdsxd", "SXD", CapacityQ, ""), sig("gdkhdt", "SKHDT", CapacityDirect, ""),
			}},
		// L56 fn. 2: specialists and division heads sign for their units.
		{ID: "BB-2024-027", Kind: KindMinutes, Meeting: "H-2024-027", InterSectoral: true, Date: d(2024, 2, 22),
			Units: units("STC", "SXD", "SKHDT", "TPKT"), Chair: "pct", Secretary: "cvvp",
			Signatures: []Signature{
				sig("pct", "", CapacityDirect, ""), sig("cvvp", "", CapacityDirect, ""),
				sig("tpstc", "STC", CapacityTL, "TL-GD-TP"), sig("cvsxd", "SXD", CapacityDirect, ""), sig("pgdkhdt", "SKHDT", CapacityKT, ""),
			}},
		// Field inspection of a construction site: the Director of Finance
		// signs for the PPC under the Chairman's authorisation.
		{ID: "BBKT-2024-004", Kind: KindInspectionRecord, InterSectoral: true, Date: d(2024, 3, 5),
			Units: units("UBND", "STC", "SXD"),
			Signatures: []Signature{
				sig("gdstc", "UBND", CapacityTUQ, "TUQ-CT-GDSTC"), sig("pgdstc", "STC", CapacityKT, ""), sig("pgdsxd", "SXD", CapacityKT, ""),
			}},
		// The same authorisation after it expired, and a deputy who was passed a TUQ.
		{ID: "BBKT-2024-019", Kind: KindInspectionRecord, InterSectoral: true, Date: d(2024, 7, 9),
			Units: units("UBND", "STC", "TPKT"),
			Signatures: []Signature{
				sig("gdstc", "UBND", CapacityTUQ, "TUQ-CT-GDSTC"), sig("ppstc", "STC", CapacityTUQ, "TUQ-TP-PP"), sig("ctpkt", "", CapacityDirect, ""),
			}},
		// The Office signs for the PPC by order, and its deputy chief for the chief.
		{ID: "BB-2024-035", Kind: KindMinutes, Meeting: "H-2024-035", InterSectoral: true, Date: d(2024, 4, 11),
			Units: units("UBND", "VP", "STC"), Chair: "cvp", Secretary: "cvvp",
			Signatures: []Signature{
				sig("cvp", "UBND", CapacityTL, "TL-CT-CVP"), sig("cvvp", "", CapacityDirect, ""),
				sig("pcvp", "VP", CapacityKT, ""), sig("tpstc", "STC", CapacityKT, ""),
			}},
		{ID: "BB-2024-036", Kind: KindMinutes, Date: d(2024, 4, 12), Chair: "gdstc", Secretary: "cvstc",
			Signatures: []Signature{sig("gdstc", "", CapacityTM, ""), sig("tpvp", "VP", CapacityTL, "TL-GD-TP-MIN")}},
		{ID: "BBKT-2024-022", Kind: KindInspectionRecord, Date: d(2024, 9, 17),
			Signatures: []Signature{sig("pcvp", "UBND", CapacityKT, "KT-CVP-PCVP"), sig("tpstc", "STC", CapacityTL, "TL-BAD")}},
		// After the province merged: the rule set is no longer in force.
		{ID: "BB-2025-077", Kind: KindMinutes, InterSectoral: true, Date: d(2025, 7, 15),
			Units: units("STC", "SXD"), Chair: "pct",
			Signatures: []Signature{sig("pgdstc", "STC", CapacityKT, "")}},
		// Minutes that nobody signed: an empty list is an absent list.
		{ID: "BB-2024-041", Kind: KindMinutes, Meeting: "H-2024-041", InterSectoral: true, Date: d(2024, 5, 14),
			Units: units("STC", "SKHDT"), Chair: "pct", Secretary: "cvvp", Signatures: []Signature{}},
		// Finance signed for by the head of Planning and Investment under a
		// TL. from Finance's Director: an outsider to Finance.
		{ID: "BB-2024-052", Kind: KindMinutes, Meeting: "H-2024-052", Date: d(2024, 6, 4), Chair: "gdstc",
			Signatures: []Signature{sig("gdstc", "", CapacityDirect, ""), sig("gdkhdt", "STC", CapacityTL, "TL-GD-GDKHDT")}},
		// Drawn up after the as-of date of the golden case: it does not exist yet.
		{ID: "BB-2026-001", Kind: KindMinutes, Date: d(2026, 1, 5), Chair: "pct", Signatures: []Signature{}},
		// Input that cannot be checked.
		{ID: "BBKT-2024-030", Kind: KindInspectionRecord, Date: d(2024, 10, 2), Chair: "pct",
			Signatures: []Signature{sig("gdstc", "", CapacityDirect, "")}},
	}
}

func goldenDelegations() []Delegation {
	ds := testDelegations()
	ids := make([]string, 0, len(ds))
	for id := range ds {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	out := make([]Delegation, 0, len(ids)+1)
	for _, id := range ids {
		out = append(out, ds[id])
	}
	return append(out, del("TUQ-CT-SXD", CapacityTUQ, "ct", "qgdsxd", allKinds, d(2024, 12, 31), d(2024, 1, 1), ""))
}

func TestGoldenFindings(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	fs := CheckAll(goldenRecords(), goldenDelegations(), dir, rules, d(2025, 12, 31))
	checkWellFormed(t, fs)
	for _, c := range regulation.Codes() {
		if c.Family() == "signoff" && !fs.Has(c) {
			t.Errorf("the golden case shows no %s", c)
		}
	}
	got, err := json.MarshalIndent(fs, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	path := filepath.Join("testdata", "golden_findings.json")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create it")
	if !bytes.Equal(want, got) {
		t.Errorf("findings differ from %s (-want +got):\n%s", path, cmp.Diff(string(want), string(got)))
	}
	// The file reads back as the same findings (messages aside).
	var back regulation.Findings
	require.NoError(t, json.Unmarshal(want, &back))
	if len(back) != len(fs) {
		t.Errorf("%s holds %d findings, want %d", path, len(back), len(fs))
	}
}
