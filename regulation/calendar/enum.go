package calendar

import (
	"errors"
	"strconv"
)

// The package's enumerations (DayKind, Basis, PeriodUnit) follow the
// conventions of the enumerations of package regulation: the zero value is
// Unknown; String gives the snake_case name, "unknown" for the zero value
// and "%!DayKind(9)" for a value out of range, as time.Month does;
// MarshalText writes "" for the zero value and fails with an *EnumError for
// a value out of range; UnmarshalText reads "" as the zero value and fails
// with an *EnumError for any text that names no value.

// ErrUnknownValue is wrapped by every *EnumError. It is also
// regulation.ErrUnknownValue: errors.Is with either finds the errors of
// every enumeration of quyche.
var ErrUnknownValue = errors.New("calendar: unknown enumeration value")

// EnumError reports a value of one of the package's enumerations that has no
// text form, or a text that names no value. It wraps ErrUnknownValue.
type EnumError struct {
	Type  string // the enumeration, e.g. "PeriodUnit"
	Value string // the text or value at fault, cut to 64 bytes
}

// Error implements the error interface.
func (e *EnumError) Error() string {
	return "calendar: unknown " + e.Type + " " + strconv.Quote(e.Value)
}

// Unwrap returns ErrUnknownValue.
func (e *EnumError) Unwrap() error { return ErrUnknownValue }

// enum is the text form of an enumeration T: names[v] is the name of value
// v, and names[0] is "" (the zero value).
type enum[T ~uint8] struct {
	typ   string
	names []string
}

func (e enum[T]) string(v T) string {
	switch {
	case v == 0:
		return "unknown"
	case int(v) < len(e.names):
		return e.names[v]
	}
	return "%!" + e.typ + "(" + strconv.Itoa(int(v)) + ")"
}

func (e enum[T]) marshal(v T) ([]byte, error) {
	if int(v) >= len(e.names) {
		return nil, &EnumError{Type: e.typ, Value: strconv.Itoa(int(v))}
	}
	return []byte(e.names[v]), nil
}

func (e enum[T]) parse(text []byte) (T, error) {
	for i, n := range e.names {
		if n == string(text) {
			return T(i), nil
		}
	}
	if len(text) > 64 {
		text = text[:64]
	}
	return 0, &EnumError{Type: e.typ, Value: string(text)}
}
