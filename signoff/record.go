package signoff

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// Kind is the kind of a record (biên bản): meeting minutes or an inspection
// record. The zero value is KindUnknown. (The name is not RecordKind, which
// package regulation uses for the kinds of checked records.)
type Kind uint8

// Record kinds; the comment gives each one's name in the case file.
const (
	KindUnknown          Kind = iota
	KindMinutes               // minutes: minutes of a meeting (biên bản họp)
	KindInspectionRecord      // inspection_record: record of a field inspection (biên bản kiểm tra)
)

var kinds = regulation.DefineEnum[Kind]("Kind", []regulation.EnumValue{
	KindUnknown:          {Label: regulation.Text{VI: "không rõ", EN: "unknown"}},
	KindMinutes:          {Name: "minutes", Label: regulation.Text{VI: "biên bản họp", EN: "meeting minutes"}},
	KindInspectionRecord: {Name: "inspection_record", Label: regulation.Text{VI: "biên bản kiểm tra", EN: "inspection record"}},
})

// String returns the snake_case name of k: "minutes" or "inspection_record".
func (k Kind) String() string { return kinds.String(k) }

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return kinds.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is a
// *regulation.EnumError.
func (k *Kind) UnmarshalText(b []byte) (err error) { *k, err = kinds.Parse(b); return err }

// Localize returns the Vietnamese or English name of k.
func (k Kind) Localize(l regulation.Lang) string { return kinds.Localize(k, l) }

func (k Kind) valid() bool { return kinds.Valid(k) }

// Capacity is the capacity in which someone signs (thẩm quyền ký, Decree
// 30/2020/NĐ-CP Art. 13 and Appendix I). The zero value is CapacityUnknown.
type Capacity uint8

// Signing capacities; the comment gives each one's name in the case file.
const (
	CapacityUnknown Capacity = iota
	CapacityDirect           // direct: the signer signs in their own right, without a prefix
	CapacityTM               // tm: "TM." (thay mặt), on behalf of a collective, by its head
	CapacityKT               // kt: "KT." (ký thay), a deputy signs for the head
	CapacityQ                // q: "Q." (quyền), the acting head signs
	CapacityTL               // tl: "TL." (thừa lệnh), by order of the head, under a delegation
	CapacityTUQ              // tuq: "TUQ." (thừa ủy quyền), by written authorisation, under a delegation
)

var capacities = regulation.DefineEnum[Capacity]("Capacity", []regulation.EnumValue{
	CapacityUnknown: {Label: regulation.Text{VI: "không rõ", EN: "unknown"}},
	CapacityDirect:  {Name: "direct", Label: regulation.Text{VI: "trực tiếp", EN: "in their own right"}},
	CapacityTM:      {Name: "tm", Label: regulation.Text{VI: "TM. (thay mặt tập thể)", EN: "TM. (on behalf of the collective)"}},
	CapacityKT:      {Name: "kt", Label: regulation.Text{VI: "KT. (ký thay người đứng đầu)", EN: "KT. (for the head)"}},
	CapacityQ:       {Name: "q", Label: regulation.Text{VI: "Q. (quyền người đứng đầu)", EN: "Q. (as acting head)"}},
	CapacityTL:      {Name: "tl", Label: regulation.Text{VI: "TL. (thừa lệnh)", EN: "TL. (by order)"}},
	CapacityTUQ:     {Name: "tuq", Label: regulation.Text{VI: "TUQ. (thừa ủy quyền)", EN: "TUQ. (by authorisation)"}},
})

var capacityPrefixes = [...]string{"", "", "TM.", "KT.", "Q.", "TL.", "TUQ."}

// String returns the snake_case name of c: "direct", "tm", "kt", "q", "tl"
// or "tuq".
func (c Capacity) String() string { return capacities.String(c) }

// MarshalText implements encoding.TextMarshaler.
func (c Capacity) MarshalText() ([]byte, error) { return capacities.Marshal(c) }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is a
// *regulation.EnumError.
func (c *Capacity) UnmarshalText(b []byte) (err error) { *c, err = capacities.Parse(b); return err }

