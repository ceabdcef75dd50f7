package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/internal/hostile"
)

// TestHostileCaseFiles runs the audit on every hostile case file: each gets
// the exit status, the message or the input.invalid findings the case
// lists. The service is held to the same answers.
func TestHostileCaseFiles(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range hostile.Cases() {
		t.Run(tc.Name, func(t *testing.T) {
			path := filepath.Join(dir, "case.json")
			require.NoError(t, os.WriteFile(path, tc.Data, 0o600))
			var stdout, stderr bytes.Buffer
			start := time.Now()
			exit := run([]string{"-case", path, "-json"}, nil, &stdout, &stderr)
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %v; hostile input must be handled in a few seconds", d)
			}
			if exit != tc.Exit {
				t.Fatalf("exit %d, want %d (%s); stderr: %.300s", exit, tc.Exit, tc.Reason, stderr.String())
			}
			if tc.Exit == exitRefused {
				msg := strings.ReplaceAll(stderr.String(), path, "case.json")
				if !regexp.MustCompile(tc.Refusal).MatchString(msg) {
					t.Errorf("refusal %q does not match %q (%s)", msg, tc.Refusal, tc.Reason)
				}
				if stdout.Len() != 0 {
					t.Errorf("a refusal prints no findings: %.200s", stdout.String())
				}
				return
			}
			var o hostile.Output
			require.NoError(t, json.Unmarshal(stdout.Bytes(), &o), "the output is quyche.findings/v1")
			got := o.Invalid()
			if strings.Join(got, " ") != strings.Join(tc.Invalid, " ") {
				t.Errorf("input.invalid findings %q, want %q (%s)", got, tc.Invalid, tc.Reason)
			}
			if tc.Check != nil {
				if err := tc.Check(o); err != nil {
					t.Error(err)
				}
			}
		})
	}
}
