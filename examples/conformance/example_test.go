package conformance_test

import (
	"fmt"
	"log"

	"github.com/quyche/quyche/examples/conformance"
	"github.com/quyche/quyche/regulation"
)

// The built-in rule set meets every expectation of the suite.
func ExampleRun() {
	dir, err := conformance.SuiteDir()
	if err != nil {
		log.Fatal(err)
	}
	results, err := conformance.Run(dir, regulation.KonTum2023())
	if err != nil {
		log.Fatal(err)
	}
	failed := 0
	for _, r := range results {
		if !r.OK() {
			failed++
		}
	}
	fmt.Printf("%d folders, %d failed\n", len(results), failed)
	// Output:
	// 40 folders, 0 failed
}

// A province that gives invitations two working days instead of three and
// warns of deadlines four working days ahead sees exactly which
// expectations that changes: a warning more, a violation less.
func ExampleReport() {
	rules := regulation.KonTum2023()
	rules.ID = "example"
	rules.Meeting.InvitationLead = 2
	rules.Task.DueSoon = 4

	dir, err := conformance.SuiteDir()
	if err != nil {
		log.Fatal(err)
	}
	results, err := conformance.Run(dir, rules)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(conformance.Report(results))
	// Output:
	// task.due_soon: + task neg-1 task.due_soon "STC" (Letter 56/UBND-KTTH, point 3)
	// meeting.invitation_late: - meeting pos-1 meeting.invitation_late "" (Decision 45/2018/QĐ-TTg)
	// meeting.invitation_late: - meeting pos-2 meeting.invitation_late "" (Decision 45/2018/QĐ-TTg)
}
