package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/quyche/quyche/examples/audit/dataset"
	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/meeting"
	"github.com/quyche/quyche/signoff"
	"github.com/quyche/quyche/task"
)

// scale repeats the records of src, with ids made unique, until the list
// holds n of them.
func scale[T any](src []T, n int, setID func(*T, string)) []T {
	out := make([]T, 0, n)
	for i := 0; len(out) < n; i++ {
		for _, x := range src {
			if len(out) == n {
				break
			}
			setID(&x, fmt.Sprintf("x%d", i))
			out = append(out, x)
		}
	}
	return out
}

// bigCase builds the large case of issue 8 from the embedded dataset: the
// same directory, 200,000 tasks and 10,000 each of meetings, records,
// consultations and submissions (about 50 MB of JSON).
func bigCase(tb testing.TB) []byte {
	tb.Helper()
	c, err := casefile.DecodeBytes(dataset.KonTum2023, "kontum")
	if err != nil {
		tb.Fatal(err)
	}
	big := casefile.Case{
		Schema: casefile.Schema, RulesID: c.RulesID, AsOf: c.AsOf,
		Units: c.Units, People: c.People, Members: c.Members,
		Tasks:         scale(c.Tasks, 200000, func(t *task.Task, s string) { t.ID += s }),
		Consultations: scale(c.Consultations, 10000, func(t *task.Consultation, s string) { t.ID += s }),
		Submissions:   scale(c.Submissions, 10000, func(t *task.Submission, s string) { t.ID += s; t.Consultation += s }),
		Meetings:      scale(c.Meetings, 10000, func(t *meeting.Meeting, s string) { t.ID += s }),
		Records:       scale(c.Records, 10000, func(t *signoff.Record, s string) { t.ID += s }),
		Delegations:   c.Delegations,
	}
	var b bytes.Buffer
	if err := big.Encode(&b); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// BenchmarkAuditLarge measures `audit -case FILE -json` on the large case;
// BenchmarkReferenceGenericJSON is the floor it is compared with: decoding
// the same file into generic values with encoding/json and encoding them
// back. Target: at most 1.5× the reference.
func BenchmarkAuditLarge(b *testing.B) {
	data := bigCase(b)
	path := filepath.Join(b.TempDir(), "large.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		var stderr bytes.Buffer
		if exit := run([]string{"-case", path, "-json"}, nil, io.Discard, &stderr); exit != 1 {
			b.Fatalf("exit %d: %s", exit, stderr.String())
		}
	}
}

func BenchmarkReferenceGenericJSON(b *testing.B) {
	data := bigCase(b)
	path := filepath.Join(b.TempDir(), "large.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		in, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(in, &v); err != nil {
			b.Fatal(err)
		}
		if err := json.NewEncoder(io.Discard).Encode(v); err != nil {
			b.Fatal(err)
		}
	}
}
