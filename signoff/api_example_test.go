package signoff_test

import (
	"fmt"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/signoff"
)

func ExampleCapacity_Prefix() {
	for _, c := range []signoff.Capacity{signoff.CapacityDirect, signoff.CapacityKT, signoff.CapacityTUQ} {
		fmt.Printf("%s %q %s\n", c, c.Prefix(), c.Localize(regulation.English))
	}
	// Output:
	// direct "" in their own right
	// kt "KT." KT. (for the head)
	// tuq "TUQ." TUQ. (by authorisation)
}
