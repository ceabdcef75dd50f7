package main

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

var (
	dateType      = reflect.TypeFor[calendar.Date]()
	timeType      = reflect.TypeFor[time.Time]()
	codeType      = reflect.TypeFor[regulation.Code]()
	detailsType   = reflect.TypeFor[regulation.Details]()
	marshalerType = reflect.TypeFor[encoding.TextMarshaler]()
	localizerType = reflect.TypeFor[regulation.Localizer]()
)

// datePattern is the form of a date: yyyy-mm-dd. An impossible date that
// fits it (2023-02-30) is a data problem the decoder reports.
const datePattern = `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`

// timePattern is RFC 3339 with seconds and an offset, as Go reads it.
const timePattern = `^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$`

// builder builds one schema: its defs in the order of first use, from Go
// types and the descriptions of the field table.
type builder struct {
	format string // "case", "findings" or "rules": the root's def name
	closed bool   // objects refuse unknown members (the format's decoder does)
	defs   []Def
	types  map[string]reflect.Type // the Go type of each def, to catch two types under one name
	forms  map[string]form         // the objects that MarshalJSON methods write, by def name
	formOf map[reflect.Type]form   // the same, by the Go type they stand for
	errs   []error
}

func newBuilder(format string, closed bool, forms ...form) *builder {
	b := &builder{format: format, closed: closed, types: map[string]reflect.Type{},
		forms: map[string]form{}, formOf: map[reflect.Type]form{}}
	for _, f := range forms {
		b.forms[f.def] = f
		if f.t != nil && f.def != format {
			b.formOf[f.t] = f
		}
	}
	return b
}

// formRef returns a reference to the def of the form name.
func (b *builder) formRef(name string) *Schema {
	f, ok := b.forms[name]
	if !ok {
		b.fail("no form %q", name)
		return &Schema{}
	}
	return b.ref(name, f.t, func() *Schema { return b.formObject(f) })
}

func (b *builder) fail(format string, args ...any) {
	b.errs = append(b.errs, fmt.Errorf(format, args...))
}

func (b *builder) err() error { return errors.Join(b.errs...) }

// ref returns a reference to the def name, building it with build on first
// use. t is the Go type the def stands for (nil for none).
func (b *builder) ref(name string, t reflect.Type, build func() *Schema) *Schema {
	if prev, ok := b.types[name]; ok {
		if prev != t {
			b.fail("two types named %q in $defs: %v and %v (add one to defNames)", name, prev, t)
		}
		return &Schema{Ref: "#/$defs/" + name}
	}
	b.types[name] = t
	i := len(b.defs)
	b.defs = append(b.defs, Def{Name: name}) // first use fixes the order
	s := build()
	if s.Description == "" {
		s.Description = b.describe(name)
	}
	b.defs[i].Schema = s
	return &Schema{Ref: "#/$defs/" + name}
}

// describe returns the description of the def name.
func (b *builder) describe(name string) string {
	d, ok := defDocs[name]
	if !ok {
		b.fail("$defs/%s has no description (add it to defDocs)", name)
	}
	return d
}

// defName returns the def name of the Go type t: its name in snake case,
// unless defNames gives another.
func defName(t reflect.Type) string {
	if n, ok := defNames[t.String()]; ok {
		return n
	}
	return snake(t.Name())
}

// value returns the schema of a value of Go type t as encoding/json writes
// and reads it.
func (b *builder) value(t reflect.Type) *Schema {
	if f, ok := b.formOf[t]; ok {
		return b.formRef(f.def)
	}
	switch {
	case t == dateType:
		return b.ref("date", t, func() *Schema { return &Schema{Type: []string{"string"}, Pattern: datePattern} })
	case t == timeType:
		return b.ref("time", t, func() *Schema { return &Schema{Type: []string{"string"}, Pattern: timePattern} })
	case t == codeType:
		return b.ref("code", t, func() *Schema {
			var codes []string
			for _, c := range regulation.Codes() {
				codes = append(codes, string(c))
			}
			return &Schema{Type: []string{"string"}, Enum: codes}
		})
	case t == detailsType:
		return b.ref("details", t, func() *Schema {
			return &Schema{Type: []string{"object"}, PropertyNames: &Schema{Pattern: `^[a-z][a-z_]*$`}}
		})
	}
	if vs, ok := enumValues(t); ok {
		return b.ref(defName(t), t, func() *Schema { return &Schema{Type: []string{"string"}, Enum: vs} })
	}
	switch t.Kind() {
	case reflect.String:
		if t.PkgPath() != "" { // a named string: an id type
			return b.ref(defName(t), t, func() *Schema { return &Schema{Type: []string{"string"}, MinLength: 1} })
		}
		return &Schema{Type: []string{"string"}}
	case reflect.Bool:
		return &Schema{Type: []string{"boolean"}}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return &Schema{Type: []string{"integer"}}
	case reflect.Slice:
		return &Schema{Type: []string{"array"}, Items: b.value(t.Elem())}
	case reflect.Map:
		return &Schema{Type: []string{"object"}, PropertyNames: b.value(t.Key()), Values: b.value(t.Elem())}
	case reflect.Pointer:
		return b.value(t.Elem())
	case reflect.Struct:
		return b.ref(defName(t), t, func() *Schema { return b.object(defName(t), t) })
	}
	b.fail("no schema for Go type %v", t)
	return &Schema{}
}

