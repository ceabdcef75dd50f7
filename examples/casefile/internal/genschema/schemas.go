package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/task"
)

// idBase is where the schemas are published: their $id is idBase and their
// file name.
const idBase = "https://raw.githubusercontent.com/quyche/quyche/main/examples/casefile/schema/"

// The file names of the schemas, in examples/casefile/schema.
const (
	caseFile     = "quyche.case.v1.schema.json"
	findingsFile = "quyche.findings.v1.schema.json"
	rulesFile    = "quyche.rules.v1.schema.json"
)

// root makes s the root schema of the format built by b.
func (b *builder) root(s *Schema, file, title string) *Schema {
	s.Schema = "https://json-schema.org/draft/2020-12/schema"
	s.ID = idBase + file
	s.Title = title
	s.Description = b.describe(b.format)
	s.Defs = b.defs
	return s
}

// caseSchema returns the schema of quyche.case/v1, from casefile.Case and
// the record types it holds, with their json tags. The case-file decoder
// refuses unknown members, so every object is closed.
func caseSchema() (*Schema, *builder, error) {
	b := newBuilder("case", true)
	s := b.object("case", reflect.TypeFor[casefile.Case]())
	return b.root(s, caseFile, "quyche case file ("+casefile.Schema+")"), b, b.err()
}

// findingsSchema returns the schema of quyche.findings/v1, from what
// casefile.Encoder, regulation.Finding and task.Summary write. Readers of
// findings ignore members they do not know, so objects are open.
func findingsSchema() (*Schema, *builder, error) {
	forms, err := findingsForms()
	if err != nil {
		return nil, nil, err
	}
	b := newBuilder("findings", false, forms...)
	s := b.formObject(b.forms["findings"])
	for _, d := range b.defs {
		if d.Name == "finding" {
			d.Schema.AllOf = perCode()
		}
	}
	return b.root(s, findingsFile, "quyche findings ("+casefile.FindingsSchema+")"), b, b.err()
}

// perCode returns, for each code of the catalogue, the severity its
// findings have and the details they carry.
func perCode() []*Schema {
	var all []*Schema
	for _, r := range regulation.Catalogue() {
		then := &Schema{Properties: []Property{{"severity", &Schema{Const: r.Severity.String()}}}}
		if len(r.Details) > 0 {
			then.Properties = append(then.Properties, Property{"details", &Schema{Required: r.Details}})
		}
		all = append(all, &Schema{
			If:   &Schema{Properties: []Property{{"code", &Schema{Const: string(r.Code)}}}, Required: []string{"code"}},
			Then: then,
		})
	}
	return all
}

// rulesSchema returns the schema of quyche.rules/v1, from what
// regulation.Rules' MarshalJSON writes. Its UnmarshalJSON refuses unknown
// members, so every object is closed.
func rulesSchema() (*Schema, *builder, error) {
	forms, err := rulesForms()
	if err != nil {
		return nil, nil, err
	}
	b := newBuilder("rules", true, forms...)
	s := b.formObject(b.forms["rules"])
	return b.root(s, rulesFile, "quyche rule set ("+regulation.RulesSchema+")"), b, b.err()
}

var sampleDay = calendar.NewDate(2024, 3, 29)

