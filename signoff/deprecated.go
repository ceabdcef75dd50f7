package signoff

// Names that quyche used before every enumeration constant was named after
// its type (TypeValue). They stay so that code written against them keeps
// building; new code uses the names they stand for.

// Deprecated names of the Kind constants.
const (
	// Deprecated: use KindMinutes.
	Minutes = KindMinutes
	// Deprecated: use KindInspectionRecord.
	InspectionRecord = KindInspectionRecord
)

// Deprecated names of the Capacity constants.
const (
	// Deprecated: use CapacityDirect.
	Direct = CapacityDirect
	// Deprecated: use CapacityTM.
	TM = CapacityTM
	// Deprecated: use CapacityKT.
	KT = CapacityKT
	// Deprecated: use CapacityQ.
	Q = CapacityQ
	// Deprecated: use CapacityTL.
	TL = CapacityTL
	// Deprecated: use CapacityTUQ.
	TUQ = CapacityTUQ
)

// Deprecated names of the DelegationProblem constants.
const (
	// Deprecated: use DelegationProblemMissing.
	DelegationMissing = DelegationProblemMissing
	// Deprecated: use DelegationProblemUnusable.
	DelegationUnusable = DelegationProblemUnusable
	// Deprecated: use DelegationProblemWrongGrantee.
	DelegationWrongGrantee = DelegationProblemWrongGrantee
	// Deprecated: use DelegationProblemRedelegated.
	DelegationRedelegated = DelegationProblemRedelegated
	// Deprecated: use DelegationProblemBrokenChain.
	DelegationBrokenChain = DelegationProblemBrokenChain
	// Deprecated: use DelegationProblemNotFromHead.
	DelegationNotFromHead = DelegationProblemNotFromHead
	// Deprecated: use DelegationProblemNotYetValid.
	DelegationNotYetValid = DelegationProblemNotYetValid
	// Deprecated: use DelegationProblemExpired.
	DelegationExpired = DelegationProblemExpired
	// Deprecated: use DelegationProblemOutOfScope.
	DelegationOutOfScope = DelegationProblemOutOfScope
	// Deprecated: use DelegationProblemKindMismatch.
	DelegationKindMismatch = DelegationProblemKindMismatch
	// Deprecated: use DelegationProblemGranteeOutsideUnit.
	DelegationGranteeOutsideUnit = DelegationProblemGranteeOutsideUnit
)
