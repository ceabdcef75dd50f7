package main

import (
	"cmp"
	"slices"
	"strings"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/task"
)

// perCode is how many findings of one code the readable report lists before
// it counts the rest; -all lists them all.
const perCode = 8

// report is what the audit says, in one language, before it is written as
// text, HTML or spreadsheets: every output reads the same model, so that
// they cannot disagree.
type report struct {
	Lang     regulation.Lang
	Rules    *regulation.Rules
	File     string // the case file's name
	AsOf     calendar.Date
	Period   regulation.ReportingPeriod
	Unit     regulation.Unit // the unit of -unit; zero when none
	All      bool            // -all: every finding
	Embedded bool            // the embedded, generated dataset

	Tally casefile.Tally
	// Outside counts the violations on records dated outside the rule
	// set's period; they are part of Tally.Violations.
	Outside int

	Tasks      *task.Summary
	ByLead     []tableRow
	ByAssigner []tableRow
	Months     []monthRow // late tasks by month of the deadline

	Families []*family // findings on records in the rule set's period (and tasks)
	Before   []*family // findings on records dated before the rule set is in force
	After    []*family // findings on records dated after it is no longer in force
	// BeforeRecords and AfterRecords count the records dated outside the
	// period; BeforeFound and AfterFound those of them that have findings.
	BeforeRecords, AfterRecords int
	BeforeFound, AfterFound     int

	Data []item // input.invalid: records that could not be checked

	Pending []item // the PPC Office's decisions on dossiers still pending
	Decided []item // its decisions on the dossiers it has acted on

	Text ruleSetText // texts that belong to the rule set
	dir  *regulation.Directory
}

// T returns the text of the report's language.
func (r *report) T(vi, en string) string {
	if r.Lang == regulation.English {
		return en
	}
	return vi
}

// tableRow is a line of an overdue table: a lead unit or an assigner.
type tableRow struct {
	ID, Name string
	task.Counts
}

// monthRow is the number of late tasks whose deadline falls in a month.
type monthRow struct {
	Year  int
	Month int
	Late  int
}

// family is the findings of one rule family, by code.
type family struct {
	Name  string // the family, e.g. "task"
	Title string // its title in the report's language
	Codes []*codeGroup
	worst regulation.Severity
	N     int
}

// codeGroup is the findings of one code.
type codeGroup struct {
	Code      regulation.Code
	Severity  regulation.Severity
	Citations string
	Items     []item
}

// Shown returns the findings the text report lists: all with -all, else
// the first few.
func (g *codeGroup) Shown(all bool) []item {
	if all || len(g.Items) <= perCode {
		return g.Items
	}
	return g.Items[:perCode]
}

// item is one finding as people read it.
type item struct {
	F        regulation.Finding
	Where    string            // the record: "Nhiệm vụ T0071 “title”", "Cuộc họp M010 ngày 12/03/2023"
	Who      string            // the subject, named; "" when none or when the message names it
	Unit     regulation.UnitID // the unit the finding is about (its subject's, else the record's owner)
	UnitName string
	Message  string
	Position string // input.invalid: where the record starts in the file, "line:column"
}

// Line returns the finding in one line of text: where, who, what.
func (it item) Line() string {
	s := it.Where
	if it.Who != "" {
		s += " — " + it.Who
	}
	return s + ": " + it.Message
}

var familyNames = map[string][2]string{
	"task":       {"Nhiệm vụ", "Tasks"},
	"consult":    {"Lấy ý kiến đơn vị phối hợp", "Consultation of coordinating units"},
	"submission": {"Hồ sơ trình", "Submissions"},
	"meeting":    {"Thành phần dự họp và tổ chức cuộc họp", "Meeting attendance and organisation"},
	"signoff":    {"Ký biên bản", "Signing of minutes and records"},
	"input":      {"Dữ liệu cần kiểm tra lại", "Data to correct"},
	"rules":      {"Hiệu lực của bộ quy tắc", "Validity of the rule set"},
}

// records indexes the case's records for the report.
type records struct {
	tasks         map[string]*task.Task
	consultations map[string]*task.Consultation
	submissions   map[string]*task.Submission
	meetings      map[string]*meeting.Meeting
	records       map[string]*signoff.Record
	delegations   map[string]*signoff.Delegation
}

