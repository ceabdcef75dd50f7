// Package signofftest builds realistic minutes, inspection records (biên
// bản) and delegations of the power to sign for the tests of systems that
// embed package signoff, in the manner of net/http/httptest. It sits beside
// package signoff, which it serves, so that imports keep pointing one way.
//
// [Record] and [Delegation] return fresh values with sensible defaults that
// are valid and clean under regulation.KonTum2023, with the test province of
// regulationtest.Province, as of [AsOf]. A test changes what it is about in
// one line, with overrides: functions that change the default value in
// place, applied in order — the idiom of packages tasktest and meetingtest
// too. [Options] hands delegations to signoff.Check:
//
//	rules := regulation.KonTum2023()
//	r := signofftest.Record(func(r *signoff.Record) { r.Signatures[2].Person = regulationtest.FinanceDivisionHead })
//	got := signoff.Check(r, regulationtest.Province(), rules, signofftest.AsOf(), signofftest.Options())
//	want := regulation.Findings{
//		regulationtest.Want(rules, regulation.SignoffSignerLevel, regulation.RecordKindRecord, "R1", regulationtest.Finance),
//	}
//	if diff := cmp.Diff(want, got, regulationtest.IgnoreMessages()); diff != "" { … }
//
// Everything here returns fresh values (no slice is shared between two
// calls) and is safe for concurrent use.
package signofftest
