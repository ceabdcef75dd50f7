// Package casefile reads and checks case files (quyche.case/v1) and writes
// findings (quyche.findings/v1): the JSON forms that an e-office or
// task-tracking system exports for an audit, and that quyche's audit program
// and conformance suite use.
//
// [Decode] refuses, with an [*Error] that names the file, the line and the
// problem, input that is not a case file — not JSON, not an object, a wrong
// schema, an unknown field anywhere (a misspelt name would drop data
// silently). A bad value inside a record (a wrong type, an unknown enum
// value, an impossible date) makes that record an input.invalid finding and
// the rest of the case is still checked. [Case.Run] checks every record
// with the packages task, meeting and signoff and hands out findings in the
// order of the rule catalogue; [Encoder] streams them out, and
// [Case.WriteFindings] does both, as the audit program's -json does.
// [Case.CheckWith] and [Case.RunWith] take a reporting period: the records
// that come into being in it, judged as of a date. [Tally] tells breaches
// of the regulation from data problems (input.invalid), and its [Outcome]
// says what they come to.
//
// The audit program and a service answer from one code path: [Decode],
// then [Case.Audit] resolves the [Settings] of the request (the as-of date
// and period by [Case.Scope], the rule set by [Case.RuleSet], a rule set of
// one's own read by [ReadRules]), and [Audit.WriteFindings] writes the
// answer. [Case.CheckRecord] checks one record with its context, for a
// workflow step.
//
// [Case.Check], [Case.CheckWith], [Case.Run], [Case.RunWith] and
// [Case.WriteFindings] are quyche's supported way to check a whole case:
// they build the directory once, check every record of every list with the
// packages task, meeting and signoff, report an id that repeats an earlier
// one of its list as input.invalid (with the list and the index) and check
// only the first, link each submission to its consultations and each
// signature to its delegation, and count the tasks. A system that checks
// records one at a time calls those packages directly; one that checks a
// case calls this package (signoff.CheckAll, which did part of this job
// another way, is deprecated).
//
//	c, err := casefile.Decode(f, "case.json")
//	if err != nil { … } // refused: exit status 2
//	a, err := c.Audit(casefile.Settings{})
//	if err != nil { … } // an unknown rule set, a reversed period: exit status 2
//	tally, err := a.WriteFindings(os.Stdout)
//	switch tally.Outcome() { … } // violations: exit status 1; data problems alone: 3
//
// FORMAT.md, beside this package's source, documents the three formats
// member by member; [Schemas] gives their JSON Schemas.
package casefile
