package main

import (
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// bom is the UTF-8 byte order mark that spreadsheets read as "this file is
// UTF-8".
const bom = "\uFEFF"

// writeCSV writes dir/findings.csv and dir/units.csv, creating dir when it
// does not exist.
func writeCSV(dir string, r *report) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(dir, "findings.csv"), func(w io.Writer) error { return findingsCSV(w, r) }); err != nil {
		return err
	}
	return writeFile(filepath.Join(dir, "units.csv"), func(w io.Writer) error { return unitsCSV(w, r) })
}

// findingsCSV writes one row per finding of the report: those in the
// rule set's period, those outside it, the data problems and the Office's
// decisions, in that order.
func findingsCSV(w io.Writer, r *report) error {
	if _, err := io.WriteString(w, bom); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Write([]string{
		r.T("Mã quy tắc", "Code"), r.T("Quy tắc", "Rule"), r.T("Mức độ", "Severity"),
		r.T("Loại bản ghi", "Record kind"), r.T("Bản ghi", "Record"),
		r.T("Mã đối tượng", "Subject id"), r.T("Đối tượng", "Subject"),
		r.T("Mã đơn vị", "Unit id"), r.T("Đơn vị", "Unit"),
		r.T("Nội dung", "Message"), r.T("Căn cứ", "Citations"),
		r.T("Ngoài thời gian hiệu lực", "Outside the rule set's period"), r.T("Chi tiết", "Details"),
	})
	row := func(it item, outside bool) {
		f := it.F
		who := r.dir.Subject(f).Localize(r.Lang)
		cw.Write([]string{
			string(f.Code), r.Title(f.Code), f.Severity.Localize(r.Lang),
			f.Kind.Localize(r.Lang), f.Record,
			f.Subject, who,
			string(it.Unit), it.UnitName,
			it.Message, f.Citations(r.Lang),
			r.T(yesNo(outside)), detailsText(f.Details),
		})
	}
	for i, fams := range [][]*family{r.Families, r.Before, r.After} {
		for _, fam := range fams {
			for _, g := range fam.Codes {
				for _, it := range g.Items {
					row(it, i > 0)
				}
			}
		}
	}
	for _, it := range r.Data {
		row(it, false)
	}
	for _, it := range r.Pending {
		row(it, false)
	}
	for _, it := range r.Decided {
		row(it, false)
	}
	cw.Flush()
	return cw.Error()
}

func yesNo(b bool) (string, string) {
	if b {
		return "có", "yes"
	}
	return "không", "no"
}

// detailsText writes the details of a finding as "key=value" pairs joined
// by "; ", keys sorted, values as the findings file writes them (ids,
// codes, ISO dates).
func detailsText(d regulation.Details) string {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + detailValue(d[k])
	}
	return strings.Join(parts, "; ")
}

// detailValue writes one detail value as the findings file does, lists
// joined by ", ".
func detailValue(v any) string {
	switch x := v.(type) {
	case calendar.Date:
		return x.String()
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case bool:
		return strconv.FormatBool(x)
	case []string:
		return strings.Join(x, ", ")
	case interface{ Labels() []string }:
		return strings.Join(x.Labels(), ", ")
	case regulation.PersonRefs:
		ids := make([]string, len(x))
		for i, p := range x {
			ids[i] = string(p.ID)
		}
		return strings.Join(ids, ", ")
	case interface{ MarshalText() ([]byte, error) }:
		if b, err := x.MarshalText(); err == nil {
			return string(b)
		}
	}
	return regulation.FormatValue(v, regulation.English)
}

// unitsCSV writes the table per lead unit.
func unitsCSV(w io.Writer, r *report) error {
	if _, err := io.WriteString(w, bom); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Write([]string{
		r.T("Mã đơn vị", "Unit id"), r.T("Đơn vị chủ trì", "Lead unit"),
		r.T("Có thời hạn", "With a deadline"), r.T("Trễ hạn", "Late"), r.T("Quá hạn", "Overdue"),
		r.T("Hoàn thành trễ", "Done late"), r.T("Đang thực hiện", "In progress"),
		r.T("Hoàn thành đúng hạn", "Done on time"), r.T("Không có thời hạn", "No deadline"),
		r.T("Tỷ lệ trễ hạn", "Late rate"),
	})
	for _, row := range r.ByLead {
		rate := ""
		if x, ok := row.LateRate(); ok {
			rate = x.Format(r.Lang)
		}
		cw.Write([]string{
			row.ID, row.Name,
			strconv.Itoa(row.WithDeadline), strconv.Itoa(row.Late), strconv.Itoa(row.Overdue),
			strconv.Itoa(row.DoneLate), strconv.Itoa(row.InProgress),
			strconv.Itoa(row.DoneOnTime), strconv.Itoa(row.NoDeadline), rate,
		})
	}
	cw.Flush()
	return cw.Error()
}
