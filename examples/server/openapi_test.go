package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"maps"
	"net/http/httptest"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/casefile"
)

// openAPI is what the tests read of the OpenAPI document.
type openAPIDoc struct {
	OpenAPI  string                                `json:"openapi"`
	Paths    map[string]map[string]json.RawMessage `json:"paths"`
	Security []map[string][]string                 `json:"security"`
}

var httpMethods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

// documented returns "METHOD /path" of every operation of the document.
func documented(t *testing.T, doc openAPIDoc) []string {
	t.Helper()
	var ops []string
	for path, item := range doc.Paths {
		for key := range item {
			if slices.Contains(httpMethods, key) {
				ops = append(ops, strings.ToUpper(key)+" "+path)
			}
		}
	}
	slices.Sort(ops)
	return ops
}

// openAPIPath writes a route's path as OpenAPI does: a wildcard that takes
// the rest of the path ({date...}) is a parameter ({date}).
func openAPIPath(p string) string { return strings.ReplaceAll(p, "...}", "}") }

// TestOpenAPIMatchesRoutes holds the committed OpenAPI document against the
// routes: every route is documented and every documented operation is
// served, with the same method.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc openAPIDoc
	require.NoError(t, json.Unmarshal(openAPIDocument, &doc))
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi %q, want 3.1.0", doc.OpenAPI)
	}
	var served []string
	for _, rt := range routes {
		served = append(served, rt.method+" "+openAPIPath(rt.path))
	}
	slices.Sort(served)
	if diff := cmp.Diff(served, documented(t, doc)); diff != "" {
		t.Errorf("routes (-) and documented operations (+) differ:\n%s", diff)
	}
	// Every documented operation reaches its route: fill in the path
	// parameters and ask the mux.
	s, _ := newTestServer(testConfig())
	for _, op := range documented(t, doc) {
		method, path, _ := strings.Cut(op, " ")
		concrete := strings.NewReplacer("{kind}", "task", "{date}", "2024-02-12", "{id}", "kontum-2023", "{name}", "x.json").Replace(path)
		req := httptest.NewRequest(method, concrete, nil)
		_, pattern := s.mux.Handler(req)
		i := slices.IndexFunc(routes, func(rt route) bool { return rt.method+" "+openAPIPath(rt.path) == op })
		if i < 0 || pattern != routes[i].method+" "+routes[i].path {
			t.Errorf("%s %s is served by %q", method, concrete, pattern)
		}
	}
	// /healthz is open; everything else may require the token.
	var health struct {
		Get struct {
			Security []map[string][]string `json:"security"`
		} `json:"get"`
	}
	raw, _ := json.Marshal(doc.Paths["/healthz"])
	require.NoError(t, json.Unmarshal(raw, &health))
	if health.Get.Security == nil || len(health.Get.Security) != 0 {
		t.Errorf("/healthz must declare \"security\": []")
	}
	if len(doc.Security) == 0 || doc.Security[0]["bearer"] == nil {
		t.Errorf("the document must declare the bearer token: %v", doc.Security)
	}
}

