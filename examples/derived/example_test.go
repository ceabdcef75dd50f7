package derived_test

import (
	"fmt"
	"log"

	"github.com/quyche/quyche/examples/conformance"
	"github.com/quyche/quyche/examples/derived"
)

// Under the derived rule set, quyche's conformance suite shows which
// expectations change: the consultation rules cite the province's own
// articles (recited), silence becomes agreement (reply_missing removed,
// deemed_agreement added), a request without a deadline gives 15 working
// days (late replies and missing follow-ups removed), and a meeting of July
// 2025 is in force under a rule set with no end date. The other 33 folders
// keep their findings.
func ExampleRules() {
	dir, err := conformance.SuiteDir()
	if err != nil {
		log.Fatal(err)
	}
	results, err := conformance.Run(dir, derived.Rules())
	if err != nil {
		log.Fatal(err)
	}
	unchanged := 0
	for _, r := range results {
		n := map[conformance.ChangeKind]int{}
		for _, c := range r.Changes() {
			n[c.Kind]++
		}
		if len(n) == 0 {
			unchanged++
			continue
		}
		fmt.Printf("%-32s removed %d, added %d, recited %d\n", r.Code, n[conformance.ChangeKindRemoved], n[conformance.ChangeKindAdded], n[conformance.ChangeKindRecited])
	}
	fmt.Println("unchanged folders:", unchanged)
	// Output:
	// consult.reply_late               removed 1, added 0, recited 1
	// consult.reply_missing            removed 2, added 2, recited 0
	// consult.deemed_agreement         removed 0, added 0, recited 1
	// consult.stance_unclear           removed 0, added 0, recited 2
	// consult.no_followup              removed 6, added 2, recited 2
	// consult.unresolved_disagreement  removed 1, added 0, recited 1
	// rules.not_in_force               removed 1, added 0, recited 0
	// unchanged folders: 33
}
