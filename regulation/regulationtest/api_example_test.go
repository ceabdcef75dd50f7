package regulationtest_test

import (
	"fmt"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/regulationtest"
)

// A test that needs a province with one more unit builds it from the
// tables behind the default directory.
func ExampleUnits() {
	units := append(regulationtest.Units(), regulation.Unit{ID: "SYT", Name: "Sở Y tế", Kind: regulation.UnitKindDepartment})
	dir, fs := regulation.NewDirectory(units, regulationtest.People(), regulationtest.Members())
	fmt.Println(len(fs), dir.NumUnits(), regulationtest.Province().NumUnits())
	// Output:
	// 0 10 9
}

func ExampleMembers() {
	fmt.Println(regulationtest.Members())
	// Output:
	// [ct pct1 pct2 vp.head snv.head stc.head uv]
}

// A test of a check asserts that every finding carries the details its
// message needs.
func ExampleMissingDetails() {
	rules := regulation.KonTum2023()
	f := rules.Finding(regulation.TaskOverdue, regulation.RecordKindTask, "T1", "STC", regulation.Details{"as_of": nil})
	fmt.Println(regulationtest.MissingDetails(f))
	// Output:
	// [deadline late_days late_workdays]
}
