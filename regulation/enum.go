package regulation

import (
	"errors"
	"strconv"
)

// ErrUnknownValue is the sentinel wrapped by every *EnumError.
var ErrUnknownValue = errors.New("regulation: unknown value")

// EnumError reports a text that names no value of a closed set. It wraps
// ErrUnknownValue.
type EnumError struct {
	Type  string // the Go type, e.g. "Position"
	Value string // the text given, cut to 64 bytes
}

func (e *EnumError) Error() string {
	return "regulation: unknown " + e.Type + " " + strconv.Quote(e.Value)
}

// Unwrap returns ErrUnknownValue.
func (e *EnumError) Unwrap() error { return ErrUnknownValue }

// EnumSet is the table of text names of a closed set (an enum) whose values
// are small unsigned integers: names[v] is the name of value v, and value 0 is
// the Unknown zero value, named "". Packages use it to give their enums
// String, MarshalText and UnmarshalText with the snake_case names of
// rules.md. An EnumSet is immutable and safe for concurrent use.
type EnumSet[T ~uint8] struct {
	typ   string
	names []string
}

// NewEnumSet returns the EnumSet of type typ (its Go name, used in errors and
// in String for values out of range) with names for the values 1, 2, ….
func NewEnumSet[T ~uint8](typ string, names ...string) EnumSet[T] {
	return EnumSet[T]{typ: typ, names: append([]string{""}, names...)}
}

// Name returns the text name of v and whether v is a known, non-zero value.
func (s EnumSet[T]) Name(v T) (string, bool) {
	if v == 0 || int(v) >= len(s.names) {
		return "", false
	}
	return s.names[v], true
}

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

// Values returns every non-zero value of the set, in order.
func (s EnumSet[T]) Values() []T {
	vs := make([]T, 0, len(s.names)-1)
	for i := 1; i < len(s.names); i++ {
		vs = append(vs, T(i))
	}
	return vs
}
