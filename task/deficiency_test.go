package task_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/task"
)

func TestDeficienciesRender(t *testing.T) {
	named := func(c regulation.Code, subject string, n regulation.Localizer) task.Deficiency {
		return task.Deficiency{Code: c, Subject: subject, Named: n}
	}
	signer := regulation.PersonRef{ID: "p3", Name: "Trần Thị B", Position: regulation.PositionDivisionHead}
	tests := []struct {
		ds     task.Deficiencies
		vi, en string
		json   string
		reason string
	}{
		{task.Deficiencies{}, "không có", "none", `[]`, "a dossier without deficiency"},
		{task.Deficiencies{named(regulation.SubmissionMissingComponent, "statement", regulation.ComponentStatement)},
			"thiếu tờ trình", "missing statement", `["submission.missing_component: statement"]`,
			"a component in words; the code and the component's name in JSON"},
		{task.Deficiencies{named(regulation.SubmissionSignerLevel, "p3", signer), named(regulation.SubmissionOwnCompetence, "", nil)},
			"người ký không phải lãnh đạo đơn vị: Trần Thị B (trưởng phòng); vấn đề thuộc thẩm quyền của đơn vị trình",
			"not signed by unit leadership: Trần Thị B (division head); within the submitting unit's own authority",
			`["submission.signer_level: p3","submission.own_competence"]`, "the signer by name, the id in JSON"},
		{task.Deficiencies{named(regulation.SubmissionDissentNotReported, "SXD", regulation.UnitRef{ID: "SXD", Name: "Sở Xây dựng"})},
			"không báo cáo ý kiến không thống nhất của Sở Xây dựng", "dissent not reported: Sở Xây dựng",
			`["submission.dissent_not_reported: SXD"]`, "the dissenting unit by name"},
		{task.Deficiencies{named(regulation.SubmissionDissentNotReported, "SXD", nil)},
			"không báo cáo ý kiến không thống nhất của SXD", "dissent not reported: SXD",
			`["submission.dissent_not_reported: SXD"]`, "an unnamed subject as written"},
		{task.Deficiencies{named(regulation.TaskOverdue, "STC", nil)}, "task.overdue: STC", "task.overdue: STC",
			`["task.overdue: STC"]`, "a code without words reads as its label"},
	}
	for _, tc := range tests {
		if got := tc.ds.Localize(regulation.Vietnamese); got != tc.vi {
			t.Errorf("vi %q, want %q (%s)", got, tc.vi, tc.reason)
		}
		if got := tc.ds.Localize(regulation.English); got != tc.en {
			t.Errorf("en %q, want %q (%s)", got, tc.en, tc.reason)
		}
		b, err := json.Marshal(regulation.Details{"deficiencies": tc.ds})
		require.NoError(t, err)
		if want := `{"deficiencies":` + tc.json + `}`; string(b) != want {
			t.Errorf("JSON %s, want %s (%s)", b, want, tc.reason)
		}
	}
}

func ExampleDecision_Named() {
	rules := regulation.KonTum2023()
	dir, _ := regulation.NewDirectory(
		[]regulation.Unit{{ID: "STC", Name: "Sở Tài chính", Kind: regulation.UnitKindDepartment}},
		[]regulation.Person{{ID: "stc-tp", Name: "Trần Thị B", Unit: "STC", Position: regulation.PositionDivisionHead}},
		nil)
	s := task.Submission{
		ID: "S-2024-031", From: "STC", To: task.AddresseePPCChairman, Kind: regulation.SubmissionKindProposal,
		Competence: task.CompetenceAddressee, Received: calendar.MustParseDate("2024-03-06"), Pages: 4,
		Components:  []regulation.Component{regulation.ComponentStatement},
		OwnPosition: true, SignedBy: "stc-tp",
	}
	d := task.Decide(s, dir, rules, task.SubmissionOptions{})
	ds := d.Named(dir)
	fmt.Println(ds.Localize(regulation.Vietnamese))
	fmt.Println(ds.Localize(regulation.English))
	fmt.Println(ds.Labels())
	// Output:
	// thiếu dự thảo; người ký không phải lãnh đạo đơn vị: Trần Thị B (trưởng phòng)
	// missing draft; not signed by unit leadership: Trần Thị B (division head)
	// [submission.missing_component: draft submission.signer_level: stc-tp]
}
