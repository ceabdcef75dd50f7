// Command audit checks a case file — the tasks, consultations, submissions,
// meetings, minutes and delegations of a province-year — against a PPC
// working regulation, and writes what the PPC Office, the Chairman's
// inspection team and each unit's head want to read: the overdue tables per
// lead unit and per assigner, late tasks by month, the findings grouped by
// rule family with their citations, the findings on records dated outside
// the rule set's period apart, the data to correct apart, and the Office's
// decisions on pending dossiers. People and units are named, not given by
// id, and the Vietnamese report is Vietnamese throughout.
//
// Usage:
//
//	go run ./examples/audit                      # the embedded Kon Tum 2023 dataset
//	go run ./examples/audit -case FILE.json      # a case file ("-" reads standard input)
//	  -json          print quyche.findings/v1 instead of the readable report
//	  -lang vi|en    language of the readable report (default vi)
//	  -as-of DATE    override the case's as_of
//	  -rules FILE    use the rule set in FILE (quyche.rules/v1) instead of the case's
//	  -all           list every finding (default: the first few per code, then a count)
//	  -unit ID       only what concerns one unit (its tasks, consultations, submissions, meetings, records)
//	  -from DATE     start of a reporting period: records that come into being in [from, to]
//	  -to DATE       end of the period (default: the case's as_of); the audit is as of -to unless -as-of is given
//	  -html FILE     also write the report as one self-contained HTML file (no external resources)
//	  -csv DIR       also write DIR/findings.csv and DIR/units.csv (UTF-8 with BOM, for spreadsheets)
//
// Dates on the command line are written yyyy-mm-dd or dd/mm/yyyy. A record
// comes into being on its first date (a task when it is assigned, a
// consultation when it is sent, a submission when it is received, a meeting
// or a record on its date, a delegation on the first day of its validity);
// the audit looks only at records that exist as of its date and, with a
// period, at those that come into being in it.
//
// With -unit, the tables, the findings (text, HTML, CSV and -json) and the
// pending dossiers keep only what concerns the unit: the tasks it leads;
// the consultations it leads, and in those it is consulted in, the findings
// about it and about the consultation as a whole; the submissions it sends
// (and, for the PPC Office, the Office's decisions and faults on every
// dossier); in meetings, the findings about it or one of its people, and
// those about a meeting as a whole that it is invited to, chairs or attends
// through its people; in minutes and inspection records, the findings about
// it or its people, those naming one of its people as the signer, and those
// about a record as a whole that it takes part in (listed, signing, signed
// for); the delegations granted by or to its people. Records that could not
// be read at all and problems of the units and people lists name no unit:
// every narrowed report keeps them, so that no data problem is hidden. An id
// the case does not have is refused (exit status 2).
//
// The HTML file is the same report in one file with its styles and charts
// inline (late rate per lead unit, late tasks per month of the deadline),
// every finding in collapsible sections, made to be read offline and
// printed on A4; it declares its language (<html lang="vi">). The CSV
// files are findings.csv (one row per finding) and units.csv (the table per
// lead unit), in UTF-8 with a byte order mark so that spreadsheets read
// Vietnamese correctly; DIR is created when it does not exist.
//
// Exit status: 0 when there are no violations, 1 when there are, 2 when the
// input cannot be read (with a message on standard error naming the file,
// the line and the problem) or a flag is wrong, 3 when the file was read,
// some records could not be checked (input.invalid: a data problem, not a
// breach of the regulation) and nothing violates the regulation. With
// -unit, the status is that of the unit's findings.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/quyche/quyche/examples/audit/dataset"
	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitClean        = 0
	exitViolations   = 1
	exitRefused      = 2
	exitDataProblems = 3
)

// exitStatus is the exit status for findings of tally t.
func exitStatus(t casefile.Tally) int {
	switch t.Outcome() {
	case casefile.OutcomeViolations:
		return exitViolations
	case casefile.OutcomeDataProblems:
		return exitDataProblems
	}
	return exitClean
}

