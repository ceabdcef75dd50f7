package casefile

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/quyche/quyche/regulation"
)

// Position is a place in a case file: the 1-based line and column, in bytes,
// as in the messages of [Error].
type Position struct {
	Line, Column int
}

// String returns "line:column".
func (p Position) String() string {
	return strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
}

// lines counts lines incrementally as the decoder moves forward in the
// file, so that the position of every record costs one pass over the file
// in all.
type lines struct {
	off   int64 // the offset counted up to
	line  int   // the line of off
	start int64 // the offset of the first byte of that line
}

// at returns the position of offset off in data. Offsets normally come in
// increasing order; an earlier one restarts the count.
func (l *lines) at(data []byte, off int64) Position {
	if l.line == 0 || off < l.off {
		*l = lines{line: 1}
	}
	seg := data[l.off:off]
	if n := bytes.Count(seg, []byte{'\n'}); n > 0 {
		l.line += n
		l.start = l.off + int64(bytes.LastIndexByte(seg, '\n')) + 1
	}
	l.off = off
	return Position{Line: l.line, Column: int(off-l.start) + 1}
}

// listOf returns the name of the case file's list that holds records of
// kind.
func listOf(kind regulation.RecordKind) string {
	switch kind {
	case regulation.RecordKindTask:
		return "tasks"
	case regulation.RecordKindConsultation:
		return "consultations"
	case regulation.RecordKindSubmission:
		return "submissions"
	case regulation.RecordKindMeeting:
		return "meetings"
	case regulation.RecordKindRecord:
		return "records"
	case regulation.RecordKindDelegation:
		return "delegations"
	}
	return ""
}

// ids returns the ids of the records of list, in order.
func (c *Case) ids(list string) []string {
	var out []string
	add := func(n int, id func(int) string) {
		out = make([]string, n)
		for i := range n {
			out[i] = id(i)
		}
	}
	switch list {
	case "tasks":
		add(len(c.Tasks), func(i int) string { return c.Tasks[i].ID })
	case "consultations":
		add(len(c.Consultations), func(i int) string { return c.Consultations[i].ID })
	case "submissions":
		add(len(c.Submissions), func(i int) string { return c.Submissions[i].ID })
	case "meetings":
		add(len(c.Meetings), func(i int) string { return c.Meetings[i].ID })
	case "records":
		add(len(c.Records), func(i int) string { return c.Records[i].ID })
	case "delegations":
		add(len(c.Delegations), func(i int) string { return c.Delegations[i].ID })
	}
	return out
}

// locate gives every input.invalid finding of fs that has no "position"
// detail the position of its record in the case file, "line:column", when
// c was decoded from a file: a duplicate by its index, a directory entry
// by the index in its field path, any other record by its id (the first
// record with that id).
func (c *Case) locate(fs regulation.Findings) {
	var first map[string]map[string]int // list → id → index, built on first need
	for i := range fs {
		f := &fs[i]
		if f.Code != regulation.InputInvalid {
			continue
		}
		if _, ok := f.Details["position"]; ok {
			continue
		}
		list, ix := listOf(f.Kind), -1
		switch {
		case f.Kind == regulation.RecordKindCase:
			list = f.Record
			if rest, ok := strings.CutPrefix(f.Subject, list+"["); ok {
				if n, _, ok := strings.Cut(rest, "]"); ok {
					ix, _ = strconv.Atoi(n)
				}
			}
		case f.Details["index"] != nil:
			ix, _ = f.Details["index"].(int)
		default:
			if len(c.Positions[list]) == 0 {
				continue
			}
			if first[list] == nil {
				if first == nil {
					first = map[string]map[string]int{}
				}
				ids := c.ids(list)
				m := make(map[string]int, len(ids))
				for j := len(ids) - 1; j >= 0; j-- {
					m[ids[j]] = j
				}
				first[list] = m
			}
			var ok bool
			if ix, ok = first[list][f.Record]; !ok {
				ix = -1
			}
		}
		pos := c.Positions[list]
		if ix < 0 || ix >= len(pos) || len(pos) != c.listLen(list) {
			continue
		}
		d := make(regulation.Details, len(f.Details)+1)
		for k, v := range f.Details {
			d[k] = v
		}
		d["position"] = pos[ix].String()
		f.Details = d
	}
}

// listLen returns the number of entries in list.
func (c *Case) listLen(list string) int {
	switch list {
	case "units":
		return len(c.Units)
	case "people":
		return len(c.People)
	case "ppc_members":
		return len(c.Members)
	case "tasks":
		return len(c.Tasks)
	case "consultations":
		return len(c.Consultations)
	case "submissions":
		return len(c.Submissions)
	case "meetings":
		return len(c.Meetings)
	case "records":
		return len(c.Records)
	case "delegations":
		return len(c.Delegations)
	}
	return -1
}
