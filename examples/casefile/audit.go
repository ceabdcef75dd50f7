package casefile

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// Settings are what an audit is asked for besides the case file: the audit
// program's -as-of, -from, -to and -rules, a service's as_of, from, to and
// rules. The zero value audits every record of the case as of its as_of
// under the built-in rule set the case names.
type Settings struct {
	// AsOf, From and To are the as-of date and the reporting period, zero
	// when not given; [Case.Scope] says how they combine.
	AsOf, From, To calendar.Date
	// RulesID names a built-in rule set ([regulation.Lookup]) to use
	// instead of the one the case names.
	RulesID string
	// Rules is a rule set of the caller's own ([ReadRules]) to use instead
	// of the one the case names. At most one of RulesID and Rules is given.
	Rules *regulation.Rules
	// Unit, when given, narrows the audit to what concerns that unit of
	// the case ([Options.Unit]).
	Unit regulation.UnitID
}

// ErrUnknownRules is the sentinel wrapped by the error for a rule-set id
// that names no built-in rule set.
var ErrUnknownRules = errors.New("casefile: unknown rule set")

// ErrSettings is the sentinel wrapped by the error for settings that
// contradict each other (a rule-set id and a rule set).
var ErrSettings = errors.New("casefile: conflicting settings")

// ErrUnknownUnit is the sentinel wrapped by the error for a unit that the
// case does not have ([Settings.Unit]).
var ErrUnknownUnit = errors.New("casefile: unknown unit")

// RuleSet returns the rule set an audit of c with settings s uses: s.Rules
// when given, else the built-in rule set s.RulesID names, else the built-in
// rule set the case names. An id that names no built-in rule set is an
// error wrapping ErrUnknownRules; for the case's own id it is a refusal of
// the file, an *Error, as the audit program's exit status 2 says. Giving
// both s.Rules and s.RulesID is an error wrapping ErrSettings.
func (c *Case) RuleSet(s Settings) (*regulation.Rules, error) {
	switch {
	case s.Rules != nil && s.RulesID != "":
		return nil, fmt.Errorf("%w: a rule set and the rule-set id %q; give one", ErrSettings, s.RulesID)
	case s.Rules != nil:
		return s.Rules, nil
	case s.RulesID != "":
		r, ok := regulation.Lookup(s.RulesID)
		if !ok {
			return nil, fmt.Errorf("%w %s", ErrUnknownRules, unknownRules(s.RulesID))
		}
		return r, nil
	}
	r, ok := regulation.Lookup(c.RulesID)
	if !ok {
		return nil, &Error{File: c.File, Problem: "unknown rule set " + unknownRules(c.RulesID), Err: ErrUnknownRules}
	}
	return r, nil
}

// unitList lists the case's unit ids for a message, the first 40 of them.
func (c *Case) unitList() string {
	ids := make([]string, 0, min(len(c.Units), 41))
	for _, u := range c.Units {
		if len(ids) == 40 {
			ids = append(ids, "…")
			break
		}
		ids = append(ids, string(u.ID))
	}
	if len(ids) == 0 {
		return "none"
	}
	return strings.Join(ids, ", ")
}

// unknownRules says which rule sets there are, after the unknown id.
func unknownRules(id string) string {
	return fmt.Sprintf("%q (built in: %s; give the rule set of another province as a quyche.rules/v1 file)",
		clipString(id), strings.Join(regulation.RuleSetIDs(), ", "))
}

// Audit is an audit ready to run: a case, the rule set it is checked under,
// the date it is judged as of and the records it selects. [Case.Audit]
// resolves one from [Settings]; the audit program and a service run it the
// same way, so that they give the same answer.
type Audit struct {
	Case    *Case
	Rules   *regulation.Rules
	AsOf    calendar.Date
	Options Options
}

// Audit resolves the settings s for c: the as-of date and the reporting
// period ([Case.Scope]), then the rule set ([Case.RuleSet]). Its errors are
// theirs: a reversed period (ErrPeriod), an unknown rule set
// (ErrUnknownRules; an *Error for the case's own id), conflicting settings
// (ErrSettings), a unit the case does not have (ErrUnknownUnit, naming the
// case's units).
func (c *Case) Audit(s Settings) (Audit, error) {
	asOf, opts, err := c.Scope(s.AsOf, s.From, s.To)
	if err != nil {
		return Audit{}, err
	}
	if s.Unit != "" {
		if !slices.ContainsFunc(c.Units, func(u regulation.Unit) bool { return u.ID == s.Unit }) {
			return Audit{}, fmt.Errorf("%w: %s has no unit %q; its units are %s", ErrUnknownUnit, c.File,
				clipString(string(s.Unit)), c.unitList())
		}
		opts.Unit = s.Unit
	}
	rules, err := c.RuleSet(s)
	if err != nil {
		return Audit{}, err
	}
	return Audit{Case: c, Rules: rules, AsOf: asOf, Options: opts}, nil
}

