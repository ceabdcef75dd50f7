package calendar

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"strconv"
)

// dataVersion names the facts built into Vietnam(): the official schedules
// and the statutory rules of the projection. It changes whenever they
// change; a test ties it to a fingerprint of the facts.
//
// History: vn-2026.1 (never named) had the schedules of 2023–2026 and the
// Labour Code holidays; vn-2026.2 adds Vietnamese Culture Day (24/11, from
// 2026) and the source of every day.
const dataVersion = "vn-2026.2"

// Version returns the version of the facts c answers from, so that a stored
// answer can say which facts it used. For Vietnam() it is the version of its
// built-in facts ("vn-2026.2" in this release), which changes whenever they
// change. A calendar
// extended with data (With, WithHoliday, Extend) adds "+user." and a short
// hash of everything added (Additions), e.g. "vn-2026.2+user.1f0c9a7d3b2e":
// the same additions give the same version, different ones a different
// version. The zero Calendar holds no facts and its version is empty; a
// calendar built from it with Extend has the version "user." and the hash.
func (c *Calendar) Version() string { return c.version }

// version computes the version of a calendar built from the statutory
// facts (or none) and the additions a.
func version(statutory bool, a Additions) string {
	v := ""
	if statutory {
		v = dataVersion
	}
	if a.IsZero() {
		return v
	}
	if v != "" {
		v += "+"
	}
	return v + "user." + a.hash()
}

// hash returns a short hexadecimal hash of a: 12 digits of the SHA-256 of
// a canonical encoding of every field (strings length-prefixed, so that no
// two different additions encode alike).
func (a Additions) hash() string {
	w := hashWriter{h: sha256.New()}
	w.int(len(a.Holidays))
	for _, h := range a.Holidays {
		w.name(h.Name)
		w.int(int(h.Month))
		w.int(h.Day)
		w.bool(h.Lunar)
		w.int(h.StartYear)
		w.int(h.EndYear)
		w.bool(h.NoCompensation)
		w.str(h.Source)
	}
	w.int(len(a.Schedules))
	for _, s := range a.Schedules {
		w.int(s.Year)
		w.str(s.Source)
		w.int(len(s.Days))
		for _, d := range s.Days {
			w.int(int(d.Date.n))
			w.int(int(d.Kind))
			w.name(d.Name)
			w.str(d.Note)
			w.str(d.Source)
		}
	}
	return hex.EncodeToString(w.h.Sum(nil))[:12]
}

// hashWriter feeds values to a hash in a canonical, unambiguous encoding.
type hashWriter struct{ h hash.Hash }

func (w hashWriter) int(v int) {
	var b [binary.MaxVarintLen64]byte
	w.h.Write(b[:binary.PutVarint(b[:], int64(v))])
}

func (w hashWriter) bool(v bool) { w.str(strconv.FormatBool(v)) }

func (w hashWriter) str(s string) {
	w.int(len(s))
	w.h.Write([]byte(s))
}

func (w hashWriter) name(n Name) {
	w.str(n.VI)
	w.str(n.EN)
}
