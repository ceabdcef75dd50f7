package conformance

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/regulation"
)

// Options are the optional inputs of Test.
type Options struct {
	// Dir is the folder of the suite; empty means SuiteDir, quyche's own.
	Dir string
	// Changes names a file listing, in the form of Report, the changes to
	// the suite's expectations that the rule set is known to make. Test
	// then expects exactly those changes in each folder instead of none.
	// Empty means none; a file that does not exist lists none.
	Changes string
	// Update makes Test write the changes it finds to the file Changes
	// names, creating its folder if need be, before comparing them (pass
	// the value of a test's -update flag).
	Update bool
}

// Test runs the suite under rules (see Run) inside the test t, one subtest
// per folder named after its code, and fails each folder whose findings
// differ from what is expected — the golden findings, changed by the lines
// of opts.Changes for that folder — with a readable report of the
// difference. It fails t at once when the suite cannot be read. Test calls
// t.Parallel in no subtest, so the caller decides.
func Test(t *testing.T, rules *regulation.Rules, opts Options) {
	t.Helper()
	dir := opts.Dir
	if dir == "" {
		var err error
		if dir, err = SuiteDir(); err != nil {
			t.Fatal(err)
		}
	}
	results, err := Run(dir, rules)
	if err != nil {
		t.Fatal(err)
	}
	if opts.Update && opts.Changes != "" {
		if err := os.MkdirAll(filepath.Dir(opts.Changes), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(opts.Changes, []byte(Report(results)), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", opts.Changes)
	}
	expected := map[regulation.Code][]string{}
	if opts.Changes != "" {
		if expected, err = readChanges(opts.Changes); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range results {
		t.Run(string(r.Code), func(t *testing.T) {
			if msg := verdict(r, expected[r.Code], opts.Changes); msg != "" {
				t.Error(msg)
			}
		})
		delete(expected, r.Code)
	}
	for _, code := range slices.Sorted(maps.Keys(expected)) {
		t.Errorf("%s lists changes for %s, which is not a folder of the suite in %s", opts.Changes, code, dir)
	}
}

// verdict returns why r fails when the changes listed for it are accepted
// (in the file named changes, for the message), or "" when it passes.
func verdict(r Result, accepted []string, changes string) string {
	var found []string
	for _, c := range r.Changes() {
		found = append(found, c.String())
	}
	if slices.Equal(found, accepted) && (len(accepted) > 0 || r.OK()) {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "case %s under rule set %q", r.Dir, r.Rules)
	if len(r.Adjusted) > 0 {
		fmt.Fprintf(&b, " (with %s from %s)", strings.Join(r.Adjusted, ", "), RulesFile)
	}
	switch {
	case len(accepted) == 0 && len(found) == 0:
		// Same findings in another order.
		fmt.Fprintf(&b, ": findings out of order (-want +got):\n%s", r.Diff)
	case len(accepted) == 0:
		fmt.Fprintf(&b, ": the findings differ from %s:\n  %s\n(-want +got):\n%s", WantFile, strings.Join(found, "\n  "), r.Diff)
	default:
		fmt.Fprintf(&b, ": the changes differ from those %s accepts (-accepted +found):\n%s", changes, cmp.Diff(accepted, found))
	}
	return b.String()
}

// readChanges reads a file in the form of Report (see parseChanges); a file
// that does not exist lists no change.
func readChanges(path string) (map[regulation.Code][]string, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return map[regulation.Code][]string{}, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseChanges(f, path)
}

// parseChanges reads lines in the form of Report, "code: change", grouping
// the changes by folder in the order given; blank lines and lines starting
// with "#" are skipped. name is the input's name for errors.
func parseChanges(r io.Reader, name string) (map[regulation.Code][]string, error) {
	m := map[regulation.Code][]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, change, ok := strings.Cut(line, ": ")
		if !ok || code == "" || strings.ContainsAny(code, " \t") {
			return nil, fmt.Errorf("%s:%d: want \"code: change\", got %q", name, n, line)
		}
		// Spaces and carriage returns around a change carry no meaning; a
		// change read back from what Report writes must be the same.
		change = strings.TrimSpace(change)
		m[regulation.Code(code)] = append(m[regulation.Code(code)], change)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}
