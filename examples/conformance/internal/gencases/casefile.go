package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	rt "github.com/quyche/quyche/regulation/regulationtest"
)

// caseFile is a case file (quyche.case/v1) whose records are written from
// the library's own record types: one model, not two.
type caseFile struct {
	Schema        string                `json:"schema"`
	Rules         string                `json:"rules"`
	AsOf          calendar.Date         `json:"as_of"`
	Units         []regulation.Unit     `json:"units"`
	People        []regulation.Person   `json:"people,omitempty"`
	Members       []regulation.PersonID `json:"ppc_members,omitempty"`
	Tasks         []json.RawMessage     `json:"tasks,omitempty"`
	Consultations []json.RawMessage     `json:"consultations,omitempty"`
	Submissions   []json.RawMessage     `json:"submissions,omitempty"`
	Meetings      []json.RawMessage     `json:"meetings,omitempty"`
	Records       []json.RawMessage     `json:"records,omitempty"`
	Delegations   []json.RawMessage     `json:"delegations,omitempty"`
}

func (c *caseFile) list(name string) *[]json.RawMessage {
	switch name {
	case "tasks":
		return &c.Tasks
	case "consultations":
		return &c.Consultations
	case "submissions":
		return &c.Submissions
	case "meetings":
		return &c.Meetings
	case "records":
		return &c.Records
	case "delegations":
		return &c.Delegations
	}
	return nil
}

// province is the directory a case file is written with.
type province struct {
	units   []regulation.Unit
	people  []regulation.Person
	members []regulation.PersonID
}

// fullProvince is the whole test province of regulationtest.
func fullProvince() province {
	return province{rt.Units(), rt.People(), rt.Members()}
}

// smallProvince is the part of the test province that the folder's records
// name: the people they name and the units they name or these people belong
// to. The PPC's members are listed only when a record is a PPC session,
// whose quorum counts them all; then all of them are.
func smallProvince(f folder) province {
	units := map[regulation.UnitID]bool{}
	people := map[regulation.PersonID]bool{}
	sessions := false
	for _, r := range f.records {
		collect(reflect.ValueOf(r.value), units, people)
		if m, ok := r.value.(meeting.Meeting); ok && (m.Kind == meeting.KindRegular || m.Kind == meeting.KindThematic) {
			sessions = true
		}
	}
	var p province
	if sessions {
		p.members = rt.Members()
		for _, id := range p.members {
			people[id] = true
		}
	}
	for _, x := range rt.People() {
		if people[x.ID] {
			p.people = append(p.people, x)
			units[x.Unit] = true
		}
	}
	for _, u := range rt.Units() {
		if units[u.ID] {
			p.units = append(p.units, u)
		}
	}
	return p
}

// collect adds every unit and person id found in v to units and people.
func collect(v reflect.Value, units map[regulation.UnitID]bool, people map[regulation.PersonID]bool) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if !v.IsNil() {
			collect(v.Elem(), units, people)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				collect(v.Field(i), units, people)
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Type() == reflect.TypeFor[json.RawMessage]() {
			return
		}
		for i := range v.Len() {
			collect(v.Index(i), units, people)
		}
	case reflect.String:
		switch v.Type() {
		case reflect.TypeFor[regulation.UnitID]():
			if s := regulation.UnitID(v.String()); s != "" {
				units[s] = true
			}
		case reflect.TypeFor[regulation.PersonID]():
			if s := regulation.PersonID(v.String()); s != "" {
				people[s] = true
			}
		}
	}
}

// caseOf returns the case file of f with the directory p.
func caseOf(f folder, p province) (*caseFile, error) {
	c := &caseFile{
		Schema: casefile.Schema, Rules: "kontum-2023", AsOf: f.asOf,
		Units: p.units, People: p.people, Members: p.members,
	}
	if c.AsOf.IsZero() {
		c.AsOf = defaultAsOf
	}
	for _, r := range f.records {
		b, err := json.Marshal(r.value)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", f.code, r.id, err)
		}
		l := c.list(r.list)
		if l == nil {
			return nil, fmt.Errorf("%s: %s: unknown list %q", f.code, r.id, r.list)
		}
		*l = append(*l, b)
	}
	return c, nil
}

// encodeCase writes c as indented JSON (see indent).
func encodeCase(c *caseFile) ([]byte, error) {
	b, err := json.Marshal(c)
	if err != nil {
		return nil, err
	}
	return indent(b)
}

// rulesOf returns the rule set the folder's case is checked under.
func rulesOf(f folder) *regulation.Rules {
	if f.rules != nil {
		return f.rules
	}
	return regulation.KonTum2023()
}

// check decodes the case file data as the audit program does and checks it.
func check(f folder, data []byte) (regulation.Findings, error) {
	c, err := casefile.DecodeBytes(data, string(f.code)+"/case.json")
	if err != nil {
		return nil, err
	}
	return c.Check(rulesOf(f), c.AsOf).Findings, nil
}

// verify checks that the folder shows what it claims: each pos-… record has
// a finding of the folder's code, each neg-… record has none, there is at
// least one of each, and the small directory gives the same findings as the
// whole test province (so that leaving people out changed nothing).
func verify(f folder, small []byte) (regulation.Findings, error) {
	got, err := check(f, small)
	if err != nil {
		return nil, err
	}
	fc, err := caseOf(f, fullProvince())
	if err != nil {
		return nil, err
	}
	full, err := encodeCase(fc)
	if err != nil {
		return nil, err
	}
	want, err := check(f, full)
	if err != nil {
		return nil, err
	}
	if !equalFindings(want, got) {
		return nil, fmt.Errorf("%s: the small directory changes the findings:\nwhole province: %v\nsmall: %v", f.code, summary(want), summary(got))
	}
	var pos, neg int
	for _, r := range f.records {
		has := slices.ContainsFunc(got, func(x regulation.Finding) bool {
			return x.Code == f.code && x.Record == r.id && x.Kind == kindOf(r.list)
		})
		switch r.role() {
		case "fires":
			pos++
			if !has {
				return nil, fmt.Errorf("%s: %s: no finding of the code; findings: %v", f.code, r.id, summary(got))
			}
		case "does not fire":
			neg++
			if has {
				return nil, fmt.Errorf("%s: %s: a finding of the code; findings: %v", f.code, r.id, summary(got))
			}
		}
	}
	if pos == 0 || neg == 0 {
		return nil, fmt.Errorf("%s: %d positive and %d negative records, want at least one of each", f.code, pos, neg)
	}
	return got, nil
}

// equalFindings compares what the conformance suite compares: everything
// but the details behind the messages.
func equalFindings(a, b regulation.Findings) bool {
	return slices.EqualFunc(a, b, func(x, y regulation.Finding) bool {
		return x.Code == y.Code && x.Severity == y.Severity && x.Kind == y.Kind &&
			x.Record == y.Record && x.Subject == y.Subject && slices.Equal(x.Refs, y.Refs)
	})
}

func summary(fs regulation.Findings) []string {
	var s []string
	for _, f := range fs {
		s = append(s, fmt.Sprintf("%s/%s %s %q", f.Kind, f.Record, f.Code, f.Subject))
	}
	return s
}

// kindOf returns the record kind of the findings about a record of list.
func kindOf(list string) regulation.RecordKind {
	return map[string]regulation.RecordKind{
		"tasks": regulation.RecordKindTask, "consultations": regulation.RecordKindConsultation,
		"submissions": regulation.RecordKindSubmission, "meetings": regulation.RecordKindMeeting,
		"records": regulation.RecordKindRecord, "delegations": regulation.RecordKindDelegation,
	}[list]
}
