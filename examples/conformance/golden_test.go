package conformance_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/examples/conformance"
	"github.com/quyche/quyche/regulation"
)

var update = flag.Bool("update", false, "rewrite want.json in every folder of the suite")

// suiteDir is quyche's own suite, relative to this package.
const suiteDir = "../audit/testdata/conformance"

// folders returns the folders of the suite that hold a case.
func folders(t *testing.T) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(suiteDir, "*", conformance.CaseFile))
	require.NoError(t, err)
	require.NotEmpty(t, m)
	for i := range m {
		m[i] = filepath.Dir(m[i])
	}
	return m
}

// audit is what `go run ./examples/audit -json -case DIR/case.json [-rules
// DIR/rules.json]` prints, by the program's own code path: decode the case,
// read the rule set the case names (or the folder's rules.json), stream the
// findings as the audit does (casefile.Case.WriteFindings). It reports
// the tally of the findings.
func audit(t *testing.T, dir string) ([]byte, casefile.Tally) {
	t.Helper()
	path := filepath.Join(dir, conformance.CaseFile)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	c, err := casefile.DecodeBytes(data, path)
	require.NoError(t, err)

	rules, ok := regulation.Lookup(c.RulesID)
	require.True(t, ok, "unknown rule set %q", c.RulesID)
	if data, err := os.ReadFile(filepath.Join(dir, conformance.RulesFile)); err == nil {
		rules = new(regulation.Rules)
		require.NoError(t, json.Unmarshal(data, rules))
	}

	var out bytes.Buffer
	tally, err := c.WriteFindings(&out, rules, c.AsOf, casefile.Options{})
	require.NoError(t, err)
	return out.Bytes(), tally
}

// TestGolden checks that want.json is, byte for byte, what the audit program
// prints for each case; -update rewrites it.
func TestGolden(t *testing.T) {
	for _, dir := range folders(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			got, _ := audit(t, dir)
			path := filepath.Join(dir, conformance.WantFile)
			if *update {
				require.NoError(t, os.WriteFile(path, got, 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err)
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s is stale (-want +got); run go generate ./examples/conformance:\n%s", path, diff)
			}
		})
	}
}

// TestKonTum2023 is quyche's own conformance test: the built-in rule set
// meets every expectation of the suite.
func TestKonTum2023(t *testing.T) {
	conformance.Test(t, regulation.KonTum2023(), conformance.Options{Dir: suiteDir})
}

// TestSuiteDir checks that the default folder is the suite beside this
// package.
func TestSuiteDir(t *testing.T) {
	dir, err := conformance.SuiteDir()
	require.NoError(t, err)
	abs, err := filepath.Abs(suiteDir)
	require.NoError(t, err)
	if got, want := filepath.Clean(dir), abs; got != want {
		t.Errorf("SuiteDir() = %q, want %q", got, want)
	}
}

// TestCoverage checks what the suite promises about itself: every code of
// the catalogue has a folder; in each, the golden findings hold the code for
// every "pos-…" record and never for a "neg-…" one, with at least one of
// each.
func TestCoverage(t *testing.T) {
	kinds := map[string]regulation.RecordKind{
		"tasks": regulation.RecordKindTask, "consultations": regulation.RecordKindConsultation,
		"submissions": regulation.RecordKindSubmission, "meetings": regulation.RecordKindMeeting,
		"records": regulation.RecordKindRecord, "delegations": regulation.RecordKindDelegation,
	}
	results, err := conformance.Run(suiteDir, nil)
	require.NoError(t, err)
	byCode := map[regulation.Code]conformance.Result{}
	for _, r := range results {
		byCode[r.Code] = r
	}
	for _, code := range regulation.Codes() {
		t.Run(string(code), func(t *testing.T) {
			r, ok := byCode[code]
			if !ok {
				t.Fatalf("no folder %s in %s", code, suiteDir)
			}
			data, err := os.ReadFile(filepath.Join(r.Dir, conformance.CaseFile))
			require.NoError(t, err)
			var lists map[string]json.RawMessage
			require.NoError(t, json.Unmarshal(data, &lists))
			var pos, neg int
			for list, kind := range kinds {
				var recs []struct {
					ID string `json:"id"`
				}
				if raw, ok := lists[list]; ok {
					require.NoError(t, json.Unmarshal(raw, &recs))
				}
				for _, rec := range recs {
					fires := false
					for _, f := range r.Want {
						fires = fires || (f.Code == code && f.Kind == kind && f.Record == rec.ID)
					}
					switch {
					case strings.HasPrefix(rec.ID, "pos-"):
						pos++
						if !fires {
							t.Errorf("%s %s: no %s in %s", list, rec.ID, code, conformance.WantFile)
						}
					case strings.HasPrefix(rec.ID, "neg-"):
						neg++
						if fires {
							t.Errorf("%s %s: %s in %s", list, rec.ID, code, conformance.WantFile)
						}
					}
				}
			}
			if pos == 0 || neg == 0 {
				t.Errorf("%d positive and %d negative records, want at least one of each", pos, neg)
			}
		})
	}
}
