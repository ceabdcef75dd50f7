package signoff

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
)

// TestArguments runs every check of the package through every bad argument:
// each gives input.invalid on the argument and nothing else, the same
// answer everywhere.
func TestArguments(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	dels := testDelegations()
	// A record and a delegation that would have findings with good
	// arguments: bad arguments must hide them all.
	r := Record{ID: "R", Kind: KindInspectionRecord, Date: testDate, Signatures: []Signature{sig("cvstc", "", CapacityDirect, "")}}
	dl := dels["TL-GD-GDKHDT"]
	cases := []struct {
		name   string
		dir    *regulation.Directory
		rules  *regulation.Rules
		asOf   calendar.Date
		want   []string
		reason string
	}{
		{"zero as_of", dir, rules, calendar.Date{}, []string{"input.invalid as_of missing"},
			"a zero as_of is not \"no cut-off\""},
		{"as_of out of range", dir, rules, d(10000, 1, 1), []string{"input.invalid as_of out_of_range"},
			"years 0001–9999 only"},
		{"nil rules", dir, nil, testDate, []string{"input.invalid rules missing"}, "reported, not a panic"},
		{"nil directory", nil, rules, testDate, []string{"input.invalid directory missing"},
			"a nil directory is not \"no lookups\" nor \"nobody is known\""},
		{"all three", nil, nil, calendar.Date{},
			[]string{"input.invalid as_of missing", "input.invalid directory missing", "input.invalid rules missing"},
			"one finding per bad argument, sorted"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opts := Options{Delegations: dels}
			checks := []struct {
				name   string
				kind   regulation.RecordKind
				record string
				got    regulation.Findings
			}{
				{"Check", regulation.RecordKindRecord, "R", Check(r, tc.dir, tc.rules, tc.asOf, opts)},
				{"CheckDelegation", regulation.RecordKindDelegation, dl.ID, CheckDelegation(dl, tc.dir, tc.rules, tc.asOf, opts)},
				{"CheckAll", regulation.RecordKindCase, "", CheckAll([]Record{r, r}, []Delegation{dl}, tc.dir, tc.rules, tc.asOf)},
			}
			for _, c := range checks {
				checkWellFormed(t, c.got)
				if diff := cmp.Diff(tc.want, briefs(c.got)); diff != "" {
					t.Errorf("%s: %s (-want +got):\n%s", c.name, tc.reason, diff)
				}
				for _, f := range c.got {
					if f.Kind != c.kind || f.Record != c.record {
						t.Errorf("%s: finding about %v %q, want %v %q", c.name, f.Kind, f.Record, c.kind, c.record)
					}
				}
			}
		})
	}
}

