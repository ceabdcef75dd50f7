package regulation

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// corpusNumber is a row of testdata/docnumbers.tsv: a document number as
// written in a published document, the reading a clerk gives it, and where it
// was seen.
type corpusNumber struct {
	line   int
	input  string
	want   DocNumber
	amb    string // the other reading, for a symbol read by Decree 30's rule
	source string
}

// readNumberCorpus reads testdata/docnumbers.tsv.
func readNumberCorpus(t *testing.T) []corpusNumber {
	t.Helper()
	f, err := os.Open("testdata/docnumbers.tsv")
	require.NoError(t, err)
	defer f.Close()
	var rows []corpusNumber
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		require.Len(t, cols, 3, "line %d: want input, reading, source", line)
		input := cols[0]
		if strings.HasPrefix(input, `"`) {
			input, err = strconv.Unquote(input)
			require.NoError(t, err, "line %d", line)
		}
		want, amb := parseCorpusReading(t, line, cols[1])
		require.NotEmpty(t, cols[2], "line %d: every number cites its source", line)
		rows = append(rows, corpusNumber{line: line, input: input, want: want, amb: amb, source: cols[2]})
	}
	require.NoError(t, sc.Err())
	return rows
}

// parseCorpusReading reads "n=30 s=c t=NQ i=CP f=decree30 amb=…".
func parseCorpusReading(t *testing.T, line int, s string) (DocNumber, string) {
	t.Helper()
	var dn DocNumber
	amb := ""
	if before, after, ok := strings.Cut(s, " amb="); ok {
		s, amb = before, after
	}
	for _, kv := range strings.Fields(s) {
		k, v, ok := strings.Cut(kv, "=")
		require.True(t, ok, "line %d: %q is not key=value", line, kv)
		atoi := func() int {
			n, err := strconv.Atoi(v)
			require.NoError(t, err, "line %d: %s", line, kv)
			return n
		}
		switch k {
		case "n":
			dn.Number = atoi()
		case "s":
			dn.Suffix = v
		case "d":
			dn.Digits = atoi()
		case "y":
			dn.Year = atoi()
		case "t":
			dn.Type = v
		case "i":
			dn.Issuer = v
		case "co":
			dn.CoIssuers = strings.Split(v, ",")
		case "dr":
			dn.Drafter = v
		case "f":
			if v != "unknown" {
				require.NoError(t, dn.Form.UnmarshalText([]byte(v)), "line %d", line)
			}
		default:
			t.Fatalf("line %d: unknown key %q", line, k)
		}
	}
	require.NotZero(t, dn.Number, "line %d: a reading has a number", line)
	return dn, amb
}

// verdict is how a reader did on a corpus row.
type verdict uint8

const (
	right verdict = iota
	misread
	refused
)

func judgeReading(want DocNumber, got DocNumber, err error) verdict {
	switch {
	case err != nil:
		return refused
	case got.Equal(want):
		return right
	}
	return misread
}

// TestDocNumberCorpus reads every number of testdata/docnumbers.tsv with
// ParseDocNumber and ReadDocNumber and compares each reading with the
// clerk's. A misreading (a number accepted with other fields) by either
// reader fails the test; refusals are counted. Run with -v for the counts.
func TestDocNumberCorpus(t *testing.T) {
	rows := readNumberCorpus(t)
	if len(rows) < 100 {
		t.Fatalf("the corpus has %d numbers, want at least 100", len(rows))
	}
	var strict, lenient [3]int
	ambiguous := 0
	for _, r := range rows {
		got, err := ParseDocNumber(r.input)
		vs := judgeReading(r.want, got, err)
		strict[vs]++
		if vs == misread {
			t.Errorf("line %d: ParseDocNumber(%q) misreads: %+v, want %+v (%s)", r.line, r.input, got, r.want, r.source)
		}
		read, repairs, err := ReadDocNumber(r.input)
		vl := judgeReading(r.want, read, err)
		lenient[vl]++
		if vl == misread {
			t.Errorf("line %d: ReadDocNumber(%q) misreads: %+v, want %+v (%s)", r.line, r.input, read, r.want, r.source)
		}
		if vs == right && len(repairs) != 0 {
			t.Errorf("line %d: ReadDocNumber(%q) repairs a number ParseDocNumber reads: %v", r.line, r.input, repairs)
		}
		if vs == refused && vl == right {
			t.Logf("line %d: read %q as %q with %v", r.line, r.input, read.String(), repairs)
		}
		if r.amb != "" && (vs == right || vl == right) {
			ambiguous++
		}
	}
	t.Logf("%d real document numbers; %d of the right readings follow Decree 30's rule where the sender meant another (see amb=)", len(rows), ambiguous)
	t.Logf("ParseDocNumber: right %d, misread %d, refused %d", strict[right], strict[misread], strict[refused])
	t.Logf("ReadDocNumber:  right %d, misread %d, refused %d", lenient[right], lenient[misread], lenient[refused])
}
