package conformance

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"

	"github.com/google/go-cmp/cmp"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
)

// The files of a folder of the suite.
const (
	CaseFile  = "case.json"  // the case (quyche.case/v1)
	WantFile  = "want.json"  // the golden findings (quyche.findings/v1)
	RulesFile = "rules.json" // optional: the rule set the case is written for (quyche.rules/v1)
)

// ErrSuite is the sentinel wrapped by the errors of Run and SuiteDir: the
// suite cannot be found or read.
var ErrSuite = errors.New("conformance: bad suite")

// Result is the outcome of one folder of the suite.
type Result struct {
	Code regulation.Code // the folder's name: the code its case is about
	Dir  string          // the folder
	// Rules is the id of the rule set the case was checked under.
	Rules string
	// Adjusted lists the parameters that the folder's rules.json set on the
	// caller's rule set (see the package documentation), as paths of
	// quyche.rules/v1 such as "consult.silence_means_agreement"; nil when
	// none.
	Adjusted []string
	Want     regulation.Findings // the golden findings of want.json
	Got      regulation.Findings // the findings of the check
	// Diff is cmp.Diff(Want, Got, regulationtest.IgnoreMessages()), read
	// "(-want +got)"; empty when the findings agree.
	Diff string
}

// OK reports whether the findings agree with the golden ones.
func (r Result) OK() bool { return r.Diff == "" }

// SuiteDir returns the folder of quyche's own conformance suite,
// examples/audit/testdata/conformance in the source tree of the module this
// package was built from (in the module cache, for a program that requires
// quyche). It fails, with an error wrapping ErrSuite, when the source tree
// is not at hand, as in a binary built with -trimpath.
func SuiteDir() (string, error) {
	_, file, _, ok := runtime.Caller(0)
	if !ok || !filepath.IsAbs(file) {
		return "", fmt.Errorf("%w: the source of package conformance is not at hand (built with -trimpath?)", ErrSuite)
	}
	dir := filepath.Join(filepath.Dir(file), "..", "audit", "testdata", "conformance")
	if _, err := os.Stat(dir); err != nil {
		return "", fmt.Errorf("%w: %w", ErrSuite, err)
	}
	return dir, nil
}

// Run checks the case of every folder of the suite in dir (a folder that
// holds a case.json) under rules, as of the case's as_of, and compares the
// findings with its want.json. A nil rules checks each case under the rule
// set it is written for: its rules.json, else the built-in rule set its
// case.json names — the run that wrote want.json. Results come in the order
// of the rule catalogue (regulation.Codes), then by folder name.
//
// Run fails, with an error wrapping ErrSuite, when dir or a file of the
// suite cannot be read: a case file that casefile.Decode refuses, a want.json
// that is not quyche.findings/v1, a rules.json that is not quyche.rules/v1,
// or a case that names an unknown rule set when rules is nil or the folder
// pins one. Differences in the findings are results, not errors. Run only
// reads dir and does not change rules, so calls may run concurrently.
func Run(dir string, rules *regulation.Rules) ([]Result, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSuite, err)
	}
	var folders []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, e.Name(), CaseFile)); err == nil {
			folders = append(folders, e.Name())
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w: %w", ErrSuite, err)
		}
	}
	if len(folders) == 0 {
		return nil, fmt.Errorf("%w: no folder with a %s in %s", ErrSuite, CaseFile, dir)
	}
	order := map[regulation.Code]int{}
	for i, c := range regulation.Codes() {
		order[c] = i + 1
	}
	slices.SortFunc(folders, func(a, b string) int {
		oa, oka := order[regulation.Code(a)]
		ob, okb := order[regulation.Code(b)]
		switch {
		case oka && okb:
			return oa - ob
		case oka:
			return -1
		case okb:
			return 1
		}
		return strings.Compare(a, b)
	})

	results := make([]Result, 0, len(folders))
	for _, name := range folders {
		r, err := runFolder(filepath.Join(dir, name), rules)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrSuite, err)
		}
		r.Code = regulation.Code(name)
		results = append(results, r)
	}
	return results, nil
}

// findingsFile is the part of quyche.findings/v1 that the suite compares.
type findingsFile struct {
	Schema   string              `json:"schema"`
	Rules    string              `json:"rules"`
	AsOf     calendar.Date       `json:"as_of"`
	Findings regulation.Findings `json:"findings"`
}

