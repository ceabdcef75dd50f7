package main

import (
	_ "embed"
	"html/template"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/task"
)

//go:embed report.html
var htmlSource string

// htmlTemplate is the HTML report: one file, its styles and charts inline,
// nothing fetched from anywhere.
var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"upper": strings.ToUpper,
	"sev":   func(s regulation.Severity) string { return s.String() },
	"tableOf": func(r htmlView, rows []tableRow, ids bool) htmlTable {
		return htmlTable{R: r.report, Rows: rows, IDs: ids}
	},
	"familiesOf": func(r htmlView, fams []*family) htmlFamilies { return htmlFamilies{R: r.report, Families: fams} },
}).Parse(htmlSource))

// htmlTable and htmlFamilies are what the template's sub-templates read.
type htmlTable struct {
	R    *report
	Rows []tableRow
	IDs  bool
}

type htmlFamilies struct {
	R        *report
	Families []*family
}

// htmlView is what the template reads: the report and its charts.
type htmlView struct {
	*report
	UnitChart  barChart
	MonthChart columnChart
}

// writeHTML writes r as one self-contained HTML file.
func writeHTML(w io.Writer, r *report) error {
	v := htmlView{report: r, UnitChart: unitChart(r), MonthChart: monthChart(r)}
	return htmlTemplate.Execute(w, v)
}

// The charts are laid out here, in the units of their SVG viewBox, so that
// the template only draws.

// svgText is a text placed in a chart.
type svgText struct {
	X, Y int
	Text string
}

// barChart is a horizontal bar chart: one bar per lead unit.
type barChart struct {
	Width, Height int
	LabelX        int // right edge of the labels
	BarX, BarW    int // where bars start, and the longest bar's length
	Bars          []hbar
	AverageX      int    // the x of the overall rate; 0 when none
	Average       string // the overall rate, formatted
	AverageY      int    // the y of its label
}

type hbar struct {
	Y, H       int       // the band of the row
	BarY, BarH int       // the bar inside it
	W          int       // the bar's length
	Lines      []svgText // the label, on one or two lines
	Value      string    // "38,3% (23/60)"
	ValueX     int
	ValueW     int    // the width of the value's background, so that the average line does not cross it
	Class      string // "hi", "mid" or "lo", by rate against the average
	Title      string // the full name and figures, for a tooltip
}

// nameLines splits a name into at most two lines of about n runes, at a
// space; a longer name keeps its end on the second line, whole.
func nameLines(name string, n int) []string {
	if utf8.RuneCountInString(name) <= n {
		return []string{name}
	}
	lines := wrap(name, n)
	return []string{lines[0], strings.Join(lines[1:], " ")}
}

func unitChart(r *report) barChart {
	const (
		width, labelX, barX, barW = 900, 330, 340, 430
		rowH, row2H, barH         = 24, 36, 16
	)
	c := barChart{Width: width, LabelX: labelX, BarX: barX, BarW: barW}
	var rows []tableRow
	for _, row := range r.ByLead {
		if _, ok := row.LateRate(); ok && row.ID != "" {
			rows = append(rows, row)
		}
	}
	if len(rows) == 0 {
		return c
	}
	total, hasTotal := r.Tasks.Total().LateRate()
	y := 30
	for _, row := range rows {
		rate, _ := row.LateRate()
		lines := nameLines(row.Name, 40)
		height := row2H
		if len(lines) == 1 {
			height = rowH
		}
		b := hbar{Y: y, H: height, BarH: barH}
		b.BarY = y + (height-barH)/2
		b.W = barLength(rate, rows, barW)
		for i, l := range lines {
			b.Lines = append(b.Lines, svgText{X: labelX, Y: y + height/2 + 4 - 7*(len(lines)-1) + 14*i, Text: l})
		}
		b.Value = rate.Format(r.Lang) + " (" + r.Num(rate.Num) + "/" + r.Num(rate.Den) + ")"
		b.ValueX = barX + b.W + 6
		b.ValueW = utf8.RuneCountInString(b.Value)*7 + 4
		b.Class = "lo"
		if hasTotal {
			// rate ≥ total ⟺ rate.Num·total.Den ≥ total.Num·rate.Den
			switch d := int64(rate.Num)*int64(total.Den) - int64(total.Num)*int64(rate.Den); {
			case d > 0 && 2*int64(rate.Num)*int64(total.Den) >= 3*int64(total.Num)*int64(rate.Den):
				b.Class = "hi"
			case d >= 0:
				b.Class = "mid"
			}
		}
		b.Title = string(row.ID) + " — " + row.Name + ": " + b.Value
		c.Bars = append(c.Bars, b)
		y += height
	}
	c.Height = y + 10
	if hasTotal {
		c.AverageX = barX + barLength(total, rows, barW)
		c.Average = total.Format(r.Lang)
		c.AverageY = 18
	}
	return c
}

