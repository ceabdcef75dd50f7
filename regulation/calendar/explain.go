package calendar

// Reason says why a day is what it is: its kind and, for holidays,
// compensations, swaps and make-up days, a name. The zero value is unset.
type Reason struct {
	Kind DayKind
	// Name names the holiday (DayKindHoliday), the holiday compensated
	// (DayKindCompensation) or the occasion (DayKindSwap, DayKindMakeUp); it is
	// empty for plain working days and weekends.
	Name Name
}

// Vietnamese describes r in Vietnamese: "Quốc khánh", "Nghỉ bù Giỗ Tổ Hùng
// Vương", "Nghỉ hằng tuần".
func (r Reason) Vietnamese() string {
	switch r.Kind {
	case DayKindWorkday:
		return "Ngày làm việc"
	case DayKindWeekend:
		return "Nghỉ hằng tuần"
	case DayKindCompensation:
		return "Nghỉ bù " + r.Name.VI
	case DayKindHoliday, DayKindSwap, DayKindMakeUp:
		if r.Name.VI != "" {
			return r.Name.VI
		}
		return [...]string{DayKindHoliday: "Ngày lễ", DayKindSwap: "Nghỉ hoán đổi", DayKindMakeUp: "Làm bù"}[r.Kind]
	}
	return ""
}

// English describes r in English: "National Day", "Compensation for Hùng
// Kings' Commemoration Day", "Weekly rest day".
func (r Reason) English() string {
	switch r.Kind {
	case DayKindWorkday:
		return "Working day"
	case DayKindWeekend:
		return "Weekly rest day"
	case DayKindCompensation:
		return "Compensation for " + r.Name.EN
	case DayKindHoliday, DayKindSwap, DayKindMakeUp:
		if r.Name.EN != "" {
			return r.Name.EN
		}
		return [...]string{DayKindHoliday: "Public holiday", DayKindSwap: "Swapped rest day", DayKindMakeUp: "Make-up working day"}[r.Kind]
	}
	return ""
}

// String returns the English description of r.
func (r Reason) String() string { return r.English() }

// DayInfo is what a Calendar knows about a date: whether it is a working
// day, why, on what basis (an official schedule, a projection, or nothing
// but the weekly rest when the date is not covered), and from which
// document. The zero value is unset: its Basis is BasisUnknown.
type DayInfo struct {
	Date    Date
	Workday bool
	Reason  Reason
	Basis   Basis
	// Source names the document the answer rests on, language-neutral
	// (document numbers and articles). For a day an official schedule
	// lists, it is the year's notice or dispatch where its number is known
	// ("9441/TB-BNV"), else the statute the day rests on, else the
	// schedule's own Source. For a projected or statutory day it is the
	// statute ("Labour Code 2019 Art. 112(1)", "Labour Code 2012 Art. 115"
	// before 2021, "Labour Code 2019 Art. 111(3)" for a compensation,
	// "Resolution 28/2026/QH16 Art. 2" for Culture Day), and for a plain
	// working day or weekly rest day "Decision 188/1999/QĐ-TTg". For data a
	// user added it is the source given with it. It is empty only where no
	// source is known: data added without one, and the days of a calendar
	// built from the zero Calendar that no data names.
	Source string
}

// Explain tells what c knows about d. It never fails: for a date outside the
// covered range the reason is DayKindWorkday or DayKindWeekend and the basis
// BasisNotCovered. It allocates nothing.
func (c *Calendar) Explain(d Date) DayInfo {
	u := d.unixDay()
	if i := u - coverFirst; uint64(i) < uint64(len(c.days)) {
		e := c.days[i]
		l := &c.labels[e.label]
		return DayInfo{Date: d, Workday: e.work, Reason: Reason{Kind: e.kind, Name: l.name}, Basis: e.basis, Source: l.source}
	}
	info := DayInfo{Date: d, Workday: true, Reason: Reason{Kind: DayKindWorkday}, Basis: BasisNotCovered, Source: c.week}
	if isWeekend(u) {
		info.Workday, info.Reason.Kind = false, DayKindWeekend
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
