package tasktest_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	rt "github.com/quyche/quyche/regulation/regulationtest"
	"github.com/quyche/quyche/task"
	"github.com/quyche/quyche/task/tasktest"
)

func d(y int, m time.Month, dd int) calendar.Date { return calendar.NewDate(y, m, dd) }

// cmpFindings compares findings by code, record and subject, in any order.
var cmpFindings = cmp.Options{rt.IgnoreMessages(), rt.SortFindings()}

func TestAsOfIsInForce(t *testing.T) {
	if rules := regulation.KonTum2023(); !rules.InForce(tasktest.AsOf()) {
		t.Errorf("AsOf %s is outside the period of %s", tasktest.AsOf(), rules.ID)
	}
}

// TestDefaultsExistAsOfAsOf: every default record comes into being on or
// before AsOf, so that the checks judge it (a record born after the as-of
// date gets no finding at all, which would make "finds nothing" vacuous).
func TestDefaultsExistAsOfAsOf(t *testing.T) {
	born := map[string]calendar.Date{
		"task assigned":        tasktest.Task().Assigned,
		"consultation sent":    tasktest.Consultation().Sent,
		"submission received":  tasktest.Submission().Received,
		"office acted":         tasktest.Submission().Office.Date,
		"first reply received": tasktest.Consultation().Replies[0].Received,
	}
	for what, d := range born {
		if !regulation.Exists(d, tasktest.AsOf()) {
			t.Errorf("%s on %s, after AsOf %s", what, d, tasktest.AsOf())
		}
	}
}

