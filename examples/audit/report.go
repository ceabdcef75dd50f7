package main

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/task"
)

// width is the width of the report: it fits a 100-column terminal.
const width = 100

// perCode is how many findings of one code the report lists before it
// summarises the rest; -json lists them all.
const perCode = 8

// The figure of letter 56/UBND-KTTH, footnote 1: 222 of 1,206 tasks with a
// deadline were late in 2023. The letter prints 18.5%.
const (
	letterLate         = 222
	letterWithDeadline = 1206
)

// report writes the readable audit report.
type report struct {
	w      *bufio.Writer
	period regulation.ReportingPeriod
	lang   regulation.Lang
	rules  *regulation.Rules
	asOf   calendar.Date
	dir    *regulation.Directory
}

func (r *report) tr(vi, en string) string {
	if r.lang == regulation.English {
		return en
	}
	return vi
}

func (r *report) line(format string, args ...any) {
	fmt.Fprintf(r.w, format+"\n", args...)
}

// para writes text wrapped to the report's width, the first line after
// first and the following ones after rest.
func (r *report) para(first, rest, text string) {
	for i, l := range wrap(text, width-utf8.RuneCountInString(first)) {
		if i == 0 {
			r.line("%s%s", first, l)
		} else {
			r.line("%s%s", rest, l)
		}
	}
}

func (r *report) rule(ch string) { r.line("%s", strings.Repeat(ch, width)) }

// num formats n with the thousands separator of the language.
func (r *report) num(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + r.num(-n)
	}
	sep := r.tr(".", ",")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + sep + s[i:]
	}
	return s
}

// percent formats a task.Rate's percentage with the decimal mark of the
// language.
func (r *report) percent(rate task.Rate) string {
	p := rate.Percent()
	if r.lang == regulation.Vietnamese {
		p = strings.Replace(p, ".", ",", 1)
	}
	return p + "%"
}

func (r *report) date(d calendar.Date) string {
	if d.IsZero() {
		return r.tr("không xác định", "open")
	}
	return regulation.FormatValue(d, r.lang)
}

func writeReport(w io.Writer, c *casefile.Case, res casefile.Result, rules *regulation.Rules, asOf calendar.Date,
	period regulation.ReportingPeriod, lang regulation.Lang) error {
	r := &report{w: bufio.NewWriter(w), lang: lang, rules: rules, asOf: asOf, dir: res.Directory, period: period}
	r.header(c, res)
	r.tasks(res.Tasks)
	r.findings(res.Findings)
	r.office(c, res.Findings)
	r.footer(res.Tally())
	return r.w.Flush()
}

func (r *report) header(c *casefile.Case, res casefile.Result) {
	r.rule("=")
	r.line("%s", r.tr("KIỂM TRA VIỆC THỰC HIỆN QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH — quyche",
		"COMPLIANCE AUDIT OF THE PPC WORKING REGULATION — quyche"))
	r.rule("=")
	rs := r.rules
	r.para(r.tr("Bộ quy tắc: ", "Rule set:   "), "            ", rs.ID+" — "+rs.Title+" ("+rs.Province+")")
	basis := regulation.Ref{Doc: rs.Basis.Doc}.Text(r.lang)
	if !rs.Basis.Signed.IsZero() {
		basis += r.tr(", ký ngày ", ", signed ") + r.date(rs.Basis.Signed)
	}
	r.para(r.tr("Căn cứ:     ", "Basis:      "), "            ", basis)
	r.line("%s%s %s %s %s", r.tr("Hiệu lực:   ", "In force:   "), r.tr("từ", "from"), r.date(rs.Effective.From),
		r.tr("đến", "to"), r.date(rs.Effective.To))
	r.para(r.tr("Lịch:       ", "Calendar:   "), "            ", rs.WorkCalendar().Version()+r.tr(
		" (phiên bản dữ liệu lịch làm việc dùng để tính thời hạn)", " (data version of the working-day calendar used for deadlines)"))
	r.para(r.tr("Hồ sơ:      ", "Case:       "), "            ", c.File)
	inForce := r.tr("bộ quy tắc có hiệu lực vào ngày này", "the rule set is in force on that day")
	if !rs.InForce(r.asOf) {
		inForce = r.tr("bộ quy tắc KHÔNG có hiệu lực vào ngày này", "the rule set is NOT in force on that day")
	}
	r.line("%s%s (%s)", r.tr("Tính đến:   ", "As of:      "), r.date(r.asOf), inForce)
	if !r.period.IsZero() {
		r.line("%s%s %s %s %s", r.tr("Kỳ báo cáo: ", "Period:     "), r.tr("từ", "from"), r.date(r.period.From),
			r.tr("đến", "to"), r.date(r.period.To))
	}
	t := res.Tally()
	r.line("%s%s %s, %s %s, %s %s, %s %s", r.tr("Phát hiện:  ", "Findings:   "),
		r.num(t.Violations), r.tr("vi phạm", "violations"),
		r.num(t.DataProblems), r.tr("dữ liệu cần kiểm tra lại", "data problems"),
		r.num(t.Warnings), r.tr("cảnh báo", "warnings"),
		r.num(t.Info), r.tr("thông tin", "for information"))
	r.line("")
}

