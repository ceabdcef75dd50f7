package casefile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"unicode/utf8"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/task"
)

// Schema is the schema name of a case file.
const Schema = "quyche.case/v1"

// ErrRefused is the sentinel wrapped by every *Error: the input is not a
// case file quyche can read.
var ErrRefused = errors.New("casefile: input refused")

// Error is a refusal: the input is not a case file (not JSON, not an object,
// wrong schema, an unknown field, an unknown rule set, a missing header), or
// not a rule-set file ([ReadRules]), or not what a check of one record
// needs ([Case.CheckRecord]). It names the file, the position (1-based line
// and column, counted in bytes) and the problem. It wraps ErrRefused and,
// when there is one, the underlying error.
type Error struct {
	File    string // as given to Decode; "-" for standard input
	Line    int    // 0 when the problem has no position (e.g. a missing field)
	Column  int
	Problem string
	Err     error // the underlying error, or nil
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return e.File + ": " + e.Problem
	}
	return e.File + ":" + strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Column) + ": " + e.Problem
}

// Unwrap returns ErrRefused and the underlying error, if any.
func (e *Error) Unwrap() []error {
	if e.Err != nil {
		return []error{ErrRefused, e.Err}
	}
	return []error{ErrRefused}
}

// Case is a case file (quyche.case/v1): its header, its directory and its
// records, each list in file order. Its json tags are the file's format, with
// the packages' own record types inside (one model, not two); [Case.Encode]
// writes it. Records that could not be decoded
// (a value of the wrong type, an unknown enum value, an impossible date) are
// not in the lists; each is reported in Rejected as an input.invalid finding
// that names the record and the field.
type Case struct {
	File    string        `json:"-"` // the name given to Decode
	Schema  string        `json:"schema"`
	RulesID string        `json:"rules"`
	AsOf    calendar.Date `json:"as_of"`

	Units   []regulation.Unit     `json:"units"`
	People  []regulation.Person   `json:"people"`
	Members []regulation.PersonID `json:"ppc_members"`

	Tasks         []task.Task          `json:"tasks"`
	Consultations []task.Consultation  `json:"consultations"`
	Submissions   []task.Submission    `json:"submissions"`
	Meetings      []meeting.Meeting    `json:"meetings"`
	Records       []signoff.Record     `json:"records"`
	Delegations   []signoff.Delegation `json:"delegations"`

	// Rejected holds one input.invalid finding per record that could not be
	// decoded.
	Rejected regulation.Findings `json:"-"`

	// Positions holds, per list of the file ("tasks", "people", …), where
	// each entry of the list starts in the file, in the order of the list;
	// nil for a case that was not decoded. A check gives every
	// input.invalid finding of a decoded case the position of its record
	// as its "position" detail, "line:column".
	Positions map[string][]Position `json:"-"`
}

// MaxSize is the largest case file Decode reads, in bytes.
const MaxSize = 1 << 30

// Decode reads a case file from r; name is the file's name for error
// messages. It refuses, with an *Error, input that is not a case file;
// problems inside a record become input.invalid findings in Case.Rejected.
func Decode(r io.Reader, name string) (*Case, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, &Error{File: name, Problem: "cannot read: " + err.Error()}
	}
	if len(data) > MaxSize {
		return nil, &Error{File: name, Problem: "larger than " + strconv.Itoa(MaxSize) + " bytes"}
	}
	return DecodeBytes(data, name)
}

// DecodeBytes is Decode on a byte slice, which it does not keep.
func DecodeBytes(data []byte, name string) (*Case, error) {
	d := &decoder{data: data, name: name}
	c, err := d.decode()
	if err != nil {
		return nil, err
	}
	return c, nil
}

type decoder struct {
	data  []byte
	name  string
	dec   *json.Decoder
	lines lines // where each record starts
}

// refuse returns a refusal at byte offset off (negative: no position).
func (d *decoder) refuse(off int64, format string, args ...any) *Error {
	e := &Error{File: d.name, Problem: fmt.Sprintf(format, args...)}
	if off >= 0 {
		e.Line, e.Column = position(d.data, off)
	}
	return e
}

// position returns the 1-based line and column of byte offset off.
func position(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line = bytes.Count(before, []byte{'\n'}) + 1
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}

