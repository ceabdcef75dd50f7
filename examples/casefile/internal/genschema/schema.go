package main

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// Schema is a JSON Schema (draft 2020-12) node: the keywords the generated
// schemas use, written in a fixed, readable order.
type Schema struct {
	Schema        string // $schema
	ID            string // $id
	Ref           string // $ref, e.g. "#/$defs/date"
	Title         string
	Description   string
	Type          []string
	Const         any
	Enum          []string
	Pattern       string
	MinLength     int  // 0: no minimum
	Minimum       *int // nil: no minimum
	Maximum       *int
	Items         *Schema
	Properties    []Property
	Required      []string
	Closed        bool    // additionalProperties: false
	Values        *Schema // additionalProperties: the schema of every value
	PropertyNames *Schema
	AnyOf         []*Schema
	AllOf         []*Schema
	If, Then      *Schema
	Defs          []Def

	// What the documentation needs and JSON Schema does not say.
	optional bool // an optional member: may be absent or null
	list     bool // a list or map member: may be absent (= empty) or null
}

// Property is a member of an object, in the order it is written.
type Property struct {
	Name   string
	Schema *Schema
}

// Def is a named schema under $defs.
type Def struct {
	Name   string
	Schema *Schema
}

// MarshalJSON writes s with its keywords in a fixed order.
func (s *Schema) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	n := 0
	put := func(key string, v any) {
		if n > 0 {
			b.WriteByte(',')
		}
		n++
		b.WriteString(strconv.Quote(key))
		b.WriteByte(':')
		b.Write(marshal(v))
	}
	if s.Schema != "" {
		put("$schema", s.Schema)
	}
	if s.ID != "" {
		put("$id", s.ID)
	}
	if s.Ref != "" {
		put("$ref", s.Ref)
	}
	if s.Title != "" {
		put("title", s.Title)
	}
	if s.Description != "" {
		put("description", s.Description)
	}
	switch len(s.Type) {
	case 0:
	case 1:
		put("type", s.Type[0])
	default:
		put("type", s.Type)
	}
	if s.Const != nil {
		put("const", s.Const)
	}
	if s.Enum != nil {
		put("enum", s.Enum)
	}
	if s.Pattern != "" {
		put("pattern", s.Pattern)
	}
	if s.MinLength > 0 {
		put("minLength", s.MinLength)
	}
	if s.Minimum != nil {
		put("minimum", *s.Minimum)
	}
	if s.Maximum != nil {
		put("maximum", *s.Maximum)
	}
	if s.Items != nil {
		put("items", s.Items)
	}
	if s.Properties != nil {
		put("properties", properties(s.Properties))
	}
	if len(s.Required) > 0 {
		put("required", s.Required)
	}
	switch {
	case s.Closed:
		put("additionalProperties", false)
	case s.Values != nil:
		put("additionalProperties", s.Values)
	}
	if s.PropertyNames != nil {
		put("propertyNames", s.PropertyNames)
	}
	if s.AnyOf != nil {
		put("anyOf", s.AnyOf)
	}
	if s.AllOf != nil {
		put("allOf", s.AllOf)
	}
	if s.If != nil {
		put("if", s.If)
	}
	if s.Then != nil {
		put("then", s.Then)
	}
	if s.Defs != nil {
		put("$defs", defs(s.Defs))
	}
	return append(append([]byte{'{'}, b.Bytes()...), '}'), nil
}

type properties []Property

func (ps properties) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Quote(p.Name))
		b.WriteByte(':')
		b.Write(marshal(p.Schema))
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

type defs []Def

func (ds defs) MarshalJSON() ([]byte, error) {
	ps := make(properties, len(ds))
	for i, d := range ds {
		ps[i] = Property(d)
	}
	return ps.MarshalJSON()
}

// marshal writes v as JSON without escaping <, > and &, which descriptions
// use.
func marshal(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err) // the generator's own values: a bug, not input
	}
	return bytes.TrimRight(b.Bytes(), "\n")
}

// indent returns the schema s as indented JSON ending with a newline.
func indent(s *Schema) ([]byte, error) {
	var b bytes.Buffer
	if err := json.Indent(&b, marshal(s), "", "  "); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

func ptr(n int) *int { return &n }