// tasks writes the overdue table per lead unit and per assigner.
func (r *report) tasks(sum *task.Summary) {
	r.rule("-")
	r.line("%s", r.tr("1. NHIỆM VỤ ĐƯỢC GIAO CÓ THỜI HẠN (Công văn 56/UBND-KTTH, phần mở đầu và chú thích 1)",
		"1. ASSIGNED TASKS WITH A DEADLINE (letter 56/UBND-KTTH, opening and footnote 1)"))
	r.rule("-")
	if sum == nil {
		r.line("%s", r.tr("   Không có nhiệm vụ.", "   No tasks."))
		r.line("")
		return
	}
	t := sum.Total()
	r.para("   ", "   ", fmt.Sprintf("%s %s · %s %s (%s %s, %s %s) · %s %s · %s %s · %s %s · %s %s",
		r.tr("Có thời hạn", "With a deadline"), r.num(t.WithDeadline),
		r.tr("trễ hạn", "late"), r.num(t.Late),
		r.tr("quá hạn", "overdue"), r.num(t.Overdue),
		r.tr("hoàn thành trễ", "done late"), r.num(t.DoneLate),
		r.tr("đang thực hiện", "in progress"), r.num(t.InProgress),
		r.tr("hoàn thành đúng hạn", "done on time"), r.num(t.DoneOnTime),
		r.tr("không có thời hạn", "no deadline"), r.num(t.NoDeadline),
		r.tr("không kiểm tra được", "invalid"), r.num(sum.Invalid())))
	if rate, ok := t.LateRate(); ok {
		r.para("   ", "   ", fmt.Sprintf("%s %s/%s = %s %s", r.tr("Tỷ lệ trễ hạn:", "Late rate:"),
			r.num(rate.Num), r.num(rate.Den), r.percent(rate),
			r.tr("(phân số chính xác; phần trăm làm tròn nửa lên đến một chữ số thập phân)",
				"(the exact fraction; the percentage rounded half up to one decimal)")))
		if rate.Num == letterLate && rate.Den == letterWithDeadline {
			r.para("   ", "   ", r.tr(
				"Công văn 56/UBND-KTTH ghi 18,5%: cùng số liệu 222/1.206 (= 18,408…%), làm tròn lên thay vì làm tròn nửa lên.",
				"Letter 56/UBND-KTTH prints 18.5%: the same figure, 222/1,206 (= 18.408…%), rounded up instead of half up."))
		}
	}
	r.line("")
	rows := make([]tableRow, 0, len(sum.ByLead()))
	for _, row := range sum.ByLead() {
		label := string(row.Unit)
		name := r.tr("(không có đúng một đơn vị chủ trì)", "(not exactly one lead unit)")
		if row.Unit != "" {
			if u, ok := r.dir.Unit(row.Unit); ok {
				name = u.Name
			} else {
				name = ""
			}
		}
		// The usual abbreviation keeps district names whole in the table.
		name = strings.Replace(name, "Ủy ban nhân dân", "UBND", 1)
		rows = append(rows, tableRow{label, name, row.Counts})
	}
	r.table(r.tr("Theo đơn vị chủ trì (tỷ lệ trễ hạn cao nhất trước)", "By lead unit (highest late rate first)"), rows)
	rows = rows[:0]
	for _, row := range sum.ByAssigner() {
		rows = append(rows, tableRow{row.Assigner.String(), row.Assigner.Localize(r.lang), row.Counts})
	}
	r.table(r.tr("Theo cấp giao nhiệm vụ", "By assigner"), rows)
}

type tableRow struct {
	id, name string
	task.Counts
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
	return cmp.Or(cmp.Compare(b.Late, a.Late), strings.Compare(a.id, b.id))
}

