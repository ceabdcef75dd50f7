package regulation

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/quyche/quyche/regulation/calendar"
)

// Details holds the values a finding rests on — the computed deadline, the
// dates compared, the parameter used, the counts — keyed by the names listed
// in the catalogue ([Rule.Details]). Values are calendar.Date, time.Time,
// int, string, []string, bool, or any value with MarshalText (enums such as
// [Position], which also render themselves per language through
// [Localizer]). Messages are rendered from Details; JSON carries it as an
// object with sorted keys.
type Details map[string]any

// Finding is one problem (or, for info codes, one decision) found in one
// record. Build findings with [Rules.Finding] or [InvalidInput] so that
// severity and citations come from the catalogue and the rule set.
type Finding struct {
	Code     Code
	Severity Severity
	Kind     RecordKind
	Record   string  // id of the checked record
	Subject  string  // who or what is at fault inside it: a unit, a person, a field (see the catalogue)
	Refs     []Ref   // citations, from the rule set
	Details  Details // the values the finding rests on; nil when it needs none
}

// newFinding returns a finding of code c with the catalogue's severity and
// no citations. Checks use [Rules.Finding], which adds the rule set's
// citations, or [InvalidInput].
func newFinding(c Code, kind RecordKind, record, subject string, details Details) Finding {
	return Finding{Code: c, Severity: c.Severity(), Kind: kind, Record: record, Subject: subject, Details: details}
}

// InvalidInput returns the input.invalid finding for a record of kind that
// cannot be checked because of field (its path, e.g. "extensions[0].new_due",
// which is also the subject). Its "effect" detail says that the record was
// not checked; see [Validation.Local] for a fault that switches off only
// the rules reading one field.
func InvalidInput(kind RecordKind, record, field string, p Problem) Finding {
	return newFinding(InputInvalid, kind, record, field,
		Details{"field": field, "problem": p, "effect": InputEffectRecordNotChecked})
}

// InputEffect says what a data problem (input.invalid) did to the checking
// of its record: the "effect" detail of the finding. The zero value is
// InputEffectUnknown.
type InputEffect uint8

// Effects of a data problem.
const (
	InputEffectUnknown InputEffect = iota
	// InputEffectRecordNotChecked: the record could not be checked at all
	// (record_not_checked).
	InputEffectRecordNotChecked
	// InputEffectRulesSkipped: only the rules that read the field were not
	// applied; every other rule of the record was (rules_skipped).
	InputEffectRulesSkipped
)

var inputEffects = DefineEnum[InputEffect]("InputEffect", []EnumValue{
	InputEffectUnknown:          {"", Text{"không rõ", "unknown"}},
	InputEffectRecordNotChecked: {"record_not_checked", Text{"bản ghi không được kiểm tra", "the record was not checked"}},
	InputEffectRulesSkipped: {"rules_skipped", Text{"các quy tắc dùng trường này không được áp dụng, các quy tắc khác vẫn được kiểm tra",
		"the rules that read this field were not applied; the others were"}},
})

// String returns the snake_case name of e.
func (e InputEffect) String() string { return inputEffects.String(e) }

// MarshalText implements encoding.TextMarshaler.
func (e InputEffect) MarshalText() ([]byte, error) { return inputEffects.Marshal(e) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (e *InputEffect) UnmarshalText(b []byte) (err error) {
	*e, err = inputEffects.Parse(b)
	return err
}

// Localize returns the Vietnamese or English description of e.
func (e InputEffect) Localize(l Lang) string { return inputEffects.Localize(e, l) }

func (f Finding) withDetail(k string, v any) Finding {
	d := make(Details, len(f.Details)+1)
	for k2, v2 := range f.Details {
		d[k2] = v2
	}
	d[k] = v
	f.Details = d
	return f
}

// Message renders the finding's message in language l from the catalogue's
// template and the finding's details. A detail that the template names but
// the finding lacks renders as "?"; a code outside the catalogue renders as
// the code itself.
func (f Finding) Message(l Lang) string {
	r, ok := LookupRule(f.Code)
	if !ok {
		return string(f.Code)
	}
	return render(r.Message(l), f.Details, l)
}

// render substitutes {key} in tmpl with the formatted details.
func render(tmpl string, d Details, l Lang) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		key, forms, plural := strings.Cut(tmpl[i+1:i+j], "|")
		v, ok := d[key]
		if ok {
			b.WriteString(FormatValue(v, l))
		} else {
			b.WriteByte('?')
		}
		if plural {
			one, many, _ := strings.Cut(forms, "|")
			b.WriteByte(' ')
			if n, isInt := v.(int); isInt && (n == 1 || n == -1) {
				b.WriteString(one)
			} else {
				b.WriteString(many)
			}
		}
		tmpl = tmpl[i+j+1:]
	}
}

