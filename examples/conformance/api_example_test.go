package conformance_test

import (
	"fmt"
	"log"
	"path/filepath"
	"testing"

	"github.com/quyche/quyche/examples/conformance"
	"github.com/quyche/quyche/regulation"
)

func ExampleSuiteDir() {
	dir, err := conformance.SuiteDir()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(filepath.Base(filepath.Dir(dir)), filepath.Base(dir))
	// Output:
	// testdata conformance
}

// Each folder's changes say how a rule set departs from the suite's
// expectations: here invitations sent two working days ahead are on time.
func ExampleResult_Changes() {
	rules := regulation.KonTum2023()
	rules.ID = "example"
	rules.Meeting.InvitationLead = 2
	dir, err := conformance.SuiteDir()
	if err != nil {
		log.Fatal(err)
	}
	results, err := conformance.Run(dir, rules)
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range results {
		if r.OK() {
			continue
		}
		for _, c := range r.Changes() {
			fmt.Println(r.Code, c.Kind, c.Kind.Localize(regulation.English), c.Want.Record)
		}
	}
	// Output:
	// meeting.invitation_late removed expected finding missing pos-1
	// meeting.invitation_late removed expected finding missing pos-2
}

// Test runs the suite inside an integrator's own test; this is the whole
// test of a province whose rule set keeps Kon Tum's expectations. (An
// Example cannot run it: it needs the *testing.T of a test.)
func ExampleTest() {
	_ = func(t *testing.T) { // func TestConformance(t *testing.T) in a _test.go file
		conformance.Test(t, regulation.KonTum2023(), conformance.Options{})
	}
}
