package calendar

// Reason says why a day is what it is: its kind and, for holidays,
// compensations, swaps and make-up days, a name. The zero value is unset.
type Reason struct {
	Kind DayKind
	// Name names the holiday (KindHoliday), the holiday compensated
	// (KindCompensation) or the occasion (KindSwap, KindMakeUp); it is
	// empty for plain working days and weekends.
	Name Name
}

// Vietnamese describes r in Vietnamese: "Quốc khánh", "Nghỉ bù Giỗ Tổ Hùng
// Vương", "Nghỉ hằng tuần".
func (r Reason) Vietnamese() string {
	switch r.Kind {
	case KindWorkday:
		return "Ngày làm việc"
	case KindWeekend:
		return "Nghỉ hằng tuần"
	case KindCompensation:
		return "Nghỉ bù " + r.Name.VI
	case KindHoliday, KindSwap, KindMakeUp:
		if r.Name.VI != "" {
			return r.Name.VI
		}
		return [...]string{KindHoliday: "Ngày lễ", KindSwap: "Nghỉ hoán đổi", KindMakeUp: "Làm bù"}[r.Kind]
	}
	return ""
}

// English describes r in English: "National Day", "Compensation for Hùng
// Kings' Commemoration Day", "Weekly rest day".
func (r Reason) English() string {
	switch r.Kind {
	case KindWorkday:
		return "Working day"
	case KindWeekend:
		return "Weekly rest day"
	case KindCompensation:
		return "Compensation for " + r.Name.EN
	case KindHoliday, KindSwap, KindMakeUp:
		if r.Name.EN != "" {
			return r.Name.EN
		}
		return [...]string{KindHoliday: "Public holiday", KindSwap: "Swapped rest day", KindMakeUp: "Make-up working day"}[r.Kind]
	}
	return ""
}

// String returns the English description of r.
func (r Reason) String() string { return r.English() }

// DayInfo is what a Calendar knows about a date: whether it is a working
// day, why, and on what basis (an official schedule, a projection, or
// nothing but the weekly rest when the date is not covered). The zero value
// is unset: its Basis is BasisUnknown.
type DayInfo struct {
	Date    Date
	Workday bool
	Reason  Reason
	Basis   Basis
}

// Explain tells what c knows about d. It never fails: for a date outside the
// covered range the reason is KindWorkday or KindWeekend and the basis
// BasisNotCovered.
func (c *Calendar) Explain(d Date) DayInfo {
	u := d.unixDay()
	if i := u - coverFirst; uint64(i) < uint64(len(c.days)) {
		e := c.days[i]
		return DayInfo{Date: d, Workday: e.work, Reason: Reason{Kind: e.kind, Name: c.names[e.name]}, Basis: e.basis}
	}
	info := DayInfo{Date: d, Workday: true, Reason: Reason{Kind: KindWorkday}, Basis: BasisNotCovered}
	if isWeekend(u) {
		info.Workday, info.Reason.Kind = false, KindWeekend
	}
	return info
}

// DayOff returns why d is a day off, and true; or the zero Reason and false
// when d is a working day. Explain also says whether the answer is official
// or projected.
func (c *Calendar) DayOff(d Date) (Reason, bool) {
	info := c.Explain(d)
	if info.Workday {
		return Reason{}, false
	}
	return info.Reason, true
}