// table writes one overdue table with bars drawn in text, scaled so that the
// worst row fills the bar. The columns fill exactly the report's width.
func (r *report) table(title string, rows []tableRow) {
	slices.SortStableFunc(rows, rateOrder)
	const numbersW, barW = 40, 20 // " %7s %5s %7s %7s %7s  " and the bar
	idW := 2
	for _, row := range rows {
		idW = max(idW, utf8.RuneCountInString(row.id))
	}
	idW = min(idW, 14)
	nameW := width - 3 - idW - 1 - numbersW - barW
	r.line("   %s", title)
	if len(rows) == 0 {
		r.line("   %s", r.tr("(không có nhiệm vụ hợp lệ)", "(no valid task)"))
		r.line("")
		return
	}
	r.line("%s", strings.TrimRight(fmt.Sprintf("   %s %s %7s %5s %7s %7s %7s", pad(r.tr("Mã", "Id"), idW),
		pad(r.tr("Tên", "Name"), nameW), r.tr("Có hạn", "Due"), r.tr("Trễ", "Late"), r.tr("Quá hạn", "Overdue"),
		r.tr("HT trễ", "DoneLt"), r.tr("Tỷ lệ", "Rate")), " "))
	var maxNum, maxDen int64 = 0, 1
	for _, row := range rows {
		if rate, ok := row.LateRate(); ok && int64(rate.Num)*maxDen > maxNum*int64(rate.Den) {
			maxNum, maxDen = int64(rate.Num), int64(rate.Den)
		}
	}
	for _, row := range rows {
		pct, bar := "–", ""
		if rate, ok := row.LateRate(); ok {
			pct = r.percent(rate)
			if maxNum > 0 {
				// bar length = rate / max × barW, rounded half up, in integers.
				n := (2*int64(rate.Num)*maxDen*barW + maxNum*int64(rate.Den)) / (2 * maxNum * int64(rate.Den))
				bar = strings.Repeat("█", int(n)) + strings.Repeat("·", barW-int(n))
			}
		}
		r.line("%s", strings.TrimRight(fmt.Sprintf("   %s %s %7s %5s %7s %7s %7s  %s",
			pad(clipText(row.id, idW), idW), pad(clipText(row.name, nameW), nameW),
			r.num(row.WithDeadline), r.num(row.Late), r.num(row.Overdue), r.num(row.DoneLate), pct, bar), " "))
	}
	r.line("")
}

