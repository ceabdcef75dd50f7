package meeting

// Names that quyche used before every enumeration constant was named after
// its type (TypeValue). They stay so that code written against them keeps
// building; new code uses the names they stand for.

// Deprecated names of the Kind constants.
const (
	// Deprecated: use KindRegular.
	Regular = KindRegular
	// Deprecated: use KindThematic.
	Thematic = KindThematic
	// Deprecated: use KindWorking.
	Working = KindWorking
	// Deprecated: use KindInterSectoral.
	InterSectoral = KindInterSectoral
	// Deprecated: use KindFieldInspection.
	FieldInspection = KindFieldInspection
)