// Localize returns the Vietnamese or English description of c, with its
// printed prefix: "KT. (ký thay người đứng đầu)", "KT. (for the head)".
func (c Capacity) Localize(l regulation.Lang) string { return capacities.Localize(c, l) }

// Prefix returns the prefix printed before the position signed for in a
// signature block: "TM.", "KT.", "Q.", "TL.", "TUQ.", and "" for Direct and
// for values that are not capacities.
func (c Capacity) Prefix() string {
	if int(c) < len(capacityPrefixes) {
		return capacityPrefixes[c]
	}
	return ""
}

func (c Capacity) valid() bool { return capacities.Valid(c) }

// delegated reports whether c signs under a delegation (TL. or TUQ.).
func (c Capacity) delegated() bool { return c == CapacityTL || c == CapacityTUQ }

// Record is minutes of a meeting or the record of a field inspection (biên
// bản), with its signatures. Its JSON form is the "records" entry of the
// quyche.case/v1 case file (examples/casefile/FORMAT.md). Only minutes have
// a chair and a secretary; an inter-sectoral (liên ngành) record is one in
// which several units take part, listed in Units, each of which must sign
// it.
//
// The zero value is an empty record that [Check] reports as input.invalid.
type Record struct {
	ID            string              `json:"id"`
	Kind          Kind                `json:"kind"`
	Meeting       string              `json:"meeting,omitempty"` // the meeting minuted; may name a meeting outside the case
	InterSectoral bool                `json:"inter_sectoral,omitempty"`
	Date          calendar.Date       `json:"date"`                // the date drawn up and signed
	Units         []regulation.UnitID `json:"units,omitempty"`     // the participating units
	Chair         regulation.PersonID `json:"chair,omitempty"`     // minutes only: the chair (chủ trì, chủ tọa)
	Secretary     regulation.PersonID `json:"secretary,omitempty"` // minutes only: the secretary (thư ký)
	Signatures    []Signature         `json:"signatures"`
}

// Signature is one signature on a record: who signed, for which unit, in
// which capacity and, for TL. and TUQ. (and KT. under a TL. passed on), under
// which delegation.
//
// A signature without ForUnit by the record's chair or secretary is their
// signature in that role; any other signature without ForUnit is for the
// signer's own unit.
type Signature struct {
	Person     regulation.PersonID `json:"person"`
	ForUnit    regulation.UnitID   `json:"for_unit,omitempty"`
	Capacity   Capacity            `json:"capacity"`
	Delegation string              `json:"delegation,omitempty"` // the id of a Delegation
}

// Delegation is a written delegation of the power to sign: TL. (thừa lệnh,
// by order: the head of a unit lets the head of one of its divisions or
// subordinate units sign certain records) or TUQ. (thừa ủy quyền, by written
// authorisation: the head lets the head of a subordinate unit sign, for a
// limited time and scope, and it may not be passed on). Its JSON form is the
// "delegations" entry of the case file.
//
// Via names the delegation this one passes on: the grantee of a TL. may pass
// signing to their deputy, who then signs KT. for them (Decree 30/2020/NĐ-CP
// Art. 13(4)): that pass-on is a Delegation of kind TL whose Grantor is the
// grantee of the one named in Via. A TUQ. may not be passed on.
//
// The zero value is an empty delegation that [CheckDelegation] reports as
// input.invalid.
type Delegation struct {
	ID        string              `json:"id"`
	Kind      Capacity            `json:"kind"` // TL or TUQ
	Grantor   regulation.PersonID `json:"grantor"`
	Grantee   regulation.PersonID `json:"grantee"`
	Scope     []Kind              `json:"scope"` // the kinds of record the grantee may sign
	ValidFrom calendar.Date       `json:"valid_from"`
	ValidTo   calendar.Date       `json:"valid_to"` // inclusive
	Via       string              `json:"via,omitempty"`
}

// inScope reports whether d covers records of kind k.
func (d *Delegation) inScope(k Kind) bool {
	for _, s := range d.Scope {
		if s == k {
			return true
		}
	}
	return false
}
