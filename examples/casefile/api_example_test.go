package casefile_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// exampleCase is a small case file: two units, a person, two tasks of 2023
// and one of 2024, a duplicate task id, and a meeting.
const exampleCase = `{
  "schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-31",
  "units": [{"id": "UBND", "name": "UBND tỉnh", "kind": "ppc"}, {"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
  "people": [{"id": "p0", "name": "Nguyễn Văn A", "unit": "UBND", "position": "chairman"}],
  "ppc_members": ["p0"],
  "tasks": [
    {"id": "T1", "assigner": "ppc_chairman", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-12-15", "done": "2023-12-20"},
    {"id": "T2", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-12-01", "due": "2023-12-29"},
    {"id": "T2", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-12-02"},
    {"id": "T3", "assigner": "ppc", "lead": ["STC"], "assigned": "2024-01-10", "due": "2024-01-19"}
  ]
}`

func exampleDecoded() *casefile.Case {
	c, err := casefile.DecodeBytes([]byte(exampleCase), "case.json")
	if err != nil {
		panic(err) // the example's own literal
	}
	return c
}

func ExampleDecodeBytes() {
	c, err := casefile.DecodeBytes([]byte(exampleCase), "case.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.RulesID, c.AsOf, len(c.Units), len(c.Tasks), len(c.Rejected))
	// Output:
	// kontum-2023 2024-01-31 2 4 0
}

func ExampleCase_Check() {
	c := exampleDecoded()
	res := c.Check(regulation.KonTum2023(), c.AsOf)
	for _, f := range res.Findings {
		fmt.Println(f.Code, f.Record, f.Subject)
	}
	t := res.Tally()
	fmt.Println(t.Violations, t.DataProblems, res.Tasks.Total().Late, res.Tasks.Invalid())
	// Output:
	// task.done_late T1 STC
	// input.invalid T2 id
	// task.overdue T2 STC
	// task.overdue T3 STC
	// 3 1 3 1
}

// A reporting period selects the records that come into being in it: the
// tasks assigned in 2023, judged as of the end of the year.
func ExampleCase_CheckWith() {
	c := exampleDecoded()
	asOf, opts, err := c.Scope(calendar.Date{}, calendar.NewDate(2023, 1, 1), calendar.NewDate(2023, 12, 31))
	if err != nil {
		fmt.Println(err)
		return
	}
	res := c.CheckWith(regulation.KonTum2023(), asOf, opts)
	for _, f := range res.Findings {
		fmt.Println(f.Code, f.Record)
	}
	fmt.Println(asOf, res.Tasks.Total().Tasks(), res.Tasks.Outside())
	// Output:
	// task.done_late T1
	// input.invalid T2
	// task.overdue T2
	// 2023-12-31 2 1
}

func ExampleCase_Scope() {
	c := exampleDecoded()
	asOf, opts, _ := c.Scope(calendar.Date{}, calendar.NewDate(2024, 1, 1), calendar.Date{})
	fmt.Println(asOf, opts.Period)
	_, _, err := c.Scope(calendar.Date{}, calendar.NewDate(2024, 2, 1), calendar.NewDate(2024, 1, 1))
	fmt.Println(err)
	// Output:
	// 2024-01-31 2024-01-01..2024-01-31
	// casefile: the period ends before it starts: from 2024-02-01 is after the end of the period 2024-01-01
}

// Run hands out findings one record kind at a time, so that a caller can
// stream them out.
func ExampleCase_Run() {
	c := exampleDecoded()
	sum := c.Run(regulation.KonTum2023(), c.AsOf, func(f regulation.Finding) {
		fmt.Println(f.Kind, f.Record, f.Code)
	})
	fmt.Println(sum.Total().Tasks())
	// Output:
	// task T1 task.done_late
	// task T2 input.invalid
	// task T2 task.overdue
	// task T3 task.overdue
	// 3
}

func ExampleCase_RunWith() {
	c := exampleDecoded()
	opts := casefile.Options{Period: regulation.ReportingPeriod{From: calendar.NewDate(2024, 1, 1)}}
	sum := c.RunWith(regulation.KonTum2023(), c.AsOf, opts, func(f regulation.Finding) {
		fmt.Println(f.Record, f.Code)
	})
	fmt.Println(sum.Total().Tasks(), sum.Outside(), sum.Invalid())
	// Output:
	// T2 input.invalid
	// T3 task.overdue
	// 1 2 1
}

// WriteFindings writes what the audit program prints with -json.
func ExampleCase_WriteFindings() {
	c := exampleDecoded()
	var buf bytes.Buffer
	tally, err := c.WriteFindings(&buf, regulation.KonTum2023(), c.AsOf, casefile.Options{})
	fmt.Println(tally.Violations, tally.DataProblems, err, bytes.HasPrefix(buf.Bytes(), []byte(`{"schema":"quyche.findings/v1"`)))
	// Output:
	// 3 1 <nil> true
}

func ExampleCase_Directory() {
	c := exampleDecoded()
	dir, fs := c.Directory()
	chair, _ := dir.Chairman()
	fmt.Println(dir.NumUnits(), chair.Name, len(fs))
	// Output:
	// 2 Nguyễn Văn A 0
}

func ExampleCase_Encode() {
	c, _ := casefile.DecodeBytes([]byte(`{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-31",
  "units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}]}`), "case.json")
	if err := c.Encode(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "schema": "quyche.case/v1",
	//   "rules": "kontum-2023",
	//   "as_of": "2024-01-31",
	//   "units": [
	//     {"id":"STC","name":"Sở Tài chính","kind":"department"}
	//   ],
	//   "people": null,
	//   "ppc_members": null,
	//   "tasks": null,
	//   "consultations": null,
	//   "submissions": null,
	//   "meetings": null,
	//   "records": null,
	//   "delegations": null
	// }
}

func ExampleTally_Add() {
	rules := regulation.KonTum2023()
	var t casefile.Tally
	t.Add(rules.Finding(regulation.TaskOverdue, regulation.RecordKindTask, "T1", "STC", nil))
	t.Add(regulation.InvalidInput(regulation.RecordKindTask, "T2", "due", regulation.ProblemInvalidValue))
	t.Add(rules.Finding(regulation.TaskDueSoon, regulation.RecordKindTask, "T3", "STC", nil))
	fmt.Printf("%+v\n", t)
	// Output:
	// {Violations:1 DataProblems:1 Warnings:1 Info:0}
}

// BeginHeader writes a header with a reporting period and the calendar's
// data version.
func ExampleEncoder_BeginHeader() {
	rules := regulation.KonTum2023()
	enc := casefile.NewEncoder(os.Stdout)
	_ = enc.BeginHeader(casefile.Header{
		Rules: rules.ID, AsOf: calendar.NewDate(2023, 12, 31),
		Period: regulation.ReportingPeriod{From: calendar.NewDate(2023, 1, 1), To: calendar.NewDate(2023, 12, 31)},
	})
	_ = enc.End(nil)
	fmt.Println()
	// Output:
	// {"schema":"quyche.findings/v1","rules":"kontum-2023","as_of":"2023-12-31","period":{"from":"2023-01-01","to":"2023-12-31"},
	// "findings": [
	// ],
	// "tasks": null
	// }
}

func ExampleReadRules() {
	data, _ := json.Marshal(regulation.KonTum2023())
	rules, err := casefile.ReadRules(data, "kontum.rules.json")
	fmt.Println(rules.ID, rules.Consult.ReplyDefault, err)
	_, err = casefile.ReadRules([]byte(`{"schema": "quyche.rules/v1", "id": "x", "bogus": 1}`), "bad.rules.json")
	fmt.Println(errors.Is(err, casefile.ErrRefused))
	// Output:
	// kontum-2023 10 <nil>
	// true
}

func ExampleCase_RuleSet() {
	c := exampleDecoded()
	rules, err := c.RuleSet(casefile.Settings{})
	fmt.Println(rules.ID, err)
	_, err = c.RuleSet(casefile.Settings{RulesID: "hanoi-2099"})
	fmt.Println(errors.Is(err, casefile.ErrUnknownRules))
	// Output:
	// kontum-2023 <nil>
	// true
}

func ExampleParseSettingDate() {
	d, err := casefile.ParseSettingDate("as_of", "31/12/2023")
	fmt.Println(d, err)
	_, err = casefile.ParseSettingDate("as_of", "2023-13-01")
	fmt.Println(err)
	// Output:
	// 2023-12-31 <nil>
	// as_of: want a date written yyyy-mm-dd or dd/mm/yyyy, got "2023-13-01"
}

func ExampleCheckKinds() {
	fmt.Println(casefile.CheckKinds())
	// Output:
	// [task consultation submission meeting record]
}

func ExampleCase_WriteRecordFindings() {
	c, err := casefile.DecodeBytes([]byte(`{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-31",
  "units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
  "tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-12-01", "due": "2023-12-29"}]}`), "task.json")
	if err != nil {
		panic(err) // the example's own literal
	}
	var out bytes.Buffer
	tally, err := c.WriteRecordFindings(&out, regulation.RecordKindTask, regulation.KonTum2023(), c.AsOf)
	fmt.Println(tally.Outcome(), err)
	// Output:
	// violations <nil>
}
