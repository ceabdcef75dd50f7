package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./examples/audit -update to create %s", path)
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got); run go test ./examples/audit -update if the change is intended:\n%s", path, diff)
	}
}

func TestEmbeddedReport(t *testing.T) {
	tests := []struct {
		args   []string
		golden string
		want   []string // texts the report must contain, whatever else changes
		reason string
	}{
		{[]string{"-lang", "vi"}, "report.vi.txt", []string{"Có thời hạn 1.206", "trễ hạn 222", "222/1.206 = 18,4%",
			"Công văn 56/UBND-KTTH ghi 18,5%", "kontum-2023", "LƯU Ý VỀ DỮ LIỆU", "Kỳ báo cáo:", "vn-2026.2",
			"Cách đọc bảng — Mã:", "HT trễ: hoàn thành sau thời hạn", "chạy lại với -all"},
			"the letter's figure, reproduced from data, in Vietnamese, with the note on what is real and a legend"},
		{[]string{"-lang", "en"}, "report.en.txt", []string{"With a deadline 1,206", "late 222", "222/1,206 = 18.4%",
			"Letter 56/UBND-KTTH prints 18.5%", "kontum-2023", "ABOUT THE DATA", "Period:", "DoneLt: done after the deadline",
			"run again with -all"},
			"the same in English"},
		{[]string{"-all", "-unit", "SXD"}, "report.SXD.vi.txt", []string{"Chỉ các nhiệm vụ do Sở Xây dựng chủ trì.",
			"Có thời hạn 60 · trễ hạn 23", "SXD — Sở Xây dựng: chỉ những gì liên quan đến đơn vị này"},
			"every finding about the Department of Construction"},
	}
	for _, tc := range tests {
		t.Run(tc.golden, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			exit := run(tc.args, nil, &stdout, &stderr)
			if exit != exitViolations {
				t.Fatalf("exit %d, want 1: the embedded year has violations; stderr %s", exit, stderr.String())
			}
			report := stdout.String()
			flat := strings.Join(strings.Fields(report), " ")
			for _, w := range tc.want {
				if !strings.Contains(flat, w) {
					t.Errorf("the report lacks %q (%s)", w, tc.reason)
				}
			}
			checkText(t, report)
			golden(t, tc.golden, stdout.Bytes())
		})
	}
}

// checkText checks what every text report must be: it fits 100 columns,
// cuts nothing, and says nothing of exit statuses.
func checkText(t *testing.T, report string) {
	t.Helper()
	for i, line := range strings.Split(report, "\n") {
		if n := utf8.RuneCountInString(line); n > width {
			t.Errorf("line %d has %d columns, more than %d: %q", i+1, n, width, line)
		}
		if strings.Contains(line, "…") && !strings.Contains(line, "… và ") && !strings.Contains(line, "… and ") &&
			!strings.Contains(line, "18,408…") && !strings.Contains(line, "18.408…") {
			t.Errorf("line %d cuts a text: %q", i+1, line)
		}
	}
	for _, bad := range []string{"trạng thái thoát", "exit status", "(xem -json)", "(see -json)"} {
		if strings.Contains(report, bad) {
			t.Errorf("the report says %q: exit statuses and flags for machines are no business of its readers", bad)
		}
	}
}

