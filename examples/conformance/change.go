package conformance

import (
	"fmt"
	"slices"
	"strings"

	"github.com/quyche/quyche/regulation"
)

// ChangeKind says how a finding differs from the suite's expectation. The
// zero value is ChangeUnknown.
type ChangeKind uint8

// Kinds of change.
const (
	ChangeKindUnknown ChangeKind = iota
	ChangeKindRemoved            // removed: an expected finding is not found ("-")
	ChangeKindAdded              // added: a finding is found that is not expected ("+")
	ChangeKindRecited            // recited: the finding is found with other citations ("~")
)

var changeKinds = regulation.DefineEnum[ChangeKind]("ChangeKind", []regulation.EnumValue{
	ChangeKindUnknown: {Label: regulation.Text{VI: "không rõ", EN: "unknown"}},
	ChangeKindRemoved: {Name: "removed", Label: regulation.Text{VI: "thiếu phát hiện được chờ đợi", EN: "expected finding missing"}},
	ChangeKindAdded:   {Name: "added", Label: regulation.Text{VI: "có phát hiện không được chờ đợi", EN: "unexpected finding"}},
	ChangeKindRecited: {Name: "recited", Label: regulation.Text{VI: "trích dẫn khác", EN: "other citations"}},
})

// String returns the name of k: "removed", "added" or "recited".
func (k ChangeKind) String() string { return changeKinds.String(k) }

// MarshalText implements encoding.TextMarshaler.
func (k ChangeKind) MarshalText() ([]byte, error) { return changeKinds.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *ChangeKind) UnmarshalText(b []byte) (err error) {
	*k, err = changeKinds.Parse(b)
	return err
}

// Localize returns the Vietnamese or English description of k.
func (k ChangeKind) Localize(l regulation.Lang) string { return changeKinds.Localize(k, l) }

// Change is one difference between the findings a case is expected to give
// and those it gives. Findings are matched by record kind, record, code and
// subject; details (and so messages) are not compared.
type Change struct {
	Kind ChangeKind
	Want regulation.Finding // the expected finding; zero for Added
	Got  regulation.Finding // the finding found; zero for Removed
}

// String renders c on one line: a sign ("-" removed, "+" added, "~"
// recited), the record kind, record, code and quoted subject of the
// finding, and its citations in English ("(no citation)" for none), before
// and after for a recited one. For example, under a rule set that counts silence as agreement and
// cites its own regulation, Report prints:
//
//	consult.reply_missing: - consultation pos-2 consult.reply_missing "SNV" (Letter 56/UBND-KTTH, footnote 2)
//	consult.reply_missing: + consultation pos-2 consult.deemed_agreement "SNV" (Art. 9(3), Decision 12/2024/QĐ-UBND)
//	consult.reply_late: ~ consultation pos-1 consult.reply_late "SXD" (Letter 56/UBND-KTTH, footnote 2) → (Art. 9(2), Decision 12/2024/QĐ-UBND)
func (c Change) String() string {
	id := func(f regulation.Finding) string {
		return fmt.Sprintf("%s %s %s %q", f.Kind, f.Record, f.Code, f.Subject)
	}
	switch c.Kind {
	case ChangeKindRemoved:
		return "- " + id(c.Want) + " " + refs(c.Want.Refs)
	case ChangeKindAdded:
		return "+ " + id(c.Got) + " " + refs(c.Got.Refs)
	case ChangeKindRecited:
		return "~ " + id(c.Got) + " " + refs(c.Want.Refs) + " → " + refs(c.Got.Refs)
	}
	return "? " + id(c.Got)
}

func refs(rs []regulation.Ref) string {
	if len(rs) == 0 {
		return "(no citation)"
	}
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = r.String()
	}
	return "(" + strings.Join(s, "; ") + ")"
}

// Changes returns the differences between r.Want and r.Got, in the order of
// regulation.Compare, an expected finding before the one found in its place.
// It is empty when r.OK(); it is empty too when the findings are the same but
// out of order, which only r.Diff shows.
func (r Result) Changes() []Change {
	want := slices.Clone(r.Want)
	got := slices.Clone(r.Got)
	slices.SortStableFunc(want, regulation.Compare)
	slices.SortStableFunc(got, regulation.Compare)
	var cs []Change
	i, j := 0, 0
	for i < len(want) || j < len(got) {
		var c int
		switch {
		case i == len(want):
			c = 1
		case j == len(got):
			c = -1
		default:
			c = regulation.Compare(want[i], got[j])
			if c == 0 && want[i].Severity != got[j].Severity {
				c = -1
			}
		}
		switch {
		case c < 0:
			cs = append(cs, Change{Kind: ChangeKindRemoved, Want: want[i]})
			i++
		case c > 0:
			cs = append(cs, Change{Kind: ChangeKindAdded, Got: got[j]})
			j++
		default:
			if !slices.Equal(want[i].Refs, got[j].Refs) {
				cs = append(cs, Change{Kind: ChangeKindRecited, Want: want[i], Got: got[j]})
			}
			i++
			j++
		}
	}
	return cs
}

// Report lists the changes of every result, one per line, each prefixed with
// its folder's code and a colon:
//
//	consult.reply_late: - consultation pos-2 consult.reply_late "SXD" (Letter 56/UBND-KTTH, footnote 2)
//
// It is empty when every result is OK. The text is the form of
// Options.Changes files.
func Report(results []Result) string {
	var b strings.Builder
	for _, r := range results {
		for _, c := range r.Changes() {
			b.WriteString(string(r.Code) + ": " + c.String() + "\n")
		}
	}
	return b.String()
}
