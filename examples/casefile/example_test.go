package casefile_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation"
)

// A case file exported by an e-office system is decoded, checked under the
// rule set it names, and its findings written as quyche.findings/v1.
func ExampleDecode() {
	const data = `{
  "schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-08",
  "units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
  "tasks": [
    {"id": "T1", "assigner": "ppc_chairman", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-12-15", "done": "2023-12-20"},
    {"id": "T2", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-02-30"}
  ]
}`
	c, err := casefile.Decode(strings.NewReader(data), "case.json")
	if err != nil {
		fmt.Println(err) // a refusal: exit status 2 in the audit program
		return
	}
	rules, _ := regulation.Lookup(c.RulesID)
	res := c.Check(rules, c.AsOf)
	for _, f := range res.Findings {
		fmt.Printf("%s %s %s: %s\n", f.Code, f.Record, f.Subject, f.Message(regulation.English))
	}
	rate, _ := res.Tasks.Total().LateRate()
	fmt.Println("late:", rate, "invalid:", res.Tasks.Invalid())
	// Output:
	// task.done_late T1 STC: the task was done late: due 2023-12-15, done 2023-12-20; 5 days late (3 working days)
	// input.invalid T2 due: data to correct: field due: the value is not valid; the record was not checked
	// late: 1/1 (100.0%) invalid: 1
}

// A file that is not a case file is refused with its position.
func ExampleDecode_refused() {
	_, err := casefile.Decode(strings.NewReader(`{"schema": "quyche.case/v1",
  "taks": []}`), "case.json")
	fmt.Println(err)
	// Output:
	// case.json:2:3: unknown field "taks"
}

func ExampleEncoder() {
	c, _ := casefile.Decode(strings.NewReader(`{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-08",
  "units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
  "tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC", "STC"], "assigned": "2023-11-01"}]}`), "case.json")
	rules := regulation.KonTum2023()
	enc := casefile.NewEncoder(os.Stdout)
	_ = enc.Begin(rules.ID, c.AsOf)
	sum := c.Run(rules, c.AsOf, func(f regulation.Finding) { _ = enc.Add(f) })
	_ = enc.End(sum)
	// Output:
	// {"schema":"quyche.findings/v1","rules":"kontum-2023","as_of":"2024-01-08",
	// "findings": [
	//   {"code":"task.lead_count","severity":"violation","kind":"task","record":"T1","subject":"","refs":[{"doc":"39/2022/NĐ-CP","article":2}],"details":{"leads":2},"message":{"vi":"nhiệm vụ có 2 đơn vị chủ trì; mỗi nhiệm vụ phải có đúng một đơn vị chủ trì","en":"the task has 2 lead units; a task must have exactly one"}}
	// ],
	// "tasks": {"as_of":"2024-01-08","with_deadline":0,"late":0,"overdue":0,"done_late":0,"in_progress":0,"done_on_time":0,"no_deadline":1,"invalid":0,"outside":0,"late_rate":null,"by_lead":[{"unit":"","with_deadline":0,"late":0,"overdue":0,"done_late":0,"in_progress":0,"done_on_time":0,"no_deadline":1,"late_rate":null}],"by_assigner":[{"assigner":"ppc","with_deadline":0,"late":0,"overdue":0,"done_late":0,"in_progress":0,"done_on_time":0,"no_deadline":1,"late_rate":null}]}
	// }
}

// An audit is asked for with settings — here the audit program's -from and
// -to, or a service's from and to — and written as quyche.findings/v1; its
// outcome is what the audit program's exit status and a service's
// X-Quyche-Status header say.
func ExampleCase_Audit() {
	c, err := casefile.Decode(strings.NewReader(`{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-01-08",
  "units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
  "tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-03-01", "due": "2023-03-31", "done": "2023-04-05"},
            {"id": "T2", "assigner": "ppc", "lead": ["STC"], "assigned": "2022-03-01", "due": "2022-03-31", "done": "2022-04-05"}]}`), "case.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	from, _ := casefile.ParseSettingDate("from", "01/01/2023")
	to, _ := casefile.ParseSettingDate("to", "2023-12-31")
	a, err := c.Audit(casefile.Settings{From: from, To: to})
	if err != nil {
		fmt.Println(err)
		return
	}
	res := a.Check()
	fmt.Println("as of", a.AsOf, "under", a.Rules.ID)
	for _, f := range res.Findings {
		fmt.Println(f.Code, f.Record)
	}
	fmt.Println(res.Tally().Outcome())
	// Output:
	// as of 2023-12-31 under kontum-2023
	// task.done_late T1
	// violations
}

// A workflow step asks about one record: may these minutes go out as
// signed? The case holds the minutes and their context (units, people and
// the delegations the signatures rest on).
func ExampleCase_CheckRecord() {
	c, _ := casefile.Decode(strings.NewReader(`{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-03-29",
  "units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
  "people": [{"id": "stc.head", "name": "Lý Văn Quang", "unit": "STC", "position": "head"},
             {"id": "stc.div", "name": "Tạ Minh Sơn", "unit": "STC", "position": "division_head"}],
  "delegations": [{"id": "D1", "kind": "tl", "grantor": "stc.head", "grantee": "stc.div", "scope": ["minutes"],
                   "valid_from": "2024-01-01", "valid_to": "2024-02-29"}],
  "records": [{"id": "R1", "kind": "minutes", "date": "2024-03-20", "units": ["STC"], "chair": "stc.head",
               "signatures": [{"person": "stc.head", "capacity": "direct"},
                              {"person": "stc.div", "for_unit": "STC", "capacity": "tl", "delegation": "D1"}]}]}`), "check.json")
	fs, err := c.CheckRecord(regulation.RecordKindRecord, regulation.KonTum2023(), c.AsOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range fs {
		fmt.Println(f.Code, f.Record, f.Subject)
	}
	// Output:
	// signoff.delegation_invalid R1 STC
}