func TestTask(t *testing.T) {
	rules := regulation.KonTum2023()
	want := func(c regulation.Code, subject string) regulation.Finding {
		return rt.Want(rules, c, regulation.RecordKindTask, "T1", subject)
	}
	tests := []struct {
		name     string
		override func(*task.Task)
		want     regulation.Findings
		reason   string
	}{
		{"default", func(*task.Task) {}, nil, "in progress, 11 working days left"},
		{"past due", func(t *task.Task) { t.Due = d(2024, 3, 20) }, regulation.Findings{want(regulation.TaskOverdue, "STC")}, "not done, due before AsOf"},
		{"done late", func(t *task.Task) { t.Due, t.Done = d(2024, 3, 20), d(2024, 3, 25) }, regulation.Findings{want(regulation.TaskDoneLate, "STC")}, "done after the due date"},
		{"done on time", func(t *task.Task) { t.Done = d(2024, 3, 25) }, nil, "done before the due date"},
		{"due soon", func(t *task.Task) { t.Due = d(2024, 4, 2) }, regulation.Findings{want(regulation.TaskDueSoon, "STC")}, "two working days left"},
		{"two leads", func(t *task.Task) { t.Lead = append(t.Lead, rt.Construction) }, regulation.Findings{want(regulation.TaskLeadCount, "")}, "ND39 Art. 2: exactly one lead unit"},
		{"unknown lead", func(t *task.Task) { t.Lead[0] = "XYZ" }, regulation.Findings{want(regulation.InputInvalid, "lead[0]")}, "the unit is not in the province"},
		{"extension unapproved", func(t *task.Task) {
			t.Extensions = []task.Extension{{Requested: d(2024, 3, 25), NewDue: d(2024, 4, 30)}}
		}, regulation.Findings{want(regulation.TaskExtensionUnapproved, "STC")}, "no approver"},
		{"extension approved", func(t *task.Task) {
			t.Extensions = []task.Extension{{Requested: d(2024, 3, 25), NewDue: d(2024, 4, 30), ApprovedBy: rt.Chairman}}
		}, nil, "approved and in time"},
		{"assigned after AsOf", func(t *task.Task) { t.Assigned, t.Due = d(2024, 4, 1), d(2024, 3, 20) }, regulation.Findings{want(regulation.InputInvalid, "due")}, "invalid whatever its dates (due before assigned)"},
		{"not assigned yet", func(t *task.Task) { t.Assigned, t.Lead = d(2024, 4, 1), nil }, nil, "does not exist as of AsOf: not even lead_count"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := task.Check(tasktest.Task(tc.override), rt.Province(), rules, tasktest.AsOf())
			if diff := cmp.Diff(tc.want, got, cmpFindings); diff != "" {
				t.Errorf("task.Check (%s) (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestConsultation(t *testing.T) {
	rules := regulation.KonTum2023()
	want := func(c regulation.Code, subject regulation.UnitID) regulation.Finding {
		return rt.Want(rules, c, regulation.RecordKindConsultation, "C1", subject)
	}
	tests := []struct {
		name     string
		override func(*task.Consultation)
		want     regulation.Findings
		reason   string
	}{
		{"default", func(*task.Consultation) {}, nil, "both replied in time and agreed"},
		{"late reply", func(c *task.Consultation) { c.Replies[0].Received = d(2024, 3, 20) }, regulation.Findings{want(regulation.ConsultReplyLate, rt.Construction)}, "received after the deadline of 15/03, inside the follow-up window"},
		{"unclear", func(c *task.Consultation) { c.Replies[1].Stance = task.StanceUnclear }, regulation.Findings{want(regulation.ConsultStanceUnclear, rt.HomeAffairs)}, "L56 fn. 2: say agree or disagree"},
		{"no reply", func(c *task.Consultation) { c.Replies[1] = task.Reply{Unit: rt.HomeAffairs} }, regulation.Findings{
			want(regulation.ConsultReplyMissing, rt.HomeAffairs), want(regulation.ConsultNoFollowup, rt.HomeAffairs),
		}, "missing, and Finance sent no reminder"},
		{"no reply, reminded", func(c *task.Consultation) {
			c.Replies[1], c.Reminders = task.Reply{Unit: rt.HomeAffairs}, []calendar.Date{d(2024, 3, 18)}
		}, regulation.Findings{want(regulation.ConsultReplyMissing, rt.HomeAffairs)}, "the reminder is inside the follow-up window"},
		{"disagreement", func(c *task.Consultation) { c.Replies[0].Stance = task.StanceDisagree }, regulation.Findings{want(regulation.ConsultUnresolvedDisagreement, rt.Construction)}, "neither resolved nor escalated within 5 working days"},
		{"escalated", func(c *task.Consultation) { c.Replies[0].Stance, c.Escalated = task.StanceDisagree, d(2024, 3, 19) }, nil, "escalated in time"},
		{"escalated before sent", func(c *task.Consultation) { c.Replies[0].Stance, c.Escalated = task.StanceDisagree, d(2024, 3, 1) }, regulation.Findings{want(regulation.InputInvalid, "escalated")}, "a local fault: only unresolved_disagreement is switched off"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := task.CheckConsultation(tasktest.Consultation(tc.override), rt.Province(), rules, tasktest.AsOf())
			if diff := cmp.Diff(tc.want, got, cmpFindings); diff != "" {
				t.Errorf("task.CheckConsultation (%s) (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestSubmission(t *testing.T) {
	rules := regulation.KonTum2023()
	want := func(c regulation.Code, subject string) regulation.Finding {
		return rt.Want(rules, c, regulation.RecordKindSubmission, "S1", subject)
	}
	decision := want(regulation.SubmissionOfficeDecision, "")
	accepted := want(regulation.SubmissionAcceptedIncomplete, "")
	disagreed := tasktest.Consultation(func(c *task.Consultation) { c.Replies[0].Stance = task.StanceDisagree })
	tests := []struct {
		name     string
		override func(*task.Submission)
		opts     task.SubmissionOptions
		want     regulation.Findings
		reason   string
	}{
		{"default", func(*task.Submission) {}, tasktest.SubmissionOptions(tasktest.Consultation()), regulation.Findings{decision}, "complete and forwarded"},
		{"default, consultation outside the case", func(*task.Submission) {}, tasktest.SubmissionOptions(), regulation.Findings{decision}, "nothing more is required"},
		{"no opinions outside the case", func(s *task.Submission) { s.Components = s.Components[:2] }, tasktest.SubmissionOptions(), regulation.Findings{decision}, "opinions are required only when the consultation is in the case"},
		{"no synthesis", func(s *task.Submission) { s.Components = s.Components[:3] }, tasktest.SubmissionOptions(tasktest.Consultation()), regulation.Findings{
			want(regulation.SubmissionMissingComponent, "opinion_synthesis"), decision, accepted,
		}, "the consultation is in the case; the Office forwarded a deficient dossier"},
		{"long without summary", func(s *task.Submission) { s.Pages = 12 }, tasktest.SubmissionOptions(), regulation.Findings{
			want(regulation.SubmissionMissingSummary, ""), decision, accepted,
		}, "more than 10 pages"},
		{"signed by a specialist", func(s *task.Submission) { s.SignedBy = rt.FinanceSpecialist }, tasktest.SubmissionOptions(), regulation.Findings{
			want(regulation.SubmissionSignerLevel, string(rt.FinanceSpecialist)), decision, accepted,
		}, "below unit leadership"},
		{"own competence", func(s *task.Submission) { s.Competence = task.CompetenceSubmitter }, tasktest.SubmissionOptions(), regulation.Findings{
			want(regulation.SubmissionOwnCompetence, ""), decision, accepted,
		}, "L56 point 1(a)"},
		{"dissent not reported", func(*task.Submission) {}, tasktest.SubmissionOptions(disagreed), regulation.Findings{
			want(regulation.SubmissionDissentNotReported, string(rt.Construction)), decision, accepted,
		}, "Construction disagreed before the dossier arrived"},
		{"dissent reported", func(s *task.Submission) { s.DissentReported = []regulation.UnitID{rt.Construction} }, tasktest.SubmissionOptions(disagreed), regulation.Findings{decision}, "the dissent is in the dossier"},
		{"returned late", func(s *task.Submission) {
			s.OwnPosition, s.Office = false, task.Office{Action: task.ActionReturn, Date: d(2024, 3, 27)}
		}, tasktest.SubmissionOptions(), regulation.Findings{
			want(regulation.SubmissionNoOwnPosition, ""), decision, want(regulation.SubmissionReturnLate, ""),
		}, "the return deadline was 25/03"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := task.CheckSubmission(tasktest.Submission(tc.override), rt.Province(), rules, tasktest.AsOf(), tc.opts)
			if diff := cmp.Diff(tc.want, got, cmpFindings); diff != "" {
				t.Errorf("task.CheckSubmission (%s) (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// TestDefaultSubmissionIsForwarded checks the detail that the comparison
// above ignores: the Office's decision on the default dossier is forward.
func TestDefaultSubmissionIsForwarded(t *testing.T) {
	dec := task.Decide(tasktest.Submission(), rt.Province(), regulation.KonTum2023(), tasktest.SubmissionOptions(tasktest.Consultation()))
	if dec.Action != task.ActionForward || len(dec.Deficiencies) != 0 {
		t.Errorf("Decide = %s with %d deficiencies; want forward with none", dec.Action, len(dec.Deficiencies))
	}
}

func TestOverridesApplyInOrder(t *testing.T) {
	got := tasktest.Task(
		func(t *task.Task) { t.ID = "first" },
		func(t *task.Task) { t.ID += "+second" },
	)
	if got.ID != "first+second" {
		t.Errorf("ID = %q; want %q", got.ID, "first+second")
	}
}

// TestBuildersAreFresh changes every slice of a built record and checks that
// the next record is untouched.
func TestBuildersAreFresh(t *testing.T) {
	tk := tasktest.Task()
	tk.Lead[0], tk.Coordinators[0] = "X", "X"
	c := tasktest.Consultation()
	c.Replies[0].Unit = "X"
	s := tasktest.Submission()
	s.Components[0] = regulation.ComponentSummary
	if got := tasktest.Task(); got.Lead[0] == "X" || got.Coordinators[0] == "X" {
		t.Error("Task shares its slices between calls")
	}
	if tasktest.Consultation().Replies[0].Unit == "X" {
		t.Error("Consultation shares its replies between calls")
	}
	if tasktest.Submission().Components[0] == regulation.ComponentSummary {
		t.Error("Submission shares its components between calls")
	}
}

func TestSubmissionOptions(t *testing.T) {
	c1 := tasktest.Consultation()
	c2 := tasktest.Consultation(func(c *task.Consultation) { c.ID = "C2" })
	c1b := tasktest.Consultation(func(c *task.Consultation) { c.Lead = rt.Construction })
	got := tasktest.SubmissionOptions(c1, c2, c1b)
	want := task.SubmissionOptions{Consultations: map[string]task.Consultation{"C1": c1b, "C2": c2}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SubmissionOptions (a later consultation replaces an earlier one) (-want +got):\n%s", diff)
	}
}
