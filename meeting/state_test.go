package meeting

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSlots adds keys past the scanned range, so that lookups go through
// the map, and checks that positions and duplicates survive the switch.
func TestSlots(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		keys   int
	}{
		{"empty", "nothing added", 0},
		{"scanned", "all keys in place", inline},
		{"mapped", "one key past the scan switches to the map", inline + 1},
		{"many", "the map and the heap keep growing", 5 * inline},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s slots
			for i := range tc.keys {
				if !s.add(int32(1000 - 7*i)) {
					t.Fatalf("%s: key %d reported as a duplicate", tc.reason, i)
				}
			}
			var got, want []int32
			for i := range tc.keys {
				want = append(want, int32(i))
				got = append(got, s.find(int32(1000-7*i)))
				if s.add(int32(1000 - 7*i)) {
					t.Errorf("%s: duplicate key %d added", tc.reason, i)
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: positions (-want +got):\n%s", tc.reason, diff)
			}
			if s.find(-5) != -1 || s.keys.len() != tc.keys {
				t.Errorf("%s: find(absent) = %d, len = %d", tc.reason, s.find(-5), s.keys.len())
			}
		})
	}
}

// TestBitset sets indexes on both sides of the in-place words.
func TestBitset(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		add    []int32
		probe  []int32
		want   []bool
	}{
		{"in_place", "word boundaries inside the first 4,096", []int32{0, 63, 64, 4095}, []int32{0, 1, 63, 64, 65, 4095}, []bool{true, false, true, true, false, true}},
		{"beyond", "indexes past 4,096 grow the heap words", []int32{4096, 10000}, []int32{4096, 4097, 9999, 10000, 20000}, []bool{true, false, false, true, false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bitset
			for _, i := range tc.add {
				if !b.add(i) {
					t.Fatalf("%s: %d reported present before it was added", tc.reason, i)
				}
				if b.add(i) {
					t.Errorf("%s: %d added twice", tc.reason, i)
				}
			}
			var got []bool
			for _, i := range tc.probe {
				got = append(got, b.has(i))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s: has (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}
