package calendar

// DayKind says what kind of day a date is in a Calendar: a plain working
// day, a weekly rest day, or one of the days that differ from a plain Monday
// to Friday week. The zero value, DayKindUnknown, is unset.
type DayKind uint8

const (
	// DayKindUnknown is the zero, unset DayKind.
	DayKindUnknown DayKind = iota
	// DayKindWorkday is a plain working day, Monday to Friday.
	DayKindWorkday
	// DayKindWeekend is a weekly rest day, Saturday or Sunday
	// (Decision 188/1999/QĐ-TTg).
	DayKindWeekend
	// DayKindHoliday is a public holiday (Labour Code 2019 Art. 112), which may
	// fall on a weekend.
	DayKindHoliday
	// DayKindCompensation is a working day given as rest to compensate a
	// holiday that fell on a weekly rest day (nghỉ bù, Labour Code 2019
	// Art. 111(3)).
	DayKindCompensation
	// DayKindSwap is a working day turned into a rest day by the Government,
	// made up on a weekend day (nghỉ hoán đổi).
	DayKindSwap
	// DayKindMakeUp is a weekend day worked to make up for a swapped rest day
	// (làm bù), usually a Saturday.
	DayKindMakeUp
)

var dayKinds = enum[DayKind]{"DayKind", []string{
	DayKindWorkday:      "workday",
	DayKindWeekend:      "weekend",
	DayKindHoliday:      "holiday",
	DayKindCompensation: "compensation",
	DayKindSwap:         "swap",
	DayKindMakeUp:       "make_up",
}}

// String returns the snake_case name of k ("holiday", "make_up"), "unknown"
// for DayKindUnknown and "%!DayKind(9)" for a value out of range.
func (k DayKind) String() string { return dayKinds.string(k) }

// IsOff reports whether a day of kind k is a day off.
func (k DayKind) IsOff() bool {
	switch k {
	case DayKindWeekend, DayKindHoliday, DayKindCompensation, DayKindSwap:
		return true
	}
	return false
}

// MarshalText implements encoding.TextMarshaler: "" for DayKindUnknown, an
// *EnumError for a value out of range.
func (k DayKind) MarshalText() ([]byte, error) { return dayKinds.marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler: "" gives DayKindUnknown,
// and a text that String does not return for a known value an *EnumError.
func (k *DayKind) UnmarshalText(text []byte) (err error) { *k, err = dayKinds.parse(text); return err }

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

var bases = enum[Basis]{"Basis", []string{
	BasisOfficial:   "official",
	BasisProjected:  "projected",
	BasisNotCovered: "not_covered",
}}

// String returns the snake_case name of b ("official", "not_covered"),
// "unknown" for BasisUnknown and "%!Basis(9)" for a value out of range.
func (b Basis) String() string { return bases.string(b) }

// MarshalText implements encoding.TextMarshaler: "" for BasisUnknown, an
// *EnumError for a value out of range.
func (b Basis) MarshalText() ([]byte, error) { return bases.marshal(b) }

// UnmarshalText implements encoding.TextUnmarshaler: "" gives BasisUnknown,
// and a text that String does not return for a known value an *EnumError.
func (b *Basis) UnmarshalText(text []byte) (err error) { *b, err = bases.parse(text); return err }
