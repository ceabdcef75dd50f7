package derived_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/examples/conformance"
	"github.com/quyche/quyche/examples/derived"
	"github.com/quyche/quyche/regulation"
)

var update = flag.Bool("update", false, "rewrite the rule-set file and testdata/changes.txt")

const suiteDir = "../audit/testdata/conformance"

// fileBytes is the rule-set file as the Go value writes it.
func fileBytes(t *testing.T) []byte {
	t.Helper()
	b, err := json.MarshalIndent(derived.Rules(), "", "  ")
	require.NoError(t, err)
	return append(b, '\n')
}

// TestFile checks that the quyche.rules/v1 file and the Go value are the
// same rule set: the file is what the value writes, and reading the file
// gives a value that writes the same; -update rewrites the file.
func TestFile(t *testing.T) {
	want := fileBytes(t)
	if *update {
		require.NoError(t, os.WriteFile(derived.File, want, 0o644))
	}
	got, err := os.ReadFile(derived.File)
	require.NoError(t, err)
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s is not what derived.Rules() writes (-Rules +file); run go test -update:\n%s", derived.File, diff)
	}

	var read regulation.Rules
	require.NoError(t, json.Unmarshal(got, &read))
	again, err := json.Marshal(&read)
	require.NoError(t, err)
	orig, err := json.Marshal(derived.Rules())
	require.NoError(t, err)
	if diff := cmp.Diff(string(orig), string(again)); diff != "" {
		t.Errorf("the rule set read from %s differs from derived.Rules() (-Rules +file):\n%s", derived.File, diff)
	}
	if _, builtin := regulation.Lookup(derived.ID); builtin {
		t.Errorf("%s is built in; it should exist only as an example", derived.ID)
	}
}

// TestRules checks the differences from Kon Tum's rule set that the doc
// comment promises, and that each call gives a fresh value.
func TestRules(t *testing.T) {
	kt, r := regulation.KonTum2023(), derived.Rules()
	require.NoError(t, r.Validate())
	type params struct {
		ID                     string
		Silence                bool
		ReplyDefault           int
		FollowUp, Escalate     int
		ConsultCitesOwn        bool
		OthersCiteKonTum       bool
		OpenEnded, InForce2024 bool
	}
	consultOwn, othersSame := true, true
	for _, c := range regulation.Codes() {
		if c.Family() == "consult" {
			consultOwn = consultOwn && len(r.Citations[c]) > 0 && r.Citations[c][0].Doc == derived.Decision
		} else {
			othersSame = othersSame && cmp.Equal(kt.Citations[c], r.Citations[c])
		}
	}
	got := params{r.ID, r.Consult.SilenceMeansAgreement, r.Consult.ReplyDefault, r.Consult.FollowUpWithin,
		r.Consult.EscalateWithin, consultOwn, othersSame, r.Effective.To.IsZero(), r.InForce(kt.Effective.From.AddDays(100))}
	want := params{derived.ID, true, 15, kt.Consult.FollowUpWithin, kt.Consult.EscalateWithin, true, true, true, true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("derived.Rules() (-want +got):\n%s", diff)
	}

	r.Citations[regulation.ConsultReplyLate][0].Article = 99
	if derived.Rules().Citations[regulation.ConsultReplyLate][0].Article == 99 {
		t.Error("Rules() shares its citations between calls")
	}
}

// TestConformance runs quyche's conformance suite under the derived rule
// set and expects exactly the changes listed in testdata/changes.txt;
// -update rewrites the list.
func TestConformance(t *testing.T) {
	conformance.Test(t, derived.Rules(), conformance.Options{
		Dir:     suiteDir,
		Changes: filepath.Join("testdata", "changes.txt"),
		Update:  *update,
	})
}

// audit is the audit program's -json output for the case file under the
// rule-set file, by its own code path: decode the case, read the rule set
// with json.Unmarshal, stream the findings through the Encoder.
func audit(t *testing.T, caseFile, rulesFile string) []byte {
	t.Helper()
	data, err := os.ReadFile(caseFile)
	require.NoError(t, err)
	c, err := casefile.DecodeBytes(data, caseFile)
	require.NoError(t, err)
	data, err = os.ReadFile(rulesFile)
	require.NoError(t, err)
	var rules regulation.Rules
	require.NoError(t, json.Unmarshal(data, &rules))

	var out bytes.Buffer
	_, err = c.WriteFindings(&out, &rules, c.AsOf, casefile.Options{})
	require.NoError(t, err)
	return out.Bytes()
}

// TestAudit checks what `go run ./examples/audit -rules
// example-derived-2024.rules.json -case …/consult.reply_missing/case.json
// -json` prints: the findings under the derived rule set, named by its id,
// in which silence is agreement.
func TestAudit(t *testing.T) {
	caseFile := filepath.Join(suiteDir, "consult.reply_missing", conformance.CaseFile)
	out := audit(t, caseFile, derived.File)

	var got struct {
		Schema   string              `json:"schema"`
		Rules    string              `json:"rules"`
		Findings regulation.Findings `json:"findings"`
	}
	require.NoError(t, json.Unmarshal(out, &got))
	type row struct {
		Code   regulation.Code
		Record string
		Refs   []regulation.Ref
	}
	var rows []row
	for _, f := range got.Findings {
		rows = append(rows, row{f.Code, f.Record, f.Refs})
	}
	own := []regulation.Ref{{Doc: derived.Decision, Article: 9, Clause: 3}}
	want := []row{
		{regulation.ConsultDeemedAgreement, "pos-1", own},
		{regulation.ConsultDeemedAgreement, "pos-2", own},
	}
	if got.Schema != casefile.FindingsSchema || got.Rules != derived.ID {
		t.Errorf("header: schema %q, rules %q; want %q, %q", got.Schema, got.Rules, casefile.FindingsSchema, derived.ID)
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}

	if testing.Short() {
		return
	}
	// The program itself prints the same bytes.
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command: %v", err)
	}
	cmd := exec.Command(goTool, "run", "../audit", "-json", "-rules", derived.File, "-case", caseFile)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go run ../audit: %v (no violation, so exit status 0 was expected)\n%s", err, stderr.String())
	}
	if diff := cmp.Diff(string(out), stdout.String()); diff != "" {
		t.Errorf("go run ../audit (-in process +program):\n%s", diff)
	}
}