// run is the whole program, with its environment passed in so that tests
// can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("audit", flag.ContinueOnError)
	fl.SetOutput(stderr)
	caseFile := fl.String("case", "", "case file to audit (quyche.case/v1); \"-\" reads standard input; default: the embedded Kon Tum 2023 dataset")
	asJSON := fl.Bool("json", false, "print quyche.findings/v1 instead of the readable report")
	langFlag := fl.String("lang", "vi", "language of the readable report: vi or en")
	asOfFlag := fl.String("as-of", "", "audit as of this date (yyyy-mm-dd or dd/mm/yyyy) instead of the case's as_of (default: -to when given)")
	rulesFile := fl.String("rules", "", "rule set file (quyche.rules/v1) to use instead of the case's")
	fromFlag := fl.String("from", "", "start of a reporting period (yyyy-mm-dd or dd/mm/yyyy): only records that come into being on or after it")
	toFlag := fl.String("to", "", "end of the reporting period (yyyy-mm-dd or dd/mm/yyyy; default: the case's as_of): only records that come into being on or before it")
	all := fl.Bool("all", false, "list every finding (default: the first few per code, then a count)")
	unitFlag := fl.String("unit", "", "only what concerns the unit with this id: the tasks it leads, its consultations, submissions, meetings, records and delegations")
	htmlFile := fl.String("html", "", "also write the report as one self-contained HTML file")
	csvDir := fl.String("csv", "", "also write findings.csv and units.csv (UTF-8 with BOM) into this directory, created when missing")
	if err := fl.Parse(args); err != nil {
		return exitRefused
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "audit: unexpected argument %q\n", fl.Arg(0))
		return exitRefused
	}
	lang, err := regulation.ParseLang(*langFlag)
	if err != nil {
		fmt.Fprintf(stderr, "audit: -lang: want vi or en, got %q\n", *langFlag)
		return exitRefused
	}
	var settings casefile.Settings
	for _, f := range []struct {
		name, value string
		dst         *calendar.Date
	}{{"-as-of", *asOfFlag, &settings.AsOf}, {"-from", *fromFlag, &settings.From}, {"-to", *toFlag, &settings.To}} {
		if f.value == "" {
			continue
		}
		if *f.dst, err = casefile.ParseSettingDate(f.name, f.value); err != nil {
			fmt.Fprintf(stderr, "audit: %v\n", err)
			return exitRefused
		}
	}

	c, err := load(*caseFile, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "audit: %v\n", err)
		return exitRefused
	}
	if *rulesFile != "" {
		data, err := os.ReadFile(*rulesFile)
		if err != nil {
			fmt.Fprintf(stderr, "audit: %v\n", err)
			return exitRefused
		}
		if settings.Rules, err = casefile.ReadRules(data, *rulesFile); err != nil {
			fmt.Fprintf(stderr, "audit: %v\n", err)
			return exitRefused
		}
	}
	settings.Unit = regulation.UnitID(*unitFlag)
	// The same code path as a service's: the settings resolved by
	// casefile, the findings written by casefile.
	a, err := c.Audit(settings)
	if err != nil {
		if errors.Is(err, casefile.ErrUnknownUnit) {
			fmt.Fprintf(stderr, "audit: -unit: %v\n", err)
		} else {
			fmt.Fprintf(stderr, "audit: %v\n", err)
		}
		return exitRefused
	}

	if *asJSON {
		tally, err := a.WriteFindings(stdout)
		if err != nil {
			fmt.Fprintf(stderr, "audit: writing findings: %v\n", err)
			return exitRefused
		}
		return exitStatus(tally)
	}
	res := a.Check()
	r := newReport(c, res, a.Rules, options{lang: lang, asOf: a.AsOf, period: a.Options.Period, unit: a.Options.Unit,
		all: *all, embedded: *caseFile == ""})
	if err := writeText(stdout, r); err != nil {
		fmt.Fprintf(stderr, "audit: writing report: %v\n", err)
		return exitRefused
	}
	if *htmlFile != "" {
		if err := writeFile(*htmlFile, func(w io.Writer) error { return writeHTML(w, r) }); err != nil {
			fmt.Fprintf(stderr, "audit: -html: %v\n", err)
			return exitRefused
		}
	}
	if *csvDir != "" {
		if err := writeCSV(*csvDir, r); err != nil {
			fmt.Fprintf(stderr, "audit: -csv: %v\n", err)
			return exitRefused
		}
	}
	return exitStatus(res.Tally())
}

// writeFile writes a file through write, and reports the first error of
// writing or closing it.
func writeFile(name string, write func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// load decodes the case file named by name ("" for the embedded dataset,
// "-" for standard input).
func load(name string, stdin io.Reader) (*casefile.Case, error) {
	switch name {
	case "":
		return casefile.DecodeBytes(dataset.KonTum2023, "(embedded) "+dataset.Name)
	case "-":
		return casefile.Decode(stdin, "-")
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return casefile.Decode(f, name)
}
