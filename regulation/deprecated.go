package regulation

// Names that quyche used before every enumeration constant was named after
// its type (TypeValue, see the package documentation). They stay so that
// code written against them keeps building; new code uses the names they
// stand for.

// Deprecated names of the UnitKind constants.
const (
	// Deprecated: use UnitKindPPC.
	PPC = UnitKindPPC
	// Deprecated: use UnitKindPPCOffice.
	PPCOffice = UnitKindPPCOffice
	// Deprecated: use UnitKindDepartment.
	Department = UnitKindDepartment
	// Deprecated: use UnitKindBoard.
	Board = UnitKindBoard
	// Deprecated: use UnitKindDistrictPC.
	DistrictPC = UnitKindDistrictPC
	// Deprecated: use UnitKindCommunePC.
	CommunePC = UnitKindCommunePC
	// Deprecated: use UnitKindOther.
	OtherUnit = UnitKindOther
)

// Deprecated names of the Position constants.
const (
	// Deprecated: use PositionChairman.
	Chairman = PositionChairman
	// Deprecated: use PositionViceChairman.
	ViceChairman = PositionViceChairman
	// Deprecated: use PositionPPCMember.
	PPCMember = PositionPPCMember
	// Deprecated: use PositionHead.
	Head = PositionHead
	// Deprecated: use PositionActingHead.
	ActingHead = PositionActingHead
	// Deprecated: use PositionDeputyHead.
	DeputyHead = PositionDeputyHead
	// Deprecated: use PositionDivisionHead.
	DivisionHead = PositionDivisionHead
	// Deprecated: use PositionDivisionDeputy.
	DivisionDeputy = PositionDivisionDeputy
	// Deprecated: use PositionSpecialist.
	Specialist = PositionSpecialist
	// Deprecated: use PositionOther.
	OtherPosition = PositionOther
)

// Deprecated names of the RecordKind constants.
const (
	// Deprecated: use RecordKindTask.
	TaskRecord = RecordKindTask
	// Deprecated: use RecordKindConsultation.
	ConsultationRecord = RecordKindConsultation
	// Deprecated: use RecordKindSubmission.
	SubmissionRecord = RecordKindSubmission
	// Deprecated: use RecordKindMeeting.
	MeetingRecord = RecordKindMeeting
	// Deprecated: use RecordKindRecord.
	MinutesRecord = RecordKindRecord
	// Deprecated: use RecordKindDelegation.
	DelegationRecord = RecordKindDelegation
	// Deprecated: use RecordKindCase.
	CaseRecord = RecordKindCase
)

// Deprecated names of the SubmissionKind constants.
const (
	// Deprecated: use SubmissionKindProposal.
	Proposal = SubmissionKindProposal
	// Deprecated: use SubmissionKindScheme.
	Scheme = SubmissionKindScheme
	// Deprecated: use SubmissionKindDraftLegalDocument.
	DraftLegalDocument = SubmissionKindDraftLegalDocument
	// Deprecated: use SubmissionKindReport.
	ReportSubmission = SubmissionKindReport
)

// Deprecated names of the Component constants.
const (
	// Deprecated: use ComponentStatement.
	Statement = ComponentStatement
	// Deprecated: use ComponentReport.
	ReportComponent = ComponentReport
	// Deprecated: use ComponentDraft.
	Draft = ComponentDraft
	// Deprecated: use ComponentOpinions.
	Opinions = ComponentOpinions
	// Deprecated: use ComponentOpinionSynthesis.
	OpinionSynthesis = ComponentOpinionSynthesis
	// Deprecated: use ComponentSummary.
	Summary = ComponentSummary
	// Deprecated: use ComponentAppraisalReport.
	AppraisalReport = ComponentAppraisalReport
)

// Deprecated names of the InputEffect constants.
const (
	// Deprecated: use InputEffectUnknown.
	EffectUnknown = InputEffectUnknown
	// Deprecated: use InputEffectRecordNotChecked.
	EffectRecordNotChecked = InputEffectRecordNotChecked
	// Deprecated: use InputEffectRulesSkipped.
	EffectRulesSkipped = InputEffectRulesSkipped
)

// Deprecated names of the RepairKind constants.
const (
	// Deprecated: use RepairKindPrefix.
	RepairPrefix = RepairKindPrefix
	// Deprecated: use RepairKindSpace.
	RepairSpace = RepairKindSpace
	// Deprecated: use RepairKindDash.
	RepairDash = RepairKindDash
	// Deprecated: use RepairKindSeparator.
	RepairSeparator = RepairKindSeparator
	// Deprecated: use RepairKindLookalike.
	RepairLookalike = RepairKindLookalike
	// Deprecated: use RepairKindDiacritic.
	RepairDiacritic = RepairKindDiacritic
	// Deprecated: use RepairKindCase.
	RepairCase = RepairKindCase
	// Deprecated: use RepairKindHyphen.
	RepairHyphen = RepairKindHyphen
	// Deprecated: use RepairKindCapacity.
	RepairCapacity = RepairKindCapacity
)
