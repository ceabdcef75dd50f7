package tasktest

import (
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
	"github.com/quyche/quyche/task"
)

// Consultation returns the default consultation with overrides applied in
// order:
//
//	ID        "C1"
//	Task      "T1"
//	Lead      regulationtest.Finance
//	Sent      2024-03-04 (a Monday)
//	Due       2024-03-15
//	Replies   [0] regulationtest.Construction, received 2024-03-12, agree
//	          [1] regulationtest.HomeAffairs, received 2024-03-14, agree
//
// with no reminder, resolution or escalation: every unit replied in time and
// agreed, so task.CheckConsultation finds nothing as of [AsOf].
func Consultation(overrides ...func(*task.Consultation)) task.Consultation {
	c := task.Consultation{
		ID:   "C1",
		Task: "T1",
		Lead: regulationtest.Finance,
		Sent: calendar.NewDate(2024, 3, 4),
		Due:  calendar.NewDate(2024, 3, 15),
		Replies: []task.Reply{
			{Unit: regulationtest.Construction, Received: calendar.NewDate(2024, 3, 12), Stance: task.StanceAgree},
			{Unit: regulationtest.HomeAffairs, Received: calendar.NewDate(2024, 3, 14), Stance: task.StanceAgree},
		},
	}
	for _, o := range overrides {
		o(&c)
	}
	return c
}
