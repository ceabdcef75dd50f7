package casefile

import (
	"errors"
	"testing"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/regulationtest"
)

// FuzzDecode feeds arbitrary bytes to the case-file decoder and checks the
// decoded case: every input ends either in a refusal (*Error with a position
// inside the input) or in a case whose check returns sorted findings with
// complete details. Nothing panics.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(caseWith("")))
	f.Add([]byte(caseWith(`"units": [{"id": "STC", "name": "S", "kind": "department"}], "people": [{"id": "p1", "name": "A", "unit": "STC", "position": "head"}],
"tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-12-01", "extensions": [{"requested": "2023-11-20", "new_due": "2023-12-20", "approved_by": "p1"}]}],
"meetings": [{"id": "M1", "kind": "regular", "chair": "p1", "date": "2023-11-01", "invitations": [{"unit": "STC", "level": "head"}], "attendees": [{"person": "p1"}]}],
"records": [{"id": "R1", "kind": "minutes", "date": "2023-11-01", "chair": "p1", "signatures": [{"person": "p1", "capacity": "direct"}]}],
"consultations": [{"id": "C1", "lead": "STC", "sent": "2023-11-01", "replies": [{"unit": "STC"}]}],
"submissions": [{"id": "S1", "from": "STC", "to": "ppc", "kind": "report", "competence": "addressee", "received": "2023-11-01", "components": ["report"], "own_position": true, "signed_by": "p1", "consultation": "C1"}],
"delegations": [{"id": "D1", "kind": "tl", "grantor": "p1", "grantee": "p1", "scope": ["minutes"], "valid_from": "2023-01-01", "valid_to": "2023-12-31"}]`)))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"schema": "quyche.case/v1", "tasks": [[[[]]]]}`))
	f.Add([]byte(caseWith(`"tasks": [{"id": 1}, null, {"id": "T", "due": "2023-02-30"}]`)))
	rules := regulation.KonTum2023()
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := DecodeBytes(data, "fuzz.json")
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("a refusal must be an *Error: %v", err)
			}
			if e.Line < 0 || e.Column < 0 || e.Problem == "" {
				t.Fatalf("bad refusal %+v", e)
			}
			return
		}
		res := c.Check(rules, c.AsOf)
		for i, fd := range res.Findings {
			if i > 0 && regulation.Compare(res.Findings[i-1], fd) > 0 {
				t.Fatalf("findings out of order at %d: %v then %v", i, res.Findings[i-1], fd)
			}
			if m := regulationtest.MissingDetails(fd); m != nil {
				t.Fatalf("%s lacks details %v", fd.Code, m)
			}
		}
		tot := res.Tasks.Total()
		if tot.Tasks()+res.Tasks.Invalid() < len(c.Tasks) {
			t.Fatalf("tasks dropped: %d counted + %d invalid < %d decoded", tot.Tasks(), res.Tasks.Invalid(), len(c.Tasks))
		}
	})
}

// FuzzReadRules feeds arbitrary bytes to the rule-set reader: every input
// ends either in a refusal (*Error with a position inside the input, or
// none) or in a rule set that passes Validate. Nothing panics.
func FuzzReadRules(f *testing.F) {
	good, err := regulation.KonTum2023().MarshalJSON()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(`{"schema": "quyche.rules/v1"}`))
	f.Add([]byte(`{"schema": "quyche.rules/v1", "calendar": {"base": "vietnam", "holidays": [{"name": {"vi": "x", "en": "x"}, "month": 13}]}}`))
	f.Add([]byte("\n\n  {,"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ReadRules(data, "rules.json")
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || !errors.Is(err, ErrRefused) {
				t.Fatalf("a refusal must be an *Error: %v", err)
			}
			if e.Line < 0 || e.Column < 0 || e.Problem == "" || e.File != "rules.json" {
				t.Fatalf("bad refusal %+v", e)
			}
			if e.Line > 0 {
				if line, _ := position(data, int64(len(data))); e.Line > line {
					t.Fatalf("refusal at line %d of %d", e.Line, line)
				}
			}
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("a rule set read must be valid: %v", err)
		}
	})
}
