package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quyche/quyche/examples/audit/dataset"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/task"
)

// width is the width of the text report: it fits a 100-column terminal.
const width = 100

// Num formats n with the thousands separator of the report's language.
func (r *report) Num(n int) string {
	if n < 0 {
		return "-" + r.Num(-n)
	}
	s := strconv.Itoa(n)
	sep := r.T(".", ",")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + sep + s[i:]
	}
	return s
}

// Count writes n with its noun: Vietnamese nouns do not change, English
// ones take the singular for one ("1 violation", "2 violations").
func (r *report) Count(n int, vi, one, many string) string {
	switch {
	case r.Lang != regulation.English:
		return r.Num(n) + " " + vi
	case n == 1:
		return "1 " + one
	}
	return r.Num(n) + " " + many
}

// Percent formats a rate for the report's language, "18,4%".
func (r *report) Percent(rate task.Rate) string { return rate.Format(r.Lang) }

// short returns name with the standard abbreviation of "Ủy ban nhân dân"
// (UBND), for the name columns of tables.
func short(name string) string {
	return strings.Replace(strings.Replace(name, "Ủy ban nhân dân", "UBND", 1), "Uỷ ban nhân dân", "UBND", 1)
}

// textWriter writes the report as text.
type textWriter struct {
	*report
	w *bufio.Writer
}

// writeText writes r as text to w.
func writeText(w io.Writer, r *report) error {
	t := &textWriter{report: r, w: bufio.NewWriter(w)}
	t.header()
	t.tasks()
	t.findings()
	t.outside()
	t.data()
	t.office()
	t.rule("=")
	t.para("", "", r.Conclusion())
	return t.w.Flush()
}

func (t *textWriter) line(format string, args ...any) { fmt.Fprintf(t.w, format+"\n", args...) }

func (t *textWriter) rule(ch string) { t.line("%s", strings.Repeat(ch, width)) }

// para writes text wrapped to the report's width, the first line after
// first and the following ones after rest.
func (t *textWriter) para(first, rest, text string) {
	for i, l := range wrap(text, width-utf8.RuneCountInString(first)) {
		if i == 0 {
			t.line("%s%s", first, l)
		} else {
			t.line("%s%s", rest, l)
		}
	}
}

// section writes a section's title between rules.
func (t *textWriter) section(title string) {
	t.rule("-")
	t.para("", "   ", title)
	t.rule("-")
}

// field writes a header line "Label:     value", the value wrapped under
// itself.
func (t *textWriter) field(label, value string) {
	const col = 12
	t.para(pad(label, col), strings.Repeat(" ", col), value)
}

func (t *textWriter) header() {
	r := t.report
	t.rule("=")
	t.para("", "", r.T("KIỂM TRA VIỆC THỰC HIỆN QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH — quyche",
		"COMPLIANCE AUDIT OF THE PPC WORKING REGULATION — quyche"))
	t.rule("=")
	rs := r.Rules
	t.field(r.T("Bộ quy tắc:", "Rule set:"), rs.ID+" — "+rs.Title+" ("+rs.Province+")")
	basis := regulation.Ref{Doc: rs.Basis.Doc}.Text(r.Lang)
	if !rs.Basis.Signed.IsZero() {
		basis += r.T(", ký ngày ", ", signed ") + r.Date(rs.Basis.Signed)
	}
	t.field(r.T("Căn cứ:", "Basis:"), basis)
	t.field(r.T("Hiệu lực:", "In force:"), r.InForce())
	t.field(r.T("Lịch:", "Calendar:"), rs.WorkCalendar().Version()+r.T(
		" (phiên bản dữ liệu lịch làm việc dùng để tính thời hạn)", " (data version of the working-day calendar used for deadlines)"))
	t.field(r.T("Hồ sơ:", "Case:"), r.FileText())
	inForce := r.T("bộ quy tắc có hiệu lực vào ngày này", "the rule set is in force on that day")
	if !rs.InForce(r.AsOf) {
		inForce = r.T("bộ quy tắc KHÔNG có hiệu lực vào ngày này", "the rule set is NOT in force on that day")
	}
	t.field(r.T("Tính đến:", "As of:"), r.Date(r.AsOf)+" ("+inForce+")")
	t.field(r.T("Kỳ báo cáo:", "Period:"), r.PeriodText())
	if r.Unit.ID != "" {
		t.field(r.T("Đơn vị:", "Unit:"), string(r.Unit.ID)+" — "+r.UnitName(r.Unit.ID)+": "+r.UnitScope())
	}
	t.field(r.T("Phát hiện:", "Findings:"), r.FindingsText())
	t.field(r.T("Dữ liệu:", "Data:"), r.DataText())
	t.line("")
	if r.Embedded {
		t.para("", "", r.Honesty())
		t.line("")
	}
}

