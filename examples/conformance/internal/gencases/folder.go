package main

import (
	"encoding/json"
	"strings"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/task"
)

// A folder is the case of one rule code: records on which the code fires
// (ids "pos-…"), twins on which it does not ("neg-…"), and the records they
// need as context (other ids).
type folder struct {
	code  regulation.Code
	about string        // the rule, in one line
	asOf  calendar.Date // zero: the default as-of date
	// rules is the rule set the case is written for, written to rules.json;
	// nil means the built-in kontum-2023 that case.json names.
	rules   *regulation.Rules
	records []record
}

// A record is one entry of a case file's lists and why it is there.
type record struct {
	list  string // "tasks", "consultations", …
	id    string
	why   string
	value any // the record, or a json.RawMessage written as it is
}

// role is what the record shows: "fires", "does not fire" or "context".
func (r record) role() string {
	switch {
	case strings.HasPrefix(r.id, "pos-"):
		return "fires"
	case strings.HasPrefix(r.id, "neg-"):
		return "does not fire"
	}
	return "context"
}

func tk(id, why string, t task.Task) record {
	t.ID = id
	return record{"tasks", id, why, t}
}

func cs(id, why string, c task.Consultation) record {
	c.ID = id
	return record{"consultations", id, why, c}
}

func sb(id, why string, s task.Submission) record {
	s.ID = id
	return record{"submissions", id, why, s}
}

func mt(id, why string, m meeting.Meeting) record {
	m.ID = id
	return record{"meetings", id, why, m}
}

func rc(id, why string, r signoff.Record) record {
	r.ID = id
	return record{"records", id, why, r}
}

func dl(id, why string, d signoff.Delegation) record {
	d.ID = id
	return record{"delegations", id, why, d}
}

// raw is the record r with the JSON text old replaced by new once: a value
// that the library's types cannot hold, such as an unknown enum name.
func raw(r record, old, new string) record {
	b, err := json.Marshal(r.value)
	if err != nil {
		panic(err) // the generator's own records always marshal
	}
	s := string(b)
	if !strings.Contains(s, old) {
		panic("gencases: " + r.id + ": no " + old)
	}
	r.value = json.RawMessage(strings.Replace(s, old, new, 1))
	return r
}
