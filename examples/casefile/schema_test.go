package casefile_test

import (
	"bytes"
	"encoding"
	"encoding/json"
	"io/fs"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/task"
)

// schemaFiles are the files of casefile.Schemas() and the format each
// describes.
var schemaFiles = []struct{ file, format string }{
	{"quyche.case.v1.schema.json", casefile.Schema},
	{"quyche.findings.v1.schema.json", casefile.FindingsSchema},
	{"quyche.rules.v1.schema.json", regulation.RulesSchema},
}

type schema = map[string]any

func loadSchema(t *testing.T, file string) schema {
	t.Helper()
	b, err := fs.ReadFile(casefile.Schemas(), file)
	require.NoError(t, err)
	require.True(t, json.Valid(b), "%s is JSON", file)
	var s schema
	require.NoError(t, json.Unmarshal(b, &s))
	return s
}

func TestSchemas(t *testing.T) {
	entries, err := fs.ReadDir(casefile.Schemas(), ".")
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if diff := cmp.Diff([]string{"quyche.case.v1.schema.json", "quyche.findings.v1.schema.json", "quyche.rules.v1.schema.json"}, names); diff != "" {
		t.Errorf("the files of Schemas() (-want +got):\n%s", diff)
	}
	for _, sf := range schemaFiles {
		t.Run(sf.file, func(t *testing.T) {
			s := loadSchema(t, sf.file)
			if got := s["$schema"]; got != "https://json-schema.org/draft/2020-12/schema" {
				t.Errorf("$schema = %v, want draft 2020-12", got)
			}
			if id, _ := s["$id"].(string); !strings.HasSuffix(id, "/"+sf.file) || !strings.HasPrefix(id, "https://") {
				t.Errorf("$id = %q, want an https URL ending with the file name", id)
			}
			if s["title"] == "" || s["description"] == "" {
				t.Error("no title or description")
			}
			props, _ := s["properties"].(schema)
			member, _ := props["schema"].(schema)
			if member["const"] != sf.format {
				t.Errorf(`properties.schema = %v, want {"const": %q}`, member, sf.format)
			}
			required, _ := s["required"].([]any)
			if !slices.Contains(required, any("schema")) {
				t.Errorf("required = %v, want it to list schema", required)
			}
			describedEverywhere(t, s, "")
		})
	}
}

// describedEverywhere checks that every member of every object of s has a
// description, as FORMAT.md does.
func describedEverywhere(t *testing.T, s schema, path string) {
	t.Helper()
	props, _ := s["properties"].(schema)
	for _, k := range slices.Sorted(maps.Keys(props)) {
		p := props[k].(schema)
		if d, _ := p["description"].(string); d == "" && path != "then" {
			t.Errorf("%s.%s has no description", path, k)
		}
	}
	defs, _ := s["$defs"].(schema)
	for _, k := range slices.Sorted(maps.Keys(defs)) {
		d := defs[k].(schema)
		if desc, _ := d["description"].(string); desc == "" {
			t.Errorf("$defs/%s has no description", k)
		}
		describedEverywhere(t, d, "$defs/"+k)
	}
}

// resolve follows $ref and the non-null branch of anyOf.
func resolve(root, s schema) schema {
	for {
		if ref, ok := s["$ref"].(string); ok {
			s = root["$defs"].(schema)[strings.TrimPrefix(ref, "#/$defs/")].(schema)
			continue
		}
		if any, ok := s["anyOf"].([]any); ok {
			for _, a := range any {
				if a.(schema)["type"] != "null" {
					s = a.(schema)
					break
				}
			}
			continue
		}
		return s
	}
}

func def(root schema, name string) schema { return root["$defs"].(schema)[name].(schema) }

func propertyNames(s schema) []string {
	props, _ := s["properties"].(schema)
	return slices.Sorted(maps.Keys(props))
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// jsonNames returns the json names of the fields of struct t, the fields of
// embedded structs without a name included.
func jsonNames(t reflect.Type) map[string]reflect.Type {
	names := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-" || !f.IsExported() && !f.Anonymous:
		case f.Anonymous && name == "":
			maps.Copy(names, jsonNames(f.Type))
		default:
			names[name] = f.Type
		}
	}
	return names
}