// UnitScope says what a report narrowed to a unit shows.
func (r *report) UnitScope() string {
	s := r.T("chỉ những gì liên quan đến đơn vị này — nhiệm vụ đơn vị chủ trì; việc lấy ý kiến đơn vị chủ trì, "+
		"và phần về đơn vị trong việc lấy ý kiến đơn vị được hỏi; hồ sơ đơn vị trình; cuộc họp đơn vị được mời, "+
		"chủ trì hoặc có người dự, và điều nói về đơn vị hay người của đơn vị; biên bản đơn vị tham gia, ký "+
		"hoặc được ký thay; văn bản giao ký do người của đơn vị giao hoặc được giao; và mọi bản ghi không đọc được, vì không xác định được đơn vị",
		"only what concerns this unit — the tasks it leads; the consultations it leads, and the part about it in "+
			"those it is consulted in; the dossiers it submits; the meetings it is invited to, chairs or attends, "+
			"and what is said of it or its people; the records it takes part in, signs or is signed for; the "+
			"delegations granted by or to its people; and every record that could not be read, as its unit cannot be told")
	if r.Unit.Kind == regulation.UnitKindPPCOffice {
		s += r.T("; với Văn phòng UBND tỉnh, cả quyết định của Văn phòng về mọi hồ sơ trình",
			"; for the PPC Office, also the Office's decisions on every dossier")
	}
	return s
}

// FileText names the case file; the embedded dataset by its name and what
// it is.
func (r *report) FileText() string {
	if r.Embedded {
		return dataset.Name + r.T(" (bộ dữ liệu mẫu đi kèm chương trình)", " (the sample dataset built into the program)")
	}
	return r.File
}

// InForce says when the rule set is in force.
func (r *report) InForce() string {
	v := r.Rules.Effective
	s := r.T("từ ", "from ") + r.Date(v.From)
	if v.To.IsZero() {
		return s + r.T(", chưa có ngày hết hiệu lực", ", with no end date")
	}
	return s + r.T(" đến ", " to ") + r.Date(v.To)
}

// PeriodText says which records the report covers.
func (r *report) PeriodText() string {
	p := r.Period
	switch {
	case p.IsZero():
		return r.T("mọi bản ghi đã có tính đến ngày trên (không giới hạn kỳ)",
			"every record that exists as of that day (no period)")
	case p.From.IsZero():
		return r.T("các bản ghi phát sinh đến hết ngày ", "records that come into being up to ") + r.Date(p.To)
	}
	return r.T("các bản ghi phát sinh từ ", "records that come into being from ") + r.Date(p.From) +
		r.T(" đến ", " to ") + r.Date(p.To)
}

// FindingsText counts the findings by what they mean.
func (r *report) FindingsText() string {
	v := r.Count(r.Tally.Violations, "vi phạm", "violation", "violations")
	if r.Outside > 0 {
		v += r.T(" (trong đó ", " (") + r.Num(r.Outside) + r.T(" trên bản ghi ngoài thời gian hiệu lực, mục 3)",
			" of them on records dated outside the rule set's period, section 3)")
	}
	v += ", " + r.Count(r.Warnings(), "cảnh báo", "warning", "warnings") + ", " +
		r.Count(r.Tally.Info, "thông tin", "note for information", "notes for information")
	if n := r.BeforeRecords + r.AfterRecords; n > 0 {
		v += r.T("; ", "; ") + r.Count(n, "bản ghi đề ngày ngoài thời gian hiệu lực của bộ quy tắc (mục 3)",
			"record dated outside the rule set's period (section 3)", "records dated outside the rule set's period (section 3)")
	}
	return v
}

// Warnings counts the warnings other than rules.not_in_force, which the
// report counts as records dated outside the rule set's period.
func (r *report) Warnings() int { return r.Tally.Warnings - r.BeforeRecords - r.AfterRecords }

