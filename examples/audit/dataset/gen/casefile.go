package main

import (
	"bytes"
	"fmt"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/task"
)

// caseFile is the generated case file: casefile.Case, whose json tags are
// the format, with the library's own record types inside.
type caseFile struct{ casefile.Case }

// encode writes the case file with casefile's canonical layout.
func (c *caseFile) encode() ([]byte, error) {
	var b bytes.Buffer
	if err := c.Case.Encode(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// verify checks the figures the dataset is built to show, so that a change
// to the generator cannot silently write a case file that misses them: 1,206
// tasks with a deadline, 222 of them late as of asOf. The test checks the
// rest through the case-file decoder.
func (c *caseFile) verify() error {
	sum := task.Summarize(c.Tasks, regulation.KonTum2023(), c.AsOf)
	total := sum.Total()
	if total.WithDeadline != tasksWithDeadline || total.Late != tasksLate {
		return fmt.Errorf("the tasks give %d late of %d with a deadline as of %s, want %d of %d",
			total.Late, total.WithDeadline, c.AsOf, tasksLate, tasksWithDeadline)
	}
	return nil
}