// TestAskArguments: Ask names its own arguments (the signing date
// is "date", not "as_of"), but a nil directory is input.invalid like
// everywhere else.
func TestAskArguments(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	cases := []struct {
		name   string
		dir    *regulation.Directory
		rules  *regulation.Rules
		date   calendar.Date
		want   []string
		reason string
	}{
		{"nil directory", nil, rules, testDate, []string{"input.invalid directory missing"},
			"not \"unknown signer\": the directory itself is missing"},
		{"nil rules", dir, nil, testDate, []string{"input.invalid rules missing"}, "reported, not a panic"},
		{"both", nil, nil, testDate, []string{"input.invalid directory missing", "input.invalid rules missing"},
			"each bad argument, sorted"},
		{"zero date", dir, rules, calendar.Date{}, []string{"input.invalid date missing"}, "the signing date is required"},
		{"date out of range", dir, rules, d(10000, 1, 1), []string{"input.invalid date out_of_range"}, "years 0001–9999 only"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Ask(Question{Signer: "pgdstc", Unit: "STC", Capacity: CapacityKT, Kind: KindMinutes, Date: tc.date, Record: "BB-1"},
				tc.dir, tc.rules)
			checkWellFormed(t, got.Reasons)
			if got.Allowed {
				t.Errorf("%s: allowed", tc.reason)
			}
			if diff := cmp.Diff(tc.want, briefs(got.Reasons)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// TestRecordExistence: a record comes into being on its date. As of the day
// before it gets nothing, not even rules.not_in_force; as of that day and
// later it is checked. A record that cannot be checked gets its
// input.invalid whatever its date.
func TestRecordExistence(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	opts := Options{Delegations: testDelegations()}
	date := d(2024, 3, 20)
	faulty := Record{ID: "R", Kind: KindInspectionRecord, Date: date, Signatures: []Signature{sig("cvstc", "", CapacityDirect, "")}}
	lateDate := d(2025, 8, 1) // after the rule set's period
	late := Record{ID: "R", Kind: KindInspectionRecord, Date: lateDate, Signatures: []Signature{sig("cvstc", "", CapacityDirect, "")}}
	unsigned := Record{ID: "R", Kind: KindMinutes, Date: date, Chair: "pct"}
	invalid := Record{ID: "R", Kind: KindInspectionRecord, Date: date, Chair: "pct"}
	cases := []struct {
		name   string
		r      Record
		asOf   calendar.Date
		want   []string
		reason string
	}{
		{"day before", faulty, date.AddDays(-1), nil, "not drawn up yet: no finding"},
		{"same day", faulty, date, []string{"signoff.signer_level STC specialist"}, "drawn up on as_of: it exists"},
		{"day after", faulty, date.AddDays(1), []string{"signoff.signer_level STC specialist"}, "it exists"},
		{"not in force, day before", late, lateDate.AddDays(-1), nil, "no rules.not_in_force for a record that does not exist yet"},
		{"not in force, same day", late, lateDate, []string{"rules.not_in_force ", "signoff.signer_level STC specialist"},
			"it exists: warned, and checked all the same"},
		{"unsigned, day before", unsigned, date.AddDays(-1), nil, "nobody owes a signature on minutes not drawn up yet"},
		{"unsigned, same day", unsigned, date, []string{"signoff.chair_unsigned pct"}, "the chair did not sign"},
		{"invalid, day before", invalid, date.AddDays(-1), []string{"input.invalid chair invalid_value"},
			"nothing is dropped silently: input.invalid whatever the date"},
		{"invalid, day after", invalid, date.AddDays(1), []string{"input.invalid chair invalid_value"}, "and alone"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Check(tc.r, dir, rules, tc.asOf, opts)
			checkWellFormed(t, got)
			if diff := cmp.Diff(tc.want, briefs(got), cmpEmpty); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

// TestDelegationExistence: a delegation comes into being on its ValidFrom;
// before that CheckDelegation reports nothing but its input.invalid. As the
// context of a signature it serves whatever its dates: what counts is its
// validity on the signing date.
func TestDelegationExistence(t *testing.T) {
	dir := testDirectory(t)
	rules := regulation.KonTum2023()
	from := d(2024, 5, 6)
	outside := del("OUT", CapacityTL, "gdstc", "gdkhdt", allKinds, from, d(2024, 12, 31), "")
	bad := del("BAD", CapacityTL, "gdstc", "tpstc", allKinds, from, from.AddDays(-1), "")
	cases := []struct {
		name   string
		d      Delegation
		asOf   calendar.Date
		want   []string
		reason string
	}{
		{"outside, day before", outside, from.AddDays(-1), nil, "not granted yet: no finding"},
		{"outside, same day", outside, from, []string{"signoff.delegation_invalid gdkhdt grantee_outside_unit"},
			"granted on as_of: it exists"},
		{"outside, day after", outside, from.AddDays(1), []string{"signoff.delegation_invalid gdkhdt grantee_outside_unit"},
			"it exists"},
		{"outside, long expired", outside, d(2026, 1, 1), []string{"signoff.delegation_invalid gdkhdt grantee_outside_unit"},
			"a delegation that existed stays judged after it lapsed"},
		{"invalid, day before", bad, from.AddDays(-1), []string{"input.invalid valid_to date_order"},
			"nothing is dropped silently: input.invalid whatever the date"},
		{"invalid, day after", bad, from.AddDays(1), []string{"input.invalid valid_to date_order"}, "and alone"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := CheckDelegation(tc.d, dir, rules, tc.asOf, Options{})
			checkWellFormed(t, got)
			if diff := cmp.Diff(tc.want, briefs(got), cmpEmpty); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.reason, diff)
			}
		})
	}

	// Context: minutes dated before a delegation starts, checked as of a day
	// when the delegation does not exist yet, still find it (not
	// input.invalid unknown_record) and judge it not yet valid.
	later := del("LATER", CapacityTL, "gdstc", "tpstc", minutesOnly, d(2024, 6, 1), d(2024, 12, 31), "")
	r := Record{ID: "R", Kind: KindMinutes, Date: testDate, Signatures: []Signature{sig("tpstc", "STC", CapacityTL, "LATER")}}
	got := CheckAll([]Record{r}, []Delegation{later, outside}, dir, rules, testDate)
	checkWellFormed(t, got)
	want := []string{"signoff.delegation_invalid STC not_yet_valid"}
	if diff := cmp.Diff(want, briefs(got)); diff != "" {
		t.Errorf("a delegation serves as context whatever its dates (-want +got):\n%s", diff)
	}
}
