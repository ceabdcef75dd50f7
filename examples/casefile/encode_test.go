package casefile

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

func TestEncodeRoundTrip(t *testing.T) {
	in := caseWith(`"units": [{"id": "STC", "name": "Sở Tài chính", "kind": "department"}],
"people": [{"id": "p1", "name": "A", "unit": "STC", "position": "head"}],
"tasks": [{"id": "T1", "assigner": "ppc", "lead": ["STC"], "assigned": "2023-11-01", "due": "2023-12-01",
           "extensions": [{"requested": "2023-11-20", "new_due": "2023-12-20", "approved_by": "p1"}]}],
"meetings": [{"id": "M1", "kind": "regular", "chair": "p1", "date": "2023-11-01", "start": "2023-11-01T08:00:00+07:00"}]`)
	c, err := DecodeBytes([]byte(in), "in.json")
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, c.Encode(&b))
	back, err := DecodeBytes(b.Bytes(), "out.json")
	require.NoError(t, err, "what Encode writes, Decode reads:\n%s", b.String())
	if diff := cmp.Diff(c, back, cmpopts.IgnoreFields(Case{}, "File", "Positions"), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	var again bytes.Buffer
	require.NoError(t, back.Encode(&again))
	if again.String() != b.String() {
		t.Error("Encode is not deterministic")
	}
}
