package casefile

import (
	"bytes"
	"encoding"
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
)

// unknownFieldError is a key that names no field of the record type: the
// case file is refused, because a misspelt name would drop data silently.
type unknownFieldError struct {
	path string // e.g. "tasks[3].extensions[0].aproved_by"
	key  string
}

func (e *unknownFieldError) Error() string { return "unknown field " + strconv.Quote(e.path) }

// badFieldError is a value that cannot be stored in its field (wrong type,
// unknown enum value, impossible date, number out of range): the record is
// invalid, the rest of the case is checked.
type badFieldError struct {
	path string // field path inside the record, e.g. "extensions[0].new_due"
	err  error
}

func (e *badFieldError) Error() string { return "field " + e.path + ": " + e.err.Error() }

var (
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	timeType            = reflect.TypeFor[time.Time]()
	rawType             = reflect.TypeFor[json.RawMessage]()
)

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// decodeStrict decodes raw into v, walking structs and slices of structs so
// that an error names the exact field.
func decodeStrict(raw []byte, v reflect.Value, path string) error {
	t := v.Type()
	switch {
	case isRecordStruct(t):
		if bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
			return nil
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			return &badFieldError{path: orRecord(path), err: err}
		}
		fields := jsonFields(t)
		// Visit keys in a fixed order so that the first error reported is
		// always the same one.
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var firstBad error
		for _, k := range keys {
			i, ok := fields[k]
			if !ok {
				i, ok = foldField(fields, k)
			}
			if !ok {
				return &unknownFieldError{path: join(path, k), key: k}
			}
			if err := decodeStrict(obj[k], v.Field(i), join(path, k)); err != nil {
				if _, unknown := err.(*unknownFieldError); unknown {
					return err
				}
				if firstBad == nil {
					firstBad = err
				}
			}
		}
		return firstBad
	case t.Kind() == reflect.Slice && isRecordStruct(t.Elem()):
		if bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
			return nil
		}
		var items []json.RawMessage
		if err := json.Unmarshal(raw, &items); err != nil {
			return &badFieldError{path: path, err: err}
		}
		s := reflect.MakeSlice(t, len(items), len(items))
		var firstBad error
		for i, item := range items {
			if err := decodeStrict(item, s.Index(i), path+"["+strconv.Itoa(i)+"]"); err != nil {
				if _, unknown := err.(*unknownFieldError); unknown {
					return err
				}
				if firstBad == nil {
					firstBad = err
				}
			}
		}
		v.Set(s)
		return firstBad
	}
	if err := json.Unmarshal(raw, v.Addr().Interface()); err != nil {
		return &badFieldError{path: path, err: err}
	}
	return nil
}

func orRecord(path string) string {
	if path == "" {
		return "(record)"
	}
	return path
}

// isRecordStruct reports whether t is a struct that decodeStrict walks field
// by field: not a time, not a value with its own text form.
func isRecordStruct(t reflect.Type) bool {
	if t.Kind() != reflect.Struct || t == timeType || t == rawType {
		return false
	}
	return !reflect.PointerTo(t).Implements(textUnmarshalerType)
}

// jsonFields maps the JSON names of t's exported fields to their indexes.
func jsonFields(t reflect.Type) map[string]int {
	m := make(map[string]int, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = f.Name
		}
		m[name] = i
	}
	return m
}

// foldField matches k case-insensitively, as encoding/json does.
func foldField(fields map[string]int, k string) (int, bool) {
	for name, i := range fields {
		if strings.EqualFold(name, k) {
			return i, true
		}
	}
	return 0, false
}