func index[T any](list []T, id func(*T) string) map[string]*T {
	m := make(map[string]*T, len(list))
	for i := range list {
		if _, dup := m[id(&list[i])]; !dup {
			m[id(&list[i])] = &list[i]
		}
	}
	return m
}

func indexCase(c *casefile.Case) records {
	return records{
		tasks:         index(c.Tasks, func(x *task.Task) string { return x.ID }),
		consultations: index(c.Consultations, func(x *task.Consultation) string { return x.ID }),
		submissions:   index(c.Submissions, func(x *task.Submission) string { return x.ID }),
		meetings:      index(c.Meetings, func(x *meeting.Meeting) string { return x.ID }),
		records:       index(c.Records, func(x *signoff.Record) string { return x.ID }),
		delegations:   index(c.Delegations, func(x *signoff.Delegation) string { return x.ID }),
	}
}

// options are what the command line asks of the report.
type options struct {
	lang     regulation.Lang
	asOf     calendar.Date
	period   regulation.ReportingPeriod
	unit     regulation.UnitID
	all      bool
	embedded bool
}

// newReport builds the report of res, the check of c under rules.
func newReport(c *casefile.Case, res casefile.Result, rules *regulation.Rules, o options) *report {
	r := &report{
		Lang: o.lang, Rules: rules, File: c.File, AsOf: o.asOf, Period: o.period, All: o.all,
		Embedded: o.embedded, Tasks: res.Tasks, Tally: res.Tally(), dir: res.Directory,
		Text: textsOf(rules),
	}
	if u, ok := res.Directory.Unit(o.unit); ok {
		r.Unit = u
	}
	recs := indexCase(c)
	r.tables()

	// Records dated outside the rule set's period: rules.not_in_force
	// names them; their other findings are grouped apart.
	outside := map[string]bool{} // "kind/id" → dated before the period
	for _, f := range res.Findings {
		if f.Code != regulation.RulesNotInForce {
			continue
		}
		d, _ := f.Details["date"].(calendar.Date)
		before := !rules.Effective.From.IsZero() && d.Before(rules.Effective.From)
		outside[f.Kind.String()+"/"+f.Record] = before
		if before {
			r.BeforeRecords++
		} else {
			r.AfterRecords++
		}
	}
	var in, before, after []item
	late := map[[2]int]int{}
	for _, f := range res.Findings {
		it := r.item(f, recs)
		switch {
		case f.Code == regulation.InputInvalid:
			r.Data = append(r.Data, it)
			continue
		case f.Code == regulation.RulesNotInForce:
			continue
		case f.Code == regulation.SubmissionOfficeDecision:
			if s, ok := recs.submissions[f.Record]; ok && (s.Office.IsZero() || s.Office.Date.After(o.asOf)) {
				r.Pending = append(r.Pending, it)
			} else {
				r.Decided = append(r.Decided, it)
			}
			continue
		case f.Code == regulation.TaskOverdue || f.Code == regulation.TaskDoneLate:
			if d, ok := f.Details["deadline"].(calendar.Date); ok {
				late[[2]int{d.Year(), int(d.Month())}]++
			}
		}
		wasBefore, out := outside[f.Kind.String()+"/"+f.Record]
		switch {
		case !out:
			in = append(in, it)
		case wasBefore:
			before = append(before, it)
		default:
			after = append(after, it)
		}
		if out && f.Severity == regulation.Violation {
			r.Outside++
		}
	}
	r.Families, r.Before, r.After = r.group(in), r.group(before), r.group(after)
	r.BeforeFound, r.AfterFound = distinctRecords(before), distinctRecords(after)
	r.Months = months(late)
	return r
}

// distinctRecords counts the records the items are about.
func distinctRecords(items []item) int {
	seen := map[string]bool{}
	for _, it := range items {
		seen[it.F.Kind.String()+"/"+it.F.Record] = true
	}
	return len(seen)
}

// OutsideCount says how many records are dated outside the rule set's
// period on one side, and how many of them have findings.
func (r *report) OutsideCount(records, found int) string {
	return r.Count(records, "bản ghi", "record", "records") + r.T(", trong đó ", ", ") + r.Num(found) +
		r.T(" bản ghi có phát hiện", " with findings")
}

