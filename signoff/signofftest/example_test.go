package signofftest_test

import (
	"fmt"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/regulationtest"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/signoff/signofftest"
)

// The default minutes are clean; one line has a division head sign for
// Finance, which letter 56/UBND-KTTH forbids in inter-sectoral minutes.
func ExampleRecord() {
	rules := regulation.KonTum2023()
	dir := regulationtest.Province()

	fmt.Println(len(signoff.Check(signofftest.Record(), dir, rules, signofftest.AsOf(), signofftest.Options())))

	r := signofftest.Record(func(r *signoff.Record) { r.Signatures[2].Person = regulationtest.FinanceDivisionHead })
	got := signoff.Check(r, dir, rules, signofftest.AsOf(), signofftest.Options())
	want := regulation.Findings{
		regulationtest.Want(rules, regulation.SignoffSignerLevel, regulation.RecordKindRecord, "R1", regulationtest.Finance),
	}
	fmt.Println(cmp.Diff(want, got, regulationtest.IgnoreMessages()) == "")
	// Output:
	// 0
	// true
}

// The default delegation lets Finance's division head sign minutes TL.;
// the same delegation, expired, does not.
func ExampleDelegation() {
	rules := regulation.KonTum2023()
	dir := regulationtest.Province()
	date := signofftest.Record().Date
	for _, dl := range []signoff.Delegation{
		signofftest.Delegation(),
		signofftest.Delegation(func(dl *signoff.Delegation) { dl.ValidTo = date.AddDays(-1) }),
	} {
		ans := signoff.Ask(signoff.Question{
			Signer: regulationtest.FinanceDivisionHead, Unit: regulationtest.Finance, Capacity: signoff.CapacityTL,
			Kind: signoff.KindMinutes, Date: date, Delegation: dl.ID, Delegations: signofftest.Options(dl).Delegations,
		}, dir, rules)
		fmt.Print(ans.Allowed)
		for _, f := range ans.Reasons {
			fmt.Print(" ", f.Code, " ", f.Details["problem"])
		}
		fmt.Println()
	}
	// Output:
	// true
	// false signoff.delegation_invalid expired
}
