package tasktest

import (
	"github.com/quyche/quyche/regulation"
	"github.com/quyche/quyche/regulation/calendar"
	"github.com/quyche/quyche/regulation/regulationtest"
	"github.com/quyche/quyche/task"
)

// AsOf returns the as-of date of the defaults, Friday 29/03/2024, inside the
// period of regulation.KonTum2023: the consultation and the submission are
// over, the task is still open with more than regulation.TaskRules.DueSoon
// working days left.
func AsOf() calendar.Date { return calendar.NewDate(2024, 3, 29) }

// Task returns the default task with overrides applied in order:
//
//	ID            "T1"
//	Title         a report on the provincial budget for the first quarter of 2024
//	Assigner      task.AssignerPPCChairman
//	SourceDoc     "456/UBND-KTTH"
//	Lead          [regulationtest.Finance]
//	Coordinators  [regulationtest.Construction, regulationtest.HomeAffairs]
//	Assigned      2024-03-01
//	Due           2024-04-15 (a Monday)
//
// It is not done and has no extension: as of [AsOf] it is in progress and
// task.Check finds nothing.
func Task(overrides ...func(*task.Task)) task.Task {
	t := task.Task{
		ID:           "T1",
		Title:        "Báo cáo tình hình thực hiện dự toán ngân sách quý I năm 2024",
		Assigner:     task.AssignerPPCChairman,
		SourceDoc:    "456/UBND-KTTH",
		Lead:         []regulation.UnitID{regulationtest.Finance},
		Coordinators: []regulation.UnitID{regulationtest.Construction, regulationtest.HomeAffairs},
		Assigned:     calendar.NewDate(2024, 3, 1),
		Due:          calendar.NewDate(2024, 4, 15),
	}
	for _, o := range overrides {
		o(&t)
	}
	return t
}