// valueStart skips whitespace, commas and colons from off to the start of
// the next value.
func (d *decoder) valueStart(off int64) int64 {
	for off < int64(len(d.data)) {
		switch d.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

func (d *decoder) syntax(err error) *Error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		// Offset counts the bytes read, the offending one included (or
		// stops at the separator before it).
		return d.refuse(d.valueStart(max(se.Offset-1, 0)), "not valid JSON: %v", se)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return d.refuse(int64(len(d.data)), "not valid JSON: unexpected end of input")
	}
	return d.refuse(d.dec.InputOffset(), "not valid JSON: %v", err)
}

func (d *decoder) decode() (*Case, error) {
	if i := invalidUTF8(d.data); i >= 0 {
		return nil, d.refuse(int64(i), "not valid UTF-8")
	}
	d.dec = json.NewDecoder(bytes.NewReader(d.data))
	d.dec.UseNumber()
	d.dec.DisallowUnknownFields()
	start := d.valueStart(0)
	tok, err := d.dec.Token()
	if err != nil {
		return nil, d.syntax(err)
	}
	if delim, ok := tok.(json.Delim); !ok || delim != '{' {
		return nil, d.refuse(start, "not a case file: want a JSON object, got %s", describe(tok))
	}
	c := &Case{File: d.name}
	seen := map[string]bool{}
	for d.dec.More() {
		keyOff := d.valueStart(d.dec.InputOffset())
		tok, err := d.dec.Token()
		if err != nil {
			return nil, d.syntax(err)
		}
		key, _ := tok.(string)
		if seen[key] {
			return nil, d.refuse(keyOff, "field %q appears twice", key)
		}
		seen[key] = true
		if err := d.field(c, key, keyOff); err != nil {
			return nil, err
		}
	}
	if err := d.end(); err != nil {
		return nil, err
	}
	switch {
	case !seen["schema"]:
		return nil, d.refuse(-1, "not a case file: no \"schema\"")
	case !seen["rules"]:
		return nil, d.refuse(-1, "no \"rules\": name the rule set (e.g. \"kontum-2023\")")
	case !seen["as_of"]:
		return nil, d.refuse(-1, "no \"as_of\" date")
	}
	c.Rejected.Sort()
	return c, nil
}

// field decodes the value of the top-level field key (at keyOff) into c: a
// header value, or a list of records.
func (d *decoder) field(c *Case, key string, keyOff int64) error {
	valOff := d.valueStart(d.dec.InputOffset())
	switch key {
	case "schema":
		if err := d.scalar(valOff, key, &c.Schema); err != nil {
			return err
		}
		if c.Schema != Schema {
			return d.refuse(valOff, "not a case file: schema %q, want %q", c.Schema, Schema)
		}
		return nil
	case "rules":
		return d.scalar(valOff, key, &c.RulesID)
	case "as_of":
		var s string
		if err := d.scalar(valOff, key, &s); err != nil {
			return err
		}
		day, err := calendar.ParseDate(s)
		if err != nil || s[2] == '/' {
			return d.refuse(valOff, "as_of: want a date \"yyyy-mm-dd\", got %q", s)
		}
		c.AsOf = day
		return nil
	case "units":
		return decodeList(d, key, regulation.RecordKindCase, &c.Units, c)
	case "people":
		return decodeList(d, key, regulation.RecordKindCase, &c.People, c)
	case "ppc_members":
		return decodeList(d, key, regulation.RecordKindCase, &c.Members, c)
	case "tasks":
		return decodeList(d, key, regulation.RecordKindTask, &c.Tasks, c)
	case "consultations":
		return decodeList(d, key, regulation.RecordKindConsultation, &c.Consultations, c)
	case "submissions":
		return decodeList(d, key, regulation.RecordKindSubmission, &c.Submissions, c)
	case "meetings":
		return decodeList(d, key, regulation.RecordKindMeeting, &c.Meetings, c)
	case "records":
		return decodeList(d, key, regulation.RecordKindRecord, &c.Records, c)
	case "delegations":
		return decodeList(d, key, regulation.RecordKindDelegation, &c.Delegations, c)
	}
	return d.refuse(keyOff, "unknown field %q", key)
}

// end reads the closing brace of the case and makes sure nothing follows
// it.
func (d *decoder) end() error {
	if _, err := d.dec.Token(); err != nil {
		return d.syntax(err)
	}
	restOff := d.valueStart(d.dec.InputOffset())
	if tok, err := d.dec.Token(); err != io.EOF {
		if err != nil {
			return d.syntax(err)
		}
		return d.refuse(restOff, "unexpected data after the case: %s", describe(tok))
	}
	return nil
}

