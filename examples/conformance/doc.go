// Package conformance runs quyche's conformance suite — small case files
// with their golden findings, one folder per code of the rule catalogue,
// under examples/audit/testdata/conformance — against a rule set, so that a
// province that derives its own rule set from Kon Tum's sees exactly which
// expectations its parameters change.
//
// Each folder of the suite holds a case file (case.json, quyche.case/v1)
// whose records are named for what they show: on a "pos-…" record the
// folder's code fires, on a "neg-…" twin it does not. Beside it, want.json
// holds the findings (quyche.findings/v1) that the audit program prints for
// it under the rule set it is written for:
//
//	go run ./examples/audit -json -case examples/audit/testdata/conformance/task.overdue/case.json
//
// Run checks every case under a rule set of the caller's and compares the
// findings with the golden ones as package regulationtest's IgnoreMessages
// does: codes, severities, record kinds, records, subjects and citations
// count; messages, and the details they are rendered from, do not. Test does
// the same inside a Go test, one subtest per folder:
//
//	func TestConformance(t *testing.T) {
//		conformance.Test(t, myprovince.Rules(), conformance.Options{})
//	}
//
// A derived rule set is expected to change some expectations: a reply
// deadline of 15 working days instead of 10 makes a late reply timely, its
// own citations make every finding of a code cite something else. Report
// lists those changes one per line; Options.Changes names a file holding
// the changes a rule set is known to make, which Test then expects instead
// of none (package examples/derived shows it).
//
// # Rule sets pinned by a folder
//
// A folder may hold rules.json (quyche.rules/v1), the rule set its case is
// written for when it is not the built-in one case.json names — the audit
// program runs it with -rules. Only consult.deemed_agreement has one: Kon
// Tum's rule set never produces that code, since it does not count silence as
// agreement. A caller's rule set does not simply replace it: Run applies to
// the caller's rules the parameters in which rules.json differs from the
// built-in rule set (here consult.silence_means_agreement = true) and lists
// them in Result.Adjusted, so that the folder tests what it is about under
// every rule set, with the caller's other parameters and citations.
//
// This package is test-helper code: it imports testing and go-cmp, and
// belongs in the tests of systems that embed quyche.
package conformance

//go:generate go run ./internal/gencases -dir ../audit/testdata/conformance
//go:generate go test -run TestGolden -update .
