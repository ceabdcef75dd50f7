package regulation_test

import (
	"fmt"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// The examples of this file show the low-level API that packages task,
// meeting and signoff build their checks and enumerations with.

// A domain package declares an enumeration with one table and one-line
// methods.
func ExampleDefineEnum() {
	type Urgency uint8
	const (
		UrgencyUnknown Urgency = iota
		UrgencyNormal
		UrgencyUrgent
	)
	urgencies := regulation.DefineEnum[Urgency]("Urgency", []regulation.EnumValue{
		UrgencyUnknown: {Label: regulation.Text{VI: "không rõ", EN: "unknown"}},
		UrgencyNormal:  {Name: "normal", Label: regulation.Text{VI: "thường", EN: "normal"}},
		UrgencyUrgent:  {Name: "urgent", Label: regulation.Text{VI: "khẩn", EN: "urgent"}},
	})
	v, err := urgencies.Parse([]byte("urgent"))
	fmt.Println(v == UrgencyUrgent, err, urgencies.String(v), urgencies.Localize(v, regulation.Vietnamese))
	fmt.Println(urgencies.String(0), urgencies.String(7), urgencies.Values())
	_, err = urgencies.Parse([]byte("soon"))
	fmt.Println(err)
	// Output:
	// true <nil> urgent khẩn
	// unknown %!Urgency(7) [1 2]
	// regulation: unknown Urgency "soon"
}

// Every check starts with the argument contract.
func ExampleCheckArguments() {
	for _, f := range regulation.CheckArguments(regulation.RecordKindMeeting, "M1", nil, regulation.KonTum2023(), calendar.Date{}) {
		fmt.Println(f.Code, f.Subject, f.Details["problem"])
	}
	fmt.Println(regulation.CheckArguments(regulation.RecordKindMeeting, "M1", &regulation.Directory{}, regulation.KonTum2023(), calendar.NewDate(2024, 1, 8)) == nil)
	// Output:
	// input.invalid as_of missing
	// input.invalid directory missing
	// true
}

// A check reads a record into a Validation: a structural fault makes the
// record uncheckable; a local fault switches off only the rules that read
// the field.
func ExampleNewValidation() {
	v := regulation.NewValidation(regulation.RecordKindConsultation, "C1")
	sent := calendar.NewDate(2024, 3, 4)
	v.Date("sent", sent, calendar.Date{})
	ok := v.LocalDate(regulation.Path("replies", 1, "received"), calendar.NewDate(2024, 3, 1), sent)
	fmt.Println(ok, v.Checkable())
	for _, f := range v.Findings() {
		fmt.Println(f.Subject, f.Details["problem"], f.Details["effect"])
	}
	v.Fault("lead", regulation.ProblemMissing)
	for _, f := range v.Findings() {
		fmt.Println(f.Subject, f.Details["problem"], f.Details["effect"])
	}
	// Output:
	// false true
	// replies[1].received date_order rules_skipped
	// lead missing record_not_checked
}

func ExamplePath() {
	fmt.Println(regulation.Path("replies", 2, "unit"), regulation.Path("reminders", 0, ""), regulation.Path("office", -1, "date"))
	// Output:
	// replies[2].unit reminders[0] office.date
}

func ExampleDateProblem() {
	assigned := calendar.NewDate(2024, 3, 1)
	fmt.Println(regulation.DateProblem(calendar.Date{}, assigned, true), regulation.DateProblem(calendar.Date{}, assigned, false))
	fmt.Println(regulation.DateProblem(calendar.NewDate(2024, 2, 1), assigned, false), regulation.DateProblem(calendar.NewDate(10000, 1, 1), assigned, false))
	// Output:
	// missing unknown
	// date_order out_of_range
}

func ExampleExists() {
	asOf := calendar.NewDate(2024, 1, 8)
	fmt.Println(regulation.Exists(calendar.NewDate(2024, 1, 8), asOf), regulation.Exists(calendar.NewDate(2024, 1, 9), asOf), regulation.Exists(calendar.Date{}, asOf))
	// Output:
	// true false false
}

func ExampleLateness() {
	days, workdays := regulation.Lateness(calendar.Vietnam(), calendar.NewDate(2024, 2, 7), calendar.NewDate(2024, 2, 16))
	fmt.Println(days, workdays) // across Tết
	// Output:
	// 9 2
}

func ExampleLocalInvalidInput() {
	f := regulation.LocalInvalidInput(regulation.RecordKindMeeting, "M1", "invitation_sent", regulation.ProblemDateOrder)
	fmt.Println(f.Code, f.Subject, f.Details["effect"])
	fmt.Println(f.Message(regulation.English))
	// Output:
	// input.invalid invitation_sent rules_skipped
	// data to correct: field invitation_sent: the date is out of order with the date it depends on; the rules that read this field were not applied; the others were
}
