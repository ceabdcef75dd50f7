package task

// AddInvalid counts one task that could not be checked and never became a
// [Task] — a record a decoder rejected, or a duplicate id — as invalid, so
// that the summary's total still accounts for every record it was given.
func (s *Summary) AddInvalid() { s.invalid++ }
