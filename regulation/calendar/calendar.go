package calendar

// TEMPORARY weekend-only implementation so that dependent packages compile;
// the calendar issue replaces this file entirely.

// Calendar is a working-day calendar.
type Calendar struct{}

// Vietnam returns the civil-service calendar of Vietnam.
func Vietnam() *Calendar { return &Calendar{} }

// IsWorkday reports whether d is a working day.
func (c *Calendar) IsWorkday(d Date) bool {
	w := d.Weekday()
	return w != 0 && w != 6
}

// AddWorkdays returns the n-th working day after d.
func (c *Calendar) AddWorkdays(d Date, n int) Date {
	for n > 0 {
		d = d.AddDays(1)
		if c.IsWorkday(d) {
			n--
		}
	}
	for n < 0 {
		d = d.AddDays(-1)
		if c.IsWorkday(d) {
			n++
		}
	}
	return d
}

// CountWorkdays counts working days in (from, to].
func (c *Calendar) CountWorkdays(from, to Date) int {
	if to.Before(from) {
		return -c.CountWorkdays(to, from)
	}
	n := 0
	for d := from.AddDays(1); !d.After(to); d = d.AddDays(1) {
		if c.IsWorkday(d) {
			n++
		}
	}
	return n
}

// NextWorkday returns d if it is a working day, else the next working day.
func (c *Calendar) NextWorkday(d Date) Date {
	for !c.IsWorkday(d) {
		d = d.AddDays(1)
	}
	return d
}
