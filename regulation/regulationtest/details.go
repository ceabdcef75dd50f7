package regulationtest

import "github.com/quyche/quyche/regulation"

// MissingDetails returns the detail keys that the catalogue lists for the
// code of f ([regulation.Rule].Details) but f lacks, in catalogue order; nil
// when none is missing or the code is not in the catalogue. A message
// renders a missing detail as "?": a test of a check asserts that every
// finding it returns has no missing detail, so that every message renders
// completely.
func MissingDetails(f regulation.Finding) []string {
	r, ok := regulation.LookupRule(f.Code)
	if !ok {
		return nil
	}
	var missing []string
	for _, k := range r.Details {
		if _, ok := f.Details[k]; !ok {
			missing = append(missing, k)
		}
	}
	return missing
}