// DataText counts the data problems.
func (r *report) DataText() string {
	if r.Tally.DataProblems == 0 {
		return r.T("mọi bản ghi đều kiểm tra được", "every record could be checked")
	}
	return r.Count(r.Tally.DataProblems, "chỗ cần kiểm tra lại (mục 4); không tính là vi phạm",
		"thing to correct (section 4); not counted as a violation", "things to correct (section 4); not counted as violations")
}

// Honesty says what in the embedded dataset is real.
func (r *report) Honesty() string {
	src := r.T("số liệu do UBND tỉnh Kon Tum công bố", "figures published by the Kon Tum PPC")
	if s := r.Text.Source; s[0] != "" {
		src = r.T(s[0], s[1])
	}
	return r.T("LƯU Ý VỀ DỮ LIỆU: đây là bộ dữ liệu mẫu đi kèm quyche, do máy sinh ra để minh họa. Con người, "+
		"các bản ghi và số liệu theo từng đơn vị đều là giả lập: tên các sở, ban, ngành, huyện là tên thật nhưng "+
		"tỷ lệ trễ hạn của từng đơn vị không phải kết quả thực tế của đơn vị nào. Chỉ tổng số của năm ",
		"ABOUT THE DATA: this is the sample dataset that comes with quyche, generated by a program for "+
			"illustration. Its people, records and per-unit figures are invented: the departments, boards and "+
			"districts bear real names, but no unit's late rate is its real result. Only the totals of the year ") +
		strconv.Itoa(dataset.Year) + " (" + r.Count(dataset.WithDeadline, "nhiệm vụ có thời hạn", "task with a deadline", "tasks with a deadline") +
		r.T(", trong đó ", ", ") + r.Count(dataset.Late, "nhiệm vụ trễ hạn", "late", "late") + r.T(") là số liệu thật: ", ") are real: ") + src + "."
}

func (t *textWriter) tasks() {
	r := t.report
	t.section(r.T("1. NHIỆM VỤ ĐƯỢC GIAO CÓ THỜI HẠN", "1. ASSIGNED TASKS WITH A DEADLINE"))
	if r.Tasks == nil {
		t.line("   %s", r.T("Không có nhiệm vụ.", "No tasks."))
		t.line("")
		return
	}
	if r.Unit.ID != "" {
		t.para("   ", "   ", r.T("Chỉ các nhiệm vụ do ", "Only the tasks that ")+r.UnitName(r.Unit.ID)+r.T(" chủ trì.", " leads."))
	}
	c := r.Tasks.Total()
	t.para("   ", "   ", fmt.Sprintf("%s %s · %s %s (%s %s, %s %s) · %s %s · %s %s · %s %s · %s %s",
		r.T("Có thời hạn", "With a deadline"), r.Num(c.WithDeadline),
		r.T("trễ hạn", "late"), r.Num(c.Late),
		r.T("quá hạn", "overdue"), r.Num(c.Overdue),
		r.T("hoàn thành trễ", "done late"), r.Num(c.DoneLate),
		r.T("đang thực hiện", "in progress"), r.Num(c.InProgress),
		r.T("hoàn thành đúng hạn", "done on time"), r.Num(c.DoneOnTime),
		r.T("không có thời hạn", "no deadline"), r.Num(c.NoDeadline),
		r.T("không kiểm tra được", "could not be checked"), r.Num(r.Tasks.Invalid())))
	if rate, ok := c.LateRate(); ok {
		t.para("   ", "   ", fmt.Sprintf("%s %s/%s = %s %s", r.T("Tỷ lệ trễ hạn:", "Late rate:"),
			r.Num(rate.Num), r.Num(rate.Den), r.Percent(rate),
			r.T("(phân số chính xác; phần trăm làm tròn nửa lên đến một chữ số thập phân)",
				"(the exact fraction; the percentage rounded half up to one decimal)")))
		if note := r.LetterNote(rate); note != "" {
			t.para("   ", "   ", note)
		}
	}
	t.line("")
	t.para("   ", "   ", r.T("1.1 Theo đơn vị chủ trì (tỷ lệ trễ hạn cao nhất trước)", "1.1 By lead unit (highest late rate first)"))
	t.table(r.ByLead, true)
	t.para("   ", "   ", r.T("1.2 Theo cấp giao nhiệm vụ", "1.2 By assigner"))
	t.table(r.ByAssigner, false)
	t.para("   ", "   ", r.Legend(true))
	t.line("")
	t.months()
}

