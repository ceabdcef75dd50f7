package main

import (
	"bytes"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// suiteDir is the suite this program writes, relative to this package.
const suiteDir = "../../../audit/testdata/conformance"

// TestUpToDate checks that the committed case files, rule sets and README
// are what the generator writes now, and that no folder holds a stale
// rules.json; run go generate ./examples/conformance when it fails.
func TestUpToDate(t *testing.T) {
	files, err := generate()
	require.NoError(t, err)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		t.Run(name, func(t *testing.T) {
			got, err := os.ReadFile(filepath.Join(suiteDir, filepath.FromSlash(name)))
			require.NoError(t, err)
			if diff := cmp.Diff(string(files[name]), string(got)); diff != "" {
				t.Errorf("%s is stale (-generated +committed):\n%s", name, diff)
			}
		})
	}
	rules, err := filepath.Glob(filepath.Join(suiteDir, "*", "rules.json"))
	require.NoError(t, err)
	for _, path := range rules {
		rel, err := filepath.Rel(suiteDir, path)
		require.NoError(t, err)
		if _, ok := files[filepath.ToSlash(rel)]; !ok {
			t.Errorf("%s: the generator writes no such file", path)
		}
	}
}

func TestIndent(t *testing.T) {
	tests := []struct {
		name, in, want, reason string
	}{
		{"scalar", `1`, "1\n", "a scalar stays as it is"},
		{"flat object", `{"a":1,"b":"x"}`, "{\"a\": 1, \"b\": \"x\"}\n", "an object of scalars stays on one line"},
		{"empty", `{"a":[],"b":{}}`, "{\n  \"a\": [],\n  \"b\": {}\n}\n", "an empty list or object inside spreads its holder too"},
		{"empty top", `[]`, "[]\n", "an empty list alone is one line"},
		{"nested", `{"a":[{"b":1},{"c":[1,2]}],"d":true}`,
			"{\n  \"a\": [\n    {\"b\": 1},\n    {\n      \"c\": [1, 2]\n    }\n  ],\n  \"d\": true\n}\n",
			"what holds objects or lists is spread out, the leaves stay on one line"},
		{"strings", `{"a{":"[,]\"}","b":["x\\","]"]}`, "{\n  \"a{\": \"[,]\\\"}\",\n  \"b\": [\"x\\\\\", \"]\"]\n}\n",
			"brackets, commas and escaped quotes inside strings are text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := indent([]byte(tc.in))
			require.NoError(t, err)
			if diff := cmp.Diff(tc.want, string(got)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// FuzzIndent checks that indent never panics on valid JSON and changes
// nothing but white space.
func FuzzIndent(f *testing.F) {
	f.Add(`{"a":[{"b":1},{"c":[1,2]}],"d":true}`)
	f.Add(`["\"]",{"x":{}}]`)
	f.Add(`"\u00e9"`)
	f.Fuzz(func(t *testing.T, in string) {
		if !json.Valid([]byte(in)) {
			return
		}
		got, err := indent([]byte(in))
		require.NoError(t, err)
		var a, b bytes.Buffer
		require.NoError(t, json.Compact(&a, []byte(in)))
		require.NoError(t, json.Compact(&b, got), "indent wrote invalid JSON: %s", got)
		if a.String() != b.String() {
			t.Errorf("indent changed more than white space:\nin:  %s\nout: %s", in, got)
		}
	})
}