func runFolder(dir string, rules *regulation.Rules) (Result, error) {
	r := Result{Dir: dir}
	casePath := filepath.Join(dir, CaseFile)
	data, err := os.ReadFile(casePath)
	if err != nil {
		return r, err
	}
	c, err := casefile.DecodeBytes(data, casePath)
	if err != nil {
		return r, err
	}

	wantPath := filepath.Join(dir, WantFile)
	data, err = os.ReadFile(wantPath)
	if err != nil {
		return r, err
	}
	var want findingsFile
	if err := json.Unmarshal(data, &want); err != nil {
		return r, fmt.Errorf("%s: %w", wantPath, err)
	}
	if want.Schema != casefile.FindingsSchema {
		return r, fmt.Errorf("%s: schema %q, want %q", wantPath, want.Schema, casefile.FindingsSchema)
	}
	r.Want = want.Findings

	pinned, err := readRules(filepath.Join(dir, RulesFile))
	if err != nil {
		return r, err
	}
	use := rules
	switch {
	case pinned != nil && rules == nil:
		use = pinned
	case pinned != nil:
		base, ok := regulation.Lookup(c.RulesID)
		if !ok {
			return r, fmt.Errorf("%s: unknown rule set %q", casePath, c.RulesID)
		}
		if use, r.Adjusted, err = adjust(rules, base, pinned); err != nil {
			return r, fmt.Errorf("%s: %w", filepath.Join(dir, RulesFile), err)
		}
	case rules == nil:
		var ok bool
		if use, ok = regulation.Lookup(c.RulesID); !ok {
			return r, fmt.Errorf("%s: unknown rule set %q", casePath, c.RulesID)
		}
	}
	r.Rules = use.ID
	r.Got = c.Check(use, c.AsOf).Findings
	r.Diff = cmp.Diff(r.Want, r.Got, regulationtest.IgnoreMessages())
	return r, nil
}

// readRules reads a rule-set file; a file that does not exist gives nil.
func readRules(path string) (*regulation.Rules, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var r regulation.Rules
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &r, nil
}

// identity lists the fields of quyche.rules/v1 that name a rule set rather
// than set its parameters; a pinned rule set's are never applied.
var identity = []string{"schema", "id", "province", "title", "basis"}

// adjust returns rules with the parameters in which pinned differs from
// base set as pinned sets them, and the paths of those parameters. It works
// on the JSON form, so that every parameter a rule-set file can hold is
// covered; rules itself is not changed.
func adjust(rules, base, pinned *regulation.Rules) (*regulation.Rules, []string, error) {
	var mr, mb, mp map[string]any
	for _, x := range []struct {
		r *regulation.Rules
		m *map[string]any
	}{{rules, &mr}, {base, &mb}, {pinned, &mp}} {
		b, err := json.Marshal(x.r)
		if err != nil {
			return nil, nil, err
		}
		if err := json.Unmarshal(b, x.m); err != nil {
			return nil, nil, err
		}
	}
	for _, k := range identity {
		delete(mb, k)
		delete(mp, k)
	}
	var paths []string
	overlay(mr, mb, mp, "", &paths)
	if len(paths) == 0 {
		return rules, nil, nil
	}
	b, err := json.Marshal(mr)
	if err != nil {
		return nil, nil, err
	}
	var out regulation.Rules
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, nil, err
	}
	slices.Sort(paths)
	return &out, paths, nil
}

// overlay sets in dst every value in which pinned differs from base, and
// removes from dst what pinned removes, appending the paths it touches.
func overlay(dst, base, pinned map[string]any, prefix string, paths *[]string) {
	keys := slices.Collect(maps.Keys(base))
	for k := range pinned {
		if _, ok := base[k]; !ok {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		bv, inBase := base[k]
		pv, inPinned := pinned[k]
		bm, bok := bv.(map[string]any)
		pm, pok := pv.(map[string]any)
		if bok && pok {
			dm, ok := dst[k].(map[string]any)
			if !ok {
				dm = map[string]any{}
				dst[k] = dm
			}
			overlay(dm, bm, pm, prefix+k+".", paths)
			continue
		}
		if inBase == inPinned && reflect.DeepEqual(bv, pv) {
			continue
		}
		if inPinned {
			dst[k] = pv
		} else {
			delete(dst, k)
		}
		*paths = append(*paths, prefix+k)
	}
}
