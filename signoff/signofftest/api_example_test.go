package signofftest_test

import (
	"fmt"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/regulationtest"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/signoff/signofftest"
)

// The default minutes are dated before the as-of date of the defaults.
func ExampleAsOf() {
	r := signofftest.Record()
	fmt.Println(r.Date, signofftest.AsOf(), r.Date.Before(signofftest.AsOf()))
	// Output:
	// 2024-03-20 2024-03-29 true
}

// Options keys the delegations by id, as signoff.Check and
// signoff.CheckDelegation take them.
func ExampleOptions() {
	d := signofftest.Delegation()
	opts := signofftest.Options(d)
	fmt.Println(len(opts.Delegations), opts.Delegations[d.ID].Kind)
	fmt.Println(len(signoff.CheckDelegation(d, regulationtest.Province(), regulation.KonTum2023(), signofftest.AsOf(), opts)))
	// Output:
	// 1 tl
	// 0
}
