// Package calendar holds the dates and working days of Vietnam's civil
// service: civil dates in UTC+7 ([Date]), the Vietnamese lunar calendar, the
// official holiday schedules, working-day arithmetic and the Civil Code's
// counting of time limits (Bộ luật Dân sự 2015, Articles 144–148).
package calendar
