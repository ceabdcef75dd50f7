package main

import (
	_ "embed"
	"net/http"
)

// openAPIDocument is the OpenAPI 3.1 document of the service, committed as
// openapi.json next to this file. A test holds it against the routes.
//
//go:embed openapi.json
var openAPIDocument []byte

// openAPI answers GET /openapi.json.
func (s *server) openAPI(w http.ResponseWriter, r *http.Request) {
	if _, e := query(r); e != nil {
		writeError(w, e)
		return
	}
	writeBody(w, http.StatusOK, openAPIDocument)
}
