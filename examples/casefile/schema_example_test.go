package casefile_test

import (
	"encoding/json"
	"fmt"
	"io/fs"

	"github.com/quyche/quyche/examples/casefile"
)

// The JSON Schemas of the three formats, as a service would serve them.
func ExampleSchemas() {
	schemas := casefile.Schemas()
	names, _ := fs.Glob(schemas, "*.json")
	for _, name := range names {
		b, _ := fs.ReadFile(schemas, name)
		var s struct {
			Title      string
			Properties struct {
				Schema struct{ Const string }
			}
		}
		_ = json.Unmarshal(b, &s)
		fmt.Printf("%s: %s, schema %q\n", name, s.Title, s.Properties.Schema.Const)
	}
	// Output:
	// quyche.case.v1.schema.json: quyche case file (quyche.case/v1), schema "quyche.case/v1"
	// quyche.findings.v1.schema.json: quyche findings (quyche.findings/v1), schema "quyche.findings/v1"
	// quyche.rules.v1.schema.json: quyche rule set (quyche.rules/v1), schema "quyche.rules/v1"
}
