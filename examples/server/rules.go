package main

import (
	"encoding/json"
	"net/http"

	"github.com/quyche/quyche/regulation"
)

// ruleSetSummary is a built-in rule set as GET /v1/rules lists it.
type ruleSetSummary struct {
	ID        string              `json:"id"`
	Province  string              `json:"province"`
	Title     string              `json:"title"`
	Basis     regulation.Basis    `json:"basis"`
	Effective regulation.Validity `json:"effective"`
	Calendar  string              `json:"calendar"` // the data version of its calendar
}

// ruleSetsAnswer is the answer of GET /v1/rules.
type ruleSetsAnswer struct {
	Rules []ruleSetSummary `json:"rules"`
}

// ruleSets answers GET /v1/rules: the built-in rule sets.
func (s *server) ruleSets(w http.ResponseWriter, r *http.Request) {
	if _, e := query(r); e != nil {
		writeError(w, e)
		return
	}
	a := ruleSetsAnswer{Rules: []ruleSetSummary{}}
	for _, id := range regulation.RuleSetIDs() {
		rs, _ := regulation.Lookup(id)
		a.Rules = append(a.Rules, ruleSetSummary{ID: rs.ID, Province: rs.Province, Title: rs.Title,
			Basis: rs.Basis, Effective: rs.Effective, Calendar: rs.WorkCalendar().Version()})
	}
	writeJSON(w, http.StatusOK, a)
}

// ruleSet answers GET /v1/rules/{id}: a built-in rule set in the form
// quyche.rules/v1, which the audit program's -rules and the part "rules" of
// an audit read back.
func (s *server) ruleSet(w http.ResponseWriter, r *http.Request) {
	if _, e := query(r); e != nil {
		writeError(w, e)
		return
	}
	id := r.PathValue("id")
	rs, ok := regulation.Lookup(id)
	if !ok {
		writeError(w, &apiError{status: http.StatusNotFound, code: codeNotFound,
			message: "no built-in rule set " + quote(id) + "; see /v1/rules"})
		return
	}
	b, err := json.Marshal(rs)
	if err != nil {
		s.internal(w, r, "writing the rule set", err)
		return
	}
	writeBody(w, http.StatusOK, append(b, '\n'))
}

// healthz answers GET /healthz: the service is up. It never requires the
// token.
func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, struct {
		Status string `json:"status"`
	}{"ok"})
}
