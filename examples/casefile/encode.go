package casefile

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/task"
)

// FindingsSchema is the schema name of the findings output.
const FindingsSchema = "quyche.findings/v1"

// Encoder writes findings in the form quyche.findings/v1 as they come, so
// that a large audit never holds its output in memory. Call Begin once, Add
// for each finding in order, then End with the task summary. Errors are
// sticky: after the first, every call returns it.
type Encoder struct {
	w     *bufio.Writer
	n     int
	err   error
	began bool
}

// NewEncoder returns an Encoder writing to w.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: bufio.NewWriterSize(w, 64<<10)} }

// Header is the header of a findings file (quyche.findings/v1): what the
// findings were computed with.
type Header struct {
	Rules  string                     // the rule set's id
	AsOf   calendar.Date              // the date the findings are as of
	Period regulation.ReportingPeriod // the reporting period; omitted when zero
	// Calendar is the data version of the working-day calendar the
	// deadlines were computed with; omitted when empty.
	Calendar string
	// Unit is the unit the findings were narrowed to ([Options.Unit]);
	// omitted when empty.
	Unit regulation.UnitID
}

type headerJSON struct {
	Schema   string                      `json:"schema"`
	Rules    string                      `json:"rules"`
	AsOf     calendar.Date               `json:"as_of"`
	Period   *regulation.ReportingPeriod `json:"period,omitempty"`
	Calendar string                      `json:"calendar,omitempty"`
	Unit     regulation.UnitID           `json:"unit,omitempty"`
}

// Begin writes the header with the rule set's id and the as-of date alone;
// it is [Encoder.BeginHeader] with a Header of those two.
func (e *Encoder) Begin(rulesID string, asOf calendar.Date) error {
	return e.BeginHeader(Header{Rules: rulesID, AsOf: asOf})
}

// BeginHeader writes the header h.
func (e *Encoder) BeginHeader(h Header) error {
	if e.err != nil {
		return e.err
	}
	j := headerJSON{Schema: FindingsSchema, Rules: h.Rules, AsOf: h.AsOf, Calendar: h.Calendar, Unit: h.Unit}
	if !h.Period.IsZero() {
		j.Period = &h.Period
	}
	b, err := json.Marshal(j)
	if err != nil {
		e.err = err
		return err
	}
	// Reopen the header object to append the findings list.
	e.write(b[:len(b)-1])
	e.write([]byte(",\n\"findings\": ["))
	e.began = true
	return e.err
}

// Add writes one finding.
func (e *Encoder) Add(f regulation.Finding) error {
	if e.err != nil {
		return e.err
	}
	b, err := json.Marshal(f)
	if err != nil {
		e.err = err
		return err
	}
	if e.n > 0 {
		e.write([]byte(",\n  "))
	} else {
		e.write([]byte("\n  "))
	}
	e.n++
	e.write(b)
	return e.err
}

// End closes the findings list, writes the task summary (null when sum is
// nil) and flushes.
func (e *Encoder) End(sum *task.Summary) error {
	if e.err != nil {
		return e.err
	}
	e.write([]byte("\n],\n\"tasks\": "))
	var b []byte
	var err error
	if sum == nil {
		b = []byte("null")
	} else if b, err = json.Marshal(sum); err != nil {
		e.err = err
		return err
	}
	e.write(b)
	e.write([]byte("\n}\n"))
	if e.err == nil {
		e.err = e.w.Flush()
	}
	return e.err
}

func (e *Encoder) write(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

// WriteFindings checks the case selected by opts under rules as of asOf
// ([Case.RunWith]) and streams the result to w as quyche.findings/v1: the
// header, every finding in order, and the task summary. It is what the
// audit program prints with -json; a service answers with the same bytes.
// It returns the tally of the findings written.
func (c *Case) WriteFindings(w io.Writer, rules *regulation.Rules, asOf calendar.Date, opts Options) (Tally, error) {
	var t Tally
	enc := NewEncoder(w)
	h := Header{Rules: rules.ID, AsOf: asOf, Period: opts.Period, Calendar: rules.WorkCalendar().Version(), Unit: opts.Unit}
	if err := enc.BeginHeader(h); err != nil {
		return t, err
	}
	var err error
	sum := c.RunWith(rules, asOf, opts, func(f regulation.Finding) {
		t.Add(f)
		if err == nil {
			err = enc.Add(f)
		}
	})
	if err != nil {
		return t, err
	}
	return t, enc.End(sum)
}

// Encode writes c as a case file: indented JSON with each record compact on
// a line of its own — small, easy to diff, and the same bytes for the same
// value. Fields come in the order of [Case]; a list of records is written
// one record a line, any other value on the line of its key.
func (c *Case) Encode(w io.Writer) error {
	var b bytes.Buffer
	v := reflect.ValueOf(c).Elem()
	t := v.Type()
	b.WriteString("{")
	first := true
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if !first {
			b.WriteByte(',')
		}
		first = false
		fmt.Fprintf(&b, "\n  %q: ", name)
		f := v.Field(i)
		if f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.Struct && f.Len() > 0 {
			b.WriteString("[\n")
			for j := range f.Len() {
				rec, err := json.Marshal(f.Index(j).Interface())
				if err != nil {
					return fmt.Errorf("casefile: encoding %s[%d]: %w", name, j, err)
				}
				b.WriteString("    ")
				b.Write(rec)
				if j < f.Len()-1 {
					b.WriteByte(',')
				}
				b.WriteByte('\n')
			}
			b.WriteString("  ]")
			continue
		}
		val, err := json.Marshal(f.Interface())
		if err != nil {
			return fmt.Errorf("casefile: encoding %s: %w", name, err)
		}
		b.Write(val)
	}
	b.WriteString("\n}\n")
	_, err := w.Write(b.Bytes())
	return err
}
