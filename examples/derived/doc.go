// Package derived is an example of a rule set that a province derives from
// Kon Tum's: Example Province (Tỉnh Ví Dụ), fictional, whose working
// regulation counts a coordinating unit's silence as agreement, gives 15
// working days for replies and cites its own articles. It is not built into
// quyche (regulation.Lookup does not know it); it exists twice, as Go code
// (Rules) and as a quyche.rules/v1 file for the audit program:
//
//	go run ./examples/audit -rules examples/derived/example-derived-2024.rules.json \
//		-case examples/audit/testdata/conformance/consult.reply_missing/case.json
//
// Its tests run quyche's conformance suite (package examples/conformance)
// under it and list, in testdata/changes.txt, exactly which expectations
// its parameters change — the way a province checks that it changed what
// it meant to change and nothing else:
//
//	conformance.Test(t, derived.Rules(), conformance.Options{
//		Changes: "testdata/changes.txt",
//		Update:  *update,
//	})
package derived