// findingsForms returns the objects of the findings format, each with a
// full and a minimal sample written by the Go code.
func findingsForms() ([]form, error) {
	rules := regulation.KonTum2023()
	// Values are read from their text, not named by Go constants, so that
	// the samples do not depend on the constants' names.
	kind, err := fromJSON[regulation.RecordKind](`"task"`)
	if err != nil {
		return nil, err
	}
	t, err := fromJSON[task.Task](`{"id": "T1", "assigner": "ppc_chairman", "lead": ["STC"], "assigned": "2024-03-01", "due": "2024-03-20"}`)
	if err != nil {
		return nil, err
	}
	f := rules.Finding(regulation.TaskOverdue, kind, "T1", "STC", regulation.Details{
		"deadline": t.Due, "as_of": sampleDay, "late_days": 9, "late_workdays": 7})
	period := regulation.ReportingPeriod{From: calendar.NewDate(2024, 1, 1), To: sampleDay}
	sum := task.NewSummary(rules, sampleDay, task.SummaryOptions{Period: period})
	sum.Add(t)

	var full, min bytes.Buffer
	enc := casefile.NewEncoder(&full)
	_ = enc.BeginHeader(casefile.Header{Rules: rules.ID, AsOf: sampleDay, Period: period, Calendar: rules.WorkCalendar().Version(), Unit: "STC"})
	_ = enc.Add(f)
	if err := enc.End(sum); err != nil {
		return nil, err
	}
	enc = casefile.NewEncoder(&min)
	_ = enc.Begin(rules.ID, sampleDay)
	if err := enc.End(nil); err != nil {
		return nil, err
	}
	var file struct {
		Findings []json.RawMessage
		Tasks    struct {
			LateRate   json.RawMessage   `json:"late_rate"`
			ByLead     []json.RawMessage `json:"by_lead"`
			ByAssigner []json.RawMessage `json:"by_assigner"`
		}
	}
	if err := json.Unmarshal(full.Bytes(), &file); err != nil {
		return nil, err
	}
	if len(file.Findings) != 1 || len(file.Tasks.ByLead) != 1 || len(file.Tasks.ByAssigner) != 1 {
		return nil, fmt.Errorf("the findings sample lacks a finding or a row:\n%s", full.Bytes())
	}
	var fj struct{ Message json.RawMessage }
	if err := json.Unmarshal(file.Findings[0], &fj); err != nil {
		return nil, err
	}
	bare, err := json.Marshal(regulation.Finding{Code: regulation.InputInvalid})
	if err != nil {
		return nil, err
	}
	sumFull, err := json.Marshal(sum)
	if err != nil {
		return nil, err
	}
	sumMin, err := json.Marshal(task.Summarize(nil, nil, calendar.Date{}))
	if err != nil {
		return nil, err
	}
	return []form{
		{def: "findings", t: reflect.TypeFor[casefile.Header](), full: full.Bytes(), min: min.Bytes()},
		{def: "finding", t: reflect.TypeFor[regulation.Finding](), full: file.Findings[0], min: bare},
		{def: "message", full: fj.Message, min: fj.Message},
		{def: "task_summary", t: reflect.TypeFor[task.Summary](), flat: []reflect.Type{reflect.TypeFor[task.Counts]()}, full: sumFull, min: sumMin},
		{def: "lead_row", t: reflect.TypeFor[task.LeadRow](), full: file.Tasks.ByLead[0], min: file.Tasks.ByLead[0]},
		{def: "assigner_row", t: reflect.TypeFor[task.AssignerRow](), full: file.Tasks.ByAssigner[0], min: file.Tasks.ByAssigner[0]},
		{def: "rate", t: reflect.TypeFor[task.Rate](), full: file.Tasks.LateRate, min: file.Tasks.LateRate},
	}, nil
}

// rulesForms returns the objects of the rules format, each with a full and
// a minimal sample written by regulation.Rules' MarshalJSON.
func rulesForms() ([]form, error) {
	r := regulation.KonTum2023()
	add, err := fromJSON[calendar.Additions](`{
		"holidays": [{"name": {"vi": "Ngày mẫu", "en": "Sample day"}, "month": 6, "day": 1, "start_year": 2030}],
		"schedules": [{"year": 2030, "days": [{"date": "2030-06-03", "kind": "holiday", "name": {"vi": "Ngày mẫu", "en": "Sample day"}}]}]}`)
	if err != nil {
		return nil, err
	}
	cal, err := calendar.Vietnam().Extend(add)
	if err != nil {
		return nil, err
	}
	r.Calendar = cal
	full, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	min, err := json.Marshal(&regulation.Rules{})
	if err != nil {
		return nil, err
	}
	var calFull, calMin struct{ Calendar json.RawMessage }
	if err := json.Unmarshal(full, &calFull); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(min, &calMin); err != nil {
		return nil, err
	}
	return []form{
		{def: "rules", t: reflect.TypeFor[regulation.Rules](), full: full, min: min},
		{def: "calendar", t: reflect.TypeFor[calendar.Additions](), full: calFull.Calendar, min: calMin.Calendar},
	}, nil
}

// fromJSON returns the value of type T that the JSON text s gives.
func fromJSON[T any](s string) (T, error) {
	var v T
	err := json.Unmarshal([]byte(s), &v)
	return v, err
}
