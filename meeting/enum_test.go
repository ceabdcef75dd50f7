package meeting_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/regulation"
)

func TestKind(t *testing.T) {
	tests := []struct {
		kind    meeting.Kind
		name    string
		session bool
		en      string
	}{
		{meeting.KindUnknown, "unknown", false, "unknown"},
		{meeting.KindRegular, "regular", true, "regular PPC session"},
		{meeting.KindThematic, "thematic", true, "thematic PPC session"},
		{meeting.KindWorking, "working", false, "working meeting"},
		{meeting.KindInterSectoral, "inter_sectoral", false, "inter-sectoral meeting"},
		{meeting.KindFieldInspection, "field_inspection", false, "field inspection"},
		{meeting.Kind(9), "%!Kind(9)", false, "%!Kind(9)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := struct {
				Name    string
				Session bool
				En      string
			}{tc.kind.String(), tc.kind.IsSession(), tc.kind.Localize(regulation.English)}
			want := struct {
				Name    string
				Session bool
				En      string
			}{tc.name, tc.session, tc.en}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Kind(%d) (-want +got):\n%s", tc.kind, diff)
			}
			if tc.kind == meeting.KindUnknown || tc.kind > meeting.KindFieldInspection {
				return
			}
			b, err := tc.kind.MarshalText()
			require.NoError(t, err)
			var back meeting.Kind
			require.NoError(t, back.UnmarshalText(b))
			if back != tc.kind {
				t.Errorf("round trip of %v gives %v", tc.kind, back)
			}
		})
	}
}

func TestLevel(t *testing.T) {
	tests := []struct {
		reason string
		level  meeting.Level
		pos    regulation.Position
		met    bool
	}{
		{"the head meets level head", meeting.LevelHead, regulation.PositionHead, true},
		{"the acting head meets level head", meeting.LevelHead, regulation.PositionActingHead, true},
		{"the Chairman heads the PPC", meeting.LevelHead, regulation.PositionChairman, true},
		{"a deputy does not meet level head", meeting.LevelHead, regulation.PositionDeputyHead, false},
		{"a Vice-chairman is the PPC's deputy", meeting.LevelHead, regulation.PositionViceChairman, false},
		{"a deputy is unit leadership", meeting.LevelLeadership, regulation.PositionDeputyHead, true},
		{"a Vice-chairman is PPC leadership", meeting.LevelLeadership, regulation.PositionViceChairman, true},
		{"the head is unit leadership", meeting.LevelLeadership, regulation.PositionHead, true},
		{"a division head is below unit leadership", meeting.LevelLeadership, regulation.PositionDivisionHead, false},
		{"a specialist is below unit leadership", meeting.LevelLeadership, regulation.PositionSpecialist, false},
		{"a PPC member as such leads no unit", meeting.LevelLeadership, regulation.PositionPPCMember, false},
		{"an unknown level is never met", meeting.LevelUnknown, regulation.PositionHead, false},
	}
	for _, tc := range tests {
		t.Run(tc.level.String()+"/"+tc.pos.String(), func(t *testing.T) {
			if got := tc.level.MetBy(tc.pos); got != tc.met {
				t.Errorf("%s: %v.MetBy(%v) = %v, want %v", tc.reason, tc.level, tc.pos, got, tc.met)
			}
		})
	}
}

func TestLevelText(t *testing.T) {
	tests := []struct {
		text    string
		want    meeting.Level
		wantErr bool
	}{
		{"head", meeting.LevelHead, false},
		{"leadership", meeting.LevelLeadership, false},
		{"", meeting.LevelUnknown, false},
		{"deputy", meeting.LevelUnknown, true},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			var l meeting.Level
			err := l.UnmarshalText([]byte(tc.text))
			if tc.wantErr {
				require.ErrorIs(t, err, regulation.ErrUnknownValue)
				var ee *regulation.EnumError
				require.ErrorAs(t, err, &ee)
				return
			}
			require.NoError(t, err)
			if l != tc.want {
				t.Errorf("UnmarshalText(%q) = %v, want %v", tc.text, l, tc.want)
			}
			if tc.want != meeting.LevelUnknown && l.String() != tc.text {
				t.Errorf("String() = %q, want %q", l.String(), tc.text)
			}
		})
	}
	if got := meeting.LevelHead.Localize(regulation.Vietnamese); got != "mời người đứng đầu" {
		t.Errorf("LevelHead in Vietnamese = %q", got)
	}
}