// object returns the schema of the struct type t, written by its json tags.
func (b *builder) object(def string, t reflect.Type) *Schema {
	s := &Schema{Type: []string{"object"}, Properties: []Property{}, Closed: b.closed}
	b.fields(s, def, t)
	return s
}

// fields adds the members of the struct t to s, in field order; the fields
// of an embedded struct without a json name are members of s.
func (b *builder) fields(s *Schema, def string, t reflect.Type) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag == "-" || (!f.IsExported() && !f.Anonymous) {
			continue
		}
		if f.Anonymous && tag == "" && f.Type.Kind() == reflect.Struct {
			b.fields(s, def, f.Type)
			continue
		}
		if tag == "" {
			b.fail("%v.%s has no json tag", t, f.Name)
			continue
		}
		optional := slices.Contains(strings.Split(opts, ","), "omitempty") || slices.Contains(strings.Split(opts, ","), "omitzero")
		b.member(s, def, tag, f.Type, optional, false)
	}
}

// member adds the member key of Go type t to the object s of def: a
// required member, an optional one (absent or null: not recorded), or a
// list or map (absent or null: empty). nullable adds null to a required
// member's values.
func (b *builder) member(s *Schema, def, key string, t reflect.Type, optional, nullable bool) {
	fd, ok := fieldDocs[def+"."+key]
	if !ok {
		b.fail("%s.%s has no description (add it to fieldDocs)", def, key)
	}
	var v *Schema
	switch {
	case fd.enum != nil:
		all, ok := enumValues(t)
		for _, e := range fd.enum {
			if !ok || !slices.Contains(all, e) {
				b.fail("%s.%s: %q is not a value of %v %v", def, key, e, t, all)
			}
		}
		v = &Schema{Type: []string{"string"}, Enum: fd.enum}
	case fd.konst != nil:
		v = &Schema{Const: fd.konst}
	case fd.form != "":
		v = b.formRef(fd.form)
	case fd.listOf != "":
		v = &Schema{Type: []string{"array"}, Items: b.formRef(fd.listOf)}
	case fd.text:
		v = &Schema{Type: []string{"string"}}
	default:
		v = b.value(t)
	}
	if fd.id {
		if !slices.Equal(v.Type, []string{"string"}) {
			b.fail("%s.%s: an id must be a string", def, key)
		}
		v.MinLength = 1
	}
	if fd.pattern != "" {
		v.Pattern = fd.pattern
	}
	if fd.openDate {
		v = &Schema{Type: []string{"string"}, Pattern: strings.Replace(datePattern, "^", "^$|^", 1)}
	}
	if fd.min != nil || fd.max != nil {
		v.Minimum, v.Maximum = fd.min, fd.max
	}
	list := fd.listOf != "" || t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Map) && fd.konst == nil
	if list || optional || nullable {
		v = orNull(v)
	}
	v.Description = fd.desc
	v.optional, v.list = optional && !list, list
	s.Properties = append(s.Properties, Property{key, v})
	if !optional && !list {
		s.Required = append(s.Required, key)
	}
}

// orNull returns v that also accepts null.
func orNull(v *Schema) *Schema {
	if v.Ref != "" || v.Enum != nil || v.Const != nil {
		return &Schema{AnyOf: []*Schema{v, {Type: []string{"null"}}}}
	}
	v.Type = append(v.Type, "null")
	return v
}

// enumValues returns the text names of the values 1, 2, … of an enum type:
// a uint8 type implementing encoding.TextMarshaler, whose values are named
// until MarshalText fails (or gives nothing). The zero value, unset, has
// no name in the formats.
func enumValues(t reflect.Type) ([]string, bool) {
	if t == nil || t.Kind() != reflect.Uint8 || !t.Implements(marshalerType) {
		return nil, false
	}
	var vs []string
	for i := 1; i <= 255; i++ {
		v := reflect.New(t).Elem()
		v.SetUint(uint64(i))
		text, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil || len(text) == 0 {
			break
		}
		vs = append(vs, string(text))
	}
	return vs, len(vs) > 0
}