// LetterNote compares the report's late rate with the figure the rule
// set's letter printed, when the figures are the letter's.
func (r *report) LetterNote(rate task.Rate) string {
	x := r.Text
	if x.Letter == "" || rate.Num != x.Late || rate.Den != x.WithDeadline {
		return ""
	}
	return r.T("Công văn ", "Letter ") + x.Letter + r.T(" ghi ", " prints ") + r.T(x.Printed[0], x.Printed[1]) + ": " +
		r.T(x.Rounding[0], x.Rounding[1]) + "."
}

// Legend explains the columns of the tables, and with bars the bars drawn
// in text.
func (r *report) Legend(bars bool) string {
	s := r.T("Cách đọc bảng — Mã: mã đơn vị trong hồ sơ (dùng với -unit). Có hạn: số nhiệm vụ có thời hạn. "+
		"Trễ: số nhiệm vụ trễ hạn, bằng Quá hạn cộng HT trễ. Quá hạn: đã hết hạn mà chưa hoàn thành. "+
		"HT trễ: hoàn thành sau thời hạn. Tỷ lệ: Trễ chia Có hạn. ",
		"Reading the tables — Id: the unit's id in the case file (for -unit). Due: tasks with a deadline. "+
			"Late: late tasks, Overdue plus DoneLt. Overdue: past the deadline and not done. DoneLt: done after "+
			"the deadline. Rate: Late divided by Due. ")
	if bars {
		s += r.T("Thanh: tỷ lệ so với hàng cao nhất của bảng (mỗi █ là 1/20 của hàng cao nhất). ",
			"Bar: the rate against the table's highest row (each █ is 1/20 of it). ")
	}
	return s + r.T("Thời hạn là thời hạn sau các lần gia hạn được chấp thuận.",
		"The deadline is the one after every approved extension.")
}

// table writes one overdue table with bars drawn in text. Names that do
// not fit their column wrap under themselves; the numbers stay on the first
// line.
func (t *textWriter) table(rows []tableRow, ids bool) {
	r := t.report
	const numbersW, barW = 40, 20 // " %7s %5s %7s %7s %7s  " and the bar
	if len(rows) == 0 {
		t.line("   %s", r.T("(không có nhiệm vụ hợp lệ)", "(no valid task)"))
		t.line("")
		return
	}
	idW := 0
	if ids {
		idW = 2
		for _, row := range rows {
			idW = max(idW, utf8.RuneCountInString(row.ID))
		}
		idW = min(idW, 14) + 1
	}
	nameW := width - 3 - idW - numbersW - barW
	head := "   "
	if ids {
		head += pad(r.T("Mã", "Id"), idW)
	}
	t.line("%s", strings.TrimRight(fmt.Sprintf("%s%s %7s %5s %7s %7s %7s", head,
		pad(r.T("Tên", "Name"), nameW), r.T("Có hạn", "Due"), r.T("Trễ", "Late"), r.T("Quá hạn", "Overdue"),
		r.T("HT trễ", "DoneLt"), r.T("Tỷ lệ", "Rate")), " "))
	for _, row := range rows {
		pct, bar := "–", ""
		if rate, ok := row.LateRate(); ok {
			pct = r.Percent(rate)
			n := barLength(rate, rows, barW)
			bar = strings.Repeat("█", n) + strings.Repeat("·", barW-n)
		}
		lead := "   "
		if ids {
			lead += pad(row.ID, idW)
		}
		names := wrap(short(row.Name), nameW)
		t.line("%s", strings.TrimRight(fmt.Sprintf("%s%s %7s %5s %7s %7s %7s  %s", lead, pad(names[0], nameW),
			r.Num(row.WithDeadline), r.Num(row.Late), r.Num(row.Overdue), r.Num(row.DoneLate), pct, bar), " "))
		for _, more := range names[1:] {
			t.line("%s%s", strings.Repeat(" ", 3+idW), more)
		}
	}
	t.line("")
}

