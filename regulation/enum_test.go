package regulation

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/regulation/calendar"
)

// TestEnumLabels proves that every value of every enumeration of the
// package has a label in both languages, distinct from its neighbours', and
// that Localize reads it from the one table of its type.
func TestEnumLabels(t *testing.T) {
	type labelled interface {
		String() string
		Localize(Lang) string
	}
	var all []labelled
	for _, v := range unitKinds.Values() {
		all = append(all, v)
	}
	for _, v := range positions.Values() {
		all = append(all, v)
	}
	for _, v := range severities.Values() {
		all = append(all, v)
	}
	for _, v := range recordKinds.Values() {
		all = append(all, v)
	}
	for _, v := range submissionKinds.Values() {
		all = append(all, v)
	}
	for _, v := range components.Values() {
		all = append(all, v)
	}
	for _, v := range problems.Values() {
		all = append(all, v)
	}
	for _, v := range inputEffects.Values() {
		all = append(all, v)
	}
	for _, v := range repairKinds.Values() {
		all = append(all, v)
	}
	for _, v := range docForms.Values() {
		all = append(all, v)
	}
	seen := map[string]string{}
	for _, v := range all {
		vi, en := v.Localize(Vietnamese), v.Localize(English)
		if vi == "" || en == "" {
			t.Errorf("%T %v: label %q / %q; want both languages", v, v, vi, en)
		}
		key := fmt.Sprintf("%T/%s", v, vi)
		if other, dup := seen[key]; dup {
			t.Errorf("%T %v and %s share the Vietnamese label %q", v, v, other, vi)
		}
		seen[key] = v.String()
	}
}

func TestEnumSet(t *testing.T) {
	type color uint8
	set := DefineEnum[color]("color", []EnumValue{
		0: {Label: Text{VI: "không rõ", EN: "unknown"}},
		1: {Name: "red", Label: Text{VI: "đỏ", EN: "red"}},
		2: {Name: "dark_blue", Label: Text{VI: "xanh đậm", EN: "dark blue"}},
	})
	tests := []struct {
		name, got, want, reason string
	}{
		{"string", set.String(2), "dark_blue", "the snake_case name"},
		{"string zero", set.String(0), "unknown", "the zero value prints as unknown"},
		{"string out of range", set.String(9), "%!color(9)", "as time.Month prints an impossible month"},
		{"label vi", set.Localize(2, Vietnamese), "xanh đậm", "the Vietnamese label"},
		{"label en", set.Localize(2, English), "dark blue", "the English label"},
		{"label zero", set.Localize(0, Vietnamese), "không rõ", "the zero value has a label too"},
		{"label out of range", set.Localize(9, English), "%!color(9)", "never panics"},
		{"label other language", set.Localize(1, Lang(7)), "đỏ", "a value that is no language reads as Vietnamese"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.got); diff != "" {
				t.Errorf("(-want +got):\n%s\nreason: %s", diff, tc.reason)
			}
		})
	}
	b, err := set.Marshal(0)
	require.NoError(t, err)
	if len(b) != 0 {
		t.Errorf(`Marshal(0) = %q, want ""`, b)
	}
	_, err = set.Marshal(3)
	require.ErrorIs(t, err, ErrUnknownValue)
	v, err := set.Parse(nil)
	require.NoError(t, err)
	if v != 0 {
		t.Errorf(`Parse("") = %v, want the zero value`, v)
	}
	_, err = set.Parse([]byte("unknown"))
	require.ErrorIs(t, err, ErrUnknownValue, `"unknown" names no value: the zero value is written ""`)
	if diff := cmp.Diff([]color{1, 2}, set.Values()); diff != "" {
		t.Errorf("Values (-want +got):\n%s", diff)
	}
	if !set.Valid(1) || set.Valid(0) || set.Valid(3) {
		t.Error("Valid: want true for known non-zero values only")
	}
}

// TestDeprecatedNewEnumSet proves that an enumeration declared the old way
// still works, with its names as labels.
func TestDeprecatedNewEnumSet(t *testing.T) {
	type fruit uint8
	set := NewEnumSet[fruit]("fruit", "apple", "pear")
	if got := set.String(2) + " " + set.Localize(2, English) + " " + set.String(0); got != "pear pear unknown" {
		t.Errorf("got %q", got)
	}
	v, err := set.Parse([]byte("apple"))
	require.NoError(t, err)
	if v != 1 {
		t.Errorf("Parse(apple) = %v", v)
	}
}

// TestOneErrUnknownValue proves that errors.Is finds the enumeration errors
// of both packages through either sentinel.
func TestOneErrUnknownValue(t *testing.T) {
	var p Position
	regErr := p.UnmarshalText([]byte("director"))
	var u calendar.PeriodUnit
	calErr := u.UnmarshalText([]byte("fortnights"))
	for _, err := range []error{regErr, calErr} {
		require.ErrorIs(t, err, ErrUnknownValue)
		require.ErrorIs(t, err, calendar.ErrUnknownValue)
	}
	if !errors.Is(ErrUnknownValue, calendar.ErrUnknownValue) {
		t.Error("regulation.ErrUnknownValue must be calendar.ErrUnknownValue")
	}
}

func TestTextIn(t *testing.T) {
	x := Text{VI: "có", EN: "yes"}
	if x.In(Vietnamese) != "có" || x.In(English) != "yes" {
		t.Errorf("In = %q, %q", x.In(Vietnamese), x.In(English))
	}
}
