package main

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// Error codes: the "code" of every error answer. They are stable; a client
// branches on them, never on the message.
const (
	// codeBadParameter (400): a query or path parameter that cannot be
	// read (a date in neither accepted form, a number that is not one), is
	// missing, repeated or contradicts another (a period that ends before
	// it starts, two period units).
	codeBadParameter = "bad_parameter"
	// codeUnknownParameter (400): a query parameter the endpoint does not
	// take — a misspelt one would otherwise be ignored silently.
	codeUnknownParameter = "unknown_parameter"
	// codeUnknownRules (400): the query parameter rules names no built-in
	// rule set.
	codeUnknownRules = "unknown_rules"
	// codeBadBody (400): a body that cannot be read as sent: a multipart
	// body without a "case" part, with an unknown or a repeated part, or
	// one that breaks off.
	codeBadBody = "bad_body"
	// codeCaseRefused (400): the case file is refused, as the audit program
	// refuses it (exit status 2): not JSON, not a case file, an unknown
	// field, an unknown rule set named by the file; for a check, a file
	// that does not hold exactly one record of the kind with its context.
	// The message is the audit's, the position the line and column.
	codeCaseRefused = "case_refused"
	// codeRulesRefused (400): the "rules" part is not a usable rule set
	// (quyche.rules/v1), as the audit program refuses a -rules FILE.
	codeRulesRefused = "rules_refused"
	// codeUnauthorized (401): a token is required and the request does not
	// carry it (header WWW-Authenticate).
	codeUnauthorized = "unauthorized"
	// codeNotFound (404): no such endpoint, rule set, kind of check or
	// schema.
	codeNotFound = "not_found"
	// codeMethodNotAllowed (405): the endpoint exists but not with this
	// method (header Allow).
	codeMethodNotAllowed = "method_not_allowed"
	// codeBodyTooLarge (413): the body is larger than -max-body.
	codeBodyTooLarge = "body_too_large"
	// codeTooManyRequests (429): every turn for audits and checks is taken
	// and so is every place in the queue (header Retry-After).
	codeTooManyRequests = "too_many_requests"
	// codeInternal (500): a fault of the service, logged; never the
	// input's.
	codeInternal = "internal"
	// codeUnavailable (503): the request was abandoned (the client went
	// away) before its turn came.
	codeUnavailable = "unavailable"
)

// apiError is an error answer.
type apiError struct {
	status   int
	code     string
	message  string
	position string // "line:col", or empty
}

// errorJSON is the JSON form of an error answer.
type errorJSON struct {
	Error struct {
		Code     string `json:"code"`
		Message  string `json:"message"`
		Position string `json:"position,omitempty"`
	} `json:"error"`
}

// writeError answers with e.
func writeError(w http.ResponseWriter, e *apiError) {
	var j errorJSON
	j.Error.Code, j.Error.Message, j.Error.Position = e.code, e.message, e.position
	if rec, ok := w.(*recorder); ok {
		rec.code = e.code
	}
	writeJSON(w, e.status, j)
}

// writeJSON answers with status and v in JSON, one line.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		// Only the service's own values are written here: a failure is a
		// fault of the service.
		b = []byte(`{"error":{"code":"internal","message":"cannot write the answer"}}`)
		status = http.StatusInternalServerError
	}
	writeBody(w, status, append(b, '\n'))
}

// writeBody answers with status and the JSON body b.
func writeBody(w http.ResponseWriter, status int, b []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// position writes a line and a column as "line:col"; empty for line 0.
func position(line, col int) string {
	if line == 0 {
		return ""
	}
	return strconv.Itoa(line) + ":" + strconv.Itoa(col)
}
