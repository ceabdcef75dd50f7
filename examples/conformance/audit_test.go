package conformance_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/conformance"
)

// TestAuditProgram runs the audit program itself on every folder, as an
// integrator in another language would, and checks that it prints want.json
// byte for byte with exit status 1 exactly when a finding breaches the
// regulation, 3 when records could not be checked and nothing breaches it.
func TestAuditProgram(t *testing.T) {
	if testing.Short() {
		t.Skip("builds examples/audit")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "audit")
	build := exec.Command(goTool, "build", "-o", bin, "../audit")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ../audit: %v\n%s", err, out)
	}
	for _, dir := range folders(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			args := []string{"-json", "-case", filepath.Join(dir, conformance.CaseFile)}
			if _, err := os.Stat(filepath.Join(dir, conformance.RulesFile)); err == nil {
				args = append(args, "-rules", filepath.Join(dir, conformance.RulesFile))
			}
			var stdout, stderr bytes.Buffer
			cmd := exec.Command(bin, args...)
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			status := 0
			if err := cmd.Run(); err != nil {
				var ee *exec.ExitError
				require.ErrorAs(t, err, &ee)
				status = ee.ExitCode()
			}
			want, err := os.ReadFile(filepath.Join(dir, conformance.WantFile))
			require.NoError(t, err)
			if diff := cmp.Diff(string(want), stdout.String()); diff != "" {
				t.Errorf("audit %v (-want.json +stdout):\n%s", args, diff)
			}
			_, tally := audit(t, dir)
			wantStatus := 0
			switch {
			case tally.Violations > 0:
				wantStatus = 1
			case tally.DataProblems > 0:
				wantStatus = 3
			}
			if status != wantStatus {
				t.Errorf("audit %v: exit status %d, want %d; stderr:\n%s", args, status, wantStatus, stderr.String())
			}
		})
	}
}
