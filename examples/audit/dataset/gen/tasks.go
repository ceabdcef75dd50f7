package main

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/task"
)

// The task figures of the year: letter 56/UBND-KTTH counts 222 late tasks
// out of 1,206 with a deadline at the end of 2023.
const (
	tasksWithDeadline = 1206
	tasksLate         = 222
	tasksOverdue      = 31 // of the late; the others were done late
	tasksInProgress   = 74 // not done, deadline in 2024, of which:
	tasksDueSoon      = 7  // deadline in the first working days of 2024
	tasksNoDeadline   = 32
	tasksExtended     = 22 // with approved, timely extensions
)

// category is the status a task is built to have as of asOf.
type category uint8

const (
	catOnTime category = iota
	catDoneLate
	catOverdue
	catInProgress
	catDueSoon
	catNoDeadline
)

// assignerDef is an assigner's share of the tasks and how prone its tasks
// are to be late (10 = average): the central government's are the hardest.
var assignerDefs = []struct {
	a            task.Assigner
	share, prone int
}{
	{task.AssignerGovernment, 5, 13},
	{task.AssignerPrimeMinister, 9, 15},
	{task.AssignerPPC, 24, 8},
	{task.AssignerPPCChairman, 30, 10},
	{task.AssignerViceChairman, 27, 11},
	{task.AssignerOther, 5, 6},
}

// citedLetters are the earlier letters of the Kon Tum PPC that letter
// 56/UBND-KTTH cites, each assigning several tasks on its date.
var citedLetters = []struct {
	doc      string
	date     calendar.Date
	assigner task.Assigner
	tasks    int
}{
	{"1272/UBND-KTTH", d(2023, 5, 4), task.AssignerPPCChairman, 6},
	{"2369/UBND-KTTH", d(2023, 7, 24), task.AssignerPPCChairman, 5},
	{"9000/VPCP-TH", d(2023, 11, 16), task.AssignerPrimeMinister, 4},
	{"4145/UBND-KTTH", d(2023, 11, 27), task.AssignerPPCChairman, 6},
}

// desks are the divisions of the PPC Office that follow each unit: the
// drafting unit in the number of the PPC's letters to it.
var desks = map[regulation.UnitID]string{
	"SKHDT": "KTTH", "STC": "KTTH", "SCT": "KTTH", "BQLKKT": "KTTH", "TPKT": "KTTH",
	"SNNPTNT": "NNTN", "STNMT": "NNTN", "BDT": "NNTN", "HDG": "NNTN", "HKPL": "NNTN", "HKR": "NNTN", "HST": "NNTN",
	"SYT": "KGVX", "SGDDT": "KGVX", "SLDTBXH": "KGVX", "SVHTTDL": "KGVX", "STTTT": "KGVX", "SKHCN": "KGVX", "HTMR": "KGVX",
	"SXD": "HTKT", "SGTVT": "HTKT", "HNH": "HTKT", "HDH": "HTKT", "HIHD": "HTKT", "HDT": "HTKT",
	"SNV": "NC", "STP": "NC", "TTT": "NC",
	"VP": "HCTC",
}

// taskPlan is a task being built, with the status it must end up with.
type taskPlan struct {
	t     task.Task
	cat   category
	fixed bool // assigned by a cited letter: date and document are set
}

// tasks builds the tasks of the year.
func (g *gen) tasks(r *rand.Rand) []task.Task {
	leads := g.prov.leadUnits()
	leadW := make([]int, len(leads))
	for i, s := range leads {
		leadW[i] = s.def.tasks
	}
	plans := g.planDeadlineTasks(r, leads, leadW)
	g.categorize(r, plans)
	for range tasksNoDeadline {
		lead := leads[weighted(r, leadW)].def.id
		a := pick(r, []task.Assigner{task.AssignerPPCChairman, task.AssignerViceChairman, task.AssignerViceChairman, task.AssignerOther, task.AssignerPPC})
		plans = append(plans, &taskPlan{cat: catNoDeadline, t: task.Task{Assigner: a, Lead: []regulation.UnitID{lead}}})
	}

	for _, p := range plans {
		g.dates(r, p)
		g.describe(r, p, leads, leadW)
	}
	g.edgeCases(r, plans)
	g.extensions(r, plans)
	g.twoLeads(r, plans, leads)

	slices.SortStableFunc(plans, func(a, b *taskPlan) int { return a.t.Assigned.Compare(b.t.Assigned) })
	out := make([]task.Task, len(plans))
	for i, p := range plans {
		p.t.ID = fmt.Sprintf("T%04d", i+1)
		out[i] = p.t
	}
	return out
}

