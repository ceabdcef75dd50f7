package signoff_test

import (
	"fmt"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/signoff"
)

func ExampleReadBlock() {
	// As typed: "T/M" for "TM.", and a status line above the name.
	b, repairs, err := signoff.ReadBlock("T/M ỦY BAN NHÂN DÂN HUYỆN\nQ. CHỦ TỊCH\n(Đã ký)\nVõ Thị Tuyết")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("capacity %v for %q, title %q, signed by %s\n", b.Capacity, b.For, b.Title, b.Name)
	for _, r := range repairs {
		fmt.Println(r.Message(regulation.English))
	}
	fmt.Println(b)
	// Output:
	// capacity q for "CHỦ TỊCH", title "", signed by Võ Thị Tuyết
	// signing capacity written another way: "T/M" read as "TM."
	// TM. ỦY BAN NHÂN DÂN HUYỆN
	// Q. CHỦ TỊCH
	// (Đã ký)
	// Võ Thị Tuyết
}
