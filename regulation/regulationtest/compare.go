package regulationtest

import (
	"reflect"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/quyche/quyche/regulation"
)

// IgnoreMessages returns a go-cmp option under which two
// [regulation.Finding] values are equal when they have the same Code,
// Severity, Kind, Record, Subject and Refs (citations), whatever their
// Details say. A finding's messages are rendered from its Details and the
// catalogue's templates, so the option ignores the message text in both
// languages, and the computed values behind it, while every other field
// still counts: a different code, subject, record or citation is a
// difference. A nil and an empty list of citations are equal.
//
// It applies wherever go-cmp meets a Finding: in a [regulation.Findings],
// a slice, a map or a struct of the caller's. Combine it with
// [SortFindings] to ignore order as well.
func IgnoreMessages() cmp.Option {
	refs := reflect.TypeFor[[]regulation.Ref]()
	return cmp.Options{
		cmpopts.IgnoreFields(regulation.Finding{}, "Details"),
		cmp.FilterPath(func(p cmp.Path) bool { return p.Last().Type() == refs }, cmpopts.EquateEmpty()),
	}
}

// SortFindings returns a go-cmp option that sorts every slice of
// [regulation.Finding] (a [regulation.Findings] included) in the order of
// [regulation.Compare] — record kind, record, code, subject — before
// comparing, so that a test may list the findings it expects in any order.
// Findings that compare equal keep their order. Checks already return
// findings sorted; the option is for lists gathered from several checks or
// written by hand.
func SortFindings() cmp.Option {
	return cmpopts.SortSlices(func(a, b regulation.Finding) bool { return regulation.Compare(a, b) < 0 })
}

// Want returns the finding of code about the record of kind with id record
// and subject, with the catalogue's severity and the citations of rules,
// and no details: the expected finding of a test that compares with
// [IgnoreMessages]. The subject may be a [regulation.UnitID], a
// [regulation.PersonID] or a string (a field path, or "" for none), so the
// constants of this package fit as they are. A nil rules gives a finding
// without citations.
func Want[S ~string](rules *regulation.Rules, code regulation.Code, kind regulation.RecordKind, record string, subject S) regulation.Finding {
	if rules == nil {
		return regulation.Finding{Code: code, Severity: code.Severity(), Kind: kind, Record: record, Subject: string(subject)}
	}
	return rules.Finding(code, kind, record, string(subject), nil)
}