// columnChart is a vertical bar chart: late tasks per month.
type columnChart struct {
	Width, Height int
	Base          int // the y of the axis
	Columns       []column
	Grid          []gridLine
}

type column struct {
	X, W, Y, H int
	Label      string // "01/2023"
	LabelX     int
	Value      string
	ValueY     int
	Title      string
}

type gridLine struct {
	Y     int
	Label string
}

func monthChart(r *report) columnChart {
	const width, height, top, base, left = 900, 260, 20, 220, 50
	c := columnChart{Width: width, Height: height, Base: base}
	if len(r.Months) == 0 {
		return c
	}
	most := 0
	for _, m := range r.Months {
		most = max(most, m.Late)
	}
	step := niceStep(most)
	scaleTop := max(step, (most+step-1)/step*step)
	for v := 0; v <= scaleTop; v += step {
		c.Grid = append(c.Grid, gridLine{Y: base - v*(base-top)/scaleTop, Label: r.Num(v)})
	}
	slot := (width - left - 10) / len(r.Months)
	w := max(4, slot*2/3)
	// A label "mm/yyyy" needs about 56 units: with narrower columns, every
	// every-th month is labelled (the tooltip names each).
	every := (56 + slot - 1) / slot
	for i, m := range r.Months {
		h := m.Late * (base - top) / scaleTop
		x := left + i*slot + (slot-w)/2
		label := pad2(m.Month) + "/" + strconv.Itoa(m.Year)
		col := column{
			X: x, W: w, Y: base - h, H: h, LabelX: x + w/2, ValueY: base - h - 4,
			Title: label + ": " + r.Count(m.Late, "nhiệm vụ trễ hạn", "late task", "late tasks"),
		}
		if i%every == 0 {
			col.Label = label
		}
		if m.Late > 0 {
			col.Value = r.Num(m.Late)
		}
		c.Columns = append(c.Columns, col)
	}
	return c
}

// niceStep returns a step of 1, 2 or 5 times a power of ten that divides
// 0…most into about five gridlines.
func niceStep(most int) int {
	if most <= 5 {
		return 1
	}
	for p := 1; ; p *= 10 {
		for _, m := range []int{1, 2, 5} {
			if most/(m*p) <= 5 {
				return m * p
			}
		}
	}
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// BasisText names the document that issues the rule set, and its date.
func (r *report) BasisText() string {
	basis := regulation.Ref{Doc: r.Rules.Basis.Doc}.Text(r.Lang)
	if !r.Rules.Basis.Signed.IsZero() {
		basis += r.T(", ký ngày ", ", signed ") + r.Date(r.Rules.Basis.Signed)
	}
	return basis
}

// AsOfInForce says whether the rule set is in force on the audit's date.
func (r *report) AsOfInForce() string {
	if r.Rules.InForce(r.AsOf) {
		return r.T("bộ quy tắc có hiệu lực vào ngày này", "the rule set is in force on that day")
	}
	return r.T("bộ quy tắc KHÔNG có hiệu lực vào ngày này", "the rule set is NOT in force on that day")
}

// TotalRate returns the late rate of all the tasks counted, nil when none
// has a deadline.
func (r *report) TotalRate() *task.Rate {
	if r.Tasks == nil {
		return nil
	}
	if rate, ok := r.Tasks.Total().LateRate(); ok {
		return &rate
	}
	return nil
}

// RowRate returns the late rate of a table row, formatted; "–" when none
// of its tasks has a deadline.
func (r *report) RowRate(row tableRow) string {
	if rate, ok := row.LateRate(); ok {
		return rate.Format(r.Lang)
	}
	return "–"
}

// Citations renders refs in the report's language.
func (r *report) Citations(refs []regulation.Ref) string {
	return regulation.Finding{Refs: refs}.Citations(r.Lang)
}

// OfficeRefs returns the rule set's citations for the Office's decisions.
func (r *report) OfficeRefs() []regulation.Ref {
	return r.Rules.Citations[regulation.SubmissionOfficeDecision]
}

// Sections of findings outside the rule set's period, for the template.
func (r *report) OutsideFrom() string { return r.Date(r.Rules.Effective.From) }

// OutsideTo returns the end of the rule set's period.
func (r *report) OutsideTo() string { return r.Date(r.Rules.Effective.To) }

// Open reports whether a group of findings starts open in the HTML report:
// short groups do, long ones are one click away.
func (g *codeGroup) Open() bool { return len(g.Items) <= perCode }
