package calendar

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// versionHistory records, for every version of the built-in facts, the
// fingerprint of those facts. Never edit a row: when the facts change, bump
// dataVersion and add a row.
var versionHistory = []struct{ version, fingerprint string }{
	{"vn-2026.2", "e45ac961d5cd069c17c767ee16b03a69c6bcabc92362e550fe0bf10f2d6b5631"},
}

// factsFingerprint hashes what Vietnam() answers for every covered day
// (kind, basis, name, source) and the built-in schedules' own data.
func factsFingerprint(c *Calendar) string {
	h := sha256.New()
	for x := d(coverFirstYear, 1, 1); x.Year() <= coverLastYear; x = x.AddDays(1) {
		info := c.Explain(x)
		fmt.Fprintf(h, "%v %v %v %q %q %q\n", x, info.Reason.Kind, info.Basis, info.Reason.Name.VI, info.Reason.Name.EN, info.Source)
	}
	for _, s := range c.schedules {
		fmt.Fprintf(h, "schedule %d %q\n", s.Year, s.Source)
		for _, day := range s.Days {
			fmt.Fprintf(h, "%v %v %q %q %q %q\n", day.Date, day.Kind, day.Name.VI, day.Name.EN, day.Note, day.Source)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestVersionTiedToFacts fails when the built-in facts change without a new
// version.
func TestVersionTiedToFacts(t *testing.T) {
	got := factsFingerprint(Vietnam())
	seenV, seenF := map[string]bool{}, map[string]bool{}
	for _, row := range versionHistory {
		if seenV[row.version] || seenF[row.fingerprint] {
			t.Errorf("versionHistory repeats %v", row)
		}
		seenV[row.version], seenF[row.fingerprint] = true, true
	}
	last := versionHistory[len(versionHistory)-1]
	if dataVersion != last.version {
		t.Fatalf("dataVersion = %q, but the last row of versionHistory is %q", dataVersion, last.version)
	}
	if got != last.fingerprint {
		t.Errorf("the built-in facts changed (fingerprint %s, %s has %s): bump dataVersion and add a row to versionHistory",
			got, last.version, last.fingerprint)
	}
	if v := Vietnam().Version(); v != dataVersion {
		t.Errorf("Vietnam().Version() = %q, want %q", v, dataVersion)
	}
}

// TestFingerprintSeesFacts shows that the fingerprint changes with any
// change of the facts: a new day off, a name, a source.
func TestFingerprintSeesFacts(t *testing.T) {
	base := factsFingerprint(Vietnam())
	s, ok := Vietnam().Schedule(2026)
	require.True(t, ok)
	changes := []struct {
		edit   func(s *Schedule)
		reason string
	}{
		{func(s *Schedule) {
			s.Days = append(s.Days, ScheduledDay{Date: d(2026, 11, 23), Kind: DayKindSwap, Name: Name{VI: "x", EN: "x"}})
		}, "a new day off"},
		{func(s *Schedule) { s.Days[0].Name.EN = "New Year" }, "a name"},
		{func(s *Schedule) { s.Days[0].Source = "other" }, "a source"},
		{func(s *Schedule) { s.Days[1].Note = "" }, "a note"},
	}
	for _, tc := range changes {
		changed := s.clone()
		tc.edit(&changed)
		c, err := Vietnam().With(changed)
		require.NoError(t, err, tc.reason)
		if factsFingerprint(c) == base {
			t.Errorf("the fingerprint does not see %s", tc.reason)
		}
	}
}

func TestVersionOfData(t *testing.T) {
	base := Vietnam()
	family := familyDay()
	c1, err := base.WithHoliday(family)
	require.NoError(t, err)
	c1again, err := base.WithHoliday(familyDay())
	require.NoError(t, err)
	family.Source = "another source"
	c2, err := base.WithHoliday(family)
	require.NoError(t, err)
	c3, err := c1.With(schedule2027())
	require.NoError(t, err)
	noop, err := base.Extend(Additions{})
	require.NoError(t, err)

	form := regexp.MustCompile(`^vn-2026\.2\+user\.[0-9a-f]{12}$`)
	for _, c := range []*Calendar{c1, c2, c3} {
		if !form.MatchString(c.Version()) {
			t.Errorf("Version() = %q, want vn-2026.2+user.<12 hex digits>", c.Version())
		}
	}
	tests := []struct {
		a, b   *Calendar
		same   bool
		reason string
	}{
		{c1, c1again, true, "the same additions give the same version"},
		{c1, c2, false, "a different source is different data"},
		{c1, c3, false, "more data"},
		{base, c1, false, "data added"},
		{base, noop, true, "nothing added: the built-in version"},
	}
	for _, tc := range tests {
		if (tc.a.Version() == tc.b.Version()) != tc.same {
			t.Errorf("versions %q and %q: same = %v, want %v (%s)", tc.a.Version(), tc.b.Version(), !tc.same, tc.same, tc.reason)
		}
	}

	var zero Calendar
	if zero.Version() != "" {
		t.Errorf("the zero Calendar's version = %q, want empty", zero.Version())
	}
	fromZero, err := zero.WithHoliday(familyDay())
	require.NoError(t, err)
	if !regexp.MustCompile(`^user\.[0-9a-f]{12}$`).MatchString(fromZero.Version()) {
		t.Errorf("a calendar built from data alone: version %q, want user.<12 hex digits>", fromZero.Version())
	}
}

// TestHashUnambiguous checks that the encoding behind the short hash keeps
// fields apart.
func TestHashUnambiguous(t *testing.T) {
	h := func(vi, en string) string {
		return Additions{Holidays: []Holiday{{Name: Name{VI: vi, EN: en}, Month: time.June, Day: 1}}}.hash()
	}
	if h("ab", "c") == h("a", "bc") {
		t.Errorf("moving a byte from one field to the next does not change the hash")
	}
	a := Additions{Holidays: []Holiday{{Name: Name{VI: "a", EN: "a"}, Month: time.June, Day: 1, NoCompensation: true}}}
	b := a.clone()
	b.Holidays[0].NoCompensation = false
	if a.hash() == b.hash() {
		t.Errorf("NoCompensation does not change the hash")
	}
}
