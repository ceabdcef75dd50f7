package casefile

import (
	"embed"
	"io/fs"
)

//go:generate go run ./internal/genschema -dir .

// schemaFiles holds the JSON Schemas of the three formats.
//
//go:embed schema/*.json
var schemaFiles embed.FS

// Schemas returns the JSON Schemas (draft 2020-12) of quyche's JSON
// formats, as files at the root of the returned file system:
//
//	quyche.case.v1.schema.json      case files (Schema)
//	quyche.findings.v1.schema.json  findings (FindingsSchema)
//	quyche.rules.v1.schema.json     rule sets (regulation.RulesSchema)
//
// Each file's "$id" is where it is published. The schemas and FORMAT.md,
// which documents the formats member by member, are generated from the Go
// types by go generate. The file system is read-only and safe for
// concurrent use.
func Schemas() fs.FS {
	sub, err := fs.Sub(schemaFiles, "schema")
	if err != nil { // "schema" is a valid path: fs.Sub cannot fail on it
		return schemaFiles
	}
	return sub
}
