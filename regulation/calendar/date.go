package calendar

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"time"
)

// Zone returns Indochina Time (ICT), UTC+7, the only time zone Vietnam uses
// (no daylight saving): the zone of DateOf and Date.Time. It is a fixed zone,
// so the library never reads the system's time-zone database; every call
// returns the same *time.Location, which nobody can change.
func Zone() *time.Location { return ict }

var ict = time.FixedZone("ICT", 7*3600)

// ICT is the zone that Zone returns, as a variable.
//
// Deprecated: use Zone. A variable can be reassigned by any package; the
// library never reads ICT.
var ICT = time.FixedZone("ICT", 7*3600)

// epochOffset shifts the day number so that the zero value of Date lies more
// than two million years before the Unix epoch: a Date built by NewDate,
// ParseDate or DateOf is never zero by accident.
const epochOffset = 1 << 30

// Date is a civil date in Vietnam (UTC+7), held as a day number so that
// arithmetic and comparisons are integer work.
//
// The zero value is unset: IsZero reports it, String renders it as "", and
// text marshalling writes an empty string. Date is a small value type: pass it
// by value and compare it with ==.
type Date struct {
	n int32 // days since 1970-01-01, plus epochOffset
}

// NewDate returns the date of year, month and day. Out-of-range months and
// days are normalised like time.Date: NewDate(2024, 2, 30) is 2024-03-01.
//
// Dates beyond the representable range (about 8.8 million years BC to 2.9
// million years AD) saturate at its ends; NewDate never overflows, whatever
// its arguments.
func NewDate(year int, month time.Month, day int) Date {
	const (
		yearLimit = 1 << 26 // far beyond the range; small enough for exact int64 arithmetic
		dayLimit  = 1 << 40
	)
	yr, mo, dy := int64(year), int64(month), int64(day)
	if yr > -yearLimit && yr < yearLimit && mo > -yearLimit && mo < yearLimit &&
		dy > -dayLimit && dy < dayLimit {
		// Normalise the month into 1..12, carrying into the year.
		m := mo - 1
		y := yr + floorDiv(m, 12)
		m = m - floorDiv(m, 12)*12 + 1
		return fromUnixDay(daysFromCivil(y, m, 1) + dy - 1)
	}
	return newDateBig(yr, mo, dy)
}

// newDateBig is NewDate for arguments so large that int64 arithmetic could
// overflow: it computes the day number exactly with big integers, then
// saturates. The year is reduced modulo 400 (146097 days per 400 years).
func newDateBig(year, month, day int64) Date {
	one := big.NewInt(1)
	m := new(big.Int).Sub(big.NewInt(month), one)
	carry, mrem := new(big.Int).DivMod(m, big.NewInt(12), new(big.Int)) // Euclidean: mrem in 0..11
	y := new(big.Int).Add(big.NewInt(year), carry)
	cycles, yrem := new(big.Int).DivMod(y, big.NewInt(400), new(big.Int))
	days := new(big.Int).Mul(cycles, big.NewInt(146097))
	days.Add(days, big.NewInt(daysFromCivil(yrem.Int64(), mrem.Int64()+1, 1)))
	days.Add(days, new(big.Int).Sub(big.NewInt(day), one))
	switch {
	case days.Cmp(big.NewInt(maxSpan)) > 0:
		return fromUnixDay(maxSpan)
	case days.Cmp(big.NewInt(-maxSpan)) < 0:
		return fromUnixDay(-maxSpan)
	}
	return fromUnixDay(days.Int64())
}

// DateOf returns the civil date in Vietnam of the instant t: t is converted
// to UTC+7 first, whatever its location.
func DateOf(t time.Time) Date {
	y, m, d := t.In(ict).Date()
	return NewDate(y, m, d)
}

// fromUnixDay builds a Date from days since 1970-01-01, saturating at the
// ends of the representable range.
func fromUnixDay(days int64) Date {
	n := days + epochOffset
	switch {
	case n > math.MaxInt32:
		n = math.MaxInt32
	case n <= math.MinInt32:
		n = math.MinInt32 + 1
	}
	return Date{n: int32(n)}
}

func (d Date) unixDay() int64 { return int64(d.n) - epochOffset }

// civil returns the year, month and day of d.
func (d Date) civil() (year int, month time.Month, day int) {
	y, m, dd := civilFromDays(d.unixDay())
	return int(y), time.Month(m), int(dd)
}

// Date returns the year, month and day of d.
func (d Date) Date() (year int, month time.Month, day int) { return d.civil() }

// Year returns the year of d.
func (d Date) Year() int { y, _, _ := d.civil(); return y }

// Month returns the month of d.
func (d Date) Month() time.Month { _, m, _ := d.civil(); return m }

// Day returns the day of the month of d.
func (d Date) Day() int { _, _, dd := d.civil(); return dd }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// 1970-01-01 was a Thursday.
	w := (d.unixDay() + 4) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// AddDays returns d plus n calendar days (n may be negative). Results beyond
// the representable range (about 8.8 million years BC to 2.9 million years
// AD) saturate at its ends.
func (d Date) AddDays(n int) Date { return fromUnixDay(d.unixDay() + clampSpan(int64(n))) }