// months writes the late tasks by month of their deadline.
func (t *textWriter) months() {
	r := t.report
	if len(r.Months) == 0 {
		return
	}
	t.para("   ", "   ", r.T("1.3 Nhiệm vụ trễ hạn theo tháng của thời hạn (quá hạn hoặc hoàn thành trễ; tính theo tháng của thời hạn sau gia hạn)",
		"1.3 Late tasks by month of their deadline (overdue or done late; by the month of the deadline after extensions)"))
	most := 0
	for _, m := range r.Months {
		most = max(most, m.Late)
	}
	const barW = 60
	for _, m := range r.Months {
		if m.Late == 0 && len(r.Months) > 12 {
			continue // a long span lists the months with late tasks only
		}
		n := 0
		if most > 0 {
			n = (2*m.Late*barW + most) / (2 * most)
		}
		t.line("%s", strings.TrimRight(fmt.Sprintf("   %02d/%d %6s  %s", m.Month, m.Year, r.Num(m.Late), strings.Repeat("█", n)), " "))
	}
	t.line("")
}

func (t *textWriter) findings() {
	r := t.report
	t.section(r.T("2. PHÁT HIỆN THEO NHÓM QUY TẮC", "2. FINDINGS BY RULE FAMILY"))
	t.para("   ", "   ", r.T("Nhiệm vụ, và các bản ghi đề ngày trong thời gian hiệu lực của bộ quy tắc; nghiêm trọng nhất trước. "+
		"Mức độ: VI PHẠM — trái Quy chế làm việc; CẢNH BÁO — nguy cơ hoặc việc cần nhắc; THÔNG TIN — để biết.",
		"Tasks, and the records dated while the rule set is in force; most serious first. Severity: "+
			"VIOLATION — a breach of the working regulation; WARNING — a risk or a reminder; INFO — for information."))
	if len(r.Families) == 0 {
		t.line("")
		t.line("   %s", r.T("Không có phát hiện nào.", "No findings."))
		t.line("")
		return
	}
	t.families(r.Families)
	t.line("")
}

// families writes findings grouped by family and code.
func (t *textWriter) families(fams []*family) {
	r := t.report
	for _, fam := range fams {
		t.line("")
		t.para("", "   ", strings.ToUpper(fam.Title)+" — "+r.Count(fam.N, "phát hiện", "finding", "findings"))
		for _, g := range fam.Codes {
			t.codeGroup(g)
		}
	}
}

func (t *textWriter) codeGroup(g *codeGroup) {
	r := t.report
	t.para("   ", "      ", fmt.Sprintf("[%s] %s — %s [%s]", strings.ToUpper(g.Severity.Localize(r.Lang)), r.Title(g.Code),
		r.Num(len(g.Items)), r.T("mã ", "code ")+string(g.Code)))
	if g.Citations != "" {
		t.para("      ", "      ", r.T("Căn cứ: ", "Basis: ")+g.Citations)
	}
	shown := g.Shown(r.All)
	for _, it := range shown {
		t.para("    • ", "      ", it.Line())
	}
	if rest := len(g.Items) - len(shown); rest > 0 {
		t.para("      ", "      ", r.More(rest))
	}
}

// More says how many findings of a code are not listed, and how to see
// them.
func (r *report) More(n int) string {
	return r.T("… và ", "… and ") + r.Count(n, "phát hiện khác cùng loại không liệt kê ở đây", "more finding of this kind, not listed here",
		"more findings of this kind, not listed here") +
		r.T(". Để xem tất cả: chạy lại với -all (thêm -unit MÃ để chỉ xem một đơn vị), hoặc xuất -html TỆP hay -csv THƯ_MỤC.",
			". To see them all, run again with -all (add -unit ID for one unit only), or write -html FILE or -csv DIR.")
}

// outside writes the findings on records dated outside the rule set's
// period.
func (t *textWriter) outside() {
	r := t.report
	t.section(r.T("3. BẢN GHI ĐỀ NGÀY NGOÀI THỜI GIAN HIỆU LỰC CỦA BỘ QUY TẮC",
		"3. RECORDS DATED OUTSIDE THE RULE SET'S PERIOD"))
	if len(r.Before) == 0 && len(r.After) == 0 {
		t.para("   ", "   ", r.T("Không có: mọi bản ghi có phát hiện đều đề ngày trong thời gian hiệu lực của bộ quy tắc (",
			"None: every record with a finding is dated while the rule set is in force (")+r.InForce()+").")
		t.line("")
		return
	}
	t.para("   ", "   ", r.T("Bộ quy tắc ", "Rule set ")+r.Rules.ID+r.T(" có hiệu lực ", " is in force ")+r.InForce()+
		r.T(". Các bản ghi dưới đây đề ngày ngoài thời gian đó: chúng được đánh giá theo một bộ quy tắc chưa có hoặc đã hết hiệu lực vào ngày lập, nên các phát hiện chỉ để tham khảo và không được tính vào kết luận.",
			". The records below are dated outside that period: they were judged under a rule set not yet or no longer in force on their date, so their findings are for reference only and do not count in the conclusion."))
	if len(r.Before) > 0 {
		t.line("")
		t.para("   ", "   ", r.T("3.1 Trước ngày ", "3.1 Before ")+r.Date(r.Rules.Effective.From)+r.T(
			" — bộ quy tắc CHƯA có hiệu lực: ", " — the rule set was NOT YET in force: ")+
			r.OutsideCount(r.BeforeRecords, r.BeforeFound))
		t.families(r.Before)
	}
	if len(r.After) > 0 {
		t.line("")
		t.para("   ", "   ", r.T("3.2 Sau ngày ", "3.2 After ")+r.Date(r.Rules.Effective.To)+r.T(
			" — bộ quy tắc ĐÃ HẾT hiệu lực: ", " — the rule set was NO LONGER in force: ")+
			r.OutsideCount(r.AfterRecords, r.AfterFound))
		t.families(r.After)
	}
	t.line("")
}