// coversType checks that the object schema s has exactly the members of the
// Go struct t, and so on down its fields.
func coversType(t *testing.T, root, s schema, typ reflect.Type, path string) {
	t.Helper()
	s = resolve(root, s)
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	switch typ.Kind() {
	case reflect.Slice:
		if items, ok := s["items"].(schema); ok {
			coversType(t, root, items, typ.Elem(), path+"[]")
		}
	case reflect.Map:
		if values, ok := s["additionalProperties"].(schema); ok {
			coversType(t, root, values, typ.Elem(), path+"{}")
		}
	case reflect.Struct:
		if typ == reflect.TypeFor[calendar.Date]() || typ == reflect.TypeFor[time.Time]() || reflect.PointerTo(typ).Implements(textUnmarshaler) {
			return
		}
		names := jsonNames(typ)
		if diff := cmp.Diff(slices.Sorted(maps.Keys(names)), propertyNames(s)); diff != "" {
			t.Errorf("%s: the members of %v and of the schema differ (-Go +schema):\n%s", path, typ, diff)
		}
		props, _ := s["properties"].(schema)
		for name, ft := range names {
			if p, ok := props[name].(schema); ok {
				coversType(t, root, p, ft, path+"."+name)
			}
		}
	}
}

// coversInstance checks that every member of the JSON value v is a member
// that the schema s declares, at every depth.
func coversInstance(t *testing.T, root, s schema, v any, path string) {
	t.Helper()
	s = resolve(root, s)
	switch v := v.(type) {
	case map[string]any:
		props, hasProps := s["properties"].(schema)
		for _, k := range slices.Sorted(maps.Keys(v)) {
			switch {
			case hasProps && props[k] != nil:
				coversInstance(t, root, props[k].(schema), v[k], path+"."+k)
			case hasProps:
				t.Errorf("%s: member %q is not in the schema", path, k)
			default:
				if values, ok := s["additionalProperties"].(schema); ok {
					coversInstance(t, root, values, v[k], path+"."+k)
				}
			}
		}
	case []any:
		if items, ok := s["items"].(schema); ok {
			for _, x := range v {
				coversInstance(t, root, items, x, path+"[]")
			}
		}
	}
}

func decodeJSON(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var v map[string]any
	require.NoError(t, json.Unmarshal(b, &v))
	return v
}

// TestCaseSchemaCoversCase checks the case schema against casefile.Case and
// the record types, both ways: every json member of the Go types is in the
// schema, and every member of the schema is one of the Go types'.
func TestCaseSchemaCoversCase(t *testing.T) {
	root := loadSchema(t, "quyche.case.v1.schema.json")
	coversType(t, root, root, reflect.TypeFor[casefile.Case](), "case")
}

// TestRulesSchemaCoversRules checks the rules schema against what
// regulation.Rules writes, and its objects against the Go types they come
// from.
func TestRulesSchemaCoversRules(t *testing.T) {
	root := loadSchema(t, "quyche.rules.v1.schema.json")
	r := regulation.KonTum2023()
	// Every member of the calendar's additions set, read from text so that
	// the test names no enum constant.
	var add calendar.Additions
	require.NoError(t, json.Unmarshal([]byte(`{
		"holidays": [{"name": {"vi": "Ngày thử", "en": "Test day"}, "month": 6, "day": 1, "lunar": true,
		              "start_year": 2030, "end_year": 2040, "no_compensation": true, "source": "test"}],
		"schedules": [{"year": 2031, "source": "test", "days": [{"date": "2031-06-02", "kind": "holiday",
		               "name": {"vi": "Ngày thử", "en": "Test day"}, "note": "L", "source": "test"}]}]}`), &add))
	cal, err := calendar.Vietnam().Extend(add)
	require.NoError(t, err)
	r.Calendar = cal
	r.Citations[regulation.TaskLeadCount] = []regulation.Ref{{Doc: "1/2024/QĐ-UBND", Article: 1, Clause: 2, Point: "a", Part: "x"}}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	v := decodeJSON(t, b)
	if diff := cmp.Diff(slices.Sorted(maps.Keys(v)), propertyNames(root)); diff != "" {
		t.Errorf("the members of a rule set and of the schema differ (-Go +schema):\n%s", diff)
	}
	coversInstance(t, root, root, v, "rules")
	for name, typ := range map[string]reflect.Type{
		"basis": reflect.TypeFor[regulation.Basis](), "validity": reflect.TypeFor[regulation.Validity](),
		"task_rules": reflect.TypeFor[regulation.TaskRules](), "consult_rules": reflect.TypeFor[regulation.ConsultRules](),
		"submission_rules": reflect.TypeFor[regulation.SubmissionRules](), "meeting_rules": reflect.TypeFor[regulation.MeetingRules](),
		"signoff_rules": reflect.TypeFor[regulation.SignoffRules](), "ref": reflect.TypeFor[regulation.Ref](),
		"holiday": reflect.TypeFor[calendar.Holiday](), "schedule": reflect.TypeFor[calendar.Schedule](),
	} {
		coversType(t, root, def(root, name), typ, name)
	}
	cal2 := jsonNames(reflect.TypeFor[calendar.Additions]())
	want := append(slices.Sorted(maps.Keys(cal2)), "base")
	slices.Sort(want)
	if diff := cmp.Diff(want, propertyNames(def(root, "calendar"))); diff != "" {
		t.Errorf("calendar: (-Go +schema):\n%s", diff)
	}
}