// pad pads s with spaces to n runes.
func pad(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

// clipText cuts s to n runes, marking the cut with "…".
func clipText(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	return string(rs[:n-1]) + "…"
}

// wrap splits text into lines of at most n runes, at spaces.
func wrap(text string, n int) []string {
	var lines []string
	var cur strings.Builder
	curLen := 0
	for _, word := range strings.Fields(text) {
		wl := utf8.RuneCountInString(word)
		if curLen > 0 && curLen+1+wl > n {
			lines = append(lines, cur.String())
			cur.Reset()
			curLen = 0
		}
		for wl > n { // a word longer than the line
			rs := []rune(word)
			lines = append(lines, string(rs[:n]))
			word = string(rs[n:])
			wl = len(rs) - n
		}
		if curLen > 0 {
			cur.WriteByte(' ')
			curLen++
		}
		cur.WriteString(word)
		curLen += wl
	}
	if curLen > 0 || len(lines) == 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

var familyNames = map[string][2]string{
	"task":       {"Nhiệm vụ", "Tasks"},
	"consult":    {"Lấy ý kiến đơn vị phối hợp", "Consultation of coordinating units"},
	"submission": {"Hồ sơ trình (Chương V, Điều 22–27)", "Submissions (Chapter V, Articles 22–27)"},
	"meeting":    {"Thành phần dự họp (Điều 17, 20)", "Meeting attendance (Articles 17, 20)"},
	"signoff":    {"Ký biên bản", "Signing of minutes and records"},
	"input":      {"Dữ liệu không kiểm tra được", "Records that cannot be checked"},
	"rules":      {"Hiệu lực của bộ quy tắc", "Validity of the rule set"},
}

type codeGroup struct {
	code     regulation.Code
	severity regulation.Severity
	items    []regulation.Finding
}

type familyGroup struct {
	name  string
	codes []*codeGroup
	worst regulation.Severity
	n     int
}

// findings writes the findings grouped by rule family, most serious first.
// The Office's decisions have a section of their own; rules.not_in_force is
// summarised in one line.
func (r *report) findings(fs regulation.Findings) {
	r.rule("-")
	r.line("%s", r.tr("2. PHÁT HIỆN THEO NHÓM QUY TẮC (nghiêm trọng nhất trước)", "2. FINDINGS BY RULE FAMILY (most serious first)"))
	r.rule("-")
	codes := map[regulation.Code]*codeGroup{}
	families := map[string]*familyGroup{}
	var order []*familyGroup
	for _, f := range fs {
		if f.Code == regulation.SubmissionOfficeDecision {
			continue
		}
		g := codes[f.Code]
		if g == nil {
			g = &codeGroup{code: f.Code, severity: f.Severity}
			codes[f.Code] = g
			fam := families[f.Code.Family()]
			if fam == nil {
				fam = &familyGroup{name: f.Code.Family()}
				families[fam.name] = fam
				order = append(order, fam)
			}
			fam.codes = append(fam.codes, g)
			fam.worst = max(fam.worst, f.Severity)
		}
		g.items = append(g.items, f)
		families[f.Code.Family()].n++
	}
	if len(order) == 0 {
		r.line("   %s", r.tr("Không có phát hiện nào.", "No findings."))
		r.line("")
		return
	}
	catalogue := map[regulation.Code]int{}
	for i, c := range regulation.Codes() {
		catalogue[c] = i
	}
	slices.SortStableFunc(order, func(a, b *familyGroup) int {
		return cmp.Or(cmp.Compare(b.worst, a.worst), cmp.Compare(b.n, a.n), strings.Compare(a.name, b.name))
	})
	for _, fam := range order {
		slices.SortStableFunc(fam.codes, func(a, b *codeGroup) int {
			return cmp.Or(cmp.Compare(b.severity, a.severity), cmp.Compare(catalogue[a.code], catalogue[b.code]))
		})
		name := familyNames[fam.name]
		r.line("")
		r.line("%s (%s.*) — %s", strings.ToUpper(r.tr(name[0], name[1])), fam.name, r.num(fam.n))
		for _, g := range fam.codes {
			r.codeGroup(g)
		}
	}
	r.line("")
}

func (r *report) codeGroup(g *codeGroup) {
	first := g.items[0]
	head := fmt.Sprintf("[%s] %s — %s", strings.ToUpper(g.severity.Localize(r.lang)), g.code, r.num(len(g.items)))
	if cites := first.Citations(r.lang); cites != "" {
		head += " — " + cites
	}
	r.para("   ", "      ", head)
	if g.code == regulation.RulesNotInForce {
		// Repeats once per record: one line with the count says it all.
		r.para("      ", "      ", fmt.Sprintf(r.tr(
			"%s bản ghi đề ngày ngoài thời gian hiệu lực (%s – %s); vẫn được kiểm tra theo bộ quy tắc này.",
			"%s records are dated outside the period in force (%s – %s); they were checked under this rule set all the same."),
			r.num(len(g.items)), r.date(r.rules.Effective.From), r.date(r.rules.Effective.To)))
		return
	}
	for i, f := range g.items {
		if i == perCode {
			r.line("      %s", fmt.Sprintf(r.tr("… và %s phát hiện khác (xem -json)", "… and %s more (see -json)"),
				r.num(len(g.items)-perCode)))
			break
		}
		who := f.Kind.String() + " " + f.Record
		if f.Subject != "" {
			who += " (" + f.Subject + ")"
		}
		r.para("    • ", "      ", who+": "+f.Message(r.lang))
	}
}

// office writes the PPC Office's decisions on the dossiers it has not acted
// on as of the audit date.
func (r *report) office(c *casefile.Case, fs regulation.Findings) {
	r.rule("-")
	r.line("%s", r.tr("3. VĂN PHÒNG UBND TỈNH: QUYẾT ĐỊNH VỀ HỒ SƠ ĐANG CHỜ XỬ LÝ (Điều 24)",
		"3. PPC OFFICE: DECISIONS ON PENDING DOSSIERS (Article 24)"))
	r.rule("-")
	pending := map[string]task.Submission{}
	for _, s := range c.Submissions {
		if s.Office.IsZero() || s.Office.Date.After(r.asOf) {
			pending[s.ID] = s
		}
	}
	n := 0
	for _, f := range fs {
		s, ok := pending[f.Record]
		if f.Code != regulation.SubmissionOfficeDecision || !ok {
			continue
		}
		n++
		from := string(s.From)
		if u, ok := r.dir.Unit(s.From); ok {
			from += " " + u.Name
		}
		r.para("   • ", "     ", fmt.Sprintf("%s — %s, %s %s: %s", f.Record, from,
			r.tr("nhận ngày", "received"), r.date(s.Received), f.Message(r.lang)))
	}
	if n == 0 {
		r.line("   %s", r.tr("Không có hồ sơ nào đang chờ.", "No dossier is pending."))
	}
	r.line("")
}

func (r *report) footer(t casefile.Tally) {
	r.rule("=")
	switch {
	case t.Violations > 0:
		r.para("", "", r.tr("Kết luận: có vi phạm Quy chế làm việc; đề nghị các đơn vị khắc phục.",
			"Conclusion: the working regulation was breached; the units concerned must correct this."))
	case t.DataProblems > 0:
		r.para("", "", r.tr("Kết luận: không phát hiện vi phạm trong các bản ghi kiểm tra được; một số bản ghi có dữ liệu cần kiểm tra lại.",
			"Conclusion: no breach found in the records that could be checked; some records have data to correct."))
	default:
		r.para("", "", r.tr("Kết luận: không có vi phạm.", "Conclusion: no violations."))
	}
}
