package main

import (
	"io/fs"
	"net/http"
	"path"

	"github.com/quyche/quyche/examples/casefile"
)

// schemaFS holds the JSON Schemas of the formats (quyche.case/v1,
// quyche.findings/v1, quyche.rules/v1), which the OpenAPI document refers
// to as /schemas/NAME.
var schemaFS = casefile.Schemas()

// schema answers GET /schemas/{name}: a JSON Schema of the formats.
func (s *server) schema(w http.ResponseWriter, r *http.Request) {
	if _, e := query(r); e != nil {
		writeError(w, e)
		return
	}
	name := r.PathValue("name")
	var data []byte
	if path.Ext(name) == ".json" && fs.ValidPath(name) {
		data, _ = fs.ReadFile(schemaFS, name)
	}
	if data == nil {
		writeError(w, &apiError{status: http.StatusNotFound, code: codeNotFound,
			message: "no schema " + quote(name) + "; the schemas are quyche.case.v1.schema.json, quyche.findings.v1.schema.json and quyche.rules.v1.schema.json"})
		return
	}
	w.Header().Set("Content-Type", "application/schema+json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(data)
}
