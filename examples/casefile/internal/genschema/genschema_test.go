package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/task"
)

var update = flag.Bool("update", false, "rewrite the schemas and FORMAT.md")

// casefileDir is package casefile's folder, relative to this package.
var casefileDir = filepath.Join("..", "..")

// TestGeneratedFilesAreCurrent regenerates the schemas and FORMAT.md and
// compares them with the committed files: it fails when a Go type, an enum
// or a meaning changed and go generate ./examples/casefile was not run.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	files, err := generate()
	require.NoError(t, err)
	require.Len(t, files, 4, "three schemas and FORMAT.md")
	for _, name := range slices.Sorted(maps.Keys(files)) {
		path := filepath.Join(casefileDir, filepath.FromSlash(name))
		if *update {
			require.NoError(t, os.WriteFile(path, files[name], 0o644))
		}
		want, err := os.ReadFile(path)
		require.NoError(t, err, "run go generate ./examples/casefile")
		if diff := cmp.Diff(string(want), string(files[name])); diff != "" {
			t.Errorf("%s is stale: run go generate ./examples/casefile (-committed +generated):\n%s", name, diff)
		}
	}
}

func TestSnake(t *testing.T) {
	tests := []struct{ in, want, reason string }{
		{"AsOf", "as_of", "two words"},
		{"ID", "id", "an initialism alone"},
		{"PPCMember", "ppc_member", "an initialism before a word"},
		{"WithDeadline", "with_deadline", "the summary's counts"},
		{"Calendar", "calendar", "one word"},
	}
	for _, tc := range tests {
		if got := snake(tc.in); got != tc.want {
			t.Errorf("snake(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.reason)
		}
	}
}

// TestEnumValues checks the generic discovery of enum values against the
// values the packages document.
func TestEnumValues(t *testing.T) {
	tests := []struct {
		t      reflect.Type
		want   []string
		reason string
	}{
		{reflect.TypeFor[signoff.Capacity](), []string{"direct", "tm", "kt", "q", "tl", "tuq"}, "the signing capacities"},
		{reflect.TypeFor[meeting.Level](), []string{"head", "leadership"}, "the invitation levels"},
		{reflect.TypeFor[regulation.RecordKind](), []string{"task", "consultation", "submission", "meeting", "record", "delegation", "case"}, "the record kinds, in the order findings sort"},
		{reflect.TypeFor[calendar.DayKind](), []string{"workday", "weekend", "holiday", "compensation", "swap", "make_up"}, "calendar's own enum, whose zero value does not marshal"},
		{reflect.TypeFor[regulation.Lang](), nil, "no MarshalText: not an enum of the formats"},
		{reflect.TypeFor[calendar.Date](), nil, "a struct, not an enum"},
	}
	for _, tc := range tests {
		got, _ := enumValues(tc.t)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("enumValues(%v) (-want +got): %s\n%s", tc.t, tc.reason, diff)
		}
	}
}

// TestFormRefusesDrift checks that a member the Go code writes but the
// generator cannot type, or a member that only the minimal sample has,
// stops the generation instead of giving a wrong schema.
func TestFormRefusesDrift(t *testing.T) {
	tests := []struct {
		name      string
		full, min string
		reason    string
	}{
		{"unknown member", `{"num":1,"den":2,"percent":"50.0","ratio":0.5}`, `{"num":1,"den":2,"percent":"50.0"}`, "ratio is neither a field nor a method of task.Rate"},
		{"member only in the minimal sample", `{"num":1,"den":2}`, `{"num":1,"den":2,"percent":"50.0"}`, "a minimal value cannot write more than a full one"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := newBuilder("findings", false)
			b.formObject(form{def: "rate", t: reflect.TypeFor[task.Rate](), full: []byte(tc.full), min: []byte(tc.min)})
			if b.err() == nil {
				t.Errorf("no error: %s", tc.reason)
			}
		})
	}
}

// TestEveryMemberIsDescribed checks the field table against the schemas
// both ways: every member has a meaning (else generate fails), and every
// entry of the table describes a member that exists.
func TestEveryMemberIsDescribed(t *testing.T) {
	files, err := generate()
	require.NoError(t, err)
	used := map[string]bool{}
	defs := map[string]bool{}
	for name, b := range files {
		if !strings.HasSuffix(name, ".json") {
			continue
		}
		var s struct {
			Properties map[string]json.RawMessage
			Defs       map[string]struct {
				Properties map[string]json.RawMessage
			} `json:"$defs"`
		}
		require.NoError(t, json.Unmarshal(b, &s))
		root := strings.SplitN(strings.TrimPrefix(name, "schema/quyche."), ".", 2)[0]
		defs[root] = true
		for k := range s.Properties {
			used[root+"."+k] = true
		}
		for d, def := range s.Defs {
			defs[d] = true
			for k := range def.Properties {
				used[d+"."+k] = true
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(fieldDocs)) {
		if !used[k] {
			t.Errorf("fieldDocs[%q] describes no member of the schemas", k)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(defDocs)) {
		if !defs[k] {
			t.Errorf("defDocs[%q] describes no format or $defs entry", k)
		}
	}
}

// TestFormatExampleDecodes checks that the case file shown in FORMAT.md is
// one that quyche reads without a refusal or a data problem.
func TestFormatExampleDecodes(t *testing.T) {
	text := formatIntros["case"].text
	_, example, ok := strings.Cut(text, "```json\n")
	example, _, ok2 := strings.Cut(example, "\n```")
	require.True(t, ok && ok2, "FORMAT.md shows a case file")
	c, err := casefile.Decode(bytes.NewReader([]byte(example)), "FORMAT.md")
	require.NoError(t, err)
	if len(c.Rejected) > 0 {
		t.Errorf("the example has data problems: %v", c.Rejected)
	}
	rules, ok := regulation.Lookup(c.RulesID)
	require.True(t, ok)
	for _, f := range c.Check(rules, c.AsOf).Findings {
		if f.Code == regulation.InputInvalid {
			t.Errorf("the example has a data problem: %s", f.Message(regulation.English))
		}
	}
}