// isSyntaxError reports whether err comes from reading the JSON text itself
// (the stream cannot go on) rather than from storing a value.
func isSyntaxError(err error) bool {
	var se *json.SyntaxError
	return errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)
}

// scalar decodes a header value into a string.
func (d *decoder) scalar(off int64, key string, dst *string) error {
	var raw json.RawMessage
	if err := d.dec.Decode(&raw); err != nil {
		return d.syntax(err)
	}
	if err := json.Unmarshal(raw, dst); err != nil {
		return d.refuse(off, "%s: want a string, got %s", key, clip(raw))
	}
	return nil
}

// decodeList decodes the array under key into *dst, one record at a time.
func decodeList[T any](d *decoder, key string, kind regulation.RecordKind, dst *[]T, c *Case) error {
	listOff := d.valueStart(d.dec.InputOffset())
	tok, err := d.dec.Token()
	if err != nil {
		return d.syntax(err)
	}
	if tok == nil { // null: an empty list
		return nil
	}
	if delim, ok := tok.(json.Delim); !ok || delim != '[' {
		return d.refuse(listOff, "%s: want a list, got %s", key, describe(tok))
	}
	var pos []Position
	defer func() {
		if c.Positions == nil {
			c.Positions = map[string][]Position{}
		}
		c.Positions[key] = pos
	}()
	for i := 0; d.dec.More(); i++ {
		off := d.valueStart(d.dec.InputOffset())
		// The fast path: the stream's decoder (unknown fields disallowed)
		// decodes the record straight into its type. It reads the whole
		// value before it stores it, so a value that does not fit leaves the
		// stream after the value, and the record's bytes are known.
		var rec T
		err := d.dec.Decode(&rec)
		if err == nil {
			*dst = append(*dst, rec)
			pos = append(pos, d.lines.at(d.data, off))
			continue
		}
		if isSyntaxError(err) {
			return d.syntax(err)
		}
		raw := d.data[off:d.dec.InputOffset()]
		rec = *new(T)
		err = decodeStrict(raw, reflect.ValueOf(&rec).Elem(), "")
		if err == nil {
			// encoding/json refused what the field-by-field decoder takes:
			// keep the record, but say so rather than guess.
			err = &badFieldError{path: "(record)", err: errors.New("not decodable")}
		}
		path := key + "[" + strconv.Itoa(i) + "]"
		var uf *unknownFieldError
		if errors.As(err, &uf) {
			at := off
			if j := bytes.Index(raw, []byte(strconv.Quote(uf.key))); j >= 0 {
				at += int64(j)
			}
			return d.refuse(at, "unknown field %q in %s", uf.path, path)
		}
		var bf *badFieldError
		errors.As(err, &bf)
		field := bf.path
		record := recordID(raw)
		if kind == regulation.RecordKindCase {
			// Directory entries are reported under their list, like
			// regulation.NewDirectory does.
			record = key
			field = path + suffix(field)
		} else if record == "" {
			record = path
		}
		f := regulation.InvalidInput(kind, record, field, regulation.ProblemInvalidValue)
		f.Details["position"] = d.lines.at(d.data, off).String()
		c.Rejected = append(c.Rejected, f)
	}
	if _, err := d.dec.Token(); err != nil { // the closing bracket
		return d.syntax(err)
	}
	return nil
}

func suffix(field string) string {
	if field == "" || field == "(record)" {
		return ""
	}
	return "." + field
}

// recordID returns the string "id" of a JSON object, or "".
func recordID(raw []byte) string {
	var probe struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal(raw, &probe) != nil {
		return ""
	}
	var id string
	if json.Unmarshal(probe.ID, &id) != nil {
		return ""
	}
	return id
}

func describe(tok json.Token) string {
	switch v := tok.(type) {
	case nil:
		return "null"
	case json.Delim:
		if v == '[' {
			return "a list"
		}
		return "an object"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case json.Number:
		return "a number"
	}
	return fmt.Sprintf("%v", tok)
}

func clip(raw []byte) string {
	if len(raw) > 40 {
		return string(raw[:40]) + "…"
	}
	return string(raw)
}

// invalidUTF8 returns the offset of the first invalid UTF-8 byte, or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}
