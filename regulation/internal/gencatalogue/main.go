// Command gencatalogue writes regulation/CATALOGUE.md, the rule catalogue
// as a document: every code of regulation.Catalogue() with its severity, the
// rule in words, its subject, its citations and the values of the
// parameters it reads in the built-in Kon Tum rule set, its confidence, and
// the conventions and rulings that every check shares. Citations are
// rendered with regulation.Ref.Text and parameter values are read from the
// rule set's JSON form (quyche.rules/v1), so the document cannot drift from
// the code. It runs from go generate in package regulation:
//
//	go run ./internal/gencatalogue -o CATALOGUE.md
//
// The package's test fails when the committed file is stale.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	out := flag.String("o", "CATALOGUE.md", "the file to write")
	flag.Parse()
	b, err := render()
	if err != nil {
		fmt.Fprintf(os.Stderr, "gencatalogue: %v\n", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "gencatalogue: %v\n", err)
		os.Exit(1)
	}
}