// planDeadlineTasks plans the tasks with a deadline: their lead units
// (weighted by leadW) and assigners; the first tasks are those of the cited
// letters.
func (g *gen) planDeadlineTasks(r *rand.Rand, leads []*staff, leadW []int) []*taskPlan {
	assignerW := make([]int, len(assignerDefs))
	for i, a := range assignerDefs {
		assignerW[i] = a.share
	}
	plans := make([]*taskPlan, tasksWithDeadline, tasksWithDeadline+tasksNoDeadline)
	i := 0
	for _, l := range citedLetters {
		for range l.tasks {
			lead := leads[weighted(r, leadW)].def.id
			plans[i] = &taskPlan{fixed: true, t: task.Task{
				Assigner: l.assigner, SourceDoc: l.doc, Lead: []regulation.UnitID{lead}, Assigned: l.date,
			}}
			i++
		}
	}
	for ; i < tasksWithDeadline; i++ {
		lead := leads[weighted(r, leadW)].def.id
		a := assignerDefs[weighted(r, assignerW)].a
		plans[i] = &taskPlan{t: task.Task{Assigner: a, Lead: []regulation.UnitID{lead}}}
	}

	return plans
}

// categorize decides what becomes of each task with a deadline: late
// (overdue or done late), in progress (some due soon), or done on time.
func (g *gen) categorize(r *rand.Rand, plans []*taskPlan) {
	prone := map[task.Assigner]int{}
	for _, a := range assignerDefs {
		prone[a.a] = a.prone
	}
	// Which tasks are late: drawn without replacement, weighted by how
	// prone their lead unit and assigner are, so that some units and
	// assigners fare much worse than others.
	lateW := make([]int, len(plans))
	for i, p := range plans {
		lateW[i] = g.prov.byUnit[p.t.Lead[0]].def.late * prone[p.t.Assigner]
	}
	late := sample(r, lateW, tasksLate)
	var lateIx, restIx []int
	for i := range plans {
		if late[i] {
			lateIx = append(lateIx, i)
		} else {
			restIx = append(restIx, i)
		}
	}
	overW := make([]int, len(lateIx))
	for j, i := range lateIx {
		overW[j] = g.prov.byUnit[plans[i].t.Lead[0]].def.late
		plans[i].cat = catDoneLate
	}
	for j, over := range sample(r, overW, tasksOverdue) {
		if over {
			plans[lateIx[j]].cat = catOverdue
		}
	}
	ones := make([]int, len(restIx))
	for j := range ones {
		ones[j] = 1
	}
	open := sample(r, ones, tasksInProgress)
	var openIx []int
	for j, i := range restIx {
		if open[j] {
			openIx = append(openIx, i)
			plans[i].cat = catInProgress
		}
	}
	for k, i := range openIx[:tasksDueSoon] {
		plans[i].cat = catDueSoon
		plans[i].t.Due = dueSoonDates[k]
	}
}

// dueSoonDates are the deadlines of the tasks due soon: each is, or rolls
// to, one of the first three working days of 2024 (30 and 31 December 2023
// are a weekend and 1 January a holiday), so that as of 2023-12-31 at most
// three working days are left.
var dueSoonDates = []calendar.Date{
	d(2023, 12, 30), d(2023, 12, 31), d(2024, 1, 1), d(2024, 1, 2), d(2024, 1, 3), d(2024, 1, 4), d(2024, 1, 4),
}