// WriteFindings writes the findings of a to w as quyche.findings/v1
// ([Case.WriteFindings]): what the audit program prints with -json and a
// service answers, byte for byte. It returns the tally of the findings.
func (a Audit) WriteFindings(w io.Writer) (Tally, error) {
	return a.Case.WriteFindings(w, a.Rules, a.AsOf, a.Options)
}

// Check returns the findings of a with the task summary
// ([Case.CheckWith]), for a report.
func (a Audit) Check() Result {
	return a.Case.CheckWith(a.Rules, a.AsOf, a.Options)
}

// SettingError reports a setting that cannot be read, such as a date
// written in neither accepted form. It wraps the underlying error.
type SettingError struct {
	Name  string // the setting as its caller names it: "-as-of", "as_of"
	Value string // the value given, cut to 64 bytes
	Want  string // what is accepted
	Err   error
}

func (e *SettingError) Error() string {
	return e.Name + ": want " + e.Want + ", got " + strconv.Quote(e.Value)
}

// Unwrap returns the underlying error.
func (e *SettingError) Unwrap() error { return e.Err }

// ParseSettingDate parses the date given to the setting name (the audit
// program's "-as-of", a service's "as_of"): written yyyy-mm-dd or
// dd/mm/yyyy ([calendar.ParseDate]). Its error is a *SettingError that
// names the setting and the accepted forms, wrapping calendar.ErrInvalidDate.
func ParseSettingDate(name, value string) (calendar.Date, error) {
	d, err := calendar.ParseDate(value)
	if err != nil {
		return calendar.Date{}, &SettingError{Name: name, Value: clipString(value),
			Want: "a date written yyyy-mm-dd or dd/mm/yyyy", Err: err}
	}
	return d, nil
}

// clipString cuts s to 64 bytes (at a character boundary) for a message.
func clipString(s string) string {
	if len(s) <= 64 {
		return s
	}
	cut := 64
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// ReadRules reads a rule set in the form quyche.rules/v1: the file the audit
// program's -rules names, the "rules" part of a service's request; name
// names it in messages. It refuses, with an *Error wrapping the underlying
// error, data that is not a usable rule set: not JSON (with the line and
// column), an unknown field, a wrong schema, a rule set that fails
// [regulation.Rules.Validate] (regulation.ErrInvalidRules).
func ReadRules(data []byte, name string) (*regulation.Rules, error) {
	var r regulation.Rules
	if err := json.Unmarshal(data, &r); err != nil {
		e := &Error{File: name, Problem: err.Error(), Err: err}
		var se *json.SyntaxError
		if errors.As(err, &se) {
			e.Line, e.Column = position(data, max(se.Offset-1, 0))
			e.Problem = "not valid JSON: " + se.Error()
		}
		return nil, e
	}
	return &r, nil
}

// Outcome is what the findings of an audit come to, as the audit program's
// exit status says it and a service's X-Quyche-Status header names it. Its
// text form is "clean", "violations" or "data_problems". The zero value,
// OutcomeUnknown, is unset.
type Outcome uint8

const (
	// OutcomeUnknown is the zero, unset Outcome.
	OutcomeUnknown Outcome = iota
	// OutcomeClean: nothing violates the regulation and every record could
	// be checked (exit status 0).
	OutcomeClean
	// OutcomeViolations: at least one violation of the regulation (exit
	// status 1), whatever the data problems.
	OutcomeViolations
	// OutcomeDataProblems: no violation of the regulation, but some records
	// could not be checked, input.invalid (exit status 3).
	OutcomeDataProblems
)

var outcomes = regulation.DefineEnum[Outcome]("Outcome", []regulation.EnumValue{
	OutcomeUnknown:      {Name: "", Label: regulation.Text{VI: "không rõ", EN: "unknown"}},
	OutcomeClean:        {Name: "clean", Label: regulation.Text{VI: "không có vi phạm", EN: "no violations"}},
	OutcomeViolations:   {Name: "violations", Label: regulation.Text{VI: "có vi phạm", EN: "violations"}},
	OutcomeDataProblems: {Name: "data_problems", Label: regulation.Text{VI: "có dữ liệu cần kiểm tra lại", EN: "data problems"}},
})

// String returns the text form of o; the zero value gives "unknown".
func (o Outcome) String() string { return outcomes.String(o) }

// MarshalText implements encoding.TextMarshaler.
func (o Outcome) MarshalText() ([]byte, error) { return outcomes.Marshal(o) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *Outcome) UnmarshalText(b []byte) (err error) { *o, err = outcomes.Parse(b); return err }

// Localize returns the Vietnamese or English description of o.
func (o Outcome) Localize(l regulation.Lang) string { return outcomes.Localize(o, l) }

// Outcome returns what the findings counted by t come to: violations when
// there is a violation of the regulation, else data problems when there is
// an input.invalid finding, else clean.
func (t Tally) Outcome() Outcome {
	switch {
	case t.Violations > 0:
		return OutcomeViolations
	case t.DataProblems > 0:
		return OutcomeDataProblems
	}
	return OutcomeClean
}
