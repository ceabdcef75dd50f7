package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation"
)

var update = flag.Bool("update", false, "rewrite regulation/CATALOGUE.md")

// catalogueFile is the committed catalogue, relative to this package.
var catalogueFile = filepath.Join("..", "..", "CATALOGUE.md")

// TestCatalogueIsCurrent regenerates the catalogue and compares it with the
// committed file: it fails when a rule, a citation or a parameter of Kon
// Tum's rule set changed and go generate ./regulation was not run.
func TestCatalogueIsCurrent(t *testing.T) {
	got, err := render()
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile(catalogueFile, got, 0o644))
	}
	want, err := os.ReadFile(catalogueFile)
	require.NoError(t, err, "run go generate ./regulation")
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("regulation/CATALOGUE.md is stale: run go generate ./regulation (-committed +generated):\n%s", diff)
	}
}

// TestCatalogueListsEveryCode checks the generated text itself: a section
// per code of regulation.Catalogue() with its severity, statement,
// citations, parameter values and confidence.
func TestCatalogueListsEveryCode(t *testing.T) {
	b, err := render()
	require.NoError(t, err)
	text := string(b)
	rules := regulation.KonTum2023()
	cat := regulation.Catalogue()
	require.Len(t, cat, 40, "the catalogue has 40 codes")
	if n := strings.Count(text, "\n### `"); n != len(cat) {
		t.Errorf("%d code sections, want %d", n, len(cat))
	}
	for _, r := range cat {
		i := strings.Index(text, "\n### `"+string(r.Code)+"`\n")
		if i < 0 {
			t.Errorf("no section for %s", r.Code)
			continue
		}
		section := text[i+1:]
		if j := strings.Index(section, "\n#"); j >= 0 {
			section = section[:j]
		}
		wants := []string{"| severity | " + r.Severity.String() + " |", r.Subject, string(r.Confidence)}
		for _, ref := range rules.Citations[r.Code] {
			wants = append(wants, ref.Text(regulation.English), ref.Text(regulation.Vietnamese))
		}
		for _, p := range r.Params {
			wants = append(wants, "`"+p+"` = `")
		}
		for _, k := range r.Details {
			wants = append(wants, "`"+k+"`")
		}
		for _, w := range wants {
			if !strings.Contains(section, w) {
				t.Errorf("%s: the section lacks %q:\n%s", r.Code, w, section)
			}
		}
	}
	// The numbers come from the rule set's JSON form, not from the text.
	for _, w := range []string{"| `consult.reply_default` | `10` |", "| `meeting.quorum` | `{\"num\":2,\"den\":3}` |"} {
		if !strings.Contains(text, w) {
			t.Errorf("the parameters table lacks %q", w)
		}
	}
}

// TestMarkup checks that codes and parameter paths, and nothing else, are
// set in code font.
func TestMarkup(t *testing.T) {
	rs, err := ruleSetJSON(regulation.KonTum2023())
	require.NoError(t, err)
	tests := []struct {
		in, want string
		reason   string
	}{
		{"see task.overdue.", "see `task.overdue`.", "a code"},
		{"after consult.reply_default working days", "after `consult.reply_default` working days", "a parameter"},
		{"the file case.json and e.g. this", "the file case.json and e.g. this", "neither a code nor a parameter"},
	}
	for _, tc := range tests {
		if got := markup(tc.in, rs); got != tc.want {
			t.Errorf("markup(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.reason)
		}
	}
}

func TestAnchor(t *testing.T) {
	tests := []struct{ in, want, reason string }{
		{"`task.lead_count`", "tasklead_count", "GitHub drops backticks and dots, keeps underscores"},
		{"Tasks (nhiệm vụ)", "tasks-nhiệm-vụ", "letters with diacritics stay, parentheses go"},
		{"Conventions every check shares", "conventions-every-check-shares", "spaces become hyphens"},
	}
	for _, tc := range tests {
		if got := anchor(tc.in); got != tc.want {
			t.Errorf("anchor(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.reason)
		}
	}
}
