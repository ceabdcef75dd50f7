package regulation

import (
	"encoding"
	"testing"

	"github.com/stretchr/testify/require"
)

// textEnum is what every enum of the package implements.
type textEnum interface {
	String() string
	encoding.TextMarshaler
}

func TestEnumsRoundTrip(t *testing.T) {
	check := func(t *testing.T, name string, v textEnum, parse func([]byte) (textEnum, error)) {
		t.Helper()
		b, err := v.MarshalText()
		require.NoError(t, err)
		if string(b) != name || v.String() != name {
			t.Errorf("%T %v: MarshalText %q, String %q, want %q", v, v, b, v.String(), name)
		}
		back, err := parse(b)
		require.NoError(t, err)
		if back != v {
			t.Errorf("%T: %q parsed to %v, want %v", v, name, back, v)
		}
	}
	for _, v := range unitKinds.Values() {
		check(t, unitKinds.names[v], v, func(b []byte) (textEnum, error) { var x UnitKind; err := x.UnmarshalText(b); return x, err })
	}
	for _, v := range positions.Values() {
		check(t, positions.names[v], v, func(b []byte) (textEnum, error) { var x Position; err := x.UnmarshalText(b); return x, err })
	}
	for _, v := range severities.Values() {
		check(t, severities.names[v], v, func(b []byte) (textEnum, error) { var x Severity; err := x.UnmarshalText(b); return x, err })
	}
	for _, v := range recordKinds.Values() {
		check(t, recordKinds.names[v], v, func(b []byte) (textEnum, error) { var x RecordKind; err := x.UnmarshalText(b); return x, err })
	}
	for _, v := range submissionKinds.Values() {
		check(t, submissionKinds.names[v], v, func(b []byte) (textEnum, error) { var x SubmissionKind; err := x.UnmarshalText(b); return x, err })
	}
	for _, v := range components.Values() {
		check(t, components.names[v], v, func(b []byte) (textEnum, error) { var x Component; err := x.UnmarshalText(b); return x, err })
	}
	for _, v := range problems.Values() {
		check(t, problems.names[v], v, func(b []byte) (textEnum, error) { var x Problem; err := x.UnmarshalText(b); return x, err })
	}
}

func TestEnumEdges(t *testing.T) {
	tests := []struct {
		name   string
		got    string
		want   string
		reason string
	}{
		{"zero", PositionUnknown.String(), "unknown", "the zero value is Unknown"},
		{"out of range", Position(200).String(), "%!Position(200)", "String never panics, like time.Month"},
		{"severity order", Severity(3).String(), "violation", "violation is the most serious"},
		{"record kind order", RecordKind(7).String(), "case", "case sorts last"},
		{"localized position vi", PositionDivisionHead.Localize(Vietnamese), "trưởng phòng", "messages name positions in Vietnamese"},
		{"localized position en", PositionDivisionHead.Localize(English), "division head", "and in English"},
		{"localized out of range", Position(99).Localize(English), "%!Position(99)", "never panics"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %q, want %q (%s)", tc.got, tc.want, tc.reason)
			}
		})
	}
	var p Position
	require.ErrorIs(t, p.UnmarshalText([]byte("director")), ErrUnknownValue)
	var ee *EnumError
	require.ErrorAs(t, p.UnmarshalText([]byte("director")), &ee)
	if ee.Type != "Position" || ee.Value != "director" {
		t.Errorf("EnumError = %+v", ee)
	}
	require.NoError(t, p.UnmarshalText(nil), "empty text is the zero value")
	if _, err := Position(99).MarshalText(); err == nil {
		t.Error("MarshalText of an out-of-range value must fail")
	}
}

func TestPositionLeadership(t *testing.T) {
	tests := []struct {
		p                    Position
		leader, head, deputy bool
		reason               string
	}{
		{PositionChairman, true, true, false, "the Chairman leads and heads the PPC"},
		{PositionViceChairman, true, false, true, "a Vice-chairman is the PPC's deputy"},
		{PositionPPCMember, false, false, false, "membership is not a position of unit leadership"},
		{PositionHead, true, true, false, "the head"},
		{PositionActingHead, true, true, false, "an acting head (Q.) heads the unit"},
		{PositionDeputyHead, true, false, true, "a deputy head"},
		{PositionDivisionHead, false, false, false, "letter 56: a division head is below unit leadership"},
		{PositionDivisionDeputy, false, false, false, "below unit leadership"},
		{PositionSpecialist, false, false, false, "letter 56: a specialist is below unit leadership"},
		{PositionUnknown, false, false, false, "unknown is nothing"},
	}
	for _, tc := range tests {
		t.Run(tc.p.String(), func(t *testing.T) {
			if got := [3]bool{tc.p.IsUnitLeader(), tc.p.IsHead(), tc.p.IsDeputy()}; got != [3]bool{tc.leader, tc.head, tc.deputy} {
				t.Errorf("leader, head, deputy = %v, want %v (%s)", got, [3]bool{tc.leader, tc.head, tc.deputy}, tc.reason)
			}
		})
	}
}

func TestParseLang(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Lang
		ok   bool
	}{{"vi", Vietnamese, true}, {"en", English, true}, {"fr", Vietnamese, false}} {
		got, err := ParseLang(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseLang(%q) = %v, %v", tc.in, got, err)
		}
		if tc.ok && got.String() != tc.in {
			t.Errorf("String() = %q", got.String())
		}
	}
}
