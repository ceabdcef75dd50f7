package regulation_test

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation"
)

// ruleSetJSON returns the JSON form of Kon Tum's rule set as nested maps.
func ruleSetJSON(t *testing.T) map[string]any {
	t.Helper()
	b, err := json.Marshal(regulation.KonTum2023())
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	return m
}

// lookupPath returns the value at a dotted path of m.
func lookupPath(m map[string]any, path string) (any, bool) {
	var v any = m
	for _, k := range strings.Split(path, ".") {
		obj, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		if v, ok = obj[k]; !ok {
			return nil, false
		}
	}
	return v, true
}

func TestCatalogueStatesEveryRule(t *testing.T) {
	js := ruleSetJSON(t)
	for _, r := range regulation.Catalogue() {
		t.Run(string(r.Code), func(t *testing.T) {
			if len(r.Statement) < 40 || !strings.HasSuffix(r.Statement, ".") {
				t.Errorf("Statement %q: want a sentence or more, ending with a period", r.Statement)
			}
			if r.Subject == "" {
				t.Error("no Subject: the catalogue says what every code's subject names")
			}
			switch r.Confidence {
			case regulation.ConfidenceHigh, regulation.ConfidenceMedium, regulation.ConfidenceLow, regulation.ConfidenceNotApplicable:
			default:
				t.Errorf("Confidence %q is not a level", r.Confidence)
			}
			for _, p := range r.Params {
				if _, ok := lookupPath(js, p); !ok {
					t.Errorf("parameter %q is not a path of the rule set's JSON form", p)
				}
				// A parameter the statement depends on is named in it, so
				// that the rule reads without the table, except a
				// parameter reached through another rule ("see …").
				if name := p[strings.LastIndex(p, ".")+1:]; !strings.Contains(r.Statement, p) && !strings.Contains(r.Statement, "see ") {
					t.Errorf("parameter %q (%s) is not named in the statement", p, name)
				}
			}
		})
	}
}

// TestEveryParameterIsRead checks that each number or switch of the rule
// set's task, consult, submission, meeting and signoff groups is read by a
// rule of the catalogue: a parameter no rule names would be missing from the
// generated catalogue.
func TestEveryParameterIsRead(t *testing.T) {
	js := ruleSetJSON(t)
	read := map[string]bool{}
	for _, r := range regulation.Catalogue() {
		for _, p := range r.Params {
			read[p] = true
		}
	}
	for _, group := range []string{"task", "consult", "submission", "meeting", "signoff"} {
		params, ok := js[group].(map[string]any)
		require.True(t, ok, "group %q in the rule set's JSON form", group)
		for _, k := range slices.Sorted(maps.Keys(params)) {
			if p := group + "." + k; !read[p] {
				t.Errorf("parameter %q is read by no rule of the catalogue", p)
			}
		}
	}
}

func TestCatalogueIsACopy(t *testing.T) {
	c := regulation.Catalogue()
	c[1].Params[0] = "changed"
	c[1].Details[0] = "changed"
	r, ok := regulation.LookupRule(c[1].Code)
	require.True(t, ok)
	r.Details[1] = "changed too"
	again, _ := regulation.LookupRule(c[1].Code)
	if again.Params[0] == "changed" || again.Details[0] == "changed" || again.Details[1] == "changed too" {
		t.Errorf("changing a copy changed the catalogue: %+v", again)
	}
}

func TestConfidenceMeaning(t *testing.T) {
	tests := []struct {
		c      regulation.Confidence
		want   string
		reason string
	}{
		{regulation.ConfidenceHigh, "read in the source", "H is what the texts say"},
		{regulation.ConfidenceMedium, "strongly implied", "M is inferred"},
		{regulation.ConfidenceLow, "not verified", "L is an assumption"},
		{regulation.ConfidenceNotApplicable, "not a reading", "reminders and data problems read no text"},
		{"X", "unknown confidence", "any other text says it is unknown"},
	}
	for _, tc := range tests {
		if got := tc.c.Meaning(); !strings.Contains(got, tc.want) {
			t.Errorf("Confidence(%q).Meaning() = %q, want it to contain %q (%s)", tc.c, got, tc.want, tc.reason)
		}
	}
	if r, _ := regulation.LookupRule(regulation.TaskOverdue); r.Confidence != "H" {
		t.Errorf("Confidence no longer compares with a string constant: %q", r.Confidence)
	}
}
