package regulation

import (
	"strconv"

	"github.com/quyche/quyche/regulation/calendar"
)

// This file is low-level API for packages task, meeting and signoff, which
// declare their enumerations with it; integrators never need it. It is
// exported because Go gives those packages no other way to share one
// implementation with package regulation: an internal package of
// regulation would be out of their reach, and the design keeps no internal
// package at the top of the module.
//
// Every enumeration of quyche (regulation, task, meeting, signoff) is a
// uint8 type with an Unknown zero value, declared with one table that gives,
// for each value, its snake_case name (the text form of the case and
// findings files) and its label in Vietnamese and in English (what messages
// and reports show). Its methods are one-line delegations to an [EnumSet]:
//
//   - String returns the name; "unknown" for the zero value and
//     "%!Type(n)" for a value out of range, as time.Month does; it never
//     panics;
//   - MarshalText writes the name, "" for the zero value, and fails with an
//     *EnumError for a value out of range;
//   - UnmarshalText reads "" as the zero value, and any text that names no
//     value as an *EnumError wrapping [ErrUnknownValue];
//   - Localize returns the label in a language ("%!Type(n)" out of range).
//
// The enumerations of package calendar (DayKind, Basis, PeriodUnit), which
// cannot import this package, follow the same conventions with their own
// smaller code.

// ErrUnknownValue is the sentinel wrapped by every *EnumError. It is
// calendar.ErrUnknownValue itself, so that errors.Is(err, ErrUnknownValue)
// recognises the errors of every enumeration of quyche, the calendar's
// included, whichever of the two names the caller uses.
var ErrUnknownValue = calendar.ErrUnknownValue

// EnumError reports a text that names no value of an enumeration, or a value
// out of range that has no text. It wraps ErrUnknownValue.
type EnumError struct {
	Type  string // the Go type, e.g. "Position"
	Value string // the text given, cut to 64 bytes, or the number out of range
}

func (e *EnumError) Error() string {
	return "regulation: unknown " + e.Type + " " + strconv.Quote(e.Value)
}

// Unwrap returns ErrUnknownValue.
func (e *EnumError) Unwrap() error { return ErrUnknownValue }

// Text is a text in the two languages quyche writes: Vietnamese (VI) and
// English (EN). It is the one way the packages keep bilingual texts: the
// labels of enumeration values, the words of messages.
type Text struct {
	VI string // Vietnamese
	EN string // English
}

// In returns the text in language l: EN for English, VI for Vietnamese (and
// for any value that is not a language).
func (t Text) In(l Lang) string {
	if l == English {
		return t.EN
	}
	return t.VI
}

// EnumValue is one row of the table of an enumeration: the value's name and
// its label.
type EnumValue struct {
	Name  string // snake_case text form; "" for the zero value
	Label Text   // what messages and reports show
}

// EnumSet is the table of an enumeration T: the name and label of each
// value, value 0 being the Unknown zero value. The types of quyche give
// their String, MarshalText, UnmarshalText and Localize methods by
// delegating to one EnumSet each. It is low-level API, for packages task,
// meeting and signoff: integrators never need it. An EnumSet is immutable
// and safe for concurrent use.
type EnumSet[T ~uint8] struct {
	typ    string
	names  []string
	labels []Text
}

// DefineEnum returns the EnumSet of type typ (its Go name, used in errors
// and in String for values out of range) from its table: table[v] describes
// value v, and table[0] the zero value, whose Name is "". Declare the table
// with the constants as indexes, so that each row says which value it is:
//
//	var statuses = regulation.DefineEnum[Status]("Status", []regulation.EnumValue{
//		StatusUnknown: {Label: regulation.Text{VI: "không rõ", EN: "unknown"}},
//		StatusOverdue: {Name: "overdue", Label: regulation.Text{VI: "quá hạn", EN: "overdue"}},
//	})
//
// The names of the non-zero values must be distinct and not empty; the
// package's tests check that every value reads back from its name.
func DefineEnum[T ~uint8](typ string, table []EnumValue) EnumSet[T] {
	s := EnumSet[T]{typ: typ, names: make([]string, len(table)), labels: make([]Text, len(table))}
	for i, v := range table {
		s.names[i], s.labels[i] = v.Name, v.Label
	}
	if len(table) > 0 {
		s.names[0] = ""
	}
	return s
}

// NewEnumSet returns the EnumSet of type typ with names for the values 1,
// 2, …; each value's label is its name in both languages.
//
// Deprecated: use DefineEnum, which takes each value's labels with its name.
func NewEnumSet[T ~uint8](typ string, names ...string) EnumSet[T] {
	table := make([]EnumValue, 0, len(names)+1)
	table = append(table, EnumValue{Label: Text{VI: "không rõ", EN: "unknown"}})
	for _, n := range names {
		table = append(table, EnumValue{Name: n, Label: Text{VI: n, EN: n}})
	}
	return DefineEnum[T](typ, table)
}

// Name returns the text name of v and whether v is a known, non-zero value.
func (s EnumSet[T]) Name(v T) (string, bool) {
	if v == 0 || int(v) >= len(s.names) {
		return "", false
	}
	return s.names[v], true
}

// Valid reports whether v is a known, non-zero value.
func (s EnumSet[T]) Valid(v T) bool { return v != 0 && int(v) < len(s.names) }

// String returns the name of v; the zero value gives "unknown" and a value
// out of range gives "%!Type(13)", as time.Month does. It never panics.
func (s EnumSet[T]) String(v T) string {
	if n, ok := s.Name(v); ok {
		return n
	}
	if v == 0 {
		return "unknown"
	}
	return "%!" + s.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// Marshal returns the name of v for text marshalling: "" for the zero value,
// and an *EnumError for a value out of range.
func (s EnumSet[T]) Marshal(v T) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if n, ok := s.Name(v); ok {
		return []byte(n), nil
	}
	return nil, &EnumError{Type: s.typ, Value: strconv.Itoa(int(v))}
}

// Parse returns the value named text. The empty text gives the zero value;
// any other text that names no value gives an *EnumError.
func (s EnumSet[T]) Parse(text []byte) (T, error) {
	if len(text) == 0 {
		return 0, nil
	}
	for i := 1; i < len(s.names); i++ {
		if s.names[i] == string(text) {
			return T(i), nil
		}
	}
	v := string(text)
	if len(v) > 64 {
		v = v[:64]
	}
	return 0, &EnumError{Type: s.typ, Value: v}
}

// Label returns the label of v, the zero value's included; a value out of
// range gives String(v) in both languages.
func (s EnumSet[T]) Label(v T) Text {
	if int(v) < len(s.labels) {
		return s.labels[v]
	}
	n := s.String(v)
	return Text{VI: n, EN: n}
}

// Localize returns the label of v in language l.
func (s EnumSet[T]) Localize(v T, l Lang) string { return s.Label(v).In(l) }

// Values returns every non-zero value of the set, in order.
func (s EnumSet[T]) Values() []T {
	vs := make([]T, 0, max(len(s.names)-1, 0))
	for i := 1; i < len(s.names); i++ {
		vs = append(vs, T(i))
	}
	return vs
}
