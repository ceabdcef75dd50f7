// Command gen writes the case file that the audit program embeds when it is
// given none: a Kon Tum province-year, 2023, as of 2023-12-31, in the form
// quyche.case/v1.
//
// The province's units are those of 2023 (departments, boards, districts and
// the city, with the police and the military command, whose commanders sit
// on the PPC); its people are generated, with Vietnamese names that belong to
// nobody. The year holds 1,206 tasks with a deadline, 222 of them late at the
// end of the year (the figure of letter 56/UBND-KTTH), spread unevenly over
// lead units and assigners, plus tasks without a deadline; the PPC's monthly
// and thematic sessions, working and inter-sectoral meetings and field
// inspections, with the minutes and inspection records signed after them and
// the delegations behind TL. and TUQ. signatures; consultations between
// units and the dossiers submitted to the PPC. Most records are clean, as in
// a real year, and every rule that the Kon Tum rule set can apply fires at
// least once (not consult.deemed_agreement, which Kon Tum switches off, nor
// input.invalid: the data is valid).
//
// The output is a function of the code alone: one fixed seed for math/rand/v2
// (PCG), no clock, no map iteration, so that running it again writes the
// same bytes. It is run by go generate in the dataset package:
//
//	go generate ./examples/audit/dataset
//
// which runs, in examples/audit/dataset,
//
//	go run ./gen -o kontum-2023.json
//
// With -o - (the default) it writes to standard output.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	out := flag.String("o", "-", "output file (\"-\": standard output)")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "gen: unexpected argument %q\n", flag.Arg(0))
		os.Exit(2)
	}
	c := generate()
	if err := c.verify(); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
	data, err := c.encode()
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
	if *out == "-" {
		_, err = os.Stdout.Write(data)
	} else {
		err = os.WriteFile(*out, data, 0o644)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}