// dates draws the assignment, due and done dates of p to fit its category,
// with clear margins: the status is decided by the calendar, as the check
// decides it.
func (g *gen) dates(r *rand.Rand, p *taskPlan) {
	t := &p.t
	assigned := func(from, to calendar.Date) {
		if !p.fixed {
			t.Assigned = g.workdayOfYear(r, from, to)
		}
	}
	switch p.cat {
	case catOnTime:
		assigned(d(2023, 1, 3), d(2023, 12, 22))
		t.Due = t.Assigned.AddDays(between(r, 7, 75))
		limit := minDate(g.cal.NextWorkday(t.Due), lastDay)
		n := g.cal.CountWorkdays(t.Assigned, limit)
		t.Done = g.cal.AddWorkdays(t.Assigned, between(r, max(1, n*2/5), n))
	case catDoneLate:
		assigned(d(2023, 1, 3), d(2023, 11, 24))
		t.Due = t.Assigned.AddDays(between(r, 10, 60))
		if latest := d(2023, 12, 20); t.Due.After(latest) {
			t.Due = latest.AddDays(-between(r, 0, min(10, latest.Sub(t.Assigned)-5)))
		}
		deadline := g.cal.NextWorkday(t.Due)
		room := g.cal.CountWorkdays(deadline, lastDay)
		t.Done = g.cal.AddWorkdays(deadline, between(r, 1, min(room, between(r, 2, 25))))
	case catOverdue:
		assigned(d(2023, 2, 1), d(2023, 12, 8))
		t.Due = t.Assigned.AddDays(between(r, 10, 45))
		if latest := d(2023, 12, 27); t.Due.After(latest) {
			t.Due = latest.AddDays(-between(r, 0, min(10, latest.Sub(t.Assigned)-5)))
		}
	case catInProgress:
		assigned(d(2023, 7, 3), d(2023, 12, 29))
		t.Due = t.Assigned.AddDays(between(r, 20, 150))
		if first := d(2024, 1, 8); t.Due.Before(first) {
			t.Due = first.AddDays(between(r, 0, 45))
		}
	case catDueSoon:
		assigned(d(2023, 11, 1), d(2023, 12, 22))
	case catNoDeadline:
		assigned(d(2023, 1, 3), d(2023, 12, 28))
		if chance(r, 55) {
			if done := g.cal.AddWorkdays(t.Assigned, between(r, 5, 40)); !done.After(lastDay) {
				t.Done = done
			}
		}
	}
}

// edgeCases sets three tasks on deadlines that fall on days off, which the
// check moves to the next working day (Civil Code Art. 148(5)): a task due
// on Tết and one due on National Day, both done after the day off and on
// time, and one due on Hùng Kings day, done one day after the moved
// deadline.
func (g *gen) edgeCases(r *rand.Rand, plans []*taskPlan) {
	cases := []struct {
		cat                 category
		assigned, due, done calendar.Date
	}{
		{catOnTime, d(2023, 1, 5), d(2023, 1, 21), d(2023, 1, 27)},   // Tết: 20–26/1 off
		{catOnTime, d(2023, 8, 14), d(2023, 9, 2), d(2023, 9, 5)},    // National Day: 1–4/9 off
		{catDoneLate, d(2023, 4, 10), d(2023, 4, 29), d(2023, 5, 5)}, // Hùng Kings: 29/4–3/5 off, due 4/5
	}
	for _, c := range cases {
		for _, p := range plans {
			if p.cat == c.cat && !p.fixed && p.t.Assigned.Month() == c.assigned.Month() {
				p.t.Assigned, p.t.Due, p.t.Done = c.assigned, c.due, c.done
				p.t.SourceDoc = g.docNumber(r, p.t.Assigner, p.t.Lead[0], p.t.Assigned)
				p.fixed = true
				break
			}
		}
	}
}

