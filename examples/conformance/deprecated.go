package conformance

// Names that quyche used before every enumeration constant was named after
// its type (TypeValue). They stay so that code written against them keeps
// building; new code uses the names they stand for.

// Deprecated names of the ChangeKind constants.
const (
	// Deprecated: use ChangeKindUnknown.
	ChangeUnknown = ChangeKindUnknown
	// Deprecated: use ChangeKindRemoved.
	Removed = ChangeKindRemoved
	// Deprecated: use ChangeKindAdded.
	Added = ChangeKindAdded
	// Deprecated: use ChangeKindRecited.
	Recited = ChangeKindRecited
)
