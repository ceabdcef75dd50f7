package main

import (
	"io/fs"
	"net/http"
	"path"
)

// schemaFS holds the JSON Schemas of the formats (quyche.case/v1,
// quyche.findings/v1, quyche.rules/v1), which the OpenAPI document refers
// to as /schemas/NAME.
var schemaFS fs.FS = schemas()

// schema answers GET /schemas/{name}: a JSON Schema of the formats.
func (s *server) schema(w http.ResponseWriter, r *http.Request) {
	if _, e := query(r); e != nil {
		writeError(w, e)
		return
	}
	name := r.PathValue("name")
	var data []byte
	var err error
	if schemaFS != nil && path.Ext(name) == ".json" && fs.ValidPath(name) {
		data, err = fs.ReadFile(schemaFS, name)
	}
	if schemaFS == nil || data == nil || err != nil {
		writeError(w, &apiError{status: http.StatusNotFound, code: codeNotFound, message: "no schema " + quote(name)})
		return
	}
	w.Header().Set("Content-Type", "application/schema+json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(data)
}
