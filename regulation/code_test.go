package regulation

import (
	"slices"
	"strings"
	"testing"

	"github.com/quyche/quyche/regulation/calendar"
)

// rulesMDCodes is the rule catalogue as specified, in its order: the test
// fails when a code is added to or dropped from one side only.
var rulesMDCodes = []Code{
	"task.lead_count", "task.overdue", "task.done_late", "task.due_soon", "task.extension_late", "task.extension_unapproved",
	"consult.reply_late", "consult.reply_missing", "consult.deemed_agreement", "consult.stance_unclear", "consult.no_followup", "consult.unresolved_disagreement",
	"submission.missing_component", "submission.missing_summary", "submission.no_own_position", "submission.dissent_not_reported",
	"submission.signer_level", "submission.own_competence", "submission.other_competence", "submission.office_decision",
	"submission.return_late", "submission.accepted_incomplete",
	"meeting.attendee_level", "meeting.substitute_unapproved", "meeting.absent_unreported", "meeting.absence_report_late",
	"meeting.no_quorum", "meeting.member_absent_unapproved", "meeting.invitation_late", "meeting.documents_late", "meeting.conclusion_late",
	"signoff.chair_unsigned", "signoff.secretary_unsigned", "signoff.unit_unsigned", "signoff.signer_level",
	"signoff.signer_not_of_unit", "signoff.capacity_invalid", "signoff.delegation_invalid",
	"input.invalid", "rules.not_in_force",
}

func TestCatalogueMatchesRulesMD(t *testing.T) {
	if got := Codes(); !slices.Equal(got, rulesMDCodes) {
		t.Errorf("Codes() = %v\nwant %v", got, rulesMDCodes)
	}
}

func TestEveryCodeHasCitationsAndMessages(t *testing.T) {
	kt := KonTum2023()
	sample := Details{}
	for _, r := range Catalogue() {
		for _, k := range r.Details {
			sample[k] = calendar.NewDate(2024, 1, 8)
		}
	}
	for _, r := range Catalogue() {
		t.Run(string(r.Code), func(t *testing.T) {
			noCitation := r.Code == InputInvalid || r.Code == RulesNotInForce
			if refs := kt.Citations[r.Code]; noCitation != (len(refs) == 0) {
				t.Errorf("Kon Tum citations %v; input.invalid and rules.not_in_force carry none, every other code some", refs)
			}
			if r.Severity == SeverityUnknown {
				t.Error("no severity")
			}
			for _, l := range []Lang{Vietnamese, English} {
				tmpl := r.Message(l)
				if strings.TrimSpace(tmpl) == "" {
					t.Fatalf("no %v message", l)
				}
				f := Finding{Code: r.Code, Details: sample}
				if msg := f.Message(l); strings.Contains(msg, "?") || strings.Contains(msg, "{") {
					t.Errorf("%v message does not render: %q", l, msg)
				}
				// Every placeholder of the template is a declared detail key.
				for _, part := range strings.Split(tmpl, "{")[1:] {
					key, _, _ := strings.Cut(part, "}")
					key, _, _ = strings.Cut(key, "|")
					if !slices.Contains(r.Details, key) {
						t.Errorf("%v template names {%s}, not among the details %v", l, key, r.Details)
					}
				}
			}
			if vi, en := r.Message(Vietnamese), r.Message(English); vi == en {
				t.Errorf("Vietnamese and English messages are the same: %q", vi)
			}
		})
	}
}

func TestCodeSeverityAndFamily(t *testing.T) {
	tests := []struct {
		code   Code
		sev    Severity
		family string
		reason string
	}{
		{ConsultDeemedAgreement, Info, "consult", "deemed agreement is information, not a fault"},
		{SubmissionOfficeDecision, Info, "submission", "the Office's decision is info"},
		{MeetingDocumentsLate, Warning, "meeting", "documents lead time is a warning"},
		{TaskDueSoon, Warning, "task", "a reminder"},
		{RulesNotInForce, Warning, "rules", "a rule set out of force is a warning"},
		{InputInvalid, Violation, "input", "a record that cannot be checked is a violation"},
		{Code("nope.nothing"), SeverityUnknown, "nope", "unknown codes have no severity"},
	}
	for _, tc := range tests {
		t.Run(string(tc.code), func(t *testing.T) {
			if got := tc.code.Severity(); got != tc.sev {
				t.Errorf("Severity = %v, want %v (%s)", got, tc.sev, tc.reason)
			}
			if got := tc.code.Family(); got != tc.family {
				t.Errorf("Family = %q, want %q", got, tc.family)
			}
		})
	}
}