// extensions gives some tasks approved, timely extensions (two of them
// twice), one an extension that was never approved and one an extension
// asked for after the deadline: the check ignores the last two.
func (g *gen) extensions(r *rand.Rand, plans []*taskPlan) {
	approver := func(t *task.Task) regulation.PersonID {
		if t.Assigner == task.AssignerViceChairman {
			return g.prov.vc(t.Lead[0]).ID
		}
		return g.prov.chairman().ID
	}
	// before returns a day n working days before the deadline of due.
	before := func(due calendar.Date, n int) calendar.Date {
		return g.cal.AddWorkdays(g.cal.NextWorkday(due), -n)
	}
	// fits reports whether a request on req is possible for t: after the
	// assignment, in 2023, before the task was done.
	fits := func(t *task.Task, req calendar.Date) bool {
		return req.After(t.Assigned) && !req.After(lastDay) && (t.Done.IsZero() || req.Before(t.Done))
	}
	made := 0
	for _, i := range r.Perm(len(plans)) {
		if made == tasksExtended {
			break
		}
		p := plans[i]
		t := &p.t
		switch {
		case p.cat == catNoDeadline || p.cat == catDueSoon || p.fixed:
			continue
		case t.Assigner != task.AssignerPPC && t.Assigner != task.AssignerPPCChairman && t.Assigner != task.AssignerViceChairman:
			continue
		}
		by := approver(t)
		if made < 2 { // two extensions, one after the other
			due1 := t.Due.AddDays(-between(r, 8, 20))
			due0 := due1.AddDays(-between(r, 8, 20))
			req0, req1 := before(due0, between(r, 3, 6)), before(due1, between(r, 3, 5))
			if due0.Before(t.Assigned.AddDays(5)) || !fits(t, req0) || !fits(t, req1) || !req1.After(req0) {
				continue
			}
			t.Extensions = []task.Extension{
				{Requested: req0, NewDue: due1, ApprovedBy: by},
				{Requested: req1, NewDue: t.Due, ApprovedBy: by},
			}
			t.Due = due0
		} else {
			due0 := t.Due.AddDays(-between(r, 10, 30))
			req := before(due0, between(r, 3, 6))
			if due0.Before(t.Assigned.AddDays(5)) || !fits(t, req) {
				continue
			}
			t.Extensions = []task.Extension{{Requested: req, NewDue: t.Due, ApprovedBy: by}}
			t.Due = due0
		}
		made++
	}

	var unapproved, late bool
	for _, i := range r.Perm(len(plans)) {
		p := plans[i]
		t := &p.t
		if p.fixed || len(t.Extensions) > 0 || t.Due.IsZero() {
			continue
		}
		deadline := g.cal.NextWorkday(t.Due)
		switch {
		case !unapproved && p.cat == catDoneLate:
			// Asked in time, never approved: the task stays late.
			req := g.cal.AddWorkdays(deadline, -3)
			if fits(t, req) {
				t.Extensions = []task.Extension{{Requested: req, NewDue: t.Due.AddDays(14)}}
				unapproved = true
			}
		case !late && p.cat == catOverdue:
			// Approved, but asked two working days after the deadline: the
			// task stays overdue.
			req := g.cal.AddWorkdays(deadline, 2)
			if fits(t, req) {
				t.Extensions = []task.Extension{{Requested: req, NewDue: req.AddDays(30), ApprovedBy: approver(t)}}
				late = true
			}
		}
		if unapproved && late {
			return
		}
	}
}

// twoLeads gives one task done on time two lead units: task.lead_count, and
// the summary counts it under the lead unit "".
func (g *gen) twoLeads(r *rand.Rand, plans []*taskPlan, leads []*staff) {
	for _, i := range r.Perm(len(plans)) {
		p := plans[i]
		if p.cat != catOnTime || p.fixed || len(p.t.Extensions) > 0 || p.t.Assigned.Before(inForce) {
			continue
		}
		for {
			other := pick(r, leads).def.id
			if other != p.t.Lead[0] && !slices.Contains(p.t.Coordinators, other) {
				p.t.Lead = append(p.t.Lead, other)
				p.t.Title = "Phối hợp xây dựng phương án " + topicOf(r, p.t.Lead[0])
				return
			}
		}
	}
}