// maxSpan bounds day counts before they are added to day numbers: it is far
// beyond the representable range of Date (2³² days), and small enough that
// no sum or product of a few of them overflows int64.
const maxSpan = 1 << 40

// clampSpan clamps n to ±maxSpan.
func clampSpan(n int64) int64 { return max(-maxSpan, min(n, maxSpan)) }

// clampInt converts n to int, saturating where int has 32 bits.
func clampInt(n int64) int { return int(max(math.MinInt, min(n, math.MaxInt))) }

// Sub returns the number of days from e to d: d.Sub(e) == 1 when d is the day
// after e.
func (d Date) Sub(e Date) int { return clampInt(int64(d.n) - int64(e.n)) }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// IsZero reports whether d is the zero, unset Date.
func (d Date) IsZero() bool { return d.n == 0 }

// Time returns the instant at which d begins in Vietnam (00:00 UTC+7).
func (d Date) Time() time.Time {
	y, m, dd := d.civil()
	return time.Date(y, m, dd, 0, 0, 0, 0, ict)
}

// Equal reports whether d and e are the same date; it is d == e, and lets
// comparison libraries such as go-cmp compare Dates without options.
func (d Date) Equal(e Date) bool { return d == e }

// String returns d in ISO form, "2024-01-08"; the zero Date gives "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return string(d.appendISO(make([]byte, 0, 10)))
}

// Format returns d as Vietnamese documents write it, "08/01/2024"; the zero
// Date gives "".
func (d Date) Format() string {
	if d.IsZero() {
		return ""
	}
	y, m, dd := d.civil()
	b := make([]byte, 0, 10)
	b = appendPadded(b, dd, 2)
	b = append(b, '/')
	b = appendPadded(b, int(m), 2)
	b = append(b, '/')
	return string(appendPadded(b, y, 4))
}

func (d Date) appendISO(b []byte) []byte {
	y, m, dd := d.civil()
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, int(m), 2)
	b = append(b, '-')
	return appendPadded(b, dd, 2)
}

func appendPadded(b []byte, v, width int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// MarshalText implements encoding.TextMarshaler with the ISO form; the zero
// Date marshals as an empty string. It fails with a *DateError for a year
// outside 0001 to 9999, which the ISO form cannot carry.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if y := d.Year(); y < 1 || y > 9999 {
		return nil, dateError(d.String(), "year outside 0001–9999")
	}
	return d.appendISO(make([]byte, 0, 10)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the ISO form
// only ("2024-01-08"), as JSON carries it; an empty text gives the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := parseISO(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ErrInvalidDate is the sentinel wrapped by every *DateError.
var ErrInvalidDate = errors.New("calendar: invalid date")

// DateError reports text that is not a valid date. It wraps ErrInvalidDate.
type DateError struct {
	Input  string // the text given, cut to 64 bytes
	Reason string // what is wrong with it
}

// Error implements the error interface.
func (e *DateError) Error() string {
	return "calendar: invalid date " + strconv.Quote(e.Input) + ": " + e.Reason
}

// Unwrap returns ErrInvalidDate.
func (e *DateError) Unwrap() error { return ErrInvalidDate }

func dateError(s, reason string) error {
	if len(s) > 64 {
		s = s[:64]
	}
	return &DateError{Input: s, Reason: reason}
}

// ParseDate parses a date written as "2024-01-08" (ISO) or "08/01/2024" (the
// form of Vietnamese documents). It is strict: two-digit day and month,
// four-digit year from 0001 to 9999, and a day that exists in that month.
// Errors are *DateError and wrap ErrInvalidDate.
func ParseDate(s string) (Date, error) {
	if len(s) == 10 && s[2] == '/' {
		return parseDMY(s)
	}
	return parseISO(s)
}

// MustParseDate is like ParseDate but panics on error. It is meant for
// literals in tables and tests only.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err) // Must…: meant for literals only
	}
	return d
}

func parseISO(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, dateError(s, `want "yyyy-mm-dd" or "dd/mm/yyyy"`)
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	dd, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, dateError(s, "non-digit in date")
	}
	return checked(s, y, m, dd)
}

func parseDMY(s string) (Date, error) {
	if s[5] != '/' {
		return Date{}, dateError(s, `want "dd/mm/yyyy"`)
	}
	dd, ok1 := digits(s[0:2])
	m, ok2 := digits(s[3:5])
	y, ok3 := digits(s[6:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, dateError(s, "non-digit in date")
	}
	return checked(s, y, m, dd)
}

func checked(s string, y, m, dd int) (Date, error) {
	switch {
	case y < 1:
		return Date{}, dateError(s, "year out of range")
	case m < 1 || m > 12:
		return Date{}, dateError(s, "month out of range")
	case dd < 1 || dd > daysIn(y, time.Month(m)):
		return Date{}, dateError(s, "day out of range")
	}
	return NewDate(y, time.Month(m), dd), nil
}

func digits(s string) (int, bool) {
	v := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// daysIn returns the number of days of month m in year y (proleptic
// Gregorian).
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// daysFromCivil returns days since 1970-01-01 of the proleptic Gregorian
// date y-m-d (m in 1..12); the algorithm counts years from 1 March so that
// the leap day falls at the end of the year.
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (y, m, d int64) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}
