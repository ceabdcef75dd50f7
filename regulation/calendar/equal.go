package calendar

// Equal reports whether d and e are the same date; it is d == e, and lets
// comparison libraries such as go-cmp compare Dates without options.
func (d Date) Equal(e Date) bool { return d == e }