// describe gives p a title, a source document and coordinating units.
func (g *gen) describe(r *rand.Rand, p *taskPlan, leads []*staff, leadW []int) {
	t := &p.t
	lead := t.Lead[0]
	t.Title = pick(r, taskVerbs) + " " + topicOf(r, lead)
	if chance(r, 25) {
		t.Title += " năm 2023"
	}
	if !p.fixed {
		t.SourceDoc = g.docNumber(r, t.Assigner, lead, t.Assigned)
	}
	if chance(r, 55) {
		n := between(r, 1, 3)
		for len(t.Coordinators) < n {
			u := leads[weighted(r, leadW)].def.id
			if u != lead && !slices.Contains(t.Coordinators, u) {
				t.Coordinators = append(t.Coordinators, u)
			}
		}
	}
}

// docNumber returns a plausible number of the document that assigned a task
// (Decree 30/2020/NĐ-CP forms), growing with the date as registers do.
func (g *gen) docNumber(r *rand.Rand, a task.Assigner, lead regulation.UnitID, day calendar.Date) string {
	doy := day.Sub(yearStart) + 1
	desk := desks[lead]
	if desk == "" {
		desk = "KTTH"
	}
	switch a {
	case task.AssignerGovernment:
		if chance(r, 70) {
			return fmt.Sprintf("%02d/NQ-CP", doy/2+1)
		}
		return fmt.Sprintf("%02d/2023/NĐ-CP", doy/5+1)
	case task.AssignerPrimeMinister:
		switch r.IntN(4) {
		case 0:
			return fmt.Sprintf("%d/QĐ-TTg", doy*4+r.IntN(4)+1)
		case 1:
			return fmt.Sprintf("%02d/CĐ-TTg", doy/3+1)
		case 2:
			return fmt.Sprintf("%02d/CT-TTg", doy/15+1)
		}
		return fmt.Sprintf("%d/VPCP-%s", doy*25+r.IntN(25)+1, pick(r, []string{"KTTH", "NN", "KGVX", "CN", "QHĐP"}))
	case task.AssignerPPC:
		switch r.IntN(4) {
		case 0:
			return fmt.Sprintf("%02d/2023/QĐ-UBND", doy/6+1)
		case 1:
			return fmt.Sprintf("%d/QĐ-UBND", doy*3+r.IntN(3)+1)
		case 2:
			return fmt.Sprintf("%d/KH-UBND", doy+r.IntN(2)+1)
		}
		return fmt.Sprintf("%02d/CT-UBND", doy/25+1)
	case task.AssignerPPCChairman, task.AssignerViceChairman:
		if chance(r, 25) {
			return fmt.Sprintf("%d/TB-VP", doy+r.IntN(2)+1)
		}
		n := doy*12 + r.IntN(6) + 1 // the Chairman's letters
		if a == task.AssignerViceChairman {
			n += 6
		}
		return fmt.Sprintf("%d/UBND-%s", n, desk)
	}
	if chance(r, 60) {
		return fmt.Sprintf("%02d/NQ-HĐND", doy/8+1)
	}
	return fmt.Sprintf("%d/KH-HĐND", doy/4+1)
}

// taskVerbs open the titles of tasks.
var taskVerbs = []string{
	"Tham mưu", "Báo cáo", "Triển khai", "Rà soát", "Đề xuất", "Hoàn thiện", "Kiểm tra, xử lý",
	"Tổ chức thực hiện", "Xây dựng kế hoạch", "Đôn đốc", "Tổng hợp, báo cáo",
}

