package conformance

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

func TestVerdict(t *testing.T) {
	rules := regulation.KonTum2023()
	late := rules.Finding(regulation.TaskOverdue, regulation.RecordKindTask, "pos-1", "STC", nil)
	soon := rules.Finding(regulation.TaskDueSoon, regulation.RecordKindTask, "neg-2", "STC", nil)
	result := func(want, got regulation.Findings, diff string) Result {
		return Result{Code: regulation.TaskOverdue, Dir: "task.overdue", Rules: "r", Want: want, Got: got, Diff: diff}
	}
	removed := Change{Kind: ChangeKindRemoved, Want: late}.String()
	tests := []struct {
		name     string
		r        Result
		accepted []string
		fails    bool
		reason   string
	}{
		{"agree", result(regulation.Findings{late}, regulation.Findings{late}, ""), nil, false,
			"the findings are the golden ones and no change is accepted"},
		{"differ", result(regulation.Findings{late}, nil, "x"), nil, true,
			"a missing finding fails when no change is accepted"},
		{"accepted", result(regulation.Findings{late}, nil, "x"), []string{removed}, false,
			"the change found is the one accepted"},
		{"other change", result(regulation.Findings{late, soon}, nil, "x"), []string{removed}, true,
			"a change beyond those accepted fails"},
		{"accepted but absent", result(regulation.Findings{late}, regulation.Findings{late}, ""), []string{removed}, true,
			"an accepted change that does not happen fails: the file is stale"},
		{"order", result(regulation.Findings{soon, late}, regulation.Findings{late, soon}, "x"), nil, true,
			"the same findings out of order fail"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			msg := verdict(tc.r, tc.accepted, "changes.txt")
			if got := msg != ""; got != tc.fails {
				t.Errorf("verdict fails = %v, want %v (%s); message:\n%s", got, tc.fails, tc.reason, msg)
			}
		})
	}
}

func TestParseChanges(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   map[regulation.Code][]string
		fails  bool
		reason string
	}{
		{"empty", "", map[regulation.Code][]string{}, false, "no line, no change"},
		{"grouped", "# comment\na.b: - x\n\nc.d: + y\na.b: ~ z\r\n",
			map[regulation.Code][]string{"a.b": {"- x", "~ z"}, "c.d": {"+ y"}}, false,
			"lines group by the code before the first colon, in order; comments, blank lines and CR are skipped"},
		{"colon in change", `a.b: - meeting pos-1 x "a: b"`, map[regulation.Code][]string{"a.b": {`- meeting pos-1 x "a: b"`}}, false,
			"only the first \": \" separates"},
		{"no colon", "a.b - x", nil, true, "a line without \"code: \" is an error"},
		{"space in code", "a b: - x", nil, true, "a code has no spaces"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseChanges(strings.NewReader(tc.in), "f")
			if tc.fails {
				require.Error(t, err, tc.reason)
				return
			}
			require.NoError(t, err, tc.reason)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// FuzzParseChanges checks that parseChanges never panics and that what
// Report writes reads back.
func FuzzParseChanges(f *testing.F) {
	f.Add("a.b: - x\n")
	f.Add("# c\n\na.b: ~ x → y\r\n")
	f.Add(": x")
	f.Fuzz(func(t *testing.T, in string) {
		m, err := parseChanges(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		var b strings.Builder
		for code, cs := range m {
			for _, c := range cs {
				b.WriteString(string(code) + ": " + c + "\n")
			}
		}
		again, err := parseChanges(strings.NewReader(b.String()), "again")
		require.NoError(t, err)
		if diff := cmp.Diff(m, again); diff != "" {
			t.Errorf("round trip (-first +again):\n%s", diff)
		}
	})
}

func TestAdjust(t *testing.T) {
	base := regulation.KonTum2023()
	pinned := regulation.KonTum2023()
	pinned.ID, pinned.Title = "pinned", "another title"
	pinned.Consult.SilenceMeansAgreement = true
	pinned.Effective.To = pinned.Effective.To.AddDays(1)
	pinned.Citations[regulation.TaskOverdue] = []regulation.Ref{{Doc: "1/2024/QĐ-UBND", Article: 3}}

	mine := regulation.KonTum2023()
	mine.ID = "mine"
	mine.Consult.ReplyDefault = 15
	mine.Citations[regulation.ConsultReplyLate] = []regulation.Ref{{Doc: "12/2024/QĐ-UBND", Article: 9}}

	got, paths, err := adjust(mine, base, pinned)
	require.NoError(t, err)
	if diff := cmp.Diff([]string{"citations.task.overdue", "consult.silence_means_agreement", "effective.to"}, paths); diff != "" {
		t.Errorf("paths (-want +got):\n%s", diff)
	}
	want := mine.Clone()
	want.Consult.SilenceMeansAgreement = true
	want.Effective.To = pinned.Effective.To
	want.Citations[regulation.TaskOverdue] = pinned.Citations[regulation.TaskOverdue]
	if diff := cmp.Diff(jsonOf(t, want), jsonOf(t, got)); diff != "" {
		t.Errorf("adjusted rules: the pinned parameters over mine, mine elsewhere, my id (-want +got):\n%s", diff)
	}
	if mine.Consult.SilenceMeansAgreement {
		t.Error("adjust changed the caller's rules")
	}

	open := base.Clone()
	open.Effective.To = calendar.Date{}
	got, paths, err = adjust(mine, base, open)
	require.NoError(t, err)
	if diff := cmp.Diff([]string{"effective.to"}, paths); diff != "" {
		t.Errorf("paths of a pinned rule set without an end (-want +got):\n%s", diff)
	}
	if !got.Effective.To.IsZero() {
		t.Errorf("a field the pinned rule set leaves out stays: effective.to = %s", got.Effective.To)
	}

	same, paths, err := adjust(mine, base, base.Clone())
	require.NoError(t, err)
	if same != mine || paths != nil {
		t.Errorf("adjust with a pinned rule set equal to the base = %p, %v; want the caller's rules %p, nil", same, paths, mine)
	}
}

func jsonOf(t *testing.T, r *regulation.Rules) string {
	t.Helper()
	b, err := r.MarshalJSON()
	require.NoError(t, err)
	return string(b)
}
