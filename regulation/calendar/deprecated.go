package calendar

// Names that quyche used before every enumeration constant was named after
// its type (TypeValue). They stay so that code written against them keeps
// building; new code uses the names they stand for.
const (
	// Deprecated: use DayKindUnknown.
	KindUnknown = DayKindUnknown
	// Deprecated: use DayKindWorkday.
	KindWorkday = DayKindWorkday
	// Deprecated: use DayKindWeekend.
	KindWeekend = DayKindWeekend
	// Deprecated: use DayKindHoliday.
	KindHoliday = DayKindHoliday
	// Deprecated: use DayKindCompensation.
	KindCompensation = DayKindCompensation
	// Deprecated: use DayKindSwap.
	KindSwap = DayKindSwap
	// Deprecated: use DayKindMakeUp.
	KindMakeUp = DayKindMakeUp
)
