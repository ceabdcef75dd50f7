package regulation_test

import (
	"fmt"

	"github.com/quyche/quyche/regulation"
)

// A rule of the catalogue in words, with the parameters it reads and their
// values in Kon Tum's rule set.
func ExampleLookupRule_statement() {
	r, _ := regulation.LookupRule(regulation.MeetingInvitationLate)
	fmt.Println(r.Code, r.Severity, r.Confidence)
	fmt.Println(r.Statement)
	fmt.Println(r.Params, regulation.KonTum2023().Meeting.InvitationLead)
	// Output:
	// meeting.invitation_late violation H
	// A non-urgent meeting's invitation was sent fewer than meeting.invitation_lead working days before the meeting: counting the working days after the day it was sent, up to and including the meeting's date. An invitation already sent for a meeting after the as-of date is judged too.
	// [meeting.invitation_lead] 3
}

func ExampleConfidence_Meaning() {
	for _, r := range regulation.Catalogue()[:5] {
		fmt.Printf("%s: %q, %s\n", r.Code, r.Confidence, r.Confidence.Meaning())
	}
	// Output:
	// task.lead_count: "H", read in the source text, or in a faithful restatement of it
	// task.overdue: "H", read in the source text, or in a faithful restatement of it
	// task.done_late: "H", read in the source text, or in a faithful restatement of it
	// task.due_soon: "", not a reading of the regulation
	// task.extension_late: "L", typical practice, not verified: an assumption, and its numbers are parameters of the rule set
}
