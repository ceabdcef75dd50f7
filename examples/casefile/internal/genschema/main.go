// Command genschema writes the JSON Schemas (draft 2020-12) of quyche's
// three JSON formats into examples/casefile/schema — quyche.case/v1,
// quyche.findings/v1 and quyche.rules/v1 — and examples/casefile/FORMAT.md,
// which documents them. Both are generated from the Go types: reflection over
// casefile.Case and the record types with their json tags, the objects that
// casefile.Encoder, regulation.Finding, task.Summary and regulation.Rules
// write (checked against samples they write), and the enum types, whose
// values are found by asking MarshalText for 1, 2, … until it fails. What
// each member means comes from one table (fields.go), so that the schemas
// and FORMAT.md cannot disagree. It runs from go generate in package
// casefile:
//
//	go run ./internal/genschema -dir .
//
// The package's test fails when the committed files are stale.
package main

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
)

func main() {
	dir := flag.String("dir", ".", "the folder of package casefile")
	flag.Parse()
	files, err := generate()
	if err != nil {
		fmt.Fprintf(os.Stderr, "genschema: %v\n", err)
		os.Exit(1)
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		path := filepath.Join(*dir, filepath.FromSlash(name))
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "genschema: %v\n", err)
			os.Exit(1)
		}
	}
}

// generate returns the generated files by their paths relative to package
// casefile's folder.
func generate() (map[string][]byte, error) {
	cs, cb, err := caseSchema()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", caseFile, err)
	}
	fs, fb, err := findingsSchema()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", findingsFile, err)
	}
	rs, rb, err := rulesSchema()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rulesFile, err)
	}
	files := map[string][]byte{}
	for name, s := range map[string]*Schema{caseFile: cs, findingsFile: fs, rulesFile: rs} {
		b, err := indent(s)
		if err != nil {
			return nil, err
		}
		files["schema/"+name] = b
	}
	doc, err := format([]part{
		{caseFile, cs, cb}, {findingsFile, fs, fb}, {rulesFile, rs, rb},
	})
	if err != nil {
		return nil, fmt.Errorf("FORMAT.md: %w", err)
	}
	files["FORMAT.md"] = doc
	return files, nil
}