// TestFindingsSchemaCoversFindings checks the findings schema against what
// Case.WriteFindings writes for a case with a finding of every part, and
// its objects against the Go types they come from.
func TestFindingsSchemaCoversFindings(t *testing.T) {
	root := loadSchema(t, "quyche.findings.v1.schema.json")
	c, err := casefile.Decode(strings.NewReader(`{"schema": "quyche.case/v1", "rules": "kontum-2023", "as_of": "2024-03-29",
  "units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
  "tasks": [{"id": "T1", "assigner": "ppc_chairman", "lead": ["STC"], "assigned": "2024-03-01", "due": "2024-03-20"},
            {"id": "T2", "assigner": "ppc", "lead": ["STC"], "assigned": "2024-03-01", "due": "2024-02-30"}]}`), "case.json")
	require.NoError(t, err)
	rules := regulation.KonTum2023()
	var out bytes.Buffer
	asOf, opts, err := c.Scope(calendar.Date{}, calendar.NewDate(2024, 1, 1), calendar.Date{})
	require.NoError(t, err)
	opts.Unit = "STC" // narrowed to a unit, the header names it
	_, err = c.WriteFindings(&out, rules, asOf, opts)
	require.NoError(t, err)
	v := decodeJSON(t, out.Bytes())
	if diff := cmp.Diff(slices.Sorted(maps.Keys(v)), propertyNames(root)); diff != "" {
		t.Errorf("the members of a findings file and of the schema differ (-Go +schema):\n%s", diff)
	}
	coversInstance(t, root, root, v, "findings")

	findings := v["findings"].([]any)
	require.Len(t, findings, 2, "task.overdue and input.invalid")
	if diff := cmp.Diff(slices.Sorted(maps.Keys(findings[0].(map[string]any))), propertyNames(def(root, "finding"))); diff != "" {
		t.Errorf("finding (-Go +schema):\n%s", diff)
	}
	sum := v["tasks"].(map[string]any)
	if diff := cmp.Diff(slices.Sorted(maps.Keys(sum)), propertyNames(def(root, "task_summary"))); diff != "" {
		t.Errorf("task_summary (-Go +schema):\n%s", diff)
	}
	row := sum["by_lead"].([]any)[0].(map[string]any)
	if diff := cmp.Diff(slices.Sorted(maps.Keys(row)), propertyNames(def(root, "lead_row"))); diff != "" {
		t.Errorf("lead_row (-Go +schema):\n%s", diff)
	}
	row = sum["by_assigner"].([]any)[0].(map[string]any)
	if diff := cmp.Diff(slices.Sorted(maps.Keys(row)), propertyNames(def(root, "assigner_row"))); diff != "" {
		t.Errorf("assigner_row (-Go +schema):\n%s", diff)
	}
	for _, k := range jsonNamesSorted(reflect.TypeFor[task.Counts]()) {
		if !slices.Contains(propertyNames(def(root, "task_summary")), k) {
			t.Errorf("task_summary lacks the count %q", k)
		}
	}
	coversType(t, root, def(root, "period"), reflect.TypeFor[regulation.ReportingPeriod](), "period")
	coversType(t, root, def(root, "ref"), reflect.TypeFor[regulation.Ref](), "ref")

	// Every code of the catalogue, with its severity and details.
	codes := def(root, "code")["enum"].([]any)
	var want []any
	for _, c := range regulation.Codes() {
		want = append(want, string(c))
	}
	if diff := cmp.Diff(want, codes); diff != "" {
		t.Errorf("code enum (-catalogue +schema):\n%s", diff)
	}
	if n := len(def(root, "finding")["allOf"].([]any)); n != len(regulation.Codes()) {
		t.Errorf("%d per-code rules, want one per code (%d)", n, len(regulation.Codes()))
	}
}

func jsonNamesSorted(t reflect.Type) []string { return slices.Sorted(maps.Keys(jsonNames(t))) }