func TestEmbeddedJSONAgrees(t *testing.T) {
	var stdout, stderr bytes.Buffer
	exit := run([]string{"-json"}, nil, &stdout, &stderr)
	require.Equal(t, exitViolations, exit, stderr.String())
	var out struct {
		Schema   string `json:"schema"`
		Rules    string `json:"rules"`
		AsOf     string `json:"as_of"`
		Findings []struct {
			Code     string `json:"code"`
			Severity string `json:"severity"`
		} `json:"findings"`
		Tasks struct {
			WithDeadline int `json:"with_deadline"`
			Late         int `json:"late"`
			Overdue      int `json:"overdue"`
			DoneLate     int `json:"done_late"`
			Invalid      int `json:"invalid"`
			LateRate     struct {
				Num     int    `json:"num"`
				Den     int    `json:"den"`
				Percent string `json:"percent"`
			} `json:"late_rate"`
		} `json:"tasks"`
	}
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &out))
	if out.Schema != "quyche.findings/v1" || out.Rules != "kontum-2023" || out.AsOf != "2023-12-31" {
		t.Errorf("header: %q %q %q", out.Schema, out.Rules, out.AsOf)
	}
	tk := out.Tasks
	if tk.WithDeadline != 1206 || tk.Late != 222 || tk.Overdue+tk.DoneLate != 222 || tk.Invalid != 0 ||
		tk.LateRate.Num != 222 || tk.LateRate.Den != 1206 || tk.LateRate.Percent != "18.4" {
		t.Errorf("tasks = %+v; letter 56/UBND-KTTH: 222 of 1,206 late, 18.4%%", tk)
	}
	seen := map[string]bool{}
	for _, f := range out.Findings {
		seen[f.Code] = true
		if f.Code == "input.invalid" {
			t.Errorf("the embedded dataset is clean: %+v", f)
		}
	}
	if !seen["task.overdue"] || !seen["meeting.attendee_level"] || !seen["signoff.signer_level"] {
		t.Errorf("the letter's complaints must show in the findings: %v", seen)
	}
}

func TestAsOfAndRulesFlags(t *testing.T) {
	// Re-running the audit a year earlier: fewer tasks have a deadline yet
	// passed, and the rule set (in force from 2023-10-14) is not yet in
	// force.
	var stdout, stderr bytes.Buffer
	require.Equal(t, exitViolations, run([]string{"-json", "-as-of", "2023-06-30"}, nil, &stdout, &stderr), stderr.String())
	var out struct {
		AsOf  string `json:"as_of"`
		Tasks struct {
			Late int `json:"late"`
		} `json:"tasks"`
	}
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &out))
	if out.AsOf != "2023-06-30" || out.Tasks.Late >= 222 {
		t.Errorf("-as-of 2023-06-30: as_of %q, late %d; want the earlier date and fewer late tasks", out.AsOf, out.Tasks.Late)
	}

	dir := t.TempDir()
	rulesFile := filepath.Join(dir, "rules.json")
	require.NoError(t, os.WriteFile(rulesFile, []byte(`{"schema": "quyche.rules/v0"}`), 0o600))
	stderr.Reset()
	if exit := run([]string{"-rules", rulesFile}, nil, &bytes.Buffer{}, &stderr); exit != exitRefused || !strings.Contains(stderr.String(), "schema") {
		t.Errorf("a bad rules file: exit %d, %q", exit, stderr.String())
	}
	stderr.Reset()
	if exit := run([]string{"-lang", "fr"}, nil, &bytes.Buffer{}, &stderr); exit != exitRefused {
		t.Errorf("-lang fr: exit %d", exit)
	}
	stderr.Reset()
	if exit := run([]string{"-as-of", "31/02/2024"}, nil, &bytes.Buffer{}, &stderr); exit != exitRefused {
		t.Errorf("-as-of 31/02/2024: exit %d", exit)
	}
	stderr.Reset()
	if exit := run([]string{"-case", filepath.Join(dir, "missing.json")}, nil, &bytes.Buffer{}, &stderr); exit != exitRefused {
		t.Errorf("a missing file: exit %d", exit)
	}
}

func TestStdinAndCleanExit(t *testing.T) {
	in := `{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-08",
"units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
"tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-12-01", "done": "2023-11-30"}]}`
	var stdout, stderr bytes.Buffer
	if exit := run([]string{"-case", "-", "-lang", "en"}, strings.NewReader(in), &stdout, &stderr); exit != exitClean {
		t.Fatalf("a clean case exits 0, got %d: %s", exit, stderr.String())
	}
	if !strings.Contains(stdout.String(), "No findings.") || !strings.Contains(stdout.String(), "Conclusion: no violations") {
		t.Errorf("report:\n%s", stdout.String())
	}
}
