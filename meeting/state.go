package meeting

// inline is the length up to which a list of per-record state is kept
// inside the checker, on Check's stack; longer lists spill to the heap.
const inline = 32

// vec is a list that keeps its first inline values in place and spills
// to the heap beyond.
type vec[T any] struct {
	n     int
	small [inline]T
	big   []T // all the values, once there are more than inline
}

// len returns the number of values.
func (v *vec[T]) len() int { return v.n }

// at returns a pointer to value i, valid until the next push.
func (v *vec[T]) at(i int) *T {
	if v.big != nil {
		return &v.big[i]
	}
	return &v.small[i]
}

// push appends x.
func (v *vec[T]) push(x T) {
	switch {
	case v.big != nil:
		v.big = append(v.big, x)
	case v.n < inline:
		v.small[v.n] = x
	default:
		v.big = make([]T, inline, 2*inline)
		copy(v.big, v.small[:])
		v.big = append(v.big, x)
	}
	v.n++
}

// slots maps dense indexes (of units or people) to positions in a list,
// scanning its keys while they are few and through a map beyond that.
type slots struct {
	keys vec[int32]
	big  map[int32]int32
}

// linearSlots is the number of keys up to which slots scans.
const linearSlots = inline

// find returns the position of key k, or -1.
func (s *slots) find(k int32) int32 {
	if s.big != nil {
		if i, ok := s.big[k]; ok {
			return i
		}
		return -1
	}
	for i := range s.keys.n {
		if s.keys.small[i] == k {
			return int32(i)
		}
	}
	return -1
}

// add appends key k at the next position and reports false, adding
// nothing, when k is already there.
func (s *slots) add(k int32) bool {
	if s.find(k) >= 0 {
		return false
	}
	s.keys.push(k)
	n := s.keys.len()
	switch {
	case s.big != nil:
		s.big[k] = int32(n - 1)
	case n > linearSlots:
		s.big = make(map[int32]int32, 2*n)
		for i := range n {
			s.big[*s.keys.at(i)] = int32(i)
		}
	}
	return true
}

// bitset is a set of dense indexes, kept in place up to 4,096 and on the
// heap beyond.
type bitset struct {
	small [64]uint64
	big   []uint64 // words beyond small
}

// add adds i ≥ 0 and reports false, changing nothing, when i is already in
// the set.
func (b *bitset) add(i int32) bool {
	w, bit := int(i>>6), uint64(1)<<(i&63)
	var word *uint64
	if w < len(b.small) {
		word = &b.small[w]
	} else {
		w -= len(b.small)
		if w >= len(b.big) {
			b.big = append(b.big, make([]uint64, w+1-len(b.big))...)
		}
		word = &b.big[w]
	}
	if *word&bit != 0 {
		return false
	}
	*word |= bit
	return true
}

// has reports whether i ≥ 0 is in the set.
func (b *bitset) has(i int32) bool {
	w, bit := int(i>>6), uint64(1)<<(i&63)
	if w < len(b.small) {
		return b.small[w]&bit != 0
	}
	w -= len(b.small)
	return w < len(b.big) && b.big[w]&bit != 0
}