// TestOpenAPIReferences resolves every $ref of the document: the internal
// ones inside it, the JSON Schemas of the formats as served under
// /schemas/.
func TestOpenAPIReferences(t *testing.T) {
	var doc any
	require.NoError(t, json.Unmarshal(openAPIDocument, &doc))
	var refs []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && k == "$ref" {
					refs = append(refs, s)
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(doc)
	require.NotEmpty(t, refs)
	s, _ := newTestServer(testConfig())
	url := testServer(t, s)
	external := map[string]bool{}
	for _, ref := range refs {
		if ptr, ok := strings.CutPrefix(ref, "#"); ok {
			if resolve(doc, ptr) == nil {
				t.Errorf("$ref %q resolves to nothing", ref)
			}
			continue
		}
		file, frag, _ := strings.Cut(ref, "#")
		name, ok := strings.CutPrefix(file, "/schemas/")
		if !ok {
			t.Errorf("$ref %q: want #/… or /schemas/NAME", ref)
			continue
		}
		external[name] = true
		a := do(t, nil, "GET", url+file, nil, nil)
		if a.status != 200 {
			t.Errorf("$ref %q: GET %s answers %d", ref, file, a.status)
			continue
		}
		if frag != "" {
			var schema any
			require.NoError(t, json.Unmarshal(a.body, &schema))
			if resolve(schema, frag) == nil {
				t.Errorf("$ref %q resolves to nothing in %s", ref, name)
			}
		}
	}
	want := []string{"quyche.case.v1.schema.json", "quyche.findings.v1.schema.json", "quyche.rules.v1.schema.json"}
	if diff := cmp.Diff(want, slices.Sorted(maps.Keys(external))); diff != "" {
		t.Errorf("the formats' schemas referred to (-want +got):\n%s", diff)
	}
}

// resolve follows a JSON pointer (RFC 6901) in v; nil when it leads
// nowhere.
func resolve(v any, ptr string) any {
	if ptr == "" {
		return v
	}
	for _, tok := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		switch x := v.(type) {
		case map[string]any:
			v = x[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
		if v == nil {
			return nil
		}
	}
	return v
}

// TestOpenAPIErrorCodes: the document lists exactly the error codes the
// service uses.
func TestOpenAPIErrorCodes(t *testing.T) {
	var doc struct {
		Components struct {
			Schemas struct {
				Error struct {
					Properties struct {
						Error struct {
							Properties struct {
								Code struct {
									Enum []string `json:"enum"`
								} `json:"code"`
							} `json:"properties"`
						} `json:"error"`
					} `json:"properties"`
				} `json:"Error"`
			} `json:"schemas"`
		} `json:"components"`
	}
	require.NoError(t, json.Unmarshal(openAPIDocument, &doc))
	codes := []string{codeBadParameter, codeUnknownParameter, codeUnknownRules, codeBadBody, codeCaseRefused, codeRulesRefused,
		codeUnauthorized, codeNotFound, codeMethodNotAllowed, codeBodyTooLarge, codeTooManyRequests, codeInternal, codeUnavailable}
	got := doc.Components.Schemas.Error.Properties.Error.Properties.Code.Enum
	slices.Sort(codes)
	slices.Sort(got)
	if diff := cmp.Diff(codes, got); diff != "" {
		t.Errorf("error codes (-service +document):\n%s", diff)
	}
}

// jsonNames returns the JSON names of the fields of struct type t, those of
// embedded structs included.
func jsonNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && name == "" {
			names = append(names, jsonNames(f.Type)...)
			continue
		}
		if name != "-" && f.IsExported() {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// schemaProperties returns the property names of the component schema
// name, through allOf and internal $refs.
func schemaProperties(doc any, schema any) []string {
	m, _ := schema.(map[string]any)
	var names []string
	if ref, ok := m["$ref"].(string); ok {
		return schemaProperties(doc, resolve(doc, strings.TrimPrefix(ref, "#")))
	}
	for k := range m["properties"].(map[string]any) {
		names = append(names, k)
	}
	if all, ok := m["allOf"].([]any); ok {
		for _, sub := range all {
			names = append(names, schemaProperties(doc, sub)...)
		}
	}
	slices.Sort(names)
	return names
}

// TestOpenAPIDescribesTheAnswers compares the answers' Go types with the
// schemas of the document, member by member.
func TestOpenAPIDescribesTheAnswers(t *testing.T) {
	var doc any
	require.NoError(t, json.Unmarshal(openAPIDocument, &doc))
	tests := []struct {
		schema string
		typ    reflect.Type
	}{
		{"Day", reflect.TypeFor[dayAnswer]()},
		{"DayOf", reflect.TypeFor[dayJSON]()},
		{"Deadline", reflect.TypeFor[deadlineAnswer]()},
		{"Workdays", reflect.TypeFor[workdaysAnswer]()},
		{"RuleSets", reflect.TypeFor[ruleSetsAnswer]()},
		{"Text", reflect.TypeFor[textJSON]()},
		{"Error", reflect.TypeFor[errorJSON]()},
	}
	for _, tc := range tests {
		s := resolve(doc, "/components/schemas/"+tc.schema)
		if s == nil {
			t.Errorf("no schema %s", tc.schema)
			continue
		}
		m := s.(map[string]any)
		if m["properties"] == nil {
			m["properties"] = map[string]any{}
		}
		if diff := cmp.Diff(jsonNames(tc.typ), schemaProperties(doc, s)); diff != "" {
			t.Errorf("%s: the Go type (-) and the schema (+) differ:\n%s", tc.schema, diff)
		}
	}
}

// TestSchemasServed: GET /schemas/NAME answers the schemas of package
// casefile as they are, and GET /openapi.json the committed document.
func TestSchemasServed(t *testing.T) {
	s, _ := newTestServer(testConfig())
	url := testServer(t, s)
	names, err := fs.Glob(casefile.Schemas(), "*.schema.json")
	require.NoError(t, err)
	require.Len(t, names, 3)
	for _, name := range names {
		want, err := fs.ReadFile(casefile.Schemas(), name)
		require.NoError(t, err)
		a := do(t, nil, "GET", url+"/schemas/"+name, nil, nil)
		if a.status != 200 || !bytes.Equal(a.body, want) || a.header.Get("Content-Type") != "application/schema+json" {
			t.Errorf("%s: %d %q, %d bytes of %d", name, a.status, a.header.Get("Content-Type"), len(a.body), len(want))
		}
	}
	for _, bad := range []string{"../schema.go", "quyche.case.v1.schema", "%2e%2e%2fschema.go"} {
		if a := do(t, nil, "GET", url+"/schemas/"+bad, nil, nil); a.status != 404 {
			t.Errorf("/schemas/%s: %d", bad, a.status)
		}
	}
	if a := do(t, nil, "GET", url+"/openapi.json", nil, nil); a.status != 200 || !bytes.Equal(a.body, openAPIDocument) {
		t.Errorf("/openapi.json: %d", a.status)
	}
}