// enumLabel returns the English and Vietnamese labels of the enum value
// named name of type t, when t renders itself per language.
func enumLabel(t reflect.Type, name string) (en, vi string, ok bool) {
	if !t.Implements(localizerType) {
		return "", "", false
	}
	for i := 1; i <= 255; i++ {
		v := reflect.New(t).Elem()
		v.SetUint(uint64(i))
		text, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil || len(text) == 0 {
			break
		}
		if string(text) == name {
			l := v.Interface().(regulation.Localizer)
			return l.Localize(regulation.English), l.Localize(regulation.Vietnamese), true
		}
	}
	return "", "", false
}

// form is a JSON object that a MarshalJSON method writes (not json tags):
// its members are those of a full sample, in order, and the members that a
// minimal sample leaves out are optional. Each member's Go type is the
// field of t with that json name, or the exported field or method of t (or
// of a type in flat) whose name in snake case is the member's; a method
// that returns (T, bool) gives a T or null. Members with no Go counterpart
// have a node in the field table.
type form struct {
	def       string         // the def name, or the format's for the root
	t         reflect.Type   // the type whose fields and methods name the members
	flat      []reflect.Type // types whose members the object also carries
	full, min []byte         // the samples
}

// formObject returns the object schema of f.
func (b *builder) formObject(f form) *Schema {
	s := &Schema{Type: []string{"object"}, Properties: []Property{}, Closed: b.closed}
	full, err := memberNames(f.full)
	if err != nil {
		b.fail("%s: full sample: %v", f.def, err)
		return s
	}
	min, err := memberNames(f.min)
	if err != nil {
		b.fail("%s: minimal sample: %v", f.def, err)
		return s
	}
	for _, k := range min {
		if !slices.Contains(full, k) {
			b.fail("%s: member %q is in the minimal sample, not in the full one", f.def, k)
		}
	}
	for _, key := range full {
		optional := !slices.Contains(min, key)
		if fd, ok := fieldDocs[f.def+"."+key]; ok && (fd.form != "" || fd.listOf != "" || fd.text || fd.konst != nil) {
			b.member(s, f.def, key, nil, optional, fd.nullable)
			continue
		}
		t, nullable, ok := goMember(key, append([]reflect.Type{f.t}, f.flat...))
		if !ok {
			b.fail("%s: member %q has no field or method in %v %v (add a node to fieldDocs)", f.def, key, f.t, f.flat)
			continue
		}
		b.member(s, f.def, key, t, optional, nullable)
	}
	return s
}

// goMember returns the Go type of the JSON member key in the first of ts
// that has it, and whether a method gives it as (T, bool).
func goMember(key string, ts []reflect.Type) (reflect.Type, bool, bool) {
	for _, t := range ts {
		if t == nil {
			continue
		}
		for _, f := range reflect.VisibleFields(t) {
			tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || tag == "-" {
				continue
			}
			if tag == key || tag == "" && snake(f.Name) == key {
				return f.Type, false, true
			}
		}
		// Methods of the value or of a pointer to it: the receiver is the
		// method's only input.
		pt := reflect.PointerTo(t)
		for i := range pt.NumMethod() {
			m := pt.Method(i)
			if snake(m.Name) != key || m.Type.NumIn() != 1 {
				continue
			}
			switch {
			case m.Type.NumOut() == 1:
				return m.Type.Out(0), false, true
			case m.Type.NumOut() == 2 && m.Type.Out(1).Kind() == reflect.Bool:
				return m.Type.Out(0), true, true
			}
		}
	}
	return nil, false, false
}

// memberNames returns the member names of the JSON object raw, in order.
func memberNames(raw []byte) ([]string, error) {
	var names []string
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fmt.Errorf("not an object: %.40s", raw)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		names = append(names, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return nil, err
		}
	}
	return names, nil
}

// snake returns a Go name in snake case: "AsOf" → "as_of", "ID" → "id",
// "PPCMember" → "ppc_member".
func snake(name string) string {
	rs := []rune(name)
	var b strings.Builder
	for i, r := range rs {
		if unicode.IsUpper(r) && i > 0 {
			prevLower := unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1])
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if prevLower || unicode.IsUpper(rs[i-1]) && nextLower {
				b.WriteByte('_')
			}
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
