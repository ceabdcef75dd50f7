package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/task"
)

// caseFile is a case file (quyche.case/v1) built from the library's own
// record types: the JSON tags of those types and of this struct are the
// format, so there is one model, not two.
type caseFile struct {
	Schema        string                `json:"schema"`
	Rules         string                `json:"rules"`
	AsOf          calendar.Date         `json:"as_of"`
	Units         []regulation.Unit     `json:"units"`
	People        []regulation.Person   `json:"people"`
	Members       []regulation.PersonID `json:"ppc_members"`
	Tasks         []task.Task           `json:"tasks"`
	Consultations []task.Consultation   `json:"consultations"`
	Submissions   []task.Submission     `json:"submissions"`
	Meetings      []meeting.Meeting     `json:"meetings"`
	Records       []signoff.Record      `json:"records"`
	Delegations   []signoff.Delegation  `json:"delegations"`
}

// encode writes c as indented JSON with each record compact on a line of its
// own: small, easy to diff, and the same bytes for the same value. Fields
// come in the order of caseFile; a list of records is written one record a
// line, any other value on the line of its key.
func (c *caseFile) encode() ([]byte, error) {
	var b bytes.Buffer
	v := reflect.ValueOf(c).Elem()
	t := v.Type()
	b.WriteString("{\n")
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		fmt.Fprintf(&b, "  %q: ", name)
		f := v.Field(i)
		if f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.Struct && f.Len() > 0 {
			b.WriteString("[\n")
			for j := range f.Len() {
				rec, err := json.Marshal(f.Index(j).Interface())
				if err != nil {
					return nil, fmt.Errorf("%s[%d]: %w", name, j, err)
				}
				b.WriteString("    ")
				b.Write(rec)
				if j < f.Len()-1 {
					b.WriteByte(',')
				}
				b.WriteByte('\n')
			}
			b.WriteString("  ]")
		} else {
			val, err := json.Marshal(f.Interface())
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			b.Write(val)
		}
		if i < t.NumField()-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
}

// verify checks the figures the dataset is built to show, so that a change
// to the generator cannot silently write a case file that misses them: 1,206
// tasks with a deadline, 222 of them late as of asOf. The test checks the
// rest through the case-file decoder.
func (c *caseFile) verify() error {
	total := task.Summarize(c.Tasks, regulation.KonTum2023(), c.AsOf).Total()
	if total.WithDeadline != tasksWithDeadline || total.Late != tasksLate {
		return fmt.Errorf("the tasks give %d late of %d with a deadline as of %s, want %d of %d",
			total.Late, total.WithDeadline, c.AsOf, tasksLate, tasksWithDeadline)
	}
	return nil
}