// FormatValue renders a detail value for a message in language l: dates as
// "15/03/2023" in Vietnamese and "2023-03-15" in English, the zero date as
// "chưa có" / "none", times in UTC+7 to the minute, lists joined by ", "
// (an empty list as "không có" / "none"),
// [Localizer] values in their language.
func FormatValue(v any, l Lang) string {
	switch x := v.(type) {
	case calendar.Date:
		if x.IsZero() {
			return Text{"chưa có", "none"}.In(l)
		}
		if l == English {
			return x.String()
		}
		return x.Format()
	case time.Time:
		if x.IsZero() {
			return Text{"chưa có", "none"}.In(l)
		}
		t := x.In(calendar.Zone())
		if l == English {
			return t.Format("2006-01-02 15:04")
		}
		return t.Format("15:04 02/01/2006")
	case Localizer:
		return x.Localize(l)
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case bool:
		if x {
			return Text{"có", "yes"}.In(l)
		}
		return Text{"không", "no"}.In(l)
	case []string:
		if len(x) == 0 {
			return Text{"không có", "none"}.In(l)
		}
		return strings.Join(x, ", ")
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}

// Citations renders the finding's references in language l, joined by "; ".
func (f Finding) Citations(l Lang) string {
	parts := make([]string, len(f.Refs))
	for i, r := range f.Refs {
		parts[i] = r.Text(l)
	}
	return strings.Join(parts, "; ")
}

// Compare orders findings as quyche reports them: by record kind, then record
// id, code and subject, compared byte-wise.
func Compare(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.Kind, b.Kind),
		strings.Compare(a.Record, b.Record),
		strings.Compare(string(a.Code), string(b.Code)),
		strings.Compare(a.Subject, b.Subject),
	)
}

// Findings is the list of findings of a check. The zero value is an empty
// list, ready to use.
type Findings []Finding

// Sort puts fs in the deterministic order of [Compare]; findings that compare
// equal keep their order.
func (fs Findings) Sort() { slices.SortStableFunc(fs, Compare) }

// Err returns nil when no finding is a violation, and otherwise an error
// that summarises them (a *ViolationsError).
func (fs Findings) Err() error {
	n := 0
	var first Finding
	for _, f := range fs {
		if f.Severity == Violation {
			if n == 0 {
				first = f
			}
			n++
		}
	}
	if n == 0 {
		return nil
	}
	return &ViolationsError{Count: n, First: first}
}

// Has reports whether fs holds a finding with code c.
func (fs Findings) Has(c Code) bool {
	for i := range fs {
		if fs[i].Code == c {
			return true
		}
	}
	return false
}

// Count returns the number of findings with code c.
func (fs Findings) Count(c Code) int {
	n := 0
	for i := range fs {
		if fs[i].Code == c {
			n++
		}
	}
	return n
}

// ErrViolations is the sentinel wrapped by *ViolationsError.
var ErrViolations = errors.New("regulation: violations found")

// ViolationsError is the error of [Findings.Err]: how many violations, and
// the first one in order.
type ViolationsError struct {
	Count int
	First Finding
}

func (e *ViolationsError) Error() string {
	return fmt.Sprintf("regulation: %d violation(s), first %s in %s %q", e.Count, e.First.Code, e.First.Kind, e.First.Record)
}

// Unwrap returns ErrViolations.
func (e *ViolationsError) Unwrap() error { return ErrViolations }

// findingJSON is the quyche.findings/v1 form of a Finding.
type findingJSON struct {
	Code     Code       `json:"code"`
	Severity Severity   `json:"severity"`
	Kind     RecordKind `json:"kind"`
	Record   string     `json:"record"`
	Subject  string     `json:"subject"`
	Refs     []Ref      `json:"refs"`
	Details  Details    `json:"details"`
	Message  struct {
		Vi string `json:"vi"`
		En string `json:"en"`
	} `json:"message"`
}

// MarshalJSON writes the finding in the form of quyche.findings/v1, with its
// messages in both languages. refs and details are always present (empty
// when the finding has none).
func (f Finding) MarshalJSON() ([]byte, error) {
	j := findingJSON{Code: f.Code, Severity: f.Severity, Kind: f.Kind, Record: f.Record,
		Subject: f.Subject, Refs: f.Refs, Details: f.Details}
	if j.Refs == nil {
		j.Refs = []Ref{}
	}
	if j.Details == nil {
		j.Details = Details{}
	}
	j.Message.Vi = f.Message(Vietnamese)
	j.Message.En = f.Message(English)
	return json.Marshal(j)
}

// UnmarshalJSON reads a finding in the form of quyche.findings/v1. The
// message is not kept (it is rendered from the details); detail values come
// back as JSON gives them (strings, float64 numbers, lists).
func (f *Finding) UnmarshalJSON(b []byte) error {
	var j findingJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*f = Finding{Code: j.Code, Severity: j.Severity, Kind: j.Kind, Record: j.Record,
		Subject: j.Subject, Refs: j.Refs, Details: j.Details}
	if len(f.Refs) == 0 {
		f.Refs = nil
	}
	if len(f.Details) == 0 {
		f.Details = nil
	}
	return nil
}
