package calendar

import "math"

// This file holds the astronomy behind the Vietnamese lunar calendar, after
// the published description of Hồ Ngọc Đức's algorithm: the instants of new
// moons and the longitude of the sun come from the low-precision series of
// Jean Meeus, and are turned into civil days of the UTC+7 meridian.
//
// Instants are Julian dates (days since noon UT of 1 January 4713 BC, with a
// fraction); civil days are Julian day numbers (the integer Julian date of the
// day's noon).

const (
	// julianUnixEpoch is the Julian day number of 1970-01-01.
	julianUnixEpoch = 2440588
	// zoneDays is the offset of Vietnam's time (UTC+7) in days.
	zoneDays = 7.0 / 24
	// degree is one degree in radians.
	degree = math.Pi / 180
	// synodicMonth is the mean length of a lunation in days.
	synodicMonth = 29.530588853
)

// newMoon returns the Julian date (UT) of the k-th new moon after the one of
// 1900-01-01 (k may be negative).
func newMoon(k int) float64 {
	kf := float64(k)
	t := kf / 1236.85 // Julian centuries from 1900 January 0.5
	t2 := t * t
	t3 := t2 * t

	// Mean new moon, with its small secular term.
	jd := 2415020.75933 + 29.53058868*kf + 0.0001178*t2 - 0.000000155*t3
	jd += 0.00033 * math.Sin((166.56+132.87*t-0.009173*t2)*degree)

	// Mean anomalies of the sun (m) and the moon (mm), and the moon's
	// argument of latitude (f), in degrees.
	m := (359.2242 + 29.10535608*kf - 0.0000333*t2 - 0.00000347*t3) * degree
	mm := (306.0253 + 385.81691806*kf + 0.0107306*t2 + 0.00001236*t3) * degree
	f := (21.2964 + 390.67050646*kf - 0.0016528*t2 - 0.00000239*t3) * degree

	// Periodic corrections from the true to the mean new moon.
	c := (0.1734-0.000393*t)*math.Sin(m) + 0.0021*math.Sin(2*m)
	c += -0.4068*math.Sin(mm) + 0.0161*math.Sin(2*mm)
	c += -0.0004 * math.Sin(3*mm)
	c += 0.0104*math.Sin(2*f) - 0.0051*math.Sin(m+mm)
	c += -0.0074*math.Sin(m-mm) + 0.0004*math.Sin(2*f+m)
	c += -0.0004*math.Sin(2*f-m) - 0.0006*math.Sin(2*f+mm)
	c += 0.0010*math.Sin(2*f-mm) + 0.0005*math.Sin(2*mm+m)

	// Difference between dynamical and universal time.
	var deltaT float64
	if t < -11 {
		deltaT = 0.001 + 0.000839*t + 0.0002261*t2 - 0.00000845*t3 - 0.000000081*t*t3
	} else {
		deltaT = -0.000278 + 0.000265*t + 0.000262*t2
	}
	return jd + c - deltaT
}

// newMoonDay returns the Julian day number of the civil day (UTC+7) that
// contains the k-th new moon.
func newMoonDay(k int) int64 {
	return int64(math.Floor(newMoon(k) + 0.5 + zoneDays))
}

// sunLongitude returns the apparent longitude of the sun, in radians in
// [0, 2π), at the Julian date jd.
func sunLongitude(jd float64) float64 {
	t := (jd - 2451545.0) / 36525 // Julian centuries from J2000.0
	t2 := t * t
	m := (357.52910 + 35999.05030*t - 0.0001559*t2 - 0.00000048*t*t2) * degree // mean anomaly
	l0 := 280.46645 + 36000.76983*t + 0.0003032*t2                             // mean longitude, degrees
	center := (1.914600-0.004817*t-0.000014*t2)*math.Sin(m) +
		(0.019993-0.000101*t)*math.Sin(2*m) + 0.000290*math.Sin(3*m) // equation of the centre, degrees
	l := (l0 + center) * degree
	return l - 2*math.Pi*math.Floor(l/(2*math.Pi))
}

// solarSector returns which 30° sector (0 to 11) of longitude the sun is in
// at the beginning (00:00 UTC+7) of the civil day with Julian day number jdn.
// Sector 9 starts at the December solstice (270°).
func solarSector(jdn int64) int {
	return int(math.Floor(sunLongitude(float64(jdn)-0.5-zoneDays) / math.Pi * 6))
}
