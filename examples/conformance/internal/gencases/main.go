// Command gencases writes the case files of quyche's conformance suite: one
// folder per code of the rule catalogue under the directory given by -dir,
// each with a case.json (quyche.case/v1) holding records on which the code
// fires ("pos-…") and twins on which it does not ("neg-…"), a rules.json
// (quyche.rules/v1) when the case is written for a rule set other than the
// built-in one it names, and a README.md that says why each record is
// there. It checks every claim before it writes: a positive record that
// does not fire, or a negative one that does, stops it.
//
// The expected findings (want.json) are written by the tests of package
// examples/conformance with -update, through the audit program's own code
// path. Both steps run from go generate in examples/conformance.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/quyche/quyche/regulation"
)

func main() {
	dir := flag.String("dir", "", "the conformance suite's folder, e.g. ../audit/testdata/conformance")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "gencases: -dir is required")
		os.Exit(2)
	}
	files, err := generate()
	if err != nil {
		fmt.Fprintf(os.Stderr, "gencases: %v\n", err)
		os.Exit(1)
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		path := filepath.Join(*dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			fmt.Fprintf(os.Stderr, "gencases: %v\n", err)
			os.Exit(1)
		}
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "gencases: %v\n", err)
			os.Exit(1)
		}
	}
}

// generate returns the files of the suite by their slash-separated paths
// inside its folder.
func generate() (map[string][]byte, error) {
	fs := folders()
	seen := map[regulation.Code]bool{}
	for _, f := range fs {
		if _, ok := regulation.LookupRule(f.code); !ok {
			return nil, fmt.Errorf("%s: not a code of the catalogue", f.code)
		}
		if seen[f.code] {
			return nil, fmt.Errorf("%s: two folders", f.code)
		}
		seen[f.code] = true
	}
	for _, c := range regulation.Codes() {
		if !seen[c] {
			return nil, fmt.Errorf("%s: no folder", c)
		}
	}

	files := map[string][]byte{}
	var found []regulation.Findings
	for _, f := range fs {
		c, err := caseOf(f, smallProvince(f))
		if err != nil {
			return nil, err
		}
		data, err := encodeCase(c)
		if err != nil {
			return nil, err
		}
		got, err := verify(f, data)
		if err != nil {
			return nil, err
		}
		found = append(found, got)
		files[string(f.code)+"/case.json"] = data
		if f.rules != nil {
			b, err := json.Marshal(f.rules)
			if err != nil {
				return nil, err
			}
			if b, err = indent(b); err != nil {
				return nil, err
			}
			files[string(f.code)+"/rules.json"] = b
		}
	}
	files["README.md"] = readme(fs, found)
	return files, nil
}
