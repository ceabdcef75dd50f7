package main

import (
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation/calendar"
)

// query returns the query parameters of r, each given at most once; a
// parameter not in allowed is an error, as is a malformed query.
func query(r *http.Request, allowed ...string) (map[string]string, *apiError) {
	vals, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, &apiError{status: http.StatusBadRequest, code: codeBadParameter, message: "the query cannot be read: " + err.Error()}
	}
	q := make(map[string]string, len(vals))
	for _, k := range slices.Sorted(maps.Keys(vals)) {
		if !slices.Contains(allowed, k) {
			return nil, &apiError{status: http.StatusBadRequest, code: codeUnknownParameter,
				message: "unknown query parameter " + quote(k) + "; this endpoint takes " + list(allowed)}
		}
		if len(vals[k]) > 1 {
			return nil, &apiError{status: http.StatusBadRequest, code: codeBadParameter, message: k + ": given more than once"}
		}
		q[k] = vals[k][0]
	}
	return q, nil
}

// list writes names as "a, b or c"; "none" for none.
func list(names []string) string {
	switch len(names) {
	case 0:
		return "none"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// quote quotes s for a message, cut to 64 bytes.
func quote(s string) string {
	if len(s) > 64 {
		s = s[:64] + "…"
	}
	return strconv.Quote(s)
}

// settings reads the settings of an audit or a check from the query: the
// dates (as the audit program's -as-of, -from and -to) and rules, the id of
// a built-in rule set.
func settings(q map[string]string) (casefile.Settings, *apiError) {
	var s casefile.Settings
	for _, p := range []struct {
		name string
		dst  *calendar.Date
	}{{"as_of", &s.AsOf}, {"from", &s.From}, {"to", &s.To}} {
		v, ok := q[p.name]
		if !ok {
			continue
		}
		d, err := casefile.ParseSettingDate(p.name, v)
		if err != nil {
			return s, &apiError{status: http.StatusBadRequest, code: codeBadParameter, message: err.Error()}
		}
		*p.dst = d
	}
	s.RulesID = q["rules"]
	if id, ok := q["rules"]; ok && id == "" {
		return s, &apiError{status: http.StatusBadRequest, code: codeBadParameter, message: "rules: want the id of a built-in rule set, got \"\""}
	}
	return s, nil
}
