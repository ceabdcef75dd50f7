package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/audit/dataset"
	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/examples/derived"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/task"
)

// audit runs the program and returns its standard output and exit status;
// a refusal fails the test.
func audit(t *testing.T, args ...string) (string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	exit := run(args, nil, &stdout, &stderr)
	require.NotEqual(t, exitRefused, exit, "audit %v: %s", args, stderr.String())
	return stdout.String(), exit
}

func embedded(t *testing.T) *casefile.Case {
	t.Helper()
	c, err := casefile.DecodeBytes(dataset.KonTum2023, "embedded")
	require.NoError(t, err)
	return c
}

// findingsOf decodes the findings of quyche.findings/v1.
func findingsOf(t *testing.T, out string) []regulation.Finding {
	t.Helper()
	var j struct {
		Findings []regulation.Finding `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &j))
	return j.Findings
}

func TestNoPersonIDInVietnameseReport(t *testing.T) {
	report, _ := audit(t, "-all")
	c := embedded(t)
	require.NotEmpty(t, c.People)
	for _, p := range c.People {
		re := regexp.MustCompile(`(^|[^\pL\pN_])` + regexp.QuoteMeta(string(p.ID)) + `($|[^\pL\pN_])`)
		if loc := re.FindStringIndex(report); loc != nil {
			t.Errorf("the report shows the person id %s (%s) instead of a name: …%s…", p.ID, p.Name,
				report[max(0, loc[0]-60):min(len(report), loc[1]+20)])
		}
	}
	// The English codes of enums have Vietnamese words in a Vietnamese report.
	for _, code := range []string{"vice_chairman", "prime_minister", "ppc_chairman", "appraisal_report",
		"opinion_synthesis", "division_head", "record_not_checked", "submission.missing_component:"} {
		if strings.Contains(report, code) {
			t.Errorf("the Vietnamese report shows the code %q", code)
		}
	}
}

func TestLeadUnitNamesWhole(t *testing.T) {
	c := embedded(t)
	for _, lang := range []string{"vi", "en"} {
		report, _ := audit(t, "-lang", lang)
		lines := strings.Split(report, "\n")
		ids := map[string]string{}
		idW := 0
		for _, u := range c.Units {
			ids[string(u.ID)] = u.Name
			idW = max(idW, len(u.ID))
		}
		leads := map[string]bool{}
		for _, x := range c.Tasks {
			if len(x.Lead) == 1 {
				leads[string(x.Lead[0])] = true
			}
		}
		seen := 0
		bar := regexp.MustCompile(`^[█·]+$|^[\d.,]+%?$|^–$`)
		for i := 0; i < len(lines); i++ {
			fields := strings.Fields(lines[i])
			if len(fields) < 2 || !strings.HasPrefix(lines[i], "   "+fields[0]+" ") || !leads[fields[0]] {
				continue
			}
			// The row and the lines that continue its name.
			words := fields[1:]
			for j := i + 1; j < len(lines) && strings.HasPrefix(lines[j], strings.Repeat(" ", 3+idW+1)) &&
				strings.TrimSpace(lines[j]) != "" && !strings.ContainsAny(lines[j], "0123456789"); j++ {
				words = append(words, strings.Fields(lines[j])...)
			}
			var name []string
			for _, w := range words {
				if !bar.MatchString(w) {
					name = append(name, w)
				}
			}
			if got, want := strings.Join(name, " "), short(ids[fields[0]]); got != want {
				t.Errorf("%s: the table prints %s's name as %q, want %q whole", lang, fields[0], got, want)
			}
			seen++
		}
		if seen != len(leads) {
			t.Errorf("%s: %d lead units in the table, want %d", lang, seen, len(leads))
		}
	}
}

// concerns is the test's own reading of what concerns unit u in the case:
// a task it leads; a consultation it leads, or a finding about it in one it
// is consulted in, or about the consultation as a whole; a submission it
// sends, or a finding about it; a meeting finding about it or its people,
// or about a meeting as a whole it is invited to or attends; a record
// finding about it or its people, naming its person as the signer, or about
// a record as a whole it takes part in; a delegation granted by or to its
// people.
func concerns(c *casefile.Case, dir *regulation.Directory, u regulation.UnitID, f regulation.Finding) bool {
	ofUnit := func(p regulation.PersonID) bool { x, ok := dir.Person(p); return ok && x.Unit == u }
	subject := f.Subject == string(u) || ofUnit(regulation.PersonID(f.Subject))
	_, unitSubject := dir.Unit(regulation.UnitID(f.Subject))
	_, personSubject := dir.Person(regulation.PersonID(f.Subject))
	whole := !unitSubject && !personSubject
	switch f.Kind {
	case regulation.RecordKindTask:
		for _, x := range c.Tasks {
			if x.ID == f.Record {
				return slices.Contains(x.Lead, u)
			}
		}
	case regulation.RecordKindConsultation:
		for _, x := range c.Consultations {
			if x.ID == f.Record {
				consulted := slices.ContainsFunc(x.Replies, func(r task.Reply) bool { return r.Unit == u })
				return x.Lead == u || subject || (whole && consulted)
			}
		}
	case regulation.RecordKindSubmission:
		for _, x := range c.Submissions {
			if x.ID == f.Record {
				return x.From == u || subject
			}
		}
	case regulation.RecordKindMeeting:
		for _, x := range c.Meetings {
			if x.ID == f.Record {
				in := ofUnit(x.Chair)
				for _, i := range x.Invitations {
					in = in || i.Unit == u
				}
				for _, a := range x.Attendees {
					in = in || a.ForUnit == u || ofUnit(a.Person)
				}
				for _, a := range x.Absences {
					in = in || a.Unit == u || ofUnit(a.Person)
				}
				return subject || (whole && in)
			}
		}
	case regulation.RecordKindRecord:
		for _, x := range c.Records {
			if x.ID == f.Record {
				in := slices.Contains(x.Units, u) || ofUnit(x.Chair) || ofUnit(x.Secretary)
				for _, s := range x.Signatures {
					in = in || s.ForUnit == u || ofUnit(s.Person)
				}
				signer, _ := f.Details["signer"].(string)
				return subject || ofUnit(regulation.PersonID(signer)) || (whole && in)
			}
		}
	case regulation.RecordKindDelegation:
		for _, x := range c.Delegations {
			if x.ID == f.Record {
				return ofUnit(x.Grantor) || ofUnit(x.Grantee)
			}
		}
	}
	return false
}

func TestUnitFlag(t *testing.T) {
	c := embedded(t)
	dir, _ := c.Directory()
	const unit = "SXD"
	all := findingsOf(t, mustOut(audit(t, "-json")))
	mine := findingsOf(t, mustOut(audit(t, "-json", "-unit", unit)))
	key := func(f regulation.Finding) string {
		return f.Kind.String() + "/" + f.Record + "/" + string(f.Code) + "/" + f.Subject
	}
	var mineKeys []string
	for _, f := range mine {
		mineKeys = append(mineKeys, key(f))
		if f.Code != regulation.RulesNotInForce && !concerns(c, dir, unit, f) {
			t.Errorf("-unit %s lists %s, which does not concern it", unit, key(f))
		}
	}
	for _, f := range all {
		if f.Code != regulation.RulesNotInForce && concerns(c, dir, unit, f) && !slices.Contains(mineKeys, key(f)) {
			t.Errorf("-unit %s leaves out %s, which concerns it", unit, key(f))
		}
	}
	require.NotEmpty(t, mine)

	// The text report with -all lists every one of them, with its record.
	report, exit := audit(t, "-all", "-unit", unit)
	require.Equal(t, exitViolations, exit)
	flat := strings.Join(strings.Fields(report), " ")
	bullets := len(regexp.MustCompile(`(?m)^ {3,4}• `).FindAllString(report, -1))
	listed := 0
	for _, f := range mine {
		if f.Code == regulation.RulesNotInForce {
			continue
		}
		listed++
		if !strings.Contains(flat, " "+f.Record+" ") && !strings.Contains(flat, " "+f.Record+":") {
			t.Errorf("the report does not show %s", key(f))
		}
	}
	// Office decisions on dossiers the Office has acted on are listed too.
	if bullets != listed {
		t.Errorf("the report lists %d findings, want the %d of -json", bullets, listed)
	}
	// No other unit's tasks.
	for _, x := range c.Tasks {
		if !slices.Contains(x.Lead, unit) && strings.Contains(flat, "Nhiệm vụ "+x.ID+" ") {
			t.Errorf("the report shows task %s, led by %v", x.ID, x.Lead)
		}
	}

	var stderr bytes.Buffer
	if exit := run([]string{"-unit", "NOPE"}, nil, &bytes.Buffer{}, &stderr); exit != exitRefused ||
		!strings.HasPrefix(stderr.String(), "audit: -unit: ") ||
		!strings.Contains(stderr.String(), `(embedded) kontum-2023.json has no unit "NOPE"; its units are UBND, VP,`) {
		t.Errorf("-unit NOPE: exit %d, %q; want exit 2 naming the unit and the case's units", exit, stderr.String())
	}
}

func mustOut(out string, _ int) string { return out }

func TestRuleSetTexts(t *testing.T) {
	rulesFile := filepath.Join("..", "derived", derived.File)
	for _, lang := range []string{"vi", "en"} {
		report, _ := audit(t, "-lang", lang, "-rules", rulesFile)
		for _, bad := range []string{"18,5%", "18.5%", "ghi 18,5", "prints 18.5", "Công văn 56/UBND-KTTH ngày", "letter 56/UBND-KTTH of"} {
			if strings.Contains(report, bad) {
				t.Errorf("%s: under %s the report says %q, a text of Kon Tum's rule set", lang, derived.ID, bad)
			}
		}
		// Kon Tum's letter appears only where the derived rule set cites it.
		flat := strings.Join(strings.Fields(report), " ")
		for _, refs := range derived.Rules().Citations {
			for _, ref := range refs {
				if ref.Doc == regulation.DocLetter56 {
					flat = strings.ReplaceAll(flat, ref.Text(regulation.Vietnamese), "")
					flat = strings.ReplaceAll(flat, ref.Text(regulation.English), "")
				}
			}
		}
		if strings.Contains(flat, "56/UBND-KTTH") {
			i := strings.Index(flat, "56/UBND-KTTH")
			t.Errorf("%s: the report cites letter 56/UBND-KTTH outside the rule set's citations: …%s…", lang, flat[max(0, i-100):i+20])
		}
		if !strings.Contains(report, derived.ID) {
			t.Errorf("%s: the report does not name the rule set", lang)
		}
	}
}

func TestPluralsAndNumbers(t *testing.T) {
	in := `{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-08",
"units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
"tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-12-01"},
          {"id": "T2", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-12-01", "done": "2023-11-30"},
          {"id": "T3", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-12-01", "done": "2023-11-30"}]}`
	tests := []struct {
		lang   string
		want   []string
		reason string
	}{
		{"en", []string{"1 violation, 0 warnings", "TASKS — 1 finding", "1/3 = 33.3%", "33.3%"}, "the singular for one, a point for decimals"},
		{"vi", []string{"1 vi phạm, 0 cảnh báo", "NHIỆM VỤ — 1 phát hiện", "1/3 = 33,3%"}, "a comma for decimals"},
	}
	for _, tc := range tests {
		var stdout, stderr bytes.Buffer
		require.Equal(t, exitViolations, run([]string{"-case", "-", "-lang", tc.lang}, strings.NewReader(in), &stdout, &stderr), stderr.String())
		flat := strings.Join(strings.Fields(stdout.String()), " ")
		for _, w := range tc.want {
			if !strings.Contains(flat, w) {
				t.Errorf("%s: the report lacks %q (%s)", tc.lang, w, tc.reason)
			}
		}
		if strings.Contains(flat, "1 violations") || strings.Contains(flat, "1 findings") {
			t.Errorf("%s: a plural for one", tc.lang)
		}
	}
}

func TestOutsidePeriodApart(t *testing.T) {
	report, _ := audit(t, "-all")
	s2 := strings.Index(report, "2. PHÁT HIỆN THEO NHÓM QUY TẮC")
	s3 := strings.Index(report, "3. BẢN GHI ĐỀ NGÀY NGOÀI THỜI GIAN HIỆU LỰC")
	s4 := strings.Index(report, "4. DỮ LIỆU CẦN KIỂM TRA LẠI")
	require.True(t, 0 < s2 && s2 < s3 && s3 < s4, "the sections come in order")
	// S009, received on 04/04/2023, was returned late under a regulation
	// in force from 14/10/2023.
	if i := strings.Index(report, "Hồ sơ trình S009 "); i < s3 || i > s4 {
		t.Errorf("S009 (April 2023) is not under the heading of records dated before the rule set")
	}
	if !strings.Contains(report, "3.1 Trước ngày 14/10/2023 — bộ quy tắc CHƯA có hiệu lực") {
		t.Error("the heading does not say the rule set was not yet in force")
	}
	if i := strings.Index(report, "Hồ sơ trình S066 "); i < s2 || i > s3 {
		t.Errorf("S066 (December 2023) is not among the findings in the period")
	}
}

// smallCase is a case with something of every section: tasks, findings in
// and outside the rule set's period (before and after), data problems with
// their positions, and pending dossiers.
const smallCase = "testdata/small.json"

func TestSmallCaseGoldens(t *testing.T) {
	dir := t.TempDir()
	html := filepath.Join(dir, "small.html")
	csvDir := filepath.Join(dir, "csv") // created by the program
	for _, lang := range []string{"vi", "en"} {
		report, exit := audit(t, "-case", smallCase, "-lang", lang, "-html", html, "-csv", csvDir)
		require.Equal(t, exitViolations, exit)
		checkText(t, report)
		golden(t, "small."+lang+".txt", []byte(report))
		b, err := os.ReadFile(html)
		require.NoError(t, err)
		checkHTML(t, string(b), lang)
		golden(t, "small."+lang+".html", b)
		for _, name := range []string{"findings.csv", "units.csv"} {
			b, err := os.ReadFile(filepath.Join(csvDir, name))
			require.NoError(t, err)
			golden(t, "small."+lang+"."+name, b)
		}
	}
}

// checkHTML checks what every HTML report must be: it declares its
// language, fetches nothing, and has its charts and sections.
func checkHTML(t *testing.T, page, lang string) {
	t.Helper()
	if !strings.HasPrefix(page, "<!DOCTYPE html>\n<html lang=\""+lang+"\">") {
		t.Errorf("the page does not start by declaring lang=%q: %.60q", lang, page)
	}
	for _, bad := range []string{"http:", "https:", "//", "src=", "<link", "@import", "url(", "<script", "<img", "<iframe"} {
		if i := strings.Index(page, bad); i >= 0 {
			t.Errorf("the page holds %q, a way to fetch a resource: …%s…", bad, page[max(0, i-60):min(len(page), i+40)])
		}
	}
	for _, want := range []string{`<meta charset="utf-8">`, "<style>", "@media print", "@page", `id="tasks"`, `id="findings"`,
		`id="outside"`, `id="data"`, `id="office"`, `id="legend"`, `class="conclusion"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if n := strings.Count(page, "<svg "); n != 2 {
		t.Errorf("%d charts, want 2: late rate per lead unit and late tasks per month", n)
	}
}

func TestEmbeddedHTMLAndCSV(t *testing.T) {
	dir := t.TempDir()
	all := findingsOf(t, mustOut(audit(t, "-json")))
	for _, lang := range []string{"vi", "en"} {
		html := filepath.Join(dir, "report."+lang+".html")
		csvDir := filepath.Join(dir, lang)
		audit(t, "-lang", lang, "-html", html, "-csv", csvDir)
		b, err := os.ReadFile(html)
		require.NoError(t, err)
		page := string(b)
		checkHTML(t, page, lang)
		if lang == "vi" && !strings.Contains(page, "LƯU Ý VỀ DỮ LIỆU") {
			t.Error("the HTML report does not say what in the embedded year is generated")
		}
		// Every finding is reachable: one row per finding, not_in_force
		// aside (it heads its section).
		rows := strings.Count(page, `<tr class="f">`)
		want := 0
		for _, f := range all {
			if f.Code != regulation.RulesNotInForce {
				want++
			}
		}
		if rows != want {
			t.Errorf("%s: %d finding rows in the HTML, want %d", lang, rows, want)
		}

		b, err = os.ReadFile(filepath.Join(csvDir, "findings.csv"))
		require.NoError(t, err)
		require.True(t, bytes.HasPrefix(b, []byte("\uFEFF")), "findings.csv starts with the UTF-8 byte order mark")
		records, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
		require.NoError(t, err)
		if len(records)-1 != want {
			t.Errorf("%s: findings.csv has %d rows, want %d", lang, len(records)-1, want)
		}
		b, err = os.ReadFile(filepath.Join(csvDir, "units.csv"))
		require.NoError(t, err)
		require.True(t, bytes.HasPrefix(b, []byte("\uFEFF")), "units.csv starts with the UTF-8 byte order mark")
		units, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
		require.NoError(t, err)
		if len(units) != 1+30 || units[1][0] != "SXD" || units[1][1] != "Sở Xây dựng" || units[1][2] != "60" {
			t.Errorf("%s: units.csv: %d rows, first %v; want a header and 30 rows, SXD first", lang, len(units), units[min(1, len(units)-1)])
		}
	}
}

func TestCodeTitles(t *testing.T) {
	for _, c := range regulation.Codes() {
		if tl, ok := codeTitles[c]; !ok || tl[0] == "" || tl[1] == "" || tl[0] == tl[1] {
			t.Errorf("%s has no Vietnamese and English title", c)
		}
	}
}

func TestOutputFlagsFail(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	require.NoError(t, os.WriteFile(file, nil, 0o600))
	tests := []struct {
		args   []string
		reason string
	}{
		{[]string{"-html", filepath.Join(dir, "missing", "r.html")}, "a folder that does not exist"},
		{[]string{"-csv", file}, "a file where the folder should be"},
	}
	for _, tc := range tests {
		var stderr bytes.Buffer
		if exit := run(tc.args, nil, &bytes.Buffer{}, &stderr); exit != exitRefused || stderr.Len() == 0 {
			t.Errorf("%v: exit %d, %q; want exit 2 with a message (%s)", tc.args, exit, stderr.String(), tc.reason)
		}
	}
}