// months returns the late counts of late by month, every month from the
// first to the last, in order.
func months(late map[[2]int]int) []monthRow {
	if len(late) == 0 {
		return nil
	}
	keys := make([][2]int, 0, len(late))
	for k := range late {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	var rows []monthRow
	for y, m := keys[0][0], keys[0][1]; y < keys[len(keys)-1][0] || (y == keys[len(keys)-1][0] && m <= keys[len(keys)-1][1]); {
		rows = append(rows, monthRow{Year: y, Month: m, Late: late[[2]int{y, m}]})
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	return rows
}

// UnitName returns the name of unit id, or the id.
func (r *report) UnitName(id regulation.UnitID) string {
	return r.dir.UnitRef(id).Localize(r.Lang)
}

// item renders finding f for people.
func (r *report) item(f regulation.Finding, recs records) item {
	it := item{F: f, Message: f.Message(r.Lang)}
	it.Where = capitalize(f.Kind.Localize(r.Lang)) + " " + f.Record
	var owner regulation.UnitID
	switch f.Kind {
	case regulation.RecordKindTask:
		if t, ok := recs.tasks[f.Record]; ok {
			if t.Title != "" {
				it.Where += " “" + t.Title + "”"
			}
			if len(t.Lead) == 1 {
				owner = t.Lead[0]
			}
		}
	case regulation.RecordKindConsultation:
		if x, ok := recs.consultations[f.Record]; ok {
			owner = x.Lead
			it.Where += r.T(" (chủ trì: ", " (lead: ") + r.UnitName(x.Lead) + ")"
		}
	case regulation.RecordKindSubmission:
		if x, ok := recs.submissions[f.Record]; ok {
			owner = x.From
			it.Where += r.T(" của ", " from ") + r.UnitName(x.From)
			if !x.Received.IsZero() {
				it.Where += r.T(", nhận ngày ", ", received ") + r.Date(x.Received)
			}
		}
	case regulation.RecordKindMeeting:
		if x, ok := recs.meetings[f.Record]; ok && !x.Date.IsZero() {
			it.Where += r.T(" ngày ", " on ") + r.Date(x.Date)
		}
	case regulation.RecordKindRecord:
		if x, ok := recs.records[f.Record]; ok && !x.Date.IsZero() {
			it.Where += r.T(" ngày ", " of ") + r.Date(x.Date)
		}
	case regulation.RecordKindDelegation:
		if x, ok := recs.delegations[f.Record]; ok {
			if p, ok := r.dir.Person(x.Grantor); ok {
				owner = p.Unit
			}
		}
	}
	if f.Code != regulation.InputInvalid && f.Code != regulation.RulesNotInForce {
		who := r.dir.Subject(f)
		if p, ok := who.(regulation.PersonRef); ok {
			who = p.NameOnly()
		}
		if s := who.Localize(r.Lang); s != "" && !strings.Contains(it.Message, s) {
			it.Who = s
		}
	}
	if u, ok := r.dir.SubjectUnit(f); ok {
		owner = u
	}
	if owner != "" {
		it.Unit, it.UnitName = owner, r.UnitName(owner)
	}
	if pos, ok := f.Details["position"].(string); ok && f.Code == regulation.InputInvalid {
		it.Position = pos
	}
	return it
}

// Date formats d for the report's language; the zero date is open.
func (r *report) Date(d calendar.Date) string {
	if d.IsZero() {
		return r.T("không xác định", "open")
	}
	return regulation.FormatValue(d, r.Lang)
}

// group groups items by rule family and code: families with the most
// serious findings first, then the larger; codes by severity, then in the
// catalogue's order.
func (r *report) group(items []item) []*family {
	catalogue := map[regulation.Code]int{}
	for i, c := range regulation.Codes() {
		catalogue[c] = i
	}
	codes := map[regulation.Code]*codeGroup{}
	families := map[string]*family{}
	var order []*family
	for _, it := range items {
		f := it.F
		g := codes[f.Code]
		if g == nil {
			g = &codeGroup{Code: f.Code, Severity: f.Severity, Citations: f.Citations(r.Lang)}
			codes[f.Code] = g
			name := f.Code.Family()
			fam := families[name]
			if fam == nil {
				t := familyNames[name]
				fam = &family{Name: name, Title: r.T(t[0], t[1])}
				if fam.Title == "" {
					fam.Title = name
				}
				families[name] = fam
				order = append(order, fam)
			}
			fam.Codes = append(fam.Codes, g)
			fam.worst = max(fam.worst, f.Severity)
		}
		g.Items = append(g.Items, it)
		families[f.Code.Family()].N++
	}
	slices.SortStableFunc(order, func(a, b *family) int {
		return cmp.Or(cmp.Compare(b.worst, a.worst), cmp.Compare(b.N, a.N), strings.Compare(a.Name, b.Name))
	})
	for _, fam := range order {
		slices.SortStableFunc(fam.Codes, func(a, b *codeGroup) int {
			return cmp.Or(cmp.Compare(b.Severity, a.Severity), cmp.Compare(catalogue[a.Code], catalogue[b.Code]))
		})
	}
	return order
}

// tables fills the overdue tables from the task summary.
func (r *report) tables() {
	if r.Tasks == nil {
		return
	}
	for _, row := range r.Tasks.ByLead() {
		name := r.T("(không có đúng một đơn vị chủ trì)", "(not exactly one lead unit)")
		if row.Unit != "" {
			name = r.UnitName(row.Unit)
		}
		r.ByLead = append(r.ByLead, tableRow{string(row.Unit), name, row.Counts})
	}
	slices.SortStableFunc(r.ByLead, rateOrder)
	for _, row := range r.Tasks.ByAssigner() {
		r.ByAssigner = append(r.ByAssigner, tableRow{row.Assigner.String(), capitalize(row.Assigner.Localize(r.Lang)), row.Counts})
	}
	slices.SortStableFunc(r.ByAssigner, rateOrder)
}

// rateOrder sorts rows by late rate (highest first), then late count, then
// id; rows without a deadline last.
func rateOrder(a, b tableRow) int {
	ra, aok := a.LateRate()
	rb, bok := b.LateRate()
	if aok != bok {
		if aok {
			return -1
		}
		return 1
	}
	if aok {
		// ra > rb ⟺ ra.Num·rb.Den > rb.Num·ra.Den
		if c := cmp.Compare(int64(rb.Num)*int64(ra.Den), int64(ra.Num)*int64(rb.Den)); c != 0 {
			return c
		}
	}
	return cmp.Or(cmp.Compare(b.Late, a.Late), strings.Compare(a.ID, b.ID))
}

// barLength returns the length, out of n, of the bar of rate against the
// highest rate of rows, rounded half up, in integers.
func barLength(rate task.Rate, rows []tableRow, n int) int {
	var maxNum, maxDen int64 = 0, 1
	for _, row := range rows {
		if x, ok := row.LateRate(); ok && int64(x.Num)*maxDen > maxNum*int64(x.Den) {
			maxNum, maxDen = int64(x.Num), int64(x.Den)
		}
	}
	if maxNum == 0 {
		return 0
	}
	return int((2*int64(rate.Num)*maxDen*int64(n) + maxNum*int64(rate.Den)) / (2 * maxNum * int64(rate.Den)))
}

// Conclusion returns the report's conclusion.
func (r *report) Conclusion() string {
	inPeriod := r.Tally.Violations - r.Outside
	var s string
	switch {
	case inPeriod > 0:
		s = r.T("Kết luận: có vi phạm Quy chế làm việc; đề nghị các đơn vị khắc phục.",
			"Conclusion: the working regulation was breached; the units concerned must correct this.")
	case r.Outside > 0:
		s = r.T("Kết luận: không có vi phạm trên các bản ghi trong thời gian hiệu lực của bộ quy tắc; các vi phạm trên bản ghi ngoài thời gian hiệu lực (mục 3) chỉ để tham khảo.",
			"Conclusion: no breach on the records dated while the rule set is in force; the violations on records dated outside that period (section 3) are for reference only.")
	case r.Tally.DataProblems > 0:
		s = r.T("Kết luận: không phát hiện vi phạm trong các bản ghi kiểm tra được.",
			"Conclusion: no breach found in the records that could be checked.")
	default:
		s = r.T("Kết luận: không có vi phạm.", "Conclusion: no violations.")
	}
	if r.Tally.DataProblems > 0 {
		s += " " + r.T("Một số bản ghi có dữ liệu cần kiểm tra lại (mục 4); đây không phải vi phạm Quy chế làm việc.",
			"Some records have data to correct (section 4); this is not a breach of the working regulation.")
	}
	return s
}

// capitalize returns s with its first letter in upper case.
func capitalize(s string) string {
	for i, c := range s {
		return strings.ToUpper(string(c)) + s[i+len(string(c)):]
	}
	return s
}
