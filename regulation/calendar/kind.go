package calendar

import (
	"errors"
	"strconv"
)

// DayKind says what kind of day a date is in a Calendar: a plain working
// day, a weekly rest day, or one of the days that differ from a plain Monday
// to Friday week. The zero value, KindUnknown, is unset.
type DayKind uint8

const (
	// KindUnknown is the zero, unset DayKind.
	KindUnknown DayKind = iota
	// KindWorkday is a plain working day, Monday to Friday.
	KindWorkday
	// KindWeekend is a weekly rest day, Saturday or Sunday
	// (Decision 188/1999/QĐ-TTg).
	KindWeekend
	// KindHoliday is a public holiday (Labour Code 2019 Art. 112), which may
	// fall on a weekend.
	KindHoliday
	// KindCompensation is a working day given as rest to compensate a
	// holiday that fell on a weekly rest day (nghỉ bù, Labour Code 2019
	// Art. 111(3)).
	KindCompensation
	// KindSwap is a working day turned into a rest day by the Government,
	// made up on a weekend day (nghỉ hoán đổi).
	KindSwap
	// KindMakeUp is a weekend day worked to make up for a swapped rest day
	// (làm bù), usually a Saturday.
	KindMakeUp
)

var dayKindNames = [...]string{
	KindUnknown:      "unknown",
	KindWorkday:      "workday",
	KindWeekend:      "weekend",
	KindHoliday:      "holiday",
	KindCompensation: "compensation",
	KindSwap:         "swap",
	KindMakeUp:       "make_up",
}

// String returns the snake_case name of k ("holiday", "make_up"); a value
// outside the enumeration gives "DayKind(9)".
func (k DayKind) String() string {
	if int(k) < len(dayKindNames) {
		return dayKindNames[k]
	}
	return "DayKind(" + strconv.Itoa(int(k)) + ")"
}

// IsOff reports whether a day of kind k is a day off.
func (k DayKind) IsOff() bool {
	switch k {
	case KindWeekend, KindHoliday, KindCompensation, KindSwap:
		return true
	}
	return false
}

// MarshalText implements encoding.TextMarshaler. It fails with an
// *EnumError for KindUnknown and values outside the enumeration.
func (k DayKind) MarshalText() ([]byte, error) {
	if k == KindUnknown || int(k) >= len(dayKindNames) {
		return nil, &EnumError{Type: "DayKind", Value: k.String()}
	}
	return []byte(dayKindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the names
// String returns, except "unknown", and fails with an *EnumError otherwise.
func (k *DayKind) UnmarshalText(text []byte) error {
	v, ok := lookupName(dayKindNames[:], string(text))
	if !ok {
		return enumError("DayKind", text)
	}
	*k = DayKind(v)
	return nil
}

// Basis says how sure a Calendar is about a day: the day is ruled by an
// official schedule, projected from the statutes, or outside the range the
// calendar covers. The zero value, BasisUnknown, is unset.
type Basis uint8

const (
	// BasisUnknown is the zero, unset Basis.
	BasisUnknown Basis = iota
	// BasisOfficial marks a day of a year with an official schedule (or a day
	// named in one).
	BasisOfficial
	// BasisProjected marks a day of a year without an official schedule,
	// projected from the statutes; the real schedule may differ.
	BasisProjected
	// BasisNotCovered marks a day outside the range the calendar covers:
	// only weekends are days off there.
	BasisNotCovered
)

var basisNames = [...]string{
	BasisUnknown:    "unknown",
	BasisOfficial:   "official",
	BasisProjected:  "projected",
	BasisNotCovered: "not_covered",
}

// String returns the snake_case name of b ("official", "not_covered"); a
// value outside the enumeration gives "Basis(9)".
func (b Basis) String() string {
	if int(b) < len(basisNames) {
		return basisNames[b]
	}
	return "Basis(" + strconv.Itoa(int(b)) + ")"
}

// MarshalText implements encoding.TextMarshaler. It fails with an
// *EnumError for BasisUnknown and values outside the enumeration.
func (b Basis) MarshalText() ([]byte, error) {
	if b == BasisUnknown || int(b) >= len(basisNames) {
		return nil, &EnumError{Type: "Basis", Value: b.String()}
	}
	return []byte(basisNames[b]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the names
// String returns, except "unknown", and fails with an *EnumError otherwise.
func (b *Basis) UnmarshalText(text []byte) error {
	v, ok := lookupName(basisNames[:], string(text))
	if !ok {
		return enumError("Basis", text)
	}
	*b = Basis(v)
	return nil
}

// ErrUnknownValue is wrapped by every *EnumError.
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

func enumError(typ string, text []byte) error {
	if len(text) > 64 {
		text = text[:64]
	}
	return &EnumError{Type: typ, Value: string(text)}
}

// lookupName returns the index of s in names, never matching index 0 (the
// unknown value).
func lookupName(names []string, s string) (int, bool) {
	for i := 1; i < len(names); i++ {
		if names[i] == s {
			return i, true
		}
	}
	return 0, false
}