// topics are the matters each unit handles; districts share theirs.
var topics = map[regulation.UnitID][]string{
	"VP":      {"theo dõi thực hiện nhiệm vụ UBND tỉnh giao", "cải cách thủ tục hành chính", "vận hành Trung tâm Phục vụ hành chính công", "chương trình công tác của UBND tỉnh"},
	"SNV":     {"sắp xếp tổ chức bộ máy", "tinh giản biên chế", "chỉ số cải cách hành chính", "công tác thi đua, khen thưởng", "tuyển dụng công chức, viên chức"},
	"STP":     {"thẩm định dự thảo văn bản quy phạm pháp luật", "rà soát, hệ thống hóa văn bản", "phổ biến, giáo dục pháp luật", "trợ giúp pháp lý"},
	"SKHDT":   {"kế hoạch đầu tư công trung hạn", "giải ngân vốn đầu tư công", "thu hút đầu tư", "cải thiện chỉ số PCI", "quy hoạch tỉnh thời kỳ 2021–2030"},
	"STC":     {"dự toán ngân sách", "quyết toán dự án hoàn thành", "tiết kiệm chi thường xuyên", "quản lý tài sản công", "thu ngân sách nhà nước"},
	"SCT":     {"xúc tiến thương mại", "cấp điện nông thôn", "phát triển cụm công nghiệp", "quản lý thị trường xăng dầu"},
	"SNNPTNT": {"chương trình nông thôn mới", "phòng cháy, chữa cháy rừng", "trồng rừng thay thế", "phát triển sâm Ngọc Linh", "phòng chống thiên tai"},
	"SGTVT":   {"bảo trì đường tỉnh", "an toàn giao thông", "dự án đường giao thông liên huyện", "quản lý vận tải"},
	"SXD":     {"quy hoạch xây dựng", "nhà ở xã hội", "quản lý trật tự xây dựng", "thẩm định thiết kế cơ sở", "giá vật liệu xây dựng"},
	"STNMT":   {"cấp giấy chứng nhận quyền sử dụng đất", "bảng giá đất", "quản lý khai thác khoáng sản", "bồi thường, giải phóng mặt bằng", "kế hoạch sử dụng đất"},
	"STTTT":   {"chuyển đổi số", "hệ thống quản lý văn bản và điều hành", "Cổng dịch vụ công", "an toàn thông tin"},
	"SLDTBXH": {"giảm nghèo bền vững", "giải quyết việc làm", "chi trả trợ cấp xã hội", "giáo dục nghề nghiệp"},
	"SVHTTDL": {"phát triển du lịch", "bảo tồn di tích", "lễ hội văn hóa các dân tộc", "phong trào thể dục thể thao"},
	"SKHCN":   {"nhiệm vụ khoa học và công nghệ", "tiêu chuẩn, đo lường, chất lượng", "sở hữu trí tuệ cho sản phẩm OCOP"},
	"SGDDT":   {"tuyển sinh đầu cấp", "sắp xếp mạng lưới trường lớp", "kỳ thi tốt nghiệp THPT", "xóa mù chữ"},
	"SYT":     {"tiêm chủng mở rộng", "mua sắm thuốc, vật tư y tế", "đầu tư bệnh viện đa khoa tỉnh", "y tế cơ sở"},
	"TTT":     {"giải quyết khiếu nại, tố cáo", "thanh tra chuyên đề", "phòng, chống tham nhũng", "tiếp công dân"},
	"BDT":     {"chương trình phát triển vùng đồng bào dân tộc thiểu số", "chính sách đối với người có uy tín", "định canh, định cư"},
	"BQLKKT":  {"Khu kinh tế cửa khẩu quốc tế Bờ Y", "Khu công nghiệp Hòa Bình", "thu hút dự án vào khu công nghiệp"},
}

var districtTopics = []string{
	"giải phóng mặt bằng dự án trọng điểm", "xây dựng nông thôn mới", "thu ngân sách trên địa bàn",
	"xử lý vi phạm đất đai", "giải ngân vốn đầu tư công", "chương trình mục tiêu quốc gia giảm nghèo",
	"sắp xếp đơn vị hành chính cấp xã", "phòng, chống cháy rừng",
}

// topicOf returns a matter handled by unit u.
func topicOf(r *rand.Rand, u regulation.UnitID) string {
	if ts, ok := topics[u]; ok {
		return pick(r, ts)
	}
	return pick(r, districtTopics)
}
