// Command audit checks a case file — the tasks, consultations, submissions,
// meetings, minutes and delegations of a province-year — against a PPC
// working regulation, and prints what the PPC Office and the Chairman's
// inspection team want to read: the overdue table per lead unit and per
// assigner, the findings grouped by rule family with their citations, and
// the Office's decisions on pending dossiers.
//
// Usage:
//
//	go run ./examples/audit                      # the embedded Kon Tum 2023 dataset
//	go run ./examples/audit -case FILE.json      # a case file ("-" reads standard input)
//	  -json          print quyche.findings/v1 instead of the readable report
//	  -lang vi|en    language of the readable report (default vi)
//	  -as-of DATE    override the case's as_of
//	  -rules FILE    use the rule set in FILE (quyche.rules/v1) instead of the case's
//	  -from DATE     start of a reporting period: records that come into being in [from, to]
//	  -to DATE       end of the period (default: the case's as_of); the audit is as of -to unless -as-of is given
//
// Dates on the command line are written yyyy-mm-dd or dd/mm/yyyy. A record
// comes into being on its first date (a task when it is assigned, a
// consultation when it is sent, a submission when it is received, a meeting
// or a record on its date, a delegation on the first day of its validity);
// the audit looks only at records that exist as of its date and, with a
// period, at those that come into being in it.
//
// Exit status: 0 when there are no violations, 1 when there are, 2 when the
// input cannot be read (with a message on standard error naming the file,
// the line and the problem), 3 when the file was read, some records could
// not be checked (input.invalid: a data problem, not a breach of the
// regulation) and nothing violates the regulation.
package main

import (
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
	// The same code path as a service's: the settings resolved by
	// casefile, the findings written by casefile.
	a, err := c.Audit(settings)
	if err != nil {
		fmt.Fprintf(stderr, "audit: %v\n", err)
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
	if err := writeReport(stdout, c, res, a.Rules, a.AsOf, a.Options.Period, lang); err != nil {
		fmt.Fprintf(stderr, "audit: writing report: %v\n", err)
		return exitRefused
	}
	return exitStatus(res.Tally())
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