// data writes the records that could not be checked.
func (t *textWriter) data() {
	r := t.report
	t.section(r.T("4. DỮ LIỆU CẦN KIỂM TRA LẠI", "4. DATA TO CORRECT"))
	t.para("   ", "   ", r.T("Bản ghi có dữ liệu không kiểm tra được (sai kiểu, giá trị không hợp lệ, ngày không thể có, mã không có trong hồ sơ): "+
		"đây là lỗi dữ liệu, không phải vi phạm Quy chế làm việc; sửa hồ sơ rồi kiểm tra lại.",
		"Records whose data could not be checked (a wrong type, an invalid value, an impossible date, an id the case "+
			"does not have): these are data problems, not breaches of the working regulation; correct the case file and run the audit again."))
	if len(r.Data) == 0 {
		t.line("   %s", r.T("Không có: mọi bản ghi đều kiểm tra được.", "None: every record could be checked."))
	}
	for i, it := range r.Data {
		if !r.All && i == perCode*4 {
			t.para("      ", "      ", r.More(len(r.Data)-i))
			break
		}
		where := it.Where
		if it.Position != "" {
			where += " (" + r.PositionText(it.Position) + ")"
		}
		t.para("    • ", "      ", where+": "+it.Message)
	}
	t.line("")
}

// PositionText writes "line:column" for people.
func (r *report) PositionText(pos string) string {
	l, c, ok := strings.Cut(pos, ":")
	if !ok {
		return pos
	}
	return r.T("dòng ", "line ") + l + r.T(", cột ", ", column ") + c
}

// office writes the PPC Office's decisions on the dossiers it has not acted
// on as of the audit date.
func (t *textWriter) office() {
	r := t.report
	t.section(r.T("5. VĂN PHÒNG UBND TỈNH: QUYẾT ĐỊNH VỀ HỒ SƠ ĐANG CHỜ XỬ LÝ",
		"5. PPC OFFICE: DECISIONS ON PENDING DOSSIERS"))
	if c := r.Rules.Citations[regulation.SubmissionOfficeDecision]; len(c) > 0 {
		f := regulation.Finding{Refs: c}
		t.para("   ", "   ", r.T("Căn cứ: ", "Basis: ")+f.Citations(r.Lang))
	}
	if len(r.Pending) == 0 {
		t.line("   %s", r.T("Không có hồ sơ nào đang chờ.", "No dossier is pending."))
	}
	for _, it := range r.Pending {
		t.para("   • ", "     ", it.Where+": "+it.Message)
	}
	if len(r.Decided) > 0 {
		t.line("")
		t.para("   ", "   ", r.T("Hồ sơ Văn phòng đã xử lý: ", "Dossiers the Office has acted on: ")+
			r.Count(len(r.Decided), "hồ sơ", "dossier", "dossiers")+".")
		if r.All {
			for _, it := range r.Decided {
				t.para("   • ", "     ", it.Where+": "+it.Message)
			}
		} else {
			t.para("   ", "   ", r.T("Chạy lại với -all để xem quyết định về từng hồ sơ.", "Run again with -all to see the decision on each."))
		}
	}
	t.line("")
}

// pad pads s with spaces to n runes.
func pad(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

// wrap splits text into lines of at most n runes, at spaces; a word longer
// than a line is split.
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
